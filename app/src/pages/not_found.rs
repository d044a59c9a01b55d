//! The 404 page, in the language of the URL (Swedish when it has none).

use leptos::prelude::*;

use crate::{components::error_view::ErrorView, error::AppError};

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ErrorView error=AppError::NotFound/> }
}
