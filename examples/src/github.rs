//! A client for the GitHub REST API (<https://docs.github.com/rest>).
//!
//! Every call sends `Accept: application/vnd.github+json` and
//! `X-GitHub-Api-Version: 2022-11-28`, as GitHub recommends. A token is
//! optional for public data; build the client with `.bearer_auth(token)` to
//! raise the rate limit from 60 to 5,000 requests an hour.
//!
//! ```no_run
//! use examples::github::{GitHub, GitHubClient, IssueState};
//! use futures::TryStreamExt as _;
//!
//! # async fn run() -> client_runtime::Result<()> {
//! let github = GitHubClient::builder().user_agent("my-tool/1.0").build()?;
//! // The five most-starred repositories for a query, in one request.
//! let found = github.search_repos_page("language:rust", Some("stars"), Some("desc"), Some(5), None).await?;
//! for repo in &found.body().items {
//!     println!("{} ({} stars)", repo.full_name, repo.stargazers_count);
//! }
//! // Every open issue of a repository, across all pages (Link: rel="next").
//! let issues: Vec<_> = github
//!     .list_issues("rust-lang", "rust", Some(IssueState::Open), None, Some(100))
//!     .try_collect()
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! The types follow GitHub's documented schemas, but only the fields every
//! example payload carries are required: the rest are `Option` or default
//! to empty, because GitHub's own examples (and its search results) leave
//! documented fields out.

use base64::Engine as _;
use client_runtime::{ByteStream, Paginated, Response, Result, client};
use serde::{Deserialize, Serialize};

/// The API version these types were written against.
pub const API_VERSION: &str = "2022-11-28";

/// The public GitHub API.
pub const DEFAULT_BASE_URL: &str = "https://api.github.com";

/// The GitHub REST API, as much of it as the example needs.
#[client(base_url = "https://api.github.com")]
#[header("Accept", "application/vnd.github+json")]
#[header("X-GitHub-Api-Version", "2022-11-28")]
pub trait GitHub {
    /// `GET /users/{username}`: a user's public profile, with the
    /// response's metadata (rate limit included).
    #[get("/users/<username>")]
    async fn get_user(&self, username: &str) -> Result<Response<User>>;

