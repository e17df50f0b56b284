//! The lines after `journey`, read into statements; every problem is
//! collected with its line and column.

use std::collections::HashSet;

use crate::format::{Diagnostic, TextPosition};
use crate::i18n::text::mermaid as t;
use crate::i18n::{Arg, tr, tr_args};
use crate::model::EmotionScale;

use super::lines::{Line, Lines, skip_directive};
use super::text::{COLON, KEYWORDS, LineStart, Stop, block_text, classify, edit_distance, scan};

/// Mermaid's scale: whole numbers from 0 to 5.
pub(super) const MERMAID_SCALE: EmotionScale = EmotionScale {
    min: 0.0,
    max: 5.0,
    step: 1.0,
};

/// One thing a line says.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Statement {
    /// `title …`.
    Title(String),
    /// `accTitle: …`.
    AccTitle(String),
    /// `accDescr: …` or `accDescr { … }`.
    AccDescr(String),
    /// `section …`; an empty name when it had none.
    Section(String),
    /// A task line.
    Task(TaskLine),
    /// A line that is no task (blank, a comment): task lines around it are
    /// not merged.
    Break,
}

/// `Name: score: Actor A, Actor B`.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct TaskLine {
    /// The task's name.
    pub name: String,
    /// The score, snapped to 0…5.
    pub score: f32,
    /// The actors named, trimmed, without duplicates or empty names.
    pub actors: Vec<String>,
    /// Whether the score also goes to the curve of tasks without actors:
    /// the line names none (or names that curve).
    pub feeds_default: bool,
}

/// The problems found so far: those that refuse the text, and warnings.
#[derive(Debug, Default)]
pub(super) struct Report {
    /// Problems that refuse the text.
    pub errors: Vec<Diagnostic>,
    /// Problems the import worked around.
    pub warnings: Vec<Diagnostic>,
}

impl Report {
    /// Notes a problem that refuses the text.
    pub fn error(&mut self, at: TextPosition, message: String) {
        self.errors.push(Diagnostic::new(at, message));
    }

    /// Notes a problem the import worked around.
    pub fn warn(&mut self, at: TextPosition, message: String) {
        self.warnings.push(Diagnostic::new(at, message));
    }
}

/// Reads the body's lines. `header_rest` is the text after `journey` on its
/// line; `default_curve` the name of the curve for tasks without actors.
pub(super) fn parse_body(
    header: (Line<'_>, usize),
    lines: &mut Lines<'_>,
    default_curve: &str,
    report: &mut Report,
) -> Vec<Statement> {
    let mut reader = Reader {
        statements: Vec::new(),
        default_curve,
        report,
    };
    if let Some(value_at) = reader.content(header.0, header.1) {
        reader.acc_descr_block(header.0, value_at, lines);
    }
    while let Some(line) = lines.next() {
        let start = line.indent();
        let content = line.text.get(start..).unwrap_or_default();
        if content.starts_with("%%{") {
            if let Err(problem) = skip_directive(line, lines) {
                reader.report.errors.push(problem);
            }
            reader.statements.push(Statement::Break);
            continue;
        }
        if let Some(value_at) = reader.content(line, start) {
            reader.acc_descr_block(line, value_at, lines);
        }
    }
    reader.statements
}

/// Reads statements, noting problems.
struct Reader<'r> {
    statements: Vec<Statement>,
    default_curve: &'r str,
    report: &'r mut Report,
}

