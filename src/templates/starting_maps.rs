//! The two maps the editor starts from without asking: the map behind
//! File → New and the bundled example. Tests of every layer use them as
//! fixtures, which is why they live here and not in the app.

use crate::i18n::{Lang, text::templates as t, tr_in};
use crate::model::Journey;

use super::find;

/// A new map (File → New): the digital customer journey template, untitled,
/// with its names and title in `lang` (the app passes the interface's).
pub fn new_map(lang: Lang) -> Journey {
    let mut journey = find("digital-journey")
        .map(|template| template.build(lang))
        .unwrap_or_default();
    journey.title = tr_in(lang, t::NEW_MAP_TITLE, &[]);
    journey
}

/// The bundled example map: the German laptop web-shop journey from the
/// domain notes, the same file the template gallery offers. It keeps its own
/// language whatever the interface speaks.
pub fn example_map() -> Journey {
    find("example-laptop-webshop")
        .map_or_else(|| new_map(Lang::De), |template| template.build(Lang::De))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_map_is_untitled_in_its_language_and_valid() {
        for lang in Lang::ALL {
            let journey = new_map(lang);
            assert_eq!(journey.title, tr_in(lang, t::NEW_MAP_TITLE, &[]));
            assert_eq!(journey.language, Some(lang));
            assert!(!journey.phases.is_empty());
            assert_eq!(crate::model::validate(&journey), vec![]);
        }
    }

    #[test]
    fn the_example_is_the_german_laptop_web_shop() {
        let journey = example_map();
        assert_eq!(journey.language, Some(Lang::De));
        assert!(!journey.cards.is_empty());
        assert_eq!(crate::model::validate(&journey), vec![]);
    }
}
