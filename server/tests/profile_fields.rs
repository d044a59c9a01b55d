//! The profile's table of fields, proved by the field added through it: a
//! provider's organisation number travels from the edit form through review
//! to the public profile, and a wrong one is refused in the reader's language.

mod common;

use common::{
    browser::{create, csrf_in, editor_of, location, signed_in},
    demo_db, get, portal, version_count,
};
use domain::model::Role;
use server::db::Db;

const TODAY: &str = "2025-03-14";

fn profile_form<'a>(
    csrf: &'a str,
    intent: &'a str,
    organisation_number: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("intent", intent),
        ("phone", "08-123 45 67"),
        ("email", "info@jobblotsen.example"),
        ("city", "Nacka"),
        ("employee_count", "12"),
        ("organisation_number", organisation_number),
        ("fact-language", "sv"),
        ("presentation-sv", "Vi hjälper dig till jobb."),
    ]
}

/// The organisation number of jobblotsen's newest published profile.
async fn published_number(db: &Db) -> Option<String> {
    sqlx::query_scalar(
        "SELECT organisation_number FROM profile_version
          WHERE provider_id = 'jobblotsen' AND status = 'published'
          ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(db.pool())
    .await
    .unwrap()
}

#[tokio::test]
async fn an_organisation_number_waits_for_review_and_then_reads_left_to_right_in_public() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db.clone(), TODAY).await;
    let mut editor = signed_in(&app, "redaktor").await;
    let (_, form) = editor.get(&app, "/sv/account/profile").await;
    assert!(form.contains(r#"name="organisation_number""#));
    assert!(form.contains("Organisationsnummer"));
    let csrf = csrf_in(&form);

    // Typed without the hyphen, previewed and stored with it.
    let (response, preview) = editor
        .post(
            &app,
            "/sv/account/profile",
            &profile_form(&csrf, "preview", "5560360793"),
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(preview.contains(r#"<span dir="ltr">556036-0793</span>"#));
    let (response, _) = editor
        .post(
            &app,
            "/sv/account/profile",
            &profile_form(&csrf, "submit", "5560360793"),
        )
        .await;
    assert_eq!(location(&response), "/sv/account?done=submitted");
    let (_, public) = get(&app, "/sv/provider/jobblotsen", &[]).await;
    assert!(!public.contains("556036-0793"), "it waits for review");
    assert_eq!(published_number(&db).await, None);
    let (_, form) = editor.get(&app, "/sv/account/profile").await;
    assert!(
        form.contains(r#"value="556036-0793""#),
        "the editor sees what waits"
    );

    let mut admin = signed_in(&app, "anna").await;
    let (_, overview) = admin.get(&app, "/sv/account").await;
    let start = overview.find("/sv/account/reviews/").expect("a review");
    let review_path: String = overview[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let (_, review) = admin.get(&app, &review_path).await;
    assert!(review.contains("Organisationsnummer") && review.contains("556036-0793"));
    let (response, _) = admin
        .post(
            &app,
            &review_path,
            &[("csrf", &csrf_in(&review)), ("decision", "publish")],
        )
        .await;
    assert_eq!(response.status(), 303);

    assert_eq!(published_number(&db).await.as_deref(), Some("556036-0793"));
    for (lang, term) in [("sv", "Organisationsnummer"), ("ar", "رقم تسجيل المنظمة")]
    {
        let (_, public) = get(&app, &format!("/{lang}/provider/jobblotsen"), &[]).await;
        assert!(public.contains(term), "{lang}");
        assert!(
            public.contains(r#"<span dir="ltr">556036-0793</span>"#),
            "{lang}: isolated left to right"
        );
    }
    let (_, compared) = get(&app, "/sv/compare?p=jobblotsen&p=cognix", &[]).await;
    assert!(compared.contains(r#"<span dir="ltr">556036-0793</span>"#));
    let (_, history) = admin
        .get(&app, "/sv/account/providers/jobblotsen/history")
        .await;
    assert!(history.contains("/sv/account/providers/jobblotsen/history/"));
}

#[tokio::test]
async fn a_wrong_check_digit_is_refused_in_the_readers_language_and_changes_nothing() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    let app = portal(db.clone(), TODAY).await;
    let mut editor = signed_in(&app, "redaktor").await;
    let before = version_count(&db).await;
    for (lang, message) in [
        ("en", "Otherwise the check digit is wrong."),
        ("sv", "Kontrollsiffran stämmer inte annars."),
        ("ar", "وإلا فإن رقم التحقّق لا يتطابق."),
    ] {
        let page = format!("/{lang}/account/profile");
        let csrf = editor.csrf(&app, &page).await;
        for intent in ["preview", "submit"] {
            let (response, html) = editor
                .post(&app, &page, &profile_form(&csrf, intent, "556036-0794"))
                .await;
            assert_eq!(response.status(), 422, "{lang} {intent}");
            assert!(html.contains(message), "{lang} {intent}");
            assert!(
                html.contains(r#"value="556036-0794""#),
                "{lang} {intent}: what was typed is kept"
            );
        }
    }
    assert_eq!(version_count(&db).await, before, "nothing stored");
    assert_eq!(published_number(&db).await, None);
}
