//! One map, one editing window: a lock per open map in a folder shared by
//! every running Journeymap.
//!
//! A map's lock file is `<16 hex>.lock`, named by a stable hash of the map's
//! canonical path, so `./a.ron`, `a.ron` and a symbolic link to it share one
//! lock. The owner holds an exclusive OS lock on it for as long as the map is
//! open. The OS drops that lock however the process ends, so a lock file whose
//! lock is free belongs to an ended session and is removed.
//!
//! The protocol that keeps two windows from both believing they own a map:
//! - a lock file appears under its real name only once locked and filled
//!   (it is made under a staging name and hard-linked into place, which fails
//!   if the name exists);
//! - a lock file is removed only by someone who holds its lock *and* has
//!   checked that the name still refers to the file they locked;
//! - so whoever locks a file that the name no longer refers to starts over.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use crate::i18n::{self, Lang, text::storage as t, tr_in};

use super::disk::stable_hash;

const LOCK_EXTENSION: &str = "lock";
const RAISE_EXTENSION: &str = "raise";
const STAGING_SUFFIX: &str = ".lock.tmp";
/// Rounds of "the lock file vanished under us, try again" before giving up;
/// each needs another process to remove a stale file at that very moment.
const ATTEMPTS: usize = 8;
/// A staging file this old is a leftover of an acquisition that never ended.
const STAGING_MAX_AGE: Duration = Duration::from_mins(1);

/// Why a map could not be locked for editing.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another running Journeymap (or another window of this one) has the
    /// map open. `pid` is its process id, when its lock file says so.
    #[error("the map is open in another Journeymap window (process {})", pid.map_or_else(|| "unknown".to_owned(), |pid| pid.to_string()))]
    HeldElsewhere {
        /// The owner's process id, from the lock file (for humans only).
        pid: Option<u32>,
    },
    /// The lock folder or file could not be used.
    #[error("cannot lock the map: {0}")]
    Io(#[from] io::Error),
}

impl LockError {
    /// The error for `map` in the interface's language, for the editor's dialogs.
    pub fn message(&self, map: &Path) -> String {
        self.message_in(i18n::current(), map)
    }

    /// The error for `map` in `lang`.
    pub fn message_in(&self, lang: Lang, map: &Path) -> String {
        let path = map.display().to_string();
        match self {
            LockError::HeldElsewhere { pid: Some(pid) } => tr_in(
                lang,
                t::MAP_OPEN_ELSEWHERE_PID,
                &[("path", (&path).into()), ("pid", (&pid.to_string()).into())],
            ),
            LockError::HeldElsewhere { pid: None } => {
                tr_in(lang, t::MAP_OPEN_ELSEWHERE, &[("path", (&path).into())])
            }
            LockError::Io(error) => tr_in(
                lang,
                t::MAP_LOCK_FAILED,
                &[
                    ("path", (&path).into()),
                    ("reason", (&error.to_string()).into()),
                ],
            ),
        }
    }
}

/// This window's claim on one map; dropping it unlocks and removes the file.
#[derive(Debug)]
pub struct MapLock {
    /// Held (locked) while the map is open.
    file: File,
    lock_path: PathBuf,
    raise_path: PathBuf,
    map: PathBuf,
}

impl MapLock {
    /// Claims `map` for this window, using lock files in `locks_dir` (created
    /// if needed). Removes the lock files of ended sessions on the way.
    ///
    /// # Errors
    /// [`LockError::HeldElsewhere`] when a running process has the map open;
    /// [`LockError::Io`] when the folder or file cannot be used.
    pub fn acquire(locks_dir: &Path, map: &Path) -> Result<MapLock, LockError> {
        fs::create_dir_all(locks_dir)?;
        remove_stale_locks(locks_dir);
        let map = canonical(map);
        let stem = lock_stem(&map);
        let lock_path = locks_dir.join(format!("{stem}.{LOCK_EXTENSION}"));
        let raise_path = locks_dir.join(format!("{stem}.{RAISE_EXTENSION}"));
        let content = format!("map: {}\npid: {}\n", map.display(), std::process::id());
        for _ in 0..ATTEMPTS {
            let claimed = match claim_free_name(locks_dir, &stem, &lock_path, &content)? {
                Some(file) => Some(file),
                None => match take_over(&lock_path, &content)? {
                    TakeOver::Taken(file) => Some(file),
                    TakeOver::Held(pid) => return Err(LockError::HeldElsewhere { pid }),
                    TakeOver::Vanished => None,
                },
            };
            if let Some(file) = claimed {
                // A request meant for an earlier owner must not raise us.
                let _ = fs::remove_file(&raise_path);
                return Ok(MapLock {
                    file,
                    lock_path,
                    raise_path,
                    map,
                });
            }
        }
        Err(LockError::Io(io::Error::other(
            "the lock file kept changing; try again",
        )))
    }

