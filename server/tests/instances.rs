//! Several instances on one database: what one writes, the others show.
//! On PostgreSQL an instance hears of another's change by notification, at
//! once; the single SQLite instance asks again once its version is a
//! second old (for writes from outside it, such as the command line).

mod common;

use std::{sync::Arc, time::Duration};

use common::{fresh_db_url, locales_dir, publish_presentation_elsewhere, until};
use server::{
    changes::{ChangeWatch, RECHECK_AFTER},
    db::{Backend, Db},
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
    publish_presentation_elsewhere(
        &mut tx,
        other_instance.backend(),
        "jobblotsen",
        "Vi samarbetar med hovslagare.",
        "2025-03-01T00:00:00Z",
    )
    .await;
    tx.commit().await.unwrap();

    let within = match db.backend() {
        Backend::Postgres => RECHECK_AFTER / 2,
        Backend::Sqlite => RECHECK_AFTER + Duration::from_millis(500),
    };
    until(within, || async {
        let found = search.search("hovslagare").await.unwrap().provider_ids;
        found.contains("jobblotsen")
    })
    .await;
    assert!(changes.current().await.unwrap() > before);
}
