use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use super::*;

/// Short, so the tests are quick; the waits below are bounds, not sleeps
/// the assertions depend on.
const FAST: Duration = Duration::from_millis(10);
/// Far more than any poll needs, even on a loaded machine.
const PATIENCE: Duration = Duration::from_secs(10);
/// How long a watch is given to (wrongly) report something: many polls,
/// including several full re-reads.
const QUIET: Duration = Duration::from_millis(300);

fn state_of(bytes: &[u8]) -> DiskState {
    DiskState::Present(Fingerprint::of_bytes(bytes))
}

fn watch(path: &Path) -> DiskWatch {
    DiskWatch::start(
        path.to_path_buf(),
        read_state(path).unwrap(),
        FAST,
        Box::new(|| {}),
    )
}

/// Waits up to [`PATIENCE`] for `expected` to be reported. Writers that are
/// not atomic (`fs::write` truncates first) may be seen half-way, so earlier
/// reports of other states are allowed.
fn wait_for(watch: &DiskWatch, expected: DiskState) {
    let start = Instant::now();
    let mut seen = Vec::new();
    while start.elapsed() < PATIENCE {
        if let Some(state) = watch.poll() {
            if state == expected {
                return;
            }
            seen.push(state);
        }
        std::thread::sleep(FAST);
    }
    panic!("{expected:?} not reported within {PATIENCE:?}; saw {seen:?}");
}

/// Nothing is reported for [`QUIET`].
fn assert_quiet(watch: &DiskWatch) {
    let start = Instant::now();
    while start.elapsed() < QUIET {
        assert_eq!(watch.poll(), None);
        std::thread::sleep(FAST);
    }
}

#[test]
fn fingerprints_tell_content_apart_and_are_fixed() {
    assert_eq!(Fingerprint::of_bytes(b"map"), Fingerprint::of_bytes(b"map"));
    assert_ne!(Fingerprint::of_bytes(b"map"), Fingerprint::of_bytes(b"mat"));
    // FNV-1a 64 of "a" is a published test vector; a fixed value keeps the
    // hash from changing by accident.
    assert_eq!(Fingerprint::of_bytes(b"a").hash, 0xaf63_dc4c_8601_ec8c);
    assert_eq!(Fingerprint::of_bytes(b"").len(), 0);
    let big = vec![7_u8; 200_000];
    assert_eq!(
        Fingerprint::of_reader(&big[..]).unwrap(),
        Fingerprint::of_bytes(&big)
    );
}

#[test]
fn read_state_knows_missing_present_and_follows_links() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    assert_eq!(read_state(&path).unwrap(), DiskState::Missing);
    fs::write(&path, b"one").unwrap();
    assert_eq!(read_state(&path).unwrap(), state_of(b"one"));
    assert!(read_state(dir.path()).is_err());
    #[cfg(unix)]
    {
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        assert_eq!(read_state(&link).unwrap(), state_of(b"one"));
    }
}

#[test]
fn a_change_of_content_is_reported_once_and_wakes_the_ui() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"one").unwrap();
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    let watch = DiskWatch::start(
        path.clone(),
        read_state(&path).unwrap(),
        FAST,
        Box::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }),
    );
    assert!(watch.is_watching());
    assert_quiet(&watch);

    fs::write(&path, b"two, longer").unwrap();
    wait_for(&watch, state_of(b"two, longer"));
    assert!(wakes.load(Ordering::SeqCst) >= 1);
    assert_eq!(watch.known(), state_of(b"two, longer"));
    assert_quiet(&watch);
}

#[test]
fn touching_without_changing_the_content_is_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"one").unwrap();
    let watch = watch(&path);
    // Let the watcher record the file's metadata first.
    assert_quiet(&watch);
    let file = File::options().write(true).open(&path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_hours(1))
        .unwrap();
    // Writing the same bytes over themselves is no change either.
    std::io::Write::write_all(&mut &file, b"one").unwrap();
    drop(file);
    assert_quiet(&watch);
}

#[test]
fn a_same_size_rewrite_that_keeps_the_time_is_caught_by_the_full_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"one").unwrap();
    let watch = watch(&path);
    // Let the watcher record the file's metadata first.
    assert_quiet(&watch);
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let file = File::options().write(true).open(&path).unwrap();
    std::io::Write::write_all(&mut &file, b"two").unwrap();
    file.set_modified(modified).unwrap();
    drop(file);
    wait_for(&watch, state_of(b"two"));
}

#[test]
fn deleting_the_file_reports_missing_and_recreating_it_present() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"one").unwrap();
    let watch = watch(&path);
    fs::remove_file(&path).unwrap();
    wait_for(&watch, DiskState::Missing);
    fs::write(&path, b"one").unwrap();
    wait_for(&watch, state_of(b"one"));
}

#[test]
fn a_file_replaced_by_a_rename_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"one").unwrap();
    let watch = watch(&path);
    let other = dir.path().join("other.ron");
    fs::write(&other, b"two").unwrap();
    fs::rename(&other, &path).unwrap();
    wait_for(&watch, state_of(b"two"));
}

#[test]
fn our_own_save_is_not_reported_after_set_known() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"one").unwrap();
    let watch = watch(&path);
    for round in 0..20 {
        let bytes = format!("saved by us, round {round}");
        crate::storage::save_atomically(&path, bytes.as_bytes()).unwrap();
        // The watcher may well have seen the new file before this call;
        // what it saw then must not be reported.
        watch.set_known(state_of(bytes.as_bytes()));
        std::thread::sleep(FAST);
    }
    assert_quiet(&watch);
    // A change by someone else after our save still is.
    fs::write(&path, b"theirs").unwrap();
    wait_for(&watch, state_of(b"theirs"));
}

#[test]
fn the_thread_stops_when_the_watch_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"one").unwrap();
    let wake = Arc::new(AtomicUsize::new(0));
    let held = Arc::clone(&wake);
    let watch = DiskWatch::start(
        path.clone(),
        read_state(&path).unwrap(),
        FAST,
        Box::new(move || {
            held.fetch_add(1, Ordering::SeqCst);
        }),
    );
    drop(watch);
    // The thread owned the closure: once it has ended, only we hold the count.
    let start = Instant::now();
    while Arc::strong_count(&wake) > 1 {
        assert!(start.elapsed() < PATIENCE, "the watch thread still runs");
        std::thread::sleep(FAST);
    }
}
