//! How much a map holds: the numbers `journeymap info` prints and the
//! status bar shows, counted in one place so both always agree.

use super::Journey;

/// The size of a map, element kind by element kind.
///
/// Every count a summary shows is here, also those of elements the model
/// does not have yet (they are 0), so the command line's output keeps its
/// shape when they arrive and only [`Journey::counts`] changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapCounts {
    /// Columns.
    pub phases: usize,
    /// Steps inside the phases (a phase of a version-1 file is one step).
    pub steps: usize,
    /// Rows.
    pub lanes: usize,
    /// Sticky notes.
    pub cards: usize,
    /// Emotion curves.
    pub curves: usize,
    /// Emotion values set, over all curves.
    pub points: usize,
    /// Personas, primary or not.
    pub personas: usize,
    /// Different actors named on cards: personas and free names.
    pub actors: usize,
    /// Links between elements (0 until maps hold links).
    pub links: usize,
    /// Votes on cards (0 until maps hold votes).
    pub votes: usize,
}

impl Journey {
    /// Counts what the map holds.
    pub fn counts(&self) -> MapCounts {
        MapCounts {
            phases: self.phases.len(),
            steps: self.step_count(),
            lanes: self.lanes.len(),
            cards: self.cards.len(),
            curves: self.curves.len(),
            points: self.curves.iter().map(|curve| curve.points.len()).sum(),
            personas: self.personas.len(),
            actors: self.actors().len(),
            links: 0,
            votes: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MapCounts;
    use crate::model::{
        Actor, Card, CardId, CurveId, EmotionCurve, EmotionPoint, Journey, LaneKind, Rgb, StepId,
    };

    fn curve(id: u64, steps: &[StepId]) -> EmotionCurve {
        EmotionCurve {
            id: CurveId(id),
            name: format!("Curve {id}"),
            color: Rgb(0, 0, 0),
            persona: None,
            points: steps
                .iter()
                .map(|&step| EmotionPoint::new(step, 1.0))
                .collect(),
        }
    }

    #[test]
    fn an_empty_map_counts_nothing() {
        assert_eq!(Journey::default().counts(), MapCounts::default());
    }

    #[test]
    fn points_steps_and_actors_are_counted_over_the_whole_map() {
        let mut journey = Journey::default();
        let phases: Vec<_> = ["Discover", "Compare", "Buy"]
            .into_iter()
            .map(|name| journey.push_phase(name))
            .collect();
        journey.push_step(phases[1], "Read reviews");
        journey.push_step(phases[1], "Ask a friend");
        let steps = journey.step_ids();
        let doing = journey.push_lane("Doing", LaneKind::Actions);
        journey.push_lane("Feeling", LaneKind::Emotion);
        journey.curves.push(curve(100, &steps));
        journey.curves.push(curve(101, &steps[..2]));
        journey.curves.push(curve(102, &[]));
        let lena = crate::model::PersonaId(journey.ids.next_raw());
        journey
            .personas
            .push(crate::model::Persona::new(lena, "Lena"));
        for actors in [
            vec![Actor::Persona(lena), Actor::Name("Clerk".into())],
            vec![Actor::Name("Clerk".into()), Actor::Name("Bot".into())],
        ] {
            let mut card = Card::new(CardId(journey.ids.next_raw()), doing, steps[0], "x");
            card.actors = actors;
            journey.cards.push(card);
        }

        assert_eq!(
            journey.counts(),
            MapCounts {
                phases: 3,
                steps: 5,
                lanes: 2,
                cards: 2,
                curves: 3,
                points: 7,
                personas: 1,
                actors: 3,
                links: 0,
                votes: 0,
            }
        );
    }
}
