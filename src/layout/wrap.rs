//! Line breaking: the layout decides every line of every text once, and
//! painting draws exactly those lines at any zoom or export scale.
//!
//! Lines break at spaces, after a hyphen or slash inside a word, and at
//! explicit newlines. A word wider than the whole line is hyphenated at a
//! syllable boundary of the map's language; one without any (a long code or
//! address) is cut between letters, as nothing else fits.

use emath::{Vec2, vec2};

use crate::i18n::Lang;

use super::hyphenate::syllable_breaks;
use super::{TextMeasure, TextRole};

/// A paragraph broken into lines, as the layout measured it at one pixel
/// per point.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextBlock {
    /// The lines, top to bottom.
    pub lines: Vec<TextLine>,
    /// The whole block: the widest line by the lines' heights together.
    pub size: Vec2,
    /// The width the lines were broken for: no line is wider (painting at
    /// another pixel density shrinks a line that would be).
    pub wrap_width: f32,
}

/// One line of a [`TextBlock`].
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// From the block's top to the line's top.
    pub top: f32,
    /// The line's width and height.
    pub size: Vec2,
    /// The text of the line, run by run.
    pub pieces: Vec<TextPiece>,
}

/// A stretch of one line in one run's style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextPiece {
    /// Which of the runs given to [`Typesetter::runs`] it comes from.
    pub run: usize,
    /// The words, with the spaces between them, and a hyphen where a word
    /// was broken.
    pub text: String,
}

impl TextBlock {
    /// The block's height.
    pub fn height(&self) -> f32 {
        self.size.y
    }

    /// The lines as plain text, one per line (for tests and accessibility).
    pub fn line_texts(&self) -> Vec<String> {
        self.lines
            .iter()
            .map(|line| {
                line.pieces
                    .iter()
                    .map(|piece| piece.text.as_str())
                    .collect()
            })
            .collect()
    }

    /// Whether there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.lines.iter().all(|line| line.pieces.is_empty())
    }
}

/// Breaks text into lines with a [`TextMeasure`], hyphenating in one language.
pub struct Typesetter<'a> {
    measure: &'a dyn TextMeasure,
    lang: Lang,
}

/// Slack for float sums of word widths against the line width.
const EPSILON: f32 = 0.01;

/// No glyph we draw is narrower than this many points: a text of more
/// characters than a line's width in points cannot fit it, and is never
/// measured whole (a pasted megabyte without a space stays cheap).
const NARROWEST_GLYPH: f32 = 1.0;

/// Longer "words" are codes or pasted data, not words: never hyphenated.
const LONGEST_WORD: usize = 100;

impl<'a> Typesetter<'a> {
    /// Measures with `measure`, hyphenates as `lang` does.
    pub fn new(measure: &'a dyn TextMeasure, lang: Lang) -> Self {
        Self { measure, lang }
    }

    /// The measure underneath, for texts that never wrap.
    pub fn measure(&self) -> &dyn TextMeasure {
        self.measure
    }

    /// `text` in `role`'s font, broken into lines no wider than `width`.
    pub fn block(&self, text: &str, role: TextRole, width: f32) -> TextBlock {
        self.runs(&[(text, role)], width)
    }

    /// `text` broken into at most `max_lines` lines no wider than `width`;
    /// the last line ends in "…" when words are left over.
    pub fn block_at_most(
        &self,
        text: &str,
        role: TextRole,
        width: f32,
        max_lines: usize,
    ) -> TextBlock {
        let mut block = self.block(text, role, width);
        if block.lines.len() <= max_lines || max_lines == 0 {
            return block;
        }
        let rest: Vec<String> = block.line_texts()[max_lines - 1..].to_vec();
        block.lines.truncate(max_lines);
        let last = super::shortened(self.measure, &rest.join(" "), role, width);
        let line_top = block.lines[max_lines - 1].top;
        block.lines[max_lines - 1] = TextLine {
            top: line_top,
            size: self.measure.line_size(&[(&last, role)]),
            pieces: vec![TextPiece { run: 0, text: last }],
        };
        let widest = block.lines.iter().map(|l| l.size.x).fold(0.0, f32::max);
        let bottom = block.lines.last().map_or(0.0, |l| l.top + l.size.y);
        block.size = vec2(widest, bottom);
        block
    }

