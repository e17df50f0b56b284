//! The app's names for the two maps it starts from. The maps themselves are
//! `templates::new_map` and `templates::example_map`, so lower layers and
//! tests need not reach up into the app for them.

use crate::model::Journey;
use crate::templates;

/// The bundled example map (see [`templates::example_map`]).
pub fn example() -> Journey {
    templates::example_map()
}

/// A new map (File → New) in the interface's language (see [`templates::new_map`]).
pub fn blank() -> Journey {
    templates::new_map(crate::i18n::current())
}
