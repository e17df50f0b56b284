//! File → Export image…: the choices, the resulting size, and the export itself
//! running off the UI thread with progress.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use egui::Ui;

use super::slide_previews::{self, SeriesPreview, SlidePreviews};
use crate::export::{
    self, Background, ExportChoices, ExportOptions, ExportSize, ImageFormat, SizeMode,
    SlideOptions, limits,
};
use crate::i18n::{Arg, text::export_dialog as t, tr, tr_args};
use crate::layout::MapLayout;
use crate::model::Journey;
use crate::theme;

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
        #[expect(clippy::cast_precision_loss, reason = "pixel counts are small")]
        ExportSize::Width(pixels) => pixels as f32 / width.max(1.0),
        ExportSize::Slide(w, h) => return [w, h],
    };
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "small, positive"
    )]
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
    receiver: mpsc::Receiver<Result<Vec<PathBuf>, String>>,
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

    /// The outcome, once the export finished: the files written.
    pub fn poll(&self) -> Option<Result<Vec<PathBuf>, String>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(tr(t::STOPPED))),
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
                let file = file_name(&self.path);
                ui.label(tr_args(t::EXPORTING, &[("file", (&file).into())]));
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

/// The map the dialog exports, as the editor has it now.
pub struct Exported<'a> {
    /// The map.
    pub journey: &'a Journey,
    /// Its revision, to know when a slide preview is out of date.
    pub revision: u64,
    /// The canvas's layout of it, which predicts the picture's size.
    pub layout: &'a MapLayout,
}

/// The export dialog.
pub fn export_dialog_ui(
    ctx: &egui::Context,
    choices: &mut ExportChoices,
    exported: &Exported<'_>,
    previews: &mut SlidePreviews,
) -> ExportDecision {
    let (journey, layout) = (exported.journey, exported.layout);
    let mut decision = ExportDecision::Open;
    let response = egui::Modal::new(egui::Id::unique("export_dialog")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(tr(t::HEADING));
        ui.add_space(6.0);
        egui::Grid::new("export_grid")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                ui.label(tr(t::FORMAT));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut choices.format, ImageFormat::Png, "PNG");
                    ui.radio_value(&mut choices.format, ImageFormat::Svg, "SVG");
                });
                ui.end_row();
                if choices.format == ImageFormat::Svg {
                    ui.label(tr(t::TEXT));
                    ui.checkbox(&mut choices.text_as_paths, tr(t::TEXT_AS_PATHS));
                    ui.end_row();
                }
                size_rows(ui, choices);
                let label = ui.label(tr(t::BACKGROUND));
                background_ui(ui, &mut choices.background, label.id);
                ui.end_row();
                ui.label(tr(t::SHOW));
                ui.horizontal(|ui| {
                    ui.checkbox(&mut choices.show_title, tr(t::SHOW_TITLE));
                    ui.checkbox(&mut choices.show_legend, tr(t::SHOW_LEGEND));
                });
                ui.end_row();
                phase_rows(ui, choices, journey);
            });
        let lang = journey.content_lang(crate::i18n::current());
        let options = choices.options(journey.phases.len(), lang);
        let [width, height] = predicted_size(layout, &options);
        ui.add_space(8.0);
        let pixels = u64::from(width) * u64::from(height);
        // Pixel sizes are written without thousands separators, as image
        // sizes always are ("3840 × 2160").
        let (width, height) = (width.to_string(), height.to_string());
        let size = [("width", Arg::from(&width)), ("height", Arg::from(&height))];
        if pixels > limits::MAX_PIXELS {
            let limit = limits::MAX_MEGAPIXELS;
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr_args(
                    t::TOO_BIG,
                    &[size[0].clone(), size[1].clone(), ("limit", limit.into())],
                ),
            );
        } else {
            ui.label(tr_args(t::RESULT, &size));
        }
        if let ExportSize::Slide(width, height) = options.size {
            let series = previews.series(ctx, journey, exported.revision, &options);
            series_ui(ui, series, (width, height));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let can_export = pixels <= limits::MAX_PIXELS;
            if ui
                .add_enabled(can_export, egui::Button::new(tr(t::EXPORT)))
                .clicked()
            {
                decision = ExportDecision::Export(options, choices.format);
            }
            if ui.button(tr(t::CANCEL)).clicked() {
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
    ui.label(tr(t::SIZE));
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            for (mode, name) in [
                (SizeMode::Scale, t::SIZE_SCALE),
                (SizeMode::Width, t::SIZE_WIDTH),
                (SizeMode::Dpi, t::SIZE_DPI),
                (SizeMode::Slide, t::SIZE_SLIDE),
            ] {
                ui.radio_value(&mut choices.size_mode, mode, tr(name));
            }
        });
        match choices.size_mode {
            SizeMode::Scale => {
                ui.horizontal(|ui| {
                    let label = ui.label(tr(t::PIXELS_PER_POINT));
                    let slider = egui::Slider::new(&mut choices.scale, limits::DIALOG_SCALE)
                        .step_by(0.5)
                        .suffix("×");
                    ui.add(slider).labelled_by(label.id);
                });
            }
            SizeMode::Width => {
                ui.horizontal(|ui| {
                    let label = ui.label(tr(t::WIDTH));
                    let value = egui::DragValue::new(&mut choices.width)
                        .range(limits::WIDTH)
                        .suffix(format!(" {}", tr(t::UNIT_PX)));
                    ui.add(value).labelled_by(label.id);
                });
            }
            SizeMode::Dpi => {
                ui.horizontal(|ui| {
                    let label = ui.label(tr(t::RESOLUTION));
                    let value = egui::DragValue::new(&mut choices.dpi)
                        .range(limits::DPI)
                        .suffix(format!(" {}", tr(t::UNIT_DPI)));
                    ui.add(value).labelled_by(label.id);
                });
            }
            SizeMode::Slide => slide_rows(ui, choices),
        }
    });
    ui.end_row();
}

