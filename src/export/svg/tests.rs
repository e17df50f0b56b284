//! The SVG writer on hand-made shapes and on the example map: every shape
//! kind written as egui tessellates it, fonts embedded as subsets under our
//! own names, text as outlines, and the same bytes on every run.

use std::sync::Arc;

use base64::Engine as _;
use egui::epaint::{
    BandPoint, BandShape, CubicBezierShape, EllipseShape, Mesh, PathShape, PathStroke,
    QuadraticBezierShape, RectShape,
};
use egui::{Color32, CornerRadius, Pos2, Rect, Shape, Stroke, StrokeKind, pos2, vec2};
use skrifa::MetadataProvider as _;

use super::{TextMode, write};
use crate::export::{Drawing, ExportOptions, ExportSize, svg_text};
use crate::i18n::Lang;
use crate::templates::example_map;

/// Colours that are test data, not design.
#[expect(clippy::disallowed_methods, reason = "test colours, not the design's")]
fn gray(level: u8) -> Color32 {
    Color32::from_gray(level)
}

/// `shapes` drawn in a context with the shipped fonts, at `ppp` pixels per point.
fn drawing_of(shapes: &[Shape], ppp: f32) -> Drawing {
    let ctx = egui::Context::default();
    crate::theme::install(&ctx);
    let mut input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(200.0, 100.0))),
        ..egui::RawInput::default()
    };
    if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(ppp);
    }
    let mut output = ctx.run_ui(input, |ui| {
        ui.painter().extend(shapes.to_vec());
    });
    // The font atlas is the PNG's business.
    output.textures_delta.clear();
    Drawing {
        ctx,
        output,
        size_px: [200, 100],
        pixels_per_point: ppp,
        clear: Color32::TRANSPARENT,
        dpi: 96.0,
    }
}

fn svg_of(shapes: &[Shape]) -> String {
    write(&mut drawing_of(shapes, 1.0), TextMode::Text)
}

#[test]
fn every_line_of_a_dashed_line_is_written() {
    let stroke = Stroke::new(1.0, gray(100));
    let dashes = Shape::dashed_line(&[pos2(10.0, 20.5), pos2(110.0, 20.5)], stroke, 6.0, 4.0);
    let count = dashes.len();
    let svg = svg_of(&[Shape::Vec(dashes)]);
    assert_eq!(svg.matches("<line ").count(), count, "{svg}");
    assert!(
        count >= 10,
        "100 points of 6-point dashes and 4-point gaps: {count}"
    );
}

#[test]
fn rect_strokes_sit_where_egui_puts_them() {
    let rect = Rect::from_min_size(pos2(10.0, 10.0), vec2(40.0, 20.0));
    let stroke = Stroke::new(2.0, gray(50));
    let shape = |kind| {
        Shape::Rect(RectShape::new(
            rect,
            CornerRadius::same(6),
            gray(200),
            stroke,
            kind,
        ))
    };
    let svg = svg_of(&[
        shape(StrokeKind::Inside),
        shape(StrokeKind::Middle),
        shape(StrokeKind::Outside),
    ]);
    // A 2-point stroke: its middle line is 1 point inside the rect, on it,
    // or 1 point outside, with the corner radius following.
    for expected in [
        "<rect x=\"11\" y=\"11\" width=\"38\" height=\"18\" rx=\"5\"",
        "<rect x=\"10\" y=\"10\" width=\"40\" height=\"20\" rx=\"6\"",
        "<rect x=\"9\" y=\"9\" width=\"42\" height=\"22\" rx=\"7\"",
    ] {
        assert!(svg.contains(expected), "no {expected} in\n{svg}");
    }
}

#[test]
fn circles_are_stroked_outside_their_radius_as_egui_strokes_them() {
    let svg = svg_of(&[Shape::circle_stroke(
        pos2(50.0, 50.0),
        4.0,
        Stroke::new(2.0, gray(0)),
    )]);
    assert!(
        svg.contains("<circle r=\"5\" cx=\"50\" cy=\"50\" fill=\"none\""),
        "{svg}"
    );
}

