//! `journeymap export` to a format that holds the map's content rather than
//! its picture: a Mermaid journey (.mmd) or a table (.csv, .xlsx).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::format;
use crate::interop::{mermaid, table};

use super::ExportArgs;
use super::export::BackgroundArg;

/// The content formats, told by the output's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    /// A Mermaid `journey` diagram.
    Mermaid,
    /// Comma-separated values, one row per card.
    Csv,
    /// An Excel workbook: the cards, the emotion values and the personas.
    Xlsx,
}

impl DataFormat {
    /// The format of `path`, by its extension.
    pub fn of(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "mmd" | "mermaid" => Some(Self::Mermaid),
            "csv" => Some(Self::Csv),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }
}

/// The picture options given on the command line, as the user typed them:
/// none of them means anything for a content format.
fn picture_options(args: &ExportArgs) -> Vec<&'static str> {
    let given = [
        (args.scale.is_some(), "--scale"),
        (args.width.is_some(), "--width"),
        (args.dpi.is_some(), "--dpi"),
        (args.slide.is_some(), "--slide"),
        (args.min_text.is_some(), "--min-text"),
        (args.overview, "--overview"),
        (args.background != BackgroundArg::White, "--background"),
        (args.phases.is_some(), "--phases"),
        (args.no_title, "--no-title"),
        (args.no_legend, "--no-legend"),
        (args.lang.is_some(), "--lang"),
        (args.text_as_paths, "--text-as-paths"),
    ];
    given
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect()
}

/// Writes the map's content as `format` to the output: the files written,
/// and notes on what the format could not hold.
///
/// # Errors
/// A picture option given, a map that does not load, or a failed write, in
/// words for the user.
pub fn export_data(
    args: &ExportArgs,
    data: DataFormat,
) -> Result<(Vec<PathBuf>, Vec<String>), String> {
    let options = picture_options(args);
    if !options.is_empty() {
        let (verb, pronoun) = if options.len() == 1 {
            ("changes", "it")
        } else {
            ("change", "them")
        };
        return Err(format!(
            "{} {verb} only pictures; a .{} file holds the map's content, so leave {pronoun} out",
            options.join(", "),
            extension(data),
        ));
    }
    let journey = format::load_file(&args.file).map_err(|error| error.lines().join("\n"))?;
    let (bytes, notes) = match data {
        DataFormat::Mermaid => {
            let exported = mermaid::export(&journey);
            (exported.text.into_bytes(), exported.left_out)
        }
        DataFormat::Csv => (table::to_csv(&journey), Vec::new()),
        DataFormat::Xlsx => (
            table::to_xlsx(&journey).map_err(|error| error.to_string())?,
            Vec::new(),
        ),
    };
    crate::storage::save_atomically(&args.output, &bytes).map_err(|error| error.to_string())?;
    Ok((vec![args.output.clone()], notes))
}

fn extension(data: DataFormat) -> &'static str {
    match data {
        DataFormat::Mermaid => "mmd",
        DataFormat::Csv => "csv",
        DataFormat::Xlsx => "xlsx",
    }
}

/// Prints what a content format left out, one note per line.
pub fn print_notes(notes: &[String], errors: &mut dyn Write) {
    for note in notes {
        let _ = writeln!(errors, "journeymap export: left out: {note}");
    }
}
