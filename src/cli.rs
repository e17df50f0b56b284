//! The command line: arguments, and the commands that run without a window.
//!
//! Architecture invariant: nothing here creates a window or an egui context
//! unless the user asked for the editor.

mod info;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::{Background, ExportOptions, ExportSize, ImageFormat, limits};
use crate::format;
use crate::i18n::Lang;
use crate::model::Journey;
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
    /// Rewrite maps in the canonical layout that the editor saves; an older
    /// version is upgraded to the current one, keeping the old file as FILE.bak
    Fmt {
        /// The maps to rewrite; each must be valid.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export a map as a PNG or SVG picture, without opening a window.
    Export(ExportArgs),
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

/// Arguments of `journeymap export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The map to export.
    pub file: PathBuf,
    /// The picture to write: its extension (.png or .svg) picks the format.
    #[arg(short, long, value_name = "OUT.png|OUT.svg")]
    pub output: PathBuf,
    /// Pixels per map point (0.25 to 8; default 2).
    #[arg(long, value_name = "N", group = "size")]
    pub scale: Option<f32>,
    /// Width of the picture in pixels (100 to 30000); the height follows.
    #[arg(long, value_name = "PX", group = "size")]
    pub width: Option<u32>,
    /// Print resolution, one map point being 1/96 inch (72 to 1200).
    #[arg(long, value_name = "N", group = "size")]
    pub dpi: Option<f32>,
    /// A 16:9 slide of exactly this size with the map fitted inside.
    #[arg(long, value_name = "1920x1080|3840x2160", value_parser = parse_slide, group = "size")]
    pub slide: Option<(u32, u32)>,
    /// What is behind the map.
    #[arg(long, value_enum, default_value_t = BackgroundArg::White)]
    pub background: BackgroundArg,
    /// Only phases FROM to TO, counted from 1 (e.g. 2..4).
    #[arg(long, value_name = "FROM..TO", value_parser = parse_phase_range)]
    pub phases: Option<(usize, usize)>,
    /// Leave out the title, description and persona.
    #[arg(long)]
    pub no_title: bool,
    /// Leave out the legend of emotion curves.
    #[arg(long)]
    pub no_legend: bool,
    /// Language of the numbers and words the picture adds (KPI values, the
    /// persona's age); default: the map's own, else English.
    #[arg(long, value_name = "de|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// SVG only: text as glyph outlines, the same in every viewer, but no
    /// longer selectable (default: real text with the fonts embedded).
    #[arg(long)]
    pub text_as_paths: bool,
}

/// `--background` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BackgroundArg {
    /// White paper.
    White,
    /// Dark paper and light text, for dark slides (cards stay light).
    Dark,
    /// No background, dark text: for light slides.
    Transparent,
    /// No background, light text: for dark slides.
    TransparentDark,
    /// The editor's desk colour around the map sheet.
    Theme,
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

fn parse_slide(text: &str) -> Result<(u32, u32), String> {
    let name = |(width, height): (u32, u32)| format!("{width}x{height}");
    limits::SLIDES
        .into_iter()
        .find(|slide| name(*slide) == text)
        .ok_or_else(|| {
            let sizes: Vec<String> = limits::SLIDES.into_iter().map(name).collect();
            format!("`{text}` is not a slide size; use {}", sizes.join(" or "))
        })
}

fn parse_phase_range(text: &str) -> Result<(usize, usize), String> {
    let bad = || {
        format!(
            "`{text}` is not a phase range; write FROM..TO with phase numbers from 1, e.g. 2..4"
        )
    };
    let (from, to) = text.split_once("..").ok_or_else(bad)?;
    let from: usize = from.trim().parse().map_err(|_| bad())?;
    let to: usize = to.trim().parse().map_err(|_| bad())?;
    if from == 0 || to < from {
        return Err(bad());
    }
    Ok((from, to))
}

