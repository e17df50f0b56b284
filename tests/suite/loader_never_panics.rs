//! The loader never panics, whatever the bytes: random bytes, random
//! mutations of the shipped example maps, of a version-2 map with steps,
//! actors and moments of truth, of maps saved before steps (version 1) and
//! of recovery copies of both versions, and random version-2 maps built
//! element by element, valid or breaking
//! the step, span, actor and point rules. A document that does load must
//! survive a save and reload unchanged; one that breaks rules is refused
//! with one positioned message per broken rule. (The long run of the same
//! idea is the cargo-fuzz target in fuzz/; this keeps a quick version in
//! every run.)

use std::path::Path;
use std::sync::LazyLock;

use journeymap::format;
use journeymap::format::recovery::{RecoveryInfo, from_recovery_str, to_recovery_string};
use journeymap::model::{Actor, Item, Journey, Persona, PersonaId, validate};
use proptest::prelude::*;

mod random_map;

const EXAMPLES: [&str; 3] = [
    include_str!("../../examples/laptop-webshop.de.ron"),
    include_str!("../../examples/saas-trial.en.ron"),
    include_str!("../../examples/workshop-starter.en.ron"),
];

/// Maps saved before steps: the upgrade runs on their mutations.
const VERSION_1: [&str; 3] = [
    include_str!("../v1-corpus/hand-spanning-cards.en.ron"),
    include_str!("../v1-corpus/hand-comments-odd-spacing.en.ron"),
    include_str!("../v1-corpus/template-kotler.de.ron"),
];

/// A recovery copy as written before steps: compact, around a version-1 map.
const RECOVERY_1: &str = r##"(recovery:1,saved_at:1763000000,original:Some("/home/ana/karte.ron"),map:(version:1,title:"Kauf",emotion_scale:(min:-2.0,max:2.0,step:1.0),phases:[(id:1,name:"Suche",width:Some(260.0)),(id:2,name:"Kauf")],lanes:[(id:3,name:"Touchpoints",kind:Touchpoints),(id:4,name:"Gefühl",kind:Emotion)],cards:[(id:5,lane:3,phase:1,span:2,title:"Blog")],curves:[(id:6,name:"Ist",color:"#e4572e",points:[(phase:1,value:1.0,label:"gut"),(phase:2,value:-1.0)])]))"##;

/// Every text the mutations start from: the examples, a version-2 map that
/// uses every step feature, the version-1 maps, and recovery copies of
/// both versions.
static SEEDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut seeds: Vec<String> = EXAMPLES.iter().map(|&text| text.to_owned()).collect();
    seeds.push(format::to_ron_string(&stepped_map()));
    seeds.extend(VERSION_1.iter().map(|&text| text.to_owned()));
    seeds.push(RECOVERY_1.to_owned());
    let info = RecoveryInfo {
        original: None,
        saved_at_unix: 1,
    };
    seeds.push(to_recovery_string(&info, &stepped_map()).unwrap());
    seeds
});

/// A valid version-2 map with named steps and widths, cards spanning
/// phase borders, actors of both kinds and marked moments of truth.
fn stepped_map() -> Journey {
    let mut journey = journeymap::model::generate::generated_with_steps(24, 3, 3);
    let persona = PersonaId(journey.max_raw_id() + 1);
    journey.personas.push(Persona::new(persona, "Lena"));
    journey.phases[1].steps[0].width = Some(260.0);
    journey.phases[2].steps[1].description = "Wartet an der Kasse".into();
    let columns: Vec<Option<usize>> = journey
        .cards
        .iter()
        .map(|card| journey.step_index(card.step))
        .collect();
    for (i, (card, column)) in journey.cards.iter_mut().zip(columns).enumerate() {
        // From the first phase's last step into the second phase.
        if column == Some(2) {
            card.span = 2;
        }
        match i % 3 {
            0 => card.actors = vec![Actor::Persona(persona)],
            1 => card.actors = vec![Actor::Name("Kassierer".into()), Actor::Persona(persona)],
            _ => {}
        }
    }
    for point in journey.curves[0].points.iter_mut().step_by(4) {
        point.moment_of_truth = true;
        point.label = "Moment der Wahrheit".into();
    }
    journey.refresh_id_counter();
    assert_eq!(validate(&journey), vec![]);
    assert!(
        journey
            .cards
            .iter()
            .any(|card| card.span == 2 && journey.step_index(card.step) == Some(2))
    );
    journey
}

/// Pieces of the grammar worth splicing in: they reach deeper than random bytes.
const TOKENS: [&str; 26] = [
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "Some(",
    "None",
    "NaN",
    "-inf",
    "1e30",
    "/*",
    "r#\"",
    "18446744073709551616",
    "\u{FEFF}",
    // Version 2's words, so mutations move cards between steps, name
    // actors and mark moments, or write a field the other version's way.
    "steps: [(id: 7)]",
    "step: ",
    "phase: ",
    "span: 9",
    "actors: [",
    "Persona(",
    "Name(\"\")",
    "moment_of_truth: true",
    "width: Some(",
    "version: 1",
];

