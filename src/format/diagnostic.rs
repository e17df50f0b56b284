//! Load errors and their positioned messages.

use std::fmt;
use std::path::PathBuf;

use super::TextPosition;
use crate::i18n::text::load as t;
use crate::i18n::{tr, tr_args};

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

    /// `file:line:column: message`, as `check` prints a problem.
    pub fn line_in(&self, path: &std::path::Path) -> String {
        format!(
            "{}:{}:{}: {}",
            path.display(),
            self.at.line,
            self.at.column,
            self.message
        )
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
        Self::new(
            at_the_token(diagnostic.at, &error.code, text),
            diagnostic.message,
        )
    }
}

/// RON places many errors where it started looking, before the white
/// space in front of the offending value (`title:▮ 42`); a reader, and an
/// editor jumping to the column, wants the value itself (`title: ▮42`). An
/// unclosed comment is shown at its `/*`, not after it.
fn at_the_token(at: TextPosition, code: &ron::Error, text: &str) -> TextPosition {
    let Some(offset) = at.offset_in(text) else {
        return at;
    };
    if matches!(code, ron::Error::UnclosedBlockComment) {
        return match text[..offset].rfind("/*") {
            Some(start) => TextPosition::of_offset(text, start),
            None => at,
        };
    }
    let rest = &text[offset..];
    let skipped = rest.len() - rest.trim_start().len();
    if skipped == 0 || skipped == rest.len() {
        // On a token already, or only white space follows (a cut-off file).
        return at;
    }
    TextPosition::of_offset(text, offset + skipped)
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
    if let Some(message) = moved_in_version_2(code) {
        return message;
    }
    match code {
        E::Eof => tr(t::LOAD_EOF),
        E::ExceededRecursionLimit => tr(t::LOAD_TOO_DEEP),
        E::NoSuchStructField {
            expected, found, ..
        } => tr_args(
            t::LOAD_UNKNOWN_FIELD,
            &[
                ("found", found.into()),
                ("expected", (&list(expected)).into()),
            ],
        ),
        E::MissingStructField { field, outer } => tr_args(
            t::LOAD_MISSING_FIELD,
            &[
                ("part", part(outer.as_deref()).into()),
                ("field", (*field).into()),
            ],
        ),
        E::DuplicateStructField { field, .. } => {
            tr_args(t::LOAD_DUPLICATE_FIELD, &[("field", (*field).into())])
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => tr_args(
            t::LOAD_UNKNOWN_VALUE,
            &[
                ("found", found.into()),
                ("expected", (&list(expected)).into()),
            ],
        ),
        E::TrailingCharacters => tr(t::LOAD_TRAILING),
        E::ExpectedArray => tr(t::LOAD_EXPECTED_LIST),
        E::ExpectedArrayEnd => tr(t::LOAD_EXPECTED_LIST_END),
        E::ExpectedStructLikeEnd => tr(t::LOAD_EXPECTED_STRUCT_END),
        E::ExpectedMapEnd => tr(t::LOAD_EXPECTED_MAP_END),
        E::ExpectedMapColon => tr(t::LOAD_EXPECTED_COLON),
        E::ExpectedBoolean => tr(t::LOAD_EXPECTED_BOOL),
        E::ExpectedComma => tr(t::LOAD_EXPECTED_COMMA),
        E::ExpectedFloat => tr(t::LOAD_EXPECTED_FLOAT),
        E::ExpectedInteger => tr(t::LOAD_EXPECTED_INTEGER),
        E::IntegerOutOfBounds => tr(t::LOAD_INTEGER_RANGE),
        E::ExpectedOption => tr(t::LOAD_EXPECTED_OPTION),
        E::ExpectedString => tr(t::LOAD_EXPECTED_STRING),
        E::ExpectedStringEnd => tr(t::LOAD_STRING_END),
        E::ExpectedIdentifier => tr(t::LOAD_EXPECTED_NAME),
        E::ExpectedStructLike
        | E::ExpectedNamedStructLike(_)
        | E::ExpectedDifferentStructName { .. } => tr(t::LOAD_EXPECTED_STRUCT),
        E::UnclosedBlockComment => tr(t::LOAD_UNCLOSED_COMMENT),
        E::UnexpectedChar(c) => tr_args(
            t::LOAD_UNEXPECTED_CHAR,
            &[("char", (&c.to_string()).into())],
        ),
        E::InvalidEscape(what) => tr_args(
            t::LOAD_INVALID_ESCAPE,
            &[("detail", (&lower_first(what.trim_end_matches('.'))).into())],
        ),
        E::InvalidValueForType { expected, found } => tr_args(
            t::LOAD_WRONG_TYPE,
            &[("expected", expected.into()), ("found", found.into())],
        ),
        // RON's own words, for the rare errors a hand-edited map cannot cause.
        other => lower_first(&other.to_string()),
    }
}

/// A field written the way the other format version has it: the fields that
/// moved into steps with version 2. Copying a card from an old file into a
/// new one is the likely cause, so the message says what to write instead
/// of listing every field a card has.
fn moved_in_version_2(code: &ron::Error) -> Option<String> {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            found,
            outer: Some(outer),
            ..
        } => match (outer.as_str(), found.as_str()) {
            ("Card", "phase") => Some(tr(t::LOAD_CARD_PHASE_V2)),
            ("EmotionPoint", "phase") => Some(tr(t::LOAD_POINT_PHASE_V2)),
            ("Phase", "width") => Some(tr(t::LOAD_PHASE_WIDTH_V2)),
            ("PhaseV1", "steps")
            | ("CardV1", "step" | "actors")
            | ("PointV1", "step" | "moment_of_truth") => {
                Some(tr_args(t::LOAD_NEW_IN_V2, &[("field", found.into())]))
            }
            _ => None,
        },
        E::MissingStructField {
            field: "steps",
            outer: Some(outer),
        } if outer == "Phase" => Some(tr(t::LOAD_PHASE_STEPS_V2)),
        _ => None,
    }
}

