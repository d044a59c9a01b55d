//! Test support: a fresh database per test, on the backend the run is for.
//!
//! `JF_TEST_DATABASE_URL` chooses: a `postgres://…` URL runs every test on its
//! own new database on that server; anything else (or nothing) on a new
//! SQLite file.

#![allow(dead_code)]

pub mod browser;

use std::{
    path::PathBuf,
    sync::{atomic::AtomicUsize, atomic::Ordering, Arc},
};

use app::i18n::Localizer;
use axum::{body::Body, Router};
use chrono::NaiveDate;
use domain::backend::{SharedBackend, SharedStaff};
use http::{Request, Response};
use http_body_util::BodyExt;
use server::{
    db::Db,
    http::{router, AppState},
    portal::Portal,
    search::SearchService,
};
use tower::ServiceExt;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "jf_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        nanos
    )
}

/// The URL of a new, empty database (not yet migrated).
pub async fn fresh_db_url() -> String {
    let configured = std::env::var("JF_TEST_DATABASE_URL").unwrap_or_default();
    let url = if configured.starts_with("postgres") {
        sqlx::any::install_default_drivers();
        let admin = sqlx::AnyPool::connect(&configured)
            .await
            .expect("the test PostgreSQL server is reachable");
        let name = unique_name();
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .expect("a test database can be created");
        admin.close().await;
        let base = configured.rsplit_once('/').unwrap().0;
        format!("{base}/{name}")
    } else {
        let path = std::env::temp_dir().join(format!("{}.db", unique_name()));
        format!("sqlite://{}?mode=rwc", path.display())
    };
    url
}

/// A new, migrated, empty database.
pub async fn fresh_db() -> Db {
    Db::connect(&fresh_db_url().await)
        .await
        .expect("the test database opens")
}

/// A fresh database with the demonstration data.
pub async fn demo_db() -> Db {
    let db = fresh_db().await;
    assert!(server::demo::seed(&db, "2025-01-01T00:00:00Z")
        .await
        .unwrap());
    db
}

/// How many profile versions are stored: a rejected form must leave it as it was.
pub async fn version_count(db: &Db) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM profile_version")
        .fetch_one(db.pool())
        .await
        .unwrap()
}

/// A fresh database with the demonstration data and its 2023 and 2024
/// statistics published with the default disclosure rules.
pub async fn published_demo_db() -> Db {
    with_demo_publications(server::stats::disclosure::DisclosureRules::default()).await
}

/// A fresh database with the demonstration data published without
/// disclosure control: the small data then shows shares of every size.
pub async fn published_without_disclosure_control() -> Db {
    with_demo_publications(server::stats::disclosure::DisclosureRules::NONE).await
}

/// A stored publication, as read back to be stored again.
struct StoredPublication {
    row: server::db::snapshots::SnapshotRow,
    public_figures: String,
    full_figures: String,
}

/// The demonstration's publications under each set of rules, made once per
/// test binary by the real publishing path: the same cases and rules give
/// the same figures, and publishing them takes seconds per test.
static DEMO_PUBLICATIONS: std::sync::Mutex<
    Vec<(
        server::stats::disclosure::DisclosureRules,
        Arc<Vec<StoredPublication>>,
    )>,
> = std::sync::Mutex::new(Vec::new());

async fn with_demo_publications(rules: server::stats::disclosure::DisclosureRules) -> Db {
    use server::db::snapshots;
    let db = demo_db().await;
    let made = DEMO_PUBLICATIONS
        .lock()
        .unwrap()
        .iter()
        .find(|(r, _)| *r == rules)
        .map(|(_, stored)| stored.clone());
    let Some(stored) = made else {
        server::demo::publish(&db, &rules, "2025-01-02T08:00:00Z")
            .await
            .unwrap();
        let mut stored = Vec::new();
        // Oldest first: stored again in the order they were published.
        for row in snapshots::list(&db).await.unwrap().into_iter().rev() {
            stored.push(StoredPublication {
                public_figures: snapshots::public_figures(&db, row.id)
                    .await
                    .unwrap()
                    .unwrap(),
                full_figures: snapshots::full_figures(&db, row.id).await.unwrap().unwrap(),
                row,
            });
        }
        DEMO_PUBLICATIONS
            .lock()
            .unwrap()
            .push((rules, Arc::new(stored)));
        return db;
    };
    let mut conn = db.pool().acquire().await.unwrap();
    for publication in stored.iter() {
        let row = &publication.row;
        snapshots::insert(
            &mut conn,
            &snapshots::NewSnapshot {
                period_from: &row.period_from,
                period_to: &row.period_to,
                published_at: &row.published_at,
                published_by: &row.published_by,
                min_count: row.min_count,
                min_base: row.min_base,
                public_figures: &publication.public_figures,
                full_figures: &publication.full_figures,
            },
        )
        .await
        .unwrap();
    }
    drop(conn);
    db
}

