//! Mock servers for the example APIs, on `127.0.0.1`, built on wiremock.
//!
//! Each mock answers like the real service in the shapes its documentation
//! shows: GitHub's `Link` pagination, rate-limit headers, error documents,
//! 302 to a storage host for release assets and Actions artifacts, an
//! upload host, App JWTs verified with the app's public key and
//! installation tokens that expire ([`GitHubMock`]), and its refusal of
//! requests without `User-Agent`; GitLab's `x-next-page` headers, keyset
//! pagination, `PRIVATE-TOKEN`, `RateLimit-*` headers, project paths that
//! only match as one encoded segment, and an OAuth token endpoint that
//! rotates refresh tokens ([`GitLabMock`]); Open-Meteo's geocoding and forecast
//! documents and `{"error": true, "reason": ...}`; JSONPlaceholder's
//! echoing writes. The data is made up, but stable from run to run.
//!
//! Streamed answers come from [`streaming::StreamingMock`], a raw server
//! that writes its body piece by piece: [`chat`] (an OpenAI-compatible
//! chat-completions API streaming tokens as server-sent events) and
//! [`kube`] (a Kubernetes pod watch as JSON Lines).
//!
//! Nothing here leaves the machine: [`Mocks::start`] starts one server per
//! host, and [`MockApi::fail_next`] injects failures (a 503, a 429 with
//! `Retry-After`, a slow answer) in front of the normal answers.
//!
//! ```no_run
//! # async fn run() -> client_runtime::Result<()> {
//! use examples::github::{GitHub, GitHubClient};
//!
//! let mocks = examples::mock::Mocks::start().await;
//! let github = GitHubClient::builder().base_url(&mocks.github.base_url()).build()?;
//! let user = github.get_user("octocat").await?;
//! assert_eq!(mocks.github.requests_to("GET", "/users/octocat").await.len(), 1);
//! # Ok(()) }
//! ```

pub mod chat;
mod github;
mod gitlab;
mod jsonplaceholder;
pub mod kube;
mod open_meteo;
pub mod streaming;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub use github::{DEFAULT_TOKEN_LIFETIME, GitHubMockOptions, GitHubProbe, TEST_APP_ID, TEST_INSTALLATION_ID};
pub use gitlab::{
    DEFAULT_ACCESS_TOKEN_LIFETIME, GitLabMockOptions, GitLabProbe, TEST_OAUTH_CLIENT_ID, TEST_OAUTH_CLIENT_SECRET,
    TEST_OAUTH_REDIRECT_URI, TEST_OAUTH_REFRESH_TOKEN,
};

use serde_json::Value;
use wiremock::http::Url;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A token the GitHub and GitLab mocks refuse with 401, as a revoked
/// token would be. Every other token is accepted.
pub const REVOKED_TOKEN: &str = "revoked-token";

/// One mock host.
#[derive(Debug)]
pub struct MockApi {
    server: MockServer,
    prefix: &'static str,
}

impl MockApi {
    async fn start(prefix: &'static str) -> Self {
        Self { server: MockServer::start().await, prefix }
    }

    /// The server's root, `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// The API root to give a client: the root plus the API's prefix
    /// (`/api/v4` for GitLab, `/v1` for Open-Meteo, nothing for GitHub).
    pub fn base_url(&self) -> String {
        format!("{}{}", self.server.uri(), self.prefix)
    }

    /// The underlying wiremock server, to mount more mocks.
    pub fn server(&self) -> &MockServer {
        &self.server
    }

    /// Every request received so far, in order.
    pub async fn requests(&self) -> Vec<Request> {
        self.server.received_requests().await.unwrap_or_default()
    }

    /// The requests with this method and raw (still percent-encoded) path.
    pub async fn requests_to(&self, method: &str, path: &str) -> Vec<Request> {
        let mut requests = self.requests().await;
        requests.retain(|r| r.method.as_str() == method && r.url.path() == path);
        requests
    }

    /// The last request received, if any.
    pub async fn last_request(&self) -> Option<Request> {
        self.requests().await.pop()
    }

