//! File → Export image…: the choices, the resulting size, and the export itself
//! running off the UI thread with progress.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use egui::Ui;

use crate::export::{self, Background, ExportOptions, ExportSize, ImageFormat};
use crate::layout::MapLayout;
use crate::model::Journey;

/// How the size is chosen in the dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SizeMode {
    Scale,
    Width,
    Dpi,
    Slide,
}

/// The dialog's choices; kept for the session, so the next export starts from the last one.
#[derive(Clone, Debug)]
pub struct ExportChoices {
    format: ImageFormat,
    size_mode: SizeMode,
    scale: f32,
    width: u32,
    dpi: f32,
    slide: (u32, u32),
    background: Background,
    show_title: bool,
    show_legend: bool,
    whole_map: bool,
    first_phase: usize,
    last_phase: usize,
}

impl Default for ExportChoices {
    fn default() -> Self {
        Self {
            format: ImageFormat::Png,
            size_mode: SizeMode::Scale,
            scale: 2.0,
            width: 3840,
            dpi: 300.0,
            slide: (1920, 1080),
            background: Background::White,
            show_title: true,
            show_legend: true,
            whole_map: true,
            first_phase: 0,
            last_phase: usize::MAX,
        }
    }
}

impl ExportChoices {
    /// The export options these choices stand for, for a map of `phase_count` phases.
    pub fn options(&self, phase_count: usize) -> ExportOptions {
        let last = phase_count.saturating_sub(1);
        ExportOptions {
            size: match self.size_mode {
                SizeMode::Scale => ExportSize::Scale(self.scale),
                SizeMode::Width => ExportSize::Width(self.width),
                SizeMode::Dpi => ExportSize::Dpi(self.dpi),
                SizeMode::Slide => ExportSize::Slide(self.slide.0, self.slide.1),
            },
            background: self.background,
            show_title: self.show_title,
            show_legend: self.show_legend,
            phases: (!self.whole_map).then(|| {
                let first = self.first_phase.min(last);
                (first, self.last_phase.clamp(first, last))
            }),
        }
    }
}

/// The picture's size in pixels as the canvas's layout predicts it.
pub fn predicted_size(layout: &MapLayout, options: &ExportOptions) -> [u32; 2] {
    let mut width = layout.bounds.width().ceil();
    let height = layout.bounds.height().ceil();
    if let Some((first, last)) = options.phases {
        let dropped: f32 = layout
            .phases
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < first || *i > last)
            .map(|(_, phase)| phase.column.width())
            .sum();
        width -= dropped;
    }
    let scale = match options.size {
        ExportSize::Scale(scale) => scale,
        ExportSize::Dpi(dpi) => dpi / 96.0,
        #[allow(clippy::cast_precision_loss)] // pixel counts are small
        ExportSize::Width(pixels) => pixels as f32 / width.max(1.0),
        ExportSize::Slide(w, h) => return [w, h],
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small, positive
    [
        (width * scale).round() as u32,
        (height * scale).round() as u32,
    ]
}

/// An export running in the background.
pub struct ExportJob {
    /// Where the picture goes.
    pub path: PathBuf,
    started: Instant,
    receiver: mpsc::Receiver<Result<(), String>>,
}

impl ExportJob {
    /// Starts exporting `journey` to `path` on a worker thread.
    pub fn start(
        ctx: &egui::Context,
        journey: Journey,
        options: ExportOptions,
        path: PathBuf,
    ) -> Self {
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let target = path.clone();
        std::thread::spawn(move || {
            let result =
                export::export_to_file(&journey, &options, &target).map_err(|e| e.to_string());
            let _ = sender.send(result);
            ctx.request_repaint();
        });
        Self {
            path,
            started: Instant::now(),
            receiver,
        }
    }

    /// The outcome, once the export finished.
    pub fn poll(&self) -> Option<Result<(), String>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                Some(Err("the export stopped unexpectedly".to_owned()))
            }
        }
    }

    /// Shows progress once the export takes longer than a moment.
    pub fn progress_ui(&self, ctx: &egui::Context) {
        if self.started.elapsed() < Duration::from_millis(300) {
            ctx.request_repaint_after(Duration::from_millis(100));
            return;
        }
        egui::Modal::new(egui::Id::unique("export_progress")).show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!("Exporting {} …", file_name(&self.path)));
            });
        });
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// What the user decided in the dialog this frame.
pub enum ExportDecision {
    /// Keep showing the dialog.
    Open,
    /// Closed without exporting.
    Cancel,
    /// Export with these options in this format.
    Export(ExportOptions, ImageFormat),
}

