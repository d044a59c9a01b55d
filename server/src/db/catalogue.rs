//! The catalogue: kundval and their levels (interventions), valid by date.

use chrono::NaiveDate;
use domain::model::{KundvalSummary, LevelSummary};

use super::{Db, DbError};

type LevelRow = (String, String, Option<i64>, Option<i64>, i64, i64);

const LEVEL_COLUMNS: &str = "
    i.code, i.kundval_code, i.level, i.max_months,
    CASE WHEN i.valid_from <= $1 AND (i.valid_to IS NULL OR i.valid_to >= $1) THEN 1 ELSE 0 END,
    (SELECT COUNT(*) FROM provider_authorization a
      WHERE a.intervention_code = i.code
        AND a.authorized_from <= $1
        AND (a.authorized_to IS NULL OR a.authorized_to >= $1))";

fn level_from_row(row: LevelRow) -> LevelSummary {
    let (code, kundval_code, level, max_months, offered, provider_count) = row;
    LevelSummary {
        code,
        kundval_code,
        level,
        max_months,
        offered: offered == 1,
        provider_count,
    }
}

/// The kundval offered on `on`, in catalogue order, each with its offered levels.
pub async fn offered_on(db: &Db, on: NaiveDate) -> Result<Vec<KundvalSummary>, DbError> {
    let rows: Vec<LevelRow> = sqlx::query_as(&format!(
        "SELECT {LEVEL_COLUMNS}
           FROM intervention i JOIN kundval k ON k.code = i.kundval_code
          WHERE i.valid_from <= $1 AND (i.valid_to IS NULL OR i.valid_to >= $1)
          ORDER BY k.sort_order, i.sort_order"
    ))
    .bind(on.to_string())
    .fetch_all(db.pool())
    .await?;

    let mut catalogue: Vec<KundvalSummary> = Vec::new();
    for level in rows.into_iter().map(level_from_row) {
        match catalogue.last_mut() {
            Some(kundval) if kundval.code == level.kundval_code => kundval.levels.push(level),
            _ => catalogue.push(KundvalSummary {
                code: level.kundval_code.clone(),
                levels: vec![level],
                level_defaults: Vec::new(),
            }),
        }
    }
    Ok(catalogue)
}

/// One intervention by code, whether or not it is offered on `on`.
pub async fn level(db: &Db, code: &str, on: NaiveDate) -> Result<Option<LevelSummary>, DbError> {
    let row: Option<LevelRow> = sqlx::query_as(&format!(
        "SELECT {LEVEL_COLUMNS} FROM intervention i WHERE i.code = $2"
    ))
    .bind(on.to_string())
    .bind(code)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(level_from_row))
}

/// Every intervention code, in catalogue order (the new levels, then the
/// pre-2024 interventions).
pub async fn codes_in_order(db: &Db) -> Result<Vec<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT code FROM intervention ORDER BY sort_order, code")
            .fetch_all(db.pool())
            .await?,
    )
}
