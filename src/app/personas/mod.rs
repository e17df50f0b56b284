//! The persona panel: a window that lists the map's personas and edits one.
//!
//! Like the inspector it edits live: every change is an [`Edit`] with a merge
//! key per field, so typing in one field is one undo step and the persona
//! card above the map follows every keystroke. Photos are read on a thread
//! of their own (a camera JPEG takes a moment to decode) and arrive as one
//! edit.

mod form;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc;

use super::inspector::InspectorOutput;
use crate::edit::{Edit, curves_of_persona};
use crate::i18n::{self, Lang, text::persona as t, tr, tr_args};
use crate::model::{Journey, Persona, PersonaId, Photo};
use crate::photo::PhotoError;
use crate::theme;

/// Diameter of the avatars in the list, in points.
const LIST_AVATAR: f32 = 28.0;

/// Width of the list column, in points.
const LIST_WIDTH: f32 = 210.0;

/// A photo being read and downscaled for a persona.
struct PhotoJob {
    persona: PersonaId,
    receiver: mpsc::Receiver<Result<Photo, PhotoError>>,
}

/// What the panel asks of the app this frame.
#[derive(Default)]
pub struct PanelOutput {
    /// Edits with merge keys, a sealed field, commands.
    pub inspector: InspectorOutput,
    /// Open the file dialog for a photo of this persona.
    pub choose_photo: Option<PersonaId>,
}

/// The open persona panel.
pub struct PersonaPanel {
    /// The persona the form shows.
    selected: Option<PersonaId>,
    /// The persona whose deletion is being confirmed.
    confirm_delete: Option<PersonaId>,
    photo_job: Option<PhotoJob>,
    /// Why the last photo could not be used, for the persona it was meant for.
    photo_error: Option<(PersonaId, String)>,
    /// Text typed into a field that the model does not keep as typed (a
    /// list's empty line, an age that is not yet a number), while the field
    /// has the keyboard.
    drafts: HashMap<String, String>,
    open: bool,
}

impl Default for PersonaPanel {
    fn default() -> Self {
        Self::new()
    }
}

impl PersonaPanel {
    /// A panel showing the primary persona (or the first).
    pub fn new() -> Self {
        Self {
            selected: None,
            confirm_delete: None,
            photo_job: None,
            photo_error: None,
            drafts: HashMap::new(),
            open: true,
        }
    }

    /// Whether the window is still open.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Whether the delete question is showing (it has the keyboard then).
    pub fn is_confirming(&self) -> bool {
        self.confirm_delete.is_some()
    }

    /// Shows `persona` in the form (e.g. one just created).
    pub fn select(&mut self, persona: PersonaId) {
        self.selected = Some(persona);
    }

