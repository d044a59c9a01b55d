//! "My choice": the provider a citizen chose for a level (or that they want
//! the default provider), its contact details and what happens next, made
//! to print on one A4 page in the reader's language with the Swedish beside
//! it, so the citizen takes it home and the counsellor can read it (issue 19
//! §2). Shared like a comparison: a plain link, a copy button and a QR code.
//!
//! Not in the sitemap and not indexed: it is a dated paper for one person,
//! and every fact on it is on the provider's profile already.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::{
    api::get_my_choice,
    components::locations::addresses_list,
    components::{
        contact::contact_details,
        error_view::ErrorView,
        layout::description,
        meeting::{
            meeting_offer, meeting_request, unknown_meeting_notice, Meeting, MeetingRequest,
        },
        next_steps::next_steps_section,
        share::share_section,
    },
    i18n::{use_i18n, I18n, Locale},
    interventions::Intervention,
    model::{ChoiceKind, MyChoice, ProviderProfile},
    pages::Prerendered,
    routes::Page,
};

/// The page: a provider chosen for a level, or, without one, the level's
/// default provider.
pub fn my_choice_page(level_slug: &str, provider_id: Option<&str>) -> Page {
    let code = level_slug.to_string();
    match provider_id {
        Some(id) => Page::MyChoiceOf {
            code,
            provider: id.to_string(),
        },
        None => Page::MyChoice { code },
    }
}

/// "I choose Cognix for AMI 2", once for each level offered today that the
/// provider holds (only `level` when given): the same links, in the same
/// words, for every provider on the profile and in the comparison.
pub fn choice_links(
    i18n: &I18n,
    profile: &ProviderProfile,
    level: Option<Intervention>,
) -> Option<impl IntoView> {
    let links: Vec<_> = profile
        .levels
        .iter()
        .filter_map(|held| Intervention::from_slug(&held.code))
        .filter(|held| !held.is_historical() && level.is_none_or(|level| level == *held))
        .map(|held| {
            let href = i18n.href(&my_choice_page(&held.slug(), Some(&profile.id)));
            let text = i18n.t_with(
                "my-choice-link",
                [
                    ("provider", profile.name.clone().into()),
                    ("level", i18n.t(&held.short_name_id()).into()),
                ],
            );
            view! { <li><a href=href>{text}</a></li> }
        })
        .collect();
    (!links.is_empty()).then(|| view! { <ul class="my-choice-links">{links}</ul> })
}

