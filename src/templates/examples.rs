//! The example maps shipped in `examples/`, compiled into the binary so a
//! template never depends on files next to the program.

use std::path::Path;

use crate::format;
use crate::i18n::Lang;
use crate::model::Journey;

/// A finished map in one language.
#[derive(Debug)]
pub(super) struct Example {
    /// The file's name in `examples/`, for messages.
    file_name: &'static str,
    /// The file's text.
    text: &'static str,
    /// The language the map is written in.
    pub lang: Lang,
}

pub(super) const LAPTOP_WEBSHOP: Example = Example {
    file_name: "laptop-webshop.de.ron",
    text: include_str!("../../examples/laptop-webshop.de.ron"),
    lang: Lang::De,
};

pub(super) const SAAS_TRIAL: Example = Example {
    file_name: "saas-trial.en.ron",
    text: include_str!("../../examples/saas-trial.en.ron"),
    lang: Lang::En,
};

pub(super) const WORKSHOP_STARTER: Example = Example {
    file_name: "workshop-starter.en.ron",
    text: include_str!("../../examples/workshop-starter.en.ron"),
    lang: Lang::En,
};

impl Example {
    /// The example as a map.
    pub fn journey(&self) -> Journey {
        // Every example is checked by the test suite (tests/templates.rs); were
        // one broken anyway, a blank map in its language beats no map.
        format::from_ron_str(self.text, Path::new(self.file_name))
            .unwrap_or_else(|_| super::phase_models::blank(self.lang))
    }
}
