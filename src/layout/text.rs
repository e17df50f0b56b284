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

/// Measures wrapped text. Implemented over the real fonts by the canvas, so the
/// layout wraps exactly as the screen and the exports draw.
pub trait TextMeasure {
    /// Size of consecutive runs of text, each in its role's font, wrapped as one
    /// paragraph at `wrap_width` points.
    fn measure_runs(&self, runs: &[(&str, TextRole)], wrap_width: f32) -> Vec2;

    /// Size of `text` in `role`'s font, wrapped at `wrap_width` points.
    fn measure(&self, text: &str, role: TextRole, wrap_width: f32) -> Vec2 {
        self.measure_runs(&[(text, role)], wrap_width)
    }
}
