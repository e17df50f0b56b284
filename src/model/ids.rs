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
    /// Identifies a [`crate::model::Step`] (a column inside a phase).
    StepId
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

    /// A counter for one editing session of `journey` that starts at a random
    /// place far above the ids in use: two copies of one map edited apart (two
    /// consultants, two laptops) then hand out different ids to their new
    /// elements, so the versions can be compared and merged. Ids already in
    /// the map never change, so saved files diff small. `entropy` is any
    /// random number (the caller's: the model has no clock or randomness).
    pub fn session(journey_ids: &[u64], entropy: u64) -> Self {
        let mut seed = entropy;
        loop {
            // A block of 2^24 ids somewhere in [2^32, 2^52): room for any
            // session, below the 2^53 that every JSON reader keeps exact.
            seed = splitmix64(seed);
            let base = SESSION_LOW + (seed % (SESSION_HIGH - SESSION_LOW - SESSION_BLOCK));
            let block = base..base + SESSION_BLOCK;
            if !journey_ids.iter().any(|id| block.contains(id)) {
                return Self(base);
            }
        }
    }

    /// Makes sure the counter is past `raw`, e.g. after loading or pasting.
    pub fn bump_past(&mut self, raw: u64) {
        if self.0 <= raw {
            self.0 = raw.saturating_add(1);
        }
    }
}

/// Where session blocks of ids may start (see [`IdCounter::session`]).
const SESSION_LOW: u64 = 1 << 32;
/// Where they must end.
const SESSION_HIGH: u64 = 1 << 52;
/// How many ids one session can hand out without leaving its block.
const SESSION_BLOCK: u64 = 1 << 24;

/// A well-mixed 64-bit number from another (`SplitMix64`).
fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::IdCounter;

    #[test]
    fn sessions_of_one_map_hand_out_different_ids() {
        let ids: Vec<u64> = (1..=60).collect();
        let mut a = IdCounter::session(&ids, 1);
        let mut b = IdCounter::session(&ids, 2);
        let from_a: Vec<u64> = (0..1000).map(|_| a.next_raw()).collect();
        let from_b: Vec<u64> = (0..1000).map(|_| b.next_raw()).collect();
        assert!(from_a.iter().all(|id| !from_b.contains(id)));
        assert!(from_a.iter().chain(&from_b).all(|id| !ids.contains(id)));
        assert!(from_a.iter().all(|id| *id < 1 << 53), "exact in JSON too");
    }

    #[test]
    fn a_session_block_avoids_ids_already_in_the_map() {
        // A map edited in an earlier session holds ids from that block.
        let mut earlier = IdCounter::session(&[1, 2, 3], 7);
        let mut ids = vec![1, 2, 3];
        ids.extend((0..10).map(|_| earlier.next_raw()));
        // The same entropy would pick the same block: it must move on.
        let mut again = IdCounter::session(&ids, 7);
        let next = again.next_raw();
        assert!(!ids.contains(&next));
    }
}
