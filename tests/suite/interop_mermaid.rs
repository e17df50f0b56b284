//! Mermaid journeys as people write them (tests/data/mermaid/*.mmd) import
//! into exactly the phases, steps, cards, curves and values they say; what
//! Mermaid refuses or bends is refused or warned about at its line and
//! column; every example map exports, and reads back as far as Mermaid can
//! hold it.

use std::collections::BTreeSet;
use std::path::Path;

use journeymap::format;
use journeymap::i18n::{self, Lang};
use journeymap::interop::mermaid::{self, Imported};
use journeymap::model::{Actor, EmotionScale, Journey, LaneKind, validate};

mod cases;

use cases::CASES;

/// Phases, steps, cards, curves and values of a map, by name and column:
/// what a round trip through Mermaid must keep.
#[derive(Debug, PartialEq)]
pub(crate) struct Shape {
    pub phases: Vec<(String, Vec<String>)>,
    /// Column, lane kind, title and actor names of each card.
    pub cards: Vec<(usize, LaneKind, String, Vec<String>)>,
    pub curves: Vec<String>,
    /// Curve name, column and value.
    pub values: Vec<(String, usize, f32)>,
}

/// The shape of `journey`.
pub(crate) fn shape(journey: &Journey) -> Shape {
    let columns = journey.step_columns();
    let column = |step| columns.get(&step).copied().unwrap_or(usize::MAX);
    Shape {
        phases: journey
            .phases
            .iter()
            .map(|phase| {
                let steps = phase.steps.iter().map(|step| step.name.clone()).collect();
                (phase.name.clone(), steps)
            })
            .collect(),
        cards: journey
            .cards
            .iter()
            .map(|card| {
                let kind = journey
                    .lane(card.lane)
                    .map_or(LaneKind::Text, |lane| lane.kind);
                let actors = card
                    .actors
                    .iter()
                    .filter_map(|actor| journey.actor_name(actor).map(str::to_owned))
                    .collect();
                (column(card.step), kind, card.title.clone(), actors)
            })
            .collect(),
        curves: journey
            .curves
            .iter()
            .map(|curve| journey.curve_name(curve).to_owned())
            .collect(),
        values: journey
            .curves
            .iter()
            .flat_map(|curve| {
                let name = journey.curve_name(curve).to_owned();
                curve
                    .points
                    .iter()
                    .map(move |point| (name.clone(), column(point.step), point.value))
            })
            .collect(),
    }
}

/// Checks what every imported map must be: valid, unchanged by a save and
/// reload, and written as Mermaid without loss: reading that gives the same
/// map, and writing it again the same text.
pub(crate) fn assert_round_trips(journey: &Journey, lang: Lang) {
    assert_eq!(validate(journey), [], "{journey:#?}");
    let ron = format::to_ron_string(journey);
    let reloaded = format::from_ron_str(&ron, Path::new("imported.ron"))
        .unwrap_or_else(|error| panic!("{error}\n{ron}"));
    assert_eq!(&reloaded, journey);
    let exported = mermaid::export(journey);
    assert_eq!(exported.left_out, Vec::<String>::new(), "{}", exported.text);
    let again = mermaid::import(&exported.text, lang)
        .unwrap_or_else(|problems| panic!("{problems:?}\n{}", exported.text));
    assert_eq!(again.warnings, [], "{}", exported.text);
    assert_eq!(shape(&again.journey), shape(journey), "{}", exported.text);
    assert_eq!(&again.journey, journey, "{}", exported.text);
    assert_eq!(mermaid::export(&again.journey).text, exported.text);
}

fn corpus(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/mermaid")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn import_ok(text: &str, lang: Lang) -> Imported {
    mermaid::import(text, lang).unwrap_or_else(|problems| panic!("{problems:?}\n{text}"))
}

