//! Languages: which locales the portal speaks and how a message id becomes text.
//!
//! Every visible word comes from the Fluent files in `locales/`. The server
//! reads them once at start-up ([`Localizer::from_sources`]); pages translate
//! on the server, and islands receive their text already translated, so no
//! catalogue ever ships to the browser.

use std::{collections::HashMap, sync::Arc};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language the portal is published in. The URL's first segment is its slug.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    Swedish,
    English,
}

/// Text direction of a locale, as written in `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// Every published locale, in the order the language switcher lists them.
    pub const ALL: [Locale; 2] = [Locale::Swedish, Locale::English];

    /// Messages missing in a locale are taken from this one.
    pub const FALLBACK: Locale = Locale::Swedish;

    /// The URL segment, also the folder name under `locales/`.
    pub fn slug(self) -> &'static str {
        match self {
            Locale::Swedish => "sv",
            Locale::English => "en",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.slug() == slug)
    }

    /// The locale named by a request path's first segment, if any.
    pub fn from_path(path: &str) -> Option<Locale> {
        let first = path.trim_start_matches('/').split('/').next()?;
        Locale::from_slug(first)
    }

    /// The BCP 47 tag for `<html lang>` (the easy-to-read locale will share
    /// Swedish's tag: its text is Swedish).
    pub fn html_lang(self) -> &'static str {
        self.slug()
    }

    pub fn direction(self) -> Direction {
        Direction::Ltr
    }

    /// The language's name in itself, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Swedish => "Svenska",
            Locale::English => "English",
        }
    }

    fn language_identifier(self) -> LanguageIdentifier {
        // Parsing a constant tag from the list above cannot fail; a test pins it.
        self.html_lang()
            .parse()
            .expect("locale tags are valid BCP 47")
    }

    /// Picks the best published locale from an `Accept-Language` header,
    /// honouring q-values; Swedish when nothing matches.
    pub fn negotiate(accept_language: &str) -> Locale {
        let mut ranked: Vec<(f32, usize, Locale)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, entry)| {
                let mut parts = entry.trim().split(';');
                let tag = parts.next()?.trim().to_ascii_lowercase();
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                let primary = tag.split('-').next()?;
                let locale = Locale::ALL.into_iter().find(|l| l.slug() == primary)?;
                (quality > 0.0).then_some((quality, position, locale))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.first().map(|r| r.2).unwrap_or(Locale::FALLBACK)
    }
}

/// A Fluent file that failed to load, with what was wrong.
#[derive(Debug, thiserror::Error)]
pub enum LocalesError {
    #[error("{file}: Fluent syntax errors: {errors}")]
    Syntax { file: String, errors: String },
    #[error("{file}: message defined twice: {errors}")]
    Duplicate { file: String, errors: String },
}

/// All locales' Fluent bundles; shared by every request.
pub struct Localizer {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// One Fluent source file: the locale it belongs to, its name (for errors) and text.
pub struct FluentSource {
    pub locale: Locale,
    pub file: String,
    pub text: String,
}

impl Localizer {
    /// Builds the bundles; a file that does not parse is an error, never a
    /// silently missing message.
    pub fn from_sources(
        sources: impl IntoIterator<Item = FluentSource>,
    ) -> Result<Localizer, LocalesError> {
        let mut bundles: HashMap<Locale, FluentBundle<FluentResource>> = Locale::ALL
            .into_iter()
            .map(|locale| {
                let mut bundle = FluentBundle::new_concurrent(vec![locale.language_identifier()]);
                // Isolation marks keep numbers and names readable inside
                // right-to-left sentences; left-to-right text needs none.
                bundle.set_use_isolating(locale.direction() == Direction::Rtl);
                (locale, bundle)
            })
            .collect();
        for source in sources {
            let resource = FluentResource::try_new(source.text).map_err(|(_, errors)| {
                LocalesError::Syntax {
                    file: source.file.clone(),
                    errors: format!("{errors:?}"),
                }
            })?;
            let bundle = bundles
                .get_mut(&source.locale)
                .expect("every locale has a bundle");
            bundle
                .add_resource(resource)
                .map_err(|errors| LocalesError::Duplicate {
                    file: source.file,
                    errors: format!("{errors:?}"),
                })?;
        }
        Ok(Localizer { bundles })
    }

