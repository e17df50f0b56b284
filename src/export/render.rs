//! Headless rendering: the map drawn by the same painter as the canvas, in an
//! egui context of its own, tessellated by epaint and rasterized on the CPU.

use egui::emath::TSTransform;
use egui::{Color32, Pos2, Rect, Vec2, vec2};

use super::limits::{MAX_PIXELS, POINTS_PER_INCH};
use super::raster::{TextureStore, rasterize};
use super::slides::{self, Part, Planner, Slide};
use super::{Background, ExportError, ExportOptions, ExportSize};
use crate::layout::{self, MapLayout, Metrics, TitleShown};
use crate::model::Journey;
use crate::paint::{self, FontMeasure, PaintOptions};
use crate::theme;

/// A map drawn to shapes, ready to rasterize or to write as SVG.
pub struct Drawing {
    /// The context the shapes were made in (its fonts own the text).
    pub ctx: egui::Context,
    /// The frame's output: shapes and the font atlas.
    pub output: egui::FullOutput,
    /// Size of the picture in pixels.
    pub size_px: [u32; 2],
    /// Pixels per map point.
    pub pixels_per_point: f32,
    /// The background colour to clear to.
    pub clear: Color32,
    /// Print resolution to record in the file.
    pub dpi: f32,
}

/// Where the map goes in the picture.
struct Placement {
    /// Picture size in points.
    size: Vec2,
    /// Map points to picture points.
    picture_from_map: TSTransform,
    /// Pixels per picture point.
    pixels_per_point: f32,
    dpi: f32,
}

fn place(options: &ExportOptions, bounds: Rect) -> Result<Placement, ExportError> {
    // Whole points, so scale 2 gives exactly twice the pixels of scale 1.
    let map_size = slides::map_size(bounds);
    let to_origin = TSTransform::from_translation(-bounds.min.to_vec2());
    let scaled = |ppp: f32| Placement {
        size: map_size,
        picture_from_map: to_origin,
        pixels_per_point: ppp,
        dpi: POINTS_PER_INCH * ppp,
    };
    let placement = match options.size {
        ExportSize::Scale(scale) => scaled(scale),
        ExportSize::Dpi(dpi) => scaled(dpi / POINTS_PER_INCH),
        #[expect(
            clippy::cast_precision_loss,
            reason = "pixel counts are far below 2^24"
        )]
        ExportSize::Width(width) => scaled(width as f32 / map_size.x),
        #[expect(
            clippy::cast_precision_loss,
            reason = "slide sizes are a few thousand pixels, far below 2^24"
        )]
        ExportSize::Slide(width, height) => {
            let slide = vec2(width as f32, height as f32);
            let ppp = (slides::room((width, height)) / map_size).min_elem();
            let size = slide / ppp;
            let offset = (size - map_size) / 2.0;
            // PowerPoint's 16:9 slide is 13.333 inches wide.
            Placement {
                size,
                picture_from_map: TSTransform::from_translation(offset) * to_origin,
                pixels_per_point: ppp,
                dpi: slide.x / 13.333,
            }
        }
    };
    if !(placement.pixels_per_point.is_finite() && placement.pixels_per_point > 0.0) {
        return Err(ExportError::BadScale);
    }
    Ok(placement)
}

/// The picture's size in pixels for a placement.
fn size_px(placement: &Placement) -> Result<[u32; 2], ExportError> {
    let size = (placement.size * placement.pixels_per_point).round();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "checked just below"
    )]
    let (width, height) = (size.x.max(1.0) as u64, size.y.max(1.0) as u64);
    if width > u64::from(u32::MAX) || height > u64::from(u32::MAX) {
        return Err(ExportError::TooLarge { width, height });
    }
    #[expect(clippy::cast_possible_truncation, reason = "checked above")]
    Ok([width as u32, height as u32])
}

/// Runs one headless frame of `size` points at `ppp` pixels per point.
fn frame(
    ctx: &egui::Context,
    size: Vec2,
    ppp: f32,
    ui: impl FnMut(&mut egui::Ui),
) -> egui::FullOutput {
    let mut input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
        ..egui::RawInput::default()
    };
    if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(ppp);
    }
    ctx.run_ui(input, ui)
}

