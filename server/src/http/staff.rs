//! Form posts of the signed-in pages: a provider's profile, reviews,
//! authorizations and invitations. Each handler gets its form checked
//! (`forms::SignedInPost`: session and anti-forgery token), checks the
//! account's role itself, and says what the form came to as an
//! `forms::Outcome`; the services below (`crate::editorial`,
//! `crate::accounts`) check the role again.

use app::routes::{Notice, Page};
use axum::{extract::State, response::Response};
use chrono::Utc;
use domain::{
    error::AppError,
    model::{CreatedInvitation, FieldError, ProfileDraft, ProfilePreview, Role, SignedIn},
};
use http::StatusCode;

use super::{
    forms::{self, forgery_error, Outcome, Pairs, SignedInPost},
    AppState,
};
use crate::{
    accounts::{self, timestamp},
    editorial::{authorizations, review, validation, EditorialError},
};

impl<T> From<EditorialError> for Outcome<T> {
    fn from(error: EditorialError) -> Outcome<T> {
        match error {
            EditorialError::Invalid(errors) => Outcome::invalid(errors),
            EditorialError::Forbidden => Outcome::Refused(AppError::Forbidden),
            // Gone or decided meanwhile: the page again shows how it stands.
            EditorialError::NotFound | EditorialError::AlreadyReviewed => {
                Outcome::Again(Vec::new(), StatusCode::CONFLICT)
            }
            EditorialError::Db(error) => {
                tracing::error!(%error, "a staff form failed");
                Outcome::Unavailable
            }
        }
    }
}

/// `POST /{lang}/account/profile`: `intent` is `preview`, `edit` or `submit`.
pub async fn profile(State(state): State<AppState>, post: SignedInPost) -> Response {
    let SignedInPost { form, who } = post;
    let outcome = profile_outcome(&state, &form, &who).await;
    form.answer(&state, outcome).await
}

async fn profile_outcome(
    state: &AppState,
    form: &forms::PagePost,
    who: &SignedIn,
) -> Outcome<ProfilePreview> {
    if !matches!(who.role, Role::ProviderEditor { .. }) {
        return Outcome::Refused(AppError::Forbidden);
    }
    let draft = ProfileDraft::from_form(&form.pairs);
    let now = timestamp(Utc::now());
    match form.value("intent") {
        "submit" => match review::submit(&state.db, who, &draft, &now).await {
            Ok(submitted) if submitted.sent_for_review => {
                Outcome::done(Page::Account, Notice::Submitted)
            }
            Ok(_) => Outcome::done(Page::Account, Notice::ContactPublished),
            Err(error) => error.into(),
        },
        "preview" => {
            let content = match validation::check_draft(&draft) {
                Ok(content) => content,
                Err(errors) => return Outcome::invalid(errors),
            };
            let today = state.backend.today();
            match review::preview(&state.db, who, &content, form.locale.slug(), today).await {
                Ok(profile) => {
                    let preview = ProfilePreview {
                        profile,
                        draft: validation::draft_of(&content),
                    };
                    Outcome::Show(Page::ProfilePreview, preview, StatusCode::OK)
                }
                Err(error) => error.into(),
            }
        }
        // Back from the preview: the form again, as it was.
        _ => Outcome::Again(Vec::new(), StatusCode::OK),
    }
}

/// `POST /{lang}/account/reviews/{id}`: `decision` is `publish` or `return`.
pub async fn decide(State(state): State<AppState>, post: SignedInPost) -> Response {
    let SignedInPost { form, who } = post;
    let Page::Review { id } = &form.page else {
        return form
            .answer::<()>(&state, Outcome::Refused(AppError::NotFound))
            .await;
    };
    let outcome = match id.parse::<i64>() {
        Ok(version_id) => {
            let now = timestamp(Utc::now());
            let decided = match form.value("decision") {
                "publish" => review::publish(&state.db, &who, version_id, &now)
                    .await
                    .map(|()| Notice::Published),
                _ => {
                    let comment = form.value("comment");
                    review::return_with_comment(&state.db, &who, version_id, comment, &now)
                        .await
                        .map(|()| Notice::Returned)
                }
            };
            match decided {
                Ok(notice) => Outcome::done(Page::Account, notice),
                Err(error) => error.into(),
            }
        }
        Err(_) => Outcome::Refused(AppError::NotFound),
    };
    form.answer::<()>(&state, outcome).await
}

