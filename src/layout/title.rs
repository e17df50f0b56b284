//! The title block above the grid: title, description and the primary
//! persona's card, and the words painted into that card.

use emath::{Pos2, Rect, pos2, vec2};

use crate::i18n::Lang;
use crate::model::Journey;

use super::{
    Metrics, PersonaPart, PersonaText, TextBlock, TextRole, TitleBlockLayout, TitleShown,
    Typesetter,
};

/// Diameter of the round photo (or initials) on the persona card, in map points.
pub const PERSONA_AVATAR_SIZE: f32 = 52.0;

/// Space between the title and the line under it.
const DESCRIPTION_GAP: f32 = 6.0;

/// Space after each text of the persona card (name, summary, quote).
const PERSONA_LINE_GAP: f32 = 3.0;

/// Space between the persona card's avatar and its text.
pub const PERSONA_AVATAR_GAP: f32 = 14.0;

/// Places the title block at `origin`, as wide as the grid.
pub(super) fn title_block(
    journey: &Journey,
    metrics: &Metrics,
    text: &Typesetter<'_>,
    origin: Pos2,
    grid_width: f32,
) -> TitleBlockLayout {
    let (title, description, persona) = match &metrics.title {
        TitleShown::Full => (
            journey.title.as_str(),
            journey.description.as_str(),
            journey.primary_persona(),
        ),
        TitleShown::Caption { with_title, text } => (
            if *with_title { &journey.title } else { "" },
            text.as_str(),
            None,
        ),
        TitleShown::Hidden => return hidden_title_block(origin),
    };
    let persona_width = if persona.is_some() {
        metrics.persona_width.min(grid_width * 0.45)
    } else {
        0.0
    };
    let text_width = (grid_width - persona_width - metrics.title_gap).max(120.0);
    let title_text = text.block(title, TextRole::MapTitle, text_width);
    let (title_height, gap) = if title.is_empty() {
        (0.0, 0.0)
    } else {
        (title_text.height(), DESCRIPTION_GAP)
    };
    let title_rect = Rect::from_min_size(origin, vec2(text_width, title_height));
    let description_text = text.block(description, TextRole::MapDescription, text_width);
    let description = (!description.is_empty()).then(|| {
        Rect::from_min_size(
            pos2(origin.x, title_rect.bottom() + gap),
            vec2(text_width, description_text.height()),
        )
    });
    let mut persona_text = Vec::new();
    let persona = persona.map(|persona| {
        let left = origin.x + grid_width - persona_width;
        let inner =
            persona_width - 2.0 * metrics.header_padding - PERSONA_AVATAR_SIZE - PERSONA_AVATAR_GAP;
        let text_left = left + metrics.header_padding + PERSONA_AVATAR_SIZE + PERSONA_AVATAR_GAP;
        let mut y = origin.y + metrics.header_padding;
        let quote = if persona.quote.is_empty() {
            String::new()
        } else {
            quoted(&persona.quote, metrics.lang)
        };
        for (part, words, role) in [
            (
                PersonaPart::Name,
                persona.name.clone(),
                TextRole::PersonaName,
            ),
            (
                PersonaPart::Summary,
                persona_summary(persona, metrics.lang),
                TextRole::PersonaText,
            ),
            (PersonaPart::Quote, quote, TextRole::PersonaText),
        ] {
            if words.is_empty() {
                continue;
            }
            let block = text.block(&words, role, inner);
            let min = pos2(text_left, y);
            y += block.height() + PERSONA_LINE_GAP;
            persona_text.push(PersonaText { part, min, block });
        }
        let text_height = y - (origin.y + metrics.header_padding);
        let height = text_height.max(PERSONA_AVATAR_SIZE) + 2.0 * metrics.header_padding;
        Rect::from_min_size(pos2(left, origin.y), vec2(persona_width, height))
    });
    let title = title_rect;
    let mut rect = title;
    if let Some(description) = description {
        rect = rect.union(description);
    }
    if let Some(persona) = persona {
        rect = rect.union(persona);
    }
    rect.set_width(grid_width);
    TitleBlockLayout {
        rect,
        title,
        title_text,
        description,
        description_text,
        persona,
        persona_text,
    }
}

/// No title block: nothing at the map's top-left corner, no room taken.
fn hidden_title_block(origin: Pos2) -> TitleBlockLayout {
    let nothing = Rect::from_min_size(origin, vec2(0.0, 0.0));
    TitleBlockLayout {
        rect: nothing,
        title: nothing,
        title_text: TextBlock::default(),
        description: None,
        description_text: TextBlock::default(),
        persona: None,
        persona_text: Vec::new(),
    }
}

/// The one-line summary under the persona's name: age, occupation, segment.
pub fn persona_summary(persona: &crate::model::Persona, lang: Lang) -> String {
    // "34 years", not a bare number that could be anything.
    let age = persona.age.map(|age| {
        crate::i18n::tr_in(
            lang,
            crate::i18n::text::persona::AGE_SUMMARY,
            &[("age", (&age.to_string()).into())],
        )
    });
    [
        age.as_deref(),
        Some(persona.occupation.as_str()),
        Some(persona.segment.as_str()),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// A persona quote in `lang`'s quotation marks (“…” in English, „…“ in
/// German), unless the user already typed some.
pub fn quoted(quote: &str, lang: Lang) -> String {
    const MARKS: [char; 8] = ['„', '“', '”', '"', '«', '»', '‚', '‘'];
    if quote.starts_with(MARKS) {
        quote.to_owned()
    } else {
        match lang {
            Lang::En => format!("“{quote}”"),
            Lang::De => format!("„{quote}“"),
        }
    }
}
