//! `/:lang/account/reviews/:id`: an administrator reviews a submitted
//! change against the published profile, then publishes it or returns it
//! with a comment.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::for_administrators;
use crate::{
    backend::use_staff,
    components::{
        diff::{changes_view, SideNames},
        error_view::ErrorView,
        forms::{error_summary, error_text, textarea_text, CsrfField},
    },
    error::AppError,
    i18n::{use_i18n, I18n},
    model::{ReviewDiff, SignedIn},
    pages::Prerendered,
    request::form_feedback,
    routes::Page,
};

#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let version_id = use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok());
    for_administrators(&i18n.clone(), move |who| {
        let staff = use_staff();
        let content = {
            let i18n = i18n.clone();
            Suspend::new(async move {
                let diff = match (staff, version_id) {
                    (Ok(staff), Some(id)) => staff.review(&who, id).await,
                    (Err(error), _) => Err(error),
                    (_, None) => Err(AppError::NotFound),
                };
                match diff {
                    Ok(diff) => review_view(&i18n, &who, diff).prerendered(),
                    Err(error) => view! { <ErrorView error/> }.prerendered(),
                }
            })
        };
        view! { <Suspense>{content}</Suspense> }
    })
}

fn review_view(i18n: &I18n, who: &SignedIn, diff: ReviewDiff) -> impl IntoView {
    let title = i18n.t_with(
        "review-title",
        [("provider", diff.review.provider_name.clone().into())],
    );
    let feedback = form_feedback();
    let comment_error = feedback
        .as_ref()
        .and_then(|f| f.error("comment"))
        .map(|e| error_text(i18n, e));
    let changes = changes_view(
        i18n,
        diff.changes,
        SideNames {
            before: "diff-published-text",
            after: "diff-proposed-text",
            unchanged: "review-no-changes",
        },
    );
    let history = i18n.href(&Page::History {
        id: diff.review.provider_id.to_string(),
    });
    let action = i18n.href(&Page::Review {
        id: diff.review.version_id.to_string(),
    });
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <p class="back-link"><a href=i18n.href(&Page::Account)>{i18n.t("account-title")}</a></p>
        <h1>{title}</h1>
        <p>{i18n.t_with("account-submitted-by", [
            ("name", diff.review.submitted_by.clone().into()),
            ("date", diff.review.submitted_on.clone().into()),
        ])}</p>
        {error_summary(i18n, feedback.as_ref())}
        <p><a href=history>{i18n.t_with("history-link-for", [("provider", diff.review.provider_name.clone().into())])}</a></p>
        <h2>{i18n.t("review-changes-heading")}</h2>
        {changes}
        <h2>{i18n.t("review-decision-heading")}</h2>
        <form method="post" action=action.clone() class="stacked-form">
            <CsrfField token=who.csrf_token.clone()/>
            <button type="submit" name="decision" value="publish" class="button">{i18n.t("review-publish")}</button>
        </form>
        <form method="post" action=action class="stacked-form">
            <CsrfField token=who.csrf_token.clone()/>
            <div class="field" class:field--invalid=comment_error.is_some()>
                <label for="field-comment">{i18n.t("review-comment")}</label>
                {comment_error.clone().map(|e| view! { <p class="field-error" id="field-comment-error">{e}</p> })}
                <textarea id="field-comment" name="comment" rows="4" maxlength="2000" required=true
                    data-missing=i18n.t("error-comment-required")
                    aria-invalid=comment_error.is_some().then_some("true")
                    aria-describedby=comment_error.is_some().then_some("field-comment-error")>
                    {textarea_text(feedback.as_ref().and_then(|f| f.value("comment")).unwrap_or(""))}
                </textarea>
            </div>
            <button type="submit" name="decision" value="return" class="button button--secondary">{i18n.t("review-return")}</button>
        </form>
    }
}
