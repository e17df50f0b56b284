//! The `.ron` file format: the only module that knows RON.
//!
//! A file is one RON struct whose first field is `version`. Saving is
//! deterministic (the same document always gives the same bytes) and loading
//! reports every problem as `file:line:column: message`.

pub mod config;
mod diagnostic;
mod locate;
pub mod recovery;
mod v1;
mod v2;

use crate::i18n::text::load as t;
use crate::i18n::{tr, tr_args};
use std::io::Read;
use std::path::Path;

use serde::Deserialize;

pub use diagnostic::{Diagnostic, LoadError};
pub use locate::TextPosition;

use crate::model::{Journey, validate};

/// The version this build writes, and the newest it reads.
pub const CURRENT_VERSION: u32 = 2;

/// Largest file the app opens. A 10,000-card map is about 3 MB; anything far
/// bigger is almost certainly not a journey map, and reading it would stall the UI.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Deepest nesting accepted: real documents nest about six levels; the limit
/// stops hostile input from exhausting the stack.
const RECURSION_LIMIT: usize = 64;

/// The UTF-8 byte-order mark some Windows editors put at the start of a text file.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// File name extension of Journeymap documents.
pub const EXTENSION: &str = "ron";

/// Just the version of a file, read before anything else.
#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// RON options for reading anything: a nesting limit against hostile input.
fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Turns a journey into the canonical file text.
pub fn to_ron_string(journey: &Journey) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        .escape_strings(false)
        .compact_arrays(false)
        .separate_tuple_members(false);
    let file = v2::FileV2::from_journey(journey);
    // Serializing plain owned data to a String cannot fail; keep a valid
    // fallback anyway rather than a panic path.
    let mut text = ron::Options::default()
        .to_string_pretty(&file, config)
        .unwrap_or_else(|error| format!("// could not serialize: {error}\n"));
    text.push('\n');
    text
}

/// A map read from a file, with the format version the file is written in
/// (which may be older than [`CURRENT_VERSION`] once there are several).
#[derive(Clone, Debug)]
pub struct LoadedMap {
    /// The map, with the meaning the file's version gives it.
    pub journey: Journey,
    /// The `version` written in the file.
    pub version: u32,
}

/// Parses file text. `source` names the file in error messages.
///
/// # Errors
/// Every problem found, each with line and column.
pub fn from_ron_str(text: &str, source: &Path) -> Result<Journey, LoadError> {
    parse_text(text, source).map(|loaded| loaded.journey)
}

/// [`from_ron_str`], keeping the version the file is written in.
fn parse_text(text: &str, source: &Path) -> Result<LoadedMap, LoadError> {
    let invalid = |diagnostics: Vec<Diagnostic>| LoadError::Invalid {
        path: source.to_path_buf(),
        diagnostics,
    };
    if text.trim().is_empty() {
        return Err(invalid(vec![Diagnostic::at_start(tr(t::LOAD_EMPTY))]));
    }
    let options = options();

    // Read the version first, ignoring the rest, so a file from a newer release
    // is refused with a clear message instead of a confusing field error.
    let probe: VersionProbe = options
        .from_str(text)
        .map_err(|error| invalid(vec![Diagnostic::from_ron_in(&error, text)]))?;
    if probe.version > CURRENT_VERSION {
        return Err(LoadError::NewerVersion {
            path: source.to_path_buf(),
            found: probe.version,
            supported: CURRENT_VERSION,
        });
    }
    if probe.version == 0 {
        let at = locate::locate(text, crate::model::Item::Document, Some("version"));
        return Err(invalid(vec![Diagnostic::new(at, tr(t::LOAD_VERSION_ZERO))]));
    }

    let parse_error = |error| invalid(vec![Diagnostic::from_ron_in(&error, text)]);
    let (journey, mut problems) = if probe.version == 1 {
        let file: v1::FileV1 = options.from_str(text).map_err(parse_error)?;
        let problems = file.phase_problems();
        (file.into_journey(), problems)
    } else {
        let file: v2::FileV2 = options.from_str(text).map_err(parse_error)?;
        (file.into_journey(), Vec::new())
    };
    if probe.version == 1 {
        // `phase_problems` said what is wrong with phases in version 1's
        // words; the step rules would say it again about the upgraded map.
        problems.extend(validate(&journey).into_iter().filter(v1::not_about_phases));
    } else {
        problems = validate(&journey);
    }
    problems.extend(photo_problems(&journey));
    if problems.is_empty() {
        Ok(LoadedMap {
            journey,
            version: probe.version,
        })
    } else {
        let mut diagnostics: Vec<Diagnostic> = problems
            .into_iter()
            .map(|problem| {
                let at = locate::locate(text, problem.item, problem.field);
                Diagnostic::new(at, problem.message)
            })
            .collect();
        // In the order a reader meets them in the file, whichever rule found them.
        diagnostics.sort_by_key(|diagnostic| (diagnostic.at.line, diagnostic.at.column));
        Err(invalid(diagnostics))
    }
}

