//! Tables in and out: every example map survives CSV and XLSX card by card
//! (and, from XLSX, with its curves, personas and properties); a grid sheet
//! made in Excel imports as exactly its phases, lanes and cards; rows that
//! cannot be used are listed with the row number a spreadsheet shows and
//! skipped; headers read in both languages and a changed plan changes the
//! map; an `OpenDocument` sheet reads like Excel's. (Refusals of files too
//! large, too long, broken or empty are in `interop_table_never_panics`.)

use std::path::{Path, PathBuf};

use journeymap::format;
use journeymap::i18n::Lang;
use journeymap::interop::table::{self, Field, Layout, Plan, RowProblem, Sheet, TableKind};
use journeymap::model::{Actor, Card, Journey, LaneKind, validate};
use rust_xlsxwriter::Workbook;

use crate::common::maps::ron_files;

fn example_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = ron_files(&root.join("examples"));
    files.extend(ron_files(&root.join("tests/data/real-maps")));
    assert!(files.len() >= 3, "the examples are there");
    files
}

/// The map is valid and survives a save and reload unchanged.
fn assert_sound(journey: &Journey) {
    assert_eq!(validate(journey), vec![], "{}", journey.title);
    let text = format::to_ron_string(journey);
    let again = format::from_ron_str(&text, Path::new("imported.ron")).unwrap();
    assert_eq!(&again, journey);
}

/// Where a card sits, by names: phase, step, lane and lane kind.
fn place(journey: &Journey, card: &Card) -> (String, String, String, LaneKind) {
    let phase = journey.phase_of_step(card.step).unwrap();
    let step = journey.step(card.step).unwrap();
    let step_name = if step.name.is_empty() && phase.has_steps() {
        // Written as a new step is named: "Step 2".
        let index = phase.steps.iter().position(|s| s.id == step.id).unwrap();
        format!("Step {}", index + 1)
    } else {
        step.name.clone()
    };
    let lane = journey.lane(card.lane).unwrap();
    (phase.name.clone(), step_name, lane.name.clone(), lane.kind)
}

fn actor_names(journey: &Journey, card: &Card) -> Vec<String> {
    card.actors
        .iter()
        .map(|actor| journey.actor_name(actor).unwrap().to_owned())
        .collect()
}

/// Every card of `original` is in `imported`, in the same order, with
/// every field a table holds.
fn assert_same_cards(original: &Journey, imported: &Journey, name: &str) {
    assert_eq!(original.cards.len(), imported.cards.len(), "{name}");
    for (before, after) in original.cards.iter().zip(&imported.cards) {
        let what = format!("{name}: card {:?}", before.title);
        assert_eq!(place(original, before), place(imported, after), "{what}");
        assert_eq!(before.title, after.title, "{what}");
        assert_eq!(before.notes, after.notes, "{what}");
        assert_eq!(before.color, after.color, "{what}");
        assert_eq!(before.evidence, after.evidence, "{what}");
        assert_eq!(before.touchpoint, after.touchpoint, "{what}");
        assert_eq!(before.kpi, after.kpi, "{what}");
        assert_eq!(before.span, after.span, "{what}");
        assert_eq!(
            actor_names(original, before),
            actor_names(imported, after),
            "{what}"
        );
    }
    // Phases, steps and lanes keep their order.
    let columns = |journey: &Journey| -> Vec<String> {
        journey
            .steps()
            .map(|(phase, step)| format!("{}/{}", phase.name, step.name))
            .collect()
    };
    assert_eq!(columns(original).len(), columns(imported).len(), "{name}");
    let lanes = |journey: &Journey| -> Vec<(String, LaneKind)> {
        journey
            .lanes
            .iter()
            .map(|lane| (lane.name.clone(), lane.kind))
            .collect()
    };
    assert_eq!(lanes(original), lanes(imported), "{name}");
}

