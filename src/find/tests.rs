use super::{FindField, FindMatch, FindTarget, find, fold};
use crate::model::{Actor, Card, CardId, Journey, LaneKind, Persona, PersonaId};

fn persona(id: u64, name: &str) -> Persona {
    Persona::new(PersonaId(id), name)
}

/// Two phases, two lanes, cards given as (lane index, phase index, title, notes).
fn journey(cards: &[(usize, usize, &str, &str)]) -> Journey {
    let mut journey = Journey::default();
    let phases = [journey.push_phase("Suche"), journey.push_phase("Kauf")]
        .map(|phase| journey.first_step(phase).expect("a new phase has a step"));
    let lanes = [
        journey.push_lane("Handlungen", LaneKind::Actions),
        journey.push_lane("Schmerzpunkte", LaneKind::PainPoints),
    ];
    for (lane, phase, title, notes) in cards {
        let id = CardId(journey.ids.next_raw());
        let mut card = Card::new(id, lanes[*lane], phases[*phase], *title);
        card.notes = (*notes).to_owned();
        journey.cards.push(card);
    }
    journey
}

fn card_titles(journey: &Journey, matches: &[FindMatch]) -> Vec<String> {
    matches
        .iter()
        .filter_map(|m| match m.target {
            FindTarget::Card(id) => journey.card(id).map(|card| card.title.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn fold_lowers_case_and_strips_accents() {
    assert_eq!(fold("Kunden"), "kunden");
    assert_eq!(fold("Müller"), "muller");
    assert_eq!(fold("MÜLLER"), "muller");
    assert_eq!(fold("groß"), "gross");
    assert_eq!(fold("GROẞ"), "gross");
    assert_eq!(fold("Œuvre, Æsop"), "oeuvre, aesop");
    assert_eq!(fold("Crème brûlée à la carte"), "creme brulee a la carte");
    assert_eq!(
        fold("Ñandú, Søren, Łódź, Dvořák"),
        "nandu, soren, lodz, dvorak"
    );
}

#[test]
fn fold_drops_combining_accents_of_decomposed_text() {
    assert_eq!(fold("Mu\u{308}ller"), "muller");
    assert_eq!(fold("Mu\u{308}ller"), fold("Müller"));
}

#[test]
fn fold_keeps_emoji_and_other_scripts() {
    assert_eq!(fold("😀 Freude"), "😀 freude");
    assert_eq!(fold("Ωμέγα"), "ωμέγα");
}

#[test]
fn case_does_not_matter_either_way() {
    let journey = journey(&[(0, 0, "Kunden anrufen", ""), (0, 1, "ANRUF", "")]);
    assert_eq!(
        card_titles(&journey, &find(&journey, "kunden")),
        ["Kunden anrufen"]
    );
    assert_eq!(
        card_titles(&journey, &find(&journey, "KUNDEN")),
        ["Kunden anrufen"]
    );
    assert_eq!(
        card_titles(&journey, &find(&journey, "Anruf")),
        ["Kunden anrufen", "ANRUF"]
    );
}

#[test]
fn accents_do_not_matter_either_way() {
    let journey = journey(&[(0, 0, "Frau Müller", ""), (0, 1, "Herr Muller", "")]);
    for query in ["muller", "müller", "MÜLLER", "Mu\u{308}ller"] {
        assert_eq!(
            card_titles(&journey, &find(&journey, query)),
            ["Frau Müller", "Herr Muller"],
            "query {query:?}"
        );
    }
}

#[test]
fn sharp_s_and_double_s_find_each_other() {
    let journey = journey(&[(0, 0, "Größe wählen", ""), (0, 1, "Grosse Auswahl", "")]);
    for query in ["gross", "groß", "GROSS"] {
        assert_eq!(
            card_titles(&journey, &find(&journey, query)),
            ["Größe wählen", "Grosse Auswahl"],
            "query {query:?}"
        );
    }
}

#[test]
fn a_part_of_a_compound_word_is_found() {
    let journey = journey(&[(1, 0, "Kundenservicehotline überlastet", "")]);
    assert_eq!(find(&journey, "service").len(), 1);
    assert_eq!(find(&journey, "hotline über").len(), 1);
    assert_eq!(find(&journey, "uberlastet").len(), 1);
}

#[test]
fn titles_with_emoji_are_found_by_their_words_and_their_emoji() {
    let journey = journey(&[(0, 0, "😡 Wartezeit", ""), (0, 1, "🎉 Kauf geschafft", "")]);
    assert_eq!(
        card_titles(&journey, &find(&journey, "wartezeit")),
        ["😡 Wartezeit"]
    );
    assert_eq!(
        card_titles(&journey, &find(&journey, "🎉")),
        ["🎉 Kauf geschafft"]
    );
}

#[test]
fn a_card_matching_in_title_and_notes_is_one_match_named_by_its_title() {
    let journey = journey(&[
        (0, 0, "Hotline anrufen", "Die Hotline ist besetzt"),
        (0, 1, "Warten", "Hotline-Warteschleife"),
    ]);
    let matches = find(&journey, "hotline");
    assert_eq!(matches.len(), 2);
    assert_eq!(matches[0].field, FindField::Title);
    assert_eq!(matches[1].field, FindField::Notes);
}

#[test]
fn phases_lanes_and_personas_are_found_by_name() {
    let mut journey = journey(&[]);
    journey.personas.push(persona(100, "Lena Schmerz"));
    let matches = find(&journey, "schmerz");
    let lane = journey.lanes[1].id;
    assert_eq!(
        matches,
        [
            FindMatch {
                target: FindTarget::Lane(lane),
                field: FindField::Name
            },
            FindMatch {
                target: FindTarget::Persona(PersonaId(100)),
                field: FindField::Name
            },
        ]
    );
    assert_eq!(
        find(&journey, "kauf")[0].target,
        FindTarget::Phase(journey.phases[1].id)
    );
}

#[test]
fn steps_are_found_by_name_after_their_phase_but_not_the_unnamed_step_of_a_plain_phase() {
    let mut journey = journey(&[]);
    let kauf = journey.phases[1].id;
    journey.phases[1].steps[0].name = "Warenkorb prüfen".to_owned();
    let coupon = journey
        .push_step(kauf, "Gutscheincode suchen")
        .expect("a phase");
    // The single step of "Suche" carries a name nobody sees: not a match.
    journey.phases[0].steps[0].name = "Gutschein im Verborgenen".to_owned();
    let matches: Vec<FindTarget> = find(&journey, "gutschein")
        .into_iter()
        .map(|m| m.target)
        .collect();
    assert_eq!(matches, [FindTarget::Step(coupon)]);
    let in_order: Vec<FindTarget> = find(&journey, "u")
        .into_iter()
        .map(|m| m.target)
        .filter(|t| matches!(t, FindTarget::Phase(_) | FindTarget::Step(_)))
        .collect();
    assert_eq!(
        in_order,
        [
            FindTarget::Phase(journey.phases[0].id),
            FindTarget::Phase(kauf),
            FindTarget::Step(journey.phases[1].steps[0].id),
            FindTarget::Step(coupon),
        ]
    );
}

#[test]
fn matches_come_in_reading_order() {
    // Document order is scrambled: lane 1 before lane 0, phase 1 before 0.
    let mut journey = journey(&[
        (1, 0, "x lower lane", ""),
        (0, 1, "x top lane, second phase", ""),
        (0, 0, "x top lane, first phase, below", ""),
        (0, 0, "x top lane, first phase, on top", ""),
    ]);
    // Stacking order within a cell is list order: move "on top" first.
    journey.cards.swap(2, 3);
    journey.phases[0].name = "x phase".to_owned();
    journey.lanes[1].name = "x lane".to_owned();
    journey.personas.push(persona(100, "x persona"));
    let matches = find(&journey, "x");
    let kinds: Vec<&str> = matches
        .iter()
        .map(|m| match m.target {
            FindTarget::Phase(_) => "phase",
            FindTarget::Step(_) => "step",
            FindTarget::Lane(_) => "lane",
            FindTarget::Card(_) => "card",
            FindTarget::Persona(_) => "persona",
        })
        .collect();
    assert_eq!(
        kinds,
        ["phase", "lane", "card", "card", "card", "card", "persona"]
    );
    assert_eq!(
        card_titles(&journey, &matches),
        [
            "x top lane, first phase, on top",
            "x top lane, first phase, below",
            "x top lane, second phase",
            "x lower lane",
        ]
    );
}

#[test]
fn cards_in_a_collapsed_lane_are_found() {
    let mut journey = journey(&[(1, 0, "Hidden treasure", "")]);
    journey.lanes[1].collapsed = true;
    assert_eq!(find(&journey, "treasure").len(), 1);
}

#[test]
fn an_empty_or_blank_query_finds_nothing() {
    let journey = journey(&[(0, 0, "A card", ""), (0, 1, " ", "")]);
    assert!(find(&journey, "").is_empty());
    assert!(find(&journey, "   ").is_empty());
    assert!(find(&journey, "\t\n").is_empty());
}

#[test]
fn the_query_is_trimmed() {
    let journey = journey(&[(0, 0, "Kunden anrufen", "")]);
    assert_eq!(find(&journey, "  kunden ").len(), 1);
    assert!(find(&journey, "xyz").is_empty());
}

#[test]
fn a_card_is_found_by_the_names_of_its_actors_after_its_own_text() {
    let mut journey = journey(&[
        (0, 0, "Bezahlt an der Kasse", ""),
        (0, 1, "Kassenbon prüfen", ""),
    ]);
    journey.personas.push(persona(100, "Jörg Kassner"));
    journey.cards[0].actors = vec![Actor::Name("Verkäuferin 🛒".into())];
    journey.cards[1].actors = vec![Actor::Persona(PersonaId(100))];
    let matches = find(&journey, "verkauferin");
    assert_eq!(card_titles(&journey, &matches), ["Bezahlt an der Kasse"]);
    assert_eq!(matches[0].field, FindField::Actor);
    // A persona acting on a card finds the card as well as the persona;
    // the card's own title matching comes first.
    let matches = find(&journey, "kass");
    assert_eq!(matches.len(), 3);
    assert_eq!(matches[0].field, FindField::Title);
    assert_eq!(matches[1].field, FindField::Title);
    assert_eq!(matches[2].target, FindTarget::Persona(PersonaId(100)));
    let matches = find(&journey, "jorg");
    assert_eq!(card_titles(&journey, &matches), ["Kassenbon prüfen"]);
    assert_eq!(matches[0].field, FindField::Actor);
}
