//! Mermaid's words and characters, shared by the reader and the writer so
//! that what one writes the other reads back unchanged.
//!
//! Mermaid's journey lexer (its `journey.jison`) is case-insensitive for its
//! keywords, reads `#` as the start of a comment (except in an entity code
//! such as `#quot;` or `#35;`, which Mermaid decodes when it draws), refuses
//! `;`, ends a task name at the first `:`, and skips a line whose second and
//! third characters are `%%`. The writer replaces what the reader would read
//! differently by look-alikes, so a name survives a round trip.

/// What Mermaid makes of a line, from its first character after the
/// indentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LineStart {
    /// A `%%` or `#` comment.
    Comment,
    /// `journey` again; the rest of the line starts at the byte offset.
    Header(usize),
    /// `title …`; its text starts at the byte offset.
    Title(usize),
    /// `accTitle: …`.
    AccTitle(usize),
    /// `accDescr: …`.
    AccDescr(usize),
    /// `accDescr { …`, which may run over several lines.
    AccDescrBlock(usize),
    /// `section …`.
    Section(usize),
    /// Anything else: a task, `Name: score: actors`.
    Task,
}

/// Reads the start of `content`, a line without its indentation.
pub(super) fn classify(content: &str) -> LineStart {
    if is_comment(content) {
        return LineStart::Comment;
    }
    // `journey` is followed by a word boundary (the lexer adds `\b` to a
    // keyword that ends in a letter), the others by white space.
    if let Some(rest) = keyword(content, "journey")
        && !rest.starts_with(is_word_char)
    {
        return LineStart::Header(content.len() - rest.len());
    }
    if let Some(rest) = keyword(content, "title")
        && (rest.is_empty() || rest.starts_with(char::is_whitespace))
    {
        return LineStart::Title(offset_after_space(content, rest));
    }
    if let Some(rest) = keyword(content, "accTitle")
        && let Some(value) = rest.trim_start().strip_prefix(':')
    {
        return LineStart::AccTitle(content.len() - value.len());
    }
    if let Some(rest) = keyword(content, "accDescr") {
        let rest = rest.trim_start();
        if let Some(value) = rest.strip_prefix(':') {
            return LineStart::AccDescr(content.len() - value.len());
        }
        if let Some(value) = rest.strip_prefix('{') {
            return LineStart::AccDescrBlock(content.len() - value.len());
        }
    }
    if let Some(rest) = keyword(content, "section")
        && (rest.is_empty() || rest.starts_with(char::is_whitespace))
    {
        return LineStart::Section(offset_after_space(content, rest));
    }
    LineStart::Task
}

/// The keywords a line can start with, for suggesting one after a typo.
pub(super) const KEYWORDS: [&str; 5] = ["title", "section", "accTitle", "accDescr", "journey"];

/// Whether Mermaid skips `content` (a line without its indentation) as a comment.
fn is_comment(content: &str) -> bool {
    if content.starts_with("%%") {
        return true;
    }
    // The lexer's second comment rule: any character but `}`, then `%%`.
    let mut chars = content.chars();
    if let Some(first) = chars.next()
        && first != '}'
        && chars.as_str().starts_with("%%")
    {
        return true;
    }
    content.starts_with('#') && entity_len(content).is_none()
}

/// The rest of `content` after `word`, when it starts with it in any case.
fn keyword<'a>(content: &'a str, word: &str) -> Option<&'a str> {
    let head = content.get(..word.len())?;
    if head.eq_ignore_ascii_case(word) {
        content.get(word.len()..)
    } else {
        None
    }
}

/// The byte offset in `content` of `rest` without its leading white space.
fn offset_after_space(content: &str, rest: &str) -> usize {
    content.len() - rest.trim_start().len()
}

/// A character of JavaScript's `\w`, which Mermaid's patterns use.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The length of the entity code (`#quot;`, `#35;`) at the start of `text`,
/// which starts with `#`. Mermaid decodes these when drawing, so they are
/// text, not comments.
pub(super) fn entity_len(text: &str) -> Option<usize> {
    let after = text.strip_prefix('#')?;
    let word = after.len() - after.trim_start_matches(is_word_char).len();
    let rest = after.get(word..)?;
    (word > 0 && rest.starts_with(';')).then_some(word + 2)
}

/// Why [`scan`] stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stop {
    /// At the end of the text.
    End,
    /// At a `:` (only when asked to stop there).
    Colon,
    /// At a `#` that starts a comment.
    Comment,
}

/// Text read the way Mermaid's lexer reads a name or a task's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Scanned {
    /// The text, with each `;` as a comma. Byte offsets in it are those of
    /// the source, since both characters are one byte.
    pub text: String,
    /// Why the reading stopped.
    pub stop: Stop,
    /// The byte offset of the stop (the text's length at the end).
    pub stop_at: usize,
    /// The byte offset of the first `;`, which Mermaid refuses.
    pub semicolon_at: Option<usize>,
}

