//! A provider's submission, and an administrator's review of it.

use chrono::NaiveDate;
use domain::model::{
    AddressCorrection, AddressDraft, EditableProfile, PendingReview, ProfileDraft, ReviewDiff,
    ReviewState, SignedIn, StaffOverview, StaleProfile,
};
use domain::profile_fields::{ProfileField, Review};

use super::{diff, require_administrator, validation, EditorialError};
use crate::db::{
    profiles::{self, ProfileContent, VersionStatus},
    providers, search_changes, Db,
};

/// What a submission did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Submitted {
    /// The contact details changed and are public now.
    pub contact_published: bool,
    /// Texts or facts changed and wait for review.
    pub sent_for_review: bool,
}

/// The fields whose change publishes at once (contact details).
fn published_at_once() -> impl Iterator<Item = ProfileField> {
    ProfileField::ALL
        .into_iter()
        .filter(|field| field.spec().review == Review::AtOnce)
}

fn contact_differs(a: &ProfileContent, b: &ProfileContent) -> bool {
    published_at_once().any(|field| a.fields[field] != b.fields[field])
}

/// `content` with the fields that publish at once taken from `from`.
fn with_contact_of(mut content: ProfileContent, from: &ProfileContent) -> ProfileContent {
    for field in published_at_once() {
        content.fields.set(field, from.fields[field].clone());
    }
    content
}

/// Whether anything that waits for review differs: every field the table
/// does not publish at once, the texts and the facts.
fn reviewed_part_differs(a: &ProfileContent, b: &ProfileContent) -> bool {
    ProfileField::ALL
        .into_iter()
        .filter(|field| field.spec().review == Review::ByStaff)
        .any(|field| a.fields[field] != b.fields[field])
        || a.presentations != b.presentations
        || a.facts != b.facts
        || a.addresses != b.addresses
}

fn own_provider(who: &SignedIn) -> Result<&str, EditorialError> {
    who.role.provider_id().ok_or(EditorialError::Forbidden)
}

/// Stores an editor's draft for their own provider: contact details are
/// published at once, the rest goes to review (replacing any submission
/// still waiting). Nothing is stored when the draft has errors.
pub async fn submit(
    db: &Db,
    who: &SignedIn,
    draft: &ProfileDraft,
    now: &str,
) -> Result<Submitted, EditorialError> {
    let provider_id = own_provider(who)?;
    let content = validation::check_draft(draft).map_err(EditorialError::Invalid)?;
    let mut tx = db.pool().begin().await?;
    let published = match profiles::latest_published(&mut tx, provider_id).await? {
        Some(version) => Some(profiles::content(&mut tx, version.id).await?),
        None => None,
    };
    let base = published.clone().unwrap_or_default();
    let contact_published = published.is_none() || contact_differs(&content, &base);
    if contact_published {
        let public = with_contact_of(base.clone(), &content);
        profiles::insert_published(&mut tx, provider_id, &public, &who.username, now).await?;
    }
    let sent_for_review = reviewed_part_differs(&content, &base);
    if sent_for_review {
        let id = profiles::insert_version(
            &mut tx,
            provider_id,
            VersionStatus::Pending,
            &content,
            (&who.username, now),
            None,
        )
        .await?;
        profiles::supersede_pending(&mut tx, provider_id, id).await?;
    }
    if contact_published {
        search_changes::record(&mut tx, db.backend(), provider_id, now).await?;
    }
    tx.commit().await?;
    Ok(Submitted {
        contact_published,
        sent_for_review,
    })
}

fn date_part(timestamp: &str) -> String {
    timestamp.chars().take(10).collect()
}

