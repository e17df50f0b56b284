//! Completeness of the translations: every message the code names exists in
//! every language, with exactly its declared variables, and no language has
//! a message the others lack.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::catalog::{Arg, format_errors, has_message};
use super::text::AREAS;
use super::{Lang, tr_in};

/// The message ids of one `.ftl` source, each with the variables it uses.
fn messages_in(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("the .ftl source does not parse: {errors:?}");
    });
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                messages.insert(message.id.name.to_owned(), variables);
            }
            Entry::Junk { content } => panic!("unparsable text in an .ftl file: {content}"),
            _ => {}
        }
    }
    messages
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_exactly_the_messages_the_code_declares() {
    let mut problems = Vec::new();
    for area in AREAS {
        let declared: BTreeMap<&str, BTreeSet<String>> = area
            .messages
            .iter()
            .map(|msg| (msg.id, msg.args.iter().map(|&a| a.to_owned()).collect()))
            .collect();
        for lang in Lang::ALL {
            let file = format!("assets/i18n/{}/{}.ftl", lang.code(), area.name);
            let found = messages_in(area.source(lang));
            for (id, args) in &declared {
                match found.get(*id) {
                    None => problems.push(format!("{file}: message `{id}` is missing")),
                    Some(used) if used != args => problems.push(format!(
                        "{file}: message `{id}` uses variables {used:?}, the code passes {args:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in found.keys() {
                if !declared.contains_key(id.as_str()) {
                    problems.push(format!(
                        "{file}: message `{id}` is not declared in src/i18n/text/{}.rs",
                        area.name
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_message_in_one_language_only_is_caught() {
    // The check above, run on a deliberately broken pair, must complain.
    let english = messages_in("a = A\nb = B\n");
    let german = messages_in("a = A\n");
    let only_english: Vec<_> = english
        .keys()
        .filter(|id| !german.contains_key(*id))
        .collect();
    assert_eq!(only_english, ["b"]);
}

#[test]
fn every_message_formats_without_errors_and_is_not_empty() {
    for area in AREAS {
        for msg in area.messages {
            let args: Vec<(&str, Arg<'_>)> = msg
                .args
                .iter()
                .map(|&name| (name, Arg::Number(2.0)))
                .collect();
            for lang in Lang::ALL {
                assert!(
                    has_message(lang, msg.id),
                    "{}: no `{}`",
                    lang.code(),
                    msg.id
                );
                let errors = format_errors(lang, *msg, &args);
                assert!(
                    errors.is_empty(),
                    "{} `{}`: {errors:?}",
                    lang.code(),
                    msg.id
                );
                assert!(
                    !tr_in(lang, *msg, &args).trim().is_empty(),
                    "{} `{}` is empty",
                    lang.code(),
                    msg.id
                );
            }
        }
    }
}

#[test]
fn message_ids_are_unique_across_areas() {
    let mut seen = BTreeMap::new();
    for area in AREAS {
        for msg in area.messages {
            if let Some(other) = seen.insert(msg.id, area.name) {
                panic!("`{}` is declared in both {other} and {}", msg.id, area.name);
            }
        }
    }
}

#[test]
fn plural_forms_follow_the_language() {
    let count = super::text::menu::STATUS_COUNTS;
    let one = tr_in(
        Lang::De,
        count,
        &[
            ("phases", 1.into()),
            ("lanes", 1.into()),
            ("cards", 1.into()),
        ],
    );
    let many = tr_in(
        Lang::De,
        count,
        &[
            ("phases", 3.into()),
            ("lanes", 2.into()),
            ("cards", 1200.into()),
        ],
    );
    assert_eq!(one, "1 Phase · 1 Zeile · 1 Karte");
    assert_eq!(many, "3 Phasen · 2 Zeilen · 1.200 Karten");
}

#[test]
fn multiline_messages_keep_their_paragraphs() {
    // Notices separate the cause from the advice with a blank line.
    for lang in Lang::ALL {
        let body = tr_in(
            lang,
            super::text::app::SAVE_FAILED_BODY,
            &[("error", "E".into())],
        );
        assert!(body.starts_with("E.\n\n"), "{body:?}");
        assert!(!body.ends_with('\n'), "{body:?}");
    }
}
