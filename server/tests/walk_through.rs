//! Small things a walk-through as citizens, counsellors and staff stumbled
//! on, each pinned down.

mod common;

use common::{
    browser::{create, signed_in},
    demo_db, get, portal, published_demo_db,
};
use domain::model::Role;

const TODAY: &str = "2025-03-14";

#[tokio::test]
async fn the_start_page_offers_no_stray_copy_link_button() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/sv", &[]).await;
    assert!(!html.contains("Kopiera länk till sidan"));
    let (_, html) = get(&app, "/sv/level/ami2", &[]).await;
    assert!(
        html.contains("Kopiera länk till sidan"),
        "a list still has one"
    );
}

#[tokio::test]
async fn an_invitation_link_fills_its_line_and_its_button_says_what_it_copies() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let mut admin = signed_in(&app, "anna").await;
    let csrf = admin.csrf(&app, "/sv/account/invitations").await;
    let (response, html) = admin
        .post(
            &app,
            "/sv/account/invitations",
            &[("csrf", &csrf), ("role", "admin")],
        )
        .await;
    assert_eq!(response.status(), 201);
    assert!(html.contains(r#"class="invitation-link""#));
    assert!(html.contains("Kopiera inbjudningslänken"));
    assert!(!html.contains("Kopiera länk till sidan"));
}

#[tokio::test]
async fn the_retired_interventions_say_they_ended_in_a_later_period() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (_, later) = get(&app, "/sv/statistics?period=2024", &[]).await;
    assert!(later.contains("Jobbpeng grund (upphörde 30 juni 2024)"));
    let (_, before) = get(&app, "/sv/statistics?period=2023", &[]).await;
    assert!(before.contains("Jobbpeng grund") && !before.contains("upphörde"));
}

#[tokio::test]
async fn the_retired_interventions_keep_their_swedish_name_beside_the_translation() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/en/statistics?period=2023", &[]).await;
    assert!(html.contains("Jobbpeng grund (basic job bonus)"));
    assert!(html.contains("Förstärkt jobbpeng (reinforced job bonus)"));
    let (_, html) = get(&app, "/ru/fact-sheet/sai", &[]).await;
    assert!(html.contains("Språk- och arbetsintroduktion"));
}

#[tokio::test]
async fn somali_pages_say_iimayl_not_e_mail() {
    let app = portal(demo_db().await, TODAY).await;
    for page in [
        "/so/provider/cognix",
        "/so/compare?level=ami2&p=cognix&p=jobblotsen",
    ] {
        let (_, html) = get(&app, page, &[]).await;
        assert!(html.contains("Iimayl"), "{page}");
        assert!(!html.contains("E-mail"), "{page}");
    }
}

#[tokio::test]
async fn phone_numbers_and_postcodes_read_left_to_right_in_right_to_left_pages() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/ar/compare?level=ami2&p=cognix&p=jobblotsen", &[]).await;
    assert!(html.contains(r#"<span dir="ltr">0"#), "the phone numbers");
    assert!(
        html.contains(r#"<span dir="ltr">"#) && html.contains("@"),
        "the e-mail addresses"
    );
    let (_, html) = get(&app, "/fa/provider/cognix", &[]).await;
    let address = &html[html.find("<dd><a href=\"tel:").unwrap_or(0)..];
    assert!(address.contains(r#"<span dir="ltr">1"#), "the postcode");
}

#[test]
fn one_imported_row_is_one_row_not_one_rows() {
    use app::i18n::{FluentValue, I18n, Locale};
    let localizer = std::sync::Arc::new(server::locales::load(&common::locales_dir()).unwrap());
    for (locale, one, many) in [
        (
            Locale::Swedish,
            "1 rad är importerad.",
            "2 rader är importerade.",
        ),
        (
            Locale::English,
            "1 row is imported.",
            "2 rows are imported.",
        ),
    ] {
        let i18n = I18n::new(locale, localizer.clone());
        let rows = |n: f64| i18n.t_with("import-state-imported", [("rows", FluentValue::from(n))]);
        assert_eq!((rows(1.0).as_str(), rows(2.0).as_str()), (one, many));
    }
}

#[tokio::test]
async fn the_comparison_offers_copy_and_print_and_says_when_a_profile_is_old() {
    let db = demo_db().await;
    // The demonstration profiles were updated on 1 January 2025: two years
    // before the page's day.
    let app = portal(db, "2027-03-14").await;
    let (_, html) = get(&app, "/sv/compare?level=ami2&p=cognix&p=jobblotsen", &[]).await;
    assert!(html.contains("Kopiera länk till sidan"));
    assert!(html.contains(">Skriv ut<"));
    assert!(html.contains("Uppgifterna har inte uppdaterats på mer än ett år"));
}
