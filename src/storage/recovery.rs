//! The folder of recovery copies, shared by every running Journeymap.
//!
//! Each running app is a *session* holding an exclusive lock on its own
//! `SESSION.lock` file for as long as it lives; its copies are named
//! `SESSION.N.ron`. The operating system drops the lock when a process dies,
//! however it dies, so copies whose session lock is free (or gone) belong to a
//! crashed or killed app: those are the ones offered for recovery. Copies of
//! another app that is still running are left alone.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::format::recovery::{RecoveryInfo, from_recovery_str, to_recovery_string};
use crate::format::{self, LoadError};
use crate::model::Journey;

use super::atomic::{AtomicSave, DirectWrite, SaveError};

const COPY_EXTENSION: &str = "ron";
const LOCK_EXTENSION: &str = "lock";

/// A recovery copy left behind by an app that did not close normally.
#[derive(Debug)]
pub struct Orphan {
    /// The copy.
    pub file: PathBuf,
    /// What it holds, or why it cannot be read (then it can only be discarded
    /// or kept; its path is shown so it can be rescued by hand).
    pub content: Result<(RecoveryInfo, Journey), LoadError>,
}

impl Orphan {
    /// When the copy was written: from its contents, else the file's time.
    pub fn saved_at_unix(&self) -> u64 {
        match &self.content {
            Ok((info, _)) => info.saved_at_unix,
            Err(_) => fs::metadata(&self.file)
                .and_then(|meta| meta.modified())
                .map_or(0, unix_seconds),
        }
    }
}

/// This app's place in the recovery folder.
pub struct RecoveryStore {
    dir: PathBuf,
    session: String,
    /// Held (locked) for the whole life of the app; see the module docs.
    _lock: File,
    next_copy: AtomicU64,
}

