//! Customer survey responses (kundenkät): one row per response, nothing
//! that names the respondent.

use futures_util::TryStreamExt;
use sqlx::AnyConnection;

use super::{Backend, Db, DbError};

/// Answers to the question areas of `domain::model::statistics::SURVEY_AREAS`,
/// in that order: 1–5, or none when skipped.
pub type Answers = [Option<i64>; 4];

/// A response as it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewResponse {
    pub response_id: String,
    pub provider_id: String,
    pub intervention_code: String,
    /// The calendar year whose customers were asked.
    pub survey_year: i64,
    /// A locale slug: the language the survey was answered in.
    pub language: String,
    pub answers: Answers,
}

const COLUMNS_PER_RESPONSE: usize = 10;

/// Responses per statement that write fastest (see `cases::batch_size`).
pub fn batch_size(backend: Backend) -> usize {
    match backend {
        Backend::Sqlite => 10,
        Backend::Postgres => 500,
    }
}

/// Inserts the responses, or updates them when their response_id exists.
/// At most 1,000 per call (10 parameters each).
pub async fn upsert(
    conn: &mut AnyConnection,
    responses: &[NewResponse],
    imported_at: &str,
) -> Result<(), DbError> {
    debug_assert!(responses.len() <= 1000);
    if responses.is_empty() {
        return Ok(());
    }
    let mut sql = String::from(
        "INSERT INTO survey_response (response_id, provider_id, intervention_code, survey_year,
             language, reception, information, participation, development, imported_at) VALUES ",
    );
    for row in 0..responses.len() {
        if row > 0 {
            sql.push(',');
        }
        let placeholders: Vec<String> = (1..=COLUMNS_PER_RESPONSE)
            .map(|c| format!("${}", row * COLUMNS_PER_RESPONSE + c))
            .collect();
        sql.push_str(&format!("({})", placeholders.join(",")));
    }
    sql.push_str(
        " ON CONFLICT (response_id) DO UPDATE SET
             provider_id = excluded.provider_id, intervention_code = excluded.intervention_code,
             survey_year = excluded.survey_year, language = excluded.language,
             reception = excluded.reception, information = excluded.information,
             participation = excluded.participation, development = excluded.development,
             imported_at = excluded.imported_at",
    );
    let mut query = sqlx::query(&sql);
    for response in responses {
        query = query
            .bind(response.response_id.as_str())
            .bind(response.provider_id.as_str())
            .bind(response.intervention_code.as_str())
            .bind(response.survey_year)
            .bind(response.language.as_str());
        for answer in response.answers {
            query = query.bind(answer);
        }
        query = query.bind(imported_at);
    }
    query.execute(conn).await?;
    Ok(())
}

/// A stored response, as the statistics read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredResponse {
    pub provider_id: String,
    pub intervention_code: String,
    pub answers: Answers,
}

type Row = (
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

/// The responses of the surveys of the years `from` to `to`, both included.
pub async fn for_years(db: &Db, from: i64, to: i64) -> Result<Vec<StoredResponse>, DbError> {
    let mut rows = sqlx::query_as::<_, Row>(
        "SELECT provider_id, intervention_code, reception, information, participation, development
           FROM survey_response WHERE survey_year BETWEEN $1 AND $2",
    )
    .bind(from)
    .bind(to)
    .fetch(db.pool());
    let mut responses = Vec::new();
    while let Some((provider_id, intervention_code, a, b, c, d)) = rows.try_next().await? {
        responses.push(StoredResponse {
            provider_id,
            intervention_code,
            answers: [a, b, c, d],
        });
    }
    Ok(responses)
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM survey_response")
        .fetch_one(conn)
        .await?)
}
