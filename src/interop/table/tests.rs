//! Unit tests of the table module's parts: the words it reads and writes,
//! numbers, CSV encoding and guarding, header guesses, grid letters and
//! refusals. Whole round trips are in the integration suite
//! (`tests/suite/interop_table.rs`).

use std::collections::HashMap;
use std::path::Path;

use super::columns::{Field, guess_columns};
use super::delimited::{self, Cell, decode, guard};
use super::error::{Reason, TableError};
use super::grid::column_letters;
use super::words::{VOCABULARY, all_spellings, guess_lane_kind, is_yes, parse_number};
use super::{Layout, MAX_BYTES, Sheet, TableKind, check_size, plan, read_sheets};
use crate::i18n::{Lang, tr_in};
use crate::model::{CardColor, Channel, Evidence, LaneKind, MediaType};

#[test]
fn no_two_values_of_one_kind_share_a_spelling_in_any_language() {
    for kind in all_spellings() {
        let mut owner: HashMap<String, String> = HashMap::new();
        for (value, spellings) in kind {
            for spelling in spellings {
                if let Some(other) = owner.insert(spelling.clone(), value.clone()) {
                    assert_eq!(
                        other, value,
                        "\"{spelling}\" names both {other} and {value}"
                    );
                }
            }
        }
    }
}

#[test]
fn every_value_reads_back_from_its_name_in_both_languages_and_its_identifier() {
    for lang in Lang::ALL {
        let name = |msg| tr_in(lang, msg, &[]);
        for kind in LaneKind::ALL {
            assert_eq!(VOCABULARY.lane_kinds.find(&name(kind.msg())), Some(kind));
            assert_eq!(VOCABULARY.lane_kinds.find(&format!("{kind:?}")), Some(kind));
        }
        for colour in CardColor::ALL {
            assert_eq!(VOCABULARY.colours.find(&name(colour.msg())), Some(colour));
        }
        for level in Evidence::ALL {
            assert_eq!(VOCABULARY.evidence.find(&name(level.msg())), Some(level));
        }
        for channel in Channel::ALL {
            assert_eq!(
                VOCABULARY.channels.find(&name(channel.msg())),
                Some(channel)
            );
        }
        for media in MediaType::ALL {
            assert_eq!(VOCABULARY.media.find(&name(media.msg())), Some(media));
            assert_eq!(VOCABULARY.media.find(&name(media.badge())), Some(media));
        }
    }
    assert_eq!(
        VOCABULARY.lane_kinds.find("pain-points"),
        Some(LaneKind::PainPoints)
    );
    assert_eq!(VOCABULARY.lane_kinds.find("Foo"), None);
}

#[test]
fn lane_kinds_are_guessed_from_names_in_german_and_english() {
    let cases = [
        ("Berührungspunkte", LaneKind::Touchpoints),
        ("Touchpoints", LaneKind::Touchpoints),
        ("Schmerzpunkte", LaneKind::PainPoints),
        ("Pain points", LaneKind::PainPoints),
        ("Hürden", LaneKind::PainPoints),
        ("Handlungen", LaneKind::Actions),
        ("Actions", LaneKind::Actions),
        ("Gedanken", LaneKind::Thoughts),
        ("Thoughts & feelings", LaneKind::Thoughts),
        ("Chancen", LaneKind::Opportunities),
        ("Opportunities", LaneKind::Opportunities),
        ("Kennzahlen", LaneKind::Kpis),
        ("KPIs", LaneKind::Kpis),
        ("Ziele", LaneKind::Goals),
        ("Ziele des Kunden", LaneKind::Goals),
        ("Goals", LaneKind::Goals),
        ("Erlebniskurve", LaneKind::Emotion),
        ("Emotion", LaneKind::Emotion),
        ("Gefühlskurve", LaneKind::Emotion),
        ("Nächste Interaktion", LaneKind::Text),
        ("Sonstiges", LaneKind::Text),
    ];
    for (name, kind) in cases {
        assert_eq!(guess_lane_kind(name), kind, "{name}");
    }
}

