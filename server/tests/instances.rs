//! Several instances on one database: what one writes, the others show.
//! On PostgreSQL an instance hears of another's change by notification, at
//! once; the single SQLite instance asks again once its version is a
//! second old (for writes from outside it, such as the command line).

mod common;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use common::{fresh_db_url, locales_dir};
use server::{
    changes::{ChangeWatch, RECHECK_AFTER},
    db::{profiles, search_changes, Backend, Db},
    search::SearchService,
};

#[tokio::test]
async fn an_instance_follows_another_instances_profile_change() {
    let url = fresh_db_url().await;
    let db = Db::connect(&url).await.unwrap();
    server::demo::seed(&db, "2025-01-01T00:00:00Z")
        .await
        .unwrap();
    let localizer = Arc::new(server::locales::load(&locales_dir()).unwrap());
    let changes = Arc::new(ChangeWatch::new(db.clone()));
    let search = SearchService::start(db.clone(), localizer, changes.clone())
        .await
        .unwrap();
    search.follow_other_instances(&url);
    while !changes.told_of_writes() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // This instance now trusts the version it knows until told otherwise.
    let before = changes.current().await.unwrap();
    assert!(search
        .search("hovslagare")
        .await
        .unwrap()
        .provider_ids
        .is_empty());

    let other_instance = Db::connect(&url).await.unwrap();
    let mut tx = other_instance.pool().begin().await.unwrap();
    let content = profiles::ProfileContent {
        presentations: vec![("sv".into(), "Vi samarbetar med hovslagare.".into())],
        ..Default::default()
    };
    profiles::insert_published(
        &mut tx,
        "jobblotsen",
        &content,
        "test",
        "2025-03-01T00:00:00Z",
    )
    .await
    .unwrap();
    search_changes::record(
        &mut tx,
        other_instance.backend(),
        "jobblotsen",
        "2025-03-01T00:00:00Z",
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let within = match db.backend() {
        Backend::Postgres => RECHECK_AFTER / 2,
        Backend::Sqlite => RECHECK_AFTER + Duration::from_millis(500),
    };
    let deadline = Instant::now() + within;
    loop {
        let found = search.search("hovslagare").await.unwrap().provider_ids;
        if found.contains("jobblotsen") {
            break;
        }
        assert!(Instant::now() < deadline, "not followed within {within:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(changes.current().await.unwrap() > before);
}
