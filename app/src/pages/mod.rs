//! One module per route.

pub mod accessibility;
pub mod account;
pub mod compare;
pub mod fact_sheet;
pub mod fact_sheets;
pub mod home;
pub mod how_to_read;
pub mod level;
pub mod my_choice;
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

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use futures::{executor::block_on, StreamExt};

    use super::*;

    /// Elements, escaped text, an optional part and a list: what pages are
    /// made of.
    fn content() -> impl IntoView {
        let items = ["a", "b & <c>"].map(|item| view! { <li class="item">{item}</li> });
        view! {
            <h1 id="title">"Title"</h1>
            {Some(view! { <p title="\"quoted\"">"shown"</p> })}
            {None::<&str>}
            <ul>{items.to_vec()}</ul>
        }
    }

    fn streamed(view: impl IntoView) -> String {
        block_on(
            view.into_view()
                .to_html_stream_in_order()
                .collect::<String>(),
        )
    }

    #[test]
    fn prerendered_content_is_the_html_tachys_would_stream() {
        Owner::new().with(|| {
            let html = streamed(prerendered(content()));
            assert!(html.contains("b &amp; &lt;c&gt;"), "{html}");
            assert_eq!(html, streamed(content()));
        });
    }
}
