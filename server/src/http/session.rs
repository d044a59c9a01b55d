//! The session cookie: who is signed in, on every request that carries one,
//! and the anti-forgery token each form must send back.
//!
//! Signed in, the token is the session's own. Before signing in (the
//! sign-in and invitation forms), it is a random value in a `SameSite=Strict`
//! cookie that the form must repeat; another site can neither read nor set it.

use app::routes::Page;
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use domain::model::{FormToken, SignedIn};
use http::{header, HeaderMap, HeaderValue};

use super::AppState;
use crate::accounts::{self, tokens};

pub const SESSION_COOKIE: &str = "jf_session";
pub const FORM_COOKIE: &str = "jf_form";

/// A cookie's value from the request headers.
pub use app::request::cookie_in as cookie;

/// Whether cookies must be marked `Secure`: configured so, or the trusted
/// proxy says the browser came over https.
pub fn secure(state: &AppState, headers: &HeaderMap) -> bool {
    state.security.secure_cookies
        || (state.security.trust_forwarded
            && headers
                .get("x-forwarded-proto")
                .is_some_and(|proto| proto == "https"))
}

fn cookie_header(
    name: &str,
    value: &str,
    max_age: i64,
    same_site: &str,
    secure: bool,
) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite={same_site}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    cookie_header(
        SESSION_COOKIE,
        token,
        accounts::SESSION_LENGTH.num_seconds(),
        "Lax",
        secure,
    )
}

pub fn clear_session_cookie(secure: bool) -> HeaderValue {
    cookie_header(SESSION_COOKIE, "", 0, "Lax", secure)
}

/// Pages with a form used before signing in.
fn has_sign_in_form(path: &str) -> bool {
    matches!(
        app::routes::locate(path),
        Some((_, Page::SignIn | Page::Invitation { .. }))
    )
}

pub async fn load_session(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let headers = request.headers().clone();
    let token = cookie(&headers, SESSION_COOKIE);
    let mut signed_in: Option<SignedIn> = None;
    let mut stale_cookie = false;
    if let Some(token) = &token {
        match accounts::session(&state.db, token, chrono::Utc::now()).await {
            Ok(Some(who)) => signed_in = Some(who),
            Ok(None) => stale_cookie = true,
            Err(error) => tracing::error!(%error, "cannot read the session"),
        }
    }
    let mut new_form_token = None;
    match &signed_in {
        Some(who) => {
            request
                .extensions_mut()
                .insert(FormToken(who.csrf_token.clone()));
            request.extensions_mut().insert(who.clone());
        }
        None if has_sign_in_form(request.uri().path())
            || request.method() == http::Method::POST =>
        {
            let token = cookie(&headers, FORM_COOKIE)
                .filter(|t| tokens::is_well_formed(t))
                .unwrap_or_else(|| {
                    let token = tokens::new_token();
                    new_form_token = Some(token.clone());
                    token
                });
            request.extensions_mut().insert(FormToken(token));
        }
        None => {}
    }
    let holds_form_token = request.extensions().get::<FormToken>().is_some();
    let mut response = next.run(request).await;
    let secure = secure(&state, &headers);
    if let Some(token) = new_form_token {
        response.headers_mut().append(
            header::SET_COOKIE,
            cookie_header(FORM_COOKIE, &token, 60 * 60 * 24, "Strict", secure),
        );
    }
    if stale_cookie && !response.headers().contains_key(header::SET_COOKIE) {
        response
            .headers_mut()
            .append(header::SET_COOKIE, clear_session_cookie(secure));
    }
    if holds_form_token {
        // A signed-in reader's pages, and a form carrying a reader's token,
        // are that reader's own: no cache may keep them (`page_cache`).
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store, private"),
        );
    }
    response
}
