//! Saving a file so that a crash, a full disk or a vanished folder at any moment
//! leaves either the complete old file or the complete new one, never a mix.
//!
//! The recipe: write a temporary file in the same folder, flush and fsync it,
//! keep the previous version as `FILE.bak` (a hard link, or a synced copy where
//! links are not supported), rename the temporary file over the target (atomic
//! on every platform we support), then fsync the folder so the rename itself
//! survives a power cut.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use crate::i18n::{self, Lang, Msg, text::storage as t, tr_in};

/// Where in the recipe a save failed; it decides what the user is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Creating the temporary file next to the target.
    CreateTemporary,
    /// Writing the bytes into it.
    Write,
    /// Making the bytes durable (fsync).
    Sync,
    /// Putting the new file in place of the old one.
    Replace,
}

/// Why a save failed. The old file, if any, is untouched in every case.
#[derive(Debug)]
pub struct SaveError {
    /// The file that was to be written.
    pub path: PathBuf,
    /// The step that failed.
    pub step: SaveStep,
    /// What the operating system said.
    pub source: io::Error,
}

impl SaveStep {
    fn message(self) -> Msg {
        match self {
            SaveStep::CreateTemporary => t::SAVE_STEP_CREATE,
            SaveStep::Write => t::SAVE_STEP_WRITE,
            SaveStep::Sync => t::SAVE_STEP_SYNC,
            SaveStep::Replace => t::SAVE_STEP_REPLACE,
        }
    }
}

impl SaveError {
    /// The error in the interface's language, for the editor's dialogs.
    pub fn message(&self) -> String {
        self.message_in(i18n::current())
    }

    /// The error in `lang`. `Display` gives it in English, for the command line.
    pub fn message_in(&self, lang: Lang) -> String {
        tr_in(
            lang,
            t::SAVE_FAILED,
            &[
                ("path", (&self.path.display().to_string()).into()),
                ("step", (&tr_in(lang, self.step.message(), &[])).into()),
                ("reason", (&self.source.to_string()).into()),
                (
                    "advice",
                    (&tr_in(lang, advice(self.step, &self.source), &[])).into(),
                ),
            ],
        )
    }
}

/// English, for the command line and logs.
impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// What the user can do about an error at `step`, in one sentence.
fn advice(step: SaveStep, error: &io::Error) -> Msg {
    match error.kind() {
        // The folder let the temporary file be made; the file itself is
        // what refuses to be replaced.
        io::ErrorKind::PermissionDenied if step == SaveStep::Replace => t::ADVICE_FILE_READ_ONLY,
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => t::ADVICE_DISK_FULL,
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => t::ADVICE_READ_ONLY,
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => t::ADVICE_NO_FOLDER,
        io::ErrorKind::IsADirectory => t::ADVICE_IS_FOLDER,
        _ => t::ADVICE_TRY_AGAIN,
    }
}

/// Whether the previous version was kept as a backup.
#[derive(Debug)]
pub enum Backup {
    /// No backup was asked for, or there was no previous file.
    None,
    /// The previous version is at this path.
    Kept(PathBuf),
    /// The new file was saved, but the previous version could not be kept.
    Failed(PathBuf, io::Error),
}

/// Opens the byte stream a save writes through. The real one writes straight
/// into the file; tests inject one that fails half-way, as a full disk does.
pub trait WriterFactory {
    /// Wraps the freshly created temporary file.
    fn writer<'a>(&self, file: &'a mut File) -> Box<dyn Write + 'a>;
}

/// Writes straight into the file.
pub struct DirectWrite;

impl WriterFactory for DirectWrite {
    fn writer<'a>(&self, file: &'a mut File) -> Box<dyn Write + 'a> {
        Box::new(file)
    }
}

/// How to save: keep a backup or not, and through which writer.
pub struct AtomicSave<'w> {
    /// Keep the previous version as `FILE.bak` (documents: yes; recovery copies: no).
    pub keep_backup: bool,
    /// The writer to use.
    pub writer: &'w dyn WriterFactory,
}

impl Default for AtomicSave<'_> {
    fn default() -> Self {
        Self {
            keep_backup: true,
            writer: &DirectWrite,
        }
    }
}

/// Saves `bytes` to `path` atomically, keeping the previous version as `path.bak`.
///
/// # Errors
/// Any step failed; the old file is then untouched and no temporary file is left.
pub fn save_atomically(path: &Path, bytes: &[u8]) -> Result<Backup, SaveError> {
    AtomicSave::default().save(path, bytes)
}

/// The backup of `path`: `map.ron` → `map.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

