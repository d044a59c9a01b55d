//! Signing in and out, and accepting an invitation.

use app::{
    error::AppError,
    model::{FieldError, FormFeedback},
};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Response},
    Form,
};
use chrono::Utc;
use http::{header, request::Parts, StatusCode};

use super::{
    forms::{self, csrf_ok, feedback, forgery_error, render_page, value, Pairs},
    session::{clear_session_cookie, cookie, secure, session_cookie, SESSION_COOKIE},
    AppState,
};
use crate::accounts::{self, ChangePasswordError, CreateAccountError, NewAccount, SignInError};

fn signed_in_response(state: &AppState, parts: &Parts, token: &str, to: &str) -> Response {
    let mut response = forms::see_other(to);
    response.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(token, secure(state, &parts.headers)),
    );
    response
}

/// `POST /{lang}/login`
pub async fn sign_in(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    let locale = match forms::locale(&state, &parts, &lang).await {
        Ok(locale) => locale,
        Err(response) => return response,
    };
    let page = format!("/{}/login", locale.slug());
    if !csrf_ok(&parts, &pairs) {
        return render_page(
            &state,
            &parts,
            &page,
            feedback(&pairs, forgery_error()),
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let address = forms::client_address(&state, &parts);
    let result = accounts::sign_in(
        &state.db,
        value(&pairs, "username"),
        value(&pairs, "password"),
        &address,
        Utc::now(),
    )
    .await;
    let (error, status, retry_after) = match result {
        Ok(session) => {
            let to = format!("/{}/account?done=signed-in", locale.slug());
            return signed_in_response(&state, &parts, &session.token, &to);
        }
        Err(SignInError::WrongCredentials) => (
            FieldError::new("username", "error-sign-in-failed"),
            StatusCode::UNAUTHORIZED,
            None,
        ),
        Err(SignInError::Throttled(wait)) => (
            FieldError::new("username", "error-sign-in-throttled").with("minutes", wait.minutes()),
            StatusCode::TOO_MANY_REQUESTS,
            Some(wait.seconds()),
        ),
        Err(SignInError::Db(error)) => {
            tracing::error!(%error, "sign-in failed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let mut response =
        render_page(&state, &parts, &page, feedback(&pairs, vec![error]), status).await;
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, http::HeaderValue::from(seconds));
    }
    response
}

/// `POST /{lang}/logout` and `POST /{lang}/logout-everywhere`
async fn sign_out_with(
    state: AppState,
    lang: String,
    parts: Parts,
    pairs: Pairs,
    everywhere: bool,
) -> Response {
    let locale = match forms::locale(&state, &parts, &lang).await {
        Ok(locale) => locale,
        Err(response) => return response,
    };
    let who = parts.extensions.get::<app::model::SignedIn>().cloned();
    let (Some(who), true) = (who, csrf_ok(&parts, &pairs)) else {
        // Nothing to end, or a forged post: change nothing.
        return forms::see_other(&format!("/{}/account", locale.slug()));
    };
    let ended = if everywhere {
        accounts::sign_out_everywhere(&state.db, &who).await
    } else {
        match cookie(&parts.headers, SESSION_COOKIE) {
            Some(token) => accounts::sign_out(&state.db, &token).await,
            None => Ok(()),
        }
    };
    if let Err(error) = ended {
        tracing::error!(%error, "sign-out failed");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let to = if everywhere {
        format!("/{}/login?done=logged-out-elsewhere", locale.slug())
    } else {
        format!("/{}", locale.slug())
    };
    let mut response = forms::see_other(&to);
    response.headers_mut().append(
        header::SET_COOKIE,
        clear_session_cookie(secure(&state, &parts.headers)),
    );
    response
}

pub async fn sign_out(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    sign_out_with(state, lang, parts, pairs, false).await
}

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    sign_out_with(state, lang, parts, pairs, true).await
}

/// `POST /{lang}/invitation/{token}`
pub async fn accept_invitation(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    let locale = match forms::locale(&state, &parts, &lang).await {
        Ok(locale) => locale,
        Err(response) => return response,
    };
    // A token is 64 hex digits; anything else names no invitation (and must
    // never reach a path the page is rendered again at).
    if !accounts::tokens::is_well_formed(&token) {
        return forms::error_page(&state, &parts, Some(locale), AppError::NotFound).await;
    }
    let page = format!("/{}/invitation/{token}", locale.slug());
    if !csrf_ok(&parts, &pairs) {
        return render_page(
            &state,
            &parts,
            &page,
            feedback(&pairs, forgery_error()),
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let account = NewAccount {
        username: value(&pairs, "username"),
        display_name: value(&pairs, "display_name"),
        password: value(&pairs, "new_password"),
        confirm_password: value(&pairs, "confirm_password"),
    };
    match accounts::accept_invitation(&state.db, &token, &account, Utc::now()).await {
        Ok(session) => {
            let to = format!("/{}/account?done=account-created", locale.slug());
            signed_in_response(&state, &parts, &session.token, &to)
        }
        Err(CreateAccountError::Invalid(errors)) => {
            render_page(
                &state,
                &parts,
                &page,
                feedback(&pairs, errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        // The page itself says whether the link expired or was used.
        Err(CreateAccountError::InvitationUnusable) => {
            render_page(
                &state,
                &parts,
                &page,
                FormFeedback::default(),
                StatusCode::GONE,
            )
            .await
        }
        Err(CreateAccountError::Hash(error)) => {
            tracing::error!(%error, "cannot hash a password");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
        Err(CreateAccountError::Db(error)) => {
            tracing::error!(%error, "cannot create an account");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// `POST /{lang}/account/password`: the signed-in account's own password.
pub async fn change_password(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    let (locale, who) = match super::staff::signed_in_post(
        &state,
        &lang,
        &parts,
        &pairs,
        "/account/password",
    )
    .await
    {
        Ok(checked) => checked,
        Err(response) => return response,
    };
    let page = format!("/{}/account/password", locale.slug());
    let change = accounts::PasswordChange {
        current_password: value(&pairs, "current_password"),
        new_password: value(&pairs, "new_password"),
        confirm_password: value(&pairs, "confirm_password"),
    };
    // A session was found for this request, so the cookie is there.
    let token = cookie(&parts.headers, SESSION_COOKIE).unwrap_or_default();
    let address = forms::client_address(&state, &parts);
    let result =
        accounts::change_password(&state.db, &who, &token, &change, &address, Utc::now()).await;
    let (errors, status) = match result {
        Ok(()) => {
            return forms::see_other(&format!("/{}/account?done=password-changed", locale.slug()))
        }
        Err(ChangePasswordError::Invalid(errors)) => (errors, StatusCode::UNPROCESSABLE_ENTITY),
        Err(ChangePasswordError::Throttled(wait)) => (
            vec![
                FieldError::new("current_password", "error-sign-in-throttled")
                    .with("minutes", wait.minutes()),
            ],
            StatusCode::TOO_MANY_REQUESTS,
        ),
        Err(ChangePasswordError::Hash(error)) => {
            tracing::error!(%error, "cannot hash a password");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        Err(ChangePasswordError::Db(error)) => {
            tracing::error!(%error, "cannot change a password");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    render_page(&state, &parts, &page, feedback(&pairs, errors), status).await
}