    /// Whether `locale` itself (not the fallback) defines the message.
    pub fn has_message(&self, locale: Locale, id: &str) -> bool {
        self.bundles[&locale].has_message(id)
    }

    /// The text of message `id` in `locale`, else in Swedish. A message
    /// missing everywhere shows its id, which the locale tests forbid.
    pub fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [locale, Locale::FALLBACK] {
            let bundle = &self.bundles[&candidate];
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return text.into_owned();
            }
        }
        leptos::logging::warn!("missing Fluent message {id}");
        id.to_string()
    }
}

/// The current request's language and the catalogue to translate with,
/// provided as context by the locale layout.
#[derive(Clone)]
pub struct I18n {
    pub locale: Locale,
    localizer: Arc<Localizer>,
}

impl I18n {
    pub fn new(locale: Locale, localizer: Arc<Localizer>) -> I18n {
        I18n { locale, localizer }
    }

    /// Translates a message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.localizer.format(self.locale, id, None)
    }

    /// Translates a message with named arguments.
    pub fn t_with<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
    ) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name, value);
        }
        self.localizer.format(self.locale, id, Some(&fluent_args))
    }

    /// A path inside the current locale, e.g. `href("/level/ami2")` → `/sv/level/ami2`.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.locale.slug(), path)
    }
}

/// The translator for the page being rendered.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_tag_parses() {
        for locale in Locale::ALL {
            let _ = locale.language_identifier();
            assert_eq!(Locale::from_slug(locale.slug()), Some(locale));
        }
    }

    #[test]
    fn accept_language_prefers_the_highest_quality_published_locale() {
        assert_eq!(
            Locale::negotiate("en-GB,en;q=0.9,sv;q=0.8"),
            Locale::English
        );
        assert_eq!(
            Locale::negotiate("de-DE, sv;q=0.5, en;q=0.4"),
            Locale::Swedish
        );
        assert_eq!(Locale::negotiate("sv;q=0.2, en;q=0.9"), Locale::English);
        assert_eq!(Locale::negotiate("de, fr"), Locale::Swedish);
        assert_eq!(Locale::negotiate(""), Locale::Swedish);
        assert_eq!(Locale::negotiate("en;q=0"), Locale::Swedish);
    }

    #[test]
    fn locale_comes_from_the_first_path_segment() {
        assert_eq!(Locale::from_path("/en/level/ami2"), Some(Locale::English));
        assert_eq!(Locale::from_path("/sv"), Some(Locale::Swedish));
        assert_eq!(Locale::from_path("/xx/level"), None);
        assert_eq!(Locale::from_path("/"), None);
    }

    #[test]
    fn a_missing_message_falls_back_to_swedish() {
        let localizer = Localizer::from_sources([
            FluentSource {
                locale: Locale::Swedish,
                file: "sv".into(),
                text: "hello = Hej\nonly-sv = Bara svenska\n".into(),
            },
            FluentSource {
                locale: Locale::English,
                file: "en".into(),
                text: "hello = Hello\n".into(),
            },
        ])
        .unwrap();
        assert_eq!(localizer.format(Locale::English, "hello", None), "Hello");
        assert_eq!(
            localizer.format(Locale::English, "only-sv", None),
            "Bara svenska"
        );
    }

    #[test]
    fn a_file_that_does_not_parse_is_an_error() {
        let result = Localizer::from_sources([FluentSource {
            locale: Locale::Swedish,
            file: "broken.ftl".into(),
            text: "= no id\n".into(),
        }]);
        assert!(matches!(result, Err(LocalesError::Syntax { .. })));
    }
}
