//! The bundled example map and the blank map behind "New".

use crate::i18n::{text::app as t, tr};
use crate::model::Journey;
use crate::templates;

/// The bundled example map: the German laptop web-shop journey from the
/// domain notes, the same file the template gallery offers.
pub fn example() -> Journey {
    // The example keeps its own language whatever is asked for.
    templates::find("example-laptop-webshop")
        .map_or_else(blank, |template| template.build(crate::i18n::Lang::De))
}

/// A new map (File → New): the digital customer journey template, untitled,
/// in the interface's language.
pub fn blank() -> Journey {
    let lang = crate::i18n::current();
    let mut journey = templates::find("digital-journey")
        .map(|template| template.build(lang))
        .unwrap_or_default();
    journey.title = tr(t::BLANK_TITLE);
    journey
}
