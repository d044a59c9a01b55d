//! Full-text search over provider profiles with tantivy.
//!
//! The index is a cache: built in memory from the database at start-up and
//! kept current by the change log (`search_change`). Before every search the
//! index catches up with any change recorded since it was last updated, so it
//! is never stale, whichever instance or process made the change; on
//! PostgreSQL, instances also LISTEN for changes and catch up at once.
//!
//! Search only narrows the list. It never ranks: the list keeps its neutral
//! order, so no provider gains a place by repeating words in its texts.

mod documents;
mod index;
pub mod quality;
mod query;
mod swedish;
mod sync;

pub use documents::{load_all, load_providers, SearchDocument};
pub use index::{ProviderIndex, SearchError, SearchHits};
pub use query::MAX_QUERY_CHARS;
pub use sync::{SearchService, SyncError};