#[test]
fn numbers_read_as_people_and_spreadsheets_write_them() {
    let cases = [
        ("2.4", Some(2.4)),
        ("2,4", Some(2.4)),
        ("-3", Some(-3.0)),
        ("−1,5", Some(-1.5)),
        ("12.345,5", Some(12_345.5)),
        ("12,345.5", Some(12_345.5)),
        ("22400", Some(22_400.0)),
        (" 7 ", Some(7.0)),
        ("1e3", Some(1000.0)),
        ("viel", None),
        ("", None),
        ("inf", None),
        ("NaN", None),
        ("2,4 %", None),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_number(text), expected, "{text:?}");
    }
}

#[test]
fn yes_is_anything_but_empty_a_dash_and_no() {
    for yes in ["x", "X", "ja", "yes", "TRUE", "true", "✓", "1"] {
        assert!(is_yes(yes), "{yes}");
    }
    for no in ["", " ", "-", "nein", "no", "FALSE", "falsch", "0"] {
        assert!(!is_yes(no), "{no}");
    }
}

#[test]
fn csv_text_that_a_spreadsheet_would_run_as_a_formula_is_guarded_and_reads_back() {
    let texts = [
        "=SUMME(A1)",
        "- Lieferzeit unklar",
        "+ schneller Checkout",
        "@home",
        "'=schon markiert",
        "''",
        "'",
        "'normal",
        "normal",
        "",
        "Preis: 5 €, \"günstig\"\nzweite Zeile",
    ];
    let rows: Vec<Vec<Cell>> = texts
        .iter()
        .map(|text| vec![Cell::Text((*text).to_owned()), Cell::Number(-2.5)])
        .collect();
    let bytes = delimited::write(&rows);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(guard("=1+1"), "'=1+1");
    let sheets = read_sheets(&bytes, TableKind::Csv).unwrap();
    let sheet = &sheets[0];
    for (row, text) in sheet.rows.iter().zip(texts) {
        let first = row.first().map_or("", String::as_str);
        assert_eq!(first, text);
        assert_eq!(
            row.get(1).map(String::as_str),
            Some("-2.5"),
            "numbers stay numbers"
        );
    }
}

#[test]
fn csv_from_german_excel_reads_in_windows_1252_with_semicolons() {
    let bytes = b"Phase;Zeile;Titel\r\nKauf;Schmerzpunkte;Gr\xfcn \x80 \x84gut\x93\r\n";
    assert_eq!(decode(b"Gr\xfcn \x80"), "Grün €");
    let sheets = read_sheets(bytes, TableKind::Csv).unwrap();
    assert_eq!(sheets[0].rows[1], ["Kauf", "Schmerzpunkte", "Grün € „gut“"]);
    let plan = plan(&sheets[0]);
    assert_eq!(plan.layout, Layout::Table);
    assert_eq!(plan.columns, [Field::Phase, Field::Lane, Field::Title]);
}

#[test]
fn csv_in_utf16_and_with_an_excel_separator_line_reads() {
    let text = "Phase\tTitle\r\nKauf\tÜber\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let sheets = read_sheets(&bytes, TableKind::Csv).unwrap();
    assert_eq!(sheets[0].rows[1], ["Kauf", "Über"]);
    let sheets = read_sheets(b"sep=;\nPhase;Title\nA;B,C\n", TableKind::Csv).unwrap();
    assert_eq!(sheets[0].rows, [vec!["Phase", "Title"], vec!["A", "B,C"]]);
}

#[test]
fn headers_in_german_english_and_common_variants_name_their_fields() {
    let row = |cells: &[&str]| {
        cells
            .iter()
            .map(|&cell| cell.to_owned())
            .collect::<Vec<_>>()
    };
    let german = row(&[
        "Phase",
        "Schritt",
        "Zeile",
        "Zeilenart",
        "Titel",
        "Notizen",
        "Farbe",
    ]);
    let english = row(&[
        "phase",
        "STEP",
        "Lane",
        "Lane kind",
        "Title",
        "Notes",
        "Colour",
    ]);
    let expected = [
        Field::Phase,
        Field::Step,
        Field::Lane,
        Field::LaneKind,
        Field::Title,
        Field::Notes,
        Field::Color,
    ];
    assert_eq!(guess_columns(&german), expected);
    assert_eq!(guess_columns(&english), expected);
    let variants = row(&[
        "Stage",
        "Card",
        "Beschreibung",
        "Kanal",
        "KPI",
        "Einheit",
        "Wer",
        "x",
    ]);
    assert_eq!(
        guess_columns(&variants),
        [
            Field::Phase,
            Field::Title,
            Field::Notes,
            Field::Channel,
            Field::KpiValue,
            Field::KpiUnit,
            Field::Actors,
            Field::Ignore,
        ]
    );
    // A field named twice is read once.
    assert_eq!(
        guess_columns(&row(&["Titel", "Title"])),
        [Field::Title, Field::Ignore]
    );
}

