//! The GitHub mock: `api.github.com` and the storage host of release assets.

mod app;
mod more;

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use super::{Incoming, REVOKED_TOKEN, json_response, page_links, page_of, unix_now};

pub use app::{DEFAULT_TOKEN_LIFETIME, TEST_APP_ID, TEST_INSTALLATION_ID};

/// How the GitHub mock behaves where tests want a say.
#[derive(Debug, Clone)]
pub struct GitHubMockOptions {
    /// How long the installation tokens it issues last (GitHub: an hour).
    pub installation_token_lifetime: Duration,
}

impl Default for GitHubMockOptions {
    fn default() -> Self {
        Self { installation_token_lifetime: DEFAULT_TOKEN_LIFETIME }
    }
}

/// A handle on the API mock's state, for tests.
#[derive(Clone)]
pub struct GitHubProbe(Arc<GitHubApi>);

impl std::fmt::Debug for GitHubProbe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GitHubProbe").field("base", &self.0.base).finish()
    }
}

impl GitHubProbe {
    /// How many installation tokens the mock has issued.
    pub fn installation_tokens_issued(&self) -> usize {
        self.0.issued_count()
    }
}

pub(super) async fn mount(
    api: &MockServer,
    assets: &MockServer,
    uploads: &MockServer,
    options: &GitHubMockOptions,
) -> GitHubProbe {
    let now = unix_now();
    let mut state = State { issues: seed_issues(), ..State::default() };
    more::seed(&mut state);
    let github = Arc::new(GitHubApi {
        base: api.uri(),
        assets: assets.uri(),
        uploads: uploads.uri(),
        core_reset: now + 3600,
        search_reset: now + 60,
        request_ids: AtomicU64::new(1),
        token_lifetime: options.installation_token_lifetime,
        state: Mutex::new(state),
    });
    Mock::given(any()).respond_with(Shared(Arc::clone(&github))).mount(api).await;
    Mock::given(any()).respond_with(AssetHost).mount(assets).await;
    Mock::given(any()).respond_with(UploadHost(Arc::clone(&github))).mount(uploads).await;
    GitHubProbe(github)
}

/// The repository whose issues, contents, README and release live here.
const HELLO_WORLD: (&str, &str) = ("octocat", "Hello-World");
const HELLO_WORLD_ID: u64 = 1_296_269;
/// A renamed repository: answered with a 301 to `/repositories/{id}`.
const RENAMED: (&str, &str) = ("octocat", "Old-Hello-World");
/// The one release asset.
const ASSET_ID: u64 = 1;
const ASSET_NAME: &str = "hello-world-1.0.0.tar.gz";
const ASSET_SIZE: usize = 256 * 1024;
const ASSET_PATH: &str = "/github-production-release-asset-2e65be/1296269/1";
const API_VERSIONS: [&str; 2] = ["2022-11-28", "2026-03-10"];

struct RepoSeed {
    id: u64,
    owner: &'static str,
    name: &'static str,
    description: &'static str,
    language: Option<&'static str>,
    stars: u64,
    forks: u64,
    open_issues: u64,
    topics: &'static [&'static str],
    license: Option<(&'static str, &'static str, &'static str)>,
    fork: bool,
    created: &'static str,
    pushed: &'static str,
}

const MIT: Option<(&str, &str, &str)> = Some(("mit", "MIT License", "MIT"));
const APACHE: Option<(&str, &str, &str)> = Some(("apache-2.0", "Apache License 2.0", "Apache-2.0"));
const OTHER: Option<(&str, &str, &str)> = Some(("other", "Other", "NOASSERTION"));