    /// Answers the next `times` requests with this method and raw path
    /// with `response`, ahead of the normal answers; after that the API
    /// answers as usual.
    pub async fn fail_next(&self, method_name: &str, raw_path: &str, times: u64, response: ResponseTemplate) {
        Mock::given(method(method_name))
            .and(path(raw_path))
            .respond_with(response)
            .up_to_n_times(times)
            .with_priority(1)
            .named(format!("injected failure for {method_name} {raw_path}"))
            .mount(&self.server)
            .await;
    }
}

/// Every mock host the examples talk to.
#[derive(Debug)]
pub struct Mocks {
    /// `api.github.com`.
    pub github: MockApi,
    /// The storage host GitHub redirects release and artifact downloads to.
    pub github_assets: MockApi,
    /// `uploads.github.com`, where release assets are uploaded.
    pub github_uploads: MockApi,
    /// A GitLab instance (`/api/v4`).
    pub gitlab: MockApi,
    /// `geocoding-api.open-meteo.com` (`/v1`).
    pub geocoding: MockApi,
    /// `api.open-meteo.com` (`/v1`).
    pub forecast: MockApi,
    /// `jsonplaceholder.typicode.com`.
    pub jsonplaceholder: MockApi,
}

impl Mocks {
    /// Starts all of them.
    pub async fn start() -> Self {
        let GitHubMock { api: github, assets: github_assets, uploads: github_uploads, .. } = GitHubMock::start().await;
        Self {
            github,
            github_assets,
            github_uploads,
            gitlab: start_gitlab().await,
            geocoding: start_open_meteo().await,
            forecast: start_open_meteo().await,
            jsonplaceholder: start_jsonplaceholder().await,
        }
    }
}

/// Starts the GitHub API mock and the storage host its release downloads
/// redirect to (see [`GitHubMock`] for the upload host too).
pub async fn start_github() -> (MockApi, MockApi) {
    let GitHubMock { api, assets, .. } = GitHubMock::start().await;
    (api, assets)
}

/// The GitHub mock's three hosts: the API, the storage host downloads
/// are redirected to, and the upload host.
#[derive(Debug)]
pub struct GitHubMock {
    /// `api.github.com`: the REST API, and the App token exchange.
    pub api: MockApi,
    /// The storage host of release assets and Actions artifacts.
    pub assets: MockApi,
    /// `uploads.github.com`.
    pub uploads: MockApi,
    /// The API's state, for tests.
    pub probe: GitHubProbe,
}

impl GitHubMock {
    /// Starts the three hosts with default options.
    pub async fn start() -> Self {
        Self::start_with(GitHubMockOptions::default()).await
    }

    /// Starts the three hosts.
    pub async fn start_with(options: GitHubMockOptions) -> Self {
        let api = MockApi::start("").await;
        let assets = MockApi::start("").await;
        let uploads = MockApi::start("").await;
        let probe = github::mount(&api.server, &assets.server, &uploads.server, &options).await;
        Self { api, assets, uploads, probe }
    }
}

/// Starts the GitLab mock; its API root is `base_url()` (`.../api/v4`).
pub async fn start_gitlab() -> MockApi {
    GitLabMock::start().await.api
}

/// The GitLab mock, with a handle on its state.
#[derive(Debug)]
pub struct GitLabMock {
    /// The instance: the API under `/api/v4`, OAuth under `/oauth`.
    pub api: MockApi,
    /// Its state, for tests.
    pub probe: GitLabProbe,
}

impl GitLabMock {
    /// Starts it with default options.
    pub async fn start() -> Self {
        Self::start_with(GitLabMockOptions::default()).await
    }

    /// Starts it.
    pub async fn start_with(options: GitLabMockOptions) -> Self {
        let api = MockApi::start("/api/v4").await;
        let probe = gitlab::mount(&api.server, &options).await;
        Self { api, probe }
    }
}

/// Starts an Open-Meteo mock that serves both `/v1/search` (geocoding) and
/// `/v1/forecast`; its API root is `base_url()` (`.../v1`).
pub async fn start_open_meteo() -> MockApi {
    let api = MockApi::start("/v1").await;
    open_meteo::mount(&api.server).await;
    api
}

