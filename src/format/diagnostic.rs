//! Load errors and their positioned messages.

use std::fmt;
use std::path::PathBuf;

use super::TextPosition;

/// One problem in a file, at a line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the problem is.
    pub at: TextPosition,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Diagnostic {
    /// A problem at `at`.
    pub fn new(at: TextPosition, message: impl Into<String>) -> Self {
        Self {
            at,
            message: message.into(),
        }
    }

    /// A problem about the file as a whole, reported at its start.
    pub fn at_start(message: impl Into<String>) -> Self {
        Self::new(TextPosition { line: 1, column: 1 }, message)
    }

    /// Rewords a RON parse error for people who never heard of RON internals.
    pub(super) fn from_ron(error: &ron::error::SpannedError) -> Self {
        let at = TextPosition {
            line: error.span.start.line.max(1),
            column: error.span.start.col.max(1),
        };
        Self::new(at, describe(&error.code))
    }

    /// Like [`Self::from_ron`], but an error at the very end of `text` says
    /// the file is cut off: a file cut inside a word (`evidence: Par`) makes
    /// RON ask for a comma, which would send the reader looking for one.
    pub(super) fn from_ron_in(error: &ron::error::SpannedError, text: &str) -> Self {
        let diagnostic = Self::from_ron(error);
        let end = TextPosition::of_offset(text, text.trim_end().len());
        let reaches = (error.span.end.line, error.span.end.col);
        let cut_in_a_word = matches!(error.code, ron::Error::ExpectedComma);
        if cut_in_a_word && reaches >= (end.line, end.column) {
            return Self::new(diagnostic.at, describe(&ron::Error::Eof));
        }
        diagnostic
    }
}

fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    let list = |names: &[&str]| {
        names
            .iter()
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match code {
        E::Eof => "the file ends too early: it looks cut off (a closing bracket is missing)".into(),
        E::ExceededRecursionLimit => {
            "the file nests brackets too deeply to be a journey map".into()
        }
        E::NoSuchStructField {
            expected, found, ..
        } => format!(
            "unknown field `{found}`; expected one of {}",
            list(expected)
        ),
        E::MissingStructField { field, outer } => format!(
            "{} needs a `{field}` field; `{field}` is missing in the `(…)` that closes here",
            describe_outer(outer.as_deref())
        ),
        E::DuplicateStructField { field, .. } => format!("the field `{field}` appears twice"),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "unknown value `{found}`; expected one of {}",
            list(expected)
        ),
        E::TrailingCharacters => {
            "unexpected text after the end of the document (the top-level `(…)` is already closed)"
                .into()
        }
        E::ExpectedArray => "expected a list `[…]` here".into(),
        E::ExpectedArrayEnd => "expected `,` or the closing `]` of the list here".into(),
        E::ExpectedStructLikeEnd => "expected `,` or a closing `)` here".into(),
        E::ExpectedMapEnd => "expected `,` or a closing `}` here".into(),
        E::ExpectedMapColon => "expected `:` here".into(),
        E::ExpectedBoolean => "expected `true` or `false` here".into(),
        E::ExpectedComma => {
            "expected a comma `,` before this: fields and list items are separated by commas".into()
        }
        E::ExpectedFloat => "expected a number here, e.g. `1.5`".into(),
        E::ExpectedInteger => "expected a whole number here, e.g. `12`".into(),
        E::IntegerOutOfBounds => {
            "this whole number is out of range: it must be 0 or more and at most 20 digits".into()
        }
        E::ExpectedOption => "expected `Some(…)` or `None` here".into(),
        E::ExpectedString => "expected text in double quotes here, e.g. `\"Awareness\"`".into(),
        E::ExpectedStringEnd => {
            "this text never ends: a closing `\"` is missing, or the file is cut off".into()
        }
        E::ExpectedIdentifier => {
            "expected a name here: a field name, or a value such as `Touchpoints`".into()
        }
        E::ExpectedStructLike
        | E::ExpectedNamedStructLike(_)
        | E::ExpectedDifferentStructName { .. } => {
            "expected `(` here: a Journeymap file is one RON struct `(version: 1, …)`".into()
        }
        E::UnclosedBlockComment => "a comment opened with `/*` is never closed with `*/`".into(),
        E::UnexpectedChar(c) => format!("unexpected character `{c}` here"),
        E::InvalidEscape(what) => format!(
            "invalid escape in text here ({}); write a backslash as `\\\\`",
            lower_first(what.trim_end_matches('.'))
        ),
        E::InvalidValueForType { expected, found } => {
            format!("expected {expected} here, but found {found}")
        }
        other => lower_first(&other.to_string()),
    }
}

/// What a struct is called in words; serde only knows the Rust type name.
fn describe_outer(outer: Option<&str>) -> &'static str {
    match outer {
        Some("Card") => "a card",
        Some("Phase") => "a phase",
        Some("Lane") => "a lane",
        Some("Persona") => "a persona",
        Some("EmotionCurve") => "an emotion curve",
        Some("EmotionPoint") => "a point of an emotion curve",
        Some("EmotionScale") => "the emotion scale",
        Some("Touchpoint") => "a touchpoint",
        Some("Kpi") => "a KPI",
        Some("FileV1") => "the map",
        _ => "this part of the file",
    }
}

/// RON's messages start with a capital; ours continue a `file:line:column: ` prefix.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// Sizes are shown in binary megabytes, the unit file managers mostly use.
const MEGABYTE: u64 = 1024 * 1024;

/// Why a document could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The path names a folder, a pipe or a device, not a file.
    #[error(
        "{}: this is not a regular file (a folder, pipe or device?); choose a .ron map file",
        path.display()
    )]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than any journey map could be.
    #[error(
        "{}: the file is {} MB, larger than the {} MB a journey map can be; is it the right file?",
        path.display(), size / MEGABYTE, limit / MEGABYTE
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file comes from a newer Journeymap.
    #[error(
        "{}: the file has format version {found}, but this Journeymap reads up to version {supported}; please update Journeymap to open it",
        path.display()
    )]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The text is not a valid document.
    #[error("{}", DiagnosticList { path, diagnostics })]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    /// One line per problem: `file:line:column: message` where a position is known.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Invalid { path, diagnostics } => diagnostics
                .iter()
                .map(|d| positioned_line(path, d))
                .collect(),
            LoadError::NewerVersion { path, .. } => {
                // The version is always the first field of a file.
                vec![format!(
                    "{}:1:1: {}",
                    path.display(),
                    strip_path(self, path)
                )]
            }
            other => vec![other.to_string()],
        }
    }
}

fn strip_path(error: &LoadError, path: &std::path::Path) -> String {
    let text = error.to_string();
    let prefix = format!("{}: ", path.display());
    text.strip_prefix(&prefix).unwrap_or(&text).to_owned()
}

fn positioned_line(path: &std::path::Path, d: &Diagnostic) -> String {
    format!(
        "{}:{}:{}: {}",
        path.display(),
        d.at.line,
        d.at.column,
        d.message
    )
}

struct DiagnosticList<'a> {
    path: &'a PathBuf,
    diagnostics: &'a [Diagnostic],
}

impl fmt::Display for DiagnosticList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            f.write_str(&positioned_line(self.path, d))?;
        }
        Ok(())
    }
}
