//! Speed of the editor's hot paths on generated maps of 100, 1,000 and 10,000
//! cards: one canvas frame (UI + tessellation) in a 1920×1080 view at 100% and
//! zoomed to fit, a frame with a card drag in progress, applying and undoing an
//! edit, loading and saving the file (in memory and atomically to disk), and the
//! two halves of writing a recovery copy. It also prints how much memory the
//! undo history holds after 1,000 edits on the 10,000-card map. A 10,000-card
//! map of 12 phases × 4 steps (every seventh card spanning two steps) repeats
//! the frame, relayout and load figures, so maps with steps are held to the
//! same budget as maps without.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark whose set-up fails should stop with the message"
)]

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use journeymap::app::{Command, JourneymapApp, OpenDocument};
use journeymap::edit::{Edit, History, apply};
use journeymap::format;
use journeymap::model::generate::{generated, generated_with_steps};
use journeymap::model::{CardColor, Journey};
use journeymap::storage;

const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// A headless editor: an egui context with the shipped fonts, driving the app.
struct Headless {
    ctx: egui::Context,
    app: JourneymapApp,
}

impl Headless {
    fn new(cards: usize) -> Self {
        Self::with(generated(cards))
    }

    fn with(journey: Journey) -> Self {
        let ctx = egui::Context::default();
        journeymap::theme::install(&ctx);
        let app = JourneymapApp::new(OpenDocument::new(journey, None));
        let mut headless = Self { ctx, app };
        // Fonts and the layout settle during the first frames.
        for _ in 0..3 {
            headless.frame();
        }
        headless
    }

    /// One frame: UI, then tessellation, as eframe does before handing meshes to the GPU.
    fn frame(&mut self) -> usize {
        self.frame_with(Vec::new())
    }

    /// One frame with input events.
    fn frame_with(&mut self, events: Vec<egui::Event>) -> usize {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1920.0, 1080.0),
            )),
            events,
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
        let mut journey = generated(cards);
        let mut canvas = journeymap::canvas::Canvas::new();
        let mut revision = 0;
        canvas.layout(&journey, revision);
        group.bench_with_input(BenchmarkId::from_parameter(cards), &cards, |b, _| {
            b.iter(|| {
                revision += 1;
                journey.cards[0].title = format!("Edited {revision}");
                black_box(canvas.layout(&journey, revision).bounds)
            });
        });
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
        // What Ctrl+S costs: serialize, temporary file, fsync, backup, rename,
        // folder fsync (on this machine's disk; a laptop SSD differs).
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("map.ron");
        group.bench_with_input(
            BenchmarkId::new("save_to_disk", cards),
            &journey,
            |b, journey| {
                b.iter(|| {
                    let text = format::to_ron_string(journey);
                    black_box(storage::save_atomically(&path, text.as_bytes()).is_ok())
                });
            },
        );
        // What the UI thread pays per recovery copy: the clone it hands over.
        group.bench_with_input(
            BenchmarkId::new("autosave_clone", cards),
            &journey,
            |b, journey| {
                b.iter(|| black_box(journey.clone()));
            },
        );
        // What the background thread pays per recovery copy.
        let copy = dir.path().join("copy.ron");
        let info = format::recovery::RecoveryInfo {
            original: None,
            saved_at_unix: 0,
        };
        group.bench_with_input(
            BenchmarkId::new("recovery_copy", cards),
            &journey,
            |b, journey| {
                b.iter(|| black_box(storage::recovery::write_copy(&copy, &info, journey).is_ok()));
            },
        );
    }
    group.finish();
}

