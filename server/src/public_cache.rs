//! What the public pages read, kept in memory between changes.
//!
//! The public data's version (see [`crate::changes`]) moves with every
//! change any instance makes to what the public sees. A page reads the
//! version once and takes the rest from memory while it is unchanged; once
//! it moves, everything cached is dropped. The memory is only a cache: a
//! restart starts empty.
//!
//! A value is loaded after the version was read, so it is at least as new
//! as that version; it is kept only while the version is the one read.

use std::{
    any::Any,
    collections::HashMap,
    future::Future,
    sync::{Arc, Mutex, MutexGuard},
};

use crate::{
    changes::{ChangeWatch, PublicVersion},
    db::DbError,
};

/// Values kept at most before the cache starts again: every level, profile
/// and locale on a few dates is far fewer.
const MAX_ENTRIES: usize = 4096;

/// Keys (built from addresses) longer than this are never kept, so odd
/// addresses cannot fill the memory.
const MAX_KEY_BYTES: usize = 160;

type Value = Arc<dyn Any + Send + Sync>;

pub struct PublicCache {
    changes: Arc<ChangeWatch>,
    entries: Mutex<Entries>,
}

#[derive(Default)]
struct Entries {
    version: PublicVersion,
    values: HashMap<String, Value>,
}

impl PublicCache {
    pub fn new(changes: Arc<ChangeWatch>) -> PublicCache {
        PublicCache {
            changes,
            entries: Mutex::new(Entries::default()),
        }
    }

    /// The version now: read once per page, before anything it shows.
    pub async fn version(&self) -> Result<PublicVersion, DbError> {
        self.changes.current().await
    }

    /// The value under `key` at `version`, loaded by `load` when not kept.
    pub async fn get<T, E, F, Fut>(
        &self,
        version: PublicVersion,
        key: String,
        load: F,
    ) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        if let Some(value) = self.kept(version, &key) {
            return Ok(value);
        }
        let value = Arc::new(load().await?);
        self.keep(version, key, value.clone());
        Ok(value)
    }

    fn lock(&self) -> MutexGuard<'_, Entries> {
        // A panic while holding the lock leaves a cache behind: start it again.
        self.entries.lock().unwrap_or_else(|poisoned| {
            let mut entries = poisoned.into_inner();
            entries.values.clear();
            entries
        })
    }

    fn kept<T: Send + Sync + 'static>(&self, version: PublicVersion, key: &str) -> Option<Arc<T>> {
        let entries = self.lock();
        if entries.version != version {
            return None;
        }
        entries.values.get(key)?.clone().downcast::<T>().ok()
    }

    fn keep(&self, version: PublicVersion, key: String, value: Value) {
        if key.len() > MAX_KEY_BYTES {
            return;
        }
        let mut entries = self.lock();
        if version > entries.version {
            entries.version = version;
            entries.values.clear();
        }
        if version == entries.version {
            if entries.values.len() >= MAX_ENTRIES {
                entries.values.clear();
            }
            entries.values.insert(key, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn cache() -> PublicCache {
        let db = crate::db::Db::connect("sqlite::memory:").await.unwrap();
        PublicCache::new(Arc::new(ChangeWatch::new(db)))
    }

    async fn load(cache: &PublicCache, changes: i64, key: &str, value: u32) -> u32 {
        let version = PublicVersion {
            changes,
            statistics: 0,
        };
        *cache
            .get(version, key.to_string(), || async {
                Ok::<_, DbError>(value)
            })
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_value_is_kept_until_the_version_moves() {
        let cache = cache().await;
        assert_eq!(load(&cache, 1, "a", 10).await, 10);
        assert_eq!(load(&cache, 1, "a", 11).await, 10, "kept");
        assert_eq!(
            load(&cache, 2, "a", 12).await,
            12,
            "a new version loads again"
        );
        assert_eq!(load(&cache, 2, "a", 13).await, 12);
    }

    #[tokio::test]
    async fn a_page_that_read_an_older_version_neither_gets_nor_leaves_a_value() {
        let cache = cache().await;
        assert_eq!(load(&cache, 5, "a", 50).await, 50);
        assert_eq!(
            load(&cache, 4, "a", 40).await,
            40,
            "loaded, not the newer value"
        );
        assert_eq!(load(&cache, 5, "a", 51).await, 50, "the newer value stays");
    }

    #[tokio::test]
    async fn long_keys_are_never_kept() {
        let cache = cache().await;
        let key = "x".repeat(MAX_KEY_BYTES + 1);
        assert_eq!(load(&cache, 1, &key, 1).await, 1);
        assert_eq!(load(&cache, 1, &key, 2).await, 2);
    }
}
