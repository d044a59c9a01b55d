//! HTTP: the router, middleware and the few routes that are not Leptos pages.

mod accounts;
pub mod compression;
mod crawlers;
pub mod forms;
mod health;
mod locale_redirect;
pub mod open_data;
pub mod page_cache;
mod screen;
pub mod security;
pub mod session;
mod staff;
mod staff_statistics;

pub use screen::BODY_LIMIT;
pub mod static_twin;

use std::sync::Arc;

use app::{
    i18n::Localizer,
    routes::{Endpoint, PageKind},
};
use axum::{
    extract::{DefaultBodyLimit, FromRef},
    routing::{get, post},
    Router,
};
use domain::backend::{SharedBackend, SharedStaff};
use http::{header, HeaderValue};
use leptos::prelude::*;
use leptos_axum::{generate_route_list_with_exclusions_and_ssg_and_context, LeptosRoutes};
use tower_http::{
    services::{ServeDir, ServeFile},
    set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};

use crate::{
    changes::ChangeWatch, db::Db, import::jobs::RunningImports, stats::disclosure::DisclosureRules,
};

/// What every request handler can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub backend: SharedBackend,
    pub staff: SharedStaff,
    pub localizer: Arc<Localizer>,
    pub security: SecurityConfig,
    /// Imports this instance is reading (the upload page's progress).
    pub imports: Arc<RunningImports>,
    /// The thresholds staff publish statistics with.
    pub disclosure: DisclosureRules,
    /// The public data's version this instance knows.
    pub changes: Arc<ChangeWatch>,
    /// The portal's public address, for every absolute link.
    pub public_url: domain::model::PublicUrl,
    /// The private folder uploaded files wait in for their import.
    pub uploads: crate::import::uploads::UploadDir,
}

/// How cookies and client addresses are treated.
#[derive(Clone, Copy, Debug, Default)]
pub struct SecurityConfig {
    /// Mark cookies `Secure` (served over https).
    pub secure_cookies: bool,
    /// A proxy in front sets `X-Forwarded-For` and `X-Forwarded-Proto`.
    pub trust_forwarded: bool,
}

