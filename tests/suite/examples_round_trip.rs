//! Every shipped example loads, is valid, and saves back to exactly its own
//! bytes; so do the maps the tests write the way real people do.

use std::path::{Path, PathBuf};

use journeymap::format;
use journeymap::model::LaneKind;

use crate::common::maps::ron_files;

fn examples() -> Vec<PathBuf> {
    ron_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"))
}

#[test]
fn every_example_round_trips_byte_for_byte() {
    let files = examples();
    assert!(files.len() >= 2, "at least a German and an English example");
    let real = ron_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/real-maps"));
    assert!(real.len() >= 3, "the real maps are there");
    for path in files.into_iter().chain(real) {
        let text = std::fs::read_to_string(&path).expect("readable");
        let journey = format::from_ron_str(&text, &path).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(format::to_ron_string(&journey), text, "{}", path.display());
        let again = format::from_ron_str(&format::to_ron_string(&journey), &path).expect("reload");
        assert_eq!(again, journey);
    }
}

#[test]
fn every_example_is_written_in_the_language_its_file_name_says() {
    for path in examples() {
        let journey = format::load_file(&path).unwrap_or_else(|error| panic!("{error}"));
        // laptop-webshop.de.ron → "de"
        let code = path
            .file_stem()
            .and_then(|stem| Path::new(stem).extension())
            .and_then(|code| code.to_str())
            .unwrap_or_else(|| panic!("{} names no language", path.display()));
        assert_eq!(
            journey.language.map(journeymap::i18n::Lang::code),
            Some(code),
            "{}",
            path.display()
        );
    }
}

#[test]
fn the_bundled_example_uses_every_lane_kind_a_persona_and_two_curves() {
    let journey = journeymap::templates::example_map();
    for kind in LaneKind::ALL {
        assert!(
            journey.lanes.iter().any(|lane| lane.kind == kind),
            "no {kind:?} lane"
        );
    }
    assert!(journey.primary_persona().is_some());
    assert_eq!(journey.curves.len(), 2);
    assert!(
        journey
            .cards
            .iter()
            .any(|card| card.touchpoint.as_ref().is_some_and(|t| t.media.is_some()))
    );
    assert!(journey.cards.iter().any(|card| card.kpi.is_some()));
    assert!(
        journey
            .phases
            .iter()
            .any(|phase| phase.name == "Bewusstsein")
    );
}
