//! The meeting view (issue 19 §3): a level, a profile, a comparison, a fact
//! sheet and a "my choice" page, each in two columns, Swedish beside any of
//! the nine locales, row by row; a plain address that keeps the list's
//! order and the shortlist, and whose links stay in the meeting view.

mod common;

use std::collections::HashSet;

use common::{
    assert_no_script_from_the_address, get, portal, published_demo_db, SCRIPT_IN_ADDRESS,
};
use domain::locale::Locale;

const TODAY: &str = "2025-03-14";

/// One page of each kind that has a meeting view, with its query.
const PAGES: [&str; 7] = [
    "/level/ami2?seed=meeting",
    "/level/isa1?seed=x&q=svenska",
    "/provider/eductus?level=ami2",
    "/compare?p=cognix&p=jobblotsen&p=eductus&level=ami2",
    "/fact-sheet/fai1",
    "/level/ami2/my-choice/cognix",
    "/level/ami1/my-choice",
];

/// Every locale that can stand beside Swedish.
fn beside_swedish() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().filter(|&l| l != Locale::Swedish)
}

/// The text of a page's first `<h1>`, with the tag's end.
fn first_heading(html: &str) -> String {
    let start = html.find("<h1").expect("a heading");
    let text = &html[start..];
    let text = &text[text.find('>').unwrap() + 1..];
    format!(">{}</h1>", &text[..text.find("</h1>").unwrap()])
}

fn with_meeting(path: &str, slug: &str) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}meeting={slug}")
}

/// Every `id="…"` in a page.
fn ids(html: &str) -> Vec<&str> {
    html.split(r#" id=""#)
        .skip(1)
        .filter_map(|part| part.split('"').next())
        .collect()
}

/// The cells of every row, as the opening tags of the first and the second
/// column's cells.
fn cells<'a>(html: &'a str, column: &str) -> Vec<&'a str> {
    let class = format!(r#"class="meeting__cell meeting__cell--{column}""#);
    html.split("<div ")
        .filter(|tag| tag.split('>').next().is_some_and(|t| t.contains(&class)))
        .map(|tag| tag.split('>').next().unwrap_or_default())
        .collect()
}

