//! The frame of every page: skip link, header with the language switcher,
//! the demonstration-data notice, the page's main content and the footer.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::{
    i18n::use_i18n,
    i18n::Locale,
    pages::{not_found::NotFound, prerendered},
    routes::{localized, Page},
};

#[component]
pub fn PageLayout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    // Header and footer are the same on every page: rendered at once, like
    // each page's content (see `prerendered`).
    let header = prerendered(view! {
        <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-name" href=i18n.href(&Page::Home)>{i18n.t("site-name")}</a>
                <LanguageSwitcher/>
            </div>
        </header>
        <DemonstrationNotice/>
    });
    let footer = prerendered(view! {
        <footer class="site-footer">
            <p>{i18n.t("footer-about")}</p>
            <nav class="footer-links" aria-label=i18n.t("footer-links-label")>
                <ul>
                    <li><a href=i18n.href(&Page::FactSheets)>{i18n.t("sheet-index-title")}</a></li>
                    <li><a href=i18n.href(&Page::Statistics)>{i18n.t("stats-title")}</a></li>
                    <li><a href=i18n.href(&Page::OpenData)>{i18n.t("open-data-title")}</a></li>
                    <li><a href=i18n.href(&Page::Accessibility)>{i18n.t("a11y-footer-link")}</a></li>
                    <li>{account_link(&i18n)}</li>
                </ul>
            </nav>
        </footer>
    });
    view! {
        <LanguageAlternates/>
        {header}
        <main id="main" tabindex="-1">{children()}</main>
        {footer}
    }
}

/// For search engines: the page's canonical address and the same page in
/// each of the nine languages (`hreflang`, Swedish as the default), all
/// absolute from the configured public address. A reader's own random
/// order (`seed`) is no other page, so it is left out.
#[component]
fn LanguageAlternates() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let path = location.pathname.get_untracked();
    // Only a page of a locale has languages (not, say, a 404 outside one).
    Locale::from_path(&path)?;
    let query: Vec<String> = location
        .search
        .get_untracked()
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("seed="))
        .map(str::to_string)
        .collect();
    let rest = match query.is_empty() {
        true => path_without_locale(&path).to_string(),
        false => format!("{}?{}", path_without_locale(&path), query.join("&")),
    };
    let address = |locale: Locale| crate::request::absolute_url(&localized(locale, &rest));
    let canonical = address(i18n.locale)?;
    let alternates = Locale::ALL
        .into_iter()
        .filter_map(|locale| {
            let href = address(locale)?;
            Some(
                view! { <leptos_meta::Link rel="alternate" hreflang=locale.hreflang() href=href/> },
            )
        })
        .collect_view();
    let default = address(Locale::FALLBACK)?;
    Some(view! {
        <leptos_meta::Link rel="canonical" href=canonical/>
        {alternates}
        <leptos_meta::Link rel="alternate" hreflang="x-default" href=default/>
    })
}

/// The page's description for search results and link previews.
pub fn description(text: String) -> impl IntoView {
    view! { <leptos_meta::Meta name="description" content=text/> }
}

/// "My account" when signed in, else the way in for providers and staff.
fn account_link(i18n: &crate::i18n::I18n) -> impl IntoView {
    let (page, label) = match crate::request::signed_in() {
        Some(_) => (Page::Account, "nav-account"),
        None => (Page::SignIn, "nav-sign-in"),
    };
    view! { <a href=i18n.href(&page)>{i18n.t(label)}</a> }
}

/// Links to the same page in every other language, each named in itself.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    // The same page, with its search, filters and seed, in another language.
    let rest = match search.as_str() {
        "" => path_without_locale(&path).to_string(),
        query => format!(
            "{}?{}",
            path_without_locale(&path),
            query.trim_start_matches('?')
        ),
    };
    let links = Locale::ALL
        .into_iter()
        .map(|locale| {
            let href = localized(locale, &rest);
            let current = locale == i18n.locale;
            view! {
                <li>
                    <a
                        href=href
                        lang=locale.html_lang()
                        hreflang=locale.html_lang()
                        aria-current=current.then_some("true")
                    >
                        {locale.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    // Nine languages fill a phone's header, so they fold into a disclosure
    // (a <details>, which needs no JavaScript) named by a globe icon and the
    // current language in itself.
    let label = i18n.t("language-switcher-label");
    let nav_label = label.clone();
    view! {
        <nav class="language-switcher" aria-label=nav_label>
            <details>
                <summary>
                    <svg class="globe" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                        <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2"/>
                        <path d="M2.5 12h19M12 2.5c3 3.2 3 15.8 0 19M12 2.5c-3 3.2-3 15.8 0 19" fill="none" stroke="currentColor" stroke-width="2"/>
                    </svg>
                    {i18n.locale.native_name()}
                    <span class="visually-hidden">" – " {label}</span>
                </summary>
                <ul>{links}</ul>
            </details>
        </nav>
    }
}

/// What follows the locale segment of a path: `/sv/level/ami2` → `/level/ami2`.
fn path_without_locale(path: &str) -> &str {
    match Locale::from_path(path) {
        Some(locale) => &path[1 + locale.slug().len()..],
        None => "",
    }
}

/// Said on every page while the database holds invented demonstration data.
#[component]
fn DemonstrationNotice() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let shown = crate::backend::use_backend()
        .map(|backend| backend.demonstration_data())
        .unwrap_or(false);
    #[cfg(not(feature = "ssr"))]
    let shown = false;
    let i18n = use_i18n();
    shown.then(|| {
        view! {
            <div class="demo-notice" role="note">
                <p>{i18n.t("demo-notice")}</p>
            </div>
        }
    })
}

/// Renders its children only when the URL's locale segment names a
/// published locale; anything else is a 404.
#[component]
pub fn Localized(children: ChildrenFn) -> impl IntoView {
    let params = use_params_map();
    let known = params
        .read_untracked()
        .get("lang")
        .and_then(|slug| Locale::from_slug(&slug))
        .is_some();
    move || {
        if known {
            children().into_any()
        } else {
            view! { <NotFound/> }.into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::path_without_locale;

    #[test]
    fn the_switcher_keeps_the_page_after_the_locale() {
        assert_eq!(path_without_locale("/sv/level/ami2"), "/level/ami2");
        assert_eq!(path_without_locale("/en"), "");
        assert_eq!(path_without_locale("/unknown/path"), "");
    }
}
