//! The server's side of [`domain::backend::Backend`]: what pages ask, answered
//! from the database and the search index.

use std::{collections::HashSet, sync::Arc};

use chrono::NaiveDate;
use domain::{
    backend::{Backend, Staff},
    error::AppError,
    locale::Locale,
    model::{
        statistics::{
            ImportJob, PublicationRow, ReportPeriod, StaffStatistics, StatisticsReport, Thresholds,
        },
        DefaultProvider, EditableProfile, InvitationCheck, InvitationRow, KundvalSummary,
        LevelListing, ListingQuery, ProfileHistory, ProviderAdminRow, ProviderProfile, ReviewDiff,
        SearchNotice, SignedIn, StaffOverview, VersionDetail,
    },
};

use crate::{
    accounts,
    changes::{ChangeWatch, PublicVersion},
    comparison::{facets, order, rotation},
    db::{catalogue, import_jobs, profiles, providers, Db, DbError},
    editorial::{history, require_administrator, review, EditorialError},
    import::jobs::{job_of, RunningImports},
    public_cache::PublicCache,
    search::SearchService,
    stats::{
        publish,
        published::{PublishedError, PublishedReports},
    },
};

pub struct Portal {
    db: Db,
    search: Arc<SearchService>,
    /// Fixed date for demonstrations and tests; today when none.
    today: Option<NaiveDate>,
    /// The first day of the default-provider rotation (004 §5.4.1).
    rotation_start: NaiveDate,
    demonstration_data: bool,
    /// Published statistics, read from their snapshots.
    statistics: PublishedReports,
    /// Imports this instance is reading.
    imports: Arc<RunningImports>,
    /// The public pages' data between changes.
    cache: PublicCache,
}

impl Portal {
    pub fn new(
        db: Db,
        changes: Arc<ChangeWatch>,
        search: Arc<SearchService>,
        today: Option<NaiveDate>,
        rotation_start: NaiveDate,
        demonstration_data: bool,
        imports: Arc<RunningImports>,
    ) -> Portal {
        Portal {
            imports,
            cache: PublicCache::new(changes),
            statistics: PublishedReports::new(db.clone()),
            db,
            search,
            today,
            rotation_start,
            demonstration_data,
        }
    }

    /// The default provider of a customer granted `level` (of `kundval`) on `on`.
    async fn default_provider(
        &self,
        version: PublicVersion,
        kundval: &str,
        level: &str,
        on: NaiveDate,
    ) -> Result<Option<DefaultProvider>, DbError> {
        let found = self
            .cache
            .get(version, format!("default:{level}:{on}"), || async {
                let entries = providers::rotation_entries(&self.db, kundval).await?;
                let Some((id, until)) =
                    rotation::level_default_until(&entries, self.rotation_start, level, on)
                else {
                    return Ok::<_, DbError>(None);
                };
                Ok(providers::summary(&self.db, &id)
                    .await?
                    .map(|provider| DefaultProvider {
                        provider,
                        until: until.map(|day| day.to_string()),
                    }))
            })
            .await?;
        Ok(Option::clone(&found))
    }

    async fn version(&self) -> Result<PublicVersion, AppError> {
        self.cache.version().await.map_err(unavailable)
    }
}

