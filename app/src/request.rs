//! What a page may read of the request it renders (server only).

/// The value of a cookie the browser sent.
#[cfg(feature = "ssr")]
pub fn cookie(name: &str) -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    parts
        .headers
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

/// The absolute address of a site path, from the request's `Host` (and the
/// proxy's `X-Forwarded-Proto`); none when the request names no host.
#[cfg(feature = "ssr")]
pub fn absolute_url(path: &str) -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    absolute_url_from(&parts.headers, path)
}

/// [`absolute_url`] from a request's headers, for handlers outside Leptos.
#[cfg(feature = "ssr")]
pub fn absolute_url_from(headers: &http::HeaderMap, path: &str) -> Option<String> {
    let host = headers.get(http::header::HOST)?.to_str().ok()?;
    let valid_host = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    if !valid_host {
        return None;
    }
    let scheme = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .filter(|p| *p == "https")
        .unwrap_or("http");
    Some(format!("{scheme}://{host}{path}"))
}
