//! Reading tables never panics, whatever the bytes: random bytes as CSV,
//! XLSX and ODS, random CSV-ish text (quotes, separators, byte-order marks,
//! line breaks, umlauts, formula starts), and random mutations of our own
//! CSV export, all the way through `read_sheets` → `plan` → `preview` →
//! `build`, in both layouts. A map that builds is valid and survives a save
//! and reload; the preview counts what `build` makes. (The long run of the
//! same idea is the cargo-fuzz target `fuzz/fuzz_targets/table.rs`.)
//! Files too large, too long, broken or empty are refused in words.

use std::path::Path;
use std::sync::LazyLock;

use journeymap::format;
use journeymap::i18n::Lang;
use journeymap::interop::table::{self, Layout, MAX_BYTES, MAX_ROWS, TableKind};
use journeymap::model::validate;
use proptest::prelude::*;
use rust_xlsxwriter::Workbook;

/// Our own CSV of every example: mutations of it reach deep into reading.
static EXPORTS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    [
        "laptop-webshop.de.ron",
        "saas-trial.en.ron",
        "workshop-starter.en.ron",
    ]
    .iter()
    .map(|name| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name);
        table::to_csv(&format::load_file(&path).unwrap())
    })
    .collect()
});

/// Pieces of CSV worth splicing in.
const PIECES: [&str; 24] = [
    ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", "\u{FEFF}", "sep=;\n", "ä", "Ü", "ß", "€",
    "=", "'", "-", "1,5", "2.4e3", "NaN", "Ziele", "Emotion", "99999", "Quatsch",
];

fn csvish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            (0..PIECES.len()).prop_map(|index| PIECES[index].to_owned()),
            "[a-zA-Z0-9 ]{0,6}",
        ],
        0..80,
    )
    .prop_map(|pieces| pieces.concat())
}

/// Reads `bytes` as `kind` and takes every sheet through both layouts.
fn read_all_the_way(bytes: &[u8], kind: TableKind) -> Result<(), TestCaseError> {
    let Ok(sheets) = table::read_sheets(bytes, kind) else {
        return Ok(());
    };
    for (index, sheet) in sheets.iter().enumerate() {
        let planned = table::plan(sheet);
        let other = table::Plan {
            layout: match planned.layout {
                Layout::Table => Layout::Grid,
                Layout::Grid => Layout::Table,
            },
            ..planned.clone()
        };
        for plan in [planned, other] {
            let preview = table::preview(&sheets, index, &plan, 5);
            prop_assert!(preview.cards.len() <= 5);
            if let Ok(journey) = table::build(&sheets, index, &plan, Lang::De) {
                prop_assert_eq!(validate(&journey), vec![]);
                prop_assert_eq!(journey.cards.len(), preview.card_count);
                prop_assert_eq!(journey.phases.len(), preview.phases);
                prop_assert_eq!(journey.lanes.len(), preview.lanes);
                let text = format::to_ron_string(&journey);
                let again = format::from_ron_str(&text, Path::new("table.ron"));
                prop_assert!(again.is_ok(), "{:?}", again.err());
                let again = again.ok();
                prop_assert_eq!(again.as_ref(), Some(&journey));
            }
        }
    }
    Ok(())
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, piece: usize },
    Duplicate { at: usize, len: usize },
    Flip { at: usize, bit: u8 },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..48usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 0..PIECES.len()).prop_map(|(at, piece)| Mutation::Insert { at, piece }),
        (any::<usize>(), 1..200usize).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        (any::<usize>(), 0..8u8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let len = bytes.len();
    let pos = |at: usize| if len == 0 { 0 } else { at % len };
    match mutation {
        Mutation::Delete { at, len: n } => {
            let start = pos(*at);
            bytes.drain(start..(start + n).min(len));
        }
        Mutation::Insert { at, piece } => {
            let at = pos(*at);
            bytes.splice(at..at, PIECES[*piece].bytes());
        }
        Mutation::Duplicate { at, len: n } => {
            let start = pos(*at);
            let copy = bytes[start..(start + n).min(len)].to_vec();
            bytes.splice(start..start, copy);
        }
        Mutation::Flip { at, bit } => {
            if len > 0 {
                bytes[pos(*at)] ^= 1 << bit;
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        for kind in [TableKind::Csv, TableKind::Xlsx, TableKind::Ods] {
            read_all_the_way(&bytes, kind)?;
        }
    }

    #[test]
    fn random_csvish_text_never_panics(text in csvish()) {
        read_all_the_way(text.as_bytes(), TableKind::Csv)?;
    }

    #[test]
    fn mutated_exports_never_panic(
        export in 0..3usize,
        mutations in prop::collection::vec(mutation(), 1..8),
    ) {
        let mut bytes = EXPORTS[export].clone();
        for mutation in &mutations {
            apply(&mut bytes, mutation);
        }
        read_all_the_way(&bytes, TableKind::Csv)?;
    }
}

/// Zip bytes that are nearly a workbook: our own XLSX with a few bytes
/// changed reaches calamine's parsers, not just its zip check.
#[test]
fn damaged_workbooks_are_refused_or_read_never_panic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/saas-trial.en.ron");
    let xlsx = table::to_xlsx(&format::load_file(&path).unwrap()).unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(64));
    runner
        .run(&prop::collection::vec(mutation(), 1..4), |mutations| {
            let mut bytes = xlsx.clone();
            for mutation in &mutations {
                apply(&mut bytes, mutation);
            }
            read_all_the_way(&bytes, TableKind::Xlsx)
        })
        .unwrap();
}

