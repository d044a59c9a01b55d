//! The errors a page can meet, as types the server and the browser share.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
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
    /// The server-function transport failed.
    #[error("request failed: {0}")]
    Transport(ServerFnErrorErr),
}

impl AppError {
    /// The Fluent message that explains the error to a reader.
    pub fn message_id(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::Forbidden => "error-forbidden",
            AppError::TooLarge => "error-too-large",
            AppError::Unavailable | AppError::Transport(_) => "error-unavailable",
        }
    }

    #[cfg(feature = "ssr")]
    pub fn status(&self) -> http::StatusCode {
        match self {
            AppError::NotFound => http::StatusCode::NOT_FOUND,
            AppError::Forbidden => http::StatusCode::FORBIDDEN,
            AppError::TooLarge => http::StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Unavailable | AppError::Transport(_) => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Transport(value)
    }
}
