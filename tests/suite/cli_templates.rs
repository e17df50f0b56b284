//! `journeymap templates` and `journeymap new` as a user runs them: the list,
//! both languages, the system language as default, and every error path.

use std::path::Path;
use std::process::{Command, Output};

use journeymap::format;
use journeymap::i18n::Lang;
use journeymap::templates;

/// Runs the binary with the system locale set to `locale`.
fn journeymap_in(locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .output()
        .expect("the binary runs")
}

fn journeymap(args: &[&str]) -> Output {
    journeymap_in("en_US.UTF-8", args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn fails_with(output: &Output, expected: &str) {
    assert_eq!(output.status.code(), Some(1), "{}", stderr(output));
    assert!(
        stderr(output).contains(expected),
        "expected “{expected}” in: {}",
        stderr(output)
    );
}

#[test]
fn the_list_has_every_template_name_first_in_catalog_order() {
    for lang in ["en", "de"] {
        let output = journeymap(&["templates", "--lang", lang]);
        assert!(output.status.success(), "{}", stderr(&output));
        let names: Vec<String> = stdout(&output)
            .lines()
            .map(|line| line.split_whitespace().next().unwrap_or("").to_owned())
            .collect();
        assert_eq!(names, templates::names(), "--lang {lang}");
    }
}

#[test]
fn the_list_shows_titles_and_phases_in_the_chosen_language() {
    let english = stdout(&journeymap(&["templates", "--lang", "en"]));
    let german = stdout(&journeymap(&["templates", "--lang", "de"]));
    let line = |text: &str, name: &str| -> String {
        text.lines()
            .find(|line| line.starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("no line for {name} in:\n{text}"))
            .to_owned()
    };
    let kotler_en = line(&english, "kotler");
    assert!(kotler_en.contains("Purchase decision process (Kotler)"));
    assert!(kotler_en.contains("Problem recognition → Information search"));
    let kotler_de = line(&german, "kotler");
    assert!(kotler_de.contains("Kaufentscheidungsprozess (Kotler)"));
    assert!(kotler_de.contains("Problemerkennung → Informationssuche"));
    // An example keeps its language and says so when it differs from the list's.
    assert!(line(&english, "example-laptop-webshop").contains("(Content in German)"));
    assert!(line(&german, "example-saas-trial").contains("(Inhalt auf Englisch)"));
    assert!(!line(&german, "example-laptop-webshop").contains("Inhalt auf"));
    // Titles start in the same column on every line.
    let column = |text: &str| -> Vec<usize> {
        text.lines()
            .map(|line| {
                let name_end = line.find(' ').unwrap();
                name_end + line[name_end..].find(|c: char| c != ' ').unwrap()
            })
            .collect()
    };
    let columns = column(&german);
    assert!(columns.iter().all(|&c| c == columns[0]), "{german}");
}

#[test]
fn the_list_follows_the_system_language_by_default() {
    let german = stdout(&journeymap_in("de_AT.UTF-8", &["templates"]));
    assert!(german.contains("Digitale Customer Journey"), "{german}");
    let english = stdout(&journeymap_in("fr_FR.UTF-8", &["templates"]));
    assert!(english.contains("Digital customer journey"), "{english}");
}

#[test]
fn new_writes_the_template_map_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    for template in templates::catalog() {
        for lang in Lang::ALL {
            let path = dir
                .path()
                .join(format!("{}-{}.ron", template.name, lang.code()));
            let out = path.display().to_string();
            let output = journeymap(&[
                "new",
                "--template",
                template.name,
                "--lang",
                lang.code(),
                "-o",
                &out,
            ]);
            assert!(output.status.success(), "{}", stderr(&output));
            assert!(stdout(&output).is_empty() && stderr(&output).is_empty());
            let written = std::fs::read_to_string(&path).unwrap();
            assert_eq!(
                written,
                format::to_ron_string(&template.build(lang)),
                "{out}"
            );
            format::load_file(&path).unwrap_or_else(|error| panic!("{error}"));
        }
    }
    let german = format::load_file(&dir.path().join("kotler-de.ron")).unwrap();
    assert_eq!(german.title, "Kaufentscheidungsprozess (Kotler)");
    assert_eq!(german.phases[4].name, "Verhalten nach dem Kauf");
}

#[test]
fn new_speaks_the_system_language_without_lang() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let out = path.display().to_string();
    let output = journeymap_in(
        "de_DE.UTF-8",
        &["new", "--template", "ecommerce", "-o", &out],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let journey = format::load_file(&path).unwrap();
    assert_eq!(journey.phases[1].name, "Berücksichtigung");
    assert!(journey.lanes.iter().any(|lane| lane.name == "Kennzahlen"));
}

#[test]
fn new_refuses_to_replace_a_file_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    std::fs::write(&path, "my own work").unwrap();
    let out = path.display().to_string();
    let refused = journeymap(&["new", "--template", "blank", "-o", &out]);
    fails_with(&refused, "already exists");
    fails_with(&refused, "--force");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my own work");

    let forced = journeymap(&["new", "--template", "blank", "-o", &out, "--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(format::load_file(&path).is_ok());
    let backup = dir.path().join("mine.ron.bak");
    assert_eq!(std::fs::read_to_string(backup).unwrap(), "my own work");
}

#[test]
fn an_unknown_template_lists_the_valid_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.ron").display().to_string();
    let output = journeymap(&["new", "--template", "aida", "-o", &out]);
    fails_with(&output, "no template `aida`");
    for name in templates::names() {
        fails_with(&output, name);
    }
    assert!(!Path::new(&out).exists());
}

#[test]
fn a_bad_language_or_missing_argument_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.ron").display().to_string();
    fails_with(
        &journeymap(&["new", "--template", "kotler", "--lang", "fr", "-o", &out]),
        "use one of: en, de",
    );
    fails_with(&journeymap(&["templates", "--lang", "english"]), "en, de");
    fails_with(&journeymap(&["new", "-o", &out]), "--template");
    fails_with(&journeymap(&["new", "--template", "kotler"]), "--output");
    assert!(!Path::new(&out).exists());
}

#[test]
fn an_unwritable_place_fails_with_a_message_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("map.ron");
    let out = missing.display().to_string();
    let output = journeymap(&["new", "--template", "blank", "-o", &out]);
    fails_with(&output, &out);
    fails_with(&output, "does not exist");

    let folder = dir.path().display().to_string();
    let output = journeymap(&["new", "--template", "blank", "-o", &folder]);
    fails_with(&output, "is a folder");
}