pub fn router(state: AppState) -> Router {
    let context = {
        let backend = state.backend.clone();
        let staff = state.staff.clone();
        let localizer = state.localizer.clone();
        let public_url = state.public_url.clone();
        move || {
            provide_context(backend.clone());
            provide_context(staff.clone());
            provide_context(localizer.clone());
            provide_context(public_url.clone());
        }
    };
    // Listing the routes renders the app once, so it needs the same context.
    // The pages ask the backend directly while rendering; no server
    // function is an HTTP route.
    let (routes, _) =
        generate_route_list_with_exclusions_and_ssg_and_context(app::App, None, context.clone());
    let shell = {
        let options = state.leptos_options.clone();
        move || app::shell(options.clone())
    };
    // Built assets are pre-compressed by scripts/build.sh; serve those files.
    let pkg_dir = format!(
        "{}/{}",
        state.leptos_options.site_root, state.leptos_options.site_pkg_dir
    );
    let assets = ServeDir::new(pkg_dir)
        .precompressed_br()
        .precompressed_gzip();

    // Public pages are kept rendered and compressed while the public data is
    // unchanged; the policy names the inline script by its hash, so a kept
    // page is the same bytes for every reader (see `security`).
    let pages = Arc::new(page_cache::PageCache::new(
        state.changes.clone(),
        state.backend.clone(),
    ));
    let content_security = security::ContentSecurity::for_shell(&state.leptos_options);

    // The icon sits at the root, where `/{lang}` would otherwise catch it.
    let favicon = ServeFile::new(format!("{}/favicon.svg", state.leptos_options.site_root));

    let routes = Router::new()
        .route(Endpoint::Health.pattern(), get(health::health))
        .route_service(Endpoint::Favicon.pattern(), favicon)
        .route("/", get(locale_redirect::to_preferred_locale))
        // The signed-in forms post here; their pages are Leptos routes.
        .route(PageKind::SignIn.pattern(), post(accounts::sign_in))
        .route(PageKind::SignOut.pattern(), post(accounts::sign_out))
        .route(
            PageKind::SignOutEverywhere.pattern(),
            post(accounts::sign_out_everywhere),
        )
        .route(
            PageKind::Invitation.pattern(),
            post(accounts::accept_invitation),
        )
        .route(
            PageKind::Password.pattern(),
            post(accounts::change_password),
        )
        .route(PageKind::ProfileEdit.pattern(), post(staff::profile))
        .route(PageKind::Review.pattern(), post(staff::decide))
        .route(PageKind::Providers.pattern(), post(staff::providers))
        .route(
            PageKind::Addresses.pattern(),
            post(staff::correct_addresses),
        )
        .route(PageKind::Invitations.pattern(), post(staff::invite))
        .route(
            PageKind::StaffStatistics.pattern(),
            post(staff_statistics::publish),
        )
        .route(
            PageKind::StatisticsUpload.pattern(),
            post(staff_statistics::upload)
                .layer(DefaultBodyLimit::max(staff_statistics::UPLOAD_LIMIT)),
        )
        .route(
            PageKind::ImportProgress.pattern(),
            get(staff_statistics::progress),
        )
        .route(
            PageKind::ExampleFile.pattern(),
            get(staff_statistics::example),
        )
        .merge(open_data::router())
        .merge(crawlers::router())
        .leptos_routes_with_context(&state, routes, context.clone(), shell)
        .nest_service(Endpoint::Assets.pattern(), assets)
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, app::shell))
        .with_state(state.clone());

    // Every layer wraps the router as a whole, not each route: a layer on
    // a router is copied onto every route, and each call clones what it
    // wraps, so per route every request cloned the handlers' state several
    // times over (a sixth of a kept page's time).
    let rendered = Router::new()
        .fallback_service(routes)
        .layer(axum::middleware::from_fn(locale_redirect::canonical_path))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::load_session,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            screen::screen_requests,
        ))
        .layer(axum::middleware::from_fn_with_state(
            content_security,
            security::content_security,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.changes.clone(),
            forget_after_writes,
        ))
        // A last guard: a panic still answers (500) instead of dropping the
        // connection, and is logged. Tests hold every route to never panic.
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .pipe(headers_and_compression);

    // In front of all the above, and wrapping it as one router so that a
    // kept page clones nothing of it: a kept page is answered from memory
    // with the headers it was kept with. Only the locale cookie, which is
    // each reader's own, is added per response.
    Router::new()
        .fallback_service(rendered)
        .layer(axum::middleware::from_fn_with_state(
            pages,
            page_cache::serve,
        ))
        .layer(axum::middleware::from_fn(locale_redirect::remember_locale))
        .layer(TraceLayer::new_for_http())
}

/// A request that may have written (any method but GET and HEAD) makes the
/// next page ask the database for the public data's version, so whoever
/// sent a form sees its effect on the page that follows.
async fn forget_after_writes(
    axum::extract::State(changes): axum::extract::State<Arc<ChangeWatch>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let may_write = !matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    let response = next.run(request).await;
    if may_write {
        changes.forget();
    }
    response
}

/// The layers every response passes: compression, security headers, tracing.
/// The benchmark's static twin (`static_twin`) shares them, so the two
/// differ only in how the HTML is made.
pub fn common_layers(router: Router) -> Router {
    headers_and_compression(router).layer(TraceLayer::new_for_http())
}

/// Compression as a response is sent, and the security headers.
fn headers_and_compression(router: Router) -> Router {
    router
        .pipe(compression::per_response_layers)
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
}

/// `router.pipe(f)` reads better than `f(router)` at the end of a chain.
trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl<T> Pipe for T {}
