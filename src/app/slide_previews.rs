//! The slide series as thumbnails in the export dialog: the same plan the
//! export will write, drawn small on a worker thread, so the user sees how
//! many slides there will be and what each shows before writing any.
//!
//! The UI thread never plans or renders. A change of the choices waits a
//! moment (dragging the smallest-text value changes them every frame), then
//! starts a new worker; the old one notices it is no longer wanted and stops
//! after the slide it is drawing.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use crate::export::{ExportOptions, ExportSize, Renderer};
use crate::model::Journey;

/// How long the choices must stay unchanged before the series is planned.
const SETTLE: Duration = Duration::from_millis(300);

/// The width of a thumbnail in the dialog, in points.
pub const THUMBNAIL_WIDTH: f32 = 120.0;

/// Thumbnails are drawn at twice their size in points, sharp on a high-density
/// screen and still cheap (a 240-pixel slide is a few milliseconds).
const THUMBNAIL_PIXELS_PER_POINT: f32 = 2.0;

/// What the planned series looks like so far.
pub enum SeriesPreview {
    /// Waiting for the choices to settle, or planning.
    Planning,
    /// The series has this many slides; those drawn so far are `Some`.
    Slides(Vec<Option<egui::TextureHandle>>),
    /// The series could not be planned or drawn: why.
    Failed(String),
}

/// What a worker sends back.
enum Message {
    /// The plan: how many slides.
    Count(usize),
    /// Slide `index` drawn.
    Slide(usize, egui::ColorImage),
    /// Drawing a slide failed.
    Failed(String),
}

/// The choices a preview was made for: the map's revision and the options.
#[derive(Clone, PartialEq)]
struct Request {
    revision: u64,
    options: ExportOptions,
}

/// The export dialog's series preview.
pub struct SlidePreviews {
    request: Option<Request>,
    changed: Instant,
    started: bool,
    stop: Arc<AtomicBool>,
    results: Option<Receiver<Message>>,
    series: SeriesPreview,
}

impl Default for SlidePreviews {
    fn default() -> Self {
        Self {
            request: None,
            changed: Instant::now(),
            started: false,
            stop: Arc::new(AtomicBool::new(false)),
            results: None,
            series: SeriesPreview::Planning,
        }
    }
}

impl SlidePreviews {
    /// The preview of the series `options` export of `journey` (at
    /// `revision`) writes: starts planning it once the choices settle, and
    /// takes in what the worker finished since the last frame.
    pub fn series(
        &mut self,
        ctx: &egui::Context,
        journey: &Journey,
        revision: u64,
        options: &ExportOptions,
    ) -> &SeriesPreview {
        let request = Request {
            revision,
            options: options.clone(),
        };
        if self.request.as_ref() != Some(&request) {
            self.cancel();
            self.request = Some(request);
            self.changed = Instant::now();
            self.series = SeriesPreview::Planning;
        }
        if !self.started {
            let waited = self.changed.elapsed();
            if waited >= SETTLE {
                self.start(ctx, journey.clone(), options.clone());
            } else {
                ctx.request_repaint_after(SETTLE.saturating_sub(waited));
            }
        }
        self.take_results(ctx);
        &self.series
    }

    /// Whether slides are still being planned or drawn.
    pub fn pending(&self) -> bool {
        if self.request.is_none() {
            return false;
        }
        match &self.series {
            SeriesPreview::Planning => true,
            SeriesPreview::Slides(slides) => slides.iter().any(Option::is_none),
            SeriesPreview::Failed(_) => false,
        }
    }

    /// Stops the worker and forgets the preview (the dialog closed).
    pub fn clear(&mut self) {
        self.cancel();
        self.request = None;
        self.series = SeriesPreview::Planning;
    }

    fn cancel(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        self.results = None;
        self.started = false;
    }

    fn start(&mut self, ctx: &egui::Context, journey: Journey, options: ExportOptions) {
        let stop = Arc::new(AtomicBool::new(false));
        let (sender, results) = mpsc::channel();
        let worker_stop = Arc::clone(&stop);
        let worker_ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("slide-previews".to_owned())
            .spawn(move || {
                draw_series(&journey, &options, &worker_stop, &sender, &worker_ctx);
            });
        self.started = true;
        match spawned {
            Ok(_) => {
                self.stop = stop;
                self.results = Some(results);
            }
            Err(error) => {
                self.series =
                    SeriesPreview::Failed(format!("could not start drawing slides: {error}"));
            }
        }
    }

