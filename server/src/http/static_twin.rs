//! The benchmark's yardstick: the same HTTP stack serving captured pages as
//! fixed bytes. The portal's throughput is reported as a share of this.

use std::path::Path;

use axum::{
    response::{Html, IntoResponse},
    routing::get,
    Router,
};

/// Serves each `DIR/NAME.html` at `/NAME`, through [`super::common_layers`].
pub fn router(dir: &Path) -> std::io::Result<Router> {
    let mut router = Router::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "html") {
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let body = std::fs::read_to_string(&path)?;
            router = router.route(
                &format!("/{name}"),
                get(move || {
                    let body = body.clone();
                    async move { Html(body).into_response() }
                }),
            );
        }
    }
    Ok(super::common_layers(router))
}
