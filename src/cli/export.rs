//! `journeymap export`: a map as a picture, or as a series of slides.

use std::io::Write;
use std::path::PathBuf;

use crate::export::{Background, ExportOptions, ExportSize, ImageFormat, SlideOptions, limits};
use crate::format;
use crate::i18n::Lang;
use crate::model::Journey;

use super::export_data::{DataFormat, export_data, print_notes};
use super::parse_lang;

/// Arguments of `journeymap export`.
#[derive(Debug, clap::Args)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent command-line switches, as clap parses them"
)]
pub struct ExportArgs {
    /// The map to export.
    pub file: PathBuf,
    /// The file to write: its extension picks the format, a picture (.png,
    /// .svg), a Mermaid journey (.mmd) or a table (.csv, .xlsx).
    #[arg(short, long, value_name = "OUT.png|OUT.svg|OUT.mmd|OUT.csv|OUT.xlsx")]
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
    /// A slide of exactly this size (16:9 or 4:3): the map laid out for
    /// the slide's shape, as a series of slides OUT-1 … OUT-N when its card
    /// text would be smaller than --min-text.
    #[arg(
        long,
        value_name = "1920x1080|3840x2160|1024x768|2048x1536",
        value_parser = parse_slide,
        group = "size"
    )]
    pub slide: Option<(u32, u32)>,
    /// With --slide: the smallest card text in the slide's pixels (6 to
    /// 200; default 10 pt on the slide, 20 px at 1920x1080). Below it the
    /// map becomes a series of slides.
    #[arg(long, value_name = "PX", requires = "slide")]
    pub min_text: Option<f32>,
    /// With --slide: a first slide with the whole map before a series.
    #[arg(long, requires = "slide")]
    pub overview: bool,
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

fn parse_slide(text: &str) -> Result<(u32, u32), String> {
    let name = |(width, height): (u32, u32)| format!("{width}x{height}");
    limits::SLIDES
        .into_iter()
        .find(|slide| name(*slide) == text)
        .ok_or_else(|| {
            let sizes: Vec<String> = limits::SLIDES.into_iter().map(name).collect();
            format!("`{text}` is not a slide size; use {}", sizes.join(", "))
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
    if let Some(min_text) = args.min_text {
        let range = limits::MIN_TEXT;
        if !range.contains(&min_text) {
            return Err(format!(
                "--min-text {min_text} is out of range; use {} to {} pixels",
                range.start(),
                range.end()
            ));
        }
    }
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
        slides: SlideOptions {
            min_text: args.min_text,
            overview: args.overview,
        },
    })
}

/// Runs `journeymap export`. Returns whether it succeeded; the files it
/// wrote go to `out`, problems to `errors`.
pub fn export(args: &ExportArgs, out: &mut dyn Write, errors: &mut dyn Write) -> bool {
    let mut notes = Vec::new();
    let result = (|| -> Result<Vec<PathBuf>, String> {
        if let Some(data) = DataFormat::of(&args.output) {
            let (files, left_out) = export_data(args, data)?;
            notes = left_out;
            return Ok(files);
        }
        let output_format = ImageFormat::from_path(&args.output);
        if output_format.is_none() {
            return Err(format!(
                "{}: the output must end in .png or .svg (a picture), .mmd (a Mermaid \
                 journey), .csv or .xlsx (a table)",
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
        Ok(files) => {
            print_notes(&notes, errors);
            let _ = writeln!(out, "{}", wrote(&files));
            true
        }
        Err(message) => {
            let _ = writeln!(errors, "journeymap export: {message}");
            false
        }
    }
}

/// "wrote map.png", or "wrote 3 slides: map-1.png, map-2.png, map-3.png".
fn wrote(files: &[PathBuf]) -> String {
    let names: Vec<String> = files
        .iter()
        .map(|file| file.display().to_string())
        .collect();
    match names.as_slice() {
        [one] => format!("wrote {one}"),
        many => format!("wrote {} slides: {}", many.len(), many.join(", ")),
    }
}
