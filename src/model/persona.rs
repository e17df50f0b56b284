//! Personas: the fictional, typical customers a map follows.

use serde::{Deserialize, Serialize};

use super::PersonaId;

/// A typical customer of one segment, with demographics and psychology.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Stable id.
    pub id: PersonaId,
    /// Name, e.g. "Lena Berger".
    pub name: String,
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
}

impl Persona {
    /// A persona with just a name.
    pub fn new(id: PersonaId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
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
        }
    }
}
