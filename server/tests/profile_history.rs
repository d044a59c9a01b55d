//! Reviewing a rewritten text and a profile's history (issue 21 §3): the
//! reviewer reads the old and the new text each whole, with what changed
//! marked and spoken, and administrators can list every version of a
//! provider's profile and see what each one changed.

mod common;

use axum::Router;
use common::{
    browser::{create, csrf_in, editor_of, location, signed_in, Browser},
    demo_db, portal,
};
use domain::{locale::Locale, model::Role};

const TODAY: &str = "2025-03-14";
const FIRST: &str = "Vi är en liten firma i Nacka.";
const SECOND: &str = "Vi driver ett litet företag i Nacka.";
const COMMENT: &str = "Skriv vad ni gör i arbetsträningen.";

fn profile_form<'a>(csrf: &'a str, presentation: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("intent", "submit"),
        ("phone", "08-123 45 67"),
        ("email", "info@jobblotsen.example"),
        ("website", "https://jobblotsen.example"),
        ("street_address", "Storgatan 1"),
        ("postal_code", "13130"),
        ("city", "Nacka"),
        ("employee_count", "12"),
        ("fact-language", "sv"),
        ("presentation-sv", presentation),
    ]
}

/// What a reader sees or hears of some markup: its text without the tags.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&#x27;", "'").replace("&quot;", "\"")
}

/// The markup of the element of `class` that holds `needle`: from the
/// element's opening tag to the next closing `</div>`.
fn side_holding<'a>(html: &'a str, class: &str, needle: &str) -> &'a str {
    let mut rest = html;
    while let Some(start) = rest.find(class) {
        let from = &rest[start..];
        let end = from.find("</div>").expect("the side ends");
        let inside = &from[from.find('>').expect("the tag ends") + 1..end];
        if inside.contains(needle) {
            return inside;
        }
        rest = &from[end..];
    }
    panic!("no {class} holds {needle}:\n{html}")
}

/// The first link in `html` starting with `prefix`.
fn link(html: &str, prefix: &str) -> String {
    let start = html
        .find(&format!("href=\"{prefix}"))
        .unwrap_or_else(|| panic!("no link to {prefix}"))
        + 6;
    html[start..].chars().take_while(|c| *c != '"').collect()
}

struct Editorial {
    db: server::db::Db,
    app: Router,
    editor: Browser,
    admin: Browser,
}

impl Editorial {
    async fn new() -> Editorial {
        let db = demo_db().await;
        create(&db, "redaktor", editor_of("jobblotsen")).await;
        create(&db, "anna", Role::Administrator).await;
        let app = portal(db.clone(), TODAY).await;
        let editor = signed_in(&app, "redaktor").await;
        let admin = signed_in(&app, "anna").await;
        Editorial {
            db,
            app,
            editor,
            admin,
        }
    }

    async fn submit(&mut self, presentation: &str) {
        let csrf = self.editor.csrf(&self.app, "/sv/account/profile").await;
        let (response, _) = self
            .editor
            .post(
                &self.app,
                "/sv/account/profile",
                &profile_form(&csrf, presentation),
            )
            .await;
        assert_eq!(response.status(), 303);
    }

    /// The review page of the submission waiting.
    async fn review_page(&mut self) -> (String, String) {
        let (_, overview) = self.admin.get(&self.app, "/sv/account").await;
        let path = link(&overview, "/sv/account/reviews/");
        let (response, html) = self.admin.get(&self.app, &path).await;
        assert_eq!(response.status(), 200);
        (path, html)
    }

    async fn decide(&mut self, decision: &str, comment: &str) {
        let (path, html) = self.review_page().await;
        let csrf = csrf_in(&html);
        let (response, _) = self
            .admin
            .post(
                &self.app,
                &path,
                &[
                    ("csrf", &csrf),
                    ("decision", decision),
                    ("comment", comment),
                ],
            )
            .await;
        assert_eq!(response.status(), 303, "{decision}");
    }

    /// Submitted, returned with a comment, submitted again, published.
    async fn returned_then_published(&mut self) {
        self.submit(FIRST).await;
        self.decide("return", COMMENT).await;
        self.submit(SECOND).await;
        self.decide("publish", "").await;
    }
}

#[tokio::test]
async fn the_reviewer_reads_the_published_and_the_proposed_text_each_whole() {
    let mut site = Editorial::new().await;
    site.submit(FIRST).await;
    site.decide("publish", "").await;
    site.submit(SECOND).await;

    let (_, html) = site.review_page().await;
    assert!(html.contains("Publicerad text") && html.contains("Föreslagen text"));
    let published = side_holding(&html, "diff-side--before", "Nacka");
    let proposed = side_holding(&html, "diff-side--after", "Nacka");
    assert!(published.contains("<del>") && !published.contains("<ins>"));
    assert!(proposed.contains("<ins>") && !proposed.contains("<del>"));
    assert_eq!(
        text_of(published).trim(),
        "Publicerad textVi Borttaget: är en liten firma (slut på borttaget) i Nacka.",
        "the old text reads whole, its removed words spoken"
    );
    assert_eq!(
        text_of(proposed).trim(),
        "Föreslagen textVi Tillagt: driver ett litet företag (slut på tillagt) i Nacka.",
        "the new text reads whole, its added words spoken"
    );
    assert!(
        html.contains("href=\"/sv/account/providers/jobblotsen/history\""),
        "the review links to the profile's history"
    );
}

