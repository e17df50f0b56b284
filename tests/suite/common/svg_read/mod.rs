//! Reads an SVG the exporter wrote and measures what a viewer sees: every
//! run of text with its size in output pixels, its colour and the colour
//! behind it, and every symbol that carries meaning (evidence dots, lane and
//! channel icons) with the colour around it; from those, WCAG 2 contrast.
//!
//! "Behind" is computed from the picture itself, not from the theme: the
//! filled shapes painted before the text (rects, rounded rects, polygons,
//! circles, one-colour meshes), in painter's order, composited over the
//! colour the picture is meant to sit on (white paper, or the slide colour
//! for a transparent picture). So a test that uses this reader checks the
//! picture a viewer gets, whatever colours the painter chose.
//!
//! ```ignore
//! let svg = export::svg_text(&journey, &options)?;
//! let picture = svg_read::read(&svg, Color32::WHITE);
//! assert!(picture.failures().is_empty(), "{:#?}", picture.failures());
//! ```

mod shapes;
#[cfg(test)]
mod tests;
mod walk;

use egui::{Color32, Pos2, Rect, pos2};
use journeymap::model::{Channel, LaneKind};
use journeymap::theme;
use shapes::{Filled, composite_at, over};
use walk::{Walk, clip_rects, px_per_unit};

/// The ascent of Inter above the baseline, in font sizes (hhea 2728/2816).
const INTER_ASCENT: f32 = 0.968_75;
/// The descent of Inter below the baseline, in font sizes (hhea 680/2816).
const INTER_DESCENT: f32 = 0.241_477;
/// About how far a glyph reaches right of its x: the reader knows where each
/// glyph starts but not how wide the last one is.
const LAST_GLYPH_WIDTH: f32 = 0.6;
/// The weight from which text counts as bold for WCAG's large-text rule
/// (as axe and Lighthouse read it): our semibold (600) is not bold.
const BOLD_WEIGHT: u32 = 700;

/// What a picture holds, measured.
#[derive(Debug)]
pub struct Picture {
    /// Output pixels per SVG unit: the `width` attribute over the viewBox width.
    pub px_per_unit: f32,
    /// The colour under everything: white paper, or the slide a
    /// transparent picture is meant for.
    pub base: Color32,
    /// Every run of words (badges included), in painter's order.
    pub texts: Vec<Text>,
    /// Every symbol that carries meaning, in painter's order.
    pub symbols: Vec<Symbol>,
}

/// What a run of text is, so a failure says where to look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// Words: titles, names, notes, labels, numbers.
    Words,
    /// The word on a card's media badge (Paid, Owned, Earned).
    Badge,
}

/// One `<text>` element: a run of glyphs of one font and colour on one line.
#[derive(Clone, Debug)]
pub struct Text {
    /// The characters, as written.
    pub content: String,
    /// Words or a badge's word.
    pub kind: TextKind,
    /// The font size in output pixels.
    pub size_px: f32,
    /// Whether the weight counts as bold for WCAG (700 or more).
    pub bold: bool,
    /// The fill, with its opacity as alpha (unmultiplied).
    pub color: Color32,
    /// Where the glyphs are, in SVG units: from the first glyph's x to about
    /// the end of the last one, from Inter's ascent to its descent.
    pub bounds: Rect,
    /// The clip rect the text is drawn in, in SVG units, if any.
    pub clip: Option<Rect>,
    /// The colour behind the text where the contrast is lowest.
    pub behind: Color32,
    /// The text's contrast against [`Text::behind`] (its fill composited
    /// over it first when see-through); `None` when the clip hides it all.
    pub ratio: Option<f32>,
}

impl Text {
    /// How far the line reaches above or below its clip, in SVG units (0
    /// when it fits): more than a fraction of a unit is a line cut in half.
    /// Only the height counts, because the reader knows each glyph's start
    /// but only roughly where the last one ends.
    pub fn overflow(&self) -> f32 {
        self.clip.map_or(0.0, |clip| {
            (clip.top() - self.bounds.top())
                .max(self.bounds.bottom() - clip.bottom())
                .max(0.0)
        })
    }

