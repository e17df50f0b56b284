//! What a column of a card table holds, and how its header names it.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::words::normalize;
use crate::i18n::text::table as t;
use crate::i18n::{Lang, Msg, tr, tr_in};

/// The fields a table column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The phase's name.
    Phase,
    /// The step's name inside its phase (empty for a phase of one step).
    Step,
    /// The lane's name.
    Lane,
    /// What the lane holds (`LaneKind`).
    LaneKind,
    /// The card's title.
    Title,
    /// The card's notes.
    Notes,
    /// The card's colour.
    Color,
    /// How well the card is backed by data.
    Evidence,
    /// A touchpoint's channel.
    Channel,
    /// A touchpoint's media type.
    Media,
    /// A KPI's number.
    KpiValue,
    /// A KPI's unit.
    KpiUnit,
    /// Who acts on the card, separated by commas.
    Actors,
    /// How many steps the card covers (empty means one).
    Span,
    /// Not read.
    Ignore,
}

impl Field {
    /// Every field, in the order an exported table has its columns; the
    /// preview lists them in this order.
    pub const ALL: [Field; 15] = [
        Field::Phase,
        Field::Step,
        Field::Lane,
        Field::LaneKind,
        Field::Title,
        Field::Notes,
        Field::Color,
        Field::Evidence,
        Field::Channel,
        Field::Media,
        Field::KpiValue,
        Field::KpiUnit,
        Field::Actors,
        Field::Span,
        Field::Ignore,
    ];

    /// The field's name in the interface's language, for the preview's
    /// choices.
    pub fn label(self) -> String {
        tr(self.msg())
    }

    /// The field's name as a message: also the column header an export
    /// writes in the map's language.
    pub(super) fn msg(self) -> Msg {
        match self {
            Field::Phase => t::FIELD_PHASE,
            Field::Step => t::FIELD_STEP,
            Field::Lane => t::FIELD_LANE,
            Field::LaneKind => t::FIELD_LANE_KIND,
            Field::Title => t::FIELD_TITLE,
            Field::Notes => t::FIELD_NOTES,
            Field::Color => t::FIELD_COLOUR,
            Field::Evidence => t::FIELD_EVIDENCE,
            Field::Channel => t::FIELD_CHANNEL,
            Field::Media => t::FIELD_MEDIA,
            Field::KpiValue => t::FIELD_KPI_VALUE,
            Field::KpiUnit => t::FIELD_KPI_UNIT,
            Field::Actors => t::FIELD_ACTORS,
            Field::Span => t::FIELD_SPAN,
            Field::Ignore => t::FIELD_IGNORE,
        }
    }

    /// The header an export writes for this field in `lang`.
    pub(super) fn header(self, lang: Lang) -> String {
        tr_in(lang, self.msg(), &[])
    }
}

/// The columns an export writes, in order: every field but `Ignore`,
/// which `ALL` lists last.
pub(super) const EXPORTED: &[Field] = match Field::ALL.split_last() {
    Some((_, exported)) => exported,
    None => &[],
};

/// Headers other tools and people write, besides our own in both
/// languages (normalized, see [`normalize`]). Only whole headers match:
/// "Schritte" is a step column, never the span.
const HEADER_ALIASES: &[(&str, Field)] = &[
    ("phasen", Field::Phase),
    ("stage", Field::Phase),
    ("stages", Field::Phase),
    ("phases", Field::Phase),
    ("section", Field::Phase),
    ("abschnitt", Field::Phase),
    ("etappe", Field::Phase),
    ("steps", Field::Step),
    ("schritte", Field::Step),
    ("task", Field::Step),
    ("aufgabe", Field::Step),
    ("teilschritt", Field::Step),
    ("lanes", Field::Lane),
    ("row", Field::Lane),
    ("swimlane", Field::Lane),
    ("ebene", Field::Lane),
    ("bereich", Field::Lane),
    ("kategorie", Field::Lane),
    ("category", Field::Lane),
    ("lanename", Field::Lane),
    ("zeilenname", Field::Lane),
    ("kind", Field::LaneKind),
    ("type", Field::LaneKind),
    ("lanetype", Field::LaneKind),
    ("art", Field::LaneKind),
    ("typ", Field::LaneKind),
    ("zeilentyp", Field::LaneKind),
    ("card", Field::Title),
    ("karte", Field::Title),
    ("cardtitle", Field::Title),
    ("kartentitel", Field::Title),
    ("headline", Field::Title),
    ("ueberschrift", Field::Title),
    ("text", Field::Title),
    ("inhalt", Field::Title),
    ("content", Field::Title),
    ("note", Field::Notes),
    ("notiz", Field::Notes),
    ("description", Field::Notes),
    ("beschreibung", Field::Notes),
    ("details", Field::Notes),
    ("kommentar", Field::Notes),
    ("comment", Field::Notes),
    ("comments", Field::Notes),
    ("anmerkung", Field::Notes),
    ("anmerkungen", Field::Notes),
    ("color", Field::Color),
    ("cardcolour", Field::Color),
    ("cardcolor", Field::Color),
    ("kartenfarbe", Field::Color),
    ("evidenz", Field::Evidence),
    ("beleg", Field::Evidence),
    ("belege", Field::Evidence),
    ("evidencelevel", Field::Evidence),
    ("kanaele", Field::Channel),
    ("channels", Field::Channel),
    ("media", Field::Media),
    ("medien", Field::Media),
    ("medienart", Field::Media),
    ("kpi", Field::KpiValue),
    ("kpiwert", Field::KpiValue),
    ("kpinumber", Field::KpiValue),
    ("value", Field::KpiValue),
    ("wert", Field::KpiValue),
    ("unit", Field::KpiUnit),
    ("einheit", Field::KpiUnit),
    ("kpieinheit", Field::KpiUnit),
    ("actor", Field::Actors),
    ("akteur", Field::Actors),
    ("beteiligte", Field::Actors),
    ("roles", Field::Actors),
    ("rollen", Field::Actors),
    ("who", Field::Actors),
    ("wer", Field::Actors),
    ("span", Field::Span),
    ("spanne", Field::Span),
    ("breite", Field::Span),
];

/// Every header that names a field: our own in both languages first, then
/// the aliases.
static HEADERS: LazyLock<HashMap<String, Field>> = LazyLock::new(|| {
    let mut headers = HashMap::new();
    for &field in EXPORTED {
        for lang in Lang::ALL {
            headers
                .entry(normalize(&field.header(lang)))
                .or_insert(field);
        }
    }
    for &(alias, field) in HEADER_ALIASES {
        headers.entry(normalize(alias)).or_insert(field);
    }
    headers
});

/// The field a header names, if it names one.
pub(super) fn field_of_header(header: &str) -> Option<Field> {
    HEADERS.get(&normalize(header)).copied()
}

/// The field of each column of a header row. A field named twice is read
/// from its first column only; the later ones are left out, so nothing is
/// read twice without the user asking for it.
pub(super) fn guess_columns(header: &[String]) -> Vec<Field> {
    let mut taken = Vec::new();
    header
        .iter()
        .map(|cell| match field_of_header(cell) {
            Some(field) if !taken.contains(&field) => {
                taken.push(field);
                field
            }
            _ => Field::Ignore,
        })
        .collect()
}