/// Embedded photos whose header is unreadable or too large. Checked here,
/// where files come in, because the model knows no image formats; the edits
/// can only store photos that `crate::photo::import` made.
fn photo_problems(journey: &Journey) -> Vec<crate::model::Problem> {
    journey
        .personas
        .iter()
        .enumerate()
        .filter_map(|(i, persona)| {
            let photo = persona.photo.as_ref()?;
            if photo.bytes().len() > crate::model::Photo::MAX_BYTES {
                return None; // `validate` already said so
            }
            let message = crate::photo::check_stored(photo).err()?;
            Some(crate::model::Problem {
                item: crate::model::Item::Persona(i),
                field: Some("photo"),
                message,
            })
        })
        .collect()
}

/// Parses the raw bytes of a file: refuses text that is not UTF-8 and drops a
/// leading byte-order mark (Windows editors add one; it carries no meaning).
///
/// # Errors
/// The bytes are not UTF-8, or the text is not a valid document.
pub fn from_bytes(bytes: &[u8], source: &Path) -> Result<Journey, LoadError> {
    parse_bytes(bytes, source).map(|loaded| loaded.journey)
}

/// [`from_bytes`], keeping the version the file is written in
/// (`journeymap fmt` upgrades older ones keeping a backup).
///
/// # Errors
/// As [`from_bytes`].
pub fn parse_file_bytes(bytes: &[u8], source: &Path) -> Result<LoadedMap, LoadError> {
    parse_bytes(bytes, source)
}

/// Why a file's bytes are not the UTF-8 text our files are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextError {
    /// The file starts with a UTF-16 byte-order mark.
    Utf16,
    /// This byte, at this place, is not UTF-8.
    NotUtf8 {
        /// Where the first byte that is not UTF-8 stands.
        at: TextPosition,
        /// That byte.
        byte: u8,
    },
}

/// The text of a file's bytes, without a leading UTF-8 byte-order mark
/// (Windows editors add one; it carries no meaning): for maps and for the
/// files an import reads.
///
/// # Errors
/// UTF-16 text, or the place of the first byte that is not UTF-8.
pub fn decode_text(bytes: &[u8]) -> Result<&str, TextError> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(TextError::Utf16);
    }
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = error.valid_up_to();
        let before = bytes.get(..valid).unwrap_or_default();
        TextError::NotUtf8 {
            at: TextPosition::of_offset(std::str::from_utf8(before).unwrap_or_default(), valid),
            byte: bytes.get(valid).copied().unwrap_or_default(),
        }
    })
}

/// [`from_bytes`], keeping the version the file is written in.
fn parse_bytes(bytes: &[u8], source: &Path) -> Result<LoadedMap, LoadError> {
    let text = decode_text(bytes).map_err(|error| {
        let diagnostic = match error {
            TextError::Utf16 => Diagnostic::at_start(tr(t::LOAD_UTF16)),
            TextError::NotUtf8 { at, byte } => Diagnostic::new(
                at,
                tr_args(
                    t::LOAD_NOT_UTF8,
                    &[("byte", (&format!("0x{byte:02X}")).into())],
                ),
            ),
        };
        LoadError::Invalid {
            path: source.to_path_buf(),
            diagnostics: vec![diagnostic],
        }
    })?;
    parse_text(text, source)
}

/// Reads and parses a file, refusing anything that is not a regular file (a
/// folder, a pipe or a device would block or never end), files over
/// [`MAX_FILE_BYTES`], and text that is not UTF-8.
///
/// # Errors
/// The file cannot be read, is too large, or is not a valid document.
pub fn load_file(path: &Path) -> Result<Journey, LoadError> {
    load_file_with_version(path).map(|loaded| loaded.journey)
}

/// [`load_file`], also telling which format version the file is written
/// in (`journeymap info` prints it).
///
/// # Errors
/// As [`load_file`].
pub fn load_file_with_version(path: &Path) -> Result<LoadedMap, LoadError> {
    parse_bytes(&read_file(path)?, path)
}

/// The bytes of the map file at `path`, with the checks of [`load_file`]
/// that come before parsing. The editor keeps them to recognise the file's
/// content later (has another program changed it?).
///
/// # Errors
/// The path is not a regular file, cannot be read, or is too large.
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if !metadata.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let too_large = |size| LoadError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit: MAX_FILE_BYTES,
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    // Read at most one byte past the limit: the file may grow after the size check.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests;
