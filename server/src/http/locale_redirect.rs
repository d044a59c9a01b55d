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

/// `/sv/` and `/sv/level/ami2/` are the pages without the slash: the
/// browser is sent there for good (308), with the query. Leading slashes and
/// backslashes become one slash, so the redirect never leaves the site
/// (`//elsewhere.example/` is not read as another host).
pub async fn drop_trailing_slash(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path.len() <= 1 || !path.ends_with('/') {
        return next.run(request).await;
    }
    let trimmed = path.trim_end_matches('/').trim_start_matches(['/', '\\']);
    let target = match request.uri().query() {
        Some(query) => format!("/{trimmed}?{query}"),
        None => format!("/{trimmed}"),
    };
    Redirect::permanent(&target).into_response()
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