/// One picture of an export: the part of the map it shows, laid out for it.
pub struct Page {
    /// The map, or the part of it this picture shows.
    pub journey: Journey,
    /// Its layout.
    pub layout: MapLayout,
    /// Which part of the exported map a slide of a series shows; `None`
    /// for the whole (exported) map.
    pub part: Option<Part>,
}

/// Runs `work` in a measuring frame at one pixel per point, so every
/// layout of an export has the same proportions at every scale, and keeps
/// the glyphs it measured.
fn measuring<T>(
    ctx: &egui::Context,
    textures: &mut TextureStore,
    work: impl FnOnce(&FontMeasure<'_>) -> T,
) -> T {
    let mut work = Some(work);
    let mut result = None;
    let mut output = frame(ctx, vec2(1.0, 1.0), 1.0, |ui| {
        if let Some(work) = work.take() {
            result = Some(work(&FontMeasure::new(ui.ctx())));
        }
    });
    textures.apply(&output.textures_delta);
    output.textures_delta.clear();
    match (result, work) {
        (Some(result), _) => result,
        // egui runs the closure at least once; should it ever not, measure
        // outside a frame rather than fail.
        (None, Some(work)) => work(&FontMeasure::new(ctx)),
        (None, None) => unreachable!("the work ran but left no result"),
    }
}

/// The exported map: the phase range the options ask for, or all of it.
fn exported(journey: &Journey, options: &ExportOptions) -> Journey {
    match options.phases {
        Some((first, last)) => super::subset::phase_range(journey, first, last),
        None => journey.clone(),
    }
}

fn metrics(options: &ExportOptions) -> Metrics {
    Metrics {
        lang: options.lang,
        show_legend: options.show_legend,
        title: if options.show_title {
            TitleShown::Full
        } else {
            TitleShown::Hidden
        },
        ..Metrics::default()
    }
}

/// The slide planner for a slide export, `None` for other sizes.
fn planner<'a>(
    journey: &Journey,
    options: &ExportOptions,
    measure: &'a FontMeasure<'_>,
) -> Option<Planner<'a>> {
    let ExportSize::Slide(width, height) = options.size else {
        return None;
    };
    Some(Planner {
        measure,
        metrics: metrics(options),
        slide: (width, height),
        options: options.slides,
        show_title: options.show_title,
        phase_numbers: (
            options.phases.map_or(0, |(first, _)| first),
            journey.phases.len(),
        ),
    })
}

fn page_of(slide: Slide) -> Page {
    Page {
        journey: slide.journey,
        layout: slide.layout,
        part: slide.part,
    }
}

/// An egui context with the shipped fonts and the textures it made, kept
/// between exports: loading fonts and filling the glyph atlas is most of a
/// first export's time, and a second export of the same map reuses both.
pub struct Renderer {
    ctx: egui::Context,
    textures: TextureStore,
}

impl Default for Renderer {
    fn default() -> Self {
        let ctx = egui::Context::default();
        theme::install(&ctx);
        Self {
            ctx,
            textures: TextureStore::default(),
        }
    }
}

impl Renderer {
    /// Draws the whole (exported) map as one picture, without rasterizing
    /// yet: a slide export fits it to the slide whatever its text size.
    ///
    /// # Errors
    /// The size is unusable.
    pub fn draw(
        &mut self,
        journey: &Journey,
        options: &ExportOptions,
    ) -> Result<Drawing, ExportError> {
        let part = exported(journey, options);
        let page = measuring(&self.ctx, &mut self.textures, |measure| {
            match planner(journey, options, measure) {
                Some(planner) => page_of(planner.whole(&part)),
                None => whole_page(&part, options, measure),
            }
        });
        self.draw_page(&page, options)
    }

    /// The pictures an export of `journey` writes: one, or a slide series
    /// when a slide's card text would be too small (see [`Planner::plan`]).
    pub fn pages(&mut self, journey: &Journey, options: &ExportOptions) -> Vec<Page> {
        let part = exported(journey, options);
        measuring(&self.ctx, &mut self.textures, |measure| {
            match planner(journey, options, measure) {
                Some(planner) => planner.plan(&part).into_iter().map(page_of).collect(),
                None => vec![whole_page(&part, options, measure)],
            }
        })
    }

