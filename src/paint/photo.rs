//! Persona photos as textures, cached in the egui context that draws them:
//! the canvas's, the headless exporter's, the persona panel's.
//!
//! A photo is decoded once per persona and content, never per frame (the
//! check is a pointer comparison, since the document shares the bytes); from
//! that square the cache makes one texture per size bucket (a power of two
//! of the drawn size in pixels), so a texture is never sampled at less than
//! half its resolution. The CPU rasterizer and wgpu only filter
//! on magnification, and minifying a 320-pixel photo into 48 pixels would
//! alias.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use egui::{Color32, ColorImage, Context, Mesh, Pos2, Rect, Shape, TextureHandle, TextureId};
use image::RgbaImage;

use crate::model::{Persona, PersonaId, Photo};

/// Smallest and largest texture made for a photo, in pixels.
const SIZE_BUCKETS: (u32, u32) = (32, 512);

/// Segments of the circle a round photo is cut to: smooth at 4× export.
const CIRCLE_SEGMENTS: u32 = 96;

/// The decoded photo of one persona and the textures made from it.
struct Entry {
    /// The photo decoded below (sharing the document's bytes); `None`
    /// before the first decode.
    photo: Option<Photo>,
    /// The centre square, at most [`crate::photo::STORED_SIDE`]; `None` when the
    /// photo cannot be decoded (then the avatar shows initials, and the photo
    /// is not tried again until it changes).
    square: Option<Arc<RgbaImage>>,
    /// Textures by size bucket.
    textures: BTreeMap<u32, TextureHandle>,
}

/// The cache kept in a context's temporary data.
#[derive(Default)]
struct PhotoTextures {
    entries: HashMap<PersonaId, Entry>,
    /// Which photo a texture shows, for SVG export (which writes the photo's
    /// own bytes instead of pixels).
    photos: HashMap<TextureId, Photo>,
}

type Shared = Arc<Mutex<PhotoTextures>>;

fn shared(ctx: &Context) -> Shared {
    ctx.data_mut(|data| {
        Arc::clone(
            data.get_temp_mut_or_default::<Shared>(egui::Id::unique("persona_photo_textures")),
        )
    })
}

/// A texture of `persona`'s photo (its centre square) for drawing it
/// `size_px` pixels wide; `None` without a photo or when it cannot be decoded.
pub fn photo_texture(ctx: &Context, persona: &Persona, size_px: f32) -> Option<TextureId> {
    let photo = persona.photo.as_ref()?;
    let cache = shared(ctx);
    // A poisoned lock only means another thread panicked mid-update; the
    // cache is rebuilt from the document, so carry on with what is there.
    let mut cache = cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let PhotoTextures { entries, photos } = &mut *cache;
    let entry = entries.entry(persona.id).or_insert_with(|| Entry {
        photo: None,
        square: None,
        textures: BTreeMap::new(),
    });
    // Every frame asks, so the usual answer must be cheap: the same shared
    // bytes. Equal bytes elsewhere (a reloaded file) are compared once and
    // then adopted, so the next frame is a pointer comparison again.
    let shared_bytes = entry
        .photo
        .as_ref()
        .is_some_and(|known| known.shares_bytes(photo));
    if !shared_bytes {
        if entry.photo.as_ref() != Some(photo) {
            for texture in std::mem::take(&mut entry.textures).values() {
                photos.remove(&texture.id());
            }
            entry.square = crate::photo::decode_square(photo, crate::photo::STORED_SIDE)
                .ok()
                .map(Arc::new);
        }
        entry.photo = Some(photo.clone());
    }
    let square = entry.square.as_ref()?;
    let bucket = size_bucket(size_px).min(square.width());
    let texture = entry.textures.entry(bucket).or_insert_with(|| {
        let pixels = if bucket == square.width() {
            (**square).clone()
        } else {
            image::imageops::resize(
                &**square,
                bucket,
                bucket,
                image::imageops::FilterType::CatmullRom,
            )
        };
        let image =
            ColorImage::from_rgba_unmultiplied([bucket as usize, bucket as usize], pixels.as_raw());
        ctx.load_texture(
            format!("persona-photo-{}-{bucket}", persona.id),
            image,
            egui::TextureOptions::LINEAR,
        )
    });
    let id = texture.id();
    photos.entry(id).or_insert_with(|| photo.clone());
    Some(id)
}

