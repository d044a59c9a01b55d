//! What every form handler shares: the anti-forgery check, the client's
//! address, and re-rendering a page with the rejected form (so nothing typed
//! is lost and every error is shown in the reader's language).

use std::net::SocketAddr;

use app::{
    i18n::Locale,
    model::{FieldError, FormFeedback, FormToken},
};
use axum::{
    body::Body,
    extract::ConnectInfo,
    response::{IntoResponse, Redirect, Response},
};
use http::{request::Parts, Method, Request, StatusCode};
use leptos::prelude::provide_context;

use super::AppState;
use crate::accounts::tokens;

/// A posted form: every name and value in order (checkboxes repeat names).
pub type Pairs = Vec<(String, String)>;

pub fn value<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// Whether the form carries this request's anti-forgery token.
pub fn csrf_ok(parts: &Parts, pairs: &Pairs) -> bool {
    parts
        .extensions
        .get::<FormToken>()
        .is_some_and(|token| tokens::same(&token.0, value(pairs, "csrf")))
}

/// The locale of a form's URL, or a 404.
pub fn locale(lang: &str) -> Result<Locale, Response> {
    Locale::from_slug(lang).ok_or_else(|| StatusCode::NOT_FOUND.into_response())
}

/// Where a request came from: the peer, or the last hop a trusted proxy
/// added to `X-Forwarded-For`.
pub fn client_address(state: &AppState, parts: &Parts) -> String {
    if state.security.trust_forwarded {
        if let Some(forwarded) = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
        {
            return forwarded.trim().to_string();
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_string())
        .unwrap_or_else(|| "unknown".to_string())
}

/// A redirect after a successful post, so a reload never posts again.
pub fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}

/// Names of fields whose values are never sent back into a page.
const SECRET_FIELDS: [&str; 4] = ["password", "new_password", "confirm_password", "csrf"];

/// What a rejected form sent (secrets left out) and why it was rejected.
pub fn feedback(pairs: &Pairs, errors: Vec<FieldError>) -> FormFeedback {
    FormFeedback {
        values: pairs
            .iter()
            .filter(|(name, _)| !SECRET_FIELDS.contains(&name.as_str()))
            .cloned()
            .collect(),
        errors,
    }
}

/// The error a form gets when its anti-forgery token is missing or stale.
pub fn forgery_error() -> Vec<FieldError> {
    vec![FieldError::new("csrf", "error-form-expired")]
}

/// Renders the page at `path` as a GET would, with `extra` in context, and
/// answers with `status`. Used to show a rejected form again.
pub async fn render_page<T: Clone + Send + Sync + 'static>(
    state: &AppState,
    parts: &Parts,
    path: &str,
    extra: T,
    status: StatusCode,
) -> Response {
    let context = {
        let backend = state.backend.clone();
        let staff = state.staff.clone();
        let localizer = state.localizer.clone();
        move || {
            provide_context(backend.clone());
            provide_context(staff.clone());
            provide_context(localizer.clone());
            provide_context(extra.clone());
        }
    };
    let options = state.leptos_options.clone();
    let handler =
        leptos_axum::render_app_async_with_context(context, move || app::shell(options.clone()));
    let mut request = Request::builder()
        .method(Method::GET)
        .uri(path)
        .body(Body::empty())
        .expect("a path from our own routes is a valid URI");
    *request.headers_mut() = parts.headers.clone();
    *request.extensions_mut() = parts.extensions.clone();
    let mut response = handler(request).await;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}
