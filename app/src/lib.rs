//! Jämföraren's user interface: the page shell, the routes and every page.
//!
//! The portal runs in Leptos *islands* mode: every page is rendered on the
//! server as complete HTML with plain links and forms, and only the parts
//! marked `#[island]` hydrate in the browser. See README.md for why.

// The staff forms' views are deep nested types that need more room to be
// laid out.
#![recursion_limit = "256"]

/// Modules that render on the server only: the browser build holds no
/// pages, no routes and no translation catalogue (no Fluent).
macro_rules! server_only {
    ($($module:ident),* $(,)?) => { $( #[cfg(feature = "ssr")] pub mod $module; )* };
}

pub mod components;

server_only!(api, backend, i18n, pages, request, routes);

// The vocabulary the pages speak lives in `domain`; these names keep the
// pages' paths short.
pub use domain::{error, interventions, model, places, profile_fields, url, vocabulary};

#[cfg(feature = "ssr")]
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::provide_meta_context;
#[cfg(feature = "ssr")]
use leptos_router::components::Router;

#[cfg(feature = "ssr")]
use crate::{components::layout::PageLayout, routes::PageRoutes};

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
                <link rel="icon" href=routes::Endpoint::Favicon.href() type="image/svg+xml"/>
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
#[cfg(feature = "ssr")]
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let localizer = expect_context::<std::sync::Arc<i18n::Localizer>>();
    provide_context(i18n::I18n::new(request_locale(), localizer));

    view! {
        <Router>
            <PageLayout>
                <PageRoutes/>
            </PageLayout>
        </Router>
    }
}

/// Called once by the browser entry before the islands hydrate.
#[cfg(feature = "hydrate")]
pub fn prepare_hydration() {}
