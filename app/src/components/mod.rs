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

server_only!(
    contact, diff, error_view, facts, forms, layout, locations, meeting, next_steps, qr_code,
    share, statistics,
);
