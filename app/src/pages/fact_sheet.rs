//! A fact sheet: one intervention explained in easy-to-read language, the
//! information sheet per insats the 2023 report asks for (000 §14.2 C1).
//! What it is, for whom, how long, what happens, the goal, your rights and
//! whom to ask; one thought per line; printable on one A4 page; read aloud
//! where the browser has a voice for the language.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{
    components::layout::description,
    components::next_steps::next_steps,
    components::{error_view::ErrorView, print_button::PrintButton, read_aloud::ReadAloudButton},
    error::AppError,
    i18n::{use_i18n, I18n},
    interventions::{Intervention, SheetPart},
    pages::Prerendered,
};

/// The id of the element read aloud: the sheet itself.
const SHEET_ID: &str = "fact-sheet";

#[component]
pub fn FactSheetPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = use_params_map()
        .read_untracked()
        .get("code")
        .unwrap_or_default();
    match Intervention::from_slug(&slug) {
        Some(intervention) => sheet_view(&i18n, intervention).prerendered(),
        None => view! { <ErrorView error=AppError::NotFound/> }.prerendered(),
    }
}

/// The link to a level's fact sheet, named after the level, from the level's
/// page and the start page; none for a code without a sheet.
pub fn fact_sheet_link(i18n: &I18n, code: &str) -> Option<impl IntoView> {
    let intervention = Intervention::from_slug(code)?;
    let href = i18n.href(&format!("/fact-sheet/{}", intervention.slug()));
    let level = i18n.t(&intervention.short_name_id());
    Some(view! {
        <p class="fact-sheet-link">
            <a href=href>{i18n.t_with("sheet-link", [("level", level.into())])}</a>
        </p>
    })
}

/// The lines as paragraphs, or as a list where they enumerate steps or rights.
fn lines_view(lines: Vec<String>, as_list: bool) -> AnyView {
    if as_list {
        let items = lines
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        view! { <ul class="fact-sheet__list">{items}</ul> }.into_any()
    } else {
        lines
            .into_iter()
            .map(|line| view! { <p>{line}</p> })
            .collect_view()
            .into_any()
    }
}

/// One headed section of the sheet.
fn section(heading_id: &str, heading: String, body: AnyView) -> impl IntoView {
    view! {
        <section class="fact-sheet__part" aria-labelledby=heading_id.to_string()>
            <h2 id=heading_id.to_string()>{heading}</h2>
            {body}
        </section>
    }
}

fn sheet_view(i18n: &I18n, intervention: Intervention) -> impl IntoView {
    let level = i18n.t(&intervention.short_name_id());
    let title = i18n.t_with("sheet-title", [("level", level.clone().into())]);
    let parts = SheetPart::ALL
        .into_iter()
        .map(|part| {
            section(
                &format!("sheet-{}", part.code()),
                i18n.t(&part.heading_message_id()),
                lines_view(
                    i18n.lines(&intervention.sheet_part_id(part)),
                    part == SheetPart::Happens,
                ),
            )
        })
        .collect_view();
    let historical = intervention.is_historical();
    let rights = i18n.lines(if historical {
        "sheet-rights-historical"
    } else {
        "sheet-rights"
    });
    // Where to choose: the level's provider list, for the levels offered now.
    let providers_link = (!historical).then(|| {
        view! {
            // A way onwards, not part of the sheet: not read aloud.
            <p class="fact-sheet__providers" data-no-read="">
                <a href=i18n.href(&format!("/level/{}", intervention.slug()))>
                    {i18n.t_with("sheet-providers-link", [("level", level.clone().into())])}
                </a>
            </p>
        }
    });
    let source = i18n.t(if historical {
        "sheet-source-historical"
    } else {
        "sheet-source"
    });
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t(&format!("level-{}-for-whom", intervention.code())))}
        <p class="back-link"><a href=i18n.href("/fact-sheets")>{i18n.t("sheet-back-to-index")}</a></p>
        <article class="fact-sheet" id=SHEET_ID aria-labelledby="fact-sheet-title">
            <header class="fact-sheet__header">
                <h1 id="fact-sheet-title">{title}</h1>
                <p class="lead">{i18n.t(&intervention.name_id())}</p>
                {historical.then(|| view! { <p class="notice">{i18n.t("sheet-historical-note")}</p> })}
            </header>
            // Not read aloud: the buttons' own labels (read_aloud::SKIP_ATTRIBUTE).
            <div class="fact-sheet__tools" data-no-read="">
                <ReadAloudButton
                    label=i18n.t("sheet-read-aloud")
                    stop_label=i18n.t("sheet-stop-reading")
                    lang=i18n.locale.html_lang().to_string()
                    target=SHEET_ID.to_string()
                />
                <PrintButton label=i18n.t("sheet-print")/>
            </div>
            <div class="fact-sheet__parts">
                {parts}
                {section("sheet-rights", i18n.t("sheet-heading-rights"), lines_view(rights, true))}
                {section("sheet-ask", i18n.t("sheet-heading-ask"), lines_view(i18n.lines("sheet-ask"), false))}
            </div>
            {providers_link}
            <p class="fact-sheet__source">{source}</p>
        </article>
        {(!historical).then(|| next_steps(i18n))}
    }
}
