//! The fonts Journeymap ships, so screen and exports look the same everywhere.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Name of the semibold family used for titles and names.
pub const SEMIBOLD: &str = "Inter SemiBold";

const INTER_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
const INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");
const NOTO_EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");
const EMOJI_ICONS: &[u8] = include_bytes!("../../assets/fonts/emoji-icon-font.ttf");

/// Inter for text (regular and semibold), Noto Emoji for icons and faces, and
/// egui's small icon font for the few UI symbols (menu arrows) Noto lacks.
/// Nothing comes from the system.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    for (name, data) in [
        ("Inter", INTER_REGULAR),
        (SEMIBOLD, INTER_SEMIBOLD),
        ("Noto Emoji", NOTO_EMOJI),
        ("emoji-icon-font", EMOJI_ICONS),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(data)));
    }
    let fallbacks = ["Noto Emoji", "emoji-icon-font"];
    let family = |primary: &str| {
        std::iter::once(primary)
            .chain(fallbacks)
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family("Inter"));
    // Journeymap shows no code; Inter keeps the rare monospace widget consistent.
    fonts
        .families
        .insert(FontFamily::Monospace, family("Inter"));
    fonts
        .families
        .insert(FontFamily::Name(SEMIBOLD.into()), family(SEMIBOLD));
    fonts
}
