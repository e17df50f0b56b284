//! Editing text in place on the canvas: a card's title and notes, a phase,
//! step or lane name, an emotion point's label. The text lives in a buffer until it is
//! committed (Ctrl+Enter, Enter in one-line fields, or a click elsewhere), so
//! the whole edit is one undo step and Escape simply drops the buffer.

use egui::text::{CCursor, CCursorRange};
use egui::{
    CornerRadius, Id, Key, KeyboardShortcut, Modifiers, Rect, Stroke, StrokeKind, TextEdit, Ui,
    UiBuilder, WidgetInfo, vec2,
};

use crate::edit::Edit;
use crate::i18n::{text::canvas as t, tr};
use crate::layout::{MapLayout, Metrics, TextRole};
use crate::model::{CardId, CurveId, Journey, LaneId, PhaseId, StepId};
use crate::theme;

/// What is being edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextTarget {
    /// An existing card: title and notes.
    Card(CardId),
    /// A card that does not exist yet; committing adds it last in the cell.
    NewCard {
        /// Its lane.
        lane: LaneId,
        /// Its step.
        step: StepId,
    },
    /// A phase name.
    Phase(PhaseId),
    /// A step name.
    Step(StepId),
    /// A lane name.
    Lane(LaneId),
    /// The label of an emotion point.
    PointLabel {
        /// The curve.
        curve: CurveId,
        /// The step of the point.
        step: StepId,
    },
}

/// How the editor's frame ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Still typing.
    Open,
    /// Keep the text.
    Commit,
    /// Drop the text.
    Cancel,
}

/// An open in-place editor.
#[derive(Clone, Debug, PartialEq)]
pub struct TextEditing {
    /// What is edited.
    pub target: TextTarget,
    title: String,
    notes: String,
    /// Focus the first field (and select its text) on the next frame.
    just_opened: bool,
    /// Input that came after Enter in the title, in the same frame: it
    /// belongs to the notes, which only have focus from the next frame on.
    deferred: Vec<egui::Event>,
}

impl TextEditing {
    /// Opens an editor on `target` with its current text; `None` if it does not exist.
    pub fn open(target: TextTarget, journey: &Journey) -> Option<Self> {
        let (title, notes) = match &target {
            TextTarget::Card(id) => {
                let card = journey.card(*id)?;
                (card.title.clone(), card.notes.clone())
            }
            TextTarget::NewCard { .. } => (String::new(), String::new()),
            TextTarget::Phase(id) => (journey.phase(*id)?.name.clone(), String::new()),
            TextTarget::Step(id) => (journey.step(*id)?.name.clone(), String::new()),
            TextTarget::Lane(id) => (journey.lane(*id)?.name.clone(), String::new()),
            TextTarget::PointLabel { curve, step } => {
                let curve = journey.curves.iter().find(|c| c.id == *curve)?;
                (curve.point_in(*step)?.label.clone(), String::new())
            }
        };
        Some(Self {
            target,
            title,
            notes,
            just_opened: true,
            deferred: Vec::new(),
        })
    }

    /// The edit committing this text makes, if the text changed.
    pub fn edit(&self, journey: &Journey) -> Option<Edit> {
        let title = self.title.trim().to_owned();
        let notes = self.notes.trim().to_owned();
        match &self.target {
            TextTarget::Card(id) => {
                let card = journey.card(*id)?;
                (card.title != title || card.notes != notes).then_some(Edit::SetCardText {
                    card: *id,
                    title,
                    notes,
                })
            }
            TextTarget::NewCard { lane, step } => (!title.is_empty() || !notes.is_empty())
                .then_some(Edit::AddCard {
                    lane: *lane,
                    step: *step,
                    before: None,
                    title,
                    notes,
                }),
            TextTarget::Phase(id) => (!title.is_empty() && journey.phase(*id)?.name != title)
                .then_some(Edit::RenamePhase {
                    phase: *id,
                    name: title,
                }),
            TextTarget::Step(id) => (!title.is_empty() && journey.step(*id)?.name != title)
                .then_some(Edit::RenameStep {
                    step: *id,
                    name: title,
                }),
            TextTarget::Lane(id) => (!title.is_empty() && journey.lane(*id)?.name != title)
                .then_some(Edit::RenameLane {
                    lane: *id,
                    name: title,
                }),
            TextTarget::PointLabel { curve, step } => Some(Edit::LabelPoint {
                curve: *curve,
                step: *step,
                label: title,
            }),
        }
    }

