//! The SVG stands alone: rendered by resvg with no fonts at all (built
//! without its text support, so it cannot reach for the system's), the
//! `--text-as-paths` SVG looks like our PNG of the same export, and every
//! line the PNG draws is in it.

#![expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "pixel coordinates are small whole numbers; the casts cannot lose anything"
)]

use egui::Shape;
use image::RgbaImage;
use journeymap::export::{self, ExportOptions, ExportSize, Renderer};
use journeymap::i18n::Lang;
use journeymap::model::Journey;

use crate::common::maps::example;

fn options(journey: &Journey, scale: f32, text_as_paths: bool) -> ExportOptions {
    ExportOptions {
        size: ExportSize::Scale(scale),
        text_as_paths,
        ..ExportOptions::for_map(journey, Lang::En)
    }
}

/// The SVG as resvg draws it, at the picture's own pixel size.
fn resvg_render(svg: &str) -> RgbaImage {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).expect("parses");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).expect("size");
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let pixels = pixmap
        .pixels()
        .iter()
        .flat_map(|pixel| {
            let color = pixel.demultiply();
            [color.red(), color.green(), color.blue(), color.alpha()]
        })
        .collect();
    RgbaImage::from_raw(size.width(), size.height(), pixels).expect("pixels")
}

fn channel_diff(a: image::Rgba<u8>, b: image::Rgba<u8>) -> u8 {
    a.0.iter()
        .zip(b.0)
        .map(|(x, y)| x.abs_diff(y))
        .max()
        .unwrap_or(0)
}

/// The straight lines of a drawing, however deep in lists (a dashed line is
/// a list of dashes), that show: the ones the PNG draws.
fn line_segments(shape: &Shape, out: &mut Vec<([egui::Pos2; 2], egui::Stroke)>) {
    match shape {
        Shape::Vec(shapes) => shapes.iter().for_each(|shape| line_segments(shape, out)),
        Shape::LineSegment { points, stroke } if stroke.width > 0.0 && stroke.color.a() > 0 => {
            out.push((*points, *stroke));
        }
        _ => {}
    }
}

#[test]
fn resvg_without_fonts_draws_the_text_as_paths_svg_like_the_png() {
    for (name, scale) in [("laptop-webshop.de.ron", 1.0), ("saas-trial.en.ron", 2.0)] {
        let journey = example(name);
        let (_, png) = export::png_bytes(&journey, &options(&journey, scale, false)).unwrap();
        let svg = export::svg_text(&journey, &options(&journey, scale, true)).unwrap();
        let drawn = resvg_render(&svg);
        assert_eq!(drawn.dimensions(), png.dimensions(), "{name}: sizes differ");
        let total = png.width() * png.height();
        for (tolerance, allowed_percent) in [(32, 2.0), (96, 1.0)] {
            let over = png
                .pixels()
                .zip(drawn.pixels())
                .filter(|(a, b)| channel_diff(**a, **b) > tolerance)
                .count();
            let percent = 100.0 * over as f64 / f64::from(total);
            println!(
                "{name} at {scale}×: {percent:.3} % of pixels differ by more than {tolerance}"
            );
            // Glyph edges are smoothed a little differently by egui's atlas and
            // by resvg; shapes match to the pixel.
            assert!(
                percent <= allowed_percent,
                "{name} at {scale}×: {over} of {total} pixels ({percent:.2} %) differ by more \
                 than {tolerance}; at most {allowed_percent} % may"
            );
        }
    }
}

#[test]
fn every_line_the_png_draws_is_in_the_svg_where_the_png_has_it() {
    let journey = example("laptop-webshop.de.ron");
    let mut renderer = Renderer::default();
    let mut drawing = renderer
        .draw(&journey, &options(&journey, 1.0, false))
        .unwrap();
    drawing.output.textures_delta.clear();
    let mut lines = Vec::new();
    for clipped in &drawing.output.shapes {
        line_segments(&clipped.shape, &mut lines);
    }
    let svg = export::svg_text(&journey, &options(&journey, 1.0, true)).unwrap();
    assert_eq!(
        svg.matches("<line ").count(),
        lines.len(),
        "one <line> per line segment of the drawing"
    );
    // Lane lines, column lines, the dashes between steps, the emotion
    // scale's lines and its dashed zero line: hundreds of them.
    assert!(lines.len() > 500, "{} lines", lines.len());
    let (_, png) = export::png_bytes(&journey, &options(&journey, 1.0, false)).unwrap();
    let drawn = resvg_render(&svg);
    // Each line's middle pixel: a one-pixel line's centre goes to the
    // centre of the pixel its coordinate falls in, for the PNG and the SVG
    // alike. Where the PNG shows the line's own colour there (no text or
    // card over it), the SVG must too: a missing grid line would show the
    // paper, 28 levels off (#E3E7ED on white).
    let middle_pixel = |[a, b]: [egui::Pos2; 2]| {
        let middle = a.lerp(b, 0.5);
        let x = (middle.x.floor() as u32).min(png.width() - 1);
        let y = (middle.y.floor() as u32).min(png.height() - 1);
        (x, y)
    };
    let visible: Vec<_> = lines
        .iter()
        .filter(|(points, stroke)| {
            let (x, y) = middle_pixel(*points);
            let color = image::Rgba(stroke.color.to_srgba_unmultiplied());
            channel_diff(*png.get_pixel(x, y), color) <= 4
        })
        .collect();
    // Cards cover the dashes between steps where they sit; most lines show.
    assert!(
        visible.len() * 2 >= lines.len(),
        "only {} of {} lines show their colour in the PNG",
        visible.len(),
        lines.len()
    );
    let missing: Vec<_> = visible
        .iter()
        .filter(|(points, _)| {
            let (x, y) = middle_pixel(*points);
            channel_diff(*png.get_pixel(x, y), *drawn.get_pixel(x, y)) > 4
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} lines visible in the PNG are not in the SVG: {:?}",
        missing.len(),
        visible.len(),
        missing.iter().take(5).collect::<Vec<_>>()
    );
}
