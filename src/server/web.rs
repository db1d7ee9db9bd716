//! The web page at `/`: three files embedded in the binary, served with a strict content
//! security policy (nothing is loaded from anywhere but this server). The page itself talks
//! to the `/v1` API like any other client, with the API key the user gives it.

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

/// The page's files: (route, content type, contents).
const ASSETS: [(&str, &str, &str); 3] = [
    (
        "/",
        "text/html; charset=utf-8",
        include_str!("../../web/index.html"),
    ),
    (
        "/app.js",
        "text/javascript; charset=utf-8",
        include_str!("../../web/app.js"),
    ),
    (
        "/style.css",
        "text/css; charset=utf-8",
        include_str!("../../web/style.css"),
    ),
];

/// Routes of the page, open without a key (they hold no call data).
pub const WEB_ROUTES: [&str; 3] = [ASSETS[0].0, ASSETS[1].0, ASSETS[2].0];

const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     media-src 'self' blob:; style-src 'self'; script-src 'self'; object-src 'none'; \
     frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// A router serving the page's files.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    let mut router = Router::new();
    for (path, content_type, body) in ASSETS {
        router = router.route(
            path,
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, content_type),
                        (header::CACHE_CONTROL, "no-cache"),
                        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
                        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                    ],
                    body,
                )
                    .into_response()
            }),
        );
    }
    router
}
