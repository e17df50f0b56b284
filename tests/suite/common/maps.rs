//! The maps every picture test draws: every example file, every template
//! in both languages, and the maps written the way real people write them
//! (tests/data/real-maps: fourteen phases, nine lanes, ten actors, long
//! German compounds, emoji, 0–5 scores on many small steps).

use journeymap::format;
use journeymap::i18n::Lang;
use journeymap::model::Journey;
use journeymap::templates::{self, TemplateKind};

/// Every example file, every template in both languages and every real
/// map, each with the language its picture speaks.
pub fn every_map() -> Vec<(String, Journey, Lang)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut maps = map_files(&root.join("examples"));
    maps.extend(map_files(&root.join("tests/data/real-maps")));
    // The catalog's examples are the files above.
    for template in templates::catalog() {
        if template.kind() == TemplateKind::Example {
            continue;
        }
        for lang in Lang::ALL {
            let journey = template.build(lang);
            let lang = journey.content_lang(lang);
            maps.push((
                format!("{} ({})", template.name, lang.code()),
                journey,
                lang,
            ));
        }
    }
    maps
}

/// The `.ron` files in `folder`, in the order of their names.
pub fn ron_files(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// The maps in `folder`'s `.ron` files, in the order of their names.
fn map_files(folder: &std::path::Path) -> Vec<(String, Journey, Lang)> {
    ron_files(folder)
        .into_iter()
        .map(|path| {
            let journey = format::load_file(&path).unwrap();
            let lang = journey.content_lang(Lang::En);
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, journey, lang)
        })
        .collect()
}

/// One example file of examples/, loaded.
pub fn example(name: &str) -> Journey {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    format::load_file(&path).expect("example loads")
}
