//! What every form handler shares: the anti-forgery check, the client's
//! address, and re-rendering a page with the rejected form (so nothing typed
//! is lost and every error is shown in the reader's language).

use std::net::SocketAddr;

use app::{
    error::AppError,
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

/// The locale of a form's URL, or the translated 404 page.
pub async fn locale(state: &AppState, parts: &Parts, lang: &str) -> Result<Locale, Response> {
    match Locale::from_slug(lang) {
        Some(locale) => Ok(locale),
        None => Err(error_page(state, parts, None, AppError::NotFound).await),
    }
}

/// The page of `error` (404, 403, 413…) in `locale`'s language (Swedish
/// when the URL named none), with its status.
pub async fn error_page(
    state: &AppState,
    parts: &Parts,
    locale: Option<Locale>,
    error: AppError,
) -> Response {
    let status = error.status();
    let slug = locale.unwrap_or(Locale::FALLBACK).slug();
    // No route has this path, so the app renders its fallback, which shows
    // the error in context.
    let mut response = render_page(state, parts, &format!("/{slug}/error"), error, status).await;
    *response.status_mut() = status;
    response
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
const SECRET_FIELDS: [&str; 5] = [
    "password",
    "current_password",
    "new_password",
    "confirm_password",
    "csrf",
];

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
        let public_url = state.public_url.clone();
        move || {
            provide_context(backend.clone());
            provide_context(staff.clone());
            provide_context(localizer.clone());
            provide_context(public_url.clone());
            provide_context(extra.clone());
        }
    };
    let options = state.leptos_options.clone();
    let handler =
        leptos_axum::render_app_async_with_context(context, move || app::shell(options.clone()));
    // Paths are built from our routes and checked segments; should one still
    // not be a URI, the reader gets the 404 page, never a dropped connection.
    let uri = http::Uri::try_from(path).unwrap_or_else(|error| {
        tracing::warn!(%error, path, "a page to render again is not a valid URI");
        http::Uri::from_static("/sv/error")
    });
    let mut request = Request::new(Body::empty());
    *request.method_mut() = Method::GET;
    *request.uri_mut() = uri;
    *request.headers_mut() = parts.headers.clone();
    *request.extensions_mut() = parts.extensions.clone();
    let mut response = handler(request).await;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}
