//! The portal over HTTP: server-rendered pages, languages, errors, health.

mod common;

use common::{demo_db, fresh_db, get, portal};

const TODAY: &str = "2025-03-14";

#[tokio::test]
async fn the_start_page_lists_the_three_kundval_and_their_levels() {
    let app = portal(demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains(r#"<html lang="sv" dir="ltr""#), "{html}");
    for kundval in [
        "FAI – Förberedande",
        "AMI – Arbetsmarknadsinsatser",
        "ISA – Introduktionsinsatser",
    ] {
        assert!(html.contains(kundval), "{kundval} is listed");
    }
    for level in ["fai1", "fai2", "ami1", "ami2", "isa1", "isa2"] {
        assert!(
            html.contains(&format!(r#"href="/sv/level/{level}""#)),
            "{level} is linked"
        );
    }
    assert!(
        !html.contains("Jobbpeng grund"),
        "the old interventions are not offered in 2025"
    );
    assert!(
        html.contains("Det här är en demonstration"),
        "demonstration data is declared"
    );
}

#[tokio::test]
async fn pages_speak_the_language_of_their_url() {
    let app = portal(demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/en/level/ami2", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains(r#"<html lang="en" dir="ltr""#));
    assert!(html.contains("Work training and guidance to work or studies"));
    assert!(html.contains("Arbetsmarknadsgruppen"));
    // The language switcher keeps the page.
    assert!(html.contains(r#"href="/sv/level/ami2""#));
}

#[tokio::test]
async fn a_level_page_lists_only_providers_authorized_that_day() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/sv/level/fai1", &[]).await;
    assert!(html.contains("Cognix"));
    assert!(
        !html.contains("Jobblotsen"),
        "Jobblotsen is not authorized for FAI 1"
    );
    assert!(
        !html.contains("TrimTab"),
        "TrimTab was de-authorized in 2023"
    );
}

#[tokio::test]
async fn an_unknown_level_is_a_translated_404() {
    let app = portal(demo_db().await, TODAY).await;
    let (response, plain) = get(&app, "/en/level/xyz9", &[]).await;
    assert_eq!(response.status(), 404);
    assert!(plain.contains("Page not found"));
    let (response, html) = get(
        &app,
        &format!("/sv/level/{}", common::SCRIPT_IN_ADDRESS),
        &[],
    )
    .await;
    assert_eq!(response.status(), 404);
    assert!(html.contains("Sidan finns inte"));
    common::assert_no_script_from_the_address(&html, &plain);
}

#[tokio::test]
async fn an_unknown_locale_or_path_is_a_404_in_swedish() {
    let app = portal(fresh_db().await, TODAY).await;
    for path in ["/xx", "/xx/level/ami2", "/no/such/page"] {
        let (response, html) = get(&app, path, &[]).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(html.contains("Sidan finns inte"), "{path}");
        assert!(html.contains(r#"lang="sv""#), "{path}");
    }
}

#[tokio::test]
async fn the_root_sends_visitors_to_their_language() {
    let app = portal(fresh_db().await, TODAY).await;
    let (response, _) = get(&app, "/", &[("accept-language", "en-GB,en;q=0.9")]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/en");
    let (response, _) = get(&app, "/", &[("accept-language", "de")]).await;
    assert_eq!(response.headers()["location"], "/sv");
}

#[tokio::test]
async fn the_chosen_language_is_remembered() {
    let app = portal(fresh_db().await, TODAY).await;
    let (response, _) = get(&app, "/en", &[]).await;
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("jf_locale=en;"), "{cookie}");
    let (response, _) = get(
        &app,
        "/",
        &[("cookie", "jf_locale=en"), ("accept-language", "sv")],
    )
    .await;
    assert_eq!(response.headers()["location"], "/en");
}

#[tokio::test]
async fn health_reports_the_database() {
    let db = fresh_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (response, body) = get(&app, "/health", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(body.contains(r#""database":"ok""#));
    db.close().await;
    let (response, _) = get(&app, "/health", &[]).await;
    assert_eq!(response.status(), 503);
}

#[tokio::test]
async fn every_response_carries_the_basic_security_headers() {
    let app = portal(fresh_db().await, TODAY).await;
    let (response, _) = get(&app, "/sv", &[]).await;
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert_eq!(response.headers()["x-frame-options"], "DENY");
    assert!(response.headers().contains_key("referrer-policy"));
}
