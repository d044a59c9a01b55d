//! What a page may read of the request it renders (server only).

/// The value of a cookie the browser sent with the request being rendered.
#[cfg(feature = "ssr")]
pub fn cookie(name: &str) -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    cookie_in(&parts.headers, name)
}

/// The value of the cookie `name` in request headers: the one parser of
/// `Cookie` headers, for pages and the server's layers alike.
#[cfg(feature = "ssr")]
pub fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|cookie| cookie.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// Adds a cookie to the response: `SameSite=Lax`, for the whole site, a year.
#[cfg(feature = "ssr")]
pub fn set_cookie(name: &str, value: &str) {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        let cookie = format!("{name}={value}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
        if let Ok(header) = http::HeaderValue::from_str(&cookie) {
            response.append_header(http::header::SET_COOKIE, header);
        }
    }
}

/// The absolute address of a site path, from the configured public address
/// (`model::PublicUrl`, put in context by the server); none in the browser
/// build, which never renders these pages.
pub fn absolute_url(path: &str) -> Option<String> {
    leptos::prelude::use_context::<crate::model::PublicUrl>().map(|base| base.join(path))
}

/// Who is signed in on this request (the server's session middleware put it
/// in the request's extensions); none for the public. Pages that need it are
/// rendered on the server only, so the browser build always says none.
pub fn signed_in() -> Option<crate::model::SignedIn> {
    #[cfg(feature = "ssr")]
    {
        let parts = leptos::prelude::use_context::<http::request::Parts>()?;
        parts.extensions.get::<crate::model::SignedIn>().cloned()
    }
    #[cfg(not(feature = "ssr"))]
    None
}

/// The token this request's forms must send back: the session's when signed
/// in, else the browser's sign-in token (see the server's `http::session`).
pub fn form_token() -> String {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<crate::model::FormToken>().cloned())
            .map(|token| token.0)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    String::new()
}

/// The rejected form this page is re-rendered for, if any.
pub fn form_feedback() -> Option<crate::model::FormFeedback> {
    leptos::prelude::use_context::<crate::model::FormFeedback>()
}

/// Sends the browser to `path` instead of rendering this page (HTTP 302);
/// used when a signed-in page is asked for without a session.
pub fn redirect(path: &str) {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(path);
    #[cfg(not(feature = "ssr"))]
    let _ = path;
}
