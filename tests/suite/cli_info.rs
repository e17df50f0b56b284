//! `journeymap info` from the command line, as a user or a script runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use journeymap::model::Journey;

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

fn examples() -> Vec<PathBuf> {
    crate::common::maps::ron_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"))
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("the summary is UTF-8")
}

/// The summary `info` must print for `journey`, counted here straight from
/// the model's fields rather than through `Journey::counts`.
fn expected_summary(journey: &Journey) -> String {
    let phases = journey.phases.len();
    let steps: usize = journey.phases.iter().map(|phase| phase.steps.len()).sum();
    let points: usize = journey.curves.iter().map(|curve| curve.points.len()).sum();
    let mut actors: Vec<&journeymap::model::Actor> =
        journey.cards.iter().flat_map(|card| &card.actors).collect();
    actors.sort();
    actors.dedup();
    let actors = actors.len();
    format!(
        "title: {}\nlanguage: {}\nversion: 2\nphases: {phases}\nsteps: {steps}\nlanes: {}\n\
         cards: {}\ncurves: {}\npoints: {points}\npersonas: {}\nactors: {actors}\nlinks: 0\nvotes: 0\n",
        journey.title,
        journey.language.map_or("none", |lang| lang.code()),
        journey.lanes.len(),
        journey.cards.len(),
        journey.curves.len(),
        journey.personas.len(),
    )
}

/// The value of `name` in a summary.
fn value<'a>(summary: &'a str, name: &str) -> &'a str {
    summary
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{name}: ")))
        .unwrap_or_else(|| panic!("no `{name}` line in\n{summary}"))
}

#[test]
fn every_example_is_summarised_with_its_exact_counts() {
    let paths = examples();
    assert!(paths.len() >= 3, "{paths:?}");
    for path in paths {
        let journey = journeymap::format::load_file(&path).unwrap();
        let output = journeymap(&["info", &path.display().to_string()]);
        assert!(output.status.success(), "{}", path.display());
        assert!(
            output.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            stdout(&output),
            expected_summary(&journey),
            "{}",
            path.display()
        );
    }
}

#[test]
fn the_examples_hold_what_was_counted_by_hand() {
    let output = journeymap(&["info", &example("laptop-webshop.de.ron")]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        "title: Customer Journey: Laptop-Kauf im Onlineshop\nlanguage: de\nversion: 2\n\
         phases: 6\nsteps: 14\nlanes: 9\ncards: 55\ncurves: 2\npoints: 28\npersonas: 1\n\
         actors: 4\nlinks: 0\nvotes: 0\n"
    );

    let saas = stdout(&journeymap(&["info", &example("saas-trial.en.ron")]));
    assert_eq!(value(&saas, "language"), "en");
    assert_eq!(value(&saas, "phases"), "5");
    assert_eq!(value(&saas, "cards"), "45");
    assert_eq!(value(&saas, "steps"), "10");
    assert_eq!(value(&saas, "points"), "20");

    let workshop = stdout(&journeymap(&["info", &example("workshop-starter.en.ron")]));
    assert_eq!(value(&workshop, "lanes"), "6");
    assert_eq!(value(&workshop, "cards"), "11");
    assert_eq!(value(&workshop, "curves"), "1");
    assert_eq!(value(&workshop, "points"), "3");
}

#[test]
fn a_hand_written_map_with_emoji_and_long_german_words() {
    let dir = tempfile::tempdir().unwrap();
    let title = "🚲 Fahrradverleihstationsbetreiberzufriedenheitsumfrage – Donaudampfschifffahrtsgesellschaftskapitänsmütze 🎉";
    let text = format!(
        "(\n    version: 1,\n    title: \"{title}\",\n    \
         phases: [(id: 1, name: \"Ankunft 🚉\"), (id: 2, name: \"Rückgabe\")],\n    \
         lanes: [(id: 3, name: \"Gefühle\", kind: Emotion), (id: 4, name: \"Tun\", kind: Actions)],\n    \
         cards: [(id: 5, lane: 4, phase: 1, title: \"Schließfach 🔑\")],\n    \
         curves: [\n        \
         (id: 6, name: \"Jetzt\", color: \"#e4572e\", points: [(phase: 1, value: 1.0), (phase: 2, value: -1.0)]),\n        \
         (id: 7, name: \"Ziel\", color: \"#2e86ab\", points: [(phase: 2, value: 2.0)]),\n    ],\n)\n"
    );
    let path = write(dir.path(), "umfrage 🚲.ron", &text);
    let output = journeymap(&["info", &path]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        stdout(&output),
        format!(
            "title: {title}\nlanguage: none\nversion: 1\nphases: 2\nsteps: 2\nlanes: 2\n\
             cards: 1\ncurves: 2\npoints: 3\npersonas: 0\nactors: 0\nlinks: 0\nvotes: 0\n"
        )
    );
}

