//! Steps from the menus, the toolbar, the inspector and the keyboard: adding
//! one (naming the first step too when a phase gets its second, so no
//! header shows empty), deleting one (asking first when cards go with it),
//! and what the menus need to know about them.

use std::hash::{Hash, Hasher};

use crate::canvas::Selection;
use crate::edit::{self, Edit};
use crate::i18n::{self, text::domain, tr_in};
use crate::model::{Journey, PhaseId, StepId};

use super::JourneymapApp;
use super::confirm::Confirm;
use super::dialog::Dialog;
use super::menu::StepMenu;

/// Where a new step goes: the phase and the position among its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct StepSlot {
    phase: PhaseId,
    index: usize,
}

/// Where "Add Step" (or, with `before`, "Add Step Before") puts a step for
/// this selection: after (before) a selected step or the step of a selected
/// emotion point, at the end of a selected phase, else after the step of
/// the current cell (`cell_step`). `None` when nothing says which phase.
pub(super) fn add_step_slot(
    journey: &Journey,
    selection: &Selection,
    cell_step: Option<StepId>,
    before: bool,
) -> Option<StepSlot> {
    let after_step = |step: StepId| {
        let (p, s) = journey.step_place(step)?;
        Some(StepSlot {
            phase: journey.phases[p].id,
            index: if before { s } else { s + 1 },
        })
    };
    match selection {
        Selection::Step(step) | Selection::Point { step, .. } => after_step(*step),
        Selection::Phase(phase) if !before => Some(StepSlot {
            phase: *phase,
            index: journey.phase(*phase)?.steps.len(),
        }),
        Selection::Cards(_) | Selection::None if !before => after_step(cell_step?),
        _ => None,
    }
}

/// The edits that add a step at `slot`, named "Step N" in the map's
/// language (N: how many steps the phase then has). When the phase had one
/// step without a name, that step is named by its place too ("Step 1"), so
/// neither header of the new step row shows empty.
pub(super) fn add_step_edits(journey: &Journey, slot: StepSlot, ui_lang: i18n::Lang) -> Vec<Edit> {
    let Some(phase) = journey.phase(slot.phase) else {
        return Vec::new();
    };
    let lang = journey.content_lang(ui_lang);
    let name = |number: usize| tr_in(lang, domain::NEW_STEP, &[("number", number.into())]);
    let index = slot.index.min(phase.steps.len());
    let splitting = match phase.steps.as_slice() {
        [only] if only.name.trim().is_empty() => Some(only.id),
        _ => None,
    };
    let new_number = if splitting.is_some() {
        index + 1
    } else {
        phase.steps.len() + 1
    };
    let mut edits = vec![Edit::AddStep {
        phase: phase.id,
        index,
        name: name(new_number),
    }];
    if let Some(only) = splitting {
        // The only step ends up first, unless the new one went before it.
        let number = if index == 0 { 2 } else { 1 };
        edits.push(Edit::RenameStep {
            step: only,
            name: name(number),
        });
    }
    edits
}

/// The only step of the phase a step is moved into, named by its place
/// after the move, when it has no name: the phase gets a step row then, and
/// no header of it shows empty. `None` when nothing needs a name, or when
/// the move will be refused (the last step of its phase).
pub(super) fn naming_for_move(journey: &Journey, edit: &Edit, ui_lang: i18n::Lang) -> Option<Edit> {
    let Edit::MoveStep { step, phase, index } = edit else {
        return None;
    };
    let source = journey.phase_of_step(*step)?;
    let target = journey.phase(*phase)?;
    let [only] = target.steps.as_slice() else {
        return None;
    };
    if source.id == target.id || source.steps.len() == 1 || !only.name.trim().is_empty() {
        return None;
    }
    let number: usize = if *index == 0 { 2 } else { 1 };
    let lang = journey.content_lang(ui_lang);
    Some(Edit::RenameStep {
        step: only.id,
        name: tr_in(lang, domain::NEW_STEP, &[("number", number.into())]),
    })
}

/// A merge key for the edits of one gesture alone: the revision moves on
/// with every applied edit, so no later gesture shares it.
fn gesture_key(what: &str, revision: u64, phase: PhaseId) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (what, revision, phase).hash(&mut hasher);
    hasher.finish()
}

impl JourneymapApp {
    /// Queues an edit the canvas made; a step moved into a phase of one
    /// unnamed step names that step too, in the same undo step.
    pub(super) fn queue_canvas_edit(&mut self, edit: Edit) {
        let journey = &self.document.journey;
        match (naming_for_move(journey, &edit, i18n::current()), &edit) {
            (Some(rename), Edit::MoveStep { phase, .. }) => {
                let key = gesture_key("move step", self.document.revision(), *phase);
                self.document.queue_merging(edit, Some(key));
                self.document.queue_merging(rename, Some(key));
            }
            _ => self.document.queue_edit(edit),
        }
    }

    /// What the menus show for steps this frame.
    pub(super) fn step_menu(&self) -> StepMenu {
        let journey = &self.document.journey;
        let selection = self.canvas.selection();
        let cell_step = self.canvas.target_cell(journey).map(|(_, step)| step);
        let only_step_of = match selection {
            Selection::Step(step) => journey
                .phase_of_step(*step)
                .filter(|phase| phase.steps.len() == 1)
                .map(|phase| phase.name.clone()),
            _ => None,
        };
        StepMenu {
            can_add: add_step_slot(journey, selection, cell_step, false).is_some(),
            only_step_of,
        }
    }