    /// Where the editor goes, in map space.
    pub fn rect_in_map(&self, journey: &Journey, layout: &MapLayout) -> Option<Rect> {
        Some(match &self.target {
            TextTarget::Card(id) => {
                let index = journey.cards.iter().position(|card| card.id == *id)?;
                let rect = layout.cards.get(index)?.rect;
                // Room for the notes even when the card has none yet.
                Rect::from_min_size(rect.min, vec2(rect.width(), rect.height().max(96.0)))
            }
            TextTarget::NewCard { lane, step } => new_card_rect(journey, layout, *lane, *step)?,
            TextTarget::Phase(id) => layout.phases.get(journey.phase_index(*id)?)?.header,
            TextTarget::Step(id) => step_header_rect(journey, layout, *id)?,
            TextTarget::Lane(id) => {
                let header = layout.lanes.get(journey.lane_index(*id)?)?.header;
                Rect::from_min_size(header.min, vec2(header.width(), header.height().min(48.0)))
            }
            TextTarget::PointLabel { curve, step } => {
                let curve_layout = layout.curves.iter().find(|c| c.id == *curve)?;
                let (_, point) = curve_layout.points.iter().find(|(p, _)| p == step)?;
                Rect::from_center_size(*point - vec2(0.0, 30.0), vec2(180.0, 26.0))
            }
        })
    }

    /// Shows the editor in `rect` (screen space) at `zoom`.
    pub fn ui(&mut self, ui: &mut Ui, rect: Rect, zoom: f32) -> Outcome {
        self.replay_deferred(ui);
        let (cancel, commit) = ui.input_mut(|input| {
            (
                input.consume_key(Modifiers::NONE, Key::Escape),
                input.consume_key(Modifiers::COMMAND, Key::Enter),
            )
        });
        if cancel {
            return Outcome::Cancel;
        }
        let clicked_elsewhere = ui.input(|input| {
            input.pointer.any_pressed()
                && input
                    .pointer
                    .interact_pos()
                    .is_some_and(|pos| !rect.contains(pos))
        });
        // Ctrl+Enter still lets this frame's typing reach the fields first: a fast
        // typist's last letter and the shortcut often arrive in the same frame.
        let mut outcome = if commit {
            Outcome::Commit
        } else {
            Outcome::Open
        };
        if clicked_elsewhere && !self.just_opened {
            return Outcome::Commit;
        }
        ui.painter().rect(
            rect,
            CornerRadius::same(6),
            theme::PAPER,
            Stroke::new(theme::OUTLINE_WIDTH, theme::SELECTION),
            StrokeKind::Outside,
        );
        let two_fields = matches!(
            self.target,
            TextTarget::Card(_) | TextTarget::NewCard { .. }
        );
        let (role, label) = match self.target {
            TextTarget::Card(_) | TextTarget::NewCard { .. } => {
                (TextRole::CardTitle, tr(t::CARD_TITLE))
            }
            TextTarget::Phase(_) => (TextRole::PhaseName, tr(t::PHASE_NAME)),
            TextTarget::Step(_) => (TextRole::StepName, tr(t::STEP_NAME)),
            TextTarget::Lane(_) => (TextRole::LaneName, tr(t::LANE_NAME)),
            TextTarget::PointLabel { .. } => (TextRole::Small, tr(t::POINT_LABEL)),
        };
        let font = |role| theme::editor_font(role, zoom);
        let title_id = Id::unique("in_place_title");
        let notes_id = Id::unique("in_place_notes");
        // Enter in the title goes on to the notes rather than breaking the line.
        // Keystrokes are never reordered: what was typed before Enter in this
        // frame still reaches the title, what came after waits for the notes.
        let title_focused = ui.memory(|m| m.has_focus(title_id));
        let to_notes = two_fields && title_focused && self.split_at_enter(ui);
        if to_notes {
            ui.ctx().request_repaint();
        }
        ui.scope_builder(UiBuilder::new().max_rect(rect.shrink(6.0)), |ui| {
            let title_edit = if two_fields {
                TextEdit::multiline(&mut self.title)
                    .return_key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter))
                    .desired_rows(1)
            } else {
                TextEdit::singleline(&mut self.title)
            };
            let output = title_edit
                .id(title_id)
                .font(font(role))
                .hint_text(label.as_str())
                .frame(egui::Frame::NONE)
                .desired_width(f32::INFINITY)
                .show(ui);
            labelled(&output.response.response, &label, &self.title);
            if self.just_opened {
                output.response.response.request_focus();
                select_all(ui, title_id, &self.title);
                self.just_opened = false;
            }
            let title_done =
                output.response.response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if !two_fields && title_done {
                outcome = Outcome::Commit;
            }
            if two_fields {
                let notes = TextEdit::multiline(&mut self.notes)
                    .id(notes_id)
                    .font(font(TextRole::CardNotes))
                    .hint_text(tr(t::NOTES_HINT))
                    .frame(egui::Frame::NONE)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .show(ui);
                labelled(&notes.response.response, &tr(t::CARD_NOTES), &self.notes);
            }
        });
        if to_notes {
            ui.memory_mut(|m| m.request_focus(notes_id));
        }
        outcome
    }

    /// Puts input held back in the last frame before this frame's input.
    fn replay_deferred(&mut self, ui: &Ui) {
        if self.deferred.is_empty() {
            return;
        }
        let mut events = std::mem::take(&mut self.deferred);
        ui.input_mut(|input| {
            events.append(&mut input.events);
            input.events = events;
        });
    }

    /// Takes a plain Enter out of this frame's input and holds back every
    /// event after it for the next frame. True if there was one.
    fn split_at_enter(&mut self, ui: &Ui) -> bool {
        ui.input_mut(|input| {
            let enter = input.events.iter().position(|event| {
                matches!(
                    event,
                    egui::Event::Key {
                        key: Key::Enter,
                        pressed: true,
                        modifiers,
                        ..
                    } if modifiers.is_none()
                )
            });
            let Some(enter) = enter else {
                return false;
            };
            self.deferred = input.events.split_off(enter + 1);
            input.events.pop();
            true
        })
    }
}

