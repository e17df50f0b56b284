//! Writing recovery copies on a background thread, and deciding when to.
//!
//! The UI thread only clones the journey and sends it; serializing and the
//! fsync happen on the worker, so typing never waits for the disk. Jobs for the
//! same copy that pile up while the disk is slow collapse into the newest one.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::format::recovery::RecoveryInfo;
use crate::i18n::{text::storage as t, tr_args};
use crate::model::Journey;

use super::atomic::SaveError;
use super::recovery::{remove_copy, write_copy};

/// The shortest time between two copies of one document. With the write
/// itself, a change reaches the disk well within two seconds.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(1);

/// What to do about the recovery copy this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Nothing: the document is clean or the copy is current.
    Idle,
    /// Send a copy now.
    WriteNow,
    /// A copy is due; come back after this long.
    WakeIn(Duration),
}

/// Decides when a document's recovery copy is written: as soon as it has
/// unsaved changes the copy lacks, but at most once per [`AUTOSAVE_INTERVAL`].
#[derive(Clone, Debug, Default)]
pub struct AutosaveSchedule {
    written_revision: Option<u64>,
    last_write: Option<Instant>,
}

impl AutosaveSchedule {
    /// What to do now, for a document at `revision` that is `dirty` or not.
    pub fn next(&self, now: Instant, revision: u64, dirty: bool) -> Next {
        if !dirty || self.written_revision == Some(revision) {
            return Next::Idle;
        }
        match self.last_write.map(|at| now.saturating_duration_since(at)) {
            Some(since) => match AUTOSAVE_INTERVAL.checked_sub(since) {
                Some(wait) if !wait.is_zero() => Next::WakeIn(wait),
                _ => Next::WriteNow,
            },
            None => Next::WriteNow,
        }
    }

    /// Records that a copy of `revision` was sent at `now`.
    pub fn sent(&mut self, now: Instant, revision: u64) {
        self.written_revision = Some(revision);
        self.last_write = Some(now);
    }

    /// Forgets the copy (it was removed after a save, or the document changed).
    pub fn reset(&mut self) {
        self.written_revision = None;
    }
}

/// What the worker did, reported back to the UI.
#[derive(Debug)]
pub enum Report {
    /// A copy of `revision` is on disk; `took` is the time from sending to done.
    Written {
        /// The copy.
        copy: PathBuf,
        /// The document revision it holds.
        revision: u64,
        /// From the UI sending it to the rename being done.
        took: Duration,
    },
    /// Writing or removing a copy failed.
    Failed {
        /// The copy.
        copy: PathBuf,
        /// What went wrong.
        problem: CopyProblem,
    },
}

/// Why a copy could not be written or removed. Kept as data rather than
/// text: the worker thread does not know the interface's language.
#[derive(Debug)]
pub enum CopyProblem {
    /// Writing the copy failed.
    Write(SaveError),
    /// Removing the copy failed.
    Remove(std::io::Error),
}

impl CopyProblem {
    /// A message for the user, in the interface's language.
    pub fn message(&self, copy: &Path) -> String {
        match self {
            CopyProblem::Write(error) => error.message(),
            CopyProblem::Remove(error) => tr_args(
                t::RECOVERY_CANNOT_REMOVE,
                &[
                    ("path", (&copy.display().to_string()).into()),
                    ("reason", (&error.to_string()).into()),
                ],
            ),
        }
    }
}

enum Job {
    Write {
        copy: PathBuf,
        info: RecoveryInfo,
        journey: Box<Journey>,
        revision: u64,
        sent: Instant,
    },
    Remove {
        copy: PathBuf,
    },
}

impl Job {
    fn copy(&self) -> &PathBuf {
        match self {
            Job::Write { copy, .. } | Job::Remove { copy } => copy,
        }
    }
}

/// The background writer of recovery copies.
pub struct Autosaver {
    jobs: Option<mpsc::Sender<Job>>,
    reports: mpsc::Receiver<Report>,
    worker: Option<JoinHandle<()>>,
}

impl Autosaver {
    /// Starts the worker. `wake` is called after each job, so the UI can
    /// collect the report (in the app: a repaint request).
    pub fn start(wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, job_receiver) = mpsc::channel::<Job>();
        let (report_sender, reports) = mpsc::channel();
        let worker = std::thread::Builder::new()
            .name("journeymap-autosave".to_owned())
            .spawn(move || work(&job_receiver, &report_sender, &wake))
            .ok();
        Self {
            jobs: Some(jobs),
            reports,
            worker,
        }
    }

    /// Queues a copy of `journey` at `revision` for `copy`.
    pub fn write(&self, copy: PathBuf, info: RecoveryInfo, journey: Journey, revision: u64) {
        self.send(Job::Write {
            copy,
            info,
            journey: Box::new(journey),
            revision,
            sent: Instant::now(),
        });
    }

    /// Queues removing `copy` (after any write to it that is still queued).
    pub fn remove(&self, copy: PathBuf) {
        self.send(Job::Remove { copy });
    }

    fn send(&self, job: Job) {
        let delivered = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(job).is_ok());
        if !delivered {
            // No worker (the thread could not start): nothing can be written in
            // the background, so say so where the user looks.
            log_failure("the background writer is not running");
        }
    }

    /// Reports that arrived since the last call.
    pub fn reports(&self) -> Vec<Report> {
        self.reports.try_iter().collect()
    }

    /// Finishes every queued job and stops the worker. Called on exit, so a
    /// removal queued by "Don't save" really happens.
    pub fn finish(&mut self) {
        self.jobs = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        self.finish();
    }
}

#[expect(
    clippy::print_stderr,
    reason = "the background writer has no window; stderr is its log"
)]
fn log_failure(message: &str) {
    eprintln!("journeymap: recovery copies: {message}");
}

fn work(jobs: &mpsc::Receiver<Job>, reports: &mpsc::Sender<Report>, wake: &dyn Fn()) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        batch.extend(jobs.try_iter());
        for (i, job) in batch.iter().enumerate() {
            // A later job for the same copy makes this one pointless.
            if batch[i + 1..]
                .iter()
                .any(|later| later.copy() == job.copy())
            {
                continue;
            }
            let report = match job {
                Job::Write {
                    copy,
                    info,
                    journey,
                    revision,
                    sent,
                } => match write_copy(copy, info, journey) {
                    Ok(()) => Report::Written {
                        copy: copy.clone(),
                        revision: *revision,
                        took: sent.elapsed(),
                    },
                    Err(error) => Report::Failed {
                        copy: copy.clone(),
                        problem: CopyProblem::Write(error),
                    },
                },
                Job::Remove { copy } => match remove_copy(copy) {
                    Ok(()) => continue,
                    Err(error) => Report::Failed {
                        copy: copy.clone(),
                        problem: CopyProblem::Remove(error),
                    },
                },
            };
            // The UI may be gone already; then nobody needs the report.
            let _ = reports.send(report);
            wake();
        }
    }
}

#[cfg(test)]
#[path = "autosave_tests.rs"]
mod tests;
