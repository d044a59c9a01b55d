//! One module per route.

pub mod account;
pub mod compare;
pub mod home;
pub mod level;
pub mod not_found;
pub mod provider;