/// Failures reach the log with their cause; the reader gets a translated
/// "try again later".
fn unavailable(error: impl std::fmt::Display) -> AppError {
    tracing::error!(%error, "failure while rendering a page");
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

    fn new_seed(&self) -> String {
        order::new_seed()
    }

    async fn catalogue(&self, on: NaiveDate) -> Result<Vec<KundvalSummary>, AppError> {
        let version = self.version().await?;
        let offered = self
            .cache
            .get(version, format!("catalogue:{on}"), || async {
                let mut offered = catalogue::offered_on(&self.db, on).await?;
                for kundval in &mut offered {
                    for level in &kundval.levels {
                        if let Some(default) = self
                            .default_provider(version, &kundval.code, &level.code, on)
                            .await?
                        {
                            kundval.level_defaults.push((level.code.clone(), default));
                        }
                    }
                }
                Ok::<_, DbError>(offered)
            })
            .await
            .map_err(unavailable)?;
        Ok(Vec::clone(&offered))
    }

    async fn level_listing(
        &self,
        code: &str,
        mut query: ListingQuery,
        on: NaiveDate,
    ) -> Result<LevelListing, AppError> {
        let version = self.version().await?;
        let level = self
            .cache
            .get(version, format!("level:{code}:{on}"), || {
                catalogue::level(&self.db, code, on)
            })
            .await
            .map_err(unavailable)?;
        let level = Option::clone(&level).ok_or(AppError::NotFound)?;
        let authorized = self
            .cache
            .get(version, format!("cards:{}:{on}", level.code), || {
                profiles::cards_for_level(&self.db, &level.code, on)
            })
            .await
            .map_err(unavailable)?;
        let authorized = Vec::clone(&authorized);
        let authorized_count = authorized.len();

        let mut notice = None;
        let found: Option<HashSet<String>> = if query.search.trim().is_empty() {
            None
        } else {
            let hits = self
                .search
                .search(&query.search)
                .await
                .map_err(unavailable)?;
            if hits.shortened {
                notice = Some(SearchNotice::Shortened);
                query.search = query
                    .search
                    .chars()
                    .take(crate::search::MAX_QUERY_CHARS)
                    .collect();
            }
            (!hits.empty).then_some(hits.provider_ids)
        };
        let mut listed: Vec<_> = authorized
            .into_iter()
            .filter(|card| found.as_ref().is_none_or(|ids| ids.contains(&card.id)))
            .filter(|card| facets::matches(card, &query.filters))
            .collect();
        if query.start_place().is_none() {
            query.from = None;
        }
        let from = query.start_place().map(|place| place.point());
        order::sort(&mut listed, query.order, &query.seed, from);
        let facets = facets::facets(&listed, &query.filters);
        let default_provider = self
            .default_provider(version, &level.kundval_code, &level.code, on)
            .await
            .map_err(unavailable)?;
        Ok(LevelListing {
            level,
            authorized_count,
            providers: listed,
            facets,
            query,
            notice,
            default_provider,
        })
    }

    async fn provider_profile(
        &self,
        id: &str,
        locale: Locale,
        on: NaiveDate,
    ) -> Result<ProviderProfile, AppError> {
        let version = self.version().await?;
        let profile = self
            .cache
            .get(
                version,
                format!("profile:{id}:{}:{on}", locale.slug()),
                || profiles::public_profile(&self.db, id, locale.slug(), on),
            )
            .await
            .map_err(unavailable)?;
        Option::clone(&profile).ok_or(AppError::NotFound)
    }

    async fn published_statistics(
        &self,
        key: Option<&str>,
    ) -> Result<Option<domain::backend::PublishedStatistics>, AppError> {
        let version = self.version().await?;
        let published = self
            .cache
            .get(version, format!("statistics:{}", key.unwrap_or("")), || {
                self.statistics.get(key)
            })
            .await;
        match published {
            Ok(published) => Ok(Option::clone(&published)),
            Err(PublishedError::UnknownPeriod(_)) => Err(AppError::NotFound),
            Err(error) => Err(unavailable(error)),
        }
    }
}

/// Editorial failures as a page shows them; causes reach the log.
fn staff_error(error: EditorialError) -> AppError {
    match error {
        EditorialError::Forbidden => AppError::Forbidden,
        EditorialError::NotFound | EditorialError::AlreadyReviewed => AppError::NotFound,
        EditorialError::Invalid(_) => AppError::NotFound,
        EditorialError::Db(error) => unavailable(error),
    }
}

#[async_trait::async_trait]
impl Staff for Portal {
    async fn editable_profile(&self, who: &SignedIn) -> Result<EditableProfile, AppError> {
        review::editable_profile(&self.db, who, self.today())
            .await
            .map_err(staff_error)
    }

