//! The words a table uses for the model's kinds, and how cell text is
//! compared with them.
//!
//! An exported table writes each kind (lane kind, colour, evidence, channel,
//! media type) by its name in the map's language, as the editor shows it:
//! "Teilweise durch Daten belegt", "Word of mouth". Reading accepts that
//! name in either language and the model's own identifier
//! (`PartlyBacked`), compared loosely ([`normalize`]), so a German table
//! reads back in an English editor and a hand-made table may write
//! "pain-points". A unit test holds that no two values of one kind share a
//! spelling in any language.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::i18n::text::templates;
use crate::i18n::{Lang, Msg, tr_in};
use crate::model::{CardColor, Channel, Evidence, LaneKind, MediaType};

/// Text reduced to what a person means by it: lower case, German umlauts
/// and ß spelled out (so "Berührungspunkte" and "Beruehrungspunkte" agree),
/// and everything but letters and digits dropped ("Pain points",
/// "pain-points" and `PainPoints` agree).
pub(super) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every accepted spelling of one kind's values, normalized.
pub(super) struct Names<T> {
    by_name: HashMap<String, T>,
}

impl<T: Copy> Names<T> {
    /// The value `text` names, if any.
    pub(super) fn find(&self, text: &str) -> Option<T> {
        self.by_name.get(&normalize(text)).copied()
    }
}

/// The spellings of `all`: each value's identifier, its names in every
/// language (from `msgs`) and `extra` aliases. The first value to claim a
/// spelling keeps it; the uniqueness test makes sure none is claimed twice.
fn names<T: Copy + std::fmt::Debug>(
    all: &[T],
    msgs: impl Fn(T) -> Vec<Msg>,
    extra: &[(&str, T)],
) -> Names<T> {
    let mut by_name = HashMap::new();
    for &value in all {
        for spelling in spellings(value, &msgs) {
            by_name.entry(spelling).or_insert(value);
        }
    }
    for &(alias, value) in extra {
        by_name.entry(normalize(alias)).or_insert(value);
    }
    Names { by_name }
}

/// The normalized spellings of one value: its identifier and its names.
fn spellings<T: Copy + std::fmt::Debug>(value: T, msgs: &impl Fn(T) -> Vec<Msg>) -> Vec<String> {
    let mut out = vec![normalize(&format!("{value:?}"))];
    for msg in msgs(value) {
        for lang in Lang::ALL {
            out.push(normalize(&tr_in(lang, msg, &[])));
        }
    }
    out
}

/// The spellings of every kind a table names, built once: the catalogs do
/// not change while the program runs.
pub(super) struct Vocabulary {
    pub(super) lane_kinds: Names<LaneKind>,
    pub(super) colours: Names<CardColor>,
    pub(super) evidence: Names<Evidence>,
    pub(super) channels: Names<Channel>,
    pub(super) media: Names<MediaType>,
}

/// The one vocabulary.
pub(super) static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| Vocabulary {
    lane_kinds: names(&LaneKind::ALL, |kind| vec![kind.msg()], &[]),
    colours: names(
        &CardColor::ALL,
        |colour| vec![colour.msg()],
        &[("gray", CardColor::Grey), ("violett", CardColor::Purple)],
    ),
    evidence: names(&Evidence::ALL, |level| vec![level.msg()], &[]),
    channels: names(&Channel::ALL, |channel| vec![channel.msg()], &[]),
    media: names(
        &MediaType::ALL,
        |media| vec![media.msg(), media.badge()],
        &[],
    ),
});

/// Every spelling a unit test checks for clashes: per kind, each value with
/// its spellings.
#[cfg(test)]
pub(super) fn all_spellings() -> Vec<Vec<(String, Vec<String>)>> {
    fn of<T: Copy + std::fmt::Debug>(
        all: &[T],
        msgs: impl Fn(T) -> Vec<Msg>,
    ) -> Vec<(String, Vec<String>)> {
        all.iter()
            .map(|&value| (format!("{value:?}"), spellings(value, &msgs)))
            .collect()
    }
    vec![
        of(&LaneKind::ALL, |kind| vec![kind.msg()]),
        of(&CardColor::ALL, |colour| vec![colour.msg()]),
        of(&Evidence::ALL, |level| vec![level.msg()]),
        of(&Channel::ALL, |channel| vec![channel.msg()]),
        of(&MediaType::ALL, |media| vec![media.msg(), media.badge()]),
    ]
}

