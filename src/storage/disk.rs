//! What is on disk at a map's path, and a watcher that notices when another
//! program changes it.
//!
//! Identity is the file's *content*: a modification time says nothing when a
//! sync tool or `touch` sets it without changing a byte, and it may stay the
//! same when a file is rewritten within one second. The watcher therefore
//! compares fingerprints of the bytes; it only uses the cheap metadata to skip
//! most of the reading.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

/// How often [`DiskWatch`] looks at the file. A change is noticed within two
/// intervals at worst (a same-size rewrite within one second of the last, which
/// only the periodic full read catches, within [`REHASH_EVERY`] intervals).
pub const DISK_POLL_INTERVAL: Duration = Duration::from_secs(1);

/// Every this many polls the watcher reads the whole file even when its
/// metadata looks unchanged, so a rewrite that keeps size and modification
/// time (coarse clocks, tools that restore the time) is still caught.
pub const REHASH_EVERY: u32 = 5;

/// The identity of a file's content: its length and a 64-bit FNV-1a hash of
/// all its bytes. The hash is written here rather than taken from std, whose
/// `DefaultHasher` may change between releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of `bytes`.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        let mut hasher = Fnv64::new();
        hasher.write(bytes);
        Self {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// The fingerprint of everything `reader` gives, read in pieces so a big
    /// file is never held in memory twice.
    ///
    /// # Errors
    /// Reading failed.
    pub fn of_reader(mut reader: impl Read) -> io::Result<Self> {
        let mut hasher = Fnv64::new();
        let mut len = 0_u64;
        let mut buffer = vec![0_u8; 64 * 1024];
        loop {
            match reader.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => {
                    hasher.write(&buffer[..n]);
                    len += n as u64;
                }
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
            }
        }
        Ok(Self {
            len,
            hash: hasher.finish(),
        })
    }

    /// The content's length in bytes.
    pub fn len(self) -> u64 {
        self.len
    }

    /// Whether the content is empty.
    pub fn is_empty(self) -> bool {
        self.len == 0
    }
}

/// FNV-1a, 64 bit: tiny, fixed, and good enough to tell versions of one file
/// apart (it is no defence against someone crafting a collision on purpose).
struct Fnv64(u64);

impl Fnv64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new() -> Self {
        Self(Self::OFFSET_BASIS)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The 64-bit FNV-1a hash of `bytes`, for names that must stay the same
/// between runs (lock files).
pub(crate) fn stable_hash(bytes: &[u8]) -> u64 {
    let mut hasher = Fnv64::new();
    hasher.write(bytes);
    hasher.finish()
}

/// What is at a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskState {
    /// Nothing: the file was deleted or moved away (or never saved).
    Missing,
    /// A file with this content.
    Present(Fingerprint),
}

