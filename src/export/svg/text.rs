//! Text: one `<text>` per run of glyphs that share a section (size and
//! colour), a baseline and the font egui drew them with, with every glyph's
//! x, so the SVG wraps and spaces text exactly as the map does. With text
//! as paths, the same runs are groups of placed glyph outlines instead.

use std::fmt::Write as _;

use egui::Color32;
use egui::emath::GuiRounding as _;
use egui::epaint::TextShape;
use egui::epaint::text::ByteIndex;

use super::Svg;
use super::attr::{clip_attr, escape, fill_attr, num};

/// Glyphs written together: same section, baseline and font.
struct Run {
    section: usize,
    face: Option<usize>,
    y: f32,
    xs: Vec<f32>,
    text: String,
}

impl Svg {
    pub(super) fn text(&mut self, shape: &TextShape, clip: Option<&str>) {
        if shape.opacity_factor <= 0.0 {
            return;
        }
        let galley = &shape.galley;
        let job = &galley.job;
        // The picture's pixels hold the galley's corner, as when tessellating
        // for the PNG; the glyphs inside it are on pixels already.
        let origin = shape.pos.round_to_pixels(self.pixels_per_point);
        let turned = shape.angle != 0.0;
        if turned {
            let _ = writeln!(
                self.body,
                "<g transform=\"rotate({} {} {})\">",
                num(shape.angle.to_degrees()),
                num(origin.x),
                num(origin.y)
            );
        }
        // Glyphs follow the text's characters in order, minus the newlines that
        // end rows; walking both finds each glyph's section (font and colour).
        let mut chars = job.text.char_indices().filter(|(_, c)| *c != '\n');
        for placed in &galley.rows {
            let mut run: Option<Run> = None;
            for glyph in &placed.row.glyphs {
                let byte = chars.next().map_or(0, |(i, _)| i);
                let section = job
                    .sections
                    .iter()
                    .position(|s| s.byte_range.contains(&ByteIndex(byte)))
                    .unwrap_or(0);
                let family = job
                    .sections
                    .get(section)
                    .map(|s| s.format.font_id.family.clone())
                    .unwrap_or_default();
                // A character no font has, or a joiner, stays in the run it is in.
                let face = self
                    .fonts
                    .face_for(&self.ctx, &family, glyph.chr)
                    .or_else(|| run.as_ref()?.face);
                let x = origin.x + placed.pos.x + glyph.pos.x;
                let y = origin.y + placed.pos.y + glyph.pos.y;
                if run.as_ref().is_some_and(|r| {
                    r.section != section || r.face != face || r.y.to_bits() != y.to_bits()
                }) && let Some(done) = run.take()
                {
                    self.text_run(&done, shape, clip);
                }
                let run = run.get_or_insert_with(|| Run {
                    section,
                    face,
                    y,
                    xs: Vec::new(),
                    text: String::new(),
                });
                run.xs.push(x);
                run.text.push(glyph.chr);
            }
            if let Some(done) = run {
                self.text_run(&done, shape, clip);
            }
            if shape.underline.width > 0.0 && shape.underline.color.a() > 0 {
                let rect = placed.rect().translate(origin.to_vec2());
                self.line(
                    [rect.left_bottom(), rect.right_bottom()],
                    shape.underline,
                    clip,
                );
            }
        }
        if turned {
            self.body.push_str("</g>\n");
        }
    }

    /// The colour egui's tessellator gives a section's glyphs: the drawing's
    /// own colour, faded as the tessellator fades it.
    #[expect(
        clippy::disallowed_methods,
        reason = "the colour is the drawing's, not a design choice"
    )]
    fn text_color(shape: &TextShape, section: Color32) -> Color32 {
        let color = match shape.override_text_color {
            Some(color) => color,
            None if section == Color32::PLACEHOLDER => shape.fallback_color,
            None => section,
        };
        if shape.opacity_factor < 1.0 {
            color.gamma_multiply(shape.opacity_factor)
        } else {
            color
        }
    }

    fn text_run(&mut self, run: &Run, shape: &TextShape, clip: Option<&str>) {
        if run.text.trim().is_empty() {
            return;
        }
        let Some(section) = shape.galley.job.sections.get(run.section) else {
            return;
        };
        let format = &section.format;
        let color = Self::text_color(shape, format.color);
        let size = format.font_id.size;
        if self.text_as_paths {
            self.outlined_run(run, size, color, clip);
            return;
        }
        let font = run.face.and_then(|face| self.fonts.face(face)).map_or_else(
            || " font-family=\"sans-serif\"".to_owned(),
            super::fonts::Face::text_attrs,
        );
        let xs: Vec<String> = run.xs.iter().map(|x| num(*x)).collect();
        let _ = writeln!(
            self.body,
            "<text x=\"{}\" y=\"{}\"{font} font-size=\"{}\"{}{}>{}</text>",
            xs.join(" "),
            num(run.y),
            num(size),
            fill_attr(color),
            clip_attr(clip),
            escape(&run.text)
        );
    }

    /// A run as its glyphs' outlines, each placed where egui placed the glyph.
    fn outlined_run(&mut self, run: &Run, size: f32, color: Color32, clip: Option<&str>) {
        let Some(face) = run
            .face
            .and_then(|index| self.fonts.face(index).map(|f| (index, f)))
        else {
            return;
        };
        let mut uses = String::new();
        for (chr, x) in run.text.chars().zip(&run.xs) {
            if let Some(id) = self.outlines.glyph(face.0, face.1, chr, size) {
                let _ = writeln!(
                    uses,
                    "<use href=\"#{id}\" x=\"{}\" y=\"{}\"/>",
                    num(*x),
                    num(run.y)
                );
            }
        }
        if !uses.is_empty() {
            let _ = write!(
                self.body,
                "<g{}{}>\n{uses}</g>\n",
                fill_attr(color),
                clip_attr(clip)
            );
        }
    }
}
