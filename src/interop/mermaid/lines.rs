//! The text as numbered lines, and what comes before the `journey` line:
//! a YAML front matter block, `%%` comments, `%%{init: …}%%` directives and
//! blank lines.

use crate::format::{Diagnostic, TextPosition};
use crate::i18n::text::mermaid as t;
use crate::i18n::{tr, tr_args};

use super::text::{Place, is_word_char, sanitize};

/// One line of the text, without its line break.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line<'a> {
    /// From 1.
    pub number: usize,
    /// The line's text.
    pub text: &'a str,
}

impl Line<'_> {
    /// The position of the byte offset `at` in this line (column in characters).
    pub fn position(&self, at: usize) -> TextPosition {
        let column = self
            .text
            .get(..at)
            .map_or(1, |before| before.chars().count() + 1);
        TextPosition {
            line: self.number,
            column,
        }
    }

    /// The byte offset where the line's indentation ends.
    pub fn indent(&self) -> usize {
        self.text.len() - self.text.trim_start().len()
    }
}

/// The lines of a text, split at `\n`, `\r\n` and a lone `\r`, as Mermaid does.
#[derive(Clone, Debug)]
pub(super) struct Lines<'a> {
    rest: Option<&'a str>,
    number: usize,
}

impl<'a> Lines<'a> {
    /// The lines of `text`; a leading byte-order mark is no part of the first.
    pub fn new(text: &'a str) -> Self {
        Self {
            rest: Some(text.strip_prefix('\u{FEFF}').unwrap_or(text)),
            number: 0,
        }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        let rest = self.rest?;
        self.number += 1;
        let (text, after) = match rest.find(['\n', '\r']) {
            Some(end) => {
                let tail = rest.get(end..).unwrap_or_default();
                let skip = if tail.starts_with("\r\n") { 2 } else { 1 };
                (rest.get(..end).unwrap_or_default(), tail.get(skip..))
            }
            None => (rest, None),
        };
        self.rest = after;
        Some(Line {
            number: self.number,
            text,
        })
    }
}

/// What the lines before the diagram say, and where the diagram starts.
#[derive(Clone, Debug)]
pub(super) struct Preamble<'a> {
    /// The `title:` of the front matter, if it has one.
    pub title: Option<String>,
    /// The `journey` line, and the byte offset where the text after
    /// `journey` starts (Mermaid reads a statement there too).
    pub header: (Line<'a>, usize),
}

/// Reads up to and including the `journey` line.
///
/// # Errors
/// The text is empty, its front matter or a directive is never closed, or
/// its first meaningful line is not `journey`.
pub(super) fn read_preamble<'a>(lines: &mut Lines<'a>) -> Result<Preamble<'a>, Diagnostic> {
    let mut title = None;
    let mut first = true;
    while let Some(line) = lines.next() {
        let content = line.text.trim();
        if content.is_empty() {
            continue;
        }
        if first && content == "---" && line.indent() == 0 {
            title = read_front_matter(line, lines)?;
            first = false;
            continue;
        }
        first = false;
        if content.starts_with("%%{") {
            skip_directive(line, lines)?;
            continue;
        }
        if content.starts_with("%%") {
            continue;
        }
        let start = line.indent();
        return match content.strip_prefix("journey") {
            Some(rest) if !rest.starts_with(is_word_char) => Ok(Preamble {
                title,
                header: (line, start + "journey".len()),
            }),
            _ => Err(not_a_journey(line, content)),
        };
    }
    Err(Diagnostic::at_start(tr(t::MERMAID_EMPTY)))
}

/// Why the first meaningful line does not open a journey.
fn not_a_journey(line: Line<'_>, content: &str) -> Diagnostic {
    let at = line.position(line.indent());
    let word: String = content.chars().take_while(|c| is_word_char(*c)).collect();
    if word.eq_ignore_ascii_case("journey") {
        return Diagnostic::new(
            at,
            tr_args(t::MERMAID_HEADER_CASE, &[("found", (&word).into())]),
        );
    }
    let found: String = content.chars().take(40).collect();
    Diagnostic::new(
        at,
        tr_args(t::MERMAID_NO_HEADER, &[("found", (&found).into())]),
    )
}

/// Reads a front matter block after its opening `---` line; the title it
/// names, if any.
fn read_front_matter(
    opening: Line<'_>,
    lines: &mut Lines<'_>,
) -> Result<Option<String>, Diagnostic> {
    let mut title = None;
    let mut in_title_block = false;
    for line in lines.by_ref() {
        if line.text.trim_end() == "---" {
            return Ok(title.map(|text: String| sanitize(&text, Place::Title)));
        }
        // A folded or literal block (`title: >`) goes on in indented lines.
        if in_title_block && line.indent() > 0 {
            if let Some(text) = title.as_mut() {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(line.text.trim());
            }
            continue;
        }
        in_title_block = false;
        if let Some(value) = line.text.strip_prefix("title:") {
            let value = yaml_scalar(value);
            in_title_block = value.is_empty() || value.starts_with(['|', '>']);
            title = Some(if in_title_block { String::new() } else { value });
        }
    }
    Err(Diagnostic::new(
        opening.position(0),
        tr(t::MERMAID_FRONT_MATTER_OPEN),
    ))
}

/// A YAML scalar on one line: quoted (`"…"`, `'…'`) or plain, without a
/// trailing ` # comment`.
fn yaml_scalar(value: &str) -> String {
    let value = value.trim();
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        return unescape_double_quoted(inner);
    }
    if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    let plain = value
        .find(" #")
        .map_or(value, |end| value.get(..end).unwrap_or(value));
    plain.trim_end().to_owned()
}

/// The text of a double-quoted YAML scalar: `\"`, `\\`, `\n`, `\t` decoded.
fn unescape_double_quoted(inner: &str) -> String {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Skips a `%%{ … }%%` directive that starts on `opening`, which may run over
/// several lines (Mermaid reads `%%{init: …}%%` and ignores it here).
///
/// # Errors
/// The directive is never closed.
pub(super) fn skip_directive(opening: Line<'_>, lines: &mut Lines<'_>) -> Result<(), Diagnostic> {
    let start = opening.indent();
    let after_open = opening.text.get(start + 3..).unwrap_or_default();
    if after_open.contains("}%%") {
        return Ok(());
    }
    if lines.any(|line| line.text.contains("}%%")) {
        return Ok(());
    }
    Err(Diagnostic::new(
        opening.position(start),
        tr(t::MERMAID_DIRECTIVE_OPEN),
    ))
}

/// Whether `text` is a Mermaid journey: its first meaningful line is `journey`.
pub(super) fn looks_like_mermaid(text: &str) -> bool {
    read_preamble(&mut Lines::new(text)).is_ok()
}
