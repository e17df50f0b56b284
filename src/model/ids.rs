//! Stable identifiers for everything a journey map refers to.
//!
//! Ids come from one counter per document ([`IdCounter`]) and are never reused,
//! so references survive reordering, undo and copy/paste between maps.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a [`crate::model::Card`].
    CardId
);
id_type!(
    /// Identifies a [`crate::model::Phase`] (a column).
    PhaseId
);
id_type!(
    /// Identifies a [`crate::model::Lane`] (a row).
    LaneId
);
id_type!(
    /// Identifies a [`crate::model::Persona`].
    PersonaId
);
id_type!(
    /// Identifies an [`crate::model::EmotionCurve`].
    CurveId
);

/// Hands out fresh ids. One counter serves every id type of a document, so an id
/// number names exactly one thing in the file, which makes errors unambiguous.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IdCounter(pub u64);

impl Default for IdCounter {
    fn default() -> Self {
        Self(1)
    }
}

impl IdCounter {
    /// Returns the next unused raw id and advances the counter.
    pub fn next_raw(&mut self) -> u64 {
        let id = self.0;
        self.0 = self.0.saturating_add(1);
        id
    }

    /// Makes sure the counter is past `raw`, e.g. after loading or pasting.
    pub fn bump_past(&mut self, raw: u64) {
        if self.0 <= raw {
            self.0 = raw.saturating_add(1);
        }
    }
}
