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
//! [`GitHub`] covers what people use daily: users; repositories, contents
//! (read, and write with base64), branches, tags, commits (`since`/`until`)
//! and compare; issues, comments, labels and milestones; pull requests,
//! reviews and merges; releases; gists; stars; search; the rate limit; and
//! Actions runs, jobs and artifacts (downloaded through GitHub's redirect,
//! without the token). Each path, query name and body follows GitHub's
//! official OpenAPI description.
//!
//! Release assets are uploaded to another host, `uploads.github.com`:
//! that is [`GitHubUploads`], a trait of its own whose base URL comes from
//! the release's `upload_url`. A GitHub App's installation tokens, which
//! expire after an hour, are in [`crate::github_app`].
//!
//! The types follow GitHub's documented schemas: a field the description
//! does not require is an `Option` or defaults to empty, and one it allows
//! to be `null` takes `null`. The conformance tests generated from the
//! description (`cargo test -p examples`) hold every method's type to its
//! documented examples and to payloads built from its schema.

use std::collections::BTreeMap;

use base64::Engine as _;
use client_runtime::{Body, ByteStream, Paginated, Response, Result, client};
use serde::{Deserialize, Serialize};

mod types;

pub use types::*;

/// The API version these types were written against.
pub const API_VERSION: &str = "2022-11-28";

/// The public GitHub API.
pub const DEFAULT_BASE_URL: &str = "https://api.github.com";

/// The GitHub REST API: the endpoints people use daily, each written as
/// GitHub's official OpenAPI description has it (path, query names,
/// required parameters, request body, response shape).
///
/// Lists that people walk to the end are [`Paginated`] (GitHub's
/// `Link: rel="next"`); the others take `per_page`/`page` and return one
/// page. Endpoints answering `204 No Content` return `Result<()>`; the
/// yes/no endpoints answering 204 or 404 return `Result<Option<()>>`.
#[client(base_url = "https://api.github.com", openapi = "openapi/api.github.com.json")]
#[header("Accept", "application/vnd.github+json")]
#[header("X-GitHub-Api-Version", "2022-11-28")]
pub trait GitHub {
    // --- Users -----------------------------------------------------------

    /// `GET /user`: the signed-in user's profile (needs a token).
    #[get("/user")]
    async fn get_authenticated_user(&self) -> Result<User>;

    /// `GET /users/{username}`: a user's public profile, with the
    /// response's metadata (rate limit included).
    #[get("/users/<username>")]
    async fn get_user(&self, username: &str) -> Result<Response<User>>;