    /// The map this lock is for, as its canonical path.
    pub fn map(&self) -> &Path {
        &self.map
    }

    /// Whether another window asked, with [`request_raise`], to bring this
    /// one forward; the request is consumed. The app asks about once a second.
    pub fn raise_requested(&self) -> bool {
        fs::remove_file(&self.raise_path).is_ok()
    }
}

impl Drop for MapLock {
    fn drop(&mut self) {
        // Removed while still locked, and only if the name is still ours, so
        // nobody can lock this file and find it gone (see the module docs).
        if same_file(&self.file, &self.lock_path) {
            let _ = fs::remove_file(&self.lock_path);
        }
        let _ = fs::remove_file(&self.raise_path);
        let _ = self.file.unlock();
    }
}

/// Asks the window that has `map` open to come forward (it polls for the
/// request). Used after [`LockError::HeldElsewhere`].
///
/// # Errors
/// The request file cannot be written.
pub fn request_raise(locks_dir: &Path, map: &Path) -> io::Result<()> {
    let stem = lock_stem(&canonical(map));
    fs::write(
        locks_dir.join(format!("{stem}.{RAISE_EXTENSION}")),
        std::process::id().to_string(),
    )
}

/// Removes lock files whose lock is free (their sessions ended), with their
/// raise requests, and staging files of interrupted acquisitions. Returns how
/// many lock files were removed. Best effort: what cannot be read is left.
pub fn remove_stale_locks(locks_dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(locks_dir) else {
        return 0;
    };
    let mut removed = 0;
    let mut raises = Vec::new();
    for path in entries.filter_map(|entry| entry.ok().map(|entry| entry.path())) {
        let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        if name.starts_with('.') && name.ends_with(STAGING_SUFFIX) {
            // A staging file lives for an instant unless its process ended
            // half-way; the age keeps us from taking one in its first instant,
            // before its owner could lock it.
            if is_older_than(&path, STAGING_MAX_AGE)
                && let Ok(Some(file)) = lock_if_free(&path)
            {
                let _ = fs::remove_file(&path);
                drop(file);
            }
        } else if path.extension().is_some_and(|ext| ext == LOCK_EXTENSION) {
            if let Ok(Some(file)) = lock_if_free(&path)
                && same_file(&file, &path)
                && fs::remove_file(&path).is_ok()
            {
                removed += 1;
            }
        } else if path.extension().is_some_and(|ext| ext == RAISE_EXTENSION) {
            raises.push(path);
        }
    }
    // A raise request with no window to answer it would raise the next owner.
    for raise in raises {
        if !raise.with_extension(LOCK_EXTENSION).exists() {
            let _ = fs::remove_file(raise);
        }
    }
    removed
}

/// The path a lock is named after: symbolic links and `.` resolved, so one
/// map has one lock however it is spelt. A map that does not exist (yet) is
/// resolved through its folder.
fn canonical(map: &Path) -> PathBuf {
    fs::canonicalize(map)
        .or_else(|_| {
            let name = map
                .file_name()
                .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
            let folder = match map.parent() {
                Some(folder) if !folder.as_os_str().is_empty() => folder,
                _ => Path::new("."),
            };
            fs::canonicalize(folder).map(|folder| folder.join(name))
        })
        .or_else(|_| std::path::absolute(map))
        .unwrap_or_else(|_| map.to_path_buf())
}

