//! The interface's languages: every text the user reads comes from here.
//!
//! Messages are Fluent (`assets/i18n/<lang>/<area>.ftl`), named in code by
//! typed constants that each area declares with [`messages!`] in `text/`, so
//! a typo is a compile error and the tests can check that every message
//! exists, with the same variables, in every language.
//!
//! The UI thread's language is thread-local ([`set_current`], set by the app
//! every frame), so tests running side by side in one process can each speak
//! their own language. Work on other threads (exports) passes a [`Lang`] and
//! calls [`tr_in`].

mod catalog;
mod lang;
mod msg;
mod number;
#[cfg(test)]
mod tests;
pub mod text;

use std::cell::Cell;

pub use catalog::Arg;
pub use lang::Lang;
pub use msg::Msg;
pub(crate) use msg::messages;
pub use number::{format_number, parse_number};

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language this thread's interface speaks.
pub fn current() -> Lang {
    CURRENT.get()
}

/// Makes this thread's interface speak `lang`.
pub fn set_current(lang: Lang) {
    CURRENT.set(lang);
}

/// `msg` in this thread's language.
pub fn tr(msg: Msg) -> String {
    catalog::translate(current(), msg, &[])
}

/// `msg` in this thread's language, with its variables.
pub fn tr_args(msg: Msg, args: &[(&str, Arg<'_>)]) -> String {
    catalog::translate(current(), msg, args)
}

/// `msg` in `lang`, with its variables (for work off the UI thread).
pub fn tr_in(lang: Lang, msg: Msg, args: &[(&str, Arg<'_>)]) -> String {
    catalog::translate(lang, msg, args)
}