/// `POST /{lang}/account/providers/{id}/addresses`: an administrator's
/// correction of a provider's visiting addresses, published at once.
pub async fn correct_addresses(State(state): State<AppState>, post: SignedInPost) -> Response {
    let SignedInPost { form, who } = post;
    let Page::Addresses { id: provider_id } = &form.page else {
        return form
            .answer::<()>(&state, Outcome::Refused(AppError::NotFound))
            .await;
    };
    // Only an id a provider could have reaches the service.
    let well_formed = provider_id
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let outcome = if !well_formed {
        Outcome::Refused(AppError::NotFound)
    } else if !pairs_have_addresses(&form.pairs) {
        // The form always posts every row's fields, empty ones too; a post
        // without any is not the form, and must not empty the list.
        Outcome::Again(forgery_error(), StatusCode::UNPROCESSABLE_ENTITY)
    } else {
        let drafts = ProfileDraft::from_form(&form.pairs).addresses;
        let now = timestamp(Utc::now());
        match review::correct_addresses(&state.db, &who, provider_id, &drafts, &now).await {
            Ok(()) => Outcome::done(Page::Account, Notice::AddressesCorrected),
            Err(error) => error.into(),
        }
    };
    form.answer::<()>(&state, outcome).await
}

fn pairs_have_addresses(pairs: &Pairs) -> bool {
    pairs.iter().any(|(name, _)| name.starts_with("address-"))
}

/// `POST /{lang}/account/providers`: `action` is `authorize`, `deauthorize` or `create`.
pub async fn providers(State(state): State<AppState>, post: SignedInPost) -> Response {
    let SignedInPost { form, who } = post;
    let now = timestamp(Utc::now());
    let v = |name: &str| form.value(name);
    let result = match v("action") {
        "authorize" => authorizations::authorize(
            &state.db,
            &who,
            (v("provider"), v("level"), v("from"), v("to")),
            &now,
        )
        .await
        .map(|()| Notice::Authorized),
        "deauthorize" => {
            authorizations::deauthorize(&state.db, &who, v("authorization"), v("last_day"), &now)
                .await
                .map(|()| Notice::Deauthorized)
        }
        "create" => authorizations::create_provider(
            &state.db,
            &who,
            (v("name"), v("organisation_form"), v("organisation_number")),
            &now,
        )
        .await
        .map(|_| Notice::ProviderCreated),
        _ => Err(EditorialError::NotFound),
    };
    let outcome = match result {
        Ok(notice) => Outcome::done(Page::Providers, notice),
        Err(error) => error.into(),
    };
    form.answer::<()>(&state, outcome).await
}

/// `POST /{lang}/account/invitations`
pub async fn invite(State(state): State<AppState>, post: SignedInPost) -> Response {
    let SignedInPost { form, who } = post;
    let outcome = invite_outcome(&state, &form, &who).await;
    form.answer(&state, outcome).await
}

async fn invite_outcome(
    state: &AppState,
    form: &forms::PagePost,
    who: &SignedIn,
) -> Outcome<CreatedInvitation> {
    if who.role != Role::Administrator {
        return Outcome::Refused(AppError::Forbidden);
    }
    let provider = form.value("provider").trim();
    let role = match form.value("role") {
        "admin" => Role::Administrator,
        _ if provider.is_empty() => {
            return Outcome::invalid(vec![FieldError::new("provider", "error-provider-required")])
        }
        _ => match crate::db::providers::exists(&state.db, provider).await {
            Ok(true) => Role::ProviderEditor {
                provider_id: provider.to_string(),
            },
            Ok(false) => {
                return Outcome::invalid(vec![FieldError::new(
                    "provider",
                    "error-provider-unknown",
                )])
            }
            Err(error) => return EditorialError::from(error).into(),
        },
    };
    match accounts::invite(&state.db, who, &role, Utc::now()).await {
        Ok((token, expires_at)) => {
            let created = CreatedInvitation {
                path: Page::Invitation { token }.href(form.locale),
                expires_at,
            };
            Outcome::Show(Page::Invitations, created, StatusCode::CREATED)
        }
        Err(error) => EditorialError::from(error).into(),
    }
}
