//! The redirect follower: the one place that owns the hops of a call.
//!
//! reqwest's own redirect policy is off. A [`Follower`] holds where the
//! next request goes and how: its method, URL, headers and body, and the
//! history of the hops so far. Given each response it decides, without
//! any I/O, whether the call is done or moves on to another hop:
//!
//! - 301, 302, 303, 307 and 308 with a `Location` are followed, at most
//!   `max_redirects` times; `max_redirects == 0` returns them as they are.
//! - 303 (except after HEAD), and 301/302 after a POST, become a GET
//!   without a body, as browsers and requests do; 307/308 keep the method
//!   and body, which must then be replayable.
//! - A hop from https to http, or to a non-HTTP URL, is refused.
//! - A hop to another origin drops every credential header the request
//!   carries (`Authorization`, `Proxy-Authorization`, `Cookie` and the
//!   session's credential names). The session's own credentials are
//!   applied per hop, only to its origin, by the sender.
//! - User-info in a `Location` (`https://user:pass@host/`) is never used:
//!   it is dropped before the request reaches the transport, so it is
//!   neither sent nor logged.
//!
//! A retry repeats the follower's current hop, never an earlier one: once
//! a server has answered, the request that it answered is not sent again.

use http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, HeaderName, LOCATION, PROXY_AUTHORIZATION};
use http::{HeaderMap, Method, StatusCode};
use url::Url;

use crate::body::Body;
use crate::endpoint::Endpoint;
use crate::error::{Error, ErrorKind, Result};
use crate::redact::Secrets;
use crate::request::Prepared;
use crate::response::RedirectHop;

/// What a response means for the hops of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// The response is the final one.
    Final,
    /// The follower moved to the next hop: send it.
    Follow,
}

/// The hops of one call: the current request and the way there.
#[derive(Debug)]
pub(crate) struct Follower<'r> {
    request: &'r Prepared,
    credential_names: &'r [HeaderName],
    max_redirects: usize,
    /// Where the call stands once a redirect moved it. Boxed, and only
    /// made on a redirect: until then the hop is the request as prepared,
    /// and the call's future neither copies nor carries it.
    moved: Option<Box<Moved>>,
    body: Option<&'r Body>,
    history: Vec<RedirectHop>,
    /// How many requests of the call went on the wire.
    sent: u32,
}

/// The current hop after a redirect.
#[derive(Debug)]
struct Moved {
    method: Method,
    url: Url,
    headers: HeaderMap,
}

impl<'r> Follower<'r> {
    pub(crate) fn new(request: &'r Prepared, credential_names: &'r [HeaderName], max_redirects: usize) -> Self {
        Self {
            request,
            credential_names,
            max_redirects,
            moved: None,
            body: request.body.as_deref(),
            history: Vec::new(),
            sent: 0,
        }
    }

