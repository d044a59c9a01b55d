//! Fact sheets and the accessibility statement over HTTP: one sheet per
//! intervention in the catalogue, in every language, linked from the level
//! pages, the start page and every page's footer.

mod common;

use common::{demo_db, fresh_db, fresh_db_url, get, portal};
use domain::{interventions::Intervention, locale::Locale};
use server::db::Db;

const TODAY: &str = "2025-03-14";

#[tokio::test]
async fn the_database_holds_the_catalogue_as_defined_and_gets_it_back_when_reopened() {
    type Row = (
        String,
        String,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        String,
        Option<String>,
    );
    let defined: Vec<Row> = Intervention::ALL
        .iter()
        .map(|i| {
            (
                i.code().to_string(),
                i.kundval_code().to_string(),
                i.level(),
                i.max_months(),
                i.monthly_check_sek(),
                i.valid_from().to_string(),
                i.valid_to().map(|day| day.to_string()),
            )
        })
        .collect();
    let stored = |db: Db| async move {
        sqlx::query_as::<_, Row>(
            "SELECT code, kundval_code, level, max_months, monthly_check_sek, valid_from, valid_to
               FROM intervention ORDER BY sort_order",
        )
        .fetch_all(db.pool())
        .await
        .unwrap()
    };
    let url = fresh_db_url().await;
    let db = Db::connect(&url).await.unwrap();
    // Every intervention in the catalogue order, each with a fact sheet.
    assert_eq!(stored(db.clone()).await, defined);

    // A row changed by hand is the definition's again once the database is opened.
    sqlx::query(
        "UPDATE intervention SET max_months = 99, valid_to = '2020-01-01' WHERE code = 'AMI2'",
    )
    .execute(db.pool())
    .await
    .unwrap();
    assert_ne!(stored(db.clone()).await, defined);
    assert_eq!(stored(Db::connect(&url).await.unwrap()).await, defined);
}