/// The lock file's name without extension: 16 hex digits of the path's hash.
fn lock_stem(canonical_map: &Path) -> String {
    format!(
        "{:016x}",
        stable_hash(canonical_map.as_os_str().as_encoded_bytes())
    )
}

/// Creates, locks and fills a staging file, then links it in as `lock_path`.
/// `None` when `lock_path` exists already.
fn claim_free_name(
    locks_dir: &Path,
    stem: &str,
    lock_path: &Path,
    content: &str,
) -> io::Result<Option<File>> {
    static STAGED: AtomicU64 = AtomicU64::new(0);
    let staging = locks_dir.join(format!(
        ".{stem}.{}-{}{STAGING_SUFFIX}",
        std::process::id(),
        STAGED.fetch_add(1, Ordering::Relaxed)
    ));
    let mut file = OpenOptions::new()
        .create_new(true)
        .read(true)
        .write(true)
        .open(&staging)?;
    let linked = lock_new(&file)
        .and_then(|()| file.write_all(content.as_bytes()))
        .and_then(|()| fs::hard_link(&staging, lock_path));
    let _ = fs::remove_file(&staging);
    match linked {
        Ok(()) => Ok(Some(file)),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Ok(None),
        // Someone removed our staging file in its first instant, taking it for
        // a leftover: the caller tries again.
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

/// What became of an existing lock file.
enum TakeOver {
    /// Its lock was free (a session that ended); it is ours now.
    Taken(File),
    /// A live process holds it.
    Held(Option<u32>),
    /// It was removed or replaced meanwhile; start over.
    Vanished,
}

fn take_over(lock_path: &Path, content: &str) -> io::Result<TakeOver> {
    let mut file = match OpenOptions::new().read(true).write(true).open(lock_path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(TakeOver::Vanished),
        Err(error) => return Err(error),
    };
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            // A process that is removing this stale file holds its lock for
            // that instant; then the name is gone or someone else's by now.
            if !same_file(&file, lock_path) {
                return Ok(TakeOver::Vanished);
            }
            return Ok(TakeOver::Held(owner_pid(&mut file)));
        }
        Err(TryLockError::Error(error)) => return Err(error),
    }
    if !same_file(&file, lock_path) {
        return Ok(TakeOver::Vanished);
    }
    // Ours: say so in the file, for humans.
    file.set_len(0)?;
    io::Seek::rewind(&mut file)?;
    file.write_all(content.as_bytes())?;
    Ok(TakeOver::Taken(file))
}

/// Locks a file nobody else can know yet.
fn lock_new(file: &File) -> io::Result<()> {
    file.try_lock().map_err(|error| match error {
        TryLockError::Error(error) => error,
        TryLockError::WouldBlock => io::Error::other("a new lock file is already locked"),
    })
}

/// The file at `path`, locked, if its lock was free; `None` if it is held.
fn lock_if_free(path: &Path) -> io::Result<Option<File>> {
    let file = OpenOptions::new().read(true).write(true).open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(error)) => Err(error),
    }
}

/// Whether the file at `path` was last modified more than `age` ago.
fn is_older_than(path: &Path, age: Duration) -> bool {
    fs::metadata(path)
        .and_then(|meta| meta.modified())
        .ok()
        .and_then(|modified| SystemTime::now().duration_since(modified).ok())
        .is_some_and(|elapsed| elapsed > age)
}

/// The process id written in a lock file, if it can be read.
fn owner_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.take(4096).read_to_string(&mut text).ok()?;
    text.lines()
        .find_map(|line| line.strip_prefix("pid: "))
        .and_then(|pid| pid.trim().parse().ok())
}

/// Whether `path` still names the open `file` (it was not removed or replaced).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

/// Whether `path` still names the open `file`. Without inode numbers in std,
/// only "the name still exists" can be checked here, which leaves a narrow
/// race when two apps clean up and acquire the same map at the same instant.
#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

#[cfg(test)]
#[path = "map_lock_tests.rs"]
mod tests;
