//! Providers (anordnare) and their authorizations.

use chrono::NaiveDate;
use domain::model::{OrganisationForm, ProviderSummary};
use sqlx::AnyConnection;

use super::{Db, DbError};

/// A provider as it is stored.
#[derive(Clone, Debug)]
pub struct NewProvider<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub organisation_form: OrganisationForm,
    pub organisation_number: Option<&'a str>,
}

pub async fn insert(
    conn: &mut AnyConnection,
    provider: &NewProvider<'_>,
    now: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO provider (id, name, organisation_form, organisation_number, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(provider.id)
    .bind(provider.name)
    .bind(provider.organisation_form.code())
    .bind(provider.organisation_number)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn count(db: &Db) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM provider")
            .fetch_one(db.pool())
            .await?,
    )
}

/// Records that a provider is authorized for an intervention from a date,
/// until `to` when the authorization has ended.
pub async fn authorize(
    conn: &mut AnyConnection,
    provider_id: &str,
    intervention_code: &str,
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO provider_authorization
             (provider_id, intervention_code, authorized_from, authorized_to)
         VALUES ($1, $2, $3, $4)",
    )
    .bind(provider_id)
    .bind(intervention_code)
    .bind(from.to_string())
    .bind(to.map(|d| d.to_string()))
    .execute(conn)
    .await?;
    Ok(())
}

/// Providers authorized for the intervention on `on`, by name.
pub async fn authorized_for(
    db: &Db,
    intervention_code: &str,
    on: NaiveDate,
) -> Result<Vec<ProviderSummary>, DbError> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT DISTINCT p.id, p.name, p.organisation_form
           FROM provider p JOIN provider_authorization a ON a.provider_id = p.id
          WHERE a.intervention_code = $1
            AND a.authorized_from <= $2
            AND (a.authorized_to IS NULL OR a.authorized_to >= $2)
          ORDER BY p.name, p.id",
    )
    .bind(intervention_code)
    .bind(on.to_string())
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(summary_from_row).collect()
}

/// A stored organisation form; an unknown code is a database error.
pub(super) fn organisation_form(code: &str) -> Result<OrganisationForm, DbError> {
    OrganisationForm::from_code(code).ok_or_else(|| {
        DbError::Query(sqlx::Error::Decode(
            format!("unknown organisation form {code}").into(),
        ))
    })
}

fn summary_from_row(
    (id, name, form): (String, String, String),
) -> Result<ProviderSummary, DbError> {
    Ok(ProviderSummary {
        id,
        name,
        organisation_form: organisation_form(&form)?,
    })
}

/// Every authorization in a kundval's levels, for the default-provider rotation.
pub async fn rotation_entries(
    db: &Db,
    kundval_code: &str,
) -> Result<Vec<crate::comparison::rotation::RotationEntry>, DbError> {
    let rows: Vec<(String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT a.provider_id, a.intervention_code, a.authorized_from, a.authorized_to
           FROM provider_authorization a JOIN intervention i ON i.code = a.intervention_code
          WHERE i.kundval_code = $1",
    )
    .bind(kundval_code)
    .fetch_all(db.pool())
    .await?;
    let date = super::stored_date;
    rows.into_iter()
        .map(|(provider_id, level_code, from, to)| {
            Ok(crate::comparison::rotation::RotationEntry {
                provider_id,
                level_code,
                authorized_from: date(&from)?,
                authorized_to: to.as_deref().map(date).transpose()?,
            })
        })
        .collect()
}

/// A provider's name and form, by id.
pub async fn summary(db: &Db, id: &str) -> Result<Option<ProviderSummary>, DbError> {
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT id, name, organisation_form FROM provider WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    row.map(summary_from_row).transpose()
}

/// Every provider with every authorization, by name, for administrators.
pub async fn admin_rows(db: &Db) -> Result<Vec<domain::model::ProviderAdminRow>, DbError> {
    let providers: Vec<(String, String, Option<String>)> =
        sqlx::query_as("SELECT id, name, organisation_number FROM provider ORDER BY name, id")
            .fetch_all(db.pool())
            .await?;
    let authorizations: Vec<(i64, String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT a.id, a.provider_id, a.intervention_code, a.authorized_from, a.authorized_to
           FROM provider_authorization a JOIN intervention i ON i.code = a.intervention_code
          ORDER BY i.sort_order, a.authorized_from, a.id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(providers
        .into_iter()
        .map(
            |(id, name, organisation_number)| domain::model::ProviderAdminRow {
                authorizations: authorizations
                    .iter()
                    .filter(|(_, provider, ..)| *provider == id)
                    .map(
                        |(auth_id, _, level, from, to)| domain::model::AuthorizationRow {
                            id: *auth_id,
                            level: level.clone(),
                            from: from.clone(),
                            to: to.clone(),
                        },
                    )
                    .collect(),
                id,
                name,
                organisation_number,
            },
        )
        .collect())
}

/// One authorization: (provider id, intervention, from, to).
pub async fn authorization(
    db: &Db,
    id: i64,
) -> Result<Option<(String, String, String, Option<String>)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT provider_id, intervention_code, authorized_from, authorized_to
           FROM provider_authorization WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?)
}

/// A provider's authorizations for one intervention: (from, to).
pub async fn authorizations_for(
    db: &Db,
    provider_id: &str,
    intervention_code: &str,
) -> Result<Vec<(String, Option<String>)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT authorized_from, authorized_to FROM provider_authorization
          WHERE provider_id = $1 AND intervention_code = $2",
    )
    .bind(provider_id)
    .bind(intervention_code)
    .fetch_all(db.pool())
    .await?)
}

/// Ends an open authorization on `last_day`; the row stays, as history.
pub async fn end_authorization(
    conn: &mut AnyConnection,
    id: i64,
    last_day: NaiveDate,
) -> Result<bool, DbError> {
    let result = sqlx::query(
        "UPDATE provider_authorization SET authorized_to = $1
          WHERE id = $2 AND authorized_to IS NULL AND authorized_from <= $1",
    )
    .bind(last_day.to_string())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn exists(db: &Db, id: &str) -> Result<bool, DbError> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM provider WHERE id = $1")
            .bind(id)
            .fetch_one(db.pool())
            .await?
            > 0,
    )
}

/// Every provider's name by id.
pub async fn names(db: &Db) -> Result<std::collections::HashMap<String, String>, DbError> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT id, name FROM provider")
        .fetch_all(db.pool())
        .await?;
    Ok(rows.into_iter().collect())
}