#[tokio::test]
async fn a_fact_sheet_says_what_who_how_long_what_happens_the_goal_rights_and_whom_to_ask() {
    let app = portal(fresh_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/fact-sheet/ami2", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("<title>Faktablad om AMI 2 – Jämföraren</title>"));
    for heading in [
        "Vad är det?",
        "Vem är det för?",
        "Hur länge?",
        "Vad händer?",
        "Vad är målet?",
        "Dina rättigheter",
        "Vem kan du fråga?",
    ] {
        assert!(html.contains(&format!(">{heading}</h2>")), "{heading}");
    }
    // The facts of 004 §2.2.2, §5.4.1, §7.1–7.4 and §13.2, one per line.
    for line in [
        "<p>AMI 2 pågår i högst 12 månader.</p>",
        "<li>Ni har ett första möte inom en vecka.</li>",
        "<li>Inom 14 dagar gör ni en plan tillsammans. Den heter genomförandeplan.</li>",
        "<li>Du har kontakt med anordnaren minst en gång i veckan.</li>",
        "<li>Anordnaren skriver en rapport till din karriärvägledare varje månad.</li>",
        "<li>Du kan byta anordnare.</li>",
        "<li>Vill du inte välja? Då får du förvalsanordnaren.</li>",
    ] {
        assert!(html.contains(line), "{line}");
    }
    // Where to choose a provider for it.
    assert!(html.contains(r#"href="/sv/level/ami2""#));
}

#[tokio::test]
async fn an_older_interventions_sheet_is_marked_as_history() {
    let app = portal(fresh_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/fact-sheet/sai", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("fanns till och med juni 2024"));
    assert!(html.contains("<li>Den här insatsen finns inte längre.</li>"));
    assert!(
        !html.contains("förvalsanordnaren"),
        "the 2024 default-provider rule is not claimed for history"
    );
    assert!(
        !html.contains(r#"href="/sv/level/sai""#),
        "no invitation to choose a provider for it"
    );
}

#[tokio::test]
async fn every_fact_sheet_opens_in_every_language() {
    let app = portal(fresh_db().await, TODAY).await;
    for locale in Locale::ALL {
        for intervention in Intervention::ALL {
            let path = format!("/{}/fact-sheet/{}", locale.slug(), intervention.slug());
            let (response, html) = get(&app, &path, &[]).await;
            assert_eq!(response.status(), 200, "{path}");
            assert!(
                html.contains(&format!(r#"<html lang="{}""#, locale.html_lang())),
                "{path}"
            );
            assert_eq!(
                html.matches(r#"class="fact-sheet__part""#).count(),
                7,
                "{path} has seven parts"
            );
        }
    }
}

#[tokio::test]
async fn an_unknown_fact_sheet_is_a_translated_404() {
    let app = portal(fresh_db().await, TODAY).await;
    let (response, plain) = get(&app, "/en/fact-sheet/ami9", &[]).await;
    assert_eq!(response.status(), 404);
    assert!(plain.contains("Page not found"));
    let address = format!("/ar/fact-sheet/{}", common::SCRIPT_IN_ADDRESS);
    let (response, html) = get(&app, &address, &[]).await;
    assert_eq!(response.status(), 404);
    assert!(html.contains(r#"dir="rtl""#));
    common::assert_no_script_from_the_address(&html, &plain);
}

#[tokio::test]
async fn the_index_links_every_fact_sheet_by_kundval() {
    let app = portal(fresh_db().await, TODAY).await;
    let (response, html) = get(&app, "/ru/fact-sheets", &[]).await;
    assert_eq!(response.status(), 200);
    let mut at = 0;
    for intervention in Intervention::ALL {
        let link = format!(r#"href="/ru/fact-sheet/{}""#, intervention.slug());
        let found = html[at..]
            .find(&link)
            .unwrap_or_else(|| panic!("{link} in catalogue order"));
        at += found;
    }
}

#[tokio::test]
async fn level_pages_and_the_start_page_link_to_the_fact_sheets() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/en/level/isa2", &[]).await;
    assert!(html.contains(r#"<a href="/en/fact-sheet/isa2">Read the fact sheet about ISA 2</a>"#));
    let (_, html) = get(&app, "/sv/level/jpg", &[]).await;
    assert!(html.contains(r#"href="/sv/fact-sheet/jpg""#));
    let (_, html) = get(&app, "/sv", &[]).await;
    for level in ["fai1", "fai2", "ami1", "ami2", "isa1", "isa2"] {
        assert!(
            html.contains(&format!(r#"href="/sv/fact-sheet/{level}""#)),
            "{level}"
        );
    }
}

#[tokio::test]
async fn every_page_links_the_fact_sheets_and_the_accessibility_statement() {
    let app = portal(demo_db().await, TODAY).await;
    for path in [
        "/so",
        "/so/level/ami1",
        "/so/provider/cognix",
        "/so/fact-sheet/fai1",
        "/so/accessibility",
        "/so/no-such-page",
    ] {
        let (_, html) = get(&app, path, &[]).await;
        assert!(html.contains(r#"href="/so/fact-sheets""#), "{path}");
        assert!(html.contains(r#"href="/so/accessibility""#), "{path}");
    }
}

#[tokio::test]
async fn the_accessibility_statement_gives_status_barriers_date_feedback_and_supervisor() {
    let app = portal(fresh_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/accessibility", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(
        html.contains("delvis förenlig med lagen om tillgänglighet till digital offentlig service")
    );
    assert!(html.contains("Ingen översättare har granskat dem."));
    assert!(html.contains("22 november 2026"), "the date of assessment");
    assert!(html.contains(r#"href="mailto:tillganglighet@jamforaren.example""#));
    assert!(
        html.contains("adressen är påhittad"),
        "the demo contact says so"
    );
    assert!(html.contains(r#"href="https://www.digg.se/tdosanmalan""#));

    let (_, html) = get(&app, "/ru/accessibility", &[]).await;
    assert!(
        html.contains("22 ноября 2026\u{a0}г."),
        "the date in Russian"
    );
    let (_, html) = get(&app, "/ar/accessibility", &[]).await;
    assert!(
        html.contains("\u{2068}22\u{2069} \u{2068}نوفمبر\u{2069} \u{2068}2026\u{2069}"),
        "the date in Arabic"
    );
}
