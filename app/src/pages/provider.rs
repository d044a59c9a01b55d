//! A provider's profile: the same structured fields in the same order for
//! every provider, so profiles compare and translate.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    api::{get_provider_profile, statistics::get_provider_key_figures},
    components::locations::{addresses_list, start_place_field, FROM_PARAMETER},
    components::meeting::{
        meeting_offer, meeting_request, unknown_meeting_notice, Meeting, MeetingRequest,
    },
    components::{contact::contact_details, layout::description},
    components::{error_view::ErrorView, facts::fact_labels},
    i18n::{use_i18n, I18n, Locale},
    interventions::Intervention,
    model::ProviderProfile,
    pages::{
        my_choice::choice_links,
        statistics_provider::{key_figures_parts, key_figures_section},
        Prerendered,
    },
    places::{start_place, StartPlace},
    routes::Page,
    vocabulary::FactKind,
};

#[component]
pub fn ProviderPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    // The level the reader came from, for the way back; only a known one, so
    // no stray text reaches a message id.
    let level = use_query_map()
        .read_untracked()
        .get("level")
        .and_then(|l| Intervention::from_slug(&l));
    // The place the reader starts from, for distances; only a known one.
    let from = use_query_map()
        .read_untracked()
        .get(FROM_PARAMETER)
        .and_then(|code| start_place(&code));
    let request = meeting_request();
    let locale = i18n.locale;
    let content = Suspend::new(async move {
        let profile = match get_provider_profile(id.clone(), locale).await {
            Ok(profile) => profile,
            Err(error) => return view! { <ErrorView error/> }.prerendered(),
        };
        // Published statistics are a part of the profile, not a condition
        // for it: without them the profile still shows.
        let figures = get_provider_key_figures(profile.id.clone())
            .await
            .ok()
            .flatten();
        let authorized: Vec<String> = profile.levels.iter().map(|l| l.code.clone()).collect();
        if let MeetingRequest::Beside(second) = request {
            // Each column reads the presentation in its own language.
            let meeting = Meeting::new(&i18n, second);
            let [swedish, other] = meeting.columns().map(|column| column.locale);
            let profiles = (
                get_provider_profile(id.clone(), swedish).await,
                get_provider_profile(id, other).await,
            );
            return match profiles {
                (Ok(swedish), Ok(other)) => {
                    let own_path = profile_path(&profile.id, level, from);
                    let columns = [&swedish, &other];
                    let mut rows = vec![
                        meeting.row_of(columns, |i18n, profile| {
                            view! {
                                <p class="back-link">{back_link(i18n, level, from)}</p>
                                {profile_header(i18n, profile)}
                            }
                        }),
                        meeting.row(|i18n| view! { <h2>{i18n.t("profile-facts-heading")}</h2> }),
                    ];
                    rows.extend(meeting.rows_of(columns, |i18n, profile| {
                        fact_entries(i18n, profile)
                            .into_iter()
                            .map(|entry| {
                                view! { <dl class="profile-facts">{entry}</dl> }.into_any()
                            })
                            .collect()
                    }));
                    rows.push(meeting.row_of(columns, contact_section));
                    rows.push(meeting.row_of(columns, |i18n, profile| {
                        visiting_section(i18n, profile, from, None)
                    }));
                    rows.push(meeting.row_of(columns, levels_section));
                    rows.push(meeting.row_of(columns, |i18n, profile| {
                        presentation_section(i18n, profile, true)
                    }));
                    rows.push(
                        meeting.row(|i18n| view! { <h2>{i18n.t("stats-profile-heading")}</h2> }),
                    );
                    rows.extend(meeting.rows_of([&figures, &figures], |i18n, figures| {
                        key_figures_parts(i18n, &authorized, figures.as_ref())
                    }));
                    view! { <Title text=format!("{} – {}", profile.name, i18n.t("site-name"))/> {meeting.frame(&own_path, rows)} }
                        .prerendered()
                }
                (Err(error), _) | (_, Err(error)) => view! { <ErrorView error/> }.prerendered(),
            };
        }
        view! {
            {(request == MeetingRequest::Unknown).then(|| unknown_meeting_notice(&i18n))}
            {profile_view(&i18n, profile.clone(), level, from)}
            {key_figures_section(&i18n, &authorized, figures)}
            {meeting_offer(&i18n, &profile_path(&profile.id, level, from))}
        }
        .prerendered()
    });
    view! { <Suspense>{content}</Suspense> }
}

