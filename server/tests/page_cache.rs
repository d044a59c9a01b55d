//! Public pages kept rendered and compressed (`http::page_cache`): a kept
//! page follows a publication at once, on this instance and on another one,
//! and no reader ever gets a page that was made for someone else.

mod common;

use std::time::Duration;

use common::{
    browser::{create, editor_of, signed_in, Browser},
    demo_db, fresh_db_url, get, instance, portal, until,
};
use domain::model::Role;
use server::{
    changes::RECHECK_AFTER,
    db::{Backend, Db},
};

const TODAY: &str = "2025-03-14";
const PROFILE: &str = "/sv/provider/jobblotsen";

/// The editor's profile form with a new street address: contact details
/// are published at once, without review.
fn new_street<'a>(csrf: &'a str, street: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("intent", "submit"),
        ("phone", "08-123 45 67"),
        ("email", "info@jobblotsen.example"),
        ("website", "https://jobblotsen.example"),
        ("street_address", street),
        ("postal_code", "13130"),
        ("city", "Nacka"),
        ("employee_count", "12"),
        ("fact-language", "sv"),
        ("presentation-sv", "Vi hjälper dig till jobb."),
    ]
}

async fn publish_street(app: &axum::Router, street: &str) {
    let mut editor = signed_in(app, "redaktor").await;
    let csrf = editor.csrf(app, "/sv/account/profile").await;
    let (response, _) = editor
        .post(app, "/sv/account/profile", &new_street(&csrf, street))
        .await;
    assert_eq!(response.status(), 303, "the profile is published");
}

fn brotli_text(bytes: &[u8]) -> String {
    let mut text = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut text).unwrap();
    String::from_utf8(text).unwrap()
}

/// A GET's headers and raw (possibly compressed) body.
async fn get_bytes(
    app: &axum::Router,
    uri: &str,
    headers: &[(&str, &str)],
) -> (http::Response<()>, Vec<u8>) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let mut request = http::Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (http::Response::from_parts(parts, ()), bytes)
}

#[tokio::test]
async fn a_kept_page_shows_a_publication_at_once_in_every_encoding() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    let app = portal(db, TODAY).await;
    let brotli = [("accept-encoding", "br, gzip")];
    for _ in 0..2 {
        let (_, html) = get(&app, PROFILE, &[]).await;
        assert!(!html.contains("Storgatan 1"));
        let (response, bytes) = get_bytes(&app, PROFILE, &brotli).await;
        assert_eq!(response.headers()["content-encoding"], "br");
        assert!(!brotli_text(&bytes).contains("Storgatan 1"));
    }

    publish_street(&app, "Storgatan 1").await;

    let (_, html) = get(&app, PROFILE, &[]).await;
    assert!(html.contains("Storgatan 1"), "the next page shows it");
    let (_, bytes) = get_bytes(&app, PROFILE, &brotli).await;
    assert!(
        brotli_text(&bytes).contains("Storgatan 1"),
        "compressed too"
    );
}

#[tokio::test]
async fn a_page_kept_by_one_instance_shows_another_instances_publication() {
    let url = fresh_db_url().await;
    let db = Db::connect(&url).await.unwrap();
    if db.backend() != Backend::Postgres {
        // SQLite serves one instance; several share only PostgreSQL.
        return;
    }
    server::demo::seed(&db, "2025-01-01T00:00:00Z")
        .await
        .unwrap();
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    let writer = instance(&url, TODAY).await;
    let reader = instance(&url, TODAY).await;
    for _ in 0..2 {
        let (_, html) = get(&reader, PROFILE, &[]).await;
        assert!(!html.contains("Storgatan 7"), "kept before the change");
    }

    publish_street(&writer, "Storgatan 7").await;

    // Well before the version is a second old: the notification, not the
    // recheck, makes the reader drop what it kept.
    until(RECHECK_AFTER / 2, || async {
        get(&reader, PROFILE, &[]).await.1.contains("Storgatan 7")
    })
    .await;
}

