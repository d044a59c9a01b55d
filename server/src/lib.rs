//! Jämföraren's server: what the portal knows and does.
//!
//! `main.rs` only wires these together: configuration → database → locales
//! → backend → HTTP.

pub mod accounts;
pub mod changes;
pub mod cli;
pub mod comparison;
pub mod config;
pub mod db;
pub mod demo;
pub mod editorial;
pub mod http;
pub mod import;
pub mod locales;
pub mod portal;
pub mod public_cache;
pub mod search;
pub mod stats;
pub mod telemetry;
