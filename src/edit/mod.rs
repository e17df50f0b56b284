//! Every change to a journey, as data: the UI emits [`Edit`]s during a frame and
//! the app applies them in one place at its end, recording undo history there.
//!
//! Architecture invariant: like the model, this layer knows no egui, no files
//! and no pixels. Applying an edit either changes the journey and returns the
//! edits that undo it, or fails and leaves the journey untouched; a valid
//! journey stays valid (see `model::validate`).
//!
//! Edits come in two kinds. *Primitive* edits (insert, remove, replace one
//! item) are what history stores: each has an exact inverse. *Gesture* edits
//! (move cards, delete a phase with its cards, change the scale, …) say what the
//! user did; [`apply`] expands them into primitives first, so undo needs no
//! special cases and stores only the items a step touched.

mod apply;
mod cards;
pub mod clipboard;
mod error;
mod history;
mod memory;
mod personas;
mod primitive;
mod steps;
mod structure;
mod transaction;

pub use apply::{apply, apply_all, created_cards};
pub use error::{EditError, Rule};
pub use history::{History, StateId, Step};
pub use personas::curves_of_persona;
pub use steps::cards_only_in_step;
pub use structure::{cards_in_lane, cards_only_in_phase, map_value};

use crate::i18n::{Lang, Msg, text::edit as t};
use crate::model::{
    Actor, Card, CardColor, CardId, CurveId, EmotionCurve, EmotionScale, Journey, Lane, LaneId,
    LaneKind, Persona, PersonaId, Phase, PhaseId, Rgb, StepId,
};