#[tokio::test]
async fn a_new_text_and_a_removed_one_say_so_on_the_empty_side() {
    let mut site = Editorial::new().await;
    site.submit(FIRST).await;
    let csrf = site.editor.csrf(&site.app, "/sv/account/profile").await;
    let mut form = profile_form(&csrf, FIRST);
    form.push(("presentation-en", "We are a small firm."));
    let (response, _) = site
        .editor
        .post(&site.app, "/sv/account/profile", &form)
        .await;
    assert_eq!(response.status(), 303);

    let (_, html) = site.review_page().await;
    let english = &html[html
        .find("Presentation på English")
        .expect("the new English text")..];
    let before = side_holding(english, "diff-side--before", "");
    assert!(text_of(before).contains("Ingen text."), "{before}");
    let after = side_holding(english, "diff-side--after", "small firm");
    assert!(
        after.contains("lang=\"en\""),
        "the text is marked with its language"
    );
}

#[tokio::test]
async fn the_history_lists_every_version_with_who_when_how_it_ended_and_the_comment() {
    let mut site = Editorial::new().await;
    site.returned_then_published().await;

    let (_, providers) = site.admin.get(&site.app, "/sv/account/providers").await;
    let path = link(&providers, "/sv/account/providers/jobblotsen/history");
    assert_eq!(path, "/sv/account/providers/jobblotsen/history");
    let (response, html) = site.admin.get(&site.app, &path).await;
    assert_eq!(response.status(), 200);
    let body = &html[html.find("<tbody>").expect("a table of versions")..];
    let rows: Vec<String> = body
        .split("<tr>")
        .skip(1)
        .map(|row| text_of(row.split("</tr>").next().unwrap()))
        .collect();
    // Newest first: the published resubmission, the returned one, the
    // contact details published at once, the data loaded.
    assert_eq!(rows.len(), 4, "{rows:#?}");
    assert!(
        rows[0].contains("redaktor") && rows[0].contains("Publicerad") && rows[0].contains("anna")
    );
    assert!(!rows[0].contains("Publicerad direkt"));
    assert!(
        rows[1].contains("Skickad tillbaka")
            && rows[1].contains(COMMENT)
            && rows[1].contains("anna")
    );
    assert!(rows[2].contains("Publicerad direkt"));
    assert!(rows[3].contains("Publicerad direkt"));
    assert!(rows[0].contains(" UTC"), "when, to the minute: {}", rows[0]);
}

#[tokio::test]
async fn a_version_shows_what_it_held_and_what_changed_since_the_one_before() {
    let mut site = Editorial::new().await;
    site.returned_then_published().await;
    let (_, history) = site
        .admin
        .get(&site.app, "/sv/account/providers/jobblotsen/history")
        .await;
    let newest = link(&history, "/sv/account/providers/jobblotsen/history/");

    let (response, html) = site.admin.get(&site.app, &newest).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Versionen innan") && html.contains("Den här versionen"));
    let before = side_holding(&html, "diff-side--before", "Nacka");
    let after = side_holding(&html, "diff-side--after", "Nacka");
    assert!(
        text_of(before).contains("Vi Borttaget: är en liten firma (slut på borttaget) i Nacka.")
    );
    assert!(
        text_of(after).contains("Vi Tillagt: driver ett litet företag (slut på tillagt) i Nacka.")
    );
    assert!(html.contains("Jämfört med versionen från"));
    assert!(
        text_of(&html[html.find("Det här innehöll versionen").unwrap()..]).contains(SECOND),
        "the version's content is shown"
    );

    // The returned version: its comment, and the contact details it changed.
    let compared = &html[html.find("Jämfört med versionen från").unwrap()..];
    let returned = link(compared, "/sv/account/providers/jobblotsen/history/");
    let (response, html) = site.admin.get(&site.app, &returned).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Skickad tillbaka") && html.contains(COMMENT));
}

#[tokio::test]
async fn only_administrators_see_a_history() {
    let mut site = Editorial::new().await;
    site.submit(FIRST).await;
    for page in [
        "/sv/account/providers/jobblotsen/history",
        "/sv/account/providers/jobblotsen/history/1",
    ] {
        let (response, html) = site.editor.get(&site.app, page).await;
        assert_eq!(response.status(), 403, "{page}");
        assert!(!html.contains(FIRST));
        let (response, _) = Browser::default().get(&site.app, page).await;
        assert_eq!(response.status(), 302, "{page}");
        assert_eq!(location(&response), "/sv/login");
    }
}

