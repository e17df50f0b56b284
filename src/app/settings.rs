//! What the app remembers between runs. The app owns the shape; `storage`
//! reads and writes the file (a broken one is set aside, never fatal).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::export::ExportChoices;
use crate::i18n::Lang;
use crate::storage::{RecentFiles, SaveError, load_settings, save_settings};

/// Everything the app remembers between runs. Unknown fields are ignored, so a
/// settings file from a newer Journeymap does not reset an older one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Maps opened or saved lately, newest first.
    pub recent_files: RecentFiles,
    /// The export dialog's last choices.
    pub export: ExportChoices,
    /// The interface language chosen in Preferences; `None` follows the system.
    pub language: Option<Lang>,
}

impl Settings {
    /// Puts `path` at the top of the recent files (once), dropping the oldest.
    pub fn remember(&mut self, path: &Path) {
        self.recent_files.remember(path);
    }

    /// Removes `path` from the recent files.
    pub fn forget(&mut self, path: &Path) {
        self.recent_files.forget(path);
    }

    /// Reads the settings at `file`: the defaults when it is missing, the
    /// defaults and a warning for the user when it cannot be read.
    pub fn load(file: &Path) -> (Self, Option<String>) {
        load_settings(file)
    }

    /// Writes the settings to `file`, creating its folder.
    ///
    /// # Errors
    /// The folder or the file cannot be written.
    pub fn save(&self, file: &Path) -> Result<(), SaveError> {
        save_settings(file, self)
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn settings_round_trip_and_a_missing_file_gives_defaults_silently() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config/settings.ron");
        assert_eq!(Settings::load(&file), (Settings::default(), None));
        let mut settings = Settings::default();
        settings.remember(Path::new("/maps/a.ron"));
        settings.language = Some(Lang::De);
        settings.save(&file).unwrap();
        assert_eq!(Settings::load(&file), (settings, None));
    }

    #[test]
    fn unknown_fields_from_a_newer_version_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.ron");
        fs::write(&file, "(recent_files: [\"/a.ron\"], theme: Dark)").unwrap();
        let (settings, warning) = Settings::load(&file);
        assert_eq!(warning, None);
        assert_eq!(settings.recent_files.as_slice(), [PathBuf::from("/a.ron")]);
    }

    #[test]
    fn the_file_written_before_settings_moved_to_the_app_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.ron");
        let mut settings = Settings::default();
        settings.remember(Path::new("/maps/a.ron"));
        settings.remember(Path::new("/maps/b.ron"));
        settings.language = Some(Lang::De);
        settings.save(&file).unwrap();
        // The exact text the settings had while their struct lived in storage.
        let text = fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("(\n    recent_files: [\n        \"/maps/b.ron\",\n        \"/maps/a.ron\",\n    ],\n    export: ("),
            "{text}"
        );
        assert_eq!(Settings::load(&file), (settings, None));
    }
}
