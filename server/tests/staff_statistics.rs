//! The municipality's statistics pages over HTTP: publishing a period, the
//! full unsuppressed figures, and uploading files that import in the
//! background — for administrators only, on a real database.

mod common;

use axum::{body::Body, Router};
use common::{
    browser::{create, csrf_in, editor_of, location, signed_in, Browser},
    demo_db, get, portal, published_demo_db,
};
use domain::model::Role;
use http::{Request, Response};
use http_body_util::BodyExt;
use server::{
    db::{cases, Db},
    import,
};
use tower::ServiceExt;

const TODAY: &str = "2025-03-14";

const CASES_HEADER: &str = "case_id,person_id,gender,birth_year,insats,provider_id,start_date,planned_end_date,end_date,end_reason,extensions";

async fn case_count(db: &Db) -> i64 {
    let mut conn = db.pool().acquire().await.unwrap();
    cases::count(&mut conn).await.unwrap()
}

/// Posts a file as the upload form does: the token and kind first.
async fn upload(
    app: &Router,
    browser: &Browser,
    csrf: &str,
    kind: &str,
    file: &str,
) -> (Response<()>, String) {
    let boundary = "----jamforaren-test-boundary";
    let mut body = String::new();
    for (name, value) in [("csrf", csrf), ("kind", kind)] {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\export\\\\cases.csv\"\r\nContent-Type: text/csv\r\n\r\n{file}\r\n--{boundary}--\r\n"
    ));
    let request = Request::post("/sv/account/statistics/import")
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header("cookie", browser.cookie_header())
        .header("accept", "text/html")
        .body(Body::from(body))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        Response::from_parts(parts, ()),
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// Asks the progress address until the import has ended; its last answer.
async fn wait_for_import(app: &Router, browser: &mut Browser, job_page: &str) -> serde_json::Value {
    for _ in 0..200 {
        let (response, json) = browser.get(app, &format!("{job_page}/progress")).await;
        assert_eq!(response.status(), 200, "{json}");
        let update: serde_json::Value = serde_json::from_str(&json).unwrap();
        if update["running"] == false {
            return update;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the import did not end");
}

async fn administrator(app: &Router, db: &Db) -> (Browser, String) {
    create(db, "anna", Role::Administrator).await;
    let mut browser = signed_in(app, "anna").await;
    let csrf = browser.csrf(app, "/sv/account/statistics").await;
    (browser, csrf)
}

#[tokio::test]
async fn an_administrator_publishes_a_year_and_sees_its_full_figures() {
    let db = published_demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (mut browser, csrf) = administrator(&app, &db).await;

    let (response, _) = browser
        .post(
            &app,
            "/sv/account/statistics",
            &[("csrf", &csrf), ("scope", "year"), ("year", "2023")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let page = location(&response).to_string();
    assert!(
        page.starts_with("/sv/account/statistics/") && page.ends_with("?done=statistics-published"),
        "{page}"
    );

    let (response, html) = browser.get(&app, &page).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Statistiken är publicerad"));
    assert!(html.contains("Fullständiga siffror utan röjandeskydd"));
    assert!(!html.contains("&lt;5"), "the full figures hide nothing");

    // Omställarna had one JPG case in 2023: the staff see it, the public "<5".
    let level = page.replace("?done=statistics-published", "/level/jpg");
    let (response, html) = browser.get(&app, &level).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("Omställarna") && !html.contains("&lt;5"));
    let (_, public) = get(&app, "/sv/statistics/level/jpg?period=2023", &[]).await;
    assert!(public.contains("&lt;5"), "the public page stays suppressed");

    let (_, list) = browser.get(&app, "/sv/account/statistics").await;
    assert!(
        list.contains("Visas för allmänheten") && list.contains("Ersatt av en senare publicering")
    );
}

#[tokio::test]
async fn a_wrong_period_is_explained_and_publishes_nothing() {
    let db = published_demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (mut browser, csrf) = administrator(&app, &db).await;
    let before = server::stats::publish::snapshots(&db).await.unwrap().len();

    let (response, html) = browser
        .post(
            &app,
            "/sv/account/statistics",
            &[("csrf", &csrf), ("scope", "year"), ("year", "2031")],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        html.contains("Skriv ett år med fyra siffror, från 2000 till i år."),
        "{html}"
    );
    let (response, html) = browser
        .post(
            &app,
            "/sv/account/statistics",
            &[
                ("csrf", &csrf),
                ("scope", "range"),
                ("from", "2024-07-01"),
                ("to", "2024-06-30"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(html.contains("Periodens slut är före dess början."));
    assert!(
        html.contains(r#"value="2024-07-01""#),
        "what was typed is kept"
    );
    assert_eq!(
        server::stats::publish::snapshots(&db).await.unwrap().len(),
        before
    );
}

#[tokio::test]
async fn a_good_case_file_imports_in_the_background_with_progress() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (mut browser, csrf) = administrator(&app, &db).await;
    let before = case_count(&db).await;

    let file = format!(
        "{CASES_HEADER}\n\
         u-1,p-1,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0\n\
         u-2,p-2,M,2001,FAI1,cognix,2024-11-01,2025-01-31,2025-01-20,work,1\n"
    );
    let (response, _) = upload(&app, &browser, &csrf, "cases", &file).await;
    assert_eq!(response.status(), 303);
    let job_page = location(&response).to_string();
    assert!(
        job_page.starts_with("/sv/account/statistics/imports/"),
        "{job_page}"
    );

    let last = wait_for_import(&app, &mut browser, &job_page).await;
    assert_eq!(last["text"], "2 rader är importerade.");
    assert_eq!(case_count(&db).await, before + 2);

    let (response, html) = browser.get(&app, &job_page).await;
    assert_eq!(response.status(), 200);
    assert!(
        html.contains("Import av cases.csv"),
        "only the file's own name is shown"
    );
    assert!(html.contains("2 rader är importerade."));
    let (_, list) = browser.get(&app, "/sv/account/statistics").await;
    assert!(list.contains("cases.csv"));
}

#[tokio::test]
async fn a_file_with_problems_imports_nothing_and_lists_each_with_its_line() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (mut browser, csrf) = administrator(&app, &db).await;
    let before = case_count(&db).await;

    let file = format!(
        "{CASES_HEADER}\n\
         v-1,p-1,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0\n\
         v-2,p-2,X,1990,AMI2,nobody,2025-02-01,2026-01-31,,,0\n"
    );
    let (response, _) = upload(&app, &browser, &csrf, "cases", &file).await;
    let job_page = location(&response).to_string();
    let last = wait_for_import(&app, &mut browser, &job_page).await;
    assert_eq!(last["text"], "Filen har fel. Ingenting är importerat.");
    assert_eq!(
        case_count(&db).await,
        before,
        "nothing of the file was written"
    );

    let (_, html) = browser.get(&app, &job_page).await;
    assert!(
        html.contains("Kön är ”X”. Det ska vara K eller M."),
        "{html}"
    );
    assert!(html.contains("Ingen anordnare har id ”nobody”."));
    assert!(
        html.contains("<td>3</td><td>gender</td>"),
        "line and column"
    );
}

#[tokio::test]
async fn uploads_and_publishing_are_for_administrators_with_a_valid_form_only() {
    let db = demo_db().await;
    create(&db, "erik", editor_of("jobblotsen")).await;
    let app = portal(db.clone(), TODAY).await;
    let file =
        format!("{CASES_HEADER}\nw-1,p-1,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0\n");
    let before = case_count(&db).await;

    // The public: sent to sign in, and no progress either.
    let (response, _) = get(&app, "/sv/account/statistics", &[("accept", "text/html")]).await;
    assert_eq!(response.status(), 302);
    let (response, _) = get(&app, "/sv/account/statistics/imports/1/progress", &[]).await;
    assert_eq!(response.status(), 401);

    // A provider's editor: refused, whatever the form says.
    let mut editor = signed_in(&app, "erik").await;
    let (response, _) = editor.get(&app, "/sv/account/statistics").await;
    assert_eq!(response.status(), 403);
    let (_, account) = editor.get(&app, "/sv/account").await;
    let token = csrf_in(&account);
    let (response, _) = editor
        .post(
            &app,
            "/sv/account/statistics",
            &[("csrf", &token), ("scope", "year"), ("year", "2024")],
        )
        .await;
    assert_eq!(response.status(), 403);
    let (response, _) = upload(&app, &editor, &token, "cases", &file).await;
    assert_eq!(response.status(), 403);

    // An administrator's forged or expired form: nothing saved or started.
    let (mut admin, _) = administrator(&app, &db).await;
    let (response, html) = upload(&app, &admin, "forged", "cases", &file).await;
    assert_eq!(response.status(), 403);
    assert!(html.contains("Formuläret hade gått ut"), "{html}");
    let (response, _) = upload(&app, &admin, "", "cases", &file).await;
    assert_eq!(response.status(), 403);
    // A kind the page does not offer: explained, nothing saved or started.
    let token = admin.csrf(&app, "/sv/account/statistics").await;
    let (response, html) = upload(&app, &admin, &token, "payroll", &file).await;
    assert_eq!(response.status(), 422);
    assert!(html.contains("Välj vad filen innehåller."), "{html}");
    assert_eq!(case_count(&db).await, before);
    assert!(server::db::import_jobs::latest(&db, 10)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn the_upload_page_describes_every_column_in_every_language() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (mut browser, _) = administrator(&app, &db).await;
    for locale in domain::locale::Locale::ALL {
        let (response, html) = browser
            .get(&app, &format!("/{}/account/statistics", locale.slug()))
            .await;
        assert_eq!(response.status(), 200, "{locale:?}");
        assert!(
            !html.contains("README"),
            "{locale:?}: staff need no developer's file"
        );
        for column in import::cases::COLUMNS
            .iter()
            .chain(&import::survey::COLUMNS)
        {
            assert!(
                html.contains(&format!("<code>{column}</code>")),
                "{locale:?}: column {column} described"
            );
        }
        assert!(
            !html.contains("import-column-"),
            "{locale:?}: a message id shown raw"
        );
        // The lists come from the catalogue and the vocabularies the import checks.
        for code in ["AMI2", "work", "same_insats_other_provider", "lattlast"] {
            assert!(
                html.contains(code),
                "{locale:?}: the valid value {code} is listed"
            );
        }
        assert!(html.contains(&format!(
            "href=\"/{}/account/statistics/examples/cases.csv\"",
            locale.slug()
        )));
    }
}

#[tokio::test]
async fn the_example_files_import_as_they_are() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (mut browser, csrf) = administrator(&app, &db).await;
    for (kind, rows) in [
        ("cases", "3 rader är importerade."),
        ("survey", "2 rader är importerade."),
    ] {
        let (response, file) = browser
            .get(&app, &format!("/sv/account/statistics/examples/{kind}.csv"))
            .await;
        assert_eq!(response.status(), 200, "{file}");
        assert_eq!(
            response.headers()["content-type"],
            "text/csv; charset=utf-8"
        );
        assert!(response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains(&format!("{kind}-example.csv")));

        let (response, _) = upload(&app, &browser, &csrf, kind, &file).await;
        assert_eq!(response.status(), 303);
        let last = wait_for_import(&app, &mut browser, location(&response)).await;
        assert_eq!(last["text"], rows, "{kind}: {file}");
    }
}

#[tokio::test]
async fn example_files_are_for_administrators_and_only_of_the_kinds_offered() {
    let db = demo_db().await;
    create(&db, "erik", editor_of("jobblotsen")).await;
    let app = portal(db.clone(), TODAY).await;
    let (response, body) = get(&app, "/sv/account/statistics/examples/cases.csv", &[]).await;
    assert_eq!(response.status(), 403);
    assert!(!body.contains("case_id"));
    let mut editor = signed_in(&app, "erik").await;
    let (response, _) = editor
        .get(&app, "/sv/account/statistics/examples/cases.csv")
        .await;
    assert_eq!(response.status(), 403);
    let (mut admin, _) = administrator(&app, &db).await;
    for file in [
        "payroll.csv",
        "cases",
        "cases.csv.exe",
        "..%2Fcases.csv",
        "%00",
    ] {
        let (response, _) = admin
            .get(&app, &format!("/sv/account/statistics/examples/{file}"))
            .await;
        assert_eq!(response.status(), 404, "{file}");
    }
}
