//! Form posts of the signed-in pages: a provider's profile, reviews,
//! authorizations and invitations. Each handler checks the session, the
//! anti-forgery token and the account's role itself; the services below
//! (`crate::editorial`, `crate::accounts`) check the role again.

use app::{
    error::AppError,
    model::{CreatedInvitation, ProfileDraft, ProfilePreview, Role, SignedIn},
};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Response},
    Form,
};
use chrono::Utc;
use http::{request::Parts, StatusCode};

use super::{
    forms::{self, csrf_ok, feedback, forgery_error, render_page, value, Pairs},
    AppState,
};
use crate::{
    accounts::{self, timestamp},
    editorial::{authorizations, review, validation, EditorialError},
};

/// The checks every signed-in post starts with: a known locale, a session
/// (else to the sign-in page) and the form's token (else the page again,
/// saying the form expired).
pub(super) async fn signed_in_post(
    state: &AppState,
    lang: &str,
    parts: &Parts,
    pairs: &Pairs,
    page: &str,
) -> Result<(app::i18n::Locale, SignedIn), Response> {
    let locale = forms::locale(state, parts, lang).await?;
    let Some(who) = parts.extensions.get::<SignedIn>().cloned() else {
        return Err(forms::see_other(&format!("/{}/login", locale.slug())));
    };
    if !csrf_ok(parts, pairs) {
        let path = format!("/{}{page}", locale.slug());
        return Err(render_page(
            state,
            parts,
            &path,
            feedback(pairs, forgery_error()),
            StatusCode::FORBIDDEN,
        )
        .await);
    }
    Ok((locale, who))
}

