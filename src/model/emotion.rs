//! Emotion curves: how the persona feels in each phase.

use serde::{Deserialize, Serialize};

use super::{CurveId, PersonaId, Rgb, StepId};
use crate::i18n::{Lang, text::domain as t, tr_in};

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

    /// The nearest allowed value to `value`, inside the scale.
    ///
    /// A value exactly halfway between two allowed values (within rounding)
    /// goes to the one nearer the middle of the scale, the less extreme
    /// feeling: on −5…+5, 2.5 becomes 2 and −2.5 becomes −2, so mirrored
    /// values stay mirrored. Only a tie at the middle itself (2.5 on 0…5,
    /// which has no middle value) goes up, to 3.
    pub fn snap(&self, value: f32) -> f32 {
        if !self.is_valid() {
            return value;
        }
        // In f64, so that 1e-4 of a step still tells a tie from a near-tie.
        let (min, step) = (f64::from(self.min), f64::from(self.step));
        let middle = f64::midpoint(min, f64::from(self.max));
        let steps = (f64::from(value) - min) / step;
        let below = steps.floor();
        let steps = if (steps - below - 0.5).abs() < 1e-4 {
            let lower = min + below * step;
            let upper = lower + step;
            if (upper - middle).abs() <= (lower - middle).abs() + 1e-9 {
                below + 1.0
            } else {
                below
            }
        } else {
            steps.round()
        };
        #[expect(
            clippy::cast_possible_truncation,
            reason = "back to the model's precision"
        )]
        let snapped = (min + steps * step) as f32;
        snapped.clamp(self.min, self.max)
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

    /// What makes this scale unfit to be chosen in the editor, if anything.
    ///
    /// Stricter than [`Self::is_valid`], which is the file format's rule: the
    /// editor also wants a step that is a whole number or a half, and bounds
    /// on that step, so every value reads plainly ("2,5", never "2,33").
    /// Older files may hold other scales; they stay valid and are drawn.
    pub fn problem(&self) -> Option<ScaleProblem> {
        let on_grid = |value: f32, unit: f32| {
            let units = f64::from(value) / f64::from(unit);
            (units - units.round()).abs() < 1e-4
        };
        if !(self.min.is_finite() && self.max.is_finite() && self.step.is_finite()) {
            Some(ScaleProblem::NotANumber)
        } else if self.min >= self.max {
            Some(ScaleProblem::MinNotBelowMax)
        } else if self.step <= 0.0 {
            Some(ScaleProblem::StepNotPositive)
        } else if !on_grid(self.step, 0.5) {
            Some(ScaleProblem::StepNotWholeOrHalf)
        } else if !on_grid(self.min, self.step) || !on_grid(self.max, self.step) {
            Some(ScaleProblem::BoundsOffStep)
        } else if (self.max - self.min) / self.step > Self::MAX_STEPS + 1e-3 {
            Some(ScaleProblem::TooManySteps)
        } else {
            None
        }
    }

    /// `value` on `from` moved to the same height on this scale, then snapped
    /// to one of its values (a tie toward the middle, see [`Self::snap`]): the
    /// bottom stays the bottom, the top the top, the middle the middle.
    pub fn map_from(&self, value: f32, from: &EmotionScale) -> f32 {
        let height = f64::from(from.fraction(value));
        let (min, max) = (f64::from(self.min), f64::from(self.max));
        #[expect(
            clippy::cast_possible_truncation,
            reason = "back to the model's precision"
        )]
        let moved = (min + height * (max - min)) as f32;
        self.snap(moved)
    }

    /// Whether `value` lies on the scale (within rounding).
    pub fn contains(&self, value: f32) -> bool {
        value.is_finite() && value >= self.min - 1e-4 && value <= self.max + 1e-4
    }
}

/// Why a scale cannot be chosen in the editor (see [`EmotionScale::problem`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScaleProblem {
    /// A bound or the step is not a number.
    NotANumber,
    /// The minimum is not below the maximum.
    MinNotBelowMax,
    /// The step is zero or negative.
    StepNotPositive,
    /// The step is neither a whole number nor a half (0.5, 1.5, …).
    StepNotWholeOrHalf,
    /// The minimum or the maximum is not a multiple of the step.
    BoundsOffStep,
    /// More than [`EmotionScale::MAX_STEPS`] steps from minimum to maximum.
    TooManySteps,
}

impl ScaleProblem {
    /// What is wrong, as a clause ("the minimum must be below the maximum")
    /// that follows "Unusable scale:" or "Could not change scale:".
    pub fn message_in(self, lang: Lang) -> String {
        let msg = match self {
            ScaleProblem::NotANumber => t::SCALE_NOT_A_NUMBER,
            ScaleProblem::MinNotBelowMax => t::SCALE_MIN_NOT_BELOW_MAX,
            ScaleProblem::StepNotPositive => t::SCALE_STEP_NOT_POSITIVE,
            ScaleProblem::StepNotWholeOrHalf => t::SCALE_STEP_NOT_WHOLE_OR_HALF,
            ScaleProblem::BoundsOffStep => t::SCALE_BOUNDS_OFF_STEP,
            ScaleProblem::TooManySteps => {
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a small positive constant"
                )]
                let most = EmotionScale::MAX_STEPS as u32;
                return tr_in(lang, t::SCALE_TOO_MANY_STEPS, &[("steps", most.into())]);
            }
        };
        tr_in(lang, msg, &[])
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
    /// At most one point per step; steps without a point are skipped by the line.
    #[serde(default)]
    pub points: Vec<EmotionPoint>,
}

