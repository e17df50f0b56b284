//! `journeymap info`: a short summary of each map, for people and scripts.
//!
//! The output is plain and stable: one `name: value` line per count, in a
//! fixed order, in English whatever the machine's language, so a script may
//! read it with `grep` or split it at the first `": "`.

use std::io::Write;
use std::path::PathBuf;

use crate::format::LoadedMap;
use crate::model::MapCounts;

/// Runs `journeymap info`: prints each valid map's summary on `out` (with
/// several files, each starts with a `file: PATH` line and a blank line
/// separates them) and reports invalid ones on `errors` exactly as
/// `journeymap check` does. Returns whether every file was valid and its
/// summary written.
pub fn info(files: &[PathBuf], out: &mut dyn Write, errors: &mut dyn Write) -> bool {
    let several = files.len() > 1;
    let mut all_ok = true;
    let mut first = true;
    for path in files {
        let Some(loaded) = super::load_or_report(path, errors) else {
            all_ok = false;
            continue;
        };
        // Each map is written whole, so a failing stdout fails once per map
        // and another program never reads half a summary.
        let mut text = Vec::new();
        if !first {
            text.push(b'\n');
        }
        first = false;
        if several {
            let _ = writeln!(text, "file: {}", path.display());
        }
        text.extend_from_slice(summary(&loaded).as_bytes());
        if let Err(error) = out.write_all(&text) {
            // `journeymap info *.ron | head` closes the pipe early: not a failure.
            if error.kind() == std::io::ErrorKind::BrokenPipe {
                return all_ok;
            }
            let _ = writeln!(errors, "journeymap info: cannot write the summary: {error}");
            return false;
        }
    }
    all_ok
}

/// The `name: value` lines of one map, each ending in a line break.
pub fn summary(loaded: &LoadedMap) -> String {
    let journey = &loaded.journey;
    // Destructured in full, so a new count is a compile error here until it
    // has its line.
    let MapCounts {
        phases,
        steps,
        lanes,
        cards,
        curves,
        points,
        personas,
        actors,
        links,
        votes,
    } = journey.counts();
    // One line per name: a line break in the title would start a new one.
    let title: String = journey
        .title
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    let language = journey.language.map_or("none", |lang| lang.code());
    let lines: [(&str, String); 13] = [
        ("title", title),
        ("language", language.to_owned()),
        ("version", loaded.version.to_string()),
        ("phases", phases.to_string()),
        ("steps", steps.to_string()),
        ("lanes", lanes.to_string()),
        ("cards", cards.to_string()),
        ("curves", curves.to_string()),
        ("points", points.to_string()),
        ("personas", personas.to_string()),
        ("actors", actors.to_string()),
        ("links", links.to_string()),
        ("votes", votes.to_string()),
    ];
    let mut text = String::new();
    for (name, value) in lines {
        text.push_str(name);
        text.push_str(": ");
        text.push_str(&value);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::summary;
    use crate::format::LoadedMap;
    use crate::model::Journey;

    #[test]
    fn a_title_with_line_breaks_stays_on_one_line() {
        let loaded = LoadedMap {
            journey: Journey {
                title: "Erste\nZweite\r\nZeile".to_owned(),
                ..Journey::default()
            },
            version: 1,
        };
        let text = summary(&loaded);
        assert!(text.starts_with("title: Erste Zweite  Zeile\nlanguage: none\nversion: 1\n"));
        assert_eq!(text.lines().count(), 13, "{text}");
    }
}
