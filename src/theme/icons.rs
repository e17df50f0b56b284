//! Icons drawn as glyphs of the shipped Noto Emoji font.

use crate::model::{Channel, LaneKind};

/// The icon on a lane header.
pub fn lane_icon(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Touchpoints => "📍",
        LaneKind::Actions => "👣",
        LaneKind::Thoughts => "💭",
        LaneKind::Goals => "🎯",
        LaneKind::PainPoints => "⚡",
        LaneKind::Opportunities => "💡",
        LaneKind::Kpis => "📊",
        LaneKind::Text => "📝",
        LaneKind::Emotion => "📈",
    }
}

/// The icon of a touchpoint's channel.
pub fn channel_icon(channel: Channel) -> &'static str {
    match channel {
        Channel::Website => "🌐",
        Channel::Email => "📧",
        Channel::Newsletter => "📰",
        Channel::SocialMedia => "👥",
        Channel::SearchEngine => "🔍",
        Channel::Ads => "📢",
        Channel::Phone => "📞",
        Channel::Store => "🏬",
        Channel::TradeFair => "🎪",
        Channel::Chat => "💬",
        Channel::App => "📱",
        Channel::Letter => "📮",
        Channel::WordOfMouth => "👄",
        Channel::ReviewSite => "⭐",
        Channel::Blog => "📖",
        Channel::Other => "🔗",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::TextRole;

    #[test]
    fn every_icon_has_a_glyph_in_the_shipped_fonts() {
        let ctx = egui::Context::default();
        ctx.set_fonts(crate::theme::fonts::definitions());
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        let icons = LaneKind::ALL
            .into_iter()
            .map(lane_icon)
            .chain(Channel::ALL.into_iter().map(channel_icon));
        let missing: Vec<&str> = ctx.fonts_mut(|fonts| {
            icons
                .filter(|icon| !fonts.has_glyphs(&crate::theme::font(TextRole::CardTitle), icon))
                .collect()
        });
        assert!(missing.is_empty(), "no glyph for {missing:?}");
    }
}
