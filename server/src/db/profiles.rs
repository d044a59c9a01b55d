//! Provider profiles: every version kept, the newest published one public.

use chrono::NaiveDate;
use domain::{
    model::{AuthorizedLevel, ProviderCard, ProviderProfile, VisitingAddress},
    places::GeoPoint,
    profile_fields::{FieldValues, ProfileField},
    vocabulary::{Fact, FactKind},
};
use sqlx::{any::AnyRow, AnyConnection, FromRow, Row};

use super::{providers::organisation_form, stored_date, Db, DbError};

/// What a profile version holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileContent {
    /// The scalar fields, normalised; empty when not stated (NULL in the row).
    pub fields: FieldValues,
    /// (locale slug, presentation text); Swedish is expected.
    pub presentations: Vec<(String, String)>,
    /// (fact kind, vocabulary code), e.g. ("language", "ar").
    pub facts: Vec<(String, String)>,
    /// Visiting addresses with their points, in the editor's order.
    pub addresses: Vec<VisitingAddress>,
}

/// The scalar fields' columns of `profile_version`, one per field of the
/// table, named as the field is: `phone, email, …`.
fn field_columns(prefix: &str) -> String {
    ProfileField::ALL
        .iter()
        .map(|field| format!("{prefix}{}", field.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A row's scalar fields, read by the table: an integer column as its
/// digits, NULL as empty.
#[derive(Clone, Debug, Default)]
pub struct StoredFields(pub FieldValues);

impl FromRow<'_, AnyRow> for StoredFields {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        let mut values = FieldValues::default();
        for field in ProfileField::ALL {
            let value = if field.spec().format.is_integer() {
                row.try_get::<Option<i64>, _>(field.name())?
                    .map(|n| n.to_string())
            } else {
                row.try_get::<Option<String>, _>(field.name())?
            };
            values.set(field, value.unwrap_or_default());
        }
        Ok(StoredFields(values))
    }
}

/// Stores a published version (the demonstration data and an
/// administrator's approval) and returns its id.
pub async fn insert_published(
    conn: &mut AnyConnection,
    provider_id: &str,
    content: &ProfileContent,
    created_by: &str,
    now: &str,
) -> Result<i64, DbError> {
    insert_version(
        conn,
        provider_id,
        VersionStatus::Published,
        content,
        (created_by, now),
        Some((created_by, now)),
    )
    .await
}

/// Where a stored version stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionStatus {
    Pending,
    Published,
    Returned,
}

impl VersionStatus {
    fn code(self) -> &'static str {
        match self {
            VersionStatus::Pending => "pending",
            VersionStatus::Published => "published",
            VersionStatus::Returned => "returned",
        }
    }

    fn from_code(code: &str) -> Option<VersionStatus> {
        [
            VersionStatus::Pending,
            VersionStatus::Published,
            VersionStatus::Returned,
        ]
        .into_iter()
        .find(|status| status.code() == code)
    }
}

