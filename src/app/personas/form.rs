//! The persona panel's form: photo, name, colour, demographics, psychology.
//! Every field sends an `UpdatePersona` merged per field and persona.

use egui::Ui;

use super::{PanelOutput, PersonaPanel, persona_color};
use crate::app::inspector::{InspectorOutput, text_field};
use crate::edit::Edit;
use crate::i18n::{Msg, text::persona as t, tr};
use crate::model::{Journey, PERSONA_COLORS, Persona, Rgb};
use crate::theme;

/// Diameter of the photo preview, in points.
const PREVIEW: f32 = 84.0;

/// Segments offered under the segment field, from domain.md.
const SEGMENTS: [Msg; 6] = [
    t::SEGMENT_IMPULSIVE,
    t::SEGMENT_DELIBERATE,
    t::SEGMENT_PRICE,
    t::SEGMENT_LOYAL,
    t::SEGMENT_FIRST_TIME,
    t::SEGMENT_B2B,
];

/// The oldest age the field accepts; more is a typo.
const MAX_AGE: u32 = 130;

impl PersonaPanel {
    pub(super) fn form_ui(
        &mut self,
        ui: &mut Ui,
        journey: &Journey,
        persona: &Persona,
        out: &mut PanelOutput,
    ) {
        egui::ScrollArea::vertical()
            .id_salt("persona_form")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(4.0);
                self.photo_ui(ui, journey, persona, out);
                ui.add_space(6.0);
                let out = &mut out.inspector;
                let id = persona.id;
                let mut name = persona.name.clone();
                let response = text_field(ui, &tr(t::FIELD_NAME), &mut name, false);
                out.field(&response, ("persona_name", id), || {
                    update(persona, |p| p.name = name)
                });
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    color_ui(ui, journey, persona, out);
                    ui.add_space(16.0);
                    let mut primary = journey.primary_persona == Some(id);
                    if ui.checkbox(&mut primary, tr(t::PRIMARY)).changed() {
                        out.edit(Edit::SetPrimaryPersona(primary.then_some(id)));
                    }
                });
                ui.add_space(4.0);
                let mut description = persona.description.clone();
                let response = text_field(ui, &tr(t::FIELD_DESCRIPTION), &mut description, true);
                out.field(&response, ("persona_description", id), || {
                    update(persona, |p| p.description = description)
                });
                ui.add_space(8.0);
                ui.strong(tr(t::SECTION_ABOUT));
                self.demographics_ui(ui, persona, out);
                ui.add_space(8.0);
                ui.strong(tr(t::SECTION_PSYCHOLOGY));
                let mut quote = persona.quote.clone();
                let response = text_field(ui, &tr(t::FIELD_QUOTE), &mut quote, false);
                out.field(&response, ("persona_quote", id), || {
                    update(persona, |p| p.quote = quote)
                });
                for (label, field, lines) in [
                    (t::FIELD_GOALS, "goals", &persona.goals),
                    (t::FIELD_NEEDS, "needs", &persona.needs),
                    (t::FIELD_FEARS, "fears", &persona.fears),
                    (t::FIELD_HURDLES, "hurdles", &persona.hurdles),
                ] {
                    self.lines_ui(ui, persona, label, field, lines, out);
                }
            });
    }

    fn photo_ui(&self, ui: &mut Ui, journey: &Journey, persona: &Persona, out: &mut PanelOutput) {
        ui.horizontal(|ui| {
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(PREVIEW, PREVIEW), egui::Sense::hover());
            crate::paint::avatar(
                ui.painter(),
                persona,
                persona_color(journey, persona),
                rect.center(),
                PREVIEW / 2.0,
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Image, true, tr(t::FIELD_PHOTO))
            });
            ui.add_space(8.0);
            ui.vertical(|ui| {
                ui.label(tr(t::FIELD_PHOTO));
                let reading = self
                    .photo_job
                    .as_ref()
                    .is_some_and(|job| job.persona == persona.id);
                ui.horizontal(|ui| {
                    let choose = ui.add_enabled(!reading, egui::Button::new(tr(t::CHOOSE_PHOTO)));
                    if choose.clicked() {
                        out.choose_photo = Some(persona.id);
                    }
                    if persona.photo.is_some() && ui.button(tr(t::REMOVE_PHOTO)).clicked() {
                        out.inspector.edit(update(persona, |p| p.photo = None));
                    }
                });
                if reading {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(tr(t::PHOTO_READING));
                    });
                } else if let Some((_, error)) = self
                    .photo_error
                    .as_ref()
                    .filter(|(id, _)| *id == persona.id)
                {
                    ui.colored_label(theme::WARNING, error);
                } else {
                    ui.label(egui::RichText::new(tr(t::PHOTO_HINT)).color(theme::TEXT_MUTED));
                }
            });
        });
    }

    fn demographics_ui(&mut self, ui: &mut Ui, persona: &Persona, out: &mut InspectorOutput) {
        let id = persona.id;
        ui.columns(2, |columns| {
            self.age_ui(&mut columns[0], persona, out);
            let mut occupation = persona.occupation.clone();
            let response = text_field(
                &mut columns[1],
                &tr(t::FIELD_OCCUPATION),
                &mut occupation,
                false,
            );
            out.field(&response, ("persona_occupation", id), || {
                update(persona, |p| p.occupation = occupation)
            });
        });
        ui.columns(2, |columns| {
            let mut income = persona.income.clone();
            let response = text_field(&mut columns[0], &tr(t::FIELD_INCOME), &mut income, false);
            out.field(&response, ("persona_income", id), || {
                update(persona, |p| p.income = income)
            });
            let mut family = persona.family.clone();
            let response = text_field(&mut columns[1], &tr(t::FIELD_FAMILY), &mut family, false);
            out.field(&response, ("persona_family", id), || {
                update(persona, |p| p.family = family)
            });
        });
        let mut segment = persona.segment.clone();
        let response = text_field(ui, &tr(t::FIELD_SEGMENT), &mut segment, false);
        out.field(&response, ("persona_segment", id), || {
            update(persona, |p| p.segment = segment)
        });
        ui.menu_button(tr(t::SEGMENT_SUGGESTIONS), |ui| {
            for suggestion in SEGMENTS.map(tr) {
                if ui.button(&suggestion).clicked() {
                    out.edit(update(persona, |p| p.segment = suggestion));
                    ui.close();
                }
            }
        });
    }

    /// Age as text: empty means unknown; what is not (yet) a number stays in
    /// the field as typed and changes nothing.
    fn age_ui(&mut self, ui: &mut Ui, persona: &Persona, out: &mut InspectorOutput) {
        let key = format!("age-{}", persona.id);
        let mut text = self
            .drafts
            .get(&key)
            .cloned()
            .unwrap_or_else(|| persona.age.map(|age| age.to_string()).unwrap_or_default());
        let response = text_field(ui, &tr(t::FIELD_AGE), &mut text, false);
        let trimmed = text.trim();
        let age = if trimmed.is_empty() {
            Some(None)
        } else {
            trimmed
                .parse::<u32>()
                .ok()
                .filter(|age| *age <= MAX_AGE)
                .map(Some)
        };
        if let Some(age) = age {
            out.field(&response, ("persona_age", persona.id), || {
                update(persona, |p| p.age = age)
            });
        } else if response.lost_focus() {
            out.seal = true;
        }
        self.keep_draft(key, text, &response);
    }

    /// A list (goals, needs…) as one line per entry. Blank lines are left
    /// out of the document but stay in the field while typing, so Enter
    /// starts a new entry.
    fn lines_ui(
        &mut self,
        ui: &mut Ui,
        persona: &Persona,
        label: Msg,
        field: &'static str,
        lines: &[String],
        out: &mut InspectorOutput,
    ) {
        let key = format!("{field}-{}", persona.id);
        let mut text = self
            .drafts
            .get(&key)
            .cloned()
            .unwrap_or_else(|| lines.join("\n"));
        let label = format!("{} ({})", tr(label), tr(t::ONE_PER_LINE));
        let response = text_field(ui, &label, &mut text, true);
        out.field(&response, ("persona_lines", field, persona.id), || {
            let entries: Vec<String> = text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect();
            update(persona, |p| match field {
                "goals" => p.goals = entries,
                "needs" => p.needs = entries,
                "fears" => p.fears = entries,
                _ => p.hurdles = entries,
            })
        });
        self.keep_draft(key, text, &response);
    }

    fn keep_draft(&mut self, key: String, text: String, response: &egui::Response) {
        if response.has_focus() && !response.lost_focus() {
            self.drafts.insert(key, text);
        } else {
            self.drafts.remove(&key);
        }
    }
}

fn color_ui(ui: &mut Ui, journey: &Journey, persona: &Persona, out: &mut InspectorOutput) {
    let label = ui.label(tr(t::FIELD_COLOR));
    let color = journey
        .persona_color(persona.id)
        .unwrap_or(PERSONA_COLORS[0]);
    let mut rgb = [color.0, color.1, color.2];
    let response = ui.color_edit_button_srgb(&mut rgb).labelled_by(label.id);
    out.field(&response, ("persona_color", persona.id), || {
        update(persona, |p| p.color = Some(Rgb(rgb[0], rgb[1], rgb[2])))
    });
}

/// An edit that replaces `persona` with a changed copy.
fn update(persona: &Persona, change: impl FnOnce(&mut Persona)) -> Edit {
    let mut updated = persona.clone();
    change(&mut updated);
    Edit::UpdatePersona(updated)
}
