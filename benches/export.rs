//! A 4K (3840×2160) slide export of the example map, split into its steps:
//! drawing the frame, tessellation, rasterization and PNG encoding; and the
//! same map as a series of 1920×1080 slides (planning, and every slide to
//! PNG), to report the time per slide against one 4K picture.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark whose set-up fails should stop with the message"
)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::export::{self, ExportOptions, ExportSize, ImageFormat, Renderer};
use journeymap::format;

fn options() -> ExportOptions {
    ExportOptions {
        size: ExportSize::Slide(3840, 2160),
        ..ExportOptions::default()
    }
}

fn export_4k(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/laptop-webshop.de.ron");
    let journey = format::load_file(&path).expect("example");
    let options = options();
    let mut group = c.benchmark_group("export 4K");
    let mut renderer = Renderer::default();
    group.bench_function("frame", |b| {
        b.iter(|| {
            let mut drawing = renderer.draw(&journey, &options).expect("draw");
            // Keeps the glyph atlas current, as a real export does.
            renderer.tessellate(&mut drawing);
            black_box(drawing.size_px)
        });
    });
    let mut drawing = renderer.draw(&journey, &options).expect("draw");
    let shapes = drawing.output.shapes.clone();
    group.bench_function("tessellation", |b| {
        b.iter(|| {
            black_box(
                drawing
                    .ctx
                    .tessellate(shapes.clone(), drawing.pixels_per_point)
                    .len(),
            )
        });
    });
    let primitives = renderer.tessellate(&mut drawing);
    group.bench_function("rasterization", |b| {
        b.iter(|| black_box(renderer.rasterize(&drawing, &primitives)));
    });
    let image = renderer.rasterize(&drawing, &primitives);
    group.bench_function("png encoding", |b| {
        b.iter(|| {
            black_box(
                export::encode_png(&image, drawing.dpi)
                    .expect("encode")
                    .len(),
            )
        });
    });
    group.bench_function("whole export (warm)", |b| {
        b.iter(|| {
            black_box(
                export::png_bytes(&journey, &options)
                    .expect("export")
                    .0
                    .len(),
            )
        });
    });
    group.finish();
}

#[expect(
    clippy::print_stdout,
    reason = "the slide count is a report, printed next to criterion's"
)]
fn export_series(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/laptop-webshop.de.ron");
    let journey = format::load_file(&path).expect("example");
    let options = ExportOptions {
        size: ExportSize::Slide(1920, 1080),
        lang: journey.content_lang(journeymap::i18n::Lang::En),
        ..ExportOptions::default()
    };
    let mut renderer = Renderer::default();
    let pages = renderer.pages(&journey, &options);
    println!(
        "the German example makes {} slides at 1920×1080",
        pages.len()
    );
    let mut group = c.benchmark_group("slide series 1920x1080");
    group.bench_function("planning", |b| {
        b.iter(|| black_box(renderer.pages(&journey, &options).len()));
    });
    group.bench_function("whole series to PNG (warm)", |b| {
        b.iter(|| {
            let pages = renderer.pages(&journey, &options);
            let bytes: usize = pages
                .iter()
                .map(|page| {
                    export::page_bytes(&mut renderer, page, &options, ImageFormat::Png)
                        .expect("slide")
                        .len()
                })
                .sum();
            black_box(bytes)
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = export_4k, export_series
}
criterion_main!(benches);
