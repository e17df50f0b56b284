//! Preferences: the interface language is switched in the dialog, shows at
//! once, and is remembered for the next start.

use crate::common;

use egui_kittest::kittest::Queryable;
use journeymap::app::JourneymapApp;
use journeymap::app::Settings;
use journeymap::i18n::Lang;
use journeymap::storage::StorageDirs;

fn app_with_storage(root: &std::path::Path) -> JourneymapApp {
    JourneymapApp::open_or_example(None)
        .with_storage(StorageDirs::inside(root))
        .without_native_dialogs()
}

/// Opens Edit → Preferences… (in the language the menu speaks) and picks
/// `choice` from the language list.
fn choose_language(
    harness: &mut egui_kittest::Harness<'static, JourneymapApp>,
    edit_menu: &str,
    preferences: &str,
    language_field: &str,
    choice: &str,
) {
    harness.get_by_label(edit_menu).click();
    harness.run();
    harness.get_by_label_contains(preferences).click();
    harness.run();
    harness.get_by_label(language_field).click();
    harness.run();
    harness.get_by_label(choice).click();
    harness.run();
}

#[test]
fn switching_to_german_relabels_the_menus_and_is_remembered() {
    let root = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_with_storage(root.path()));
    harness.run();
    harness.get_by_label("File");

    choose_language(&mut harness, "Edit", "Preferences…", "Language", "Deutsch");
    // The dialog itself switches at once.
    harness.get_by_label("Einstellungen");
    harness.get_by_label("Schließen").click();
    harness.run();

    assert_eq!(harness.state().language(), Lang::De);
    for menu in ["Datei", "Bearbeiten", "Einfügen", "Ansicht", "Hilfe"] {
        harness.get_by_label(menu);
    }
    assert!(harness.query_by_label("File").is_none());
    harness.get_by_label("Datei").click();
    harness.run();
    harness.get_by_label_contains("Speichern unter…");
    harness.get_by_label_contains("Als Bild exportieren…");

    let settings = Settings::load(&StorageDirs::inside(root.path()).settings_file()).0;
    assert_eq!(settings.language, Some(Lang::De));

    // The next start speaks German before anything is clicked, even in a
    // harness that would otherwise speak English.
    drop(harness);
    let mut again = common::localized_harness(app_with_storage(root.path()));
    again.run();
    again.get_by_label("Datei");
    assert_eq!(again.state().language(), Lang::De);
}

#[test]
fn following_the_system_again_forgets_the_fixed_language() {
    let root = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_with_storage(root.path()));
    harness.run();
    choose_language(&mut harness, "Edit", "Preferences…", "Language", "Deutsch");
    let system = format!("Systemsprache ({})", Lang::from_system().native_name());
    harness.get_by_label("Sprache").click();
    harness.run();
    harness.get_by_label(&system).click();
    harness.run();

    let settings = Settings::load(&StorageDirs::inside(root.path()).settings_file()).0;
    assert_eq!(settings.language, None);
    assert_eq!(harness.state().language(), Lang::from_system());
}

#[test]
fn escape_closes_the_dialog_even_over_the_canvas() {
    let mut harness = common::example_harness();
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Preferences…").click();
    harness.run();
    harness.get_by_label("Preferences");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label("Preferences").is_none(),
        "closed by Escape"
    );
}
