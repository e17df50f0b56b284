//! The line on a slide of a series that says which part of the map it shows.

use super::Part;
use crate::i18n::text::domain as t;
use crate::i18n::{Lang, tr_in};

/// "Phases 3–4 of 6 · Lanes 1–3 of 9" in `lang`, the lanes only when the
/// slide shows some of them. `phase_numbers` is the first exported phase's
/// index in the whole map and the whole map's number of phases.
pub fn caption(lang: Lang, part: Part, phase_numbers: (usize, usize), lanes: usize) -> String {
    let (offset, phases) = phase_numbers;
    let (first, last) = (part.phases.0 + offset, part.phases.1 + offset);
    let mut text = range(
        lang,
        (t::SLIDE_PHASE, t::SLIDE_PHASES),
        (first, last),
        phases,
    );
    if let Some(lane_range) = part.lanes {
        text.push_str(" · ");
        text.push_str(&range(
            lang,
            (t::SLIDE_LANE, t::SLIDE_LANES),
            lane_range,
            lanes,
        ));
    }
    text
}

/// One range, 1-based: "Phase 3 of 6" or "Phases 3–4 of 6".
fn range(
    lang: Lang,
    (one, several): (crate::i18n::Msg, crate::i18n::Msg),
    (first, last): (usize, usize),
    total: usize,
) -> String {
    let (first, last, total) = (
        (first + 1).to_string(),
        (last + 1).to_string(),
        total.to_string(),
    );
    if first == last {
        tr_in(
            lang,
            one,
            &[("number", (&first).into()), ("total", (&total).into())],
        )
    } else {
        tr_in(
            lang,
            several,
            &[
                ("first", (&first).into()),
                ("last", (&last).into()),
                ("total", (&total).into()),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_phases_and_lanes_in_the_maps_language() {
        let part = Part {
            phases: (2, 3),
            lanes: Some((0, 2)),
        };
        assert_eq!(
            caption(Lang::De, part, (0, 6), 9),
            "Phasen 3–4 von 6 · Zeilen 1–3 von 9"
        );
        assert_eq!(
            caption(Lang::En, part, (0, 6), 9),
            "Phases 3–4 of 6 · Lanes 1–3 of 9"
        );
        let one = Part {
            phases: (0, 0),
            lanes: None,
        };
        assert_eq!(caption(Lang::En, one, (4, 6), 9), "Phase 5 of 6");
    }
}
