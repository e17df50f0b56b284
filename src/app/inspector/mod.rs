//! The inspector: a side panel that edits whatever is selected (a card, a
//! phase, a step, a lane, a curve or a point), or the journey itself when
//! nothing is.
//!
//! It edits live (the canvas follows every keystroke) through [`Edit`]s with a
//! merge key per field, so typing in one field is one undo step; leaving the
//! field seals the step.

use std::hash::{Hash, Hasher};

use egui::{ComboBox, DragValue, Response, TextEdit, Ui};

use crate::canvas::Selection;
use crate::edit::Edit;
use crate::i18n::{self, text::inspector as t, text::persona as pt, tr, tr_args};
use crate::model::{Card, EmotionCurve, Journey, Lane, LaneKind, Rgb};
use crate::theme;

use super::Command;

mod actors;
mod card;
mod phase;
mod scale;

use card::{card_ui, cards_ui};
use phase::{phase_ui, step_ui};

/// What the inspector asks for this frame.
#[derive(Default)]
pub struct InspectorOutput {
    /// Edits, each with its field's merge key (if typing in it should merge).
    pub edits: Vec<(Edit, Option<u64>)>,
    /// A field was left: the next keystroke starts a new undo step.
    pub seal: bool,
    /// Select something else (a curve from the list).
    pub select: Option<Selection>,
    /// Commands from buttons (delete, add curve).
    pub commands: Vec<Command>,
}

impl InspectorOutput {
    pub(super) fn edit(&mut self, edit: Edit) {
        self.edits.push((edit, None));
    }

    /// Records a field's response: leaving it seals, and its edit merges by field.
    pub(super) fn field(
        &mut self,
        response: &Response,
        key: impl Hash,
        edit: impl FnOnce() -> Edit,
    ) {
        if response.changed() {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            key.hash(&mut hasher);
            self.edits.push((edit(), Some(hasher.finish())));
        }
        if response.lost_focus() || response.drag_stopped() {
            self.seal = true;
        }
    }
}

/// Shows the inspector for `selection`.
///
/// With `may_edit` false (a view-only map) every field shows but is greyed out.
pub fn inspector_ui(
    ui: &mut Ui,
    journey: &Journey,
    selection: &Selection,
    may_edit: bool,
) -> InspectorOutput {
    let mut out = InspectorOutput::default();
    // Fill the panel: a panel shrinks to its content otherwise, so its width
    // would jump with every selection.
    ui.set_min_width(ui.available_width());
    ui.add_enabled_ui(may_edit, |ui| {
        inspector_content_ui(ui, journey, selection, &mut out);
    });
    out
}

fn inspector_content_ui(
    ui: &mut Ui,
    journey: &Journey,
    selection: &Selection,
    out: &mut InspectorOutput,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(6.0);
            match selection {
                Selection::None => journey_ui(ui, journey, out),
                Selection::Cards(ids) => {
                    let cards: Vec<&Card> = journey
                        .cards
                        .iter()
                        .filter(|card| ids.contains(&card.id))
                        .collect();
                    match cards.as_slice() {
                        [card] => card_ui(ui, journey, card, out),
                        _ => cards_ui(ui, &cards, out),
                    }
                }
                Selection::Phase(id) => {
                    if let Some(phase) = journey.phase(*id) {
                        phase_ui(ui, journey, phase, out);
                    }
                }
                Selection::Step(id) => {
                    if let (Some(phase), Some(step)) =
                        (journey.phase_of_step(*id), journey.step(*id))
                    {
                        step_ui(ui, phase, step, out);
                    }
                }
                Selection::Lane(id) => {
                    if let Some(lane) = journey.lane(*id) {
                        lane_ui(ui, journey, lane, out);
                    }
                }
                Selection::Curve(id) => {
                    if let Some(curve) = journey.curves.iter().find(|c| c.id == *id) {
                        curve_ui(ui, journey, curve, out);
                    }
                }
                Selection::Point { curve, step } => {
                    if let Some(curve) = journey.curves.iter().find(|c| c.id == *curve) {
                        point_ui(ui, journey, curve, *step, out);
                    }
                }
            }
        });
}

pub(super) fn text_field(ui: &mut Ui, label: &str, text: &mut String, multiline: bool) -> Response {
    ui.label(label);
    let edit = if multiline {
        TextEdit::multiline(text).desired_rows(3)
    } else {
        TextEdit::singleline(text)
    };
    let response = ui.add(edit.desired_width(f32::INFINITY));
    // Named after its label, so screen readers (and tests) find "Title field".
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(true, text.as_str(), text.as_str(), "");
        info.label = Some(tr_args(t::FIELD, &[("label", label.into())]));
        info
    });
    response
}

