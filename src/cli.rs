//! The command line: arguments, and the commands that run without a window.
//!
//! Architecture invariant: nothing here creates a window or an egui context
//! unless the user asked for the editor.

mod export;
mod export_data;
mod import;
mod info;

pub use export::{BackgroundArg, ExportArgs, export, export_options};
pub use import::{ImportArgs, Source, import};

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::format;
use crate::i18n::Lang;
use crate::storage::atomic::AtomicSave;
use crate::templates::{self, Template};

pub use info::{info, summary};

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
    /// Summarise maps as `name: value` lines; with several files, each starts with `file: PATH` and a blank line separates them.
    ///
    /// The names, always all and in this order: title, language (the map's
    /// language code, or `none`), version (the file format version written
    /// in the file), phases, steps (a phase without steps counts as one),
    /// lanes, cards, curves, points (emotion values set, over all curves),
    /// personas, actors, links, votes. Line breaks in the title are printed
    /// as spaces. An invalid file is reported as `check` reports it
    /// (`FILE:LINE:COLUMN: message` on stderr), the other files are still
    /// summarised, and the exit code is 1.
    Info {
        /// The maps to summarise.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite maps in the canonical layout that the editor saves, keeping
    /// the old file as FILE.bak; an older version is upgraded to the current one
    Fmt {
        /// The maps to rewrite; each must be valid.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export a map as a PNG or SVG picture, or its content as a Mermaid
    /// journey (.mmd) or a table (.csv, .xlsx), without opening a window.
    Export(ExportArgs),
    /// Make a new map from a Mermaid journey (.mmd) or a table (.csv,
    /// .xlsx, .ods: one row per card, or laid out as a map).
    Import(ImportArgs),
    /// List the templates a new map can start from: name, title and phases.
    Templates {
        /// Language of the titles and phase names (default: the system's).
        #[arg(long, value_name = "de|en", value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Write a new map from a template (see `journeymap templates`).
    New(NewArgs),
}

/// Arguments of `journeymap new`.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The template's name, as `journeymap templates` lists it.
    #[arg(long, value_name = "NAME", value_parser = parse_template)]
    pub template: &'static Template,
    /// Language of the phase and lane names (default: the system's); examples
    /// keep their own language.
    #[arg(long, value_name = "de|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// The map to write (.ron).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace FILE if it exists (the old one is kept as FILE.bak).
    #[arg(long)]
    pub force: bool,
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse()
}

fn parse_template(text: &str) -> Result<&'static Template, String> {
    templates::find(text).ok_or_else(|| {
        format!(
            "there is no template `{text}`; use one of: {} (`journeymap templates` describes them)",
            templates::names().join(", ")
        )
    })
}

