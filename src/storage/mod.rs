//! Everything that puts bytes on disk safely: atomic saves, recovery copies
//! written in the background, the app's settings file, watching a map for
//! changes by other programs, and one editing window per map.
//!
//! Architecture invariant: this layer knows files, folders and threads, but no
//! egui and no RON; it asks `format` for the text and hands back plain results.
//! It knows no app or export types either: whoever owns settings defines their
//! shape, and storage only reads and writes the file.

pub mod atomic;
pub mod autosave;
pub mod dirs;
pub mod disk;
pub mod map_lock;
pub mod recovery;
pub mod settings;

pub use atomic::{Backup, SaveError, save_atomically};
pub use dirs::StorageDirs;
pub use disk::{DISK_POLL_INTERVAL, DiskState, DiskWatch, Fingerprint, read_state};
pub use map_lock::{LockError, MapLock, remove_stale_locks, request_raise};
pub use settings::{MAX_RECENT, RecentFiles, load_settings, save_settings};

/// Helpers shared by the storage tests.
#[cfg(test)]
pub(crate) mod test_support {
    use std::path::Path;

    /// The names of the files in `dir`, sorted.
    pub fn file_names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}
