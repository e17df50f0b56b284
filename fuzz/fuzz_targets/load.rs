//! Feeds arbitrary bytes to the loader. Any panic, hang or abort is a finding;
//! so is a document that loads but does not survive a save and reload.

#![no_main]

use std::path::Path;

use journeymap::format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = Path::new("fuzz.ron");
    if let Ok(journey) = format::from_bytes(data, source) {
        let text = format::to_ron_string(&journey);
        let again = format::from_ron_str(&text, source)
            .unwrap_or_else(|error| panic!("a loaded map must reload after saving: {error}"));
        assert_eq!(again, journey, "save and reload changed the map");
        assert_eq!(format::to_ron_string(&again), text, "saving is not canonical");
    }
});
