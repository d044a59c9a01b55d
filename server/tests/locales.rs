//! The Fluent files in `locales/`: they parse, every locale has every message
//! with the same variables, and every message formats cleanly, with a
//! variant for every plural form its language has.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use app::i18n::{FluentArgs, FluentSource, FluentValue, Locale, Localizer};
use fluent_syntax::{ast, parser};

/// What the tests need to know about one message.
#[derive(Debug, Default)]
struct Message {
    /// The variables it uses, e.g. `count`.
    variables: BTreeSet<String>,
    /// Its selects on a number: the variable and the variant keys.
    plural_selects: Vec<(String, Vec<Key>)>,
}

/// A variant key: `[3]` or `[few]`.
#[derive(Debug, PartialEq)]
enum Key {
    Number(f64),
    Category(String),
}

/// Every message of a locale, by id.
fn messages(locale: Locale) -> BTreeMap<String, Message> {
    let sources = server::locales::read_sources(&common::locales_dir()).unwrap();
    let mut found = BTreeMap::new();
    for source in sources.into_iter().filter(|s| s.locale == locale) {
        let resource = parser::parse(source.text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", source.file));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut info = Message::default();
                if let Some(pattern) = &message.value {
                    walk_pattern(pattern, &mut info);
                }
                found.insert(message.id.name.to_string(), info);
            }
        }
    }
    found
}

fn walk_pattern(pattern: &ast::Pattern<&str>, into: &mut Message) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, into);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, into: &mut Message) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, into),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, into);
            let keys: Vec<Key> = variants
                .iter()
                .map(|variant| match &variant.key {
                    ast::VariantKey::NumberLiteral { value } => {
                        Key::Number(value.parse().expect("a number literal"))
                    }
                    ast::VariantKey::Identifier { name } => Key::Category(name.to_string()),
                })
                .collect();
            // A select on plural forms names a number or a category other
            // than the catch-all `other`; `[company]` and the like are not.
            let plural = keys.iter().any(|key| match key {
                Key::Number(_) => true,
                Key::Category(name) => {
                    ["zero", "one", "two", "few", "many"].contains(&name.as_str())
                }
            });
            if let (true, ast::InlineExpression::VariableReference { id }) = (plural, selector) {
                into.plural_selects.push((id.name.to_string(), keys));
            }
            for variant in variants {
                walk_pattern(&variant.value, into);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, into: &mut Message) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, into),
        _ => {}
    }
}

