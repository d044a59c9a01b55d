//! One module per route.

pub mod accessibility;
pub mod account;
pub mod compare;
pub mod fact_sheet;
pub mod fact_sheets;
pub mod home;
pub mod level;
pub mod not_found;
pub mod open_data;
pub mod provider;
pub mod statistics;
pub mod statistics_level;
pub mod statistics_provider;