/// Runs `journeymap templates`: one template per line, its name first, then
/// its title and phases in `lang`, in aligned columns.
pub fn list_templates(lang: Lang, out: &mut dyn Write) -> bool {
    let rows: Vec<[String; 3]> = templates::catalog()
        .iter()
        .map(|template| {
            let mut phases = template.phase_names(lang).join(" → ");
            let content = template.content_lang(lang);
            if content != lang {
                let language = templates::language_name(content, lang);
                let note = crate::i18n::tr_in(
                    lang,
                    crate::i18n::text::templates::CONTENT_IN,
                    &[("language", language.as_str().into())],
                );
                phases = format!("{phases}  ({note})");
            }
            [template.name.to_owned(), template.title(lang), phases]
        })
        .collect();
    let width = |column: usize| {
        rows.iter()
            .map(|row| row[column].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (name_width, title_width) = (width(0), width(1));
    // Written whole, so a failing stdout fails once rather than per line.
    let mut text = Vec::new();
    for [name, title, phases] in &rows {
        // Writing into a Vec cannot fail.
        let _ = writeln!(text, "{name:<name_width$}  {title:<title_width$}  {phases}");
    }
    match out.write_all(&text) {
        Ok(()) => true,
        // `journeymap templates | head -1` closes the pipe early: not a failure.
        Err(error) => error.kind() == std::io::ErrorKind::BrokenPipe,
    }
}

/// Runs `journeymap new`: writes the template's map to the output file,
/// which must not exist unless `--force` is given. Returns whether it
/// succeeded; problems go to `errors`.
pub fn new_map(args: &NewArgs, errors: &mut dyn Write) -> bool {
    let lang = args.lang.unwrap_or_else(Lang::from_system);
    let path = &args.output;
    let result = (|| -> Result<(), String> {
        refuse_existing(path, args.force)?;
        let journey = args.template.build(lang);
        crate::storage::save_atomically(path, format::to_ron_string(&journey).as_bytes())
            .map(|_| ())
            .map_err(|error| error.to_string())
    })();
    match result {
        Ok(()) => true,
        Err(message) => {
            let _ = writeln!(errors, "journeymap new: {message}");
            false
        }
    }
}

/// Refuses a folder as a new map's file, and an existing file unless
/// `force` (then the old one is kept as `.bak` by the save).
fn refuse_existing(path: &Path, force: bool) -> Result<(), String> {
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.is_dir() {
            return Err(format!(
                "{}: this is a folder; give the new map a file name, e.g. {}",
                path.display(),
                path.join(format!("journey.{}", format::EXTENSION))
                    .display()
            ));
        }
        if !force {
            return Err(format!(
                "{}: the file already exists; choose another name, or add --force to \
                 replace it (the old file is kept as {})",
                path.display(),
                crate::storage::atomic::backup_path(path).display()
            ));
        }
    }
    Ok(())
}

/// Validates every file, reporting problems on `errors`. Returns whether all are valid.
pub fn check(files: &[PathBuf], errors: &mut dyn Write) -> bool {
    let mut all_valid = true;
    for path in files {
        if load_or_report(path, errors).is_none() {
            all_valid = false;
        }
    }
    all_valid
}

/// Loads the map at `path`, or writes why it is invalid to `errors` (one
/// `FILE:LINE:COLUMN: message` line per problem): what `check` prints, and
/// every command that reads maps reports the same way.
fn load_or_report(path: &Path, errors: &mut dyn Write) -> Option<format::LoadedMap> {
    match format::load_file_with_version(path) {
        Ok(loaded) => Some(loaded),
        Err(error) => {
            for line in error.lines() {
                // A closed stderr leaves nothing better to do than to carry on.
                let _ = writeln!(errors, "{line}");
            }
            None
        }
    }
}

/// Rewrites every valid file canonically; invalid files are reported and left alone.
pub fn fmt(files: &[PathBuf], out: &mut dyn Write, errors: &mut dyn Write) -> bool {
    let mut all_ok = true;
    for path in files {
        let result = format::read_file(path)
            .and_then(|bytes| format::parse_file_bytes(&bytes, path).map(|map| (bytes, map)))
            .map_err(|error| error.lines())
            .and_then(|(bytes, loaded)| {
                let text = format::to_ron_string(&loaded.journey);
                if text.as_bytes() == bytes.as_slice() {
                    // Already canonical: not even the file's time changes.
                    return Ok(());
                }
                // The old file is kept as `.bak`, as Save keeps it: an
                // upgraded one is what an older Journeymap can still open, and
                // a re-layout loses the file's comments and spacing.
                let upgrade = loaded.version < format::CURRENT_VERSION;
                let save = AtomicSave {
                    keep_backup: true,
                    ..AtomicSave::default()
                };
                save.save(path, text.as_bytes())
                    .map_err(|error| vec![error.to_string()])?;
                let _ = if upgrade {
                    writeln!(
                        out,
                        "{}: upgraded from version {} to {} (the old file is {}.bak)",
                        path.display(),
                        loaded.version,
                        format::CURRENT_VERSION,
                        path.display()
                    )
                } else {
                    writeln!(
                        out,
                        "{}: rewritten in the canonical layout (the old file is {}.bak)",
                        path.display(),
                        path.display()
                    )
                };
                Ok(())
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
