//! How the layout asks for text sizes without knowing any font machinery.

use emath::Vec2;

/// The typographic role of a piece of text. The theme maps each role to a font;
/// layout only needs to know which role a text plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextRole {
    /// The journey's title above the grid.
    MapTitle,
    /// The journey's description under the title.
    MapDescription,
    /// The persona's name in the persona card.
    PersonaName,
    /// Persona details and quote.
    PersonaText,
    /// A phase's name in its header.
    PhaseName,
    /// A phase's description under its name (and a step's under its name).
    PhaseDescription,
    /// A step's name in its header under the phase's.
    StepName,
    /// A lane's name in its header.
    LaneName,
    /// A card's title.
    CardTitle,
    /// A card's notes.
    CardNotes,
    /// A KPI card's number.
    KpiValue,
    /// Small print: badges, legend, scale.
    Small,
}

/// Measures one line of text. Implemented over the real fonts by the canvas
/// and the exports; the layout breaks lines itself (`layout::Typesetter`),
/// so measuring never wraps.
pub trait TextMeasure {
    /// Size of one line made of consecutive runs, each in its role's font,
    /// never wrapped.
    fn line_size(&self, runs: &[(&str, TextRole)]) -> Vec2;

    /// Width of one line of `text` in `role`'s font.
    fn width(&self, text: &str, role: TextRole) -> f32 {
        self.line_size(&[(text, role)]).x
    }
}
