//! Touchpoint and KPI cards in the inspector, as a user fills them in: the
//! channel (listed with its icon), the media type, a KPI value typed the
//! language's way, and the same in German.

use crate::common;

use common::{assert_undo_redo, card, journey, journey_harness, press, small_harness, small_map};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use journeymap::app::{Command, JourneymapApp, OpenDocument};
use journeymap::i18n::Lang;
use journeymap::model::{Channel, Kpi, MediaType, Touchpoint};

#[test]
fn the_inspector_sets_a_cards_channel_and_media_type() {
    let mut harness = small_harness();
    let before = journey(&harness);
    harness.get_by_label("Search ad").click();
    harness.run();
    harness.get_by_label("Channel").click();
    harness.run();
    harness.get_by_label("Search engine").click();
    harness.run();
    assert_eq!(
        card(&journey(&harness), "Search ad").touchpoint,
        Some(Touchpoint {
            channel: Channel::SearchEngine,
            media: None,
        })
    );
    harness.get_by_label("Media type").click();
    harness.run();
    harness.get_by_label("Paid media").click();
    harness.run();
    assert_eq!(
        card(&journey(&harness), "Search ad").touchpoint,
        Some(Touchpoint {
            channel: Channel::SearchEngine,
            media: Some(MediaType::Paid),
        })
    );
    assert_undo_redo(&mut harness, &before, 2);
}

#[test]
fn changing_the_channel_keeps_the_media_type_and_no_channel_removes_both() {
    let mut map = small_map();
    map.cards[0].touchpoint = Some(Touchpoint {
        channel: Channel::Blog,
        media: Some(MediaType::Owned),
    });
    let mut harness = journey_harness(map);
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    harness.get_by_label("Blog post").click();
    harness.run();
    harness.get_by_label("Channel").click();
    harness.run();
    harness.get_by_label("Newsletter").click();
    harness.run();
    assert_eq!(
        card(&journey(&harness), "Blog post").touchpoint,
        Some(Touchpoint {
            channel: Channel::Newsletter,
            media: Some(MediaType::Owned),
        })
    );
    harness.get_by_label("Channel").click();
    harness.run();
    harness.get_by_label("No channel").click();
    harness.run();
    assert_eq!(card(&journey(&harness), "Blog post").touchpoint, None);
    assert!(
        harness.query_by_label("Media type").is_none(),
        "a card without a channel has no media type"
    );
}

#[test]
fn the_channel_list_offers_every_channel() {
    let mut harness = small_harness();
    harness.get_by_label("Search ad").click();
    harness.run();
    // Some names are also card titles ("Review site"): count what the list adds.
    let count = |harness: &egui_kittest::Harness<'_, _>| -> Vec<usize> {
        Channel::ALL
            .iter()
            .map(|channel| harness.query_all_by_label(&channel.label()).count())
            .collect()
    };
    let closed = count(&harness);
    harness.get_by_label("Channel").click();
    harness.run();
    let open = count(&harness);
    for ((channel, closed), open) in Channel::ALL.iter().zip(closed).zip(open) {
        assert_eq!(open, closed + 1, "{} is offered once", channel.label());
    }
}

#[test]
fn a_german_user_picks_channel_and_media_in_german_and_types_a_decimal_comma() {
    let mut map = small_map();
    map.cards[3].kpi = Some(Kpi {
        value: 3.0,
        unit: "%".to_owned(),
    });
    let mut harness = common::localized_harness(
        JourneymapApp::new(OpenDocument::new(map, None)).with_language(Lang::De),
    );
    harness.state_mut().queue(Command::ZoomFit);
    harness.run();
    let before = journey(&harness);

    harness.get_by_label("Search ad").click();
    harness.run();
    harness.get_by_label("Kanal").click();
    harness.run();
    harness.get_by_label("Soziale Netzwerke").click();
    harness.run();
    harness.get_by_label("Medientyp").click();
    harness.run();
    harness.get_by_label("Earned Media").click();
    harness.run();
    assert_eq!(
        card(&journey(&harness), "Search ad").touchpoint,
        Some(Touchpoint {
            channel: Channel::SocialMedia,
            media: Some(MediaType::Earned),
        })
    );

    harness.get_by_label("Reads reviews").click();
    harness.run();
    // A click on a number field opens it for typing, its text selected.
    harness.get_by_label("Wert").click();
    harness.run();
    harness.event(egui::Event::Text("12,5".to_owned()));
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let kpi = card(&journey(&harness), "Reads reviews").kpi.clone();
    assert_eq!(
        kpi,
        Some(Kpi {
            value: 12.5,
            unit: "%".to_owned(),
        })
    );
    assert_undo_redo(&mut harness, &before, 3);
}