#[tokio::test]
async fn signed_in_pages_and_responses_that_set_cookies_are_never_kept() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    // The signed-in header links to the account; the public one does not.
    let account_link = r#"href="/sv/account""#;

    let (_, public) = get(&app, "/sv", &[]).await;
    assert!(!public.contains(account_link));
    let mut admin = signed_in(&app, "anna").await;
    let (response, own) = admin.get(&app, "/sv").await;
    assert!(
        own.contains(account_link),
        "not the public page kept before"
    );
    assert_eq!(response.headers()["cache-control"], "no-store, private");
    let (_, public) = get(&app, "/sv", &[]).await;
    assert!(!public.contains(account_link), "nor the signed-in one kept");

    // A list without a seed makes one and sets it: each visitor their own.
    let seed_of = |response: &http::Response<()>| {
        let cookie = response.headers()["set-cookie"].to_str().unwrap();
        cookie
            .strip_prefix("jf_seed=")
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string()
    };
    let (first, _) = get(&app, "/sv/level/ami2", &[]).await;
    let (second, _) = get(&app, "/sv/level/ami2", &[]).await;
    assert_ne!(seed_of(&first), seed_of(&second));

    // The sign-in form's token is the browser's own, in its cookie.
    let mut one = Browser::default();
    let mut other = Browser::default();
    let one_token = one.csrf(&app, "/sv/login").await;
    let other_token = other.csrf(&app, "/sv/login").await;
    assert_ne!(one_token, other_token);
    assert!(one.cookie_header().contains(&one_token));
    // Asked again with the cookie, the form is still each browser's own.
    for _ in 0..2 {
        assert_eq!(one.csrf(&app, "/sv/login").await, one_token);
        assert_eq!(other.csrf(&app, "/sv/login").await, other_token);
    }
    let (response, _) = one.get(&app, "/sv/login").await;
    assert_eq!(response.headers()["cache-control"], "no-store, private");
}

#[tokio::test]
async fn a_kept_page_carries_the_headers_of_a_rendered_one() {
    let app = portal(demo_db().await, TODAY).await;
    let brotli = [("accept-encoding", "br")];
    let (rendered, _) = get_bytes(&app, PROFILE, &brotli).await;
    let (kept, _) = get_bytes(&app, PROFILE, &brotli).await;
    for name in [
        "content-security-policy",
        "x-content-type-options",
        "referrer-policy",
        "x-frame-options",
        "content-type",
        "content-encoding",
    ] {
        assert!(rendered.headers().contains_key(name), "{name} is sent");
        assert_eq!(rendered.headers()[name], kept.headers()[name], "{name}");
    }
    // The locale cookie is each reader's own: added to a kept page too.
    let (kept, _) = get_bytes(&app, PROFILE, &brotli).await;
    assert!(kept.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .starts_with("jf_locale=sv"));
    let (kept, _) = get_bytes(&app, PROFILE, &[("cookie", "jf_locale=sv")]).await;
    assert!(kept.headers().get("set-cookie").is_none());
}

