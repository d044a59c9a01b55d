//! `/:lang/account/providers/:id/history`: every version of a provider's
//! profile, newest first, with who submitted and reviewed it, how it ended
//! and the reviewer's comment; and `…/history/:version`: one version, what
//! it held and what changed since the version before it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{for_administrators, moment, scrolling_table, ScrollingTableName};
use crate::{
    backend::use_staff,
    components::{
        diff::{changes_view, SideNames},
        error_view::ErrorView,
        facts::fact_labels,
    },
    error::AppError,
    i18n::{use_i18n, I18n, Locale},
    model::{ProfileDraft, ProfileHistory, VersionDetail, VersionRow, VersionState},
    pages::Prerendered,
    routes::Page,
    vocabulary::FactKind,
};

fn history_href(i18n: &I18n, provider_id: &str) -> String {
    i18n.href(&Page::History {
        id: provider_id.to_string(),
    })
}

fn version_href(i18n: &I18n, provider_id: &str, version_id: i64) -> String {
    i18n.href(&Page::Version {
        id: provider_id.to_string(),
        version: version_id.to_string(),
    })
}

#[component]
pub fn ProfileHistoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let provider_id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    for_administrators(&i18n.clone(), move |who| {
        let staff = use_staff();
        let content = {
            let i18n = i18n.clone();
            Suspend::new(async move {
                let history = match staff {
                    Ok(staff) => staff.profile_history(&who, &provider_id).await,
                    Err(error) => Err(error),
                };
                match history {
                    Ok(history) => history_view(&i18n, history).prerendered(),
                    Err(error) => view! { <ErrorView error/> }.prerendered(),
                }
            })
        };
        view! { <Suspense>{content}</Suspense> }
    })
}

fn reviewed_cell(i18n: &I18n, version: &VersionRow) -> String {
    match (&version.reviewed_at, &version.reviewed_by) {
        (Some(at), Some(by)) => i18n.t_with(
            "history-by-at",
            [
                ("name", by.clone().into()),
                ("date", moment(i18n, at).into()),
            ],
        ),
        _ => String::new(),
    }
}

