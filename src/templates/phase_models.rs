//! The phase models of the domain notes as data: their phases with a guiding
//! line each, and the lanes that suit the model.

use crate::i18n::{Lang, Msg, text::templates as t, tr_in};
use crate::model::{CurveId, EmotionCurve, Journey, LaneKind, Rgb};

/// A phase model: the map's title, its phases (name, guiding line) and its
/// lanes: its own before and after the [`CORE_LANES`] every model has.
#[derive(Debug)]
pub(super) struct PhaseModel {
    title: Msg,
    phases: &'static [(Msg, Msg)],
    lanes_before: &'static [(Msg, LaneKind)],
    lanes_after: &'static [(Msg, LaneKind)],
}

/// The colour of a new map's first curve: the first of the colours the editor
/// offers for new curves, so a template looks like a map started by hand.
const FIRST_CURVE_COLOR: Rgb = Rgb(0xE4, 0x57, 0x2E);

/// The lanes every model has, between its own.
const CORE_LANES: [(Msg, LaneKind); 6] = [
    (t::LANE_TOUCHPOINTS, LaneKind::Touchpoints),
    (t::LANE_ACTIONS, LaneKind::Actions),
    (t::LANE_THOUGHTS, LaneKind::Thoughts),
    (t::LANE_EMOTION, LaneKind::Emotion),
    (t::LANE_PAIN_POINTS, LaneKind::PainPoints),
    (t::LANE_OPPORTUNITIES, LaneKind::Opportunities),
];

/// Digital customer journey: what the customer wants per phase, the core
/// lanes, and KPIs from web analytics.
pub(super) const DIGITAL: PhaseModel = PhaseModel {
    title: t::DIGITAL_TITLE,
    phases: &[
        (t::DIGITAL_AWARENESS, t::DIGITAL_AWARENESS_HINT),
        (t::DIGITAL_INTEREST, t::DIGITAL_INTEREST_HINT),
        (t::DIGITAL_DECISION, t::DIGITAL_DECISION_HINT),
        (t::DIGITAL_ACTION, t::DIGITAL_ACTION_HINT),
        (t::DIGITAL_RETENTION, t::DIGITAL_RETENTION_HINT),
    ],
    lanes_before: &[(t::LANE_GOALS, LaneKind::Goals)],
    lanes_after: &[(t::LANE_KPIS, LaneKind::Kpis)],
};

/// E-commerce: the core lanes, KPIs as a funnel (visitors, conversion,
/// drop-off), and the next interaction the shop plans (retargeting, follow-up).
pub(super) const ECOMMERCE: PhaseModel = PhaseModel {
    title: t::ECOMMERCE_TITLE,
    phases: &[
        (t::ECOMMERCE_AWARENESS, t::ECOMMERCE_AWARENESS_HINT),
        (t::ECOMMERCE_CONSIDERATION, t::ECOMMERCE_CONSIDERATION_HINT),
        (t::ECOMMERCE_PURCHASE, t::ECOMMERCE_PURCHASE_HINT),
        (t::ECOMMERCE_RETENTION, t::ECOMMERCE_RETENTION_HINT),
        (t::ECOMMERCE_ADVOCACY, t::ECOMMERCE_ADVOCACY_HINT),
    ],
    lanes_before: &[],
    lanes_after: &[
        (t::LANE_KPIS, LaneKind::Kpis),
        (t::LANE_NEXT_INTERACTION, LaneKind::Text),
    ],
};

/// Consulting: a service is bought by both sides, so the client's goals and
/// the consultancy's own goals each get a lane.
pub(super) const CONSULTING: PhaseModel = PhaseModel {
    title: t::CONSULTING_TITLE,
    phases: &[
        (t::CONSULTING_NEED, t::CONSULTING_NEED_HINT),
        (t::CONSULTING_INFORMATION, t::CONSULTING_INFORMATION_HINT),
        (t::CONSULTING_DECISION, t::CONSULTING_DECISION_HINT),
        (t::CONSULTING_RETENTION, t::CONSULTING_RETENTION_HINT),
        (t::CONSULTING_REVIEW, t::CONSULTING_REVIEW_HINT),
    ],
    lanes_before: &[
        (t::LANE_CUSTOMER_GOALS, LaneKind::Goals),
        (t::LANE_OUR_GOALS, LaneKind::Goals),
    ],
    lanes_after: &[(t::LANE_KPIS, LaneKind::Kpis)],
};

