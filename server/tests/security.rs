//! What a hostile review tried, held closed: stored markup in every field a
//! person can write, oversized bodies, parallel and distributed password
//! guessing, hostile path segments, forged `Host` headers and password
//! changes — through the portal's router on a real database of each backend.

mod common;

use axum::{body::Body, extract::ConnectInfo, Router};
use common::{
    browser::{create, csrf_in, editor_of, location, signed_in, Browser, PASSWORD},
    demo_db, get, portal, PUBLIC_URL,
};
use domain::model::Role;
use http::{Request, Response, StatusCode};
use http_body_util::BodyExt;
use server::{accounts, db::Db};
use tower::ServiceExt;

const TODAY: &str = "2025-03-14";

/// Text that ends every element whose children are raw text, then adds an
/// element and a redirect of its own.
const HOSTILE: &str = r#"x</textarea></title></script></style></noscript><meta http-equiv="refresh" content="0;url=https://evil.example/"><b id="pwned">y"#;
/// The same for fields that take at most 100 characters.
const HOSTILE_SHORT: &str = r#"</textarea></title></script><b id="pwned">"#;

/// Fails when a page carries the hostile text as markup rather than text.
fn assert_inert(page: &str, html: &str) {
    assert!(
        !html.contains(r#"<b id="pwned">"#) && !html.contains(r#"<meta http-equiv="refresh""#),
        "{page} carries the hostile text as markup"
    );
}

/// The first link on a page that starts with `prefix`.
fn link(html: &str, prefix: &str) -> String {
    let start = html
        .find(prefix)
        .unwrap_or_else(|| panic!("no link {prefix}"));
    html[start..].chars().take_while(|c| *c != '"').collect()
}

/// A valid profile but for `text` in every presentation and the short
/// hostile text in the free contact fields.
fn profile_form<'a>(csrf: &'a str, intent: &'a str, text: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("csrf", csrf),
        ("intent", intent),
        ("phone", "08-123 45 67"),
        ("email", "info@jobblotsen.example"),
        ("website", "https://jobblotsen.example"),
        ("street_address", HOSTILE_SHORT),
        ("postal_code", "13130"),
        ("city", HOSTILE_SHORT),
        ("employee_count", "12"),
        ("fact-language", "sv"),
    ];
    for locale in domain::locale::Locale::ALL {
        let name: &'static str = Box::leak(format!("presentation-{}", locale.slug()).into());
        form.push((name, text));
    }
    form
}

