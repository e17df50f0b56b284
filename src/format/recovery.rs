//! The recovery copy: the map plus what the recovery dialog shows about it.
//!
//! A recovery file is its own versioned struct around an ordinary map, so
//! the map part can never drift from what a normal save writes. Copies of
//! version 1 hold a version-1 map (written before phases held steps); they
//! are still read after an upgrade, so a crash just before it loses nothing.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Diagnostic, LoadError, v1::FileV1, v2::FileV2};
use crate::model::{Journey, validate};

/// What a recovery copy says about the map it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryInfo {
    /// Where the map was saved last, or `None` for a map never saved.
    pub original: Option<PathBuf>,
    /// When the copy was written, in seconds since 1970 (UTC).
    pub saved_at_unix: u64,
}

/// A recovery copy around a version-1 map (read only).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecoveryFileV1 {
    #[expect(
        dead_code,
        reason = "read to match the shape; the probe already knows it"
    )]
    recovery: u32,
    saved_at: u64,
    #[serde(default)]
    original: Option<PathBuf>,
    map: FileV1,
}

/// A recovery copy around a version-2 map: what is written now.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecoveryFileV2 {
    recovery: u32,
    saved_at: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    original: Option<PathBuf>,
    map: FileV2,
}

/// The recovery format this build writes, and the newest it reads.
const CURRENT_RECOVERY_VERSION: u32 = 2;

/// Just the recovery format's version, read first.
#[derive(Deserialize)]
struct RecoveryProbe {
    recovery: u32,
}

/// The text of a recovery copy.
///
/// # Errors
/// The original path cannot be written as text (it is not valid Unicode).
pub fn to_recovery_string(info: &RecoveryInfo, journey: &Journey) -> Result<String, String> {
    let file = RecoveryFileV2 {
        recovery: CURRENT_RECOVERY_VERSION,
        saved_at: info.saved_at_unix,
        original: info.original.clone(),
        map: FileV2::from_journey(journey),
    };
    // Compact: nobody reads these by hand, and they are written every second.
    super::options()
        .to_string(&file)
        .map_err(|error| error.to_string())
}

/// Reads a recovery copy back. `source` names the file in messages.
///
/// # Errors
/// The copy is damaged, or the map in it breaks a rule.
pub fn from_recovery_str(text: &str, source: &Path) -> Result<(RecoveryInfo, Journey), LoadError> {
    let invalid = |diagnostics| LoadError::Invalid {
        path: source.to_path_buf(),
        diagnostics,
    };
    let parse_error = |error: ron::error::SpannedError| invalid(vec![Diagnostic::from_ron(&error)]);
    let probe: RecoveryProbe = super::options().from_str(text).map_err(parse_error)?;
    let (journey, original, saved_at, mut problems) = match probe.recovery {
        1 => {
            let file: RecoveryFileV1 = super::options().from_str(text).map_err(parse_error)?;
            let problems = file.map.phase_problems();
            (
                file.map.into_journey(),
                file.original,
                file.saved_at,
                problems,
            )
        }
        CURRENT_RECOVERY_VERSION => {
            let file: RecoveryFileV2 = super::options().from_str(text).map_err(parse_error)?;
            (
                file.map.into_journey(),
                file.original,
                file.saved_at,
                Vec::new(),
            )
        }
        // A newer Journeymap's copy (they share the folder) may mean
        // something else in the same words: kept for that version to read.
        newer if newer > CURRENT_RECOVERY_VERSION => {
            return Err(LoadError::NewerVersion {
                path: source.to_path_buf(),
                found: newer,
                supported: CURRENT_RECOVERY_VERSION,
            });
        }
        _ => {
            return Err(invalid(vec![Diagnostic::at_start(crate::i18n::tr(
                crate::i18n::text::load::LOAD_VERSION_ZERO,
            ))]));
        }
    };
    if problems.is_empty() {
        problems = validate(&journey);
    }
    if !problems.is_empty() {
        return Err(invalid(
            problems
                .into_iter()
                .map(|problem| Diagnostic::at_start(problem.message))
                .collect(),
        ));
    }
    let info = RecoveryInfo {
        original,
        saved_at_unix: saved_at,
    };
    Ok((info, journey))
}

#[cfg(test)]
#[path = "recovery_tests.rs"]
mod tests;
