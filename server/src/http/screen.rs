//! What no handler should see, refused or cleaned before any does, with a
//! translated page:
//!
//! - a path that does not decode to text, or decodes to a NUL character:
//!   404 (axum would answer a plain 400, and PostgreSQL refuses NUL in text,
//!   so a NUL reaching a query would answer 503);
//! - a body declared larger than its route takes: 413, before anyone reads
//!   it (a body sent without its length is cut off at the same limit);
//! - NUL characters in a query string or a posted form: removed. NUL is
//!   never part of a text anyone means to send, and everything else about
//!   the request is still checked by its handler.

use std::borrow::Cow;

use app::routes::Page;
use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use domain::{error::AppError, locale::Locale};
use http::header;

use super::{forms, staff_statistics, AppState};

/// The largest body any route takes but the upload's: axum's own limit for
/// forms, so a form and anything else answer alike.
pub const BODY_LIMIT: u64 = 2 * 1024 * 1024;

pub async fn screen_requests(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let locale = Locale::from_path(path);
    let readable = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .is_ok_and(|text| !text.contains('\0'));
    if !readable {
        let (parts, _unread) = request.into_parts();
        return forms::error_page(&state, &parts, locale, AppError::NotFound).await;
    }
    let limit = match app::routes::locate(path) {
        Some((_, Page::StatisticsUpload)) => staff_statistics::UPLOAD_LIMIT as u64,
        _ => BODY_LIMIT,
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    if declared > limit {
        let (parts, _unread) = request.into_parts();
        return forms::error_page(&state, &parts, locale, AppError::TooLarge).await;
    }
    let (mut parts, body) = request.into_parts();
    if let Some(query) = parts.uri.query() {
        if let Cow::Owned(clean) = without_nul(query.as_bytes()) {
            let clean = String::from_utf8_lossy(&clean);
            let path = parts.uri.path();
            let uri = if clean.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{clean}")
            };
            match uri.parse() {
                Ok(uri) => parts.uri = uri,
                Err(_) => {
                    return forms::error_page(&state, &parts, locale, AppError::NotFound).await
                }
            }
        }
    }
    let form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !form {
        return next.run(Request::from_parts(parts, body)).await;
    }
    let bytes = match axum::body::to_bytes(body, BODY_LIMIT as usize).await {
        Ok(bytes) => bytes,
        Err(_) => return forms::error_page(&state, &parts, locale, AppError::TooLarge).await,
    };
    let body = match without_nul(&bytes) {
        Cow::Borrowed(_) => Body::from(bytes),
        Cow::Owned(clean) => Body::from(clean),
    };
    next.run(Request::from_parts(parts, body)).await
}

/// URL-encoded text without its NUL characters, raw or escaped (`%00`).
fn without_nul(encoded: &[u8]) -> Cow<'_, [u8]> {
    let escaped_nul =
        |at: usize| encoded.get(at) == Some(&b'%') && encoded.get(at + 1..at + 3) == Some(b"00");
    if !(0..encoded.len()).any(|i| encoded[i] == 0 || escaped_nul(i)) {
        return Cow::Borrowed(encoded);
    }
    let mut clean = Vec::with_capacity(encoded.len());
    let mut i = 0;
    while i < encoded.len() {
        if encoded[i] == 0 {
            i += 1;
        } else if escaped_nul(i) {
            i += 3;
        } else {
            clean.push(encoded[i]);
            i += 1;
        }
    }
    Cow::Owned(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_characters_are_removed_raw_or_escaped_and_nothing_else() {
        assert_eq!(&*without_nul(b"q=ab%00c\0d"), b"q=abcd");
        assert_eq!(&*without_nul(b"q=%2500&p=%%00x"), b"q=%2500&p=%x");
        assert!(matches!(without_nul(b"q=caf%C3%A9"), Cow::Borrowed(_)));
    }
}
