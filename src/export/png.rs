//! PNG encoding with the picture's intended print size.

use image::RgbaImage;

/// Metres per inch, for the PNG's pixels-per-metre unit.
const METRES_PER_INCH: f32 = 0.0254;

/// Encodes `image` as PNG, recording `dpi` (pHYs chunk) so slide and word
/// processors place it at its intended size.
///
/// Fast compression with the Paeth filter: measured at a 4K map, it encodes in
/// about a tenth of the default level's time for a file about 1.8× as large,
/// which suits an interactive export.
///
/// # Errors
/// Only if the encoder fails writing to memory (it does not in practice).
pub fn encode(image: &RgbaImage, dpi: f32) -> Result<Vec<u8>, png::EncodingError> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, image.width(), image.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::Filter::Paeth);
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a few thousand at most"
    )]
    let per_metre = (dpi / METRES_PER_INCH).round().max(1.0) as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    writer.write_image_data(image.as_raw())?;
    writer.finish()?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn records_the_dpi_and_round_trips_the_pixels() {
        let image = image::RgbaImage::from_fn(3, 2, |x, y| {
            image::Rgba([
                u8::try_from(x * 80).unwrap(),
                u8::try_from(y * 90).unwrap(),
                7,
                255,
            ])
        });
        let bytes = super::encode(&image, 192.0).unwrap();
        let info = png::Decoder::new(std::io::Cursor::new(&bytes))
            .read_info()
            .unwrap();
        let pixel_dims = info.info().pixel_dims.unwrap();
        assert_eq!(pixel_dims.xppu, 7559); // 192 dpi
        let pixels = image::load_from_memory(&bytes).unwrap().to_rgba8();
        assert_eq!(pixels, image);
    }
}
