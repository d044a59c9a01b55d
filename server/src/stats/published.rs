//! The published statistics as pages read them: the newest snapshot of
//! each period, its public figures parsed once per snapshot and kept.
//!
//! Each call asks the database which snapshots exist (a small query
//! without figures); the portal keeps the answer in its public cache until
//! the public data's version moves (a publication moves it). A snapshot
//! never changes, so its parsed figures are kept across versions.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use domain::{
    backend::PublishedStatistics,
    model::statistics::{PublishedPeriod, ReportPeriod, StatisticsReport},
};

use super::publish::{self, PublishError};
use crate::db::Db;

/// Parsed reports kept at most: every period a site publishes, for years.
const CACHED_REPORTS: usize = 32;

pub struct PublishedReports {
    db: Db,
    parsed: Mutex<HashMap<i64, Arc<StatisticsReport>>>,
}

#[derive(Debug, thiserror::Error)]
pub enum PublishedError {
    #[error("no statistics are published for the period {0}")]
    UnknownPeriod(String),
    #[error(transparent)]
    Publish(#[from] PublishError),
}

impl PublishedReports {
    pub fn new(db: Db) -> PublishedReports {
        PublishedReports {
            db,
            parsed: Mutex::new(HashMap::new()),
        }
    }

    /// The public report of the period `key`, else of the period that ends
    /// last; none when nothing is published.
    pub async fn get(
        &self,
        key: Option<&str>,
    ) -> Result<Option<PublishedStatistics>, PublishedError> {
        let all = publish::snapshots(&self.db)
            .await
            .map_err(PublishError::from)?;
        let current = publish::current(&all);
        let periods: Vec<PublishedPeriod> = current
            .iter()
            .map(|s| PublishedPeriod {
                period: ReportPeriod {
                    from: s.period_from.clone(),
                    to: s.period_to.clone(),
                },
                published_at: s.published_at.clone(),
            })
            .collect();
        let chosen = match key {
            None => current.first().copied(),
            Some(key) => Some(
                current
                    .iter()
                    .zip(&periods)
                    .find(|(_, p)| p.period.key() == key)
                    .map(|(s, _)| *s)
                    .ok_or_else(|| PublishedError::UnknownPeriod(key.to_string()))?,
            ),
        };
        let Some(snapshot) = chosen else {
            return Ok(None);
        };
        let cached = self.lock().get(&snapshot.id).cloned();
        let report = match cached {
            Some(report) => report,
            None => {
                let report = publish::public_figures(&self.db, snapshot.id)
                    .await?
                    .map(Arc::new)
                    .ok_or_else(|| PublishedError::UnknownPeriod(format!("#{}", snapshot.id)))?;
                let mut parsed = self.lock();
                if parsed.len() >= CACHED_REPORTS {
                    parsed.clear();
                }
                parsed.insert(snapshot.id, report.clone());
                report
            }
        };
        Ok(Some(PublishedStatistics { report, periods }))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Arc<StatisticsReport>>> {
        // A panic while holding the lock leaves only a cache behind: use it.
        self.parsed.lock().unwrap_or_else(|e| e.into_inner())
    }
}