#[test]
fn curves_ellipses_bands_and_meshes_are_drawn() {
    let stroke = PathStroke::new(1.0, gray(0));
    let mut mesh = Mesh::default();
    mesh.colored_vertex(pos2(0.0, 0.0), gray(0));
    mesh.colored_vertex(pos2(10.0, 0.0), gray(0));
    mesh.colored_vertex(pos2(0.0, 10.0), gray(0));
    mesh.colored_vertex(pos2(10.0, 10.0), gray(255));
    mesh.add_triangle(0, 1, 2);
    mesh.add_triangle(1, 2, 3);
    let svg = svg_of(&[
        Shape::CubicBezier(CubicBezierShape::from_points_stroke(
            [
                pos2(0.0, 0.0),
                pos2(10.0, 30.0),
                pos2(20.0, -10.0),
                pos2(30.0, 0.0),
            ],
            false,
            Color32::TRANSPARENT,
            stroke.clone(),
        )),
        Shape::QuadraticBezier(QuadraticBezierShape::from_points_stroke(
            [pos2(0.0, 0.0), pos2(10.0, 30.0), pos2(20.0, 0.0)],
            false,
            Color32::TRANSPARENT,
            stroke,
        )),
        Shape::Ellipse(EllipseShape::filled(
            pos2(50.0, 50.0),
            vec2(20.0, 10.0),
            gray(9),
        )),
        Shape::Band(BandShape {
            points: vec![
                BandPoint::new(0.0, 10.0..=20.0),
                BandPoint::new(40.0, 12.0..=30.0),
            ],
            fill: gray(30),
            stroke: Stroke::NONE,
            stroke_kind: StrokeKind::Middle,
            angle: 0.0,
        }),
        Shape::mesh(Arc::new(mesh)),
    ]);
    assert!(
        svg.contains("<path d=\"M0 0C10 30 20 -10 30 0\" fill=\"none\""),
        "{svg}"
    );
    assert!(
        svg.contains("<path d=\"M0 0Q10 30 20 0\" fill=\"none\""),
        "{svg}"
    );
    assert!(
        svg.contains("<ellipse rx=\"20\" ry=\"10\" cx=\"50\" cy=\"50\""),
        "{svg}"
    );
    assert!(
        svg.contains("<polygon points=\"0,10 40,12 40,30 0,20\""),
        "{svg}"
    );
    // The black triangle, then the one with a white corner in its average.
    assert!(
        svg.contains("<path d=\"M0 0L10 0L0 10Z\" fill=\"#000000\""),
        "{svg}"
    );
    assert!(
        svg.contains("<path d=\"M10 0L0 10L10 10Z\" fill=\"#"),
        "{svg}"
    );
}

#[test]
fn a_stroke_whose_colour_changes_along_the_path_keeps_its_colours() {
    let path = PathShape {
        points: vec![pos2(0.0, 10.0), pos2(50.0, 10.0), pos2(100.0, 10.0)],
        closed: false,
        fill: Color32::TRANSPARENT,
        stroke: PathStroke::new_uv(2.0, |bounds, at| {
            if at.x < bounds.center().x {
                gray(0)
            } else {
                gray(255)
            }
        }),
    };
    let svg = svg_of(&[Shape::Path(path)]);
    assert!(svg.contains("stroke=\"#000000\""), "{svg}");
    assert!(svg.contains("stroke=\"#ffffff\""), "{svg}");
}

/// Each embedded font's CSS family and its bytes.
fn embedded_fonts(svg: &str) -> Vec<(String, Vec<u8>)> {
    svg.split("@font-face{font-family:'")
        .skip(1)
        .map(|rule| {
            let family = rule.split('\'').next().unwrap_or_default().to_owned();
            let data = rule
                .split("base64,")
                .nth(1)
                .and_then(|rest| rest.split(')').next())
                .unwrap_or_default();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(data)
                .expect("base64 font");
            (family, bytes)
        })
        .collect()
}

fn example_svg(text_as_paths: bool) -> String {
    let journey = example_map();
    let options = ExportOptions {
        size: ExportSize::Scale(1.0),
        text_as_paths,
        ..ExportOptions::for_map(&journey, Lang::De)
    };
    svg_text(&journey, &options).expect("svg")
}

