//! Asking before deleting a phase or a lane: the question says how many cards
//! go with it, since in a workshop a slip of the mouse must not cost an hour.

use crate::edit::{self, Edit};
use crate::i18n::{text::dialogs as t, tr, tr_args};
use crate::model::{Journey, LaneId, PhaseId};

/// A deletion waiting for the user's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// Delete a phase.
    DeletePhase {
        /// The phase.
        phase: PhaseId,
        /// Its name, for the question.
        name: String,
        /// Cards that go with it.
        cards: usize,
    },
    /// Delete a lane.
    DeleteLane {
        /// The lane.
        lane: LaneId,
        /// Its name, for the question.
        name: String,
        /// Cards that go with it.
        cards: usize,
    },
}

impl Confirm {
    /// The question for deleting `phase`, if it exists.
    pub fn delete_phase(journey: &Journey, phase: PhaseId) -> Option<Self> {
        Some(Confirm::DeletePhase {
            phase,
            name: journey.phase(phase)?.name.clone(),
            cards: edit::cards_only_in_phase(journey, phase),
        })
    }

    /// The question for deleting `lane`, if it exists.
    pub fn delete_lane(journey: &Journey, lane: LaneId) -> Option<Self> {
        Some(Confirm::DeleteLane {
            lane,
            name: journey.lane(lane)?.name.clone(),
            cards: edit::cards_in_lane(journey, lane),
        })
    }

    /// The edit a "yes" makes.
    pub fn edit(&self) -> Edit {
        match self {
            Confirm::DeletePhase { phase, .. } => Edit::DeletePhase(*phase),
            Confirm::DeleteLane { lane, .. } => Edit::DeleteLane(*lane),
        }
    }

    /// Shows the question; `Some(true)` to delete, `Some(false)` to keep, `None` while open.
    pub fn show(&self, ctx: &egui::Context) -> Option<bool> {
        let (question, button, name, cards) = match self {
            Confirm::DeletePhase { name, cards, .. } => {
                (t::CONFIRM_DELETE_PHASE, t::DELETE_PHASE, name, *cards)
            }
            Confirm::DeleteLane { name, cards, .. } => {
                (t::CONFIRM_DELETE_LANE, t::DELETE_LANE, name, *cards)
            }
        };
        let consequence = tr_args(t::CONFIRM_CARDS_GO, &[("cards", cards.into())]);
        let undo_keys = super::Command::Undo
            .shortcut()
            .map(|shortcut| super::shortcut_text::shortcut_text(ctx, shortcut))
            .unwrap_or_default();
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("confirm_delete")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(tr_args(question, &[("name", name.into())]));
            ui.add_space(6.0);
            ui.label(consequence);
            ui.label(tr_args(
                t::CONFIRM_UNDO_HINT,
                &[("shortcut", (&undo_keys).into())],
            ));
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button(tr(button)).clicked() {
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
        answer
    }
}
