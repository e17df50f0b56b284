use super::*;
use crate::model::generate::generated;

fn info() -> RecoveryInfo {
    RecoveryInfo {
        original: Some(PathBuf::from("/maps/laptop.ron")),
        saved_at_unix: 1_700_000_000,
    }
}

#[test]
fn copies_of_a_dead_app_are_offered_and_copies_of_a_live_one_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let crashed = RecoveryStore::open(dir.path()).unwrap();
    let live = RecoveryStore::open(dir.path()).unwrap();
    let journey = generated(5);
    write_copy(&crashed.new_copy_path(), &info(), &journey).unwrap();
    write_copy(&live.new_copy_path(), &info(), &journey).unwrap();
    // Dropping a store releases its lock, as the OS does for a killed process.
    drop(crashed);

    let me = RecoveryStore::open(dir.path()).unwrap();
    write_copy(&me.new_copy_path(), &info(), &journey).unwrap();
    let orphans = me.orphans();
    assert_eq!(orphans.len(), 1, "{orphans:?}");
    let (found_info, found) = orphans[0].content.as_ref().unwrap();
    assert_eq!(*found_info, info());
    assert_eq!(*found, journey);
    assert_eq!(orphans[0].saved_at_unix(), 1_700_000_000);
    drop(live);
}

#[test]
fn an_adopted_copy_belongs_to_the_new_app() {
    let dir = tempfile::tempdir().unwrap();
    let crashed = RecoveryStore::open(dir.path()).unwrap();
    write_copy(&crashed.new_copy_path(), &info(), &generated(1)).unwrap();
    drop(crashed);

    let restorer = RecoveryStore::open(dir.path()).unwrap();
    let orphan = restorer.orphans().remove(0);
    let adopted = restorer.adopt(&orphan.file).unwrap();
    assert!(!orphan.file.exists());
    assert!(adopted.exists());
    let another = RecoveryStore::open(dir.path()).unwrap();
    assert!(another.orphans().is_empty(), "the restorer still runs");
    drop(restorer);
    assert_eq!(another.orphans().len(), 1, "the restorer died in turn");
}

#[test]
fn a_damaged_copy_is_offered_with_its_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("s1-1.1.ron"), b"(recovery: 1, saved_at: ").unwrap();
    let me = RecoveryStore::open(dir.path()).unwrap();
    let orphans = me.orphans();
    assert_eq!(orphans.len(), 1);
    let error = orphans[0].content.as_ref().unwrap_err().to_string();
    assert!(error.contains("s1-1.1.ron:1:"), "{error}");
    assert!(
        orphans[0].saved_at_unix() > 0,
        "falls back to the file time"
    );
}

#[test]
fn other_files_in_the_folder_are_ignored_and_removing_twice_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.txt"), b"x").unwrap();
    fs::write(dir.path().join(".hidden.ron"), b"x").unwrap();
    let me = RecoveryStore::open(dir.path()).unwrap();
    assert!(me.orphans().is_empty());
    let copy = me.new_copy_path();
    write_copy(&copy, &info(), &generated(1)).unwrap();
    remove_copy(&copy).unwrap();
    remove_copy(&copy).unwrap();
    assert!(!copy.exists());
}

#[test]
fn a_normal_exit_removes_the_lock_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::open(dir.path()).unwrap();
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    drop(store);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn locks_of_dead_apps_without_copies_are_cleaned_up_and_live_ones_stay() {
    let dir = tempfile::tempdir().unwrap();
    // What a killed app leaves when its copies were restored elsewhere.
    let dead_lock = dir.path().join("s9-9-9.lock");
    fs::write(&dead_lock, b"").unwrap();
    let live = RecoveryStore::open(dir.path()).unwrap();
    let live_lock = dir.path().join(format!("{}.lock", live.session));
    let me = RecoveryStore::open(dir.path()).unwrap();
    assert!(me.orphans().is_empty());
    assert!(!dead_lock.exists());
    assert!(live_lock.exists());
}