/// Stores a version: who created it and when, and who reviewed it and when.
pub async fn insert_version(
    conn: &mut AnyConnection,
    provider_id: &str,
    status: VersionStatus,
    content: &ProfileContent,
    (created_by, created_at): (&str, &str),
    reviewed: Option<(&str, &str)>,
) -> Result<i64, DbError> {
    let columns = ["provider_id", "status"]
        .into_iter()
        .chain(ProfileField::ALL.iter().map(|field| field.name()))
        .chain(["created_at", "created_by", "reviewed_at", "reviewed_by"])
        .collect::<Vec<_>>();
    let placeholders = (1..=columns.len())
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>();
    let sql = format!(
        "INSERT INTO profile_version ({}) VALUES ({}) RETURNING id",
        columns.join(", "),
        placeholders.join(", ")
    );
    let mut insert = sqlx::query_scalar(&sql)
        .bind(provider_id)
        .bind(status.code());
    for (field, value) in content.fields.iter() {
        let value = Some(value).filter(|v| !v.is_empty());
        insert = if field.spec().format.is_integer() {
            // Checked to be a number before it was stored; anything else is a bug.
            let number = value.map(|v| v.parse::<i64>()).transpose().map_err(|_| {
                DbError::Query(sqlx::Error::Encode(
                    format!("{} is not a number", field.name()).into(),
                ))
            })?;
            insert.bind(number)
        } else {
            insert.bind(value.map(str::to_string))
        };
    }
    let id: i64 = insert
        .bind(created_at)
        .bind(created_by)
        .bind(reviewed.map(|(_, at)| at))
        .bind(reviewed.map(|(by, _)| by))
        .fetch_one(&mut *conn)
        .await?;
    for (locale, text) in &content.presentations {
        sqlx::query(
            "INSERT INTO profile_text (version_id, locale, presentation) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(locale)
        .bind(text)
        .execute(&mut *conn)
        .await?;
    }
    for (kind, code) in &content.facts {
        sqlx::query("INSERT INTO profile_fact (version_id, kind, code) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(kind)
            .bind(code)
            .execute(&mut *conn)
            .await?;
    }
    for (position, address) in content.addresses.iter().enumerate() {
        sqlx::query(
            "INSERT INTO profile_address
               (version_id, position, street_address, postal_code, city, lat_micro, lon_micro)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&address.street_address)
        .bind(&address.postal_code)
        .bind(&address.city)
        .bind(address.point.lat_micro)
        .bind(address.point.lon_micro)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// A `profile_address` row.
#[derive(FromRow)]
struct AddressRow {
    version_id: i64,
    street_address: String,
    postal_code: String,
    city: String,
    lat_micro: i64,
    lon_micro: i64,
}

impl From<AddressRow> for VisitingAddress {
    fn from(row: AddressRow) -> VisitingAddress {
        VisitingAddress {
            street_address: row.street_address,
            postal_code: row.postal_code,
            city: row.city,
            point: GeoPoint {
                lat_micro: row.lat_micro,
                lon_micro: row.lon_micro,
            },
        }
    }
}

const ADDRESS_COLUMNS: &str = "version_id, street_address, postal_code, city, lat_micro, lon_micro";

/// The visiting addresses of the versions `filter_sql` picks (with `$1`
/// bound to `bind`), by version id, each version's in its editor's order.
async fn addresses_where<'c, E>(
    executor: E,
    filter_sql: &str,
    bind: &str,
) -> Result<Vec<(i64, VisitingAddress)>, DbError>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let rows: Vec<AddressRow> = sqlx::query_as(&format!(
        "SELECT {ADDRESS_COLUMNS} FROM profile_address
          WHERE {filter_sql} ORDER BY version_id, position"
    ))
    .bind(bind)
    .fetch_all(executor)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| (row.version_id, row.into()))
        .collect())
}

/// One version's visiting addresses.
async fn addresses_of<'c, E>(executor: E, version_id: i64) -> Result<Vec<VisitingAddress>, DbError>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    Ok(addresses_where(
        executor,
        "version_id = CAST($1 AS BIGINT)",
        &version_id.to_string(),
    )
    .await?
    .into_iter()
    .map(|(_, address)| address)
    .collect())
}

/// A stored version's bookkeeping, without its content.
#[derive(Clone, Debug)]
pub struct VersionInfo {
    pub id: i64,
    pub provider_id: String,
    pub status: VersionStatus,
    pub created_at: String,
    pub created_by: Option<String>,
    pub reviewed_at: Option<String>,
    pub review_comment: Option<String>,
}

/// A version's bookkeeping columns, as stored.
#[derive(FromRow)]
struct VersionRow {
    id: i64,
    provider_id: String,
    status: String,
    created_at: String,
    created_by: Option<String>,
    reviewed_at: Option<String>,
    review_comment: Option<String>,
}

impl TryFrom<VersionRow> for VersionInfo {
    type Error = DbError;

    fn try_from(row: VersionRow) -> Result<VersionInfo, DbError> {
        Ok(VersionInfo {
            id: row.id,
            provider_id: row.provider_id,
            status: VersionStatus::from_code(&row.status).ok_or_else(|| {
                DbError::Query(sqlx::Error::Decode(
                    format!("unknown profile status {}", row.status).into(),
                ))
            })?,
            created_at: row.created_at,
            created_by: row.created_by,
            reviewed_at: row.reviewed_at,
            review_comment: row.review_comment,
        })
    }
}

const VERSION_COLUMNS: &str =
    "id, provider_id, status, created_at, created_by, reviewed_at, review_comment";

/// The provider's newest published version.
pub async fn latest_published(
    conn: &mut AnyConnection,
    provider_id: &str,
) -> Result<Option<VersionInfo>, DbError> {
    let row: Option<VersionRow> = sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS} FROM profile_version
          WHERE provider_id = $1 AND status = 'published' ORDER BY id DESC LIMIT 1"
    ))
    .bind(provider_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(VersionInfo::try_from).transpose()
}

