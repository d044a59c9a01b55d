//! Languages: which locales the portal speaks and how a message id becomes text.
//!
//! Every visible word comes from the Fluent files in `locales/`. The server
//! reads them once at start-up ([`Localizer::from_sources`]); pages translate
//! on the server, and islands receive their text already translated, so no
//! catalogue ever ships to the browser.

use std::{collections::HashMap, sync::Arc};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::{concurrent::FluentBundle, types::FluentNumber, FluentError, FluentResource};
use leptos::prelude::*;
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use crate::routes::Page;

/// Message arguments, re-exported for callers outside this crate.
pub use fluent_bundle::{FluentArgs, FluentValue};

pub use domain::locale::{Direction, Locale, NumberStyle};

/// The BCP 47 tag of a locale as Fluent wants it.
fn language_identifier(locale: Locale) -> LanguageIdentifier {
    // Every locale's tag is a constant (`Locale::html_lang`); a test parses each.
    locale
        .html_lang()
        .parse()
        .expect("locale tags are valid BCP 47")
}

/// A number as this locale writes it: `3876.5` is `3 876,5` in Swedish
/// (with a no-break space) and `3,876.5` in English.
pub fn format_number(locale: Locale, value: f64) -> String {
    locale
        .number_style()
        .localize(&plain_number(&FluentNumber::from(value)), true)
}

/// A number written the programmer's way, exactly as Fluent writes it
/// (`FluentNumber::as_string`), but without float formatting for a whole
/// number: counts are most of the numbers a page shows, and writing each
/// through `f64`'s shortest-digits search was a visible part of a
/// statistics table's cost.
fn plain_number(number: &FluentNumber) -> std::borrow::Cow<'static, str> {
    // Below 2^53 every whole f64 is exactly an i64; -0 keeps its sign in
    // Fluent's text ("-0"), which the integer would lose.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    let value = number.value;
    let whole =
        value.fract() == 0.0 && value.abs() < EXACT && !(value == 0.0 && value.is_sign_negative());
    if whole && number.options.minimum_fraction_digits.is_none() {
        (value as i64).to_string().into()
    } else {
        number.as_string()
    }
}

/// How Fluent writes a number placeable (`{ $count }`) in this style.
fn format_fluent(style: NumberStyle, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(number) => {
            Some(style.localize(&plain_number(number), number.options.use_grouping))
        }
        _ => None,
    }
}

/// Fluent's formatter hook is a plain `fn`, which cannot capture the
/// style: one function per style instead.
fn fluent_formatter<M>(style: NumberStyle) -> fn(&FluentValue, &M) -> Option<String> {
    fn space_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
        format_fluent(NumberStyle::SpaceComma, value)
    }
    fn comma_point<M>(value: &FluentValue, _: &M) -> Option<String> {
        format_fluent(NumberStyle::CommaPoint, value)
    }
    match style {
        NumberStyle::SpaceComma => space_comma::<M>,
        NumberStyle::CommaPoint => comma_point::<M>,
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
    /// Each locale's messages prepared at start-up, by id: resolving Fluent
    /// patterns on every request was a visible part of a page's cost, and so
    /// was hashing ids with the default (DoS-resistant) hash. The ids are
    /// our own, never a visitor's.
    prepared: FxHashMap<Locale, FxHashMap<String, Prepared>>,
}

/// A message made ready to use without Fluent's resolver, with the same
/// result (`server/tests/locales.rs` compares every one).
enum Prepared {
    /// Takes no arguments: formatted once (most of a page's words).
    Text(String),
    /// Only text and `{ $variable }` placeables (most messages that take
    /// arguments): the arguments are filled in directly.
    Fill(Fill),
}

struct Fill {
    pieces: Vec<Piece>,
    /// Fluent isolates a placeable in a right-to-left locale (Unicode
    /// FSI … PDI) when the pattern has more than it alone.
    isolate: bool,
    numbers: NumberStyle,
    /// The text's length plus [`ARGUMENT_LENGTH_HINT`] per argument, so
    /// most messages are written with one allocation.
    length_hint: usize,
}

/// What an argument usually adds: a name, a number, a date.
const ARGUMENT_LENGTH_HINT: usize = 16;

enum Piece {
    Text(String),
    Variable(String),
}

