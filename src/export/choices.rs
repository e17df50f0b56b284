//! The export dialog's choices as plain data, so the settings can keep them.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

use super::{Background, ExportOptions, ExportSize, ImageFormat, SlideOptions};

/// How the size is chosen in the dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SizeMode {
    /// Pixels per point.
    Scale,
    /// A width in pixels.
    Width,
    /// A print resolution.
    Dpi,
    /// A slide (16:9 or 4:3).
    Slide,
}

/// The export dialog's choices, remembered between exports and between runs
/// (in the settings), so the next export starts from the last one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent ticks of the dialog, saved as they are"
)]
pub struct ExportChoices {
    /// PNG or SVG.
    pub format: ImageFormat,
    /// How the size is chosen.
    pub size_mode: SizeMode,
    /// Pixels per point, for [`SizeMode::Scale`].
    pub scale: f32,
    /// Width in pixels, for [`SizeMode::Width`].
    pub width: u32,
    /// Print resolution, for [`SizeMode::Dpi`].
    pub dpi: f32,
    /// Slide size in pixels, for [`SizeMode::Slide`].
    pub slide: (u32, u32),
    /// What is behind the map.
    pub background: Background,
    /// Show title and persona.
    pub show_title: bool,
    /// Show the legend.
    pub show_legend: bool,
    /// All phases, or the range below.
    pub whole_map: bool,
    /// First phase of the range (0-based).
    pub first_phase: usize,
    /// Last phase of the range (0-based, inclusive); [`ExportChoices::LAST`]
    /// for the map's last phase, whichever that is. The settings file writes
    /// that as `None` (see `last_phase_in_file`).
    #[serde(with = "last_phase_in_file")]
    pub last_phase: usize,
    /// SVG text as glyph outlines rather than selectable text.
    pub text_as_paths: bool,
    /// A slide export's smallest card text in pixels; `None` for 10 pt on
    /// the slide (20 px at 1920 × 1080).
    pub min_text: Option<f32>,
    /// A slide series begins with a slide of the whole map.
    pub overview: bool,
}

impl Default for ExportChoices {
    fn default() -> Self {
        Self {
            format: ImageFormat::Png,
            size_mode: SizeMode::Scale,
            scale: 2.0,
            width: 3840,
            dpi: 300.0,
            slide: super::limits::SLIDES[0],
            background: Background::White,
            show_title: true,
            show_legend: true,
            whole_map: true,
            first_phase: 0,
            last_phase: Self::LAST,
            text_as_paths: false,
            min_text: None,
            overview: false,
        }
    }
}

impl ExportChoices {
    /// A `last_phase` meaning "the map's last phase", whatever map is exported.
    pub const LAST: usize = usize::MAX;

    /// The export options these choices stand for, for a map of `phase_count`
    /// phases written in `lang` (the map's content language, not the dialog's).
    pub fn options(&self, phase_count: usize, lang: Lang) -> ExportOptions {
        let last = phase_count.saturating_sub(1);
        ExportOptions {
            size: match self.size_mode {
                SizeMode::Scale => ExportSize::Scale(self.scale),
                SizeMode::Width => ExportSize::Width(self.width),
                SizeMode::Dpi => ExportSize::Dpi(self.dpi),
                SizeMode::Slide => ExportSize::Slide(self.slide.0, self.slide.1),
            },
            background: self.background,
            show_title: self.show_title,
            show_legend: self.show_legend,
            phases: (!self.whole_map).then(|| {
                let first = self.first_phase.min(last);
                (first, self.last_phase.clamp(first, last))
            }),
            lang,
            text_as_paths: self.format == ImageFormat::Svg && self.text_as_paths,
            slides: SlideOptions {
                min_text: self.min_text,
                overview: self.overview,
            },
        }
    }
}

/// `last_phase` as the settings file keeps it: `Some(index)`, or `None` for
/// the map's last phase. Files written before this kept that as the number
/// `usize::MAX` (18446744073709551615); they still load, with the same meaning.
mod last_phase_in_file {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::ExportChoices;

    /// Either form a settings file may hold.
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Stored {
        Index(u64),
        Optional(Option<u64>),
    }

    /// Writes `Some(index)`, or `None` for the map's last phase.
    #[expect(
        clippy::trivially_copy_pass_by_ref,
        reason = "serde's `with` passes the field by reference"
    )]
    pub fn serialize<S: Serializer>(last: &usize, serializer: S) -> Result<S::Ok, S::Error> {
        (*last != ExportChoices::LAST)
            .then_some(*last)
            .serialize(serializer)
    }

    /// Reads either form a settings file may hold.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<usize, D::Error> {
        Ok(match Stored::deserialize(deserializer)? {
            Stored::Index(index) | Stored::Optional(Some(index)) => {
                // An index beyond this machine's usize is past any map's end.
                usize::try_from(index).unwrap_or(ExportChoices::LAST)
            }
            Stored::Optional(None) => ExportChoices::LAST,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::ExportChoices;
    use crate::format::config::{from_config_str, to_config_string};

    fn load(text: &str) -> ExportChoices {
        from_config_str(text, Path::new("settings.ron")).expect("settings load")
    }

    #[test]
    fn the_last_phase_is_saved_as_none_not_as_a_huge_number() {
        let text = to_config_string(&ExportChoices::default()).expect("writes");
        assert!(text.contains("last_phase: None"), "{text}");
        assert!(!text.contains("18446744073709551615"), "{text}");
        assert_eq!(load(&text), ExportChoices::default());
    }

    #[test]
    fn a_chosen_last_phase_round_trips() {
        let choices = ExportChoices {
            whole_map: false,
            last_phase: 2,
            ..ExportChoices::default()
        };
        let text = to_config_string(&choices).expect("writes");
        assert!(text.contains("last_phase: Some(2)"), "{text}");
        assert_eq!(load(&text), choices);
    }

    #[test]
    fn old_settings_with_the_huge_number_still_mean_the_last_phase() {
        assert_eq!(
            load("(last_phase: 18446744073709551615)").last_phase,
            ExportChoices::LAST
        );
        assert_eq!(load("(last_phase: 3)").last_phase, 3);
        assert_eq!(load("(last_phase: None)").last_phase, ExportChoices::LAST);
        assert_eq!(load("()").last_phase, ExportChoices::LAST);
    }
}