    /// `GET /users/{username}/followers`: one page of a user's followers.
    #[get("/users/<username>/followers")]
    async fn list_followers(
        &self,
        username: &str,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Vec<User>>;

    /// `GET /users/{username}/following`: one page of the accounts a user follows.
    #[get("/users/<username>/following")]
    async fn list_following(
        &self,
        username: &str,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Vec<User>>;

    // --- Repositories ------------------------------------------------------

    /// `GET /users/{username}/repos`: a user's public repositories (one page).
    /// `sort` is `created`, `updated`, `pushed` or `full_name`.
    #[get("/users/<username>/repos")]
    async fn get_repos(
        &self,
        username: &str,
        #[query] sort: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Result<Vec<Repository>>;

    /// `GET /user/repos`: every repository the signed-in user can reach,
    /// across all pages. `visibility` is `all`, `public` or `private`.
    #[get("/user/repos")]
    #[paginate(link)]
    fn list_my_repos(
        &self,
        #[query] visibility: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Repository>;

    /// `GET /repos/{owner}/{repo}`. GitHub answers a renamed repository
    /// with a 301 to `/repositories/{id}`, which the runtime follows;
    /// [`Response::history`] shows the hop.
    #[get("/repos/<owner>/<repo>")]
    async fn get_repo(&self, owner: &str, repo: &str) -> Result<Response<Repository>>;

    /// `POST /user/repos`: a new repository of the signed-in user.
    #[post("/user/repos")]
    async fn create_repo(&self, #[body] repo: &NewRepository) -> Result<Repository>;

    /// `PATCH /repos/{owner}/{repo}`: changes the fields that are set.
    #[patch("/repos/<owner>/<repo>")]
    async fn update_repo(&self, owner: &str, repo: &str, #[body] update: &RepositoryUpdate) -> Result<Repository>;

    /// `GET /repos/{owner}/{repo}/languages`: bytes of code per language.
    #[get("/repos/<owner>/<repo>/languages")]
    async fn list_languages(&self, owner: &str, repo: &str) -> Result<BTreeMap<String, u64>>;

    /// `GET /repos/{owner}/{repo}/topics`.
    #[get("/repos/<owner>/<repo>/topics")]
    async fn get_topics(&self, owner: &str, repo: &str) -> Result<Topics>;

    /// `GET /repos/{owner}/{repo}/contributors`: one page, most commits first.
    #[get("/repos/<owner>/<repo>/contributors")]
    async fn list_contributors(
        &self,
        owner: &str,
        repo: &str,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Vec<Contributor>>;

    // --- Contents ------------------------------------------------------------

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

    /// `PUT /repos/{owner}/{repo}/contents/{path}`: creates a file, or
    /// updates one when [`FileWrite::sha`] names the blob it replaces. The
    /// content travels base64-encoded ([`FileWrite::new`] encodes it).
    #[put("/repos/<owner>/<repo>/contents/<path..>")]
    async fn put_contents(&self, owner: &str, repo: &str, path: &str, #[body] file: &FileWrite) -> Result<FileCommit>;

    /// `DELETE /repos/{owner}/{repo}/contents/{path}`: deletes a file in a
    /// new commit; `sha` is the blob being deleted.
    #[delete("/repos/<owner>/<repo>/contents/<path..>")]
    async fn delete_file(&self, owner: &str, repo: &str, path: &str, #[body] file: &FileDelete) -> Result<FileCommit>;

    /// `GET /repos/{owner}/{repo}/readme` as raw text
    /// (`Accept: application/vnd.github.raw+json`).
    #[get("/repos/<owner>/<repo>/readme")]
    #[header("Accept", "application/vnd.github.raw+json")]
    async fn get_readme(&self, owner: &str, repo: &str) -> Result<String>;

    // --- Branches, tags, commits -------------------------------------------

    /// `GET /repos/{owner}/{repo}/branches`, across all pages.
    #[get("/repos/<owner>/<repo>/branches")]
    #[paginate(link)]
    fn list_branches(
        &self,
        owner: &str,
        repo: &str,
        #[query] protected: Option<bool>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Branch>;

    /// `GET /repos/{owner}/{repo}/branches/{branch}`.
    #[get("/repos/<owner>/<repo>/branches/<branch>")]
    async fn get_branch(&self, owner: &str, repo: &str, branch: &str) -> Result<Branch>;

    /// `GET /repos/{owner}/{repo}/tags`, across all pages.
    #[get("/repos/<owner>/<repo>/tags")]
    #[paginate(link)]
    fn list_tags(&self, owner: &str, repo: &str, #[query] per_page: Option<u32>) -> Paginated<Tag>;

    /// `GET /repos/{owner}/{repo}/commits`, newest first, across all pages.
    /// `sha` is a branch or commit to start from; `since`/`until` are
    /// ISO 8601 timestamps (`2025-01-01T00:00:00Z`).
    #[get("/repos/<owner>/<repo>/commits")]
    #[paginate(link)]
    fn list_commits(
        &self,
        owner: &str,
        repo: &str,
        #[query] sha: Option<&str>,
        #[query] path: Option<&str>,
        #[query] since: Option<&str>,
        #[query] until: Option<&str>,
    ) -> Paginated<Commit>;

    /// `GET /repos/{owner}/{repo}/commits/{ref}`: one commit with its
    /// files; `ref` is a sha, branch or tag (a raw identifier, since `ref`
    /// is a Rust keyword).
    #[get("/repos/<owner>/<repo>/commits/<ref>")]
    async fn get_commit(&self, owner: &str, repo: &str, r#ref: &str) -> Result<Commit>;

    /// `GET /repos/{owner}/{repo}/compare/{basehead}`: `basehead` is
    /// `BASE...HEAD` ([`basehead`] writes it).
    #[get("/repos/<owner>/<repo>/compare/<basehead>")]
    async fn compare(&self, owner: &str, repo: &str, basehead: &str) -> Result<Comparison>;

    // --- Issues, comments, labels, milestones --------------------------------

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

    /// `GET /repos/{owner}/{repo}/issues/{issue_number}`.
    #[get("/repos/<owner>/<repo>/issues/<issue_number>")]
    async fn get_issue(&self, owner: &str, repo: &str, issue_number: u64) -> Result<Issue>;

    /// `POST /repos/{owner}/{repo}/issues` (needs a token). Not retried on
    /// a 5xx: a POST may have been applied.
    #[post("/repos/<owner>/<repo>/issues")]
    async fn create_issue(&self, owner: &str, repo: &str, #[body] issue: &NewIssue) -> Result<Issue>;

    /// `PATCH /repos/{owner}/{repo}/issues/{issue_number}`: edit, close or reopen.
    #[patch("/repos/<owner>/<repo>/issues/<issue_number>")]
    async fn update_issue(
        &self,
        owner: &str,
        repo: &str,
        issue_number: u64,
        #[body] update: &IssueUpdate,
    ) -> Result<Issue>;

    /// `GET /repos/{owner}/{repo}/issues/{issue_number}/comments`, oldest
    /// first, across all pages; `since` is an ISO 8601 timestamp.
    #[get("/repos/<owner>/<repo>/issues/<issue_number>/comments")]
    #[paginate(link)]
    fn list_comments(
        &self,
        owner: &str,
        repo: &str,
        issue_number: u64,
        #[query] since: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Comment>;

    /// `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`.
    #[post("/repos/<owner>/<repo>/issues/<issue_number>/comments")]
    async fn create_comment(
        &self,
        owner: &str,
        repo: &str,
        issue_number: u64,
        #[body] comment: &CommentBody,
    ) -> Result<Comment>;

    /// `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}`.
    #[patch("/repos/<owner>/<repo>/issues/comments/<comment_id>")]
    async fn update_comment(
        &self,
        owner: &str,
        repo: &str,
        comment_id: u64,
        #[body] comment: &CommentBody,
    ) -> Result<Comment>;

    /// `DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}` (204).
    #[delete("/repos/<owner>/<repo>/issues/comments/<comment_id>")]
    async fn delete_comment(&self, owner: &str, repo: &str, comment_id: u64) -> Result<()>;

    /// `GET /repos/{owner}/{repo}/labels`, across all pages.
    #[get("/repos/<owner>/<repo>/labels")]
    #[paginate(link)]
    fn list_labels(&self, owner: &str, repo: &str, #[query] per_page: Option<u32>) -> Paginated<Label>;

    /// `POST /repos/{owner}/{repo}/labels`.
    #[post("/repos/<owner>/<repo>/labels")]
    async fn create_label(&self, owner: &str, repo: &str, #[body] label: &NewLabel) -> Result<Label>;

    /// `POST /repos/{owner}/{repo}/issues/{issue_number}/labels`: adds
    /// labels; the answer is every label the issue now has.
    #[post("/repos/<owner>/<repo>/issues/<issue_number>/labels")]
    async fn add_labels(
        &self,
        owner: &str,
        repo: &str,
        issue_number: u64,
        #[body] labels: &LabelNames,
    ) -> Result<Vec<Label>>;

    /// `DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}`:
    /// the answer is the labels that remain.
    #[delete("/repos/<owner>/<repo>/issues/<issue_number>/labels/<name>")]
    async fn remove_label(&self, owner: &str, repo: &str, issue_number: u64, name: &str) -> Result<Vec<Label>>;

    /// `GET /repos/{owner}/{repo}/milestones` (one page). `sort` is
    /// `due_on` or `completeness`.
    #[get("/repos/<owner>/<repo>/milestones")]
    async fn list_milestones(
        &self,
        owner: &str,
        repo: &str,
        #[query] state: Option<IssueState>,
        #[query] sort: Option<&str>,
        #[query] direction: Option<Direction>,
    ) -> Result<Vec<Milestone>>;

    /// `POST /repos/{owner}/{repo}/milestones`.
    #[post("/repos/<owner>/<repo>/milestones")]
    async fn create_milestone(&self, owner: &str, repo: &str, #[body] milestone: &NewMilestone) -> Result<Milestone>;

    // --- Pull requests, reviews, merge ---------------------------------------

    /// `GET /repos/{owner}/{repo}/pulls`, across all pages. `head` is
    /// `user:branch`; `base` a branch name.
    #[get("/repos/<owner>/<repo>/pulls")]
    #[paginate(link)]
    fn list_pulls(
        &self,
        owner: &str,
        repo: &str,
        #[query] state: Option<IssueState>,
        #[query] head: Option<&str>,
        #[query] base: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<PullRequest>;

    /// `GET /repos/{owner}/{repo}/pulls/{pull_number}`.
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>")]
    async fn get_pull(&self, owner: &str, repo: &str, pull_number: u64) -> Result<PullRequest>;

    /// `POST /repos/{owner}/{repo}/pulls`.
    #[post("/repos/<owner>/<repo>/pulls")]
    async fn create_pull(&self, owner: &str, repo: &str, #[body] pull: &NewPullRequest) -> Result<PullRequest>;

    /// `PATCH /repos/{owner}/{repo}/pulls/{pull_number}`.
    #[patch("/repos/<owner>/<repo>/pulls/<pull_number>")]
    async fn update_pull(
        &self,
        owner: &str,
        repo: &str,
        pull_number: u64,
        #[body] update: &PullRequestUpdate,
    ) -> Result<PullRequest>;

    /// `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` (one page; at most 3,000 files).
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>/files")]
    async fn list_pull_files(
        &self,
        owner: &str,
        repo: &str,
        pull_number: u64,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Vec<CommitFile>>;

    /// `GET /repos/{owner}/{repo}/pulls/{pull_number}/commits` (one page; at most 250 commits).
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>/commits")]
    async fn list_pull_commits(
        &self,
        owner: &str,
        repo: &str,
        pull_number: u64,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Vec<Commit>>;

    /// `GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews`, oldest first.
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>/reviews")]
    async fn list_reviews(&self, owner: &str, repo: &str, pull_number: u64) -> Result<Vec<Review>>;

    /// `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews`: with an
    /// `event` the review is submitted, without one it stays pending.
    #[post("/repos/<owner>/<repo>/pulls/<pull_number>/reviews")]
    async fn create_review(
        &self,
        owner: &str,
        repo: &str,
        pull_number: u64,
        #[body] review: &NewReview,
    ) -> Result<Review>;

    /// `POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers`.
    #[post("/repos/<owner>/<repo>/pulls/<pull_number>/requested_reviewers")]
    async fn request_reviewers(
        &self,
        owner: &str,
        repo: &str,
        pull_number: u64,
        #[body] reviewers: &ReviewRequest,
    ) -> Result<PullRequest>;

    /// `GET /repos/{owner}/{repo}/pulls/{pull_number}/merge`: `Some(())`
    /// when merged (204), `None` when not (404).
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>/merge")]
    async fn is_merged(&self, owner: &str, repo: &str, pull_number: u64) -> Result<Option<()>>;

    /// `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge`. A 405 means
    /// it cannot be merged; a 409 that `sha` is no longer the head.
    #[put("/repos/<owner>/<repo>/pulls/<pull_number>/merge")]
    async fn merge_pull(
        &self,
        owner: &str,
        repo: &str,
        pull_number: u64,
        #[body] merge: &MergePull,
    ) -> Result<MergeResult>;

    // --- Releases ------------------------------------------------------------

    /// `GET /repos/{owner}/{repo}/releases`, newest first, across all pages.
    #[get("/repos/<owner>/<repo>/releases")]
    #[paginate(link)]
    fn list_releases(&self, owner: &str, repo: &str, #[query] per_page: Option<u32>) -> Paginated<Release>;

    /// `GET /repos/{owner}/{repo}/releases/latest`: the latest published
    /// full release (no drafts, no prereleases).
    #[get("/repos/<owner>/<repo>/releases/latest")]
    async fn get_latest_release(&self, owner: &str, repo: &str) -> Result<Release>;

    /// `GET /repos/{owner}/{repo}/releases/tags/{tag}`.
    #[get("/repos/<owner>/<repo>/releases/tags/<tag>")]
    async fn get_release_by_tag(&self, owner: &str, repo: &str, tag: &str) -> Result<Release>;

    /// `POST /repos/{owner}/{repo}/releases`. Upload assets to the answer's
    /// `upload_url` with [`GitHubUploads`].
    #[post("/repos/<owner>/<repo>/releases")]
    async fn create_release(&self, owner: &str, repo: &str, #[body] release: &NewRelease) -> Result<Release>;

    /// `PATCH /repos/{owner}/{repo}/releases/{release_id}` (publish a draft
    /// with `draft: Some(false)`).
    #[patch("/repos/<owner>/<repo>/releases/<release_id>")]
    async fn update_release(
        &self,
        owner: &str,
        repo: &str,
        release_id: u64,
        #[body] update: &ReleaseUpdate,
    ) -> Result<Release>;

    /// `DELETE /repos/{owner}/{repo}/releases/{release_id}` (204).
    #[delete("/repos/<owner>/<repo>/releases/<release_id>")]
    async fn delete_release(&self, owner: &str, repo: &str, release_id: u64) -> Result<()>;

    /// `GET /repos/{owner}/{repo}/releases/{release_id}/assets` (one page).
    #[get("/repos/<owner>/<repo>/releases/<release_id>/assets")]
    async fn list_release_assets(
        &self,
        owner: &str,
        repo: &str,
        release_id: u64,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Vec<ReleaseAsset>>;

    /// `GET /repos/{owner}/{repo}/releases/assets/{asset_id}`: the asset's metadata.
    #[get("/repos/<owner>/<repo>/releases/assets/<asset_id>")]
    async fn get_release_asset(&self, owner: &str, repo: &str, asset_id: u64) -> Result<ReleaseAsset>;

    /// `GET /repos/{owner}/{repo}/releases/assets/{asset_id}` with
    /// `Accept: application/octet-stream`: GitHub answers 302 to a storage
    /// host, which the runtime follows without the token; the body streams.
    #[get("/repos/<owner>/<repo>/releases/assets/<asset_id>")]
    #[header("Accept", "application/octet-stream")]
    async fn download_release_asset(&self, owner: &str, repo: &str, asset_id: u64) -> Result<ByteStream>;

    /// `DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}` (204).
    #[delete("/repos/<owner>/<repo>/releases/assets/<asset_id>")]
    async fn delete_release_asset(&self, owner: &str, repo: &str, asset_id: u64) -> Result<()>;

    // --- Gists ---------------------------------------------------------------

    /// `GET /gists`: the signed-in user's gists, across all pages; `since`
    /// is an ISO 8601 timestamp.
    #[get("/gists")]
    #[paginate(link)]
    fn list_gists(&self, #[query] since: Option<&str>, #[query] per_page: Option<u32>) -> Paginated<Gist>;

    /// `GET /users/{username}/gists`: a user's public gists (one page).
    #[get("/users/<username>/gists")]
    async fn list_user_gists(
        &self,
        username: &str,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Vec<Gist>>;

    /// `GET /gists/{gist_id}`: a gist with its files' content.
    #[get("/gists/<gist_id>")]
    async fn get_gist(&self, gist_id: &str) -> Result<Gist>;

    /// `POST /gists`.
    #[post("/gists")]
    async fn create_gist(&self, #[body] gist: &NewGist) -> Result<Gist>;

    /// `PATCH /gists/{gist_id}`: a file mapped to `None` is deleted.
    #[patch("/gists/<gist_id>")]
    async fn update_gist(&self, gist_id: &str, #[body] update: &GistUpdate) -> Result<Gist>;

    /// `DELETE /gists/{gist_id}` (204).
    #[delete("/gists/<gist_id>")]
    async fn delete_gist(&self, gist_id: &str) -> Result<()>;

    // --- Stars ---------------------------------------------------------------

    /// `GET /user/starred`: the signed-in user's starred repositories,
    /// across all pages.
    #[get("/user/starred")]
    #[paginate(link)]
    fn list_starred(
        &self,
        #[query] sort: Option<&str>,
        #[query] direction: Option<Direction>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Repository>;

    /// `GET /user/starred/{owner}/{repo}`: `Some(())` when starred (204),
    /// `None` when not (404).
    #[get("/user/starred/<owner>/<repo>")]
    async fn is_starred(&self, owner: &str, repo: &str) -> Result<Option<()>>;

    /// `PUT /user/starred/{owner}/{repo}` (204).
    #[put("/user/starred/<owner>/<repo>")]
    async fn star(&self, owner: &str, repo: &str) -> Result<()>;

    /// `DELETE /user/starred/{owner}/{repo}` (204).
    #[delete("/user/starred/<owner>/<repo>")]
    async fn unstar(&self, owner: &str, repo: &str) -> Result<()>;

    // --- Search ----------------------------------------------------------------

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

    /// `GET /search/issues`: issues and pull requests (`is:issue`,
    /// `is:pr`, `repo:`, `label:` ...), across all pages.
    #[get("/search/issues")]
    #[paginate(link, items = "/items")]
    fn search_issues(
        &self,
        #[query] q: &str,
        #[query] sort: Option<&str>,
        #[query] order: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Issue>;

    /// `GET /search/code` (needs a token), one page.
    #[get("/search/code")]
    async fn search_code(
        &self,
        #[query] q: &str,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<SearchResults<CodeMatch>>;

    /// `GET /search/users`, one page. `sort` is `followers`,
    /// `repositories` or `joined`.
    #[get("/search/users")]
    async fn search_users(
        &self,
        #[query] q: &str,
        #[query] sort: Option<&str>,
        #[query] order: Option<&str>,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<SearchResults<User>>;

    /// `GET /rate_limit`: every bucket's state. It does not count against
    /// the limit itself.
    #[get("/rate_limit")]
    async fn rate_limit(&self) -> Result<RateLimits>;

    // --- Actions -------------------------------------------------------------

    /// `GET /repos/{owner}/{repo}/actions/workflows` (one page).
    #[get("/repos/<owner>/<repo>/actions/workflows")]
    async fn list_workflows(
        &self,
        owner: &str,
        repo: &str,
        #[query] per_page: Option<u32>,
        #[query] page: Option<u32>,
    ) -> Result<Workflows>;

    /// `GET /repos/{owner}/{repo}/actions/runs`, newest first, across all
    /// pages (the runs taken from the envelope's `workflow_runs`).
    #[get("/repos/<owner>/<repo>/actions/runs")]
    #[paginate(link, items = "/workflow_runs")]
    fn list_runs(
        &self,
        owner: &str,
        repo: &str,
        #[query] branch: Option<&str>,
        #[query] event: Option<&str>,
        #[query] status: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<WorkflowRun>;

    /// `GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs`:
    /// `workflow_id` is the numeric id or the file name (`ci.yml`).
    #[get("/repos/<owner>/<repo>/actions/workflows/<workflow_id>/runs")]
    #[paginate(link, items = "/workflow_runs")]
    fn list_workflow_runs(
        &self,
        owner: &str,
        repo: &str,
        workflow_id: &str,
        #[query] branch: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<WorkflowRun>;

    /// `GET /repos/{owner}/{repo}/actions/runs/{run_id}`.
    #[get("/repos/<owner>/<repo>/actions/runs/<run_id>")]
    async fn get_run(&self, owner: &str, repo: &str, run_id: u64) -> Result<WorkflowRun>;

    /// `POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches`:
    /// starts a `workflow_dispatch` run. The body asks for the run's
    /// details (`return_run_details`), so GitHub answers 200 with the run's
    /// id and URLs, as its description documents.
    #[post("/repos/<owner>/<repo>/actions/workflows/<workflow_id>/dispatches")]
    async fn dispatch_workflow(
        &self,
        owner: &str,
        repo: &str,
        workflow_id: &str,
        #[body] dispatch: &WorkflowDispatch,
    ) -> Result<WorkflowDispatchRun>;

    /// `POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun` (201).
    #[post("/repos/<owner>/<repo>/actions/runs/<run_id>/rerun")]
    async fn rerun(&self, owner: &str, repo: &str, run_id: u64) -> Result<()>;

    /// `POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel` (202).
    #[post("/repos/<owner>/<repo>/actions/runs/<run_id>/cancel")]
    async fn cancel_run(&self, owner: &str, repo: &str, run_id: u64) -> Result<()>;

    /// `GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs`, across all pages.
    #[get("/repos/<owner>/<repo>/actions/runs/<run_id>/jobs")]
    #[paginate(link, items = "/jobs")]
    fn list_run_jobs(
        &self,
        owner: &str,
        repo: &str,
        run_id: u64,
        #[query] filter: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Job>;

    /// `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts`, across all pages.
    #[get("/repos/<owner>/<repo>/actions/runs/<run_id>/artifacts")]
    #[paginate(link, items = "/artifacts")]
    fn list_run_artifacts(
        &self,
        owner: &str,
        repo: &str,
        run_id: u64,
        #[query] name: Option<&str>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<Artifact>;

    /// `GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}`:
    /// GitHub answers 302 to a short-lived storage URL on another origin;
    /// the runtime follows it without the token, and the archive streams.
    #[get("/repos/<owner>/<repo>/actions/artifacts/<artifact_id>/<archive_format>")]
    async fn download_artifact(
        &self,
        owner: &str,
        repo: &str,
        artifact_id: u64,
        archive_format: ArchiveFormat,
    ) -> Result<ByteStream>;
}

/// GitHub's upload host, `uploads.github.com`: release assets go there,
/// not to `api.github.com`.
///
/// It is a trait of its own because it is another origin: a session has
/// one base URL, and the runtime keeps credentials to their origin. Build
/// it with the same token as the API client, and its base URL taken from
/// the release's `upload_url` ([`upload_base_url`]), which also covers
/// GitHub Enterprise (`https://HOST/api/uploads`):
///
/// ```no_run
/// use client_runtime::Body;
/// use examples::github::{GitHub, GitHubClient, GitHubUploads, GitHubUploadsClient, NewRelease, upload_base_url};
///
/// # async fn run(token: &str) -> client_runtime::Result<()> {
/// let github = GitHubClient::builder().bearer_auth(token).build()?;
/// let release = github.create_release("octocat", "Hello-World", &NewRelease::new("v1.0.0")).await?;
/// let uploads = GitHubUploadsClient::builder()
///     .base_url(&upload_base_url(&release.upload_url).expect("GitHub's upload_url"))
///     .bearer_auth(token)
///     .build()?;
/// let asset = Body::file("target/hello.tar.gz").content_type("application/gzip");
/// uploads.upload_release_asset("octocat", "Hello-World", release.id, "hello.tar.gz", None, asset).await?;
/// # Ok(()) }
/// ```
#[client(base_url = "https://uploads.github.com", openapi = "openapi/api.github.com.json")]
#[header("Accept", "application/vnd.github+json")]
#[header("X-GitHub-Api-Version", "2022-11-28")]
pub trait GitHubUploads {
    /// `POST /repos/{owner}/{repo}/releases/{release_id}/assets?name=...`:
    /// the asset's bytes as the body, its media type as `Content-Type`
    /// (set it with [`Body::content_type`]; `application/octet-stream`
    /// otherwise). A file streams from disk.
    #[post("/repos/<owner>/<repo>/releases/<release_id>/assets")]
    async fn upload_release_asset(
        &self,
        owner: &str,
        repo: &str,
        release_id: u64,
        #[query] name: &str,
        #[query] label: Option<&str>,
        #[body(raw)] asset: Body,
    ) -> Result<ReleaseAsset>;
}

/// The base URL of [`GitHubUploads`] from a release's `upload_url`
/// (`https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}`
/// gives `https://uploads.github.com`).
pub fn upload_base_url(upload_url: &str) -> Option<String> {
    let at = upload_url.find("/repos/")?;
    let base = &upload_url[..at];
    base.contains("://").then(|| base.to_owned())
}

/// `BASE...HEAD`, the `basehead` of [`GitHub::compare`].
pub fn basehead(base: &str, head: &str) -> String {
    format!("{base}...{head}")
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
    /// Who it is assigned to (`null` in search results reads as none).
    #[serde(default, deserialize_with = "client_runtime::serde::null_as_default")]
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

/// One entry of the contents API, or the file a write answers with
/// (whose description requires none of its fields, hence the defaults).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentEntry {
    /// `file`, `dir`, `symlink` or `submodule`.
    #[serde(rename = "type", default)]
    pub kind: String,
    /// The file name.
    #[serde(default)]
    pub name: String,
    /// The path within the repository.
    #[serde(default)]
    pub path: String,
    /// The blob sha.
    #[serde(default)]
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
