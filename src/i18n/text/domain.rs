//! The words of the domain as the map and the inspector show them: lane
//! kinds, touchpoint channels, media types, card colours, evidence levels,
//! and the names new phases, lanes and curves get.

use crate::i18n::messages;

messages! {
    LANE_TOUCHPOINTS = "lane-kind-touchpoints";
    LANE_ACTIONS = "lane-kind-actions";
    LANE_THOUGHTS = "lane-kind-thoughts";
    LANE_GOALS = "lane-kind-goals";
    LANE_PAIN_POINTS = "lane-kind-pain-points";
    LANE_OPPORTUNITIES = "lane-kind-opportunities";
    LANE_KPIS = "lane-kind-kpis";
    LANE_TEXT = "lane-kind-text";
    LANE_EMOTION = "lane-kind-emotion";

    CHANNEL_WEBSITE = "channel-website";
    CHANNEL_EMAIL = "channel-email";
    CHANNEL_NEWSLETTER = "channel-newsletter";
    CHANNEL_SOCIAL_MEDIA = "channel-social-media";
    CHANNEL_SEARCH_ENGINE = "channel-search-engine";
    CHANNEL_ADS = "channel-ads";
    CHANNEL_PHONE = "channel-phone";
    CHANNEL_STORE = "channel-store";
    CHANNEL_TRADE_FAIR = "channel-trade-fair";
    CHANNEL_CHAT = "channel-chat";
    CHANNEL_APP = "channel-app";
    CHANNEL_LETTER = "channel-letter";
    CHANNEL_WORD_OF_MOUTH = "channel-word-of-mouth";
    CHANNEL_REVIEW_SITE = "channel-review-site";
    CHANNEL_BLOG = "channel-blog";
    CHANNEL_OTHER = "channel-other";

    /// The short media badge on a touchpoint card.
    MEDIA_PAID = "media-paid";
    MEDIA_OWNED = "media-owned";
    MEDIA_EARNED = "media-earned";
    /// The media type's full name, as the inspector lists it.
    MEDIA_PAID_NAME = "media-paid-name";
    MEDIA_OWNED_NAME = "media-owned-name";
    MEDIA_EARNED_NAME = "media-earned-name";

    COLOR_YELLOW = "color-yellow";
    COLOR_ORANGE = "color-orange";
    COLOR_RED = "color-red";
    COLOR_PINK = "color-pink";
    COLOR_PURPLE = "color-purple";
    COLOR_BLUE = "color-blue";
    COLOR_TEAL = "color-teal";
    COLOR_GREEN = "color-green";
    COLOR_GREY = "color-grey";

    EVIDENCE_ASSUMPTION = "evidence-assumption";
    EVIDENCE_PARTLY_BACKED = "evidence-partly-backed";
    EVIDENCE_RESEARCH_BACKED = "evidence-research-backed";

    /// The mark on an emotion point where the customer decides to stay or
    /// go, as the map and its legend name it.
    MOMENT_OF_TRUTH = "moment-of-truth";

    /// The name of a phase added from the menu or toolbar.
    NEW_PHASE = "new-phase-name";
    /// The name of a new step, by its number in its phase: "Step 2"; the
    /// only step of a phase that gets a second is named "Step 1".
    NEW_STEP = "new-step-name" (number);
    /// The name of a lane added from the menu or toolbar.
    NEW_LANE = "new-lane-name";
    /// The name of a new emotion curve: "Curve 3".
    NEW_CURVE = "new-curve-name" (number);

    /// Why a scale cannot be chosen, as a clause after "Unusable scale:" or
    /// "Could not change scale:".
    SCALE_NOT_A_NUMBER = "scale-not-a-number";
    SCALE_MIN_NOT_BELOW_MAX = "scale-min-not-below-max";
    SCALE_STEP_NOT_POSITIVE = "scale-step-not-positive";
    SCALE_STEP_NOT_WHOLE_OR_HALF = "scale-step-not-whole-or-half";
    SCALE_BOUNDS_OFF_STEP = "scale-bounds-off-step";
    SCALE_TOO_MANY_STEPS = "scale-too-many-steps" (steps);

    /// The headings of the map's legend, each before the symbols it explains.
    LEGEND_EVIDENCE = "legend-evidence";
    LEGEND_MEDIA = "legend-media";
    LEGEND_CHANNELS = "legend-channels";
    LEGEND_EMOTION = "legend-emotion";
    LEGEND_CURVES = "legend-curves";
    /// Where a slide of a series is in the map: one phase or a range of
    /// them, and one lane or a range, each "of" the map's count.
    SLIDE_PHASE = "slide-phase" (number, total);
    SLIDE_PHASES = "slide-phases" (first, last, total);
    SLIDE_LANE = "slide-lane" (number, total);
    SLIDE_LANES = "slide-lanes" (first, last, total);
}
