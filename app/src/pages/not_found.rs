//! The fallback page, in the language of the URL (Swedish when it has none):
//! a 404, or the error a form handler answers with when it renders this page
//! with an `AppError` in context (`server::http::forms::error_page`).

use leptos::prelude::*;

use crate::{components::error_view::ErrorView, error::AppError};

#[component]
pub fn NotFound() -> impl IntoView {
    let error = use_context::<AppError>().unwrap_or(AppError::NotFound);
    view! { <ErrorView error/> }
}