    pub(crate) fn endpoint(&self) -> &'static Endpoint {
        self.request.endpoint
    }

    /// How many requests of the call went on the wire so far:
    /// OpenTelemetry's `http.request.resend_count` of the next one.
    pub(crate) fn sent(&self) -> u32 {
        self.sent
    }

    /// Counts one more request on the wire (not an answer from the cache).
    pub(crate) fn count_sent(&mut self) {
        self.sent = self.sent.saturating_add(1);
    }

    /// The current hop: 0 for the request as declared.
    pub(crate) fn hop(&self) -> usize {
        self.history.len()
    }

    pub(crate) fn method(&self) -> &Method {
        self.moved.as_ref().map_or(&self.request.endpoint.method, |moved| &moved.method)
    }

    pub(crate) fn url(&self) -> &Url {
        self.moved.as_ref().map_or(&self.request.url, |moved| &moved.url)
    }

    pub(crate) fn headers(&self) -> &HeaderMap {
        self.moved.as_ref().map_or(&self.request.headers, |moved| &moved.headers)
    }

    pub(crate) fn body(&self) -> Option<&'r Body> {
        self.body
    }

    pub(crate) fn secrets(&self) -> &'r Secrets {
        &self.request.secrets
    }

    pub(crate) fn history(&self) -> &[RedirectHop] {
        &self.history
    }

    /// Whether the current hop is safe to send again: the call's own
    /// idempotency (`#[idempotent]` included) while the method is the
    /// declared one, the method's otherwise (the GET after a 303).
    pub(crate) fn idempotent(&self) -> bool {
        if *self.method() == self.request.endpoint.method {
            self.request.endpoint.idempotent
        } else {
            is_idempotent_method(self.method())
        }
    }

    /// Whether the current hop's body (if any) can be sent again whole.
    pub(crate) fn can_send_again(&self) -> bool {
        self.body.is_none_or(Body::can_send_again)
    }

    /// Reads a response to the current hop: final, or a redirect that the
    /// follower now stands at the end of.
    pub(crate) fn follow(&mut self, status: StatusCode, headers: &HeaderMap) -> Result<Step> {
        let Some(location) = redirect_target(status, headers, self.url(), self.max_redirects)? else {
            return Ok(Step::Final);
        };
        check_hop(self.url(), &location, self.history.len(), self.max_redirects, status)?;
        let cross_origin = !same_origin(&location, self.url());
        let to_get = switches_to_get(status, self.method());
        if !to_get && self.body.is_some_and(|b| !b.can_send_again()) {
            return Err(Error::new(ErrorKind::Redirect, "cannot follow a 307/308 redirect with a one-shot body")
                .with_status(status));
        }
        let request = self.request;
        let moved = self.moved.get_or_insert_with(|| {
            Box::new(Moved {
                method: request.endpoint.method.clone(),
                url: request.url.clone(),
                headers: request.headers.clone(),
            })
        });
        if cross_origin {
            strip_credentials(&mut moved.headers, self.credential_names);
        }
        if to_get {
            moved.method = Method::GET;
            self.body = None;
            moved.headers.remove(CONTENT_TYPE);
            moved.headers.remove(CONTENT_LENGTH);
        }
        let from = std::mem::replace(&mut moved.url, location.clone());
        self.history.push(RedirectHop { status, url: from, location, secrets: request.secrets.clone() });
        Ok(Step::Follow)
    }
}

/// Whether two URLs have the same origin (scheme, host, port), without
/// building either origin.
pub(crate) fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme() && a.host() == b.host() && a.port_or_known_default() == b.port_or_known_default()
}

/// GET, HEAD, PUT, DELETE, OPTIONS and TRACE (RFC 9110, 9.2.2).
pub(crate) fn is_idempotent_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE)
}

/// Removes every header that could carry a credential.
fn strip_credentials(headers: &mut HeaderMap, names: &[HeaderName]) {
    for name in [AUTHORIZATION, PROXY_AUTHORIZATION, COOKIE] {
        headers.remove(name);
    }
    for name in names {
        headers.remove(name);
    }
}

/// The URL a redirect points to, or `None` when the response is final.
fn redirect_target(
    status: StatusCode,
    headers: &HeaderMap,
    current: &Url,
    max_redirects: usize,
) -> Result<Option<Url>> {
    let is_redirect = matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308);
    if !is_redirect || max_redirects == 0 {
        return Ok(None);
    }
    let Some(location) = headers.get(LOCATION) else { return Ok(None) };
    let location = location.to_str().ok().and_then(|l| current.join(l).ok()).ok_or_else(|| {
        Error::new(ErrorKind::Redirect, "the redirect Location is not a valid URL").with_status(status)
    })?;
    if !matches!(location.scheme(), "http" | "https") {
        return Err(Error::new(ErrorKind::Redirect, "refused a redirect to a non-HTTP URL").with_status(status));
    }
    Ok(Some(location))
}

/// 303 always, and 301/302 after a POST, become a GET without a body,
/// as every browser and requests do.
fn switches_to_get(status: StatusCode, method: &Method) -> bool {
    match status.as_u16() {
        303 => *method != Method::HEAD,
        301 | 302 => *method == Method::POST,
        _ => false,
    }
}