impl EmotionCurve {
    /// The point of this curve in `step`, if set.
    pub fn point_in(&self, step: StepId) -> Option<&EmotionPoint> {
        self.points.iter().find(|point| point.step == step)
    }
}

/// The value of a curve in one step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmotionPoint {
    /// The step this value belongs to.
    pub step: StepId,
    /// The feeling, on the document's [`EmotionScale`].
    pub value: f32,
    /// Optional short label, e.g. "Gutschein gefunden!".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// A low point that decides whether the customer stays: marked on the map.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub moment_of_truth: bool,
}

impl EmotionPoint {
    /// A plain value in `step`: no label, no mark.
    pub fn new(step: StepId, value: f32) -> Self {
        Self {
            step,
            value,
            label: String::new(),
            moment_of_truth: false,
        }
    }
}

#[cfg(test)]
#[expect(
    clippy::float_cmp,
    reason = "snapped values are exact: whole numbers and halves are exact in binary"
)]
mod tests {
    use super::{EmotionScale, ScaleProblem};

    fn scale(min: f32, max: f32, step: f32) -> EmotionScale {
        EmotionScale { min, max, step }
    }

    #[test]
    fn the_editor_takes_whole_and_half_steps_with_bounds_on_them() {
        for usable in [
            scale(-2.0, 2.0, 1.0),
            scale(0.0, 5.0, 1.0),
            scale(1.0, 5.0, 1.0),
            scale(1.0, 10.0, 1.0),
            scale(-5.0, 5.0, 1.0),
            scale(-3.0, 3.0, 1.0),
            scale(-2.0, 2.0, 0.5),
            scale(1.0, 10.0, 0.5),
            scale(0.0, 100.0, 1.0),
            scale(-3.0, 3.0, 1.5),
        ] {
            assert_eq!(usable.problem(), None, "{usable:?}");
            assert!(usable.is_valid(), "{usable:?}");
        }
        for (unusable, problem) in [
            (scale(f32::NAN, 2.0, 1.0), ScaleProblem::NotANumber),
            (scale(0.0, f32::INFINITY, 1.0), ScaleProblem::NotANumber),
            (scale(2.0, 2.0, 1.0), ScaleProblem::MinNotBelowMax),
            (scale(3.0, 1.0, 1.0), ScaleProblem::MinNotBelowMax),
            (scale(0.0, 5.0, 0.0), ScaleProblem::StepNotPositive),
            (scale(0.0, 5.0, -1.0), ScaleProblem::StepNotPositive),
            (scale(0.0, 1.0, 0.25), ScaleProblem::StepNotWholeOrHalf),
            (scale(0.0, 3.0, 0.3), ScaleProblem::StepNotWholeOrHalf),
            (scale(0.5, 5.0, 1.0), ScaleProblem::BoundsOffStep),
            (scale(0.0, 5.0, 2.0), ScaleProblem::BoundsOffStep),
            (scale(0.0, 101.0, 1.0), ScaleProblem::TooManySteps),
            (scale(0.0, 50.5, 0.5), ScaleProblem::TooManySteps),
        ] {
            assert_eq!(unusable.problem(), Some(problem), "{unusable:?}");
        }
    }

    #[test]
    fn whatever_the_file_format_refuses_the_editor_refuses_too() {
        // The editor's rule only adds to the format's, so the editor never
        // makes a map that a file could not hold.
        for candidate in [
            scale(0.0, 0.0, 1.0),
            scale(0.0, 5.0, 0.0),
            scale(0.0, 1000.0, 1.0),
            scale(f32::NAN, 1.0, 1.0),
            scale(0.0, 1.0, f32::INFINITY),
        ] {
            assert!(!candidate.is_valid());
            assert!(candidate.problem().is_some(), "{candidate:?}");
        }
        // A file may hold scales the editor does not offer; they stay valid.
        assert!(scale(0.0, 1.0, 0.25).is_valid());
        assert!(scale(0.3, 2.3, 1.0).is_valid());
    }

