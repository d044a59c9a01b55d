//! Cases (insatser): the case database every published figure comes from.
//!
//! A case is one insats decision for one person, imported from the
//! municipality's case system. The person is a pseudonym; no names or
//! personal numbers are stored.

use std::collections::HashSet;

use sqlx::AnyConnection;

use super::{Backend, DbError};

pub use domain::model::categories::{ChosenBy, EndReason, Gender, ReasonGroup};

/// A case as it is written; dates are ISO text (YYYY-MM-DD).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewCase {
    pub case_id: String,
    pub person_id: String,
    pub gender: Gender,
    pub birth_year: i64,
    pub intervention_code: String,
    pub provider_id: String,
    pub start_date: String,
    pub planned_end_date: String,
    /// Both `None` while ongoing.
    pub end: Option<(String, EndReason)>,
    pub extensions: i64,
    pub chosen: ChosenBy,
}

const COLUMNS_PER_CASE: usize = 13;

/// Most cases per statement: 13 parameters each stays far below SQLite's
/// 32,766 and PostgreSQL's 65,535 bind parameters.
pub const MAX_BATCH: usize = 1000;

/// Cases per statement that write fastest. On PostgreSQL every statement is
/// a round trip, so large batches win. sqlx's SQLite driver binds
/// parameters in time that grows with the square of their number (measured:
/// 20,000 cases in 0.23 s in batches of 10, 0.5 s of 100, 4.4 s of 1,000),
/// and SQLite has no round trip to save, so small batches win there.
pub fn batch_size(backend: Backend) -> usize {
    match backend {
        Backend::Sqlite => 10,
        Backend::Postgres => 500,
    }
}

/// Inserts the cases, or updates them when their case_id exists: importing a
/// case again replaces it. At most [`MAX_BATCH`] cases per call.
pub async fn upsert(
    conn: &mut AnyConnection,
    cases: &[NewCase],
    imported_at: &str,
) -> Result<(), DbError> {
    debug_assert!(cases.len() <= MAX_BATCH);
    if cases.is_empty() {
        return Ok(());
    }
    let mut sql = String::with_capacity(200 + cases.len() * 80);
    sql.push_str(
        "INSERT INTO case_record (case_id, person_id, gender, birth_year, intervention_code,
             provider_id, start_date, planned_end_date, end_date, end_reason, extensions,
             chosen, imported_at) VALUES ",
    );
    for row in 0..cases.len() {
        if row > 0 {
            sql.push(',');
        }
        sql.push('(');
        for column in 0..COLUMNS_PER_CASE {
            if column > 0 {
                sql.push(',');
            }
            sql.push('$');
            sql.push_str(&(row * COLUMNS_PER_CASE + column + 1).to_string());
        }
        sql.push(')');
    }
    sql.push_str(
        " ON CONFLICT (case_id) DO UPDATE SET
             person_id = excluded.person_id, gender = excluded.gender,
             birth_year = excluded.birth_year, intervention_code = excluded.intervention_code,
             provider_id = excluded.provider_id, start_date = excluded.start_date,
             planned_end_date = excluded.planned_end_date, end_date = excluded.end_date,
             end_reason = excluded.end_reason, extensions = excluded.extensions,
             chosen = excluded.chosen, imported_at = excluded.imported_at",
    );
    let mut query = sqlx::query(&sql);
    for case in cases {
        query = query
            .bind(case.case_id.as_str())
            .bind(case.person_id.as_str())
            .bind(case.gender.code())
            .bind(case.birth_year)
            .bind(case.intervention_code.as_str())
            .bind(case.provider_id.as_str())
            .bind(case.start_date.as_str())
            .bind(case.planned_end_date.as_str())
            .bind(case.end.as_ref().map(|(date, _)| date.as_str()))
            .bind(case.end.as_ref().map(|(_, reason)| reason.code()))
            .bind(case.extensions)
            .bind(case.chosen.stored())
            .bind(imported_at);
    }
    query.execute(conn).await?;
    Ok(())
}

/// Every intervention code, for validating imports against the catalogue.
pub async fn intervention_codes(conn: &mut AnyConnection) -> Result<HashSet<String>, DbError> {
    let codes: Vec<String> = sqlx::query_scalar("SELECT code FROM intervention")
        .fetch_all(conn)
        .await?;
    Ok(codes.into_iter().collect())
}

/// Every provider id, for validating imports.
pub async fn provider_ids(conn: &mut AnyConnection) -> Result<HashSet<String>, DbError> {
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM provider")
        .fetch_all(conn)
        .await?;
    Ok(ids.into_iter().collect())
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM case_record")
        .fetch_one(conn)
        .await?)
}
