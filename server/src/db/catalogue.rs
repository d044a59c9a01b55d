//! The catalogue: kundval and their levels (interventions), valid by date.

use chrono::NaiveDate;
use domain::{
    interventions::{Intervention, Kundval},
    model::{KundvalSummary, LevelSummary},
};

use super::{Db, DbError};

/// A level as [`LEVEL_COLUMNS`] reads it.
#[derive(sqlx::FromRow)]
struct LevelRow {
    code: String,
    kundval_code: String,
    level: Option<i64>,
    max_months: Option<i64>,
    offered: i64,
    provider_count: i64,
}

const LEVEL_COLUMNS: &str = "
    i.code, i.kundval_code, i.level, i.max_months,
    CASE WHEN i.valid_from <= $1 AND (i.valid_to IS NULL OR i.valid_to >= $1) THEN 1 ELSE 0 END
        AS offered,
    (SELECT COUNT(*) FROM provider_authorization a
      WHERE a.intervention_code = i.code
        AND a.authorized_from <= $1
        AND (a.authorized_to IS NULL OR a.authorized_to >= $1)) AS provider_count";

fn level_from_row(row: LevelRow) -> LevelSummary {
    LevelSummary {
        code: row.code,
        kundval_code: row.kundval_code,
        level: row.level,
        max_months: row.max_months,
        offered: row.offered == 1,
        provider_count: row.provider_count,
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

/// Writes the catalogue's definition (`domain::interventions`) into the
/// database, each row as the definition has it: the one place the catalogue
/// is written is that module; migration 0002 gave the first databases the
/// same rows. Rows the definition does not name are left alone.
pub async fn write_definition(db: &Db) -> Result<(), DbError> {
    let mut tx = db.pool().begin().await?;
    for (order, kundval) in (1..).zip(Kundval::ALL) {
        sqlx::query(
            "INSERT INTO kundval (code, valid_from, valid_to, sort_order) VALUES ($1, $2, $3, $4)
             ON CONFLICT (code) DO UPDATE SET valid_from = excluded.valid_from,
                 valid_to = excluded.valid_to, sort_order = excluded.sort_order",
        )
        .bind(kundval.code())
        .bind(kundval.valid_from().to_string())
        .bind(kundval.valid_to().map(|day| day.to_string()))
        .bind(order as i64)
        .execute(&mut *tx)
        .await?;
    }
    for (order, intervention) in (1..).zip(Intervention::ALL) {
        sqlx::query(
            "INSERT INTO intervention (code, kundval_code, level, max_months, monthly_check_sek,
                                       valid_from, valid_to, sort_order)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (code) DO UPDATE SET kundval_code = excluded.kundval_code,
                 level = excluded.level, max_months = excluded.max_months,
                 monthly_check_sek = excluded.monthly_check_sek,
                 valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                 sort_order = excluded.sort_order",
        )
        .bind(intervention.code())
        .bind(intervention.kundval_code())
        .bind(intervention.level())
        .bind(intervention.max_months())
        .bind(intervention.monthly_check_sek())
        .bind(intervention.valid_from().to_string())
        .bind(intervention.valid_to().map(|day| day.to_string()))
        .bind(order as i64)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
