//! What pages need from the server, as traits the server crate implements
//! and `app`'s pages call: SQL and files stay out of the pages.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::{
    error::AppError,
    locale::Locale,
    model::{
        statistics::{ImportJob, PublishedPeriod, StaffStatistics, StatisticsReport},
        AddressCorrection, EditableProfile, InvitationCheck, InvitationRow, KundvalSummary,
        LevelListing, ListingQuery, ProfileHistory, ProviderAdminRow, ProviderProfile, ReviewDiff,
        SignedIn, StaffOverview, VersionDetail,
    },
};

#[async_trait::async_trait]
pub trait Backend: Send + Sync + 'static {
    /// The date pages are built for: today, unless configuration pins it.
    fn today(&self) -> NaiveDate;

    /// Whether the database holds invented demonstration data (always said on every page).
    fn demonstration_data(&self) -> bool;

    /// The kundval offered on `on`, each with its levels.
    async fn catalogue(&self, on: NaiveDate) -> Result<Vec<KundvalSummary>, AppError>;

    /// A fresh seed for a visitor's neutral shuffle.
    fn new_seed(&self) -> String;

    /// One level with the providers authorized for it on `on`, searched,
    /// filtered and ordered as `query` asks.
    async fn level_listing(
        &self,
        code: &str,
        query: ListingQuery,
        on: NaiveDate,
    ) -> Result<LevelListing, AppError>;

    /// A provider's public profile, its presentation in `locale` if written.
    async fn provider_profile(
        &self,
        id: &str,
        locale: Locale,
        on: NaiveDate,
    ) -> Result<ProviderProfile, AppError>;

    /// The published statistics of the period `key` (`2023`, or
    /// `2023-01-01_2023-06-30`), else of the period that ends last; none
    /// when nothing is published, not found for an unknown period. Only
    /// ever the public figures: nothing here may serve the full ones.
    async fn published_statistics(
        &self,
        key: Option<&str>,
    ) -> Result<Option<PublishedStatistics>, AppError>;
}

/// A period's public statistics and every period published.
#[derive(Clone, Debug)]
pub struct PublishedStatistics {
    pub report: Arc<StatisticsReport>,
    /// The newest publication of each period, the period ending last first.
    pub periods: Vec<PublishedPeriod>,
}

/// What the signed-in pages read. Every method takes who is asking and
/// checks it itself: hiding a link in the page is never the only guard.
#[async_trait::async_trait]
pub trait Staff: Send + Sync + 'static {
    /// The editor's own provider's profile, as the edit form starts from it.
    async fn editable_profile(&self, who: &SignedIn) -> Result<EditableProfile, AppError>;

    /// Administrators: changes waiting for review and profiles gone stale.
    async fn overview(&self, who: &SignedIn) -> Result<StaffOverview, AppError>;

    /// Administrators: one pending change against the published profile.
    async fn review(&self, who: &SignedIn, version_id: i64) -> Result<ReviewDiff, AppError>;

    /// Administrators: every version of a provider's profile.
    async fn profile_history(
        &self,
        who: &SignedIn,
        provider_id: &str,
    ) -> Result<ProfileHistory, AppError>;

    /// Administrators: one version of a provider's profile, with what
    /// changed since the version before it.
    async fn profile_version(
        &self,
        who: &SignedIn,
        provider_id: &str,
        version_id: i64,
    ) -> Result<VersionDetail, AppError>;

    /// Administrators: a provider's published visiting addresses, to correct.
    async fn address_correction(
        &self,
        who: &SignedIn,
        provider_id: &str,
    ) -> Result<AddressCorrection, AppError>;

    /// Administrators: every provider with its authorizations.
    async fn providers(&self, who: &SignedIn) -> Result<Vec<ProviderAdminRow>, AppError>;

    /// Administrators: the invitations handed out.
    async fn invitations(&self, who: &SignedIn) -> Result<Vec<InvitationRow>, AppError>;

    /// Anyone holding an invitation link: whether it can still be used.
    async fn invitation(&self, token: &str) -> Result<InvitationCheck, AppError>;

    /// Administrators: every publication and the latest imports.
    async fn statistics(&self, who: &SignedIn) -> Result<StaffStatistics, AppError>;

    /// Administrators: a publication's full, unsuppressed figures (the
    /// quality report's view). The public never gets these.
    async fn full_statistics(
        &self,
        who: &SignedIn,
        publication_id: i64,
    ) -> Result<Arc<StatisticsReport>, AppError>;

    /// Administrators: an import started from the upload page.
    async fn import_job(&self, who: &SignedIn, job_id: i64) -> Result<ImportJob, AppError>;
}

pub type SharedStaff = Arc<dyn Staff>;

/// The backend as pages find it in context.
pub type SharedBackend = Arc<dyn Backend>;
