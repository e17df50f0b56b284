//! Why an edit could not be applied, and the document rules a user can run into.

use crate::i18n::{self, Lang, text::edit as t, tr_in};
use crate::model::ScaleProblem;

/// Why an edit could not be applied. The journey is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The edit refers to something that is not (or no longer) in the journey,
    /// e.g. a card deleted by an earlier edit in the same frame.
    #[error("{0} does not exist (any more)")]
    Missing(String),
    /// The edit does not fit here (a caller's mistake, not the user's).
    #[error("{0}")]
    Refused(String),
    /// The edit would break a rule of the document the user can run into.
    #[error("{0}")]
    Rule(Rule),
}

impl EditError {
    /// The error in the interface's language. Only [`Rule`]s are translated:
    /// the other errors point at a bug and are written for its report.
    pub fn message(&self) -> String {
        match self {
            EditError::Rule(rule) => rule.message_in(i18n::current()),
            other => other.to_string(),
        }
    }
}

/// A rule of the document that a user's edit can run into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The last phase cannot be deleted.
    LastPhase,
    /// The last step of a phase (named) cannot be deleted or moved away.
    LastStep(String),
    /// An actor names a persona the map lacks, or is an empty name.
    UnknownActor,
    /// The last lane cannot be deleted.
    LastLane,
    /// Cards cannot go into this lane (named): it holds emotion curves.
    NoCardsInLane(String),
    /// An emotion value must be a finite number.
    NotANumber,
    /// The scale's bounds or step do not make a scale the editor offers.
    BadScale(ScaleProblem),
}

impl Rule {
    /// The rule in `lang`; its `Display` is English.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            Rule::LastPhase => tr_in(lang, t::RULE_LAST_PHASE, &[]),
            Rule::LastLane => tr_in(lang, t::RULE_LAST_LANE, &[]),
            Rule::LastStep(phase) => tr_in(lang, t::RULE_LAST_STEP, &[("phase", phase.into())]),
            Rule::UnknownActor => tr_in(lang, t::RULE_UNKNOWN_ACTOR, &[]),
            Rule::NoCardsInLane(name) => {
                tr_in(lang, t::RULE_NO_CARDS_IN_LANE, &[("lane", name.into())])
            }
            Rule::NotANumber => tr_in(lang, t::RULE_NOT_A_NUMBER, &[]),
            Rule::BadScale(problem) => problem.message_in(lang),
        }
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}