fn journey_ui(ui: &mut Ui, journey: &Journey, out: &mut InspectorOutput) {
    ui.heading(tr(t::JOURNEY));
    let mut title = journey.title.clone();
    let response = text_field(ui, &tr(t::TITLE), &mut title, false);
    out.field(&response, "journey_title", || Edit::SetTitle(title));
    let mut description = journey.description.clone();
    let response = text_field(ui, &tr(t::DESCRIPTION), &mut description, true);
    out.field(&response, "journey_description", || {
        Edit::SetDescription(description)
    });
    ui.separator();
    scale::scale_ui(ui, journey.emotion_scale, out);
    ui.separator();
    ui.label(tr(t::EMOTION_CURVES));
    for curve in &journey.curves {
        ui.horizontal(|ui| {
            swatch(ui, theme::rgb(journey.curve_color(curve)));
            if ui.link(journey.curve_name(curve)).clicked() {
                out.select = Some(Selection::Curve(curve.id));
            }
        });
    }
    if ui.button(tr(t::ADD_CURVE)).clicked() {
        out.commands.push(Command::AddCurve);
    }
}

/// A number field that shows and reads numbers the interface language's way
/// ("12.345,5" in German), which egui's own formatting does not.
pub(super) fn localized(drag: DragValue<'_>) -> DragValue<'_> {
    let lang = i18n::current();
    drag.custom_formatter(move |value, _| i18n::format_number(lang, value, 6))
        .custom_parser(move |text| i18n::parse_number(lang, text))
}

/// A drop-down named by the label in front of it (for screen readers and tests).
pub(super) fn combo(
    ui: &mut Ui,
    label: &str,
    selected: impl Into<egui::WidgetText>,
    add: impl FnOnce(&mut Ui),
) {
    let label_response = ui.label(label);
    // As wide as the row allows (German names are long), and tall enough to
    // list every channel without scrolling.
    let inner = ComboBox::from_id_salt(label)
        .width(ui.available_width().clamp(100.0, 220.0))
        .height(420.0)
        .selected_text(selected)
        .show_ui(ui, add);
    let _ = inner.response.labelled_by(label_response.id);
}

fn swatch(ui: &mut Ui, color: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 6.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color);
}

fn lane_ui(ui: &mut Ui, journey: &Journey, lane: &Lane, out: &mut InspectorOutput) {
    ui.heading(tr(t::LANE));
    let mut name = lane.name.clone();
    let response = text_field(ui, &tr(t::NAME), &mut name, false);
    out.field(&response, ("lane_name", lane.id), || Edit::RenameLane {
        lane: lane.id,
        name,
    });
    let has_cards = journey.cards.iter().any(|card| card.lane == lane.id);
    ui.horizontal(|ui| {
        combo(ui, &tr(t::KIND), lane.kind.label(), |ui| {
            for kind in LaneKind::ALL {
                // Cards cannot live in an emotion lane.
                let allowed = kind.holds_cards() || !has_cards;
                let clicked = ui
                    .add_enabled(
                        allowed,
                        egui::Button::selectable(lane.kind == kind, kind.label()),
                    )
                    .on_disabled_hover_text(tr(t::KIND_NEEDS_EMPTY_LANE))
                    .clicked();
                if clicked && kind != lane.kind {
                    out.edit(Edit::UpdateLane(Lane {
                        kind,
                        ..lane.clone()
                    }));
                }
            }
        });
    });
    let mut collapsed = lane.collapsed;
    if ui.checkbox(&mut collapsed, tr(t::COLLAPSED)).changed() {
        out.edit(Edit::CollapseLane {
            lane: lane.id,
            collapsed,
        });
    }
    ui.separator();
    if ui.button(tr(t::DELETE_LANE)).clicked() {
        out.commands.push(Command::Delete);
    }
}

