use std::path::Path;

use super::*;
use crate::model::{Card, CardId, Lane, LaneId, LaneKind, Phase, PhaseId, StepId};

fn sample() -> Journey {
    let mut journey = Journey {
        title: "Laptop kaufen: Größe & Preis".into(),
        ..Journey::default()
    };
    journey
        .phases
        .push(Phase::single(PhaseId(1), "Bewusstsein", StepId(4)));
    journey.lanes.push(Lane {
        id: LaneId(2),
        name: "Berührungspunkte".into(),
        kind: LaneKind::Touchpoints,
        collapsed: false,
        min_height: None,
    });
    journey.cards.push(Card::new(
        CardId(3),
        LaneId(2),
        StepId(4),
        "Blog \"Vergleich\"",
    ));
    journey.refresh_id_counter();
    journey
}

fn load(text: &str) -> Result<Journey, LoadError> {
    from_ron_str(text, Path::new("map.ron"))
}

fn error_lines(text: &str) -> Vec<String> {
    match load(text) {
        Ok(_) => vec![],
        Err(error) => error.lines(),
    }
}

#[test]
fn saving_then_loading_gives_the_same_document_and_bytes() {
    let journey = sample();
    let text = to_ron_string(&journey);
    let loaded = load(&text).expect("valid");
    assert_eq!(loaded, journey);
    assert_eq!(to_ron_string(&loaded), text);
}

#[test]
fn saved_text_is_readable_with_version_first_and_umlauts_unescaped() {
    let text = to_ron_string(&sample());
    assert!(text.starts_with("(\n    version: 2,\n    title: \"Laptop kaufen: Größe & Preis\","));
    assert!(text.contains("Berührungspunkte"));
    assert!(text.ends_with(")\n"));
}

#[test]
fn a_map_without_a_language_has_none_in_the_file_and_after_loading() {
    // Files from before maps had a language load as they were and follow the
    // interface; saving them adds nothing.
    let text = to_ron_string(&sample());
    assert!(!text.contains("language"), "{text}");
    assert_eq!(load(&text).expect("valid").language, None);
}

#[test]
fn a_map_keeps_its_language_as_a_code_after_the_description() {
    use crate::i18n::Lang;
    for (lang, line) in [
        (Lang::De, "language: Some(\"de\"),"),
        (Lang::En, "language: Some(\"en\"),"),
    ] {
        let journey = Journey {
            description: "Kurz.".into(),
            language: Some(lang),
            ..sample()
        };
        let text = to_ron_string(&journey);
        assert!(
            text.contains(&format!("    description: \"Kurz.\",\n    {line}\n")),
            "{text}"
        );
        let loaded = load(&text).expect("valid");
        assert_eq!(loaded, journey);
        assert_eq!(to_ron_string(&loaded), text, "canonical");
    }
}

#[test]
fn an_unknown_language_is_refused_naming_the_known_codes() {
    let text =
        to_ron_string(&sample()).replace("    phases:", "    language: Some(\"fr\"),\n    phases:");
    let lines = error_lines(&text);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let line = text.lines().position(|l| l.contains("\"fr\"")).unwrap() + 1;
    assert!(
        lines[0].starts_with(&format!("map.ron:{line}:")),
        "{lines:?}"
    );
    assert!(lines[0].contains("`fr`"), "{lines:?}");
    assert!(lines[0].contains("`en`, `de`"), "{lines:?}");
}

#[test]
fn a_newer_version_is_refused_naming_both_versions() {
    let lines = error_lines("(version: 7, whatever: [1, 2])");
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("map.ron:1:1: "), "{lines:?}");
    assert!(lines[0].contains("version 7"), "{lines:?}");
    assert!(lines[0].contains("up to version 2"), "{lines:?}");
}

#[test]
fn syntax_errors_name_line_and_column() {
    let lines = error_lines("(\n    version: 1,\n    title: \"x\"\n    phases: [],\n)");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("map.ron:4:"), "{lines:?}");
}

#[test]
fn unknown_and_missing_fields_are_explained() {
    let unknown = error_lines("(version: 1, titel: \"x\", phases: [], lanes: [])");
    assert!(unknown[0].contains("unknown field `titel`"), "{unknown:?}");
    assert!(unknown[0].contains("`title`"), "{unknown:?}");
    let missing = error_lines("(version: 1, title: \"x\", phases: [])");
    assert!(missing[0].contains("`lanes` is missing"), "{missing:?}");
}