/// The slide's size, the smallest card text before the map becomes a
/// series, and whether the series opens with the whole map.
fn slide_rows(ui: &mut Ui, choices: &mut ExportChoices) {
    ui.horizontal(|ui| {
        for (width, height) in limits::SLIDES {
            let (w, h) = (width.to_string(), height.to_string());
            let name = tr_args(
                t::SLIDE_SIZE,
                &[("width", (&w).into()), ("height", (&h).into())],
            );
            ui.radio_value(&mut choices.slide, (width, height), name);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr(t::MIN_TEXT));
        // The default follows the slide's height (10 pt), so it is shown as
        // a number but kept as "default" until the user changes it.
        let default = SlideOptions::default().min_text_px(choices.slide.1).round();
        let mut value = choices.min_text.unwrap_or(default);
        let drag = egui::DragValue::new(&mut value)
            .range(limits::MIN_TEXT)
            .speed(0.5)
            .max_decimals(0)
            .suffix(format!(" {}", tr(t::UNIT_PX)));
        let response = ui
            .add(drag)
            .labelled_by(label.id)
            .on_hover_text(tr(t::MIN_TEXT_HINT));
        if response.changed() {
            // Whole pixels: the default is stored as "none", so a later change
            // of slide size moves it along.
            let chosen = value.round();
            choices.min_text = ((chosen - default).abs() >= 0.5).then_some(chosen);
        }
    });
    ui.checkbox(&mut choices.overview, tr(t::OVERVIEW));
}

/// The series the export will write, as thumbnails, with its slide count.
fn series_ui(ui: &mut Ui, series: &SeriesPreview, slide: (u32, u32)) {
    match series {
        SeriesPreview::Planning => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr(t::SERIES_PLANNING));
            });
        }
        SeriesPreview::Failed(error) => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr_args(t::SERIES_FAILED, &[("error", error.into())]),
            );
        }
        SeriesPreview::Slides(slides) => {
            let total = slides.len();
            ui.label(tr_args(t::SERIES_COUNT, &[("count", total.into())]));
            let [width, height] = slide_previews::thumbnail_pixels(slide.0, slide.1);
            #[expect(clippy::cast_precision_loss, reason = "a few hundred pixels")]
            let size = egui::vec2(
                slide_previews::THUMBNAIL_WIDTH,
                slide_previews::THUMBNAIL_WIDTH * height as f32 / width as f32,
            );
            egui::ScrollArea::vertical()
                .max_height(size.y * 2.0 + 24.0)
                .show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        for (index, slot) in slides.iter().enumerate() {
                            let name = tr_args(
                                t::SLIDE_THUMBNAIL,
                                &[("number", (index + 1).into()), ("total", total.into())],
                            );
                            thumbnail_ui(ui, slot.as_ref(), size, name);
                        }
                    });
                });
        }
    }
}

/// One slide's thumbnail, framed; a spinner until it is drawn.
fn thumbnail_ui(
    ui: &mut Ui,
    texture: Option<&egui::TextureHandle>,
    size: egui::Vec2,
    name: String,
) {
    let response = if let Some(texture) = texture {
        ui.add(egui::Image::new((texture.id(), size)).alt_text(name.clone()))
    } else {
        let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
        egui::Spinner::new().paint_at(ui, rect.shrink(size.y / 3.0));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, name.clone()));
        response
    };
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    ui.painter()
        .rect_stroke(response.rect, 0.0, stroke, egui::StrokeKind::Outside);
    response.on_hover_text(name);
}

/// The background as a drop-down: five choices, two of them for dark slides,
/// are too many for a row of radio buttons in the dialog's width.
fn background_ui(ui: &mut Ui, background: &mut Background, label: egui::Id) {
    let name = |background: Background| {
        tr(match background {
            Background::White => t::BACKGROUND_WHITE,
            Background::Dark => t::BACKGROUND_DARK,
            Background::Transparent => t::BACKGROUND_TRANSPARENT,
            Background::TransparentDark => t::BACKGROUND_TRANSPARENT_DARK,
            Background::Theme => t::BACKGROUND_THEME,
        })
    };
    egui::ComboBox::from_id_salt("export_background")
        .selected_text(name(*background))
        .width(theme::EXPORT_CHOICE_WIDTH)
        .show_ui(ui, |ui| {
            for choice in Background::ALL {
                ui.selectable_value(background, choice, name(choice));
            }
        })
        .response
        .labelled_by(label);
}

fn phase_rows(ui: &mut Ui, choices: &mut ExportChoices, journey: &Journey) {
    ui.label(tr(t::PHASES));
    ui.vertical(|ui| {
        ui.checkbox(&mut choices.whole_map, tr(t::WHOLE_MAP));
        if !choices.whole_map && !journey.phases.is_empty() {
            let last = journey.phases.len() - 1;
            choices.first_phase = choices.first_phase.min(last);
            choices.last_phase = choices.last_phase.clamp(choices.first_phase, last);
            ui.horizontal(|ui| {
                phase_combo(ui, &tr(t::PHASE_FROM), &mut choices.first_phase, journey);
                phase_combo(ui, &tr(t::PHASE_TO), &mut choices.last_phase, journey);
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
