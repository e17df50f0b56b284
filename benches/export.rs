//! A 4K (3840×2160) slide export of the example map, split into its steps:
//! drawing the frame, tessellation, rasterization and PNG encoding.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::export::raster::TextureStore;
use journeymap::export::{self, ExportOptions, ExportSize};
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
    group.bench_function("frame", |b| {
        b.iter(|| {
            let mut textures = TextureStore::default();
            let mut drawing = export::draw(&journey, &options, &mut textures).expect("draw");
            drawing.output.textures_delta.clear();
            black_box(drawing.output.shapes.len())
        });
    });
    let mut textures = TextureStore::default();
    let mut drawing = export::draw(&journey, &options, &mut textures).expect("draw");
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
    let primitives = export::tessellate_drawing(&mut drawing, &mut textures);
    group.bench_function("rasterization", |b| {
        b.iter(|| {
            black_box(export::rasterize_primitives(
                &drawing,
                &primitives,
                &textures,
            ))
        });
    });
    let image = export::rasterize_primitives(&drawing, &primitives, &textures);
    group.bench_function("png encoding", |b| {
        b.iter(|| {
            black_box(
                export::encode_png(&image, drawing.dpi)
                    .expect("encode")
                    .len(),
            )
        });
    });
    group.bench_function("whole export", |b| {
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = export_4k
}
criterion_main!(benches);
