//! Cards: the sticky notes in the cells of the map.

use serde::{Deserialize, Serialize};

use super::{CardId, LaneId, PersonaId, StepId};
use crate::i18n::{self, Lang, Msg, text::domain as t};

/// A sticky note in one lane, starting in one step and spanning `span` steps
/// (also across a phase border).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Stable id.
    pub id: CardId,
    /// The lane (row) the card sits in.
    pub lane: LaneId,
    /// The first step (column) the card covers.
    pub step: StepId,
    /// How many consecutive steps the card covers, at least 1.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub span: u32,
    /// Short headline.
    pub title: String,
    /// Optional longer text, wrapped to the card width.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Colour from the theme palette; `None` uses the lane kind's colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<CardColor>,
    /// How well the card is backed by data.
    #[serde(default, skip_serializing_if = "Evidence::is_assumption")]
    pub evidence: Evidence,
    /// Channel and media type, for touchpoint cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touchpoint: Option<Touchpoint>,
    /// A number and its unit, for KPI cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<Kpi>,
    /// Who acts here besides the persona the map follows, e.g. the front-desk
    /// clerk or an automation; shown as small tags on the card.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Actor>,
}

impl Card {
    /// A plain card with just a title.
    pub fn new(id: CardId, lane: LaneId, step: StepId, title: impl Into<String>) -> Self {
        Self {
            id,
            lane,
            step,
            span: 1,
            title: title.into(),
            notes: String::new(),
            color: None,
            evidence: Evidence::Assumption,
            touchpoint: None,
            kpi: None,
            actors: Vec::new(),
        }
    }
}

/// Who acts on a card: a persona of the map, or anyone else by name
/// ("Front-desk clerk", "Automation").
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Actor {
    /// A persona of the map, by id.
    Persona(PersonaId),
    /// Anyone else, by name.
    Name(String),
}

fn one() -> u32 {
    1
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_one(value: &u32) -> bool {
    *value == 1
}

/// The theme palette for cards. Stored by name so files stay readable and the
/// theme can refine the exact shades without touching documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CardColor {
    /// Classic sticky-note yellow.
    Yellow,
    /// Orange.
    Orange,
    /// Red, e.g. for severe pain points.
    Red,
    /// Pink.
    Pink,
    /// Purple.
    Purple,
    /// Blue.
    Blue,
    /// Teal.
    Teal,
    /// Green, e.g. for opportunities.
    Green,
    /// Neutral grey.
    Grey,
}

impl CardColor {
    /// Every palette colour, in swatch order.
    pub const ALL: [CardColor; 9] = [
        CardColor::Yellow,
        CardColor::Orange,
        CardColor::Red,
        CardColor::Pink,
        CardColor::Purple,
        CardColor::Blue,
        CardColor::Teal,
        CardColor::Green,
        CardColor::Grey,
    ];

    /// The colour's name as a message, e.g. "Red".
    pub fn msg(self) -> Msg {
        match self {
            CardColor::Yellow => t::COLOR_YELLOW,
            CardColor::Orange => t::COLOR_ORANGE,
            CardColor::Red => t::COLOR_RED,
            CardColor::Pink => t::COLOR_PINK,
            CardColor::Purple => t::COLOR_PURPLE,
            CardColor::Blue => t::COLOR_BLUE,
            CardColor::Teal => t::COLOR_TEAL,
            CardColor::Green => t::COLOR_GREEN,
            CardColor::Grey => t::COLOR_GREY,
        }
    }

    /// The colour's name in the interface's language.
    pub fn label(self) -> String {
        i18n::tr(self.msg())
    }
}

/// Whether a card rests on data or is a guess. Good maps say which is which.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Evidence {
    /// Nobody checked it yet.
    #[default]
    Assumption,
    /// Some data supports it.
    PartlyBacked,
    /// Backed by interviews, analytics or surveys.
    ResearchBacked,
}

impl Evidence {
    /// Every level, from guess to research.
    pub const ALL: [Evidence; 3] = [
        Evidence::Assumption,
        Evidence::PartlyBacked,
        Evidence::ResearchBacked,
    ];

    /// The level's name as a message, e.g. "Backed by research".
    pub fn msg(self) -> Msg {
        match self {
            Evidence::Assumption => t::EVIDENCE_ASSUMPTION,
            Evidence::PartlyBacked => t::EVIDENCE_PARTLY_BACKED,
            Evidence::ResearchBacked => t::EVIDENCE_RESEARCH_BACKED,
        }
    }

    /// The level's name in the interface's language.
    pub fn label(self) -> String {
        i18n::tr(self.msg())
    }

    #[expect(
        clippy::trivially_copy_pass_by_ref,
        reason = "serde's skip_serializing_if passes a reference"
    )]
    fn is_assumption(&self) -> bool {
        *self == Evidence::Assumption
    }
}

/// Where and how a touchpoint reaches the customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    /// The channel, drawn as an icon on the card.
    pub channel: Channel,
    /// Paid, owned or earned media, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<MediaType>,
}

