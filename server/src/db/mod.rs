//! The database: one pool, migrations, and one module per aggregate.
//!
//! The same queries run on SQLite (the embedded default) and PostgreSQL
//! (production) through `sqlx::Any`: `$1` placeholders, which both accept,
//! and dates as ISO text. Migrations are written once for both (see
//! [`migrations`]).

pub mod accounts;
pub mod cases;
pub mod catalogue;
pub mod import_jobs;
pub mod profiles;
pub mod providers;
pub mod search_changes;
pub mod settings;
pub mod snapshots;
pub mod survey;

use std::{borrow::Cow, path::Path, str::FromStr, time::Duration};

use sqlx::{
    any::{install_default_drivers, AnyPoolOptions},
    migrate::{MigrateError, Migration, Migrator},
    AnyPool,
};

/// Which database server a URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// A migration's SQL for this backend: its placeholders filled in.
    fn fill(self, sql: &str) -> String {
        let (integer, identity, name) = match self {
            Backend::Sqlite => ("INTEGER", "INTEGER PRIMARY KEY AUTOINCREMENT", "SQLite"),
            Backend::Postgres => (
                "BIGINT",
                "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
                "PostgreSQL",
            ),
        };
        sql.replace("{{identity}}", identity)
            .replace("{{integer}}", integer)
            .replace("{{backend}}", name)
    }

    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// The migrations as `backend` runs them. Each is written once
/// (`server/migrations/`); the few words the two backends' SQL must differ
/// in are placeholders filled in here: `{{integer}}` (64-bit on both),
/// `{{identity}}` (a generated 64-bit primary key) and `{{backend}}` (its
/// name, in comments). What is filled in is byte for byte what each
/// backend's own copy held before the copies were merged, so a database
/// migrated then still matches its checksums (`tests/database.rs`).
pub fn migrations(backend: Backend) -> Vec<Migration> {
    // The default folder: `server/migrations`.
    sqlx::migrate!()
        .migrations
        .iter()
        .map(|migration| {
            Migration::new(
                migration.version,
                migration.description.clone(),
                migration.migration_type,
                Cow::Owned(backend.fill(&migration.sql)),
                migration.no_tx,
            )
        })
        .collect()
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("DATABASE_URL {0} is neither sqlite: nor postgres:")]
    UnsupportedUrl(String),
    #[error("cannot open the database at {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("cannot create the folder for the SQLite database {path}: {source}")]
    CreateFolder {
        path: String,
        source: std::io::Error,
    },
    #[error("database migration failed: {0}")]
    Migrate(#[from] MigrateError),
    #[error("database query failed: {0}")]
    Query(#[from] sqlx::Error),
}

/// A date stored as ISO text (`2025-03-14`, or the date part of a timestamp
/// such as `2025-03-14T09:30:00Z`); anything else is a database error.
pub(crate) fn stored_date(text: &str) -> Result<chrono::NaiveDate, DbError> {
    text.get(..10)
        .unwrap_or(text)
        .parse()
        .map_err(|e| DbError::Query(sqlx::Error::Decode(Box::new(e))))
}

/// The connection pool and which backend it talks to.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

impl Db {
    /// Opens the database named by `url`, creating a SQLite file (and its
    /// folder) when missing, and applies every pending migration.
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        install_default_drivers();
        let backend =
            Backend::of_url(url).ok_or_else(|| DbError::UnsupportedUrl(redact_password(url)))?;
        if backend == Backend::Sqlite {
            create_sqlite_folder(url)?;
        }
        // Every connection to an in-memory SQLite database opens a database
        // of its own, gone when it closes: one connection, kept open, or the
        // tables would be on another.
        let in_memory =
            backend == Backend::Sqlite && (url.contains(":memory:") || url.contains("mode=memory"));
        let options = match backend {
            Backend::Sqlite if in_memory => AnyPoolOptions::new()
                .max_connections(1)
                .idle_timeout(None)
                .max_lifetime(None),
            Backend::Sqlite => AnyPoolOptions::new().max_connections(8),
            Backend::Postgres => AnyPoolOptions::new().max_connections(16),
        };
        let pool = options
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(|source| DbError::Connect {
                url: redact_password(url),
                source,
            })?;
        let db = Db { pool, backend };
        if backend == Backend::Sqlite {
            // Readers never wait for a writer; the setting stays with the file.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&db.pool)
                .await?;
        }
        db.migrate().await?;
        catalogue::write_definition(&db).await?;
        Ok(db)
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies every pending migration, in version order.
    async fn migrate(&self) -> Result<(), MigrateError> {
        let migrator = Migrator {
            migrations: Cow::Owned(migrations(self.backend)),
            ..Migrator::DEFAULT
        };
        migrator.run(&self.pool).await
    }

    /// A cheap round trip, for the health check.
    pub async fn ping(&self) -> Result<(), DbError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for logs and errors.
pub fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let Some((credentials, host)) = rest.split_once('@') else {
        return url.to_string();
    };
    match credentials.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

fn create_sqlite_folder(url: &str) -> Result<(), DbError> {
    let options =
        sqlx::sqlite::SqliteConnectOptions::from_str(url).map_err(|source| DbError::Connect {
            url: url.to_string(),
            source,
        })?;
    let Some(folder) = Path::new(options.get_filename()).parent() else {
        return Ok(());
    };
    if folder.as_os_str().is_empty() || folder.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(folder).map_err(|source| DbError::CreateFolder {
        path: folder.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_the_log() {
        assert_eq!(
            redact_password("postgres://jf:secret@db.example/jf"),
            "postgres://jf:***@db.example/jf"
        );
        assert_eq!(redact_password("sqlite://data/j.db"), "sqlite://data/j.db");
    }

    #[test]
    fn the_backend_follows_the_url_scheme() {
        assert_eq!(Backend::of_url("sqlite://x.db"), Some(Backend::Sqlite));
        assert_eq!(
            Backend::of_url("postgresql://h/db"),
            Some(Backend::Postgres)
        );
        assert_eq!(Backend::of_url("mysql://h/db"), None);
    }
}