/// The providers' names in a level page's list, in order (cards in the
/// first column only, in the meeting view).
fn listed_names(html: &str) -> Vec<String> {
    html.split(r#"class="provider-card__name""#)
        .skip(1)
        .filter_map(|part| {
            let link = part.split("</a>").next()?;
            Some(link.rsplit('>').next()?.to_string())
        })
        .collect()
}

#[tokio::test]
async fn every_page_kind_stands_in_two_aligned_columns_beside_every_locale() {
    let app = portal(published_demo_db().await, TODAY).await;
    for page_locale in [Locale::Swedish, Locale::Arabic] {
        for second in beside_swedish() {
            for path in PAGES {
                let address = format!(
                    "/{}{}",
                    page_locale.slug(),
                    with_meeting(path, second.slug())
                );
                let (response, html) = get(&app, &address, &[]).await;
                assert_eq!(response.status(), 200, "{address}");
                let rows = html.matches(r#"class="meeting__row""#).count();
                assert!(rows >= 4, "{address}: {rows} rows");
                let (first, other) = (cells(&html, "first"), cells(&html, "second"));
                assert_eq!((first.len(), other.len()), (rows, rows), "{address}");
                let swedish = r#"lang="sv" dir="ltr""#;
                assert!(first.iter().all(|tag| tag.contains(swedish)), "{address}");
                let own = format!(
                    r#"lang="{}" dir="{}""#,
                    second.html_lang(),
                    second.direction().as_str()
                );
                assert!(other.iter().all(|tag| tag.contains(&own)), "{address}");
                // The columns stand Swedish first whatever the page's direction.
                assert!(
                    html.contains(r#"<div dir="ltr" class="meeting__rows">"#),
                    "{address}"
                );
                let ids = ids(&html);
                let unique: HashSet<_> = ids.iter().collect();
                assert_eq!(unique.len(), ids.len(), "{address}: repeated ids {ids:?}");
                assert!(
                    html.contains(r#"<meta name="robots" content="noindex""#),
                    "{address}: one page's copy, not indexed"
                );
                // Each column in its own language: the page's title in
                // Swedish and in the other language, as each alone says it.
                for language in [Locale::Swedish, second] {
                    let alone = format!("/{}{path}", language.slug());
                    let (_, single) = get(&app, &alone, &[]).await;
                    let title = first_heading(&single);
                    assert!(html.contains(&title), "{address}: {title} from {alone}");
                }
            }
        }
    }
}

#[tokio::test]
async fn each_page_in_one_language_offers_the_meeting_view_in_every_other_language() {
    let app = portal(published_demo_db().await, TODAY).await;
    for locale in Locale::ALL {
        for path in PAGES {
            let address = format!("/{}{path}", locale.slug());
            let (response, html) = get(&app, &address, &[]).await;
            assert_eq!(response.status(), 200, "{address}");
            assert!(
                !html.contains(r#"class="meeting__row""#),
                "{address}: one language"
            );
            for second in beside_swedish() {
                let link = format!(
                    r#"href="/{}{}""#,
                    locale.slug(),
                    with_meeting(path, second.slug()).replace('&', "&amp;")
                );
                assert!(html.contains(&link), "{address}: {link}");
            }
        }
    }
}

#[tokio::test]
async fn the_list_keeps_its_order_and_its_links_keep_the_meeting_view() {
    let app = portal(published_demo_db().await, TODAY).await;
    for seed in ["one", "two", "three"] {
        let single = format!("/sv/level/ami2?seed={seed}");
        let (_, html) = get(&app, &single, &[]).await;
        let order = listed_names(&html);
        assert!(order.len() >= 5, "{single}: {order:?}");
        let meeting = format!("{single}&meeting=so");
        let (_, html) = get(&app, &meeting, &[]).await;
        let both = listed_names(&html);
        let swedish: Vec<_> = both.iter().step_by(2).cloned().collect();
        let somali: Vec<_> = both.iter().skip(1).step_by(2).cloned().collect();
        assert_eq!(swedish, order, "{meeting}: the same order");
        assert_eq!(somali, order, "{meeting}: the same order in Somali");
        // A provider's link opens its profile in the meeting view, in the
        // page's locale, from both columns.
        assert_eq!(
            html.matches(r#"href="/sv/provider/cognix?level=ami2&amp;meeting=so""#)
                .count(),
            2,
            "{meeting}"
        );
    }
}

#[tokio::test]
async fn a_list_opened_without_a_seed_offers_the_meeting_view_with_its_own() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/en/level/ami2", &[]).await;
    let seed = html
        .split(r#"href="/en/level/ami2?seed="#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the list's own link");
    let seed = seed.split("&amp;").next().unwrap();
    let link = format!(r#"href="/en/level/ami2?seed={seed}&amp;meeting=en""#);
    assert!(html.contains(&link), "{link}");
}

#[tokio::test]
async fn the_shortlist_is_compared_in_the_same_order() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (_, html) = get(
        &app,
        "/sv/compare?p=jobblotsen&p=cognix&level=ami2&meeting=ar",
        &[],
    )
    .await;
    let jobblotsen = html.find(">Jobblotsen</a></h2>").expect("Jobblotsen");
    let cognix = html.find(">Cognix</a></h2>").expect("Cognix");
    assert!(jobblotsen < cognix, "in the reader's order");
    assert_eq!(
        html.matches(">Cognix</a></h2>").count(),
        2,
        "in both columns"
    );
    assert!(html.contains("Jag väljer Cognix för AMI 2"));
    assert!(
        html.contains(r#"<span dir="ltr">070-000 00 13</span>"#),
        "phone kept left to right"
    );
}

#[tokio::test]
async fn a_presentation_shows_its_translation_or_says_it_has_none() {
    let app = portal(published_demo_db().await, TODAY).await;
    // Eductus wrote its presentation in Swedish and English only.
    let (_, english) = get(&app, "/sv/provider/eductus?meeting=en", &[]).await;
    assert!(english.contains(r#"<div lang="en" dir="auto" class="presentation"><p>Eductus is"#));
    assert!(english.contains(r#"<div lang="sv" dir="auto" class="presentation"><p>Eductus är"#));
    assert!(!english.contains("has not translated"));
    let (_, arabic) = get(&app, "/sv/provider/eductus?meeting=ar", &[]).await;
    assert!(arabic.contains("لم يترجم مقدّم الخدمة هذا النص إلى العربية."));
    assert!(arabic.contains(r#"<div lang="sv" dir="auto" class="presentation"><p>Eductus är"#));
    assert_eq!(
        arabic.matches(r#"class="presentation""#).count(),
        1,
        "no Swedish copy in the Arabic column"
    );
}

#[tokio::test]
async fn an_unknown_meeting_language_shows_the_page_in_one_language_and_says_so() {
    let app = portal(published_demo_db().await, TODAY).await;
    for path in PAGES {
        let (_, plain) = get(&app, &format!("/sv{path}"), &[]).await;
        // Swedish beside Swedish would say everything twice.
        for value in ["sv", "xx", "", "SV", SCRIPT_IN_ADDRESS] {
            let address = format!("/sv{}", with_meeting(path, value));
            let (response, html) = get(&app, &address, &[]).await;
            assert_eq!(response.status(), 200, "{address}");
            assert!(!html.contains(r#"class="meeting__row""#), "{address}");
            assert!(
                html.contains("Mötesvyn behöver ett annat språk än svenska"),
                "{address}"
            );
            assert_no_script_from_the_address(&html, &plain);
        }
    }
}
