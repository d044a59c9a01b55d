//! No page shows a raw message id. The translator shows the id itself when a
//! message is missing everywhere (`Localizer::format`), and pages build ids
//! from data (`level-{code}-short`), so a gap or a stray code would reach the
//! reader as `level-XYZ-short`. This renders every page type in every locale,
//! in its normal, empty, error and edge states, and scans what a reader sees
//! or hears: the text and the attributes read aloud (`aria-label`, `title`,
//! `alt`, `placeholder`).

mod common;

use std::collections::BTreeSet;

use common::{demo_db, get, portal};
use domain::{interventions::Intervention, locale::Locale};
use fluent_syntax::{ast, parser};

const TODAY: &str = "2025-03-14";

/// Every message id of every locale.
fn known_ids() -> BTreeSet<String> {
    let sources = server::locales::read_sources(&common::locales_dir()).unwrap();
    let mut ids = BTreeSet::new();
    for source in &sources {
        let resource = parser::parse(source.text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", source.file));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                ids.insert(message.id.name.to_string());
            }
        }
    }
    ids
}

/// What a reader sees or hears of a page: its text and the attributes
/// assistive technology reads, without scripts, styles or other markup.
fn readable_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        text.push(' ');
        let tag_and_after = &rest[start..];
        let Some(end) = tag_and_after.find('>') else {
            break;
        };
        let tag = &tag_and_after[..=end];
        for name in ["aria-label", "title", "alt", "placeholder"] {
            if let Some(value) = attribute(tag, name) {
                text.push_str(value);
                text.push(' ');
            }
        }
        rest = &tag_and_after[end + 1..];
        // Skip the contents of elements that are not text.
        for element in ["script", "style"] {
            if tag.starts_with(&format!("<{element}")) {
                if let Some(close) = rest.find(&format!("</{element}>")) {
                    rest = &rest[close..];
                }
            }
        }
    }
    text.push_str(rest);
    text.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// The value of attribute `name` in one start tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    let end = tag[start..].find('"')?;
    Some(&tag[start..start + end])
}

/// Words that are, or look like, message ids: a known id, or a word shaped
/// like one (`family-Part-part`) whose first part starts known ids, such as
/// `level-XYZ-short` built from a code no message has. Only hyphenated ids
/// count: a one-word id (`print`) is also an ordinary English word. Words
/// inside addresses (`back-to-future.example`, e-mail) are names, not ids.
fn raw_ids_in(text: &str, known: &BTreeSet<String>) -> Vec<String> {
    let is_id_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let families: BTreeSet<&str> = known
        .iter()
        .filter_map(|id| id.split_once('-').map(|(first, _)| first))
        .collect();
    text.split_whitespace()
        .map(|word| word.trim_matches(|c: char| !is_id_char(c)))
        .filter(|word| word.contains('-') && word.chars().all(is_id_char))
        .filter(|word| {
            if known.contains(*word) {
                return true;
            }
            let mut parts = word.split('-');
            let first = parts.next().unwrap_or_default();
            families.contains(first)
                && first
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                && parts.all(|part| !part.is_empty())
        })
        .map(str::to_string)
        .collect()
}

/// Every page type, with the states that pick different messages.
async fn paths(db: &server::db::Db) -> Vec<String> {
    let providers: Vec<String> = sqlx::query_scalar("SELECT id FROM provider ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap();
    let mut paths = vec![
        String::new(),
        "/fact-sheets".into(),
        "/accessibility".into(),
        // Lists: filtered, searched, ordered, empty, shortened search.
        "/level/ami2?seed=a&language=ar&meeting_form=digital&order=name".into(),
        "/level/ami2?seed=a&q=zzzzzzzz".into(),
        format!("/level/ami2?seed=a&q={}", "lång".repeat(80)),
        // Comparisons: enough, too few, too many, from a level.
        format!("/compare?p={}&p={}&level=ami2", providers[0], providers[1]),
        format!("/compare?p={}", providers[0]),
        format!(
            "/compare?{}",
            providers
                .iter()
                .take(5)
                .map(|p| format!("p={p}"))
                .collect::<Vec<_>>()
                .join("&")
        ),
        // Errors, and codes that name nothing.
        "/no/such/page".into(),
        "/level/xyz9".into(),
        "/fact-sheet/xyz9".into(),
        "/provider/nobody".into(),
        format!("/provider/{}?level=xyz9", providers[0]),
        "/compare?level=xyz9".into(),
        // "My choice": a chosen provider, the default one, one not allowed.
        "/level/ami2/my-choice/cognix".into(),
        "/level/ami1/my-choice".into(),
        "/level/ami1/my-choice/cognix".into(),
    ];
    for intervention in Intervention::ALL {
        paths.push(format!("/level/{}", intervention.slug()));
        paths.push(format!("/fact-sheet/{}", intervention.slug()));
    }
    for provider in &providers {
        paths.push(format!("/provider/{provider}?level=ami2"));
    }
    paths
}

#[tokio::test]
async fn no_page_in_any_locale_shows_a_raw_message_id() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let known = known_ids();
    let mut found = Vec::new();
    for locale in Locale::ALL {
        for path in paths(&db).await {
            let uri = format!("/{}{path}", locale.slug());
            let (_, html) = get(&app, &uri, &[]).await;
            for id in raw_ids_in(&readable_text(&html), &known) {
                found.push(format!("{uri}: {id}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "raw message ids shown:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_known_and_made_up_ids_but_not_ordinary_words() {
    let known: BTreeSet<String> = ["level-AMI2-short", "back-to-start", "site-name", "print"]
        .map(String::from)
        .into();
    let html = r#"<p>Till startsidan</p><a title="site-name">x</a>
        <script>var back-to-start;</script><p>(level-XYZ-short), e-post, axe-core,
        back-to-start. You can print it at https://back-to-start.example</p>"#;
    let text = readable_text(html);
    assert_eq!(
        raw_ids_in(&text, &known),
        ["site-name", "level-XYZ-short", "back-to-start"]
    );
}
