//! Real windows for the end-to-end tests: an Xvfb display of its own, the
//! built `journeymap` started on it, and xdotool to find, focus, type into
//! and read the title of each window, as a user at a keyboard would.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Whether Xvfb or xdotool is missing; then the caller skips with a notice.
pub fn tools_missing() -> bool {
    let on_path = |program: &str| {
        std::env::var_os("PATH")
            .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
    };
    if on_path("Xvfb") && on_path("xdotool") {
        return false;
    }
    eprintln!("NOTICE: skipped, Xvfb or xdotool is not installed (.ci/run installs them)");
    true
}

/// Kills a child process when dropped, so a failing test leaves nothing running.
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Running {
    /// Whether the process has ended.
    pub fn exited(&mut self) -> bool {
        self.0.try_wait().is_ok_and(|status| status.is_some())
    }
}

/// One running editor and its window.
pub struct App {
    /// The process (killed when dropped).
    pub process: Running,
    /// The X window id, as xdotool names it.
    pub window: String,
}

/// An Xvfb display with a private copy of the app in a temporary folder.
pub struct Desktop {
    display: String,
    root: PathBuf,
    // Last: the display goes after every app started on it.
    _xvfb: Running,
}

impl Desktop {
    /// Starts Xvfb on a free display. The app is copied into `root`: the
    /// build folder may be shared, and a build running meanwhile must not
    /// swap the program between two starts.
    pub fn start(root: &Path) -> Self {
        std::fs::copy(env!("CARGO_BIN_EXE_journeymap"), root.join("journeymap"))
            .expect("copy of the app");
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "1440x900x24"])
            .args(["-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("Xvfb names its display");
        Self {
            display: format!(":{}", line.trim()),
            root: root.to_path_buf(),
            _xvfb: Running(child),
        }
    }

    /// Runs xdotool on this display; panics if it fails.
    pub fn xdotool(&self, args: &[&str]) -> String {
        let output = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .output()
            .expect("xdotool runs");
        assert!(
            output.status.success(),
            "xdotool {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.root.join("app.log")).unwrap_or_default()
    }

    /// Starts the app on `map` with its data folder `data` (recovery
    /// copies, map locks) and waits until its window has drawn a frame
    /// (the window's title names the map only from the first frame on).
    pub fn start_app(&self, map: &Path, data: &Path) -> App {
        // A freshly started Xvfb has been seen to refuse the very first client
        // on a loaded machine; an app that could not connect is started again.
        for _ in 0..3 {
            let log = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(self.root.join("app.log"))
                .expect("log file");
            let child = Command::new(self.root.join("journeymap"))
                .arg(map)
                .env("DISPLAY", &self.display)
                .env_remove("WAYLAND_DISPLAY")
                .env("JOURNEYMAP_DATA_DIR", data)
                .env("JOURNEYMAP_CONFIG_DIR", self.root.join("config"))
                .env("JOURNEYMAP_FILE_DIALOG", "path")
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .expect("journeymap starts");
            let mut process = Running(child);
            if let Some(window) = self.window_of(&mut process) {
                let app = App { process, window };
                let name = map.file_name().expect("file name").to_string_lossy();
                let drawn = format!("{name} — Journeymap");
                self.wait_for("the first frame", Duration::from_secs(30), || {
                    self.title(&app) == drawn
                });
                return app;
            }
        }
        panic!(
            "the app exited three times at start; it said: {}",
            self.log()
        );
    }

    /// The visible window of `process`, once it shows; `None` if it exits.
    fn window_of(&self, process: &mut Running) -> Option<String> {
        let pid = process.0.id().to_string();
        let started = Instant::now();
        loop {
            let output = Command::new("xdotool")
                .args(["search", "--all", "--onlyvisible", "--pid", &pid])
                .args(["--name", "Journeymap"])
                .env("DISPLAY", &self.display)
                .output()
                .expect("xdotool runs");
            if let Some(id) = String::from_utf8_lossy(&output.stdout).lines().next() {
                return Some(id.trim().to_owned());
            }
            if process.exited() {
                return None;
            }
            assert!(
                started.elapsed() < Duration::from_mins(1),
                "no window appeared; the app said: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The window's title: "NAME — Journeymap", with a leading "*" when unsaved.
    pub fn title(&self, app: &App) -> String {
        self.xdotool(&["getwindowname", &app.window])
    }

    /// Brings `app` to the front and gives it the keyboard, as a click on
    /// it would (there is no window manager to do either). A window hidden
    /// behind another draws late and would miss the keys typed into it.
    pub fn focus(&self, app: &App) {
        self.xdotool(&["windowraise", &app.window]);
        self.xdotool(&["windowfocus", "--sync", &app.window]);
        std::thread::sleep(Duration::from_millis(500));
    }

    /// Presses a key combination (xdotool's names: `ctrl+s`, `Return`) in
    /// the focused window and gives the app a moment to act on it.
    pub fn key(&self, keys: &str) {
        self.xdotool(&["key", "--clearmodifiers", keys]);
        std::thread::sleep(Duration::from_millis(400));
    }

    /// Types `text` into the focused window.
    pub fn type_text(&self, text: &str) {
        self.xdotool(&["type", "--delay", "30", text]);
    }

    /// Sets the map's title through Map Properties (Alt+Enter), as a user
    /// would; the caller waits for what should follow.
    pub fn retitle(&self, title: &str) {
        self.key("alt+Return");
        self.key("ctrl+a");
        self.type_text(title);
        self.key("Return");
    }

    /// Captures the screen into the target folder (where `import` exists).
    pub fn screenshot(&self, name: &str) -> Option<PathBuf> {
        let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        let captured = Command::new("import")
            .args(["-window", "root"])
            .arg(&shot)
            .env("DISPLAY", &self.display)
            .status();
        captured
            .is_ok_and(|status| status.success())
            .then_some(shot)
    }

    /// Waits until `done` holds, panicking after `limit` with what the
    /// screen showed (when a screenshot can be taken) and what the app said.
    pub fn wait_for(
        &self,
        what: &str,
        limit: Duration,
        mut done: impl FnMut() -> bool,
    ) -> Duration {
        let started = Instant::now();
        while !done() {
            if started.elapsed() > limit {
                let shot = self.screenshot("e2e-timed-out.png");
                panic!(
                    "timed out after {limit:?}: {what}; screen: {shot:?}; the app said: {}",
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        started.elapsed()
    }
}
