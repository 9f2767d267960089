//! The names OpenTelemetry's semantic conventions for HTTP client spans
//! ("Semantic conventions for HTTP spans", stable since 1.23.0) give a
//! method, spelled here once, at compile time, and carried by its static
//! endpoint: the runtime reads them and never computes them.

use crate::internals::template::{Piece, Template};

/// The methods `http.request.method` may name: those of RFC 9110, and
/// `PATCH`. Any other is `_OTHER`, and its span name starts with `HTTP`.
const CONVENTIONS_METHODS: [&str; 9] = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"];

/// `url.template`: the declared path in the conventions' spelling, where
/// `<owner>` and `<path..>` become `{owner}` and `{path}`. The constant
/// query part of a template is not part of the route, and is left out.
pub(super) fn url_template(template: &Template) -> String {
    template
        .pieces
        .iter()
        .map(|piece| match piece {
            Piece::Lit(text) => text.clone(),
            Piece::Param { name, .. } => format!("{{{name}}}"),
        })
        .collect()
}

/// The span name, `{METHOD} {url.template}`: `GET /repos/{owner}/{repo}`,
/// or `HTTP /path` for a method the conventions do not list.
pub(super) fn span_name(method: &str, url_template: &str) -> String {
    let method = if CONVENTIONS_METHODS.contains(&method) { method } else { "HTTP" };
    format!("{method} {url_template}")
}

#[cfg(test)]
mod tests {
    use proc_macro2::Span;
    use syn::LitStr;

    use super::*;
    use crate::internals::ctxt::Ctxt;
    use crate::internals::template;

    fn otel(text: &str) -> String {
        let cx = Ctxt::default();
        let parsed = template::parse(&cx, LitStr::new(text, Span::call_site()));
        cx.check().expect("a valid template");
        url_template(&parsed.expect("a template"))
    }

    #[test]
    fn placeholders_take_the_conventions_spelling() {
        assert_eq!(otel("/repos/<owner>/<repo>"), "/repos/{owner}/{repo}");
        assert_eq!(otel("/files/<path..>"), "/files/{path}");
        assert_eq!(otel("/<a>-<b>.json"), "/{a}-{b}.json");
        assert_eq!(otel("/plain"), "/plain");
        assert_eq!(otel("/"), "/");
    }

    #[test]
    fn the_query_part_of_a_template_is_dropped() {
        assert_eq!(otel("/items?fixed=1"), "/items");
        assert_eq!(otel("/projects/<id>/jobs?scope=running&pagination=keyset"), "/projects/{id}/jobs");
    }

    #[test]
    fn span_names_start_with_the_method() {
        assert_eq!(span_name("GET", "/repos/{owner}/{repo}"), "GET /repos/{owner}/{repo}");
        assert_eq!(span_name("PATCH", "/x"), "PATCH /x");
        for method in CONVENTIONS_METHODS {
            assert_eq!(span_name(method, "/x"), format!("{method} /x"));
        }
    }

    #[test]
    fn a_method_outside_the_conventions_list_is_named_http() {
        assert_eq!(span_name("PURGE", "/cache/{key}"), "HTTP /cache/{key}");
        assert_eq!(span_name("get", "/x"), "HTTP /x", "methods are case-sensitive");
    }
}