#[rustfmt::skip]
const REPOS: &[RepoSeed] = &[
    RepoSeed { id: 1_296_269, owner: "octocat", name: "Hello-World", description: "My first repository on GitHub!", language: None, stars: 2_953, forks: 2_790, open_issues: 7, topics: &[], license: None, fork: false, created: "2011-01-26T19:01:12Z", pushed: "2024-10-30T06:12:14Z" },
    RepoSeed { id: 1_300_192, owner: "octocat", name: "Spoon-Knife", description: "This repo is for demonstration purposes only.", language: Some("HTML"), stars: 12_987, forks: 152_318, open_issues: 6_250, topics: &[], license: None, fork: false, created: "2011-01-27T19:30:43Z", pushed: "2024-08-21T16:42:47Z" },
    RepoSeed { id: 1_296_300, owner: "octocat", name: "linguist", description: "Language Savant. If your repository's language is being reported incorrectly, send us a pull request!", language: Some("Ruby"), stars: 580, forks: 215, open_issues: 6, topics: &[], license: MIT, fork: true, created: "2016-08-02T17:35:14Z", pushed: "2024-05-02T11:01:39Z" },
    RepoSeed { id: 17_881_631, owner: "octocat", name: "octocat.github.io", description: "", language: Some("CSS"), stars: 862, forks: 427, open_issues: 106, topics: &[], license: None, fork: false, created: "2014-03-18T20:54:39Z", pushed: "2024-07-30T16:04:40Z" },
    RepoSeed { id: 18_221_276, owner: "octocat", name: "git-consortium", description: "This repo is for demonstration purposes only.", language: None, stars: 26, forks: 99, open_issues: 22, topics: &[], license: None, fork: false, created: "2014-03-28T17:55:38Z", pushed: "2023-11-24T08:26:42Z" },
    RepoSeed { id: 56_271_164, owner: "octocat", name: "hello-worId", description: "My first repository on GitHub.", language: None, stars: 100, forks: 95, open_issues: 10, topics: &[], license: None, fork: false, created: "2016-04-14T21:36:33Z", pushed: "2024-05-04T01:08:51Z" },
    RepoSeed { id: 132_935_648, owner: "octocat", name: "boysenberry-repo-1", description: "Testing", language: None, stars: 334, forks: 16, open_issues: 2, topics: &[], license: None, fork: true, created: "2018-05-10T17:51:29Z", pushed: "2024-06-09T05:10:44Z" },
    RepoSeed { id: 18_221_276 + 1, owner: "octocat", name: "test-repo1", description: "", language: None, stars: 78, forks: 57, open_issues: 5, topics: &[], license: None, fork: false, created: "2014-03-28T17:55:38Z", pushed: "2023-11-24T08:26:43Z" },
    RepoSeed { id: 724_712, owner: "rust-lang", name: "rust", description: "Empowering everyone to build reliable and efficient software.", language: Some("Rust"), stars: 104_210, forks: 13_480, open_issues: 11_532, topics: &["compiler", "language", "rust"], license: OTHER, fork: false, created: "2010-06-16T20:39:03Z", pushed: "2025-05-30T21:14:11Z" },
    RepoSeed { id: 133_442_384, owner: "denoland", name: "deno", description: "A modern runtime for JavaScript and TypeScript.", language: Some("Rust"), stars: 103_072, forks: 5_601, open_issues: 2_213, topics: &["deno", "javascript", "rust", "typescript"], license: MIT, fork: false, created: "2018-05-15T01:34:26Z", pushed: "2025-05-30T18:02:51Z" },
    RepoSeed { id: 193_535_908, owner: "tauri-apps", name: "tauri", description: "Build smaller, faster, and more secure desktop and mobile applications with a web frontend.", language: Some("Rust"), stars: 94_118, forks: 2_980, open_issues: 1_167, topics: &["desktop", "gui", "rust", "webview"], license: APACHE, fork: false, created: "2019-07-14T16:42:35Z", pushed: "2025-05-30T12:45:10Z" },
    RepoSeed { id: 52_315_765, owner: "alacritty", name: "alacritty", description: "A cross-platform, OpenGL terminal emulator.", language: Some("Rust"), stars: 59_360, forks: 3_202, open_issues: 312, topics: &["gpu", "rust", "terminal-emulators"], license: APACHE, fork: false, created: "2016-02-22T18:37:55Z", pushed: "2025-05-29T09:31:02Z" },
    RepoSeed { id: 50_610_491, owner: "sharkdp", name: "bat", description: "A cat(1) clone with wings.", language: Some("Rust"), stars: 53_575, forks: 1_341, open_issues: 301, topics: &["cli", "command-line", "rust", "syntax-highlighting"], license: APACHE, fork: false, created: "2018-04-21T10:52:23Z", pushed: "2025-05-28T19:16:40Z" },
    RepoSeed { id: 64_000_105, owner: "BurntSushi", name: "ripgrep", description: "ripgrep recursively searches directories for a regex pattern while respecting your gitignore", language: Some("Rust"), stars: 53_320, forks: 2_150, open_issues: 92, topics: &["cli", "grep", "regex", "rust", "search"], license: OTHER, fork: false, created: "2016-03-11T02:02:33Z", pushed: "2025-05-27T13:03:19Z" },
    RepoSeed { id: 102_920_961, owner: "hyperium", name: "hyper", description: "An HTTP library for Rust", language: Some("Rust"), stars: 15_269, forks: 1_656, open_issues: 265, topics: &["http", "hyper", "rust"], license: MIT, fork: false, created: "2014-08-30T18:36:13Z", pushed: "2025-05-30T15:21:37Z" },
    RepoSeed { id: 76_553_024, owner: "clap-rs", name: "clap", description: "A full featured, fast Command Line Argument Parser for Rust", language: Some("Rust"), stars: 15_041, forks: 1_114, open_issues: 357, topics: &["argument-parser", "command-line", "rust"], license: APACHE, fork: false, created: "2015-02-24T03:40:06Z", pushed: "2025-05-30T09:12:04Z" },
    RepoSeed { id: 76_338_524, owner: "tokio-rs", name: "tokio", description: "A runtime for writing reliable asynchronous applications with Rust.", language: Some("Rust"), stars: 28_956, forks: 2_708, open_issues: 351, topics: &["asynchronous", "networking", "rust"], license: MIT, fork: false, created: "2016-09-09T21:59:39Z", pushed: "2025-05-30T20:07:22Z" },
    RepoSeed { id: 22_851_346, owner: "seanmonstar", name: "reqwest", description: "An easy and powerful Rust HTTP Client", language: Some("Rust"), stars: 10_703, forks: 1_200, open_issues: 498, topics: &["http", "http-client", "rust"], license: APACHE, fork: false, created: "2016-10-16T01:39:00Z", pushed: "2025-05-29T22:55:43Z" },
    RepoSeed { id: 28_093_458, owner: "serde-rs", name: "serde", description: "Serialization framework for Rust", language: Some("Rust"), stars: 9_792, forks: 838, open_issues: 303, topics: &["derive", "no-std", "rust", "serialization"], license: APACHE, fork: false, created: "2014-12-16T01:21:33Z", pushed: "2025-05-26T04:17:05Z" },
    RepoSeed { id: 268_713_906, owner: "LukeMathWalker", name: "wiremock-rs", description: "HTTP mocking to test Rust applications.", language: Some("Rust"), stars: 707, forks: 80, open_issues: 28, topics: &["http", "mocking", "rust", "testing"], license: APACHE, fork: false, created: "2020-06-02T05:59:28Z", pushed: "2025-04-12T08:41:19Z" },
];

/// Owners other than octocat: (login, id, type).
const OWNERS: &[(&str, u64, &str)] = &[
    ("octocat", 583_231, "User"),
    ("rust-lang", 5_430_905, "Organization"),
    ("denoland", 42_048_915, "Organization"),
    ("tauri-apps", 54_536_011, "Organization"),
    ("alacritty", 25_396_506, "Organization"),
    ("sharkdp", 4_209_276, "User"),
    ("BurntSushi", 456_674, "User"),
    ("hyperium", 8_269_164, "Organization"),
    ("clap-rs", 39_927_937, "Organization"),
    ("tokio-rs", 20_248_544, "Organization"),
    ("seanmonstar", 51_479, "User"),
    ("serde-rs", 13_174_461, "Organization"),
    ("LukeMathWalker", 20_745_048, "User"),
    ("hubot", 480_938, "Bot"),
];

