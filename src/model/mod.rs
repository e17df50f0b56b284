//! The document model: plain data with stable ids.
//!
//! Architecture invariant: nothing here knows egui, files, RON or pixels.
//! The names of its kinds (lane kinds, channels, media types, colours,
//! evidence levels) are message ids of `crate::i18n`, so the model holds no
//! interface text of its own.
//! Collections are `Vec`s in user order, so saved files are deterministic.

mod card;
mod color;
mod counts;
mod emotion;
pub mod generate;
mod ids;
mod journey;
mod lane;
mod persona;
mod phase;
mod photo;
mod validate;

pub use card::{Actor, Card, CardColor, Channel, Evidence, Kpi, MediaType, Touchpoint};
pub use color::Rgb;
pub use counts::MapCounts;
pub use emotion::{EmotionCurve, EmotionPoint, EmotionScale, ScaleProblem};
pub use ids::{CardId, CurveId, IdCounter, LaneId, PersonaId, PhaseId, StepId};
pub use journey::Journey;
pub use lane::{Lane, LaneKind};
pub use persona::{PERSONA_COLORS, Persona};
pub use phase::{Phase, Step};
pub use photo::{Photo, PhotoFormat};
pub use validate::{Field, Item, Problem, validate};