impl Reader<'_> {
    /// Reads the statement of `line` from byte `start` on. Returns where the
    /// value of an `accDescr {` block starts, which the caller reads on.
    fn content(&mut self, line: Line<'_>, start: usize) -> Option<usize> {
        let content = line.text.get(start..).unwrap_or_default();
        let trimmed = content.trim_start();
        let start = start + (content.len() - trimmed.len());
        if trimmed.trim_end().is_empty() {
            self.statements.push(Statement::Break);
            return None;
        }
        let value = |offset: usize| line.text.get(start + offset..).unwrap_or_default();
        match classify(trimmed) {
            LineStart::Comment => self.statements.push(Statement::Break),
            LineStart::Header(rest) => self.repeated_header(line, start, value(rest)),
            LineStart::Title(rest) => {
                let text = self.scanned(line, start + rest, false);
                self.statements.push(Statement::Title(text));
            }
            LineStart::AccTitle(rest) => {
                let text = value(rest).trim().to_owned();
                self.statements.push(Statement::AccTitle(text));
            }
            LineStart::AccDescr(rest) => {
                let text = value(rest).trim().to_owned();
                self.statements.push(Statement::AccDescr(text));
            }
            LineStart::AccDescrBlock(rest) => return Some(start + rest),
            LineStart::Section(rest) => self.section(line, start + rest),
            LineStart::Task => self.task(line, start),
        }
        None
    }

    /// `journey` again: harmless alone, but Mermaid refuses more after it.
    fn repeated_header(&mut self, line: Line<'_>, start: usize, rest: &str) {
        if rest.trim().is_empty() {
            self.report
                .warn(line.position(start), tr(t::MERMAID_HEADER_REPEATED));
        } else {
            self.report
                .error(line.position(start), tr(t::MERMAID_HEADER_IN_BODY));
        }
        self.statements.push(Statement::Break);
    }

    /// Reads a name from byte `from` of `line` to the line's end or a
    /// comment, warning about a comment or `;`; trimmed.
    fn scanned(&mut self, line: Line<'_>, from: usize, stop_at_colon: bool) -> String {
        let source = line.text.get(from..).unwrap_or_default();
        let scanned = scan(source, stop_at_colon);
        self.warn_about(line, from, &scanned);
        scanned.text.trim().to_owned()
    }

    /// Warns about a `;` and a `#` comment in text read from byte `from`.
    fn warn_about(&mut self, line: Line<'_>, from: usize, scanned: &super::text::Scanned) {
        if let Some(at) = scanned.semicolon_at {
            self.report
                .warn(line.position(from + at), tr(t::MERMAID_SEMICOLON));
        }
        if scanned.stop == Stop::Comment {
            let comment = line.text.get(from + scanned.stop_at..).unwrap_or_default();
            let comment: String = comment.trim_end().chars().take(40).collect();
            if comment.len() > 1 {
                self.report.warn(
                    line.position(from + scanned.stop_at),
                    tr_args(t::MERMAID_HASH_COMMENT, &[("comment", (&comment).into())]),
                );
            }
        }
    }

    /// `section NAME`, the name starting at byte `from`.
    fn section(&mut self, line: Line<'_>, from: usize) {
        let name = self.scanned(line, from, false);
        let name = self.without_colons(line, from, name);
        if name.is_empty() {
            self.report
                .warn(line.position(from), tr(t::MERMAID_SECTION_NO_NAME));
        }
        self.statements.push(Statement::Section(name));
    }

    /// A section name with look-alikes for its colons, which Mermaid refuses.
    fn without_colons(&mut self, line: Line<'_>, from: usize, name: String) -> String {
        if !name.contains(':') {
            return name;
        }
        let colon = line
            .text
            .get(from..)
            .and_then(|rest| rest.find(':'))
            .map_or(from, |at| from + at);
        let name = name.replace(':', &COLON.to_string());
        self.report.warn(
            line.position(colon),
            tr_args(t::MERMAID_SECTION_COLON, &[("section", (&name).into())]),
        );
        name
    }

    /// Reads the rest of an `accDescr {` block, from byte `from` of `line`
    /// to the first `}`, then whatever follows it on that line.
    fn acc_descr_block(&mut self, line: Line<'_>, from: usize, lines: &mut Lines<'_>) {
        let mut line = line;
        let mut from = from;
        let opening = line.position(from.saturating_sub(1));
        let mut text = String::new();
        loop {
            let rest = line.text.get(from..).unwrap_or_default();
            if let Some(end) = rest.find('}') {
                text.push_str(rest.get(..end).unwrap_or_default());
                self.statements.push(Statement::AccDescr(block_text(&text)));
                if let Some(value_at) = self.content(line, from + end + 1) {
                    // Another block on the same line: read it the same way.
                    from = value_at;
                    text.clear();
                    continue;
                }
                return;
            }
            // Mermaid drops a line starting with `%%` anywhere, even here.
            if from > 0 || !rest.trim_start().starts_with("%%") {
                text.push_str(rest);
                text.push('\n');
            }
            let Some(next) = lines.next() else {
                self.report.error(opening, tr(t::MERMAID_ACC_DESCR_OPEN));
                return;
            };
            line = next;
            from = 0;
        }
    }

    /// A task line whose name starts at byte `start`.
    fn task(&mut self, line: Line<'_>, start: usize) {
        let source = line.text.get(start..).unwrap_or_default();
        let name_scan = scan(source, true);
        let name = name_scan.text.trim().to_owned();
        if name_scan.stop != Stop::Colon {
            self.no_score(line, start, &name, name_scan.stop == Stop::Comment);
            return;
        }
        if let Some(at) = name_scan.semicolon_at {
            self.report
                .warn(line.position(start + at), tr(t::MERMAID_SEMICOLON));
        }
        let colon = start + name_scan.stop_at;
        if name.is_empty() {
            self.report
                .error(line.position(colon), tr(t::MERMAID_NO_TASK_NAME));
            self.statements.push(Statement::Break);
            return;
        }
        let data_at = colon + 1;
        let data = scan(line.text.get(data_at..).unwrap_or_default(), false);
        self.warn_about(line, data_at, &data);
        let statement = self.task_data(line, &name, data_at, &data.text);
        self.statements.push(statement);
    }

    /// A line without a colon: a task without a score, or a misspelt keyword.
    fn no_score(&mut self, line: Line<'_>, start: usize, name: &str, cut_by_comment: bool) {
        let at = line.position(start);
        let word: String = name.chars().take_while(char::is_ascii_alphabetic).collect();
        let near = KEYWORDS.iter().find(|keyword| {
            word.chars().count() >= 4
                && edit_distance(&word.to_ascii_lowercase(), &keyword.to_ascii_lowercase())
                    .is_some_and(|distance| distance <= 2)
        });
        let message = match near {
            Some(keyword) => tr_args(
                t::MERMAID_UNKNOWN_KEYWORD,
                &[("word", (&word).into()), ("keyword", (*keyword).into())],
            ),
            None if cut_by_comment => tr_args(t::MERMAID_NO_SCORE_HASH, &[("task", name.into())]),
            None => tr_args(t::MERMAID_NO_SCORE, &[("task", name.into())]),
        };
        self.report.error(at, message);
        self.statements.push(Statement::Break);
    }

    /// The score and actors after a task's colon, `data` read from byte
    /// `data_at` of `line`.
    fn task_data(&mut self, line: Line<'_>, name: &str, data_at: usize, data: &str) -> Statement {
        let mut pieces = data.split(':');
        let score_text = pieces.next().unwrap_or_default();
        let actors_text = pieces.next();
        let score_at = data_at + (score_text.len() - score_text.trim_start().len());
        let score_pos = line.position(score_at);
        let score_text = score_text.trim();
        let Some(value) = number(score_text) else {
            // `title: My day` is a common slip for `title My day`.
            if let Some(statement) = self.keyword_with_colon(line, name, data_at, data) {
                return statement;
            }
            let joined = format!("{name}: {score_text}");
            let args: [(&str, Arg<'_>); 3] = [
                ("task", name.into()),
                ("score", score_text.into()),
                ("name", (&joined).into()),
            ];
            let message = if score_text.is_empty() {
                tr_args(t::MERMAID_SCORE_MISSING, &args[..1])
            } else if actors_text.is_some_and(|next| number(next.trim()).is_some()) {
                tr_args(t::MERMAID_COLON_IN_NAME, &args)
            } else {
                tr_args(t::MERMAID_SCORE_NOT_NUMBER, &args[..2])
            };
            self.report.error(score_pos, message);
            return Statement::Break;
        };
        let score = self.checked_score(score_pos, score_text, value);
        if pieces.next().is_some() {
            // Mermaid reads a score and one list of actors, and drops the rest.
            let second = data.match_indices(':').nth(1).map_or(0, |(at, _)| at);
            self.report
                .warn(line.position(data_at + second), tr(t::MERMAID_EXTRA_COLON));
        }
        // The actors start after the score and its colon.
        let actors_at = data_at + data.find(':').map_or(data.len(), |colon| colon + 1);
        self.task_line(
            line,
            name,
            score,
            actors_text.unwrap_or_default(),
            actors_at,
        )
    }

    /// A task's score on Mermaid's scale, warning when it was moved there.
    fn checked_score(&mut self, at: TextPosition, written: &str, value: f64) -> f32 {
        let clamped = value.clamp(0.0, 5.0);
        #[expect(
            clippy::cast_possible_truncation,
            reason = "clamped to 0…5 first, where f32 is exact enough"
        )]
        let score = MERMAID_SCALE.snap(clamped as f32);
        let args = [("score", written.into()), ("value", score.into())];
        if !(0.0..=5.0).contains(&value) {
            self.report
                .warn(at, tr_args(t::MERMAID_SCORE_OUT_OF_RANGE, &args));
        } else if (f64::from(score) - value).abs() > 1e-9 {
            self.report
                .warn(at, tr_args(t::MERMAID_SCORE_NOT_WHOLE, &args));
        }
        score
    }

    /// The statement of a task line once its score is known; its `actors`
    /// start at byte `actors_at` of `line`.
    fn task_line(
        &mut self,
        line: Line<'_>,
        name: &str,
        score: f32,
        actors: &str,
        actors_at: usize,
    ) -> Statement {
        let mut seen = HashSet::new();
        let mut names = Vec::new();
        let mut names_default = false;
        let mut piece_start = actors_at;
        for piece in actors.split(',') {
            let actor_start = piece_start + (piece.len() - piece.trim_start().len());
            piece_start += piece.len() + 1;
            let actor = piece.trim();
            if actor.is_empty() || !seen.insert(actor) {
                continue;
            }
            if actor == self.default_curve {
                // Its scores could not be told from those of tasks without
                // actors when written again, so they go there now.
                self.report.warn(
                    line.position(actor_start),
                    tr_args(t::MERMAID_ACTOR_IS_DEFAULT, &[("actor", actor.into())]),
                );
                names_default = true;
                continue;
            }
            names.push(actor.to_owned());
        }
        let feeds_default = names.is_empty() || names_default;
        Statement::Task(TaskLine {
            name: name.to_owned(),
            score,
            actors: names,
            feeds_default,
        })
    }

    /// `title: …` or `section: …` read as the keyword they were meant as.
    fn keyword_with_colon(
        &mut self,
        line: Line<'_>,
        name: &str,
        data_at: usize,
        data: &str,
    ) -> Option<Statement> {
        let keyword = ["title", "section"]
            .into_iter()
            .find(|keyword| name.eq_ignore_ascii_case(keyword))?;
        let at = line.position(data_at.saturating_sub(1));
        self.report.warn(
            at,
            tr_args(
                t::MERMAID_KEYWORD_WITH_COLON,
                &[("keyword", keyword.into())],
            ),
        );
        let text = data.trim().to_owned();
        Some(if keyword == "title" {
            Statement::Title(text)
        } else {
            let name = self.without_colons(line, data_at, text);
            Statement::Section(name)
        })
    }
}

/// A score as Mermaid reads it: a finite decimal number.
fn number(text: &str) -> Option<f64> {
    let value: f64 = text.parse().ok()?;
    value.is_finite().then_some(value)
}