#[test]
fn a_header_below_a_title_block_is_found_and_a_map_shaped_sheet_is_a_grid() {
    let sheet = |rows: &[&[&str]]| Sheet {
        name: "S".to_owned(),
        rows: rows
            .iter()
            .map(|row| row.iter().map(|&cell| cell.to_owned()).collect())
            .collect(),
    };
    let table = sheet(&[
        &["Meine Journey"],
        &[],
        &["Zeile", "Titel"],
        &["Ziele", "A"],
    ]);
    let found = plan(&table);
    assert_eq!((found.layout, found.header_row), (Layout::Table, 2));
    let grid = sheet(&[&["", "Suche", "Kauf"], &["Ziele", "A", "B"]]);
    assert_eq!(plan(&grid).layout, Layout::Grid);
}

#[test]
fn column_letters_count_like_a_spreadsheet() {
    assert_eq!(column_letters(0), "A");
    assert_eq!(column_letters(25), "Z");
    assert_eq!(column_letters(26), "AA");
    assert_eq!(column_letters(27), "AB");
    assert_eq!(column_letters(701), "ZZ");
    assert_eq!(column_letters(702), "AAA");
}

#[test]
fn file_kinds_follow_the_extension_in_any_case() {
    assert_eq!(
        TableKind::from_path(Path::new("a.CSV")),
        Some(TableKind::Csv)
    );
    assert_eq!(
        TableKind::from_path(Path::new("a.xlsx")),
        Some(TableKind::Xlsx)
    );
    assert_eq!(
        TableKind::from_path(Path::new("a.XLSM")),
        Some(TableKind::Xlsx)
    );
    assert_eq!(
        TableKind::from_path(Path::new("a.ods")),
        Some(TableKind::Ods)
    );
    assert_eq!(TableKind::from_path(Path::new("a.xls")), None);
    assert_eq!(TableKind::from_path(Path::new("csv")), None);
}

#[test]
fn sizes_over_the_limit_are_refused_before_reading() {
    assert!(check_size(MAX_BYTES).is_ok());
    let error = check_size(MAX_BYTES + 1).unwrap_err();
    assert!(matches!(error.reason(), Reason::TooLarge { .. }));
    assert!(error.message_in(Lang::En).contains("33,554,433"), "{error}");
}

#[test]
fn an_old_or_encrypted_workbook_is_named_as_such() {
    // An OLE compound file: what an .xls, or a password-protected .xlsx, is.
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(4096, 0);
    for kind in [TableKind::Xlsx, TableKind::Ods] {
        let error = read_sheets(&bytes, kind).unwrap_err();
        assert!(
            matches!(error.reason(), Reason::OldExcel | Reason::Encrypted),
            "{kind:?}: {error:?}"
        );
    }
}

#[test]
fn every_refusal_says_something_in_both_languages() {
    let reasons = [
        Reason::TooLarge { size: 1, limit: 2 },
        Reason::TooManyRows { limit: 2 },
        Reason::TooManyColumns { limit: 2 },
        Reason::TooManyCells { limit: 2 },
        Reason::Empty,
        Reason::Encrypted,
        Reason::OldExcel,
        Reason::BrokenXlsx("x".to_owned()),
        Reason::BrokenOds("x".to_owned()),
        Reason::BrokenCsv("x".to_owned()),
        Reason::NoSheet {
            number: 2,
            count: 1,
        },
        Reason::NoTitleColumn,
        Reason::NoPhaseNames,
        Reason::Nothing,
        Reason::TextTooLong {
            text: "x".to_owned(),
            limit: 2,
        },
        Reason::Write("x".to_owned()),
    ];
    for reason in reasons {
        let error = TableError::new(reason);
        for lang in Lang::ALL {
            let message = error.message_in(lang);
            assert!(
                message.len() > 20 && !message.contains("table-"),
                "{message}"
            );
        }
    }
    let encrypted = TableError::new(Reason::Encrypted);
    assert!(encrypted.message_in(Lang::De).contains("Kennwort"));
    assert!(encrypted.message_in(Lang::En).contains("password"));
}
