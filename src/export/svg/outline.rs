//! Text as glyph outlines (`--text-as-paths`): each glyph's outline from
//! the shipped font, drawn at its size once in `<defs>` and placed with
//! `<use>` wherever egui placed the glyph. Every renderer draws that the
//! same, with or without fonts; the text is no longer text.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use skrifa::MetadataProvider as _;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};

use super::attr::num;
use super::fonts::Face;

/// The glyph outlines drawn so far, each once per face, glyph and size.
#[derive(Default)]
pub(super) struct Outlines {
    /// Element id of each drawn glyph (`None`: nothing to draw, a space).
    ids: BTreeMap<(usize, char, u32), Option<String>>,
    /// The `<path>` elements to put in `<defs>`.
    pub(super) defs: String,
}

impl Outlines {
    /// The id of `chr`'s outline in `face` (index `face_index`) at `size`
    /// points, drawing it the first time; `None` for a glyph without ink.
    pub(super) fn glyph(
        &mut self,
        face_index: usize,
        face: &Face,
        chr: char,
        size: f32,
    ) -> Option<String> {
        let key = (face_index, chr, size.to_bits());
        if let Some(id) = self.ids.get(&key) {
            return id.clone();
        }
        let next = self.ids.len();
        let id = outline(face, chr, size).map(|d| {
            let id = format!("g{next}");
            let _ = writeln!(self.defs, "<path id=\"{id}\" d=\"{d}\"/>");
            id
        });
        self.ids.insert(key, id.clone());
        id
    }
}

/// The outline of `chr` at `size` points, as path data around the glyph's
/// origin on the baseline (y down, as in the SVG); `None` when it has no ink.
fn outline(face: &Face, chr: char, size: f32) -> Option<String> {
    let font = face.font()?;
    let glyph_id = font.charmap().map(chr)?;
    let glyph = font.outline_glyphs().get(glyph_id)?;
    let mut pen = PathData::default();
    glyph
        .draw(
            DrawSettings::unhinted(Size::new(size), LocationRef::default()),
            &mut pen,
        )
        .ok()?;
    (!pen.d.is_empty()).then_some(pen.d)
}

/// SVG path data from a font's outline, its y axis turned to point down.
#[derive(Default)]
struct PathData {
    d: String,
}

impl PathData {
    fn point(&mut self, x: f32, y: f32) {
        let _ = write!(self.d, "{} {}", num(x), num(-y));
    }
}

impl OutlinePen for PathData {
    fn move_to(&mut self, x: f32, y: f32) {
        self.d.push('M');
        self.point(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.d.push('L');
        self.point(x, y);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.d.push('Q');
        self.point(cx0, cy0);
        self.d.push(' ');
        self.point(x, y);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.d.push('C');
        self.point(cx0, cy0);
        self.d.push(' ');
        self.point(cx1, cy1);
        self.d.push(' ');
        self.point(x, y);
    }

    fn close(&mut self) {
        self.d.push('Z');
    }
}
