//! For search engines: `/robots.txt` and `/sitemap.xml`, with absolute
//! addresses from the configured public address. Each page also names its
//! canonical address and its nine languages (`app::components::layout`).

use std::collections::BTreeSet;

use app::{
    backend::SharedBackend,
    i18n::Locale,
    interventions::Intervention,
    model::{ListingQuery, PublicUrl},
};
use axum::{
    extract::State,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};

use super::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/robots.txt", get(robots))
        .route("/sitemap.xml", get(sitemap))
}

/// The public pages may be indexed; the signed-in ones, the sign-in and
/// invitations may not.
async fn robots(State(public_url): State<PublicUrl>) -> Response {
    let mut text = String::from("User-agent: *\n");
    for locale in Locale::ALL {
        for private in ["account", "login", "invitation"] {
            text.push_str(&format!("Disallow: /{}/{private}\n", locale.slug()));
        }
    }
    text.push_str(&format!("\nSitemap: {}\n", public_url.join("/sitemap.xml")));
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response()
}

/// Every public page in every language: the start page, each level offered
/// today and each provider in them, the fact sheets, the statistics of the
/// latest period, the open data and the accessibility statement.
async fn sitemap(
    State(backend): State<SharedBackend>,
    State(public_url): State<PublicUrl>,
) -> Response {
    match public_paths(&backend).await {
        Ok(paths) => {
            let mut xml = String::from(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
                 <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
            );
            for locale in Locale::ALL {
                for path in &paths {
                    let address = public_url.join(&format!("/{}{path}", locale.slug()));
                    xml.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(&address)));
                }
            }
            xml.push_str("</urlset>\n");
            (
                [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
                xml,
            )
                .into_response()
        }
        Err(error) => {
            tracing::error!(?error, "cannot list the pages for the sitemap");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The public pages' paths after the locale, in a stable order.
async fn public_paths(backend: &SharedBackend) -> Result<Vec<String>, app::error::AppError> {
    let today = backend.today();
    let mut paths = vec![
        String::new(),
        "/fact-sheets".to_string(),
        "/statistics".to_string(),
        "/statistics/how-to-read".to_string(),
        "/open-data".to_string(),
        "/accessibility".to_string(),
    ];
    let mut providers = BTreeSet::new();
    for kundval in backend.catalogue(today).await? {
        for level in kundval.levels {
            paths.push(format!("/level/{}", level.slug()));
            let listing = backend
                .level_listing(&level.code, ListingQuery::default(), today)
                .await?;
            providers.extend(listing.providers.into_iter().map(|card| card.id));
        }
    }
    paths.extend(providers.iter().map(|id| format!("/provider/{id}")));
    paths.extend(
        Intervention::ALL
            .into_iter()
            .map(|intervention| format!("/fact-sheet/{}", intervention.slug())),
    );
    if let Some(published) = backend.published_statistics(None).await? {
        let overview = published.report.overview_page(published.periods);
        paths.extend(
            overview
                .overview
                .rows
                .iter()
                .map(|row| format!("/statistics/level/{}", row.code.to_ascii_lowercase())),
        );
        paths.extend(
            overview
                .providers
                .iter()
                .map(|provider| format!("/statistics/provider/{}", provider.id)),
        );
    }
    Ok(paths)
}

/// Text for an XML element: provider ids are ASCII slugs, but an address is
/// escaped all the same.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
