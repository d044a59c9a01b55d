//! Pieces shared by several pages.

pub mod contact;
pub mod copy_link;
pub mod diff;
pub mod error_view;
pub mod facts;
pub mod forms;
pub mod import_progress;
pub mod layout;
pub mod live_filters;
pub mod locations;
pub mod meeting;
pub mod next_steps;
pub mod print_button;
pub mod qr_code;
pub mod read_aloud;
pub mod share;
pub mod statistics;
