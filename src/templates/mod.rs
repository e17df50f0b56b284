//! The templates a new map can start from: a blank map, the established phase
//! models of the domain notes, and the shipped example maps.
//!
//! One list, [`catalog`], feeds both `journeymap templates` / `journeymap new`
//! and the "New from Template" dialog, so they always offer the same choices.
//!
//! A template speaks a language: the phase and lane names of a blank map or a
//! phase model are translated (`i18n::tr_in`, since the template's language may
//! differ from the interface's). An example is a finished map written in one
//! language; it keeps that language whatever is asked for, because translating
//! a persona's quotes and interview findings is not a template's job.
//!
//! Architecture invariant: no egui and no files here; examples are compiled
//! into the binary and parsed by `format`.

mod examples;
mod phase_models;
mod starting_maps;

pub use starting_maps::{example_map, new_map};

use crate::i18n::{Lang, Msg, text::templates as t, tr_in};
use crate::model::Journey;

use examples::Example;
use phase_models::PhaseModel;

/// One entry of the catalog.
#[derive(Debug)]
pub struct Template {
    /// The stable name the command line uses: lowercase, hyphenated.
    pub name: &'static str,
    title: Msg,
    description: Msg,
    source: Source,
}

/// Where a template's map comes from.
#[derive(Debug)]
enum Source {
    /// Numbered phases and a few lanes.
    Blank,
    /// A phase model with its lanes.
    Model(&'static PhaseModel),
    /// A finished map in its own language.
    Example(&'static Example),
}

/// What kind of template this is, for grouping in lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateKind {
    /// The blank map or a phase model: content in the chosen language.
    PhaseModel,
    /// A finished example map in its own language.
    Example,
}

const CATALOG: [Template; 9] = [
    Template {
        name: "blank",
        title: t::BLANK_TITLE,
        description: t::BLANK_DESCRIPTION,
        source: Source::Blank,
    },
    Template {
        name: "digital-journey",
        title: t::DIGITAL_TITLE,
        description: t::DIGITAL_DESCRIPTION,
        source: Source::Model(&phase_models::DIGITAL),
    },
    Template {
        name: "ecommerce",
        title: t::ECOMMERCE_TITLE,
        description: t::ECOMMERCE_DESCRIPTION,
        source: Source::Model(&phase_models::ECOMMERCE),
    },
    Template {
        name: "consulting-5",
        title: t::CONSULTING_TITLE,
        description: t::CONSULTING_DESCRIPTION,
        source: Source::Model(&phase_models::CONSULTING),
    },
    Template {
        name: "kotler",
        title: t::KOTLER_TITLE,
        description: t::KOTLER_DESCRIPTION,
        source: Source::Model(&phase_models::KOTLER),
    },
    Template {
        name: "buyers-journey",
        title: t::BUYERS_TITLE,
        description: t::BUYERS_DESCRIPTION,
        source: Source::Model(&phase_models::BUYERS_JOURNEY),
    },
    Template {
        name: "example-laptop-webshop",
        title: t::EXAMPLE_LAPTOP_TITLE,
        description: t::EXAMPLE_LAPTOP_DESCRIPTION,
        source: Source::Example(&examples::LAPTOP_WEBSHOP),
    },
    Template {
        name: "example-saas-trial",
        title: t::EXAMPLE_SAAS_TITLE,
        description: t::EXAMPLE_SAAS_DESCRIPTION,
        source: Source::Example(&examples::SAAS_TRIAL),
    },
    Template {
        name: "example-workshop-starter",
        title: t::EXAMPLE_WORKSHOP_TITLE,
        description: t::EXAMPLE_WORKSHOP_DESCRIPTION,
        source: Source::Example(&examples::WORKSHOP_STARTER),
    },
];

/// Every template, in the order lists show them: blank, phase models, examples.
pub fn catalog() -> &'static [Template] {
    &CATALOG
}

/// The template with this command-line name.
pub fn find(name: &str) -> Option<&'static Template> {
    CATALOG.iter().find(|template| template.name == name)
}

/// Every command-line name, in catalog order.
pub fn names() -> Vec<&'static str> {
    CATALOG.iter().map(|template| template.name).collect()
}

impl Template {
    /// The template's title in `lang`, e.g. "Digital customer journey".
    pub fn title(&self, lang: Lang) -> String {
        tr_in(lang, self.title, &[])
    }

    /// One line saying what the template is for, in `lang`.
    pub fn description(&self, lang: Lang) -> String {
        tr_in(lang, self.description, &[])
    }

    /// Whether it is a phase model (or the blank map) or an example.
    pub fn kind(&self) -> TemplateKind {
        match self.source {
            Source::Blank | Source::Model(_) => TemplateKind::PhaseModel,
            Source::Example(_) => TemplateKind::Example,
        }
    }

    /// The language the new map will be written in when `lang` is asked for:
    /// `lang` itself, except for an example, which keeps its own.
    pub fn content_lang(&self, lang: Lang) -> Lang {
        match self.source {
            Source::Blank | Source::Model(_) => lang,
            Source::Example(example) => example.lang,
        }
    }

    /// The names of the new map's phases, in order.
    pub fn phase_names(&self, lang: Lang) -> Vec<String> {
        match self.source {
            Source::Model(model) => model.phase_names(lang),
            Source::Blank | Source::Example(_) => self
                .build(lang)
                .phases
                .into_iter()
                .map(|phase| phase.name)
                .collect(),
        }
    }

    /// A new map from this template, with phase and lane names in `lang`
    /// (an example keeps its own language; see [`Template::content_lang`]).
    /// Ids come from the map's own counter, so the map is valid as it is.
    pub fn build(&self, lang: Lang) -> Journey {
        match self.source {
            Source::Blank => phase_models::blank(lang),
            Source::Model(model) => model.build(lang),
            Source::Example(example) => example.journey(),
        }
    }
}

/// The name of a language, written in `lang` ("German", "Deutsch").
pub fn language_name(language: Lang, lang: Lang) -> String {
    let msg = match language {
        Lang::En => t::LANG_EN,
        Lang::De => t::LANG_DE,
    };
    tr_in(lang, msg, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_lowercase_and_hyphenated() {
        let names = names();
        for (i, name) in names.iter().enumerate() {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name}"
            );
            assert!(!names[i + 1..].contains(name), "{name} twice");
            assert_eq!(find(name).map(|t| t.name), Some(*name));
        }
        assert!(find("no-such-template").is_none());
    }

    #[test]
    fn phase_names_match_the_built_map() {
        for template in catalog() {
            for lang in Lang::ALL {
                let built: Vec<String> = template
                    .build(lang)
                    .phases
                    .into_iter()
                    .map(|phase| phase.name)
                    .collect();
                assert_eq!(template.phase_names(lang), built, "{}", template.name);
            }
        }
    }
}