/// The edit form's starting point: the latest submission if one is waiting
/// or was returned, else the published profile.
pub async fn editable_profile(
    db: &Db,
    who: &SignedIn,
    today: NaiveDate,
) -> Result<EditableProfile, EditorialError> {
    let provider_id = own_provider(who)?;
    let summary = providers::summary(db, provider_id)
        .await?
        .ok_or(EditorialError::NotFound)?;
    let mut conn = db.pool().acquire().await?;
    let published = profiles::latest_published(&mut conn, provider_id).await?;
    let latest = profiles::latest_version(&mut conn, provider_id).await?;
    let (review, source) = match &latest {
        Some(version) if version.status == VersionStatus::Pending => (
            Some(ReviewState::Pending {
                submitted_on: date_part(&version.created_at),
            }),
            Some(version.id),
        ),
        Some(version) if version.status == VersionStatus::Returned => (
            Some(ReviewState::Returned {
                comment: version.review_comment.clone().unwrap_or_default(),
                reviewed_on: version
                    .reviewed_at
                    .as_deref()
                    .map(date_part)
                    .unwrap_or_default(),
            }),
            Some(version.id),
        ),
        _ => (None, published.as_ref().map(|v| v.id)),
    };
    let mut content = match source {
        Some(id) => profiles::content(&mut conn, id).await?,
        None => ProfileContent::default(),
    };
    // Contact details are public at once, so the published ones are current.
    if let Some(published) = &published {
        let public = profiles::content(&mut conn, published.id).await?;
        content = with_contact_of(content, &public);
    }
    let updated_on = published
        .as_ref()
        .map(|v| date_part(v.reviewed_at.as_deref().unwrap_or(&v.created_at)));
    let stale = updated_on
        .as_deref()
        .and_then(|d| d.parse::<NaiveDate>().ok())
        .is_none_or(|updated| updated < today - chrono::Months::new(12));
    Ok(EditableProfile {
        provider_id: summary.id,
        provider_name: summary.name,
        draft: validation::draft_of(&content),
        review,
        updated_on,
        stale,
    })
}

/// The editor's valid draft as the public would see it on `on`, in `locale`.
pub async fn preview(
    db: &Db,
    who: &SignedIn,
    content: &ProfileContent,
    locale: &str,
    on: NaiveDate,
) -> Result<domain::model::ProviderProfile, EditorialError> {
    let provider_id = own_provider(who)?;
    let summary = providers::summary(db, provider_id)
        .await?
        .ok_or(EditorialError::NotFound)?;
    let presentation = content
        .presentations
        .iter()
        .find(|(l, _)| l == locale)
        .or_else(|| content.presentations.iter().find(|(l, _)| l == "sv"))
        .cloned();
    Ok(domain::model::ProviderProfile {
        id: summary.id,
        name: summary.name,
        organisation_form: summary.organisation_form,
        fields: content.fields.clone(),
        facts: validation::draft_of(content).facts,
        addresses: content.addresses.clone(),
        levels: profiles::authorized_levels(db, provider_id, on).await?,
        presentation_locale: presentation.as_ref().map(|(l, _)| l.clone()),
        presentation: presentation.map(|(_, text)| text),
        updated_on: on,
        stale: false,
    })
}

fn pending_review(row: profiles::PendingRow) -> PendingReview {
    PendingReview {
        version_id: row.version_id,
        provider_id: row.provider_id,
        provider_name: row.provider_name,
        submitted_by: row.submitted_by.unwrap_or_default(),
        submitted_on: date_part(&row.submitted_at),
    }
}

/// Changes waiting for review and stale profiles, for administrators.
pub async fn overview(
    db: &Db,
    who: &SignedIn,
    today: NaiveDate,
) -> Result<StaffOverview, EditorialError> {
    require_administrator(who)?;
    let pending = profiles::pending_reviews(db)
        .await?
        .into_iter()
        .map(pending_review)
        .collect();
    let stale = profiles::stale(db, today, today - chrono::Months::new(12))
        .await?
        .into_iter()
        .map(|row| StaleProfile {
            provider_id: row.provider_id,
            provider_name: row.provider_name,
            updated_on: row.updated_at.as_deref().map(date_part),
        })
        .collect();
    Ok(StaffOverview { pending, stale })
}