#[tokio::test]
async fn hostile_text_in_every_free_text_field_never_reaches_a_page_as_markup() {
    let db = demo_db().await;
    create(&db, "ed1", editor_of("jobblotsen")).await;
    create(&db, "ed2", editor_of("jobblotsen")).await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db.clone(), TODAY).await;
    let mut ed1 = signed_in(&app, "ed1").await;
    let mut ed2 = signed_in(&app, "ed2").await;
    let mut admin = signed_in(&app, "anna").await;

    // A provider whose very name is hostile, authorized so the lists show it.
    let csrf = admin.csrf(&app, "/sv/account/providers").await;
    let (response, _) = admin
        .post(
            &app,
            "/sv/account/providers",
            &[
                ("csrf", &csrf),
                ("action", "create"),
                ("name", HOSTILE_SHORT),
                ("organisation_form", "company"),
                ("organisation_number", "212000-0142"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let hostile_id: String = sqlx::query_scalar("SELECT id FROM provider WHERE name = $1")
        .bind(HOSTILE_SHORT)
        .fetch_one(db.pool())
        .await
        .unwrap();
    let (response, _) = admin
        .post(
            &app,
            "/sv/account/providers",
            &[
                ("csrf", &csrf),
                ("action", "authorize"),
                ("provider", &hostile_id),
                ("level", "AMI1"),
                ("from", "2025-01-01"),
                ("to", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);

    // Rejected forms come back with what was typed: the values are text.
    let csrf = ed1.csrf(&app, "/sv/account/profile").await;
    let mut rejected = profile_form(&csrf, "submit", HOSTILE);
    for field in [
        "phone",
        "email",
        "website",
        "postal_code",
        "employee_count",
        "street_address",
        "city",
    ] {
        rejected.retain(|(name, _)| *name != field);
        rejected.push((field, HOSTILE));
    }
    let (response, html) = ed1.post(&app, "/sv/account/profile", &rejected).await;
    assert_eq!(response.status(), 422);
    assert_inert("the rejected profile form", &html);

    // The preview shows the draft as the public would see it.
    let (response, html) = ed1
        .post(
            &app,
            "/sv/account/profile",
            &profile_form(&csrf, "preview", HOSTILE),
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_inert("the preview", &html);
    let (_, html) = ed1
        .post(
            &app,
            "/sv/account/profile",
            &profile_form(&csrf, "edit", HOSTILE),
        )
        .await;
    assert_inert("the form again after the preview", &html);

    // Submitted: the other editor's form and the reviewer's page hold it.
    let (response, _) = ed1
        .post(
            &app,
            "/sv/account/profile",
            &profile_form(&csrf, "submit", HOSTILE),
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, html) = ed2.get(&app, "/sv/account/profile").await;
    assert!(
        html.contains("&lt;b id="),
        "the edit form shows the pending text"
    );
    assert_inert("another editor's edit form", &html);
    let (_, overview) = admin.get(&app, "/sv/account").await;
    assert_inert("the staff overview", &overview);
    let review = link(&overview, "/sv/account/reviews/");
    let (_, html) = admin.get(&app, &review).await;
    assert_inert("the review page", &html);

    // A return without its token comes back with the comment; one with it
    // shows the comment to the editor.
    let (response, html) = admin
        .post(
            &app,
            &review,
            &[("decision", "return"), ("comment", HOSTILE)],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert!(html.contains("&lt;b id="), "the comment is typed back");
    assert_inert("the rejected review comment", &html);
    let csrf_admin = csrf_in(&admin.get(&app, &review).await.1);
    let (response, _) = admin
        .post(
            &app,
            &review,
            &[
                ("csrf", &csrf_admin),
                ("decision", "return"),
                ("comment", HOSTILE),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    for editor in [&mut ed1, &mut ed2] {
        let (_, html) = editor.get(&app, "/sv/account").await;
        assert_inert("the editor's overview with the returned comment", &html);
        let (_, html) = editor.get(&app, "/sv/account/profile").await;
        assert_inert("the edit form after a return", &html);
    }

    // Invitations: a hostile provider choice comes back as text, and an
    // invited person's hostile display name is text wherever it shows.
    let csrf_admin = admin.csrf(&app, "/sv/account/invitations").await;
    let (response, html) = admin
        .post(
            &app,
            "/sv/account/invitations",
            &[
                ("csrf", &csrf_admin),
                ("role", "editor"),
                ("provider", HOSTILE),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert_inert("the rejected invitation", &html);
    let (response, html) = admin
        .post(
            &app,
            "/sv/account/invitations",
            &[
                ("csrf", &csrf_admin),
                ("role", "editor"),
                ("provider", "jobblotsen"),
            ],
        )
        .await;
    assert_eq!(response.status(), 201);
    let invitation = link(&html, &format!("{PUBLIC_URL}/sv/invitation/"))
        .trim_start_matches(PUBLIC_URL)
        .to_string();
    let mut invited = Browser::default();
    let csrf = invited.csrf(&app, &invitation).await;
    let account = |username: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("username", username.to_string()),
            ("display_name", HOSTILE_SHORT.to_string()),
            ("new_password", PASSWORD.to_string()),
            ("confirm_password", PASSWORD.to_string()),
        ]
    };
    let bad = account("x");
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (response, html) = invited.post(&app, &invitation, &bad).await;
    assert_eq!(response.status(), 422);
    assert_inert("the rejected invitation form", &html);
    let good = account("ed3");
    let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (response, _) = invited.post(&app, &invitation, &good).await;
    assert_eq!(response.status(), 303);
    let (_, html) = invited.get(&app, "/sv/account").await;
    assert_inert("the invited editor's own overview", &html);
    let csrf = invited.csrf(&app, "/sv/account/profile").await;
    let (response, _) = invited
        .post(
            &app,
            "/sv/account/profile",
            &profile_form(&csrf, "submit", HOSTILE),
        )
        .await;
    assert_eq!(response.status(), 303);

    // Published, the texts reach every public page.
    let (_, overview) = admin.get(&app, "/sv/account").await;
    assert_inert("the staff overview with the submitter's name", &overview);
    let review = link(&overview, "/sv/account/reviews/");
    let (_, html) = admin.get(&app, &review).await;
    assert_inert("the review page with the submitter's name", &html);
    let csrf_admin = csrf_in(&html);
    let (response, _) = admin
        .post(
            &app,
            &review,
            &[("csrf", &csrf_admin), ("decision", "publish")],
        )
        .await;
    assert_eq!(response.status(), 303);
    for locale in domain::locale::Locale::ALL {
        let slug = locale.slug();
        for page in [
            format!("/{slug}/provider/jobblotsen"),
            format!("/{slug}/provider/{hostile_id}"),
            format!("/{slug}/level/ami1"),
            format!("/{slug}/level/ami1?q=pwned"),
            format!("/{slug}/compare?level=ami1&p=jobblotsen&p={hostile_id}"),
        ] {
            let (response, html) = get(&app, &page, &[]).await;
            // A provider without a published profile has no profile page.
            let exists = response.status() == 200 || page.contains("/provider/textarea");
            assert!(exists, "{page}: {}", response.status());
            assert_inert(&page, &html);
        }
    }
    for page in [
        "/sv/account",
        "/sv/account/providers",
        "/sv/account/invitations",
        "/sv/account/profile",
    ] {
        let (_, html) = admin.get(&app, page).await;
        assert_inert(page, &html);
    }
    let (_, html) = ed1.get(&app, "/sv/account/profile").await;
    assert!(
        html.contains("&lt;b id="),
        "the published text fills the form"
    );
    assert_inert("the edit form of the published text", &html);
}

#[test]
fn textarea_text_is_escaped_once_and_reads_back_as_typed() {
    use app::components::forms::textarea_text;
    assert_eq!(
        textarea_text(r#"a < b & "c" </textarea>"#),
        r#"a &lt; b &amp; "c" &lt;/textarea&gt;"#
    );
}

/// A request from `address`, as the server sees its peer.
async fn send(
    app: &Router,
    mut request: Request<Body>,
    address: [u8; 4],
) -> (Response<()>, String) {
    request
        .extensions_mut()
        .insert(ConnectInfo(std::net::SocketAddr::from((address, 40000))));
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        Response::from_parts(parts, ()),
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

async fn sign_in_from(
    app: &Router,
    username: &str,
    password: &str,
    address: [u8; 4],
) -> StatusCode {
    let mut browser = Browser::default();
    let csrf = browser.csrf(app, "/sv/login").await;
    let body = serde_urlencoded::to_string([
        ("csrf", csrf.as_str()),
        ("username", username),
        ("password", password),
    ])
    .unwrap();
    let request = Request::post("/sv/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", browser.cookie_header())
        .body(Body::from(body))
        .unwrap();
    send(app, request, address).await.0.status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn wrong_passwords_sent_at_once_each_count_against_the_limit() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let attempts = (0..16).map(|_| {
        let app = app.clone();
        tokio::spawn(async move {
            sign_in_from(&app, "anna", "wrong password!!", [203, 0, 113, 7]).await
        })
    });
    let mut checked = 0;
    let mut refused = 0;
    for attempt in attempts {
        match attempt.await.unwrap() {
            StatusCode::UNAUTHORIZED => checked += 1,
            StatusCode::TOO_MANY_REQUESTS => refused += 1,
            other => panic!("a sign-in answered {other}"),
        }
    }
    assert!(
        checked <= accounts::throttle::PAIR_FREE,
        "{checked} of 16 parallel guesses were checked"
    );
    assert_eq!(checked + refused, 16);
}

#[tokio::test]
async fn a_stranger_cannot_lock_the_owner_out_from_another_address() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db.clone(), TODAY).await;
    let mut refused = false;
    for _ in 0..30 {
        let status = sign_in_from(&app, "anna", "wrong password!!", [198, 51, 100, 9]).await;
        refused |= status == StatusCode::TOO_MANY_REQUESTS;
    }
    assert!(refused, "the stranger's address is slowed");
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_attempt")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert!(
        kept <= accounts::throttle::PAIR_FREE as i64 + 1,
        "refusals grow no table: {kept} attempts kept of 30"
    );
    let status = sign_in_from(&app, "anna", PASSWORD, [192, 0, 2, 1]).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "the owner signs in elsewhere"
    );
}

#[tokio::test]
async fn many_addresses_only_delay_the_owner_by_a_minute() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let start = chrono::Utc::now() - chrono::Duration::minutes(10);
    for i in 0..accounts::throttle::ACCOUNT_FREE {
        let address = format!("10.0.0.{i}");
        let result = accounts::sign_in(&db, "anna", "wrong password!!", &address, start).await;
        assert!(matches!(
            result,
            Err(accounts::SignInError::WrongCredentials)
        ));
    }
    let now = start + chrono::Duration::minutes(5);
    let first = accounts::sign_in(&db, "anna", PASSWORD, "192.0.2.1", now).await;
    assert!(
        matches!(first, Err(accounts::SignInError::Throttled(wait)) if wait.minutes() == 1),
        "{first:?}"
    );
    let later = now + accounts::throttle::SLOW_ACCOUNT_WAIT;
    assert!(accounts::sign_in(&db, "anna", PASSWORD, "192.0.2.1", later)
        .await
        .is_ok());
}

#[tokio::test]
async fn hostile_path_segments_get_a_translated_page_never_a_panic() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let mut admin = signed_in(&app, "anna").await;
    let segments = [
        "%20%3Cx%3E",
        "%3Cscript%3E",
        "%00",
        "%FF%FE",
        "..%2F..%2Fetc%2Fpasswd",
        "%0D%0ASet-Cookie:%20x=1",
        "9999999999999999999999",
        "-1",
        &"a".repeat(5000),
    ];
    let routes = [
        "/sv/level/{}",
        "/sv/provider/{}",
        "/sv/fact-sheet/{}",
        "/sv/statistics/level/{}",
        "/sv/statistics/provider/{}",
        "/sv/invitation/{}",
        "/sv/account/reviews/{}",
        "/sv/account/statistics/{}",
        "/sv/account/statistics/{}/level/ami2",
        "/sv/account/statistics/imports/{}",
        "/sv/account/statistics/imports/{}/progress",
        "/open-data/statistics/{}",
        "/open-data/{}/2023.csv",
        "/{}/login",
        "/{}/account/profile",
        "/{}",
    ];
    for route in routes {
        for segment in segments {
            let uri = route.replace("{}", segment);
            for signed_in in [false, true] {
                let csrf = csrf_in(&admin.get(&app, "/sv/account").await.1);
                for post in [false, true] {
                    let mut request = if post {
                        Request::post(uri.as_str())
                            .header("content-type", "application/x-www-form-urlencoded")
                    } else {
                        Request::get(uri.as_str())
                    };
                    if signed_in {
                        request = request.header("cookie", admin.cookie_header());
                    }
                    let body = if post {
                        format!("csrf={csrf}&decision=publish")
                    } else {
                        String::new()
                    };
                    let (response, html) = send(
                        &app,
                        request.body(Body::from(body)).unwrap(),
                        [192, 0, 2, 9],
                    )
                    .await;
                    let status = response.status();
                    assert!(
                        status.is_client_error() || status.is_success() || status.is_redirection(),
                        "{} {uri} answered {status}",
                        if post { "POST" } else { "GET" }
                    );
                    assert!(!html.contains("<x>") && !html.contains("<script>alert"));
                    // A page only takes GET: 405, as HTTP says.
                    let page = !status.is_redirection()
                        && status != StatusCode::METHOD_NOT_ALLOWED
                        && !uri.starts_with("/open-data")
                        && !uri.ends_with("/progress");
                    if page {
                        assert!(
                            html.contains("<html"),
                            "{uri}: {status} is a page, not {html:?}"
                        );
                    }
                    if status == StatusCode::NOT_FOUND && page {
                        assert!(
                            html.contains("Sidan finns inte"),
                            "{uri}: the 404 is the translated page"
                        );
                    }
                }
            }
        }
    }
}

#[tokio::test]
async fn absolute_links_come_from_the_configured_address_not_the_host_header() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let forged = [("host", "evil.example"), ("x-forwarded-proto", "https")];
    let (_, html) = get(
        &app,
        "/sv/compare?level=ami2&p=cognix&p=jobblotsen",
        &forged,
    )
    .await;
    assert!(
        !html.contains("evil.example"),
        "the comparison's QR code and links"
    );
    let (_, html) = get(&app, "/open-data/catalog.jsonld", &forged).await;
    assert!(!html.contains("evil.example") && html.contains(PUBLIC_URL));

    let mut admin = signed_in(&app, "anna").await;
    let csrf = admin.csrf(&app, "/sv/account/invitations").await;
    let body = serde_urlencoded::to_string([("csrf", csrf.as_str()), ("role", "admin")]).unwrap();
    let request = Request::post("/sv/account/invitations")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", admin.cookie_header())
        .header("host", "evil.example")
        .body(Body::from(body))
        .unwrap();
    let (response, html) = send(&app, request, [192, 0, 2, 9]).await;
    assert_eq!(response.status(), 201);
    assert!(!html.contains("evil.example"));
    assert!(html.contains(&format!("{PUBLIC_URL}/sv/invitation/")));
}

#[tokio::test]
async fn an_anonymous_upload_is_refused_before_its_body_is_read() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    let app = portal(db, TODAY).await;
    // A body that would fail if it were read: it errors after the head.
    let refused_unread = |cookie: String| {
        let app = app.clone();
        async move {
            let stream =
                futures_util::stream::iter(vec![Err::<axum::body::Bytes, std::io::Error>(
                    std::io::Error::other("the body was read"),
                )]);
            let request = Request::post("/sv/account/statistics/import")
                .header("content-type", "multipart/form-data; boundary=X")
                .header("cookie", cookie)
                .body(Body::from_stream(stream))
                .unwrap();
            send(&app, request, [192, 0, 2, 9]).await
        }
    };
    let (response, html) = refused_unread(String::new()).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(html.contains("Du har inte behörighet"));
    let editor = signed_in(&app, "redaktor").await;
    let (response, _) = refused_unread(editor.cookie_header()).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

fn multipart(fields: &[(&str, &str)], file: Option<&str>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--X\r\ncontent-disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    if let Some(file) = file {
        body.extend_from_slice(
            format!(
                "--X\r\ncontent-disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\ncontent-type: text/csv\r\n\r\n{file}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(b"--X--\r\n");
    body
}

#[tokio::test]
async fn an_administrators_upload_caps_every_text_field_and_the_declared_length() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let mut admin = signed_in(&app, "anna").await;
    let csrf = admin.csrf(&app, "/sv/account/statistics").await;
    let upload = |body: Vec<u8>, length: Option<u64>| {
        let mut request = Request::post("/sv/account/statistics/import")
            .header("content-type", "multipart/form-data; boundary=X")
            .header("cookie", admin.cookie_header());
        if let Some(length) = length {
            request = request.header("content-length", length);
        }
        let request = request.body(Body::from(body)).unwrap();
        let app = app.clone();
        async move { send(&app, request, [192, 0, 2, 9]).await }
    };
    let huge = "x".repeat(64 * 1024);
    let (response, html) = upload(multipart(&[("csrf", &csrf), ("kind", &huge)], None), None).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(html.contains("för stort"));
    let (response, _) = upload(Vec::new(), Some(600 * 1024 * 1024)).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let many: Vec<(&str, &str)> = (0..20).map(|_| ("note", "x")).collect();
    let (response, _) = upload(multipart(&many, None), None).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_body_larger_than_any_form_takes_gets_413_on_every_route() {
    let db = demo_db().await;
    let app = portal(db, TODAY).await;
    for uri in [
        "/api/level",
        "/api/catalogue",
        "/sv/login",
        "/sv/account/profile",
        "/sv/level/ami2",
    ] {
        let request = Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("content-length", 3 * 1024 * 1024)
            .body(Body::from(vec![b'a'; 3 * 1024 * 1024]))
            .unwrap();
        let (response, _) = send(&app, request, [192, 0, 2, 9]).await;
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE, "{uri}");
    }
    // Without a declared length, the server functions are no public routes.
    let request = Request::post("/api/level")
        .body(Body::from("lang=sv&code=ami2"))
        .unwrap();
    let (response, _) = send(&app, request, [192, 0, 2, 9]).await;
    assert_ne!(response.status(), StatusCode::OK);
    assert!(!response.status().is_server_error());
}

#[tokio::test]
async fn a_password_change_needs_the_current_one_refuses_common_ones_and_ends_other_sessions() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db, TODAY).await;
    let mut desk = signed_in(&app, "anna").await;
    let mut phone = signed_in(&app, "anna").await;
    let csrf = desk.csrf(&app, "/sv/account/password").await;
    let change = |current: &'static str, new: &'static str, confirm: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("current_password", current.to_string()),
            ("new_password", new.to_string()),
            ("confirm_password", confirm.to_string()),
        ]
    };
    for (form, message) in [
        (
            change(
                "not my password!",
                "a brand new passphrase",
                "a brand new passphrase",
            ),
            "Det nuvarande lösenordet stämmer inte",
        ),
        (
            change(PASSWORD, "Password1234", "Password1234"),
            "för vanligt",
        ),
        (
            change(PASSWORD, "a brand new passphrase", "another passphrase!"),
            "Lösenorden är inte lika",
        ),
        (
            change(PASSWORD, "short", "short"),
            "Lösenordet ska ha 12–200 tecken",
        ),
    ] {
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (response, html) = desk.post(&app, "/sv/account/password", &form).await;
        assert_eq!(response.status(), 422, "{message}");
        assert!(html.contains(message), "{message}");
        assert!(!html.contains(PASSWORD), "a password is never sent back");
    }
    let form = change(PASSWORD, "a brand new passphrase", "a brand new passphrase");
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (response, _) = desk.post(&app, "/sv/account/password", &form).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/sv/account?done=password-changed");
    let (response, html) = desk.get(&app, "/sv/account?done=password-changed").await;
    assert_eq!(response.status(), 200, "this session stays");
    assert!(html.contains("Lösenordet är bytt"));
    let (response, _) = phone.get(&app, "/sv/account").await;
    assert_eq!(response.status(), 302, "every other session ended");
    let (_, response, _) = Browser::sign_in(&app, "anna", PASSWORD).await;
    assert_eq!(response.status(), 401);
    let (_, response, _) = Browser::sign_in(&app, "anna", "a brand new passphrase").await;
    assert_eq!(response.status(), 303);
}

#[tokio::test]
async fn a_common_password_is_refused_for_a_new_account() {
    let db: Db = demo_db().await;
    let result = accounts::create_account(
        &db,
        &accounts::NewAccount {
            username: "anna",
            display_name: "Anna",
            password: "qwerty123456",
            confirm_password: "qwerty123456",
        },
        &Role::Administrator,
        chrono::Utc::now(),
    )
    .await;
    match result {
        Err(accounts::CreateAccountError::Invalid(errors)) => {
            assert_eq!(errors[0].message_id, "error-password-common")
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_nul_character_anywhere_is_removed_or_refused_never_a_database_error() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    let app = portal(db, TODAY).await;
    // PostgreSQL refuses NUL in text: none may reach a query.
    let (_, response, _) = Browser::sign_in(&app, "an\0na", "wrong\0password").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    for uri in [
        "/sv/level/ami2?q=%00",
        "/sv/level/ami2?q=arab%00iska",
        "/sv/level/ami2?seed=%00",
        "/sv/compare?level=ami2&p=%00&p=cognix",
        "/sv/statistics?period=%00",
        "/sv/provider/cognix%00",
        "/open-data/statistics/2023%00.csv",
    ] {
        let (response, _) = get(&app, uri, &[]).await;
        assert!(
            !response.status().is_server_error(),
            "{uri}: {}",
            response.status()
        );
    }
    let mut editor = signed_in(&app, "redaktor").await;
    let csrf = editor.csrf(&app, "/sv/account/profile").await;
    let (response, _) = editor
        .post(
            &app,
            "/sv/account/profile",
            &profile_form(&csrf, "submit", "Vi hjälper\0 dig till jobb."),
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, html) = editor.get(&app, "/sv/account/profile").await;
    assert!(html.contains("Vi hjälper dig till jobb."));
}
