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
        error_view::ErrorView,
        facts::fact_labels,
        forms::{error_summary, error_text, textarea_text, CsrfField},
    },
    error::AppError,
    i18n::{use_i18n, I18n, Locale},
    model::{DiffSegment, FieldChange, ReviewDiff, SignedIn},
    pages::Prerendered,
    request::form_feedback,
    vocabulary::Fact,
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
    let changes = if diff.changes.is_empty() {
        view! { <p>{i18n.t("review-no-changes")}</p> }.into_any()
    } else {
        diff.changes
            .into_iter()
            .map(|change| change_view(i18n, change))
            .collect_view()
            .into_any()
    };
    let action = i18n.href(&format!("/account/reviews/{}", diff.review.version_id));
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <p class="back-link"><a href=i18n.href("/account")>{i18n.t("account-title")}</a></p>
        <h1>{title}</h1>
        <p>{i18n.t_with("account-submitted-by", [
            ("name", diff.review.submitted_by.clone().into()),
            ("date", diff.review.submitted_on.clone().into()),
        ])}</p>
        {error_summary(i18n, feedback.as_ref())}
        <h2>{i18n.t("review-changes-heading")}</h2>
        <p class="field-hint">{i18n.t("review-legend")}</p>
        <div class="review-changes">{changes}</div>
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

fn change_view(i18n: &I18n, change: FieldChange) -> impl IntoView {
    match change {
        FieldChange::Text {
            label_id,
            locale,
            segments,
        } => {
            let label = match locale.as_deref().and_then(Locale::from_slug) {
                Some(locale) => i18n.t_with(&label_id, [("language", locale.native_name().into())]),
                None => i18n.t(&label_id),
            };
            let lang = locale
                .as_deref()
                .and_then(Locale::from_slug)
                .map(|l| l.html_lang());
            let added = i18n.t("review-added");
            let removed = i18n.t("review-removed");
            let text = segments
                .into_iter()
                .map(|segment| match segment {
                    DiffSegment::Same(text) => view! { <span>{text}</span> }.into_any(),
                    // The words say what changed; colour only repeats it.
                    DiffSegment::Added(text) => view! {
                        <ins><span class="visually-hidden">"[" {added.clone()} ": "</span>{text}<span class="visually-hidden">"]"</span></ins>
                    }
                    .into_any(),
                    DiffSegment::Removed(text) => view! {
                        <del><span class="visually-hidden">"[" {removed.clone()} ": "</span>{text}<span class="visually-hidden">"]"</span></del>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <section class="review-change">
                    <h3>{label}</h3>
                    <p class="diff" lang=lang dir="auto">{text}</p>
                </section>
            }
            .into_any()
        }
        FieldChange::Facts {
            kind,
            added,
            removed,
        } => {
            let labels = |codes: Vec<String>| {
                let facts: Vec<Fact> = codes.into_iter().map(|code| Fact { kind, code }).collect();
                fact_labels(i18n, &facts, kind).join(", ")
            };
            view! {
                <section class="review-change">
                    <h3>{i18n.t(&kind.message_id())}</h3>
                    <dl>
                        {(!added.is_empty()).then(|| view! { <dt>{i18n.t("review-added")}</dt><dd>{labels(added.clone())}</dd> })}
                        {(!removed.is_empty()).then(|| view! { <dt>{i18n.t("review-removed")}</dt><dd>{labels(removed.clone())}</dd> })}
                    </dl>
                </section>
            }
            .into_any()
        }
    }
}
