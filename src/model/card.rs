//! Cards: the sticky notes in the cells of the map.

use serde::{Deserialize, Serialize};

use super::{CardId, LaneId, PhaseId};

/// A sticky note in one lane, starting in one phase and spanning `span` phases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Stable id.
    pub id: CardId,
    /// The lane (row) the card sits in.
    pub lane: LaneId,
    /// The first phase (column) the card covers.
    pub phase: PhaseId,
    /// How many consecutive phases the card covers, at least 1.
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
}

impl Card {
    /// A plain card with just a title.
    pub fn new(id: CardId, lane: LaneId, phase: PhaseId, title: impl Into<String>) -> Self {
        Self {
            id,
            lane,
            phase,
            span: 1,
            title: title.into(),
            notes: String::new(),
            color: None,
            evidence: Evidence::Assumption,
            touchpoint: None,
            kpi: None,
        }
    }
}

fn one() -> u32 {
    1
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
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
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
    fn is_assumption(&self) -> bool {
        *self == Evidence::Assumption
    }
}

/// Where and how a touchpoint reaches the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

    /// English name of the channel.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Website => "Website",
            Channel::Email => "E-mail",
            Channel::Newsletter => "Newsletter",
            Channel::SocialMedia => "Social media",
            Channel::SearchEngine => "Search engine",
            Channel::Ads => "Ads",
            Channel::Phone => "Phone / hotline",
            Channel::Store => "Store",
            Channel::TradeFair => "Trade fair",
            Channel::Chat => "Chat / chatbot",
            Channel::App => "App",
            Channel::Letter => "Letter",
            Channel::WordOfMouth => "Word of mouth",
            Channel::ReviewSite => "Review site",
            Channel::Blog => "Blog",
            Channel::Other => "Other",
        }
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
    /// English name, as shown on the badge.
    pub fn label(self) -> &'static str {
        match self {
            MediaType::Paid => "Paid",
            MediaType::Owned => "Owned",
            MediaType::Earned => "Earned",
        }
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
    /// The value as people write it: no trailing `.0`, German-free decimal point.
    pub fn display_value(&self) -> String {
        let value = self.value;
        if value.fract() == 0.0 && value.abs() < 1e15 {
            format!("{value:.0}")
        } else {
            let text = format!("{value:.2}");
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        }
    }
}
