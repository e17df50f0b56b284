//! Unit tests of the Mermaid reader and writer: the lexer's rules, the
//! look-alikes, and small round trips. The suite (`tests/suite/interop_mermaid*`)
//! holds the corpus and the random inputs.

use super::lines::Lines;
use super::text::{LineStart, Place, Stop, block_text, classify, edit_distance, sanitize, scan};
use super::*;
use crate::model::{Actor, validate};

fn imported(text: &str) -> Imported {
    match import(text, Lang::En) {
        Ok(imported) => imported,
        Err(problems) => panic!("{text:?} does not import: {problems:?}"),
    }
}

fn refused(text: &str) -> Vec<Diagnostic> {
    match import(text, Lang::En) {
        Ok(imported) => panic!("{text:?} imports: {:?}", imported.journey),
        Err(problems) => problems,
    }
}

/// (line, column) of each diagnostic.
fn places(problems: &[Diagnostic]) -> Vec<(usize, usize)> {
    problems.iter().map(|p| (p.at.line, p.at.column)).collect()
}

#[test]
fn lines_split_at_every_kind_of_line_break() {
    let lines: Vec<(usize, &str)> = Lines::new("\u{FEFF}a\r\nb\rc\n\nd")
        .map(|line| (line.number, line.text))
        .collect();
    assert_eq!(lines, [(1, "a"), (2, "b"), (3, "c"), (4, ""), (5, "d")]);
    assert_eq!(Lines::new("").count(), 1);
}

#[test]
fn keywords_are_read_in_any_case_and_need_their_separator() {
    assert_eq!(classify("title My day"), LineStart::Title(6));
    assert_eq!(classify("TITLE\tMy day"), LineStart::Title(6));
    assert_eq!(classify("titles: 3"), LineStart::Task);
    assert_eq!(classify("Title: 3"), LineStart::Task);
    assert_eq!(classify("section Go"), LineStart::Section(8));
    assert_eq!(classify("Section  Go"), LineStart::Section(9));
    assert_eq!(classify("sections: 2"), LineStart::Task);
    assert_eq!(classify("accTitle : x"), LineStart::AccTitle(10));
    assert_eq!(classify("accdescr {x"), LineStart::AccDescrBlock(10));
    assert_eq!(classify("accDescr: x"), LineStart::AccDescr(9));
    assert_eq!(classify("journey"), LineStart::Header(7));
    assert_eq!(classify("Journey planning: 3"), LineStart::Header(7));
    assert_eq!(classify("Journeys: 3"), LineStart::Task);
    assert_eq!(classify("%% note"), LineStart::Comment);
    assert_eq!(classify("x%%y: 3"), LineStart::Comment);
    assert_eq!(classify("}%%y: 3"), LineStart::Task);
    assert_eq!(classify("# note"), LineStart::Comment);
    assert_eq!(classify("#quot;Tea#quot;: 3"), LineStart::Task);
}

#[test]
fn scanning_stops_at_comments_not_at_entity_codes() {
    let read = scan("Tea #35; time: 3 # hot", true);
    assert_eq!(read.text, "Tea #35; time");
    assert_eq!(read.stop, Stop::Colon);
    let read = scan(" 3: Me; Cat # hot", false);
    assert_eq!(read.text, " 3: Me, Cat ");
    assert_eq!(read.stop, Stop::Comment);
    assert_eq!(read.semicolon_at, Some(6));
    assert_eq!(scan("é😀", false).stop_at, "é😀".len());
}

#[test]
fn look_alikes_read_back_as_written_and_are_stable() {
    let names = [
        "Pay: by card",
        "Step #1; then #2",
        "Title page",
        "section 3",
        "journey planning",
        "%% not a comment",
        "x%%y",
        "accDescr {x",
        "  two\nlines ",
        "#quot;quoted#quot;",
        "Anna, Ben",
        "",
    ];
    for name in names {
        for place in [Place::Title, Place::Section, Place::Task, Place::Actor] {
            let once = sanitize(name, place);
            assert_eq!(sanitize(&once, place), once, "{name:?} in {place:?}");
            assert!(!once.contains('\n'), "{once:?}");
        }
        let task = sanitize(name, Place::Task);
        if !task.is_empty() {
            let text = format!("journey\n  {task}: 3\n");
            let journey = imported(&text).journey;
            assert_eq!(journey.phases[0].steps[0].name, task, "{name:?}");
        }
        let actor = sanitize(name, Place::Actor);
        if !actor.is_empty() {
            let text = format!("journey\n  Go: 3: {actor}\n");
            let journey = imported(&text).journey;
            assert_eq!(journey.curves[0].name, actor, "{name:?}");
        }
    }
}