#[tokio::test]
async fn different_seeds_locales_queries_and_encodings_get_their_own_pages() {
    let app = portal(demo_db().await, TODAY).await;
    let list = "/sv/level/ami2";
    for _ in 0..2 {
        for seed in ["aaa111", "bbb222"] {
            let cookie = format!("jf_seed={seed}");
            let (_, html) = get(&app, list, &[("cookie", &cookie)]).await;
            assert!(html.contains(&format!("seed={seed}")), "the cookie's seed");
            let other = if seed == "aaa111" { "bbb222" } else { "aaa111" };
            assert!(!html.contains(&format!("seed={other}")));
            let (_, html) = get(
                &app,
                &format!("{list}?seed={other}"),
                &[("cookie", &cookie)],
            )
            .await;
            assert!(
                html.contains(&format!("seed={other}")),
                "the address's seed wins"
            );
        }
        let (_, swedish) = get(&app, "/sv", &[]).await;
        let (_, english) = get(&app, "/en", &[]).await;
        assert!(swedish.contains(r#"lang="sv""#) && english.contains(r#"lang="en""#));

        let (_, found) = get(&app, &format!("{list}?seed=aaa111&q=arabiska"), &[]).await;
        let (_, all) = get(&app, &format!("{list}?seed=aaa111"), &[]).await;
        assert_ne!(found, all, "a search is its own page");
        assert!(found.contains(r#"value="arabiska""#));

        let (plain, bytes) = get_bytes(&app, "/sv", &[]).await;
        assert!(plain.headers().get("content-encoding").is_none());
        assert_eq!(String::from_utf8(bytes).unwrap(), swedish);
        let (gzip, bytes) = get_bytes(&app, "/sv", &[("accept-encoding", "gzip")]).await;
        assert_eq!(gzip.headers()["content-encoding"], "gzip");
        assert!(gzip.headers()["vary"]
            .to_str()
            .unwrap()
            .contains("accept-encoding"));
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text)
            .unwrap();
        assert_eq!(text, swedish, "the same page, no per-render nonce");
    }
}

#[tokio::test]
async fn a_kept_page_still_follows_a_change_made_outside_the_portal() {
    // The command line or another writer without notification: the version
    // is read again once it is a second old, and the kept page goes with it.
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (_, html) = get(&app, PROFILE, &[]).await;
    assert!(!html.contains("hovslagare"));
    let mut tx = db.pool().begin().await.unwrap();
    common::publish_presentation_elsewhere(
        &mut tx,
        db.backend(),
        "jobblotsen",
        "Vi samarbetar med hovslagare.",
        "2025-03-01T00:00:00Z",
    )
    .await;
    tx.commit().await.unwrap();
    until(RECHECK_AFTER * 3 + Duration::from_millis(500), || async {
        get(&app, PROFILE, &[]).await.1.contains("hovslagare")
    })
    .await;
}

#[tokio::test]
async fn a_kept_open_data_file_follows_a_new_publication() {
    let db = common::published_without_disclosure_control().await;
    let app = portal(db.clone(), TODAY).await;
    let file = "/open-data/statistics/2023.csv";
    let (response, before) = get(&app, file, &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(get(&app, file, &[]).await.1, before, "kept as it was");

    // Published again, now under disclosure control: small counts hidden.
    server::demo::publish(
        &db,
        &server::stats::disclosure::DisclosureRules::default(),
        "2025-02-01T08:00:00Z",
    )
    .await
    .unwrap();
    until(RECHECK_AFTER * 3 + Duration::from_millis(500), || async {
        let (_, now) = get(&app, file, &[]).await;
        now != before && now.contains("<5")
    })
    .await;
}

#[tokio::test]
async fn a_redirect_answered_as_a_200_is_never_kept() {
    let app = portal(demo_db().await, TODAY).await;
    // A link checker asks without accepting HTML: Leptos answers the
    // sign-in redirect with a 200 and a Location.
    let (response, _) = get(&app, "/sv/account", &[("accept", "*/*")]).await;
    assert!(response.headers().contains_key("location"));
    let (response, _) = get(&app, "/sv/account", &[("accept", "text/html")]).await;
    assert_eq!(response.status(), 302, "a browser is still sent to sign in");
}

#[tokio::test]
async fn a_seed_made_by_removing_a_nul_never_shares_a_readers_seed() {
    let app = portal(demo_db().await, TODAY).await;
    // After screening removes the NUL, the second seed is the page's: it is
    // not valid, so the page reads the reader's cookie.
    let list = "/sv/level/ami2?seed=abc123&se%00ed=%21";
    let (_, first) = get(&app, list, &[("cookie", "jf_seed=first1")]).await;
    assert!(first.contains("seed=first1"));
    let (_, second) = get(&app, list, &[("cookie", "jf_seed=other2")]).await;
    assert!(
        second.contains("seed=other2"),
        "not the first reader's page"
    );
}
