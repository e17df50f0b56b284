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
    /// Steps inside the phases. Until phases hold steps, each phase is one
    /// step: exactly how a version-1 file will be read when they arrive.
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
    /// Who acts on cards (0 until cards name actors).
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
            steps: self.phases.len(),
            lanes: self.lanes.len(),
            cards: self.cards.len(),
            curves: self.curves.len(),
            points: self.curves.iter().map(|curve| curve.points.len()).sum(),
            personas: self.personas.len(),
            actors: 0,
            links: 0,
            votes: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MapCounts;
    use crate::model::{CurveId, EmotionCurve, EmotionPoint, Journey, LaneKind, PhaseId, Rgb};

    fn curve(id: u64, phases: &[PhaseId]) -> EmotionCurve {
        EmotionCurve {
            id: CurveId(id),
            name: format!("Curve {id}"),
            color: Rgb(0, 0, 0),
            persona: None,
            points: phases
                .iter()
                .map(|&phase| EmotionPoint {
                    phase,
                    value: 1.0,
                    label: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn an_empty_map_counts_nothing() {
        assert_eq!(Journey::default().counts(), MapCounts::default());
    }

    #[test]
    fn points_are_counted_over_every_curve_and_each_phase_is_one_step() {
        let mut journey = Journey::default();
        let phases: Vec<PhaseId> = ["Discover", "Compare", "Buy"]
            .into_iter()
            .map(|name| journey.push_phase(name))
            .collect();
        journey.push_lane("Doing", LaneKind::Actions);
        journey.push_lane("Feeling", LaneKind::Emotion);
        journey.curves.push(curve(100, &phases));
        journey.curves.push(curve(101, &phases[..2]));
        journey.curves.push(curve(102, &[]));

        assert_eq!(
            journey.counts(),
            MapCounts {
                phases: 3,
                steps: 3,
                lanes: 2,
                cards: 0,
                curves: 3,
                points: 5,
                personas: 0,
                actors: 0,
                links: 0,
                votes: 0,
            }
        );
    }
}
