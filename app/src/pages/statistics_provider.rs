//! One provider's statistics: for each intervention it had cases in, its
//! key figures beside all providers' together, and its row of every table.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    api::statistics::{get_provider_statistics, get_statistics_overview},
    components::layout::description,
    components::{
        error_view::ErrorView,
        statistics::{
            bar_chart, disclosure_note, figure_tables, key_figures_table, period_picker,
            period_text, self_sufficiency_bars, source_line, verdicts, RowNames,
        },
    },
    error::AppError,
    i18n::{use_i18n, I18n},
    model::statistics::{
        LevelKeyFigures, ProviderKeyFigures, ProviderStatistics, ReportHeader, ReportProvider,
        StatisticsOverview,
    },
    pages::{
        statistics::{level_name, StatsScope},
        Prerendered,
    },
    routes::Page,
};

#[component]
pub fn ProviderStatisticsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    let period = use_query_map().read_untracked().get("period");
    let content = Suspend::new(async move {
        match get_provider_statistics(id.clone(), period.clone()).await {
            Ok(statistics) => provider_view(&i18n, statistics).prerendered(),
            // The period picker offers every period; a provider need not
            // have had customers in each. Known from another period, it
            // gets a page that says so.
            Err(AppError::NotFound) if period.is_some() => {
                let overview = get_statistics_overview(period).await;
                let known = match &overview {
                    Ok(Some(overview)) => provider_in_any_period(&id, overview).await,
                    _ => None,
                };
                match (known, overview) {
                    (Some(provider), Ok(Some(overview))) => {
                        provider_not_in_period(&i18n, provider, overview).prerendered()
                    }
                    _ => view! { <ErrorView error=AppError::NotFound/> }.prerendered(),
                }
            }
            Err(error) => view! { <ErrorView error/> }.prerendered(),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

/// The provider as the newest period it had customers in names it.
async fn provider_in_any_period(id: &str, overview: &StatisticsOverview) -> Option<ReportProvider> {
    for published in &overview.header.periods {
        let key = Some(published.period.key());
        if let Ok(statistics) = get_provider_statistics(id.to_string(), key).await {
            return Some(statistics.provider);
        }
    }
    None
}

/// A provider's page for a period in which it had no customers: the
/// statement, the picker to choose another period, and the providers that
/// had customers in this one.
fn provider_not_in_period(
    i18n: &I18n,
    provider: ReportProvider,
    overview: StatisticsOverview,
) -> impl IntoView {
    let header = &overview.header;
    let key = header.period.key();
    let period = period_text(i18n, &header.period);
    let title = i18n.t_with(
        "stats-provider-title",
        [("provider", provider.name.clone().into())],
    );
    let links = overview
        .providers
        .iter()
        .map(|other| {
            let href = i18n.href_query(
                &Page::ProviderStatistics {
                    id: other.id.to_string(),
                },
                &format!("period={key}"),
            );
            view! { <li><a href=href>{other.name.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <Title text=format!("{title} {period} – {}", i18n.t("site-name"))/>
        {description(i18n.t("stats-provider-intro"))}
        <p class="back-link"><a href=StatsScope::Public.overview_href(i18n, &key)>{i18n.t("stats-back")}</a></p>
        <h1>{title}</h1>
        <p class="notice">{i18n.t_with("stats-provider-not-in-period", [
            ("provider", provider.name.clone().into()),
            ("period", period.into()),
        ])}</p>
        {period_picker(i18n, i18n.href(&Page::ProviderStatistics { id: provider.id.to_string() }), header)}
        <ul class="stats-links">{links}</ul>
    }
}

/// The page's content, public or (for staff) with the full figures.
pub fn provider_view(i18n: &I18n, statistics: ProviderStatistics) -> impl IntoView {
    let header = &statistics.header;
    let key = header.period.key();
    let period = period_text(i18n, &header.period);
    let provider = &statistics.provider;
    let title = i18n.t_with(
        "stats-provider-title",
        [("provider", provider.name.clone().into())],
    );
    let levels = statistics
        .levels
        .iter()
        .map(|level| {
            let code = &level.key_figures.code;
            let id = format!("stats-{}", code.to_ascii_lowercase());
            let heading = format!(
                "{} {}",
                level_name(i18n, code),
                i18n.t(&format!("level-{code}-name"))
            );
            view! {
                <section class="stats-level" aria-labelledby=format!("{id}-heading")>
                    <h2 id=format!("{id}-heading")>{heading}</h2>
                    {provider_in_level(i18n, &id, &provider.name, &level.key_figures, header)}
                    {
                        let name = |_: &str| provider.name.clone();
                        let rows = RowNames {
                            heading: i18n.t("stats-row-provider"),
                            name: &name,
                            total: i18n.t("stats-all-providers"),
                        };
                        figure_tables(i18n, &format!("{id}-table"), &level.tables, &rows, header)
                    }
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text=format!("{title} {period} – {}", i18n.t("site-name"))/>
        {description(i18n.t("stats-provider-intro"))}
        <p class="back-link"><a href=i18n.href_query(&Page::Statistics, &format!("period={key}"))>{i18n.t("stats-back")}</a></p>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("stats-provider-intro")}</p>
        <p><a href=i18n.href(&Page::Provider { id: provider.id.to_string() })>{i18n.t_with("stats-provider-profile-link", [("provider", provider.name.clone().into())])}</a></p>
        {period_picker(i18n, i18n.href(&Page::ProviderStatistics { id: provider.id.to_string() }), header)}
        {source_line(i18n, header)}
        {levels}
        {disclosure_note(i18n, header.thresholds, header.unsuppressed)}
        <p class="stats-open-data"><a href=i18n.href(&Page::OpenData)>{i18n.t("stats-open-data-link")}</a></p>
    }
}

/// A provider's key figures in one intervention beside all providers' of
/// it, as a table and a chart: on its statistics page and its profile.
pub fn provider_in_level(
    i18n: &I18n,
    id: &str,
    provider: &str,
    level: &LevelKeyFigures,
    header: &ReportHeader,
) -> impl IntoView {
    let period = period_text(i18n, &header.period);
    let all = i18n.t("stats-all-providers");
    let short = level_name(i18n, &level.code);
    let groups = [
        (provider.to_string(), &level.provider),
        (all.clone(), &level.all),
    ];
    let bars = self_sufficiency_bars(
        i18n,
        header.thresholds,
        &[
            (provider.to_string(), &level.provider, false),
            (all, &level.all, true),
        ],
    );
    view! {
        {key_figures_table(
            i18n,
            &format!("{id}-key"),
            i18n.t_with("stats-compare-caption", [("provider", provider.to_string().into()), ("level", short.clone().into()), ("period", period.clone().into())]),
            &groups,
            header,
            true,
        )}
        {verdicts(i18n, provider, &short, &level.provider, &level.all)}
        {bar_chart(
            i18n,
            &format!("{id}-chart"),
            i18n.t_with("stats-chart-self-sufficiency-level", [("level", short.into()), ("period", period.into())]),
            &bars,
        )}
    }
}

/// The profile's "results" section: for each level the provider is
/// authorized for, its key figures from the latest published period beside
/// all providers' of that level.
pub fn key_figures_section(
    i18n: &I18n,
    authorized: &[String],
    statistics: Option<ProviderKeyFigures>,
) -> impl IntoView {
    let heading_id = i18n.id("results-heading");
    view! {
        <section class="profile-results" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{i18n.t("stats-profile-heading")}</h2>
            {key_figures_parts(i18n, authorized, statistics.as_ref())}
        </section>
    }
}

/// The results section's parts, in order: what they are, one part per
/// level, and the way to all the provider's figures; or that there are
/// none. The meeting view sets each beside its translation.
pub fn key_figures_parts(
    i18n: &I18n,
    authorized: &[String],
    statistics: Option<&ProviderKeyFigures>,
) -> Vec<AnyView> {
    let shown: Vec<&LevelKeyFigures> = statistics
        .map(|s| {
            s.levels
                .iter()
                .filter(|level| authorized.contains(&level.code))
                .collect()
        })
        .unwrap_or_default();
    let Some(statistics) = statistics.filter(|_| !shown.is_empty()) else {
        return vec![view! { <p>{i18n.t("stats-profile-none")}</p> }.into_any()];
    };
    let key = statistics.header.period.key();
    let levels = shown.iter().map(|level| {
        let id = i18n.id(&format!("results-{}", level.code.to_ascii_lowercase()));
        view! {
            <h3>{level_name(i18n, &level.code)} " " {i18n.t(&format!("level-{}-name", level.code))}</h3>
            {provider_in_level(i18n, &id, &statistics.provider.name, level, &statistics.header)}
        }
        .into_any()
    });
    let href = i18n.href_query(
        &Page::ProviderStatistics {
            id: statistics.provider.id.to_string(),
        },
        &format!("period={key}"),
    );
    std::iter::once(view! { <p>{i18n.t("stats-profile-intro")}</p> }.into_any())
        .chain(levels)
        .chain(std::iter::once(
            view! {
                <p><a href=href>{i18n.t_with("stats-provider-link", [("provider", statistics.provider.name.clone().into())])}</a></p>
            }
            .into_any(),
        ))
        .collect()
}
