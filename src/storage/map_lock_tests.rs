use super::*;

fn names(dir: &Path) -> Vec<String> {
    super::super::test_support::file_names(dir)
}

/// A folder with one map in it, and a locks folder beside it.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let root = tempfile::tempdir().unwrap();
    let map = root.path().join("map.ron");
    fs::write(&map, "(version: 1)").unwrap();
    let locks = root.path().join("locks");
    (root, map, locks)
}

#[test]
fn a_second_window_cannot_open_the_same_map_and_learns_the_owner() {
    let (_root, map, locks) = setup();
    let first = MapLock::acquire(&locks, &map).unwrap();
    // Another `File` handle in the same process conflicts like another process.
    match MapLock::acquire(&locks, &map) {
        Err(LockError::HeldElsewhere { pid }) => assert_eq!(pid, Some(std::process::id())),
        other => panic!("expected a conflict, got {other:?}"),
    }
    let lock_files = names(&locks);
    assert_eq!(lock_files.len(), 1, "{lock_files:?}");
    let lock_file = Path::new(&lock_files[0]);
    assert!(lock_file.extension().is_some_and(|ext| ext == "lock"));
    assert_eq!(lock_file.file_stem().unwrap().len(), 16);
    let text = fs::read_to_string(locks.join(&lock_files[0])).unwrap();
    assert!(
        text.contains(&format!("pid: {}", std::process::id())),
        "{text}"
    );
    assert!(text.contains("map.ron"), "{text}");
    drop(first);
}

#[test]
fn a_dropped_lock_frees_the_map_and_removes_its_file() {
    let (_root, map, locks) = setup();
    let first = MapLock::acquire(&locks, &map).unwrap();
    drop(first);
    assert!(names(&locks).is_empty());
    let again = MapLock::acquire(&locks, &map).unwrap();
    assert_eq!(again.map(), fs::canonicalize(&map).unwrap());
}

#[test]
fn different_maps_do_not_conflict() {
    let (root, map, locks) = setup();
    let other = root.path().join("other.ron");
    let _first = MapLock::acquire(&locks, &map).unwrap();
    let _second = MapLock::acquire(&locks, &other).unwrap();
    assert_eq!(names(&locks).len(), 2);
}

#[test]
fn a_lock_file_left_by_an_ended_session_is_ignored_and_removed() {
    let (root, map, locks) = setup();
    // What a killed app leaves: the file, with nobody holding its lock.
    fs::create_dir_all(&locks).unwrap();
    let left_behind = locks.join(format!("{}.lock", lock_stem(&canonical(&map))));
    fs::write(&left_behind, "map: map.ron\npid: 1\n").unwrap();
    let other_stale = locks.join("0123456789abcdef.lock");
    fs::write(&other_stale, "map: /gone.ron\npid: 1\n").unwrap();
    fs::write(locks.join("0123456789abcdef.raise"), "1").unwrap();
    fs::write(locks.join("fedcba9876543210.raise"), "1").unwrap();

    let lock = MapLock::acquire(&locks, &map).unwrap();
    // The other map's stale file and every raise request without a window went.
    assert_eq!(
        names(&locks),
        [lock.lock_path.file_name().unwrap().to_string_lossy()]
    );
    assert!(!other_stale.exists());
    drop(lock);

    let live = MapLock::acquire(&locks, &root.path().join("live.ron")).unwrap();
    fs::write(&other_stale, "").unwrap();
    assert_eq!(remove_stale_locks(&locks), 1);
    assert!(live.lock_path.exists(), "a held lock is never removed");
}

#[test]
fn a_staging_file_is_removed_only_when_old() {
    let (_root, _map, locks) = setup();
    fs::create_dir_all(&locks).unwrap();
    let fresh = locks.join(".0123456789abcdef.1-0.lock.tmp");
    let old = locks.join(".0123456789abcdef.2-0.lock.tmp");
    fs::write(&fresh, "").unwrap();
    fs::write(&old, "").unwrap();
    File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_hours(1))
        .unwrap();
    remove_stale_locks(&locks);
    assert!(fresh.exists());
    assert!(!old.exists());
}

#[test]
fn a_raise_request_reaches_the_owner_once() {
    let (root, map, locks) = setup();
    let lock = MapLock::acquire(&locks, &map).unwrap();
    assert!(!lock.raise_requested());
    // Asked by another spelling of the same path.
    request_raise(&locks, &root.path().join(".").join("map.ron")).unwrap();
    assert!(lock.raise_requested());
    assert!(!lock.raise_requested());
}

#[test]
fn a_raise_request_left_for_an_earlier_owner_does_not_raise_the_next() {
    let (_root, map, locks) = setup();
    fs::create_dir_all(&locks).unwrap();
    let first = MapLock::acquire(&locks, &map).unwrap();
    drop(first);
    request_raise(&locks, &map).unwrap();
    let next = MapLock::acquire(&locks, &map).unwrap();
    assert!(!next.raise_requested());
}

#[test]
fn every_spelling_of_a_path_names_the_same_lock() {
    let (root, map, locks) = setup();
    let _lock = MapLock::acquire(&locks, &map).unwrap();
    let dotted = root.path().join(".").join("map.ron");
    let around = root.path().join("locks").join("..").join("map.ron");
    for spelling in [dotted, around] {
        assert!(
            matches!(
                MapLock::acquire(&locks, &spelling),
                Err(LockError::HeldElsewhere { .. })
            ),
            "{}",
            spelling.display()
        );
    }
    #[cfg(unix)]
    {
        let link = root.path().join("link.ron");
        std::os::unix::fs::symlink(&map, &link).unwrap();
        assert!(matches!(
            MapLock::acquire(&locks, &link),
            Err(LockError::HeldElsewhere { .. })
        ));
    }
}

#[test]
fn a_map_not_saved_yet_is_named_through_its_folder() {
    let (root, _map, locks) = setup();
    let new_map = root.path().join("new.ron");
    let _lock = MapLock::acquire(&locks, &new_map).unwrap();
    let dotted = root.path().join(".").join("new.ron");
    assert!(matches!(
        MapLock::acquire(&locks, &dotted),
        Err(LockError::HeldElsewhere { .. })
    ));
}

#[test]
fn the_messages_name_the_map_and_the_owner() {
    let map = Path::new("/maps/shop.ron");
    let held = LockError::HeldElsewhere { pid: Some(4242) }.message_in(Lang::En, map);
    assert!(
        held.contains("/maps/shop.ron") && held.contains("4242"),
        "{held}"
    );
    let unknown = LockError::HeldElsewhere { pid: None }.message_in(Lang::De, map);
    assert!(unknown.contains("/maps/shop.ron"), "{unknown}");
    let io = LockError::Io(io::Error::other("boom")).message_in(Lang::En, map);
    assert!(io.contains("boom"), "{io}");
}