    /// Reads the picture at `path` on a thread; it becomes `persona`'s photo
    /// when it arrives, or the panel says why it cannot.
    pub fn import_photo(&mut self, ctx: &egui::Context, persona: PersonaId, path: PathBuf) {
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            // The panel may have closed meanwhile; then nobody waits.
            let _ = sender.send(crate::photo::import(&path));
            ctx.request_repaint();
        });
        self.photo_job = Some(PhotoJob { persona, receiver });
        self.photo_error = None;
        self.selected = Some(persona);
    }

    /// Shows the window; returns what it asks for.
    pub fn ui(&mut self, ctx: &egui::Context, journey: &Journey) -> PanelOutput {
        let mut out = PanelOutput::default();
        self.poll_photo(journey, &mut out.inspector);
        if self.selected.is_none_or(|id| journey.persona(id).is_none()) {
            self.selected = journey
                .primary_persona()
                .or_else(|| journey.personas.first())
                .map(|persona| persona.id);
        }
        let mut open = self.open;
        egui::Window::new(tr(t::PANEL_TITLE))
            .id(egui::Id::unique("persona_panel"))
            .open(&mut open)
            .default_pos([24.0, 72.0])
            .default_size([700.0, 720.0])
            .min_width(560.0)
            .resizable(true)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(LIST_WIDTH);
                        self.list_ui(ui, journey, &mut out);
                    });
                    ui.separator();
                    ui.vertical(|ui| {
                        if let Some(persona) = self.selected.and_then(|id| journey.persona(id)) {
                            self.form_ui(ui, journey, persona, &mut out);
                        } else {
                            ui.add_space(8.0);
                            ui.label(tr(t::EMPTY));
                        }
                    });
                });
            });
        self.open = open;
        self.confirm_ui(ctx, journey, &mut out.inspector);
        out
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, journey: &Journey, out: &mut PanelOutput) {
        ui.strong(tr(t::LIST));
        let list_height = (ui.available_height() - 80.0).max(120.0);
        egui::ScrollArea::vertical()
            .id_salt("persona_list")
            .max_height(list_height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for persona in &journey.personas {
                    let response = self.list_entry_ui(ui, journey, persona);
                    if response.clicked() {
                        self.selected = Some(persona.id);
                        self.drafts.clear();
                    }
                }
            });
        ui.add_space(6.0);
        let selected = self.selected.filter(|id| journey.persona(*id).is_some());
        // A persona's name is map content: it speaks the map's language.
        let map_lang = journey.content_lang(crate::i18n::current());
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr(t::NEW)).clicked() {
                out.inspector.edit(Edit::AddPersona {
                    name: crate::i18n::tr_in(map_lang, t::NEW_NAME, &[]),
                    color: journey.next_persona_color(),
                });
            }
            let duplicate = ui.add_enabled(selected.is_some(), egui::Button::new(tr(t::DUPLICATE)));
            if duplicate.clicked()
                && let Some(persona) = selected.and_then(|id| journey.persona(id))
            {
                out.inspector.edit(Edit::DuplicatePersona {
                    persona: persona.id,
                    name: crate::i18n::tr_in(
                        map_lang,
                        t::COPY_NAME,
                        &[("name", (&persona.name).into())],
                    ),
                });
            }
            if ui
                .add_enabled(selected.is_some(), egui::Button::new(tr(t::DELETE)))
                .clicked()
            {
                self.confirm_delete = selected;
            }
        });
    }

    /// One row of the list: avatar, name and (for the primary persona) a tag.
    fn list_entry_ui(
        &self,
        ui: &mut egui::Ui,
        journey: &Journey,
        persona: &Persona,
    ) -> egui::Response {
        let selected = self.selected == Some(persona.id);
        let name = display_name(persona);
        let primary = journey.primary_persona == Some(persona.id);
        let tag = if primary {
            tr(t::PRIMARY_TAG)
        } else {
            String::new()
        };
        ui.horizontal(|ui| {
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(LIST_AVATAR, LIST_AVATAR), egui::Sense::hover());
            crate::paint::avatar(
                ui.painter(),
                persona,
                persona_color(journey, persona),
                rect.center(),
                LIST_AVATAR / 2.0,
            );
            // The tag on the right also pushes the name to the left edge.
            let response = ui.add(
                egui::Button::selectable(selected, name.as_str())
                    .right_text(egui::RichText::new(tag).small())
                    .truncate()
                    .min_size(egui::vec2(ui.available_width(), LIST_AVATAR + 4.0)),
            );
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
            });
            response
        })
        .inner
    }

    fn poll_photo(&mut self, journey: &Journey, out: &mut InspectorOutput) {
        let Some(job) = &self.photo_job else {
            return;
        };
        let result = match job.receiver.try_recv() {
            Ok(result) => result,
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => Err(PhotoError::Encode {
                path: PathBuf::new(),
                detail: "the photo reader stopped unexpectedly".to_owned(),
            }),
        };
        let persona = job.persona;
        self.photo_job = None;
        match result {
            Ok(photo) => {
                if let Some(current) = journey.persona(persona) {
                    out.edit(Edit::UpdatePersona(Persona {
                        photo: Some(photo),
                        ..current.clone()
                    }));
                }
            }
            Err(error) => self.photo_error = Some((persona, describe_photo_error(&error))),
        }
    }

    /// Asks before deleting, naming the curves that lose their persona.
    fn confirm_ui(&mut self, ctx: &egui::Context, journey: &Journey, out: &mut InspectorOutput) {
        let Some(persona) = self.confirm_delete.and_then(|id| journey.persona(id)) else {
            self.confirm_delete = None;
            return;
        };
        let curves: Vec<String> = curves_of_persona(journey, persona.id)
            .iter()
            .map(|curve| quoted(&curve.name))
            .collect();
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("delete_persona")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(tr_args(
                t::DELETE_TITLE,
                &[("name", display_name(persona).as_str().into())],
            ));
            ui.add_space(6.0);
            ui.label(tr_args(
                t::DELETE_CURVES,
                &[
                    ("count", curves.len().into()),
                    ("curves", curves.join(", ").as_str().into()),
                ],
            ));
            if journey.primary_persona == Some(persona.id) {
                ui.label(tr(t::DELETE_PRIMARY));
            }
            ui.label(egui::RichText::new(tr(t::DELETE_UNDO)).color(theme::TEXT_MUTED));
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button(tr(t::DELETE_CONFIRM)).clicked() {
                    answer = Some(true);
                }
                if ui.button(tr(t::CANCEL)).clicked() {
                    answer = Some(false);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(false);
        }
        if let Some(delete) = answer {
            if delete {
                out.edit(Edit::DeletePersona(persona.id));
            }
            self.confirm_delete = None;
        }
    }
}

