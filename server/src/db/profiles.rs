//! Provider profiles: every version kept, the newest published one public.

use sqlx::AnyConnection;

use super::DbError;

/// What a profile version holds.
#[derive(Clone, Debug, Default)]
pub struct ProfileContent {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub employee_count: Option<i64>,
    /// (locale slug, presentation text); Swedish is expected.
    pub presentations: Vec<(String, String)>,
    /// (fact kind, vocabulary code), e.g. ("language", "ar").
    pub facts: Vec<(String, String)>,
}

/// Stores a published version (the demonstration data and, later, an
/// administrator's approval) and returns its id.
pub async fn insert_published(
    conn: &mut AnyConnection,
    provider_id: &str,
    content: &ProfileContent,
    created_by: &str,
    now: &str,
) -> Result<i64, DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO profile_version
             (provider_id, status, phone, email, website, street_address, postal_code,
              city, employee_count, created_at, created_by, reviewed_at, reviewed_by)
         VALUES ($1, 'published', $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $10)
         RETURNING id",
    )
    .bind(provider_id)
    .bind(&content.phone)
    .bind(&content.email)
    .bind(&content.website)
    .bind(&content.street_address)
    .bind(&content.postal_code)
    .bind(&content.city)
    .bind(content.employee_count)
    .bind(now)
    .bind(created_by)
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
    Ok(id)
}

use app::{
    model::{AuthorizedLevel, Contact, ProviderCard, ProviderProfile},
    vocabulary::{Fact, FactKind},
};
use chrono::NaiveDate;

use super::{providers::organisation_form, stored_date, Db};

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

/// Cards of the providers authorized for an intervention on `on`, unordered.
pub async fn cards_for_level(
    db: &Db,
    intervention_code: &str,
    on: NaiveDate,
) -> Result<Vec<ProviderCard>, DbError> {
    let rows: Vec<(String, String, String, Option<i64>, Option<String>)> =
        sqlx::query_as(&format!(
            "SELECT p.id, p.name, p.organisation_form, v.id, v.city
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
    rows.into_iter()
        .map(|(id, name, form, version, city)| {
            Ok(ProviderCard {
                id,
                name,
                organisation_form: organisation_form(&form)?,
                city,
                facts: facts
                    .iter()
                    .filter(|(v, _)| Some(*v) == version)
                    .map(|(_, fact)| fact.clone())
                    .collect(),
            })
        })
        .collect()
}

type ProfileRow = (
    String,
    String,
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    String,
);

/// A provider's public profile on `on`, with the presentation in `locale`
/// when the provider wrote one, else in Swedish.
pub async fn public_profile(
    db: &Db,
    provider_id: &str,
    locale: &str,
    on: NaiveDate,
) -> Result<Option<ProviderProfile>, DbError> {
    let row: Option<ProfileRow> = sqlx::query_as(&format!(
        "SELECT p.id, p.name, p.organisation_form, v.id, v.phone, v.email, v.website,
                v.street_address, v.postal_code, v.city, v.employee_count,
                COALESCE(v.reviewed_at, v.created_at)
           FROM provider p JOIN profile_version v ON v.provider_id = p.id
          WHERE p.id = $1 AND v.id IN ({LATEST_PUBLISHED})"
    ))
    .bind(provider_id)
    .fetch_optional(db.pool())
    .await?;
    let Some((
        id,
        name,
        form,
        version,
        phone,
        email,
        website,
        street_address,
        postal_code,
        city,
        employee_count,
        updated_at,
    )) = row
    else {
        return Ok(None);
    };

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

    let facts = facts_by_version(
        db,
        "f.version_id = CAST($1 AS BIGINT)",
        &version.to_string(),
    )
    .await?
    .into_iter()
    .map(|(_, fact)| fact)
    .collect();

    let updated_on = stored_date(&updated_at)?;
    let stale = updated_on < on - chrono::Months::new(12);
    Ok(Some(ProviderProfile {
        id,
        name,
        organisation_form: organisation_form(&form)?,
        employee_count,
        contact: Contact {
            phone,
            email,
            website,
            street_address,
            postal_code,
            city,
        },
        facts,
        levels: levels
            .into_iter()
            .map(|(code, since)| {
                Ok(AuthorizedLevel {
                    code,
                    since: stored_date(&since)?,
                })
            })
            .collect::<Result<_, DbError>>()?,
        presentation_locale: presentation.as_ref().map(|(l, _)| l.clone()),
        presentation: presentation.map(|(_, text)| text),
        updated_on,
        stale,
    }))
}
