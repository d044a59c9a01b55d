//! For search engines: `/robots.txt` and `/sitemap.xml`, with absolute
//! addresses from the configured public address. Each page also names its
//! canonical address and its nine languages (`app::components::layout`).

use std::collections::BTreeSet;

use app::routes::{Endpoint, Page};
use axum::{
    extract::State,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use domain::{
    backend::SharedBackend,
    interventions::Intervention,
    locale::Locale,
    model::{ListingQuery, PublicUrl},
};

use super::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(Endpoint::Robots.pattern(), get(robots))
        .route(Endpoint::Sitemap.pattern(), get(sitemap))
}

/// The public pages may be indexed; the signed-in ones, the sign-in and
/// invitations may not.
async fn robots(State(public_url): State<PublicUrl>) -> Response {
    let mut text = String::from("User-agent: *\n");
    for locale in Locale::ALL {
        // A rule is a prefix: the account's pages, and every invitation's.
        let every_invitation = Page::Invitation {
            token: String::new(),
        };
        for private in [Page::Account, Page::SignIn, every_invitation] {
            let prefix = private.href(locale);
            text.push_str(&format!("Disallow: {}\n", prefix.trim_end_matches('/')));
        }
    }
    text.push_str(&format!(
        "\nSitemap: {}\n",
        public_url.join(Endpoint::Sitemap.pattern())
    ));
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response()
}

/// Every public page in every language: the start page, each level offered
/// today and each provider in them, the fact sheets, the statistics of the
/// latest period, the open data and the accessibility statement.
async fn sitemap(
    State(backend): State<SharedBackend>,
    State(public_url): State<PublicUrl>,
) -> Response {
    match public_pages(&backend).await {
        Ok(pages) => {
            let mut xml = String::from(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
                 <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
            );
            for locale in Locale::ALL {
                for page in &pages {
                    let address = public_url.join(&page.href(locale));
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

/// The public pages, in a stable order.
async fn public_pages(backend: &SharedBackend) -> Result<Vec<Page>, domain::error::AppError> {
    let today = backend.today();
    let mut pages = vec![
        Page::Home,
        Page::FactSheets,
        Page::Statistics,
        Page::HowToRead,
        Page::OpenData,
        Page::Accessibility,
    ];
    let mut providers = BTreeSet::new();
    for kundval in backend.catalogue(today).await? {
        for level in kundval.levels {
            pages.push(Page::Level { code: level.slug() });
            let listing = backend
                .level_listing(&level.code, ListingQuery::default(), today)
                .await?;
            providers.extend(listing.providers.into_iter().map(|card| card.id));
        }
    }
    pages.extend(providers.into_iter().map(|id| Page::Provider { id }));
    pages.extend(
        Intervention::ALL
            .into_iter()
            .map(|intervention| Page::FactSheet {
                code: intervention.slug().to_string(),
            }),
    );
    if let Some(published) = backend.published_statistics(None).await? {
        let overview = published.report.overview_page(published.periods);
        pages.extend(
            overview
                .overview
                .rows
                .iter()
                .map(|row| Page::LevelStatistics {
                    code: row.code.to_ascii_lowercase(),
                }),
        );
        pages.extend(
            overview
                .providers
                .iter()
                .map(|provider| Page::ProviderStatistics {
                    id: provider.id.clone(),
                }),
        );
    }
    Ok(pages)
}

/// Text for an XML element: provider ids are ASCII slugs, but an address is
/// escaped all the same.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