/// The profile's address after the locale, with the level come from and
/// the place the reader starts from.
fn profile_path(id: &str, level: Option<Intervention>, from: Option<&StartPlace>) -> String {
    let query: Vec<String> = level
        .map(|level| format!("level={}", level.slug()))
        .into_iter()
        .chain(from.map(|from| format!("{FROM_PARAMETER}={}", from.code)))
        .collect();
    let page = Page::Provider { id: id.to_string() };
    page.path_with_query(&query.join("&"))
}

/// The way back: to the level the reader came from (with the place they
/// start from), else to the start.
pub fn back_link(i18n: &I18n, level: Option<Intervention>, from: Option<&StartPlace>) -> AnyView {
    let from = from
        .map(|from| format!("{FROM_PARAMETER}={}", from.code))
        .unwrap_or_default();
    match level {
        Some(level) => view! {
            <a href=i18n.href_query(&Page::Level { code: level.slug().to_string() }, &from)>
                {i18n.t(&level.short_name_id())}
            </a>
        }
        .into_any(),
        None => view! { <a href=i18n.href(&Page::Home)>{i18n.t("back-to-start")}</a> }.into_any(),
    }
}

/// The provider's name, when the profile was updated, and whether that is
/// over a year ago.
fn profile_header(i18n: &I18n, profile: &ProviderProfile) -> impl IntoView {
    view! {
        <h1>{profile.name.clone()}</h1>
        <p class="updated">{i18n.t_with("profile-updated", [("date", i18n.date(profile.updated_on).into())])}</p>
        {profile.stale.then(|| view! { <p class="notice">{i18n.t("profile-stale")}</p> })}
    }
}

/// Each fact of the profile as a term and its description, in one order
/// for every provider.
fn fact_entries(i18n: &I18n, profile: &ProviderProfile) -> Vec<AnyView> {
    let not_stated = i18n.t("profile-not-stated");
    let organisation_form = view! {
        <dt>{i18n.t("profile-organisation-form")}</dt>
        <dd>{i18n.t(&format!("organisation-form-{}", profile.organisation_form.code()))}</dd>
    }
    .into_any();
    let scalar_facts = profile.fields.public_facts().map(|fact| {
        let value = match fact.value {
            Some(value) if fact.left_to_right => {
                view! { <span dir="ltr">{value.to_string()}</span> }.into_any()
            }
            Some(value) => value.to_string().into_any(),
            None => not_stated.clone().into_any(),
        };
        view! {
            <dt>{i18n.t(fact.label_id)}</dt>
            <dd>{value}</dd>
        }
        .into_any()
    });
    let facts = FactKind::ALL.into_iter().map(|kind| {
        let values = fact_labels(i18n, &profile.facts, kind);
        let text = if values.is_empty() {
            not_stated.clone()
        } else {
            values.join(", ")
        };
        view! {
            <dt>{i18n.t(&kind.message_id())}</dt>
            <dd>{text}</dd>
        }
        .into_any()
    });
    std::iter::once(organisation_form)
        .chain(scalar_facts)
        .chain(facts)
        .collect()
}

fn contact_section(i18n: &I18n, profile: &ProviderProfile) -> impl IntoView {
    view! {
        <h2>{i18n.t("profile-contact-heading")}</h2>
        {contact_details(i18n, &profile.fields)}
    }
}

/// Where the provider meets customers, with distances from the reader's
/// start place; on a page of its own (`start_from`) also the plain form that
/// picks that place.
fn visiting_section(
    i18n: &I18n,
    profile: &ProviderProfile,
    from: Option<&'static StartPlace>,
    start_from: Option<(&str, Option<Intervention>)>,
) -> impl IntoView {
    let heading_id = i18n.id("visiting-heading");
    let addresses = if profile.addresses.is_empty() {
        view! { <p>{i18n.t("distance-no-address")}</p> }.into_any()
    } else {
        addresses_list(i18n, &profile.addresses, from).into_any()
    };
    let form = start_from.filter(|_| !profile.addresses.is_empty()).map(|(id, level)| {
        view! {
            <form class="start-place-form" method="get" action=i18n.href(&Page::Provider { id: id.to_string() })>
                {level.map(|level| view! { <input type="hidden" name="level" value=level.slug()/> })}
                {start_place_field(i18n, from)}
                <button type="submit" class="button button--secondary">{i18n.t("places-submit")}</button>
            </form>
        }
    });
    view! {
        <section class="visiting" aria-labelledby=i18n.region_label(&heading_id)>
            <h2 id=heading_id.clone()>{i18n.t("profile-addresses-heading")}</h2>
            {addresses}
            {form}
        </section>
    }
}