    /// Consecutive runs of differently styled text as one paragraph, broken
    /// into lines no wider than `width`.
    pub fn runs(&self, runs: &[(&str, TextRole)], width: f32) -> TextBlock {
        let mut lines = Lines {
            setter: self,
            runs,
            width,
            done: Vec::new(),
            pieces: Vec::new(),
            line_width: 0.0,
            space: None,
            top: 0.0,
        };
        if runs.iter().all(|(text, _)| text.is_empty()) {
            return TextBlock {
                wrap_width: width,
                ..TextBlock::default()
            };
        }
        for (index, (text, _)) in runs.iter().enumerate() {
            lines.take_run(index, text);
        }
        lines.finish_line();
        let widest = lines.done.iter().map(|l| l.size.x).fold(0.0, f32::max);
        TextBlock {
            size: vec2(widest, lines.top),
            lines: lines.done,
            wrap_width: width,
        }
    }
}

/// The paragraph being broken.
struct Lines<'s, 'r> {
    setter: &'s Typesetter<'s>,
    runs: &'r [(&'r str, TextRole)],
    width: f32,
    done: Vec<TextLine>,
    /// The current line so far.
    pieces: Vec<TextPiece>,
    line_width: f32,
    /// A space is due before the next word (in this run's font).
    space: Option<usize>,
    top: f32,
}

impl Lines<'_, '_> {
    fn role(&self, run: usize) -> TextRole {
        self.runs[run].1
    }

    fn width_of(&self, text: &str, run: usize) -> f32 {
        self.setter.measure.width(text, self.role(run))
    }

    fn take_run(&mut self, run: usize, text: &str) {
        for (index, paragraph) in text.split('\n').enumerate() {
            if index > 0 {
                self.finish_line_in(run);
            }
            let mut rest = paragraph;
            while !rest.is_empty() {
                let word_end = rest.find([' ', '\t']).unwrap_or(rest.len());
                if word_end == 0 {
                    self.space = Some(run);
                    rest = rest.trim_start_matches([' ', '\t']);
                    continue;
                }
                self.word(run, &rest[..word_end]);
                rest = &rest[word_end..];
            }
        }
    }

    /// Places one word (text between spaces), breaking after its hyphens
    /// or slashes when it does not fit whole.
    fn word(&mut self, run: usize, word: &str) {
        let parts = split_after_hyphens(word);
        if parts.len() > 1 && !self.fits(run, word) {
            for (index, part) in parts.iter().enumerate() {
                if index > 0 {
                    // No space between the parts of one word.
                    self.space = None;
                }
                self.word_part(run, part);
            }
        } else {
            self.word_part(run, word);
        }
    }

    /// Whether `word` fits on the current line (after the due space).
    fn fits(&self, run: usize, word: &str) -> bool {
        could_fit(word, self.width)
            && self.line_width + self.space_width() + self.width_of(word, run)
                <= self.width + EPSILON
    }

    fn space_width(&self) -> f32 {
        match self.space {
            Some(space_run) if !self.pieces.is_empty() => self.width_of(" ", space_run),
            _ => 0.0,
        }
    }

    fn word_part(&mut self, run: usize, word: &str) {
        if self.fits(run, word) {
            self.append(run, word);
            return;
        }
        if could_fit(word, self.width) && self.width_of(word, run) <= self.width + EPSILON {
            self.finish_line_in(run);
            self.append(run, word);
            return;
        }
        self.long_word(run, word);
    }

    /// A word wider than a whole line: fill the current line with as many
    /// syllables as fit, then whole lines, then the rest.
    fn long_word(&mut self, run: usize, word: &str) {
        let mut rest = word.to_owned();
        loop {
            if self.fits(run, &rest) {
                self.append(run, &rest);
                return;
            }
            let room = self.width - self.line_width - self.space_width();
            if let Some((head, tail)) = self.syllable_split(run, &rest, room) {
                self.append(run, &head);
                self.finish_line_in(run);
                rest = tail;
                continue;
            }
            if !self.pieces.is_empty() {
                self.finish_line_in(run);
                continue;
            }
            // Not even one syllable fits a whole line: cut between letters.
            let (head, tail) = self.letter_split(run, &rest);
            self.append(run, &head);
            if tail.is_empty() {
                return;
            }
            self.finish_line_in(run);
            rest = tail;
        }
    }