/// The provider's newest version that a newer submission has not replaced.
pub async fn latest_version(
    conn: &mut AnyConnection,
    provider_id: &str,
) -> Result<Option<VersionInfo>, DbError> {
    let row: Option<VersionRow> = sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS} FROM profile_version
          WHERE provider_id = $1 AND superseded_by IS NULL ORDER BY id DESC LIMIT 1"
    ))
    .bind(provider_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(VersionInfo::try_from).transpose()
}

/// One version, if it exists.
pub async fn version(conn: &mut AnyConnection, id: i64) -> Result<Option<VersionInfo>, DbError> {
    let row: Option<VersionRow> = sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS} FROM profile_version WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(VersionInfo::try_from).transpose()
}

/// What a version holds.
pub async fn content(conn: &mut AnyConnection, id: i64) -> Result<ProfileContent, DbError> {
    let row: Option<StoredFields> = sqlx::query_as(&format!(
        "SELECT {} FROM profile_version WHERE id = $1",
        field_columns("")
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(StoredFields(fields)) = row else {
        return Ok(ProfileContent::default());
    };
    let presentations: Vec<(String, String)> = sqlx::query_as(
        "SELECT locale, presentation FROM profile_text WHERE version_id = $1 ORDER BY locale",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let facts: Vec<(String, String)> = sqlx::query_as(
        "SELECT kind, code FROM profile_fact WHERE version_id = $1 ORDER BY kind, code",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let addresses = addresses_of(&mut *conn, id).await?;
    Ok(ProfileContent {
        fields,
        presentations,
        facts,
        addresses,
    })
}

/// Marks the provider's unreviewed submissions as replaced by `by`.
pub async fn supersede_pending(
    conn: &mut AnyConnection,
    provider_id: &str,
    by: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE profile_version SET superseded_by = $1
          WHERE provider_id = $2 AND status = 'pending' AND superseded_by IS NULL AND id <> $1",
    )
    .bind(by)
    .bind(provider_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Records an administrator's decision on a pending version; false when it
/// was no longer pending (another administrator was quicker).
pub async fn mark_reviewed(
    conn: &mut AnyConnection,
    id: i64,
    status: VersionStatus,
    (reviewed_by, reviewed_at): (&str, &str),
    comment: Option<&str>,
) -> Result<bool, DbError> {
    let result = sqlx::query(
        "UPDATE profile_version
            SET status = $1, reviewed_by = $2, reviewed_at = $3, review_comment = $4
          WHERE id = $5 AND status = 'pending' AND superseded_by IS NULL",
    )
    .bind(status.code())
    .bind(reviewed_by)
    .bind(reviewed_at)
    .bind(comment)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Records that the published row `copy` is the public form of the
/// approved submission `submission`, so the history shows it once.
pub async fn mark_publication_of(
    conn: &mut AnyConnection,
    copy: i64,
    submission: i64,
) -> Result<(), DbError> {
    sqlx::query("UPDATE profile_version SET published_from = $1 WHERE id = $2")
        .bind(submission)
        .bind(copy)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A version as the profile's history lists it.
#[derive(Clone, Debug)]
pub struct HistoryEntry {
    pub info: VersionInfo,
    pub reviewed_by: Option<String>,
    /// A newer submission replaced it before anyone reviewed it.
    pub superseded: bool,
}

/// A history row: the bookkeeping and who reviewed it.
#[derive(FromRow)]
struct HistoryRow {
    #[sqlx(flatten)]
    version: VersionRow,
    reviewed_by: Option<String>,
    superseded_by: Option<i64>,
}

/// Every version of the provider's profile, newest first, leaving out the
/// public copies an approval writes (their submission stands for them).
pub async fn history(
    conn: &mut AnyConnection,
    provider_id: &str,
) -> Result<Vec<HistoryEntry>, DbError> {
    let rows: Vec<HistoryRow> = sqlx::query_as(&format!(
        "SELECT {VERSION_COLUMNS}, reviewed_by, superseded_by FROM profile_version
          WHERE provider_id = $1 AND published_from IS NULL ORDER BY id DESC"
    ))
    .bind(provider_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok(HistoryEntry {
                info: row.version.try_into()?,
                reviewed_by: row.reviewed_by,
                superseded: row.superseded_by.is_some(),
            })
        })
        .collect()
}

/// A submission waiting for review.
#[derive(Clone, Debug, FromRow)]
pub struct PendingRow {
    pub version_id: i64,
    pub provider_id: String,
    pub provider_name: String,
    pub submitted_by: Option<String>,
    pub submitted_at: String,
}

/// Submissions waiting for review, oldest first.
pub async fn pending_reviews(db: &Db) -> Result<Vec<PendingRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT v.id AS version_id, p.id AS provider_id, p.name AS provider_name,
                v.created_by AS submitted_by, v.created_at AS submitted_at
           FROM profile_version v JOIN provider p ON p.id = v.provider_id
          WHERE v.status = 'pending' AND v.superseded_by IS NULL
          ORDER BY v.id",
    )
    .fetch_all(db.pool())
    .await?)
}

/// A provider whose published profile is old, or missing.
#[derive(Clone, Debug, FromRow)]
pub struct StaleRow {
    pub provider_id: String,
    pub provider_name: String,
    /// When its newest published version was written; none if never.
    pub updated_at: Option<String>,
}

/// Providers authorized on `on` whose published profile was last updated
/// before `updated_before`, or never published.
pub async fn stale(
    db: &Db,
    on: NaiveDate,
    updated_before: NaiveDate,
) -> Result<Vec<StaleRow>, DbError> {
    let rows: Vec<StaleRow> = sqlx::query_as(&format!(
        "SELECT p.id AS provider_id, p.name AS provider_name,
                COALESCE(v.reviewed_at, v.created_at) AS updated_at
           FROM provider p
           LEFT JOIN profile_version v ON v.provider_id = p.id AND v.id IN ({LATEST_PUBLISHED})
          WHERE EXISTS (SELECT 1 FROM provider_authorization a
                         WHERE a.provider_id = p.id AND a.authorized_from <= $1
                           AND (a.authorized_to IS NULL OR a.authorized_to >= $1))
          ORDER BY p.name, p.id"
    ))
    .bind(on.to_string())
    .fetch_all(db.pool())
    .await?;
    let before = updated_before.to_string();
    Ok(rows
        .into_iter()
        .filter(|row| {
            row.updated_at
                .as_ref()
                .is_none_or(|at| at[..10.min(at.len())] < *before)
        })
        .collect())
}

/// The newest published version of each provider's profile.
const LATEST_PUBLISHED: &str = "SELECT MAX(id) FROM profile_version
      WHERE status = 'published' GROUP BY provider_id";

/// Facts of the given published versions, by version id. Codes no longer in
/// the vocabulary are left out rather than shown untranslated.
async fn facts_by_version(
    db: &Db,
    filter_sql: &str,
    bind: &str,
) -> Result<Vec<(i64, Fact)>, DbError> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(&format!(
        "SELECT f.version_id, f.kind, f.code FROM profile_fact f
          WHERE f.version_id IN ({LATEST_PUBLISHED}) AND {filter_sql}
          ORDER BY f.version_id, f.kind, f.code"
    ))
    .bind(bind)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(version, kind, code)| {
            let kind = FactKind::from_code(&kind)?;
            kind.allows(&code).then_some((version, Fact { kind, code }))
        })
        .collect())
}

