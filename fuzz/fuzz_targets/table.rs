//! Feeds arbitrary bytes to the table readers (CSV, XLSX, ODS) and every
//! sheet that reads through the planner, the preview and the builder, in
//! both layouts. Any panic, hang or abort is a finding; so is a map that
//! builds but is invalid, does not survive a save and reload, or differs
//! from what its preview counted.

#![no_main]

use std::path::Path;

use journeymap::format;
use journeymap::i18n::Lang;
use journeymap::interop::table::{self, Layout, Plan, TableKind};
use journeymap::model::validate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for kind in [TableKind::Csv, TableKind::Xlsx, TableKind::Ods] {
        let Ok(sheets) = table::read_sheets(data, kind) else {
            continue;
        };
        for (index, sheet) in sheets.iter().enumerate() {
            let planned = table::plan(sheet);
            let other = Plan {
                layout: match planned.layout {
                    Layout::Table => Layout::Grid,
                    Layout::Grid => Layout::Table,
                },
                ..planned.clone()
            };
            for plan in [planned, other] {
                let preview = table::preview(&sheets, index, &plan, 8);
                let Ok(journey) = table::build(&sheets, index, &plan, Lang::De) else {
                    continue;
                };
                assert_eq!(validate(&journey), vec![], "a built map must be valid");
                assert_eq!(
                    journey.cards.len(),
                    preview.card_count,
                    "the preview counted wrong"
                );
                let text = format::to_ron_string(&journey);
                let again = format::from_ron_str(&text, Path::new("fuzz.ron"))
                    .unwrap_or_else(|error| panic!("a built map must reload: {error}"));
                assert_eq!(again, journey, "save and reload changed the map");
            }
        }
    }
});
