//! GPU-free renderer for `egui_kittest`: `harness.render()` runs on the CPU
//! rasterizer that exports use, so snapshots are deterministic and need no GPU.

use egui::{Color32, TexturesDelta};
use egui_kittest::TestRenderer;
use journeymap::export::raster::{TextureStore, rasterize};

/// A [`TestRenderer`] backed by the export rasterizer; the returned image has
/// straight alpha.
#[derive(Default)]
pub struct SoftwareRenderer {
    textures: TextureStore,
    background: Color32,
}

impl SoftwareRenderer {
    /// A renderer that clears to `background`.
    pub fn with_background(background: Color32) -> Self {
        Self {
            textures: TextureStore::default(),
            background,
        }
    }
}

impl TestRenderer for SoftwareRenderer {
    fn handle_delta(&mut self, delta: &mut TexturesDelta) {
        self.textures.apply(delta);
        delta.clear();
    }

    fn render(
        &mut self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
    ) -> Result<image::RgbaImage, String> {
        let ppp = ctx.pixels_per_point();
        let size = (ctx.content_rect().size() * ppp).round();
        let primitives = ctx.tessellate(output.shapes.clone(), ppp);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "the test screen is a few hundred whole pixels"
        )]
        let size_px = [size.x as u32, size.y as u32];
        Ok(rasterize(
            &primitives,
            &self.textures,
            size_px,
            ppp,
            self.background,
        ))
    }
}