/// Files of octocat/Hello-World: (path, content).
const FILES: &[(&str, &str)] = &[
    ("README", "Hello World!\n"),
    (
        "docs/guide/getting started.md",
        "# Getting started\n\nClone the repository, then say hello:\n\n    git clone https://github.com/octocat/Hello-World.git\n",
    ),
    ("docs/index.md", "# Documentation\n\nSee the guide.\n"),
];

struct GitHubApi {
    base: String,
    assets: String,
    uploads: String,
    core_reset: u64,
    search_reset: u64,
    request_ids: AtomicU64,
    token_lifetime: Duration,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    issues: Vec<Value>,
    core_used: u64,
    search_used: u64,
    /// `owner/name` of the starred repositories.
    starred: Vec<String>,
    comments: Vec<Value>,
    /// The repository's label names.
    labels: Vec<Value>,
    milestones: Vec<Value>,
    pulls: Vec<Value>,
    reviews: Vec<Value>,
    /// Numbers of the merged pull requests.
    merged: Vec<u64>,
    releases: Vec<Value>,
    assets: Vec<Value>,
    gists: Vec<Value>,
    /// Files written through the contents API (an empty content: deleted).
    written: Vec<(String, String)>,
    /// Installation tokens issued.
    issued: Vec<app::Issued>,
    next_id: u64,
}

/// The API's responder, shared with the upload host.
struct Shared(Arc<GitHubApi>);

impl Respond for Shared {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.0.respond(request)
    }
}

impl Respond for GitHubApi {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let incoming = Incoming::new(request);
        let authed = incoming.header("authorization").is_some();
        let search = incoming.segments().first() == Some(&"search");
        NOT_MODIFIED.with(|flag| flag.set(false));
        let response = self.check(&incoming).unwrap_or_else(|| self.route(&incoming, authed));
        // Like GitHub, a 304 does not count against the quota.
        let counted = u64::from(!NOT_MODIFIED.with(Cell::get));
        let (limit, used, reset, resource) = {
            let mut state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if search {
                state.search_used += counted;
                (if authed { 30_u64 } else { 10 }, state.search_used, self.search_reset, "search")
            } else {
                state.core_used += counted;
                (if authed { 5000 } else { 60 }, state.core_used, self.core_reset, "core")
            }
        };
        let id = self.request_ids.fetch_add(1, Ordering::Relaxed);
        response
            .insert_header("server", "github.com (mock)")
            .insert_header("x-github-api-version-selected", API_VERSIONS[0])
            .insert_header("x-github-media-type", "github.v3; format=json")
            .insert_header("x-github-request-id", format!("C0DE:{id:04X}:{:06X}:7E57", id * 7919).as_str())
            .insert_header("x-ratelimit-limit", limit.to_string().as_str())
            .insert_header("x-ratelimit-remaining", limit.saturating_sub(used).to_string().as_str())
            .insert_header("x-ratelimit-reset", reset.to_string().as_str())
            .insert_header("x-ratelimit-used", used.min(limit).to_string().as_str())
            .insert_header("x-ratelimit-resource", resource)
    }
}

thread_local! {
    /// Set by a route that answered 304, read by `respond` on the same
    /// thread to leave the quota alone.
    static NOT_MODIFIED: Cell<bool> = const { Cell::new(false) };
}

/// GitHub's conditional requests: a weak `ETag` over the body, and a 304
/// to a matching `If-None-Match` (which costs no quota).
fn etagged(incoming: &Incoming<'_>, body: &Value) -> ResponseTemplate {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let etag = format!("W/\"{:032x}\"", fnv(&bytes));
    let response = if incoming.header("if-none-match") == Some(etag.as_str()) {
        NOT_MODIFIED.with(|flag| flag.set(true));
        ResponseTemplate::new(304)
    } else {
        ResponseTemplate::new(200).set_body_raw(bytes, "application/json; charset=utf-8")
    };
    response
        .insert_header("etag", etag.as_str())
        .insert_header("cache-control", "private, max-age=60, s-maxage=60")
        .insert_header("vary", "Accept, Authorization, Cookie, X-GitHub-OTP")
}

