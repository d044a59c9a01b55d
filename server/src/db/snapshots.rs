//! Published statistics snapshots: every publication kept, never changed.

use sqlx::AnyConnection;

use super::{Db, DbError};

/// A publication as it is written.
#[derive(Clone, Debug)]
pub struct NewSnapshot<'a> {
    pub period_from: &'a str,
    pub period_to: &'a str,
    pub published_at: &'a str,
    pub published_by: &'a str,
    pub min_count: i64,
    pub min_base: i64,
    /// JSON of the figures after disclosure control.
    pub public_figures: &'a str,
    /// JSON of the unsuppressed figures, for municipality staff only.
    pub full_figures: &'a str,
}

/// Stores a publication and returns its id.
pub async fn insert(conn: &mut AnyConnection, snapshot: &NewSnapshot<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO statistics_snapshot (period_from, period_to, published_at, published_by,
             min_count, min_base, public_figures, full_figures)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         RETURNING id",
    )
    .bind(snapshot.period_from)
    .bind(snapshot.period_to)
    .bind(snapshot.published_at)
    .bind(snapshot.published_by)
    .bind(snapshot.min_count)
    .bind(snapshot.min_base)
    .bind(snapshot.public_figures)
    .bind(snapshot.full_figures)
    .fetch_one(conn)
    .await?)
}

/// A publication without its figures.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct SnapshotRow {
    pub id: i64,
    pub period_from: String,
    pub period_to: String,
    pub published_at: String,
    pub published_by: String,
    pub min_count: i64,
    pub min_base: i64,
}

/// Every publication, the newest first.
pub async fn list(db: &Db) -> Result<Vec<SnapshotRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, period_from, period_to, published_at, published_by, min_count, min_base
           FROM statistics_snapshot ORDER BY id DESC",
    )
    .fetch_all(db.pool())
    .await?)
}

/// The public figures' JSON of a publication.
pub async fn public_figures(db: &Db, id: i64) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT public_figures FROM statistics_snapshot WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?,
    )
}

/// The unsuppressed figures' JSON of a publication: for municipality staff only.
pub async fn full_figures(db: &Db, id: i64) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT full_figures FROM statistics_snapshot WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?,
    )
}
