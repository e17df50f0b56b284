//! The fonts the SVG's text needs, carried inside it: for each shipped font
//! a glyph was drawn with, a subset holding just the characters drawn, as an
//! `@font-face` with a `data:` URI under a family name of our own, so a font
//! installed on the viewer's machine never stands in for it.
//!
//! Which font drew a glyph is decided the way egui decides it: the first
//! font of the text's family (its fallback list) whose character map has
//! the character.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::sync::Arc;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData as FontFile;
use allsorts::subset::{CmapTarget, SubsetProfile};
use base64::Engine as _;
use egui::FontFamily;
use skrifa::MetadataProvider as _;

use crate::theme::fonts::SEMIBOLD;

/// One font a glyph of the drawing came from.
pub(super) struct Face {
    /// The font's name in egui's font definitions ("Inter", "Noto Emoji"…).
    name: String,
    /// The font file and the face in it.
    data: Arc<egui::FontData>,
}

impl Face {
    /// The font as skrifa reads it, for glyph ids and outlines.
    pub(super) fn font(&self) -> Option<skrifa::FontRef<'_>> {
        skrifa::FontRef::from_index(self.bytes(), self.data.index).ok()
    }

    /// The whole font file.
    fn bytes(&self) -> &[u8] {
        (*self.data.font).as_ref()
    }

    /// The family name the SVG's CSS gives this font: ours alone.
    fn css_family(&self) -> String {
        format!("Journeymap {}", self.name)
    }

    /// What `<text>` names as its font: ours, then what a viewer that
    /// ignores `@font-face` should look for.
    pub(super) fn text_attrs(&self) -> String {
        let (fallback, weight) = if self.name == SEMIBOLD {
            ("Inter, sans-serif", " font-weight=\"600\"")
        } else if self.name.starts_with("Inter") {
            ("Inter, sans-serif", "")
        } else {
            ("sans-serif", "")
        };
        format!(
            " font-family=\"'{}', {fallback}\"{weight}",
            self.css_family()
        )
    }
}

/// The fonts the drawing's text used so far, and the characters drawn with each.
#[derive(Default)]
pub(super) struct UsedFonts {
    faces: Vec<Face>,
    /// Characters drawn with each face, by the face's index.
    chars: Vec<BTreeSet<char>>,
    /// Which face (index into `faces`) draws a character of a family.
    choice: HashMap<(FontFamily, char), Option<usize>>,
}

impl UsedFonts {
    /// The face egui draws `chr` of `family` with, noting that it is used;
    /// `None` for a character no font has (egui draws tofu there).
    pub(super) fn face_for(
        &mut self,
        ctx: &egui::Context,
        family: &FontFamily,
        chr: char,
    ) -> Option<usize> {
        let key = (family.clone(), chr);
        let index = if let Some(index) = self.choice.get(&key) {
            *index
        } else {
            let name = ctx.fonts_mut(|fonts| {
                fonts
                    .characters(family)
                    .get(&chr)
                    .and_then(|names| names.first().cloned())
            });
            let index = name.and_then(|name| self.face_named(ctx, &name));
            self.choice.insert(key, index);
            index
        };
        if let Some(chars) = index.and_then(|index| self.chars.get_mut(index)) {
            chars.insert(chr);
        }
        index
    }

    fn face_named(&mut self, ctx: &egui::Context, name: &str) -> Option<usize> {
        if let Some(index) = self.faces.iter().position(|face| face.name == name) {
            return Some(index);
        }
        let data = ctx.fonts(|fonts| fonts.definitions().font_data.get(name).cloned())?;
        self.faces.push(Face {
            name: name.to_owned(),
            data,
        });
        self.chars.push(BTreeSet::new());
        Some(self.faces.len() - 1)
    }

    pub(super) fn face(&self, index: usize) -> Option<&Face> {
        self.faces.get(index)
    }

    /// A `<style>` with one `@font-face` per font used, holding a subset of
    /// it with the characters drawn; empty when no text was written.
    pub(super) fn style(&self) -> String {
        let mut css = String::new();
        for (face, chars) in self.faces.iter().zip(&self.chars) {
            if chars.is_empty() {
                continue;
            }
            // A font the subsetter cannot read goes in whole: bigger, still right.
            let bytes = subset(face, chars).unwrap_or_else(|| face.bytes().to_vec());
            let (mime, format) = if is_cff(face.bytes()) {
                ("font/otf", "opentype")
            } else {
                ("font/ttf", "truetype")
            };
            let weight = if face.name == SEMIBOLD { 600 } else { 400 };
            let _ = writeln!(
                css,
                "@font-face{{font-family:'{}';font-weight:{weight};src:url(data:{mime};base64,{}) format('{format}')}}",
                face.css_family(),
                base64::engine::general_purpose::STANDARD.encode(bytes)
            );
        }
        if css.is_empty() {
            css
        } else {
            format!("<style>\n{css}</style>\n")
        }
    }

    /// The characters drawn with each font, by the font's name (for tests
    /// and the report of what was embedded).
    #[cfg(test)]
    pub(super) fn chars_by_font(&self) -> std::collections::BTreeMap<String, BTreeSet<char>> {
        self.faces
            .iter()
            .zip(&self.chars)
            .map(|(face, chars)| (face.name.clone(), chars.clone()))
            .collect()
    }
}

/// The font cut down to `.notdef` and the glyphs of `chars`, with a Unicode
/// character map (browsers refuse fonts without one). Layout tables stay
/// out: every glyph's position is written in the SVG, so the viewer has
/// nothing to shape.
fn subset(face: &Face, chars: &BTreeSet<char>) -> Option<Vec<u8>> {
    let font = face.font()?;
    let charmap = font.charmap();
    let mut glyphs: Vec<u16> = chars
        .iter()
        .filter_map(|&chr| charmap.map(chr))
        .filter_map(|glyph| u16::try_from(glyph.to_u32()).ok())
        .collect();
    glyphs.push(0);
    glyphs.sort_unstable();
    glyphs.dedup();
    let file = ReadScope::new(face.bytes()).read::<FontFile<'_>>().ok()?;
    let provider = file
        .table_provider(usize::try_from(face.data.index).ok()?)
        .ok()?;
    allsorts::subset::subset(
        &provider,
        &glyphs,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .ok()
}

/// `OTTO` starts a font with CFF outlines (Inter), anything else has
/// TrueType outlines (the emoji fonts).
fn is_cff(font: &[u8]) -> bool {
    font.starts_with(b"OTTO")
}