#[tokio::test]
async fn unknown_or_malformed_ids_are_not_found_never_an_error() {
    let mut site = Editorial::new().await;
    site.submit(FIRST).await;
    let (_, other) = site
        .admin
        .get(
            &site.app,
            "/sv/account/providers/arbetsmarknadsgruppen/history",
        )
        .await;
    let others_version = link(
        &other,
        "/sv/account/providers/arbetsmarknadsgruppen/history/",
    );
    let others_id = others_version.rsplit('/').next().unwrap();
    for page in [
        "/sv/account/providers/finns-inte/history".to_string(),
        "/sv/account/providers/finns-inte/history/1".to_string(),
        "/sv/account/providers/jobblotsen/history/999999".to_string(),
        "/sv/account/providers/jobblotsen/history/abc".to_string(),
        "/sv/account/providers/jobblotsen/history/-1".to_string(),
        "/sv/account/providers/jobblotsen/history/99999999999999999999999".to_string(),
        "/sv/account/providers/jobblotsen/history/1.5".to_string(),
        "/sv/account/providers/%27%3Cx%3E/history".to_string(),
        format!("/sv/account/providers/jobblotsen/history/{others_id}"),
    ] {
        let (response, _) = site.admin.get(&site.app, &page).await;
        assert_eq!(response.status(), 404, "{page}");
    }
}

#[tokio::test]
async fn the_history_and_its_versions_read_in_every_locale() {
    let mut site = Editorial::new().await;
    site.returned_then_published().await;
    site.submit(FIRST).await;
    for locale in Locale::ALL {
        let slug = locale.slug();
        let history = format!("/{slug}/account/providers/jobblotsen/history");
        let (response, html) = site.admin.get(&site.app, &history).await;
        assert_eq!(response.status(), 200, "{history}");
        let mut pages = vec![(history, html.clone())];
        let body = &html[html.find("<tbody>").expect("versions")..];
        for row in body.split("<tr>").skip(1) {
            let version = link(
                row,
                &format!("/{slug}/account/providers/jobblotsen/history/"),
            );
            let (response, html) = site.admin.get(&site.app, &version).await;
            assert_eq!(response.status(), 200, "{version}");
            pages.push((version, html));
        }
        let (review, _) = site.review_page().await;
        let review = review.replacen("/sv/", &format!("/{slug}/"), 1);
        let (response, html) = site.admin.get(&site.app, &review).await;
        assert_eq!(response.status(), 200, "{review}");
        pages.push((review, html));
        for (page, html) in pages {
            let text = text_of(&html[html.find("<main").unwrap_or(0)..]);
            for prefix in ["history-", "diff-", "review-"] {
                assert!(!text.contains(prefix), "{page} shows a raw id: {text}");
            }
        }
    }
    for (slug, title) in [
        ("en", "Profile history"),
        ("ar", "سجل الملف التعريفي"),
        ("ru", "История профиля"),
        ("lattlast", "Alla versioner av profilen"),
    ] {
        let page = format!("/{slug}/account/providers/jobblotsen/history");
        let (_, html) = site.admin.get(&site.app, &page).await;
        assert!(html.contains(title), "{page}");
    }
}

#[tokio::test]
async fn approvals_stored_before_the_history_existed_are_listed_once() {
    let mut site = Editorial::new().await;
    site.returned_then_published().await;
    let page = "/sv/account/providers/jobblotsen/history";
    let (_, before) = site.admin.get(&site.app, page).await;

    // As the database was before the migration: no copy names its submission.
    sqlx::query("UPDATE profile_version SET published_from = NULL")
        .execute(site.db.pool())
        .await
        .unwrap();
    let migrations = server::db::migrations(site.db.backend());
    let history = migrations.iter().find(|m| m.version == 60).expect("0060");
    let migration = &history.sql;
    let backfill = &migration[migration.find("UPDATE").expect("the backfill")..];
    sqlx::query(backfill).execute(site.db.pool()).await.unwrap();

    let (_, after) = site.admin.get(&site.app, page).await;
    let rows = |html: &str| html.matches("<tr>").count();
    assert_eq!(rows(&after), rows(&before), "{after}");
    assert_eq!(rows(&before), 5, "a header and four versions");
}

#[tokio::test]
async fn a_resubmission_that_changed_nothing_says_so() {
    let mut site = Editorial::new().await;
    site.submit(FIRST).await;
    site.decide("return", COMMENT).await;
    site.submit(FIRST).await;
    let (_, history) = site
        .admin
        .get(&site.app, "/sv/account/providers/jobblotsen/history")
        .await;
    let body = &history[history.find("<tbody>").unwrap()..];
    let newest = link(body, "/sv/account/providers/jobblotsen/history/");
    let (_, html) = site.admin.get(&site.app, &newest).await;
    assert!(html.contains("Väntar på granskning"));
    assert!(html.contains("Inget ändrades sedan versionen innan."));
    assert!(
        html.contains("href=\"/sv/account/reviews/"),
        "a pending version leads to its review"
    );
}
