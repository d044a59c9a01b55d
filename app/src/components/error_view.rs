//! A translated error in place of a page's content, with the right HTTP status.

use leptos::prelude::*;

use crate::{error::AppError, i18n::use_i18n, routes::Page};

#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.status());
    }
    let i18n = use_i18n();
    let title = i18n.t(&format!("{}-title", error.message_id()));
    view! {
        <leptos_meta::Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <h1>{title}</h1>
        <p>{i18n.t(error.message_id())}</p>
        <p><a href=i18n.href(&Page::Home)>{i18n.t("back-to-start")}</a></p>
    }
}
