//! The cached layout: laid out again only when the document's revision or
//! the map's language changed. The screen's pixel density does not count:
//! the layout is measured at one pixel per point, like an export's.

use std::collections::HashMap;
use std::rc::Rc;

use crate::i18n::{self, Lang};
use crate::layout::{self, MapLayout, Metrics};
use crate::model::{CardId, Journey};
use crate::paint::FontMeasure;

use super::Canvas;

/// A layout and what it was made for.
pub(super) struct CachedLayout {
    pub(super) revision: u64,
    /// KPI values are measured as the language writes them.
    pub(super) lang: Lang,
    pub(super) layout: MapLayout,
    /// Card id → index in `Journey::cards` and `MapLayout::cards`.
    pub(super) card_index: HashMap<CardId, usize>,
}

impl Canvas {
    /// The layout of `journey` at `revision`, recomputed only when the document changed.
    pub fn layout(&mut self, journey: &Journey, revision: u64) -> &MapLayout {
        self.cached_layout(journey, revision);
        match &self.layout {
            Some(cached) => &cached.layout,
            None => unreachable!("the layout was just stored"),
        }
    }

    pub(super) fn cached_layout(&mut self, journey: &Journey, revision: u64) -> Rc<CachedLayout> {
        // A map without a language of its own follows the interface, so either
        // changing lays it out again (KPI values are measured as written).
        let lang = journey.content_lang(i18n::current());
        match &self.layout {
            Some(cached) if cached.revision == revision && cached.lang == lang => Rc::clone(cached),
            _ => {
                self.measure_cache.begin_layout();
                let measure = FontMeasure::cached(&self.measure_cache);
                let metrics = Metrics {
                    lang,
                    ..Metrics::default()
                };
                let layout = layout::layout(journey, &metrics, &measure);
                let card_index: HashMap<CardId, usize> = journey
                    .cards
                    .iter()
                    .enumerate()
                    .map(|(index, card)| (card.id, index))
                    .collect();
                // The document changed: forget selected items that are gone.
                self.selection
                    .prune(journey, &|id| card_index.contains_key(&id));
                let cached = Rc::new(CachedLayout {
                    revision,
                    lang,
                    layout,
                    card_index,
                });
                self.layout = Some(Rc::clone(&cached));
                cached
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Canvas, MapLayout};
    use crate::i18n::{self, Lang};

    #[test]
    fn a_language_change_lays_the_map_out_again() {
        // KPI values are measured as the language writes them, so the
        // cached layout belongs to one language.
        let journey = crate::model::generate::generated(20);
        let mut canvas = Canvas::new();
        i18n::set_current(Lang::En);
        let english: *const MapLayout = canvas.layout(&journey, 1);
        let again: *const MapLayout = canvas.layout(&journey, 1);
        assert_eq!(english, again, "same revision and language: cached");
        i18n::set_current(Lang::De);
        let german: *const MapLayout = canvas.layout(&journey, 1);
        assert_ne!(english, german, "another language: laid out again");
        i18n::set_current(Lang::En);
    }

    #[test]
    fn a_map_with_its_own_language_is_laid_out_in_it_whatever_the_interface_speaks() {
        let mut journey = crate::model::generate::generated(20);
        journey.language = Some(Lang::De);
        let mut canvas = Canvas::new();
        i18n::set_current(Lang::En);
        let first: *const MapLayout = canvas.layout(&journey, 1);
        assert_eq!(
            canvas.layout.as_ref().map(|cached| cached.lang),
            Some(Lang::De)
        );
        i18n::set_current(Lang::De);
        let again: *const MapLayout = canvas.layout(&journey, 1);
        assert_eq!(
            first, again,
            "the interface changed, the map's language did not"
        );
        journey.language = Some(Lang::En);
        let english: *const MapLayout = canvas.layout(&journey, 1);
        assert_ne!(first, english, "the map's language changed: laid out again");
        i18n::set_current(Lang::En);
    }
}
