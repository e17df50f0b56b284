//! The smooth emotion line through the phase values.
//!
//! Monotone cubic interpolation (Fritsch–Carlson): smooth like a hand-drawn
//! curve, but it never overshoots the values, so a line between two "+2" points
//! stays inside the lane and a dip is never deeper than the data.

use emath::Pos2;

/// Samples per segment between two points: enough for a smooth look at 4× export.
const SAMPLES_PER_SEGMENT: usize = 24;

/// A polyline through `points` (sorted by x), smooth and without overshoot.
pub fn smooth_path(points: &[Pos2]) -> Vec<Pos2> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let n = points.len();
    let slopes: Vec<f32> = points
        .windows(2)
        .map(|w| {
            let dx = w[1].x - w[0].x;
            if dx.abs() < f32::EPSILON {
                0.0
            } else {
                (w[1].y - w[0].y) / dx
            }
        })
        .collect();
    let mut tangents = vec![0.0; n];
    tangents[0] = slopes[0];
    tangents[n - 1] = slopes[n - 2];
    for i in 1..n - 1 {
        // A local extreme gets a flat tangent; otherwise the harmonic mean
        // keeps the curve monotone between points.
        tangents[i] = if slopes[i - 1] * slopes[i] <= 0.0 {
            0.0
        } else {
            2.0 / (1.0 / slopes[i - 1] + 1.0 / slopes[i])
        };
    }
    let mut path = Vec::with_capacity((n - 1) * SAMPLES_PER_SEGMENT + 1);
    for i in 0..n - 1 {
        let (p0, p1) = (points[i], points[i + 1]);
        let dx = p1.x - p0.x;
        for s in 0..SAMPLES_PER_SEGMENT {
            #[expect(clippy::cast_precision_loss, reason = "small counts")]
            let t = s as f32 / SAMPLES_PER_SEGMENT as f32;
            let (t2, t3) = (t * t, t * t * t);
            let h00 = 2.0 * t3 - 3.0 * t2 + 1.0;
            let h10 = t3 - 2.0 * t2 + t;
            let h01 = -2.0 * t3 + 3.0 * t2;
            let h11 = t3 - t2;
            let y = h00 * p0.y + h10 * dx * tangents[i] + h01 * p1.y + h11 * dx * tangents[i + 1];
            path.push(Pos2::new(p0.x + t * dx, y));
        }
    }
    path.push(points[n - 1]);
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_through_every_point() {
        let points = [
            Pos2::new(0.0, 10.0),
            Pos2::new(100.0, 50.0),
            Pos2::new(200.0, 20.0),
            Pos2::new(300.0, 20.0),
        ];
        let path = smooth_path(&points);
        for point in points {
            assert!(path.iter().any(|p| p.distance(point) < 1e-3), "{point:?}");
        }
    }

    #[test]
    fn never_leaves_the_range_of_its_neighbours() {
        let points = [
            Pos2::new(0.0, 0.0),
            Pos2::new(100.0, 100.0),
            Pos2::new(200.0, 100.0),
            Pos2::new(300.0, 0.0),
        ];
        for p in smooth_path(&points) {
            assert!((0.0..=100.0).contains(&p.y), "{p:?}");
        }
    }

    #[test]
    fn two_points_make_a_straight_line() {
        let points = [Pos2::new(0.0, 0.0), Pos2::new(1.0, 1.0)];
        assert_eq!(smooth_path(&points), points.to_vec());
    }
}
