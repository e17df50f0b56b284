//! Everything that puts bytes on disk safely: atomic saves, recovery copies
//! written in the background, and the app's settings.
//!
//! Architecture invariant: this layer knows files, folders and threads, but no
//! egui and no RON; it asks `format` for the text and hands back plain results.

pub mod atomic;
pub mod autosave;
pub mod dirs;
pub mod recovery;
pub mod settings;

pub use atomic::{Backup, SaveError, save_atomically};
pub use dirs::StorageDirs;
pub use settings::Settings;