/// Words in lane names that say what a lane holds, in German and English,
/// most specific first: "Gefühlskurve" is an emotion lane although it
/// mentions feelings, "Ziele des Kunden" a goal lane.
const LANE_WORDS: &[(&str, LaneKind)] = &[
    ("emotion", LaneKind::Emotion),
    ("erlebnis", LaneKind::Emotion),
    ("kurve", LaneKind::Emotion),
    ("curve", LaneKind::Emotion),
    ("stimmung", LaneKind::Emotion),
    ("mood", LaneKind::Emotion),
    ("kennzahl", LaneKind::Kpis),
    ("kpi", LaneKind::Kpis),
    ("metric", LaneKind::Kpis),
    ("schmerz", LaneKind::PainPoints),
    ("pain", LaneKind::PainPoints),
    ("huerde", LaneKind::PainPoints),
    ("hurdle", LaneKind::PainPoints),
    ("frust", LaneKind::PainPoints),
    ("problem", LaneKind::PainPoints),
    ("chance", LaneKind::Opportunities),
    ("opportunit", LaneKind::Opportunities),
    ("optimierung", LaneKind::Opportunities),
    ("verbesserung", LaneKind::Opportunities),
    ("idee", LaneKind::Opportunities),
    ("idea", LaneKind::Opportunities),
    ("beruehrungspunkt", LaneKind::Touchpoints),
    ("touchpoint", LaneKind::Touchpoints),
    ("kontaktpunkt", LaneKind::Touchpoints),
    ("kanal", LaneKind::Touchpoints),
    ("kanaele", LaneKind::Touchpoints),
    ("channel", LaneKind::Touchpoints),
    ("gedanke", LaneKind::Thoughts),
    ("gefuehl", LaneKind::Thoughts),
    ("thought", LaneKind::Thoughts),
    ("feeling", LaneKind::Thoughts),
    ("ziel", LaneKind::Goals),
    ("goal", LaneKind::Goals),
    ("beduerfnis", LaneKind::Goals),
    ("need", LaneKind::Goals),
    ("handlung", LaneKind::Actions),
    ("action", LaneKind::Actions),
    ("aktivitaet", LaneKind::Actions),
    ("activit", LaneKind::Actions),
    ("verhalten", LaneKind::Actions),
    ("behavio", LaneKind::Actions),
    ("doing", LaneKind::Actions),
];

/// The lane names the shipped templates use, with their kinds: matched
/// whole before the words above, so "Nächste Interaktion" stays free text.
const TEMPLATE_LANES: [(Msg, LaneKind); 12] = [
    (templates::LANE_GOALS, LaneKind::Goals),
    (templates::LANE_NEEDS, LaneKind::Goals),
    (templates::LANE_CUSTOMER_GOALS, LaneKind::Goals),
    (templates::LANE_OUR_GOALS, LaneKind::Goals),
    (templates::LANE_TOUCHPOINTS, LaneKind::Touchpoints),
    (templates::LANE_ACTIONS, LaneKind::Actions),
    (templates::LANE_THOUGHTS, LaneKind::Thoughts),
    (templates::LANE_EMOTION, LaneKind::Emotion),
    (templates::LANE_PAIN_POINTS, LaneKind::PainPoints),
    (templates::LANE_OPPORTUNITIES, LaneKind::Opportunities),
    (templates::LANE_KPIS, LaneKind::Kpis),
    (templates::LANE_NEXT_INTERACTION, LaneKind::Text),
];

/// What a lane named `name` most likely holds: a kind's own name or a
/// template's lane name in either language, else a telling word in it
/// ("Schmerzpunkte", "Customer pain", "Unsere Ziele"), else free text.
pub(super) fn guess_lane_kind(name: &str) -> LaneKind {
    let key = normalize(name);
    if key.is_empty() {
        return LaneKind::Text;
    }
    if let Some(kind) = VOCABULARY.lane_kinds.find(name) {
        return kind;
    }
    for (msg, kind) in TEMPLATE_LANES {
        if Lang::ALL
            .iter()
            .any(|&lang| normalize(&tr_in(lang, msg, &[])) == key)
        {
            return kind;
        }
    }
    LANE_WORDS
        .iter()
        .find(|(word, _)| key.contains(word))
        .map_or(LaneKind::Text, |&(_, kind)| kind)
}

/// The name of a kind, colour, level, channel or media type as a table
/// writes it: the editor's name for it in `lang`.
pub(super) fn written(lang: Lang, msg: Msg) -> String {
    tr_in(lang, msg, &[])
}

/// A lane kind's name in `lang`, also the name of a lane made from a kind.
pub(super) fn lane_kind_name(lang: Lang, kind: LaneKind) -> String {
    written(lang, kind.msg())
}

/// A number as a cell may hold it: `2.4` (as written by this editor and by
/// any spreadsheet's number cells), `2,4` or `12.345,5` (German), `12,345.5`
/// (English); spaces and a typographic minus are fine. The decimal mark is
/// the last separator written, and a lone comma is German's, since a
/// spreadsheet in English would have stored a number cell. `None` for
/// anything else, and for infinities and NaN, which no map can hold.
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    if compact.is_empty() {
        return None;
    }
    if compact
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
        && let Ok(value) = compact.parse::<f64>()
    {
        return value.is_finite().then_some(value);
    }
    let lang = match (compact.rfind(','), compact.rfind('.')) {
        (Some(comma), Some(dot)) if dot > comma => Lang::En,
        (Some(_), _) => Lang::De,
        _ => Lang::En,
    };
    crate::i18n::parse_number(lang, &compact)
}

/// Whether a cell says yes: anything but empty, a dash and the usual
/// words for no. A spreadsheet's check box reads `TRUE`/`FALSE`; people
/// write "x", "ja", "yes" or "✓".
pub(super) fn is_yes(text: &str) -> bool {
    let trimmed = text.trim();
    if trimmed.is_empty() || matches!(trimmed, "-" | "–" | "—") {
        return false;
    }
    !matches!(
        normalize(trimmed).as_str(),
        "no" | "nein" | "n" | "false" | "falsch" | "0" | "off" | "aus"
    )
}
