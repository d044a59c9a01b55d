//! Jämföraren's vocabulary, shared by the pages (`app`) and the server:
//! the locales, the interventions and facts, the profile's fields, the
//! statistics' breakdowns with their categories and bases, the types pages
//! and server exchange, and the traits the pages call ([`backend`]).
//!
//! Nothing here renders, reads a database or formats a message, so the
//! server's modules can stand on it without standing on the user interface.

pub mod backend;
pub mod error;
pub mod interventions;
pub mod locale;
pub mod model;
pub mod places;
pub mod profile_fields;
pub mod url;
pub mod vocabulary;
