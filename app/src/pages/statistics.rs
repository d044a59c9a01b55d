//! The statistics start page: every intervention of one published period,
//! its key figures, a chart, the survey, and every breakdown table; links
//! to each intervention's and each provider's page and to the open data.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    api::statistics::get_statistics_overview,
    components::layout::description,
    components::{
        error_view::ErrorView,
        statistics::{
            bar_chart, disclosure_note, figure_tables, key_figures_table, period_picker,
            period_text, self_sufficiency_bars, source_line, survey_table, RowNames,
        },
    },
    i18n::{use_i18n, I18n},
    interventions::Intervention,
    model::statistics::{GroupFigures, ReportPeriod, StatisticsOverview},
    pages::Prerendered,
    routes::Page,
};

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let i18n = use_i18n();
    let period = use_query_map().read_untracked().get("period");
    let content = Suspend::new(async move {
        match get_statistics_overview(period).await {
            Ok(Some(overview)) => overview_view(&i18n, overview, &StatsScope::Public).prerendered(),
            Ok(None) => nothing_published(&i18n).prerendered(),
            Err(error) => view! { <ErrorView error/> }.prerendered(),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

fn nothing_published(i18n: &I18n) -> impl IntoView {
    let title = i18n.t("stats-title");
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t("stats-intro"))}
        <p class="back-link"><a href=i18n.href(&Page::Home)>{i18n.t("back-to-start")}</a></p>
        <h1>{title}</h1>
        <p class="notice">{i18n.t("stats-none")}</p>
    }
}

/// The level's name as tables and lists show it: "AMI 2", "Jobbpeng grund".
pub fn level_name(i18n: &I18n, code: &str) -> String {
    i18n.t(&format!("level-{code}-short"))
}

/// A level's name in a period's tables. A level that ended before the
/// period did says so: its customers left it because it ended, so "0 % (0 of
/// 45)" ended in self-sufficiency is no failure of theirs.
pub fn period_level_name(i18n: &I18n, code: &str, period: &ReportPeriod) -> String {
    let ended_on = Intervention::from_slug(code)
        .and_then(Intervention::valid_to)
        .map(|day| day.to_string());
    match ended_on {
        Some(last_day) if period.to.as_str() > last_day.as_str() => i18n.t_with(
            "stats-level-ended",
            [
                ("level", level_name(i18n, code).into()),
                ("date", i18n.date_text(&last_day).into()),
            ],
        ),
        _ => level_name(i18n, code),
    }
}

/// Which statistics pages a view links to: the public ones, or those of
/// one publication's full figures for signed-in staff (which have no
/// period picker, provider pages or open data: those are public only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatsScope {
    Public,
    Staff { publication_id: i64 },
}

impl StatsScope {
    pub fn is_public(&self) -> bool {
        *self == StatsScope::Public
    }

    /// The address of the all-interventions page of the period `key`.
    pub fn overview_href(&self, i18n: &I18n, key: &str) -> String {
        match self {
            StatsScope::Public => i18n.href_query(&Page::Statistics, &format!("period={key}")),
            StatsScope::Staff { publication_id } => i18n.href(&Page::Publication {
                id: publication_id.to_string(),
            }),
        }
    }

    /// The address of an intervention's page of the period `key`.
    pub fn level_href(&self, i18n: &I18n, code: &str, key: &str) -> String {
        let slug = code.to_ascii_lowercase();
        match self {
            StatsScope::Public => i18n.href_query(
                &Page::LevelStatistics {
                    code: slug.to_string(),
                },
                &format!("period={key}"),
            ),
            StatsScope::Staff { publication_id } => i18n.href(&Page::PublicationLevel {
                id: publication_id.to_string(),
                code: slug.to_string(),
            }),
        }
    }
}

