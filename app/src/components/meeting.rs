//! The meeting view (issue 19 §3): a page's content in two columns, Swedish
//! beside one chosen locale, row by row, so a counsellor and a citizen who
//! read different languages look at the same fact, heading and figure.
//!
//! It is the page's own address with `?meeting=ar`: a plain link that works
//! without JavaScript and prints on A4 in both languages. Each column keeps
//! its own language and direction; the columns themselves always stand
//! Swedish first, left to right, whatever the page's locale. On a phone one
//! language shows at a time: both stay laid out in the same place and a
//! control hides one, so switching keeps the reader's place (CSS only).

use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

use crate::{
    components::print_button::PrintButton,
    i18n::{I18n, Locale, MeetingColumn, MEETING_PARAMETER},
    routes::localized,
};

/// What the address asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingRequest {
    /// The page in one language, as usual.
    Off,
    /// Swedish beside this locale.
    Beside(Locale),
    /// A `meeting` value that names no locale but Swedish: the page in one
    /// language, with a notice saying so.
    Unknown,
}

/// The meeting view the address asks for.
pub fn meeting_request() -> MeetingRequest {
    match use_query_map().read_untracked().get(MEETING_PARAMETER) {
        None => MeetingRequest::Off,
        // Swedish beside Swedish would say everything twice.
        Some(slug) => match Locale::from_slug(&slug) {
            Some(Locale::Swedish) | None => MeetingRequest::Unknown,
            Some(locale) => MeetingRequest::Beside(locale),
        },
    }
}

/// The translators of a meeting view: the page's own and one per column.
pub struct Meeting {
    page: I18n,
    swedish: I18n,
    second: I18n,
}

impl Meeting {
    pub fn new(page: &I18n, second: Locale) -> Meeting {
        let column = |prefix| MeetingColumn {
            prefix,
            page: page.locale,
            second,
        };
        Meeting {
            page: page.clone(),
            swedish: page.in_meeting_column(Locale::Swedish, column("sv-column-")),
            second: page.in_meeting_column(second, column("second-column-")),
        }
    }

    /// The two columns' translators, Swedish first.
    pub fn columns(&self) -> [&I18n; 2] {
        [&self.swedish, &self.second]
    }

    /// One row: the same content written in both columns, side by side.
    pub fn row<V: IntoView>(&self, content: impl Fn(&I18n) -> V) -> AnyView {
        self.row_of([&(), &()], |i18n, _| content(i18n))
    }

    /// One row whose columns also read their own data (a profile fetched
    /// in each column's language).
    pub fn row_of<T, V: IntoView>(
        &self,
        data: [&T; 2],
        content: impl Fn(&I18n, &T) -> V,
    ) -> AnyView {
        let [first, second] = self.columns();
        self.pair(content(first, data[0]), content(second, data[1]))
    }

    /// Rows whose columns each write a list of parts from their own data
    /// (a profile's facts): the first parts side by side, then the second,
    /// and so on. Both lists come from the same data, so they are alike
    /// in length.
    pub fn rows_of<T>(
        &self,
        data: [&T; 2],
        content: impl Fn(&I18n, &T) -> Vec<AnyView>,
    ) -> Vec<AnyView> {
        let [first, second] = self.columns();
        content(first, data[0])
            .into_iter()
            .zip(content(second, data[1]))
            .map(|(a, b)| self.pair(a, b))
            .collect()
    }

    /// One row of two parts already written, Swedish first.
    fn pair(&self, first: impl IntoView, second: impl IntoView) -> AnyView {
        let [first_i18n, second_i18n] = self.columns();
        view! {
            <div class="meeting__row">
                {cell(first_i18n, "meeting__cell meeting__cell--first", first)}
                {cell(second_i18n, "meeting__cell meeting__cell--second", second)}
            </div>
        }
        .into_any()
    }