/// An editorial failure as a response: form errors re-render `page`.
async fn failure(
    state: &AppState,
    parts: &Parts,
    pairs: &Pairs,
    page: &str,
    error: EditorialError,
) -> Response {
    match error {
        EditorialError::Invalid(errors) => {
            render_page(
                state,
                parts,
                page,
                feedback(pairs, errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        EditorialError::Forbidden => {
            let locale = app::i18n::Locale::from_path(page);
            forms::error_page(state, parts, locale, AppError::Forbidden).await
        }
        EditorialError::NotFound | EditorialError::AlreadyReviewed => {
            render_page(
                state,
                parts,
                page,
                feedback(pairs, Vec::new()),
                StatusCode::CONFLICT,
            )
            .await
        }
        EditorialError::Db(error) => {
            tracing::error!(%error, "a staff form failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// `POST /{lang}/account/profile`: `intent` is `preview`, `edit` or `submit`.
pub async fn profile(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    let (locale, who) =
        match signed_in_post(&state, &lang, &parts, &pairs, "/account/profile").await {
            Ok(checked) => checked,
            Err(response) => return response,
        };
    if !matches!(who.role, Role::ProviderEditor { .. }) {
        return forms::error_page(&state, &parts, Some(locale), AppError::Forbidden).await;
    }
    let edit_page = format!("/{}/account/profile", locale.slug());
    let draft = ProfileDraft::from_form(&pairs);
    let now = timestamp(Utc::now());
    match value(&pairs, "intent") {
        "submit" => match review::submit(&state.db, &who, &draft, &now).await {
            Ok(submitted) => {
                let done = if submitted.sent_for_review {
                    "submitted"
                } else {
                    "contact-published"
                };
                forms::see_other(&format!("/{}/account?done={done}", locale.slug()))
            }
            Err(error) => failure(&state, &parts, &pairs, &edit_page, error).await,
        },
        "preview" => {
            let content = match validation::check_draft(&draft) {
                Ok(content) => content,
                Err(errors) => {
                    return failure(
                        &state,
                        &parts,
                        &pairs,
                        &edit_page,
                        EditorialError::Invalid(errors),
                    )
                    .await
                }
            };
            let today = state.backend.today();
            match review::preview(&state.db, &who, &content, locale.slug(), today).await {
                Ok(profile) => {
                    let path = format!("/{}/account/profile/preview", locale.slug());
                    let preview = ProfilePreview {
                        profile,
                        draft: validation::draft_of(&content),
                    };
                    render_page(&state, &parts, &path, preview, StatusCode::OK).await
                }
                Err(error) => failure(&state, &parts, &pairs, &edit_page, error).await,
            }
        }
        // Back from the preview: the form again, as it was.
        _ => {
            render_page(
                &state,
                &parts,
                &edit_page,
                feedback(&pairs, Vec::new()),
                StatusCode::OK,
            )
            .await
        }
    }
}

/// `POST /{lang}/account/reviews/{id}`: `decision` is `publish` or `return`.
pub async fn decide(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    // The id is checked first: the page is rendered again at a path made
    // from it.
    let Ok(version_id) = id.parse::<i64>() else {
        let locale = app::i18n::Locale::from_slug(&lang);
        return forms::error_page(&state, &parts, locale, AppError::NotFound).await;
    };
    let page = format!("/account/reviews/{version_id}");
    let (locale, who) = match signed_in_post(&state, &lang, &parts, &pairs, &page).await {
        Ok(checked) => checked,
        Err(response) => return response,
    };
    let now = timestamp(Utc::now());
    let result = match value(&pairs, "decision") {
        "publish" => review::publish(&state.db, &who, version_id, &now)
            .await
            .map(|()| "published"),
        _ => {
            review::return_with_comment(&state.db, &who, version_id, value(&pairs, "comment"), &now)
                .await
                .map(|()| "returned")
        }
    };
    match result {
        Ok(done) => forms::see_other(&format!("/{}/account?done={done}", locale.slug())),
        Err(error) => {
            let path = format!("/{}{page}", locale.slug());
            failure(&state, &parts, &pairs, &path, error).await
        }
    }
}

/// `POST /{lang}/account/providers/{id}/addresses`: an administrator's
/// correction of a provider's visiting addresses, published at once.
pub async fn correct_addresses(
    State(state): State<AppState>,
    Path((lang, provider_id)): Path<(String, String)>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    // The page is rendered again at a path made from the id: only an id a
    // provider could have reaches it.
    if !provider_id
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        let locale = app::i18n::Locale::from_slug(&lang);
        return forms::error_page(&state, &parts, locale, AppError::NotFound).await;
    }
    let page = app::pages::account::addresses::addresses_path(&provider_id);
    let (locale, who) = match signed_in_post(&state, &lang, &parts, &pairs, &page).await {
        Ok(checked) => checked,
        Err(response) => return response,
    };
    // The form always posts every row's fields, empty ones too; a post
    // without any is not the form, and must not empty the list.
    if !pairs.iter().any(|(name, _)| name.starts_with("address-")) {
        let path = format!("/{}{page}", locale.slug());
        return failure(
            &state,
            &parts,
            &pairs,
            &path,
            EditorialError::Invalid(forms::forgery_error()),
        )
        .await;
    }
    let drafts = ProfileDraft::from_form(&pairs).addresses;
    let now = timestamp(Utc::now());
    match review::correct_addresses(&state.db, &who, &provider_id, &drafts, &now).await {
        Ok(()) => forms::see_other(&format!(
            "/{}/account?done=addresses-corrected",
            locale.slug()
        )),
        Err(error) => {
            let path = format!("/{}{page}", locale.slug());
            failure(&state, &parts, &pairs, &path, error).await
        }
    }
}

/// `POST /{lang}/account/providers`: `action` is `authorize`, `deauthorize` or `create`.
pub async fn providers(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    let (locale, who) =
        match signed_in_post(&state, &lang, &parts, &pairs, "/account/providers").await {
            Ok(checked) => checked,
            Err(response) => return response,
        };
    let page = format!("/{}/account/providers", locale.slug());
    let now = timestamp(Utc::now());
    let v = |name: &str| value(&pairs, name);
    let result = match v("action") {
        "authorize" => authorizations::authorize(
            &state.db,
            &who,
            (v("provider"), v("level"), v("from"), v("to")),
            &now,
        )
        .await
        .map(|()| "authorized"),
        "deauthorize" => {
            authorizations::deauthorize(&state.db, &who, v("authorization"), v("last_day"), &now)
                .await
                .map(|()| "deauthorized")
        }
        "create" => authorizations::create_provider(
            &state.db,
            &who,
            (v("name"), v("organisation_form"), v("organisation_number")),
            &now,
        )
        .await
        .map(|_| "provider-created"),
        _ => Err(EditorialError::NotFound),
    };
    match result {
        Ok(done) => forms::see_other(&format!("{page}?done={done}")),
        Err(error) => failure(&state, &parts, &pairs, &page, error).await,
    }
}

/// `POST /{lang}/account/invitations`
pub async fn invite(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(pairs): Form<Pairs>,
) -> Response {
    let (locale, who) =
        match signed_in_post(&state, &lang, &parts, &pairs, "/account/invitations").await {
            Ok(checked) => checked,
            Err(response) => return response,
        };
    if who.role != Role::Administrator {
        return forms::error_page(&state, &parts, Some(locale), AppError::Forbidden).await;
    }
    let page = format!("/{}/account/invitations", locale.slug());
    let provider = value(&pairs, "provider").trim();
    let role = match value(&pairs, "role") {
        "admin" => Ok(Role::Administrator),
        _ if provider.is_empty() => Err(app::model::FieldError::new(
            "provider",
            "error-provider-required",
        )),
        _ => match crate::db::providers::exists(&state.db, provider).await {
            Ok(true) => Ok(Role::ProviderEditor {
                provider_id: provider.to_string(),
            }),
            Ok(false) => Err(app::model::FieldError::new(
                "provider",
                "error-provider-unknown",
            )),
            Err(error) => return failure(&state, &parts, &pairs, &page, error.into()).await,
        },
    };
    let role = match role {
        Ok(role) => role,
        Err(error) => {
            return render_page(
                &state,
                &parts,
                &page,
                feedback(&pairs, vec![error]),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    };
    match accounts::invite(&state.db, &who, &role, Utc::now()).await {
        Ok((token, expires_at)) => {
            let created = CreatedInvitation {
                path: format!("/{}/invitation/{token}", locale.slug()),
                expires_at,
            };
            render_page(&state, &parts, &page, created, StatusCode::CREATED).await
        }
        Err(error) => failure(&state, &parts, &pairs, &page, error.into()).await,
    }
}
