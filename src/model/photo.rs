//! A persona's photo: the encoded image file itself, kept inside the document
//! so a map stays one self-contained file.
//!
//! The model never decodes pixels; it only knows which of the two accepted
//! formats the bytes are in (from their signature) and how big they are.
//! Decoding, downscaling and the limits against hostile images live in
//! `crate::photo`.

use std::fmt;
use std::sync::Arc;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How a photo's bytes are encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhotoFormat {
    /// PNG: lossless, may have transparency.
    Png,
    /// JPEG: photographs without transparency.
    Jpeg,
}

impl PhotoFormat {
    /// The format whose signature `bytes` start with, if it is one we accept.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else {
            None
        }
    }

    /// The MIME type, e.g. for a `data:` URL in SVG.
    pub fn mime_type(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
        }
    }
}

/// An encoded PNG or JPEG image. Cloning is cheap (the bytes are shared), so
/// undo steps and recovery copies do not duplicate the picture.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Photo {
    format: PhotoFormat,
    bytes: Arc<[u8]>,
}

impl Photo {
    /// The largest photo a document may hold. Imported photos are downscaled
    /// to a few dozen kilobytes; anything near this was put in by hand.
    pub const MAX_BYTES: usize = 2 * 1024 * 1024;

    /// A photo from encoded bytes, if they are PNG or JPEG (by signature).
    pub fn from_bytes(bytes: impl Into<Arc<[u8]>>) -> Option<Self> {
        let bytes = bytes.into();
        let format = PhotoFormat::sniff(&bytes)?;
        Some(Self { format, bytes })
    }

    /// The encoding of the bytes.
    pub fn format(&self) -> PhotoFormat {
        self.format
    }

    /// The encoded image.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Whether both are the very same shared bytes (clones of one photo):
    /// a constant-time "unchanged" for caches of decoded pictures.
    pub fn shares_bytes(&self, other: &Photo) -> bool {
        Arc::ptr_eq(&self.bytes, &other.bytes)
    }

    /// The bytes as written in a file: standard base64 with padding, one line.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(&self.bytes)
    }

    /// A photo from its file text.
    ///
    /// # Errors
    /// A message saying what is wrong: not base64, or not a PNG or JPEG.
    pub fn from_base64(text: &str) -> Result<Self, String> {
        let bytes = STANDARD.decode(text).map_err(|_| {
            "the persona's photo is not valid base64 text; remove the `photo` field or choose \
             the photo again in the persona panel"
                .to_owned()
        })?;
        Self::from_bytes(bytes).ok_or_else(|| {
            "the persona's photo is neither a PNG nor a JPEG image; remove the `photo` field or \
             choose the photo again in the persona panel"
                .to_owned()
        })
    }
}

impl fmt::Debug for Photo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Kilobytes of base64 in a debug dump help nobody.
        write!(f, "Photo({:?}, {} bytes)", self.format, self.bytes.len())
    }
}

impl Serialize for Photo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_base64())
    }
}

impl<'de> Deserialize<'de> for Photo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::from_base64(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG_START: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn formats_are_told_by_their_signature() {
        assert_eq!(PhotoFormat::sniff(PNG_START), Some(PhotoFormat::Png));
        assert_eq!(
            PhotoFormat::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(PhotoFormat::Jpeg)
        );
        assert_eq!(PhotoFormat::sniff(b"GIF89a"), None);
        assert_eq!(PhotoFormat::sniff(b""), None);
    }

    #[test]
    fn base64_round_trips_and_bad_text_is_refused() {
        let photo = Photo::from_bytes(PNG_START.to_vec()).unwrap();
        let text = photo.to_base64();
        assert_eq!(Photo::from_base64(&text), Ok(photo));
        let error = Photo::from_base64("not base64!").unwrap_err();
        assert!(error.contains("not valid base64"), "{error}");
        let error = Photo::from_base64(&STANDARD.encode(b"GIF89a....")).unwrap_err();
        assert!(error.contains("neither a PNG nor a JPEG"), "{error}");
    }
}