impl AtomicSave<'_> {
    /// Saves `bytes` to `path` following the recipe in the module docs.
    ///
    /// # Errors
    /// Any step failed; the old file is then untouched and no temporary file is left.
    pub fn save(&self, path: &Path, bytes: &[u8]) -> Result<Backup, SaveError> {
        let fail = |step, source| SaveError {
            path: path.to_path_buf(),
            step,
            source,
        };
        // Save through a symbolic link to the file it points at, so the link stays.
        let target = match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                fs::canonicalize(path).map_err(|e| fail(SaveStep::CreateTemporary, e))?
            }
            Ok(meta) if meta.is_dir() => {
                return Err(fail(
                    SaveStep::CreateTemporary,
                    io::Error::from(io::ErrorKind::IsADirectory),
                ));
            }
            _ => path.to_path_buf(),
        };
        let previous = fs::metadata(&target).ok();
        if previous
            .as_ref()
            .is_some_and(|meta| meta.permissions().readonly())
        {
            // Replacing the file would get round its read-only mark; the user
            // (or a colleague) set it on purpose.
            return Err(fail(
                SaveStep::Replace,
                io::Error::new(io::ErrorKind::PermissionDenied, "the file is read-only"),
            ));
        }
        // Leftovers of saves that were killed half-way go first; best effort.
        remove_dead_temporaries(&target);
        let (temporary, mut file) =
            create_temporary(&target).map_err(|e| fail(SaveStep::CreateTemporary, e))?;
        // From here on, every failure removes the temporary file again.
        let result = self.fill(&mut file, bytes, previous.as_ref());
        drop(file);
        if let Err((step, error)) = result {
            let _ = fs::remove_file(&temporary);
            return Err(fail(step, error));
        }
        let backup = match (&previous, self.keep_backup) {
            (Some(meta), true) if meta.is_file() => keep_backup(&target),
            _ => Backup::None,
        };
        if let Err(error) = fs::rename(&temporary, &target) {
            let _ = fs::remove_file(&temporary);
            return Err(fail(SaveStep::Replace, error));
        }
        // The new file is in place; a failed folder sync only weakens the
        // guarantee against a power cut, so it is not reported as a failed save.
        sync_folder(&target);
        Ok(backup)
    }

    fn fill(
        &self,
        file: &mut File,
        bytes: &[u8],
        previous: Option<&fs::Metadata>,
    ) -> Result<(), (SaveStep, io::Error)> {
        {
            let mut writer = self.writer.writer(file);
            writer
                .write_all(bytes)
                .and_then(|()| writer.flush())
                .map_err(|e| (SaveStep::Write, e))?;
        }
        if let Some(meta) = previous {
            // Keep the old file's permissions (a shared, group-writable map stays so).
            let _ = file.set_permissions(meta.permissions());
        }
        file.sync_all().map_err(|e| (SaveStep::Sync, e))
    }
}

/// A new, empty file in the same folder as `target` (a rename is only atomic
/// within one file system), named so a user who sees one knows where it came from.
fn create_temporary(target: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut temporary_name = OsString::from(".");
        temporary_name.push(name);
        temporary_name.push(format!(".journeymap-{}-{n}.tmp", std::process::id()));
        let temporary = target.with_file_name(temporary_name);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => return Ok((temporary, file)),
            // A leftover from a crashed process with the same id: try the next name.
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(error),
        }
    }
}

/// A temporary file of a killed process is left this long where there is no
/// `/proc` to ask whether its process still runs: no save takes an hour.
const TEMPORARY_MAX_AGE: Duration = Duration::from_hours(1);

/// Removes temporary files that saves of `target` left when their process was
/// killed: `.NAME.journeymap-PID-N.tmp` of this `NAME` only, whose process no
/// longer runs (on systems without `/proc`: older than [`TEMPORARY_MAX_AGE`]).
/// Our own process's files are left alone, since one may be in flight on
/// another thread. Failures are ignored: a leftover never fails a save.
fn remove_dead_temporaries(target: &Path) {
    let (Some(folder), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    // Names that are not Unicode are rare enough to keep their leftovers.
    let Some(name) = name.to_str() else {
        return;
    };
    let prefix = format!(".{name}.journeymap-");
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let ours = std::process::id();
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some(pid) = file_name.to_str().and_then(|f| temporary_pid(f, &prefix)) else {
            continue;
        };
        if pid == ours {
            continue;
        }
        let dead = match process_runs(pid) {
            Some(runs) => !runs,
            None => entry
                .metadata()
                .and_then(|meta| meta.modified())
                .ok()
                .and_then(|modified| SystemTime::now().duration_since(modified).ok())
                .is_some_and(|age| age > TEMPORARY_MAX_AGE),
        };
        if dead {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The process id in `.NAME.journeymap-PID-N.tmp`, given `.NAME.journeymap-`.
fn temporary_pid(file_name: &str, prefix: &str) -> Option<u32> {
    let (pid, counter) = file_name
        .strip_prefix(prefix)?
        .strip_suffix(".tmp")?
        .split_once('-')?;
    counter.parse::<u64>().ok()?;
    pid.parse().ok()
}

/// Whether process `pid` runs, where the system can tell without `unsafe`
/// (Linux's `/proc`); `None` elsewhere.
fn process_runs(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    proc.join("self")
        .exists()
        .then(|| proc.join(pid.to_string()).exists())
}

/// Makes `target.bak` the current `target`, replacing an older backup atomically.
fn keep_backup(target: &Path) -> Backup {
    let backup = backup_path(target);
    let staging = with_suffix(target, ".bak.journeymap-tmp");
    let _ = fs::remove_file(&staging);
    // A hard link costs nothing; file systems without links (FAT, some network
    // shares) get a synced copy instead.
    let staged = fs::hard_link(target, &staging).or_else(|_| {
        fs::copy(target, &staging)?;
        File::open(&staging)?.sync_all()
    });
    match staged.and_then(|()| fs::rename(&staging, &backup)) {
        Ok(()) => Backup::Kept(backup),
        Err(error) => {
            let _ = fs::remove_file(&staging);
            Backup::Failed(backup, error)
        }
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Flushes the folder entry of `target`, so the rename is on disk too. Only
/// Unix can open a folder for this; elsewhere the rename is already durable.
fn sync_folder(target: &Path) {
    if cfg!(unix)
        && let Some(folder) = target.parent()
    {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        if let Ok(handle) = File::open(folder) {
            let _ = handle.sync_all();
        }
    }
}

#[cfg(test)]
#[path = "atomic_tests.rs"]
mod tests;