    #[test]
    fn snapping_rounds_to_the_nearest_value_and_ties_toward_the_middle() {
        let zero_to_five = scale(0.0, 5.0, 1.0);
        assert_eq!(zero_to_five.snap(2.4), 2.0);
        assert_eq!(zero_to_five.snap(0.5), 1.0);
        assert_eq!(zero_to_five.snap(4.5), 4.0);
        // The middle itself is no value of 0…5: a tie there goes up.
        assert_eq!(zero_to_five.snap(2.5), 3.0);
        assert_eq!(zero_to_five.snap(7.0), 5.0);
        assert_eq!(zero_to_five.snap(-1.0), 0.0);
        let signed = scale(-5.0, 5.0, 1.0);
        assert_eq!(signed.snap(2.5), 2.0);
        assert_eq!(signed.snap(-2.5), -2.0);
        assert_eq!(signed.snap(-0.5), 0.0);
        assert_eq!(signed.snap(0.5), 0.0);
        assert_eq!(signed.snap(0.6), 1.0);
        let halves = scale(1.0, 10.0, 0.5);
        assert_eq!(halves.snap(1.25), 1.5);
        assert_eq!(halves.snap(9.75), 9.5);
        assert_eq!(halves.snap(3.7), 3.5);
        // Within rounding of a tie is a tie.
        assert_eq!(zero_to_five.snap(0.499_999), 1.0);
    }

    /// Maps each of `values` from `from` to `to`.
    fn mapped(from: EmotionScale, to: EmotionScale, values: &[f32]) -> Vec<f32> {
        values
            .iter()
            .map(|&value| to.map_from(value, &from))
            .collect()
    }

    #[test]
    fn values_map_by_height_and_snap_to_the_new_step() {
        let five_faces = scale(-2.0, 2.0, 1.0);
        let faces = [-2.0, -1.0, 0.0, 1.0, 2.0];
        // 0 is the middle, 2.5 on 0…5, which has no middle value: up to 3.
        assert_eq!(
            mapped(five_faces, scale(0.0, 5.0, 1.0), &faces),
            [0.0, 1.0, 3.0, 4.0, 5.0]
        );
        assert_eq!(
            mapped(
                scale(0.0, 5.0, 1.0),
                five_faces,
                &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
            ),
            [-2.0, -1.0, 0.0, 0.0, 1.0, 2.0]
        );
        assert_eq!(
            mapped(five_faces, scale(1.0, 5.0, 1.0), &faces),
            [1.0, 2.0, 3.0, 4.0, 5.0]
        );
        assert_eq!(
            mapped(five_faces, scale(1.0, 10.0, 1.0), &faces),
            [1.0, 3.0, 6.0, 8.0, 10.0]
        );
        assert_eq!(
            mapped(
                scale(1.0, 10.0, 1.0),
                five_faces,
                &[1.0, 3.0, 5.0, 6.0, 7.0, 10.0]
            ),
            [-2.0, -1.0, 0.0, 0.0, 1.0, 2.0]
        );
        // Mirrored values stay mirrored on a scale through zero.
        assert_eq!(
            mapped(five_faces, scale(-5.0, 5.0, 1.0), &faces),
            [-5.0, -2.0, 0.0, 2.0, 5.0]
        );
        assert_eq!(
            mapped(
                scale(-5.0, 5.0, 1.0),
                five_faces,
                &[-5.0, -3.0, -1.0, 0.0, 1.0, 3.0, 5.0]
            ),
            [-2.0, -1.0, 0.0, 0.0, 0.0, 1.0, 2.0]
        );
    }

    #[test]
    fn values_map_to_and_from_half_steps() {
        let five_faces = scale(-2.0, 2.0, 1.0);
        let halves = scale(-2.0, 2.0, 0.5);
        let faces = [-2.0, -1.0, 0.0, 1.0, 2.0];
        assert_eq!(mapped(five_faces, halves, &faces), faces);
        assert_eq!(
            mapped(halves, five_faces, &[-1.5, -0.5, 0.5, 1.5]),
            [-1.0, 0.0, 0.0, 1.0]
        );
        assert_eq!(
            mapped(
                scale(1.0, 5.0, 1.0),
                scale(0.0, 5.0, 0.5),
                &[1.0, 2.0, 3.0, 4.0, 5.0]
            ),
            [0.0, 1.5, 2.5, 3.5, 5.0]
        );
        assert_eq!(
            mapped(five_faces, scale(1.0, 10.0, 0.5), &faces),
            [1.0, 3.5, 5.5, 7.5, 10.0]
        );
    }

    #[test]
    fn every_mapped_value_is_a_value_of_the_new_scale() {
        let scales = [
            scale(-2.0, 2.0, 1.0),
            scale(-2.0, 2.0, 0.5),
            scale(0.0, 5.0, 1.0),
            scale(1.0, 5.0, 1.0),
            scale(1.0, 10.0, 1.0),
            scale(1.0, 10.0, 0.5),
            scale(-5.0, 5.0, 1.0),
            scale(-3.0, 3.0, 1.0),
            scale(0.0, 100.0, 1.0),
        ];
        for from in scales {
            for to in scales {
                let values = from.values();
                let moved = mapped(from, to, &values);
                assert_eq!(moved.first(), Some(&to.min), "{from:?} → {to:?}");
                assert_eq!(moved.last(), Some(&to.max), "{from:?} → {to:?}");
                for (value, new) in values.iter().zip(&moved) {
                    assert!(
                        to.values().contains(new),
                        "{value} on {from:?} → {new} on {to:?}"
                    );
                }
                assert!(moved.is_sorted(), "{from:?} → {to:?}: {moved:?}");
            }
        }
    }
}
