//! Every address of the portal, defined once.
//!
//! [`Page`] is a page (or a form's target) with what its address carries;
//! `href` writes its address, `parse` reads one back, [`PageKind::pattern`]
//! is the route axum registers for the page's form, and [`PageRoutes`] is
//! the router's table. All four come from the one list in `pages!` below,
//! so a link, a form's action, a redirect and the route it lands on cannot
//! disagree. [`Notice`] is the confirmation a form leaves on the page it
//! sends the reader to, and [`Endpoint`] the addresses outside any locale.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Routes},
    ParamSegment, SsrMode, StaticSegment,
};

use crate::{
    components::layout::Localized,
    i18n::Locale,
    pages::{
        accessibility::AccessibilityPage,
        account::{
            addresses::AddressCorrectionPage,
            history::{ProfileHistoryPage, ProfileVersionPage},
            invitation::InvitationPage,
            invitations::InvitationsPage,
            overview::AccountPage,
            password::PasswordPage,
            profile_edit::ProfileEditPage,
            profile_preview::ProfilePreviewPage,
            providers::ProvidersAdminPage,
            review::ReviewPage,
            sign_in::SignInPage,
            statistics::{
                FullLevelStatisticsPage, FullStatisticsPage, ImportJobPage, StaffStatisticsPage,
            },
        },
        compare::ComparePage,
        fact_sheet::FactSheetPage,
        fact_sheets::FactSheetIndexPage,
        home::HomePage,
        how_to_read::HowToReadPage,
        level::LevelPage,
        my_choice::MyChoicePage,
        not_found::NotFound,
        open_data::OpenDataPage,
        provider::ProviderPage,
        statistics::StatisticsPage,
        statistics_level::LevelStatisticsPage,
        statistics_provider::ProviderStatisticsPage,
    },
};

/// A path segment: a word (`"level"`) as itself, a field (`code`) as its value.
macro_rules! write_segment {
    ($path:ident, $word:literal) => {
        $path.push_str(concat!("/", $word))
    };
    ($path:ident, $field:ident) => {{
        $path.push('/');
        $path.push_str($field)
    }};
}

/// A segment as axum's route pattern writes it: a field as `{field}`.
macro_rules! pattern_segment {
    ($word:literal) => {
        concat!("/", $word)
    };
    ($field:ident) => {
        concat!("/{", stringify!($field), "}")
    };
}

/// A segment as a slice pattern: a word matches itself, a field binds it.
macro_rules! match_segment {
    ($word:literal) => {
        $word
    };
    ($field:ident) => {
        $field
    };
}

/// A segment as the router matches it; a field's name is the parameter's.
macro_rules! route_segment {
    ($word:literal) => {
        StaticSegment($word)
    };
    ($field:ident) => {
        ParamSegment(stringify!($field))
    };
}