#[component]
pub fn MyChoicePage() -> impl IntoView {
    let i18n = use_i18n();
    let (level, provider) = {
        let params = use_params_map().read_untracked();
        (
            params.get("code").unwrap_or_default(),
            params.get("provider"),
        )
    };
    let locale = i18n.locale;
    let content = Suspend::new(async move {
        match get_my_choice(level, provider, locale).await {
            Ok(choice) => choice_view(&i18n, &choice).prerendered(),
            Err(error) => view! { <ErrorView error/> }.prerendered(),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

/// Whether the page adds the Swedish text for the counsellor: not when the
/// reader's text is Swedish already.
fn with_swedish_beside(locale: Locale) -> bool {
    !matches!(locale, Locale::Swedish | Locale::EasySwedish)
}

/// The way back to the level and the page's title.
fn choice_heading(i18n: &I18n, choice: &MyChoice) -> impl IntoView {
    let level = i18n.t(&format!("level-{}-short", choice.level.code));
    let title = i18n.t_with("my-choice-title", [("level", level.clone().into())]);
    let slug = choice.level.slug();
    view! {
        <p class="back-link"><a href=i18n.href(&Page::Level { code: slug.to_string() })>{level}</a></p>
        <h1>{title}</h1>
    }
}

fn choice_view(i18n: &I18n, choice: &MyChoice) -> impl IntoView {
    let slug = choice.level.slug();
    let level = i18n.t(&format!("level-{}-short", choice.level.code));
    let title = i18n.t_with("my-choice-title", [("level", level.clone().into())]);
    let chosen_id = match choice.kind {
        ChoiceKind::Chosen => Some(choice.provider.id.as_str()),
        ChoiceKind::Default { .. } => None,
    };
    let own_page = my_choice_page(&slug, chosen_id);
    let own_path = own_page.path();
    let head = view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t_with("meta-my-choice", [("level", level.clone().into())]))}
        <Meta name="robots" content="noindex"/>
    };
    let request = meeting_request();
    if let MeetingRequest::Beside(second) = request {
        let meeting = Meeting::new(i18n, second);
        let mut rows = vec![meeting.row(|i18n| choice_heading(i18n, choice))];
        rows.extend(meeting.rows_of([choice, choice], sheet_parts));
        return view! { {head} {meeting.frame(&own_path, rows)} }.into_any();
    }
    let share_path = i18n.href(&own_page);
    let two_languages = with_swedish_beside(i18n.locale);
    let swedish =
        two_languages.then(|| choice_sheet(&i18n.in_locale(Locale::Swedish), choice, true));
    view! {
        {head}
        {(request == MeetingRequest::Unknown).then(|| unknown_meeting_notice(i18n))}
        {choice_heading(i18n, choice)}
        {two_languages.then(|| view! { <p class="my-choice__beside">{i18n.t("my-choice-swedish-beside")}</p> })}
        <div class=if two_languages { "my-choice my-choice--two" } else { "my-choice" }>
            {choice_sheet(i18n, choice, two_languages)}
            {swedish}
        </div>
        {share_section(i18n, share_path, "my-choice-share-link", "my-choice__share")}
        {meeting_offer(i18n, &own_path)}
    }
    .into_any()
}

/// The choice in one language, in that language's direction: a page with
/// two of them names its language above each.
fn choice_sheet(i18n: &I18n, choice: &MyChoice, named: bool) -> impl IntoView {
    let heading_id = sheet_heading_id(i18n);
    view! {
        <section
            class="my-choice__sheet"
            lang=i18n.locale.html_lang()
            dir=i18n.locale.direction().as_str()
            aria-labelledby=heading_id
        >
            {named.then(|| view! { <p class="my-choice__language">{i18n.locale.native_name()}</p> })}
            {sheet_parts(i18n, choice)}
        </section>
    }
}

/// The sheet's heading's id: one per language, as a page may hold two.
fn sheet_heading_id(i18n: &I18n) -> String {
    i18n.id(&format!("my-choice-{}", i18n.locale.slug()))
}

/// The sheet's parts in order: what was chosen and when, the provider and
/// how to reach it, what to bring, and what happens next.
fn sheet_parts(i18n: &I18n, choice: &MyChoice) -> Vec<AnyView> {
    let heading_id = sheet_heading_id(i18n);
    let code = &choice.level.code;
    let level = i18n.t(&format!("level-{code}-short"));
    let provider = &choice.provider;
    let heading = match choice.kind {
        ChoiceKind::Chosen => i18n.t_with(
            "my-choice-chosen",
            [
                ("provider", provider.name.clone().into()),
                ("level", level.clone().into()),
            ],
        ),
        ChoiceKind::Default { .. } => {
            i18n.t_with("my-choice-default", [("level", level.clone().into())])
        }
    };
    // Who the default provider is today, until when, and that the rotation
    // decides it, not the reader.
    let default_note = match &choice.kind {
        ChoiceKind::Chosen => None,
        ChoiceKind::Default { until } => {
            let today = i18n.t_with(
                "my-choice-default-today",
                [("provider", provider.name.clone().into())],
            );
            let until = until.as_ref().map(|until| {
                i18n.t_with(
                    "default-provider-until",
                    [("date", i18n.date_text(until).into())],
                )
            });
            Some(view! {
                <p>{today} {until.map(|until| format!(" {until}"))}</p>
                <p>{i18n.t("my-choice-default-rotation")}</p>
            })
        }
    };
    let profile_href = i18n.href_query(
        &Page::Provider {
            id: provider.id.to_string(),
        },
        &format!("level={}", choice.level.slug()),
    );
    vec![
        view! {
            <h2 id=heading_id.clone()>{heading}</h2>
            <p class="my-choice__level">
                {format!("{level} {}", i18n.t(&format!("level-{code}-name")))}
                <br/>
                {i18n.t_with("my-choice-date", [("date", i18n.date(choice.made_on).into())])}
            </p>
            {default_note}
        }
        .into_any(),
        view! {
            <h3 id=format!("{heading_id}-provider")><a href=profile_href>{provider.name.clone()}</a></h3>
            {contact_details(i18n, &provider.fields)}
            {(!provider.addresses.is_empty()).then(|| view! {
                <p class="my-choice__addresses">{i18n.t("profile-addresses-heading")}</p>
                {addresses_list(i18n, &provider.addresses, None)}
            })}
        }
        .into_any(),
        view! { <p class="my-choice__bring">{i18n.t("my-choice-bring")}</p> }.into_any(),
        next_steps_section(i18n, &format!("{heading_id}-next-steps"), true).into_any(),
    ]
}