    /// The ratio WCAG 2 asks of this text: 3:1 from 24 px, or from 18.66 px
    /// when bold (both in output pixels); 4.5:1 below.
    pub fn required_ratio(&self) -> f32 {
        if self.size_px >= 24.0 || (self.bold && self.size_px >= 18.66) {
            3.0
        } else {
            4.5
        }
    }
}

/// What a symbol is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    /// The ring (empty, half or full) that marks a card's evidence level.
    EvidenceDot,
    /// The icon of a lane kind on a lane header.
    LaneIcon,
    /// The icon of a touchpoint's channel on a card.
    ChannelIcon,
}

/// A shape or glyph that carries meaning, which WCAG 1.4.11 holds to 3:1.
#[derive(Clone, Debug)]
pub struct Symbol {
    /// Which symbol.
    pub kind: SymbolKind,
    /// The icon's character, or empty for a dot.
    pub content: String,
    /// Where it is, in SVG units.
    pub at: Pos2,
    /// Its colour.
    pub color: Color32,
    /// The colour around it where the contrast is lowest.
    pub behind: Color32,
    /// Its contrast against [`Symbol::behind`].
    pub ratio: f32,
}

impl Picture {
    /// Every text below its WCAG ratio and every symbol below 3:1, each a
    /// line naming it, its ratio, its colours and its size.
    pub fn failures(&self) -> Vec<String> {
        let texts = self.texts.iter().filter_map(|text| {
            let ratio = text.ratio?;
            (ratio < text.required_ratio()).then(|| {
                format!(
                    "{:?} {:?}: {ratio:.2}:1 < {}:1 ({} on {}, {:.1} px{})",
                    text.kind,
                    text.content,
                    text.required_ratio(),
                    hex(text.color),
                    hex(text.behind),
                    text.size_px,
                    if text.bold { ", bold" } else { "" }
                )
            })
        });
        let symbols = self.symbols.iter().filter(|s| s.ratio < 3.0).map(|symbol| {
            format!(
                "{:?} {:?} at ({:.0}, {:.0}): {:.2}:1 < 3:1 ({} on {})",
                symbol.kind,
                symbol.content,
                symbol.at.x,
                symbol.at.y,
                symbol.ratio,
                hex(symbol.color),
                hex(symbol.behind)
            )
        });
        texts.chain(symbols).collect()
    }

    /// The texts a viewer sees (not wholly clipped away).
    pub fn visible_texts(&self) -> impl Iterator<Item = &Text> {
        self.texts.iter().filter(|text| text.ratio.is_some())
    }

    /// The smallest visible text, by its size in output pixels.
    pub fn smallest_text(&self) -> Option<&Text> {
        self.visible_texts()
            .min_by(|a, b| a.size_px.total_cmp(&b.size_px))
    }

    /// The visible text of `kind` with the lowest contrast.
    pub fn lowest_text(&self, kind: TextKind) -> Option<&Text> {
        self.visible_texts()
            .filter(|text| text.kind == kind)
            .min_by(|a, b| a.ratio.unwrap_or(21.0).total_cmp(&b.ratio.unwrap_or(21.0)))
    }

    /// The symbol of `kind` with the lowest contrast.
    pub fn lowest_symbol(&self, kind: SymbolKind) -> Option<&Symbol> {
        self.symbols
            .iter()
            .filter(|symbol| symbol.kind == kind)
            .min_by(|a, b| a.ratio.total_cmp(&b.ratio))
    }
}

/// `#rrggbb` (and the opacity when not opaque), for messages.
pub fn hex(color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    if a == 255 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("#{r:02x}{g:02x}{b:02x}@{:.2}", f32::from(a) / 255.0)
    }
}