/// The channel of a touchpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// Website or web shop.
    Website,
    /// Personal e-mail.
    Email,
    /// Newsletter.
    Newsletter,
    /// Social networks: Facebook, Instagram, `TikTok`, Pinterest, X and others.
    SocialMedia,
    /// Search engine.
    SearchEngine,
    /// Paid ads: search, display, TV, print, retargeting.
    Ads,
    /// Phone or hotline.
    Phone,
    /// Physical store.
    Store,
    /// Trade fair or event.
    TradeFair,
    /// Chat or chatbot.
    Chat,
    /// Mobile app or push notification.
    App,
    /// Letter or post.
    Letter,
    /// Word of mouth: friends, family, colleagues.
    WordOfMouth,
    /// Review sites, forums and blogs by others.
    ReviewSite,
    /// Blog or magazine.
    Blog,
    /// Anything else.
    Other,
}

impl Channel {
    /// Every channel, in the order the inspector lists them.
    pub const ALL: [Channel; 16] = [
        Channel::Website,
        Channel::Email,
        Channel::Newsletter,
        Channel::SocialMedia,
        Channel::SearchEngine,
        Channel::Ads,
        Channel::Phone,
        Channel::Store,
        Channel::TradeFair,
        Channel::Chat,
        Channel::App,
        Channel::Letter,
        Channel::WordOfMouth,
        Channel::ReviewSite,
        Channel::Blog,
        Channel::Other,
    ];

    /// The channel's name as a message, e.g. "Word of mouth".
    pub fn msg(self) -> Msg {
        match self {
            Channel::Website => t::CHANNEL_WEBSITE,
            Channel::Email => t::CHANNEL_EMAIL,
            Channel::Newsletter => t::CHANNEL_NEWSLETTER,
            Channel::SocialMedia => t::CHANNEL_SOCIAL_MEDIA,
            Channel::SearchEngine => t::CHANNEL_SEARCH_ENGINE,
            Channel::Ads => t::CHANNEL_ADS,
            Channel::Phone => t::CHANNEL_PHONE,
            Channel::Store => t::CHANNEL_STORE,
            Channel::TradeFair => t::CHANNEL_TRADE_FAIR,
            Channel::Chat => t::CHANNEL_CHAT,
            Channel::App => t::CHANNEL_APP,
            Channel::Letter => t::CHANNEL_LETTER,
            Channel::WordOfMouth => t::CHANNEL_WORD_OF_MOUTH,
            Channel::ReviewSite => t::CHANNEL_REVIEW_SITE,
            Channel::Blog => t::CHANNEL_BLOG,
            Channel::Other => t::CHANNEL_OTHER,
        }
    }

    /// The channel's name in the interface's language.
    pub fn label(self) -> String {
        i18n::tr(self.msg())
    }
}

/// Who pays for the contact: the classic paid / owned / earned split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MediaType {
    /// Bought reach: ads, sponsored posts, TV spots.
    Paid,
    /// The brand's own channels: website, newsletter, app.
    Owned,
    /// Reach others give: word of mouth, reviews, mentions.
    Earned,
}

impl MediaType {
    /// Every media type, in the classic order.
    pub const ALL: [MediaType; 3] = [MediaType::Paid, MediaType::Owned, MediaType::Earned];

    /// The short word on a card's media badge, e.g. "Paid".
    pub fn badge(self) -> Msg {
        match self {
            MediaType::Paid => t::MEDIA_PAID,
            MediaType::Owned => t::MEDIA_OWNED,
            MediaType::Earned => t::MEDIA_EARNED,
        }
    }

    /// The full name as a message, e.g. "Paid media".
    pub fn msg(self) -> Msg {
        match self {
            MediaType::Paid => t::MEDIA_PAID_NAME,
            MediaType::Owned => t::MEDIA_OWNED_NAME,
            MediaType::Earned => t::MEDIA_EARNED_NAME,
        }
    }

    /// The full name in the interface's language.
    pub fn label(self) -> String {
        i18n::tr(self.msg())
    }
}

/// A key figure of a phase, e.g. `2.4` `%` conversion rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    /// The number.
    pub value: f64,
    /// Its unit, e.g. "%", "€", "visits"; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
}

impl Kpi {
    /// The value as people write it in `lang`: no trailing zeros, at most two
    /// decimals, grouped thousands ("12,345.5" in English, "12.345,5" in German).
    pub fn display_value(&self, lang: Lang) -> String {
        i18n::format_number(lang, self.value, 2)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{CardColor, Channel, MediaType};
    use crate::i18n::{Lang, tr_in};

    #[test]
    fn every_channel_media_type_and_colour_has_its_own_name_in_every_language() {
        for lang in Lang::ALL {
            let names = |msgs: Vec<crate::i18n::Msg>| -> BTreeSet<String> {
                msgs.into_iter().map(|msg| tr_in(lang, msg, &[])).collect()
            };
            let channels = names(Channel::ALL.iter().map(|c| c.msg()).collect());
            assert_eq!(channels.len(), Channel::ALL.len(), "{lang:?}: {channels:?}");
            let media = names(MediaType::ALL.iter().map(|m| m.msg()).collect());
            let badges = names(MediaType::ALL.iter().map(|m| m.badge()).collect());
            assert_eq!((media.len(), badges.len()), (3, 3), "{lang:?}");
            let colours = names(CardColor::ALL.iter().map(|c| c.msg()).collect());
            assert_eq!(colours.len(), CardColor::ALL.len(), "{lang:?}: {colours:?}");
        }
        assert_eq!(
            tr_in(Lang::De, Channel::WordOfMouth.msg(), &[]),
            "Mundpropaganda"
        );
        assert_eq!(
            tr_in(Lang::En, Channel::WordOfMouth.msg(), &[]),
            "Word of mouth"
        );
    }
}