fn history_view(i18n: &I18n, history: ProfileHistory) -> impl IntoView {
    let title = i18n.t_with(
        "history-title",
        [("provider", history.provider_name.clone().into())],
    );
    let table = if history.versions.is_empty() {
        view! { <p>{i18n.t("history-empty")}</p> }.into_any()
    } else {
        let rows = history
            .versions
            .iter()
            .map(|version| {
                let href = version_href(i18n, &history.provider_id, version.id);
                view! {
                    <tr>
                        <td><a href=href>{moment(i18n, &version.submitted_at)}</a></td>
                        <td>{version.submitted_by.clone()}</td>
                        <td>{i18n.t(version.state.message_id())}</td>
                        <td>{reviewed_cell(i18n, version)}</td>
                        <td class="written-text" dir="auto">{version.comment.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            {scrolling_table(
                i18n,
                ScrollingTableName::Caption("history-caption", i18n.t("history-caption")),
                &[
                    "history-col-submitted",
                    "history-col-submitted-by",
                    "history-col-state",
                    "history-col-reviewed",
                    "history-col-comment",
                ],
                rows,
            )}
        }
        .into_any()
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <p class="back-link"><a href=i18n.href(&Page::Providers)>{i18n.t("providers-admin-title")}</a></p>
        <h1>{title}</h1>
        <p>{i18n.t("history-intro")}</p>
        {table}
    }
}

#[component]
pub fn ProfileVersionPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map().read_untracked();
    let provider_id = params.get("id").unwrap_or_default();
    // Anything but a number is a page that does not exist.
    let version_id = params.get("version").and_then(|id| id.parse::<i64>().ok());
    for_administrators(&i18n.clone(), move |who| {
        let staff = use_staff();
        let content = {
            let i18n = i18n.clone();
            Suspend::new(async move {
                let detail = match (staff, version_id) {
                    (Ok(staff), Some(id)) => staff.profile_version(&who, &provider_id, id).await,
                    (Err(error), _) => Err(error),
                    (_, None) => Err(AppError::NotFound),
                };
                match detail {
                    Ok(detail) => version_view(&i18n, detail).prerendered(),
                    Err(error) => view! { <ErrorView error/> }.prerendered(),
                }
            })
        };
        view! { <Suspense>{content}</Suspense> }
    })
}

fn version_view(i18n: &I18n, detail: VersionDetail) -> impl IntoView {
    let version = &detail.version;
    let title = i18n.t_with(
        "history-version-title",
        [
            ("provider", detail.provider_name.clone().into()),
            ("date", moment(i18n, &version.submitted_at).into()),
        ],
    );
    let review_link = (version.state == VersionState::Pending).then(|| {
        view! {
            <p><a href=i18n.href(&Page::Review { id: version.id.to_string() })>{i18n.t("history-review-link")}</a></p>
        }
    });
    let compared = match &detail.previous {
        Some(previous) => view! {
            <p>
                {i18n.t("history-compared-with")}" "
                <a href=version_href(i18n, &detail.provider_id, previous.id)>{moment(i18n, &previous.submitted_at)}</a>
            </p>
        }
        .into_any(),
        None => view! { <p>{i18n.t("history-first-version")}</p> }.into_any(),
    };
    let changes = changes_view(
        i18n,
        detail.changes.clone(),
        SideNames {
            before: "diff-previous-version",
            after: "diff-this-version",
            unchanged: "history-no-changes",
        },
    );
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <p class="back-link">
            <a href=history_href(i18n, &detail.provider_id)>
                {i18n.t_with("history-title", [("provider", detail.provider_name.clone().into())])}
            </a>
        </p>
        <h1>{title}</h1>
        <dl class="version-facts">
            <dt>{i18n.t("history-col-submitted-by")}</dt>
            <dd>{version.submitted_by.clone()}</dd>
            <dt>{i18n.t("history-col-state")}</dt>
            <dd>{i18n.t(version.state.message_id())}</dd>
            {version.reviewed_at.is_some().then(|| view! {
                <dt>{i18n.t("history-col-reviewed")}</dt>
                <dd>{reviewed_cell(i18n, version)}</dd>
            })}
            {version.comment.clone().map(|comment| view! {
                <dt>{i18n.t("history-col-comment")}</dt>
                <dd class="written-text" dir="auto">{comment}</dd>
            })}
        </dl>
        {review_link}
        <h2>{i18n.t("history-changes-heading")}</h2>
        {compared}
        {changes}
        <h2>{i18n.t("history-content-heading")}</h2>
        {content_view(i18n, &detail.content)}
    }
}

/// Everything the version held, filled fields only.
fn content_view(i18n: &I18n, content: &ProfileDraft) -> impl IntoView {
    let mut items: Vec<(String, String, Option<&'static str>)> = Vec::new();
    for (field, value) in content.fields.iter() {
        if !value.is_empty() {
            items.push((i18n.t(field.staff_label_id()), value.to_string(), None));
        }
    }
    for kind in FactKind::ALL {
        let labels = fact_labels(i18n, &content.facts, kind);
        if !labels.is_empty() {
            items.push((i18n.t(&kind.message_id()), labels.join(", "), None));
        }
    }
    for (slug, text) in &content.presentations {
        if let Some(locale) = Locale::from_slug(slug) {
            let label = i18n.t_with(
                "field-presentation",
                [("language", locale.native_name().into())],
            );
            items.push((label, text.clone(), Some(locale.html_lang())));
        }
    }
    if items.is_empty() {
        return view! { <p>{i18n.t("history-no-content")}</p> }.into_any();
    }
    let items = items
        .into_iter()
        .map(|(label, value, lang)| {
            view! {
                <dt>{label}</dt>
                <dd class="written-text" lang=lang dir="auto">{value}</dd>
            }
        })
        .collect_view();
    view! { <dl class="version-content">{items}</dl> }.into_any()
}
