use std::io;

use super::*;

/// Writes the first `limit` bytes, then fails as a full disk does.
struct FullDisk {
    limit: usize,
}

struct FullDiskWriter<'a> {
    file: &'a mut File,
    room: usize,
}

impl Write for FullDiskWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.room == 0 {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        self.file.write(&buf[..n])
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

impl WriterFactory for FullDisk {
    fn writer<'a>(&self, file: &'a mut File) -> Box<dyn Write + 'a> {
        Box::new(FullDiskWriter {
            file,
            room: self.limit,
        })
    }
}

fn entries(dir: &Path) -> Vec<String> {
    super::super::test_support::file_names(dir)
}

#[test]
fn a_first_save_writes_the_file_and_leaves_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let backup = save_atomically(&path, b"new").unwrap();
    assert!(matches!(backup, Backup::None), "{backup:?}");
    assert_eq!(fs::read(&path).unwrap(), b"new");
    assert_eq!(entries(dir.path()), ["map.ron"]);
}

#[test]
fn saving_over_a_file_keeps_the_previous_version_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    save_atomically(&path, b"first").unwrap();
    let backup = save_atomically(&path, b"second").unwrap();
    assert!(matches!(&backup, Backup::Kept(p) if *p == dir.path().join("map.ron.bak")));
    save_atomically(&path, b"third").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"third");
    assert_eq!(fs::read(backup_path(&path)).unwrap(), b"second");
    assert_eq!(entries(dir.path()), ["map.ron", "map.ron.bak"]);
}

#[test]
fn a_disk_that_fills_up_half_way_leaves_the_old_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"the old map").unwrap();
    let new = vec![b'x'; 100_000];
    let error = AtomicSave {
        keep_backup: true,
        writer: &FullDisk { limit: 50_000 },
    }
    .save(&path, &new)
    .unwrap_err();
    assert_eq!(error.step, SaveStep::Write);
    assert_eq!(error.source.kind(), io::ErrorKind::StorageFull);
    let message = error.to_string();
    assert!(
        message.starts_with(&path.display().to_string()),
        "{message}"
    );
    assert!(message.contains("The disk is full"), "{message}");
    assert_eq!(fs::read(&path).unwrap(), b"the old map");
    assert_eq!(
        entries(dir.path()),
        ["map.ron"],
        "no temporary file is left"
    );
}

#[test]
fn a_folder_that_is_really_a_file_fails_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let not_a_folder = dir.path().join("notes.txt");
    fs::write(&not_a_folder, b"x").unwrap();
    let error = save_atomically(&not_a_folder.join("map.ron"), b"new").unwrap_err();
    assert_eq!(error.step, SaveStep::CreateTemporary);
    assert!(error.to_string().contains("does not exist"), "{error}");
    assert_eq!(fs::read(&not_a_folder).unwrap(), b"x");
}

#[test]
fn a_folder_that_vanished_fails_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone");
    let error = save_atomically(&gone.join("map.ron"), b"new").unwrap_err();
    assert_eq!(error.source.kind(), io::ErrorKind::NotFound);
    assert!(
        error.to_string().contains("save to an existing folder"),
        "{error}"
    );
}

#[test]
fn a_read_only_file_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, b"locked").unwrap();
    let mut permissions = fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&path, permissions).unwrap();
    let error = save_atomically(&path, b"new").unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("The file is marked read-only"),
        "{message}"
    );
    assert!(!message.contains("folder is read-only"), "{message}");
    assert_eq!(fs::read(&path).unwrap(), b"locked");
}

#[test]
fn a_folder_in_the_way_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let error = save_atomically(dir.path(), b"new").unwrap_err();
    assert!(
        error.to_string().contains("A folder has that name"),
        "{error}"
    );
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_replaces_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    fs::write(&real, b"old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    save_atomically(&link, b"new").unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read(&real).unwrap(), b"new");
    assert_eq!(fs::read(dir.path().join("real.ron.bak")).unwrap(), b"old");
}

#[test]
fn recovery_copies_can_skip_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.ron");
    let save = AtomicSave {
        keep_backup: false,
        writer: &DirectWrite,
    };
    save.save(&path, b"1").unwrap();
    save.save(&path, b"2").unwrap();
    assert_eq!(entries(dir.path()), ["copy.ron"]);
}

fn make_old(path: &Path) {
    File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - Duration::from_hours(2))
        .unwrap();
}

#[test]
fn leftovers_of_killed_saves_of_this_map_go_at_its_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    // Beyond the largest process id Linux can hand out.
    let dead = 4_194_305;
    let ours = std::process::id();
    let leftover = |name: &str, pid: u32, n: u32| {
        let file = dir.path().join(format!(".{name}.journeymap-{pid}-{n}.tmp"));
        fs::write(&file, b"half a map").unwrap();
        // Old too, so systems without /proc remove them by age.
        make_old(&file);
        file
    };
    leftover("map.ron", dead, 0);
    leftover("map.ron", dead, 7);
    let in_flight = leftover("map.ron", ours, 3);
    let other_map = leftover("other.ron", dead, 0);
    // Process 1 always runs (init, launchd); its file is young besides.
    let live = dir.path().join(".map.ron.journeymap-1-0.tmp");
    fs::write(&live, b"being written").unwrap();
    for unrelated in [".map.ron.journeymap-x-0.tmp", "map.ron.tmp", "notes.txt"] {
        fs::write(dir.path().join(unrelated), b"mine").unwrap();
        make_old(&dir.path().join(unrelated));
    }

    save_atomically(&path, b"new").unwrap();

    let mut expected = vec![
        ".map.ron.journeymap-1-0.tmp".to_owned(),
        ".map.ron.journeymap-x-0.tmp".to_owned(),
        file_name(&in_flight),
        file_name(&other_map),
        "map.ron".to_owned(),
        "map.ron.tmp".to_owned(),
        "notes.txt".to_owned(),
    ];
    expected.sort();
    assert_eq!(entries(dir.path()), expected);
    assert!(live.exists());
}

#[cfg(target_os = "linux")]
#[test]
fn a_young_leftover_of_an_ended_process_goes_where_proc_tells() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    fs::write(
        dir.path().join(format!(".map.ron.journeymap-{pid}-0.tmp")),
        b"x",
    )
    .unwrap();
    save_atomically(&path, b"new").unwrap();
    assert_eq!(entries(dir.path()), ["map.ron"]);
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}
