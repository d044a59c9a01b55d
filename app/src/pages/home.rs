//! Start page: the three kundval and their levels, each linking to its page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    api::get_catalogue,
    components::error_view::ErrorView,
    components::layout::description,
    i18n::{use_i18n, I18n},
    model::{KundvalSummary, LevelSummary},
    pages::{fact_sheet::fact_sheet_link, Prerendered},
    routes::Page,
};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("home-title");
    let content = {
        let i18n = i18n.clone();
        Suspend::new(async move {
            match get_catalogue().await {
                Ok(catalogue) => catalogue
                    .into_iter()
                    .map(|kundval| kundval_section(&i18n, kundval))
                    .collect_view()
                    .prerendered(),
                Err(error) => view! { <ErrorView error/> }.prerendered(),
            }
        })
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t("home-intro"))}
        <h1>{title}</h1>
        <p class="lead">{i18n.t("home-intro")}</p>
        <Suspense>{content}</Suspense>
        <section class="home-results" aria-labelledby="home-results">
            <h2 id="home-results">{i18n.t("home-results-heading")}</h2>
            <p>{i18n.t("home-results-text")}</p>
            <ul>
                <li><a href=i18n.href(&Page::Statistics)>{i18n.t("stats-title")}</a></li>
                <li><a href=i18n.href(&Page::OpenData)>{i18n.t("open-data-title")}</a></li>
            </ul>
        </section>
    }
}

fn kundval_section(i18n: &I18n, kundval: KundvalSummary) -> impl IntoView {
    let heading_id = format!("kundval-{}", kundval.code.to_ascii_lowercase());
    let defaults = kundval.level_defaults;
    let levels = kundval
        .levels
        .into_iter()
        .map(|level| {
            let default = defaults
                .iter()
                .find(|(code, _)| *code == level.code)
                .map(|(_, default)| default.provider.name.clone());
            level_card(i18n, level, default)
        })
        .collect_view();
    let labelled_by = heading_id.clone();
    view! {
        <section class="kundval" aria-labelledby=labelled_by>
            <h2 id=heading_id>{i18n.t(&format!("kundval-{}-name", kundval.code))}</h2>
            <p>{i18n.t(&format!("kundval-{}-about", kundval.code))}</p>
            <ul class="level-list">{levels}</ul>
        </section>
    }
}

/// A level's card; `default_provider` is the level's förvalsanordnare today
/// (one the level's customers can get: see `server::comparison::rotation`).
fn level_card(i18n: &I18n, level: LevelSummary, default_provider: Option<String>) -> impl IntoView {
    let href = i18n.href(&Page::Level {
        code: level.slug().to_string(),
    });
    view! {
        <li class="level-card">
            <a class="level-card__link" href=href>
                <span class="level-card__code">{i18n.t(&format!("level-{}-short", level.code))}</span>
                " "
                <span class="level-card__name">{i18n.t(&format!("level-{}-name", level.code))}</span>
            </a>
            <p>{i18n.t(&format!("level-{}-for-whom", level.code))}</p>
            {fact_sheet_link(i18n, &level.code)}
            <p class="level-card__facts">
                {level.max_months.map(|months| i18n.t_with("level-max-months", [("months", months.into())]))}
                " · "
                {i18n.t_with("level-provider-count", [("count", level.provider_count.into())])}
            </p>
            {default_provider.map(|provider| view! {
                <p class="kundval__default">
                    {i18n.t_with("kundval-default-provider", [("provider", provider.into())])}
                </p>
            })}
        </li>
    }
}
