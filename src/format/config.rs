//! The app's own small files (settings), in RON like the maps, so a user can
//! read and fix them. The shapes are defined by their owners with serde; this
//! module only turns them into text and back.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Diagnostic, LoadError};

/// Pretty text for a small file.
///
/// # Errors
/// The value cannot be written as RON (e.g. a path that is not valid Unicode).
pub fn to_config_string<T: Serialize>(value: &T) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
    let mut text = super::options()
        .to_string_pretty(value, config)
        .map_err(|error| error.to_string())?;
    text.push('\n');
    Ok(text)
}

/// Reads a small file's text. `source` names the file in messages.
///
/// # Errors
/// The text is not a valid value of `T`; the message names line and column.
pub fn from_config_str<T: DeserializeOwned>(text: &str, source: &Path) -> Result<T, LoadError> {
    super::options()
        .from_str(text)
        .map_err(|error| LoadError::Invalid {
            path: source.to_path_buf(),
            diagnostics: vec![Diagnostic::from_ron(&error)],
        })
}