/// A persona's colour as drawn.
fn persona_color(journey: &Journey, persona: &Persona) -> egui::Color32 {
    journey
        .persona_color(persona.id)
        .map_or(theme::PHASE_HEADER, theme::rgb)
}

/// The name, or a placeholder when it is blank.
fn display_name(persona: &Persona) -> String {
    if persona.name.trim().is_empty() {
        tr(t::UNNAMED)
    } else {
        persona.name.clone()
    }
}

/// A name in the interface language's quotation marks.
fn quoted(name: &str) -> String {
    match i18n::current() {
        Lang::De => format!("„{name}“"),
        Lang::En => format!("“{name}”"),
    }
}

/// A refused photo in the interface's language.
pub fn describe_photo_error(error: &PhotoError) -> String {
    let file = |path: &std::path::Path| {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        )
    };
    match error {
        PhotoError::Io { path, source } => tr_args(
            t::PHOTO_ERROR_IO,
            &[
                ("file", file(path).as_str().into()),
                ("reason", source.to_string().as_str().into()),
            ],
        ),
        PhotoError::NotAFile { path } => tr_args(
            t::PHOTO_ERROR_NOT_A_FILE,
            &[("file", file(path).as_str().into())],
        ),
        PhotoError::TooManyBytes { path, size } => tr_args(
            t::PHOTO_ERROR_TOO_BIG,
            &[
                ("file", file(path).as_str().into()),
                ("size", (size / 1_000_000).into()),
                ("limit", (crate::photo::MAX_IMPORT_BYTES / 1_000_000).into()),
            ],
        ),
        PhotoError::NotPngOrJpeg { path } => tr_args(
            t::PHOTO_ERROR_FORMAT,
            &[("file", file(path).as_str().into())],
        ),
        PhotoError::TooManyPixels {
            path,
            width,
            height,
        } => tr_args(
            t::PHOTO_ERROR_PIXELS,
            &[
                ("file", file(path).as_str().into()),
                ("width", (*width).into()),
                ("height", (*height).into()),
                ("side", crate::photo::MAX_IMPORT_SIDE.into()),
                (
                    "megapixels",
                    (crate::photo::MAX_IMPORT_PIXELS / 1_000_000).into(),
                ),
            ],
        ),
        PhotoError::Unreadable { path, .. } => tr_args(
            t::PHOTO_ERROR_UNREADABLE,
            &[("file", file(path).as_str().into())],
        ),
        PhotoError::Encode { path, detail } => tr_args(
            t::PHOTO_ERROR_ENCODE,
            &[
                ("file", file(path).as_str().into()),
                ("reason", detail.as_str().into()),
            ],
        ),
    }
}
