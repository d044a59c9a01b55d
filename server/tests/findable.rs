//! Findable: every public page describes itself in its language and names
//! its canonical address and its nine languages; `/robots.txt` and
//! `/sitemap.xml` exist; a trailing slash leads to the page without it.

mod common;

use common::{get, portal, published_demo_db, PUBLIC_URL};

const TODAY: &str = "2025-03-14";

/// The `content` of every `<meta name="description">` on a page.
fn descriptions(html: &str) -> Vec<String> {
    html.match_indices(r#"<meta name="description" content=""#)
        .map(|(at, marker)| {
            let rest = &html[at + marker.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

#[tokio::test]
async fn every_page_in_the_sitemap_describes_itself_and_names_its_languages() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, sitemap) = get(&app, "/sitemap.xml", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/xml"));
    let addresses: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</loc>").unwrap()])
        .collect();
    for expected in [
        "/sv",
        "/en/level/ami2",
        "/ar/provider/cognix",
        "/ti/fact-sheet/jpg",
        "/so/statistics/level/ami2",
        "/ru/open-data",
        "/lattlast/accessibility",
    ] {
        assert!(
            addresses.contains(&format!("{PUBLIC_URL}{expected}").as_str()),
            "the sitemap lists {expected}"
        );
    }
    assert!(addresses.len() > 9 * 20, "{} addresses", addresses.len());
    for address in addresses {
        let path = address
            .strip_prefix(PUBLIC_URL)
            .expect("absolute, from the public address");
        let (response, html) = get(&app, path, &[]).await;
        assert_eq!(response.status(), 200, "{path}");
        let described = descriptions(&html);
        assert_eq!(described.len(), 1, "{path} has one description");
        assert!(described[0].len() > 20, "{path}: {:?}", described[0]);
        assert!(
            html.contains(&format!(r#"<link href="{address}" rel="canonical">"#)),
            "{path} names itself canonical"
        );
        assert_eq!(
            html.matches(r#"" rel="alternate">"#).count(),
            10,
            "{path}: nine languages and a default"
        );
        let rest = &path[path[1..].find('/').map_or(path.len(), |i| i + 1)..];
        for (tag, slug) in [
            ("sv", "sv"),
            ("sv-x-lattlast", "lattlast"),
            ("fa-AF", "prs"),
            ("x-default", "sv"),
        ] {
            assert!(
                html.contains(&format!(
                    r#"<link href="{PUBLIC_URL}/{slug}{rest}" hreflang="{tag}" rel="alternate">"#
                )),
                "{path}: {tag}"
            );
        }
    }
}

#[tokio::test]
async fn descriptions_are_in_the_pages_language_and_a_seed_is_no_other_page() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (_, sv) = get(&app, "/sv/level/ami2?seed=abc123&order=name", &[]).await;
    let (_, en) = get(&app, "/en/level/ami2?seed=abc123&order=name", &[]).await;
    assert_ne!(descriptions(&sv), descriptions(&en));
    assert!(sv.contains(&format!(
        r#"<link href="{PUBLIC_URL}/sv/level/ami2?order=name" rel="canonical">"#
    )));
}

#[tokio::test]
async fn robots_txt_keeps_the_signed_in_pages_out_and_names_the_sitemap() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, text) = get(&app, "/robots.txt", &[("host", "evil.example")]).await;
    assert_eq!(response.status(), 200);
    assert!(text.starts_with("User-agent: *\n"));
    for private in ["/sv/account", "/ar/login", "/ti/invitation"] {
        assert!(
            text.contains(&format!("Disallow: {private}\n")),
            "{private}"
        );
    }
    assert!(text.contains(&format!("Sitemap: {PUBLIC_URL}/sitemap.xml")));
    assert!(!text.contains("evil"));
}

#[tokio::test]
async fn a_trailing_slash_or_a_dot_segment_leads_to_the_page_without_it_and_never_off_the_site() {
    let app = portal(published_demo_db().await, TODAY).await;
    for (asked, sent_to) in [
        ("/sv/", "/sv"),
        ("/en/level/ami2/?q=arabiska", "/en/level/ami2?q=arabiska"),
        ("//evil.example/", "/evil.example"),
        ("/%5Cevil.example/", "/%5Cevil.example"),
        (
            "/sv/statistics/provider/./cognix",
            "/sv/statistics/provider/cognix",
        ),
        ("/sv/level/../level/ami2?q=x", "/sv/level/ami2?q=x"),
    ] {
        let (response, _) = get(&app, asked, &[]).await;
        assert_eq!(response.status(), 308, "{asked}");
        assert_eq!(response.headers()["location"], sent_to, "{asked}");
    }
    let (response, _) = get(&app, "/sv", &[]).await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn every_page_links_to_the_statistics_and_the_open_data() {
    let app = portal(published_demo_db().await, TODAY).await;
    for page in ["/sv", "/en/level/ami2", "/ar/fact-sheets"] {
        let (_, html) = get(&app, page, &[]).await;
        let slug = &page[1..page[1..].find('/').map_or(page.len(), |i| i + 1)];
        for link in ["/statistics", "/open-data"] {
            assert!(
                html.contains(&format!(r#"href="/{slug}{link}""#)),
                "{page} links to {link}"
            );
        }
    }
    // The start page, in its own content too, not only in the footer.
    let (_, html) = get(&app, "/sv", &[]).await;
    let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
    for link in ["/sv/statistics", "/sv/open-data"] {
        assert!(main.contains(&format!(r#"href="{link}""#)), "{link}");
    }
}
