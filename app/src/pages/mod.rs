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

use leptos::prelude::*;

/// `view.prerendered()`: a page's content, at the end of its `Suspend`,
/// rendered by [`prerendered`]. Unlike `into_any`, it does not copy the
/// view's tree into owned values first.
pub trait Prerendered: IntoView {
    fn prerendered(self) -> AnyView;
}

impl<V: IntoView> Prerendered for V {
    fn prerendered(self) -> AnyView {
        prerendered(self)
    }
}

/// A page's content rendered to HTML at once, on tachys's synchronous path.
///
/// Inside a `Suspense`, tachys renders every element on its streaming path,
/// which builds each element's tags in strings of their own and copies them
/// on: a visible part of a page's cost. The content a `Suspend` resolves to
/// has no suspense of its own, so nothing in it could stream later anyway.
/// Its islands render their markers and props as usual, and hydrate from
/// the document like every other island; the rest never hydrates.
#[cfg(feature = "ssr")]
pub fn prerendered(content: impl IntoView) -> AnyView {
    leptos::tachys::html::InertElement::new(content.into_view().to_html()).into_any()
}

/// In the browser a page's content is never rendered (islands mode).
#[cfg(not(feature = "ssr"))]
pub fn prerendered(content: impl IntoView) -> AnyView {
    content.into_any()
}