/// GitHub's 404 document, its keys in GitHub's order.
fn not_found(docs: &str) -> ResponseTemplate {
    let body = format!(r#"{{"message":"Not Found","documentation_url":{},"status":"404"}}"#, json!(docs));
    ResponseTemplate::new(404).set_body_raw(body, "application/json; charset=utf-8")
}

impl GitHubApi {
    /// What GitHub refuses before routing: no User-Agent, an unknown API
    /// version, a bad token.
    fn check(&self, incoming: &Incoming<'_>) -> Option<ResponseTemplate> {
        if incoming.header("user-agent").is_none_or(str::is_empty) {
            return Some(ResponseTemplate::new(403).set_body_raw(
                "Request forbidden by administrative rules. Please make sure your request has a User-Agent header \
                 (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). \
                 Check https://developer.github.com for other possible causes.\n",
                "text/plain; charset=utf-8",
            ));
        }
        if let Some(version) = incoming.header("x-github-api-version") {
            if !API_VERSIONS.contains(&version) {
                return Some(json_response(
                    400,
                    &json!({
                        "message": format!("API version '{version}' is not supported."),
                        "documentation_url": "https://docs.github.com/rest/about-the-rest-api/api-versions",
                        "status": "400"
                    }),
                ));
            }
        }
        if let Some(auth) = incoming.header("authorization") {
            let token = auth.strip_prefix("Bearer ").or_else(|| auth.strip_prefix("token "));
            let expired = token.and_then(|t| self.installation_token_valid(t)) == Some(false);
            if expired || token.is_none_or(|t| t.trim().is_empty() || t == REVOKED_TOKEN) {
                return Some(json_response(
                    401,
                    &json!({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest", "status": "401"}),
                ));
            }
        }
        None
    }

    fn route(&self, incoming: &Incoming<'_>, authed: bool) -> ResponseTemplate {
        let segments = incoming.segments();
        match (incoming.method(), segments.as_slice()) {
            ("GET", ["users", login]) => self.user(login),
            ("GET", ["users", login, "repos"]) => self.user_repos(incoming, login),
            ("GET", ["repositories", id]) => match REPOS.iter().find(|r| r.id.to_string() == *id) {
                Some(repo) => json_response(200, &self.repo_json(repo, true)),
                None => not_found("https://docs.github.com/rest"),
            },
            ("GET", ["repos", owner, name]) => self.repo(incoming, owner, name),
            ("GET", ["search", "repositories"]) => self.search(incoming),
            ("GET", ["repos", owner, name, "issues"]) => self.list_issues(incoming, owner, name),
            ("POST", ["repos", owner, name, "issues"]) => self.create_issue(incoming, owner, name, authed),
            ("GET", ["repos", owner, name, "readme"]) => self.readme(incoming, owner, name),
            ("GET", ["repos", owner, name, "contents", rest @ ..]) => self.contents(owner, name, &rest.join("/")),
            ("GET", ["repos", owner, name, "releases", "assets", id]) => self.asset(incoming, owner, name, id),
            ("POST", ["app", "installations", id, "access_tokens"]) => self.access_token(incoming, id),
            _ => self.route_more(incoming, authed),
        }
    }

    fn simple_user(&self, login: &str) -> Value {
        let (id, kind) = OWNERS.iter().find(|(l, _, _)| *l == login).map_or((1, "User"), |(_, id, kind)| (*id, *kind));
        let base = &self.base;
        json!({
            "login": login,
            "id": id,
            "node_id": base64::engine::general_purpose::STANDARD.encode(format!("04:User{id}")),
            "avatar_url": format!("https://avatars.githubusercontent.com/u/{id}?v=4"),
            "gravatar_id": "",
            "url": format!("{base}/users/{login}"),
            "html_url": format!("https://github.com/{login}"),
            "followers_url": format!("{base}/users/{login}/followers"),
            "following_url": format!("{base}/users/{login}/following{{/other_user}}"),
            "gists_url": format!("{base}/users/{login}/gists{{/gist_id}}"),
            "starred_url": format!("{base}/users/{login}/starred{{/owner}}{{/repo}}"),
            "subscriptions_url": format!("{base}/users/{login}/subscriptions"),
            "organizations_url": format!("{base}/users/{login}/orgs"),
            "repos_url": format!("{base}/users/{login}/repos"),
            "events_url": format!("{base}/users/{login}/events{{/privacy}}"),
            "received_events_url": format!("{base}/users/{login}/received_events"),
            "type": kind,
            "user_view_type": "public",
            "site_admin": false
        })
    }

    fn user(&self, login: &str) -> ResponseTemplate {
        if !OWNERS.iter().any(|(l, _, _)| *l == login) {
            return not_found("https://docs.github.com/rest/users/users#get-a-user");
        }
        let mut user = self.simple_user(login);
        let repos = REPOS.iter().filter(|r| r.owner == login).count();
        let profile = if login == "octocat" {
            json!({
                "name": "The Octocat", "company": "@github", "blog": "https://github.blog",
                "location": "San Francisco", "email": null, "hireable": null, "bio": null,
                "twitter_username": null, "public_repos": repos, "public_gists": 8,
                "followers": 18_954, "following": 9,
                "created_at": "2011-01-25T18:44:36Z", "updated_at": "2025-04-22T11:21:18Z"
            })
        } else {
            json!({
                "name": login, "company": null, "blog": "", "location": null, "email": null,
                "hireable": null, "bio": null, "twitter_username": null, "public_repos": repos,
                "public_gists": 0, "followers": 1_000, "following": 0,
                "created_at": "2013-08-01T10:00:00Z", "updated_at": "2025-01-01T10:00:00Z"
            })
        };
        if let (Some(user), Value::Object(profile)) = (user.as_object_mut(), profile) {
            user.extend(profile);
        }
        json_response(200, &user)
    }

    fn repo_json(&self, repo: &RepoSeed, full: bool) -> Value {
        let base = &self.base;
        let full_name = format!("{}/{}", repo.owner, repo.name);
        let api = format!("{base}/repos/{full_name}");
        let license = repo.license.map_or(Value::Null, |(key, name, spdx)| {
            json!({"key": key, "name": name, "spdx_id": spdx, "url": format!("{base}/licenses/{key}"), "node_id": "MDc6TGljZW5zZTEz"})
        });
        let mut value = json!({
            "id": repo.id,
            "node_id": base64::engine::general_purpose::STANDARD.encode(format!("010:Repository{}", repo.id)),
            "name": repo.name,
            "full_name": full_name,
            "private": false,
            "owner": self.simple_user(repo.owner),
            "html_url": format!("https://github.com/{full_name}"),
            "description": if repo.description.is_empty() { Value::Null } else { json!(repo.description) },
            "fork": repo.fork,
            "url": api,
            "issues_url": format!("{api}/issues{{/number}}"),
            "pulls_url": format!("{api}/pulls{{/number}}"),
            "releases_url": format!("{api}/releases{{/id}}"),
            "contents_url": format!("{api}/contents/{{+path}}"),
            "created_at": repo.created,
            "updated_at": repo.pushed,
            "pushed_at": repo.pushed,
            "git_url": format!("git://github.com/{full_name}.git"),
            "ssh_url": format!("git@github.com:{full_name}.git"),
            "clone_url": format!("https://github.com/{full_name}.git"),
            "homepage": "",
            "size": 1_024 + repo.id % 4_096,
            "stargazers_count": repo.stars,
            "watchers_count": repo.stars,
            "language": repo.language,
            "has_issues": true,
            "has_projects": true,
            "has_wiki": true,
            "has_pages": false,
            "has_discussions": false,
            "forks_count": repo.forks,
            "archived": false,
            "disabled": false,
            "open_issues_count": repo.open_issues,
            "license": license,
            "allow_forking": true,
            "is_template": false,
            "topics": repo.topics,
            "visibility": "public",
            "forks": repo.forks,
            "open_issues": repo.open_issues,
            "watchers": repo.stars,
            "default_branch": if repo.owner == "octocat" { "master" } else { "main" }
        });
        if full {
            if let Some(object) = value.as_object_mut() {
                object.insert("subscribers_count".into(), json!(repo.stars / 20));
                object.insert("network_count".into(), json!(repo.forks));
            }
        }
        value
    }

    fn repo(&self, incoming: &Incoming<'_>, owner: &str, name: &str) -> ResponseTemplate {
        if (owner, name) == RENAMED {
            let location = format!("{}/repositories/{HELLO_WORLD_ID}", self.base);
            return json_response(
                301,
                &json!({
                    "message": "Moved Permanently",
                    "url": location,
                    "documentation_url": "https://docs.github.com/v3/#http-redirects"
                }),
            )
            .insert_header("location", location.as_str());
        }
        match find_repo(owner, name) {
            Some(repo) => etagged(incoming, &self.repo_json(repo, true)),
            None => not_found("https://docs.github.com/rest/repos/repos#get-a-repository"),
        }
    }

    fn user_repos(&self, incoming: &Incoming<'_>, login: &str) -> ResponseTemplate {
        if !OWNERS.iter().any(|(l, _, _)| *l == login) {
            return not_found("https://docs.github.com/rest/repos/repos#list-repositories-for-a-user");
        }
        let mut repos: Vec<&RepoSeed> = REPOS.iter().filter(|r| r.owner == login).collect();
        match incoming.query("sort").as_deref() {
            Some("created") => repos.sort_by(|a, b| b.created.cmp(a.created)),
            Some("updated" | "pushed") => repos.sort_by(|a, b| b.pushed.cmp(a.pushed)),
            _ => repos.sort_by_key(|r| r.name.to_lowercase()),
        }
        let per_page = incoming.query_number("per_page").unwrap_or(30).clamp(1, 100);
        let page = incoming.query_number("page").unwrap_or(1).max(1);
        let (slice, pages) = page_of(&repos, page, per_page);
        let body: Vec<Value> = slice.iter().map(|r| self.repo_json(r, false)).collect();
        with_links(json_response(200, &json!(body)), page_links(incoming, &self.base, page, pages))
    }

    fn search(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let Some(q) = incoming.query("q").filter(|q| !q.trim().is_empty()) else {
            return json_response(
                422,
                &json!({
                    "message": "Validation Failed",
                    "errors": [{"resource": "Search", "field": "q", "code": "missing"}],
                    "documentation_url": "https://docs.github.com/v3/search",
                    "status": "422"
                }),
            );
        };
        let mut found: Vec<&RepoSeed> = REPOS.iter().filter(|r| matches_query(r, &q)).collect();
        let ascending = incoming.query("order").as_deref() == Some("asc");
        match incoming.query("sort").as_deref() {
            Some("forks") => found.sort_by_key(|r| r.forks),
            Some("updated") => found.sort_by_key(|r| r.pushed),
            Some("help-wanted-issues") => found.sort_by_key(|r| r.open_issues),
            _ => found.sort_by_key(|r| r.stars),
        }
        if !ascending {
            found.reverse();
        }
        let per_page = incoming.query_number("per_page").unwrap_or(30).clamp(1, 100);
        let page = incoming.query_number("page").unwrap_or(1).max(1);
        let (slice, pages) = page_of(&found, page, per_page);
        let items: Vec<Value> = slice
            .iter()
            .map(|r| {
                let mut item = self.repo_json(r, false);
                if let Some(object) = item.as_object_mut() {
                    object.insert("score".into(), json!(1.0));
                }
                item
            })
            .collect();
        let body = json!({"total_count": found.len(), "incomplete_results": false, "items": items});
        with_links(json_response(200, &body), page_links(incoming, &self.base, page, pages))
    }

    fn issues_of(&self, owner: &str, name: &str) -> Option<Vec<Value>> {
        if (owner, name) == HELLO_WORLD {
            let state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            return Some(state.issues.iter().map(|seed| self.issue_json(owner, name, seed)).collect());
        }
        find_repo(owner, name).map(|_| Vec::new())
    }

    fn list_issues(&self, incoming: &Incoming<'_>, owner: &str, name: &str) -> ResponseTemplate {
        let Some(mut issues) = self.issues_of(owner, name) else {
            return not_found("https://docs.github.com/rest/issues/issues#list-repository-issues");
        };
        let state = incoming.query("state").unwrap_or_else(|| "open".to_owned());
        if state != "all" {
            issues.retain(|i| i["state"] == state.as_str());
        }
        if let Some(labels) = incoming.query("labels") {
            let wanted: Vec<&str> = labels.split(',').map(str::trim).filter(|l| !l.is_empty()).collect();
            issues.retain(|issue| {
                let names: Vec<&str> =
                    issue["labels"].as_array().into_iter().flatten().filter_map(|l| l["name"].as_str()).collect();
                wanted.iter().all(|w| names.contains(w))
            });
        }
        if incoming.query("direction").as_deref() != Some("asc") {
            issues.reverse();
        }
        let per_page = incoming.query_number("per_page").unwrap_or(30).clamp(1, 100);
        let page = incoming.query_number("page").unwrap_or(1).max(1);
        let (slice, pages) = page_of(&issues, page, per_page);
        with_links(etagged(incoming, &json!(slice)), page_links(incoming, &self.base, page, pages))
    }

    fn issue_json(&self, owner: &str, name: &str, seed: &Value) -> Value {
        let base = &self.base;
        let number = seed["number"].as_u64().unwrap_or(0);
        let api = format!("{base}/repos/{owner}/{name}/issues/{number}");
        let labels: Vec<Value> = seed["labels"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|label| {
                let (id, color, description) = match label {
                    "bug" => (208_045_946, "f29513", "Something isn't working"),
                    "enhancement" => (208_045_947, "a2eeef", "New feature or request"),
                    "documentation" => (208_045_948, "0075ca", "Improvements or additions to documentation"),
                    _ => (208_045_949, "ededed", ""),
                };
                json!({
                    "id": id, "node_id": "MDU6TGFiZWwyMDgwNDU5NDY=",
                    "url": format!("{base}/repos/{owner}/{name}/labels/{label}"),
                    "name": label, "description": description, "color": color,
                    "default": label != "good first issue"
                })
            })
            .collect();
        let user = seed["user"].as_str().unwrap_or("octocat");
        let closed = seed["state"] == "closed";
        let mut issue = json!({
            "id": 1_000_000 + number,
            "node_id": base64::engine::general_purpose::STANDARD.encode(format!("05:Issue{number}")),
            "url": api,
            "repository_url": format!("{base}/repos/{owner}/{name}"),
            "labels_url": format!("{api}/labels{{/name}}"),
            "comments_url": format!("{api}/comments"),
            "events_url": format!("{api}/events"),
            "html_url": format!("https://github.com/{owner}/{name}/issues/{number}"),
            "number": number,
            "state": seed["state"],
            "state_reason": if closed { json!("completed") } else { Value::Null },
            "title": seed["title"],
            "body": seed["body"],
            "user": self.simple_user(user),
            "labels": labels,
            "assignee": null,
            "assignees": [],
            "milestone": null,
            "locked": false,
            "active_lock_reason": null,
            "comments": number % 4,
            "closed_at": if closed { json!("2025-03-01T10:00:00Z") } else { Value::Null },
            "created_at": format!("2025-01-{:02}T09:00:00Z", number.min(28)),
            "updated_at": format!("2025-02-{:02}T09:00:00Z", number.min(28)),
            "closed_by": if closed { self.simple_user("octocat") } else { Value::Null },
            "author_association": if user == "octocat" { "OWNER" } else { "CONTRIBUTOR" },
            "reactions": {"url": format!("{api}/reactions"), "total_count": 0, "+1": 0, "-1": 0, "laugh": 0, "hooray": 0, "confused": 0, "heart": 0, "rocket": 0, "eyes": 0},
            "timeline_url": format!("{api}/timeline")
        });
        if seed["pull_request"].as_bool() == Some(true) {
            if let Some(object) = issue.as_object_mut() {
                object.insert(
                    "pull_request".into(),
                    json!({
                        "url": format!("{base}/repos/{owner}/{name}/pulls/{number}"),
                        "html_url": format!("https://github.com/{owner}/{name}/pull/{number}"),
                        "diff_url": format!("https://github.com/{owner}/{name}/pull/{number}.diff"),
                        "patch_url": format!("https://github.com/{owner}/{name}/pull/{number}.patch"),
                        "merged_at": null
                    }),
                );
            }
        }
        issue
    }

    fn create_issue(&self, incoming: &Incoming<'_>, owner: &str, name: &str, authed: bool) -> ResponseTemplate {
        if !authed {
            return json_response(
                401,
                &json!({"message": "Requires authentication", "documentation_url": "https://docs.github.com/rest/issues/issues#create-an-issue", "status": "401"}),
            );
        }
        if find_repo(owner, name).is_none() {
            return not_found("https://docs.github.com/rest/issues/issues#create-an-issue");
        }
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(title) = body["title"].as_str().filter(|t| !t.trim().is_empty()) else {
            return json_response(
                422,
                &json!({
                    "message": "Invalid request.\n\n\"title\" wasn't supplied.",
                    "documentation_url": "https://docs.github.com/rest/issues/issues#create-an-issue",
                    "status": "422"
                }),
            );
        };
        let labels: Vec<Value> =
            body["labels"].as_array().into_iter().flatten().filter(|l| l.is_string()).cloned().collect();
        let seed = {
            let mut state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let number = state.issues.iter().filter_map(|i| i["number"].as_u64()).max().unwrap_or(0) + 1;
            let seed = json!({"number": number, "title": title, "body": body["body"], "state": "open", "labels": labels, "user": "octocat"});
            if (owner, name) == HELLO_WORLD {
                state.issues.push(seed.clone());
            }
            seed
        };
        let issue = self.issue_json(owner, name, &seed);
        let location = issue["url"].as_str().unwrap_or_default().to_owned();
        json_response(201, &issue).insert_header("location", location.as_str())
    }

    fn readme(&self, incoming: &Incoming<'_>, owner: &str, name: &str) -> ResponseTemplate {
        if (owner, name) != HELLO_WORLD {
            return not_found("https://docs.github.com/rest/repos/contents#get-a-repository-readme");
        }
        self.file(incoming, "README")
    }

    fn contents(&self, owner: &str, name: &str, path: &str) -> ResponseTemplate {
        let docs = "https://docs.github.com/rest/repos/contents#get-repository-content";
        if (owner, name) != HELLO_WORLD {
            return not_found(docs);
        }
        if let Some(content) = self.current_file(path) {
            return json_response(200, &self.entry_json(path, Some(&content)));
        }
        let prefix = format!("{path}/");
        let mut entries: Vec<(String, bool)> = Vec::new();
        for (file, _) in FILES.iter().filter(|(p, _)| p.starts_with(&prefix)) {
            let rest = &file[prefix.len()..];
            let entry = match rest.split_once('/') {
                Some((dir, _)) => (dir.to_owned(), true),
                None => (rest.to_owned(), false),
            };
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        }
        if entries.is_empty() {
            return not_found(docs);
        }
        let listing: Vec<Value> = entries
            .iter()
            .map(|(entry, dir)| {
                let full = format!("{prefix}{entry}");
                let mut value = self.entry_json(&full, if *dir { None } else { file_content(&full) });
                if let Some(object) = value.as_object_mut() {
                    object.remove("content");
                    object.remove("encoding");
                }
                value
            })
            .collect();
        json_response(200, &json!(listing))
    }

    fn file(&self, incoming: &Incoming<'_>, path: &str) -> ResponseTemplate {
        let accept = incoming.header("accept").unwrap_or_default();
        if accept.contains("application/vnd.github.raw") {
            let content = file_content(path).unwrap_or_default();
            return ResponseTemplate::new(200).set_body_raw(content, "application/vnd.github.raw; charset=utf-8");
        }
        self.file_json(path)
    }

    fn file_json(&self, path: &str) -> ResponseTemplate {
        json_response(200, &self.entry_json(path, file_content(path)))
    }

    /// A contents entry: a file when `content` is given, else a directory.
    fn entry_json(&self, path: &str, content: Option<&str>) -> Value {
        let (owner, name) = HELLO_WORLD;
        let base = &self.base;
        let encoded: String = path
            .split('/')
            .map(|s| percent_encoding::utf8_percent_encode(s, SEGMENT).to_string())
            .collect::<Vec<_>>()
            .join("/");
        let file_name = path.rsplit('/').next().unwrap_or(path);
        let sha = content.map_or_else(|| format!("{:040x}", fnv(path.as_bytes())), more::blob_sha);
        let url = format!("{base}/repos/{owner}/{name}/contents/{encoded}?ref=master");
        let kind = if content.is_some() { "file" } else { "dir" };
        let html = format!(
            "https://github.com/{owner}/{name}/{}/master/{encoded}",
            if content.is_some() { "blob" } else { "tree" }
        );
        let download = content.map(|_| format!("https://raw.githubusercontent.com/{owner}/{name}/master/{encoded}"));
        json!({
            "type": kind,
            "encoding": "base64",
            "size": content.map_or(0, str::len),
            "name": file_name,
            "path": path,
            "content": content.map(|c| wrap_base64(c.as_bytes())),
            "sha": sha,
            "url": url,
            "git_url": format!("{base}/repos/{owner}/{name}/git/{}/{sha}", if content.is_some() { "blobs" } else { "trees" }),
            "html_url": html,
            "download_url": download,
            "_links": {"self": url, "git": format!("{base}/repos/{owner}/{name}/git/blobs/{sha}"), "html": html}
        })
    }

    fn asset(&self, incoming: &Incoming<'_>, owner: &str, name: &str, id: &str) -> ResponseTemplate {
        if (owner, name) != HELLO_WORLD {
            return not_found("https://docs.github.com/rest/releases/assets#get-a-release-asset");
        }
        if id != ASSET_ID.to_string() {
            let state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let uploaded = state.assets.iter().find(|a| a["id"].as_u64().is_some_and(|n| n.to_string() == id)).cloned();
            drop(state);
            return match uploaded {
                Some(asset) => json_response(200, &self.asset_json(&asset)),
                None => not_found("https://docs.github.com/rest/releases/assets#get-a-release-asset"),
            };
        }
        if incoming.header("accept").is_some_and(|a| a.contains("application/octet-stream")) {
            let location = format!(
                "{}{ASSET_PATH}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=MOCKKEY%2F20250601%2Fus-east-1%2Fs3%2Faws4_request\
                 &X-Amz-Date=20250601T120000Z&X-Amz-Expires=300&X-Amz-Signature=6d6f636b7369676e6174757265&X-Amz-SignedHeaders=host\
                 &response-content-disposition=attachment%3B%20filename%3D{ASSET_NAME}&response-content-type=application%2Foctet-stream",
                self.assets
            );
            return ResponseTemplate::new(302).insert_header("location", location.as_str());
        }
        let base = &self.base;
        json_response(
            200,
            &json!({
                "url": format!("{base}/repos/{owner}/{name}/releases/assets/{ASSET_ID}"),
                "browser_download_url": format!("https://github.com/{owner}/{name}/releases/download/v1.0.0/{ASSET_NAME}"),
                "id": ASSET_ID,
                "node_id": "MDEyOlJlbGVhc2VBc3NldDE=",
                "name": ASSET_NAME,
                "label": "Source tarball",
                "state": "uploaded",
                "content_type": "application/gzip",
                "size": ASSET_SIZE,
                "download_count": 42,
                "created_at": "2025-05-01T12:00:00Z",
                "updated_at": "2025-05-01T12:00:00Z",
                "uploader": self.simple_user("octocat")
            }),
        )
    }
}

fn with_links(response: ResponseTemplate, links: Option<String>) -> ResponseTemplate {
    match links {
        Some(links) => response.insert_header("link", links.as_str()),
        None => response,
    }
}

fn find_repo(owner: &str, name: &str) -> Option<&'static RepoSeed> {
    REPOS.iter().find(|r| r.owner.eq_ignore_ascii_case(owner) && r.name.eq_ignore_ascii_case(name))
}

fn file_content(path: &str) -> Option<&'static str> {
    FILES.iter().find(|(p, _)| *p == path).map(|(_, c)| *c)
}

/// A search query: free words (in the name, description or topics) and
/// the qualifiers `language:`, `user:`/`org:`, `topic:`, `stars:>N`, `fork:`.
fn matches_query(repo: &RepoSeed, q: &str) -> bool {
    q.split_whitespace().all(|term| {
        let lower = term.to_lowercase();
        match lower.split_once(':') {
            Some(("language", lang)) => repo.language.is_some_and(|l| l.eq_ignore_ascii_case(lang)),
            Some(("user" | "org", owner)) => repo.owner.eq_ignore_ascii_case(owner),
            Some(("topic", topic)) => repo.topics.contains(&topic),
            Some(("fork", "true" | "only")) => repo.fork,
            Some(("fork", _)) => true,
            Some(("stars", range)) => {
                let (min, strict) = match range.strip_prefix(">=") {
                    Some(n) => (n, false),
                    None => (range.strip_prefix('>').unwrap_or(range), true),
                };
                min.parse::<u64>().is_ok_and(|min| if strict { repo.stars > min } else { repo.stars >= min })
            }
            Some((_, _)) => true,
            None => {
                repo.name.to_lowercase().contains(&lower)
                    || repo.description.to_lowercase().contains(&lower)
                    || repo.topics.iter().any(|t| t.contains(lower.as_str()))
            }
        }
    })
}

/// The issues of octocat/Hello-World (created in this order), one of
/// which is a pull request.
fn seed_issues() -> Vec<Value> {
    #[rustfmt::skip]
    let seeds: [(&str, &str, &[&str], &str, bool); 10] = [
        ("Found a bug", "I'm having a problem with this.", &["bug"], "open", false),
        ("Add a license", "Which license should this use?", &["documentation"], "closed", false),
        ("Greeting is not translated", "`Hello World!` should be translated.", &["enhancement"], "open", false),
        ("Typo in README", "Wolrd -> World", &["documentation", "good first issue"], "open", false),
        ("Update README with usage", "Adds a usage section.", &["documentation"], "open", true),
        ("Crash when greeting an empty name", "Steps to reproduce: ...", &["bug"], "open", false),
        ("Support a farewell", "Say goodbye as well as hello.", &["enhancement"], "closed", false),
        ("Greeting is too loud", "Could the exclamation mark be optional?", &[], "open", false),
        ("Document the greeting format", "", &["documentation"], "open", false),
        ("Hello from the other side", "Just saying hi.", &[], "closed", false),
    ];
    seeds
        .iter()
        .enumerate()
        .map(|(i, (title, body, labels, state, pr))| {
            json!({
                "number": i + 1,
                "title": title,
                "body": if body.is_empty() { Value::Null } else { json!(body) },
                "labels": labels,
                "state": state,
                "pull_request": pr,
                "user": if i % 3 == 0 { "octocat" } else { "hubot" }
            })
        })
        .collect()
}

/// Base64 wrapped at 60 columns with `\n`, as the contents API sends it.
fn wrap_base64(bytes: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut out = String::with_capacity(encoded.len() + encoded.len() / 60 + 1);
    for (i, c) in encoded.chars().enumerate() {
        if i > 0 && i % 60 == 0 {
            out.push('\n');
        }
        out.push(c);
    }
    out.push('\n');
    out
}

/// Unreserved characters stay; everything else in a segment is escaped.
const SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A stable 64-bit hash for fake shas.
fn fnv(bytes: &[u8]) -> u128 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (u128::from(hash) << 64) | u128::from(hash.rotate_left(17))
}

