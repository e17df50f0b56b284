use super::*;
use crate::format::recovery::from_recovery_str;
use crate::model::generate::generated;

fn info() -> RecoveryInfo {
    RecoveryInfo {
        original: None,
        saved_at_unix: 42,
    }
}

#[test]
fn the_schedule_writes_at_once_then_at_most_once_per_interval() {
    let start = Instant::now();
    let mut schedule = AutosaveSchedule::default();
    assert_eq!(schedule.next(start, 0, false), Next::Idle, "clean");
    assert_eq!(schedule.next(start, 1, true), Next::WriteNow);
    schedule.sent(start, 1);
    assert_eq!(schedule.next(start, 1, true), Next::Idle, "copy is current");
    let soon = start + Duration::from_millis(300);
    assert_eq!(
        schedule.next(soon, 2, true),
        Next::WakeIn(Duration::from_millis(700))
    );
    assert_eq!(
        schedule.next(start + AUTOSAVE_INTERVAL, 2, true),
        Next::WriteNow
    );
    schedule.reset();
    assert_eq!(
        schedule.next(soon, 1, true),
        Next::WakeIn(Duration::from_millis(700))
    );
}

#[test]
fn the_worker_writes_copies_and_removes_them() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("s1-1.1.ron");
    let mut autosaver = Autosaver::start(|| {});
    autosaver.write(copy.clone(), info(), generated(50), 7);
    autosaver.finish();
    let text = std::fs::read_to_string(&copy).unwrap();
    let (_, journey) = from_recovery_str(&text, &copy).unwrap();
    assert_eq!(journey, generated(50));
    let reports = autosaver.reports();
    assert!(
        matches!(&reports[..], [Report::Written { revision: 7, .. }]),
        "{reports:?}"
    );

    let mut autosaver = Autosaver::start(|| {});
    autosaver.write(copy.clone(), info(), generated(1), 8);
    autosaver.remove(copy.clone());
    autosaver.finish();
    assert!(!copy.exists(), "a removal after a write wins");
}

#[test]
fn a_large_copy_is_written_in_the_background_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("s1-1.1.ron");
    let (woken, wake_receiver) = mpsc::channel();
    let autosaver = Autosaver::start(move || {
        let _ = woken.send(());
    });
    autosaver.write(copy.clone(), info(), generated(10_000), 1);
    wake_receiver
        .recv_timeout(Duration::from_secs(30))
        .expect("the worker reports");
    let reports = autosaver.reports();
    let Some(Report::Written { took, .. }) = reports.first() else {
        panic!("{reports:?}");
    };
    // A hang check, not a benchmark: the real figure is printed for the record.
    eprintln!("recovery copy of a 10,000-card map written in {took:?}");
    assert!(*took < Duration::from_secs(20));
    assert!(copy.exists());
}

#[test]
fn a_failed_write_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, b"x").unwrap();
    let mut autosaver = Autosaver::start(|| {});
    autosaver.write(blocker.join("copy.ron"), info(), generated(1), 1);
    autosaver.finish();
    let reports = autosaver.reports();
    assert!(
        matches!(&reports[..], [Report::Failed { copy, problem }] if problem.message(copy).contains("copy.ron")),
        "{reports:?}"
    );
}
