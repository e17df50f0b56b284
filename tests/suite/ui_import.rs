//! File → Import… and a pasted Mermaid journey, driven like a user: the
//! table preview maps columns, lists the rows it cannot use and asks before
//! skipping them; a pasted journey waits for the unsaved-changes guard.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::app::{Command, JourneymapApp, OpenDocument};
use journeymap::interop::table::Field;

use crate::common;

const PROMPT: &str = "Path of the Mermaid journey (.mmd) or the table (.csv, .xlsx, .ods)";

fn harness() -> Harness<'static, JourneymapApp> {
    let app =
        JourneymapApp::new(OpenDocument::new(common::small_map(), None)).without_native_dialogs();
    let mut harness = common::harness(app);
    harness.run();
    harness
}

/// File → Import…, the path typed where no file chooser can show.
fn import(harness: &mut Harness<'static, JourneymapApp>, path: &std::path::Path) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import… Ctrl+Shift+O").click();
    harness.run();
    harness.get_by_label(PROMPT).click();
    harness.run();
    common::type_text(harness, &path.display().to_string());
    common::press(harness, egui::Modifiers::NONE, egui::Key::Enter);
}

/// Chooses `field` in the drop-down of the column named `column`.
fn map_column(harness: &mut Harness<'static, JourneymapApp>, column: &str, field: Field) {
    harness
        .get_by_role_and_label(Role::ComboBox, column)
        .click();
    harness.run();
    let choice = field.label();
    // The open list is drawn last, over everything else named like it (the
    // inspector's "Title" label behind the dialog, the closed boxes).
    let options = harness.get_all_by_label(&choice).collect::<Vec<_>>();
    options
        .into_iter()
        .rev()
        .find(|node| !matches!(node.accesskit_node().role(), Role::ComboBox | Role::Label))
        .expect("the field is offered")
        .click();
    harness.run();
}

#[test]
fn the_table_preview_maps_columns_lists_problem_rows_and_asks_before_skipping() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("workshop.csv");
    std::fs::write(
        &csv,
        "Phase,Step,Lane,Lane kind,Title,Notes\n\
         Discover,Search,Touchpoints,Touchpoints,Search ad,Seen between results\n\
         Discover,Search,Pain points,PainPoints,Too many ads,\n\
         Buy,Checkout,Touchpoints,Touchpoints,,Card terminal\n\
         Buy,Checkout,Pain points,PainPoints,Card declined,The bank says no\n",
    )
    .unwrap();
    let mut harness = harness();
    import(&mut harness, &csv);
    harness.get_by_label("Import “workshop.csv”");
    // Row 4 has no title: it is listed, and the button says it is skipped.
    harness.get_by_label_contains("Row 4:");
    harness.get_by_label("Import and skip one row");

    // Read the notes as titles: now row 3 (no notes) is the one left out.
    map_column(&mut harness, "Column E: Title", Field::Notes);
    map_column(&mut harness, "Column F: Notes", Field::Title);
    assert!(harness.query_by_label_contains("Row 4:").is_none());
    harness.get_by_label_contains("Row 3:");
    harness.get_by_label("Import and skip one row").click();
    harness.run();

    let journey = common::journey(&harness);
    let titles: Vec<&str> = journey
        .cards
        .iter()
        .map(|card| card.title.as_str())
        .collect();
    assert_eq!(
        titles,
        ["Seen between results", "Card terminal", "The bank says no"]
    );
    assert_eq!(journey.phases.len(), 2);
    let document = harness.state().document();
    assert!(document.path.is_none(), "a new map, never the table's file");
    assert!(document.is_dirty(), "unsaved until saved");
}

#[test]
fn cancel_leaves_the_open_map_alone() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("cards.csv");
    std::fs::write(&csv, "Phase,Lane,Title\nOne,Touchpoints,Flyer\n").unwrap();
    let mut harness = harness();
    let before = common::journey(&harness);
    import(&mut harness, &csv);
    harness.get_by_label("Import “cards.csv”");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(common::journey(&harness), before);
}

#[test]
fn a_pasted_mermaid_journey_becomes_a_new_map_after_the_guard() {
    let mut harness = harness();
    // A change the guard must ask about.
    harness.state_mut().queue(Command::AddPhase);
    harness.run();
    // The new phase's name is being typed; Escape leaves the field, so the
    // paste reaches the map.
    common::press(&mut harness, egui::Modifiers::NONE, egui::Key::Escape);
    assert!(harness.state().document().is_dirty());
    harness.event(egui::Event::Paste(
        "journey\n  title Coffee run ☕\n  section Order\n    Queue: 2: Me, Friend\n    \
         Pay: 4: Me\n  section Drink\n    Sip: 5: Me\n"
            .to_owned(),
    ));
    harness.run();
    harness.get_by_label_contains("before importing a new map?");
    harness.get_by_label("Don't save").click();
    harness.run();
    let journey = common::journey(&harness);
    assert_eq!(journey.title, "Coffee run ☕");
    assert_eq!(journey.phases.len(), 2);
    assert_eq!(journey.step_count(), 3);
    assert_eq!(journey.curves.len(), 2, "Me and Friend");
    assert!(harness.state().document().is_dirty());
}

#[test]
fn a_refused_journey_is_explained_and_the_map_stays() {
    let dir = tempfile::tempdir().unwrap();
    let mmd = dir.path().join("broken.mmd");
    std::fs::write(&mmd, "journey\nsection Buy\n  Pay: lots: Me\n").unwrap();
    let mut harness = harness();
    let before = common::journey(&harness);
    import(&mut harness, &mmd);
    harness.get_by_label("“broken.mmd” cannot be imported");
    harness.get_by_label_contains("Line 3, column");
    assert_eq!(common::journey(&harness), before);
}
