//! Finds where a document element stands in RON text, so a rule broken after
//! parsing (a dangling id, say) can still be reported as `line:column`.
//!
//! serde gives no spans for parsed values, so this walks the text itself: a tiny
//! scanner that understands just enough RON (strings, comments, brackets) to step
//! into struct fields and list elements.

use crate::model::Item;

/// One step from a value into a part of it.
#[derive(Clone, Copy, Debug)]
enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

/// A 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextPosition {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl TextPosition {
    /// Line and column of a byte offset.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text.as_bytes()[..offset];
        let line = before.split(|&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        Self { line, column }
    }

    /// The byte offset of this position in `text`, if the text has it.
    pub fn offset_in(self, text: &str) -> Option<usize> {
        let line_start = if self.line <= 1 {
            0
        } else {
            text.match_indices('\n').nth(self.line - 2)?.0 + 1
        };
        let line = &text[line_start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let within = match line.char_indices().nth(self.column.checked_sub(1)?) {
            Some((offset, _)) => offset,
            // Just past the line's last character.
            None if line.chars().count() + 1 == self.column => line.len(),
            None => return None,
        };
        Some(line_start + within)
    }
}

/// Where `item` (and `field`, if given) starts in `text`. Falls back to the
/// nearest enclosing element that could be found, and to the start of the file.
pub fn locate(text: &str, item: Item, field: Option<&str>) -> TextPosition {
    let mut steps: Vec<Step<'_>> = match item {
        Item::Document => vec![],
        Item::Scale => vec![Step::Field("emotion_scale")],
        Item::Persona(i) => vec![Step::Field("personas"), Step::Index(i)],
        Item::Phase(i) => vec![Step::Field("phases"), Step::Index(i)],
        Item::Step(p, s) => vec![
            Step::Field("phases"),
            Step::Index(p),
            Step::Field("steps"),
            Step::Index(s),
        ],
        Item::Lane(i) => vec![Step::Field("lanes"), Step::Index(i)],
        Item::Card(i) => vec![Step::Field("cards"), Step::Index(i)],
        Item::CardActor(i, a) => vec![
            Step::Field("cards"),
            Step::Index(i),
            Step::Field("actors"),
            Step::Index(a),
        ],
        Item::Curve(i) => vec![Step::Field("curves"), Step::Index(i)],
        Item::CurvePoint(c, p) => vec![
            Step::Field("curves"),
            Step::Index(c),
            Step::Field("points"),
            Step::Index(p),
        ],
    };
    if let Some(field) = field {
        steps.push(Step::Field(field));
    }
    let mut scanner = Scanner { text, pos: 0 };
    scanner.skip_trivia();
    let mut found = scanner.pos;
    for step in steps {
        let entered = match step {
            Step::Field(name) => scanner.enter_field(name),
            Step::Index(index) => scanner.enter_index(index),
        };
        if entered.is_none() {
            break;
        }
        found = scanner.pos;
    }
    TextPosition::of_offset(text, found)
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn rest(&self) -> &str {
        self.text.get(self.pos..).unwrap_or("")
    }

    /// Skips white space and comments (RON block comments nest).
    fn skip_trivia(&mut self) {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            let skipped = rest.len() - trimmed.len();
            let line_comment = trimmed
                .starts_with("//")
                .then(|| trimmed.find('\n').unwrap_or(trimmed.len()));
            let block_comment = trimmed.starts_with("/*");
            self.pos += skipped;
            if let Some(length) = line_comment {
                self.pos += length;
            } else if block_comment {
                self.skip_block_comment();
            } else {
                return;
            }
        }
    }

    fn skip_block_comment(&mut self) {
        let bytes = self.text.as_bytes();
        let mut depth = 0usize;
        while self.pos < bytes.len() {
            if bytes[self.pos..].starts_with(b"/*") {
                depth += 1;
                self.pos += 2;
            } else if bytes[self.pos..].starts_with(b"*/") {
                depth -= 1;
                self.pos += 2;
                if depth == 0 {
                    return;
                }
            } else {
                self.pos += 1;
            }
        }
    }

    fn skip_identifier(&mut self) -> &str {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'#')
        {
            self.pos += 1;
        }
        &self.text[start..self.pos]
    }

    /// Skips a string or char literal starting at the current quote.
    fn skip_quoted(&mut self, quote: u8) {
        let bytes = self.text.as_bytes();
        self.pos += 1;
        while let Some(&b) = bytes.get(self.pos) {
            self.pos += 1;
            if b == b'\\' {
                self.pos += 1;
            } else if b == quote {
                return;
            }
        }
    }

    /// Skips a raw string `r#"…"#` starting at the `r`.
    fn skip_raw_string(&mut self) {
        let rest = self.rest();
        let hashes = rest[1..].bytes().take_while(|&b| b == b'#').count();
        let terminator = format!("\"{}", "#".repeat(hashes));
        let body_start = 1 + hashes + 1;
        match rest
            .get(body_start..)
            .and_then(|body| body.find(&terminator))
        {
            Some(end) => self.pos += body_start + end + terminator.len(),
            None => self.pos = self.text.len(),
        }
    }

    /// Skips one value of any kind, stopping before the `,` or closing bracket after it.
    fn skip_value(&mut self) {
        let mut depth = 0usize;
        while let Some(b) = self.peek() {
            match b {
                b'"' | b'\'' => self.skip_quoted(b),
                b'r' if matches!(self.rest().as_bytes().get(1), Some(b'"' | b'#')) => {
                    self.skip_raw_string();
                }
                b'/' if self.rest().starts_with("//") || self.rest().starts_with("/*") => {
                    self.skip_trivia();
                }
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.pos += 1;
                }
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                    self.pos += 1;
                }
                b',' if depth == 0 => return,
                _ => self.pos += 1,
            }
        }
    }

    /// Steps past `,` if present, then trivia.
    fn skip_separator(&mut self) -> Option<()> {
        self.skip_trivia();
        match self.peek()? {
            b',' => {
                self.pos += 1;
                self.skip_trivia();
                Some(())
            }
            _ => Some(()),
        }
    }

    /// At a struct value: moves to the value of field `name`.
    fn enter_field(&mut self, name: &str) -> Option<()> {
        self.skip_identifier(); // an optional struct name
        self.skip_trivia();
        if self.peek()? != b'(' {
            return None;
        }
        self.pos += 1;
        loop {
            self.skip_trivia();
            if self.peek()? == b')' {
                return None;
            }
            let key = self.skip_identifier().to_owned();
            self.skip_trivia();
            if key.is_empty() || self.peek()? != b':' {
                return None;
            }
            self.pos += 1;
            self.skip_trivia();
            if key == name {
                return Some(());
            }
            self.skip_value();
            self.skip_separator()?;
        }
    }

    /// At a list value: moves to element `index`.
    fn enter_index(&mut self, index: usize) -> Option<()> {
        if self.peek()? != b'[' {
            return None;
        }
        self.pos += 1;
        self.skip_trivia();
        for _ in 0..index {
            if self.peek()? == b']' {
                return None;
            }
            self.skip_value();
            self.skip_separator()?;
        }
        (self.peek()? != b']').then_some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r##"(
    version: 1,
    title: "a, (tricky) \" title",
    /* a comment with ) */
    phases: [
        (id: 1, name: "A"),
        (id: 2, name: r#"B]"#),
    ],
    cards: [
        (id: 3, lane: 4, phase: 1, title: "x"),
        (
            id: 5,
            lane: 9,
        ),
    ],
)"##;

    fn check(item: Item, field: Option<&str>, line: usize, column: usize) {
        assert_eq!(
            locate(TEXT, item, field),
            TextPosition { line, column },
            "{item:?} {field:?}"
        );
    }

    #[test]
    fn finds_fields_and_list_elements_past_strings_and_comments() {
        check(Item::Document, None, 1, 1);
        check(Item::Document, Some("title"), 3, 12);
        check(Item::Phase(1), Some("name"), 7, 23);
        check(Item::Card(0), Some("lane"), 10, 23);
        check(Item::Card(1), Some("lane"), 13, 19);
    }

    #[test]
    fn a_position_gives_back_its_offset() {
        let text = "ab\nÄö x\n\nend";
        for offset in [0, 1, 2, 3, 5, 7, 8, 9, 10, 13, 14] {
            let at = TextPosition::of_offset(text, offset);
            assert_eq!(at.offset_in(text), Some(offset), "{at:?}");
        }
        assert_eq!(TextPosition { line: 9, column: 1 }.offset_in(text), None);
        assert_eq!(TextPosition { line: 1, column: 9 }.offset_in(text), None);
        assert_eq!(TextPosition { line: 1, column: 0 }.offset_in(text), None);
    }

    #[test]
    fn falls_back_to_the_nearest_element_found() {
        check(Item::Card(1), Some("span"), 11, 9);
        check(Item::Card(7), None, 9, 12);
        check(Item::Curve(0), None, 1, 1);
    }

    #[test]
    fn never_panics_on_broken_text() {
        for text in [
            "",
            "(",
            "(cards: [",
            "(cards: [(id: \"",
            "((((",
            "r#\"",
            "/*",
        ] {
            let _ = locate(text, Item::Card(3), Some("lane"));
        }
    }
}
