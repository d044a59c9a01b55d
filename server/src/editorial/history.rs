//! A provider's profile history, for administrators: every version kept,
//! who submitted and reviewed it, and what each changed.

use domain::model::{ProfileHistory, SignedIn, VersionDetail, VersionRow, VersionState};

use super::{
    diff::{self, Contact},
    require_administrator, validation, EditorialError,
};
use crate::db::{
    profiles::{self, HistoryEntry, ProfileContent, VersionStatus},
    providers, Db,
};

fn row_of(entry: &HistoryEntry) -> VersionRow {
    let info = &entry.info;
    let state = match info.status {
        VersionStatus::Pending if entry.superseded => VersionState::Superseded,
        VersionStatus::Pending => VersionState::Pending,
        VersionStatus::Returned => VersionState::Returned,
        // Contact details and loaded data are "reviewed" by whoever wrote
        // them, in the same moment: nobody else looked at them.
        VersionStatus::Published
            if info.reviewed_at.as_deref() == Some(info.created_at.as_str())
                && entry.reviewed_by == info.created_by =>
        {
            VersionState::PublishedAtOnce
        }
        VersionStatus::Published => VersionState::Published,
    };
    VersionRow {
        id: info.id,
        state,
        submitted_at: info.created_at.clone(),
        submitted_by: info.created_by.clone().unwrap_or_default(),
        reviewed_at: info.reviewed_at.clone(),
        reviewed_by: entry.reviewed_by.clone(),
        comment: info.review_comment.clone(),
    }
}

/// Every version of the provider's profile, newest first.
pub async fn history(
    db: &Db,
    who: &SignedIn,
    provider_id: &str,
) -> Result<ProfileHistory, EditorialError> {
    require_administrator(who)?;
    let provider = providers::summary(db, provider_id)
        .await?
        .ok_or(EditorialError::NotFound)?;
    let mut conn = db.pool().acquire().await?;
    let versions = profiles::history(&mut conn, provider_id)
        .await?
        .iter()
        .map(row_of)
        .collect();
    Ok(ProfileHistory {
        provider_id: provider.id,
        provider_name: provider.name,
        versions,
    })
}

/// One version of the provider's profile and what changed since the one
/// before it; not found unless it is in this provider's history.
pub async fn version(
    db: &Db,
    who: &SignedIn,
    provider_id: &str,
    version_id: i64,
) -> Result<VersionDetail, EditorialError> {
    require_administrator(who)?;
    let provider = providers::summary(db, provider_id)
        .await?
        .ok_or(EditorialError::NotFound)?;
    let mut conn = db.pool().acquire().await?;
    let entries = profiles::history(&mut conn, provider_id).await?;
    let position = entries
        .iter()
        .position(|entry| entry.info.id == version_id)
        .ok_or(EditorialError::NotFound)?;
    let previous = entries.get(position + 1);
    let content = profiles::content(&mut conn, version_id).await?;
    let earlier = match previous {
        Some(entry) => profiles::content(&mut conn, entry.info.id).await?,
        None => ProfileContent::default(),
    };
    Ok(VersionDetail {
        provider_id: provider.id,
        provider_name: provider.name,
        version: row_of(&entries[position]),
        previous: previous.map(row_of),
        content: validation::draft_of(&content),
        changes: diff::changes(&earlier, &content, Contact::Compared),
    })
}
