//! Laying a map out for a slide's shape: the step columns are widened or
//! narrowed until the map fills the slide and its text is as large as it can be.

use emath::{Rect, Vec2, vec2};

use crate::layout::{self, MapLayout, Metrics, TextMeasure};
use crate::model::Journey;

/// The narrowest and widest columns a slide tries, as a factor on each
/// step's own width: half as wide wraps most card text to one word a line,
/// three times as wide leaves it one line long.
const COLUMN_SCALES: (f32, f32) = (0.5, 3.0);

/// Halvings of the column-scale interval: 10 pin the best scale to 0.3 %
/// of its range, finer than a wrap point moves the picture.
const SEARCH_STEPS: usize = 10;

/// A part of a map laid out for a slide.
pub struct Fitted {
    /// The layout at the chosen column widths.
    pub layout: MapLayout,
    /// Output pixels per map point on the slide.
    pub pixels_per_point: f32,
}

/// One trial layout and the scales its width and its height allow.
struct Trial {
    column_scale: f32,
    layout: MapLayout,
    by_width: f32,
    by_height: f32,
}

impl Trial {
    fn pixels_per_point(&self) -> f32 {
        self.by_width.min(self.by_height)
    }

    /// Whether the slide's height, not its width, limits this layout.
    fn too_tall(&self) -> bool {
        self.by_height < self.by_width
    }
}

/// Lays `journey` out so that it fills `room` (the slide's pixels inside its
/// margins) as large as it can. The width a layout needs grows with its
/// columns while the height its wrapped text needs shrinks, so the best fit
/// is where the two limits cross; a bisection finds it.
pub fn fit(journey: &Journey, metrics: &Metrics, measure: &dyn TextMeasure, room: Vec2) -> Fitted {
    let trial = |column_scale: f32| {
        let metrics = Metrics {
            column_scale,
            ..metrics.clone()
        };
        let layout = layout::layout(journey, &metrics, measure);
        let size = map_size(layout.bounds);
        Trial {
            column_scale,
            by_width: room.x / size.x,
            by_height: room.y / size.y,
            layout,
        }
    };
    let narrowest = trial(COLUMN_SCALES.0);
    if !narrowest.too_tall() {
        return narrowest.into();
    }
    let widest = trial(COLUMN_SCALES.1);
    if widest.too_tall() {
        return widest.into();
    }
    let (mut tall, mut wide) = (narrowest, widest);
    for _ in 0..SEARCH_STEPS {
        let middle = trial(f32::midpoint(tall.column_scale, wide.column_scale));
        if middle.too_tall() {
            tall = middle;
        } else {
            wide = middle;
        }
    }
    if tall.pixels_per_point() >= wide.pixels_per_point() {
        tall.into()
    } else {
        wide.into()
    }
}

impl From<Trial> for Fitted {
    fn from(trial: Trial) -> Self {
        Fitted {
            pixels_per_point: trial.pixels_per_point(),
            layout: trial.layout,
        }
    }
}

/// The size a layout takes in a picture: whole points, as the renderer
/// places it.
pub fn map_size(bounds: Rect) -> Vec2 {
    vec2(bounds.width().ceil(), bounds.height().ceil()).max(vec2(1.0, 1.0))
}
