//! Preview thumbnails of the templates, drawn by the export renderer on a
//! worker thread and kept as textures for as long as the app runs, so the
//! "New from Template" dialog opens instantly the second time.
//!
//! The UI thread never renders: it asks for a thumbnail, shows a placeholder,
//! and picks the finished picture up on a later frame.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, Sender};

use crate::export::{Background, ExportOptions, ExportSize, Renderer, SlideOptions};
use crate::i18n::Lang;
use crate::templates::{self, Template};

/// Which picture: a template's name, the language of its content, and the
/// width in pixels (the screen's pixel density decides it).
type Key = (&'static str, Lang, u32);

/// A thumbnail as the dialog finds it.
pub enum Preview {
    /// Being drawn.
    Pending,
    /// Ready to show.
    Ready(egui::TextureHandle),
    /// Could not be drawn; the reason, for the tooltip.
    Failed(String),
}

/// A finished rendering on its way back from the worker.
struct Rendered {
    key: Key,
    image: Result<egui::ColorImage, String>,
}

/// The worker that draws thumbnails, one at a time, reusing one renderer (its
/// fonts and glyph atlas) for all of them.
struct Worker {
    jobs: Sender<Key>,
    results: Receiver<Rendered>,
}

/// Every thumbnail asked for so far, and the worker drawing them.
#[derive(Default)]
pub struct TemplatePreviews {
    previews: HashMap<Key, Preview>,
    worker: Option<Worker>,
}

impl TemplatePreviews {
    /// The thumbnail of `template` in `lang`, `width_px` pixels wide; asks the
    /// worker for it the first time.
    pub fn get(&mut self, template: &'static Template, lang: Lang, width_px: u32) -> &Preview {
        let key = (template.name, template.content_lang(lang), width_px);
        if !self.previews.contains_key(&key) {
            let preview = match self.send(key) {
                Ok(()) => Preview::Pending,
                Err(reason) => Preview::Failed(reason),
            };
            self.previews.insert(key, preview);
        }
        &self.previews[&key]
    }

    fn send(&mut self, key: Key) -> Result<(), String> {
        if self.worker.is_none() {
            self.worker = Some(Worker::start()?);
        }
        let sent = self.worker.as_ref().map(|worker| worker.jobs.send(key));
        if sent == Some(Ok(())) {
            Ok(())
        } else {
            self.worker = None;
            Err("the preview worker stopped".to_owned())
        }
    }

    /// Whether some thumbnail asked for is still being drawn.
    pub fn pending(&self) -> bool {
        self.previews
            .values()
            .any(|preview| matches!(preview, Preview::Pending))
    }

    /// Takes the thumbnails the worker finished into textures. Returns whether
    /// some are still being drawn.
    pub fn poll(&mut self, ctx: &egui::Context) -> bool {
        if let Some(worker) = &self.worker {
            while let Ok(done) = worker.results.try_recv() {
                let (name, lang, width) = done.key;
                let preview = match done.image {
                    Ok(image) => Preview::Ready(ctx.load_texture(
                        format!("template-preview-{name}-{}-{width}", lang.code()),
                        image,
                        egui::TextureOptions::LINEAR,
                    )),
                    Err(reason) => Preview::Failed(reason),
                };
                self.previews.insert(done.key, preview);
            }
        }
        self.pending()
    }
}

impl Worker {
    fn start() -> Result<Self, String> {
        let (jobs, job_receiver) = mpsc::channel::<Key>();
        let (result_sender, results) = mpsc::channel();
        std::thread::Builder::new()
            .name("template-previews".to_owned())
            .spawn(move || {
                let mut renderer = Renderer::default();
                // Ends when the app drops its sender or stops listening.
                for key in job_receiver {
                    let image = render(&mut renderer, key);
                    if result_sender.send(Rendered { key, image }).is_err() {
                        break;
                    }
                }
            })
            .map_err(|error| format!("could not start drawing previews: {error}"))?;
        Ok(Self { jobs, results })
    }
}

/// Draws one thumbnail: the template's map without title and legend, so
/// the miniature shows what differs between templates (phases, lanes, cards).
fn render(
    renderer: &mut Renderer,
    (name, lang, width_px): Key,
) -> Result<egui::ColorImage, String> {
    let template = templates::find(name).ok_or_else(|| format!("no template {name}"))?;
    let journey = template.build(lang);
    let options = ExportOptions {
        size: ExportSize::Width(width_px),
        background: Background::White,
        show_title: false,
        show_legend: false,
        phases: None,
        // Numbers as the map's own language writes them.
        lang: journey.content_lang(lang),
        text_as_paths: false,
        slides: SlideOptions::default(),
    };
    let mut drawing = renderer
        .draw(&journey, &options)
        .map_err(|error| error.to_string())?;
    let primitives = renderer.tessellate(&mut drawing);
    let image = renderer.rasterize(&drawing, &primitives);
    let size = [image.width() as usize, image.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        image.as_raw(),
    ))
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;

    /// Draws every thumbnail as the dialog does and prints how long each took
    /// (`cargo test --release --lib template_previews -- --nocapture`).
    #[test]
    fn every_template_has_a_thumbnail_of_the_asked_width() {
        let mut renderer = Renderer::default();
        for template in templates::catalog() {
            for lang in Lang::ALL {
                let started = Instant::now();
                let image = render(&mut renderer, (template.name, lang, 256))
                    .unwrap_or_else(|error| panic!("{}: {error}", template.name));
                let took = started.elapsed();
                println!(
                    "{:<26} {} {}×{} px in {:>5.1} ms",
                    template.name,
                    lang.code(),
                    image.width(),
                    image.height(),
                    took.as_secs_f64() * 1000.0
                );
                assert_eq!(image.width(), 256, "{}", template.name);
                let distinct = image
                    .pixels
                    .iter()
                    .collect::<std::collections::HashSet<_>>()
                    .len();
                assert!(distinct > 20, "{}: the thumbnail is blank", template.name);
            }
        }
    }
}
