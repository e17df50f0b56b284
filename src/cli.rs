//! The command line: arguments, and the commands that run without a window.
//!
//! Architecture invariant: nothing here creates a window or an egui context
//! unless the user asked for the editor.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::format;
use crate::storage::atomic::AtomicSave;

/// Journeymap: an offline editor for customer journey maps.
#[derive(Debug, Parser)]
#[command(
    name = "journeymap",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A map (.ron) to open in the editor; without one, the bundled example opens.
    pub file: Option<PathBuf>,
    /// A command to run without opening a window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Commands that work without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate maps; prints `FILE:LINE:COLUMN: message` per problem; exits 1 if any is invalid.
    Check {
        /// The maps to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite maps in the canonical layout that the editor saves.
    Fmt {
        /// The maps to rewrite; each must be valid.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// Validates every file, reporting problems on `errors`. Returns whether all are valid.
pub fn check(files: &[PathBuf], errors: &mut dyn Write) -> bool {
    let mut all_valid = true;
    for path in files {
        if let Err(error) = format::load_file(path) {
            all_valid = false;
            for line in error.lines() {
                // A closed stderr leaves nothing better to do than to carry on.
                let _ = writeln!(errors, "{line}");
            }
        }
    }
    all_valid
}

/// Rewrites every valid file canonically; invalid files are reported and left alone.
pub fn fmt(files: &[PathBuf], errors: &mut dyn Write) -> bool {
    let mut all_ok = true;
    for path in files {
        let result = format::load_file(path)
            .map_err(|error| error.lines())
            .and_then(|journey| {
                // No `.bak` here: fmt keeps the meaning, and maps formatted in
                // bulk usually live in version control.
                let save = AtomicSave {
                    keep_backup: false,
                    ..AtomicSave::default()
                };
                save.save(path, format::to_ron_string(&journey).as_bytes())
                    .map(|_| ())
                    .map_err(|error| vec![error.to_string()])
            });
        if let Err(lines) = result {
            all_ok = false;
            for line in lines {
                let _ = writeln!(errors, "{line}");
            }
        }
    }
    all_ok
}

/// Turns success into the process exit code.
pub fn exit_code(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