#[test]
fn a_description_of_several_lines_has_no_closing_brace_or_comment_line() {
    assert_eq!(block_text("  one }  "), "one }");
    assert_eq!(
        block_text("\n a }\n\n %% b\n"),
        "a \u{FF5D}\n\n%\u{200B}% b"
    );
    assert_eq!(block_text("a\r\nb\rc"), "a\nb\nc");
    assert_eq!(block_text(" \n "), "");
}

#[test]
fn edit_distance_counts_single_character_edits() {
    assert_eq!(edit_distance("tilte", "title"), Some(2));
    assert_eq!(edit_distance("sektion", "section"), Some(1));
    assert_eq!(edit_distance("", "abc"), Some(3));
    assert_eq!(edit_distance(&"x".repeat(17), "title"), None);
}

#[test]
fn a_journey_is_recognised_after_front_matter_comments_and_directives() {
    assert!(looks_like_mermaid("journey"));
    assert!(looks_like_mermaid("\u{FEFF}\n  journey\n title x"));
    assert!(looks_like_mermaid(
        "---\ntitle: x\n---\n%% c\n%%{init: {'a': 1}}%%\njourney"
    ));
    assert!(looks_like_mermaid("%%{\n init: {}\n}%%\njourney"));
    assert!(!looks_like_mermaid("Journey"));
    assert!(!looks_like_mermaid("journeys"));
    assert!(!looks_like_mermaid("flowchart LR\njourney"));
    assert!(!looks_like_mermaid("---\ntitle: x\njourney"));
    assert!(!looks_like_mermaid("%%{init: {}\njourney"));
    assert!(!looks_like_mermaid(""));
}

#[test]
fn lines_of_one_task_in_a_row_are_one_step_unless_an_actor_repeats() {
    let journey = imported(
        "journey\n section S\n  Pay: 4: Anna\n  Pay: 1: Ben\n  Pay: 2\n  Pay: 3: Anna\n\n  Pay: 5: Cleo\n",
    )
    .journey;
    let steps: Vec<&str> = journey
        .steps()
        .map(|(_, step)| step.name.as_str())
        .collect();
    assert_eq!(steps, ["Pay", "Pay", "Pay"]);
    let actors = |card: usize| journey.cards[card].actors.clone();
    assert_eq!(
        actors(0),
        [Actor::Name("Anna".into()), Actor::Name("Ben".into())]
    );
    assert_eq!(actors(1), [Actor::Name("Anna".into())]);
    assert_eq!(actors(2), [Actor::Name("Cleo".into())]);
    let names: Vec<&str> = journey.curves.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Anna", "Ben", "Journey", "Cleo"]);
    let values: Vec<Vec<f32>> = journey
        .curves
        .iter()
        .map(|c| c.points.iter().map(|p| p.value).collect())
        .collect();
    assert_eq!(values, [vec![4.0, 3.0], vec![1.0], vec![2.0], vec![5.0]]);
    let text = export(&journey).text;
    assert!(
        text.contains("Pay: 4: Anna\n      Pay: 1: Ben\n      Pay: 2\n"),
        "{text}"
    );
    assert!(
        text.contains("Pay: 3: Anna\n\n      Pay: 5: Cleo\n"),
        "{text}"
    );
}