pub fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The public address the test portal is configured with.
pub const PUBLIC_URL: &str = "https://jamforaren.example.se";

/// The portal's router on `db`, building pages for `today`.
pub async fn portal(db: Db, today: &str) -> Router {
    portal_hearing_others(db, today, None).await
}

/// One of several portal instances on the database at `url`: on PostgreSQL
/// it listens for the others' changes, as `server serve` does, and is
/// returned once it hears them.
pub async fn instance(url: &str, today: &str) -> Router {
    let db = Db::connect(url).await.expect("the test database opens");
    portal_hearing_others(db, today, Some(url)).await
}

async fn portal_hearing_others(db: Db, today: &str, listen_at: Option<&str>) -> Router {
    let localizer: Arc<Localizer> = Arc::new(server::locales::load(&locales_dir()).unwrap());
    let changes = Arc::new(server::changes::ChangeWatch::new(db.clone()));
    let search = SearchService::start(db.clone(), localizer.clone(), changes.clone())
        .await
        .unwrap();
    if let Some(url) = listen_at {
        search.follow_other_instances(url);
        while !changes.told_of_writes() {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
    let imports = Arc::new(server::import::jobs::RunningImports::default());
    let portal = Arc::new(Portal::new(
        db.clone(),
        changes.clone(),
        search,
        Some(date(today)),
        date("2024-01-01"),
        true,
        imports.clone(),
    ));
    let backend: SharedBackend = portal.clone();
    let staff: SharedStaff = portal;
    router(AppState {
        leptos_options: leptos::config::LeptosOptions::builder()
            .output_name("jamforaren")
            .site_root("target/site")
            .build(),
        db,
        backend,
        staff,
        localizer,
        security: server::http::SecurityConfig::default(),
        imports,
        disclosure: server::stats::disclosure::DisclosureRules::default(),
        changes,
        public_url: domain::model::PublicUrl::parse(PUBLIC_URL).unwrap(),
        uploads: server::import::uploads::UploadDir::open(
            &std::env::temp_dir().join(format!("{}-uploads", unique_name())),
        )
        .unwrap(),
    })
}

/// A GET request's status, headers and body text.
pub async fn get(app: &Router, uri: &str, headers: &[(&str, &str)]) -> (Response<()>, String) {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        Response::from_parts(parts, ()),
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// Publishes `text` as `provider`'s Swedish presentation straight in the
/// database, the way every public change is written: with its change row,
/// in the caller's transaction. To the portal under test this is a change
/// another instance made.
pub async fn publish_presentation_elsewhere(
    conn: &mut sqlx::AnyConnection,
    backend: server::db::Backend,
    provider: &str,
    text: &str,
    at: &str,
) {
    let content = server::db::profiles::ProfileContent {
        presentations: vec![("sv".into(), text.into())],
        ..Default::default()
    };
    server::db::profiles::insert_published(conn, provider, &content, "test", at)
        .await
        .unwrap();
    server::db::search_changes::record(conn, backend, provider, at)
        .await
        .unwrap();
}

/// Waits until `shown` holds, failing after `within`.
pub async fn until<F, Fut>(within: std::time::Duration, shown: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = std::time::Instant::now() + within;
    while !shown().await {
        assert!(
            std::time::Instant::now() < deadline,
            "not shown within {within:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// An address carrying markup, for pages that must not echo it.
pub const SCRIPT_IN_ADDRESS: &str = "%3Cscript%3Ealert(1)%3C/script%3E";

/// That `html`, answered to [`SCRIPT_IN_ADDRESS`], has no script but the
/// ones every page has (those of `plain`, any other page) and no markup
/// from the address.
pub fn assert_no_script_from_the_address(html: &str, plain: &str) {
    let scripts = server::http::security::inline_scripts;
    assert_eq!(scripts(html), scripts(plain), "no script from the address");
    assert!(!html.contains("alert(1)</script>"));
}
