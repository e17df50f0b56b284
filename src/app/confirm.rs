//! Asking before deleting a phase, a step or a lane: the question says how
//! many cards go with it, since in a workshop a slip of the mouse must not cost an hour.

use crate::edit::{self, Edit};
use crate::i18n::{text::dialogs as t, tr, tr_args};
use crate::model::{Journey, LaneId, PhaseId, StepId};

/// A deletion waiting for the user's answer.
#[expect(
    clippy::enum_variant_names,
    reason = "every answer is a deletion; the names say what goes"
)]
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
    /// Delete a step.
    DeleteStep {
        /// The step.
        step: StepId,
        /// Its name (or number), for the question.
        name: String,
        /// Its phase's name, for the question.
        phase: String,
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

    /// The question for deleting `step`, if it exists.
    pub fn delete_step(journey: &Journey, step: StepId) -> Option<Self> {
        Some(Confirm::DeleteStep {
            step,
            name: crate::canvas::step_name(journey, step),
            phase: journey.phase_of_step(step)?.name.clone(),
            cards: edit::cards_only_in_step(journey, step),
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
            Confirm::DeleteStep { step, .. } => Edit::DeleteStep(*step),
            Confirm::DeleteLane { lane, .. } => Edit::DeleteLane(*lane),
        }
    }

    /// Shows the question; `Some(true)` to delete, `Some(false)` to keep, `None` while open.
    pub fn show(&self, ctx: &egui::Context) -> Option<bool> {
        let cards_go = |cards: usize| tr_args(t::CONFIRM_CARDS_GO, &[("cards", cards.into())]);
        let (question, button, consequence) = match self {
            Confirm::DeletePhase { name, cards, .. } => (
                tr_args(t::CONFIRM_DELETE_PHASE, &[("name", name.into())]),
                t::DELETE_PHASE,
                cards_go(*cards),
            ),
            Confirm::DeleteStep {
                name, phase, cards, ..
            } => (
                tr_args(
                    t::CONFIRM_DELETE_STEP,
                    &[("name", name.into()), ("phase", phase.into())],
                ),
                t::DELETE_STEP,
                // German needs other pronouns for a step ("er") than for a phase ("sie").
                tr_args(t::CONFIRM_STEP_CARDS_GO, &[("cards", (*cards).into())]),
            ),
            Confirm::DeleteLane { name, cards, .. } => (
                tr_args(t::CONFIRM_DELETE_LANE, &[("name", name.into())]),
                t::DELETE_LANE,
                cards_go(*cards),
            ),
        };
        let undo_keys = super::Command::Undo
            .shortcut()
            .map(|shortcut| super::shortcut_text::shortcut_text(ctx, shortcut))
            .unwrap_or_default();
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("confirm_delete")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(question);
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
