//! Synthetic maps of any size, for benchmarks and stress tests.

use super::{
    Card, CardId, Channel, CurveId, EmotionCurve, EmotionPoint, Evidence, Journey, Kpi, LaneId,
    LaneKind, MediaType, Rgb, Touchpoint,
};

/// A map with `cards` cards spread over 8 phases and one lane of every kind,
/// with realistic text lengths and two emotion curves. Deterministic.
pub fn generated(cards: usize) -> Journey {
    let mut journey = Journey {
        title: format!("Generated journey with {cards} cards"),
        description: "Synthetic data for benchmarks.".to_owned(),
        ..Journey::default()
    };
    for p in 0..8 {
        journey.push_phase(format!("Phase {}", p + 1));
    }
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
        let phase = journey.phases[(i / card_lanes.len()) % journey.phases.len()].id;
        let id = CardId(journey.ids.next_raw());
        let mut card = Card::new(
            id,
            lane,
            phase,
            format!("Card {i}: customer compares offers"),
        );
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
        let points = journey
            .phases
            .iter()
            .enumerate()
            .map(|(p, phase)| EmotionPoint {
                phase: phase.id,
                #[expect(clippy::cast_precision_loss, reason = "tiny numbers")]
                value: (((p + offset) % 5) as f32) - 2.0,
                label: String::new(),
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
    }
}