/// Reads `svg` as a picture placed on `base` (white for a picture with its
/// own paper, else the slide colour a transparent one is meant for).
///
/// # Panics
/// When `svg` is not well-formed XML or uses a colour the reader does not
/// know: the exporter wrote something this reader must learn first.
pub fn read(svg: &str, base: Color32) -> Picture {
    let document = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    let root = document.root_element();
    let px_per_unit = px_per_unit(root);
    let clips = clip_rects(&document);
    let mut walk = Walk {
        clips,
        shapes: Vec::new(),
        pending_texts: Vec::new(),
        pending_dots: Vec::new(),
    };
    walk.element(root, None);
    let badges = badge_words();
    let mut texts = Vec::new();
    let mut symbols = Vec::new();
    for (text, shapes_before) in walk.pending_texts {
        let behind_shapes = &walk.shapes[..shapes_before];
        let icon = icon_kind(text.content.trim());
        let area = match text.clip {
            Some(clip) => text.bounds.intersect(clip),
            None => text.bounds,
        };
        let visible = area.is_positive();
        let (behind, ratio) = if visible {
            worst_behind(behind_shapes, base, &samples(area), text.color)
        } else {
            (base, 0.0)
        };
        if let Some(kind) = icon {
            if visible {
                symbols.push(Symbol {
                    kind,
                    content: text.content.clone(),
                    at: text.bounds.center(),
                    color: text.color,
                    behind,
                    ratio,
                });
            }
            continue;
        }
        let kind = if badges.contains(&text.content.trim().to_owned()) {
            TextKind::Badge
        } else {
            TextKind::Words
        };
        texts.push(Text {
            kind,
            size_px: text.size * px_per_unit,
            ratio: visible.then_some(ratio),
            behind,
            ..text.into_text()
        });
    }
    for (dot, shapes_before) in walk.pending_dots {
        let around: Vec<Pos2> = [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0)]
            .iter()
            .map(|(x, y)| dot.center + dot.radius * egui::vec2(*x, *y))
            .collect();
        let (behind, ratio) = worst_behind(&walk.shapes[..shapes_before], base, &around, dot.color);
        symbols.push(Symbol {
            kind: SymbolKind::EvidenceDot,
            content: String::new(),
            at: dot.center,
            color: dot.color,
            behind,
            ratio,
        });
    }
    Picture {
        px_per_unit,
        base,
        texts,
        symbols,
    }
}

/// The words media badges show, in every language.
fn badge_words() -> Vec<String> {
    journeymap::i18n::Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            journeymap::model::MediaType::ALL
                .map(|media| journeymap::i18n::tr_in(lang, media.badge(), &[]))
        })
        .collect()
}

/// Which icon `content` is, if it is one.
fn icon_kind(content: &str) -> Option<SymbolKind> {
    if LaneKind::ALL
        .iter()
        .any(|&k| theme::lane_icon(k) == content)
    {
        Some(SymbolKind::LaneIcon)
    } else if Channel::ALL
        .iter()
        .any(|&c| theme::channel_icon(c) == content)
    {
        Some(SymbolKind::ChannelIcon)
    } else {
        None
    }
}

/// Points spread over `area`, a little inside its edges: where the glyphs'
/// ink is.
fn samples(area: Rect) -> Vec<Pos2> {
    let mut points = Vec::new();
    for row in [0.25, 0.5, 0.75] {
        for column in [0.05, 0.275, 0.5, 0.725, 0.95] {
            points.push(pos2(
                area.left() + area.width() * column,
                area.top() + area.height() * row,
            ));
        }
    }
    points
}

/// Of the colours behind `points`, the one `color` contrasts least with,
/// and that contrast.
fn worst_behind(
    shapes: &[Filled],
    base: Color32,
    points: &[Pos2],
    color: Color32,
) -> (Color32, f32) {
    points
        .iter()
        .map(|&point| {
            let behind = composite_at(shapes, base, point);
            let seen = over(color, behind);
            (behind, theme::contrast_ratio(seen, behind))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or((base, 21.0))
}
