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
