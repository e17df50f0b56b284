//! Emotion curves: how the persona feels in each phase.

use serde::{Deserialize, Serialize};

use super::{CurveId, PersonaId, PhaseId, Rgb};

/// The signed scale every curve of a document uses, e.g. −2…+2 in steps of 1.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionScale {
    /// Lowest value (worst feeling).
    pub min: f32,
    /// Highest value (best feeling).
    pub max: f32,
    /// Distance between allowed values.
    pub step: f32,
}

impl Default for EmotionScale {
    fn default() -> Self {
        Self {
            min: -2.0,
            max: 2.0,
            step: 1.0,
        }
    }
}

impl EmotionScale {
    /// The most steps a scale may have; more would not fit a lane legibly.
    pub const MAX_STEPS: f32 = 100.0;

    /// Every allowed value from `min` to `max`.
    pub fn values(&self) -> Vec<f32> {
        if !self.is_valid() {
            return Vec::new();
        }
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "bounded by MAX_STEPS"
        )]
        let steps = ((self.max - self.min) / self.step).round() as u32;
        #[expect(clippy::cast_precision_loss, reason = "at most MAX_STEPS")]
        (0..=steps)
            .map(|i| (self.min + i as f32 * self.step).min(self.max))
            .collect()
    }

    /// The nearest allowed value to `value`.
    pub fn snap(&self, value: f32) -> f32 {
        if !self.is_valid() {
            return value;
        }
        let steps = ((value - self.min) / self.step).round();
        (self.min + steps * self.step).clamp(self.min, self.max)
    }

    /// 0.0 at `min`, 1.0 at `max`.
    pub fn fraction(&self, value: f32) -> f32 {
        if self.max > self.min {
            ((value - self.min) / (self.max - self.min)).clamp(0.0, 1.0)
        } else {
            0.5
        }
    }

    /// Whether the scale can be drawn: finite, `min < max`, a positive step and
    /// not more than [`Self::MAX_STEPS`] steps.
    pub fn is_valid(&self) -> bool {
        self.min.is_finite()
            && self.max.is_finite()
            && self.step.is_finite()
            && self.min < self.max
            && self.step > 0.0
            && (self.max - self.min) / self.step <= Self::MAX_STEPS
    }

    /// Whether `value` lies on the scale (within rounding).
    pub fn contains(&self, value: f32) -> bool {
        value.is_finite() && value >= self.min - 1e-4 && value <= self.max + 1e-4
    }
}

/// One curve across the phases: a persona's feelings, or "as-is" vs. "to-be".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionCurve {
    /// Stable id.
    pub id: CurveId,
    /// Name shown in the legend.
    pub name: String,
    /// Line colour.
    pub color: Rgb,
    /// The persona whose feelings this curve shows, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<PersonaId>,
    /// At most one point per phase; phases without a point are skipped by the line.
    #[serde(default)]
    pub points: Vec<EmotionPoint>,
}

impl EmotionCurve {
    /// The point of this curve in `phase`, if set.
    pub fn point_in(&self, phase: PhaseId) -> Option<&EmotionPoint> {
        self.points.iter().find(|point| point.phase == phase)
    }
}

/// The value of a curve in one phase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionPoint {
    /// The phase this value belongs to.
    pub phase: PhaseId,
    /// The feeling, on the document's [`EmotionScale`].
    pub value: f32,
    /// Optional short label, e.g. "Gutschein gefunden!".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}
