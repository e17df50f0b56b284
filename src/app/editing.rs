//! The editing commands (undo, clipboard, delete, add …) and the one place
//! where edits are applied to the document and recorded for undo.

use crate::canvas::{Direction, Reveal, Selection, TextTarget};
use crate::edit::{self, Edit, clipboard};
use crate::i18n::{self, text::app as t, text::domain, tr, tr_args, tr_in};
use crate::model::{Journey, LaneKind, Rgb};

use super::confirm::Confirm;
use super::dialog::Dialog;
use super::{Command, JourneymapApp};
use crate::document::UndoOutcome;

/// Colours offered to new curves, in turn: distinct on paper and in print.
const CURVE_COLORS: [Rgb; 6] = [
    Rgb(0xE4, 0x57, 0x2E),
    Rgb(0x2A, 0x9D, 0x8F),
    Rgb(0x7C, 0x4D, 0xDB),
    Rgb(0x25, 0x63, 0xEB),
    Rgb(0xD6, 0x3F, 0x8C),
    Rgb(0x6B, 0x77, 0x88),
];

impl JourneymapApp {
    /// Runs a command that acts on the map or its selection.
    pub(super) fn run_edit_command(&mut self, ctx: &egui::Context, command: Command) {
        let journey = &self.document.journey;
        let selection = self.canvas.selection().clone();
        // New phases, lanes and curves are map content: named in the map's language.
        let content_lang = journey.content_lang(i18n::current());
        match command {
            Command::Undo => self.undo_or_redo(true),
            Command::Redo => self.undo_or_redo(false),
            Command::Copy => self.copy(ctx),
            Command::Cut => {
                self.copy(ctx);
                self.delete_cards(selection.cards());
            }
            Command::Paste => self.paste(ctx),
            Command::Duplicate => {
                let cards = selection.cards();
                if !cards.is_empty() {
                    self.queue_edit(Edit::DuplicateCards(cards));
                }
            }
            Command::Delete => self.delete_selection(&selection),
            Command::SelectAll => self.canvas.select_all(journey),
            Command::EditSelected => self.canvas.edit_selection(journey),
            Command::AddCard => {
                let cell = self
                    .canvas
                    .target_cell(journey)
                    .or_else(|| clipboard::first_card_cell(journey));
                if let Some((lane, step)) = cell {
                    let target = TextTarget::NewCard { lane, step };
                    self.canvas.start_editing(target, &self.document.journey);
                }
            }
            Command::AddPhase => {
                let index = match selection {
                    Selection::Phase(phase) => journey.phase_index(phase).map_or(0, |i| i + 1),
                    _ => journey.phases.len(),
                };
                self.queue_edit(Edit::AddPhase {
                    index,
                    name: tr_in(content_lang, domain::NEW_PHASE, &[]),
                });
            }
            Command::AddStep => self.add_step(false),
            Command::AddStepBefore => self.add_step(true),
            Command::AddLane => {
                let index = match selection {
                    Selection::Lane(lane) => journey.lane_index(lane).map_or(0, |i| i + 1),
                    _ => journey.lanes.len(),
                };
                self.queue_edit(Edit::AddLane {
                    index,
                    name: tr_in(content_lang, domain::NEW_LANE, &[]),
                    kind: LaneKind::Text,
                });
            }
            Command::AddCurve => {
                let color = CURVE_COLORS[journey.curves.len() % CURVE_COLORS.len()];
                let name = tr_in(
                    content_lang,
                    domain::NEW_CURVE,
                    &[("number", (journey.curves.len() + 1).into())],
                );
                self.queue_edit(Edit::AddCurve { name, color });
            }
            Command::ToggleCollapse => {
                if let Selection::Lane(lane) = selection
                    && let Some(collapsed) = journey.lane(lane).map(|l| !l.collapsed)
                {
                    self.queue_edit(Edit::CollapseLane { lane, collapsed });
                }
            }
            Command::SelectNext => self.canvas.select_next(journey, true),
            Command::SelectPrevious => self.canvas.select_next(journey, false),
            Command::SelectLeft => self.canvas.select_neighbour(journey, Direction::Left),
            Command::SelectRight => self.canvas.select_neighbour(journey, Direction::Right),
            Command::SelectUp => self.canvas.select_neighbour(journey, Direction::Up),
            Command::SelectDown => self.canvas.select_neighbour(journey, Direction::Down),
            // File and view commands are run by `run_command`.
            _ => {}
        }
    }

    fn undo_or_redo(&mut self, undo: bool) {
        let outcome = if undo {
            self.document.undo()
        } else {
            self.document.redo()
        };
        match outcome {
            UndoOutcome::Done(step) => {
                let done = if undo {
                    t::STATUS_UNDID
                } else {
                    t::STATUS_REDID
                };
                self.status = tr_args(done, &[("step", (&tr(step)).into())]);
            }
            UndoOutcome::Nothing => {}
            UndoOutcome::Failed(error) => {
                let failed = if undo {
                    t::STATUS_UNDO_FAILED
                } else {
                    t::STATUS_REDO_FAILED
                };
                self.status = tr_args(failed, &[("error", (&error.message()).into())]);
            }
        }
    }