/// The one list of addresses. `views` are pages the router renders (and a
/// form on them may post back to the same address); `forms` are addresses
/// only a form posts to. Where a word and a field could both match, forms
/// and earlier entries win (`statistics/import` before `statistics/{id}`),
/// as axum prefers a word to a field.
macro_rules! pages {
    (
        views { $(
            $(#[doc = $doc:literal])*
            $name:ident $({ $($field:ident),* })? = [$($segment:tt),*] => $view:ident,
        )* }
        forms { $(
            $(#[doc = $form_doc:literal])*
            $form:ident $({ $($form_field:ident),* })? = [$($form_segment:tt),*],
        )* }
    ) => {
        /// A page of the portal, or a form's target, with what its address carries.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Page {
            $( $(#[doc = $doc])* $name $({ $($field: String),* })?, )*
            $( $(#[doc = $form_doc])* $form $({ $($form_field: String),* })?, )*
        }

        /// Which page, without what its address carries: the route's name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum PageKind {
            $( $name, )*
            $( $form, )*
        }

        impl Page {
            /// The address after the locale: `/level/ami2`; the start page's is empty.
            pub fn path(&self) -> String {
                let mut path = String::new();
                match self {
                    $( Page::$name { $($($field),*)? } => { $( write_segment!(path, $segment); )* } )*
                    $( Page::$form { $($($form_field),*)? } => { $( write_segment!(path, $form_segment); )* } )*
                }
                path
            }

            /// The page an address after the locale names (no query), if any.
            pub fn parse(path: &str) -> Option<Page> {
                let path = path.strip_suffix('/').unwrap_or(path);
                let segments: Vec<&str> = match path {
                    "" => Vec::new(),
                    path => path.strip_prefix('/')?.split('/').collect(),
                };
                if segments.iter().any(|segment| segment.is_empty()) {
                    return None;
                }
                #[allow(unused_variables)]
                match segments[..] {
                    $( [$(match_segment!($form_segment)),*] => Some(Page::$form { $($($form_field: $form_field.to_string()),*)? }), )*
                    $( [$(match_segment!($segment)),*] => Some(Page::$name { $($($field: $field.to_string()),*)? }), )*
                    _ => None,
                }
            }

            pub fn kind(&self) -> PageKind {
                match self {
                    $( Page::$name { .. } => PageKind::$name, )*
                    $( Page::$form { .. } => PageKind::$form, )*
                }
            }
        }

        impl PageKind {
            pub const ALL: &'static [PageKind] = &[$(PageKind::$name,)* $(PageKind::$form,)*];

            /// The route axum registers for this page's form, locale included:
            /// `/{lang}/account/reviews/{id}`.
            pub fn pattern(self) -> &'static str {
                match self {
                    $( PageKind::$name => concat!("/{lang}", $(pattern_segment!($segment)),*), )*
                    $( PageKind::$form => concat!("/{lang}", $(pattern_segment!($form_segment)),*), )*
                }
            }
        }

        /// The router's table: every page in its locale, rendered whole on
        /// the server before it is sent; any other address is a 404.
        #[component]
        pub fn PageRoutes() -> impl IntoView {
            view! {
                <Routes fallback=NotFound>
                    $(
                        <Route
                            path=(ParamSegment("lang"), $(route_segment!($segment),)*)
                            view=|| view! { <Localized>{$view()}</Localized> }
                            ssr=SsrMode::Async
                        />
                    )*
                </Routes>
            }
        }
    };
}

pages! {
    views {
        /// The start page: the interventions to choose among.
        Home = [] => HomePage,
        Level { code } = ["level", code] => LevelPage,
        /// The next steps after choosing, before a provider is picked.
        MyChoice { code } = ["level", code, "my-choice"] => MyChoicePage,
        /// The next steps after choosing `provider`.
        MyChoiceOf { code, provider } = ["level", code, "my-choice", provider] => MyChoicePage,
        Compare = ["compare"] => ComparePage,
        Provider { id } = ["provider", id] => ProviderPage,
        SignIn = ["login"] => SignInPage,
        Invitation { token } = ["invitation", token] => InvitationPage,
        Account = ["account"] => AccountPage,
        Password = ["account", "password"] => PasswordPage,
        ProfileEdit = ["account", "profile"] => ProfileEditPage,
        ProfilePreview = ["account", "profile", "preview"] => ProfilePreviewPage,
        /// A profile change waiting for staff review (`id`: its version).
        Review { id } = ["account", "reviews", id] => ReviewPage,
        Providers = ["account", "providers"] => ProvidersAdminPage,
        Addresses { id } = ["account", "providers", id, "addresses"] => AddressCorrectionPage,
        History { id } = ["account", "providers", id, "history"] => ProfileHistoryPage,
        Version { id, version } = ["account", "providers", id, "history", version] => ProfileVersionPage,
        Invitations = ["account", "invitations"] => InvitationsPage,
        FactSheets = ["fact-sheets"] => FactSheetIndexPage,
        FactSheet { code } = ["fact-sheet", code] => FactSheetPage,
        Accessibility = ["accessibility"] => AccessibilityPage,
        Statistics = ["statistics"] => StatisticsPage,
        HowToRead = ["statistics", "how-to-read"] => HowToReadPage,
        LevelStatistics { code } = ["statistics", "level", code] => LevelStatisticsPage,
        ProviderStatistics { id } = ["statistics", "provider", id] => ProviderStatisticsPage,
        OpenData = ["open-data"] => OpenDataPage,
        StaffStatistics = ["account", "statistics"] => StaffStatisticsPage,
        /// A publication as staff see it, nothing hidden (`id`: the publication).
        Publication { id } = ["account", "statistics", id] => FullStatisticsPage,
        PublicationLevel { id, code } = ["account", "statistics", id, "level", code] => FullLevelStatisticsPage,
        ImportJob { id } = ["account", "statistics", "imports", id] => ImportJobPage,
    }
    forms {
        SignOut = ["logout"],
        SignOutEverywhere = ["logout-everywhere"],
        /// A case or survey file uploaded for import.
        StatisticsUpload = ["account", "statistics", "import"],
        /// An import's progress, as the import page's island polls it.
        ImportProgress { id } = ["account", "statistics", "imports", id, "progress"],
        /// An example file of the import's format (`file`: `cases.csv`, …).
        ExampleFile { file } = ["account", "statistics", "examples", file],
    }
}

impl Page {
    /// The upload page's example file of a kind.
    pub fn example_file(kind: crate::model::statistics::ImportKind) -> Page {
        Page::ExampleFile {
            file: format!("{}.csv", kind.slug()),
        }
    }

    /// The address in `locale`: `/sv/level/ami2`.
    pub fn href(&self, locale: Locale) -> String {
        localized(locale, &self.path())
    }

    /// The address after the locale with a query (`period=2023`, no `?`;
    /// none when empty).
    pub fn path_with_query(&self, query: &str) -> String {
        match query {
            "" => self.path(),
            query => [self.path().as_str(), "?", query].concat(),
        }
    }

    /// The address in `locale` with a confirmation of what a form did.
    pub fn href_done(&self, locale: Locale, notice: Notice) -> String {
        format!("{}?{DONE_PARAMETER}={}", self.href(locale), notice.code())
    }
}

/// The locale and the page a whole address names (`/sv/level/ami2`, no query).
pub fn locate(path: &str) -> Option<(Locale, Page)> {
    let locale = Locale::from_path(path)?;
    let page = Page::parse(&path[1 + locale.slug().len()..])?;
    Some((locale, page))
}

/// An address in `locale` that no page has: where a form's handler renders
/// an error in the page's frame.
pub fn no_page(locale: Locale) -> String {
    localized(locale, "/error")
}

/// An address after the locale, in `locale`: `/sv` + `/level/ami2`.
pub fn localized(locale: Locale, rest: &str) -> String {
    ["/", locale.slug(), rest].concat()
}

/// The query parameter that carries a [`Notice`].
pub const DONE_PARAMETER: &str = "done";

/// An enum of codes, each variant with its code, and `ALL` in the order
/// written: the list is written once.
macro_rules! coded {
    ($(#[$meta:meta])* pub enum $name:ident { $( $variant:ident = $code:literal, )* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $( $variant, )* }

        impl $name {
            pub const ALL: &'static [$name] = &[$( $name::$variant, )*];

            pub fn code(self) -> &'static str {
                match self { $( $name::$variant => $code, )* }
            }
        }
    };
}

coded! {
    /// What a form confirms on the page it sends the reader to (`?done=…`),
    /// shown as the message `done-{code}`.
    pub enum Notice {
        SignedIn = "signed-in",
        Submitted = "submitted",
        ContactPublished = "contact-published",
        Published = "published",
        Returned = "returned",
        Authorized = "authorized",
        Deauthorized = "deauthorized",
        ProviderCreated = "provider-created",
        LoggedOutElsewhere = "logged-out-elsewhere",
        AccountCreated = "account-created",
        StatisticsPublished = "statistics-published",
        PasswordChanged = "password-changed",
        AddressesCorrected = "addresses-corrected",
    }
}

impl Notice {
    /// The notice a `?done=` value names; anything else shows nothing.
    pub fn from_code(code: &str) -> Option<Notice> {
        Notice::ALL
            .iter()
            .copied()
            .find(|notice| notice.code() == code)
    }

    /// The message that confirms it.
    pub fn message_id(self) -> String {
        format!("done-{}", self.code())
    }
}

/// Addresses outside any locale: files, machine-readable data and the
/// server's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Endpoint {
    Health,
    Favicon,
    Robots,
    Sitemap,
    /// The islands' compiled files.
    Assets,
    OpenDataCatalog,
    /// A dataset's file: `dataset` is its code, `file` `2023.csv`.
    OpenDataFile {
        dataset: String,
        file: String,
    },
    /// A dataset of a period, as the catalogue names it (no file).
    OpenDataset {
        dataset: String,
        period: String,
    },
}

/// Where every open-data address starts.
pub const OPEN_DATA_PREFIX: &str = "/open-data/";

impl Endpoint {
    pub fn href(&self) -> String {
        match self {
            Endpoint::OpenDataFile {
                dataset,
                file: last,
            }
            | Endpoint::OpenDataset {
                dataset,
                period: last,
            } => [OPEN_DATA_PREFIX, dataset, "/", last].concat(),
            fixed => fixed.pattern().to_string(),
        }
    }

    /// The route axum registers.
    /// The router's pattern of a dataset's file, whose address has fields.
    pub const OPEN_DATA_FILE_PATTERN: &'static str = "/open-data/{dataset}/{file}";

    pub fn pattern(&self) -> &'static str {
        match self {
            Endpoint::Health => "/health",
            Endpoint::Favicon => "/favicon.svg",
            Endpoint::Robots => "/robots.txt",
            Endpoint::Sitemap => "/sitemap.xml",
            Endpoint::Assets => "/pkg",
            Endpoint::OpenDataCatalog => "/open-data/catalog.jsonld",
            Endpoint::OpenDataFile { .. } => Endpoint::OPEN_DATA_FILE_PATTERN,
            Endpoint::OpenDataset { .. } => "/open-data/{dataset}/{period}",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_reads_back_as_the_page_it_was_written_for() {
        let id = || "p1".to_string();
        let pages = [
            Page::Home,
            Page::Level {
                code: "ami2".into(),
            },
            Page::MyChoice {
                code: "ami2".into(),
            },
            Page::MyChoiceOf {
                code: "ami2".into(),
                provider: id(),
            },
            Page::Provider { id: id() },
            Page::Version {
                id: id(),
                version: "v7".into(),
            },
            Page::Publication { id: id() },
            Page::PublicationLevel {
                id: id(),
                code: "isa1".into(),
            },
            Page::StatisticsUpload,
            Page::ImportProgress { id: id() },
            Page::ExampleFile {
                file: "cases.csv".into(),
            },
        ];
        for page in pages {
            assert_eq!(Page::parse(&page.path()), Some(page.clone()), "{page:?}");
        }
    }

    #[test]
    fn addresses_are_written_in_the_locale() {
        assert_eq!(Page::Home.href(Locale::English), "/en");
        assert_eq!(
            Page::Level {
                code: "ami2".into()
            }
            .href(Locale::Swedish),
            "/sv/level/ami2"
        );
        assert_eq!(
            Page::Account.href_done(Locale::Swedish, Notice::SignedIn),
            "/sv/account?done=signed-in"
        );
    }

    #[test]
    fn the_form_routes_name_their_fields() {
        assert_eq!(PageKind::Review.pattern(), "/{lang}/account/reviews/{id}");
        assert_eq!(PageKind::Home.pattern(), "/{lang}");
        assert_eq!(
            PageKind::ImportProgress.pattern(),
            "/{lang}/account/statistics/imports/{id}/progress"
        );
    }

    #[test]
    fn unknown_and_malformed_addresses_name_no_page() {
        for path in [
            "/nowhere",
            "/level",
            "/level//my-choice",
            "level/ami2",
            "/provider/a/b",
        ] {
            assert_eq!(Page::parse(path), None, "{path}");
        }
        assert_eq!(Page::parse("/account/"), Some(Page::Account));
    }

    /// The words every address starts with after the locale (`/account`,
    /// `/level/`), as a quoted path would write them.
    fn quoted_address_starts() -> Vec<String> {
        PageKind::ALL
            .iter()
            .filter_map(|kind| {
                let rest = kind.pattern().strip_prefix("/{lang}")?;
                let words = rest.split('{').next()?;
                (!words.is_empty()).then(|| format!("\"{words}"))
            })
            .collect()
    }

    #[test]
    fn no_other_file_writes_a_page_address() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("the workspace");
        let starts = quoted_address_starts();
        assert!(
            starts.contains(&"\"/account/reviews/".to_string()),
            "{starts:?}"
        );
        let mut found = Vec::new();
        let mut folders = vec![
            root.join("domain/src"),
            root.join("app/src"),
            root.join("server/src"),
        ];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("a source folder") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("routes.rs")
                {
                    let text = std::fs::read_to_string(&path).expect("a source file");
                    // Tests may name the addresses they ask for.
                    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                    for (number, line) in code.lines().enumerate() {
                        if starts.iter().any(|start| line.contains(start.as_str())) {
                            found.push(format!("{}:{}: {line}", path.display(), number + 1));
                        }
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "addresses written outside routes.rs:\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn a_notice_reads_back_from_its_code() {
        for &notice in Notice::ALL {
            assert_eq!(Notice::from_code(notice.code()), Some(notice));
        }
        assert_eq!(Notice::from_code("<script>"), None);
    }
}
