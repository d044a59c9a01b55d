//! One module per route.

pub mod home;
pub mod level;
pub mod not_found;
