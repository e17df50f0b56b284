//! Speed of the editor's hot paths on generated maps of 100, 1,000 and 10,000
//! cards: one canvas frame (UI + tessellation) in a 1920×1080 view at 100% and
//! zoomed to fit, and loading and saving the file.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use journeymap::app::{Command, JourneymapApp, OpenDocument};
use journeymap::format;
use journeymap::model::generate::generated;

const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// A headless editor: an egui context with the shipped fonts, driving the app.
struct Headless {
    ctx: egui::Context,
    app: JourneymapApp,
}

impl Headless {
    fn new(cards: usize) -> Self {
        let ctx = egui::Context::default();
        journeymap::theme::install(&ctx);
        let app = JourneymapApp::new(OpenDocument::new(generated(cards), None));
        let mut headless = Self { ctx, app };
        // Fonts and the layout settle during the first frames.
        for _ in 0..3 {
            headless.frame();
        }
        headless
    }

    /// One frame: UI, then tessellation, as eframe does before handing meshes to the GPU.
    fn frame(&mut self) -> usize {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1920.0, 1080.0),
            )),
            ..egui::RawInput::default()
        };
        let mut output = self.ctx.run_ui(input, |ui| self.app.ui(ui));
        output.textures_delta.clear();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives.len()
    }
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for cards in SIZES {
        let mut editor = Headless::new(cards);
        editor.app.queue(Command::ZoomFit);
        editor.frame();
        group.bench_with_input(BenchmarkId::new("fit", cards), &cards, |b, _| {
            b.iter(|| black_box(editor.frame()));
        });
        editor.app.queue(Command::ZoomActual);
        editor.frame();
        group.bench_with_input(BenchmarkId::new("100%", cards), &cards, |b, _| {
            b.iter(|| black_box(editor.frame()));
        });
    }
    group.finish();
}

/// Laying the map out again after one card changed: what every edit costs.
fn relayout(c: &mut Criterion) {
    let mut group = c.benchmark_group("relayout after an edit");
    for cards in SIZES {
        let ctx = egui::Context::default();
        journeymap::theme::install(&ctx);
        let mut journey = generated(cards);
        let mut canvas = journeymap::canvas::Canvas::new();
        let mut revision = 0;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            canvas.layout(ui.ctx(), &journey, revision);
            group.bench_with_input(BenchmarkId::from_parameter(cards), &cards, |b, _| {
                b.iter(|| {
                    revision += 1;
                    journey.cards[0].title = format!("Edited {revision}");
                    black_box(canvas.layout(ui.ctx(), &journey, revision).bounds)
                });
            });
        });
        output.textures_delta.clear();
    }
    group.finish();
}

fn files(c: &mut Criterion) {
    let mut group = c.benchmark_group("file");
    for cards in SIZES {
        let journey = generated(cards);
        let text = format::to_ron_string(&journey);
        group.bench_with_input(BenchmarkId::new("save", cards), &journey, |b, journey| {
            b.iter(|| black_box(format::to_ron_string(journey)));
        });
        group.bench_with_input(BenchmarkId::new("load", cards), &text, |b, text| {
            b.iter(|| black_box(format::from_ron_str(text, Path::new("bench.ron"))));
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = frames, relayout, files
}
criterion_main!(benches);
