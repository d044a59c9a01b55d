//! The Fluent files in `locales/`: they parse, and every locale has every message.

mod common;

use app::i18n::Locale;
use fluent_syntax::{ast, parser};

/// Message ids and the variables each uses, per locale.
fn messages(
    locale: Locale,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let sources = server::locales::read_sources(&common::locales_dir()).unwrap();
    let mut found = std::collections::BTreeMap::new();
    for source in sources.into_iter().filter(|s| s.locale == locale) {
        let resource = parser::parse(source.text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", source.file));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = std::collections::BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_variables(pattern, &mut variables);
                }
                found.insert(message.id.name.to_string(), variables);
            }
        }
    }
    found
}

fn collect_variables(pattern: &ast::Pattern<&str>, into: &mut std::collections::BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_from_expression(expression, into);
        }
    }
}

fn collect_from_expression(
    expression: &ast::Expression<&str>,
    into: &mut std::collections::BTreeSet<String>,
) {
    match expression {
        ast::Expression::Inline(inline) => collect_from_inline(inline, into),
        ast::Expression::Select { selector, variants } => {
            collect_from_inline(selector, into);
            for variant in variants {
                collect_variables(&variant.value, into);
            }
        }
    }
}

fn collect_from_inline(
    inline: &ast::InlineExpression<&str>,
    into: &mut std::collections::BTreeSet<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_from_expression(expression, into)
        }
        _ => {}
    }
}

#[test]
fn every_locale_has_every_swedish_message_with_the_same_variables() {
    let swedish = messages(Locale::Swedish);
    assert!(swedish.len() > 20);
    for locale in Locale::ALL {
        let translated = messages(locale);
        for (id, variables) in &swedish {
            let Some(theirs) = translated.get(id) else {
                panic!("{} lacks message {id}", locale.slug());
            };
            assert_eq!(
                theirs,
                variables,
                "{}: {id} uses other variables",
                locale.slug()
            );
        }
        for id in translated.keys() {
            assert!(
                swedish.contains_key(id),
                "{} has {id}, which Swedish lacks",
                locale.slug()
            );
        }
    }
}

#[test]
fn every_locale_file_states_its_review_status() {
    let sources = server::locales::read_sources(&common::locales_dir()).unwrap();
    for source in sources {
        let first = source.text.lines().next().unwrap_or_default();
        assert!(
            first.starts_with('#') && (first.contains("Review") || first.contains("Granskning")),
            "{} must open with its review status",
            source.file
        );
    }
}
