//! Imports started from the staff upload page: one row per file, updated
//! while it is read and when it ends.

use super::{Db, DbError};

/// An import as stored; `status` is `running`, `imported` or `rejected`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub file_name: String,
    pub started_by: String,
    pub started_at: String,
    pub status: String,
    pub bytes_total: i64,
    pub bytes_read: i64,
    pub rows_read: i64,
    pub heartbeat_at: String,
    /// JSON of the problems of a rejected file.
    pub problems: Option<String>,
}

type Tuple = (
    i64,
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    String,
    Option<String>,
);

const COLUMNS: &str = "j.id, j.kind, j.file_name, a.display_name, j.started_at, j.status,
    j.bytes_total, j.bytes_read, j.rows_read, j.heartbeat_at, j.problems
    FROM import_job j JOIN account a ON a.id = j.started_by";

fn from_tuple(
    (
        id,
        kind,
        file_name,
        started_by,
        started_at,
        status,
        bytes_total,
        bytes_read,
        rows_read,
        heartbeat_at,
        problems,
    ): Tuple,
) -> JobRow {
    JobRow {
        id,
        kind,
        file_name,
        started_by,
        started_at,
        status,
        bytes_total,
        bytes_read,
        rows_read,
        heartbeat_at,
        problems,
    }
}

/// Records a new running import and returns its id.
pub async fn insert(
    db: &Db,
    kind: &str,
    file_name: &str,
    bytes_total: i64,
    started_by: i64,
    now: &str,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO import_job (kind, file_name, started_by, started_at, status, bytes_total,
             heartbeat_at)
         VALUES ($1, $2, $3, $4, 'running', $5, $4)
         RETURNING id",
    )
    .bind(kind)
    .bind(file_name)
    .bind(started_by)
    .bind(now)
    .bind(bytes_total)
    .fetch_one(db.pool())
    .await?)
}

/// How far a running import got.
pub async fn heartbeat(
    db: &Db,
    id: i64,
    bytes_read: i64,
    rows_read: i64,
    now: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE import_job SET bytes_read = $1, rows_read = $2, heartbeat_at = $3
          WHERE id = $4 AND status = 'running'",
    )
    .bind(bytes_read)
    .bind(rows_read)
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// How an import ended: `imported` with the rows written, or `rejected`
/// with its problems.
pub async fn finish(
    db: &Db,
    id: i64,
    status: &str,
    rows: i64,
    problems: Option<&str>,
    now: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE import_job SET status = $1, rows_read = $2, problems = $3, finished_at = $4,
                bytes_read = bytes_total, heartbeat_at = $4
          WHERE id = $5",
    )
    .bind(status)
    .bind(rows)
    .bind(problems)
    .bind(now)
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(())
}

pub async fn get(db: &Db, id: i64) -> Result<Option<JobRow>, DbError> {
    let row: Option<Tuple> = sqlx::query_as(&format!("SELECT {COLUMNS} WHERE j.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(from_tuple))
}

/// The latest imports, the newest first.
pub async fn latest(db: &Db, limit: i64) -> Result<Vec<JobRow>, DbError> {
    let rows: Vec<Tuple> = sqlx::query_as(&format!("SELECT {COLUMNS} ORDER BY j.id DESC LIMIT $1"))
        .bind(limit)
        .fetch_all(db.pool())
        .await?;
    Ok(rows.into_iter().map(from_tuple).collect())
}