/// The storage host: serves the asset to a signed URL, and refuses a
/// request that also carries an `Authorization` header, as S3 does.
struct AssetHost;

impl Respond for AssetHost {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let incoming = Incoming::new(request);
        let xml = |status: u16, code: &str, message: &str| {
            ResponseTemplate::new(status).set_body_raw(
                format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>"
                ),
                "application/xml",
            )
        };
        let artifact = incoming.raw_path() == more::ARTIFACT_PATH;
        if incoming.raw_path() != ASSET_PATH && !artifact {
            return xml(404, "NoSuchKey", "The specified key does not exist.");
        }
        if incoming.header("authorization").is_some() {
            return xml(
                400,
                "InvalidArgument",
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter \
                 or the Authorization header should be specified",
            );
        }
        if incoming.query("X-Amz-Signature").or_else(|| incoming.query("sig")).is_none() {
            return xml(403, "AccessDenied", "Request has expired or is not signed");
        }
        if artifact {
            let body: Vec<u8> = zip_like(more::ARTIFACT_SIZE);
            return ResponseTemplate::new(200)
                .set_body_raw(body, "application/zip")
                .insert_header("content-disposition", "attachment; filename=build-output.zip");
        }
        let body: Vec<u8> = (0..ASSET_SIZE).map(|i| (i % 251) as u8).collect();
        ResponseTemplate::new(200)
            .set_body_raw(body, "application/octet-stream")
            .insert_header("content-disposition", format!("attachment; filename={ASSET_NAME}").as_str())
            .insert_header("x-amz-request-id", "MOCK0REQUEST0ID")
    }
}

