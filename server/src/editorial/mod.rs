//! Editing and reviewing provider profiles, and authorizing providers.
//!
//! Contact details publish at once; texts and structured facts wait for an
//! administrator. Every version is kept with who made it and when, and
//! every public change reaches the search index through `search_change`.

pub mod authorizations;
pub mod diff;
pub mod history;
pub mod review;
pub mod validation;

use domain::model::FieldError;

use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum EditorialError {
    /// The account may not do this (an editor touching another provider, a
    /// non-administrator reviewing).
    #[error("not allowed for this account")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("the form has errors")]
    Invalid(Vec<FieldError>),
    /// Another administrator decided first.
    #[error("already reviewed")]
    AlreadyReviewed,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<sqlx::Error> for EditorialError {
    fn from(error: sqlx::Error) -> Self {
        EditorialError::Db(error.into())
    }
}

/// Only administrators pass.
pub fn require_administrator(who: &domain::model::SignedIn) -> Result<(), EditorialError> {
    match who.role {
        domain::model::Role::Administrator => Ok(()),
        domain::model::Role::ProviderEditor { .. } => Err(EditorialError::Forbidden),
    }
}
