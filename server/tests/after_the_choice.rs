//! What happens after a choice (004 §6, §13.2) is told where a choice is
//! made: every level page, the comparison and every fact sheet, in the
//! reader's language.

mod common;

use common::{demo_db, get, portal};

const TODAY: &str = "2025-03-14";

#[tokio::test]
async fn every_page_where_a_choice_is_made_says_what_happens_next_in_its_language() {
    let app = portal(demo_db().await, TODAY).await;
    for locale in domain::locale::Locale::ALL {
        let slug = locale.slug();
        for page in [
            format!("/{slug}/level/ami1"),
            format!("/{slug}/level/isa2"),
            format!("/{slug}/compare?level=ami2&p=cognix&p=jobblotsen"),
            format!("/{slug}/fact-sheet/fai2"),
        ] {
            let (response, html) = get(&app, &page, &[]).await;
            assert_eq!(response.status(), 200, "{page}");
            assert_eq!(
                html.matches(r#"id="next-steps-heading""#).count(),
                1,
                "{page}"
            );
        }
    }
    let (_, html) = get(&app, "/sv/level/ami2", &[]).await;
    for step in [
        "Berätta för din karriärvägledare vilken anordnare du har valt",
        "Dag 1: karriärvägledaren anmäler dig till anordnaren.",
        "Dag 3–14: anordnaren skickar en plan för din insats",
        "Du får byta anordnare senare.",
    ] {
        assert!(html.contains(step), "{step}");
    }
    // An intervention no longer offered has no choice to make.
    let (_, html) = get(&app, "/sv/fact-sheet/jpg", &[]).await;
    assert!(!html.contains("next-steps-heading"));
}
