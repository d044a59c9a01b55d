//! The fact sheets' index: every intervention's sheet, by kundval, the
//! older interventions last.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::layout::description,
    i18n::{use_i18n, I18n},
    interventions::Intervention,
    pages::Prerendered,
    routes::Page,
};

#[component]
pub fn FactSheetIndexPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("sheet-index-title");
    // Kundval in catalogue order, each once.
    let mut kundval: Vec<&'static str> = Intervention::ALL
        .into_iter()
        .map(Intervention::kundval_code)
        .collect();
    kundval.dedup();
    let groups = kundval
        .into_iter()
        .map(|code| kundval_group(&i18n, code))
        .collect_view();
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t("sheet-index-intro"))}
        <p class="back-link"><a href=i18n.href(&Page::Home)>{i18n.t("back-to-start")}</a></p>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("sheet-index-intro")}</p>
        {groups}
    }
    .prerendered()
}

fn kundval_group(i18n: &I18n, kundval_code: &'static str) -> impl IntoView {
    let heading_id = format!("sheets-{}", kundval_code.to_ascii_lowercase());
    let items = Intervention::ALL
        .into_iter()
        .filter(|i| i.kundval_code() == kundval_code)
        .map(|intervention| {
            let href = i18n.href(&Page::FactSheet { code: intervention.slug().to_string() });
            view! {
                <li>
                    <a href=href>
                        <span class="level-card__code">{i18n.t(&intervention.short_name_id())}</span>
                        " "
                        {i18n.t(&intervention.name_id())}
                    </a>
                </li>
            }
        })
        .collect_view();
    let labelled_by = heading_id.clone();
    view! {
        <section class="sheet-index" aria-labelledby=labelled_by>
            <h2 id=heading_id>{i18n.t(&format!("kundval-{kundval_code}-name"))}</h2>
            <ul class="sheet-index__list">{items}</ul>
        </section>
    }
}