    fn take_results(&mut self, ctx: &egui::Context) {
        let Some(results) = &self.results else {
            return;
        };
        loop {
            match results.try_recv() {
                Ok(Message::Count(count)) => {
                    self.series = SeriesPreview::Slides(vec![None; count]);
                }
                Ok(Message::Slide(index, image)) => {
                    if let SeriesPreview::Slides(slides) = &mut self.series
                        && let Some(slot) = slides.get_mut(index)
                    {
                        *slot = Some(ctx.load_texture(
                            format!("slide-preview-{index}"),
                            image,
                            egui::TextureOptions::LINEAR,
                        ));
                    }
                }
                Ok(Message::Failed(reason)) => self.series = SeriesPreview::Failed(reason),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.results = None;
                    if matches!(self.series, SeriesPreview::Planning) {
                        self.series = SeriesPreview::Failed("the slide preview stopped".to_owned());
                    }
                    break;
                }
            }
        }
    }
}

/// The worker: plans the series exactly as the export does, then draws each
/// slide small, sending each as soon as it is done.
fn draw_series(
    journey: &Journey,
    options: &ExportOptions,
    stop: &AtomicBool,
    sender: &Sender<Message>,
    ctx: &egui::Context,
) {
    let mut renderer = Renderer::default();
    let pages = renderer.pages(journey, options);
    let send = |message| {
        let sent = sender.send(message).is_ok();
        ctx.request_repaint();
        sent
    };
    if !send(Message::Count(pages.len())) {
        return;
    }
    let small = ExportOptions {
        size: thumbnail_size(options.size),
        ..options.clone()
    };
    for (index, page) in pages.iter().enumerate() {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let message = match renderer.draw_page(page, &small) {
            Ok(mut drawing) => {
                let primitives = renderer.tessellate(&mut drawing);
                let image = renderer.rasterize(&drawing, &primitives);
                let size = [image.width() as usize, image.height() as usize];
                Message::Slide(
                    index,
                    egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw()),
                )
            }
            Err(error) => Message::Failed(error.to_string()),
        };
        if !send(message) {
            return;
        }
    }
}

/// A slide of the same shape, [`THUMBNAIL_WIDTH`] points wide: the page is
/// laid out for the real slide, only drawn smaller.
fn thumbnail_size(size: ExportSize) -> ExportSize {
    match size {
        ExportSize::Slide(width, height) => {
            let thumbnail = thumbnail_pixels(width, height);
            ExportSize::Slide(thumbnail[0], thumbnail[1])
        }
        other => other,
    }
}

/// The pixel size of a thumbnail of a `width` × `height` slide.
pub fn thumbnail_pixels(width: u32, height: u32) -> [u32; 2] {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a few hundred pixels"
    )]
    let thumbnail_width = (THUMBNAIL_WIDTH * THUMBNAIL_PIXELS_PER_POINT) as u32;
    let thumbnail_height = u64::from(thumbnail_width) * u64::from(height) / u64::from(width.max(1));
    [
        thumbnail_width,
        u32::try_from(thumbnail_height)
            .unwrap_or(thumbnail_width)
            .max(1),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::SlideOptions;

    #[test]
    fn a_thumbnail_keeps_the_slides_shape() {
        assert_eq!(thumbnail_pixels(1920, 1080), [240, 135]);
        assert_eq!(thumbnail_pixels(1024, 768), [240, 180]);
        assert_eq!(thumbnail_pixels(0, 768)[0], 240);
    }

    /// The worker plans the same series the export writes and draws every
    /// slide of it, each a picture with something on it.
    #[test]
    fn the_worker_draws_every_slide_the_export_plans() {
        let journey = crate::templates::example_map();
        let options = ExportOptions {
            size: ExportSize::Slide(1920, 1080),
            slides: SlideOptions {
                min_text: Some(40.0),
                overview: true,
            },
            ..ExportOptions::default()
        };
        let expected = Renderer::default().pages(&journey, &options).len();
        assert!(expected > 2, "a series: {expected} slides");
        let (sender, results) = mpsc::channel();
        draw_series(
            &journey,
            &options,
            &AtomicBool::new(false),
            &sender,
            &egui::Context::default(),
        );
        drop(sender);
        let messages: Vec<Message> = results.iter().collect();
        assert!(matches!(messages[0], Message::Count(count) if count == expected));
        let slides: Vec<&egui::ColorImage> = messages
            .iter()
            .filter_map(|message| match message {
                Message::Slide(_, image) => Some(image),
                _ => None,
            })
            .collect();
        assert_eq!(slides.len(), expected);
        for image in slides {
            assert_eq!(image.size, [240, 135]);
            let distinct: std::collections::HashSet<_> = image.pixels.iter().collect();
            assert!(distinct.len() > 10, "a blank thumbnail");
        }
    }

    #[test]
    fn a_stopped_worker_draws_nothing_more() {
        let journey = crate::templates::example_map();
        let options = ExportOptions {
            size: ExportSize::Slide(1920, 1080),
            ..ExportOptions::default()
        };
        let (sender, results) = mpsc::channel();
        draw_series(
            &journey,
            &options,
            &AtomicBool::new(true),
            &sender,
            &egui::Context::default(),
        );
        drop(sender);
        let messages: Vec<Message> = results.iter().collect();
        assert_eq!(messages.len(), 1, "only the plan, no slide");
    }
}
