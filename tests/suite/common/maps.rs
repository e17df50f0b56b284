//! The maps every picture test draws: every example file and every
//! template, in both languages.

use journeymap::format;
use journeymap::i18n::Lang;
use journeymap::model::Journey;
use journeymap::templates::{self, TemplateKind};

/// Every example file and every template, in both languages, each with
/// the language its picture speaks.
pub fn every_map() -> Vec<(String, Journey, Lang)> {
    let mut maps = Vec::new();
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    for path in files {
        let journey = format::load_file(&path).unwrap();
        let lang = journey.content_lang(Lang::En);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        maps.push((name, journey, lang));
    }
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

/// One example file of examples/, loaded.
pub fn example(name: &str) -> Journey {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    format::load_file(&path).expect("example loads")
}
