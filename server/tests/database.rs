//! The database layer on either backend: migrations, catalogue, authorizations.

mod common;

use common::{date, demo_db, fresh_db, fresh_db_url};
use server::db::{catalogue, providers, Backend, Db, DbError};

#[tokio::test]
async fn migrations_create_the_2024_catalogue() {
    let db = fresh_db().await;
    let offered = catalogue::offered_on(&db, date("2025-03-14"))
        .await
        .unwrap();
    let summary: Vec<(String, Vec<String>)> = offered
        .into_iter()
        .map(|k| (k.code, k.levels.into_iter().map(|l| l.code).collect()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "FAI".to_string(),
                vec!["FAI1".to_string(), "FAI2".to_string()]
            ),
            (
                "AMI".to_string(),
                vec!["AMI1".to_string(), "AMI2".to_string()]
            ),
            (
                "ISA".to_string(),
                vec!["ISA1".to_string(), "ISA2".to_string()]
            ),
        ]
    );
}

#[tokio::test]
async fn the_old_interventions_are_offered_until_mid_2024() {
    let db = fresh_db().await;
    let in_2023 = catalogue::offered_on(&db, date("2023-06-01"))
        .await
        .unwrap();
    assert_eq!(in_2023.len(), 1);
    assert_eq!(in_2023[0].code, "KAA");
    let codes: Vec<_> = in_2023[0].levels.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["JPG", "FJP", "SAI"]);

    let overlap = catalogue::offered_on(&db, date("2024-06-30"))
        .await
        .unwrap();
    assert_eq!(
        overlap.len(),
        4,
        "old and new overlap in the first half of 2024"
    );
    let after = catalogue::level(&db, "JPG", date("2024-07-01"))
        .await
        .unwrap()
        .unwrap();
    assert!(!after.offered);
}

#[tokio::test]
async fn migrating_twice_changes_nothing() {
    let url = fresh_db_url().await;
    let first = Db::connect(&url).await.unwrap();
    first.close().await;
    // Connecting again runs the migrator again on the same database.
    let second = Db::connect(&url).await.unwrap();
    let levels: usize = catalogue::offered_on(&second, date("2025-01-01"))
        .await
        .unwrap()
        .iter()
        .map(|k| k.levels.len())
        .sum();
    assert_eq!(levels, 6);
}

#[tokio::test]
async fn providers_are_listed_only_while_authorized() {
    let db = demo_db().await;
    let names = |list: Vec<domain::model::ProviderSummary>| {
        list.into_iter().map(|p| p.name).collect::<Vec<_>>()
    };
    // TrimTab held the old interventions until it was de-authorized at the end of 2023.
    let jpg_2023 = names(
        providers::authorized_for(&db, "JPG", date("2023-12-31"))
            .await
            .unwrap(),
    );
    assert!(jpg_2023.contains(&"TrimTab AB".to_string()));
    let jpg_2024 = names(
        providers::authorized_for(&db, "JPG", date("2024-01-01"))
            .await
            .unwrap(),
    );
    assert!(!jpg_2024.contains(&"TrimTab AB".to_string()));
    assert!(jpg_2024.contains(&"Arbetsmarknadsgruppen".to_string()));

    // Authorizations start on their date, not before.
    let mut conn = db.pool().acquire().await.unwrap();
    providers::authorize(
        &mut conn,
        "trimtab",
        "AMI1",
        date("2025-05-01"),
        Some(date("2025-05-31")),
    )
    .await
    .unwrap();
    drop(conn);
    for (day, listed) in [
        ("2025-04-30", false),
        ("2025-05-01", true),
        ("2025-05-31", true),
        ("2025-06-01", false),
    ] {
        let ami1 = names(
            providers::authorized_for(&db, "AMI1", date(day))
                .await
                .unwrap(),
        );
        assert_eq!(ami1.contains(&"TrimTab AB".to_string()), listed, "on {day}");
    }
}

#[tokio::test]
async fn provider_counts_follow_the_authorizations() {
    let db = demo_db().await;
    let catalogue = catalogue::offered_on(&db, date("2025-03-14"))
        .await
        .unwrap();
    for kundval in &catalogue {
        for level in &kundval.levels {
            let listed = providers::authorized_for(&db, &level.code, date("2025-03-14"))
                .await
                .unwrap();
            assert_eq!(level.provider_count, listed.len() as i64, "{}", level.code);
            assert!(
                level.provider_count > 0,
                "{} has providers in the demo",
                level.code
            );
        }
    }
}

#[tokio::test]
async fn the_demonstration_data_loads_once() {
    let db = demo_db().await;
    assert_eq!(providers::count(&db).await.unwrap(), 14);
    assert!(!server::demo::seed(&db, "2025-01-02T00:00:00Z")
        .await
        .unwrap());
    assert_eq!(providers::count(&db).await.unwrap(), 14);
}

#[tokio::test]
async fn an_unreachable_database_is_named_in_the_error() {
    let error = Db::connect("postgres://jf:secret@127.0.0.1:1/jf")
        .await
        .expect_err("nothing listens on port 1");
    let message = error.to_string();
    assert!(matches!(error, DbError::Connect { .. }));
    assert!(message.contains("127.0.0.1:1"), "{message}");
    assert!(!message.contains("secret"), "{message}");
}

#[tokio::test]
async fn an_unknown_database_scheme_is_refused() {
    let error = Db::connect("mysql://localhost/jf")
        .await
        .expect_err("not supported");
    assert!(matches!(error, DbError::UnsupportedUrl(_)));
}

/// The checksums each backend's migrations had when they were two copies
/// (`tests/fixtures/migration_checksums.txt`, written then): a database
/// migrated before the copies were merged must still validate.
#[test]
fn migrations_written_once_match_what_each_backend_ran_before() {
    let fixture = include_str!("fixtures/migration_checksums.txt");
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let name = match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        };
        let expected: Vec<(i64, &str)> = fixture
            .lines()
            .filter_map(|line| {
                let mut fields = line.split(' ');
                (fields.next()? == name)
                    .then(|| Some((fields.next()?.parse().ok()?, fields.next()?)))?
            })
            .collect();
        let migrations = server::db::migrations(backend);
        for (version, checksum) in &expected {
            let migration = migrations
                .iter()
                .find(|m| m.version == *version)
                .unwrap_or_else(|| panic!("{name} {version} is gone"));
            let hex: String = migration
                .checksum
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(&hex, checksum, "{name} {version} {}", migration.description);
        }
        assert!(
            expected.len() >= 12,
            "{name}: the fixture lists every migration"
        );
        for migration in &migrations {
            assert!(
                !migration.sql.contains("{{"),
                "{name} {} unfilled",
                migration.version
            );
        }
    }
}

#[tokio::test]
async fn the_database_records_the_checksums_of_the_migrations_written_once() {
    let db = fresh_db().await;
    let stored: Vec<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations ORDER BY version")
            .fetch_all(db.pool())
            .await
            .unwrap();
    let migrations = server::db::migrations(db.backend());
    assert_eq!(stored.len(), migrations.len());
    for ((version, checksum), migration) in stored.iter().zip(&migrations) {
        assert_eq!(*version, migration.version);
        assert_eq!(checksum.as_slice(), &*migration.checksum, "{version}");
    }
}
