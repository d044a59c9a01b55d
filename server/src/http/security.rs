//! The Content-Security-Policy every response carries: scripts from this
//! site only, and inline only the hydration script, named by the SHA-256
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
use leptos::{config::LeptosOptions, prelude::*};
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
    /// The policy for the shell's inline scripts under these options: the
    /// hydration scripts are rendered here exactly as the shell renders them.
    pub fn for_shell(options: &LeptosOptions) -> ContentSecurity {
        let options = options.clone();
        let html =
            Owner::new().with(|| view! { <HydrationScripts options islands=true/> }.to_html());
        let mut scripts = inline_scripts(&html);
        scripts.extend(LEPTOS_STREAM_SCRIPTS);
        ContentSecurity::allowing(scripts)
    }

    /// The policy allowing exactly these inline scripts.
    pub fn allowing<'a>(scripts: impl IntoIterator<Item = &'a str>) -> ContentSecurity {
        let hashes: Vec<String> = scripts.into_iter().map(script_hash).collect();
        let policy = content_security_policy(&hashes.join(" "));
        ContentSecurity {
            policy: HeaderValue::from_str(&policy)
                .expect("a policy of ASCII words and base64 is a header value"),
        }
    }

    pub fn policy(&self) -> &HeaderValue {
        &self.policy
    }
}

/// Scripts from this site and the listed inline ones; wasm may be compiled;
/// no plugins, no framing, forms post only here.
fn content_security_policy(inline_scripts: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' {inline_scripts} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// A script's CSP source expression: `'sha256-…'` of its exact text.
pub fn script_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The text of every inline `<script>` (one without `src`) in `html`.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
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
    }

    #[test]
    fn the_policy_names_each_inline_script_by_its_hash_and_allows_no_other() {
        let policy = ContentSecurity::allowing(["go()"]);
        let policy = policy.policy().to_str().unwrap();
        assert!(policy.contains(&script_hash("go()")), "{policy}");
        assert!(!policy.contains("unsafe-inline") && !policy.contains("nonce"));
    }
}
