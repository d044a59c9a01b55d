//! The accessibility statement (tillgänglighetsredogörelse) that the Swedish
//! law on accessible digital public services (lagen om tillgänglighet till
//! digital offentlig service, DOS-lagen) requires, in the order of Digg's
//! model: who stands behind the service, how accessible it is, the known
//! barriers, what to do instead, how to report a barrier, supervision, and
//! how and when it was assessed.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::{components::layout::description, i18n::use_i18n, pages::Prerendered, routes::Page};

/// The day the service was last assessed and this statement updated. Change
/// it with every new assessment, together with the barriers it lists.
pub const ASSESSED_ON: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 22) {
    Some(date) => date,
    None => panic!("the assessment date is a valid date"),
};

/// Where to report a barrier. A demonstration address under `.example`, a
/// domain reserved for examples (RFC 2606), so nobody's mail goes astray;
/// the page says so.
pub const FEEDBACK_EMAIL: &str = "tillganglighet@jamforaren.example";

/// Digg's form for reporting a public body's inaccessible digital service.
pub const SUPERVISOR_URL: &str = "https://www.digg.se/tdosanmalan";

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("a11y-title");
    let paragraphs = |id: &str| {
        i18n.lines(id)
            .into_iter()
            .map(|line| view! { <p>{line}</p> })
            .collect_view()
    };
    let list = |id: &str| {
        let items = i18n
            .lines(id)
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        view! { <ul class="statement__list">{items}</ul> }
    };
    let mailto = format!("mailto:{FEEDBACK_EMAIL}");
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t("a11y-intro"))}
        <p class="back-link"><a href=i18n.href(&Page::Home)>{i18n.t("back-to-start")}</a></p>
        <article class="statement">
            <h1>{title}</h1>
            {paragraphs("a11y-intro")}
            <p class="notice">{i18n.t("a11y-demo")}</p>

            <h2>{i18n.t("a11y-heading-status")}</h2>
            {paragraphs("a11y-status")}

            <h2>{i18n.t("a11y-heading-barriers")}</h2>
            {list("a11y-barriers")}

            <h2>{i18n.t("a11y-heading-alternative")}</h2>
            {paragraphs("a11y-alternative")}

            <h2>{i18n.t("a11y-heading-report")}</h2>
            {paragraphs("a11y-report")}
            <p>
                {i18n.t("a11y-email-label")} " "
                <a href=mailto dir="ltr">{FEEDBACK_EMAIL}</a>
            </p>
            <p class="note">{i18n.t("a11y-demo-contact")}</p>

            <h2>{i18n.t("a11y-heading-supervision")}</h2>
            {paragraphs("a11y-supervision")}
            <p><a href=SUPERVISOR_URL>{i18n.t("a11y-supervision-link")}</a></p>

            <h2>{i18n.t("a11y-heading-tested")}</h2>
            {paragraphs("a11y-tested")}
            <p>{i18n.t_with("a11y-assessed", [("date", i18n.date(ASSESSED_ON).into())])}</p>
        </article>
    }
    .prerendered()
}