/// A card's provider columns, its latest published version and city.
#[derive(FromRow)]
struct CardRow {
    id: String,
    name: String,
    organisation_form: String,
    version_id: Option<i64>,
    city: Option<String>,
}

/// Cards of the providers authorized for an intervention on `on`, unordered.
pub async fn cards_for_level(
    db: &Db,
    intervention_code: &str,
    on: NaiveDate,
) -> Result<Vec<ProviderCard>, DbError> {
    let rows: Vec<CardRow> = sqlx::query_as(&format!(
        "SELECT p.id, p.name, p.organisation_form, v.id AS version_id, v.city
           FROM provider p
           LEFT JOIN profile_version v ON v.provider_id = p.id AND v.id IN ({LATEST_PUBLISHED})
          WHERE EXISTS (SELECT 1 FROM provider_authorization a
                         WHERE a.provider_id = p.id AND a.intervention_code = $1
                           AND a.authorized_from <= $2
                           AND (a.authorized_to IS NULL OR a.authorized_to >= $2))"
    ))
    .bind(intervention_code)
    .bind(on.to_string())
    .fetch_all(db.pool())
    .await?;
    let facts = facts_by_version(
        db,
        "f.version_id IN (SELECT v.id FROM profile_version v
           JOIN provider_authorization a ON a.provider_id = v.provider_id
          WHERE a.intervention_code = $1)",
        intervention_code,
    )
    .await?;
    let addresses = addresses_where(
        db.pool(),
        &format!(
            "version_id IN ({LATEST_PUBLISHED}) AND version_id IN (SELECT v.id FROM profile_version v
               JOIN provider_authorization a ON a.provider_id = v.provider_id
              WHERE a.intervention_code = $1)"
        ),
        intervention_code,
    )
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok(ProviderCard {
                id: row.id,
                name: row.name,
                organisation_form: organisation_form(&row.organisation_form)?,
                city: row.city,
                facts: facts
                    .iter()
                    .filter(|(v, _)| Some(*v) == row.version_id)
                    .map(|(_, fact)| fact.clone())
                    .collect(),
                addresses: addresses
                    .iter()
                    .filter(|(v, _)| Some(*v) == row.version_id)
                    .map(|(_, address)| address.clone())
                    .collect(),
            })
        })
        .collect()
}

