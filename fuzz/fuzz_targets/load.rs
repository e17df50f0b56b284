//! Feeds arbitrary bytes to the loader. Any panic, hang or abort is a finding;
//! so is a document that loads but does not survive a save and reload.
//! The same bytes are read as a recovery copy too (versions 1 and 2, whose
//! maps are of format versions 1 and 2), which must survive being written
//! again the same way.

#![no_main]

use std::path::Path;

use journeymap::format;
use journeymap::format::recovery::{from_recovery_str, to_recovery_string};
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
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok((info, journey)) = from_recovery_str(text, source)
    {
        // A path that is not Unicode cannot be written; one read from text is.
        let copy = to_recovery_string(&info, &journey)
            .unwrap_or_else(|error| panic!("a read recovery copy must be writable: {error}"));
        let again = from_recovery_str(&copy, source)
            .unwrap_or_else(|error| panic!("a written recovery copy must read back: {error}"));
        assert_eq!(again, (info, journey), "a recovery copy changed when written again");
    }
});
