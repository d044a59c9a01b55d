//! The change log the search index follows (see `crate::search`).

use sqlx::AnyConnection;

use super::{Backend, Db, DbError};

/// The PostgreSQL channel on which instances hear of changes to public data
/// (see `crate::changes`).
pub const CHANNEL: &str = "jamforaren_search";

/// Records that a provider's searchable content changed. Call it inside the
/// transaction that makes the change; on PostgreSQL the notification is
/// delivered when that transaction commits.
pub async fn record(
    conn: &mut AnyConnection,
    backend: Backend,
    provider_id: &str,
    now: &str,
) -> Result<(), DbError> {
    sqlx::query("INSERT INTO search_change (provider_id, changed_at) VALUES ($1, $2)")
        .bind(provider_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    announce(conn, backend, provider_id).await
}

/// Tells the other instances that public data changed; on PostgreSQL the
/// notification is delivered when the surrounding transaction commits.
pub async fn announce(
    conn: &mut AnyConnection,
    backend: Backend,
    what: &str,
) -> Result<(), DbError> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(CHANNEL)
            .bind(what)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The newest change's id, 0 when there is none.
pub async fn latest(db: &Db) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT COALESCE(MAX(id), 0) FROM search_change")
            .fetch_one(db.pool())
            .await?,
    )
}

/// Providers changed after change `after`, and the newest change id seen.
pub async fn since(db: &Db, after: i64) -> Result<(Vec<String>, i64), DbError> {
    let rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, provider_id FROM search_change WHERE id > $1 ORDER BY id")
            .bind(after)
            .fetch_all(db.pool())
            .await?;
    let newest = rows.last().map(|(id, _)| *id).unwrap_or(after);
    let mut providers: Vec<String> = rows.into_iter().map(|(_, p)| p).collect();
    providers.sort();
    providers.dedup();
    Ok((providers, newest))
}
