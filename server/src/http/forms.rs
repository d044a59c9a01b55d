//! What every form handler shares: the anti-forgery check, the client's
//! address, and re-rendering a page with the rejected form (so nothing typed
//! is lost and every error is shown in the reader's language).

use std::net::SocketAddr;

use app::routes::{self, Notice, Page};
use axum::{
    body::Body,
    extract::{ConnectInfo, FromRequest, FromRequestParts},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use domain::{
    error::AppError,
    locale::Locale,
    model::{FieldError, FormFeedback, FormToken, SignedIn},
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

/// A form posted to a page of a locale: the page the address names, the
/// form's fields, and the request's head to answer with. An address that
/// names no page of a locale gets the translated 404 page.
pub struct PagePost {
    pub locale: Locale,
    pub page: Page,
    pub pairs: Pairs,
    pub parts: Parts,
}

impl FromRequest<AppState> for PagePost {
    type Rejection = Response;

    async fn from_request(request: Request<Body>, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let Located { locale, page } = Located::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts.clone(), body);
        let Form(pairs) = Form::<Pairs>::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(PagePost {
            locale,
            page,
            pairs,
            parts,
        })
    }
}

/// The locale and the page a request's address names; an address that
/// names no page of a locale gets the translated 404 page.
pub struct Located {
    pub locale: Locale,
    pub page: Page,
}

impl FromRequestParts<AppState> for Located {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match routes::locate(parts.uri.path()) {
            Some((locale, page)) => Ok(Located { locale, page }),
            None => {
                let locale = Locale::from_path(parts.uri.path());
                Err(error_page(state, parts, locale, AppError::NotFound).await)
            }
        }
    }
}

impl PagePost {
    /// Whether the form carries this request's anti-forgery token.
    pub fn token_ok(&self) -> bool {
        csrf_ok(&self.parts, &self.pairs)
    }

    pub fn value(&self, name: &str) -> &str {
        value(&self.pairs, name)
    }

    /// Answers with what the form came to.
    pub async fn answer<T: Clone + Send + Sync + 'static>(
        &self,
        state: &AppState,
        outcome: Outcome<T>,
    ) -> Response {
        match outcome {
            Outcome::Done(page, notice) => see_other(&match notice {
                Some(notice) => page.href_done(self.locale, notice),
                None => page.href(self.locale),
            }),
            Outcome::Again(errors, status) => {
                let again = self.page.href(self.locale);
                render_page(
                    state,
                    &self.parts,
                    &again,
                    feedback(&self.pairs, errors),
                    status,
                )
                .await
            }
            Outcome::Show(page, shown, status) => {
                render_page(state, &self.parts, &page.href(self.locale), shown, status).await
            }
            Outcome::Refused(error) => {
                error_page(state, &self.parts, Some(self.locale), error).await
            }
            Outcome::Unavailable => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        }
    }
}

/// A form posted by a signed-in account to a page of a locale, checked before
/// its handler runs: a session was found (else the browser goes to the
/// sign-in page) and the form carries its anti-forgery token (else the page
/// again, saying the form expired).
pub struct SignedInPost {
    pub form: PagePost,
    pub who: SignedIn,
}

impl FromRequest<AppState> for SignedInPost {
    type Rejection = Response;

    async fn from_request(request: Request<Body>, state: &AppState) -> Result<Self, Response> {
        let form = PagePost::from_request(request, state).await?;
        let who = signed_in(state, form.locale, &form.page, &form.parts, &form.pairs).await?;
        Ok(SignedInPost { form, who })
    }
}

/// The checks of a signed-in account's form, for [`SignedInPost`] and for a
/// form read some other way (the upload's multipart body): a session (else
/// the browser goes to the sign-in page) and the form's token (else `page`
/// again, 403, saying the form expired).
pub async fn signed_in(
    state: &AppState,
    locale: Locale,
    page: &Page,
    parts: &Parts,
    pairs: &Pairs,
) -> Result<SignedIn, Response> {
    let Some(who) = parts.extensions.get::<SignedIn>().cloned() else {
        return Err(see_other(&Page::SignIn.href(locale)));
    };
    if !csrf_ok(parts, pairs) {
        let expired = feedback(pairs, forgery_error());
        let again = page.href(locale);
        return Err(render_page(state, parts, &again, expired, StatusCode::FORBIDDEN).await);
    }
    Ok(who)
}

/// What a posted form comes to.
pub enum Outcome<T = ()> {
    /// Done: the browser goes to the page, with the confirmation if any
    /// (303, so a reload never posts twice).
    Done(Page, Option<Notice>),
    /// The form's page again, with what was sent and why it was refused.
    Again(Vec<FieldError>, StatusCode),
    /// Another page rendered with `T` in its context: a preview, a link made.
    Show(Page, T, StatusCode),
    /// The translated page of the error (403, 404…).
    Refused(AppError),
    /// The database failed: logged where it happened.
    Unavailable,
}

impl<T> Outcome<T> {
    pub fn done(page: Page, notice: Notice) -> Outcome<T> {
        Outcome::Done(page, Some(notice))
    }

    pub fn invalid(errors: Vec<FieldError>) -> Outcome<T> {
        Outcome::Again(errors, StatusCode::UNPROCESSABLE_ENTITY)
    }
}

/// Whether the form carries this request's anti-forgery token.
pub fn csrf_ok(parts: &Parts, pairs: &Pairs) -> bool {
    parts
        .extensions
        .get::<FormToken>()
        .is_some_and(|token| tokens::same(&token.0, value(pairs, "csrf")))
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
    // The app renders its fallback there, which shows the error in context.
    let path = app::routes::no_page(locale.unwrap_or(Locale::FALLBACK));
    let mut response = render_page(state, parts, &path, error, status).await;
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
        let no_page = routes::no_page(Locale::FALLBACK);
        http::Uri::try_from(no_page).unwrap_or_default()
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
