//! The loader never panics, whatever the bytes: random bytes, and random
//! mutations of the shipped example maps. A document that does load must
//! survive a save and reload unchanged. (The long run of the same idea is
//! the cargo-fuzz target in fuzz/; this keeps a quick version in every run.)

use std::path::Path;

use journeymap::format;
use proptest::prelude::*;

const EXAMPLES: [&str; 3] = [
    include_str!("../../examples/laptop-webshop.de.ron"),
    include_str!("../../examples/saas-trial.en.ron"),
    include_str!("../../examples/workshop-starter.en.ron"),
];

/// Pieces of the grammar worth splicing in: they reach deeper than random bytes.
const TOKENS: [&str; 16] = [
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
        prop_assert_eq!(again.ok(), Some(journey));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        load_and_round_trip(&bytes)?;
    }

    #[test]
    fn mutated_examples_never_panic(
        example in 0..EXAMPLES.len(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let mut bytes = EXAMPLES[example].as_bytes().to_vec();
        for mutation in &mutations {
            apply(&mut bytes, mutation);
        }
        load_and_round_trip(&bytes)?;
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