impl Fill {
    /// `None` for a pattern of any other shape (selectors, references).
    fn new(pattern: &fluent_syntax::ast::Pattern<&str>, locale: Locale) -> Option<Fill> {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let pieces = pattern
            .elements
            .iter()
            .map(|element| match element {
                PatternElement::TextElement { value } => Some(Piece::Text(value.to_string())),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => Some(Piece::Variable(id.name.to_string())),
                PatternElement::Placeable { .. } => None,
            })
            .collect::<Option<Vec<_>>>()?;
        let length_hint = pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.len(),
                Piece::Variable(_) => ARGUMENT_LENGTH_HINT,
            })
            .sum();
        Some(Fill {
            isolate: locale.direction() == Direction::Rtl && pieces.len() > 1,
            length_hint,
            pieces,
            numbers: locale.number_style(),
        })
    }

    /// `None` when an argument is missing or neither text nor a number:
    /// Fluent then formats it and reports what is wrong.
    fn with(&self, args: &FluentArgs) -> Option<String> {
        let mut text = String::with_capacity(self.length_hint);
        for piece in &self.pieces {
            match piece {
                Piece::Text(value) => text.push_str(value),
                Piece::Variable(name) => {
                    if self.isolate {
                        text.push('\u{2068}');
                    }
                    match args.get(name.as_str())? {
                        FluentValue::String(value) => text.push_str(value),
                        number @ FluentValue::Number(_) => {
                            text.push_str(&format_fluent(self.numbers, number)?)
                        }
                        _ => return None,
                    }
                    if self.isolate {
                        text.push('\u{2069}');
                    }
                }
            }
        }
        Some(text)
    }
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
                let mut bundle = FluentBundle::new_concurrent(vec![language_identifier(locale)]);
                // Isolation marks keep numbers and names readable inside
                // right-to-left sentences; left-to-right text needs none.
                bundle.set_use_isolating(locale.direction() == Direction::Rtl);
                // Numbers in messages (`{ $count }`) in the locale's style.
                // Years and codes are passed as strings, never grouped.
                bundle.set_formatter(Some(fluent_formatter(locale.number_style())));
                (locale, bundle)
            })
            .collect();
        let mut fills: Vec<(Locale, String, Option<Fill>)> = vec![];
        for source in sources {
            let resource = FluentResource::try_new(source.text).map_err(|(_, errors)| {
                LocalesError::Syntax {
                    file: source.file.clone(),
                    errors: format!("{errors:?}"),
                }
            })?;
            fills.extend(resource.entries().filter_map(|entry| {
                match entry {
                    fluent_syntax::ast::Entry::Message(message) => Some((
                        source.locale,
                        message.id.name.to_string(),
                        message
                            .value
                            .as_ref()
                            .and_then(|pattern| Fill::new(pattern, source.locale)),
                    )),
                    _ => None,
                }
            }));
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
        let mut localizer = Localizer {
            bundles,
            prepared: FxHashMap::default(),
        };
        // A message that formats cleanly without arguments needs none; one
        // that needs them fails without them and is filled in per call.
        let mut prepared: FxHashMap<Locale, FxHashMap<String, Prepared>> = FxHashMap::default();
        for (locale, id, fill) in fills {
            let ready = match (localizer.try_format(locale, &id, None), fill) {
                (Ok(text), _) => Prepared::Text(text),
                (Err(_), Some(fill)) => Prepared::Fill(fill),
                (Err(_), None) => continue,
            };
            prepared.entry(locale).or_default().insert(id, ready);
        }
        localizer.prepared = prepared;
        Ok(localizer)
    }

    /// Whether `locale` itself (not the fallback) defines the message.
    pub fn has_message(&self, locale: Locale, id: &str) -> bool {
        self.bundles[&locale].has_message(id)
    }

    /// The text of message `id` in `locale`, else in Swedish. A message
    /// missing everywhere shows its id, which the locale tests forbid.
    pub fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [locale, Locale::FALLBACK] {
            let prepared = self
                .prepared
                .get(&candidate)
                .and_then(|ready| ready.get(id));
            match (prepared, args) {
                (Some(Prepared::Text(text)), _) => return text.clone(),
                (Some(Prepared::Fill(fill)), Some(args)) => {
                    if let Some(text) = fill.with(args) {
                        return text;
                    }
                }
                _ => {}
            }
            match self.try_format(candidate, id, args) {
                Ok(text) => return text,
                Err(FormatError::Fluent { text, errors }) => {
                    leptos::logging::warn!("Fluent message {id} in {candidate:?}: {errors:?}");
                    return text;
                }
                Err(FormatError::Missing) => {}
            }
        }
        leptos::logging::warn!("missing Fluent message {id}");
        id.to_string()
    }

    /// A date as `locale` writes it in running text, e.g. `14 mars 2025`.
    /// The order and the month's name are Fluent messages (`date-long`,
    /// `date-month-1` … `date-month-12`), so they are translated like every
    /// other word, in the month's grammatical form a date needs (Russian's
    /// genitive `марта`). Day and year go in as text: a year is never grouped
    /// like a number (`2,025`).
    pub fn format_date(&self, locale: Locale, date: NaiveDate) -> String {
        let mut args = FluentArgs::new();
        args.set("day", date.day().to_string());
        args.set(
            "month",
            self.format(locale, &format!("date-month-{}", date.month()), None),
        );
        args.set("year", date.year().to_string());
        self.format(locale, "date-long", Some(&args))
    }

    /// The text of message `id` in `locale` itself, failing on any Fluent
    /// error (an unknown variable or reference, say): what the locale tests
    /// check every message with.
    pub fn try_format(
        &self,
        locale: Locale,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, FormatError> {
        let bundle = &self.bundles[&locale];
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or(FormatError::Missing)?;
        let mut errors = vec![];
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(FormatError::Fluent { text, errors })
        }
    }
}