/// Kotler's process starts from a need, so needs and goals lead.
pub(super) const KOTLER: PhaseModel = PhaseModel {
    title: t::KOTLER_TITLE,
    phases: &[
        (t::KOTLER_PROBLEM, t::KOTLER_PROBLEM_HINT),
        (t::KOTLER_SEARCH, t::KOTLER_SEARCH_HINT),
        (t::KOTLER_EVALUATION, t::KOTLER_EVALUATION_HINT),
        (t::KOTLER_DECISION, t::KOTLER_DECISION_HINT),
        (t::KOTLER_POST, t::KOTLER_POST_HINT),
    ],
    lanes_before: &[(t::LANE_NEEDS, LaneKind::Goals)],
    lanes_after: &[],
};

/// The classic buyer's journey is the simple model: the core lanes only.
pub(super) const BUYERS_JOURNEY: PhaseModel = PhaseModel {
    title: t::BUYERS_TITLE,
    phases: &[
        (t::BUYERS_AWARENESS, t::BUYERS_AWARENESS_HINT),
        (t::BUYERS_CONSIDERATION, t::BUYERS_CONSIDERATION_HINT),
        (t::BUYERS_DECISION, t::BUYERS_DECISION_HINT),
    ],
    lanes_before: &[],
    lanes_after: &[],
};

impl PhaseModel {
    /// The phase names in `lang`.
    pub fn phase_names(&self, lang: Lang) -> Vec<String> {
        self.phases
            .iter()
            .map(|&(name, _)| tr_in(lang, name, &[]))
            .collect()
    }

    /// A new map of this model in `lang`.
    pub fn build(&self, lang: Lang) -> Journey {
        let mut journey = empty_map(lang, self.title);
        for &(name, hint) in self.phases {
            journey.push_phase(tr_in(lang, name, &[]));
            if let Some(phase) = journey.phases.last_mut() {
                phase.description = tr_in(lang, hint, &[]);
            }
        }
        let lanes = self
            .lanes_before
            .iter()
            .chain(&CORE_LANES)
            .chain(self.lanes_after);
        for &(name, kind) in lanes {
            journey.push_lane(tr_in(lang, name, &[]), kind);
        }
        add_empty_curve(&mut journey, lang);
        journey
    }
}

/// The blank map: three numbered phases and the lanes nearly every map has.
pub(super) fn blank(lang: Lang) -> Journey {
    let mut journey = empty_map(lang, t::UNTITLED);
    for number in 1..=3_u32 {
        journey.push_phase(tr_in(lang, t::BLANK_PHASE, &[("number", number.into())]));
    }
    for (name, kind) in [
        (t::LANE_TOUCHPOINTS, LaneKind::Touchpoints),
        (t::LANE_ACTIONS, LaneKind::Actions),
        (t::LANE_EMOTION, LaneKind::Emotion),
    ] {
        journey.push_lane(tr_in(lang, name, &[]), kind);
    }
    add_empty_curve(&mut journey, lang);
    journey
}

/// A map in `lang` with only its title.
fn empty_map(lang: Lang, title: Msg) -> Journey {
    Journey {
        title: tr_in(lang, title, &[]),
        language: Some(lang),
        ..Journey::default()
    }
}

/// One curve without points in a map with an emotion lane, so the first
/// click in that lane sets a value instead of asking for a curve first.
fn add_empty_curve(journey: &mut Journey, lang: Lang) {
    if !journey
        .lanes
        .iter()
        .any(|lane| lane.kind == LaneKind::Emotion)
    {
        return;
    }
    let id = CurveId(journey.ids.next_raw());
    journey.curves.push(EmotionCurve {
        id,
        name: tr_in(lang, t::CURVE_AS_IS, &[]),
        color: FIRST_CURVE_COLOR,
        persona: None,
        points: Vec::new(),
    });
}
