//! Headless rendering: the map drawn by the same painter as the canvas, in an
//! egui context of its own, tessellated by epaint and rasterized on the CPU.

use egui::emath::TSTransform;
use egui::{Color32, Pos2, Rect, Vec2, vec2};

use super::limits::{MAX_PIXELS, POINTS_PER_INCH};
use super::raster::{TextureStore, rasterize};
use super::{Background, ExportError, ExportOptions, ExportSize};
use crate::layout::{self, MapLayout, Metrics};
use crate::model::Journey;
use crate::paint::{self, FontMeasure, PaintOptions};
use crate::theme;

/// Points of empty space around the map on a slide.
const SLIDE_MARGIN: f32 = 0.04;

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
    let map_size = vec2(bounds.width().ceil(), bounds.height().ceil());
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
            let room = slide * (1.0 - 2.0 * SLIDE_MARGIN);
            let ppp = (room / map_size).min_elem();
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
    if width * height > MAX_PIXELS || width > u64::from(u32::MAX) || height > u64::from(u32::MAX) {
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

/// The layout every export uses: measured at one pixel per point, so the
/// picture has the same proportions at every scale.
fn export_layout(
    ctx: &egui::Context,
    journey: &Journey,
    options: &ExportOptions,
    textures: &mut TextureStore,
) -> MapLayout {
    let metrics = Metrics {
        lang: options.lang,
        show_legend: options.show_legend,
        ..Metrics::default()
    };
    let mut layout = None;
    let mut output = frame(ctx, vec2(1.0, 1.0), 1.0, |ui| {
        let measure = FontMeasure::new(ui.ctx());
        layout = Some(layout::layout(journey, &metrics, &measure));
    });
    textures.apply(&output.textures_delta);
    output.textures_delta.clear();
    layout.unwrap_or_else(|| layout::layout(journey, &metrics, &FontMeasure::new(ctx)))
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
    /// Draws `journey` as the export options ask, without rasterizing yet.
    ///
    /// # Errors
    /// The size is unusable or the picture would exceed [`MAX_PIXELS`].
    pub fn draw(
        &mut self,
        journey: &Journey,
        options: &ExportOptions,
    ) -> Result<Drawing, ExportError> {
        draw(&self.ctx, journey, options, &mut self.textures)
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

fn draw(
    ctx: &egui::Context,
    journey: &Journey,
    options: &ExportOptions,
    textures: &mut TextureStore,
) -> Result<Drawing, ExportError> {
    let journey = match options.phases {
        Some((first, last)) => super::subset::phase_range(journey, first, last),
        None => journey.clone(),
    };
    let layout = export_layout(ctx, &journey, options, textures);
    let placement = place(options, layout.bounds)?;
    let size_px = size_px(&placement)?;
    let paint_options = PaintOptions {
        show_title: options.show_title,
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
            &journey,
            &layout,
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