#[derive(Clone, Debug)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Token { at: usize, token: usize },
    Duplicate { at: usize, len: usize },
    Flip { at: usize, bit: u8 },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Token { at, token }),
        (any::<usize>(), 1..256usize).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        (any::<usize>(), 0..8u8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let len = bytes.len();
    let pos = |at: usize| if len == 0 { 0 } else { at % len };
    match mutation {
        Mutation::Delete { at, len: n } => {
            let start = pos(*at);
            let end = (start + n).min(len);
            bytes.drain(start..end);
        }
        Mutation::Insert { at, bytes: new } => {
            let at = pos(*at);
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Token { at, token } => {
            let at = pos(*at);
            bytes.splice(at..at, TOKENS[*token].bytes());
        }
        Mutation::Duplicate { at, len: n } => {
            let start = pos(*at);
            let copy: Vec<u8> = bytes[start..(start + n).min(len)].to_vec();
            bytes.splice(start..start, copy);
        }
        Mutation::Flip { at, bit } => {
            if len > 0 {
                bytes[pos(*at)] ^= 1 << bit;
            }
        }
        Mutation::Truncate { at } => bytes.truncate(pos(*at)),
    }
}

/// Loads `bytes`; if they load, saving and loading again must give the same map.
fn load_and_round_trip(bytes: &[u8]) -> Result<(), TestCaseError> {
    let source = Path::new("prop.ron");
    if let Ok(journey) = format::from_bytes(bytes, source) {
        let text = format::to_ron_string(&journey);
        let again = format::from_ron_str(&text, source);
        prop_assert!(
            again.is_ok(),
            "a loaded map does not reload: {:?}",
            again.err()
        );
        let again = again.ok();
        prop_assert_eq!(again.as_ref(), Some(&journey));
        prop_assert_eq!(again.map(|map| format::to_ron_string(&map)), Some(text));
    }
    // The same bytes as a recovery copy: one that reads is written again
    // (as version 2) and reads back the same.
    if let Ok(text) = std::str::from_utf8(bytes)
        && let Ok(copy) = from_recovery_str(text, source)
    {
        let written = to_recovery_string(&copy.0, &copy.1);
        prop_assert!(written.is_ok(), "{:?}", written);
        let again = written.ok().map(|text| from_recovery_str(&text, source));
        prop_assert!(
            matches!(&again, Some(Ok(read)) if *read == copy),
            "{:?}",
            again
        );
    }
    Ok(())
}

/// Text a line must hold for a problem about `item` and `field` to be
/// found on it: the field's name, or the actor or scale itself.
fn marker(item: Item, field: Option<&str>) -> String {
    match (item, field) {
        (_, Some(field)) => format!("{field}:"),
        (Item::Scale, None) => "emotion_scale:".into(),
        (Item::CardActor(..), None) => "(".into(),
        (other, None) => format!("{other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        load_and_round_trip(&bytes)?;
    }

    #[test]
    fn mutated_maps_never_panic(
        seed in 0..SEEDS.len(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let mut bytes = SEEDS[seed].as_bytes().to_vec();
        for mutation in &mutations {
            apply(&mut bytes, mutation);
        }
        load_and_round_trip(&bytes)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_version_2_maps_load_or_say_each_broken_rule_where_it_is(plan in random_map::plan()) {
        let journey = plan.build();
        let problems = validate(&journey);
        // Spans across phases, actors and moments of truth break no rule.
        prop_assert!(plan.has_mistake() || problems.is_empty(), "{:?}", problems);
        let text = format::to_ron_string(&journey);
        match format::from_ron_str(&text, Path::new("random.ron")) {
            Ok(loaded) => {
                prop_assert!(problems.is_empty(), "loaded despite {:?}", problems);
                prop_assert_eq!(&loaded, &journey);
                prop_assert_eq!(format::to_ron_string(&loaded), text);
            }
            Err(format::LoadError::Invalid { diagnostics, .. }) => {
                prop_assert_eq!(diagnostics.len(), problems.len(), "{:?}", diagnostics);
                let lines: Vec<&str> = text.lines().collect();
                for diagnostic in &diagnostics {
                    let line = lines.get(diagnostic.at.line - 1).copied().unwrap_or_default();
                    // On the line of the element and field the rule is about.
                    let about = problems.iter().any(|problem| {
                        problem.message == diagnostic.message
                            && line.contains(&marker(problem.item, problem.field))
                    });
                    prop_assert!(about, "{:?} on line {:?}", diagnostic, line);
                }
            }
            Err(other) => prop_assert!(false, "{}", other),
        }
    }
}

#[test]
fn a_byte_order_mark_is_accepted_and_the_examples_still_load() {
    for example in EXAMPLES {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(example.as_bytes());
        let journey = format::from_bytes(&bytes, Path::new("bom.ron")).expect("loads");
        assert_eq!(format::to_ron_string(&journey), example);
    }
}
