//! The app's link to its own files: settings with the recent files, and the
//! recovery copy of the open map, kept current in the background.

use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use crate::format::recovery::RecoveryInfo;
use crate::storage::autosave::{AutosaveSchedule, Autosaver, Next, Report};
use crate::storage::recovery::{Orphan, RecoveryStore, unix_seconds};
use crate::storage::{LockError, MapLock, StorageDirs};

use super::{OpenDocument, Settings};
use crate::i18n::{text::storage as t, tr, tr_args};

/// How often a window holding a map checks whether another wants it forward.
const RAISE_POLL: std::time::Duration = std::time::Duration::from_secs(1);

/// Settings and recovery for one running app.
pub struct Persistence {
    dirs: StorageDirs,
    /// The settings as loaded (or the defaults).
    pub settings: Settings,
    /// `None` when the recovery folder cannot be used; the user was told.
    store: Option<RecoveryStore>,
    autosaver: Autosaver,
    schedule: AutosaveSchedule,
    /// The open map's recovery copy, once one was asked for.
    copy: Option<PathBuf>,
    /// The last problem writing a copy, shown in the status bar until a copy works again.
    pub autosave_problem: Option<String>,
    /// This window's claim on the open map's file: one editing window per map.
    map_lock: Option<MapLock>,
    /// When the lock was last asked whether another window wants this one forward.
    raise_checked: Option<Instant>,
}

impl Persistence {
    /// Loads the settings and joins the recovery folder. Returns warnings for
    /// the user: a broken settings file, an unusable recovery folder.
    pub fn open(dirs: StorageDirs, ctx: &egui::Context) -> (Self, Vec<String>) {
        let mut warnings = Vec::new();
        let (settings, warning) = Settings::load(&dirs.settings_file());
        warnings.extend(warning);
        let store = match RecoveryStore::open(&dirs.recovery()) {
            Ok(store) => Some(store),
            Err(error) => {
                warnings.push(tr_args(
                    t::RECOVERY_UNAVAILABLE,
                    &[
                        ("folder", (&dirs.recovery().display().to_string()).into()),
                        ("reason", (&error.to_string()).into()),
                    ],
                ));
                None
            }
        };
        let ctx = ctx.clone();
        let persistence = Self {
            dirs,
            settings,
            store,
            autosaver: Autosaver::start(move || ctx.request_repaint()),
            schedule: AutosaveSchedule::default(),
            copy: None,
            autosave_problem: None,
            map_lock: None,
            raise_checked: None,
        };
        (persistence, warnings)
    }

    /// Copies left by apps that crashed or were killed.
    pub fn orphans(&self) -> Vec<Orphan> {
        self.store
            .as_ref()
            .map(RecoveryStore::orphans)
            .unwrap_or_default()
    }

    /// Called every frame: sends a recovery copy when one is due, and asks for
    /// a frame when the next one will be.
    pub fn tick(&mut self, ctx: &egui::Context, document: &OpenDocument) {
        if !document.is_dirty() && self.copy.is_some() {
            // Undone back to what the file holds: nothing left to recover,
            // and a later start must not offer a copy equal to the file.
            self.drop_copy();
        }
        for report in self.autosaver.reports() {
            match report {
                Report::Written { .. } => self.autosave_problem = None,
                Report::Failed { copy, problem } => {
                    self.autosave_problem = Some(problem.message(&copy));
                }
            }
        }
        let Some(store) = &self.store else {
            return;
        };
        let now = Instant::now();
        match self
            .schedule
            .next(now, document.revision(), document.is_dirty())
        {
            Next::Idle => {}
            Next::WakeIn(wait) => ctx.request_repaint_after(wait),
            Next::WriteNow => {
                let copy = self
                    .copy
                    .get_or_insert_with(|| store.new_copy_path())
                    .clone();
                let info = RecoveryInfo {
                    original: document.path.clone(),
                    saved_at_unix: unix_seconds(SystemTime::now()),
                };
                self.autosaver
                    .write(copy, info, document.journey.clone(), document.revision());
                self.schedule.sent(now, document.revision());
            }
        }
    }