/// A public profile's provider columns and its latest published version.
#[derive(FromRow)]
struct PublicProfileRow {
    id: String,
    name: String,
    organisation_form: String,
    version_id: i64,
    #[sqlx(flatten)]
    fields: StoredFields,
    updated_at: String,
}

/// A provider's public profile on `on`, with the presentation in `locale`
/// when the provider wrote one, else in Swedish.
pub async fn public_profile(
    db: &Db,
    provider_id: &str,
    locale: &str,
    on: NaiveDate,
) -> Result<Option<ProviderProfile>, DbError> {
    let row: Option<PublicProfileRow> = sqlx::query_as(&format!(
        "SELECT p.id, p.name, p.organisation_form, v.id AS version_id, {},
                COALESCE(v.reviewed_at, v.created_at) AS updated_at
           FROM provider p JOIN profile_version v ON v.provider_id = p.id
          WHERE p.id = $1 AND v.id IN ({LATEST_PUBLISHED})",
        field_columns("v.")
    ))
    .bind(provider_id)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let version = row.version_id;

    let texts: Vec<(String, String)> =
        sqlx::query_as("SELECT locale, presentation FROM profile_text WHERE version_id = $1")
            .bind(version)
            .fetch_all(db.pool())
            .await?;
    let presentation = texts
        .iter()
        .find(|(l, _)| l == locale)
        .or_else(|| texts.iter().find(|(l, _)| l == "sv"))
        .cloned();

    let levels = authorized_levels(db, provider_id, on).await?;

    let facts = facts_by_version(
        db,
        "f.version_id = CAST($1 AS BIGINT)",
        &version.to_string(),
    )
    .await?
    .into_iter()
    .map(|(_, fact)| fact)
    .collect();

    let addresses = addresses_of(db.pool(), version).await?;
    let updated_on = stored_date(&row.updated_at)?;
    let stale = updated_on < on - chrono::Months::new(12);
    Ok(Some(ProviderProfile {
        id: row.id,
        name: row.name,
        organisation_form: organisation_form(&row.organisation_form)?,
        fields: row.fields.0,
        facts,
        addresses,
        levels,
        presentation_locale: presentation.as_ref().map(|(l, _)| l.clone()),
        presentation: presentation.map(|(_, text)| text),
        updated_on,
        stale,
    }))
}

/// The levels a provider is authorized for on `on`, in catalogue order.
pub async fn authorized_levels(
    db: &Db,
    provider_id: &str,
    on: NaiveDate,
) -> Result<Vec<AuthorizedLevel>, DbError> {
    let levels: Vec<(String, String)> = sqlx::query_as(
        "SELECT a.intervention_code, MIN(a.authorized_from)
           FROM provider_authorization a JOIN intervention i ON i.code = a.intervention_code
          WHERE a.provider_id = $1 AND a.authorized_from <= $2
            AND (a.authorized_to IS NULL OR a.authorized_to >= $2)
          GROUP BY a.intervention_code, i.sort_order
          ORDER BY i.sort_order",
    )
    .bind(provider_id)
    .bind(on.to_string())
    .fetch_all(db.pool())
    .await?;
    levels
        .into_iter()
        .map(|(code, since)| {
            Ok(AuthorizedLevel {
                code,
                since: stored_date(&since)?,
            })
        })
        .collect()
}