/// The photo a texture made by [`photo_texture`] shows.
pub fn photo_of_texture(ctx: &Context, texture: TextureId) -> Option<Photo> {
    let cache = shared(ctx);
    let cache = cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    cache.photos.get(&texture).cloned()
}

/// The power of two at or above `size_px`, within [`SIZE_BUCKETS`].
fn size_bucket(size_px: f32) -> u32 {
    let (smallest, largest) = SIZE_BUCKETS;
    if !size_px.is_finite() || size_px <= 0.0 {
        return smallest;
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "small numbers, clamped"
    )]
    let size = size_px.ceil().min(largest as f32) as u32;
    size.next_power_of_two().clamp(smallest, largest)
}

/// A disc showing `texture` (a square picture) at `center` with `radius`,
/// in target points.
pub fn round_photo(texture: TextureId, center: Pos2, radius: f32) -> Shape {
    let mut mesh = Mesh::with_texture(texture);
    mesh.vertices.push(egui::epaint::Vertex {
        pos: center,
        uv: egui::pos2(0.5, 0.5),
        color: Color32::WHITE,
    });
    for i in 0..=CIRCLE_SEGMENTS {
        #[expect(clippy::cast_precision_loss, reason = "small numbers")]
        let angle = std::f32::consts::TAU * i as f32 / CIRCLE_SEGMENTS as f32;
        let direction = egui::vec2(angle.cos(), angle.sin());
        mesh.vertices.push(egui::epaint::Vertex {
            pos: center + direction * radius,
            uv: egui::pos2(0.5, 0.5) + direction * 0.5,
            color: Color32::WHITE,
        });
        if i > 0 {
            mesh.add_triangle(0, i, i + 1);
        }
    }
    Shape::mesh(mesh)
}

/// The square a round photo mesh covers (for SVG, which clips an `<image>`).
pub fn photo_bounds(mesh: &Mesh) -> Rect {
    mesh.calc_bounds()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_buckets_are_powers_of_two_within_limits() {
        assert_eq!(size_bucket(1.0), 32);
        assert_eq!(size_bucket(48.0), 64);
        assert_eq!(size_bucket(64.0), 64);
        assert_eq!(size_bucket(65.0), 128);
        assert_eq!(size_bucket(5000.0), 512);
        assert_eq!(size_bucket(f32::NAN), 32);
    }

    #[test]
    fn a_photo_is_decoded_once_and_its_texture_reused() {
        let ctx = Context::default();
        let mut bytes = Vec::new();
        RgbaImage::from_pixel(200, 100, image::Rgba([10, 20, 30, 255]))
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut bytes))
            .unwrap();
        let mut persona = Persona::new(PersonaId(1), "Lena");
        persona.photo = Photo::from_bytes(bytes);
        let first = photo_texture(&ctx, &persona, 40.0).unwrap();
        assert_eq!(photo_texture(&ctx, &persona, 60.0), Some(first));
        assert_eq!(photo_of_texture(&ctx, first), persona.photo);
        // Bigger than the photo itself: the photo's own size, 100 pixels.
        let large = photo_texture(&ctx, &persona, 400.0).unwrap();
        assert_ne!(large, first);
        persona.photo = Photo::from_bytes(b"\x89PNG\r\n\x1a\nbroken".to_vec());
        assert_eq!(photo_texture(&ctx, &persona, 40.0), None);
        assert_eq!(
            photo_of_texture(&ctx, first),
            None,
            "the old texture is gone"
        );
    }
}
