//! The bundled example map and the blank map behind "New".

use std::path::Path;

use crate::format;
use crate::i18n::{text::app as t, tr};
use crate::model::{Journey, LaneKind};

/// The German laptop web-shop journey from the domain notes, shipped in the binary.
pub const EXAMPLE_RON: &str = include_str!("../../examples/laptop-webshop.de.ron");

/// The bundled example map.
pub fn example() -> Journey {
    // The example is checked by the test suite; a broken one still opens a blank map.
    format::from_ron_str(EXAMPLE_RON, Path::new("laptop-webshop.de.ron"))
        .unwrap_or_else(|_| blank())
}

/// A new map: the five phases of the digital customer journey and the usual
/// lanes, named in the interface's language, which becomes the map's own.
pub fn blank() -> Journey {
    let mut journey = Journey {
        title: tr(t::BLANK_TITLE),
        language: Some(crate::i18n::current()),
        ..Journey::default()
    };
    for name in [
        t::BLANK_AWARENESS,
        t::BLANK_INTEREST,
        t::BLANK_DECISION,
        t::BLANK_ACTION,
        t::BLANK_RETENTION,
    ] {
        journey.push_phase(tr(name));
    }
    for kind in [
        LaneKind::Touchpoints,
        LaneKind::Actions,
        LaneKind::Thoughts,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Emotion,
    ] {
        journey.push_lane(kind.label(), kind);
    }
    journey
}
