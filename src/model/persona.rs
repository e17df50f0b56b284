//! Personas: the fictional, typical customers a map follows.

use serde::{Deserialize, Serialize};

use super::{PersonaId, Photo, Rgb};

/// A typical customer of one segment, with demographics and psychology.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Stable id.
    pub id: PersonaId,
    /// Name, e.g. "Lena Berger".
    pub name: String,
    /// The colour of the persona's emotion curves and avatar ring. Files
    /// written before personas had colours leave it out; then the persona gets
    /// [`PERSONA_COLORS`] by its position (see `Journey::persona_color`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Rgb>,
    /// One or two sentences that sum the persona up.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Age in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    /// Job or occupation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub occupation: String,
    /// Income, free text ("45.000 € brutto").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub income: String,
    /// Family situation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub family: String,
    /// Segment, e.g. impulsive or deliberate buyer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub segment: String,
    /// A typical quote.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// What the persona wants to achieve.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    /// Needs, wishes and hopes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// Fears.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fears: Vec<String>,
    /// Hurdles that keep the persona from buying.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hurdles: Vec<String>,
    /// A picture of the persona, stored in the file as base64. Last in the
    /// file, since it is one long line nobody reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<Photo>,
}

/// Colours personas get in turn: distinct from each other on screen and in
/// print, and dark enough for a curve on white paper. Stored in the document
/// model (not the theme) because a persona without its own colour must look
/// the same on every machine and in every export.
pub const PERSONA_COLORS: [Rgb; 8] = [
    // Not the blue of the selection nor the orange of a new curve, so a
    // curve that takes its persona's colour visibly changes.
    Rgb(0x7C, 0x4D, 0xDB),
    Rgb(0x2A, 0x9D, 0x8F),
    Rgb(0xD6, 0x3F, 0x8C),
    Rgb(0xB7, 0x79, 0x1F),
    Rgb(0x0E, 0x7C, 0x86),
    Rgb(0xE4, 0x57, 0x2E),
    Rgb(0x25, 0x63, 0xEB),
    Rgb(0x6B, 0x77, 0x88),
];

impl Persona {
    /// A persona with just a name.
    pub fn new(id: PersonaId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            color: None,
            description: String::new(),
            age: None,
            occupation: String::new(),
            income: String::new(),
            family: String::new(),
            segment: String::new(),
            quote: String::new(),
            goals: Vec::new(),
            needs: Vec::new(),
            fears: Vec::new(),
            hurdles: Vec::new(),
            photo: None,
        }
    }

    /// "Jonas Weber" → "JW": what an avatar shows without a photo.
    pub fn initials(&self) -> String {
        self.name
            .split_whitespace()
            .filter_map(|word| word.chars().next())
            .take(2)
            .collect::<String>()
            .to_uppercase()
    }
}
