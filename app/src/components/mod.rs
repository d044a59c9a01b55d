//! Pieces shared by several pages.

pub mod copy_link;
pub mod error_view;
pub mod facts;
pub mod forms;
pub mod layout;
pub mod qr_code;
