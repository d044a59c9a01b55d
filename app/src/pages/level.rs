//! A level's page: what it is, for whom, and the providers authorized for it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{
    api::get_level_page,
    components::error_view::ErrorView,
    i18n::{use_i18n, I18n},
    model::{LevelPage as LevelPageData, ProviderSummary},
};

#[component]
pub fn LevelPage() -> impl IntoView {
    let i18n = use_i18n();
    let code = use_params_map()
        .read_untracked()
        .get("code")
        .unwrap_or_default();
    let content = Suspend::new(async move {
        match get_level_page(code).await {
            Ok(page) => level_view(&i18n, page).into_any(),
            Err(error) => view! { <ErrorView error/> }.into_any(),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

fn level_view(i18n: &I18n, page: LevelPageData) -> impl IntoView {
    let code = page.level.code.clone();
    let title = format!(
        "{} {}",
        i18n.t(&format!("level-{code}-short")),
        i18n.t(&format!("level-{code}-name"))
    );
    let provider_count = page.providers.len() as i64;
    let providers = if page.providers.is_empty() {
        view! { <p>{i18n.t("level-no-providers")}</p> }.into_any()
    } else {
        let items = page
            .providers
            .into_iter()
            .map(|provider| provider_item(i18n, provider))
            .collect_view();
        view! { <ul class="provider-list">{items}</ul> }.into_any()
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <p class="back-link"><a href=i18n.href("")>{i18n.t("back-to-start")}</a></p>
        <h1>{title}</h1>
        <p class="lead">{i18n.t(&format!("level-{code}-for-whom"))}</p>
        {(!page.level.offered).then(|| view! { <p class="notice">{i18n.t("level-not-offered")}</p> })}
        <h2>{i18n.t_with("level-providers-heading", [("count", provider_count.into())])}</h2>
        {providers}
    }
}

fn provider_item(i18n: &I18n, provider: ProviderSummary) -> impl IntoView {
    view! {
        <li class="provider-card">
            <h3 class="provider-card__name">{provider.name}</h3>
            <p class="provider-card__form">
                {i18n.t(&format!("organisation-form-{}", provider.organisation_form.code()))}
            </p>
        </li>
    }
}