#[test]
fn text_names_embedded_subsets_of_the_fonts_egui_drew_it_with() {
    let svg = example_svg(false);
    let fonts = embedded_fonts(&svg);
    let families: Vec<&str> = fonts.iter().map(|(family, _)| family.as_str()).collect();
    for family in [
        "Journeymap Inter",
        "Journeymap Inter SemiBold",
        "Journeymap Noto Emoji",
    ] {
        assert!(families.contains(&family), "{family} not in {families:?}");
    }
    for (family, bytes) in &fonts {
        // Subsets: a fraction of the shipped files (259–419 kB).
        assert!(bytes.len() < 60_000, "{family}: {} bytes", bytes.len());
        let font = skrifa::FontRef::new(bytes).expect("a font the browser can read");
        let charmap = font.charmap();
        // Every character of every `<text>` naming this family is in it.
        let texts = svg
            .split("<text ")
            .skip(1)
            .filter(|element| element.contains(&format!("font-family=\"'{family}'")));
        let mut checked = 0;
        for element in texts {
            let text = element
                .split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
                .map(|(text, _)| text.replace("&amp;", "&").replace("&quot;", "\""))
                .unwrap_or_default();
            for chr in text
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '\u{fe0f}')
            {
                assert!(charmap.map(chr).is_some(), "{chr:?} missing from {family}");
                checked += 1;
            }
        }
        assert!(checked > 0, "no text uses {family}");
    }
    assert!(
        !svg.contains("font-family=\"Inter"),
        "a family of our own first"
    );
}

#[test]
fn the_fonts_egui_used_are_the_ones_recorded() {
    let drawing = drawing_of(&[], 1.0);
    let mut svg = super::Svg {
        ctx: drawing.ctx.clone(),
        pixels_per_point: 1.0,
        ..super::Svg::default()
    };
    let family = egui::FontFamily::Proportional;
    let inter = svg.fonts.face_for(&drawing.ctx, &family, 'a');
    let emoji = svg.fonts.face_for(&drawing.ctx, &family, '\u{1f600}');
    assert!(inter.is_some() && emoji.is_some() && inter != emoji);
    let used = svg.fonts.chars_by_font();
    assert_eq!(
        used.get("Inter").map(std::collections::BTreeSet::len),
        Some(1),
        "{used:?}"
    );
    assert_eq!(
        used.get("Noto Emoji").map(std::collections::BTreeSet::len),
        Some(1),
        "{used:?}"
    );
}

#[test]
fn text_as_paths_draws_outlines_and_no_text() {
    let svg = example_svg(true);
    assert!(!svg.contains("<text"), "text left as text");
    assert!(!svg.contains("@font-face"), "fonts embedded for outlines");
    let outlines = svg.matches("<path id=\"g").count();
    let placed = svg.matches("<use href=\"#g").count();
    // Each glyph drawn once, placed many times (the example has hundreds of words).
    assert!(outlines > 60, "{outlines} glyph outlines");
    assert!(
        placed > 10 * outlines,
        "{placed} placed glyphs of {outlines}"
    );
    let text_svg = example_svg(false);
    let letters: usize = text_svg
        .split("<text ")
        .skip(1)
        .filter_map(|element| element.split_once('>'))
        .filter_map(|(_, rest)| rest.split_once("</text>"))
        .map(|(text, _)| text.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    // Every visible character of the text becomes one placed outline
    // (entities such as &amp; count a few letters more).
    assert!(
        placed <= letters && placed * 100 >= letters * 97,
        "{placed} of {letters}"
    );
}

#[test]
fn the_same_map_gives_the_same_bytes_every_time() {
    for text_as_paths in [false, true] {
        let first = example_svg(text_as_paths);
        // A fresh thread has a fresh renderer: nothing carried over.
        let second = std::thread::spawn(move || example_svg(text_as_paths))
            .join()
            .expect("export thread");
        assert!(
            first == second,
            "text_as_paths {text_as_paths}: runs differ"
        );
    }
}
