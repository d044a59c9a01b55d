//! What changed between two versions of a profile, as a reviewer reads it:
//! each changed text whole, the earlier beside the later on a wide screen
//! and above it on a phone. Removed words are struck through in the earlier
//! text, added words underlined in the later one, and both marks are
//! spoken: most screen readers say nothing of `<del>` and `<ins>`.

use leptos::prelude::*;

use crate::{
    components::facts::fact_labels,
    i18n::{I18n, Locale},
    model::{FieldChange, TextRun},
    vocabulary::Fact,
};

/// What a page calls the two sides, and no change at all, as message ids:
/// the review's "published" and "proposed", the history's "previous" and
/// "this version".
#[derive(Clone, Copy)]
pub struct SideNames {
    pub before: &'static str,
    pub after: &'static str,
    pub unchanged: &'static str,
}

/// Every change, or a sentence saying there is none.
pub fn changes_view(i18n: &I18n, changes: Vec<FieldChange>, sides: SideNames) -> AnyView {
    if changes.is_empty() {
        return view! { <p>{i18n.t(sides.unchanged)}</p> }.into_any();
    }
    let legend = i18n.t("review-legend");
    let changes = changes
        .into_iter()
        .map(|change| change_view(i18n, change, sides))
        .collect_view();
    view! {
        <p class="field-hint">{legend}</p>
        <div class="review-changes">{changes}</div>
    }
    .into_any()
}

#[derive(Clone, Copy)]
enum Mark {
    Removed,
    Added,
}

fn side_view(
    i18n: &I18n,
    heading: String,
    runs: Vec<TextRun>,
    mark: Mark,
    text_lang: Option<&'static str>,
    class: &'static str,
) -> impl IntoView {
    // The spoken marks are in the page's language, whatever the text's.
    let page_lang = i18n.locale.html_lang();
    let (start, end) = match mark {
        Mark::Removed => (i18n.t("diff-removed-start"), i18n.t("diff-removed-end")),
        Mark::Added => (i18n.t("diff-added-start"), i18n.t("diff-added-end")),
    };
    let body = if runs.is_empty() {
        view! { <p class="diff-empty">{i18n.t("diff-no-text")}</p> }.into_any()
    } else {
        let runs = runs
            .into_iter()
            .map(|run| {
                if !run.changed {
                    return run.text.into_any();
                }
                let opening = view! { <span class="visually-hidden" lang=page_lang>{format!("{start} ")}</span> };
                let closing = view! { <span class="visually-hidden" lang=page_lang>{format!(" {end}")}</span> };
                match mark {
                    Mark::Removed => view! { <del>{opening}{run.text}{closing}</del> }.into_any(),
                    Mark::Added => view! { <ins>{opening}{run.text}{closing}</ins> }.into_any(),
                }
            })
            .collect_view();
        view! { <p class="diff" lang=text_lang dir="auto">{runs}</p> }.into_any()
    };
    view! {
        <div class=format!("diff-side {class}")>
            <h4>{heading}</h4>
            {body}
        </div>
    }
}

fn change_view(i18n: &I18n, change: FieldChange, sides: SideNames) -> AnyView {
    match change {
        FieldChange::Text {
            label_id,
            locale,
            before,
            after,
        } => {
            let locale = locale.as_deref().and_then(Locale::from_slug);
            let label = match locale {
                Some(locale) => i18n.t_with(&label_id, [("language", locale.native_name().into())]),
                None => i18n.t(&label_id),
            };
            let text_lang = locale.map(|l| l.html_lang());
            view! {
                <section class="review-change">
                    <h3>{label}</h3>
                    <div class="diff-sides">
                        {side_view(i18n, i18n.t(sides.before), before, Mark::Removed, text_lang, "diff-side--before")}
                        {side_view(i18n, i18n.t(sides.after), after, Mark::Added, text_lang, "diff-side--after")}
                    </div>
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