/// Starts the JSONPlaceholder mock.
pub async fn start_jsonplaceholder() -> MockApi {
    let api = MockApi::start("").await;
    jsonplaceholder::mount(&api.server).await;
    api
}

/// A request, with its path split into decoded segments for routing.
struct Incoming<'a> {
    request: &'a Request,
    /// Decoded segments of the raw path: `a%2Fb` stays one segment, `a/b`.
    segments: Vec<String>,
}

impl<'a> Incoming<'a> {
    fn new(request: &'a Request) -> Self {
        let segments = request
            .url
            .path()
            .split('/')
            .skip(1)
            .map(|raw| percent_encoding::percent_decode_str(raw).decode_utf8_lossy().into_owned())
            .collect();
        Self { request, segments }
    }

    fn method(&self) -> &str {
        self.request.method.as_str()
    }

    fn segments(&self) -> Vec<&str> {
        self.segments.iter().map(String::as_str).collect()
    }

    fn raw_path(&self) -> &str {
        self.request.url.path()
    }

    fn query(&self, key: &str) -> Option<String> {
        self.request.url.query_pairs().find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
    }

    fn query_number(&self, key: &str) -> Option<u64> {
        self.query(key).and_then(|v| v.trim().parse().ok())
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.request.headers.get(name).and_then(|v| v.to_str().ok())
    }

    fn json_body(&self) -> Option<Value> {
        serde_json::from_slice(&self.request.body).ok()
    }

    /// This request's URL on `base` with some query parameters replaced
    /// (or added), for `Link` headers.
    fn url_with(&self, base: &str, set: &[(&str, String)]) -> String {
        let mut pairs: Vec<(String, String)> = self
            .request
            .url
            .query_pairs()
            .filter(|(k, _)| !set.iter().any(|(key, _)| k == key))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        pairs.extend(set.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
        match Url::parse(&format!("{base}{}", self.raw_path())) {
            Ok(mut url) => {
                url.query_pairs_mut().extend_pairs(pairs);
                url.to_string()
            }
            Err(_) => format!("{base}{}", self.raw_path()),
        }
    }
}

/// A JSON response with `application/json; charset=utf-8`.
fn json_response(status: u16, body: &Value) -> ResponseTemplate {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    ResponseTemplate::new(status).set_body_raw(bytes, "application/json; charset=utf-8")
}

/// Seconds since the Unix epoch.
fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// `when` as an HTTP date.
fn http_date(when: SystemTime) -> String {
    httpdate::fmt_http_date(when)
}

/// The page `page` (from 1) of `items`, `per_page` at a time, and the
/// number of pages (at least 1).
fn page_of<T>(items: &[T], page: u64, per_page: u64) -> (&[T], u64) {
    let per_page = per_page.max(1);
    let pages = (items.len() as u64).div_ceil(per_page).max(1);
    let start = usize::try_from((page.max(1) - 1) * per_page).unwrap_or(usize::MAX).min(items.len());
    let end = start.saturating_add(usize::try_from(per_page).unwrap_or(usize::MAX)).min(items.len());
    (&items[start..end], pages)
}

/// A `Link` header for page-numbered listings, as GitHub and GitLab send
/// it: `next` and `last` unless on the last page, `prev` and `first`
/// unless on the first.
fn page_links(incoming: &Incoming<'_>, base: &str, page: u64, pages: u64) -> Option<String> {
    let link = |n: u64, rel: &str| format!("<{}>; rel=\"{rel}\"", incoming.url_with(base, &[("page", n.to_string())]));
    let mut links = Vec::new();
    if page > 1 {
        links.push(link(page - 1, "prev"));
    }
    if page < pages {
        links.push(link(page + 1, "next"));
        links.push(link(pages, "last"));
    }
    if page > 1 {
        links.push(link(1, "first"));
    }
    (!links.is_empty()).then(|| links.join(", "))
}

/// A response that arrives after `delay`: for timeouts.
pub fn slow(status: u16, delay: Duration) -> ResponseTemplate {
    ResponseTemplate::new(status).set_delay(delay)
}