#[test]
fn too_large_files_are_refused_before_reading() {
    let error = table::check_size(MAX_BYTES + 1).unwrap_err();
    assert!(error.to_string().contains("Split it"), "{error}");
    let bytes = vec![b'a'; usize::try_from(MAX_BYTES).unwrap() + 1];
    for kind in [TableKind::Csv, TableKind::Xlsx, TableKind::Ods] {
        let error = table::read_sheets(&bytes, kind).unwrap_err();
        assert_eq!(
            error.to_string(),
            table::check_size(MAX_BYTES + 1).unwrap_err().to_string()
        );
    }
}

#[test]
fn too_many_rows_are_refused() {
    let text = format!("Phase,Title\n{}", "a,b\n".repeat(MAX_ROWS));
    let error = table::read_sheets(text.as_bytes(), TableKind::Csv).unwrap_err();
    assert!(error.to_string().contains("100,000 rows"), "{error}");
    let wide = format!("{}x\n", ",".repeat(5000));
    let error = table::read_sheets(wide.as_bytes(), TableKind::Csv).unwrap_err();
    assert!(error.to_string().contains("columns"), "{error}");
}

#[test]
fn broken_and_empty_files_are_refused_in_words() {
    let noise: Vec<u8> = (0..4000u32)
        .map(|i| i.wrapping_mul(2_654_435_761).to_le_bytes()[2])
        .collect();
    for (kind, word) in [(TableKind::Xlsx, "Excel"), (TableKind::Ods, "OpenDocument")] {
        let error = table::read_sheets(&noise, kind).unwrap_err();
        assert!(error.to_string().contains(word), "{error}");
        // Our own CSV is no workbook either.
        let error = table::read_sheets(b"Phase,Title\nA,B\n", kind).unwrap_err();
        assert!(error.to_string().contains(word), "{error}");
    }
    for kind in [TableKind::Csv, TableKind::Xlsx, TableKind::Ods] {
        let error = table::read_sheets(b"", kind).unwrap_err();
        assert!(error.to_string().contains("empty"), "{error}");
    }
    let error = table::read_sheets(b"\xEF\xBB\xBF\r\n,,,\r\n", TableKind::Csv).unwrap_err();
    assert!(error.to_string().contains("empty"), "{error}");
    // A workbook whose sheets are all empty.
    let mut workbook = Workbook::new();
    workbook.add_worksheet();
    let bytes = workbook.save_to_buffer().unwrap();
    let error = table::read_sheets(&bytes, TableKind::Xlsx).unwrap_err();
    assert!(error.to_string().contains("empty"), "{error}");
}
