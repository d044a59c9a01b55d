//! Signing in and out, accepting an invitation and changing a password.

use app::routes::{Notice, Page};
use axum::{
    extract::State,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use domain::{error::AppError, model::FieldError};
use http::{header, StatusCode};

use super::{
    forms::{self, forgery_error, Outcome, PagePost, SignedInPost},
    session::{clear_session_cookie, cookie, secure, session_cookie, SESSION_COOKIE},
    AppState,
};
use crate::accounts::{self, ChangePasswordError, CreateAccountError, NewAccount, SignInError};

/// The browser goes to the account's page with `notice`, holding a new
/// session.
fn signed_in_response(state: &AppState, form: &PagePost, token: &str, notice: Notice) -> Response {
    let mut response = forms::see_other(&Page::Account.href_done(form.locale, notice));
    response.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(token, secure(state, &form.parts.headers)),
    );
    response
}

/// `POST /{lang}/login`
pub async fn sign_in(State(state): State<AppState>, form: PagePost) -> Response {
    if !form.token_ok() {
        let expired = Outcome::<()>::Again(forgery_error(), StatusCode::FORBIDDEN);
        return form.answer(&state, expired).await;
    }
    let address = forms::client_address(&state, &form.parts);
    let result = accounts::sign_in(
        &state.db,
        form.value("username"),
        form.value("password"),
        &address,
        Utc::now(),
    )
    .await;
    let (error, status, retry_after) = match result {
        Ok(session) => {
            return signed_in_response(&state, &form, &session.token, Notice::SignedIn);
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
    let mut response = form
        .answer::<()>(&state, Outcome::Again(vec![error], status))
        .await;
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, http::HeaderValue::from(seconds));
    }
    response
}

/// `POST /{lang}/logout` and `POST /{lang}/logout-everywhere`
async fn sign_out_with(state: AppState, form: PagePost, everywhere: bool) -> Response {
    let who = form
        .parts
        .extensions
        .get::<domain::model::SignedIn>()
        .cloned();
    let (Some(who), true) = (who, form.token_ok()) else {
        // Nothing to end, or a forged post: change nothing.
        return form
            .answer::<()>(&state, Outcome::Done(Page::Account, None))
            .await;
    };
    let ended = if everywhere {
        accounts::sign_out_everywhere(&state.db, &who).await
    } else {
        match cookie(&form.parts.headers, SESSION_COOKIE) {
            Some(token) => accounts::sign_out(&state.db, &token).await,
            None => Ok(()),
        }
    };
    if let Err(error) = ended {
        tracing::error!(%error, "sign-out failed");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let to = if everywhere {
        Outcome::done(Page::SignIn, Notice::LoggedOutElsewhere)
    } else {
        Outcome::Done(Page::Home, None)
    };
    let mut response = form.answer::<()>(&state, to).await;
    response.headers_mut().append(
        header::SET_COOKIE,
        clear_session_cookie(secure(&state, &form.parts.headers)),
    );
    response
}

pub async fn sign_out(State(state): State<AppState>, form: PagePost) -> Response {
    sign_out_with(state, form, false).await
}

pub async fn sign_out_everywhere(State(state): State<AppState>, form: PagePost) -> Response {
    sign_out_with(state, form, true).await
}

/// `POST /{lang}/invitation/{token}`
pub async fn accept_invitation(State(state): State<AppState>, form: PagePost) -> Response {
    let Page::Invitation { token } = &form.page else {
        return form
            .answer::<()>(&state, Outcome::Refused(AppError::NotFound))
            .await;
    };
    // A token is 64 hex digits; anything else names no invitation.
    if !accounts::tokens::is_well_formed(token) {
        return form
            .answer::<()>(&state, Outcome::Refused(AppError::NotFound))
            .await;
    }
    if !form.token_ok() {
        let expired = Outcome::<()>::Again(forgery_error(), StatusCode::FORBIDDEN);
        return form.answer(&state, expired).await;
    }
    let account = NewAccount {
        username: form.value("username"),
        display_name: form.value("display_name"),
        password: form.value("new_password"),
        confirm_password: form.value("confirm_password"),
    };
    let outcome = match accounts::accept_invitation(&state.db, token, &account, Utc::now()).await {
        Ok(session) => {
            return signed_in_response(&state, &form, &session.token, Notice::AccountCreated);
        }
        Err(CreateAccountError::Invalid(errors)) => Outcome::invalid(errors),
        // The page itself says whether the link expired or was used.
        Err(CreateAccountError::InvitationUnusable) => Outcome::Again(Vec::new(), StatusCode::GONE),
        Err(CreateAccountError::Hash(error)) => {
            tracing::error!(%error, "cannot hash a password");
            Outcome::Unavailable
        }
        Err(CreateAccountError::Db(error)) => {
            tracing::error!(%error, "cannot create an account");
            Outcome::Unavailable
        }
    };
    form.answer::<()>(&state, outcome).await
}

/// `POST /{lang}/account/password`: the signed-in account's own password.
pub async fn change_password(State(state): State<AppState>, post: SignedInPost) -> Response {
    let SignedInPost { form, who } = post;
    let change = accounts::PasswordChange {
        current_password: form.value("current_password"),
        new_password: form.value("new_password"),
        confirm_password: form.value("confirm_password"),
    };
    // A session was found for this request, so the cookie is there.
    let token = cookie(&form.parts.headers, SESSION_COOKIE).unwrap_or_default();
    let address = forms::client_address(&state, &form.parts);
    let result =
        accounts::change_password(&state.db, &who, &token, &change, &address, Utc::now()).await;
    let outcome = match result {
        Ok(()) => Outcome::done(Page::Account, Notice::PasswordChanged),
        Err(ChangePasswordError::Invalid(errors)) => Outcome::invalid(errors),
        Err(ChangePasswordError::Throttled(wait)) => Outcome::Again(
            vec![
                FieldError::new("current_password", "error-sign-in-throttled")
                    .with("minutes", wait.minutes()),
            ],
            StatusCode::TOO_MANY_REQUESTS,
        ),
        Err(ChangePasswordError::Hash(error)) => {
            tracing::error!(%error, "cannot hash a password");
            Outcome::Unavailable
        }
        Err(ChangePasswordError::Db(error)) => {
            tracing::error!(%error, "cannot change a password");
            Outcome::Unavailable
        }
    };
    form.answer::<()>(&state, outcome).await
}