/// One change to a journey. Gesture edits name what the user did; primitive
/// edits (marked below) are what undo history stores.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    // ----- the journey -----
    /// Sets the map's title.
    SetTitle(String),
    /// Sets the map's description.
    SetDescription(String),
    /// Sets the language the map is written in; `None` follows the interface.
    SetLanguage(Option<Lang>),
    /// Changes the emotion scale and maps every point onto it (gesture).
    ChangeScale(EmotionScale),
    /// Primitive: sets the scale without touching the points.
    SetScale(EmotionScale),
    /// Primitive: replaces the whole journey, e.g. with the file as it is on
    /// disk again ("reload from disk" as one undo step). Its inverse gives the
    /// old journey back. The id counter never goes back: the result keeps the
    /// larger of both counters, so an id is never handed out twice.
    ReplaceJourney(Box<Journey>),

    // ----- cards -----
    /// Adds a card at the end of a cell, or before `before` (gesture: takes a fresh id).
    AddCard {
        /// Its lane.
        lane: LaneId,
        /// Its step.
        step: StepId,
        /// The card it goes in front of; `None` puts it last in the cell.
        before: Option<CardId>,
        /// Title.
        title: String,
        /// Notes.
        notes: String,
    },
    /// Primitive: puts `card` at `index` of the card list.
    InsertCard {
        /// Position in `Journey::cards`.
        index: usize,
        /// The card, with its id.
        card: Card,
    },
    /// Primitive: removes a card.
    RemoveCard(CardId),
    /// Primitive: replaces the card that has the same id.
    UpdateCard(Card),
    /// Sets a card's title and notes (gesture).
    SetCardText {
        /// The card.
        card: CardId,
        /// New title.
        title: String,
        /// New notes.
        notes: String,
    },
    /// Moves cards into one cell, in their current order, before `before` or
    /// last (gesture). Spans shrink where the cell is too close to the last step.
    MoveCards {
        /// The cards.
        cards: Vec<CardId>,
        /// Target lane.
        lane: LaneId,
        /// Target step.
        step: StepId,
        /// The card they go in front of; `None` puts them last in the cell.
        before: Option<CardId>,
    },
    /// Sets how many steps a card covers, also across phase borders
    /// (gesture; clamped to the steps there are).
    SpanCard {
        /// The card.
        card: CardId,
        /// The new span, at least 1.
        span: u32,
    },
    /// Sets who acts on a card besides the persona (gesture). Personas the
    /// map does not have and empty names are refused.
    SetCardActors {
        /// The card.
        card: CardId,
        /// The actors, in the order the card shows them.
        actors: Vec<Actor>,
    },
    /// Gives cards a colour, or `None` for their lane's colour (gesture).
    RecolorCards {
        /// The cards.
        cards: Vec<CardId>,
        /// The colour.
        color: Option<CardColor>,
    },
    /// Deletes cards (gesture).
    DeleteCards(Vec<CardId>),
    /// Adds copies of cards right after each of them (gesture: fresh ids).
    DuplicateCards(Vec<CardId>),
    /// Adds cards that already know their lane and step in this journey, each
    /// last in its cell; their ids are replaced by fresh ones (gesture).
    PasteCards(Vec<Card>),

    // ----- phases -----
    /// Adds a phase of one step at `index` (gesture: fresh ids).
    AddPhase {
        /// Position among the phases.
        index: usize,
        /// Name.
        name: String,
    },
    /// Primitive: puts a phase at `index`.
    InsertPhase {
        /// Position among the phases.
        index: usize,
        /// The phase.
        phase: Phase,
    },
    /// Primitive: removes a phase that no card or value refers to through its steps.
    RemovePhase(PhaseId),
    /// Primitive: replaces the phase that has the same id, steps included
    /// (every step gesture is one or two of these).
    UpdatePhase(Phase),
    /// Primitive: moves a phase to position `to`.
    MovePhase {
        /// The phase.
        phase: PhaseId,
        /// Its new position.
        to: usize,
    },
    /// Renames a phase (gesture).
    RenamePhase {
        /// The phase.
        phase: PhaseId,
        /// New name.
        name: String,
    },
    /// Sets the width of a phase's last step, whose right edge is the
    /// phase's; `None` goes back to the default (gesture).
    ResizePhase {
        /// The phase.
        phase: PhaseId,
        /// Width in map points.
        width: Option<f32>,
    },
    /// Moves a phase with its steps to position `to`, shrinking spans that
    /// would run past the last step (gesture).
    ReorderPhase {
        /// The phase.
        phase: PhaseId,
        /// Its new position.
        to: usize,
    },
    /// Deletes a phase, the cards only in its steps and the curve points in
    /// them; cards that also cover other steps shrink (gesture).
    DeletePhase(PhaseId),

    // ----- steps -----
    /// Adds a step to a phase at `index` among its steps (gesture: fresh id).
    AddStep {
        /// The phase.
        phase: PhaseId,
        /// Position among the phase's steps.
        index: usize,
        /// Name.
        name: String,
    },
    /// Renames a step (gesture).
    RenameStep {
        /// The step.
        step: StepId,
        /// New name.
        name: String,
    },
    /// Sets a step's description (gesture).
    DescribeStep {
        /// The step.
        step: StepId,
        /// New description; empty removes it.
        description: String,
    },
    /// Sets a step's width; `None` goes back to the default (gesture).
    ResizeStep {
        /// The step.
        step: StepId,
        /// Width in map points.
        width: Option<f32>,
    },
    /// Moves a step to position `index` among the steps of `phase`, its own
    /// or another; its cards and values go with it, and spans that would
    /// run past the last step shrink (gesture). A phase keeps at least one step.
    MoveStep {
        /// The step.
        step: StepId,
        /// The phase it goes to.
        phase: PhaseId,
        /// Its position among that phase's steps (after the move).
        index: usize,
    },
    /// Primitive: moves a step with everything in it to `index` among the
    /// steps of `phase` (its own or another, which then must keep one).
    RelocateStep {
        /// The step.
        step: StepId,
        /// The phase it goes to.
        phase: PhaseId,
        /// Its position among that phase's steps (after the move).
        index: usize,
    },
    /// Deletes a step, the cards only in it and the curve points in it; cards
    /// that also cover other steps shrink (gesture). A phase keeps at least one step.
    DeleteStep(StepId),

    // ----- lanes -----
    /// Adds a lane at `index` (gesture: fresh id).
    AddLane {
        /// Position among the lanes.
        index: usize,
        /// Name.
        name: String,
        /// Kind.
        kind: LaneKind,
    },
    /// Primitive: puts a lane at `index`.
    InsertLane {
        /// Position among the lanes.
        index: usize,
        /// The lane.
        lane: Lane,
    },
    /// Primitive: removes a lane no card is in.
    RemoveLane(LaneId),
    /// Primitive: replaces the lane that has the same id.
    UpdateLane(Lane),
    /// Primitive: moves a lane to position `to`.
    MoveLane {
        /// The lane.
        lane: LaneId,
        /// Its new position.
        to: usize,
    },
    /// Renames a lane (gesture).
    RenameLane {
        /// The lane.
        lane: LaneId,
        /// New name.
        name: String,
    },
    /// Sets a lane's minimum height; `None` fits its cards (gesture).
    ResizeLane {
        /// The lane.
        lane: LaneId,
        /// Height in map points.
        height: Option<f32>,
    },
    /// Collapses a lane to a strip or expands it (gesture).
    CollapseLane {
        /// The lane.
        lane: LaneId,
        /// Collapsed or not.
        collapsed: bool,
    },
    /// Deletes a lane and every card in it (gesture).
    DeleteLane(LaneId),

    // ----- emotion curves -----
    /// Adds a curve with no points (gesture: fresh id).
    AddCurve {
        /// Legend name.
        name: String,
        /// Line colour.
        color: Rgb,
    },
    /// Primitive: puts a curve at `index`.
    InsertCurve {
        /// Position among the curves.
        index: usize,
        /// The curve.
        curve: EmotionCurve,
    },
    /// Primitive: removes a curve.
    RemoveCurve(CurveId),
    /// Primitive: replaces the curve that has the same id (names, colours, points).
    UpdateCurve(EmotionCurve),
    /// Sets a curve's value in a step (snapped to the scale), or removes the
    /// point with `None` (gesture).
    SetPoint {
        /// The curve.
        curve: CurveId,
        /// The step.
        step: StepId,
        /// The value, or `None` to remove the point.
        value: Option<f32>,
    },
    /// Sets the label of a curve's point (gesture).
    LabelPoint {
        /// The curve.
        curve: CurveId,
        /// The step of the point.
        step: StepId,
        /// The label; empty removes it.
        label: String,
    },
    /// Marks a curve's point as a moment of truth, or clears the mark (gesture).
    MarkMomentOfTruth {
        /// The curve.
        curve: CurveId,
        /// The step of the point.
        step: StepId,
        /// Marked or not.
        marked: bool,
    },
    /// Gives a curve to a persona, whose colour and name it then shows, or
    /// takes it back with `None` (gesture).
    AssignCurve {
        /// The curve.
        curve: CurveId,
        /// The persona, or `None` for the curve's own name and colour.
        persona: Option<PersonaId>,
    },

    // ----- personas -----
    /// Adds a persona at the end of the list (gesture: fresh id).
    AddPersona {
        /// Name.
        name: String,
        /// Colour of its curves and avatar ring.
        color: Rgb,
    },
    /// Primitive: puts a persona at `index`.
    InsertPersona {
        /// Position among the personas.
        index: usize,
        /// The persona.
        persona: Persona,
    },
    /// Primitive: removes a persona no curve and not the map refers to.
    RemovePersona(PersonaId),
    /// Primitive: replaces the persona that has the same id.
    UpdatePersona(Persona),
    /// Primitive: makes a persona the one shown above the map, or none.
    SetPrimaryPersona(Option<PersonaId>),
    /// Adds a copy of a persona right after it, with a fresh id, this name
    /// and a colour of its own (gesture).
    DuplicatePersona {
        /// The persona copied.
        persona: PersonaId,
        /// The copy's name ("Lena Berger (copy)", in the interface's language).
        name: String,
    },
    /// Deletes a persona; its curves go back to their own name and colour and
    /// the map loses its primary persona if it was this one (gesture).
    DeletePersona(PersonaId),
}