/// Which part of a map a struct is, for the message's wording; serde only
/// knows the Rust type name.
fn part(outer: Option<&str>) -> &'static str {
    match outer {
        Some("Card" | "CardV1") => "card",
        Some("Phase" | "PhaseV1") => "phase",
        Some("Step") => "step",
        Some("Lane") => "lane",
        Some("Persona") => "persona",
        Some("EmotionCurve" | "CurveV1") => "curve",
        Some("EmotionPoint" | "PointV1") => "point",
        Some("EmotionScale") => "scale",
        Some("Touchpoint") => "touchpoint",
        Some("Kpi") => "kpi",
        Some("FileV1" | "FileV2" | "VersionProbe") => "map",
        _ => "other",
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

/// A file's size in megabytes to a tenth, rounded up: a file one byte over
/// the 64 MB limit reads "64.1 MB", never "64 MB, larger than the 64 MB".
fn megabytes_above(size: u64) -> String {
    let tenths = size.saturating_mul(10).div_ceil(MEGABYTE);
    // Tenths of a megabyte of a file that exists are far below 2^53.
    let tenths = u32::try_from(tenths).map_or_else(|_| f64::from(u32::MAX), f64::from);
    crate::i18n::format_number(crate::i18n::current(), tenths / 10.0, 1)
}

/// Why a document could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all.
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The path names a folder, a pipe or a device, not a file.
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than any journey map could be.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file comes from a newer Journeymap.
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The text is not a valid document.
    Invalid {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        diagnostics: Vec<Diagnostic>,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            LoadError::Io { path, source } => tr_args(
                t::LOAD_IO,
                &[
                    ("path", (&path.display().to_string()).into()),
                    ("error", (&source.to_string()).into()),
                ],
            ),
            LoadError::NotAFile { path } => tr_args(
                t::LOAD_NOT_A_FILE,
                &[("path", (&path.display().to_string()).into())],
            ),
            LoadError::TooLarge { path, size, limit } => tr_args(
                t::LOAD_TOO_LARGE,
                &[
                    ("path", (&path.display().to_string()).into()),
                    ("size", (&megabytes_above(*size)).into()),
                    ("limit", (&(limit / MEGABYTE).to_string()).into()),
                ],
            ),
            LoadError::NewerVersion {
                path,
                found,
                supported,
            } => format!(
                "{}: {}",
                path.display(),
                newer_version_text(*found, *supported)
            ),
            LoadError::Invalid { path, diagnostics } => {
                return DiagnosticList { path, diagnostics }.fmt(f);
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl LoadError {
    /// One line per problem: `file:line:column: message` where a position is known.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Invalid { path, diagnostics } => {
                diagnostics.iter().map(|d| d.line_in(path)).collect()
            }
            LoadError::NewerVersion {
                path,
                found,
                supported,
            } => {
                // The version is always the first field of a file.
                vec![format!(
                    "{}:1:1: {}",
                    path.display(),
                    newer_version_text(*found, *supported)
                )]
            }
            other => vec![other.to_string()],
        }
    }
}

/// Why a file from a newer Journeymap cannot be read, without the path.
fn newer_version_text(found: u32, supported: u32) -> String {
    tr_args(
        t::LOAD_NEWER_VERSION,
        &[
            ("found", (&found.to_string()).into()),
            ("supported", (&supported.to_string()).into()),
        ],
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
            f.write_str(&d.line_in(self.path))?;
        }
        Ok(())
    }
}