    /// The longest head of `word` ending at a syllable boundary, with its
    /// hyphen, that fits `room`; and the rest.
    fn syllable_split(&self, run: usize, word: &str, room: f32) -> Option<(String, String)> {
        if word.chars().count() > LONGEST_WORD {
            return None;
        }
        syllable_breaks(word, self.setter.lang)
            .into_iter()
            .rev()
            .map(|at| (format!("{}-", &word[..at]), word[at..].to_owned()))
            .find(|(head, _)| self.width_of(head, run) <= room + EPSILON)
    }

    /// The longest head of `word` (at least one letter) that fits a line.
    fn letter_split(&self, run: usize, word: &str) -> (String, String) {
        let most = most_chars(self.width) + 1;
        let ends: Vec<usize> = word
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain([word.len()])
            .take(most)
            .collect();
        // Binary search: a few measurements, not one per letter.
        let (mut fits, mut too_long) = (0, ends.len());
        while too_long - fits > 1 {
            let middle = usize::midpoint(fits, too_long);
            if self.width_of(&word[..ends[middle]], run) <= self.width + EPSILON {
                fits = middle;
            } else {
                too_long = middle;
            }
        }
        let at = ends[fits];
        (word[..at].to_owned(), word[at..].to_owned())
    }

    fn append(&mut self, run: usize, word: &str) {
        let space = if self.pieces.is_empty() {
            None
        } else {
            self.space
        };
        self.line_width += self.space_width() + self.width_of(word, run);
        if let Some(space_run) = space {
            self.push_text(space_run, " ");
        }
        self.push_text(run, word);
        self.space = None;
    }

    fn push_text(&mut self, run: usize, text: &str) {
        match self.pieces.last_mut() {
            Some(piece) if piece.run == run => piece.text.push_str(text),
            _ => self.pieces.push(TextPiece {
                run,
                text: text.to_owned(),
            }),
        }
    }

    /// Ends the current line; an empty one (two newlines) takes the height
    /// of `run`'s font.
    fn finish_line_in(&mut self, run: usize) {
        let pieces = std::mem::take(&mut self.pieces);
        let size = if pieces.is_empty() {
            vec2(
                0.0,
                self.setter.measure.line_size(&[(" ", self.role(run))]).y,
            )
        } else {
            let runs: Vec<(&str, TextRole)> = pieces
                .iter()
                .map(|piece| (piece.text.as_str(), self.role(piece.run)))
                .collect();
            self.setter.measure.line_size(&runs)
        };
        self.done.push(TextLine {
            top: self.top,
            size,
            pieces,
        });
        self.top += size.y;
        self.line_width = 0.0;
        self.space = None;
    }

    fn finish_line(&mut self) {
        let last_run = self.pieces.last().map_or(self.runs.len() - 1, |p| p.run);
        self.finish_line_in(last_run);
    }
}

/// Whether `text` has few enough characters to be worth measuring
/// against `width`.
fn could_fit(text: &str, width: f32) -> bool {
    let most = most_chars(width);
    // Counting stops past the limit: cheap on a megabyte.
    text.chars().take(most + 1).count() <= most
}

/// The most characters a line `width` points wide could hold.
fn most_chars(width: f32) -> usize {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a line's width in points, far below usize::MAX"
    )]
    let most = ((width + EPSILON) / NARROWEST_GLYPH).max(0.0) as usize;
    most
}

/// `word` split after each inner hyphen or slash ("E-Mail-Adresse" →
/// "E-", "Mail-", "Adresse"), where a line may break without adding a hyphen.
fn split_after_hyphens(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (index, c) in word.char_indices() {
        let end = index + c.len_utf8();
        if matches!(c, '-' | '/' | '\u{2010}' | '\u{2013}') && index > start && end < word.len() {
            parts.push(&word[start..end]);
            start = end;
        }
    }
    parts.push(&word[start..]);
    parts
}

#[cfg(test)]
#[path = "wrap_tests.rs"]
mod tests;