    /// The map was saved, or its changes were dropped: its copy goes.
    pub fn drop_copy(&mut self) {
        if let Some(copy) = self.copy.take() {
            self.autosaver.remove(copy);
        }
        self.schedule = AutosaveSchedule::default();
    }

    /// A recovery copy becomes the open map's copy.
    ///
    /// # Errors
    /// The copy cannot be taken over (it vanished, say).
    pub fn adopt(&mut self, orphan_file: &Path) -> std::io::Result<()> {
        self.drop_copy();
        let store = self
            .store
            .as_ref()
            .ok_or_else(|| std::io::Error::other(tr(t::RECOVERY_NOT_AVAILABLE)))?;
        self.copy = Some(store.adopt(orphan_file)?);
        Ok(())
    }

    /// Remembers `path` as recently used and saves the settings.
    pub fn remember(&mut self, path: &Path) -> Option<String> {
        self.settings.remember(path);
        self.save_settings()
    }

    /// Keeps the export dialog's choices for the next run and saves the settings.
    pub fn remember_export(&mut self, choices: &crate::export::ExportChoices) -> Option<String> {
        if self.settings.export == *choices {
            return None;
        }
        self.settings.export = choices.clone();
        self.save_settings()
    }

    /// Keeps the interface language choice and saves the settings.
    pub fn remember_language(&mut self, language: Option<crate::i18n::Lang>) -> Option<String> {
        self.settings.language = language;
        self.save_settings()
    }

    /// Empties the recent files and saves the settings.
    pub fn forget_all(&mut self) -> Option<String> {
        self.settings.recent_files.clear();
        self.save_settings()
    }

    /// Drops `path` from the recent files and saves the settings.
    pub fn forget(&mut self, path: &Path) -> Option<String> {
        self.settings.forget(path);
        self.save_settings()
    }

    fn save_settings(&self) -> Option<String> {
        self.settings
            .save(&self.dirs.settings_file())
            .err()
            .map(|error| error.message())
    }

    /// Claims `map` for this window, letting go of the map it held before.
    /// Held elsewhere, the previous claim stays.
    ///
    /// # Errors
    /// Another running window edits the map, or the lock folder is unusable.
    pub fn lock_map(&mut self, map: &Path) -> Result<(), LockError> {
        if self
            .map_lock
            .as_ref()
            .is_some_and(|lock| std::fs::canonicalize(map).is_ok_and(|m| m == lock.map()))
        {
            return Ok(());
        }
        let lock = MapLock::acquire(&self.dirs.locks(), map)?;
        self.map_lock = Some(lock);
        Ok(())
    }

    /// Lets go of the open map's file (a new map, a view-only one).
    pub fn release_map(&mut self) {
        self.map_lock = None;
    }

    /// Asks the window holding `map` to come forward.
    ///
    /// # Errors
    /// The request could not be written.
    pub fn request_raise(&self, map: &Path) -> std::io::Result<()> {
        crate::storage::request_raise(&self.dirs.locks(), map)
    }

    /// Whether another window asked this one to come forward; checked about
    /// once a second, as long as this window holds a map.
    pub fn raise_requested(&mut self, ctx: &egui::Context) -> bool {
        let Some(lock) = &self.map_lock else {
            return false;
        };
        let now = Instant::now();
        if self
            .raise_checked
            .is_some_and(|checked| now.duration_since(checked) < RAISE_POLL)
        {
            return false;
        }
        self.raise_checked = Some(now);
        ctx.request_repaint_after(RAISE_POLL);
        lock.raise_requested()
    }

    /// Finishes queued writes and removals, and leaves the recovery folder
    /// (its session lock goes) and the map's lock; called when the app exits.
    pub fn finish(&mut self) {
        self.map_lock = None;
        self.autosaver.finish();
        self.store = None;
    }
}
