//! Where the app keeps its own files: settings in the platform's config folder,
//! recovery copies in its data folder. Environment variables override both, so
//! tests and CI never touch a real home folder.

use std::path::PathBuf;

/// Overrides the folder for settings (e.g. `~/.config/journeymap` on Linux).
pub const CONFIG_DIR_VAR: &str = "JOURNEYMAP_CONFIG_DIR";
/// Overrides the folder for recovery copies (e.g. `~/.local/share/journeymap`).
pub const DATA_DIR_VAR: &str = "JOURNEYMAP_DATA_DIR";

/// The app's config and data folders. They may not exist yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageDirs {
    /// Settings live here.
    pub config: PathBuf,
    /// Recovery copies live here.
    pub data: PathBuf,
}

impl StorageDirs {
    /// The platform's folders, or the overrides from the environment; `None`
    /// when the platform has no home folder and nothing overrides it.
    pub fn from_environment() -> Option<Self> {
        let project = directories::ProjectDirs::from("", "", "Journeymap");
        let pick = |var: &str, platform: Option<PathBuf>| {
            std::env::var_os(var)
                .filter(|value| !value.is_empty())
                .map(PathBuf::from)
                .or(platform)
        };
        Some(Self {
            config: pick(
                CONFIG_DIR_VAR,
                project.as_ref().map(|p| p.config_dir().to_path_buf()),
            )?,
            data: pick(
                DATA_DIR_VAR,
                project.as_ref().map(|p| p.data_dir().to_path_buf()),
            )?,
        })
    }

    /// Both folders inside `root` (for tests).
    pub fn inside(root: &std::path::Path) -> Self {
        Self {
            config: root.join("config"),
            data: root.join("data"),
        }
    }

    /// The folder of recovery copies.
    pub fn recovery(&self) -> PathBuf {
        self.data.join("recovery")
    }

    /// The folder of map locks (one editing window per map).
    pub fn locks(&self) -> PathBuf {
        self.data.join("locks")
    }

    /// The settings file.
    pub fn settings_file(&self) -> PathBuf {
        self.config.join("settings.ron")
    }
}
