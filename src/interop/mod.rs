//! Maps in other tools' formats: Mermaid `journey` diagrams and tables
//! (CSV, XLSX, ODS). Each format is read into a new `Journey` and written
//! from one; nothing here touches the disk beyond the bytes it is given or
//! returns, so the command line and the app share it.

pub mod mermaid;
pub mod table;

use std::path::Path;

/// Why a file to import could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file is larger than an import reads: its size and the limit, in bytes.
    TooLarge(u64, u64),
    /// The file system said no.
    Io(std::io::Error),
}

/// Reads the file at `path` whole, refusing one larger than `limit` bytes
/// before reading a byte of it: a mistaken choice of a huge file costs
/// nothing.
///
/// # Errors
/// [`ReadError::TooLarge`] or the file system's error.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let size = file.metadata().map_err(ReadError::Io)?.len();
    if size > limit {
        return Err(ReadError::TooLarge(size, limit));
    }
    // The size may grow while it is read; never read past the limit.
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > limit {
        return Err(ReadError::TooLarge(read, limit));
    }
    Ok(bytes)
}
