//! `GET /health`: 200 when the server can reach its database, else 503.

use axum::{extract::State, http::StatusCode, Json};
use serde_json::{json, Value};

use crate::db::Db;

pub async fn health(State(db): State<Db>) -> (StatusCode, Json<Value>) {
    match db.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(json!({ "status": "ok", "database": "ok" })),
        ),
        Err(error) => {
            tracing::warn!(%error, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable", "database": "unreachable" })),
            )
        }
    }
}