#[test]
fn every_locale_has_every_swedish_message_with_the_same_variables() {
    let swedish = messages(Locale::Swedish);
    assert!(swedish.len() > 20);
    for locale in Locale::ALL {
        let translated = messages(locale);
        for (id, message) in &swedish {
            let Some(theirs) = translated.get(id) else {
                panic!("{} lacks message {id}", locale.slug());
            };
            assert_eq!(
                theirs.variables,
                message.variables,
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

/// Values to format a message with. Months as the catalogue has them;
/// anything else across every plural form of the nine languages (Arabic's
/// zero, one, two, few 3–10, many 11–99, other 100–102; Russian's one 1, 21,
/// 101, few 2–4, many 0, 5–20).
fn samples(variable: &str) -> &'static [i64] {
    match variable {
        "months" => &[1, 2, 3, 6, 9, 12, 24],
        _ => &[0, 1, 2, 3, 5, 11, 12, 21, 100, 101, 1000],
    }
}

/// A catalogue whose only message says which CLDR plural form a number takes
/// in each locale: Fluent's own rules, so the test asks what the portal uses.
fn plural_forms() -> Localizer {
    let probe = "form = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    \
                 [few] few\n    [many] many\n   *[other] other\n}\n";
    Localizer::from_sources(Locale::ALL.map(|locale| FluentSource {
        locale,
        file: "probe.ftl".into(),
        text: probe.into(),
    }))
    .unwrap()
}

/// `count = 3, months = 12`, for failure messages.
fn describe(args: &FluentArgs) -> String {
    let pairs: Vec<String> = args
        .iter()
        .map(|(name, value)| match value {
            FluentValue::Number(n) => format!("{name} = {}", n.value),
            other => format!("{name} = {other:?}"),
        })
        .collect();
    pairs.join(", ")
}

#[test]
fn every_message_formats_cleanly_with_a_variant_for_every_plural_form() {
    let localizer = server::locales::load(&common::locales_dir()).unwrap();
    let forms = plural_forms();
    let form_of = |locale: Locale, n: i64| {
        let mut args = FluentArgs::new();
        args.set("n", n);
        forms.try_format(locale, "form", Some(&args)).unwrap()
    };
    let swedish = messages(Locale::Swedish);
    for locale in Locale::ALL {
        let slug = locale.slug();
        for (id, message) in messages(locale) {
            // The arguments the pages pass: the Swedish message's variables.
            let Some(passed) = swedish.get(&id).map(|m| &m.variables) else {
                continue; // the test above reports it
            };
            // Each variable in turn runs through its samples while the
            // others keep their first; a message without any runs once.
            let mut runs = Vec::new();
            if passed.is_empty() {
                runs.push(FluentArgs::new());
            }
            for variable in passed {
                for &value in samples(variable) {
                    let mut args = FluentArgs::new();
                    for other in passed {
                        let fixed = if other == variable {
                            value
                        } else {
                            samples(other)[0]
                        };
                        args.set(other.clone(), fixed);
                    }
                    runs.push(args);
                }
            }
            for args in &runs {
                let text = localizer
                    .try_format(locale, &id, Some(args))
                    .unwrap_or_else(|e| panic!("{slug}: {id} with {}: {e}", describe(args)));
                assert!(!text.trim().is_empty(), "{slug}: {id} is empty");
            }
            for (variable, keys) in &message.plural_selects {
                for &value in samples(variable) {
                    let form = form_of(locale, value);
                    let covered = keys.iter().any(|key| match key {
                        Key::Number(n) => *n == value as f64,
                        Key::Category(name) => *name == form,
                    });
                    assert!(
                        covered,
                        "{slug}: {id} needs a [{form}] variant (${variable} = {value})"
                    );
                }
            }
        }
    }
}

#[test]
fn every_message_reads_as_fluent_formats_it() {
    // The localizer prepares messages at start-up and fills in arguments
    // without Fluent's resolver; what a page shows must not change.
    let localizer = server::locales::load(&common::locales_dir()).unwrap();
    let swedish = messages(Locale::Swedish);
    let values: [FluentValue; 4] = [
        "Jobblotsen AB".into(),
        "".into(),
        1234567.into(),
        FluentValue::from(12.5),
    ];
    for locale in Locale::ALL {
        for id in messages(locale).keys() {
            let passed = swedish
                .get(id)
                .map(|m| m.variables.clone())
                .unwrap_or_default();
            let mut runs = vec![None];
            for value in &values {
                let mut args = FluentArgs::new();
                for variable in &passed {
                    args.set(variable.clone(), value.clone());
                }
                runs.push(Some(args));
            }
            for args in &runs {
                let fluent = match localizer.try_format(locale, id, args.as_ref()) {
                    Ok(text) => text,
                    Err(app::i18n::FormatError::Fluent { text, .. }) => text,
                    Err(error) => panic!("{}: {id}: {error}", locale.slug()),
                };
                assert_eq!(
                    localizer.format(locale, id, args.as_ref()),
                    fluent,
                    "{}: {id} with {}",
                    locale.slug(),
                    args.as_ref().map(describe).unwrap_or_default()
                );
            }
        }
    }
}

#[test]
fn the_plural_probe_knows_arabic_and_russian() {
    let forms = plural_forms();
    let form = |locale, n: i64| {
        let mut args = FluentArgs::new();
        args.set("n", n);
        forms.try_format(locale, "form", Some(&args)).unwrap()
    };
    let arabic: Vec<_> = [0, 1, 2, 3, 11, 100]
        .map(|n| form(Locale::Arabic, n))
        .into();
    assert_eq!(arabic, ["zero", "one", "two", "few", "many", "other"]);
    let russian: Vec<_> = [1, 3, 5, 21].map(|n| form(Locale::Russian, n)).into();
    assert_eq!(russian, ["one", "few", "many", "one"]);
    assert_eq!(form(Locale::Swedish, 0), "other");
}
