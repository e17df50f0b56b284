//! The cached layout: laid out again only when the document's revision, the
//! pixel density or the map's language changed.

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
    pub(super) pixels_per_point: f32,
    /// KPI values are measured as the language writes them.
    pub(super) lang: Lang,
    pub(super) layout: MapLayout,
    /// Card id → index in `Journey::cards` and `MapLayout::cards`.
    pub(super) card_index: HashMap<CardId, usize>,
}

impl Canvas {
    /// The layout of `journey` at `revision`, recomputed only when the document changed.
    pub fn layout(&mut self, ctx: &egui::Context, journey: &Journey, revision: u64) -> &MapLayout {
        self.cached_layout(ctx, journey, revision);
        match &self.layout {
            Some(cached) => &cached.layout,
            None => unreachable!("the layout was just stored"),
        }
    }

    pub(super) fn cached_layout(
        &mut self,
        ctx: &egui::Context,
        journey: &Journey,
        revision: u64,
    ) -> Rc<CachedLayout> {
        let ppp = ctx.pixels_per_point();
        // A map without a language of its own follows the interface, so either
        // changing lays it out again (KPI values are measured as written).
        let lang = journey.content_lang(i18n::current());
        match &self.layout {
            Some(cached)
                if cached.revision == revision
                    && cached.pixels_per_point.to_bits() == ppp.to_bits()
                    && cached.lang == lang =>
            {
                Rc::clone(cached)
            }
            _ => {
                let measure = FontMeasure::cached(ctx, &self.measure_cache);
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
                    pixels_per_point: ppp,
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
        let ctx = egui::Context::default();
        crate::theme::install(&ctx);
        let journey = crate::model::generate::generated(20);
        let mut canvas = Canvas::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            i18n::set_current(Lang::En);
            let english: *const MapLayout = canvas.layout(ui.ctx(), &journey, 1);
            let again: *const MapLayout = canvas.layout(ui.ctx(), &journey, 1);
            assert_eq!(english, again, "same revision and language: cached");
            i18n::set_current(Lang::De);
            let german: *const MapLayout = canvas.layout(ui.ctx(), &journey, 1);
            assert_ne!(english, german, "another language: laid out again");
        });
        output.textures_delta.clear();
        i18n::set_current(Lang::En);
    }

    #[test]
    fn a_map_with_its_own_language_is_laid_out_in_it_whatever_the_interface_speaks() {
        let ctx = egui::Context::default();
        crate::theme::install(&ctx);
        let mut journey = crate::model::generate::generated(20);
        journey.language = Some(Lang::De);
        let mut canvas = Canvas::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            i18n::set_current(Lang::En);
            let first: *const MapLayout = canvas.layout(ui.ctx(), &journey, 1);
            assert_eq!(
                canvas.layout.as_ref().map(|cached| cached.lang),
                Some(Lang::De)
            );
            i18n::set_current(Lang::De);
            let again: *const MapLayout = canvas.layout(ui.ctx(), &journey, 1);
            assert_eq!(
                first, again,
                "the interface changed, the map's language did not"
            );
            journey.language = Some(Lang::En);
            let english: *const MapLayout = canvas.layout(ui.ctx(), &journey, 1);
            assert_ne!(first, english, "the map's language changed: laid out again");
        });
        output.textures_delta.clear();
        i18n::set_current(Lang::En);
    }
}
