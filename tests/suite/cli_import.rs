//! `journeymap import` and `journeymap export` to Mermaid and tables, as a
//! user runs them: a map goes out and comes back, problems name their
//! line or row, and nothing is overwritten without `--force`.

use std::path::Path;

use journeymap::format;

use crate::cli_export::{example, journeymap};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `journeymap` and expects success; returns what it printed.
fn ok(args: &[&str]) -> (String, String) {
    let output = journeymap(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        text(&output.stderr)
    );
    (text(&output.stdout), text(&output.stderr))
}

/// Runs `journeymap` and expects exit 1 with `expected` on stderr.
fn fails(args: &[&str], expected: &str) -> String {
    let output = journeymap(args);
    assert_eq!(output.status.code(), Some(1), "{args:?} must fail");
    let stderr = text(&output.stderr);
    assert!(stderr.contains(expected), "{args:?}: {stderr}");
    stderr
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

#[test]
fn a_map_goes_out_as_a_table_and_comes_back_with_every_card() {
    let dir = tempfile::tempdir().unwrap();
    let input = example("laptop-webshop.de.ron");
    let original = format::load_file(Path::new(&input)).unwrap();
    for extension in ["csv", "xlsx"] {
        let table = path(dir.path(), &format!("karte.{extension}"));
        let (stdout, _) = ok(&["export", &input, "-o", &table]);
        assert!(stdout.contains(&format!("wrote {table}")), "{stdout}");
        let map = path(dir.path(), &format!("zurück-{extension}.ron"));
        let (stdout, _) = ok(&["import", &table, "-o", &map, "--lang", "de"]);
        assert!(stdout.contains("55 cards"), "{stdout}");
        let back = format::load_file(Path::new(&map)).unwrap();
        let titles = |journey: &journeymap::model::Journey| {
            journey
                .cards
                .iter()
                .map(|card| (card.title.clone(), card.notes.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(&back), titles(&original), "{extension}");
        assert_eq!(back.phases.len(), original.phases.len());
        assert_eq!(back.step_count(), original.step_count());
    }
}

#[test]
fn a_mermaid_journey_goes_in_and_out_and_says_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let source = path(dir.path(), "tag.mmd");
    std::fs::write(
        &source,
        "journey\n  title Ein Arbeitstag\n  section Morgens\n    Kaffee kochen: 4: Ich\n    \
         Zur Arbeit radeln: 2: Ich, Nachbarin\n  section Abends\n    Heimfahrt: 3: Ich\n",
    )
    .unwrap();
    let map = path(dir.path(), "tag.ron");
    let (stdout, _) = ok(&["import", &source, "-o", &map, "--lang", "de"]);
    assert!(stdout.contains("2 phases, 3 steps"), "{stdout}");
    let journey = format::load_file(Path::new(&map)).unwrap();
    assert_eq!(journey.title, "Ein Arbeitstag");
    assert_eq!(journey.curves.len(), 2, "one curve per actor");

    let again = path(dir.path(), "wieder.mmd");
    ok(&["export", &map, "-o", &again]);
    let written = std::fs::read_to_string(&again).unwrap();
    assert!(written.starts_with("journey"), "{written}");
    assert!(written.contains("section Morgens"), "{written}");

    // The German example has notes, touchpoints and KPIs Mermaid cannot hold.
    let out = path(dir.path(), "beispiel.mmd");
    let (_, stderr) = ok(&["export", &example("laptop-webshop.de.ron"), "-o", &out]);
    assert!(stderr.contains("left out"), "{stderr}");
}

#[test]
fn problems_name_their_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let source = path(dir.path(), "kaputt.mmd");
    std::fs::write(&source, "journey\nsection Buy\n  Pay: seven: Me\n").unwrap();
    let map = path(dir.path(), "kaputt.ron");
    fails(&["import", &source, "-o", &map], "kaputt.mmd:3:");
    assert!(!Path::new(&map).exists(), "no map from a refused journey");

    let unknown = path(dir.path(), "map.txt");
    std::fs::write(&unknown, "journey\n").unwrap();
    fails(
        &["import", &unknown, "-o", &map],
        "import reads Mermaid journeys",
    );
}

#[test]
fn import_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let source = path(dir.path(), "a.mmd");
    std::fs::write(&source, "journey\nsection One\n  Start: 3: Me\n").unwrap();
    let map = path(dir.path(), "a.ron");
    std::fs::write(&map, "precious").unwrap();
    fails(&["import", &source, "-o", &map], "already exists");
    assert_eq!(std::fs::read_to_string(&map).unwrap(), "precious");
    ok(&["import", &source, "-o", &map, "--force"]);
    assert_eq!(
        std::fs::read_to_string(format!("{map}.bak")).unwrap(),
        "precious",
        "the old file is kept"
    );
}

#[test]
fn picture_options_are_refused_for_a_content_format() {
    let dir = tempfile::tempdir().unwrap();
    let out = path(dir.path(), "map.csv");
    fails(
        &[
            "export",
            &example("workshop-starter.en.ron"),
            "-o",
            &out,
            "--scale",
            "2",
        ],
        "--scale changes only pictures",
    );
    assert!(!Path::new(&out).exists());
}