/// Bytes that start like a zip archive (`PK\x03\x04`), then a pattern.
fn zip_like(size: usize) -> Vec<u8> {
    let mut body: Vec<u8> = (0..size).map(|i| (i % 253) as u8).collect();
    body[..4].copy_from_slice(b"PK\x03\x04");
    body
}

/// `uploads.github.com`: takes a release asset's bytes, with the token.
struct UploadHost(Arc<GitHubApi>);

impl Respond for UploadHost {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let incoming = Incoming::new(request);
        if let Some(refused) = self.0.check(&incoming) {
            return refused;
        }
        if incoming.header("authorization").is_none() {
            return json_response(
                401,
                &json!({"message": "Requires authentication", "documentation_url": "https://docs.github.com/rest", "status": "401"}),
            );
        }
        let segments = incoming.segments();
        let release: u64 = match (incoming.method(), segments.as_slice()) {
            ("POST", ["repos", owner, name, "releases", id, "assets"]) if (*owner, *name) == HELLO_WORLD => {
                id.parse().unwrap_or(0)
            }
            _ => return not_found("https://docs.github.com/rest/releases/assets#upload-a-release-asset"),
        };
        let Some(name) = incoming.query("name").filter(|n| !n.is_empty()) else {
            return json_response(
                422,
                &json!({"message": "Validation Failed", "errors": [{"resource": "ReleaseAsset", "code": "missing_field", "field": "name"}], "status": "422"}),
            );
        };
        let content_type = incoming.header("content-type").unwrap_or("application/octet-stream").to_owned();
        let asset = {
            let mut state = self.0.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if !state.releases.iter().any(|r| r["id"] == release) {
                return not_found("https://docs.github.com/rest/releases/assets#upload-a-release-asset");
            }
            if state.assets.iter().any(|a| a["release"] == release && a["name"] == name.as_str()) {
                return json_response(
                    422,
                    &json!({"message": "Validation Failed", "errors": [{"resource": "ReleaseAsset", "code": "already_exists", "field": "name"}], "status": "422"}),
                );
            }
            state.next_id += 1;
            let asset = json!({"id": state.next_id, "release": release, "name": name, "label": incoming.query("label"),
                               "content_type": content_type, "size": request.body.len()});
            state.assets.push(asset.clone());
            asset
        };
        json_response(201, &self.0.asset_json(&asset))
    }
}