/// The page's content: public, or for staff with the full figures (the
/// header says which, and the note at the end explains).
pub fn overview_view(
    i18n: &I18n,
    overview: StatisticsOverview,
    scope: &StatsScope,
) -> impl IntoView {
    let header = &overview.header;
    let section = &overview.overview;
    let key = header.period.key();
    let query = format!("period={key}");
    let title = i18n.t("stats-title");
    let all_levels = i18n.t("stats-all-levels");
    let groups: Vec<(String, &GroupFigures)> = section
        .rows
        .iter()
        .map(|row| (period_level_name(i18n, &row.code, &header.period), row))
        .chain([(all_levels.clone(), &section.total)])
        .collect();
    let bars = self_sufficiency_bars(
        i18n,
        header.thresholds,
        &section
            .rows
            .iter()
            .map(|row| {
                (
                    period_level_name(i18n, &row.code, &header.period),
                    row,
                    false,
                )
            })
            .chain([(all_levels.clone(), &section.total, true)])
            .collect::<Vec<_>>(),
    );
    let level_links = section
        .rows
        .iter()
        .map(|row| {
            let href = scope.level_href(i18n, &row.code, &key);
            view! {
                <li>
                    <a href=href>
                        {level_name(i18n, &row.code)} " " {i18n.t(&format!("level-{}-name", row.code))}
                    </a>
                </li>
            }
        })
        .collect_view();
    let provider_links = overview
        .providers
        .iter()
        .map(|provider| {
            let href = i18n.href_query(
                &Page::ProviderStatistics {
                    id: provider.id.clone(),
                },
                &query,
            );
            view! { <li><a href=href>{provider.name.clone()}</a></li> }
        })
        .collect_view();
    let name = |code: &str| period_level_name(i18n, code, &header.period);
    let rows = RowNames {
        heading: i18n.t("stats-row-level"),
        name: &name,
        total: all_levels.clone(),
    };
    let period = period_text(i18n, &header.period);
    let public = scope.is_public();
    let back = if public {
        view! { <p class="back-link"><a href=i18n.href(&Page::Home)>{i18n.t("back-to-start")}</a></p> }
    } else {
        view! { <p class="back-link"><a href=i18n.href(&Page::StaffStatistics)>{i18n.t("staff-statistics-title")}</a></p> }
    };
    view! {
        <Title text=format!("{title} {period} – {}", i18n.t("site-name"))/>
        {description(i18n.t("stats-intro"))}
        {back}
        <h1>{title}</h1>
        <p class="lead">{i18n.t("stats-intro")}</p>
        {public.then(|| period_picker(i18n, i18n.href(&Page::Statistics), header))}
        {source_line(i18n, header)}

        <h2>{i18n.t("stats-key-heading")}</h2>
        {key_figures_table(i18n, "stats-key", i18n.t_with("stats-key-caption", [("period", period.clone().into())]), &groups, header, false)}
        {bar_chart(i18n, "stats-chart", i18n.t_with("stats-chart-self-sufficiency", [("period", period.clone().into())]), &bars)}
        {header.has_survey.then(|| view! {
            <h2>{i18n.t("stats-survey-heading")}</h2>
            {survey_table(i18n, "stats-survey", &groups, header)}
        })}

        <h2>{i18n.t("stats-levels-heading")}</h2>
        <ul class="stats-links">{level_links}</ul>
        {public.then(|| view! {
            <h2>{i18n.t("stats-providers-heading")}</h2>
            <p class="hint">{i18n.t("stats-providers-order")}</p>
            <ul class="stats-links">{provider_links}</ul>
        })}

        <h2>{i18n.t("stats-tables-heading")}</h2>
        {figure_tables(i18n, "stats-table", &section.tables, &rows, header)}
        {disclosure_note(i18n, header.thresholds, header.unsuppressed)}
        {public.then(|| view! {
            <p class="stats-open-data"><a href=i18n.href(&Page::OpenData)>{i18n.t("stats-open-data-link")}</a></p>
        })}
    }
}
