//! Synthetic maps of any size, for benchmarks and stress tests.

use super::{
    Card, CardId, Channel, CurveId, EmotionCurve, EmotionPoint, Evidence, Journey, Kpi, LaneId,
    LaneKind, MediaType, Rgb, Touchpoint,
};

/// A map with `cards` cards spread over 8 phases of one step each and one
/// lane of every kind, with realistic text lengths and two emotion curves.
/// Deterministic.
pub fn generated(cards: usize) -> Journey {
    generated_with_steps(cards, 8, 1)
}

/// Like [`generated`], over `phases` phases of `steps` steps each, with a
/// value per step on each curve; every seventh card spans two steps.
pub fn generated_with_steps(cards: usize, phases: usize, steps: usize) -> Journey {
    let mut journey = Journey {
        title: format!("Generated journey with {cards} cards"),
        description: "Synthetic data for benchmarks.".to_owned(),
        ..Journey::default()
    };
    for p in 0..phases {
        let phase = journey.push_phase(format!("Phase {}", p + 1));
        if steps > 1 {
            journey.phases[p].steps[0].name = format!("Step {}.1", p + 1);
            for s in 1..steps {
                journey.push_step(phase, format!("Step {}.{}", p + 1, s + 1));
            }
        }
    }
    let columns = journey.step_ids();
    for kind in LaneKind::ALL {
        journey.push_lane(kind.label(), kind);
    }
    let card_lanes: Vec<(LaneId, LaneKind)> = journey
        .lanes
        .iter()
        .filter(|lane| lane.kind.holds_cards())
        .map(|lane| (lane.id, lane.kind))
        .collect();
    for i in 0..cards {
        let (lane, kind) = card_lanes[i % card_lanes.len()];
        let column = (i / card_lanes.len()) % columns.len();
        let id = CardId(journey.ids.next_raw());
        let mut card = Card::new(
            id,
            lane,
            columns[column],
            format!("Card {i}: customer compares offers"),
        );
        if steps > 1 && i % 7 == 0 && column + 1 < columns.len() {
            card.span = 2;
        }
        if i % 2 == 0 {
            card.notes
                .push_str("Reads two reviews, checks the delivery time and asks a friend.");
        }
        card.evidence = [
            Evidence::Assumption,
            Evidence::PartlyBacked,
            Evidence::ResearchBacked,
        ][i % 3];
        match kind {
            LaneKind::Touchpoints => {
                card.touchpoint = Some(Touchpoint {
                    channel: Channel::ALL[i % Channel::ALL.len()],
                    media: Some(MediaType::Owned),
                });
            }
            LaneKind::Kpis => {
                #[expect(clippy::cast_precision_loss, reason = "small numbers")]
                let value = (i % 97) as f64 + 0.5;
                card.kpi = Some(Kpi {
                    value,
                    unit: "%".to_owned(),
                });
            }
            _ => {}
        }
        journey.cards.push(card);
    }
    for (name, color, offset) in [
        ("As-is", Rgb(0xE4, 0x57, 0x2E), 0),
        ("To-be", Rgb(0x2A, 0x9D, 0x8F), 1),
    ] {
        let id = CurveId(journey.ids.next_raw());
        let points = columns
            .iter()
            .enumerate()
            .map(|(p, &step)| {
                #[expect(clippy::cast_precision_loss, reason = "tiny numbers")]
                let value = (((p + offset) % 5) as f32) - 2.0;
                EmotionPoint::new(step, value)
            })
            .collect();
        journey.curves.push(EmotionCurve {
            id,
            name: name.to_owned(),
            color,
            persona: None,
            points,
        });
    }
    journey
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_maps_are_valid_and_have_the_asked_number_of_cards() {
        for cards in [0, 1, 100, 1000] {
            let journey = super::generated(cards);
            assert_eq!(journey.cards.len(), cards);
            assert_eq!(crate::model::validate(&journey), vec![]);
        }
        let stepped = super::generated_with_steps(1000, 12, 4);
        assert_eq!(stepped.step_count(), 48);
        assert_eq!(crate::model::validate(&stepped), vec![]);
    }
}
