//! A journey cut down to a range of phases or of lanes, for exporting part
//! of a map.

use crate::model::{Journey, LaneId, PhaseId, StepId};

/// `journey` with only phases `first..=last` (0-based) and their steps, the
/// cards over them (spans cut at the end of the range; cards reaching in
/// from the left start at the range's first step), and the curve points in them.
pub fn phase_range(journey: &Journey, first: usize, last: usize) -> Journey {
    let mut part = journey.clone();
    let kept: Vec<PhaseId> = journey
        .phases
        .get(first..=last.min(journey.phases.len().saturating_sub(1)))
        .unwrap_or_default()
        .iter()
        .map(|phase| phase.id)
        .collect();
    part.phases.retain(|phase| kept.contains(&phase.id));
    let columns = journey.step_ids();
    let (Some(first_column), Some(last_column)) = (
        kept.first().and_then(|id| journey.phase_columns(*id)),
        kept.last().and_then(|id| journey.phase_columns(*id)),
    ) else {
        part.cards.clear();
        part.curves
            .iter_mut()
            .for_each(|curve| curve.points.clear());
        return part;
    };
    let (first, last) = (first_column.start, last_column.end - 1);
    let column_of = journey.step_columns();
    part.cards.retain_mut(|card| {
        let Some(&start) = column_of.get(&card.step) else {
            return false;
        };
        let end = start + card.span.max(1) as usize - 1;
        if end < first || start > last {
            return false;
        }
        let (start, end) = (start.max(first), end.min(last));
        card.step = columns[start];
        card.span = u32::try_from(end - start + 1).unwrap_or(1);
        true
    });
    let kept_steps: Vec<StepId> = columns[first..=last].to_vec();
    for curve in &mut part.curves {
        curve
            .points
            .retain(|point| kept_steps.contains(&point.step));
    }
    part
}

/// `journey` with only lanes `first..=last` (0-based) and their cards. The
/// curves stay: the emotion lane draws them only if it is in the range.
pub fn lane_range(journey: &Journey, first: usize, last: usize) -> Journey {
    let mut part = journey.clone();
    let kept: Vec<LaneId> = journey
        .lanes
        .get(first..=last.min(journey.lanes.len().saturating_sub(1)))
        .unwrap_or_default()
        .iter()
        .map(|lane| lane.id)
        .collect();
    part.lanes.retain(|lane| kept.contains(&lane.id));
    part.cards.retain(|card| kept.contains(&card.lane));
    part
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::generated;

    #[test]
    fn keeps_only_the_range_and_stays_valid() {
        let mut journey = generated(200);
        journey.cards[0].span = 3;
        let part = phase_range(&journey, 1, 2);
        assert_eq!(part.phases.len(), 2);
        assert_eq!(part.phases[0].id, journey.phases[1].id);
        assert_eq!(crate::model::validate(&part), vec![]);
        // The wide card from phase 0 reaches into the range and is cut to it.
        let wide = part.card(journey.cards[0].id).expect("kept");
        assert_eq!((wide.step, wide.span), (journey.phases[1].steps[0].id, 2));
        assert!(part.curves.iter().all(|c| c.points.len() == 2));
    }

    #[test]
    fn a_lane_range_keeps_its_lanes_and_their_cards_and_stays_valid() {
        let journey = generated(200);
        let part = lane_range(&journey, 1, 2);
        assert_eq!(part.lanes.len(), 2);
        assert_eq!(part.lanes[0].id, journey.lanes[1].id);
        let expected = journey
            .cards
            .iter()
            .filter(|card| card.lane == journey.lanes[1].id || card.lane == journey.lanes[2].id)
            .count();
        assert!(expected > 0);
        assert_eq!(part.cards.len(), expected);
        assert_eq!(crate::model::validate(&part), vec![]);
    }
}
