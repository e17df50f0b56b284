//! `journeymap import`: a Mermaid journey or a table becomes a new map file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::format;
use crate::i18n::Lang;
use crate::interop::{mermaid, table};

use super::{parse_lang, refuse_existing};

/// Arguments of `journeymap import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file to read: a Mermaid journey (.mmd), or a table (.csv, .xlsx,
    /// .ods) with one row per card or laid out as a map.
    pub file: PathBuf,
    /// The map to write (.ron).
    #[arg(short, long, value_name = "MAP.ron")]
    pub output: PathBuf,
    /// Language of the names the import makes up (lanes, the default curve);
    /// default: the system's.
    #[arg(long, value_name = "de|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Replace MAP.ron if it exists (the old one is kept as MAP.ron.bak).
    #[arg(long)]
    pub force: bool,
}

/// The formats `import` reads, told by the file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A Mermaid `journey` diagram.
    Mermaid,
    /// A table.
    Table(table::TableKind),
}

impl Source {
    /// The format of `path`, by its extension.
    pub fn of(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        if matches!(extension.as_str(), "mmd" | "mermaid") {
            return Some(Self::Mermaid);
        }
        table::TableKind::from_path(path).map(Self::Table)
    }
}

/// Runs `journeymap import`. Warnings and skipped rows go to `errors` as
/// they happen, the file written to `out`; returns whether a map was written.
pub fn import(args: &ImportArgs, out: &mut dyn Write, errors: &mut dyn Write) -> bool {
    let lang = args.lang.unwrap_or_else(Lang::from_system);
    let result = (|| -> Result<(), Vec<String>> {
        let one = |message: String| vec![message];
        let source = Source::of(&args.file).ok_or_else(|| {
            one(format!(
                "{}: import reads Mermaid journeys (.mmd) and tables (.csv, .xlsx, .ods)",
                args.file.display()
            ))
        })?;
        refuse_existing(&args.output, args.force).map_err(one)?;
        let journey = match source {
            Source::Mermaid => read_mermaid(&args.file, lang, errors)?,
            Source::Table(kind) => read_table(&args.file, kind, lang, errors)?,
        };
        crate::storage::save_atomically(&args.output, format::to_ron_string(&journey).as_bytes())
            .map_err(|error| one(error.to_string()))?;
        let _ = writeln!(
            out,
            "wrote {}: {} phases, {} steps, {} lanes, {} cards, {} curves",
            args.output.display(),
            journey.phases.len(),
            journey.step_count(),
            journey.lanes.len(),
            journey.cards.len(),
            journey.curves.len()
        );
        Ok(())
    })();
    match result {
        Ok(()) => true,
        Err(lines) => {
            for line in lines {
                let _ = writeln!(errors, "journeymap import: {line}");
            }
            false
        }
    }
}

/// Reads the file whole, refusing one larger than `limit` before reading it.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, Vec<String>> {
    crate::interop::read_limited(path, limit).map_err(|error| {
        vec![match error {
            crate::interop::ReadError::TooLarge(size, limit) => format!(
                "{}: the file has {size} bytes, more than the {limit} an import reads",
                path.display()
            ),
            crate::interop::ReadError::Io(error) => format!("{}: {error}", path.display()),
        }]
    })
}

fn read_mermaid(
    path: &Path,
    lang: Lang,
    errors: &mut dyn Write,
) -> Result<crate::model::Journey, Vec<String>> {
    let limit = u64::try_from(mermaid::MAX_BYTES).unwrap_or(u64::MAX);
    let bytes = read_limited(path, limit)?;
    let text = format::decode_text(&bytes).map_err(|error| {
        let at = match error {
            format::TextError::Utf16 => format::TextPosition { line: 1, column: 1 },
            format::TextError::NotUtf8 { at, .. } => at,
        };
        let message = "the file is not UTF-8 text; save it as UTF-8 and import it again";
        vec![format::Diagnostic::new(at, message).line_in(path)]
    })?;
    let positioned = |diagnostic: &format::Diagnostic| diagnostic.line_in(path);
    match mermaid::import(text, lang) {
        Ok(imported) => {
            for warning in &imported.warnings {
                let _ = writeln!(errors, "{} (warning)", positioned(warning));
            }
            Ok(imported.journey)
        }
        Err(problems) => Err(problems.iter().map(positioned).collect()),
    }
}

fn read_table(
    path: &Path,
    kind: table::TableKind,
    lang: Lang,
    errors: &mut dyn Write,
) -> Result<crate::model::Journey, Vec<String>> {
    let bytes = read_limited(path, table::MAX_BYTES)?;
    let failed = |error: table::TableError| vec![format!("{}: {error}", path.display())];
    let sheets = table::read_sheets(&bytes, kind).map_err(failed)?;
    // The first sheet is the cards (ours) or the map (a grid).
    let plan = table::plan(
        sheets
            .first()
            .ok_or_else(|| vec![format!("{}: the file has no sheet", path.display())])?,
    );
    let preview = table::preview(&sheets, 0, &plan, 0);
    for problem in &preview.problems {
        let _ = writeln!(
            errors,
            "{}: row {}: {} (skipped)",
            path.display(),
            problem.row,
            problem.message
        );
    }
    table::build(&sheets, 0, &plan, lang).map_err(failed)
}