/// A pending version, checked to be still pending.
async fn pending_version(
    conn: &mut sqlx::AnyConnection,
    version_id: i64,
) -> Result<profiles::VersionInfo, EditorialError> {
    let version = profiles::version(conn, version_id)
        .await?
        .ok_or(EditorialError::NotFound)?;
    if version.status != VersionStatus::Pending {
        return Err(EditorialError::AlreadyReviewed);
    }
    Ok(version)
}

/// A pending version against the published profile, for the reviewer.
pub async fn diff(db: &Db, who: &SignedIn, version_id: i64) -> Result<ReviewDiff, EditorialError> {
    require_administrator(who)?;
    let pending = profiles::pending_reviews(db).await?;
    let Some(row) = pending.into_iter().find(|row| row.version_id == version_id) else {
        return Err(EditorialError::NotFound);
    };
    let mut conn = db.pool().acquire().await?;
    let proposed = profiles::content(&mut conn, version_id).await?;
    let current = match profiles::latest_published(&mut conn, &row.provider_id).await? {
        Some(version) => profiles::content(&mut conn, version.id).await?,
        None => ProfileContent::default(),
    };
    Ok(ReviewDiff {
        review: pending_review(row),
        changes: diff::changes(&current, &proposed, diff::Contact::Ignored),
    })
}

