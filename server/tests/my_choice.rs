//! The "my choice" page (issue 19 §2): the provider a citizen chose for a
//! level, or the level's default provider, with its contact details and what
//! happens next, in the reader's language with the Swedish beside it; reached
//! alike from every provider's profile, the comparison and the level page.

mod common;

use std::collections::HashSet;

use common::{demo_db, get, portal};
use domain::locale::Locale;

const TODAY: &str = "2025-03-14";

/// The levels offered on `TODAY`, by their path segment.
const LEVELS: [&str; 6] = ["fai1", "fai2", "ami1", "ami2", "isa1", "isa2"];

/// Every `id="…"` in a page: each must be unique.
fn ids(html: &str) -> Vec<&str> {
    html.split(r#" id=""#)
        .skip(1)
        .filter_map(|part| part.split('"').next())
        .collect()
}

fn assert_unique_ids(html: &str, page: &str) {
    let ids = ids(html);
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{page}: repeated ids in {ids:?}");
}

/// The level page's default provider: "Just nu är det X." in Swedish.
fn default_named_on_level_page(html: &str) -> Option<String> {
    let after = html.split("Just nu är det ").nth(1)?;
    Some(after.split('.').next()?.to_string())
}

#[tokio::test]
async fn a_chosen_provider_shows_its_contact_details_and_next_steps_in_every_locale() {
    let app = portal(demo_db().await, TODAY).await;
    for locale in Locale::ALL {
        let slug = locale.slug();
        let page = format!("/{slug}/level/ami2/my-choice/cognix");
        let (response, html) = get(&app, &page, &[]).await;
        assert_eq!(response.status(), 200, "{page}");
        for contact in [
            "Cognix",
            r#"<a href="tel:0700000013" dir="ltr">070-000 00 13</a>"#,
            r#"dir="ltr">info@cognix.example</a>"#,
            r#"dir="ltr">https://cognix.example</a>"#,
            "Exempelvägen 4",
        ] {
            assert!(html.contains(contact), "{page}: {contact}");
        }
        assert!(
            html.contains(r#"<meta name="robots" content="noindex""#),
            "{page}"
        );
        assert!(html.contains(r#"class="qr-code""#), "{page}: a QR code");
        assert!(
            html.contains(&format!(r#"href="/{slug}/level/ami2/my-choice/cognix""#)),
            "{page}"
        );
        assert_unique_ids(&html, &page);

        let swedish_beside = !matches!(locale, Locale::Swedish | Locale::EasySwedish);
        let columns = html.matches(r#"class="my-choice__sheet""#).count();
        assert_eq!(columns, if swedish_beside { 2 } else { 1 }, "{page}");
        assert_eq!(
            html.matches(r#"class="next-steps""#).count(),
            columns,
            "{page}: the next steps in each language"
        );
        // The reader's column in its own language and direction.
        let reader = format!(
            r#"<section lang="{}" dir="{}" aria-labelledby="my-choice-{slug}""#,
            locale.html_lang(),
            locale.direction().as_str()
        );
        assert!(html.contains(&reader), "{page}: {reader}");
        if swedish_beside {
            let swedish = html
                .split(r#"<section lang="sv" dir="ltr" aria-labelledby="my-choice-sv""#)
                .nth(1)
                .unwrap_or_else(|| panic!("{page}: a Swedish column"));
            for text in [
                "Jag har valt Cognix för AMI 2.",
                "Dag 1: karriärvägledaren anmäler dig till anordnaren.",
                "Du får byta anordnare senare.",
                "Datum: 14 mars 2025",
            ] {
                assert!(swedish.contains(text), "{page}: {text}");
            }
        }
    }
    let (_, html) = get(&app, "/en/level/ami2/my-choice/cognix", &[]).await;
    for text in [
        "I have chosen Cognix for AMI 2.",
        "Day 1: your counsellor registers you with the provider.",
        "You may change provider later.",
        "Date: 14 March 2025",
    ] {
        assert!(html.contains(text), "{text}");
    }
}

#[tokio::test]
async fn the_default_choice_names_the_default_provider_the_level_page_names() {
    let app = portal(demo_db().await, TODAY).await;
    for level in LEVELS {
        let (_, level_page) = get(&app, &format!("/sv/level/{level}"), &[]).await;
        let default = default_named_on_level_page(&level_page)
            .unwrap_or_else(|| panic!("{level} has a default provider"));
        let link = format!(r#"href="/sv/level/{level}/my-choice""#);
        assert!(level_page.contains(&link), "{level}: {link}");

        let page = format!("/sv/level/{level}/my-choice");
        let (response, html) = get(&app, &page, &[]).await;
        assert_eq!(response.status(), 200, "{page}");
        assert!(html.contains("Jag vill ha förvalsanordnaren för"), "{page}");
        assert!(
            html.contains(&format!("I dag är förvalsanordnaren {default}.")),
            "{page}"
        );
        assert!(
            html.contains("Förvalsanordnaren byts varannan vecka"),
            "{page}"
        );
        let until_on_level_page = level_page
            .split("Det gäller till och med ")
            .nth(1)
            .and_then(|rest| rest.split('.').next());
        if let Some(until) = until_on_level_page {
            assert!(
                html.contains(&format!("Det gäller till och med {until}.")),
                "{page}"
            );
        }
        assert!(html.contains(r#"class="next-steps""#), "{page}");
    }
    // In Arabic, the Swedish beside it too.
    let (response, html) = get(&app, "/ar/level/ami1/my-choice", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Jag vill ha förvalsanordnaren för AMI 1."));
}

#[tokio::test]
async fn a_choice_the_customer_cannot_make_is_not_found() {
    let app = portal(demo_db().await, TODAY).await;
    let long = "a".repeat(5000);
    for page in [
        // Cognix does not hold AMI 1.
        "/sv/level/ami1/my-choice/cognix".to_string(),
        "/ar/level/ami1/my-choice/cognix".to_string(),
        // No authorization at all.
        "/sv/level/ami2/my-choice/alljobb".to_string(),
        // An intervention no longer offered, an unknown one, a malformed one.
        "/sv/level/jpg/my-choice/arbetsmarknadsgruppen".to_string(),
        "/sv/level/jpg/my-choice".to_string(),
        "/sv/level/ami3/my-choice/cognix".to_string(),
        "/sv/level/%3Cscript%3E/my-choice".to_string(),
        // Unknown providers, however they are written.
        "/sv/level/ami2/my-choice/nobody".to_string(),
        "/sv/level/ami2/my-choice/%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_string(),
        "/sv/level/ami2/my-choice/%27%20OR%201%3D1".to_string(),
        format!("/sv/level/ami2/my-choice/{long}"),
        "/sv/level/ami2/my-choice/cognix/more".to_string(),
        "/xx/level/ami2/my-choice/cognix".to_string(),
    ] {
        let (response, html) = get(&app, &page, &[]).await;
        assert_eq!(response.status(), 404, "{page}");
        assert!(!html.contains("<script>alert"), "{page}");
    }
    let (_, html) = get(&app, "/sv/level/ami1/my-choice/cognix", &[]).await;
    assert!(html.contains("Sidan finns inte"));
    let (_, html) = get(&app, "/ar/level/ami1/my-choice/cognix", &[]).await;
    assert!(html.contains("الصفحة غير موجودة"));
}

#[tokio::test]
async fn every_provider_leads_to_its_choice_alike_from_its_profile_and_the_comparison() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, profile) = get(&app, "/sv/provider/cognix", &[]).await;
    for level in ["fai1", "fai2", "ami2"] {
        let link = format!(r#"href="/sv/level/{level}/my-choice/cognix""#);
        assert!(profile.contains(&link), "{link}");
    }
    assert!(profile.contains("Jag väljer Cognix för AMI 2"));
    assert!(!profile.contains("/sv/level/ami1/my-choice/cognix"));

    // Every provider of a level, the same link in the same words.
    let (_, level_page) = get(&app, "/sv/level/ami2?seed=abc", &[]).await;
    let ids: Vec<&str> = level_page
        .split(r#"name="p" value=""#)
        .skip(1)
        .filter_map(|part| part.split('"').next())
        .collect();
    assert_eq!(ids.len(), 7);
    for id in &ids {
        let (_, profile) = get(&app, &format!("/sv/provider/{id}"), &[]).await;
        let link = format!(r#"href="/sv/level/ami2/my-choice/{id}""#);
        assert_eq!(profile.matches(&link).count(), 1, "{id}");
    }
    let query: Vec<String> = ids.iter().take(4).map(|id| format!("p={id}")).collect();
    let (_, comparison) = get(
        &app,
        &format!("/sv/compare?level=ami2&{}", query.join("&")),
        &[],
    )
    .await;
    for id in ids.iter().take(4) {
        let link = format!(r#"href="/sv/level/ami2/my-choice/{id}""#);
        // Once in the table, once in the phone's cards.
        assert_eq!(comparison.matches(&link).count(), 2, "{id}");
    }
    assert!(
        !comparison.contains("/sv/level/fai1/my-choice/"),
        "only the level compared"
    );
}
