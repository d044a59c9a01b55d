//! Provider self-service and administration over HTTP: sign-in, sessions,
//! CSRF, throttling, invitations, editing, review and authorization — on a
//! real database, through the portal's router.

mod common;

use chrono::{Duration, Utc};
use common::{
    browser::{create, csrf_in, editor_of, location, signed_in, Browser, PASSWORD},
    demo_db, get, portal,
};
use domain::model::Role;
use server::{accounts, db::Db};

const TODAY: &str = "2025-03-14";

#[tokio::test]
async fn an_administrator_signs_in_with_an_httponly_session_and_signs_out() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;

    let (browser, response, _) = Browser::sign_in(&app, "Anna", PASSWORD).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/sv/account?done=signed-in");
    let cookie = response
        .headers()
        .get_all(http::header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("jf_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    let mut browser = browser;
    let (response, html) = browser.get(&app, "/sv/account").await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Inloggad som anna"));
    assert_eq!(
        response.headers()[http::header::CACHE_CONTROL],
        "no-store, private"
    );

    let csrf = csrf_in(&html[html.find("/sv/logout").unwrap() - 200..]);
    let (response, _) = browser.post(&app, "/sv/logout", &[("csrf", &csrf)]).await;
    assert_eq!(response.status(), 303);
    let (response, _) = browser.get(&app, "/sv/account").await;
    assert_eq!(
        response.status(),
        302,
        "signed out, the account page sends to sign in"
    );
    assert_eq!(location(&response), "/sv/login");
}

#[tokio::test]
async fn a_session_is_shared_by_every_instance_on_the_database() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let first = portal(db.clone(), TODAY).await;
    let mut browser = signed_in(&first, "anna").await;
    let second = portal(db, TODAY).await;
    let (response, html) = browser.get(&second, "/en/account").await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Signed in as anna"));
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_account() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let mut phone = signed_in(&app, "anna").await;
    let mut desk = signed_in(&app, "anna").await;
    let (_, html) = desk.get(&app, "/sv/account").await;
    let csrf = csrf_in(&html);
    let (response, _) = desk
        .post(&app, "/sv/logout-everywhere", &[("csrf", &csrf)])
        .await;
    assert_eq!(response.status(), 303);
    let (response, _) = phone.get(&app, "/sv/account").await;
    assert_eq!(response.status(), 302);
}

#[tokio::test]
async fn wrong_passwords_from_one_address_make_it_wait_even_for_the_right_one() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    for _ in 0..accounts::throttle::PAIR_FREE {
        let (_, response, html) = Browser::sign_in(&app, "anna", "wrong password!").await;
        assert_eq!(response.status(), 401);
        assert!(html.contains("Fel användarnamn eller lösenord"));
    }
    let (_, response, html) = Browser::sign_in(&app, "anna", PASSWORD).await;
    assert_eq!(response.status(), 429);
    assert!(html.contains("För många misslyckade försök"), "{html}");
}

#[tokio::test]
async fn a_post_without_the_csrf_token_changes_nothing() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db.clone(), TODAY).await;
    let mut browser = signed_in(&app, "anna").await;
    let before = accounts_and_authorizations(&db).await;
    for form in [
        vec![
            ("action", "create"),
            ("name", "Forged AB"),
            ("organisation_form", "company"),
            ("organisation_number", "212000-0142"),
        ],
        vec![
            ("csrf", "0".repeat(64).leak() as &str),
            ("action", "create"),
            ("name", "Forged AB"),
            ("organisation_form", "company"),
            ("organisation_number", "212000-0142"),
        ],
    ] {
        let (response, html) = browser.post(&app, "/sv/account/providers", &form).await;
        assert_eq!(response.status(), 403);
        assert!(html.contains("Formuläret hade gått ut"));
    }
    // Signing in needs the token too.
    let mut stranger = Browser::default();
    let (response, _) = stranger
        .post(
            &app,
            "/sv/login",
            &[("username", "anna"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert_eq!(accounts_and_authorizations(&db).await, before);
}

async fn accounts_and_authorizations(db: &Db) -> (i64, i64, i64, i64) {
    let count = |table: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(db.pool())
                .await
                .unwrap()
        }
    };
    (
        count("provider").await,
        count("provider_authorization").await,
        count("profile_version").await,
        count("session").await,
    )
}

fn profile_form<'a>(
    csrf: &'a str,
    intent: &'a str,
    presentation: &'a str,
    street: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("intent", intent),
        ("phone", "08-123 45 67"),
        ("email", "info@jobblotsen.example"),
        ("website", "https://jobblotsen.example"),
        ("street_address", street),
        ("postal_code", "13130"),
        ("city", "Nacka"),
        ("employee_count", "12"),
        ("fact-language", "sv"),
        ("fact-language", "so"),
        ("presentation-sv", presentation),
    ]
}

