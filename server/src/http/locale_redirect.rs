//! `GET /`: sends the visitor to their language, chosen from the remembered
//! choice (cookie) or else from the browser's `Accept-Language`.

use app::routes::Page;
use axum::{
    extract::Request,
    http::{header, HeaderMap, HeaderValue},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use domain::locale::Locale;

/// The cookie that remembers the last locale a visitor chose.
pub const LOCALE_COOKIE: &str = "jf_locale";

pub async fn to_preferred_locale(headers: HeaderMap) -> Redirect {
    Redirect::to(&Page::Home.href(preferred_locale(&headers)))
}

/// `/sv/`, `/sv/level/ami2/` and `/sv/./level/ami2` are the pages at their
/// canonical address: the browser is sent there for good (308), with the
/// query. Segments resolve as a browser resolves them ("." goes, ".." takes
/// the one before with it), and slashes and backslashes in a row become one
/// slash, so the redirect never leaves the site (`//elsewhere.example/` is
/// not read as another host).
pub async fn canonical_path(request: Request, next: Next) -> Response {
    let Some(path) = canonical(request.uri().path()) else {
        return next.run(request).await;
    };
    let target = match request.uri().query() {
        Some(query) => format!("{path}?{query}"),
        None => path,
    };
    Redirect::permanent(&target).into_response()
}

/// The canonical form of `path`, when it is not that already.
fn canonical(path: &str) -> Option<String> {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split(['/', '\\']) {
        match segment.to_ascii_lowercase().replace("%2e", ".").as_str() {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            _ => segments.push(segment),
        }
    }
    let canonical = format!("/{}", segments.join("/"));
    (canonical != path).then_some(canonical)
}

/// Remembers the locale of every page a visitor opens, so `/` brings them
/// back to it.
pub async fn remember_locale(request: Request, next: Next) -> Response {
    let opened = Locale::from_path(request.uri().path());
    let remembered = remembered_locale(request.headers());
    let mut response = next.run(request).await;
    if let Some(locale) = opened.filter(|l| Some(*l) != remembered) {
        if response.status().is_success() {
            let cookie = format!(
                "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                locale.slug()
            );
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
        }
    }
    response
}

fn remembered_locale(headers: &HeaderMap) -> Option<Locale> {
    Locale::from_slug(&app::request::cookie_in(headers, LOCALE_COOKIE)?)
}

fn preferred_locale(headers: &HeaderMap) -> Locale {
    remembered_locale(headers).unwrap_or_else(|| {
        let accept = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        Locale::negotiate(accept)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_canonical_as_a_browser_would_resolve_it_and_stays_on_the_site() {
        for (asked, canonical_path) in [
            ("/sv/", "/sv"),
            ("/sv/./level/ami2", "/sv/level/ami2"),
            (
                "/sv/statistics/provider/../level/ami2",
                "/sv/statistics/level/ami2",
            ),
            ("/sv/%2E/level/%2e%2E/level/ami2", "/sv/level/ami2"),
            ("/../../sv", "/sv"),
            ("//evil.example/", "/evil.example"),
            ("/\\evil.example", "/evil.example"),
            ("/sv//level", "/sv/level"),
        ] {
            assert_eq!(canonical(asked).as_deref(), Some(canonical_path), "{asked}");
        }
        for already in [
            "/",
            "/sv",
            "/sv/level/ami2",
            "/open-data/statistics/2023.csv",
            "/%5Cevil.example",
        ] {
            assert_eq!(canonical(already), None, "{already}");
        }
    }

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn a_remembered_choice_wins_over_the_browser_language() {
        let h = headers(&[
            (header::COOKIE, "other=1; jf_locale=sv"),
            (header::ACCEPT_LANGUAGE, "en"),
        ]);
        assert_eq!(preferred_locale(&h), Locale::Swedish);
    }

    #[test]
    fn without_a_choice_the_browser_language_decides() {
        let h = headers(&[(header::ACCEPT_LANGUAGE, "en-US,en;q=0.8")]);
        assert_eq!(preferred_locale(&h), Locale::English);
        let h = headers(&[(header::COOKIE, "jf_locale=xx")]);
        assert_eq!(preferred_locale(&h), Locale::Swedish);
    }
}