#[test]
fn dangling_references_point_at_the_offending_field() {
    let text = to_ron_string(&sample()).replace("lane: 2,", "lane: 42,");
    let lines = error_lines(&text);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let line_of_lane = text.lines().position(|l| l.contains("lane: 42")).unwrap() + 1;
    assert!(
        lines[0].starts_with(&format!("map.ron:{line_of_lane}:")),
        "{lines:?}"
    );
    assert!(lines[0].contains("lane 42, which does not exist"));
}

#[test]
fn hostile_inputs_are_errors_not_panics() {
    let deep = "[".repeat(100_000);
    let cases = [
        "",
        "   \n",
        "{\"version\": 1, \"title\": \"json\"}",
        "(version: 1, title: \"cut off",
        &deep,
        "(version: -1)",
        "(version: 99999999999999999999)",
        "(version: 1, title: \"x\", phases: [(id: 1, name: \"a\")], lanes: [], cards: [(id: 1,",
    ];
    for text in cases {
        assert!(load(text).is_err(), "{text:.40}");
    }
}

#[test]
fn messages_follow_the_interface_language() {
    use crate::i18n::{Lang, set_current};
    // The editor shows load errors in its language; the command line's
    // thread stays English.
    set_current(Lang::De);
    let dangling = error_lines(&to_ron_string(&sample()).replace("lane: 2,", "lane: 42,"));
    let empty = error_lines("");
    let syntax = error_lines("(version: 1, title: \"x\" phases: [])");
    set_current(Lang::En);
    assert!(
        dangling[0].ends_with("liegt in Zeile 42, die es nicht gibt"),
        "{dangling:?}"
    );
    assert!(empty[0].contains("Die Datei ist leer"), "{empty:?}");
    assert!(syntax[0].contains("Davor fehlt ein Komma"), "{syntax:?}");
    assert!(error_lines("")[0].contains("the file is empty"));
}

#[test]
fn fields_written_the_other_versions_way_say_what_to_write() {
    use crate::i18n::{Lang, set_current};
    let v2 = to_ron_string(&sample());
    let card_with_phase = v2.replace(
        "step: 4,\n            title",
        "phase: 1,\n            title",
    );
    let lines = error_lines(&card_with_phase);
    let line = card_with_phase
        .lines()
        .position(|l| l.contains("phase: 1,"))
        .unwrap()
        + 1;
    assert_eq!(
        lines,
        [format!(
            "map.ron:{line}:13: a card names the step it is in since format version 2, not the \
             phase: write `step: …` with the id of one of the phase's `steps`"
        )]
    );
    let phase_with_width = v2.replace(
        "name: \"Bewusstsein\",",
        "name: \"Bewusstsein\", width: Some(200.0),",
    );
    assert!(
        error_lines(&phase_with_width)[0].contains("move `width: …` into the phase's `steps`"),
        "{phase_with_width}"
    );
    let v1_with_steps =
        "(version: 1, title: \"x\", phases: [(id: 1, name: \"A\", steps: [(id: 2)])], lanes: [])";
    assert_eq!(
        error_lines(v1_with_steps),
        [
            "map.ron:1:54: `steps` is new in format version 2, but this file says `version: 1`; \
          upgrade it first (run `journeymap fmt` on it, or open and save it in Journeymap), then add it"
        ]
    );
    set_current(Lang::De);
    let german = error_lines(&card_with_phase);
    set_current(Lang::En);
    assert!(
        german[0].contains("Seit Formatversion 2 nennt eine Karte den Schritt"),
        "{german:?}"
    );
}

#[test]
fn a_syntax_error_points_at_the_value_not_the_space_before_it() {
    let text = "(\n    version: 2,\n    title:   42,\n    phases: [],\n    lanes: [],\n)";
    assert_eq!(
        error_lines(text),
        ["map.ron:3:14: expected text in double quotes here, e.g. `\"Awareness\"`"]
    );
    let comment = "(\n    version: 2,\n    /* never closed\n    title: \"x\",\n";
    assert_eq!(
        error_lines(comment),
        ["map.ron:3:5: a comment opened with `/*` is never closed with `*/`"]
    );
}
