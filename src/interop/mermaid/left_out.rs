//! What a Mermaid journey cannot hold of a map, counted while it is written
//! and said in plain sentences.

use std::collections::HashMap;

use crate::i18n::text::mermaid as t;
use crate::i18n::{Msg, tr, tr_args};
use crate::model::{Card, Evidence, Journey, LaneId, LaneKind, StepId};

use super::parse::MERMAID_SCALE;

/// Counts of what was left out or changed on the way to Mermaid.
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts, one sentence each, not the states of one thing"
)]
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct LeftOut {
    pub cards_outside: usize,
    pub cards_stacked: usize,
    pub card_titles: usize,
    pub notes: usize,
    pub spans: usize,
    pub card_actors: usize,
    pub card_colors: bool,
    pub evidence: bool,
    pub touchpoints: bool,
    pub kpis: bool,
    pub personas: usize,
    pub lanes: usize,
    pub phase_descriptions: usize,
    pub step_descriptions: usize,
    pub point_labels: usize,
    pub moments: usize,
    pub scale: Option<(f32, f32)>,
    pub rounded: usize,
    pub no_value: usize,
    pub unnamed_phases: usize,
    pub unnamed_steps: usize,
    pub renamed_curves: usize,
    pub characters: usize,
    pub keywords: usize,
}

impl LeftOut {
    /// Counts what the map holds beyond the tasks: cards that are not a
    /// step's task (`written` maps a step to its task's card), card
    /// details, personas, other lanes, descriptions, labels and the scale.
    pub fn count_map(
        &mut self,
        journey: &Journey,
        actions: Option<LaneId>,
        written: &HashMap<StepId, &Card>,
    ) {
        for card in &journey.cards {
            let is_written = written
                .get(&card.step)
                .is_some_and(|task| task.id == card.id);
            if is_written {
                self.spans += usize::from(card.span > 1);
            } else if Some(card.lane) == actions {
                self.cards_stacked += 1;
            } else {
                self.cards_outside += 1;
            }
            self.notes += usize::from(!card.notes.trim().is_empty());
            self.card_colors |= card.color.is_some();
            self.evidence |= card.evidence != Evidence::Assumption;
            self.touchpoints |= card.touchpoint.is_some();
            self.kpis |= card.kpi.is_some();
        }
        self.personas = journey.personas.len();
        self.lanes = journey
            .lanes
            .iter()
            .filter(|lane| lane.kind != LaneKind::Emotion && Some(lane.id) != actions)
            .count();
        self.phase_descriptions = journey
            .phases
            .iter()
            .filter(|phase| !phase.description.trim().is_empty())
            .count();
        self.step_descriptions = journey
            .steps()
            .filter(|(_, step)| !step.description.trim().is_empty())
            .count();
        let points = || journey.curves.iter().flat_map(|curve| &curve.points);
        self.point_labels = points()
            .filter(|point| !point.label.trim().is_empty())
            .count();
        self.moments = points().filter(|point| point.moment_of_truth).count();
        let scale = journey.emotion_scale;
        if scale != MERMAID_SCALE {
            self.scale = Some((scale.min, scale.max));
        }
    }

    /// One sentence for each thing left out, in the interface's language.
    pub fn sentences(&self) -> Vec<String> {
        let counted: [(usize, Msg); 17] = [
            (self.cards_outside, t::MERMAID_LEFT_CARDS_OUTSIDE),
            (self.cards_stacked, t::MERMAID_LEFT_CARDS_STACKED),
            (self.card_titles, t::MERMAID_LEFT_CARD_TITLES),
            (self.notes, t::MERMAID_LEFT_NOTES),
            (self.spans, t::MERMAID_LEFT_SPANS),
            (self.card_actors, t::MERMAID_LEFT_CARD_ACTORS),
            (self.personas, t::MERMAID_LEFT_PERSONAS),
            (self.lanes, t::MERMAID_LEFT_LANES),
            (self.phase_descriptions, t::MERMAID_LEFT_PHASE_DESCRIPTIONS),
            (self.step_descriptions, t::MERMAID_LEFT_STEP_DESCRIPTIONS),
            (self.point_labels, t::MERMAID_LEFT_POINT_LABELS),
            (self.moments, t::MERMAID_LEFT_MOMENTS),
            (self.rounded, t::MERMAID_LEFT_ROUNDED),
            (self.unnamed_phases, t::MERMAID_LEFT_UNNAMED_PHASES),
            (self.unnamed_steps, t::MERMAID_LEFT_UNNAMED_STEPS),
            (self.renamed_curves, t::MERMAID_LEFT_RENAMED_CURVES),
            (self.characters, t::MERMAID_LEFT_CHARACTERS),
        ];
        let flagged: [(bool, Msg); 4] = [
            (self.card_colors, t::MERMAID_LEFT_CARD_COLORS),
            (self.evidence, t::MERMAID_LEFT_EVIDENCE),
            (self.touchpoints, t::MERMAID_LEFT_TOUCHPOINTS),
            (self.kpis, t::MERMAID_LEFT_KPIS),
        ];
        let mut sentences: Vec<String> = counted
            .iter()
            .filter(|(count, _)| *count > 0)
            .map(|(count, msg)| tr_args(*msg, &[("count", (*count).into())]))
            .collect();
        sentences.extend(
            flagged
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, msg)| tr(*msg)),
        );
        if let Some((min, max)) = self.scale {
            sentences.push(tr_args(
                t::MERMAID_LEFT_SCALE,
                &[("min", min.into()), ("max", max.into())],
            ));
        }
        if self.no_value > 0 {
            let middle = super::export::NO_VALUE_SCORE;
            sentences.push(tr_args(
                t::MERMAID_LEFT_NO_VALUE,
                &[
                    ("count", self.no_value.into()),
                    ("score", u32::from(middle).into()),
                ],
            ));
        }
        if self.keywords > 0 {
            sentences.push(tr_args(
                t::MERMAID_LEFT_KEYWORDS,
                &[("count", self.keywords.into())],
            ));
        }
        sentences
    }
}
