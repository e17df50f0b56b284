//! Every text in an exported picture reads against what is behind it, and
//! every symbol that carries meaning stands out from it (WCAG 2 AA): every
//! example and template, in both languages, as a 1920×1080 slide in each
//! background variant, at scales 1 and 2, and the canvas at 100 %. The SVG
//! is read back (`common::svg_read`), so this checks the picture a viewer
//! gets, not the theme's intentions.

use std::fmt::Write as _;

use egui::Color32;
use journeymap::export::{self, Background, ExportOptions, ExportSize};
use journeymap::i18n::Lang;
use journeymap::model::Journey;
use journeymap::theme;

use crate::common;
use crate::common::svg_read::{self, Picture, SymbolKind, TextKind};

/// A light grey slide, as light slide templates often have (Tailwind's
/// gray-100): a transparent picture reads on it as on white.
const LIGHT_SLIDE: u32 = 0xF3_F4_F6;
/// A dark slide a `transparent-dark` picture is meant for: the colour of
/// many dark slide templates (Tailwind's gray-800).
const DARK_SLIDE: u32 = 0x1F_29_37;
/// The dark slide background of `PowerPoint`.
const POWERPOINT_DARK: u32 = 0x26_26_26;

/// Every background with the slide colours it is meant for: its own paper,
/// white and a light grey slide for a transparent picture, and two dark
/// slides for a transparent-dark one.
fn variants() -> Vec<(Background, Color32)> {
    vec![
        (Background::White, Background::White.meant_for()),
        (Background::Dark, Background::Dark.meant_for()),
        (Background::Transparent, Color32::WHITE),
        (Background::Transparent, theme::hex(LIGHT_SLIDE)),
        (Background::TransparentDark, theme::hex(DARK_SLIDE)),
        (Background::TransparentDark, theme::hex(POWERPOINT_DARK)),
        (Background::Theme, Background::Theme.meant_for()),
    ]
}

/// `journey` exported as SVG and read back on `base`.
fn picture(
    journey: &Journey,
    lang: Lang,
    size: ExportSize,
    background: Background,
    base: Color32,
) -> Picture {
    let options = ExportOptions {
        size,
        background,
        lang,
        ..ExportOptions::default()
    };
    let svg = export::svg_text(journey, &options).unwrap();
    svg_read::read(&svg, base)
}

/// One line of numbers about a set of pictures: the smallest text, and the
/// lowest contrast of each kind of text and symbol.
#[derive(Default)]
struct Summary {
    failures: Vec<String>,
    smallest_px: Option<f32>,
    lowest: std::collections::BTreeMap<String, (f32, String)>,
}

impl Summary {
    fn add(&mut self, what: &str, picture: &Picture) {
        for failure in picture.failures() {
            self.failures.push(format!("{what}: {failure}"));
        }
        if let Some(small) = picture.smallest_text() {
            self.smallest_px = Some(
                self.smallest_px
                    .map_or(small.size_px, |s| s.min(small.size_px)),
            );
        }
        let mut note = |kind: String, ratio: f32, text: String| {
            let entry = self
                .lowest
                .entry(kind)
                .or_insert((f32::INFINITY, String::new()));
            if ratio < entry.0 {
                *entry = (ratio, format!("{what}: {text}"));
            }
        };
        for kind in [TextKind::Words, TextKind::Badge] {
            if let Some(text) = picture.lowest_text(kind) {
                let large = text.required_ratio() < 4.0;
                note(
                    format!("{kind:?}{}", if large { " (large)" } else { "" }),
                    text.ratio.unwrap_or(21.0),
                    format!(
                        "{:?} {} on {}",
                        text.content,
                        svg_read::hex(text.color),
                        svg_read::hex(text.behind)
                    ),
                );
            }
        }
        for kind in [
            SymbolKind::EvidenceDot,
            SymbolKind::LaneIcon,
            SymbolKind::ChannelIcon,
        ] {
            if let Some(symbol) = picture.lowest_symbol(kind) {
                note(
                    format!("{kind:?}"),
                    symbol.ratio,
                    format!(
                        "{:?} {} on {}",
                        symbol.content,
                        svg_read::hex(symbol.color),
                        svg_read::hex(symbol.behind)
                    ),
                );
            }
        }
    }

    fn report(&self) -> String {
        let mut out = format!(
            "{} failing; smallest text {:.1} px\n",
            self.failures.len(),
            self.smallest_px.unwrap_or(0.0)
        );
        for (kind, (ratio, example)) in &self.lowest {
            let _ = writeln!(out, "  lowest {kind}: {ratio:.2}:1 ({example})");
        }
        out
    }
}

/// Measures every map at `size` in `background` on `base`.
fn measure_all(size: ExportSize, background: Background, base: Color32) -> Summary {
    let mut summary = Summary::default();
    for (name, journey, lang) in common::maps::every_map() {
        summary.add(&name, &picture(&journey, lang, size, background, base));
    }
    summary
}

/// Fails with every failing text and symbol, and the numbers, when any.
fn assert_reads(what: &str, summary: &Summary) {
    assert!(
        summary.failures.is_empty(),
        "{what}: {}{}",
        summary.report(),
        summary.failures.join("\n")
    );
}

#[test]
fn every_map_reads_on_a_slide_in_every_background() {
    for (background, base) in variants() {
        let summary = measure_all(ExportSize::Slide(1920, 1080), background, base);
        let what = format!("{background} on {}", svg_read::hex(base));
        println!("slide, {what}: {}", summary.report());
        // The reader found what it checks: words, badges and every symbol.
        for kind in ["Words", "Badge", "EvidenceDot", "LaneIcon", "ChannelIcon"] {
            assert!(
                summary.lowest.keys().any(|k| k.starts_with(kind)),
                "{what}: no {kind} read"
            );
        }
        assert_reads(&format!("slide, {what}"), &summary);
    }
}

#[test]
fn every_map_reads_at_scales_1_and_2() {
    for scale in [1.0, 2.0] {
        let summary = measure_all(ExportSize::Scale(scale), Background::White, Color32::WHITE);
        println!("scale {scale}: {}", summary.report());
        assert_reads(&format!("scale {scale}"), &summary);
    }
}

/// The canvas at 100 % paints the same shapes as an export at scale 1 with
/// the editor's background, so that export is the canvas's measure.
#[test]
fn the_canvas_at_100_percent_reads() {
    let summary = measure_all(ExportSize::Scale(1.0), Background::Theme, theme::PAPER);
    println!("canvas at 100 %: {}", summary.report());
    assert_reads("canvas at 100 %", &summary);
    // No text on the canvas is drawn smaller than the theme's smallest role.
    assert!(
        summary.smallest_px.unwrap() >= 11.0 - 0.01,
        "{}",
        summary.report()
    );
}

/// The reader catches what the transparent-dark variant exists for: a
/// light picture without paper vanishes on a dark slide.
#[test]
fn a_transparent_picture_for_light_slides_fails_on_a_dark_one() {
    let (_, journey, lang) = common::maps::every_map().into_iter().next().unwrap();
    let on_dark = picture(
        &journey,
        lang,
        ExportSize::Slide(1920, 1080),
        Background::Transparent,
        theme::hex(DARK_SLIDE),
    );
    let title = on_dark
        .texts
        .iter()
        .find(|text| text.content == journey.title)
        .unwrap();
    assert!(title.ratio.unwrap() < 1.5, "{title:?}");
    assert!(!on_dark.failures().is_empty());
}