fn import(bytes: &[u8], kind: TableKind) -> (Journey, Vec<RowProblem>) {
    table::import(bytes, kind, Lang::En).unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn every_example_survives_csv_card_by_card() {
    for path in example_files() {
        let original = format::load_file(&path).unwrap();
        let csv = table::to_csv(&original);
        let (imported, problems) = import(&csv, TableKind::Csv);
        let name = path.display().to_string();
        assert_eq!(problems, vec![], "{name}");
        assert_same_cards(&original, &imported, &name);
        assert_sound(&imported);
    }
}

#[test]
fn every_example_survives_xlsx_with_curves_personas_and_properties() {
    for path in example_files() {
        let original = format::load_file(&path).unwrap();
        let bytes = table::to_xlsx(&original).unwrap();
        let (imported, problems) = import(&bytes, TableKind::Xlsx);
        let name = path.display().to_string();
        assert_eq!(problems, vec![], "{name}");
        assert_same_cards(&original, &imported, &name);
        assert_sound(&imported);
        // Persona actors stay persona actors when the workbook has personas.
        for (before, after) in original.cards.iter().zip(&imported.cards) {
            let kinds = |card: &Card| -> Vec<bool> {
                card.actors
                    .iter()
                    .map(|a| matches!(a, Actor::Persona(_)))
                    .collect()
            };
            assert_eq!(kinds(before), kinds(after), "{name}: {}", before.title);
        }
        assert_eq!(original.title, imported.title, "{name}");
        assert_eq!(original.description, imported.description, "{name}");
        assert_eq!(original.language, imported.language, "{name}");
        assert_eq!(original.emotion_scale, imported.emotion_scale, "{name}");
        assert_eq!(
            original.primary_persona().map(|p| &p.name),
            imported.primary_persona().map(|p| &p.name),
            "{name}"
        );
        assert_same_personas(&original, &imported, &name);
        assert_same_curves(&original, &imported, &name);
    }
}

fn assert_same_personas(original: &Journey, imported: &Journey, name: &str) {
    assert_eq!(original.personas.len(), imported.personas.len(), "{name}");
    for (before, after) in original.personas.iter().zip(&imported.personas) {
        let without_id_and_photo = |persona: &journeymap::model::Persona| {
            let mut persona = persona.clone();
            persona.id = journeymap::model::PersonaId(0);
            persona.photo = None;
            persona
        };
        assert_eq!(
            without_id_and_photo(before),
            without_id_and_photo(after),
            "{name}"
        );
    }
}

fn assert_same_curves(original: &Journey, imported: &Journey, name: &str) {
    assert_eq!(original.curves.len(), imported.curves.len(), "{name}");
    for (before, after) in original.curves.iter().zip(&imported.curves) {
        assert_eq!(before.name, after.name, "{name}");
        assert_eq!(before.color, after.color, "{name}");
        assert_eq!(
            original.curve_persona(before).map(|p| &p.name),
            imported.curve_persona(after).map(|p| &p.name),
            "{name}"
        );
        let points = |journey: &Journey, curve: &journeymap::model::EmotionCurve| {
            curve
                .points
                .iter()
                .map(|point| {
                    let column = journey.column_name(point.step);
                    (
                        column,
                        point.value,
                        point.label.clone(),
                        point.moment_of_truth,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            points(original, before),
            points(imported, after),
            "{name}: {}",
            before.name
        );
    }
}

#[test]
fn the_xlsx_of_a_map_is_the_same_bytes_every_time() {
    let path = &example_files()[0];
    let journey = format::load_file(path).unwrap();
    assert_eq!(
        table::to_xlsx(&journey).unwrap(),
        table::to_xlsx(&journey).unwrap()
    );
}

#[test]
fn the_csv_starts_with_a_byte_order_mark_and_keeps_umlauts() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/laptop-webshop.de.ron");
    let journey = format::load_file(&path).unwrap();
    let csv = table::to_csv(&journey);
    assert!(
        csv.starts_with(b"\xEF\xBB\xBF"),
        "Excel needs the mark to read UTF-8"
    );
    let text = std::str::from_utf8(&csv[3..]).unwrap();
    let header = text.lines().next().unwrap();
    assert!(
        header.starts_with("Phase,Schritt,Zeile,Zeilenart,Titel"),
        "{header}"
    );
    assert!(text.contains("Berührungspunkte"));
    assert!(text.contains("\r\n"), "CRLF, as RFC 4180 and Excel write");
    let (imported, _) = import(&csv, TableKind::Csv);
    assert!(
        imported
            .phases
            .iter()
            .any(|phase| phase.name == "Fürsprache")
    );
    assert!(
        imported
            .lanes
            .iter()
            .any(|lane| lane.name == "Berührungspunkte")
    );
    assert!(imported.cards.iter().any(|card| card.title.contains('„')));
}

/// A map laid out in Excel by hand: three phases, four lanes in German,
/// two cells holding two cards, empty cells, and an emotion row.
fn grid_workbook() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let rows: [[&str; 4]; 6] = [
        ["Laptop-Kauf", "Bewusstsein", "Kauf", "Bindung"],
        [
            "Berührungspunkte",
            "Suchanzeige\nShop-Blog",
            "Produktseite",
            "",
        ],
        [
            "Schmerzpunkte",
            "",
            "Lieferzeit unklar\n• Kein Gutschein",
            "",
        ],
        ["Gedanken & Gefühle", "Welcher Laptop?", "", "Zufrieden"],
        ["Chancen", "", "", ""],
        ["Erlebniskurve", "0", "-1", "2"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
                if let Ok(number) = text.parse::<f64>() {
                    sheet.write_number(r, c, number).unwrap();
                } else {
                    sheet.write_string(r, c, *text).unwrap();
                }
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn a_grid_sheet_imports_exactly_its_phases_lanes_and_cards() {
    let sheets = table::read_sheets(&grid_workbook(), TableKind::Xlsx).unwrap();
    let plan = table::plan(&sheets[0]);
    assert_eq!(plan.layout, Layout::Grid);
    let preview = table::preview(&sheets, 0, &plan, 3);
    assert_eq!(
        (preview.phases, preview.lanes, preview.card_count),
        (3, 5, 7)
    );
    assert_eq!(preview.cards.len(), 3);
    assert_eq!(preview.problems, vec![]);
    let journey = table::build(&sheets, 0, &plan, Lang::De).unwrap();
    assert_sound(&journey);
    assert_eq!(journey.title, "Laptop-Kauf");
    let phases: Vec<&str> = journey.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(phases, ["Bewusstsein", "Kauf", "Bindung"]);
    assert!(journey.phases.iter().all(|phase| phase.steps.len() == 1));
    let lanes: Vec<(&str, LaneKind)> = journey
        .lanes
        .iter()
        .map(|l| (l.name.as_str(), l.kind))
        .collect();
    assert_eq!(
        lanes,
        [
            ("Berührungspunkte", LaneKind::Touchpoints),
            ("Schmerzpunkte", LaneKind::PainPoints),
            ("Gedanken & Gefühle", LaneKind::Thoughts),
            ("Chancen", LaneKind::Opportunities),
            ("Erlebniskurve", LaneKind::Emotion),
        ]
    );
    let cards: Vec<(String, String, &str)> = journey
        .cards
        .iter()
        .map(|card| {
            let (phase, _, lane, _) = place(&journey, card);
            (phase, lane, card.title.as_str())
        })
        .collect();
    let expected = [
        ("Bewusstsein", "Berührungspunkte", "Suchanzeige"),
        ("Bewusstsein", "Berührungspunkte", "Shop-Blog"),
        ("Kauf", "Berührungspunkte", "Produktseite"),
        ("Kauf", "Schmerzpunkte", "Lieferzeit unklar"),
        ("Kauf", "Schmerzpunkte", "Kein Gutschein"),
        ("Bewusstsein", "Gedanken & Gefühle", "Welcher Laptop?"),
        ("Bindung", "Gedanken & Gefühle", "Zufrieden"),
    ];
    let expected: Vec<(String, String, &str)> = expected
        .iter()
        .map(|(p, l, t)| ((*p).to_owned(), (*l).to_owned(), *t))
        .collect();
    assert_eq!(cards, expected);
    // The emotion row became one curve, not cards.
    assert_eq!(journey.curves.len(), 1);
    let values: Vec<f32> = journey.curves[0].points.iter().map(|p| p.value).collect();
    assert_eq!(values, [0.0, -1.0, 2.0]);
}

const PROBLEM_CSV: &str = "\
Phase,Schritt,Zeile,Zeilenart,Titel,Notizen,Farbe,Datenbasis,Kanal,Medientyp,Kennzahl,Einheit der Kennzahl,Akteure,Breite (Schritte)
Suche,,Ziele,Ziele,Gutes Angebot,,,,,,,,,
Suche,,Ziele,,,nur eine Notiz,,,,,,,,
Suche,,Kennzahlen,Kennzahlen,Conversion,,,,,,viel,%,,
Suche,,Foo,Quatsch,Karte in Foo,,,,,,,,,
Kauf,,Ziele,,Karte mit Farbe,,Lila-blau,,,,,,,
Kauf,,Ziele,,Zu breit,,,,,,,,,5
Kauf,,Ziele,,Annahme geprüft,,,Vielleicht,,,,,,
Kauf,,Berührungspunkte,Berührungspunkte,Shop,,Grün,Teilweise durch Daten belegt,Website,Owned Media,,,\"Jonas, Kassierer\",
Kauf,,Kennzahlen,,Warenkörbe,,,,,,\"1.234,5\",€,,
";

#[test]
fn problem_rows_are_listed_with_their_spreadsheet_row_and_skipped() {
    let sheets = table::read_sheets(PROBLEM_CSV.as_bytes(), TableKind::Csv).unwrap();
    let plan = table::plan(&sheets[0]);
    assert_eq!(plan.layout, Layout::Table);
    let preview = table::preview(&sheets, 0, &plan, 100);
    let rows: Vec<usize> = preview.problems.iter().map(|p| p.row).collect();
    assert_eq!(rows, [3, 4, 5, 6, 7, 8], "{:#?}", preview.problems);
    let message = |row: usize| {
        &preview
            .problems
            .iter()
            .find(|p| p.row == row)
            .unwrap()
            .message
    };
    assert!(message(3).contains("no title"), "{}", message(3));
    assert!(message(4).contains("viel"), "{}", message(4));
    assert!(message(5).contains("Quatsch"), "{}", message(5));
    assert!(message(6).contains("Lila-blau"), "{}", message(6));
    assert!(message(7).contains('5'), "{}", message(7));
    assert!(message(8).contains("Vielleicht"), "{}", message(8));
    let journey = table::build(&sheets, 0, &plan, Lang::De).unwrap();
    assert_sound(&journey);
    let titles: Vec<&str> = journey.cards.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Gutes Angebot", "Shop", "Warenkörbe"]);
    assert_eq!(preview.card_count, 3);
    let shop = &journey.cards[1];
    assert_eq!(actor_names(&journey, shop), ["Jonas", "Kassierer"]);
    assert_eq!(
        journey.cards[2].kpi.as_ref().map(|kpi| kpi.value),
        Some(1234.5)
    );
    // The skipped row's lane is not made: "Foo" only came from a problem row.
    assert!(journey.lanes.iter().all(|lane| lane.name != "Foo"));
    // What the command line uses: the same map and the skipped rows.
    let (imported, skipped) = import(PROBLEM_CSV.as_bytes(), TableKind::Csv);
    assert_eq!((imported.cards.len(), skipped), (3, preview.problems));
}

#[test]
fn german_and_english_headers_read_alike() {
    let german = "Phase,Schritt,Zeile,Zeilenart,Titel,Notizen\nSuche,Vergleichen,Ziele,Ziele,A,n\n";
    let english = "Phase,Step,Lane,Lane kind,Title,Notes\nSuche,Vergleichen,Ziele,Goals,A,n\n";
    let read = |text: &str| import(text.as_bytes(), TableKind::Csv).0;
    let (de, en) = (read(german), read(english));
    assert_eq!(de.cards.len(), 1);
    assert_same_cards(&de, &en, "headers");
    assert_eq!(de.lanes[0].kind, LaneKind::Goals);
    assert_eq!(de.phases[0].steps[0].name, "Vergleichen");
}

#[test]
fn a_changed_plan_changes_the_map() {
    let text = "Phase,Lane,Title,Notes\nSuche,Ziele,Schnell finden,Ohne Umwege\nKauf,Ziele,Sicher zahlen,Mit Rechnung\n";
    let sheets = table::read_sheets(text.as_bytes(), TableKind::Csv).unwrap();
    let mut plan = table::plan(&sheets[0]);
    assert_eq!(
        plan.columns,
        [Field::Phase, Field::Lane, Field::Title, Field::Notes]
    );
    plan.columns.swap(2, 3);
    let journey = table::build(&sheets, 0, &plan, Lang::En).unwrap();
    assert_eq!(journey.cards[0].title, "Ohne Umwege");
    assert_eq!(journey.cards[0].notes, "Schnell finden");
    // Phase and lane swapped: the lanes are now the phases.
    plan.columns = vec![Field::Lane, Field::Phase, Field::Title, Field::Ignore];
    let journey = table::build(&sheets, 0, &plan, Lang::En).unwrap();
    let phases: Vec<&str> = journey.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(phases, ["Ziele"]);
    assert_eq!(journey.lanes.len(), 2);
    assert!(journey.cards.iter().all(|card| card.notes.is_empty()));
    // No title column: refused with a sentence, and the preview shows nothing.
    plan.columns = vec![Field::Phase, Field::Lane, Field::Ignore, Field::Notes];
    let error = table::build(&sheets, 0, &plan, Lang::En).unwrap_err();
    assert!(error.to_string().contains("title"), "{error}");
    assert_eq!(table::preview(&sheets, 0, &plan, 5).card_count, 0);
    // A sheet that is not there.
    assert!(table::build(&sheets, 3, &plan, Lang::En).is_err());
}

#[test]
fn a_sheet_that_is_neither_table_nor_grid_imports_nothing_and_says_so() {
    let sheets = vec![Sheet {
        name: "Notes".to_owned(),
        rows: vec![vec!["just a note".to_owned()]],
    }];
    let plan = table::plan(&sheets[0]);
    assert_eq!(plan.layout, Layout::Table);
    assert_eq!(table::preview(&sheets, 0, &plan, 5).card_count, 0);
    assert!(table::build(&sheets, 0, &plan, Lang::En).is_err());
    let grid = Plan {
        layout: Layout::Grid,
        header_row: 0,
        columns: Vec::new(),
    };
    let error = table::build(&sheets, 0, &grid, Lang::En).unwrap_err();
    assert!(error.to_string().contains("phase names"), "{error}");
}

/// A small `OpenDocument` spreadsheet as `LibreOffice` writes one: a number
/// cell, repeated empty rows and cells, and a million empty rows at the
/// end (`LibreOffice`'s way of formatting whole columns).
const ODS_BASE64: &str = concat!(
    "UEsDBBQAAAAAAAAAIQCFbDmKLgAAAC4AAAAIAAAAbWltZXR5cGVhcHBsaWNhdGlvbi92bmQub2FzaXMub3BlbmRv",
    "Y3VtZW50LnNwcmVhZHNoZWV0UEsDBBQAAAAIAAAAIQByu7GzagEAAGEGAAALAAAAY29udGVudC54bWy1Vb1ugzAQ",
    "3vsUyHMJP02kyAKiLl2ydEiXbsYcBcnYyDZt0mfpo3TLi9VAkkKUtBEhC/jO93139xkfwWJdMOsdpMoFD5E3cZEF",
    "nIok528helk92XO0iO4CkaY5BZwIWhXAtU0F1+ZtGTRXuN0NUSU5FkTlCnNSgMKaYlEC36NwNxo3uVqPJjG7GN4E",
    "99Cw1heDTWyL3VXRad1H0b7PWCSbg6FKCSRRGYA2SrTpm6fVrut8IVoSaRRB/Qhbio+o56DA2CE3YRXYelMauNLS",
    "SG4qaCoso+eMKAicnWUWRxzDWF8hZ+OzrnINbHTWJXD+SbK/iZ1jsUeSf0mq9GYdAR+d+jGO5fabZtcfbsoE0ai3",
    "Yy6HP5n9JvP8+9mVp7K/OlURg6wdypZQAtGQhOgBnSi1B6CCVQXvYqbIGfg1/EPs18RDjmT7FdezhWb6llp57nTu",
    "uu4AxTzXPyda11WbJwbhwdmOSufMDyL6AVBLAwQUAAAACAAAACEAfybWdrcAAABxAQAAFQAAAE1FVEEtSU5GL21h",
    "bmlmZXN0LnhtbI1QzQrCMAy++xQj963qSYqdN59AH6C0mRbatKzZ0Le3G6gTEbzlI99fsj/cgq9G7LOLpGDTrKFC",
    "MtE6uig4n471Dg7tah80uQ4zy+dQFR3lF1Qw9CSjzi5L0gGzZCNjQrLRDAGJ5SdfzkkvtCiwhfad1jmPdVH39ze3",
    "G7yvk+arArGwCGidrvmeUIFOyTujuViKkWwz92qWdZqcetQ2XxEZxP+JJhJP8nLNj2zGG4tpXVzF19vaB1BLAQIU",
    "AxQAAAAAAAAAIQCFbDmKLgAAAC4AAAAIAAAAAAAAAAAAAACAAQAAAABtaW1ldHlwZVBLAQIUAxQAAAAIAAAAIQBy",
    "u7GzagEAAGEGAAALAAAAAAAAAAAAAACAAVQAAABjb250ZW50LnhtbFBLAQIUAxQAAAAIAAAAIQB/JtZ2twAAAHEB",
    "AAAVAAAAAAAAAAAAAACAAecBAABNRVRBLUlORi9tYW5pZmVzdC54bWxQSwUGAAAAAAMAAwCyAAAA0QIAAAAA",
);

#[test]
fn an_ods_sheet_reads_with_its_row_numbers_and_number_cells() {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(ODS_BASE64)
        .unwrap();
    let sheets = table::read_sheets(&bytes, TableKind::Ods).unwrap();
    assert_eq!(sheets.len(), 1);
    assert_eq!(sheets[0].name, "Karten");
    assert_eq!(
        sheets[0].rows[1],
        ["Kauf", "Kennzahlen", "Abbrüche", "12.5"]
    );
    assert_eq!(sheets[0].rows.len(), 6, "{:?}", sheets[0].rows);
    assert_eq!(sheets[0].rows[5], ["", "", "Übersicht"]);
    let (journey, problems) = import(&bytes, TableKind::Ods);
    assert_eq!(problems.len(), 0, "{problems:?}");
    assert_eq!(journey.cards.len(), 2);
    assert_eq!(
        journey.cards[0].kpi.as_ref().map(|kpi| kpi.value),
        Some(12.5)
    );
    assert_eq!(journey.lanes[0].kind, LaneKind::Kpis);
    assert_sound(&journey);
}
