//! The picture on the slide, measured: every example and every template, in
//! both languages, exported as a series of 1920×1080 slides in the light and
//! the dark variant, and every slide's SVG read back. Card body text is at
//! least 20 px (10 pt on the slide), no text is under 14 px, no line
//! reaches out of its clip, and every text and symbol meets WCAG AA.

use std::fmt::Write as _;

use journeymap::export::{Background, ExportOptions};

use crate::common;
use crate::common::slides::{card_body_lines, full_hd, series};
use crate::common::svg_read;

/// The smallest card body text on a 1920×1080 slide, in pixels.
const BODY_PX: f32 = 20.0;
/// The smallest text of any kind on a slide, in pixels.
const SMALLEST_PX: f32 = 14.0;
/// Rounding in the SVG's numbers.
const EPSILON: f32 = 0.05;
/// More than this many SVG units outside its clip is a line cut in half
/// (as in `picture_lines`).
const CUT: f32 = 0.5;

#[test]
fn every_map_as_a_slide_series_is_large_uncut_and_readable() {
    let mut report = String::new();
    let (mut slides, mut bodies, mut texts) = (0, 0, 0);
    let mut smallest = (f32::INFINITY, String::new());
    let mut smallest_body = f32::INFINITY;
    for (name, journey, lang) in common::maps::every_map() {
        for background in [Background::White, Background::Dark] {
            let options = ExportOptions {
                background,
                ..full_hd(lang)
            };
            for (number, slide) in series(&journey, &options).iter().enumerate() {
                slides += 1;
                let what = format!("{name}, {background}, slide {}", number + 1);
                let picture = svg_read::read(&slide.svg, background.meant_for());
                let body = card_body_lines(&slide.page);
                for text in &picture.texts {
                    texts += 1;
                    if text.size_px < smallest.0 {
                        smallest = (text.size_px, format!("{what}: {:?}", text.content));
                    }
                    if body.iter().any(|line| line.trim() == text.content.trim()) {
                        bodies += 1;
                        smallest_body = smallest_body.min(text.size_px);
                        if text.size_px < BODY_PX - EPSILON {
                            let _ = writeln!(
                                report,
                                "{what}: card text {:?} is {:.1} px",
                                text.content, text.size_px
                            );
                        }
                    }
                    if text.size_px < SMALLEST_PX - EPSILON {
                        let _ = writeln!(
                            report,
                            "{what}: {:?} is {:.1} px",
                            text.content, text.size_px
                        );
                    }
                    if text.overflow() > CUT {
                        let _ = writeln!(
                            report,
                            "{what}: {:?} is cut by {:.1}",
                            text.content,
                            text.overflow()
                        );
                    }
                }
                for failure in picture.failures() {
                    let _ = writeln!(report, "{what}: {failure}");
                }
            }
        }
    }
    println!(
        "{slides} slides, {texts} texts, {bodies} card body lines; smallest card text {smallest_body:.1} px, smallest text {:.1} px ({})",
        smallest.0, smallest.1
    );
    assert!(
        slides > 100 && bodies > 200,
        "{slides} slides, {bodies} body lines read"
    );
    assert!(report.is_empty(), "{report}");
}