/// Publishes a pending version: its texts and facts with the current
/// contact details become the public profile, and search follows at once.
pub async fn publish(
    db: &Db,
    who: &SignedIn,
    version_id: i64,
    now: &str,
) -> Result<(), EditorialError> {
    require_administrator(who)?;
    let mut tx = db.pool().begin().await?;
    let version = pending_version(&mut tx, version_id).await?;
    let proposed = profiles::content(&mut tx, version_id).await?;
    let public = match profiles::latest_published(&mut tx, &version.provider_id).await? {
        Some(current) => with_contact_of(proposed, &profiles::content(&mut tx, current.id).await?),
        None => proposed,
    };
    if !profiles::mark_reviewed(
        &mut tx,
        version_id,
        VersionStatus::Published,
        (&who.username, now),
        None,
    )
    .await?
    {
        return Err(EditorialError::AlreadyReviewed);
    }
    // A new row, so the newest published version is always the public one
    // even when contact details were published after this was submitted.
    let copy = profiles::insert_version(
        &mut tx,
        &version.provider_id,
        VersionStatus::Published,
        &public,
        (
            version.created_by.as_deref().unwrap_or(""),
            &version.created_at,
        ),
        Some((&who.username, now)),
    )
    .await?;
    profiles::mark_publication_of(&mut tx, copy, version_id).await?;
    search_changes::record(&mut tx, db.backend(), &version.provider_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Administrators: the provider's published visiting addresses, as the
/// correction form starts from them.
pub async fn address_correction(
    db: &Db,
    who: &SignedIn,
    provider_id: &str,
) -> Result<AddressCorrection, EditorialError> {
    require_administrator(who)?;
    let summary = providers::summary(db, provider_id)
        .await?
        .ok_or(EditorialError::NotFound)?;
    let mut conn = db.pool().acquire().await?;
    let addresses = match profiles::latest_published(&mut conn, provider_id).await? {
        Some(version) => {
            Some(validation::draft_of(&profiles::content(&mut conn, version.id).await?).addresses)
        }
        None => None,
    };
    Ok(AddressCorrection {
        provider_id: summary.id,
        provider_name: summary.name,
        addresses,
    })
}

/// Administrators: publishes the provider's profile with corrected visiting
/// addresses at once (staff checked them, so nothing waits for review), as
/// a new version in the profile's history. Nothing is stored when a row
/// has errors or the provider has no published profile.
pub async fn correct_addresses(
    db: &Db,
    who: &SignedIn,
    provider_id: &str,
    drafts: &[AddressDraft],
    now: &str,
) -> Result<(), EditorialError> {
    require_administrator(who)?;
    let addresses = validation::check_addresses(drafts).map_err(EditorialError::Invalid)?;
    let mut tx = db.pool().begin().await?;
    let current = profiles::latest_published(&mut tx, provider_id)
        .await?
        .ok_or(EditorialError::NotFound)?;
    let mut content = profiles::content(&mut tx, current.id).await?;
    if content.addresses == addresses {
        return Ok(());
    }
    content.addresses = addresses;
    profiles::insert_published(&mut tx, provider_id, &content, &who.username, now).await?;
    search_changes::record(&mut tx, db.backend(), provider_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The longest comment a reviewer can write.
pub const COMMENT_MAX: usize = 2000;

/// Returns a pending version to its provider with a comment.
pub async fn return_with_comment(
    db: &Db,
    who: &SignedIn,
    version_id: i64,
    comment: &str,
    now: &str,
) -> Result<(), EditorialError> {
    require_administrator(who)?;
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(EditorialError::Invalid(vec![
            domain::model::FieldError::new("comment", "error-comment-required"),
        ]));
    }
    if comment.chars().count() > COMMENT_MAX {
        return Err(EditorialError::Invalid(vec![
            domain::model::FieldError::new("comment", "error-too-long")
                .with("max", COMMENT_MAX as i64),
        ]));
    }
    let mut tx = db.pool().begin().await?;
    pending_version(&mut tx, version_id).await?;
    if !profiles::mark_reviewed(
        &mut tx,
        version_id,
        VersionStatus::Returned,
        (&who.username, now),
        Some(comment),
    )
    .await?
    {
        return Err(EditorialError::AlreadyReviewed);
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_field(field: ProfileField, value: &str) -> ProfileContent {
        let mut content = ProfileContent::default();
        content.fields.set(field, value);
        content
    }

    /// A field the submission's comparisons left out would be stored
    /// nowhere while the editor is told the change went through.
    #[test]
    fn a_change_to_any_field_of_the_table_is_published_or_sent_for_review() {
        for field in ProfileField::ALL {
            let (before, after) = (with_field(field, "1"), with_field(field, "2"));
            let at_once = field.spec().review == Review::AtOnce;
            assert_eq!(contact_differs(&before, &after), at_once, "{field:?}");
            assert_eq!(
                reviewed_part_differs(&before, &after),
                !at_once,
                "{field:?}"
            );
            // Publishing a reviewed version keeps its own value of a reviewed
            // field and takes the public one of a field published at once.
            let public = with_contact_of(after.clone(), &before);
            let kept = if at_once { "1" } else { "2" };
            assert_eq!(public.fields[field], kept, "{field:?}");
        }
    }

    #[test]
    fn a_moved_visiting_address_waits_for_review_and_shows_in_its_diff() {
        let at = |lat: f64| ProfileContent {
            addresses: vec![domain::model::VisitingAddress {
                street_address: "Storgatan 1".into(),
                postal_code: "131 30".into(),
                city: "Nacka".into(),
                point: domain::places::GeoPoint::from_degrees(lat, 18.16),
            }],
            ..ProfileContent::default()
        };
        let (before, after) = (at(59.31), at(59.32));
        assert!(reviewed_part_differs(&before, &after));
        assert!(!contact_differs(&before, &after));
        assert_eq!(
            with_contact_of(after.clone(), &before).addresses,
            after.addresses
        );
        assert_eq!(
            diff::changes(&before, &after, diff::Contact::Ignored).len(),
            1
        );
    }

    #[test]
    fn the_review_diff_shows_a_change_to_any_field_it_reviews() {
        for field in ProfileField::ALL {
            let (before, after) = (with_field(field, "1"), with_field(field, "2"));
            let compared = diff::changes(&before, &after, diff::Contact::Compared);
            assert_eq!(compared.len(), 1, "{field:?} in a version's history");
            let reviewed = diff::changes(&before, &after, diff::Contact::Ignored);
            let waits = field.spec().review == Review::ByStaff;
            assert_eq!(reviewed.len(), usize::from(waits), "{field:?} in a review");
        }
    }
}
