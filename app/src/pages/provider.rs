//! A provider's profile: the same structured fields in the same order for
//! every provider, so profiles compare and translate.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    api::{get_provider_profile, statistics::get_provider_key_figures},
    components::{contact::contact_details, layout::description},
    components::{error_view::ErrorView, facts::fact_labels},
    i18n::{use_i18n, I18n},
    interventions::Intervention,
    model::ProviderProfile,
    pages::{my_choice::choice_links, statistics_provider::key_figures_section, Prerendered},
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
    let locale = i18n.locale;
    let content = Suspend::new(async move {
        match get_provider_profile(id, locale).await {
            Ok(profile) => {
                // Published statistics are a part of the profile, not a
                // condition for it: without them the profile still shows.
                let figures = get_provider_key_figures(profile.id.clone())
                    .await
                    .ok()
                    .flatten();
                let authorized: Vec<String> =
                    profile.levels.iter().map(|l| l.code.clone()).collect();
                view! {
                    {profile_view(&i18n, profile, level)}
                    {key_figures_section(&i18n, &authorized, figures)}
                }
                .prerendered()
            }
            Err(error) => view! { <ErrorView error/> }.prerendered(),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

/// The profile as the public sees it; the editor's preview shows the same.
pub fn profile_view(
    i18n: &I18n,
    profile: ProviderProfile,
    level: Option<Intervention>,
) -> impl IntoView {
    let back = match level {
        Some(level) => view! {
            <a href=i18n.href(&format!("/level/{}", level.slug()))>
                {i18n.t(&level.short_name_id())}
            </a>
        }
        .into_any(),
        None => view! { <a href=i18n.href("")>{i18n.t("back-to-start")}</a> }.into_any(),
    };
    let not_stated = i18n.t("profile-not-stated");
    let scalar_facts = profile
        .fields
        .public_facts()
        .map(|fact| {
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
        })
        .collect_view();
    let facts = FactKind::ALL
        .into_iter()
        .map(|kind| {
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
        })
        .collect_view();
    let levels = profile
        .levels
        .iter()
        .map(|level| {
            let slug = level.code.to_ascii_lowercase();
            view! {
                <li>
                    <a href=i18n.href(&format!("/level/{slug}"))>
                        {i18n.t(&format!("level-{}-short", level.code))} " " {i18n.t(&format!("level-{}-name", level.code))}
                    </a>
                    " (" {i18n.t_with("profile-level-since", [("date", i18n.date(level.since).into())])} ")"
                </li>
            }
        })
        .collect_view();
    let in_swedish_note = (profile.presentation_locale.as_deref() == Some("sv")
        && i18n.locale.slug() != "sv")
        .then(|| view! { <p class="note">{i18n.t("profile-presentation-in-swedish")}</p> });
    let presentation = match profile.presentation.clone() {
        Some(text) => view! {
            <div class="presentation" lang=profile.presentation_locale.clone() dir="auto">
                {text.split("\n\n").map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        None => view! { <p>{i18n.t("profile-no-presentation")}</p> }.into_any(),
    };
    view! {
        <Title text=format!("{} – {}", profile.name, i18n.t("site-name"))/>
        {description(i18n.t_with("meta-provider", [("provider", profile.name.clone().into())]))}
        <p class="back-link">{back}</p>
        <h1>{profile.name.clone()}</h1>
        <p class="updated">{i18n.t_with("profile-updated", [("date", i18n.date(profile.updated_on).into())])}</p>
        {profile.stale.then(|| view! { <p class="notice">{i18n.t("profile-stale")}</p> })}

        <h2>{i18n.t("profile-facts-heading")}</h2>
        <dl class="profile-facts">
            <dt>{i18n.t("profile-organisation-form")}</dt>
            <dd>{i18n.t(&format!("organisation-form-{}", profile.organisation_form.code()))}</dd>
            {scalar_facts}
            {facts}
        </dl>

        <h2>{i18n.t("profile-contact-heading")}</h2>
        {contact_details(i18n, &profile.fields)}

        <h2>{i18n.t("profile-levels-heading")}</h2>
        <ul class="profile-levels">{levels}</ul>
        {choice_links(i18n, &profile, None).map(|links| view! {
            <section class="my-choice-offer" aria-labelledby="my-choice-offer-heading">
                <h2 id="my-choice-offer-heading">{i18n.t("my-choice-offer-heading")}</h2>
                <p>{i18n.t("my-choice-offer-text")}</p>
                {links}
            </section>
        })}

        <h2>{i18n.t("profile-presentation-heading")}</h2>
        {in_swedish_note}
        {presentation}
    }
}