/// The levels the provider holds, and the way to choose it for one.
fn levels_section(i18n: &I18n, profile: &ProviderProfile) -> impl IntoView {
    let levels = profile
        .levels
        .iter()
        .map(|level| {
            let slug = level.code.to_ascii_lowercase();
            view! {
                <li>
                    <a href=i18n.href(&Page::Level { code: slug.to_string() })>
                        {i18n.t(&format!("level-{}-short", level.code))} " " {i18n.t(&format!("level-{}-name", level.code))}
                    </a>
                    " (" {i18n.t_with("profile-level-since", [("date", i18n.date(level.since).into())])} ")"
                </li>
            }
        })
        .collect_view();
    let offer_id = i18n.id("my-choice-offer-heading");
    view! {
        <h2>{i18n.t("profile-levels-heading")}</h2>
        <ul class="profile-levels">{levels}</ul>
        {choice_links(i18n, profile, None).map(|links| view! {
            <section class="my-choice-offer" aria-labelledby=i18n.region_label(&offer_id)>
                <h2 id=offer_id.clone()>{i18n.t("my-choice-offer-heading")}</h2>
                <p>{i18n.t("my-choice-offer-text")}</p>
                {links}
            </section>
        })}
    }
}

/// The provider's own text. On a page in one language it falls back to
/// the Swedish text, saying so; beside Swedish in the meeting view, a
/// language the provider has not written it in says that plainly instead
/// (the Swedish stands in the other column).
fn presentation_section(
    i18n: &I18n,
    profile: &ProviderProfile,
    beside_swedish: bool,
) -> impl IntoView {
    let written_in = profile.presentation_locale.as_deref();
    // Only a text that exists can lack a translation.
    let untranslated = beside_swedish
        && profile.presentation.is_some()
        && i18n.locale != Locale::Swedish
        && written_in != Some(i18n.locale.slug());
    let in_swedish_note =
        (!beside_swedish && written_in == Some("sv") && i18n.locale.slug() != "sv")
            .then(|| view! { <p class="note">{i18n.t("profile-presentation-in-swedish")}</p> });
    let presentation = match profile.presentation.clone() {
        _ if untranslated => {
            view! { <p class="note">{i18n.t("meeting-not-translated")}</p> }.into_any()
        }
        Some(text) => view! {
            <div class="presentation" lang=profile.presentation_locale.clone() dir="auto">
                {text.split("\n\n").map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        None => view! { <p>{i18n.t("profile-no-presentation")}</p> }.into_any(),
    };
    view! {
        <h2>{i18n.t("profile-presentation-heading")}</h2>
        {in_swedish_note}
        {presentation}
    }
}

/// The profile as the public sees it; the editor's preview shows the same.
pub fn profile_view(
    i18n: &I18n,
    profile: ProviderProfile,
    level: Option<Intervention>,
    from: Option<&'static StartPlace>,
) -> impl IntoView {
    view! {
        <Title text=format!("{} – {}", profile.name, i18n.t("site-name"))/>
        {description(i18n.t_with("meta-provider", [("provider", profile.name.clone().into())]))}
        <p class="back-link">{back_link(i18n, level, from)}</p>
        {profile_header(i18n, &profile)}

        <h2>{i18n.t("profile-facts-heading")}</h2>
        <dl class="profile-facts">{fact_entries(i18n, &profile)}</dl>

        {contact_section(i18n, &profile)}
        {visiting_section(i18n, &profile, from, Some((&profile.id, level)))}
        {levels_section(i18n, &profile)}
        {presentation_section(i18n, &profile, false)}
    }
}