fn curve_ui(ui: &mut Ui, journey: &Journey, curve: &EmotionCurve, out: &mut InspectorOutput) {
    ui.heading(tr(t::CURVE));
    persona_chooser_ui(ui, journey, curve, out);
    // A persona gives the curve its name and colour; the curve's own ones
    // come back when it is unassigned, so they are kept, just not editable.
    let persona = journey.curve_persona(curve);
    ui.add_enabled_ui(persona.is_none(), |ui| {
        let mut name = journey.curve_name(curve).to_owned();
        let response = text_field(ui, &tr(t::NAME), &mut name, false);
        out.field(&response, ("curve_name", curve.id), || {
            Edit::UpdateCurve(EmotionCurve {
                name,
                ..curve.clone()
            })
        });
        ui.horizontal(|ui| {
            let label = ui.label(tr(t::COLOUR));
            let color = journey.curve_color(curve);
            let mut rgb = [color.0, color.1, color.2];
            let response = ui.color_edit_button_srgb(&mut rgb).labelled_by(label.id);
            out.field(&response, ("curve_color", curve.id), || {
                Edit::UpdateCurve(EmotionCurve {
                    color: Rgb(rgb[0], rgb[1], rgb[2]),
                    ..curve.clone()
                })
            });
        });
    });
    if let Some(persona) = persona {
        ui.label(
            egui::RichText::new(tr_args(
                pt::CURVE_FROM_PERSONA,
                &[("name", persona.name.as_str().into())],
            ))
            .color(theme::TEXT_MUTED),
        );
        if ui.button(tr(pt::CURVE_EDIT_PERSONAS)).clicked() {
            out.commands.push(Command::Personas);
        }
    }
    ui.label(tr_args(
        t::CURVE_POINTS,
        &[
            ("set", curve.points.len().into()),
            ("phases", journey.phases.len().into()),
        ],
    ));
    ui.separator();
    if ui.button(tr(t::REMOVE_CURVE)).clicked() {
        out.commands.push(Command::Delete);
    }
}

fn persona_chooser_ui(
    ui: &mut Ui,
    journey: &Journey,
    curve: &EmotionCurve,
    out: &mut InspectorOutput,
) {
    ui.horizontal(|ui| {
        let none = tr(pt::CURVE_NO_PERSONA);
        let current = journey
            .curve_persona(curve)
            .map_or_else(|| none.clone(), |p| p.name.clone());
        combo(ui, &tr(pt::CURVE_PERSONA), current, |ui| {
            let mut persona = curve.persona;
            ui.selectable_value(&mut persona, None, none);
            for candidate in &journey.personas {
                ui.selectable_value(&mut persona, Some(candidate.id), &candidate.name);
            }
            if persona != curve.persona {
                out.edit(Edit::AssignCurve {
                    curve: curve.id,
                    persona,
                });
            }
        });
    });
}

fn point_ui(
    ui: &mut Ui,
    journey: &Journey,
    curve: &EmotionCurve,
    step: crate::model::StepId,
    out: &mut InspectorOutput,
) {
    let Some(point) = curve.point_in(step) else {
        return;
    };
    ui.heading(tr_args(
        t::POINT,
        &[
            ("curve", journey.curve_name(curve).into()),
            ("phase", (&journey.column_name(step)).into()),
        ],
    ));
    let scale = journey.emotion_scale;
    let lang = i18n::current();
    let mut value = point.value;
    ui.horizontal(|ui| {
        let label = ui.label(tr(t::VALUE));
        let response = ui
            .add(
                egui::Slider::new(&mut value, scale.min..=scale.max)
                    .step_by(f64::from(scale.step))
                    .custom_formatter(move |value, _| i18n::format_number(lang, value, 2))
                    .custom_parser(move |text| i18n::parse_number(lang, text)),
            )
            .labelled_by(label.id);
        out.field(&response, ("point_value", curve.id, step), || {
            Edit::SetPoint {
                curve: curve.id,
                step,
                value: Some(value),
            }
        });
    });
    let mut label = point.label.clone();
    let response = text_field(ui, &tr(t::LABEL), &mut label, false);
    out.field(&response, ("point_label", curve.id, step), || {
        Edit::LabelPoint {
            curve: curve.id,
            step,
            label,
        }
    });
    let mut marked = point.moment_of_truth;
    let response = ui
        .checkbox(&mut marked, tr(t::MOMENT_OF_TRUTH))
        .on_hover_text(tr(t::MOMENT_OF_TRUTH_TIP));
    if response.changed() {
        out.edit(Edit::MarkMomentOfTruth {
            curve: curve.id,
            step,
            marked,
        });
    }
    ui.separator();
    if ui.button(tr(t::REMOVE_POINT)).clicked() {
        out.commands.push(Command::Delete);
    }
}
