//! The signed-in part of the portal: providers keep their profile current,
//! administrators review, authorize and invite. Every page here is plain
//! server-rendered HTML with forms that post to `server::http::staff`; every
//! read checks who is asking in the server (`backend::Staff`), whatever the
//! page shows.

pub mod addresses;
pub mod history;
pub mod invitation;
pub mod invitations;
pub mod overview;
pub mod password;
pub mod profile_edit;
pub mod profile_preview;
pub mod providers;
pub mod review;
pub mod sign_in;
pub mod statistics;

use leptos::prelude::*;

use crate::{
    components::error_view::ErrorView,
    error::AppError,
    i18n::I18n,
    model::{Role, SignedIn},
    request::{redirect, signed_in},
    routes::{Notice, Page, DONE_PARAMETER},
};

/// The signed-in account; without one, the browser goes to the sign-in page.
fn require_signed_in(i18n: &I18n) -> Option<SignedIn> {
    let who = signed_in();
    if who.is_none() {
        redirect(&i18n.href(&Page::SignIn));
    }
    who
}

/// Renders `page` for administrators, a 403 page for other accounts and a
/// redirect to sign in for the public.
fn for_administrators<V: IntoView + 'static>(
    i18n: &I18n,
    page: impl FnOnce(SignedIn) -> V,
) -> AnyView {
    match require_signed_in(i18n) {
        Some(who) if who.role == Role::Administrator => page(who).into_any(),
        Some(_) => view! { <ErrorView error=AppError::Forbidden/> }.into_any(),
        None => ().into_any(),
    }
}

/// What names a [`scrolling_table`]: the section heading above it (its id),
/// or its own caption (an id and the text).
pub(crate) enum ScrollingTableName {
    Heading(String),
    Caption(&'static str, String),
}

impl From<&'static str> for ScrollingTableName {
    fn from(heading_id: &'static str) -> Self {
        ScrollingTableName::Heading(heading_id.to_string())
    }
}

/// A table that scrolls sideways on a narrow screen: a focusable region
/// named by its heading or caption, its columns' headers translated.
pub(crate) fn scrolling_table(
    i18n: &I18n,
    name: ScrollingTableName,
    columns: &[&str],
    rows: impl IntoView,
) -> AnyView {
    let headers = columns
        .iter()
        .map(|id| view! { <th scope="col">{i18n.t(id)}</th> })
        .collect_view();
    let (labelled_by, caption) = match name {
        ScrollingTableName::Heading(id) => (id, None),
        ScrollingTableName::Caption(id, text) => (
            id.to_string(),
            Some(view! { <caption id=id>{text}</caption> }),
        ),
    };
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table>
                {caption}
                <thead><tr>{headers}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The confirmation of what the last form did, as a status message.
fn done_notice(i18n: &I18n) -> Option<impl IntoView> {
    // A form's handler redirects here (so a reload never posts twice) and
    // names what it did; anything else in the parameter is ignored.
    let done = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get(DONE_PARAMETER)?;
    let notice = Notice::from_code(&done)?;
    Some(view! {
        <div class="notice notice--success" role="status">
            <p>{i18n.t(&notice.message_id())}</p>
        </div>
    })
}

/// A stored moment (RFC 3339, UTC) as the reader's date and the time,
/// marked UTC since it is stored so; a bare date as the date.
fn moment(i18n: &I18n, at: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(at) => format!("{} {} UTC", i18n.date(at.date_naive()), at.format("%H:%M")),
        Err(_) => i18n.date_text(at),
    }
}
