//! The Mermaid import never panics, whatever the text: random strings,
//! random soups of Mermaid-ish lines (keywords in any case, colons, scores,
//! comments, tabs, emoji, front matter, directives) and random mutations of
//! the corpus in tests/data/mermaid. Whatever imports is a valid map that
//! survives a save and reload, and writing it as Mermaid and reading that
//! back gives the same map and, written again, the same text. (The long run
//! of the same idea is the cargo-fuzz target `mermaid` in fuzz/.)

use journeymap::i18n::Lang;
use journeymap::interop::mermaid;
use proptest::prelude::*;

use crate::interop_mermaid::assert_round_trips;

/// The corpus the mutations start from.
const CORPUS: [&str; 11] = [
    include_str!("../data/mermaid/working-day.mmd"),
    include_str!("../data/mermaid/moving-house.mmd"),
    include_str!("../data/mermaid/no-actors.mmd"),
    include_str!("../data/mermaid/all-zero.mmd"),
    include_str!("../data/mermaid/cafe-emoji.mmd"),
    include_str!("../data/mermaid/comments.mmd"),
    include_str!("../data/mermaid/tabs.mmd"),
    include_str!("../data/mermaid/front-matter.mmd"),
    include_str!("../data/mermaid/colon-title.mmd"),
    include_str!("../data/mermaid/wocheneinkauf.de.mmd"),
    include_str!("../data/mermaid/mixed-feelings.mmd"),
];

/// Pieces of lines worth putting together: they reach deeper than random text.
const FRAGMENTS: [&str; 44] = [
    "journey",
    "Journey",
    "title ",
    "TITLE ",
    "title:",
    "section ",
    "Section ",
    "section",
    "accTitle: ",
    "accDescr: ",
    "accDescr {",
    "}",
    "%%",
    "%% comment",
    "%%{init: {'theme': 'base'}}%%",
    "%%{",
    "}%%",
    "---",
    "title: \"Trip: one\"",
    "#",
    "#quot;",
    "#35;",
    ";",
    ":",
    ": ",
    ",",
    ", ",
    "\t",
    "  ",
    "0",
    "3",
    "5",
    "7",
    "3.5",
    "-1",
    "NaN",
    "Me",
    "Cat",
    "Journey",
    "Make tea",
    "Café ☕",
    "😀",
    "x%%",
    "\u{200B}",
];

fn fragment_line() -> impl Strategy<Value = String> {
    prop::collection::vec(0..FRAGMENTS.len(), 0..6)
        .prop_map(|picks| picks.into_iter().map(|i| FRAGMENTS[i]).collect::<String>())
}

/// A soup of lines, most of them after a `journey` line.
fn soup() -> impl Strategy<Value = String> {
    let line_break = prop_oneof![Just("\n"), Just("\r\n"), Just("\r")];
    (
        any::<bool>(),
        prop::collection::vec((fragment_line(), line_break), 0..24),
    )
        .prop_map(|(header, lines)| {
            let mut text = if header {
                String::from("journey\n")
            } else {
                String::new()
            };
            for (line, line_break) in lines {
                text.push_str(&line);
                text.push_str(line_break);
            }
            text
        })
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    Fragment { at: usize, fragment: usize },
    Duplicate { at: usize, len: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..32usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), ".{1,4}").prop_map(|(at, text)| Mutation::Insert { at, text }),
        (any::<usize>(), 0..FRAGMENTS.len())
            .prop_map(|(at, fragment)| Mutation::Fragment { at, fragment }),
        (any::<usize>(), 1..128usize).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

/// Applies `mutation` at character positions, so the text stays a string.
fn apply(text: &mut Vec<char>, mutation: &Mutation) {
    let len = text.len();
    let pos = |at: usize| if len == 0 { 0 } else { at % len };
    match mutation {
        Mutation::Delete { at, len: n } => {
            let start = pos(*at);
            text.drain(start..(start + n).min(len));
        }
        Mutation::Insert { at, text: new } => {
            let at = pos(*at);
            text.splice(at..at, new.chars());
        }
        Mutation::Fragment { at, fragment } => {
            let at = pos(*at);
            text.splice(at..at, FRAGMENTS[*fragment].chars());
        }
        Mutation::Duplicate { at, len: n } => {
            let start = pos(*at);
            let copy: Vec<char> = text[start..(start + n).min(len)].to_vec();
            text.splice(start..start, copy);
        }
        Mutation::Truncate { at } => text.truncate(pos(*at)),
    }
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::En), Just(Lang::De)]
}

/// Imports `text`; whatever imports must round-trip, whatever is refused
/// must say where.
fn import_and_check(text: &str, lang: Lang) {
    let _ = mermaid::looks_like_mermaid(text);
    match mermaid::import(text, lang) {
        Ok(imported) => assert_round_trips(&imported.journey, lang),
        Err(problems) => {
            assert!(!problems.is_empty(), "{text:?}");
            for problem in problems {
                assert!(
                    problem.at.line >= 1 && problem.at.column >= 1,
                    "{problem:?}"
                );
                assert!(!problem.message.trim().is_empty());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn random_text_never_panics(text in any::<String>(), lang in lang()) {
        import_and_check(&text, lang);
        import_and_check(&format!("journey\n{text}"), lang);
    }

    #[test]
    fn soups_of_mermaid_lines_never_panic(text in soup(), lang in lang()) {
        import_and_check(&text, lang);
    }

    #[test]
    fn mutated_corpus_journeys_never_panic(
        seed in 0..CORPUS.len(),
        mutations in prop::collection::vec(mutation(), 1..6),
        lang in lang(),
    ) {
        let mut text: Vec<char> = CORPUS[seed].chars().collect();
        for mutation in &mutations {
            apply(&mut text, mutation);
        }
        let text: String = text.into_iter().collect();
        import_and_check(&text, lang);
    }
}
