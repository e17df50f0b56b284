use super::*;

/// A real PNG of `width` × `height`, opaque or with a transparent corner.
fn png(width: u32, height: u32, transparent: bool) -> Vec<u8> {
    let image = RgbaImage::from_fn(width, height, |x, y| {
        let alpha = if transparent && x < width / 4 && y < height / 4 {
            0
        } else {
            255
        };
        #[expect(clippy::cast_possible_truncation, reason = "`% 256` fits in a byte")]
        image::Rgba([(x % 256) as u8, (y % 256) as u8, 128, alpha])
    });
    let mut bytes = Vec::new();
    image
        .write_with_encoder(image::codecs::png::PngEncoder::new(&mut bytes))
        .unwrap();
    bytes
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: [u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG whose header claims `width` × `height` but carries almost no data:
/// what a decompression bomb looks like before it is inflated.
fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend(chunk(*b"IHDR", &ihdr));
    // An empty zlib stream.
    bytes.extend(chunk(
        *b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    bytes.extend(chunk(*b"IEND", &[]));
    bytes
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn decoded(photo: &Photo) -> DynamicImage {
    image::load_from_memory(photo.bytes()).unwrap()
}

#[test]
fn an_opaque_picture_is_downscaled_and_stored_as_jpeg() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "wide.png", &png(1000, 600, false));
    let photo = import(&path).unwrap();
    assert_eq!(photo.format(), PhotoFormat::Jpeg);
    let image = decoded(&photo);
    assert_eq!((image.width(), image.height()), (STORED_SIDE, 192));
    assert!(
        photo.bytes().len() < 60_000,
        "{} bytes",
        photo.bytes().len()
    );
}

#[test]
fn a_picture_with_transparency_stays_png_and_small_ones_keep_their_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "icon.png", &png(120, 80, true));
    let photo = import(&path).unwrap();
    assert_eq!(photo.format(), PhotoFormat::Png);
    let image = decoded(&photo).into_rgba8();
    assert_eq!(image.dimensions(), (120, 80));
    assert_eq!(image.get_pixel(0, 0).0[3], 0);
}

#[test]
fn a_jpeg_is_read_too() {
    let dir = tempfile::tempdir().unwrap();
    let rgb = DynamicImage::ImageRgba8(RgbaImage::from_pixel(
        400,
        400,
        image::Rgba([200, 100, 50, 255]),
    ))
    .into_rgb8();
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new(&mut bytes)
        .encode_image(&rgb)
        .unwrap();
    // The name does not matter: the content decides.
    let path = write(&dir, "portrait.jpeg.bin", &bytes);
    let image = decoded(&import(&path).unwrap());
    assert_eq!((image.width(), image.height()), (STORED_SIDE, STORED_SIDE));
}

#[test]
fn other_formats_are_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "anim.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    let error = import(&path).unwrap_err();
    assert!(matches!(error, PhotoError::NotPngOrJpeg { .. }), "{error}");
    assert!(error.to_string().contains("anim.gif"), "{error}");
    let path = write(&dir, "notes.png", b"just some text");
    assert!(matches!(
        import(&path).unwrap_err(),
        PhotoError::NotPngOrJpeg { .. }
    ));
}

#[test]
fn missing_files_and_folders_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let error = import(&dir.path().join("gone.png")).unwrap_err();
    assert!(matches!(error, PhotoError::Io { .. }), "{error}");
    let error = import(dir.path()).unwrap_err();
    assert!(matches!(error, PhotoError::NotAFile { .. }), "{error}");
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.jpg");
    // Sparse: no test should write 40 MB.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_IMPORT_BYTES + 1)
        .unwrap();
    let error = import(&path).unwrap_err();
    assert!(matches!(error, PhotoError::TooManyBytes { .. }), "{error}");
}

#[test]
fn a_decompression_bomb_is_refused_from_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "bomb.png", &png_header_only(40_000, 40_000));
    let error = import(&path).unwrap_err();
    assert!(
        matches!(
            error,
            PhotoError::TooManyPixels {
                width: 40_000,
                height: 40_000,
                ..
            }
        ),
        "{error}"
    );
    // Within each side's limit, but too many pixels together.
    let path = write(&dir, "tall.png", &png_header_only(10_000, 10_000));
    assert!(matches!(
        import(&path).unwrap_err(),
        PhotoError::TooManyPixels { .. }
    ));
}

#[test]
fn broken_image_data_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(b"garbage after the signature");
    let path = write(&dir, "broken.png", &bytes);
    let error = import(&path).unwrap_err();
    assert!(matches!(error, PhotoError::Unreadable { .. }), "{error}");
    // A valid header with pixel data that does not inflate.
    let path = write(&dir, "empty.png", &png_header_only(50, 50));
    assert!(matches!(
        import(&path).unwrap_err(),
        PhotoError::Unreadable { .. }
    ));
}

#[test]
fn stored_photos_are_checked_from_their_header() {
    let good = Photo::from_bytes(png(64, 64, false)).unwrap();
    assert_eq!(check_stored(&good), Ok(()));
    let large = Photo::from_bytes(png_header_only(MAX_STORED_SIDE + 1, 10)).unwrap();
    let error = check_stored(&large).unwrap_err();
    assert!(error.contains("2049 × 10 pixels"), "{error}");
    // A header too large for the reader's own limit is still "too large".
    let huge = Photo::from_bytes(png_header_only(100_000, 100_000)).unwrap();
    let error = check_stored(&huge).unwrap_err();
    assert!(error.contains("at most 2048 pixels"), "{error}");
    assert!(!error.contains("not a readable"), "{error}");
    let broken = Photo::from_bytes(b"\x89PNG\r\n\x1a\nnonsense".to_vec()).unwrap();
    let error = check_stored(&broken).unwrap_err();
    assert!(error.contains("not a readable PNG image"), "{error}");
}

#[test]
fn an_avatar_is_the_centre_square() {
    // Left third red, middle third green, right third blue.
    let image = RgbaImage::from_fn(300, 100, |x, _| match x / 100 {
        0 => image::Rgba([255, 0, 0, 255]),
        1 => image::Rgba([0, 255, 0, 255]),
        _ => image::Rgba([0, 0, 255, 255]),
    });
    let mut bytes = Vec::new();
    image
        .write_with_encoder(image::codecs::png::PngEncoder::new(&mut bytes))
        .unwrap();
    let photo = Photo::from_bytes(bytes).unwrap();
    let square = decode_square(&photo, 50).unwrap();
    assert_eq!(square.dimensions(), (50, 50));
    assert_eq!(square.get_pixel(25, 25).0, [0, 255, 0, 255]);
    // Never scaled up.
    assert_eq!(decode_square(&photo, 500).unwrap().dimensions(), (100, 100));
}