/// A frame of the 10,000-card map at 100% while a card is dragged: the drop
/// target is found among all cards, the ghost and the drop bar are drawn.
fn drag_frame(c: &mut Criterion) {
    let cards = 10_000;
    let mut editor = Headless::new(cards);
    editor.app.queue(Command::ZoomActual);
    editor.frame();
    editor.frame();
    let canvas = editor.app.canvas().last_rect().shrink(100.0);
    let Some(start) = editor
        .app
        .document()
        .journey
        .cards
        .iter()
        .filter_map(|card| editor.app.canvas().card_screen_rect(card.id))
        .map(|rect| rect.center())
        .find(|center| canvas.contains(*center))
    else {
        panic!("a card is on screen at 100%");
    };
    let press = |pressed| egui::Event::PointerButton {
        pos: start,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    editor.frame_with(vec![egui::Event::PointerMoved(start)]);
    editor.frame_with(vec![press(true)]);
    for step in 1..=3 {
        #[expect(clippy::cast_precision_loss, reason = "`step` counts to 3")]
        let pos = start + egui::vec2(40.0 * step as f32, 60.0 * step as f32);
        editor.frame_with(vec![egui::Event::PointerMoved(pos)]);
    }
    assert!(
        editor.app.canvas().drag().is_some(),
        "a drag is in progress"
    );
    let mut flip = false;
    c.bench_function("frame/100% with a card drag in progress/10000", |b| {
        b.iter(|| {
            flip = !flip;
            let offset = if flip { 180.0 } else { 260.0 };
            let pos = start + egui::vec2(offset, 200.0);
            black_box(editor.frame_with(vec![egui::Event::PointerMoved(pos)]))
        });
    });
}

/// The `index`-th edit of a realistic mix: move, retext, recolour, span, add,
/// delete, duplicate and set an emotion value, each on a different card.
fn mixed_edit(journey: &Journey, index: usize) -> Edit {
    let card = &journey.cards[(index * 37) % journey.cards.len()];
    let other = &journey.cards[(index * 53 + 11) % journey.cards.len()];
    match index % 8 {
        0 => Edit::MoveCards {
            cards: vec![card.id],
            lane: other.lane,
            step: other.step,
            before: Some(other.id),
        },
        1 => Edit::SetCardText {
            card: card.id,
            title: format!("Edited card {index}"),
            notes: card.notes.clone(),
        },
        2 => Edit::RecolorCards {
            cards: vec![card.id],
            color: Some(CardColor::ALL[index % CardColor::ALL.len()]),
        },
        3 => Edit::SpanCard {
            card: card.id,
            span: 2,
        },
        4 => Edit::AddCard {
            lane: card.lane,
            step: card.step,
            before: None,
            title: format!("New card {index}"),
            notes: String::new(),
        },
        5 => Edit::DeleteCards(vec![card.id]),
        6 => Edit::DuplicateCards(vec![card.id]),
        _ => Edit::SetPoint {
            curve: journey.curves[0].id,
            step: journey.step_ids()[index % journey.step_count()],
            value: Some(1.0),
        },
    }
}

/// Resident memory of this process in KiB (Linux), as a cross-check of the estimate.
fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Applying and undoing one edit on the 10,000-card map, and the memory the
/// history holds after 1,000 edits (printed; the limit is 64 MB).
#[expect(
    clippy::print_stdout,
    reason = "the memory figure is a report, printed next to criterion's"
)]
fn edits(c: &mut Criterion) {
    let mut journey = generated(10_000);
    let mut history = History::default();
    let resident_before = resident_kib();
    // Count steps, not attempts: an edit that changes nothing records no step.
    for index in 0..5_000 {
        if history.undo_len() == 1_000 {
            break;
        }
        let edit = mixed_edit(&journey, index);
        let name = edit.name();
        if let Ok(inverse) = apply(&mut journey, edit) {
            history.record(name, inverse, None);
        }
    }
    let resident_after = resident_kib();
    #[expect(clippy::cast_precision_loss, reason = "a report")]
    let estimate_mib = history.approx_bytes() as f64 / (1024.0 * 1024.0);
    println!(
        "undo history after 1,000 edits on 10,000 cards: {} steps, {estimate_mib:.2} MiB estimated; \
         resident memory grew {} KiB (includes the edited map itself)",
        history.undo_len(),
        resident_after
            .zip(resident_before)
            .map_or_else(|| "?".to_owned(), |(a, b)| a.saturating_sub(b).to_string()),
    );
    assert!(estimate_mib < 64.0, "history must stay under 64 MB");

    let mut index = 0;
    c.bench_function("edit/apply, record and undo a card move/10000", |b| {
        b.iter(|| {
            index += 1;
            let edit = mixed_edit(&journey, index * 8);
            let inverse = apply(&mut journey, edit).unwrap_or_default();
            history.record(journeymap::i18n::text::edit::STEP_MOVE_CARD, inverse, None);
            black_box(history.undo(&mut journey).ok())
        });
    });
}

/// The 10,000-card map again, in 12 phases of 4 steps: frame (fit and
/// 100%), relayout after an edit, and load.
fn steps(c: &mut Criterion) {
    let stepped = || generated_with_steps(10_000, 12, 4);
    let mut group = c.benchmark_group("12x4 steps");
    let mut editor = Headless::with(stepped());
    editor.app.queue(Command::ZoomFit);
    editor.frame();
    group.bench_function("frame fit/10000", |b| b.iter(|| black_box(editor.frame())));
    editor.app.queue(Command::ZoomActual);
    editor.frame();
    group.bench_function("frame 100%/10000", |b| {
        b.iter(|| black_box(editor.frame()));
    });
    let mut journey = stepped();
    let mut canvas = journeymap::canvas::Canvas::new();
    let mut revision = 0;
    canvas.layout(&journey, revision);
    group.bench_function("relayout after an edit/10000", |b| {
        b.iter(|| {
            revision += 1;
            journey.cards[0].title = format!("Edited {revision}");
            black_box(canvas.layout(&journey, revision).bounds)
        });
    });
    let text = format::to_ron_string(&stepped());
    group.bench_function("load/10000", |b| {
        b.iter(|| black_box(format::from_ron_str(&text, Path::new("bench.ron"))));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = frames, drag_frame, edits, relayout, files, steps
}
criterion_main!(benches);
