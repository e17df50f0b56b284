//! The messages of each area of the interface. An area is one `.rs` file
//! here (the typed ids) and one `.ftl` file per language in
//! `assets/i18n/<lang>/` (the texts), so each part of the app keeps its
//! texts together and translators see one topic per file.

use super::{Lang, Msg};

pub mod app;
pub mod canvas;
pub mod dialogs;
pub mod domain;
pub mod edit;
pub mod export_dialog;
pub mod find;
pub mod import;
pub mod inspector;
pub mod keys;
pub mod load;
pub mod menu;
pub mod mermaid;
pub mod persona;
pub mod preferences;
pub mod properties;
pub mod storage;
pub mod table;
pub mod templates;

/// One area: its ids and its Fluent source in each language.
#[cfg_attr(
    not(test),
    expect(dead_code, reason = "name and ids are read by the completeness tests")
)]
pub(crate) struct Area {
    /// The area's name, also its `.ftl` file name.
    pub name: &'static str,
    /// Every message the code may ask for.
    pub messages: &'static [Msg],
    english: &'static str,
    german: &'static str,
}

impl Area {
    /// The area's Fluent source in `lang`.
    pub fn source(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.english,
            Lang::De => self.german,
        }
    }
}

macro_rules! area {
    ($name:ident) => {
        Area {
            name: stringify!($name),
            messages: $name::ALL,
            english: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/i18n/en/",
                stringify!($name),
                ".ftl"
            )),
            german: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/i18n/de/",
                stringify!($name),
                ".ftl"
            )),
        }
    };
}

/// Every area. A new area is a module above, two `.ftl` files and a line here.
pub(crate) const AREAS: &[Area] = &[
    area!(app),
    area!(canvas),
    area!(dialogs),
    area!(domain),
    area!(edit),
    area!(export_dialog),
    area!(find),
    area!(import),
    area!(inspector),
    area!(keys),
    area!(load),
    area!(mermaid),
    area!(menu),
    area!(persona),
    area!(preferences),
    area!(properties),
    area!(storage),
    area!(table),
    area!(templates),
];
