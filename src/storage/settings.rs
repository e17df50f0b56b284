//! The app's settings: for now the recently opened maps. Stored as RON in the
//! config folder; a file that cannot be read never stops the app: it is set
//! aside as `settings.ron.broken` and the defaults are used, with a warning.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::format::config::{from_config_str, to_config_string};
use crate::i18n::{text::storage as t, tr, tr_args};

use super::atomic::{AtomicSave, DirectWrite, SaveError, SaveStep};

/// How many recent files the File menu lists.
pub const MAX_RECENT: usize = 10;

/// Everything the app remembers between runs. Unknown fields are ignored, so a
/// settings file from a newer Journeymap does not reset an older one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Maps opened or saved lately, newest first, at most [`MAX_RECENT`].
    pub recent_files: Vec<PathBuf>,
    /// The export dialog's last choices.
    pub export: crate::export::ExportChoices,
    /// The interface language chosen in Preferences; `None` follows the system.
    pub language: Option<crate::i18n::Lang>,
}

impl Settings {
    /// Puts `path` at the top of the recent files (once), dropping the oldest.
    pub fn remember(&mut self, path: &Path) {
        // Absolute, so the list works whichever folder the app starts in.
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent_files.retain(|known| *known != path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }

    /// Removes `path` from the recent files.
    pub fn forget(&mut self, path: &Path) {
        self.recent_files.retain(|known| known != path);
    }

    /// Reads the settings at `file`. A missing file gives the defaults
    /// silently; an unreadable one gives the defaults and a warning for the
    /// user, in the interface's language.
    pub fn load(file: &Path) -> (Self, Option<String>) {
        let text = match fs::read(file) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return (Self::default(), None);
            }
            Err(error) => Err(error.to_string()),
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| tr(t::SETTINGS_NOT_UTF8)),
        };
        let parsed = text.and_then(|text| {
            from_config_str::<Self>(&text, file).map_err(|error| error.to_string())
        });
        match parsed {
            Ok(mut settings) => {
                settings.recent_files.truncate(MAX_RECENT);
                (settings, None)
            }
            Err(reason) => {
                let broken = broken_path(file);
                let path = file.display().to_string();
                let warning = if fs::rename(file, &broken).is_ok() {
                    tr_args(
                        t::SETTINGS_UNREADABLE_KEPT,
                        &[
                            ("path", (&path).into()),
                            ("reason", (&reason).into()),
                            ("kept", (&broken.display().to_string()).into()),
                        ],
                    )
                } else {
                    tr_args(
                        t::SETTINGS_UNREADABLE,
                        &[("path", (&path).into()), ("reason", (&reason).into())],
                    )
                };
                (Self::default(), Some(warning))
            }
        }
    }

    /// Writes the settings to `file`, creating its folder.
    ///
    /// # Errors
    /// The folder or the file cannot be written.
    pub fn save(&self, file: &Path) -> Result<(), SaveError> {
        let fail = |source| SaveError {
            path: file.to_path_buf(),
            step: SaveStep::CreateTemporary,
            source,
        };
        if let Some(folder) = file.parent() {
            fs::create_dir_all(folder).map_err(fail)?;
        }
        let text = to_config_string(self)
            .map_err(|message| fail(io::Error::new(io::ErrorKind::InvalidData, message)))?;
        AtomicSave {
            keep_backup: false,
            writer: &DirectWrite,
        }
        .save(file, text.as_bytes())
        .map(|_| ())
    }
}

fn broken_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".broken");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_newest_first_unique_and_at_most_ten() {
        let mut settings = Settings::default();
        for i in 0..12 {
            settings.remember(Path::new(&format!("/maps/{i}.ron")));
        }
        settings.remember(Path::new("/maps/5.ron"));
        assert_eq!(settings.recent_files.len(), MAX_RECENT);
        assert_eq!(settings.recent_files[0], Path::new("/maps/5.ron"));
        assert_eq!(settings.recent_files[1], Path::new("/maps/11.ron"));
        assert_eq!(
            settings
                .recent_files
                .iter()
                .filter(|p| p.ends_with("5.ron"))
                .count(),
            1
        );
        settings.forget(Path::new("/maps/5.ron"));
        assert_eq!(settings.recent_files[0], Path::new("/maps/11.ron"));
    }

    #[test]
    fn settings_round_trip_and_a_missing_file_gives_defaults_silently() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config/settings.ron");
        assert_eq!(Settings::load(&file), (Settings::default(), None));
        let mut settings = Settings::default();
        settings.remember(Path::new("/maps/a.ron"));
        settings.save(&file).unwrap();
        assert_eq!(Settings::load(&file), (settings, None));
    }

    #[test]
    fn a_broken_file_resets_with_a_warning_and_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.ron");
        for broken in [&b"(recent_files: [\"/a.ron\""[..], b"\xFF\xFE", b"[1, 2]"] {
            fs::write(&file, broken).unwrap();
            let (settings, warning) = Settings::load(&file);
            assert_eq!(settings, Settings::default());
            let warning = warning.expect("a warning");
            assert!(warning.contains("could not be read"), "{warning}");
            assert!(warning.contains("settings.ron.broken"), "{warning}");
            assert_eq!(fs::read(broken_path(&file)).unwrap(), broken);
            assert!(!file.exists());
        }
    }

    #[test]
    fn unknown_fields_from_a_newer_version_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.ron");
        fs::write(&file, "(recent_files: [\"/a.ron\"], theme: Dark)").unwrap();
        let (settings, warning) = Settings::load(&file);
        assert_eq!(warning, None);
        assert_eq!(settings.recent_files, [PathBuf::from("/a.ron")]);
    }
}