/// Refuses a hop past the limit, or from https down to http.
fn check_hop(current: &Url, location: &Url, hops: usize, max: usize, status: StatusCode) -> Result<()> {
    if hops >= max {
        return Err(Error::new(ErrorKind::Redirect, "too many redirects").with_status(status));
    }
    if current.scheme() == "https" && location.scheme() == "http" {
        return Err(Error::new(ErrorKind::Redirect, "refused a redirect from https to http").with_status(status));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;
    use crate::endpoint::RetryOverride;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("test URL")
    }

    const fn endpoint(method: Method, span_name: &'static str, idempotent: bool) -> Endpoint {
        Endpoint {
            trait_name: "Test",
            method_name: "call",
            method,
            template: "/things",
            span_name,
            url_template: "/things",
            headers: &[],
            idempotent,
            retry: RetryOverride::Inherit,
            timeout: None,
            secret_query: &[],
            cache: true,
        }
    }

    static POST: Endpoint = endpoint(Method::POST, "POST /things", false);
    static IDEMPOTENT_POST: Endpoint = endpoint(Method::POST, "POST /things", true);
    static PUT: Endpoint = endpoint(Method::PUT, "PUT /things", true);

    fn prepared(endpoint: &'static Endpoint, body: Option<Body>) -> Prepared {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer method-token"));
        headers.insert("x-private", HeaderValue::from_static("secret"));
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        headers.insert("x-trace", HeaderValue::from_static("1"));
        let body = body.map(Box::new);
        Prepared { endpoint, url: url("https://api.example.com/things"), headers, body, secrets: Default::default() }
    }

    fn location(to: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(LOCATION, HeaderValue::from_str(to).expect("test location"));
        headers
    }

    fn credential_names() -> Vec<HeaderName> {
        vec![HeaderName::from_static("x-private")]
    }

    #[test]
    fn a_303_turns_a_post_into_a_get_and_records_the_hop() {
        let request = prepared(&POST, Some(Body::bytes("{}")));
        let names = credential_names();
        let mut follower = Follower::new(&request, &names, 10);
        assert!(!follower.idempotent(), "the POST itself");
        let step = follower.follow(StatusCode::SEE_OTHER, &location("/done")).expect("followed");
        assert_eq!(step, Step::Follow);
        assert_eq!(follower.method(), Method::GET);
        assert!(follower.body().is_none());
        assert!(follower.headers().get(CONTENT_TYPE).is_none());
        assert!(follower.idempotent(), "the GET after a 303 may be repeated");
        assert_eq!(follower.url().as_str(), "https://api.example.com/done");
        assert_eq!(follower.hop(), 1);
        let hop = &follower.history()[0];
        assert_eq!(
            (hop.status(), hop.url().path(), hop.location().path()),
            (StatusCode::SEE_OTHER, "/things", "/done")
        );
        assert_eq!(follower.follow(StatusCode::OK, &HeaderMap::new()).expect("final"), Step::Final);
    }

    #[test]
    fn a_307_keeps_method_and_body_and_the_declared_idempotency() {
        let request = prepared(&POST, Some(Body::bytes("{}")));
        let names = credential_names();
        let mut follower = Follower::new(&request, &names, 10);
        follower.follow(StatusCode::TEMPORARY_REDIRECT, &location("/elsewhere")).expect("followed");
        assert_eq!(follower.method(), Method::POST);
        assert!(follower.body().is_some());
        assert!(!follower.idempotent(), "a POST stays unsafe to repeat after a 307");

        let request = prepared(&IDEMPOTENT_POST, Some(Body::bytes("{}")));
        let names = credential_names();
        let mut follower = Follower::new(&request, &names, 10);
        follower.follow(StatusCode::PERMANENT_REDIRECT, &location("/elsewhere")).expect("followed");
        assert!(follower.idempotent(), "#[idempotent] still holds after a 308");
    }

    #[test]
    fn a_cross_origin_hop_drops_every_credential_and_keeps_the_rest() {
        let request = prepared(&PUT, None);
        let names = credential_names();
        let mut follower = Follower::new(&request, &names, 10);
        follower.follow(StatusCode::FOUND, &location("/same-origin")).expect("followed");
        assert!(follower.headers().contains_key(AUTHORIZATION), "same origin keeps credentials");
        follower.follow(StatusCode::FOUND, &location("https://cdn.example.com/file")).expect("followed");
        assert!(follower.headers().get(AUTHORIZATION).is_none());
        assert!(follower.headers().get("x-private").is_none());
        assert_eq!(follower.headers().get("x-trace").map(HeaderValue::as_bytes), Some(&b"1"[..]));
        assert_eq!(follower.method(), Method::PUT, "a 302 only turns a POST into a GET");
    }

    #[test]
    fn downgrades_excess_hops_and_bad_locations_are_refused() {
        let request = prepared(&PUT, None);
        let names = credential_names();
        let mut follower = Follower::new(&request, &names, 1);
        let downgrade =
            follower.follow(StatusCode::FOUND, &location("http://api.example.com/a")).expect_err("downgrade");
        assert_eq!((downgrade.kind(), downgrade.status()), (ErrorKind::Redirect, Some(StatusCode::FOUND)));
        let scheme = follower.follow(StatusCode::FOUND, &location("ftp://api.example.com/a")).expect_err("ftp");
        assert_eq!(scheme.kind(), ErrorKind::Redirect);
        follower.follow(StatusCode::FOUND, &location("/one")).expect("the one allowed hop");
        let excess = follower.follow(StatusCode::FOUND, &location("/two")).expect_err("one hop too many");
        assert_eq!(excess.kind(), ErrorKind::Redirect);
        assert_eq!(follower.hop(), 1, "a refused hop is not recorded");
    }

    #[test]
    fn redirects_without_location_or_with_following_off_are_final() {
        let request = prepared(&PUT, None);
        let names = credential_names();
        let mut follower = Follower::new(&request, &names, 10);
        assert_eq!(follower.follow(StatusCode::FOUND, &HeaderMap::new()).expect("final"), Step::Final);
        let mut off = Follower::new(&request, &names, 0);
        assert_eq!(off.follow(StatusCode::FOUND, &location("/a")).expect("final"), Step::Final);
    }

    #[test]
    fn a_one_shot_body_is_not_sent_to_a_307_target_once_started() {
        let stream = futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from_static(b"x"))]);
        let request = prepared(&PUT, Some(Body::stream(stream)));
        let names = credential_names();
        let mut follower = Follower::new(&request, &names, 10);
        assert!(follower.can_send_again(), "nothing of it was sent yet");
        // Not started: following is allowed.
        follower.follow(StatusCode::TEMPORARY_REDIRECT, &location("/a")).expect("followed");
    }

    #[test]
    fn origins_compare_scheme_host_and_port() {
        assert!(same_origin(&url("https://a.example/x"), &url("https://a.example:443/y?q")));
        assert!(!same_origin(&url("https://a.example/"), &url("http://a.example/")));
        assert!(!same_origin(&url("https://a.example/"), &url("https://b.example/")));
        assert!(!same_origin(&url("http://127.0.0.1:8080/"), &url("http://127.0.0.1:8081/")));
    }

    #[test]
    fn which_redirects_become_a_get() {
        assert!(switches_to_get(StatusCode::SEE_OTHER, &Method::POST));
        assert!(switches_to_get(StatusCode::SEE_OTHER, &Method::PUT));
        assert!(!switches_to_get(StatusCode::SEE_OTHER, &Method::HEAD));
        assert!(switches_to_get(StatusCode::FOUND, &Method::POST));
        assert!(!switches_to_get(StatusCode::FOUND, &Method::PUT));
        assert!(!switches_to_get(StatusCode::TEMPORARY_REDIRECT, &Method::POST));
        assert!(!switches_to_get(StatusCode::PERMANENT_REDIRECT, &Method::POST));
    }
}
