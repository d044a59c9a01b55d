//! The server's implementations of [`domain::backend`]'s traits, as the page
//! being rendered reaches them.

pub use domain::backend::*;

use crate::error::AppError;

pub fn use_staff() -> Result<SharedStaff, AppError> {
    leptos::prelude::use_context::<SharedStaff>().ok_or(AppError::Unavailable)
}

/// The backend provided by the server for this request.
pub fn use_backend() -> Result<SharedBackend, AppError> {
    leptos::prelude::use_context::<SharedBackend>().ok_or(AppError::Unavailable)
}
