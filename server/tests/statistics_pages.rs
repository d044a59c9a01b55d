//! The statistics pages: every figure with its period, n and source, small
//! counts shown as "<5" with the reason, providers by name, the profile's
//! key figures beside all providers', and links from the level pages.

mod common;

use common::{demo_db, get, portal, published_demo_db};

const TODAY: &str = "2025-03-14";

#[tokio::test]
async fn the_statistics_page_shows_the_latest_period_with_its_source() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/statistics", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("<h1>Statistik</h1>"));
    assert!(
        html.contains("Källa: kommunens ärendedatabas. Period: 2024. Uppdaterad 2 januari 2025.")
    );
    // The period picker lists both published years.
    assert!(html.contains(r#"<option value="2023""#));
    // Key figures with their counts, and the reason some are hidden.
    assert!(html.contains("visas ej"));
    assert!(html.contains("Därför visas inte alla siffror"));
    // A hidden count in a table is "..", explained once on the page, and a
    // screen reader hears words.
    assert!(
        html.contains(r#"<span aria-hidden="true">..</span>"#),
        "{html}"
    );
    assert!(html.contains("”..” betyder att siffran är dold"));
    // A chart with a text alternative, and the table it draws.
    assert!(html.contains(r#"role="img""#) && html.contains("<desc"));
    assert!(html.contains(r#"href="/sv/statistics/level/ami2?period=2024""#));
    assert!(
        html.contains(r#"href="/open-data/statistics/2024.csv""#)
            || html.contains(r#"href="/sv/open-data""#)
    );
}

#[tokio::test]
async fn an_earlier_period_shows_the_reports_figures() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/en/statistics?period=2023", &[]).await;
    assert_eq!(response.status(), 200);
    // 000 §12.1: 239 cases in 2023.
    assert!(html.contains(">239<"), "{html}");
    assert!(html.contains("Period: 2023."));
    let (response, _) = get(&app, "/en/statistics?period=1999", &[]).await;
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn a_period_no_report_could_have_is_not_found_rather_than_another_period() {
    let app = portal(published_demo_db().await, TODAY).await;
    for path in [
        "/sv/statistics?period=garbage",
        "/sv/statistics/level/ami2?period=-1",
        "/sv/statistics/provider/cognix?period=%3Cb%3E",
    ] {
        let (response, html) = get(&app, path, &[]).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            html.contains("Sidan finns inte"),
            "{path}: in the reader's language"
        );
        assert!(!html.contains("<b>"), "{path}");
    }
    // No period named: the latest.
    let (response, _) = get(&app, "/sv/statistics?period=", &[]).await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn a_levels_page_lists_its_providers_by_name_with_small_counts_hidden() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/statistics/level/jpg?period=2023", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Statistik för Jobbpeng grund"));
    assert!(html.contains("&lt;5"), "small counts show as <5");
    // Alphabetical: AllJobb before Arbetsmarknadsgruppen before TrimTab.
    let at = |name: &str| html.find(&format!(">{name}<")).unwrap();
    assert!(at("AllJobb AB") < at("Arbetsmarknadsgruppen"));
    assert!(at("Arbetsmarknadsgruppen") < at("TrimTab AB"));
    let (response, _) = get(&app, "/sv/statistics/level/xyz", &[]).await;
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn a_providers_page_compares_it_with_all_providers_of_each_level() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/statistics/provider/arbetsmarknadsgruppen", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Statistik för Arbetsmarknadsgruppen"));
    assert!(html.contains("Arbetsmarknadsgruppen jämfört med alla anordnare för AMI 1, 2024"));
    let (response, _) = get(&app, "/sv/statistics/provider/nobody", &[]).await;
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn the_profile_shows_key_figures_next_to_all_providers_of_the_level() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/provider/arbetsmarknadsgruppen", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains(r#"<h2 id="results-heading">Resultat</h2>"#));
    assert!(html.contains("<th scope=\"col\">Alla anordnare</th>"));
    assert!(html.contains("Avslutade till egen försörjning"));
    assert!(html.contains("Källa: kommunens ärendedatabas och kundenkät. Period: 2024."));
    // Only the levels it holds today: no pre-2024 intervention.
    assert!(!html.contains("Jobbpeng grund jämfört"));
    assert!(html.contains(r#"href="/sv/statistics/provider/arbetsmarknadsgruppen?period=2024""#));
}

#[tokio::test]
async fn without_a_publication_the_pages_say_so_and_profiles_still_show() {
    let app = portal(demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/statistics", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Ingen statistik är publicerad ännu."));
    let (response, html) = get(&app, "/sv/provider/cognix", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Det finns ingen publicerad statistik för anordnarens insatser ännu."));
    let (response, _) = get(&app, "/open-data/statistics/2023.csv", &[]).await;
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn level_pages_link_to_their_statistics() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/sv/level/ami2", &[]).await;
    assert!(html.contains(r#"href="/sv/statistics/level/ami2""#));
    assert!(html.contains("Statistik för AMI 2"));
}

#[tokio::test]
async fn right_to_left_pages_mirror_the_charts() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/ar/statistics", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#));
    assert!(html.contains(r#"direction="rtl""#));
}

#[tokio::test]
async fn every_period_the_picker_offers_is_a_page_never_a_404() {
    let db = published_demo_db().await;
    let providers: Vec<String> = sqlx::query_scalar("SELECT id FROM provider ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap();
    let app = portal(db, TODAY).await;
    for locale in domain::locale::Locale::ALL {
        let slug = locale.slug();
        for period in ["2023", "2024"] {
            for level in domain::interventions::Intervention::ALL {
                let uri = format!("/{slug}/statistics/level/{}?period={period}", level.slug());
                let (response, _) = get(&app, &uri, &[]).await;
                assert_eq!(response.status(), 200, "{uri}");
            }
        }
    }
    // AMI 2 began in 2024: its 2023 page says so and links to 2023's levels.
    let (_, html) = get(&app, "/sv/statistics/level/ami2?period=2023", &[]).await;
    assert!(html.contains("AMI 2 fanns inte under 2023"), "{html}");
    assert!(html.contains(r#"href="/sv/statistics/level/jpg?period=2023""#));
    assert!(html.contains(r#"<option value="2024""#), "the picker stays");
    // A provider with customers in one period only still has a page in the other.
    let mut explained = 0;
    for provider in &providers {
        for period in ["2023", "2024"] {
            let uri = format!("/sv/statistics/provider/{provider}?period={period}");
            let (response, html) = get(&app, &uri, &[]).await;
            match response.status().as_u16() {
                200 => explained += usize::from(html.contains("hade inga kunder under")),
                // Never in any published period: no statistics page at all.
                404 => {
                    let (latest, _) =
                        get(&app, &format!("/sv/statistics/provider/{provider}"), &[]).await;
                    assert_eq!(latest.status(), 404, "{uri}");
                }
                other => panic!("{uri}: {other}"),
            }
        }
    }
    assert!(
        explained > 0,
        "some provider lacks customers in one of the periods"
    );
}

#[tokio::test]
async fn every_table_and_chart_links_how_to_read_the_statistics_in_every_language() {
    let app = portal(published_demo_db().await, TODAY).await;
    for locale in domain::locale::Locale::ALL {
        let slug = locale.slug();
        let (response, page) = get(&app, &format!("/{slug}/statistics/how-to-read"), &[]).await;
        assert_eq!(response.status(), 200, "{slug}");
        assert_eq!(
            page.matches("<h2 ").count(),
            5,
            "{slug}: n, interval, verdict, hidden, swing"
        );
        assert!(page.contains("&lt;5") && page.contains(".."), "{slug}");
        for path in [
            "/statistics",
            "/statistics/level/ami2",
            "/statistics/provider/cognix",
        ] {
            let (_, html) = get(&app, &format!("/{slug}{path}"), &[]).await;
            let sources = html.matches(r#"class="stats-source""#).count();
            let charts = html.matches(r#"<figure class="stats-chart""#).count();
            let links = html
                .matches(&format!(r#"href="/{slug}/statistics/how-to-read""#))
                .count();
            assert!(
                sources > 0 && charts > 0 && links == sources + charts,
                "{slug}{path}: {links} links for {sources} tables and {charts} charts"
            );
        }
    }
}

#[tokio::test]
async fn a_share_says_how_sure_it_is_and_a_provider_is_told_apart_only_beyond_chance() {
    let app = portal(common::published_without_disclosure_control().await, TODAY).await;
    let (_, html) = get(&app, "/sv/statistics/provider/arbetsmarknadsgruppen", &[]).await;
    // "37 % (12 av 32, troligen 23–55 %)" beside every shown share.
    let ranges: Vec<(i64, i64)> = html
        .split(", troligen ")
        .skip(1)
        .map(|after| {
            let range = &after[..after.find(" %)").unwrap()];
            // A word joiner on each side of the dash keeps the range on one
            // line in a narrow table cell.
            let (low, high) = range.split_once("\u{2060}–\u{2060}").unwrap();
            (low.parse().unwrap(), high.parse().unwrap())
        })
        .collect();
    assert!(ranges.len() >= 2, "{html}");
    assert!(ranges.iter().all(|(low, high)| low < high && *high <= 100));
    // Drawn as a range in the chart, and read out in its text alternative.
    assert!(html.contains(r#"class="stats-chart__interval""#));
    // A verdict in plain words, never a rank or a score.
    let verdicts = [
        "ligger högre än",
        "ligger lägre än",
        "går inte att skilja från",
    ];
    assert!(verdicts.iter().any(|v| html.contains(v)), "{html}");
    for rank in ["1:a", "bäst", "sämst", "★"] {
        assert!(!html.contains(rank), "{rank}");
    }
}

#[tokio::test]
async fn a_hidden_key_figure_says_why_in_words_not_symbols_inside_symbols() {
    let app = portal(published_demo_db().await, TODAY).await;
    for path in [
        "/sv/statistics/provider/omstallarna",
        "/sv/statistics/provider/cognix",
        "/sv/provider/arbetsmarknadsgruppen?level=ami1",
        "/sv/statistics/level/ami2",
    ] {
        let (response, html) = get(&app, path, &[]).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            !html.contains("visas ej ("),
            "{path}: a symbol inside a symbol"
        );
        let reasons = [
            "För få kunder för att visa",
            "Visas inte, så att små antal",
            "Visas inte: det gäller färre än",
            "Gäller ingen kund under perioden",
        ];
        assert!(
            reasons.iter().any(|r| html.contains(r)),
            "{path}: no reason given"
        );
    }
    // In the reader's language.
    let (_, html) = get(&app, "/en/statistics/provider/omstallarna", &[]).await;
    assert!(html.contains("Too few customers to show") || html.contains("Not shown"));
}
