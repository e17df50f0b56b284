//! `journeymap check` and `journeymap fmt` from the command line, as a user runs them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

fn example() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/laptop-webshop.de.ron")
        .display()
        .to_string()
}

#[test]
fn a_valid_map_passes_silently() {
    let output = journeymap(&["check", &example()]);
    assert!(output.status.success());
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_malformed_map_exits_1_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = "(\n    version: 1,\n    title: \"Map\",\n    phases: [(id: 1, name: \"A\")],\n    lanes: [(id: 2, name: \"B\", kind: Touchpoint)],\n)\n";
    let path = write(dir.path(), "bad.ron", text.as_bytes());
    let output = journeymap(&["check", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = format!("{}:5:", path.display());
    assert!(stderr.starts_with(&expected), "{stderr}");
    assert!(stderr.contains("unknown value `Touchpoint`"), "{stderr}");
    assert!(stderr.contains("`Touchpoints`"), "{stderr}");
}

#[test]
fn every_file_is_reported_and_one_bad_file_fails_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "empty.ron", b"");
    let output = journeymap(&["check", &example(), &bad.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("empty.ron:1:1: the file is empty"),
        "{stderr}"
    );
}

#[test]
fn hostile_files_fail_cleanly_and_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let valid = std::fs::read(example()).unwrap();
    let mut binary: Vec<u8> = (0..4096u64)
        .map(|i| (i * 2_654_435_761 % 251) as u8)
        .collect();
    binary.insert(0, 0xFF);
    let mut huge = b"(version: 1, title: \"".to_vec();
    huge.extend(std::iter::repeat_n(b'x', 70 * 1024 * 1024));
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "empty"),
        ("binary", binary, "not UTF-8"),
        ("truncated", valid[..valid.len() / 2].to_vec(), "cut off"),
        ("json", br#"{"version": 1, "title": "x"}"#.to_vec(), ":1:"),
        (
            "nested",
            format!("(version: 1, extra: {}", "[".repeat(200_000)).into_bytes(),
            "too deeply",
        ),
        ("huge", huge, "larger than"),
        ("nul", b"(version: 1, title: \"\0\")".to_vec(), ":1:"),
    ];
    for (name, bytes, expected) in cases {
        let path = write(dir.path(), &format!("{name}.ron"), &bytes);
        let started = Instant::now();
        let output = journeymap(&["check", &path.display().to_string()]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        // Not a speed test: a generous bound that only a hang would break.
        assert!(started.elapsed() < Duration::from_secs(30), "{name} hung");
    }
}

#[test]
fn a_newer_format_version_names_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "future.ron",
        b"(version: 3, title: \"x\", gadgets: [])",
    );
    let output = journeymap(&["check", &path.display().to_string()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.contains("version 3") && stderr.contains("version 2"),
        "{stderr}"
    );
}

#[test]
fn a_missing_file_is_reported() {
    let output = journeymap(&["check", "/nonexistent/map.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/nonexistent/map.ron: cannot read"));
}

#[test]
fn fmt_rewrites_a_hand_edited_map_canonically() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        "// hand written\n(version: 1, title: \"Kurz\", phases: [(id: 1, name: \"A\")], lanes: [])";
    let path = write(dir.path(), "hand.ron", text.as_bytes());
    let output = journeymap(&["fmt", &path.display().to_string()]);
    assert!(output.status.success());
    let rewritten = std::fs::read_to_string(&path).unwrap();
    assert!(
        rewritten.starts_with("(\n    version: 2,\n    title: \"Kurz\","),
        "{rewritten}"
    );
    // A version-1 file is upgraded, and the old one stays beside it.
    let backup = std::fs::read_to_string(dir.path().join("hand.ron.bak")).unwrap();
    assert_eq!(backup, text);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("upgraded from version 1 to 2"),
        "{output:?}"
    );
    let again = journeymap(&["check", &path.display().to_string()]);
    assert!(again.status.success());
}

#[test]
fn fmt_keeps_the_old_file_of_a_re_layout_too() {
    // Like Save: the comment and the spacing are gone from the map, but not
    // from the disk.
    let dir = tempfile::tempdir().unwrap();
    let journey = journeymap::templates::new_map(journeymap::i18n::Lang::De);
    let canonical = journeymap::format::to_ron_string(&journey);
    let text = format!(
        "// Workshop am Montag\n{}",
        canonical.replacen("    ", "  ", 5)
    );
    let path = write(dir.path(), "montag.ron", text.as_bytes());
    let output = journeymap(&["fmt", &path.display().to_string()]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), canonical);
    let backup = std::fs::read_to_string(dir.path().join("montag.ron.bak")).unwrap();
    assert_eq!(backup, text);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("rewritten in the canonical layout"),
        "{output:?}"
    );
    // A canonical file is left alone: no new backup, no message.
    std::fs::remove_file(dir.path().join("montag.ron.bak")).unwrap();
    let again = journeymap(&["fmt", &path.display().to_string()]);
    assert!(again.stdout.is_empty(), "{again:?}");
    assert!(!dir.path().join("montag.ron.bak").exists());
}

#[test]
fn without_a_display_the_editor_says_what_to_do() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("journeymap: there is no display to open the editor window on"),
        "{stderr}"
    );
    assert!(!stderr.contains("/src/"), "no build paths: {stderr}");
}

#[test]
fn help_and_version_work_without_a_window() {
    let help = journeymap(&["--help"]);
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("check") && text.contains("fmt"), "{text}");
    let version = journeymap(&["--version"]);
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_version_2_map_with_steps_and_actors_passes_and_a_broken_one_names_the_step() {
    let dir = tempfile::tempdir().unwrap();
    let text = "(\n    version: 2,\n    title: \"Check-in\",\n    personas: [(id: 1, name: \"Ayşe\")],\n    \
                phases: [\n        (id: 2, name: \"Arrival\", steps: [(id: 3, name: \"Taxi\"), (id: 4, name: \"Queue\")]),\n        \
                (id: 5, name: \"Desk\", steps: [(id: 6)]),\n    ],\n    \
                lanes: [(id: 7, name: \"Actions\", kind: Actions)],\n    \
                cards: [(id: 8, lane: 7, step: 4, span: 2, title: \"Waits\", actors: [Persona(1), Name(\"Front desk\")])],\n)\n";
    let good = write(dir.path(), "good.ron", text.as_bytes());
    let output = journeymap(&["check", &good.display().to_string()]);
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    // The same card reaching one step past the end, with a missing persona.
    let broken = text
        .replace("span: 2", "span: 3")
        .replace("Persona(1)", "Persona(9)");
    let bad = write(dir.path(), "bad.ron", broken.as_bytes());
    let output = journeymap(&["check", &bad.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let path = bad.display();
    // At the span's value and at the actor, on the card's line.
    let line = broken.lines().position(|l| l.contains("cards:")).unwrap() + 1;
    let cards = broken.lines().nth(line - 1).unwrap();
    let span = cards.find("span: 3").unwrap() + "span: ".len() + 1;
    let actor = cards.find("Persona(9)").unwrap() + 1;
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "{path}:{line}:{span}: card \"Waits\" spans 3 steps, but there are only 2 from its \
             step to the end of the map, so its span must be 1 to 2\n\
             {path}:{line}:{actor}: card \"Waits\" names persona 9 as an actor, which does not exist\n"
        )
    );
}
