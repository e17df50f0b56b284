//! The file handling of the app's settings, whatever they hold: the shape is
//! its owner's (`app::Settings`), this module only reads and writes it. A file
//! that cannot be read never stops the app: it is set aside as
//! `settings.ron.broken` and the defaults are used, with a warning.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};

use crate::format::config::{from_config_str, to_config_string};
use crate::i18n::{text::storage as t, tr, tr_args};

use super::atomic::{AtomicSave, DirectWrite, SaveError, SaveStep};

/// How many recent files the File menu lists.
pub const MAX_RECENT: usize = 10;

/// Maps opened or saved lately, newest first, at most [`MAX_RECENT`]. Stored
/// as a plain list; a longer list (edited by hand) is cut when read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct RecentFiles(Vec<PathBuf>);

impl RecentFiles {
    /// Puts `path` at the top (once), dropping the oldest.
    pub fn remember(&mut self, path: &Path) {
        // Absolute, so the list works whichever folder the app starts in.
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.0.retain(|known| *known != path);
        self.0.insert(0, path);
        self.0.truncate(MAX_RECENT);
    }

    /// Removes `path`.
    pub fn forget(&mut self, path: &Path) {
        self.0.retain(|known| known != path);
    }

    /// Removes every path.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The paths, newest first.
    pub fn as_slice(&self) -> &[PathBuf] {
        &self.0
    }
}

impl<'de> Deserialize<'de> for RecentFiles {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut paths = Vec::<PathBuf>::deserialize(deserializer)?;
        paths.truncate(MAX_RECENT);
        Ok(Self(paths))
    }
}

/// Reads settings of type `T` from `file`. A missing file gives the defaults
/// silently; an unreadable one is set aside as `FILE.broken` and gives the
/// defaults and a warning for the user, in the interface's language.
///
/// Whether unknown fields are ignored is up to `T`; the app's settings ignore
/// them, so a file from a newer Journeymap does not reset an older one.
pub fn load_settings<T: DeserializeOwned + Default>(file: &Path) -> (T, Option<String>) {
    let text = match fs::read(file) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return (T::default(), None);
        }
        Err(error) => Err(error.to_string()),
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| tr(t::SETTINGS_NOT_UTF8)),
    };
    let parsed =
        text.and_then(|text| from_config_str::<T>(&text, file).map_err(|error| error.to_string()));
    match parsed {
        Ok(settings) => (settings, None),
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
            (T::default(), Some(warning))
        }
    }
}

/// Writes `settings` to `file` atomically, creating its folder.
///
/// # Errors
/// The folder or the file cannot be written.
pub fn save_settings<T: Serialize>(file: &Path, settings: &T) -> Result<(), SaveError> {
    let fail = |source| SaveError {
        path: file.to_path_buf(),
        step: SaveStep::CreateTemporary,
        source,
    };
    if let Some(folder) = file.parent() {
        fs::create_dir_all(folder).map_err(fail)?;
    }
    let text = to_config_string(settings)
        .map_err(|message| fail(io::Error::new(io::ErrorKind::InvalidData, message)))?;
    AtomicSave {
        keep_backup: false,
        writer: &DirectWrite,
    }
    .save(file, text.as_bytes())
    .map(|_| ())
}

/// `settings.ron` → `settings.ron.broken`.
pub(crate) fn broken_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".broken");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for the app's settings: the shape is the caller's.
    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Sample {
        recent_files: RecentFiles,
        count: u32,
    }

    #[test]
    fn recent_files_are_newest_first_unique_and_at_most_ten() {
        let mut recent = RecentFiles::default();
        for i in 0..12 {
            recent.remember(Path::new(&format!("/maps/{i}.ron")));
        }
        recent.remember(Path::new("/maps/5.ron"));
        assert_eq!(recent.as_slice().len(), MAX_RECENT);
        assert_eq!(recent.as_slice()[0], Path::new("/maps/5.ron"));
        assert_eq!(recent.as_slice()[1], Path::new("/maps/11.ron"));
        assert_eq!(
            recent
                .as_slice()
                .iter()
                .filter(|p| p.ends_with("5.ron"))
                .count(),
            1
        );
        recent.forget(Path::new("/maps/5.ron"));
        assert_eq!(recent.as_slice()[0], Path::new("/maps/11.ron"));
        recent.clear();
        assert!(recent.as_slice().is_empty());
    }

    #[test]
    fn settings_round_trip_and_a_missing_file_gives_defaults_silently() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config/settings.ron");
        assert_eq!(load_settings::<Sample>(&file), (Sample::default(), None));
        let mut settings = Sample::default();
        settings.recent_files.remember(Path::new("/maps/a.ron"));
        settings.count = 3;
        save_settings(&file, &settings).unwrap();
        assert_eq!(load_settings(&file), (settings, None));
    }

    #[test]
    fn recent_files_are_a_plain_list_on_disk_and_cut_when_too_long() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.ron");
        let list: Vec<String> = (0..15).map(|i| format!("\"/maps/{i}.ron\"")).collect();
        fs::write(&file, format!("(recent_files: [{}])", list.join(", "))).unwrap();
        let (settings, warning) = load_settings::<Sample>(&file);
        assert_eq!(warning, None);
        assert_eq!(settings.recent_files.as_slice().len(), MAX_RECENT);
        assert_eq!(
            settings.recent_files.as_slice()[9],
            Path::new("/maps/9.ron")
        );
        save_settings(&file, &settings).unwrap();
        let text = fs::read_to_string(&file).unwrap();
        assert!(text.contains("recent_files: [\n"), "{text}");
    }

    #[test]
    fn a_broken_file_resets_with_a_warning_and_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.ron");
        for broken in [&b"(recent_files: [\"/a.ron\""[..], b"\xFF\xFE", b"[1, 2]"] {
            fs::write(&file, broken).unwrap();
            let (settings, warning) = load_settings::<Sample>(&file);
            assert_eq!(settings, Sample::default());
            let warning = warning.expect("a warning");
            assert!(warning.contains("could not be read"), "{warning}");
            assert!(warning.contains("settings.ron.broken"), "{warning}");
            assert_eq!(fs::read(broken_path(&file)).unwrap(), broken);
            assert!(!file.exists());
        }
    }
}
