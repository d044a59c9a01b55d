//! Where a page finds the server's `Backend` and `Staff` (the traits of
//! [`domain::backend`]) while it renders: in the request's context.

pub use domain::backend::*;

use crate::error::AppError;

pub fn use_staff() -> Result<SharedStaff, AppError> {
    leptos::prelude::use_context::<SharedStaff>().ok_or(AppError::Unavailable)
}

/// The backend provided by the server for this request.
pub fn use_backend() -> Result<SharedBackend, AppError> {
    leptos::prelude::use_context::<SharedBackend>().ok_or(AppError::Unavailable)
}
