//! Open data: what the downloadable files hold, every column and code
//! explained, with a link to each file and to the catalogue's metadata.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    api::statistics::get_open_data_periods,
    components::layout::description,
    components::{
        error_view::ErrorView,
        statistics::{period_text, shown_date},
    },
    i18n::{use_i18n, I18n},
    model::statistics::{Breakdown, PublishedPeriod, OPEN_DATA_COLUMNS, SURVEY_AREAS},
    pages::Prerendered,
    routes::{Endpoint, Page},
};

const STATUSES: [&str; 4] = ["shown", "below_threshold", "suppressed", "not_shown"];

const KEY_FIGURES: [&str; 5] = [
    "persons",
    "self_sufficiency_percent",
    "exits_to_work_or_studies",
    "average_days_to_work_or_studies",
    "extended_percent",
];

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("open-data-title");
    let content = {
        let i18n = i18n.clone();
        Suspend::new(async move {
            match get_open_data_periods().await {
                Ok(periods) => files(&i18n, &periods).prerendered(),
                Err(error) => view! { <ErrorView error/> }.prerendered(),
            }
        })
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t("open-data-intro"))}
        <p class="back-link"><a href=i18n.href(&Page::Statistics)>{i18n.t("stats-back")}</a></p>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("open-data-intro")}</p>
        <p>{i18n.t("open-data-license")}</p>
        <Suspense>{content}</Suspense>
        {schema(&i18n)}
        <h2>{i18n.t("open-data-catalog-heading")}</h2>
        <p>{i18n.t("open-data-catalog-text")}</p>
        <p><a href=Endpoint::OpenDataCatalog.href() dir="ltr">{Endpoint::OpenDataCatalog.href()}</a></p>
    }
}

/// A dataset's file of a period in a format (`csv`, `json`).
fn data_file(code: &str, key: &str, format: &str) -> String {
    let file = Endpoint::OpenDataFile {
        dataset: code.to_string(),
        file: format!("{key}.{format}"),
    };
    file.href()
}

fn files(i18n: &I18n, periods: &[(PublishedPeriod, bool)]) -> impl IntoView {
    if periods.is_empty() {
        return view! { <p class="notice">{i18n.t("stats-none")}</p> }.into_any();
    }
    let dataset = |code: &'static str| {
        let links = periods
            .iter()
            .filter(|(_, has_survey)| code != "survey" || *has_survey)
            .map(|(published, _)| {
                let key = published.period.key();
                let label = i18n.t_with(
                    "open-data-file",
                    [
                        ("period", period_text(i18n, &published.period).into()),
                        ("date", shown_date(i18n, &published.published_at).into()),
                    ],
                );
                view! {
                    <li>
                        {label} " "
                        <a href=data_file(code, &key, "csv")>{i18n.t_with("open-data-download", [("format", "CSV".into()), ("period", period_text(i18n, &published.period).into())])}</a>
                        " · "
                        <a href=data_file(code, &key, "json")>{i18n.t_with("open-data-download", [("format", "JSON".into()), ("period", period_text(i18n, &published.period).into())])}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{i18n.t(&format!("open-data-{code}-name"))}</h3>
            <p>{i18n.t(&format!("open-data-{code}-description"))}</p>
            <ul class="stats-links">{links}</ul>
        }
    };
    view! {
        <h2>{i18n.t("open-data-datasets-heading")}</h2>
        {dataset("statistics")}
        {dataset("survey")}
    }
    .into_any()
}

/// The schema: every column, every table and its categories, every status.
fn schema(i18n: &I18n) -> impl IntoView {
    let columns = OPEN_DATA_COLUMNS
        .iter()
        .map(|column| {
            view! {
                <dt><code>{*column}</code></dt>
                <dd>{i18n.t(&format!("open-data-column-{column}"))}</dd>
            }
        })
        .collect_view();
    let tables = Breakdown::ALL
        .iter()
        .map(|breakdown| {
            let categories = breakdown
                .column_codes()
                .iter()
                .enumerate()
                .map(|(c, code)| {
                    format!(
                        "{code} ({})",
                        i18n.t(&format!("stats-col-{}-{c}", breakdown.code()))
                    )
                })
                .chain([format!(
                    "{} ({})",
                    breakdown.base(),
                    i18n.t(&format!("stats-base-{}", breakdown.base()))
                )])
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <dt><code>{breakdown.code()}</code></dt>
                <dd>{i18n.t(&format!("stats-breakdown-{}", breakdown.code()))} ": " {categories}</dd>
            }
        })
        .collect_view();
    let key_figures = KEY_FIGURES
        .iter()
        .map(|code| format!("{code} ({})", i18n.t(&format!("open-data-key-{code}"))))
        .collect::<Vec<_>>()
        .join(", ");
    let survey = ["respondents", "response_rate_percent"]
        .iter()
        .map(|code| format!("{code} ({})", i18n.t(&format!("open-data-key-{code}"))))
        .chain(SURVEY_AREAS.iter().map(|area| {
            format!(
                "mean_{area} ({})",
                i18n.t(&format!("stats-survey-area-{area}"))
            )
        }))
        .chain([format!("nki ({})", i18n.t("stats-survey-nki"))])
        .collect::<Vec<_>>()
        .join(", ");
    let statuses = STATUSES
        .iter()
        .map(|status| {
            view! {
                <dt><code>{*status}</code></dt>
                <dd>{i18n.t(&format!("open-data-status-{status}"))}</dd>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n.t("open-data-columns-heading")}</h2>
        <p>{i18n.t("open-data-columns-intro")}</p>
        <dl class="open-data-schema">{columns}</dl>
        <h3>{i18n.t("open-data-tables-heading")}</h3>
        <dl class="open-data-schema">
            {tables}
            <dt><code>"key_figures"</code></dt>
            <dd>{i18n.t("stats-key-heading")} ": " {key_figures}</dd>
            <dt><code>"survey"</code></dt>
            <dd>{i18n.t("stats-survey-heading")} ": " {survey}</dd>
        </dl>
        <h3>{i18n.t("open-data-status-heading")}</h3>
        <dl class="open-data-schema">{statuses}</dl>
    }
}
