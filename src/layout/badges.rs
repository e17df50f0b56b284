//! The badge row of a touchpoint card: the channel's icon and name on the
//! left, the media type as a pill on the right. The layout decides what the
//! row says, so a name that does not fit is shortened once, here, and the
//! legend can explain the icons whose names did not fit.

use emath::{Rect, pos2};

use crate::i18n::tr_in;
use crate::model::Card;

use super::{Metrics, TextMeasure, TextRole};

/// Space inside a media pill on each side of its word.
pub const PILL_PADDING: f32 = 6.0;
/// Height of a media pill.
pub const PILL_HEIGHT: f32 = 16.0;
/// Space between the pill and the row's right edge.
const PILL_RIGHT_GAP: f32 = 4.0;
/// Space kept between the channel's name and the pill.
const NAME_PILL_GAP: f32 = 6.0;

/// What a card's badge row shows, measured.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct MeasuredBadges {
    /// The channel's name as drawn: whole, shortened with "…", or empty
    /// when not even three letters fit.
    pub channel_name: String,
    /// The media pill's width, if the card names a media type.
    pub pill_width: Option<f32>,
}

/// Measures the badge row of `card` for text `width` map points wide.
pub(super) fn measure_badges(
    card: &Card,
    metrics: &Metrics,
    text: &dyn TextMeasure,
    width: f32,
) -> Option<MeasuredBadges> {
    let touchpoint = card.touchpoint.as_ref()?;
    let pill_width = touchpoint.media.map(|media| {
        text.width(&tr_in(metrics.lang, media.badge(), &[]), TextRole::Small) + 2.0 * PILL_PADDING
    });
    let room = width
        - metrics.channel_icon_width
        - pill_width.map_or(0.0, |pill| pill + PILL_RIGHT_GAP + NAME_PILL_GAP);
    let name = tr_in(metrics.lang, touchpoint.channel.msg(), &[]);
    let channel_name = if text.width(&name, TextRole::Small) <= room {
        name
    } else {
        shortened(text, &name, TextRole::Small, room)
    };
    Some(MeasuredBadges {
        channel_name,
        pill_width,
    })
}

/// Where the media pill goes in a badge `row` (map space).
pub(super) fn pill_rect(row: Rect, pill_width: f32) -> Rect {
    let center_y = row.center().y - 3.0;
    let right = row.right() - PILL_RIGHT_GAP;
    Rect::from_min_max(
        pos2(right - pill_width, center_y - PILL_HEIGHT / 2.0),
        pos2(right, center_y + PILL_HEIGHT / 2.0),
    )
}

/// `text` (which does not fit) shortened with "…" to fit `max_width` map
/// points; empty when not even three letters fit, as "S…" says nothing an
/// icon does not.
pub fn shortened(measure: &dyn TextMeasure, text: &str, role: TextRole, max_width: f32) -> String {
    let chars: Vec<char> = text.chars().collect();
    let candidate = |keep: usize| {
        let kept: String = chars[..keep].iter().collect();
        format!("{}…", kept.trim_end())
    };
    // Binary search for the longest prefix that fits: a handful of
    // measurements instead of one per letter.
    let (mut fits, mut too_long) = (2, chars.len());
    while too_long > fits + 1 {
        let middle = usize::midpoint(fits, too_long);
        if measure.width(&candidate(middle), role) <= max_width {
            fits = middle;
        } else {
            too_long = middle;
        }
    }
    if fits < 3 {
        String::new()
    } else {
        candidate(fits)
    }
}