/// The export dialog.
pub fn export_dialog_ui(
    ctx: &egui::Context,
    choices: &mut ExportChoices,
    journey: &Journey,
    layout: &MapLayout,
) -> ExportDecision {
    let mut decision = ExportDecision::Open;
    let response = egui::Modal::new(egui::Id::unique("export_dialog")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading("Export image");
        ui.add_space(6.0);
        egui::Grid::new("export_grid")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                ui.label("Format");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut choices.format, ImageFormat::Png, "PNG");
                    ui.radio_value(&mut choices.format, ImageFormat::Svg, "SVG");
                });
                ui.end_row();
                size_rows(ui, choices);
                ui.label("Background");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut choices.background, Background::White, "White");
                    ui.radio_value(&mut choices.background, Background::Theme, "Theme");
                    ui.radio_value(&mut choices.background, Background::Transparent, "Transparent");
                });
                ui.end_row();
                ui.label("Show");
                ui.horizontal(|ui| {
                    ui.checkbox(&mut choices.show_title, "Title and persona");
                    ui.checkbox(&mut choices.show_legend, "Legend");
                });
                ui.end_row();
                phase_rows(ui, choices, journey);
            });
        let options = choices.options(journey.phases.len());
        let [width, height] = predicted_size(layout, &options);
        ui.add_space(8.0);
        let pixels = u64::from(width) * u64::from(height);
        if pixels > export::MAX_PIXELS {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!(
                    "{width} × {height} px is more than the {} megapixel limit; choose a smaller size.",
                    export::MAX_PIXELS / 1_000_000
                ),
            );
        } else {
            ui.label(format!("Result: {width} × {height} pixels"));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let can_export = pixels <= export::MAX_PIXELS;
            if ui.add_enabled(can_export, egui::Button::new("Export…")).clicked() {
                decision = ExportDecision::Export(options, choices.format);
            }
            if ui.button("Cancel").clicked() {
                decision = ExportDecision::Cancel;
            }
        });
    });
    if response.should_close() && matches!(decision, ExportDecision::Open) {
        decision = ExportDecision::Cancel;
    }
    decision
}

fn size_rows(ui: &mut Ui, choices: &mut ExportChoices) {
    ui.label("Size");
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            ui.radio_value(&mut choices.size_mode, SizeMode::Scale, "Scale");
            ui.radio_value(&mut choices.size_mode, SizeMode::Width, "Width");
            ui.radio_value(&mut choices.size_mode, SizeMode::Dpi, "Print DPI");
            ui.radio_value(&mut choices.size_mode, SizeMode::Slide, "Fit to slide");
        });
        match choices.size_mode {
            SizeMode::Scale => {
                ui.horizontal(|ui| {
                    let label = ui.label("Pixels per point");
                    let slider = egui::Slider::new(&mut choices.scale, 1.0..=4.0)
                        .step_by(0.5)
                        .suffix("×");
                    ui.add(slider).labelled_by(label.id);
                });
            }
            SizeMode::Width => {
                ui.horizontal(|ui| {
                    let label = ui.label("Width");
                    let value = egui::DragValue::new(&mut choices.width)
                        .range(100..=30_000)
                        .suffix(" px");
                    ui.add(value).labelled_by(label.id);
                });
            }
            SizeMode::Dpi => {
                ui.horizontal(|ui| {
                    let label = ui.label("Resolution");
                    let value = egui::DragValue::new(&mut choices.dpi)
                        .range(72.0..=1200.0)
                        .suffix(" dpi");
                    ui.add(value).labelled_by(label.id);
                });
            }
            SizeMode::Slide => {
                ui.horizontal(|ui| {
                    ui.radio_value(&mut choices.slide, (1920, 1080), "1920 × 1080");
                    ui.radio_value(&mut choices.slide, (3840, 2160), "3840 × 2160");
                });
            }
        }
    });
    ui.end_row();
}

fn phase_rows(ui: &mut Ui, choices: &mut ExportChoices, journey: &Journey) {
    ui.label("Phases");
    ui.vertical(|ui| {
        ui.checkbox(&mut choices.whole_map, "Whole map");
        if !choices.whole_map && !journey.phases.is_empty() {
            let last = journey.phases.len() - 1;
            choices.first_phase = choices.first_phase.min(last);
            choices.last_phase = choices.last_phase.clamp(choices.first_phase, last);
            ui.horizontal(|ui| {
                phase_combo(ui, "From", &mut choices.first_phase, journey);
                phase_combo(ui, "to", &mut choices.last_phase, journey);
            });
            choices.last_phase = choices.last_phase.max(choices.first_phase);
        }
    });
    ui.end_row();
}

fn phase_combo(ui: &mut Ui, label: &str, index: &mut usize, journey: &Journey) {
    let label = ui.label(label);
    let selected = journey
        .phases
        .get(*index)
        .map_or("", |phase| phase.name.as_str());
    egui::ComboBox::from_id_salt(label.id)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            for (i, phase) in journey.phases.iter().enumerate() {
                ui.selectable_value(index, i, &phase.name);
            }
        })
        .response
        .labelled_by(label.id);
}
