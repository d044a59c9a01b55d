//! Usernames cannot be told apart by timing: a sign-in runs one Argon2
//! verification whether the username exists or not. Counted, not timed; the
//! count is per process, so this is the only test in its binary.

mod common;

use common::{
    browser::{create, PASSWORD},
    demo_db,
};
use domain::model::Role;
use server::accounts;

#[tokio::test]
async fn an_unknown_username_and_a_wrong_password_each_cost_one_hash() {
    let db = demo_db().await;
    create(&db, "anna", Role::Administrator).await;
    let now = chrono::Utc::now();
    // Warm up: the first unknown username also makes the decoy hash.
    let _ = accounts::sign_in(&db, "warm-up", "some password!!", "192.0.2.50", now).await;
    let known =
        hashes_of(|| accounts::sign_in(&db, "anna", "wrong password!!", "192.0.2.51", now)).await;
    let unknown =
        hashes_of(|| accounts::sign_in(&db, "nobody", "wrong password!!", "192.0.2.52", now)).await;
    let right = hashes_of(|| accounts::sign_in(&db, "anna", PASSWORD, "192.0.2.53", now)).await;
    assert_eq!((known, unknown, right), (1, 1, 1));
    let overlong = "x".repeat(accounts::passwords::MAX_LENGTH + 1);
    let long = hashes_of(|| accounts::sign_in(&db, "anna", &overlong, "192.0.2.54", now)).await;
    assert_eq!(long, 0, "an over-long password is refused unhashed");
}

/// How many Argon2 verifications `sign_in` ran. The counter is global to
/// the process, which is why this test has a file (a test binary) of its own.
async fn hashes_of<F, Fut, T>(sign_in: F) -> u64
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let before = accounts::passwords::verifications();
    sign_in().await;
    accounts::passwords::verifications() - before
}
