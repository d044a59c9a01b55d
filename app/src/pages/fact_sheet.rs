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
    components::meeting::{
        meeting_offer, meeting_request, unknown_meeting_notice, Meeting, MeetingRequest,
    },
    components::next_steps::next_steps,
    components::{error_view::ErrorView, print_button::PrintButton, read_aloud::ReadAloudButton},
    error::AppError,
    i18n::{use_i18n, I18n},
    interventions::{Intervention, SheetPart},
    pages::Prerendered,
    routes::Page,
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
    let href = i18n.href(&sheet_page(intervention));
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

/// One headed part of the sheet: one of the intervention's own parts, or
/// the rights and whom to ask that every sheet ends with.
#[derive(Clone, Copy)]
enum Section {
    Part(SheetPart),
    Rights,
    Ask,
}

impl Section {
    fn all() -> impl Iterator<Item = Section> {
        (SheetPart::ALL.into_iter().map(Section::Part)).chain([Section::Rights, Section::Ask])
    }

    fn view(self, i18n: &I18n, intervention: Intervention) -> impl IntoView {
        let (heading_id, heading, body) = match self {
            Section::Part(part) => (
                format!("sheet-{}", part.code()),
                i18n.t(&part.heading_message_id()),
                lines_view(
                    i18n.lines(&intervention.sheet_part_id(part)),
                    part == SheetPart::Happens,
                ),
            ),
            Section::Rights => (
                "sheet-rights".to_string(),
                i18n.t("sheet-heading-rights"),
                lines_view(
                    i18n.lines(if intervention.is_historical() {
                        "sheet-rights-historical"
                    } else {
                        "sheet-rights"
                    }),
                    true,
                ),
            ),
            Section::Ask => (
                "sheet-ask".to_string(),
                i18n.t("sheet-heading-ask"),
                lines_view(i18n.lines("sheet-ask"), false),
            ),
        };
        let heading_id = i18n.id(&heading_id);
        view! {
            <section class="fact-sheet__part" aria-labelledby=i18n.region_label(&heading_id)>
                <h2 id=heading_id.clone()>{heading}</h2>
                {body}
            </section>
        }
    }
}

/// The sheet's title, what the intervention is, and whether it is offered.
fn sheet_header(i18n: &I18n, intervention: Intervention) -> impl IntoView {
    let level = i18n.t(&intervention.short_name_id());
    view! {
        <h1 id=i18n.id("fact-sheet-title")>{i18n.t_with("sheet-title", [("level", level.into())])}</h1>
        <p class="lead">{i18n.t(&intervention.name_id())}</p>
        {intervention.is_historical().then(|| view! { <p class="notice">{i18n.t("sheet-historical-note")}</p> })}
    }
}

/// Where to choose: the level's provider list, for the levels offered now.
fn providers_link(i18n: &I18n, intervention: Intervention) -> Option<impl IntoView> {
    let level = i18n.t(&intervention.short_name_id());
    (!intervention.is_historical()).then(|| {
        view! {
            // A way onwards, not part of the sheet: not read aloud.
            <p class="fact-sheet__providers" data-no-read="">
                <a href=i18n.href(&Page::Level { code: intervention.slug().to_string() })>
                    {i18n.t_with("sheet-providers-link", [("level", level.into())])}
                </a>
            </p>
        }
    })
}

/// Where the sheet's facts come from.
fn source(i18n: &I18n, intervention: Intervention) -> impl IntoView {
    let source = i18n.t(if intervention.is_historical() {
        "sheet-source-historical"
    } else {
        "sheet-source"
    });
    view! { <p class="fact-sheet__source">{source}</p> }
}

fn sheet_page(intervention: Intervention) -> Page {
    Page::FactSheet {
        code: intervention.slug().to_string(),
    }
}

fn sheet_view(i18n: &I18n, intervention: Intervention) -> impl IntoView {
    let level = i18n.t(&intervention.short_name_id());
    let title = i18n.t_with("sheet-title", [("level", level.clone().into())]);
    let historical = intervention.is_historical();
    let request = meeting_request();
    let head = view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t(&format!("level-{}-for-whom", intervention.code())))}
        <p class="back-link"><a href=i18n.href(&Page::FactSheets)>{i18n.t("sheet-back-to-index")}</a></p>
    };
    if let MeetingRequest::Beside(second) = request {
        let meeting = Meeting::new(i18n, second);
        let mut rows = vec![meeting.row(|i18n| sheet_header(i18n, intervention))];
        rows.extend(
            Section::all().map(|section| meeting.row(|i18n| section.view(i18n, intervention))),
        );
        rows.push(meeting.row(|i18n| providers_link(i18n, intervention)));
        rows.push(meeting.row(|i18n| source(i18n, intervention)));
        if !historical {
            rows.push(meeting.row(next_steps));
        }
        return view! { {head} {meeting.frame(&sheet_page(intervention).path(), rows)} }.into_any();
    }
    let sections = Section::all()
        .map(|section| section.view(i18n, intervention))
        .collect_view();
    view! {
        {head}
        {(request == MeetingRequest::Unknown).then(|| unknown_meeting_notice(i18n))}
        <article class="fact-sheet" id=SHEET_ID aria-labelledby="fact-sheet-title">
            <header class="fact-sheet__header">{sheet_header(i18n, intervention)}</header>
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
            <div class="fact-sheet__parts">{sections}</div>
            {providers_link(i18n, intervention)}
            {source(i18n, intervention)}
        </article>
        {(!historical).then(|| next_steps(i18n))}
        {meeting_offer(i18n, &sheet_page(intervention).path())}
    }
    .into_any()
}