impl Edit {
    /// What the edit does, for "Undo …" ("move card"): a message id, so the
    /// history reads in whatever language the interface speaks when shown.
    pub fn name(&self) -> Msg {
        match self {
            Edit::SetTitle(_) => t::STEP_EDIT_TITLE,
            Edit::SetDescription(_) => t::STEP_EDIT_DESCRIPTION,
            Edit::SetLanguage(_) => t::STEP_SET_LANGUAGE,
            Edit::ChangeScale(_) | Edit::SetScale(_) => t::STEP_CHANGE_SCALE,
            Edit::ReplaceJourney(_) => t::STEP_RELOAD,
            Edit::AddCard { .. } | Edit::InsertCard { .. } => t::STEP_ADD_CARD,
            Edit::RemoveCard(_) => t::STEP_DELETE_CARD,
            Edit::UpdateCard(_) => t::STEP_EDIT_CARD,
            Edit::SetCardText { .. } => t::STEP_EDIT_CARD_TEXT,
            Edit::MoveCards { cards, .. } => plural(cards, t::STEP_MOVE_CARD, t::STEP_MOVE_CARDS),
            Edit::SpanCard { .. } => t::STEP_SPAN_CARD,
            Edit::SetCardActors { .. } => t::STEP_SET_ACTORS,
            Edit::RecolorCards { .. } => t::STEP_RECOLOUR,
            Edit::DeleteCards(cards) => plural(cards, t::STEP_DELETE_CARD, t::STEP_DELETE_CARDS),
            Edit::DuplicateCards(cards) => {
                plural(cards, t::STEP_DUPLICATE_CARD, t::STEP_DUPLICATE_CARDS)
            }
            Edit::PasteCards(_) => t::STEP_PASTE,
            Edit::AddPhase { .. } | Edit::InsertPhase { .. } => t::STEP_ADD_PHASE,
            Edit::RemovePhase(_) | Edit::DeletePhase(_) => t::STEP_DELETE_PHASE,
            Edit::UpdatePhase(_) => t::STEP_EDIT_PHASE,
            Edit::MovePhase { .. } | Edit::ReorderPhase { .. } => t::STEP_MOVE_PHASE,
            Edit::RenamePhase { .. } => t::STEP_RENAME_PHASE,
            Edit::ResizePhase { .. } => t::STEP_RESIZE_PHASE,
            Edit::AddStep { .. } => t::STEP_ADD_STEP,
            Edit::RenameStep { .. } => t::STEP_RENAME_STEP,
            Edit::DescribeStep { .. } => t::STEP_DESCRIBE_STEP,
            Edit::ResizeStep { .. } => t::STEP_RESIZE_STEP,
            Edit::MoveStep { .. } | Edit::RelocateStep { .. } => t::STEP_MOVE_STEP,
            Edit::DeleteStep(_) => t::STEP_DELETE_STEP,
            Edit::AddLane { .. } | Edit::InsertLane { .. } => t::STEP_ADD_LANE,
            Edit::RemoveLane(_) | Edit::DeleteLane(_) => t::STEP_DELETE_LANE,
            Edit::UpdateLane(_) => t::STEP_EDIT_LANE,
            Edit::MoveLane { .. } => t::STEP_MOVE_LANE,
            Edit::RenameLane { .. } => t::STEP_RENAME_LANE,
            Edit::ResizeLane { .. } => t::STEP_RESIZE_LANE,
            Edit::CollapseLane {
                collapsed: true, ..
            } => t::STEP_COLLAPSE_LANE,
            Edit::CollapseLane { .. } => t::STEP_EXPAND_LANE,
            Edit::AddCurve { .. } | Edit::InsertCurve { .. } => t::STEP_ADD_CURVE,
            Edit::RemoveCurve(_) => t::STEP_REMOVE_CURVE,
            Edit::UpdateCurve(_) => t::STEP_EDIT_CURVE,
            Edit::SetPoint { value: None, .. } => t::STEP_REMOVE_POINT,
            Edit::SetPoint { .. } => t::STEP_SET_EMOTION,
            Edit::LabelPoint { .. } => t::STEP_LABEL_POINT,
            Edit::MarkMomentOfTruth { marked: true, .. } => t::STEP_MARK_MOMENT,
            Edit::MarkMomentOfTruth { .. } => t::STEP_UNMARK_MOMENT,
            Edit::AssignCurve { persona: None, .. } => t::STEP_UNASSIGN_CURVE,
            Edit::AssignCurve { .. } => t::STEP_ASSIGN_CURVE,
            Edit::AddPersona { .. } | Edit::InsertPersona { .. } => t::STEP_ADD_PERSONA,
            Edit::RemovePersona(_) | Edit::DeletePersona(_) => t::STEP_DELETE_PERSONA,
            Edit::UpdatePersona(_) => t::STEP_EDIT_PERSONA,
            Edit::SetPrimaryPersona(_) => t::STEP_SET_PRIMARY_PERSONA,
            Edit::DuplicatePersona { .. } => t::STEP_DUPLICATE_PERSONA,
        }
    }
}

fn plural(cards: &[CardId], one: Msg, many: Msg) -> Msg {
    if cards.len() == 1 { one } else { many }
}

#[cfg(test)]
mod tests;
