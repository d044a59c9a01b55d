//! The errors a page can meet, as types the server and the browser share.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist (unknown level, provider, page).
    #[error("not found")]
    NotFound,
    /// Signed in, but this account may not see or do this.
    #[error("forbidden")]
    Forbidden,
    /// A form or file larger than the server takes.
    #[error("too large")]
    TooLarge,
    /// The database or another dependency failed; details are in the server log only.
    #[error("service unavailable")]
    Unavailable,
}

impl AppError {
    /// The Fluent message that explains the error to a reader.
    pub fn message_id(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::Forbidden => "error-forbidden",
            AppError::TooLarge => "error-too-large",
            AppError::Unavailable => "error-unavailable",
        }
    }

    #[cfg(feature = "http")]
    pub fn status(&self) -> http::StatusCode {
        match self {
            AppError::NotFound => http::StatusCode::NOT_FOUND,
            AppError::Forbidden => http::StatusCode::FORBIDDEN,
            AppError::TooLarge => http::StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Unavailable => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}
