//! Every way a file can be broken, from tests/malformed/: `journeymap check`
//! prints exactly the expected `FILE:LINE:COLUMN: message` lines (FILE stands
//! for the path) and exits 1, and the editor shows the same text in an error
//! dialog. Cases too big or too odd to keep in git are made on the spot.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneymapApp, OpenDocument};

fn corpus() -> Vec<PathBuf> {
    crate::common::maps::ron_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed"))
}

fn expected_lines(file: &Path) -> String {
    std::fs::read_to_string(file.with_extension("expected"))
        .unwrap_or_else(|_| panic!("{} has no .expected file", file.display()))
}

/// Runs `journeymap check FILE`, failing the test if it takes longer than a
/// hang would (not a speed test). Returns exit code and stderr.
fn check(file: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .arg("check")
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_mins(1) {
            let _ = child.kill();
            panic!("{} hung", file.display());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let output = child.wait_with_output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn check_explains_every_malformed_file_exactly() {
    let files = corpus();
    assert!(files.len() >= 80, "only {} malformed files", files.len());
    let mut wrong = Vec::new();
    for file in &files {
        let (code, stderr) = check(file);
        let expected = expected_lines(file).replace("FILE", &file.display().to_string());
        if code != Some(1) || stderr != expected {
            wrong.push(format!(
                "{}: exit {code:?}\n  expected: {expected}  got:      {stderr}",
                file.display()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_editor_shows_each_problem_in_a_dialog() {
    for file in corpus() {
        let mut app = JourneymapApp::new(OpenDocument::new(
            journeymap::templates::new_map(journeymap::i18n::current()),
            None,
        ));
        app.open_path(&file);
        let mut harness = common::harness(app);
        harness.run();
        harness.get_by_label("Could not open the map");
        let expected = expected_lines(&file).replace("FILE", &file.display().to_string());
        harness.get_by_label(expected.trim_end());
        assert_eq!(
            harness.state().document().journey.title,
            "Untitled journey",
            "{}: the open map stays",
            file.display()
        );
    }
}

#[test]
fn a_100_mb_file_a_folder_and_a_pipe_are_refused_without_reading_them() {
    let dir = tempfile::tempdir().unwrap();
    // Sparse: 100 MB on paper, nothing on disk.
    let huge = dir.path().join("huge.ron");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let (code, stderr) = check(&huge);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr,
        format!(
            "{}: the file is 100 MB, larger than the 64 MB a journey map can be; is it the right file?\n",
            huge.display()
        )
    );

    // One byte over the limit is over it, also in what the message says.
    let just_over = dir.path().join("just-over.ron");
    std::fs::File::create(&just_over)
        .unwrap()
        .set_len(64 * 1024 * 1024 + 1)
        .unwrap();
    let (_, stderr) = check(&just_over);
    assert!(
        stderr.contains("the file is 64.1 MB, larger than the 64 MB"),
        "{stderr}"
    );

    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    let (code, stderr) = check(&folder);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("not a regular file"), "{stderr}");

    // Reading a pipe nobody writes to would wait for ever.
    let pipe = dir.path().join("pipe.ron");
    let made = Command::new("mkfifo").arg(&pipe).status();
    if made.is_ok_and(|status| status.success()) {
        let (code, stderr) = check(&pipe);
        assert_eq!(code, Some(1));
        assert!(stderr.contains("not a regular file"), "{stderr}");
    } else {
        eprintln!("NOTICE: no mkfifo here; the pipe case was skipped");
    }
}