    fn copy(&mut self, ctx: &egui::Context) {
        let cards = self.canvas.selection().cards();
        if cards.is_empty() {
            return;
        }
        self.document.clipboard = clipboard::CardClip::copy(&self.document.journey, &cards);
        ctx.copy_text(self.document.clipboard.text().to_owned());
        self.status = tr_args(t::STATUS_COPIED_CARDS, &[("count", cards.len().into())]);
    }

    /// Pastes the copied cards, or one card per line of text that came from
    /// another program, into the current cell.
    fn paste(&mut self, ctx: &egui::Context) {
        if let Some(text) = self
            .pasted_text
            .take_if(|text| crate::interop::mermaid::looks_like_mermaid(text))
        {
            // A whole Mermaid journey is a map of its own, not cards.
            self.paste_mermaid(ctx, text);
            return;
        }
        let journey = &self.document.journey;
        let target = self.canvas.target_cell(journey);
        let cards = match self.pasted_text.take() {
            Some(text) if !self.document.clipboard.matches_text(&text) => {
                let Some((lane, phase)) = target.or_else(|| clipboard::first_card_cell(journey))
                else {
                    return;
                };
                clipboard::cards_from_text(&text, lane, phase)
            }
            _ => self.document.clipboard.place(journey, target),
        };
        if !cards.is_empty() {
            self.queue_edit(Edit::PasteCards(cards));
        }
    }

    fn delete_cards(&mut self, cards: Vec<crate::model::CardId>) {
        if !cards.is_empty() {
            self.queue_edit(Edit::DeleteCards(cards));
        }
    }

    fn delete_selection(&mut self, selection: &Selection) {
        let journey = &self.document.journey;
        match *selection {
            Selection::None => {}
            Selection::Cards(_) => self.delete_cards(selection.cards()),
            Selection::Phase(phase) => self.ask_or_delete(Confirm::delete_phase(journey, phase)),
            Selection::Step(step) => self.delete_step(step),
            Selection::Lane(lane) => self.ask_or_delete(Confirm::delete_lane(journey, lane)),
            Selection::Curve(curve) => self.queue_edit(Edit::RemoveCurve(curve)),
            Selection::Point { curve, step } => self.queue_edit(Edit::SetPoint {
                curve,
                step,
                value: None,
            }),
        }
    }

    /// Asks before deleting a phase or lane that has cards.
    fn ask_or_delete(&mut self, confirm: Option<Confirm>) {
        if let Some(confirm) = confirm {
            self.dialogs.open(Dialog::Confirm(confirm));
        }
    }

    /// Applies the edits of this frame (each one undo step) and follows up
    /// on what they created. A view-only map drops them unapplied.
    pub(super) fn apply_pending_edits(&mut self) {
        if !self.mode.may_edit() {
            self.document.discard_pending();
            return;
        }
        let report = self.document.apply_pending();
        for applied in &report.applied {
            self.follow_up(&applied.inverse, applied.renames_new);
        }
        if !report.applied.is_empty() {
            self.status.clear();
        }
        if let Some((name, error)) = report.refused.last() {
            self.status = tr_args(
                t::STATUS_EDIT_FAILED,
                &[
                    ("step", (&tr(*name)).into()),
                    ("error", (&error.message()).into()),
                ],
            );
        }
    }

    /// Selects what an edit created; a new phase, step or lane is ready to be named.
    fn follow_up(&mut self, inverse: &[Edit], rename: bool) {
        let created = edit::created_cards(inverse);
        self.canvas.select_created(&created);
        if let Some(card) = created.first() {
            self.canvas.reveal(Reveal::Card(*card));
        }
        let journey: &Journey = &self.document.journey;
        for edit in inverse {
            // What was created is scrolled into view, so its rename field shows.
            let (selection, target, reveal) = match edit {
                Edit::RemovePhase(phase) => (
                    Selection::Phase(*phase),
                    TextTarget::Phase(*phase),
                    Reveal::Phase(*phase),
                ),
                // A phase that had fewer steps before: a step was added.
                Edit::UpdatePhase(before) => {
                    let Some(step) = new_step(journey, before) else {
                        continue;
                    };
                    (
                        Selection::Step(step),
                        TextTarget::Step(step),
                        Reveal::Step(step),
                    )
                }
                Edit::RemoveLane(lane) => (
                    Selection::Lane(*lane),
                    TextTarget::Lane(*lane),
                    Reveal::Lane(*lane),
                ),
                Edit::RemoveCurve(curve) => {
                    self.canvas.select(Selection::Curve(*curve));
                    continue;
                }
                Edit::RemovePersona(persona) => {
                    if let Some(panel) = &mut self.personas {
                        panel.select(*persona);
                    }
                    continue;
                }
                _ => continue,
            };
            self.canvas.select(selection);
            self.canvas.reveal(reveal);
            if rename {
                self.canvas.start_editing(target, journey);
            }
        }
    }
}

/// The step a phase has now that it lacked `before` (an added step).
fn new_step(journey: &Journey, before: &crate::model::Phase) -> Option<crate::model::StepId> {
    journey
        .phase(before.id)?
        .steps
        .iter()
        .find(|step| before.steps.iter().all(|old| old.id != step.id))
        .map(|step| step.id)
}