/// Why a message could not be formatted cleanly.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error("no such message (or it has no value)")]
    Missing,
    /// Fluent still produced text, with the broken parts marked.
    #[error("Fluent errors {errors:?} in {text:?}")]
    Fluent {
        text: String,
        errors: Vec<FluentError>,
    },
}

/// The current request's language and the catalogue to translate with,
/// provided as context by the locale layout.
#[derive(Clone)]
pub struct I18n {
    pub locale: Locale,
    localizer: Arc<Localizer>,
    /// Set while writing one column of the meeting view.
    column: Option<MeetingColumn>,
}

/// One of the meeting view's two columns: its ids are its own, and its
/// links stay in the meeting view, on pages in the reader's locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeetingColumn {
    /// The id prefix that keeps the two columns' ids apart.
    pub prefix: &'static str,
    /// The locale of the page around the columns (its address).
    pub page: Locale,
    /// The language shown beside Swedish.
    pub second: Locale,
}

impl I18n {
    pub fn new(locale: Locale, localizer: Arc<Localizer>) -> I18n {
        I18n {
            locale,
            localizer,
            column: None,
        }
    }

    /// The same catalogue in `locale`, writing one column of the meeting view.
    pub fn in_meeting_column(&self, locale: Locale, column: MeetingColumn) -> I18n {
        I18n {
            locale,
            localizer: self.localizer.clone(),
            column: Some(column),
        }
    }

    /// An element id: the name itself, or, inside a meeting view column,
    /// the name under that column's prefix, so the page's two columns never
    /// name two elements alike.
    pub fn id(&self, name: &str) -> String {
        match self.column {
            Some(column) => [column.prefix, name].concat(),
            None => name.to_string(),
        }
    }

    /// The same catalogue in another locale: the Swedish column beside the
    /// reader's language on a page the counsellor reads too.
    pub fn in_locale(&self, locale: Locale) -> I18n {
        I18n::new(locale, self.localizer.clone())
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
        let args = args.into_iter();
        let mut fluent_args = FluentArgs::with_capacity(args.size_hint().0);
        for (name, value) in args {
            fluent_args.set(name, value);
        }
        self.localizer.format(self.locale, id, Some(&fluent_args))
    }

