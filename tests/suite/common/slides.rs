//! A map exported as a slide series, each slide's SVG beside the page it
//! was drawn from, for tests that read the pictures.

use journeymap::export::{self, ExportOptions, ExportSize, ImageFormat, Page, Renderer};
use journeymap::i18n::Lang;
use journeymap::model::Journey;

/// One slide: the page (its part of the map and layout) and its SVG.
pub struct SlideSvg {
    pub page: Page,
    pub svg: String,
}

/// Options for a 1920 × 1080 slide series of a map in `lang`.
pub fn full_hd(lang: Lang) -> ExportOptions {
    ExportOptions {
        size: ExportSize::Slide(1920, 1080),
        lang,
        ..ExportOptions::default()
    }
}

/// Every slide `options` makes of `journey`, as SVG.
pub fn series(journey: &Journey, options: &ExportOptions) -> Vec<SlideSvg> {
    let mut renderer = Renderer::default();
    renderer
        .pages(journey, options)
        .into_iter()
        .map(|page| {
            let bytes = export::page_bytes(&mut renderer, &page, options, ImageFormat::Svg)
                .expect("a slide draws");
            SlideSvg {
                page,
                svg: String::from_utf8(bytes).expect("SVG is text"),
            }
        })
        .collect()
}

/// The lines of every card's notes on a page, as the layout broke them:
/// the card body text a slide must show large enough.
pub fn card_body_lines(page: &Page) -> Vec<String> {
    page.layout
        .cards
        .iter()
        .flat_map(|card| card.notes_text.lines.iter())
        .map(|line| {
            line.pieces
                .iter()
                .map(|piece| piece.text.as_str())
                .collect()
        })
        .filter(|line: &String| !line.trim().is_empty())
        .collect()
}