/// Gives a text field an accessible name, so screen readers and tests find it.
fn labelled(response: &egui::Response, label: &str, text: &str) {
    response.widget_info(|| {
        let mut info = WidgetInfo::text_edit(true, text, text, "");
        info.label = Some(label.to_owned());
        info
    });
}

fn select_all(ui: &Ui, id: Id, text: &str) {
    if let Some(mut state) = egui::text_edit::TextEditState::load(ui.ctx(), id) {
        let end = CCursor::new(text.chars().count());
        state
            .cursor
            .set_char_range(Some(CCursorRange::two(CCursor::new(0), end)));
        state.store(ui.ctx(), id);
    }
}

/// The header of a step (map space): its own in a phase with several
/// steps, else its phase's, which stands for the only step.
pub fn step_header_rect(journey: &Journey, layout: &MapLayout, step: StepId) -> Option<Rect> {
    let step_layout = layout.steps.get(journey.step_index(step)?)?;
    match &step_layout.header {
        Some(header) => Some(header.rect),
        None => layout
            .phases
            .get(step_layout.phase_index)
            .map(|phase| phase.header),
    }
}

/// Where a new card appears while its text is typed: under the cell's last card.
pub fn new_card_rect(
    journey: &Journey,
    layout: &MapLayout,
    lane: LaneId,
    step: StepId,
) -> Option<Rect> {
    let metrics = Metrics::default();
    let column = layout.steps.get(journey.step_index(step)?)?.column;
    let row = layout.lanes.get(journey.lane_index(lane)?)?.row;
    let top = journey
        .cards
        .iter()
        .zip(&layout.cards)
        .filter(|(card, _)| card.lane == lane && card.step == step)
        .map(|(_, card)| card.rect.bottom() + metrics.card_gap)
        .fold(row.top() + metrics.cell_padding, f32::max);
    Some(Rect::from_min_size(
        egui::pos2(column.left() + metrics.cell_padding, top),
        vec2(column.width() - 2.0 * metrics.cell_padding, 96.0),
    ))
}

impl super::Canvas {
    /// Shows the in-place editor, if one is open, and turns a commit into an edit.
    pub(super) fn text_editor_ui(&mut self, ui: &mut Ui, frame: &super::frame::FrameInfo<'_>) {
        let Some(editing) = &mut self.editing else {
            return;
        };
        let Some(rect) = editing.rect_in_map(frame.journey, &frame.cached.layout) else {
            self.editing = None;
            return;
        };
        let rect = frame.screen_from_map * rect;
        match editing.ui(ui, rect, self.view.zoom) {
            Outcome::Open => {}
            Outcome::Cancel => self.editing = None,
            Outcome::Commit => {
                if let Some(edit) = editing.edit(frame.journey) {
                    self.edits.push(edit);
                }
                self.editing = None;
            }
        }
    }
}
