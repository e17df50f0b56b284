//! Fault injection against real processes and real file systems: a save killed
//! with SIGKILL at random moments, a full disk and a read-only folder (tiny
//! tmpfs mounts in a private mount namespace). Each must leave the complete
//! old file or the complete new one, and say clearly what went wrong.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use journeymap::format;
use journeymap::model::generate::generated;
use journeymap::storage::atomic::{AtomicSave, WriterFactory};

const CHILD_VAR: &str = "JOURNEYMAP_TEST_SAVE_LOOP";

/// Writes in small chunks with pauses, and pauses again before the rename, so a
/// kill lands inside a save far more often than between two saves.
struct SlowWriter;

struct Slow<'a>(&'a mut std::fs::File);

impl Write for Slow<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::thread::sleep(Duration::from_millis(2));
        let n = buf.len().min(16 * 1024);
        self.0.write(&buf[..n])
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()?;
        std::thread::sleep(Duration::from_millis(20));
        Ok(())
    }
}

impl WriterFactory for SlowWriter {
    fn writer<'a>(&self, file: &'a mut std::fs::File) -> Box<dyn Write + 'a> {
        Box::new(Slow(file))
    }
}

/// The two versions the child saves in turn; different sizes, so a torn
/// write could never pass for either.
fn versions() -> [Vec<u8>; 2] {
    let mut small = generated(500);
    "Version A".clone_into(&mut small.title);
    let mut big = generated(2_000);
    "Version B".clone_into(&mut big.title);
    [
        format::to_ron_string(&small).into_bytes(),
        format::to_ron_string(&big).into_bytes(),
    ]
}

/// Not a test on its own: the body of the child process the kill test starts
/// (it re-runs this test binary with `CHILD_VAR` naming the file). Saves the
/// two versions in turn until it is killed.
#[test]
#[ignore = "run as a child process by killed_saves_leave_the_old_or_the_new_file"]
fn save_loop_child() {
    let Some(path) = std::env::var_os(CHILD_VAR).map(PathBuf::from) else {
        return;
    };
    let versions = versions();
    let save = AtomicSave {
        keep_backup: true,
        writer: &SlowWriter,
    };
    for i in 0.. {
        save.save(&path, &versions[i % 2]).expect("save");
        println!("saved {i}");
    }
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| Path::new(name).extension().is_some_and(|ext| ext == "tmp"))
        .collect()
}

#[test]
fn killed_saves_leave_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let versions = versions();
    std::fs::write(&path, &versions[1]).unwrap();
    let mut killed_mid_write = 0;
    // The test harness names a test by its module path without the crate.
    let module = module_path!().split_once("::").map_or("", |(_, path)| path);
    let child_test = format!("{module}::save_loop_child");
    for round in 0..16u64 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", &child_test, "--ignored", "--nocapture"])
            .env(CHILD_VAR, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Spread the kills over the first saves: 150 ms to ~1.3 s.
        std::thread::sleep(Duration::from_millis(150 + round * 73));
        child.kill().unwrap(); // SIGKILL: no destructor, no cleanup runs
        child.wait().unwrap();

        let now = std::fs::read(&path).unwrap();
        assert!(
            versions.contains(&now),
            "round {round}: the file is neither version ({} bytes)",
            now.len()
        );
        format::load_file(&path).expect("and it loads");
        if let Ok(backup) = std::fs::read(dir.path().join("map.ron.bak")) {
            assert!(versions.contains(&backup), "round {round}: torn backup");
        }
        let temporaries = leftovers(dir.path());
        if !temporaries.is_empty() {
            killed_mid_write += 1;
            for name in temporaries {
                std::fs::remove_file(dir.path().join(name)).unwrap();
            }
        }
    }
    eprintln!("{killed_mid_write} of 16 kills landed in the middle of writing");
    assert!(
        killed_mid_write > 0,
        "no kill hit a save in progress, so the test proved nothing"
    );
}

/// Runs `script` as root in a private mount namespace (so its tmpfs mounts
/// vanish with it), with `$JM` the journeymap binary and `$M` a mount point.
/// `None` (with a notice) where that is impossible: not root, no `unshare`.
fn in_mount_namespace(script: &str, mount_point: &Path) -> Option<std::process::Output> {
    let probe = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "true"])
        .output();
    if !probe.is_ok_and(|output| output.status.success()) {
        eprintln!("NOTICE: skipped, cannot create a mount namespace (needs root and unshare)");
        return None;
    }
    let output = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", script])
        .env("JM", env!("CARGO_BIN_EXE_journeymap"))
        .env("M", mount_point)
        .output()
        .unwrap();
    Some(output)
}

/// A map whose canonical form is much longer than the file: one line.
fn compact_map() -> String {
    let text = format::to_ron_string(&generated(300));
    text.split('\n')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `journeymap fmt` on a one-line map in a tmpfs of `size`, after the
/// shell lines `break_it` have spoilt the file system. The map's canonical
/// form is longer, so fmt has to write. Checks that fmt failed, left the old
/// file intact and no temporary file; returns its error output.
fn fmt_on_broken_tmpfs(size: &str, break_it: &str) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let mount_point = dir.path().join("disk");
    std::fs::create_dir(&mount_point).unwrap();
    let source = dir.path().join("original.ron");
    std::fs::write(&source, compact_map()).unwrap();
    let script = format!(
        r#"set -e
mount -t tmpfs -o size={size} tmpfs "$M"
cp "{source}" "$M/map.ron"
{break_it}
"$JM" fmt "$M/map.ron" && echo "fmt succeeded" || echo "fmt failed"
cmp -s "$M/map.ron" "{source}" && echo "old file intact"
ls -A "$M"
"#,
        source = source.display()
    );
    let output = in_mount_namespace(&script, &mount_point)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(stdout.contains("fmt failed"), "{stdout}\n{stderr}");
    assert!(stdout.contains("old file intact"), "{stdout}\n{stderr}");
    assert!(!stdout.contains(".tmp"), "temporary file left: {stdout}");
    assert!(stderr.contains("map.ron: could not save"), "{stderr}");
    Some(stderr)
}

#[test]
fn a_full_disk_leaves_the_old_file_and_says_so() {
    // Fill every free block, so the longer canonical text cannot fit.
    let fill = r#"dd if=/dev/zero of="$M/filler" bs=4k 2>/dev/null || true"#;
    if let Some(stderr) = fmt_on_broken_tmpfs("512k", fill) {
        assert!(stderr.contains("The disk is full"), "{stderr}");
    }
}

#[test]
fn a_read_only_folder_leaves_the_old_file_and_says_so() {
    if let Some(stderr) = fmt_on_broken_tmpfs("4m", r#"mount -o remount,ro "$M""#) {
        assert!(stderr.contains("The folder is read-only"), "{stderr}");
    }
}