    /// `GET /users/{username}/repos`: a user's public repositories (one page).
    #[get("/users/<username>/repos")]
    async fn get_repos(
        &self,
        username: &str,
        #[query] sort: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Result<Vec<Repository>>;

    /// `GET /repos/{owner}/{repo}`. GitHub answers a renamed repository
    /// with a 301 to `/repositories/{id}`, which the runtime follows;
    /// [`Response::history`] shows the hop.
    #[get("/repos/<owner>/<repo>")]
    async fn get_repo(&self, owner: &str, repo: &str) -> Result<Response<Repository>>;

    /// `GET /search/repositories`: every match, page after page
    /// (`Link: rel="next"`), the items taken from the envelope's `items`.
    /// GitHub stops at 1,000 results; use `.max_items(n)`.
    #[get("/search/repositories")]
    #[paginate(link, items = "/items")]
    fn search_repos(
        &self,
        #[query] q: &str,
        #[query] sort: Option<&str>,
        #[query] order: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Repository>;

    /// `GET /search/repositories`, one page as GitHub sends it: the
    /// envelope with `total_count`, and the search rate limit.
    #[get("/search/repositories")]
    async fn search_repos_page(
        &self,
        #[query] q: &str,
        #[query] sort: Option<&str>,
        #[query] order: Option<&str>,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Response<SearchResults<Repository>>>;

    /// `GET /repos/{owner}/{repo}/issues`, across all pages. `labels` is a
    /// comma-separated list, all of which must match. Pull requests are
    /// issues too on this endpoint: see [`Issue::is_pull_request`].
    #[get("/repos/<owner>/<repo>/issues")]
    #[paginate(link)]
    fn list_issues(
        &self,
        owner: &str,
        repo: &str,
        #[query] state: Option<IssueState>,
        #[query] labels: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Issue>;

    /// `POST /repos/{owner}/{repo}/issues` (needs a token). Not retried on
    /// a 5xx: a POST may have been applied.
    #[post("/repos/<owner>/<repo>/issues")]
    async fn create_issue(&self, owner: &str, repo: &str, #[body] issue: &NewIssue) -> Result<Issue>;

    /// `GET /repos/{owner}/{repo}/contents/{path}`: a file, or a
    /// directory's listing. `path` keeps its slashes (`docs/guide/intro.md`);
    /// each segment is encoded on its own.
    #[get("/repos/<owner>/<repo>/contents/<path..>")]
    async fn get_contents(
        &self,
        owner: &str,
        repo: &str,
        path: &str,
        #[query("ref")] reference: Option<&str>,
    ) -> Result<Contents>;

    /// `GET /repos/{owner}/{repo}/readme` as raw text
    /// (`Accept: application/vnd.github.raw+json`).
    #[get("/repos/<owner>/<repo>/readme")]
    #[header("Accept", "application/vnd.github.raw+json")]
    async fn get_readme(&self, owner: &str, repo: &str) -> Result<String>;

    /// `GET /repos/{owner}/{repo}/releases/assets/{asset_id}` with
    /// `Accept: application/octet-stream`: GitHub answers 302 to a storage
    /// host, which the runtime follows without the token; the body streams.
    #[get("/repos/<owner>/<repo>/releases/assets/<asset_id>")]
    #[header("Accept", "application/octet-stream")]
    async fn download_release_asset(&self, owner: &str, repo: &str, asset_id: u64) -> Result<ByteStream>;
}

/// The error document GitHub sends with a 4xx or 5xx
/// (`{"message": "Not Found", "documentation_url": "...", "status": "404"}`).
///
/// Read it with `err.decode_body::<GitHubError>()`.
#[derive(Debug, Clone, Deserialize)]
pub struct GitHubError {
    /// What went wrong, in GitHub's words.
    pub message: String,
    /// The documentation page of the endpoint.
    #[serde(default)]
    pub documentation_url: Option<String>,
    /// The status code as a string (newer responses only).
    #[serde(default)]
    pub status: Option<String>,
    /// Field-level details of a `422 Validation Failed`.
    #[serde(default)]
    pub errors: Vec<serde_json::Value>,
}

/// A user as GitHub describes it: the simple user embedded in other
/// objects has only `login`, `id` and URLs; a profile has the rest.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct User {
    /// The handle, `octocat`.
    pub login: String,
    /// The numeric id.
    pub id: u64,
    /// The GraphQL node id.
    #[serde(default)]
    pub node_id: Option<String>,
    /// The avatar image.
    #[serde(default)]
    pub avatar_url: Option<String>,
    /// The profile page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// `User`, `Organization` or `Bot`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Whether this is a GitHub staff account.
    #[serde(default)]
    pub site_admin: bool,
    /// The display name.
    #[serde(default)]
    pub name: Option<String>,
    /// The company.
    #[serde(default)]
    pub company: Option<String>,
    /// The blog or homepage URL (possibly empty).
    #[serde(default)]
    pub blog: Option<String>,
    /// Where they are.
    #[serde(default)]
    pub location: Option<String>,
    /// The public e-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// The profile text.
    #[serde(default)]
    pub bio: Option<String>,
    /// Public repositories.
    #[serde(default)]
    pub public_repos: Option<u64>,
    /// Public gists.
    #[serde(default)]
    pub public_gists: Option<u64>,
    /// Followers.
    #[serde(default)]
    pub followers: Option<u64>,
    /// Followed accounts.
    #[serde(default)]
    pub following: Option<u64>,
    /// When the account was created (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
    /// When the profile last changed (ISO 8601).
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// A repository: the full object of `GET /repos/{owner}/{repo}` or the
/// shorter one in lists and search results.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Repository {
    /// The numeric id.
    pub id: u64,
    /// The name, `Hello-World`.
    pub name: String,
    /// `owner/name`.
    pub full_name: String,
    /// The owner (a simple user).
    #[serde(default)]
    pub owner: Option<User>,
    /// Whether it is private.
    #[serde(default)]
    pub private: bool,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// The description.
    #[serde(default)]
    pub description: Option<String>,
    /// Whether it is a fork.
    #[serde(default)]
    pub fork: bool,
    /// The API URL of the repository.
    #[serde(default)]
    pub url: Option<String>,
    /// The homepage.
    #[serde(default)]
    pub homepage: Option<String>,
    /// The main language.
    #[serde(default)]
    pub language: Option<String>,
    /// Stars.
    #[serde(default)]
    pub stargazers_count: u64,
    /// Watchers (the same number as stars, for historical reasons).
    #[serde(default)]
    pub watchers_count: u64,
    /// Forks.
    #[serde(default)]
    pub forks_count: u64,
    /// Open issues and pull requests.
    #[serde(default)]
    pub open_issues_count: u64,
    /// The default branch.
    #[serde(default)]
    pub default_branch: Option<String>,
    /// Topics.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Whether it is archived.
    #[serde(default)]
    pub archived: bool,
    /// `public`, `private` or `internal`.
    #[serde(default)]
    pub visibility: Option<String>,
    /// The license, when GitHub detected one.
    #[serde(default)]
    pub license: Option<License>,
    /// Last push (ISO 8601).
    #[serde(default)]
    pub pushed_at: Option<String>,
    /// Creation (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
    /// Last update (ISO 8601).
    #[serde(default)]
    pub updated_at: Option<String>,
    /// The search relevance, in search results only.
    #[serde(default)]
    pub score: Option<f64>,
}

/// A repository's license.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct License {
    /// `mit`.
    pub key: String,
    /// `MIT License`.
    pub name: String,
    /// `MIT`, or `NOASSERTION`.
    #[serde(default)]
    pub spdx_id: Option<String>,
}

/// The envelope of a search: `{"total_count", "incomplete_results", "items"}`.
#[derive(Debug, Clone, Deserialize)]
pub struct SearchResults<T> {
    /// How many results match (GitHub serves the first 1,000).
    pub total_count: u64,
    /// Whether the search timed out before finding them all.
    #[serde(default)]
    pub incomplete_results: bool,
    /// This page's results.
    pub items: Vec<T>,
}

/// `state` filter of [`GitHub::list_issues`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssueState {
    /// Open issues (GitHub's default).
    Open,
    /// Closed issues.
    Closed,
    /// Both.
    All,
}

/// An issue (or a pull request seen as an issue).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Issue {
    /// The numeric id.
    pub id: u64,
    /// The number within the repository, `#1347`.
    pub number: u64,
    /// The title.
    pub title: String,
    /// `open` or `closed`.
    pub state: String,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// The text, in Markdown.
    #[serde(default)]
    pub body: Option<String>,
    /// Who opened it.
    #[serde(default)]
    pub user: Option<User>,
    /// Its labels. GitHub documents them as objects or plain names.
    #[serde(default)]
    pub labels: Vec<IssueLabel>,
    /// Who it is assigned to.
    #[serde(default)]
    pub assignees: Vec<User>,
    /// Its milestone.
    #[serde(default)]
    pub milestone: Option<Milestone>,
    /// Whether the conversation is locked.
    #[serde(default)]
    pub locked: bool,
    /// Comment count.
    #[serde(default)]
    pub comments: u64,
    /// Present when the issue is a pull request.
    #[serde(default)]
    pub pull_request: Option<serde_json::Value>,
    /// `completed`, `not_planned` or `reopened`, once closed.
    #[serde(default)]
    pub state_reason: Option<String>,
    /// Creation (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
    /// Last update (ISO 8601).
    #[serde(default)]
    pub updated_at: Option<String>,
    /// When it was closed (ISO 8601).
    #[serde(default)]
    pub closed_at: Option<String>,
}

impl Issue {
    /// Whether this "issue" is a pull request (the issues endpoints list both).
    pub fn is_pull_request(&self) -> bool {
        self.pull_request.is_some()
    }