    /// Draws one page of an export, without rasterizing yet.
    ///
    /// # Errors
    /// The size is unusable.
    pub fn draw_page(
        &mut self,
        page: &Page,
        options: &ExportOptions,
    ) -> Result<Drawing, ExportError> {
        let mut drawing = draw(&self.ctx, page, options)?;
        // The glyphs the frame added are kept now, so a drawing dropped
        // unrasterized (an SVG, a refused size) leaves no delta behind.
        self.textures.apply(&drawing.output.textures_delta);
        drawing.output.textures_delta.clear();
        Ok(drawing)
    }

    /// Checks that a drawing is small enough to rasterize: at most
    /// [`MAX_PIXELS`]. An SVG holds shapes, not pixels, so it has no such limit.
    ///
    /// # Errors
    /// [`ExportError::TooLarge`] with the picture's size.
    pub fn check_raster_size(drawing: &Drawing) -> Result<(), ExportError> {
        let [width, height] = drawing.size_px.map(u64::from);
        if width * height > MAX_PIXELS {
            return Err(ExportError::TooLarge { width, height });
        }
        Ok(())
    }

    /// Tessellates a drawing and takes its glyph atlas into the textures.
    pub fn tessellate(&mut self, drawing: &mut Drawing) -> Vec<egui::ClippedPrimitive> {
        tessellate_drawing(drawing, &mut self.textures)
    }

    /// Rasterizes tessellated meshes of a drawing.
    pub fn rasterize(
        &self,
        drawing: &Drawing,
        primitives: &[egui::ClippedPrimitive],
    ) -> image::RgbaImage {
        rasterize_primitives(drawing, primitives, &self.textures)
    }
}

/// The whole exported map as one page, laid out at the map's own widths.
fn whole_page(journey: &Journey, options: &ExportOptions, measure: &FontMeasure<'_>) -> Page {
    Page {
        layout: layout::layout(journey, &metrics(options), measure),
        journey: journey.clone(),
        part: None,
    }
}

fn draw(ctx: &egui::Context, page: &Page, options: &ExportOptions) -> Result<Drawing, ExportError> {
    let (journey, layout) = (&page.journey, &page.layout);
    let placement = place(options, layout.bounds)?;
    let size_px = size_px(&placement)?;
    let paint_options = PaintOptions {
        // The layout leaves the title block empty when it is hidden.
        show_title: true,
        paper: options.background.paints_paper(),
        palette: options.background.palette(),
        lang: options.lang,
    };
    let background = options.background;
    let output = frame(ctx, placement.size, placement.pixels_per_point, |ui| {
        let painter = ui.painter();
        if background == Background::Theme {
            // The map as a sheet on the editor's desk, inside the margin.
            painter.rect_filled(painter.clip_rect(), 0.0, theme::CANVAS_BACKGROUND);
            let sheet =
                placement.picture_from_map * layout.bounds.shrink(Metrics::default().margin / 2.0);
            painter.rect_filled(
                sheet.translate(vec2(0.0, theme::SHEET_SHADOW_OFFSET)),
                theme::EXPORT_SHEET_RADIUS,
                theme::SHADOW,
            );
            painter.rect_filled(sheet, theme::EXPORT_SHEET_RADIUS, theme::PAPER);
        }
        paint::paint_map(
            painter,
            journey,
            layout,
            placement.picture_from_map,
            paint_options,
        );
    });
    let clear = background.clear_color();
    Ok(Drawing {
        ctx: ctx.clone(),
        output,
        size_px,
        pixels_per_point: placement.pixels_per_point,
        clear,
        dpi: placement.dpi,
    })
}

/// Tessellates a drawing's shapes into meshes at its pixel density, and takes
/// its font atlas into `textures`.
fn tessellate_drawing(
    drawing: &mut Drawing,
    textures: &mut TextureStore,
) -> Vec<egui::ClippedPrimitive> {
    textures.apply(&drawing.output.textures_delta);
    drawing.output.textures_delta.clear();
    let shapes = std::mem::take(&mut drawing.output.shapes);
    drawing.ctx.tessellate(shapes, drawing.pixels_per_point)
}

/// Rasterizes tessellated meshes of a drawing into pixels (straight alpha).
fn rasterize_primitives(
    drawing: &Drawing,
    primitives: &[egui::ClippedPrimitive],
    textures: &TextureStore,
) -> image::RgbaImage {
    rasterize(
        primitives,
        textures,
        drawing.size_px,
        drawing.pixels_per_point,
        drawing.clear,
    )
}