/// Reads `source` up to a comment (or the first `:` when `stop_at_colon`).
pub(super) fn scan(source: &str, stop_at_colon: bool) -> Scanned {
    let mut text = String::with_capacity(source.len());
    let mut semicolon_at = None;
    let mut at = 0;
    while let Some(rest) = source.get(at..) {
        let Some(c) = rest.chars().next() else {
            break;
        };
        let (stop, len) = match c {
            '#' => match entity_len(rest) {
                Some(len) => (None, len),
                None => (Some(Stop::Comment), 0),
            },
            ':' if stop_at_colon => (Some(Stop::Colon), 0),
            _ => (None, c.len_utf8()),
        };
        if let Some(stop) = stop {
            return Scanned {
                text,
                stop,
                stop_at: at,
                semicolon_at,
            };
        }
        if c == ';' {
            semicolon_at.get_or_insert(at);
            text.push(',');
        } else {
            text.push_str(rest.get(..len).unwrap_or_default());
        }
        at += len;
    }
    Scanned {
        text,
        stop: Stop::End,
        stop_at: source.len(),
        semicolon_at,
    }
}

/// Where a name written out goes, which decides what it must not contain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// After `title`: a colon is fine.
    Title,
    /// After `section`.
    Section,
    /// Before a task's colon.
    Task,
    /// In a task's list of actors, where a comma separates names.
    Actor,
}

/// Stands in for a colon, which ends a task name.
pub(super) const COLON: char = '\u{2236}';
/// Stands in for a comma inside an actor's name.
const ACTOR_COMMA: char = '\u{201A}';
/// Stands in for a `#` that would start a comment.
const HASH: char = '\u{FF03}';
/// Stands in for a `}` inside `accDescr { … }`.
const CLOSING_BRACE: char = '\u{FF5D}';
/// Goes after a name's first character when Mermaid would read the name as
/// a keyword or a comment: invisible, and no white space to Mermaid.
const MARK: char = '\u{200B}';

/// `text` as it can stand in `place`: one line, trimmed, look-alikes for
/// the characters Mermaid reads otherwise. The reader gives the same text
/// back, and writing it again changes nothing.
pub(super) fn sanitize(text: &str, place: Place) -> String {
    let replaced = replace_characters(text, place);
    match place {
        Place::Task => guarded(&replaced).unwrap_or(replaced),
        _ => replaced,
    }
}

/// `text` in one line, trimmed, with look-alikes for the characters that
/// Mermaid reads otherwise in `place`.
pub(super) fn replace_characters(text: &str, place: Place) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(rest) = text.get(at..) {
        let Some(c) = rest.chars().next() else {
            break;
        };
        if c == '#'
            && let Some(len) = entity_len(rest)
        {
            out.push_str(rest.get(..len).unwrap_or_default());
            at += len;
            continue;
        }
        let replacement = match (c, place) {
            ('\n' | '\r', _) => ' ',
            ('#', _) => HASH,
            (':', Place::Section | Place::Task | Place::Actor) => COLON,
            (',' | ';', Place::Actor) => ACTOR_COMMA,
            (';', _) => ',',
            _ => c,
        };
        out.push(replacement);
        at += c.len_utf8();
    }
    out.trim().to_owned()
}

/// A task name with an invisible mark after its first character, when
/// Mermaid would read a line starting with it as a keyword or a comment.
pub(super) fn guarded(name: &str) -> Option<String> {
    (!name.is_empty() && !reads_as_task(name)).then(|| marked(name))
}

/// Whether a task line starting with `name` reads as a task.
pub(super) fn reads_as_task(name: &str) -> bool {
    // A task line always goes on with a colon after the name.
    let line = format!("{name}:");
    classify(&line) == LineStart::Task
}

/// `name` with the invisible mark after its first character.
fn marked(name: &str) -> String {
    let mut chars = name.chars();
    let mut out = String::with_capacity(name.len() + MARK.len_utf8());
    out.extend(chars.next());
    out.push(MARK);
    out.push_str(chars.as_str());
    out
}

/// The description as Mermaid holds it: each line trimmed, no blank lines
/// around; when it has several lines (written as `accDescr { … }`) no `}`,
/// which would end the block, and no line starting with `%%`, which Mermaid
/// drops as a comment even there.
pub(super) fn block_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let lines: Vec<&str> = text.split(['\n', '\r']).map(str::trim).collect();
    let first = lines.iter().position(|line| !line.is_empty());
    let last = lines.iter().rposition(|line| !line.is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let kept = lines.get(first..=last).unwrap_or_default();
    if kept.len() == 1 {
        return kept.join("");
    }
    kept.iter()
        .map(|line| {
            let line = line.replace('}', &CLOSING_BRACE.to_string());
            if line.starts_with("%%") {
                marked(&line)
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// How many single-character edits turn `a` into `b` (Levenshtein), for
/// short words only; `None` when either is longer than 16 characters.
pub(super) fn edit_distance(a: &str, b: &str) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > 16 || b.len() > 16 {
        return None;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous.get(j)? + usize::from(ca != cb);
            let delete = previous.get(j + 1)? + 1;
            let insert = current.get(j)? + 1;
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied()
}