#[tokio::test]
async fn contact_details_publish_at_once_and_texts_after_an_administrator_publishes() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let mut editor = signed_in(&app, "redaktor").await;
    let csrf = editor.csrf(&app, "/sv/account/profile").await;

    // Preview first: the page as the public will see it, nothing stored.
    let form = profile_form(
        &csrf,
        "preview",
        "Vi hjälper dig till jobb via zebrafinkar.",
        "Storgatan 1",
    );
    let (response, html) = editor.post(&app, "/sv/account/profile", &form).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Förhandsvisning") && html.contains("zebrafinkar"));
    let (_, public) = get(&app, "/sv/provider/jobblotsen", &[]).await;
    assert!(
        !public.contains("Storgatan 1"),
        "a preview publishes nothing"
    );

    let form = profile_form(
        &csrf,
        "submit",
        "Vi hjälper dig till jobb via zebrafinkar.",
        "Storgatan 1",
    );
    let (response, _) = editor.post(&app, "/sv/account/profile", &form).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/sv/account?done=submitted");
    let (_, public) = get(&app, "/sv/provider/jobblotsen", &[]).await;
    assert!(
        public.contains("Storgatan 1"),
        "contact details are public at once"
    );
    assert!(!public.contains("zebrafinkar"), "texts wait for review");
    let (_, found) = get(&app, "/sv/level/ami1?q=zebrafinkar", &[]).await;
    assert!(!found.contains(r#"href="/sv/provider/jobblotsen"#));

    let mut admin = signed_in(&app, "anna").await;
    let (_, overview) = admin.get(&app, "/sv/account").await;
    let start = overview
        .find("/sv/account/reviews/")
        .expect("the change waits for review");
    let review_path: String = overview[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let (response, review) = admin.get(&app, &review_path).await;
    assert_eq!(response.status(), 200);
    assert!(
        review.contains("<ins>") && review.contains("zebrafinkar"),
        "the diff shows the new text"
    );
    let csrf = csrf_in(&review);
    let (response, _) = admin
        .post(
            &app,
            &review_path,
            &[("csrf", &csrf), ("decision", "publish")],
        )
        .await;
    assert_eq!(response.status(), 303);

    let (_, public) = get(&app, "/sv/provider/jobblotsen", &[]).await;
    assert!(public.contains("zebrafinkar") && public.contains("Storgatan 1"));
    let (_, found) = get(&app, "/sv/level/ami1?q=zebrafinkar", &[]).await;
    assert!(
        found.contains("/sv/provider/jobblotsen"),
        "search follows at once"
    );
}

#[tokio::test]
async fn an_editor_can_change_only_their_own_provider_and_nothing_else() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    let app = portal(db.clone(), TODAY).await;
    let mut editor = signed_in(&app, "redaktor").await;
    let csrf = editor.csrf(&app, "/sv/account/profile").await;

    let mut form = profile_form(&csrf, "submit", "Kapade texten", "Kapargatan 9");
    form.push(("provider_id", "arbetsmarknadsgruppen"));
    form.push(("provider", "arbetsmarknadsgruppen"));
    let (response, _) = editor.post(&app, "/sv/account/profile", &form).await;
    assert_eq!(response.status(), 303);
    let (_, other) = get(&app, "/sv/provider/arbetsmarknadsgruppen", &[]).await;
    assert!(
        !other.contains("Kapargatan"),
        "another provider's profile is untouched"
    );
    let (_, own) = get(&app, "/sv/provider/jobblotsen", &[]).await;
    assert!(own.contains("Kapargatan"));

    let before = accounts_and_authorizations(&db).await;
    for page in [
        "/sv/account/providers",
        "/sv/account/invitations",
        "/sv/account/reviews/1",
    ] {
        let (response, _) = editor.get(&app, page).await;
        assert_eq!(response.status(), 403, "{page}");
    }
    let posts: [(&str, Vec<(&str, &str)>); 3] = [
        (
            "/sv/account/providers",
            vec![
                ("csrf", &csrf),
                ("action", "authorize"),
                ("provider", "jobblotsen"),
                ("level", "FAI1"),
                ("from", "2025-01-01"),
            ],
        ),
        (
            "/sv/account/invitations",
            vec![("csrf", &csrf), ("role", "admin")],
        ),
        (
            "/sv/account/reviews/1",
            vec![("csrf", &csrf), ("decision", "publish")],
        ),
    ];
    for (path, form) in posts {
        let (response, _) = editor.post(&app, path, &form).await;
        assert_eq!(response.status(), 403, "{path}");
    }
    assert_eq!(accounts_and_authorizations(&db).await, before);
}

#[tokio::test]
async fn markup_in_every_text_field_is_shown_as_text_never_run() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let mut editor = signed_in(&app, "redaktor").await;
    let csrf = editor.csrf(&app, "/sv/account/profile").await;
    let payload = r#"<script>alert(1)</script><img src=x onerror=alert(2)>"#;
    let mut form = profile_form(&csrf, "submit", payload, payload);
    form.retain(|(name, _)| *name != "city");
    form.push(("city", r#""><svg onload=alert(3)>"#));
    form.push(("presentation-en", payload));
    let (response, _) = editor.post(&app, "/sv/account/profile", &form).await;
    assert_eq!(response.status(), 303);
    let mut admin = signed_in(&app, "anna").await;
    let (_, overview) = admin.get(&app, "/sv/account").await;
    let start = overview.find("/sv/account/reviews/").unwrap();
    let review_path: String = overview[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let (_, review) = admin.get(&app, &review_path).await;
    assert!(!review.contains("<script>alert") && !review.contains("<img src=x"));
    let csrf = csrf_in(&review);
    admin
        .post(
            &app,
            &review_path,
            &[("csrf", &csrf), ("decision", "publish")],
        )
        .await;

    for page in [
        "/sv/provider/jobblotsen",
        "/en/provider/jobblotsen",
        "/sv/level/ami1",
    ] {
        let (_, html) = get(&app, page, &[]).await;
        assert!(!html.contains("<script>alert"), "{page}");
        assert!(
            !html.contains("<img src=x") && !html.contains("<svg onload"),
            "{page}"
        );
    }
    let (_, html) = get(&app, "/sv/provider/jobblotsen", &[]).await;
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "shown as text"
    );
}

#[tokio::test]
async fn a_rejected_profile_shows_every_error_keeps_what_was_typed_and_stores_nothing() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    let app = portal(db.clone(), TODAY).await;
    let mut editor = signed_in(&app, "redaktor").await;
    let csrf = editor.csrf(&app, "/en/account/profile").await;
    let before = accounts_and_authorizations(&db).await;
    let (response, html) = editor
        .post(
            &app,
            "/en/account/profile",
            &[
                ("csrf", &csrf),
                ("intent", "submit"),
                ("email", "not-an-address"),
                ("website", "javascript:alert(1)"),
                ("postal_code", "1234"),
                ("street_address", "Kept street 7"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    for message in [
        "Write an e-mail address",
        "Write a web address that starts with https://",
        "Write a postcode with five digits",
        "The presentation in Swedish is required",
    ] {
        assert!(html.contains(message), "{message}");
    }
    assert!(html.contains("Kept street 7"), "what was typed is kept");
    assert_eq!(accounts_and_authorizations(&db).await, before);
}

#[tokio::test]
async fn an_invitation_makes_one_account_and_an_expired_one_none() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db.clone(), TODAY).await;
    let mut admin = signed_in(&app, "anna").await;
    let csrf = admin.csrf(&app, "/sv/account/invitations").await;
    let (response, html) = admin
        .post(
            &app,
            "/sv/account/invitations",
            &[
                ("csrf", &csrf),
                ("role", "provider_editor"),
                ("provider", "jobblotsen"),
            ],
        )
        .await;
    assert_eq!(response.status(), 201);
    let start = html.find("/sv/invitation/").unwrap();
    let path: String = html[start..].chars().take_while(|c| *c != '"').collect();

    let mut invited = Browser::default();
    let (response, page) = invited.get(&app, &path).await;
    assert_eq!(response.status(), 200);
    assert!(page.contains("redaktör för Jobblotsen"));
    let csrf = csrf_in(&page);
    let form = [
        ("csrf", csrf.as_str()),
        ("username", "ny.redaktor"),
        ("display_name", "Ny Redaktör"),
        ("new_password", PASSWORD),
        ("confirm_password", PASSWORD),
    ];
    let (response, _) = invited.post(&app, &path, &form).await;
    assert_eq!(response.status(), 303);
    let (_, account) = invited.get(&app, "/sv/account").await;
    assert!(account.contains("Jobblotsen"));

    let mut again = Browser::default();
    let csrf = again.csrf(&app, "/sv/login").await;
    let form = [
        ("csrf", csrf.as_str()),
        ("username", "someone.else"),
        ("display_name", "X"),
        ("new_password", PASSWORD),
        ("confirm_password", PASSWORD),
    ];
    let (response, html) = again.post(&app, &path, &form).await;
    assert_eq!(response.status(), 410, "a link makes one account");
    assert!(html.contains("redan använts"));

    // An invitation made eight days ago has expired.
    let who = accounts::session(
        &db,
        &admin
            .cookies
            .iter()
            .find(|(k, _)| k == "jf_session")
            .unwrap()
            .1,
        Utc::now(),
    )
    .await
    .unwrap()
    .unwrap();
    let (token, _) = accounts::invite(
        &db,
        &who,
        &Role::Administrator,
        Utc::now() - Duration::days(8),
    )
    .await
    .unwrap();
    let old = format!("/sv/invitation/{token}");
    let (response, html) = again.get(&app, &old).await;
    assert_eq!(response.status(), 410);
    assert!(html.contains("har gått ut"));
    let csrf = again.csrf(&app, "/sv/login").await;
    let form = [
        ("csrf", csrf.as_str()),
        ("username", "late.comer"),
        ("display_name", "Late"),
        ("new_password", PASSWORD),
        ("confirm_password", PASSWORD),
    ];
    let (response, _) = again.post(&app, &old, &form).await;
    assert_eq!(response.status(), 410);
    let late = server::db::accounts::by_username(&db, "late.comer")
        .await
        .unwrap();
    assert!(late.is_none(), "no account from an expired invitation");
}

#[tokio::test]
async fn an_administrator_authorizes_and_ends_an_authorization_and_the_lists_follow() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let mut admin = signed_in(&app, "anna").await;
    let (_, before) = get(&app, "/sv/level/fai1", &[]).await;
    assert!(!before.contains("/sv/provider/jobblotsen"));
    let csrf = admin.csrf(&app, "/sv/account/providers").await;

    let (response, html) = admin
        .post(
            &app,
            "/sv/account/providers",
            &[
                ("csrf", &csrf),
                ("action", "authorize"),
                ("provider", "jobblotsen"),
                ("level", "FAI1"),
                ("from", "2025-03-20"),
                ("to", "2025-03-01"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(html.contains("Slutdatumet kan inte vara före startdatumet"));

    let (response, _) = admin
        .post(
            &app,
            "/sv/account/providers",
            &[
                ("csrf", &csrf),
                ("action", "authorize"),
                ("provider", "jobblotsen"),
                ("level", "FAI1"),
                ("from", "2025-03-01"),
                ("to", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, after) = get(&app, "/sv/level/fai1", &[]).await;
    assert!(
        after.contains("/sv/provider/jobblotsen"),
        "the list follows the authorization"
    );

    let (_, page) = admin.get(&app, "/sv/account/providers").await;
    let section = &page[page.find(r#"id="provider-jobblotsen""#).unwrap()..];
    let marker = r#"name="authorization" value=""#;
    let id_start = section.find(marker).unwrap() + marker.len();
    let authorization: String = section[id_start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let (response, _) = admin
        .post(
            &app,
            "/sv/account/providers",
            &[
                ("csrf", &csrf),
                ("action", "deauthorize"),
                ("authorization", &authorization),
                ("last_day", "2025-03-10"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, ended) = get(&app, "/sv/level/fai1", &[]).await;
    assert!(
        !ended.contains("/sv/provider/jobblotsen"),
        "ended before today: no longer listed"
    );
}

#[tokio::test]
async fn every_response_carries_a_csp_that_names_each_inline_script_and_style_by_its_hash() {
    let app = portal(demo_db().await, TODAY).await;
    for page in [
        "/sv",
        "/ar/level/ami2?seed=abc",
        "/sv/login",
        "/sv/no-such-page",
    ] {
        let (response, html) = get(&app, page, &[]).await;
        let csp = response.headers()[http::header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe-inline")
                && !csp.contains("nonce"),
            "{csp}"
        );
        let scripts = server::http::security::inline_scripts(&html);
        assert!(
            !scripts.is_empty(),
            "{page}: the hydration script is inline"
        );
        for script in scripts {
            let hash = server::http::security::inline_hash(script);
            assert!(csp.contains(&hash), "{page}: {hash} is allowed by {csp}");
        }
        let styles = server::http::security::inline_styles(&html);
        assert_eq!(styles.len(), 1, "{page}: the style sheet is inline");
        let style_src = csp.split(';').find(|d| d.contains("style-src")).unwrap();
        for style in styles {
            let hash = server::http::security::inline_hash(style);
            assert!(
                style_src.contains(&hash),
                "{page}: {hash} is allowed by {csp}"
            );
        }
    }
    let (response, _) = get(&app, "/sv", &[]).await;
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
}