impl RecoveryStore {
    /// Joins the recovery folder `dir` (creating it) as a new session.
    ///
    /// # Errors
    /// The folder or the session's lock file cannot be created or locked.
    pub fn open(dir: &Path) -> io::Result<Self> {
        // The counter tells apart stores opened in one process (tests do that).
        static OPENED: AtomicU64 = AtomicU64::new(0);
        fs::create_dir_all(dir)?;
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let session = format!(
            "s{}-{}-{}",
            std::process::id(),
            now.as_millis(),
            OPENED.fetch_add(1, Ordering::Relaxed)
        );
        // The lock file appears under its real name only once it is locked
        // (a rename keeps the lock), so every visible lock file whose lock is
        // free belongs to a dead app and can go.
        let staging = dir.join(format!(".{session}.{LOCK_EXTENSION}.tmp"));
        let lock = OpenOptions::new()
            .create_new(true)
            .write(true)
            .open(&staging)?;
        lock.try_lock().map_err(|error| match error {
            TryLockError::Error(error) => error,
            TryLockError::WouldBlock => io::Error::other("a new session lock is already held"),
        })?;
        fs::rename(&staging, dir.join(format!("{session}.{LOCK_EXTENSION}")))?;
        Ok(Self {
            dir: dir.to_path_buf(),
            session,
            _lock: lock,
            next_copy: AtomicU64::new(1),
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A fresh path for the recovery copy of one open document.
    pub fn new_copy_path(&self) -> PathBuf {
        let n = self.next_copy.fetch_add(1, Ordering::Relaxed);
        self.dir
            .join(format!("{}.{n}.{COPY_EXTENSION}", self.session))
    }

    /// Copies left by apps that are no longer running, newest first.
    /// Also removes lock files of dead sessions that have no copies left.
    pub fn orphans(&self) -> Vec<Orphan> {
        let mut orphans: Vec<Orphan> = self
            .dead_sessions_files()
            .into_iter()
            .map(|file| Orphan {
                content: read_copy(&file),
                file,
            })
            .collect();
        orphans.sort_by_key(|orphan| std::cmp::Reverse(orphan.saved_at_unix()));
        orphans
    }

    /// The copies of dead sessions; removes their lock files where no copy
    /// is left (after a restore took the last one over, say).
    fn dead_sessions_files(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut copies = Vec::new();
        let mut locks = Vec::new();
        for path in entries.filter_map(|entry| entry.ok().map(|entry| entry.path())) {
            let Some(session) = session_of(&path) else {
                continue;
            };
            if session == self.session || !self.is_dead(session) {
                continue;
            }
            match path.extension().and_then(|ext| ext.to_str()) {
                Some(COPY_EXTENSION) => copies.push(path),
                Some(LOCK_EXTENSION) => locks.push(path),
                _ => {}
            }
        }
        for lock in locks {
            let has_copies = copies
                .iter()
                .any(|copy| session_of(copy) == session_of(&lock));
            if !has_copies {
                let _ = fs::remove_file(lock);
            }
        }
        copies
    }

    /// Takes an orphan's copy over for a restored document: it becomes this
    /// session's copy, so it stays protected until the map is saved.
    ///
    /// # Errors
    /// The copy cannot be renamed (it was removed meanwhile, say).
    pub fn adopt(&self, orphan_file: &Path) -> io::Result<PathBuf> {
        let copy = self.new_copy_path();
        fs::rename(orphan_file, &copy)?;
        Ok(copy)
    }

    fn is_dead(&self, session: &str) -> bool {
        let lock_path = self.dir.join(format!("{session}.{LOCK_EXTENSION}"));
        match OpenOptions::new().write(true).open(lock_path) {
            // No lock file: its app closed normally and left a copy behind
            // (it never should), or someone removed it. Either way, offer it.
            Err(_) => true,
            Ok(lock) => !matches!(lock.try_lock(), Err(TryLockError::WouldBlock)),
        }
    }
}

impl Drop for RecoveryStore {
    /// A normal exit removes the session's lock file. Copies still left (there
    /// should be none) then have no lock and are offered at the next start.
    fn drop(&mut self) {
        self.dead_sessions_files();
        let _ = fs::remove_file(self.dir.join(format!("{}.{LOCK_EXTENSION}", self.session)));
    }
}

/// Writes the recovery copy of `journey` to `copy`, atomically, so a crash
/// in the middle of writing leaves the previous copy.
///
/// # Errors
/// The copy cannot be written.
pub fn write_copy(copy: &Path, info: &RecoveryInfo, journey: &Journey) -> Result<(), SaveError> {
    let text = to_recovery_string(info, journey).map_err(|message| SaveError {
        path: copy.to_path_buf(),
        step: super::atomic::SaveStep::Write,
        source: io::Error::new(io::ErrorKind::InvalidData, message),
    })?;
    AtomicSave {
        keep_backup: false,
        writer: &DirectWrite,
    }
    .save(copy, text.as_bytes())
    .map(|_| ())
}

/// Deletes a copy; one that is already gone is fine.
///
/// # Errors
/// The copy exists but cannot be removed.
pub fn remove_copy(copy: &Path) -> io::Result<()> {
    match fs::remove_file(copy) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

fn read_copy(file: &Path) -> Result<(RecoveryInfo, Journey), LoadError> {
    let io_error = |source| LoadError::Io {
        path: file.to_path_buf(),
        source,
    };
    let mut text = String::new();
    File::open(file)
        .and_then(|handle| {
            handle
                .take(format::MAX_FILE_BYTES)
                .read_to_string(&mut text)
        })
        .map_err(io_error)?;
    from_recovery_str(&text, file)
}

/// `s1-2-3` from `…/s1-2-3.7.ron` or `…/s1-2-3.lock`.
fn session_of(path: &Path) -> Option<&str> {
    let name = path.file_name()?.to_str()?;
    let session = name.split('.').next()?;
    session.starts_with('s').then_some(session)
}

/// Seconds since 1970 (0 for times before it).
pub fn unix_seconds(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

#[cfg(test)]
#[path = "recovery_tests.rs"]
mod tests;
