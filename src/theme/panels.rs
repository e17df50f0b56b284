//! Sizes of the editor's panels.

use std::ops::RangeInclusive;

/// The inspector's width at first start: room for a card's fields and the
/// longest German button ("Emotionskurve hinzufügen") on one line.
pub const INSPECTOR_WIDTH: f32 = 300.0;

/// Width of the export dialog's drop-downs: room for the longest
/// background's name ("Transparent (dunkle Folie)").
pub const EXPORT_CHOICE_WIDTH: f32 = 220.0;

/// How narrow or wide the user may drag the inspector. The lower bound keeps
/// every label and button whole; a width inside the range stays as the user
/// left it, whatever is selected.
pub const INSPECTOR_WIDTH_RANGE: RangeInclusive<f32> = 260.0..=640.0;