    /// Adds a step where the selection says; the gesture is one undo step
    /// even when it names the phase's first step too. The new step is then
    /// selected and ready to be named.
    pub(super) fn add_step(&mut self, before: bool) {
        let journey = &self.document.journey;
        let cell_step = self.canvas.target_cell(journey).map(|(_, step)| step);
        let Some(slot) = add_step_slot(journey, self.canvas.selection(), cell_step, before) else {
            return;
        };
        let edits = add_step_edits(journey, slot, i18n::current());
        let key = gesture_key("add step", self.document.revision(), slot.phase);
        for edit in edits {
            self.document.queue_merging(edit, Some(key));
        }
    }

    /// Deletes a step, asking first when cards would go with it. The only
    /// step of a phase is refused by the edit, whose message the status bar
    /// shows, without asking about cards that stay.
    pub(super) fn delete_step(&mut self, step: StepId) {
        let journey = &self.document.journey;
        let only = journey
            .phase_of_step(step)
            .is_some_and(|phase| phase.steps.len() == 1);
        if only || edit::cards_only_in_step(journey, step) == 0 {
            self.queue_edit(Edit::DeleteStep(step));
        } else if let Some(confirm) = Confirm::delete_step(journey, step) {
            self.dialogs.open(Dialog::Confirm(confirm));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Journey, Phase, PhaseId, Step, StepId};

    fn journey() -> Journey {
        let mut journey = Journey::default();
        journey
            .phases
            .push(Phase::single(PhaseId(1), "Kauf", StepId(10)));
        let mut two = Phase::single(PhaseId(2), "Bindung", StepId(20));
        two.steps.push(Step::new(StepId(21), "Newsletter"));
        two.steps[0].name = "Feedback".to_owned();
        journey.phases.push(two);
        journey.language = Some(Lang::De);
        journey.refresh_id_counter();
        journey
    }

    #[test]
    fn a_phase_of_one_step_gets_both_steps_named_in_the_maps_language() {
        let journey = journey();
        let slot = add_step_slot(&journey, &Selection::Phase(PhaseId(1)), None, false)
            .expect("a phase says where");
        let edits = add_step_edits(&journey, slot, Lang::En);
        assert_eq!(
            edits,
            [
                Edit::AddStep {
                    phase: PhaseId(1),
                    index: 1,
                    name: "Schritt 2".to_owned()
                },
                Edit::RenameStep {
                    step: StepId(10),
                    name: "Schritt 1".to_owned()
                },
            ]
        );
        // Before the only step: the new one is first.
        let slot = add_step_slot(&journey, &Selection::Step(StepId(10)), None, true)
            .expect("a step says where");
        let edits = add_step_edits(&journey, slot, Lang::En);
        assert!(matches!(&edits[0], Edit::AddStep { index: 0, name, .. } if name == "Schritt 1"));
        assert!(matches!(&edits[1], Edit::RenameStep { name, .. } if name == "Schritt 2"));
    }

    #[test]
    fn named_steps_keep_their_names_and_the_new_one_is_numbered_on() {
        let journey = journey();
        let slot = add_step_slot(&journey, &Selection::Step(StepId(20)), None, false)
            .expect("a step says where");
        assert_eq!(
            add_step_edits(&journey, slot, Lang::En),
            [Edit::AddStep {
                phase: PhaseId(2),
                index: 1,
                name: "Schritt 3".to_owned()
            }]
        );
    }

    #[test]
    fn a_step_moved_into_a_phase_of_one_unnamed_step_names_that_step() {
        let journey = journey();
        let move_to = |step: u64, phase: u64, index: usize| Edit::MoveStep {
            step: StepId(step),
            phase: PhaseId(phase),
            index,
        };
        let renamed = |name: &str| {
            Some(Edit::RenameStep {
                step: StepId(10),
                name: name.to_owned(),
            })
        };
        assert_eq!(
            naming_for_move(&journey, &move_to(21, 1, 1), Lang::En),
            renamed("Schritt 1")
        );
        assert_eq!(
            naming_for_move(&journey, &move_to(21, 1, 0), Lang::En),
            renamed("Schritt 2")
        );
        // Within its own phase, out of a phase of one (refused), or into a
        // phase whose steps have names: nothing to name.
        assert_eq!(
            naming_for_move(&journey, &move_to(21, 2, 0), Lang::En),
            None
        );
        assert_eq!(
            naming_for_move(&journey, &move_to(10, 2, 0), Lang::En),
            None
        );
        let mut named = journey.clone();
        named.phases[0].steps[0].name = "Bezahlen".to_owned();
        assert_eq!(naming_for_move(&named, &move_to(21, 1, 1), Lang::En), None);
    }

    #[test]
    fn the_current_cell_says_where_when_no_phase_or_step_is_selected() {
        let journey = journey();
        let none = Selection::None;
        assert_eq!(add_step_slot(&journey, &none, None, false), None);
        let slot = add_step_slot(&journey, &none, Some(StepId(21)), false);
        assert_eq!(
            slot,
            Some(StepSlot {
                phase: PhaseId(2),
                index: 2
            })
        );
        // "Before" needs a selected step.
        assert_eq!(add_step_slot(&journey, &none, Some(StepId(21)), true), None);
        let lane = Selection::Lane(crate::model::LaneId(5));
        assert_eq!(
            add_step_slot(&journey, &lane, Some(StepId(21)), false),
            None
        );
    }
}
