//! Keeps the index in step with the database (see the module docs).

use std::sync::Arc;

use app::i18n::Localizer;
use tokio::sync::Mutex;

use super::{documents, ProviderIndex, SearchError, SearchHits};
use crate::{
    changes::ChangeWatch,
    db::{search_changes, Backend, Db, DbError},
};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error(transparent)]
    Index(#[from] SearchError),
}

/// The index together with what it needs to follow the database.
pub struct SearchService {
    db: Db,
    localizer: Arc<Localizer>,
    index: ProviderIndex,
    changes: Arc<ChangeWatch>,
    /// One catch-up at a time; searches that find work already done skip it.
    catching_up: Mutex<()>,
}

impl SearchService {
    /// Builds the index from the database.
    pub async fn start(
        db: Db,
        localizer: Arc<Localizer>,
        changes: Arc<ChangeWatch>,
    ) -> Result<Arc<SearchService>, SyncError> {
        let service = SearchService {
            index: ProviderIndex::new()?,
            changes,
            db,
            localizer,
            catching_up: Mutex::new(()),
        };
        // Read the log position first: a change made while loading is then
        // applied again by the next catch-up, which is harmless.
        let latest = search_changes::latest(&service.db).await?;
        let documents = documents::load_all(&service.db, &service.localizer).await?;
        service.index.rebuild(&documents, latest)?;
        tracing::info!(providers = documents.len(), "search index built");
        Ok(Arc::new(service))
    }

    /// Applies every change recorded since the index was last updated.
    pub async fn catch_up(&self) -> Result<(), SyncError> {
        if self.changes.current().await?.changes <= self.index.applied_change() {
            return Ok(());
        }
        let _guard = self.catching_up.lock().await;
        let (changed, newest) =
            search_changes::since(&self.db, self.index.applied_change()).await?;
        if changed.is_empty() {
            return Ok(());
        }
        let documents = documents::load_providers(&self.db, &self.localizer, &changed).await?;
        self.index.apply(&changed, &documents, Some(newest))?;
        tracing::debug!(providers = changed.len(), "search index caught up");
        Ok(())
    }

    /// Searches an index that has caught up with the database.
    pub async fn search(&self, text: &str) -> Result<SearchHits, SyncError> {
        self.catch_up().await?;
        Ok(self.index.search(text)?)
    }

    /// On PostgreSQL, listens for changes made by any instance: each one
    /// makes this instance read the public data's version again (see
    /// `crate::changes`) and the index catch up at once.
    pub fn follow_other_instances(self: &Arc<Self>, database_url: &str) {
        if self.db.backend() != Backend::Postgres {
            return;
        }
        let service = Arc::clone(self);
        let url = database_url.to_string();
        tokio::spawn(async move {
            loop {
                if let Err(error) = service.listen(&url).await {
                    tracing::warn!(%error, "search change listener lost its connection; retrying");
                }
                // Until it listens again, every request asks the database.
                service.changes.set_told_of_writes(false);
                tokio::time::sleep(std::time::Duration::from_secs(5)).await;
            }
        });
    }

    async fn listen(&self, url: &str) -> Result<(), SyncError> {
        let mut listener = sqlx::postgres::PgListener::connect(url)
            .await
            .map_err(DbError::from)?;
        listener
            .listen(search_changes::CHANNEL)
            .await
            .map_err(DbError::from)?;
        // Changes made while we were not listening.
        self.changes.set_told_of_writes(true);
        self.catch_up().await?;
        loop {
            // None: the connection was lost and made again, and notifications
            // sent meanwhile are gone; forgetting the version covers them too.
            if listener.try_recv().await.map_err(DbError::from)?.is_none() {
                tracing::warn!("search change listener reconnected");
            }
            self.changes.forget();
            if let Err(error) = self.catch_up().await {
                tracing::warn!(%error, "search index could not catch up");
            }
        }
    }
}
