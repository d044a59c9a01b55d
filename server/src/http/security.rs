//! The Content-Security-Policy every response carries: scripts and styles
//! from this site only, and inline only the islands' loader, Leptos's two
//! stream scripts and the shell's style sheet, each named by the SHA-256
//! hash of its text.
//!
//! Why a hash and not a nonce: a nonce is new for every response, so no two
//! responses would be the same bytes and no page could be kept rendered and
//! compressed (`page_cache`). Putting a fresh nonce into kept bytes would
//! mean keeping them uncompressed and compressing every response, the cost
//! the cache is there to save. A hash is at least as strict: an inline
//! script runs only if it is byte for byte the hydration script, which an
//! attacker gains nothing by injecting, and unlike a nonce it cannot leak
//! from one page into another script.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use base64::Engine;
use http::{header, HeaderValue};
use leptos::config::LeptosOptions;
use sha2::{Digest, Sha256};

/// The scripts Leptos's stream adds to every page (hydration_context's
/// `pending_data`), as they read when no resource or error is serialized,
/// which islands never need. A page whose scripts differ (caught by the
/// test that checks every inline script of rendered pages) would have them
/// blocked, not run.
const LEPTOS_STREAM_SCRIPTS: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

/// The policy, computed once from the scripts the shell puts inline.
#[derive(Clone)]
pub struct ContentSecurity {
    policy: HeaderValue,
}

impl ContentSecurity {
    /// The policy for the shell's inline script and style sheet under
    /// these options.
    pub fn for_shell(options: &LeptosOptions) -> ContentSecurity {
        let mut scripts = vec![app::island_loader(options)];
        scripts.extend(LEPTOS_STREAM_SCRIPTS);
        ContentSecurity::allowing(scripts, [app::STYLE])
    }

    /// The policy allowing exactly these inline scripts and styles.
    pub fn allowing<'a>(
        scripts: impl IntoIterator<Item = &'a str>,
        styles: impl IntoIterator<Item = &'a str>,
    ) -> ContentSecurity {
        let policy = content_security_policy(&hashes(scripts), &hashes(styles));
        ContentSecurity {
            policy: HeaderValue::from_str(&policy)
                .expect("a policy of ASCII words and base64 is a header value"),
        }
    }

    pub fn policy(&self) -> &HeaderValue {
        &self.policy
    }
}

/// Scripts and styles from this site and the listed inline ones; wasm may
/// be compiled; no plugins, no framing, forms post only here.
fn content_security_policy(inline_scripts: &str, inline_styles: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' {inline_scripts} 'wasm-unsafe-eval'; \
         style-src 'self' {inline_styles}; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The hashes of `texts`, as one list of CSP source expressions.
fn hashes<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    texts
        .into_iter()
        .map(inline_hash)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An inline script's or style's CSP source expression: `'sha256-…'` of
/// its exact text.
pub fn inline_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The text of every inline `<script>` (one without `src`) in `html`.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    element_texts(html, "script")
        .filter(|(tag, _)| !tag.contains(" src="))
        .map(|(_, text)| text)
        .collect()
}

/// The text of every `<style>` element in `html`.
pub fn inline_styles(html: &str) -> Vec<&str> {
    element_texts(html, "style").map(|(_, text)| text).collect()
}

/// Each `<name …>` element's opening tag and text, in order.
fn element_texts<'a>(html: &'a str, name: &str) -> impl Iterator<Item = (&'a str, &'a str)> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut rest = html;
    std::iter::from_fn(move || {
        let after = &rest[rest.find(&open)?..];
        let tag_end = after.find('>')?;
        let body = &after[tag_end + 1..];
        let text_end = body.find(&close)?;
        rest = &body[text_end..];
        Some((&after[..tag_end], &body[..text_end]))
    })
}

pub async fn content_security(
    State(security): State<ContentSecurity>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(header::CONTENT_SECURITY_POLICY, security.policy.clone());
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_scripts_without_a_source_are_inline() {
        let html =
            r#"<script src="/pkg/a.js"></script><p>x</p><script type="module">go()</script>"#;
        assert_eq!(inline_scripts(html), vec!["go()"]);
        assert_eq!(
            inline_styles("<style>p{}</style><style>a{}</style>"),
            ["p{}", "a{}"]
        );
    }

    #[test]
    fn the_policy_names_each_inline_script_and_style_by_its_hash_and_allows_no_other() {
        let policy = ContentSecurity::allowing(["go()"], ["p{}"]);
        let policy = policy.policy().to_str().unwrap();
        let directive = |name: &str| {
            policy
                .split(';')
                .map(str::trim)
                .find(|d| d.starts_with(name))
                .unwrap()
                .to_string()
        };
        assert!(
            directive("script-src").contains(&inline_hash("go()")),
            "{policy}"
        );
        assert!(
            directive("style-src").contains(&inline_hash("p{}")),
            "{policy}"
        );
        assert!(
            !directive("script-src").contains(&inline_hash("p{}")),
            "{policy}"
        );
        assert!(!policy.contains("unsafe-inline") && !policy.contains("nonce"));
    }
}
