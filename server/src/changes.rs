//! How far the public data has changed, known without asking the database
//! on every request.
//!
//! Everything the public pages show changes through one of two logs: a
//! `search_change` row for a provider's profile, contact details or
//! authorization, a `statistics_snapshot` row for a publication. Their
//! newest ids together are the public data's version ([`PublicVersion`]);
//! the caches of public data and the search index follow it.
//!
//! An instance learns of a change three ways:
//! - its own writes: every request that is not a GET or HEAD forgets the
//!   known version when it ends (`http::forget_after_writes`), so the page
//!   after a form shows the change;
//! - other instances' writes: on PostgreSQL every change is announced on a
//!   channel, and a notification forgets the known version;
//! - anything else (a command-line publication beside a running server, a
//!   notification lost with its connection): the version is asked for again
//!   once it is [`RECHECK_AFTER`] old, and on every request while the
//!   PostgreSQL listener is not connected.

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        Mutex, MutexGuard,
    },
    time::{Duration, Instant},
};

use crate::db::{Backend, Db, DbError};

/// How long a known version is trusted without asking the database.
pub const RECHECK_AFTER: Duration = Duration::from_secs(1);

/// The public data's version: the newest ids of the two change logs.
/// Both only grow, so a later reading is never smaller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PublicVersion {
    pub changes: i64,
    pub statistics: i64,
}

pub struct ChangeWatch {
    db: Db,
    known: Mutex<Known>,
    /// Whether every write reaches this instance's notice: always for the
    /// single instance on SQLite, on PostgreSQL while the listener listens.
    told_of_writes: AtomicBool,
}

#[derive(Default)]
struct Known {
    version: Option<(PublicVersion, Instant)>,
    /// Counts forgettings, so a reading that began before one is not kept.
    forgotten: u64,
}

impl ChangeWatch {
    pub fn new(db: Db) -> ChangeWatch {
        ChangeWatch {
            told_of_writes: AtomicBool::new(db.backend() == Backend::Sqlite),
            db,
            known: Mutex::new(Known::default()),
        }
    }

    /// The public data's version now.
    pub async fn current(&self) -> Result<PublicVersion, DbError> {
        let forgotten = {
            let known = self.lock();
            if let Some((version, read_at)) = known.version {
                if self.told_of_writes() && read_at.elapsed() < RECHECK_AFTER {
                    return Ok(version);
                }
            }
            known.forgotten
        };
        let version = read(&self.db).await?;
        let mut known = self.lock();
        if known.forgotten == forgotten {
            known.version = Some((version, Instant::now()));
        }
        Ok(version)
    }

    /// Something may have changed: the next request asks the database.
    pub fn forget(&self) {
        let mut known = self.lock();
        known.version = None;
        known.forgotten += 1;
    }

    /// Whether notifications of other instances' writes arrive (PostgreSQL's
    /// listener sets this when it connects and clears it when it is lost).
    pub fn set_told_of_writes(&self, told: bool) {
        self.told_of_writes.store(told, Ordering::Release);
        self.forget();
    }

    pub fn told_of_writes(&self) -> bool {
        self.told_of_writes.load(Ordering::Acquire)
    }

    fn lock(&self) -> MutexGuard<'_, Known> {
        // Only a cache of one reading: a panic elsewhere leaves it usable.
        self.known
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Both logs' newest ids in one query.
async fn read(db: &Db) -> Result<PublicVersion, DbError> {
    let (changes, statistics): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM search_change),
                (SELECT COALESCE(MAX(id), 0) FROM statistics_snapshot)",
    )
    .fetch_one(db.pool())
    .await?;
    Ok(PublicVersion {
        changes,
        statistics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::search_changes;

    async fn watch() -> (Db, ChangeWatch) {
        let file = std::env::temp_dir().join(format!(
            "jamforaren-changes-{}.db",
            crate::accounts::tokens::new_token()
        ));
        let db = Db::connect(&format!("sqlite://{}?mode=rwc", file.display()))
            .await
            .unwrap();
        (db.clone(), ChangeWatch::new(db))
    }

    async fn record_change(db: &Db) {
        let mut conn = db.pool().acquire().await.unwrap();
        search_changes::record(&mut conn, db.backend(), "p", "2025-01-01T00:00:00Z")
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn a_change_shows_once_the_known_version_is_forgotten() {
        let (db, watch) = watch().await;
        let before = watch.current().await.unwrap();
        record_change(&db).await;
        assert_eq!(watch.current().await.unwrap(), before, "still trusted");
        watch.forget();
        assert!(watch.current().await.unwrap().changes > before.changes);
    }

    #[tokio::test]
    async fn without_notifications_every_reading_asks_the_database() {
        let (db, watch) = watch().await;
        watch.set_told_of_writes(false);
        let before = watch.current().await.unwrap();
        record_change(&db).await;
        assert!(watch.current().await.unwrap().changes > before.changes);
    }
}
