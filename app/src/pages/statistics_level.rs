//! One intervention's statistics: its providers side by side, by name,
//! with their key figures, a chart, the survey and every breakdown table.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    api::statistics::{get_level_statistics, get_statistics_overview},
    components::layout::description,
    components::{
        error_view::ErrorView,
        statistics::{
            bar_chart, disclosure_note, figure_tables, key_figures_table, period_picker,
            period_text, self_sufficiency_bars, source_line, survey_table, RowNames,
        },
    },
    error::AppError,
    i18n::{use_i18n, I18n},
    interventions::Intervention,
    model::statistics::{GroupFigures, LevelStatistics, StatisticsOverview},
    pages::{
        statistics::{level_name, StatsScope},
        Prerendered,
    },
    routes::Page,
};

#[component]
pub fn LevelStatisticsPage() -> impl IntoView {
    let i18n = use_i18n();
    let code = use_params_map()
        .read_untracked()
        .get("code")
        .unwrap_or_default();
    let period = use_query_map().read_untracked().get("period");
    let content = Suspend::new(async move {
        match get_level_statistics(code.clone(), period.clone()).await {
            Ok(statistics) => level_view(&i18n, statistics, &StatsScope::Public).prerendered(),
            // The period picker offers every period, and a level need not
            // have existed in each: say so, and link to what did.
            Err(AppError::NotFound) => match (
                Intervention::from_slug(&code),
                get_statistics_overview(period).await,
            ) {
                (Some(level), Ok(Some(overview))) => {
                    level_not_in_period(&i18n, level, overview).prerendered()
                }
                _ => view! { <ErrorView error=AppError::NotFound/> }.prerendered(),
            },
            Err(error) => view! { <ErrorView error/> }.prerendered(),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

/// A level's page for a period in which it did not exist: the statement,
/// the picker to choose another period, and the levels of this one.
fn level_not_in_period(
    i18n: &I18n,
    level: Intervention,
    overview: StatisticsOverview,
) -> impl IntoView {
    let code = level.code();
    let header = &overview.header;
    let key = header.period.key();
    let period = period_text(i18n, &header.period);
    let name = format!(
        "{} {}",
        level_name(i18n, code),
        i18n.t(&format!("level-{code}-name"))
    );
    let title = i18n.t_with("stats-level-title", [("level", name.into())]);
    let links = overview
        .overview
        .rows
        .iter()
        .map(|row| {
            let href = i18n.href_query(
                &Page::LevelStatistics {
                    code: row.code.to_ascii_lowercase().to_string(),
                },
                &format!("period={key}"),
            );
            let name = format!(
                "{} {}",
                level_name(i18n, &row.code),
                i18n.t(&format!("level-{}-name", row.code))
            );
            view! { <li><a href=href>{name}</a></li> }
        })
        .collect_view();
    view! {
        <Title text=format!("{title} {period} – {}", i18n.t("site-name"))/>
        {description(i18n.t("stats-level-intro"))}
        <p class="back-link"><a href=StatsScope::Public.overview_href(i18n, &key)>{i18n.t("stats-back")}</a></p>
        <h1>{title}</h1>
        <p class="notice">{i18n.t_with("stats-level-not-in-period", [
            ("level", level_name(i18n, code).into()),
            ("period", period.into()),
        ])}</p>
        {period_picker(i18n, i18n.href(&Page::LevelStatistics { code: level.slug().to_string() }), header)}
        <ul class="stats-links">{links}</ul>
    }
}

/// The page's content, public or (for staff) with the full figures.
pub fn level_view(i18n: &I18n, statistics: LevelStatistics, scope: &StatsScope) -> impl IntoView {
    let header = &statistics.header;
    let section = &statistics.section;
    let code = statistics.code.clone();
    let slug = code.to_ascii_lowercase();
    let key = header.period.key();
    let period = period_text(i18n, &header.period);
    let level = format!(
        "{} {}",
        level_name(i18n, &code),
        i18n.t(&format!("level-{code}-name"))
    );
    let title = i18n.t_with("stats-level-title", [("level", level.clone().into())]);
    let name_of = |id: &str| {
        statistics
            .providers
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    };
    let all = i18n.t("stats-all-providers");
    let groups: Vec<(String, &GroupFigures)> = section
        .rows
        .iter()
        .map(|row| (name_of(&row.code), row))
        .chain([(all.clone(), &section.total)])
        .collect();
    let bars = self_sufficiency_bars(
        i18n,
        header.thresholds,
        &section
            .rows
            .iter()
            .map(|row| (name_of(&row.code), row, false))
            .chain([(all.clone(), &section.total, true)])
            .collect::<Vec<_>>(),
    );
    let provider_links = statistics
        .providers
        .iter()
        .map(|provider| {
            let href = i18n.href_query(
                &Page::ProviderStatistics {
                    id: provider.id.to_string(),
                },
                &format!("period={key}"),
            );
            view! { <li><a href=href>{provider.name.clone()}</a></li> }
        })
        .collect_view();
    let rows = RowNames {
        heading: i18n.t("stats-row-provider"),
        name: &name_of,
        total: all.clone(),
    };
    let public = scope.is_public();
    view! {
        <Title text=format!("{title} {period} – {}", i18n.t("site-name"))/>
        {description(i18n.t("stats-level-intro"))}
        <p class="back-link"><a href=scope.overview_href(i18n, &key)>{i18n.t("stats-back")}</a></p>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("stats-level-intro")}</p>
        <p><a href=i18n.href(&Page::Level { code: slug.to_string() })>{i18n.t_with("stats-level-providers-link", [("level", level_name(i18n, &code).into())])}</a></p>
        {public.then(|| period_picker(i18n, i18n.href(&Page::LevelStatistics { code: slug.to_string() }), header))}
        {source_line(i18n, header)}

        <h2>{i18n.t("stats-key-heading-providers")}</h2>
        <p class="hint">{i18n.t("stats-providers-order")}</p>
        {key_figures_table(i18n, "stats-key", i18n.t_with("stats-level-key-caption", [("level", level_name(i18n, &code).into()), ("period", period.clone().into())]), &groups, header, false)}
        {bar_chart(i18n, "stats-chart", i18n.t_with("stats-chart-self-sufficiency-level", [("level", level_name(i18n, &code).into()), ("period", period.clone().into())]), &bars)}
        {header.has_survey.then(|| view! {
            <h2>{i18n.t("stats-survey-heading")}</h2>
            {survey_table(i18n, "stats-survey", &groups, header)}
        })}

        {public.then(|| view! {
            <h2>{i18n.t("stats-providers-heading")}</h2>
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