/// Reads the whole file at `path` (following symbolic links) and gives its
/// state; a file that does not exist is [`DiskState::Missing`].
///
/// # Errors
/// The file exists but cannot be read (permissions, a folder, a broken disk).
pub fn read_state(path: &Path) -> io::Result<DiskState> {
    match File::open(path) {
        Ok(file) => {
            if file.metadata()?.is_dir() {
                return Err(io::Error::from(io::ErrorKind::IsADirectory));
            }
            Fingerprint::of_reader(file).map(DiskState::Present)
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(DiskState::Missing),
        Err(error) => Err(error),
    }
}

/// Watches one file on a background thread and reports when its content
/// differs from what the editor believes is on disk.
///
/// The thread stops when the watch is dropped. It never asks the UI thread to
/// wait: [`DiskWatch::poll`] only drains a channel.
pub struct DiskWatch {
    /// To the thread: what the editor now knows, tagged with a generation.
    known_sender: mpsc::Sender<(u64, DiskState)>,
    shared: Mutex<Shared>,
    running: bool,
}

/// The UI side's view, behind a mutex only so the watch can be shared
/// between threads (the app's state may need `Sync`).
struct Shared {
    reports: mpsc::Receiver<(u64, DiskState)>,
    known: DiskState,
    /// Bumped by every `set_known`; reports observed before it are stale.
    generation: u64,
}

impl DiskWatch {
    /// Starts watching `path`, whose content the editor believes is `known`.
    /// `wake` is called after each change is sent (the app passes a repaint
    /// request, so [`poll`](Self::poll) runs soon).
    ///
    /// If the thread cannot be started, the watch never reports anything
    /// ([`is_watching`](Self::is_watching) says so).
    pub fn start(
        path: PathBuf,
        known: DiskState,
        interval: Duration,
        wake: Box<dyn Fn() + Send>,
    ) -> Self {
        let (known_sender, known_receiver) = mpsc::channel();
        let (report_sender, reports) = mpsc::channel();
        let watcher = Watcher {
            path,
            interval,
            generation: 0,
            last: known,
            last_meta: None,
            polls: 0,
        };
        let running = std::thread::Builder::new()
            .name("journeymap-disk-watch".to_owned())
            .spawn(move || watcher.run(&known_receiver, &report_sender, &*wake))
            .is_ok();
        Self {
            known_sender,
            shared: Mutex::new(Shared {
                reports,
                known,
                generation: 0,
            }),
            running,
        }
    }

    /// Whether the background thread runs (false only if it could not start).
    pub fn is_watching(&self) -> bool {
        self.running
    }

    /// The newest observed state, if it differs from the last one reported or
    /// set with [`set_known`](Self::set_known); `None` otherwise. Never blocks.
    /// A reported state becomes the known one, so each change is reported once.
    pub fn poll(&self) -> Option<DiskState> {
        let mut shared = self.shared.lock().unwrap_or_else(PoisonError::into_inner);
        let generation = shared.generation;
        // Observations made before the last `set_known` may show our own save
        // half-way through; only the current generation counts.
        let newest = shared
            .reports
            .try_iter()
            .filter(|(observed_in, _)| *observed_in == generation)
            .map(|(_, state)| state)
            .last()?;
        if newest == shared.known {
            return None;
        }
        shared.known = newest;
        Some(newest)
    }

    /// Tells the watcher what the editor now considers on disk: after its own
    /// save, a reload, or after the user chose to keep their version of a
    /// file changed elsewhere. That state is then not reported.
    pub fn set_known(&self, state: DiskState) {
        let mut shared = self.shared.lock().unwrap_or_else(PoisonError::into_inner);
        shared.generation += 1;
        shared.known = state;
        // A stopped thread has nothing to be told.
        let _ = self.known_sender.send((shared.generation, state));
    }

    /// What the editor currently considers on disk.
    pub fn known(&self) -> DiskState {
        self.shared
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .known
    }
}

/// The metadata that changes whenever a file is written or replaced in the
/// usual ways; equal metadata lets the watcher skip reading the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    /// Device and inode on Unix: a file replaced by a rename is another inode
    /// even when size and time match.
    file_id: (u64, u64),
}

impl Stamp {
    fn of(meta: &fs::Metadata) -> Self {
        #[cfg(unix)]
        let file_id = {
            use std::os::unix::fs::MetadataExt;
            (meta.dev(), meta.ino())
        };
        #[cfg(not(unix))]
        let file_id = (0, 0);
        Self {
            len: meta.len(),
            modified: meta.modified().ok(),
            file_id,
        }
    }
}

/// The thread's side.
struct Watcher {
    path: PathBuf,
    interval: Duration,
    /// The generation of the newest `known` state received.
    generation: u64,
    /// The state last sent or received as known; only a different one is sent.
    last: DiskState,
    /// The metadata seen when `last` was read; `None` forces a full read.
    last_meta: Option<Stamp>,
    polls: u32,
}

impl Watcher {
    fn run(
        mut self,
        known: &mpsc::Receiver<(u64, DiskState)>,
        reports: &mpsc::Sender<(u64, DiskState)>,
        wake: &dyn Fn(),
    ) {
        loop {
            match known.recv_timeout(self.interval) {
                Ok((generation, state)) => {
                    self.generation = generation;
                    self.last = state;
                    // The editor's idea of the file changed; read it afresh.
                    self.last_meta = None;
                    continue;
                }
                // The `DiskWatch` is gone: stop.
                Err(RecvTimeoutError::Disconnected) => return,
                Err(RecvTimeoutError::Timeout) => {}
            }
            let Some(state) = self.look() else {
                continue;
            };
            if state != self.last {
                self.last = state;
                if reports.send((self.generation, state)).is_err() {
                    return;
                }
                wake();
            }
        }
    }

    /// The file's state now, or `None` when it could not be read this time
    /// (then nothing is reported; the next poll tries again).
    fn look(&mut self) -> Option<DiskState> {
        self.polls = self.polls.wrapping_add(1);
        let meta = match fs::metadata(&self.path) {
            Ok(meta) => meta,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                self.last_meta = None;
                return Some(DiskState::Missing);
            }
            Err(_) => {
                self.last_meta = None;
                return None;
            }
        };
        let stamp = Stamp::of(&meta);
        let due = self.polls.is_multiple_of(REHASH_EVERY);
        if !due && self.last_meta == Some(stamp) && matches!(self.last, DiskState::Present(_)) {
            return Some(self.last);
        }
        let Ok(state) = read_state(&self.path) else {
            self.last_meta = None;
            return None;
        };
        // The stamp was taken before reading: if the file changed in between,
        // the next stamp differs and the file is read again.
        self.last_meta = Some(stamp);
        Some(state)
    }
}

#[cfg(test)]
#[path = "disk_tests.rs"]
mod tests;