    /// A multiline message as its lines, one thought each (the easy-to-read
    /// guidance): fact sheets and the accessibility statement show each line
    /// as its own paragraph or list item.
    pub fn lines(&self, id: &str) -> Vec<String> {
        self.t(id)
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// A number as the current locale writes it, e.g. `3 876` in Swedish.
    pub fn number(&self, value: f64) -> String {
        format_number(self.locale, value)
    }

    /// A date as the current locale writes it, e.g. `14 mars 2025` in Swedish.
    pub fn date(&self, date: NaiveDate) -> String {
        self.localizer.format_date(self.locale, date)
    }

    /// A stored date (`2025-03-14`) or moment (RFC 3339) as the current
    /// locale writes its day; the text itself when it is neither.
    pub fn date_text(&self, stored: &str) -> String {
        stored
            .get(..10)
            .and_then(|day| day.parse::<NaiveDate>().ok())
            .map_or_else(|| stored.to_string(), |day| self.date(day))
    }

    /// What names a section as a region (its heading's id), outside the
    /// meeting view. Inside a column none: two columns would name their
    /// regions alike where two languages word a heading alike (Swedish and
    /// easy-to-read Swedish), and the headings already give the structure.
    pub fn region_label(&self, heading_id: &str) -> Option<String> {
        self.column.is_none().then(|| heading_id.to_string())
    }

    /// A page's address in the current locale: `/sv/level/ami2`.
    ///
    /// Inside a meeting view column, the address in the page's locale with
    /// the meeting view kept, so following a link keeps both languages.
    pub fn href(&self, page: &Page) -> String {
        self.address(&page.path(), "")
    }

    /// A page's address with a query (`period=2023`, without the `?`).
    pub fn href_query(&self, page: &Page, query: &str) -> String {
        self.address(&page.path(), query)
    }

    fn address(&self, path: &str, query: &str) -> String {
        // `concat` rather than `format!`: a page builds dozens of these.
        let separator = if query.is_empty() { "" } else { "?" };
        match self.column {
            None => ["/", self.locale.slug(), path, separator, query].concat(),
            Some(column) => {
                let (page, second) = (column.page.slug(), column.second.slug());
                let separator = if query.is_empty() { "" } else { "&" };
                [
                    "/",
                    page,
                    path,
                    "?",
                    query,
                    separator,
                    MEETING_PARAMETER,
                    "=",
                    second,
                ]
                .concat()
            }
        }
    }
}

/// The query parameter that opens a page's meeting view: Swedish beside the
/// locale it names (`?meeting=ar`).
pub const MEETING_PARAMETER: &str = "meeting";

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
            let _ = language_identifier(locale);
            assert_eq!(Locale::from_slug(locale.slug()), Some(locale));
        }
    }

    #[test]
    fn whole_numbers_are_written_exactly_as_fluent_writes_them() {
        let options = fluent_bundle::types::FluentNumberOptions {
            minimum_fraction_digits: Some(2),
            ..Default::default()
        };
        let numbers = [
            0.0, -0.0, 7.0, -12.0, 3876.0, 1e15, -9.007e15, 9.1e15, 1e300, 0.5, 4.1,
        ]
        .map(FluentNumber::from)
        .into_iter()
        .chain([
            FluentNumber::new(7.0, options.clone()),
            FluentNumber::new(4.1, options),
        ]);
        for number in numbers {
            assert_eq!(plain_number(&number), number.as_string(), "{number:?}");
        }
    }

    #[test]
    fn numbers_use_western_digits_and_the_locales_separators() {
        assert_eq!(format_number(Locale::Swedish, 3876.0), "3\u{a0}876");
        assert_eq!(format_number(Locale::Swedish, 4.1), "4,1");
        assert_eq!(
            format_number(Locale::Russian, -1234567.5),
            "-1\u{a0}234\u{a0}567,5"
        );
        assert_eq!(format_number(Locale::English, 3876.0), "3,876");
        assert_eq!(format_number(Locale::Arabic, 3876.25), "3,876.25");
        assert_eq!(format_number(Locale::Persian, 12.0), "12");
        assert_eq!(format_number(Locale::Tigrinya, 100.0), "100");
    }

    #[test]
    fn fluent_writes_numbers_the_locales_way() {
        let localizer =
            Localizer::from_sources(Locale::ALL.into_iter().map(|locale| FluentSource {
                locale,
                file: locale.slug().into(),
                text: "amount = { $n } kr\n".into(),
            }))
            .unwrap();
        let mut args = FluentArgs::new();
        args.set("n", 6324);
        assert_eq!(
            localizer.format(Locale::Swedish, "amount", Some(&args)),
            "6\u{a0}324 kr"
        );
        assert_eq!(
            localizer.format(Locale::English, "amount", Some(&args)),
            "6,324 kr"
        );
        // Right-to-left text isolates the number so it reads in one piece.
        assert_eq!(
            localizer.format(Locale::Arabic, "amount", Some(&args)),
            "\u{2068}6,324\u{2069} kr"
        );
    }

    /// The portal's own date messages, as shipped in `locales/`.
    fn date_localizer() -> Localizer {
        Localizer::from_sources(Locale::ALL.into_iter().map(|locale| {
            FluentSource {
                locale,
                file: format!("{}/dates.ftl", locale.slug()),
                text: std::fs::read_to_string(
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("../locales")
                        .join(locale.slug())
                        .join("dates.ftl"),
                )
                .expect("every locale has its dates"),
            }
        }))
        .unwrap()
    }

    #[test]
    fn stored_dates_and_moments_are_shown_as_the_locales_day() {
        let i18n = I18n::new(Locale::Swedish, Arc::new(date_localizer()));
        assert_eq!(i18n.date_text("2025-03-14"), "14 mars 2025");
        assert_eq!(i18n.date_text("2025-03-14T08:30:00Z"), "14 mars 2025");
        assert_eq!(i18n.date_text("not a date"), "not a date");
    }

    #[test]
    fn dates_are_written_the_locales_way_with_translated_month_names() {
        let localizer = date_localizer();
        let day = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
        let date = |locale| localizer.format_date(locale, day);
        assert_eq!(date(Locale::Swedish), "14 mars 2025");
        assert_eq!(date(Locale::EasySwedish), "14 mars 2025");
        assert_eq!(date(Locale::English), "14 March 2025");
        assert_eq!(date(Locale::Somali), "14 Maarso 2025");
        assert_eq!(date(Locale::Tigrinya), "14 መጋቢት 2025");
        // Russian puts the month in the genitive and closes with "г." (year),
        // kept on the year's line.
        assert_eq!(date(Locale::Russian), "14 марта 2025\u{a0}г.");
        // Right-to-left: Western digits like every number in the portal,
        // each part isolated so the date reads in one piece.
        let isolated = |parts: [&str; 3]| {
            parts
                .map(|part| format!("\u{2068}{part}\u{2069}"))
                .join(" ")
        };
        assert_eq!(date(Locale::Arabic), isolated(["14", "مارس", "2025"]));
        assert_eq!(date(Locale::Persian), isolated(["14", "مارس", "2025"]));
        assert_eq!(date(Locale::Dari), isolated(["14", "مارچ", "2025"]));
    }

    #[test]
    fn every_month_has_its_own_name_in_every_locale() {
        let localizer = date_localizer();
        for locale in Locale::ALL {
            let names: std::collections::HashSet<String> = (1..=12)
                .map(|month| {
                    let day = NaiveDate::from_ymd_opt(2024, month, 1).unwrap();
                    localizer.format_date(locale, day)
                })
                .collect();
            assert_eq!(names.len(), 12, "{locale:?} repeats a month");
            for name in &names {
                assert!(!name.contains("date-"), "{locale:?}: {name}");
            }
        }
        let new_year = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        assert_eq!(
            localizer.format_date(Locale::English, new_year),
            "1 January 2024"
        );
        let last = NaiveDate::from_ymd_opt(2023, 12, 31).unwrap();
        assert_eq!(
            localizer.format_date(Locale::Swedish, last),
            "31 december 2023"
        );
        assert_eq!(
            localizer.format_date(Locale::Russian, last),
            "31 декабря 2023\u{a0}г."
        );
    }

    #[test]
    fn a_multiline_message_gives_one_line_per_thought() {
        let localizer = Localizer::from_sources([FluentSource {
            locale: Locale::Swedish,
            file: "sv".into(),
            text: "rights =\n    Du väljer.\n\n    Du kan byta.\n".into(),
        }])
        .unwrap();
        let i18n = I18n::new(Locale::Swedish, Arc::new(localizer));
        assert_eq!(i18n.lines("rights"), ["Du väljer.", "Du kan byta."]);
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