#[test]
fn several_maps_each_start_with_their_file_and_a_blank_line_separates_them() {
    let dir = tempfile::tempdir().unwrap();
    let small = write(
        dir.path(),
        "small.ron",
        "(version: 1, title: \"Klein\", phases: [(id: 1, name: \"A\")], lanes: [])",
    );
    let german = example("laptop-webshop.de.ron");
    let output = journeymap(&["info", &german, &small]);
    assert!(output.status.success());
    let text = stdout(&output);
    let maps: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(maps.len(), 2, "{text}");
    assert!(
        maps[0].starts_with(&format!("file: {german}\ntitle: Customer Journey")),
        "{text}"
    );
    assert_eq!(
        maps[1],
        format!(
            "file: {small}\ntitle: Klein\nlanguage: none\nversion: 1\nphases: 1\nsteps: 1\n\
             lanes: 0\ncards: 0\ncurves: 0\npoints: 0\npersonas: 0\nactors: 0\nlinks: 0\nvotes: 0\n"
        )
    );
    // Every line but the separators is `name: value`, in the same order for each map.
    let names = |map: &str| -> Vec<String> {
        map.lines()
            .map(|line| line.split_once(": ").expect("name: value").0.to_owned())
            .collect()
    };
    assert_eq!(names(maps[0]), names(maps[1]));
}

#[test]
fn an_invalid_file_fails_like_check_and_the_others_are_still_summarised() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.ron",
        "(\n    version: 1,\n    title: \"Map\",\n    phases: [(id: 1, name: \"A\")],\n    lanes: [(id: 2, name: \"B\", kind: Touchpoint)],\n)\n",
    );
    let good = example("workshop-starter.en.ron");
    let output = journeymap(&["info", &good, &bad]);
    assert_eq!(output.status.code(), Some(1));
    let check = journeymap(&["check", &bad]);
    assert_eq!(check.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr, String::from_utf8_lossy(&check.stderr));
    assert!(stderr.starts_with(&format!("{bad}:5:")), "{stderr}");

    let text = stdout(&output);
    assert!(
        text.starts_with(&format!("file: {good}\ntitle: Workshop starter")),
        "{text}"
    );
    assert!(text.ends_with("votes: 0\n"), "{text}");
    assert!(!text.contains(&bad), "{text}");
}

#[test]
fn a_missing_file_is_reported() {
    let output = journeymap(&["info", "/nonexistent/map.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("/nonexistent/map.ron: cannot read"));
}

#[test]
fn help_describes_the_output() {
    let output = journeymap(&["info", "--help"]);
    assert!(output.status.success());
    let help = stdout(&output);
    assert!(help.contains("personas, actors, links, votes"), "{help}");
    let overview = stdout(&journeymap(&["--help"]));
    assert!(overview.contains("name: value"), "{overview}");
    assert!(overview.contains("file: PATH"), "{overview}");
}

/// A version-2 map with phases of three, one and two steps, a card spanning
/// from the first phase into the second, actors (a persona on two cards,
/// two free names, one of them twice) and a moment of truth.
const STEPPED: &str = r##"(
    version: 2,
    title: "Hotel check-in",
    personas: [
        (id: 1, name: "Ayşe"),
        (id: 2, name: "Tom"),
    ],
    phases: [
        (id: 10, name: "Arrival", steps: [(id: 11, name: "Taxi"), (id: 12, name: "Lobby"), (id: 13, name: "Queue", width: Some(260.0))]),
        (id: 20, name: "Desk", steps: [(id: 21)]),
        (id: 30, name: "Room", steps: [(id: 31, name: "Lift"), (id: 32, name: "Key card fails")]),
    ],
    lanes: [
        (id: 40, name: "Actions", kind: Actions),
        (id: 41, name: "Emotion", kind: Emotion),
    ],
    cards: [
        (id: 50, lane: 40, step: 13, span: 2, title: "Waits, then checks in", actors: [Persona(1), Name("Front desk")]),
        (id: 51, lane: 40, step: 32, title: "Walks back down", actors: [Persona(1), Name("Night porter"), Name("Front desk")]),
        (id: 52, lane: 40, step: 11, title: "Pays the taxi"),
    ],
    curves: [
        (id: 60, name: "As-is", color: "#e4572e", persona: Some(1), points: [
            (step: 11, value: 1.0),
            (step: 13, value: -1.0),
            (step: 32, value: -2.0, label: "Card fails", moment_of_truth: true),
        ]),
    ],
)
"##;

#[test]
fn a_version_2_map_counts_its_steps_and_actors() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "hotel.ron", STEPPED);
    let check = journeymap(&["check", &path]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let output = journeymap(&["info", &path]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        "title: Hotel check-in\nlanguage: none\nversion: 2\nphases: 3\nsteps: 6\nlanes: 2\n\
         cards: 3\ncurves: 1\npoints: 3\npersonas: 2\nactors: 3\nlinks: 0\nvotes: 0\n"
    );
    // The same count as the model gives, counted here from the fields.
    let journey = journeymap::format::load_file(Path::new(&path)).unwrap();
    assert_eq!(stdout(&output), expected_summary(&journey));
}

#[test]
fn a_version_1_map_counts_each_phase_as_one_step_before_and_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let original = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/v1-corpus/hand-fourteen-phases-widths.de.ron");
    let copy = dir.path().join("umzug.ron");
    std::fs::copy(&original, &copy).unwrap();
    let copy = copy.display().to_string();
    let counts = "phases: 14\nsteps: 14\nlanes: 3\ncards: 11\ncurves: 1\npoints: 13\n\
                  personas: 0\nactors: 0\nlinks: 0\nvotes: 0\n";
    let before = stdout(&journeymap(&["info", &copy]));
    assert_eq!(
        before,
        format!("title: Umzug nach Leipzig\nlanguage: de\nversion: 1\n{counts}")
    );
    assert!(journeymap(&["fmt", &copy]).status.success());
    let after = stdout(&journeymap(&["info", &copy]));
    assert_eq!(
        after,
        format!("title: Umzug nach Leipzig\nlanguage: de\nversion: 2\n{counts}")
    );
}