#[test]
fn sections_without_tasks_and_tasks_before_any_section_make_phases() {
    let journey =
        imported("journey\n Wake up: 2\n section Empty\n section Full\n  Go: 3\n").journey;
    let phases: Vec<(&str, usize)> = journey
        .phases
        .iter()
        .map(|phase| (phase.name.as_str(), phase.steps.len()))
        .collect();
    assert_eq!(phases, [("Journey", 1), ("Empty", 1), ("Full", 1)]);
    assert_eq!(journey.phases[1].steps[0].name, "");
    assert_eq!(journey.cards.len(), 2);
    assert_eq!(validate(&journey), []);
    let text = export(&journey).text;
    assert!(text.contains("section Empty\n    section Full\n"), "{text}");
    let lonely = imported("journey\n").journey;
    assert_eq!(lonely.phases.len(), 1);
    assert_eq!(validate(&lonely), []);
}

#[test]
fn the_description_joins_the_accessible_title_and_description() {
    let journey = imported("journey\n accTitle: Short\n accDescr {\n   First\n }Go: 3\n").journey;
    assert_eq!(journey.description, "Short\nFirst");
    assert_eq!(journey.phases[0].steps[0].name, "Go");
    let journey = imported("journey\n accDescr {\n  One\n  %% dropped\n  Two\n }\n").journey;
    assert_eq!(journey.description, "One\nTwo");
    let text = export(&journey).text;
    assert!(
        text.contains("    accDescr {\n        One\n        Two\n    }\n"),
        "{text}"
    );
}

#[test]
fn problems_are_all_collected_with_line_and_column() {
    let problems = refused("journey\n  Make tea\n  Pay: card: 5: Me\n  tilte Day\n  Go: x\n");
    assert_eq!(places(&problems), [(2, 3), (3, 8), (4, 3), (5, 7)]);
    assert!(
        problems[1].message.contains("Pay: card"),
        "{}",
        problems[1].message
    );
    assert!(
        problems[2].message.contains("title"),
        "{}",
        problems[2].message
    );
    let problems = refused("  flowchart LR");
    assert_eq!(places(&problems), [(1, 3)]);
    let problems = refused(&"journey\n".repeat(MAX_BYTES / 8 + 1));
    assert_eq!(places(&problems), [(1, 1)]);
}

#[test]
fn columns_count_characters_not_bytes() {
    let problems = refused("journey\n\t😀 Café: x");
    assert_eq!(places(&problems), [(2, 10)]);
}

#[test]
fn more_than_a_hundred_problems_are_summed_up() {
    let text = format!("journey\n{}", "Go\n".repeat(150));
    let problems = refused(&text);
    assert_eq!(problems.len(), MAX_REPORTED + 1);
    assert!(
        problems[MAX_REPORTED].message.contains("50"),
        "{}",
        problems[MAX_REPORTED].message
    );
}

#[test]
fn an_imported_map_is_written_without_loss_and_reads_back_the_same() {
    let text = "---\ntitle: 'It''s: fine'\n---\njourney\n section A: B\n  Go; now: 3.5: Me, Me, , Journey\n  Go; now: 7: You # late\n";
    let first = imported(text);
    assert_eq!(first.journey.title, "It's: fine");
    assert_eq!(first.journey.phases[0].name, "A\u{2236} B");
    assert_eq!(first.warnings.len(), 7, "{:?}", first.warnings);
    let exported = export(&first.journey);
    assert_eq!(exported.left_out, Vec::<String>::new(), "{}", exported.text);
    let again = imported(&exported.text);
    assert_eq!(again.warnings, []);
    assert_eq!(again.journey, first.journey);
    assert_eq!(export(&again.journey).text, exported.text);
}

#[test]
fn the_new_map_speaks_the_language_of_the_import() {
    let journey = import("journey\n Einkaufen: 4\n", Lang::De)
        .map(|imported| imported.journey)
        .unwrap_or_default();
    assert_eq!(journey.language, Some(Lang::De));
    assert_eq!(journey.phases[0].name, "Reise");
    assert_eq!(journey.curves[0].name, "Reise");
    let lanes: Vec<&str> = journey
        .lanes
        .iter()
        .map(|lane| lane.name.as_str())
        .collect();
    assert_eq!(lanes, ["Handlungen", "Erlebniskurve"]);
}
