//! Pieces shared by several pages.
//!
//! The islands are the only part the browser build compiles: the rest
//! renders on the server, where the messages are translated.

pub mod copy_link;
pub mod form_messages;
pub mod import_progress;
pub mod live_filters;
pub mod print_button;
pub mod read_aloud;

#[cfg(feature = "ssr")]
pub mod contact;
#[cfg(feature = "ssr")]
pub mod diff;
#[cfg(feature = "ssr")]
pub mod error_view;
#[cfg(feature = "ssr")]
pub mod facts;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod layout;
#[cfg(feature = "ssr")]
pub mod locations;
#[cfg(feature = "ssr")]
pub mod meeting;
#[cfg(feature = "ssr")]
pub mod next_steps;
#[cfg(feature = "ssr")]
pub mod qr_code;
#[cfg(feature = "ssr")]
pub mod share;
#[cfg(feature = "ssr")]
pub mod statistics;
