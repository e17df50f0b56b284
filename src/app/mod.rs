//! The editor window.

use std::path::PathBuf;

/// Opens the editor window on `file`, or on the bundled example.
///
/// # Errors
/// The window could not be created.
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let _ = file;
    anyhow::bail!("the editor window is not built yet")
}
