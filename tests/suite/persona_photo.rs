//! A persona photo end to end: imported from disk, saved in the map and read
//! back unchanged, and drawn on the persona card of PNG and SVG exports.

use crate::common;

use std::path::Path;

use journeymap::export::{self, ExportOptions, ExportSize};
use journeymap::layout::{self, Metrics};
use journeymap::model::{Journey, Persona, PersonaId};
use journeymap::paint::FontMeasure;

/// The portrait's skin tone (tests/data/persona-portrait.jpg).
const SKIN: [u8; 3] = [241, 194, 160];

fn map_with_photo(photo: bool) -> Journey {
    let mut journey = common::small_map();
    let mut persona = Persona::new(PersonaId(90), "Lena Berger");
    persona.age = Some(34);
    persona.occupation = "Architektin".into();
    persona.quote = "Ich will sicher sein.".into();
    if photo {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/persona-portrait.jpg");
        persona.photo = Some(journeymap::photo::import(&path).expect("the portrait imports"));
    }
    journey.personas.push(persona);
    journey.primary_persona = Some(PersonaId(90));
    journey
}

#[test]
fn a_map_with_a_photo_saves_canonically_and_loads_unchanged() {
    let journey = map_with_photo(true);
    let text = journeymap::format::to_ron_string(&journey);
    assert!(
        text.contains("photo: Some(\"/9j/"),
        "a JPEG in base64 on one line"
    );
    let loaded = journeymap::format::from_ron_str(&text, Path::new("photo.ron")).unwrap();
    assert_eq!(common::content(&loaded), common::content(&journey));
    assert_eq!(journeymap::format::to_ron_string(&loaded), text);
}

/// The centre of the persona card's avatar in a 1× export, in pixels.
fn avatar_center(journey: &Journey) -> (u32, u32) {
    let ctx = egui::Context::default();
    journeymap::theme::install(&ctx);
    let mut map_layout = None;
    // Fonts are ready after a first pass, as in the exporter.
    for _ in 0..2 {
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            map_layout = Some(layout::layout(
                journey,
                &Metrics::default(),
                &FontMeasure::new(ui.ctx()),
            ));
        });
        output.textures_delta.clear();
    }
    let map_layout = map_layout.unwrap();
    let card = map_layout.title_block.persona.expect("a persona card");
    let offset = Metrics::default().header_padding + layout::PERSONA_AVATAR_SIZE / 2.0;
    let center = card.min + egui::vec2(offset, offset) - map_layout.bounds.min.to_vec2();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "small, positive pixel coordinates"
    )]
    (center.x.round() as u32, center.y.round() as u32)
}

/// Pixels within the avatar's disc that show the portrait's skin.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "small, positive pixel coordinates"
)]
fn skin_pixels(image: &image::RgbaImage, (cx, cy): (u32, u32)) -> usize {
    let radius = (layout::PERSONA_AVATAR_SIZE / 2.0 - 4.0) as i64;
    let mut count = 0;
    for dy in -radius..=radius {
        for dx in -radius..=radius {
            if dx * dx + dy * dy > radius * radius {
                continue;
            }
            let (x, y) = (i64::from(cx) + dx, i64::from(cy) + dy);
            let pixel = image.get_pixel(x as u32, y as u32).0;
            if (0..3).all(|c| pixel[c].abs_diff(SKIN[c]) <= 12) {
                count += 1;
            }
        }
    }
    count
}

#[test]
fn the_png_export_shows_the_photo_on_the_persona_card() {
    let options = ExportOptions {
        size: ExportSize::Scale(1.0),
        ..ExportOptions::default()
    };
    let with_photo = map_with_photo(true);
    let center = avatar_center(&with_photo);
    let (_, image) = export::png_bytes(&with_photo, &options).unwrap();
    let skin = skin_pixels(&image, center);
    // The disc is about 1,400 pixels; the face fills a good part of it.
    assert!(skin > 250, "{skin} skin-coloured pixels in the avatar");

    let (_, initials) = export::png_bytes(&map_with_photo(false), &options).unwrap();
    assert_eq!(
        skin_pixels(&initials, center),
        0,
        "without a photo: initials"
    );
}

#[test]
fn the_svg_export_embeds_the_photo_clipped_round() {
    let journey = map_with_photo(true);
    let svg = export::svg_text(&journey, &ExportOptions::default()).unwrap();
    let photo = journey.personas[0].photo.as_ref().unwrap();
    let data = format!("href=\"data:image/jpeg;base64,{}\"", photo.to_base64());
    assert!(svg.contains(&data), "the photo's own bytes, not pixels");
    assert!(svg.contains("preserveAspectRatio=\"xMidYMid slice\""));
    assert!(svg.contains("<clipPath id=\"photo0\"><circle"));
}
