//! The journey: the whole document.

use super::{
    Card, CardId, EmotionCurve, EmotionScale, IdCounter, Lane, LaneId, LaneKind, Persona,
    PersonaId, Phase, PhaseId,
};

/// A customer journey map: one persona's path through phases, described lane by lane.
///
/// Plain data: it knows nothing of files, pixels or egui. Cards are kept in one
/// list; their order in it is their order within each cell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Journey {
    /// Headline of the map.
    pub title: String,
    /// What the map is about, for whom, based on what.
    pub description: String,
    /// The persona the map follows, shown above the grid.
    pub primary_persona: Option<PersonaId>,
    /// Everyone the map's curves may belong to.
    pub personas: Vec<Persona>,
    /// Columns, in time order.
    pub phases: Vec<Phase>,
    /// Rows, top to bottom.
    pub lanes: Vec<Lane>,
    /// Sticky notes; list order is stacking order within a cell.
    pub cards: Vec<Card>,
    /// The scale of every emotion curve.
    pub emotion_scale: EmotionScale,
    /// Emotion curves drawn in emotion lanes.
    pub curves: Vec<EmotionCurve>,
    /// Source of fresh ids; derived from the content when a file is loaded.
    pub ids: IdCounter,
}

impl Journey {
    /// Index of a phase in column order.
    pub fn phase_index(&self, id: PhaseId) -> Option<usize> {
        self.phases.iter().position(|phase| phase.id == id)
    }

    /// Index of a lane in row order.
    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|lane| lane.id == id)
    }

    /// The lane with this id.
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|lane| lane.id == id)
    }

    /// The phase with this id.
    pub fn phase(&self, id: PhaseId) -> Option<&Phase> {
        self.phases.iter().find(|phase| phase.id == id)
    }

    /// The card with this id.
    pub fn card(&self, id: CardId) -> Option<&Card> {
        self.cards.iter().find(|card| card.id == id)
    }

    /// The persona with this id.
    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|persona| persona.id == id)
    }

    /// The primary persona, if it is set and exists.
    pub fn primary_persona(&self) -> Option<&Persona> {
        self.primary_persona.and_then(|id| self.persona(id))
    }

    /// Appends a phase with a fresh id and default width.
    pub fn push_phase(&mut self, name: impl Into<String>) -> PhaseId {
        let id = PhaseId(self.ids.next_raw());
        self.phases.push(Phase {
            id,
            name: name.into(),
            description: String::new(),
            width: None,
        });
        id
    }

    /// Appends an expanded lane with a fresh id.
    pub fn push_lane(&mut self, name: impl Into<String>, kind: LaneKind) -> LaneId {
        let id = LaneId(self.ids.next_raw());
        self.lanes.push(Lane {
            id,
            name: name.into(),
            kind,
            collapsed: false,
            min_height: None,
        });
        id
    }

    /// The largest raw id used anywhere in the document.
    pub fn max_raw_id(&self) -> u64 {
        let phases = self.phases.iter().map(|phase| phase.id.0);
        let lanes = self.lanes.iter().map(|lane| lane.id.0);
        let cards = self.cards.iter().map(|card| card.id.0);
        let personas = self.personas.iter().map(|persona| persona.id.0);
        let curves = self.curves.iter().map(|curve| curve.id.0);
        phases
            .chain(lanes)
            .chain(cards)
            .chain(personas)
            .chain(curves)
            .max()
            .unwrap_or(0)
    }

    /// Points the id counter past every id in use; call after building a journey
    /// from outside data so new ids never collide.
    pub fn refresh_id_counter(&mut self) {
        let max = self.max_raw_id();
        self.ids.bump_past(max);
    }
}