    /// The whole view around its rows: what it is, how to leave it or pick
    /// another language, print, the phone's switch, then the rows under a
    /// heading row naming each column's language. `own_path` is the page's
    /// own address after the locale (with its query, without `meeting`).
    pub fn frame(&self, own_path: &str, rows: Vec<AnyView>) -> impl IntoView {
        let i18n = &self.page;
        let [first, second] = self.columns();
        let languages = format!(
            "{} + {}",
            first.locale.native_name(),
            second.locale.native_name()
        );
        let switch_id = |column: &str| ["meeting-show-", column].concat();
        let switch_option = |column: &I18n, key: &str, checked: bool| {
            let id = switch_id(key);
            view! {
                <span class="meeting-switch__option">
                    <input type="radio" name="meeting-show" id=id.clone() checked=checked/>
                    <label for=id lang=column.locale.html_lang() dir=column.locale.direction().as_str()>
                        {column.locale.native_name()}
                    </label>
                </span>
            }
        };
        let heading = |column: &I18n| {
            // Each language's name opens the page in that language alone.
            let alone = localized(column.locale, own_path);
            view! {
                <p class="meeting__language">
                    <a href=alone>{column.locale.native_name()}</a>
                </p>
            }
        };
        view! {
            <Meta name="robots" content="noindex"/>
            <div class="meeting">
                <div class="meeting-bar">
                    <p class="meeting-bar__title">
                        <strong>{i18n.t("meeting-title")}</strong> ": " <span dir="auto">{languages}</span>
                    </p>
                    <p class="hint">{i18n.t("meeting-explained")}</p>
                    <details>
                        <summary>{i18n.t("meeting-other-languages")}</summary>
                        {other_languages(i18n, own_path, Some(second.locale))}
                    </details>
                    <PrintButton label=i18n.t("meeting-print")/>
                </div>
                <fieldset class="meeting-switch">
                    <legend>{i18n.t("meeting-switch-legend")}</legend>
                    {switch_option(first, "first", true)}
                    {switch_option(second, "second", false)}
                </fieldset>
                // The columns stand Swedish first whatever the page's
                // direction; each cell has its own.
                <div class="meeting__rows" dir="ltr">
                    {self.row(heading)}
                    {rows}
                </div>
            </div>
        }
    }
}

/// One column's cell of a row, in that column's language and direction.
fn cell(i18n: &I18n, class: &'static str, content: impl IntoView) -> impl IntoView {
    view! {
        <div class=class lang=i18n.locale.html_lang() dir=i18n.locale.direction().as_str()>
            {content}
        </div>
    }
}

/// The way into the meeting view from a page in one language: one plain
/// link per language to show beside Swedish (the page's own first).
pub fn meeting_offer(i18n: &I18n, own_path: &str) -> impl IntoView {
    view! {
        <details class="meeting-offer">
            <summary>{i18n.t("meeting-offer")}</summary>
            <p class="hint">{i18n.t("meeting-explained")}</p>
            {other_languages(i18n, own_path, None)}
        </details>
    }
}

/// Links to the meeting view with each language beside Swedish but
/// `current`: the reader's own language first.
fn other_languages(i18n: &I18n, own_path: &str, current: Option<Locale>) -> impl IntoView {
    let separator = if own_path.contains('?') { "&" } else { "?" };
    let mut locales: Vec<Locale> = Locale::ALL
        .into_iter()
        .filter(|&locale| locale != Locale::Swedish && Some(locale) != current)
        .collect();
    // The page's own language first: the one the reader most likely wants.
    locales.sort_by_key(|&locale| locale != i18n.locale);
    let links = locales
        .into_iter()
        .map(|locale| {
            let href = [&localized(i18n.locale, own_path), separator, MEETING_PARAMETER, "=", locale.slug()].concat();
            view! {
                <li>
                    <a href=href>
                        <span lang="sv">{Locale::Swedish.native_name()}</span>
                        " + "
                        <span lang=locale.html_lang() dir=locale.direction().as_str()>{locale.native_name()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let label = match current {
        Some(_) => i18n.t("meeting-other-languages"),
        None => i18n.t("meeting-choose-language"),
    };
    view! {
        <nav class="meeting-languages" aria-label=label>
            <ul>{links}</ul>
        </nav>
    }
}

/// Said when the address's `meeting` names no language the portal has.
pub fn unknown_meeting_notice(i18n: &I18n) -> impl IntoView {
    view! { <p class="notice" role="status">{i18n.t("meeting-unknown-language")}</p> }
}
