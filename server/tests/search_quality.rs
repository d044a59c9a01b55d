//! The search-quality set (`search_quality.tsv`, see `server::search::quality`)
//! through the real search service on the demonstration database: every
//! case must pass. Prints the score (`-- --nocapture`).

mod common;

use std::sync::Arc;

use common::{demo_db, locales_dir};
use server::{
    changes::ChangeWatch,
    search::{quality, SearchService},
};

#[tokio::test]
async fn every_case_of_the_search_quality_set_passes() {
    let db = demo_db().await;
    let localizer = Arc::new(server::locales::load(&locales_dir()).unwrap());
    let changes = Arc::new(ChangeWatch::new(db.clone()));
    let search = SearchService::start(db, localizer, changes).await.unwrap();
    let outcomes = quality::run(&search).await.unwrap();
    let report = quality::report(&outcomes);
    println!("{report}");
    assert!(outcomes.iter().all(|o| o.passed()), "{report}");
}

#[tokio::test]
async fn the_set_is_as_large_as_promised_and_names_real_providers() {
    let cases = quality::cases();
    let swedish = cases.iter().filter(|c| c.locale == "sv").count();
    assert!(swedish >= 40, "{swedish} Swedish cases");
    assert!(
        cases.len() - swedish >= 10,
        "{} in other languages",
        cases.len() - swedish
    );
    // Every id the set names is a demonstration provider: a mistyped one
    // would make its "must not find" pass by never being found.
    let db = demo_db().await;
    let mut conn = db.pool().acquire().await.unwrap();
    let known = server::db::cases::provider_ids(&mut conn).await.unwrap();
    for case in &cases {
        assert!(!case.must_find.is_empty(), "{case:?}");
        for id in case.must_find.iter().chain(&case.must_not_find) {
            assert!(known.contains(id), "{id} in {case:?}");
        }
    }
}
