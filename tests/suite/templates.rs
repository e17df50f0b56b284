//! Every template, in both languages, makes a valid map that saves, loads and
//! saves again to the same bytes; the phase models carry exactly the phase
//! names of the domain notes.

use std::path::Path;

use journeymap::format;
use journeymap::i18n::Lang;
use journeymap::model::{LaneKind, validate};
use journeymap::templates::{self, TemplateKind};

#[test]
fn every_template_in_every_language_is_valid_and_round_trips() {
    for template in templates::catalog() {
        for lang in Lang::ALL {
            let what = format!("{} ({})", template.name, lang.code());
            let journey = template.build(lang);
            assert_eq!(validate(&journey), Vec::new(), "{what}");
            assert!(!journey.title.is_empty(), "{what}: no title");
            assert!(!journey.phases.is_empty(), "{what}: no phases");
            assert!(!journey.lanes.is_empty(), "{what}: no lanes");

            let first = format::to_ron_string(&journey);
            let loaded = format::from_ron_str(&first, Path::new("new.ron"))
                .unwrap_or_else(|error| panic!("{what}: {error}"));
            assert_eq!(content(&loaded), content(&journey), "{what}");
            assert_eq!(format::to_ron_string(&loaded), first, "{what}");
        }
    }
}

/// The map without its id counter, which a loaded file derives from its content.
fn content(journey: &journeymap::model::Journey) -> journeymap::model::Journey {
    journeymap::model::Journey {
        ids: journeymap::model::IdCounter::default(),
        ..journey.clone()
    }
}

#[test]
fn new_ids_after_a_template_never_collide_with_its_own() {
    for template in templates::catalog() {
        let mut journey = template.build(Lang::En);
        let fresh = journey.ids.next_raw();
        assert!(fresh > journey.max_raw_id(), "{}", template.name);
    }
}

fn phases(name: &str, lang: Lang) -> Vec<String> {
    templates::find(name)
        .unwrap_or_else(|| panic!("no template {name}"))
        .build(lang)
        .phases
        .into_iter()
        .map(|phase| phase.name)
        .collect()
}

#[test]
fn phase_models_have_the_domain_notes_phase_names_in_both_languages() {
    let cases: [(&str, &[&str], &[&str]); 5] = [
        (
            "digital-journey",
            &[
                "Bewusstsein",
                "Interesse",
                "Entscheidung",
                "Aktion",
                "Bindung",
            ],
            &["Awareness", "Interest", "Decision", "Action", "Retention"],
        ),
        (
            "ecommerce",
            &[
                "Bekanntheit",
                "Berücksichtigung",
                "Kauf",
                "Bindung",
                "Fürsprache",
            ],
            &[
                "Awareness",
                "Consideration",
                "Purchase",
                "Retention",
                "Advocacy",
            ],
        ),
        (
            "consulting-5",
            &[
                "Bedürfniserkennung",
                "Informationsphase",
                "Entscheidungsphase",
                "Kundenbindungsphase",
                "Bewertungsphase",
            ],
            &[
                "Need recognition",
                "Information",
                "Decision",
                "Retention",
                "Review",
            ],
        ),
        (
            "kotler",
            &[
                "Problemerkennung",
                "Informationssuche",
                "Bewertung der Alternativen",
                "Kaufentscheidung",
                "Verhalten nach dem Kauf",
            ],
            &[
                "Problem recognition",
                "Information search",
                "Evaluation of alternatives",
                "Purchase decision",
                "Post-purchase behaviour",
            ],
        ),
        (
            "buyers-journey",
            &["Bewusstsein", "Überlegung", "Entscheidung"],
            &["Awareness", "Consideration", "Decision"],
        ),
    ];
    for (name, german, english) in cases {
        assert_eq!(phases(name, Lang::De), german, "{name}");
        assert_eq!(phases(name, Lang::En), english, "{name}");
    }
}

#[test]
fn phase_models_guide_every_phase_and_have_one_empty_curve() {
    for template in templates::catalog() {
        if template.kind() != TemplateKind::PhaseModel || template.name == "blank" {
            continue;
        }
        for lang in Lang::ALL {
            let journey = template.build(lang);
            for phase in &journey.phases {
                assert!(
                    !phase.description.is_empty(),
                    "{}: {} has no guiding line",
                    template.name,
                    phase.name
                );
            }
            for kind in [
                LaneKind::Touchpoints,
                LaneKind::Actions,
                LaneKind::Thoughts,
                LaneKind::PainPoints,
                LaneKind::Opportunities,
                LaneKind::Emotion,
            ] {
                assert!(
                    journey.lanes.iter().any(|lane| lane.kind == kind),
                    "{}: no {kind:?} lane",
                    template.name
                );
            }
            assert_eq!(journey.curves.len(), 1, "{}", template.name);
            assert!(journey.curves[0].points.is_empty());
            assert!(journey.cards.is_empty());
        }
    }
}

#[test]
fn lane_names_follow_the_language() {
    let lanes = |lang| -> Vec<String> {
        templates::find("digital-journey")
            .unwrap()
            .build(lang)
            .lanes
            .into_iter()
            .map(|lane| lane.name)
            .collect()
    };
    assert!(lanes(Lang::De).contains(&"Berührungspunkte".to_owned()));
    assert!(lanes(Lang::De).contains(&"Schmerzpunkte".to_owned()));
    assert!(lanes(Lang::En).contains(&"Touchpoints".to_owned()));
    assert!(lanes(Lang::En).contains(&"Pain points".to_owned()));
    let blank = templates::find("blank").unwrap();
    assert_eq!(blank.build(Lang::De).title, "Neue Customer Journey");
    assert_eq!(blank.build(Lang::En).title, "Untitled journey");
}

#[test]
fn a_new_map_is_written_in_the_language_its_names_are_in() {
    // Its numbers and quotation marks then stay German when it is opened
    // or exported from an English interface.
    for template in templates::catalog() {
        for lang in Lang::ALL {
            assert_eq!(
                template.build(lang).language,
                Some(template.content_lang(lang)),
                "{} in {lang:?}",
                template.name
            );
        }
    }
}

#[test]
fn examples_are_the_shipped_files_in_their_own_language() {
    let examples: Vec<_> = templates::catalog()
        .iter()
        .filter(|template| template.kind() == TemplateKind::Example)
        .collect();
    let files = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"))
        .unwrap()
        .count();
    assert_eq!(examples.len(), files, "every shipped example is a template");
    for template in examples {
        let english = template.build(Lang::En);
        assert_eq!(
            template.build(Lang::De),
            english,
            "{}: an example ignores the language",
            template.name
        );
        assert!(!english.cards.is_empty(), "{}", template.name);
        let file = template.name.trim_start_matches("example-");
        let lang = template.content_lang(Lang::En);
        assert_eq!(english.language, Some(lang), "{}", template.name);
        assert_eq!(template.content_lang(Lang::De), lang);
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(format!("{file}.{}.ron", lang.code()));
        assert_eq!(
            format::load_file(&path).expect("the example loads"),
            english,
            "{}",
            template.name
        );
    }
}

#[test]
fn titles_and_descriptions_differ_between_languages() {
    for template in templates::catalog() {
        assert_ne!(
            template.title(Lang::En),
            template.title(Lang::De),
            "{}",
            template.name
        );
        assert_ne!(
            template.description(Lang::En),
            template.description(Lang::De),
            "{}",
            template.name
        );
    }
}
