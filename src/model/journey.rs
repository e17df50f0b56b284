//! The journey: the whole document.

use crate::i18n::Lang;

use super::{
    Actor, Card, CardId, EmotionCurve, EmotionScale, IdCounter, Lane, LaneId, LaneKind,
    PERSONA_COLORS, Persona, PersonaId, Phase, PhaseId, Rgb, Step, StepId,
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
    /// The language the map is written in, which words and numbers painted
    /// into it follow (KPI values, a persona's age, quotation marks). `None`
    /// follows the interface: files from before maps had a language.
    pub language: Option<Lang>,
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
    /// The language of the words and numbers painted into the map: its own,
    /// else `ui`, the language of whoever looks at it. Every place that
    /// draws, exports or names new content of a map asks here.
    pub fn content_lang(&self, ui: Lang) -> Lang {
        self.language.unwrap_or(ui)
    }

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

    /// Every step, left to right: the map's columns, with their phase.
    pub fn steps(&self) -> impl Iterator<Item = (&Phase, &Step)> + '_ {
        self.phases
            .iter()
            .flat_map(|phase| phase.steps.iter().map(move |step| (phase, step)))
    }

    /// How many steps (columns) the map has.
    pub fn step_count(&self) -> usize {
        self.phases.iter().map(|phase| phase.steps.len()).sum()
    }

    /// The column of a step: its position among all steps, left to right.
    pub fn step_index(&self, id: StepId) -> Option<usize> {
        self.steps().position(|(_, step)| step.id == id)
    }

    /// The column of every step, for looking many up (a 10,000-card map
    /// asks for each card's).
    pub fn step_columns(&self) -> std::collections::HashMap<StepId, usize> {
        self.steps()
            .enumerate()
            .map(|(column, (_, step))| (step.id, column))
            .collect()
    }

    /// The step in column `index`.
    pub fn step_at(&self, index: usize) -> Option<&Step> {
        self.steps().nth(index).map(|(_, step)| step)
    }

    /// The step with this id.
    pub fn step(&self, id: StepId) -> Option<&Step> {
        self.steps()
            .find(|(_, step)| step.id == id)
            .map(|(_, step)| step)
    }

    /// The phase a step is in, and the step's position inside it.
    pub fn step_place(&self, id: StepId) -> Option<(usize, usize)> {
        self.phases.iter().enumerate().find_map(|(p, phase)| {
            let s = phase.steps.iter().position(|step| step.id == id)?;
            Some((p, s))
        })
    }

    /// The phase that holds a step.
    pub fn phase_of_step(&self, id: StepId) -> Option<&Phase> {
        let (p, _) = self.step_place(id)?;
        self.phases.get(p)
    }

    /// The columns a phase covers: its steps' positions among all steps.
    pub fn phase_columns(&self, id: PhaseId) -> Option<std::ops::Range<usize>> {
        let mut start = 0;
        for phase in &self.phases {
            if phase.id == id {
                return Some(start..start + phase.steps.len());
            }
            start += phase.steps.len();
        }
        None
    }

    /// How a column is named to a person: its phase's name, and for a phase
    /// with several steps "Phase › Step" (the step's name, or its number).
    pub fn column_name(&self, step: StepId) -> String {
        let Some((p, s)) = self.step_place(step) else {
            return String::new();
        };
        let phase = &self.phases[p];
        if !phase.has_steps() {
            return phase.name.clone();
        }
        let name = phase.steps[s].name.trim();
        if name.is_empty() {
            format!("{} › {}", phase.name, s + 1)
        } else {
            format!("{} › {}", phase.name, name)
        }
    }

    /// The step id of every column, left to right.
    pub fn step_ids(&self) -> Vec<StepId> {
        self.steps().map(|(_, step)| step.id).collect()
    }

    /// The first step of a phase.
    pub fn first_step(&self, phase: PhaseId) -> Option<StepId> {
        self.phase(phase)?.steps.first().map(|step| step.id)
    }

    /// Everyone named as an actor on any card, personas first in persona
    /// order, then free names in order of first use: what the inspector offers.
    pub fn actors(&self) -> Vec<Actor> {
        let mut found: Vec<Actor> = Vec::new();
        for persona in &self.personas {
            let actor = Actor::Persona(persona.id);
            if self.cards.iter().any(|card| card.actors.contains(&actor)) {
                found.push(actor);
            }
        }
        for card in &self.cards {
            for actor in &card.actors {
                if matches!(actor, Actor::Name(_)) && !found.contains(actor) {
                    found.push(actor.clone());
                }
            }
        }
        found
    }

    /// The name an actor shows: a persona's name, or the free name.
    pub fn actor_name<'a>(&'a self, actor: &'a Actor) -> Option<&'a str> {
        match actor {
            Actor::Persona(id) => self.persona(*id).map(|persona| persona.name.as_str()),
            Actor::Name(name) => Some(name),
        }
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
        let id = self.primary_persona?;
        self.persona(id)
    }

    /// A persona's colour: its own, or the palette colour of its position.
    /// `None` when there is no such persona.
    pub fn persona_color(&self, id: PersonaId) -> Option<Rgb> {
        let index = self.personas.iter().position(|persona| persona.id == id)?;
        Some(
            self.personas[index]
                .color
                .unwrap_or(PERSONA_COLORS[index % PERSONA_COLORS.len()]),
        )
    }

    /// The colour for a new persona: the first palette colour no persona shows
    /// yet, or the next in turn once all are taken.
    pub fn next_persona_color(&self) -> Rgb {
        let used: Vec<Rgb> = self
            .personas
            .iter()
            .filter_map(|persona| self.persona_color(persona.id))
            .collect();
        PERSONA_COLORS
            .iter()
            .copied()
            .find(|color| !used.contains(color))
            .unwrap_or(PERSONA_COLORS[self.personas.len() % PERSONA_COLORS.len()])
    }

    /// The persona a curve belongs to, if it is assigned and exists.
    pub fn curve_persona(&self, curve: &EmotionCurve) -> Option<&Persona> {
        let id = curve.persona?;
        self.persona(id)
    }

    /// The colour a curve is drawn in: its persona's, or its own. Every
    /// drawing of a curve (canvas, legend, exports) asks here.
    pub fn curve_color(&self, curve: &EmotionCurve) -> Rgb {
        curve
            .persona
            .and_then(|id| self.persona_color(id))
            .unwrap_or(curve.color)
    }

    /// The name a curve shows in the legend: its persona's, or its own.
    pub fn curve_name<'a>(&'a self, curve: &'a EmotionCurve) -> &'a str {
        match self.curve_persona(curve) {
            Some(persona) if !persona.name.trim().is_empty() => &persona.name,
            _ => &curve.name,
        }
    }

    /// Appends a phase of one step of default width, with fresh ids.
    pub fn push_phase(&mut self, name: impl Into<String>) -> PhaseId {
        let id = PhaseId(self.ids.next_raw());
        let step = StepId(self.ids.next_raw());
        self.phases.push(Phase::single(id, name, step));
        id
    }

    /// Appends a step to a phase, with a fresh id; `None` if there is no such phase.
    pub fn push_step(&mut self, phase: PhaseId, name: impl Into<String>) -> Option<StepId> {
        let index = self.phase_index(phase)?;
        let id = StepId(self.ids.next_raw());
        self.phases[index].steps.push(Step::new(id, name));
        Some(id)
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
        self.raw_ids().max().unwrap_or(0)
    }

    /// Every id in the map (phases, steps, lanes, cards, personas, curves) as a number.
    pub fn raw_ids(&self) -> impl Iterator<Item = u64> + '_ {
        let phases = self.phases.iter().map(|phase| phase.id.0);
        let steps = self.steps().map(|(_, step)| step.id.0);
        let lanes = self.lanes.iter().map(|lane| lane.id.0);
        let cards = self.cards.iter().map(|card| card.id.0);
        let personas = self.personas.iter().map(|persona| persona.id.0);
        let curves = self.curves.iter().map(|curve| curve.id.0);
        phases
            .chain(steps)
            .chain(lanes)
            .chain(cards)
            .chain(personas)
            .chain(curves)
    }

    /// Points the id counter past every id in use; call after building a journey
    /// from outside data so new ids never collide.
    pub fn refresh_id_counter(&mut self) {
        let max = self.max_raw_id();
        self.ids.bump_past(max);
    }
}

#[cfg(test)]
mod tests {
    use super::Journey;
    use crate::i18n::Lang;

    #[test]
    fn a_map_without_a_language_follows_the_interface() {
        let journey = Journey::default();
        for ui in Lang::ALL {
            assert_eq!(journey.content_lang(ui), ui);
        }
    }

    #[test]
    fn a_map_with_a_language_keeps_it_whatever_the_interface_speaks() {
        for language in Lang::ALL {
            let journey = Journey {
                language: Some(language),
                ..Journey::default()
            };
            for ui in Lang::ALL {
                assert_eq!(journey.content_lang(ui), language, "interface {ui:?}");
            }
        }
    }
}