    async fn overview(&self, who: &SignedIn) -> Result<StaffOverview, AppError> {
        review::overview(&self.db, who, self.today())
            .await
            .map_err(staff_error)
    }

    async fn review(&self, who: &SignedIn, version_id: i64) -> Result<ReviewDiff, AppError> {
        review::diff(&self.db, who, version_id)
            .await
            .map_err(staff_error)
    }

    async fn profile_history(
        &self,
        who: &SignedIn,
        provider_id: &str,
    ) -> Result<ProfileHistory, AppError> {
        history::history(&self.db, who, provider_id)
            .await
            .map_err(staff_error)
    }

    async fn address_correction(
        &self,
        who: &SignedIn,
        provider_id: &str,
    ) -> Result<domain::model::AddressCorrection, AppError> {
        review::address_correction(&self.db, who, provider_id)
            .await
            .map_err(staff_error)
    }

    async fn profile_version(
        &self,
        who: &SignedIn,
        provider_id: &str,
        version_id: i64,
    ) -> Result<VersionDetail, AppError> {
        history::version(&self.db, who, provider_id, version_id)
            .await
            .map_err(staff_error)
    }

    async fn providers(&self, who: &SignedIn) -> Result<Vec<ProviderAdminRow>, AppError> {
        require_administrator(who).map_err(staff_error)?;
        providers::admin_rows(&self.db).await.map_err(unavailable)
    }

    async fn invitations(&self, who: &SignedIn) -> Result<Vec<InvitationRow>, AppError> {
        require_administrator(who).map_err(staff_error)?;
        accounts::invitations(&self.db, chrono::Utc::now())
            .await
            .map_err(unavailable)
    }

    async fn invitation(&self, token: &str) -> Result<InvitationCheck, AppError> {
        accounts::check_invitation(&self.db, token, chrono::Utc::now())
            .await
            .map_err(unavailable)
    }

    async fn statistics(&self, who: &SignedIn) -> Result<StaffStatistics, AppError> {
        require_administrator(who).map_err(staff_error)?;
        let all = publish::snapshots(&self.db).await.map_err(unavailable)?;
        let current: HashSet<i64> = publish::current(&all).iter().map(|s| s.id).collect();
        let publications = all
            .into_iter()
            .map(|s| PublicationRow {
                current: current.contains(&s.id),
                id: s.id,
                period: ReportPeriod {
                    from: s.period_from,
                    to: s.period_to,
                },
                published_at: s.published_at,
                published_by: s.published_by,
                thresholds: Thresholds {
                    min_count: s.min_count,
                    min_base: s.min_base,
                },
            })
            .collect();
        let now = chrono::Utc::now();
        let imports = import_jobs::latest(&self.db, 10)
            .await
            .map_err(unavailable)?
            .into_iter()
            .map(|row| job_of(row, &self.imports, now))
            .collect();
        let guides = crate::import::guide::guides(&self.db)
            .await
            .map_err(unavailable)?;
        Ok(StaffStatistics {
            publications,
            imports,
            guides,
        })
    }

    async fn full_statistics(
        &self,
        who: &SignedIn,
        publication_id: i64,
    ) -> Result<Arc<StatisticsReport>, AppError> {
        require_administrator(who).map_err(staff_error)?;
        publish::full_figures(&self.db, publication_id)
            .await
            .map_err(unavailable)?
            .map(Arc::new)
            .ok_or(AppError::NotFound)
    }

    async fn import_job(&self, who: &SignedIn, job_id: i64) -> Result<ImportJob, AppError> {
        require_administrator(who).map_err(staff_error)?;
        let row = import_jobs::get(&self.db, job_id)
            .await
            .map_err(unavailable)?
            .ok_or(AppError::NotFound)?;
        Ok(job_of(row, &self.imports, chrono::Utc::now()))
    }
}