#[test]
fn every_corpus_journey_imports_exactly_as_written() {
    for case in CASES {
        let imported = import_ok(&corpus(case.file), case.lang);
        assert_eq!(imported.warnings, [], "{}", case.file);
        let journey = &imported.journey;
        assert_eq!(journey.title, case.title, "{}", case.file);
        assert_eq!(journey.language, Some(case.lang));
        assert_eq!(
            journey.emotion_scale,
            EmotionScale {
                min: 0.0,
                max: 5.0,
                step: 1.0
            }
        );
        let kinds: Vec<LaneKind> = journey.lanes.iter().map(|lane| lane.kind).collect();
        assert_eq!(
            kinds,
            [LaneKind::Actions, LaneKind::Emotion],
            "{}",
            case.file
        );
        let found = shape(journey);
        let phases: Vec<(&str, Vec<&str>)> = found
            .phases
            .iter()
            .map(|(name, steps)| (name.as_str(), steps.iter().map(String::as_str).collect()))
            .collect();
        let expected: Vec<(&str, Vec<&str>)> = case
            .phases
            .iter()
            .map(|(name, steps)| (*name, steps.to_vec()))
            .collect();
        assert_eq!(phases, expected, "{}", case.file);
        let curves: Vec<(&str, Vec<f32>)> = journey
            .curves
            .iter()
            .map(|curve| {
                (
                    curve.name.as_str(),
                    curve.points.iter().map(|p| p.value).collect(),
                )
            })
            .collect();
        let expected: Vec<(&str, Vec<f32>)> = case
            .curves
            .iter()
            .map(|(name, values)| (*name, values.to_vec()))
            .collect();
        assert_eq!(curves, expected, "{}", case.file);
        let actors: Vec<Vec<&str>> = found
            .cards
            .iter()
            .map(|(_, _, _, actors)| actors.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(actors, case.card_actors, "{}", case.file);
        // One card per task, titled like its step, in the actions lane.
        for (column, kind, title, _) in &found.cards {
            assert_eq!(*kind, LaneKind::Actions);
            let step = journey.step_at(*column).map(|step| step.name.as_str());
            assert_eq!(step, Some(title.as_str()), "{}", case.file);
        }
        let steps: usize = case.phases.iter().map(|(_, steps)| steps.len()).sum();
        let empty_steps = case
            .phases
            .iter()
            .filter(|(_, steps)| steps == &[""])
            .count();
        assert_eq!(journey.step_count(), steps);
        assert_eq!(journey.cards.len(), steps - empty_steps, "{}", case.file);
        let values: usize = case.curves.iter().map(|(_, values)| values.len()).sum();
        assert_eq!(found.values.len(), values, "{}", case.file);
        assert_round_trips(journey, case.lang);
    }
}

#[test]
fn the_working_day_reads_like_the_example_in_the_mermaid_docs() {
    let journey = import_ok(&corpus("working-day.mmd"), Lang::En).journey;
    let do_work = journey.cards.iter().find(|card| card.title == "Do work");
    let actors = do_work.map(|card| card.actors.clone()).unwrap_or_default();
    assert_eq!(
        actors,
        [Actor::Name("Me".into()), Actor::Name("Cat".into())]
    );
    // Cat feels what the tasks naming Cat score, in those steps only.
    let cat = journey.curves.iter().find(|curve| curve.name == "Cat");
    let cat_steps: Vec<usize> = cat
        .map(|curve| {
            curve
                .points
                .iter()
                .filter_map(|p| journey.step_index(p.step))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(cat_steps, [2, 4]);
    assert_ne!(journey.curves[0].color, journey.curves[1].color);
}

#[test]
fn the_description_comes_from_the_accessible_title_and_description() {
    let journey = import_ok(&corpus("mixed-feelings.mmd"), Lang::En).journey;
    assert_eq!(
        journey.description,
        "Buying concert tickets\nTwo fans buy tickets together.\nThey do not always feel the same."
    );
}

#[test]
fn other_line_breaks_read_the_same() {
    for case in CASES {
        let text = corpus(case.file);
        let unix = import_ok(&text, case.lang).journey;
        for line_break in ["\r\n", "\r"] {
            let other = import_ok(&text.replace('\n', line_break), case.lang).journey;
            assert_eq!(other, unix, "{} with {line_break:?}", case.file);
        }
    }
}

#[test]
fn every_corpus_file_is_recognised_as_mermaid_and_no_map_file_is() {
    for case in CASES {
        assert!(
            mermaid::looks_like_mermaid(&corpus(case.file)),
            "{}",
            case.file
        );
    }
    for example in examples() {
        let text = std::fs::read_to_string(&example).unwrap_or_default();
        assert!(!mermaid::looks_like_mermaid(&text), "{}", example.display());
    }
    assert!(!mermaid::looks_like_mermaid("flowchart LR\n  A --> B"));
}

/// A text, and each problem it must report: line, column, and a word the
/// message must contain.
type Expected = (&'static str, &'static [(usize, usize, &'static str)]);

#[test]
fn what_mermaid_cannot_read_is_refused_at_its_line_and_column() {
    let cases: &[Expected] = &[
        ("flowchart LR\n  A --> B", &[(1, 1, "journey")]),
        ("\n\n  Journey\n  Go: 3", &[(3, 3, "lower case")]),
        ("", &[(1, 1, "empty")]),
        (
            "journey\n  section Go\n    Make tea\n",
            &[(3, 5, "Make tea")],
        ),
        (
            "journey\n  section Go\n    Make tea: x: Me\n",
            &[(3, 15, "not a number")],
        ),
        (
            "journey\n  section Pay\n    Pay: card: 5: Me\n",
            &[(3, 10, "colon")],
        ),
        ("journey\n  tilte My day\n", &[(2, 3, "title")]),
        ("journey\n  Sektion Kauf\n", &[(2, 3, "section")]),
        ("journey\n  Go:\n", &[(2, 6, "no score")]),
        ("journey\n  : 3: Me\n", &[(2, 3, "no name")]),
        ("journey\n  Journey planning: 3\n", &[(2, 3, "journey")]),
        ("journey\n  Step #1 then #2: 3\n", &[(2, 3, "comment")]),
        ("journey\n  accDescr {\n  text\n", &[(2, 12, "accDescr")]),
        ("---\ntitle: x\njourney\n", &[(1, 1, "---")]),
        ("%%{init: {}\njourney\n", &[(1, 1, "%%{")]),
        (
            "journey\n  Café 😀: fünf: Zoë\n  section A\n  Ende\n  Go: 9x\n",
            &[(2, 11, "fünf"), (4, 3, "Ende"), (5, 7, "9x")],
        ),
    ];
    for (text, expected) in cases {
        let problems = match mermaid::import(text, Lang::En) {
            Ok(imported) => panic!("{text:?} imports: {:?}", imported.journey),
            Err(problems) => problems,
        };
        check_problems(text, &problems, expected);
    }
    let huge = format!("journey\n{}", "  Go: 3\n".repeat(mermaid::MAX_BYTES / 8));
    let problems = mermaid::import(&huge, Lang::En).err().unwrap_or_default();
    check_problems("huge", &problems, &[(1, 1, "bytes")]);
}

fn check_problems(text: &str, problems: &[format::Diagnostic], expected: &[(usize, usize, &str)]) {
    let found: Vec<(usize, usize)> = problems.iter().map(|p| (p.at.line, p.at.column)).collect();
    let places: Vec<(usize, usize)> = expected.iter().map(|(l, c, _)| (*l, *c)).collect();
    assert_eq!(found, places, "{text:?}: {problems:#?}");
    for (problem, (_, _, word)) in problems.iter().zip(expected) {
        assert!(
            problem.message.contains(word),
            "{text:?}: {:?} should mention {word:?}",
            problem.message
        );
    }
}

#[test]
fn what_mermaid_bends_is_imported_with_a_warning_at_its_line_and_column() {
    // Each text with its warnings, then every value it imports.
    let cases: &[(Expected, &[f32])] = &[
        (("journey\n  Go: 7: Me\n", &[(2, 7, "outside")]), &[5.0]),
        (("journey\n  Go: -1: Me\n", &[(2, 7, "outside")]), &[0.0]),
        (("journey\n  Go: 3.5: Me\n", &[(2, 7, "rounded")]), &[3.0]),
        (("journey\n  Go: 4.6\n", &[(2, 7, "rounded")]), &[5.0]),
        (("journey\n  Go: 3: Me: Cat\n", &[(2, 12, "colon")]), &[3.0]),
        (
            ("journey\n  Go: 3: Me # tired\n", &[(2, 13, "comment")]),
            &[3.0],
        ),
        (
            (
                "journey\n  Go; now: 3: Me; Cat\n",
                &[(2, 5, "comma"), (2, 17, "comma")],
            ),
            &[3.0, 3.0],
        ),
        (
            ("journey\n  title: My day\n  Go: 2\n", &[(2, 8, "colon")]),
            &[2.0],
        ),
        (
            (
                "journey\n  section Day 1: Monday\n  Go: 2\n",
                &[(2, 16, "∶")],
            ),
            &[2.0],
        ),
        (
            ("journey\n  section\n  Go: 2\n", &[(2, 10, "name")]),
            &[2.0],
        ),
        (("journey\njourney\n  Go: 2\n", &[(2, 1, "again")]), &[2.0]),
        (
            ("journey\n  Go: 2: Journey, Me\n", &[(2, 10, "Journey")]),
            &[2.0, 2.0],
        ),
    ];
    for ((text, expected), values) in cases {
        let imported = import_ok(text, Lang::En);
        check_problems(text, &imported.warnings, expected);
        let found: Vec<f32> = imported
            .journey
            .curves
            .iter()
            .flat_map(|curve| curve.points.iter().map(|point| point.value))
            .collect();
        assert_eq!(&found, values, "{text:?}");
        assert_round_trips(&imported.journey, Lang::En);
    }
}

fn examples() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|path| path.extension().is_some_and(|ext| ext == "ron"));
    files.sort();
    assert_eq!(files.len(), 3, "{}", dir.display());
    files
}

/// A value moved from `scale` onto Mermaid's 0…5, as the export moves it.
fn on_mermaid_scale(value: f32, scale: &EmotionScale) -> f32 {
    EmotionScale {
        min: 0.0,
        max: 5.0,
        step: 1.0,
    }
    .map_from(value, scale)
}

#[test]
fn every_example_map_exports_and_reads_back_as_far_as_mermaid_holds_it() {
    for path in examples() {
        let original = format::load_file(&path).unwrap_or_else(|error| panic!("{error}"));
        let lang = original.language.unwrap_or(Lang::En);
        let exported = mermaid::export(&original);
        assert!(exported.text.starts_with("journey\n"), "{}", exported.text);
        let again = import_ok(&exported.text, lang);
        assert_eq!(again.warnings, [], "{}", path.display());
        let back = &again.journey;
        assert_eq!(validate(back), []);
        // The phases, and in them as many steps, named as before.
        let before = shape(&original);
        let after = shape(back);
        assert_eq!(after.phases.len(), before.phases.len());
        for ((name, steps), (old_name, old_steps)) in after.phases.iter().zip(&before.phases) {
            assert_eq!(name, old_name, "{}", path.display());
            assert_eq!(steps.len(), old_steps.len(), "{name}");
            for (step, old) in steps.iter().zip(old_steps) {
                assert!(old.is_empty() || step == old, "{step:?} was {old:?}");
            }
        }
        // Every curve value, on Mermaid's scale, in its step.
        let moved: BTreeSet<(String, usize, u32)> = before
            .values
            .iter()
            .map(|(curve, column, value)| {
                let score = on_mermaid_scale(*value, &original.emotion_scale);
                (curve.clone(), *column, score.to_bits())
            })
            .collect();
        let default_curve = i18n::tr_in(lang, i18n::text::mermaid::MERMAID_DEFAULT_CURVE, &[]);
        let read: BTreeSet<(String, usize, u32)> = after
            .values
            .iter()
            .filter(|(curve, _, _)| *curve != default_curve)
            .map(|(curve, column, value)| (curve.clone(), *column, value.to_bits()))
            .collect();
        assert_eq!(read, moved, "{}", path.display());
        // A step without any value has the middle score on the extra curve.
        let valued: BTreeSet<usize> = before.values.iter().map(|(_, column, _)| *column).collect();
        for (curve, column, value) in &after.values {
            if *curve == default_curve {
                assert!(!valued.contains(column), "{column}");
                assert_eq!(value.to_bits(), 3.0_f32.to_bits());
            }
        }
        // Each task's card names the curves with a value in its step.
        for (column, kind, _, actors) in &after.cards {
            assert_eq!(*kind, LaneKind::Actions);
            let expected: BTreeSet<&String> = before
                .values
                .iter()
                .filter(|(_, c, _)| c == column)
                .map(|(curve, _, _)| curve)
                .collect();
            assert_eq!(actors.iter().collect::<BTreeSet<_>>(), expected);
        }
        // Written again, the text is the same: nothing more is lost.
        assert_eq!(
            mermaid::export(back).text,
            exported.text,
            "{}",
            path.display()
        );
        assert_eq!(mermaid::export(back).left_out, Vec::<String>::new());
    }
}

#[test]
fn the_german_example_says_what_mermaid_cannot_hold() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/laptop-webshop.de.ron");
    let journey = format::load_file(&path).unwrap_or_else(|error| panic!("{error}"));
    i18n::set_current(Lang::En);
    let left_out = mermaid::export(&journey).left_out;
    let all = left_out.join("\n");
    for word in [
        "notes of",
        "touchpoints",
        "KPI values",
        "one persona",
        "cards outside",
        "scale from -2 to 2",
    ] {
        assert!(all.contains(word), "{word:?} in:\n{all}");
    }
    i18n::set_current(Lang::De);
    let german = mermaid::export(&journey).left_out.join("\n");
    i18n::set_current(Lang::En);
    for word in [
        "Notizen von",
        "Touchpoints",
        "Kennzahlenwerte",
        "eine Persona",
    ] {
        assert!(german.contains(word), "{word:?} in:\n{german}");
    }
    for path in examples() {
        let journey = format::load_file(&path).unwrap_or_else(|error| panic!("{error}"));
        assert!(
            !mermaid::export(&journey).left_out.is_empty(),
            "{}",
            path.display()
        );
    }
}