/// Turns validated arguments into export options for `journey`: its phases
/// bound `--phases`, its language the words and numbers in the picture.
///
/// # Errors
/// A value out of range, in words for the user.
pub fn export_options(args: &ExportArgs, journey: &Journey) -> Result<ExportOptions, String> {
    let phase_count = journey.phases.len();
    let size = if let Some(scale) = args.scale {
        let range = limits::SCALE;
        if !range.contains(&scale) {
            return Err(format!(
                "--scale {scale} is out of range; use {} to {}",
                range.start(),
                range.end()
            ));
        }
        ExportSize::Scale(scale)
    } else if let Some(width) = args.width {
        let range = limits::WIDTH;
        if !range.contains(&width) {
            return Err(format!(
                "--width {width} is out of range; use {} to {} pixels",
                range.start(),
                range.end()
            ));
        }
        ExportSize::Width(width)
    } else if let Some(dpi) = args.dpi {
        let range = limits::DPI;
        if !range.contains(&dpi) {
            return Err(format!(
                "--dpi {dpi} is out of range; use {} to {} dots per inch",
                range.start(),
                range.end()
            ));
        }
        ExportSize::Dpi(dpi)
    } else if let Some((width, height)) = args.slide {
        ExportSize::Slide(width, height)
    } else {
        ExportOptions::default().size
    };
    let phases = match args.phases {
        None => None,
        Some((from, to)) if to <= phase_count => Some((from - 1, to - 1)),
        Some((from, to)) => {
            return Err(format!(
                "--phases {from}..{to} goes past the map's last phase; it has {phase_count}"
            ));
        }
    };
    Ok(ExportOptions {
        size,
        background: match args.background {
            BackgroundArg::White => Background::White,
            BackgroundArg::Dark => Background::Dark,
            BackgroundArg::Transparent => Background::Transparent,
            BackgroundArg::TransparentDark => Background::TransparentDark,
            BackgroundArg::Theme => Background::Theme,
        },
        show_title: !args.no_title,
        show_legend: !args.no_legend,
        phases,
        // Asked for, it wins; else the map's own. The command line has no
        // interface language to fall back on, and its output must not change
        // with the machine it runs on.
        lang: args.lang.unwrap_or_else(|| journey.content_lang(Lang::En)),
        text_as_paths: args.text_as_paths,
    })
}

/// Runs `journeymap export`. Returns whether it succeeded; problems go to `errors`.
pub fn export(args: &ExportArgs, errors: &mut dyn Write) -> bool {
    let result = (|| -> Result<(), String> {
        let output_format = ImageFormat::from_path(&args.output);
        if output_format.is_none() {
            return Err(format!(
                "{}: the output must end in .png or .svg",
                args.output.display()
            ));
        }
        if args.text_as_paths && output_format != Some(ImageFormat::Svg) {
            return Err(
                "--text-as-paths is for SVG output; a PNG has no text to outline".to_owned(),
            );
        }
        let journey = format::load_file(&args.file).map_err(|error| error.lines().join("\n"))?;
        let options = export_options(args, &journey)?;
        crate::export::export_to_file(&journey, &options, &args.output)
            .map_err(|error| error.to_string())
    })();
    match result {
        Ok(()) => true,
        Err(message) => {
            let _ = writeln!(errors, "journeymap export: {message}");
            false
        }
    }
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
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.is_dir() {
                return Err(format!(
                    "{}: this is a folder; give the new map a file name, e.g. {}",
                    path.display(),
                    path.join(format!("journey.{}", format::EXTENSION))
                        .display()
                ));
            }
            if !args.force {
                return Err(format!(
                    "{}: the file already exists; choose another name, or add --force to \
                     replace it (the old file is kept as {})",
                    path.display(),
                    crate::storage::atomic::backup_path(path).display()
                ));
            }
        }
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
                // An upgrade to the current version keeps the old file as
                // `.bak` (an older Journeymap can still open that); a mere
                // re-layout does not, since maps formatted in bulk usually
                // live in version control.
                let upgrade = loaded.version < format::CURRENT_VERSION;
                let save = AtomicSave {
                    keep_backup: upgrade,
                    ..AtomicSave::default()
                };
                save.save(path, text.as_bytes())
                    .map_err(|error| vec![error.to_string()])?;
                if upgrade {
                    let _ = writeln!(
                        out,
                        "{}: upgraded from version {} to {} (the old file is {}.bak)",
                        path.display(),
                        loaded.version,
                        format::CURRENT_VERSION,
                        path.display()
                    );
                }
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
