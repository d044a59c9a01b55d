//! Jämföraren's user interface: the page shell, the routes and every page.
//!
//! The portal runs in Leptos *islands* mode: every page is rendered on the
//! server as complete HTML with plain links and forms, and only the parts
//! marked `#[island]` hydrate in the browser. See README.md for why.

// The staff forms' views are deep nested types; the browser build (which
// compiles but never runs them) needs more room to lay them out.
#![recursion_limit = "256"]

pub mod api;
pub mod backend;
pub mod components;
pub mod error;
pub mod i18n;
pub mod interventions;
pub mod model;
pub mod pages;
pub mod places;
pub mod profile_fields;
pub mod request;
pub mod url;
pub mod vocabulary;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    ParamSegment, SsrMode, StaticSegment,
};

use crate::{
    components::layout::{Localized, PageLayout},
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

/// The locale of the request being rendered: the URL's first segment, else
/// Swedish (e.g. for a 404 page at an unknown path).
#[cfg(feature = "ssr")]
pub fn request_locale() -> i18n::Locale {
    use_context::<http::request::Parts>()
        .and_then(|parts| i18n::Locale::from_path(parts.uri.path()))
        .unwrap_or(i18n::Locale::FALLBACK)
}

/// The whole style sheet (`style/*.css`, gathered by `build.rs`), inline in
/// every page: on a slow connection a separate sheet costs a round trip
/// before anything is drawn, more than its bytes do. The server's policy
/// allows it by its hash.
#[cfg(feature = "ssr")]
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

/// The script that loads the islands: Leptos's own, as `HydrationScripts`
/// writes it, but started after the first paint and without the two
/// preload links `HydrationScripts` puts before it. A preload makes the
/// browser fetch the wasm (71 KB) alongside the page, and on a slow phone
/// connection that pushes back the first paint (README, *Server first*).
/// Rendered once: it depends only on the build's file names.
#[cfg(feature = "ssr")]
pub fn island_loader(options: &LeptosOptions) -> &'static str {
    static LOADER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LOADER.get_or_init(|| {
        let options = options.clone();
        let html =
            Owner::new().with(|| view! { <HydrationScripts options islands=true/> }.to_html());
        let text = html
            .find("<script")
            .and_then(|start| Some(start + html[start..].find('>')? + 1))
            .and_then(|start| Some(&html[start..start + html[start..].find("</script>")?]));
        let text = text.expect("HydrationScripts writes one inline script");
        // Started after the first frame is drawn (a timer set from the
        // frame's callback runs after that paint), so the islands' files
        // never share the connection with what the reader sees first.
        format!("requestAnimationFrame(() => setTimeout(() => {{\n{text}\n}}));")
    })
}

/// The HTML document around every page.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = request_locale();
    // The loader carries no nonce: the server's policy names it by the hash
    // of its text (server `http::security`), so a page is the same bytes
    // for every reader and can be kept whole. leptos_axum provides a fresh
    // nonce for every render; taking it away keeps it out of the page.
    let _unused = leptos::reactive::owner::take_context::<leptos::nonce::Nonce>();
    // What `HydrationScripts` does in islands mode besides writing the
    // loader: only islands are rendered for hydration.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    view! {
        <!DOCTYPE html>
        <html lang=locale.html_lang() dir=locale.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <style inner_html=STYLE></style>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <script type="module" inner_html=island_loader(&options)></script>
                <leptos_meta::MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The application: translator in context, layout, routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    #[cfg(feature = "ssr")]
    {
        let localizer = expect_context::<std::sync::Arc<i18n::Localizer>>();
        provide_context(i18n::I18n::new(request_locale(), localizer));
    }

    view! {
        <Router>
            <PageLayout>
                <Routes fallback=NotFound>
                    <Route
                        path=ParamSegment("lang")
                        view=|| view! { <Localized><HomePage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("level"), ParamSegment("code"))
                        view=|| view! { <Localized><LevelPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("level"), ParamSegment("code"), StaticSegment("my-choice"))
                        view=|| view! { <Localized><MyChoicePage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("level"), ParamSegment("code"), StaticSegment("my-choice"), ParamSegment("provider"))
                        view=|| view! { <Localized><MyChoicePage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("compare"))
                        view=|| view! { <Localized><ComparePage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("provider"), ParamSegment("id"))
                        view=|| view! { <Localized><ProviderPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("login"))
                        view=|| view! { <Localized><SignInPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("invitation"), ParamSegment("token"))
                        view=|| view! { <Localized><InvitationPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"))
                        view=|| view! { <Localized><AccountPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("password"))
                        view=|| view! { <Localized><PasswordPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("profile"))
                        view=|| view! { <Localized><ProfileEditPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("profile"), StaticSegment("preview"))
                        view=|| view! { <Localized><ProfilePreviewPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("reviews"), ParamSegment("id"))
                        view=|| view! { <Localized><ReviewPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("providers"))
                        view=|| view! { <Localized><ProvidersAdminPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("providers"), ParamSegment("id"), StaticSegment("addresses"))
                        view=|| view! { <Localized><AddressCorrectionPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("providers"), ParamSegment("id"), StaticSegment("history"))
                        view=|| view! { <Localized><ProfileHistoryPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("providers"), ParamSegment("id"), StaticSegment("history"), ParamSegment("version"))
                        view=|| view! { <Localized><ProfileVersionPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("invitations"))
                        view=|| view! { <Localized><InvitationsPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("fact-sheets"))
                        view=|| view! { <Localized><FactSheetIndexPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("fact-sheet"), ParamSegment("code"))
                        view=|| view! { <Localized><FactSheetPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("accessibility"))
                        view=|| view! { <Localized><AccessibilityPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("statistics"))
                        view=|| view! { <Localized><StatisticsPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("statistics"), StaticSegment("how-to-read"))
                        view=|| view! { <Localized><HowToReadPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("statistics"), StaticSegment("level"), ParamSegment("code"))
                        view=|| view! { <Localized><LevelStatisticsPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("statistics"), StaticSegment("provider"), ParamSegment("id"))
                        view=|| view! { <Localized><ProviderStatisticsPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("open-data"))
                        view=|| view! { <Localized><OpenDataPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("statistics"))
                        view=|| view! { <Localized><StaffStatisticsPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("statistics"), ParamSegment("id"))
                        view=|| view! { <Localized><FullStatisticsPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("statistics"), ParamSegment("id"), StaticSegment("level"), ParamSegment("code"))
                        view=|| view! { <Localized><FullLevelStatisticsPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("account"), StaticSegment("statistics"), StaticSegment("imports"), ParamSegment("id"))
                        view=|| view! { <Localized><ImportJobPage/></Localized> }
                        ssr=SsrMode::Async
                    />
                </Routes>
            </PageLayout>
        </Router>
    }
}

/// Called once by the browser entry before the islands hydrate.
#[cfg(feature = "hydrate")]
pub fn prepare_hydration() {}