    /// The label names.
    pub fn label_names(&self) -> Vec<&str> {
        self.labels.iter().map(IssueLabel::name).collect()
    }
}

/// A label on an issue: GitHub's schema allows a full object or a name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum IssueLabel {
    /// The label object.
    Full(Label),
    /// Just the name.
    Name(String),
}

impl IssueLabel {
    /// The label's name.
    pub fn name(&self) -> &str {
        match self {
            Self::Full(label) => &label.name,
            Self::Name(name) => name,
        }
    }
}

/// A label.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Label {
    /// The numeric id.
    #[serde(default)]
    pub id: Option<u64>,
    /// `bug`.
    pub name: String,
    /// `f29513`.
    #[serde(default)]
    pub color: Option<String>,
    /// What it means.
    #[serde(default)]
    pub description: Option<String>,
    /// Whether it is one of the repository's default labels.
    #[serde(default)]
    pub default: bool,
}

/// A milestone.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Milestone {
    /// The numeric id.
    pub id: u64,
    /// The number within the repository.
    pub number: u64,
    /// `v1.0`.
    pub title: String,
    /// `open` or `closed`.
    #[serde(default)]
    pub state: Option<String>,
    /// Due date (ISO 8601).
    #[serde(default)]
    pub due_on: Option<String>,
}

/// The body of [`GitHub::create_issue`]. Only `title` is required.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewIssue {
    /// The title.
    pub title: String,
    /// The text, in Markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Label names (push access needed, or they are dropped silently).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    /// Logins to assign.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assignees: Vec<String>,
    /// A milestone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<u64>,
}

/// What `GET /repos/{owner}/{repo}/contents/{path}` returns: one entry for
/// a file (with its content), an array for a directory.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Contents {
    /// A directory's entries, without content.
    Directory(Vec<ContentEntry>),
    /// A file, symlink or submodule.
    File(ContentEntry),
}

/// One entry of the contents API.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentEntry {
    /// `file`, `dir`, `symlink` or `submodule`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The file name.
    pub name: String,
    /// The path within the repository.
    pub path: String,
    /// The blob sha.
    pub sha: String,
    /// Size in bytes.
    #[serde(default)]
    pub size: u64,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// Where the raw file can be downloaded.
    #[serde(default)]
    pub download_url: Option<String>,
    /// `base64`, for a file.
    #[serde(default)]
    pub encoding: Option<String>,
    /// The content, base64 with line breaks, for a file.
    #[serde(default)]
    pub content: Option<String>,
}

impl ContentEntry {
    /// The decoded content of a file (GitHub wraps the base64 at 60
    /// columns; the line breaks are skipped).
    pub fn decoded_content(&self) -> Option<Vec<u8>> {
        let text: String = self.content.as_deref()?.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        base64::engine::general_purpose::STANDARD.decode(text).ok()
    }
}

/// Splits `owner/repo` into its two parts.
pub fn split_repo(full_name: &str) -> Option<(&str, &str)> {
    let (owner, repo) = full_name.split_once('/')?;
    (!owner.is_empty() && !repo.is_empty() && !repo.contains('/')).then_some((owner, repo))
}
