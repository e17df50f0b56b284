//! The Fluent bundles, one per language, built once from the `.ftl` files
//! compiled into the binary. Concurrent bundles, so export workers can
//! translate too.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::number::format_number;
use super::text::AREAS;
use super::{Lang, Msg};

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| [build(Lang::En), build(Lang::De)]);

fn bundle(lang: Lang) -> &'static Bundle {
    let [en, de] = &*BUNDLES;
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

#[expect(
    clippy::expect_used,
    reason = "both language codes are constants that parse; the catalog tests build both bundles"
)]
fn build(lang: Lang) -> Bundle {
    let locale = lang
        .code()
        .parse()
        .expect("a language code is a valid locale");
    let mut bundle = Bundle::new_concurrent(vec![locale]);
    // Fluent wraps every variable in Unicode isolation marks for mixed
    // right-to-left text; neither language needs them and the fonts have no
    // glyph for them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_english,
        Lang::De => format_german,
    }));
    for area in AREAS {
        // A broken file still yields every message that parsed; the
        // completeness tests make sure none is broken.
        let resource = FluentResource::try_new(area.source(lang).to_owned())
            .unwrap_or_else(|(partial, _errors)| partial);
        // Ids are unique across areas (tested), so nothing is overridden.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

fn format_english<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_value(Lang::En, value)
}

fn format_german<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_value(Lang::De, value)
}

fn format_value(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(format_number(lang, number.value, 2)),
        _ => None,
    }
}

/// A value for a message variable.
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    /// Text, shown as it is.
    Text(&'a str),
    /// A number, written the language's way and used for plural forms.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_args {
    ($($number:ty),+) => {
        $(impl From<$number> for Arg<'_> {
            fn from(number: $number) -> Self {
                Arg::Number(f64::from(number))
            }
        })+
    };
}

number_args!(u32, i32, f32);

macro_rules! large_number_args {
    ($($number:ty),+) => {
        $(impl From<$number> for Arg<'_> {
            #[expect(
                clippy::cast_precision_loss,
                reason = "counts shown in messages stay far below 2^53"
            )]
            fn from(number: $number) -> Self {
                Arg::Number(number as f64)
            }
        })+
    };
}

large_number_args!(usize, u64, i64);

impl From<f64> for Arg<'_> {
    fn from(number: f64) -> Self {
        Arg::Number(number)
    }
}

/// Our variables as Fluent's.
fn fluent_args<'a>(args: &[(&'a str, Arg<'a>)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, *text),
            Arg::Number(number) => fluent_args.set(*name, *number),
        }
    }
    fluent_args
}

/// `msg` in `lang` with `args`. A message missing from the catalog (which the
/// tests rule out) shows its id rather than nothing.
pub fn translate(lang: Lang, msg: Msg, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(msg.id).and_then(|m| m.value()) else {
        return msg.id.to_owned();
    };
    let fluent_args = (!args.is_empty()).then(|| fluent_args(args));
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
        .into_owned()
}

/// Whether the catalog of `lang` has a message with this id.
#[cfg(test)]
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// Formats `msg` in `lang` and returns the errors Fluent reports (unknown
/// variables, missing references), for the completeness tests.
#[cfg(test)]
pub fn format_errors(lang: Lang, msg: Msg, args: &[(&str, Arg<'_>)]) -> Vec<String> {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(msg.id).and_then(|m| m.value()) else {
        return vec![format!("no message {}", msg.id)];
    };
    let mut errors = Vec::new();
    let _ = bundle.format_pattern(pattern, Some(&fluent_args(args)), &mut errors);
    errors.iter().map(ToString::to_string).collect()
}
