//! Comparing providers fairly: filters with counts, the neutral order, and
//! the default-provider rotation. Pure functions over loaded data, so the
//! rules are tested without a database.

pub mod facets;
pub mod order;
pub mod rotation;
