//! Site-wide settings kept in the database, shared by every server instance.

use sqlx::AnyConnection;

use super::{Db, DbError};

/// Set while the database holds invented demonstration data.
pub const DEMONSTRATION_DATA: &str = "demonstration_data";

pub async fn get(db: &Db, key: &str) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar::<_, String>("SELECT value FROM site_setting WHERE key = $1")
            .bind(key)
            .fetch_optional(db.pool())
            .await?,
    )
}

pub async fn set_in(conn: &mut AnyConnection, key: &str, value: &str) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO site_setting (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(conn)
    .await?;
    Ok(())
}
