//! Feeds arbitrary bytes (read as UTF-8, invalid sequences replaced) to the
//! Mermaid import. Any panic, hang or abort is a finding; so is a journey
//! that imports but is not a valid map, does not survive a save and reload,
//! or does not read back the same after being written as Mermaid (phases,
//! steps, cards, curves, values: the whole map), or whose Mermaid text
//! changes when written again. Seeds: tests/data/mermaid.
//!   cargo +nightly fuzz run mermaid fuzz/corpus/mermaid tests/data/mermaid \
//!       -- -max_total_time=600

#![no_main]

use std::path::Path;

use journeymap::format;
use journeymap::i18n::Lang;
use journeymap::interop::mermaid;
use journeymap::model::validate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the language the import names things in.
    let (lang, rest) = match data.split_first() {
        Some((first, rest)) if first % 2 == 1 => (Lang::De, rest),
        Some((_, rest)) => (Lang::En, rest),
        None => (Lang::En, data),
    };
    let text = String::from_utf8_lossy(rest);
    let _ = mermaid::looks_like_mermaid(&text);
    let Ok(imported) = mermaid::import(&text, lang) else {
        return;
    };
    let journey = imported.journey;
    assert_eq!(validate(&journey), [], "an imported map must be valid");
    let ron = format::to_ron_string(&journey);
    let reloaded = format::from_ron_str(&ron, Path::new("fuzz.ron"))
        .unwrap_or_else(|error| panic!("an imported map must reload after saving: {error}"));
    assert_eq!(
        reloaded, journey,
        "save and reload changed the imported map"
    );
    let exported = mermaid::export(&journey);
    assert!(
        exported.left_out.is_empty(),
        "an imported map lost {:?}",
        exported.left_out
    );
    let again = mermaid::import(&exported.text, lang)
        .unwrap_or_else(|problems| panic!("an export must import again: {problems:?}"));
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(again.journey, journey, "export and import changed the map");
    assert_eq!(
        mermaid::export(&again.journey).text,
        exported.text,
        "export is no fixed point"
    );
});
