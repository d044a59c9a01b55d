//! "How to read the statistics": what n, the interval, the verdicts, "<5"
//! and ".." mean, and why a small provider's figure swings from year to
//! year. Every statistics table and chart links here from its source line.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{components::layout::description, i18n::use_i18n, routes::Page};

/// The page's sections, each a heading and its paragraphs, in reading order.
const SECTIONS: [&str; 5] = ["n", "interval", "verdict", "hidden", "swing"];

#[component]
pub fn HowToReadPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("read-title");
    let paragraphs = |id: &str| {
        i18n.lines(id)
            .into_iter()
            .map(|line| view! { <p>{line}</p> })
            .collect_view()
    };
    let sections = SECTIONS
        .iter()
        .map(|section| {
            let heading_id = format!("read-{section}-heading");
            view! {
                <section aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{i18n.t(&heading_id)}</h2>
                    {paragraphs(&format!("read-{section}"))}
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t("read-description"))}
        <p class="back-link"><a href=i18n.href(&Page::Statistics)>{i18n.t("stats-title")}</a></p>
        <article class="statement">
            <h1>{title}</h1>
            {paragraphs("read-intro")}
            {sections}
            <p class="stats-open-data"><a href=i18n.href(&Page::OpenData)>{i18n.t("stats-open-data-link")}</a></p>
        </article>
    }
}
