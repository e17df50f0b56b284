//! Mermaid `journey` diagrams: import and export.
//!
//! # Reading
//!
//! `title` is the map's title (a `title:` in a YAML front matter block
//! counts when no `title` line follows); `accTitle:` and `accDescr:` (or a
//! multi-line `accDescr { … }`) make the description, the accessible title
//! on its own line before the accessible description. Each `section` is a
//! phase, in order; sections of the same name stay separate phases. Tasks
//! before any section go into a first phase called "Journey" ("Reise"),
//! also the one phase of a journey without tasks or sections. Each task
//! `Name: score: Actor A, Actor B` is a step of its phase named after the
//! task, with one card of that title in the map's customer actions lane
//! naming the actors. Each actor is an emotion curve, in order of first
//! appearance, with the task's score in every step the actor takes part in;
//! tasks without actors feed one curve called "Journey" ("Reise"), which a
//! task naming an actor of that name feeds too. Scores are on 0…5 in
//! whole steps, as Mermaid's. New names are in the `lang` of the import.
//!
//! A section without tasks is a phase with one unnamed step, no card and no
//! value, since a phase holds at least one step.
//!
//! Mermaid gives a task one score for all its actors. So that actors who
//! feel differently about one step survive a round trip, task lines that
//! follow each other directly (no blank or comment line between), in one
//! section, with the same name, and whose actors (or the lack of them) do
//! not yet have a score in that step, are one step with one card:
//!
//! ```text
//! Pay at the till: 4: Anna
//! Pay at the till: 1: Ben
//! ```
//!
//! is one step "Pay at the till" whose card names Anna and Ben, Anna's
//! curve at 4 and Ben's at 1. A line naming an actor again starts a new step.
//!
//! Keywords are read in any case, as Mermaid's lexer does; only the first
//! line must be `journey` in lower case, as Mermaid's detection wants.
//! `%%` lines and `#` (which Mermaid reads as the start of a comment, except
//! in entity codes like `#quot;`, which stay as they are) are comments.
//!
//! Refused, with every problem's line and column: text larger than
//! [`MAX_BYTES`]; no `journey` line first (or `Journey`); an unclosed front
//! matter, `%%{` directive or `accDescr {`; a task line without a colon and
//! score (or a misspelt keyword such as `tilte`, which it also is); a task
//! without a name before its colon; a score that is missing or not a number
//! (naming the colon in the task name as the likely cause when the next
//! part is a number, as in `Pay: card: 5: Me`); `journey` starting a line
//! of the diagram. Imported with a warning: a score outside 0…5 (clamped)
//! or between whole numbers (rounded, 3.5 to 3: ties go toward the middle);
//! a colon in a section name (kept as "∶"); a section without a name
//! (numbered); `;`, which Mermaid refuses (a comma); a `#` comment; text
//! after a third colon, which Mermaid ignores; `title: …` or `section: …`
//! written with a colon; `journey` repeated; an actor named like the curve
//! of tasks without actors.
//!
//! # Writing
//!
//! Phases are sections and steps tasks, named after the step, else the
//! step's card (the first card in the first actions lane that starts
//! there), else "Step n". A phase whose one step has no name, card or
//! value is a section without tasks. Each curve with a value in a step is
//! an actor of its task with its value moved onto 0…5 and rounded; one
//! task line per run of actors with the same score (the card's actors
//! first, in its order), then one line without actors for the "Journey"
//! curve. A step without any value is written with score 3 and no actors
//! (read back, the "Journey" curve has that value). Two steps of the same
//! name in a row are kept apart by a blank line. Colons, `#`, `;` and, in
//! actors, commas become look-alikes; a name Mermaid would read as a
//! keyword or comment gets an invisible mark after its first letter.
//! Whatever else the map holds is listed in [`Exported::left_out`].
//!
//! Reading what was written gives the same phases, steps, cards, curves and
//! values, and writing that again gives the same text.

mod build;
mod export;
mod left_out;
mod lines;
mod parse;
#[cfg(test)]
mod tests;
mod text;

use crate::format::Diagnostic;
use crate::i18n::text::mermaid as t;
use crate::i18n::{Lang, tr_args, tr_in};
use crate::model::Journey;

use lines::{Lines, read_preamble};
use parse::{Report, parse_body};

/// Inputs above this many bytes are refused before parsing: a journey
/// written by hand is a few kilobytes.
pub const MAX_BYTES: usize = 1024 * 1024;

/// How many problems of each kind a report lists before it sums up the rest.
const MAX_REPORTED: usize = 100;

/// A journey read from Mermaid, and the problems the import worked around.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The new map.
    pub journey: Journey,
    /// What was changed on the way in (a score rounded, a colon replaced…).
    pub warnings: Vec<Diagnostic>,
}

/// A map written as a Mermaid journey.
#[derive(Clone, Debug)]
pub struct Exported {
    /// The Mermaid text, starting with `journey`.
    pub text: String,
    /// One plain sentence for each thing Mermaid cannot hold and that was
    /// left out (or changed), in the interface's language; empty when
    /// nothing was lost.
    pub left_out: Vec<String>,
}

/// Reads a Mermaid journey. `lang` is the language the new map's lane names
/// and the default curve name are written in.
///
/// # Errors
/// Every problem that keeps the text from being read, each with its line
/// and column.
pub fn import(text: &str, lang: Lang) -> Result<Imported, Vec<Diagnostic>> {
    if text.len() > MAX_BYTES {
        return Err(vec![Diagnostic::at_start(tr_args(
            t::MERMAID_TOO_LARGE,
            &[("size", text.len().into()), ("limit", MAX_BYTES.into())],
        ))]);
    }
    let mut lines = Lines::new(text);
    let preamble = read_preamble(&mut lines).map_err(|problem| vec![problem])?;
    let default_curve = tr_in(lang, t::MERMAID_DEFAULT_CURVE, &[]);
    let mut report = Report::default();
    let statements = parse_body(preamble.header, &mut lines, &default_curve, &mut report);
    if !report.errors.is_empty() {
        return Err(summed_up(report.errors));
    }
    Ok(Imported {
        journey: build::build(statements, preamble.title, lang),
        warnings: summed_up(report.warnings),
    })
}

/// The problems in text order, the first [`MAX_REPORTED`] of them and a
/// sentence for the rest.
fn summed_up(mut problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    problems.sort_by_key(|problem| (problem.at.line, problem.at.column));
    if problems.len() > MAX_REPORTED {
        let more = problems.len() - MAX_REPORTED;
        problems.truncate(MAX_REPORTED);
        let at = problems.last().map(|last| last.at);
        let message = tr_args(t::MERMAID_MORE_PROBLEMS, &[("count", more.into())]);
        problems.push(match at {
            Some(at) => Diagnostic::new(at, message),
            None => Diagnostic::at_start(message),
        });
    }
    problems
}

/// Writes `journey` as a Mermaid journey, saying what it could not hold.
pub fn export(journey: &Journey) -> Exported {
    let (text, left_out) = export::export(journey);
    Exported {
        text,
        left_out: left_out.sentences(),
    }
}

/// Whether `text` is a Mermaid journey (first meaningful line, after an
/// optional front-matter block, `%%` comments, `%%{init}%%` lines and blank
/// lines, is `journey`); used to recognise a paste.
pub fn looks_like_mermaid(text: &str) -> bool {
    lines::looks_like_mermaid(text)
}
