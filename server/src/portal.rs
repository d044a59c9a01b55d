//! The server's side of [`app::backend::Backend`]: what pages ask, answered
//! from the database.

use app::{
    backend::Backend,
    error::AppError,
    model::{KundvalSummary, LevelPage},
};
use chrono::NaiveDate;

use crate::db::{catalogue, providers, Db, DbError};

pub struct Portal {
    db: Db,
    /// Fixed date for demonstrations and tests; today when none.
    today: Option<NaiveDate>,
    demonstration_data: bool,
}

impl Portal {
    pub fn new(db: Db, today: Option<NaiveDate>, demonstration_data: bool) -> Portal {
        Portal {
            db,
            today,
            demonstration_data,
        }
    }
}

/// Database failures reach the log with their cause; the reader gets a
/// translated "try again later".
fn unavailable(error: DbError) -> AppError {
    tracing::error!(%error, "database error while rendering a page");
    AppError::Unavailable
}

#[async_trait::async_trait]
impl Backend for Portal {
    fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    fn demonstration_data(&self) -> bool {
        self.demonstration_data
    }

    async fn catalogue(&self, on: NaiveDate) -> Result<Vec<KundvalSummary>, AppError> {
        catalogue::offered_on(&self.db, on)
            .await
            .map_err(unavailable)
    }

    async fn level_page(&self, code: &str, on: NaiveDate) -> Result<LevelPage, AppError> {
        let level = catalogue::level(&self.db, code, on)
            .await
            .map_err(unavailable)?
            .ok_or(AppError::NotFound)?;
        let providers = providers::authorized_for(&self.db, &level.code, on)
            .await
            .map_err(unavailable)?;
        Ok(LevelPage { level, providers })
    }
}
