//! Pieces shared by several pages.

pub mod copy_link;
pub mod error_view;
pub mod facts;
pub mod layout;
pub mod qr_code;
pub mod statistics;
