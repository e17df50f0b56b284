//! No line of text is ever cut by its box: every example and template, in
//! both languages, exported at scales 1, 1.5, 2, 3 and 4 and as a
//! 1920×1080 slide, read back from the SVG. The layout breaks the lines
//! once and painting draws exactly those, so a different pixel density can
//! neither add a line nor push the last one out of its card.

use std::fmt::Write as _;

use egui::Color32;
use journeymap::export::{self, ExportOptions, ExportSize};

use crate::common;
use crate::common::svg_read;

/// More than this many SVG units outside its clip is a line cut in half;
/// less is the reader's estimate of Inter's ascent and descent.
const TOLERANCE: f32 = 0.5;

fn cut_lines(size: ExportSize) -> (usize, String) {
    let mut report = String::new();
    let mut texts = 0;
    for (name, journey, lang) in common::maps::every_map() {
        let options = ExportOptions {
            size,
            lang,
            ..ExportOptions::default()
        };
        // An SVG has no pixel limit: every map is read at every scale.
        let svg = export::svg_text(&journey, &options).expect("an SVG of any size");
        let picture = svg_read::read(&svg, Color32::WHITE);
        for text in &picture.texts {
            texts += 1;
            if text.overflow() > TOLERANCE {
                let _ = writeln!(
                    report,
                    "{name} at {size:?}: {:?} reaches {:.1} units out of its clip",
                    text.content,
                    text.overflow()
                );
            }
        }
    }
    (texts, report)
}

#[test]
fn no_line_is_cut_at_any_scale_or_on_a_slide() {
    for size in [
        ExportSize::Scale(1.0),
        ExportSize::Scale(1.5),
        ExportSize::Scale(2.0),
        ExportSize::Scale(3.0),
        ExportSize::Scale(4.0),
        ExportSize::Slide(1920, 1080),
    ] {
        let (texts, report) = cut_lines(size);
        assert!(texts > 500, "{size:?}: only {texts} texts read");
        assert!(report.is_empty(), "{report}");
    }
}
