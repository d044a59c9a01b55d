//! Security headers every response carries, with a Content-Security-Policy
//! whose nonce is new for each response: only the hydration script that
//! carries it may run inline (see `app::shell`).

use app::model::CspNonce;
use axum::{extract::Request, middleware::Next, response::Response};
use http::{header, HeaderValue};

use crate::accounts::tokens;

/// Scripts from this site and the one inline script with the nonce; wasm
/// may be compiled; no plugins, no framing, forms post only here.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

pub async fn content_security(mut request: Request, next: Next) -> Response {
    // 128 bits are plenty for a nonce; a token's first half gives them.
    let nonce = tokens::new_token()[..32].to_string();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(request).await;
    if let Ok(value) = HeaderValue::from_str(&content_security_policy(&nonce)) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}
