//! A client for the GitLab REST API v4 (<https://docs.gitlab.com/api/rest/>).
//!
//! Authentication is a personal, project or group access token in the
//! `PRIVATE-TOKEN` header (`.api_key("PRIVATE-TOKEN", token)`), never in
//! the query string where it would end up in logs. Public projects can be
//! read without one.
//!
//! A project is named by its numeric id or by its full path,
//! `group/subgroup/project`, which GitLab wants as one URL-encoded segment
//! (`/projects/group%2Fsubgroup%2Fproject`): the methods take it as a
//! `<id>` placeholder, whose value is always encoded as one segment.
//!
//! ```no_run
//! use examples::gitlab::{GitLab, GitLabClient};
//! use futures::TryStreamExt as _;
//!
//! # async fn run() -> client_runtime::Result<()> {
//! let gitlab = GitLabClient::builder()
//!     .base_url("https://gitlab.example.com/api/v4")
//!     .api_key("PRIVATE-TOKEN", "glpat-...")
//!     .build()?;
//! let project = gitlab.get_project("my-group/my-subgroup/my-project").await?;
//! let open: Vec<_> = gitlab.list_issues(&project.id.to_string(), Some("opened"), None).try_collect().await?;
//! # Ok(()) }
//! ```

use client_runtime::{Paginated, Part, Result, client};
use serde::{Deserialize, Serialize};

mod types;

pub use types::*;

/// GitLab.com's API root.
pub const DEFAULT_BASE_URL: &str = "https://gitlab.com/api/v4";

/// The API root of a GitLab instance: `https://gitlab.example.com`
/// becomes `https://gitlab.example.com/api/v4`; a URL that already ends in
/// `/api/v4` is kept.
pub fn api_root(instance_url: &str) -> String {
    let trimmed = instance_url.trim_end_matches('/');
    if trimmed.ends_with("/api/v4") { trimmed.to_owned() } else { format!("{trimmed}/api/v4") }
}

/// The GitLab REST API v4: projects, issues and notes, merge requests,
/// pipelines and jobs, repository files, tree, branches, tags, releases
/// and users, written as GitLab's OpenAPI description has them.
///
/// GitLab's description has bugs. The vendored copy is corrected where
/// GitLab's documentation says otherwise (`examples/openapi/README.md`
/// lists each correction); the methods where the example still follows
/// GitLab's real behaviour against it say so in a `Description bug:` line.
/// Project lists use GitLab's offset pagination (`x-next-page`);
/// [`GitLab::list_projects`] and [`GitLab::list_tree`] its keyset pagination.
#[client(base_url = "https://gitlab.com/api/v4", openapi = "openapi/gitlab-openapi3.yaml")]
pub trait GitLab {
    // --- Projects --------------------------------------------------------

    /// `GET /projects/:id`: `id` is a numeric id or a full path such as
    /// `group/subgroup/project`, sent as one encoded segment.
    #[get("/projects/<id>")]
    async fn get_project(&self, id: &str) -> Result<Project>;

    /// `GET /projects` with keyset pagination (`pagination=keyset`, ordered
    /// by id), following `Link: rel="next"`; GitLab recommends it for
    /// large listings. `owned`/`membership` need a token.
    ///
    /// Description bug: `pagination` (and `id_after`, which the next links
    /// carry) is a documented parameter of this operation in GitLab's
    /// docs, but the OpenAPI description leaves `pagination` out.
    #[openapi(undocumented = "pagination")]
    #[get("/projects?pagination=keyset&order_by=id&sort=asc")]
    #[paginate(link)]
    fn list_projects(
        &self,
        #[query] per_page: Option<u32>,
        #[query] search: Option<&str>,
        #[query] owned: Option<bool>,
        #[query] membership: Option<bool>,
    ) -> Paginated<Project>;

    /// `POST /projects`: a new project in the user's namespace (or
    /// `namespace_id`).
    #[post("/projects")]
    async fn create_project(&self, #[body] project: &NewProject) -> Result<Project>;

    /// `PUT /projects/:id`: changes the fields that are set.
    #[put("/projects/<id>")]
    async fn update_project(&self, id: &str, #[body] update: &ProjectUpdate) -> Result<Project>;

    /// `GET /users/:user_id/projects`: a user's projects, across all pages.
    #[get("/users/<user_id>/projects")]
    #[paginate(page(size = 20))]
    fn list_user_projects(&self, user_id: &str, #[query] search: Option<&str>) -> Paginated<Project>;

    /// `POST /projects/:id/uploads`: a file for issues and comments to
    /// link to, sent as `multipart/form-data` with the part `file`.
    ///
    /// Description bug: the description declares a JSON body with a
    /// `file` property; GitLab takes `multipart/form-data`.
    #[openapi(skip = "content_type")]
    #[post("/projects/<id>/uploads")]
    #[multipart]
    async fn upload_file(&self, id: &str, #[part("file")] file: Part) -> Result<Upload>;

    // --- Users -----------------------------------------------------------

    /// `GET /user`: the signed-in user.
    #[get("/user")]
    async fn get_current_user(&self) -> Result<GitLabUser>;

    /// `GET /users/:id`: a user's public profile (added to the vendored
    /// description, which lacked it).
    #[get("/users/<id>")]
    async fn get_user(&self, id: u64) -> Result<GitLabUser>;

    // --- Issues and notes --------------------------------------------------

    /// `GET /projects/:id/issues`, across all pages: GitLab's offset
    /// pagination, following `x-next-page` (20 per page, GitLab's default).
    /// `state` is `opened` or `closed`; `labels` is comma-separated.
    #[get("/projects/<id>/issues")]
    #[paginate(page(size = 20))]
    fn list_issues(
        &self,
        id: &str,
        #[query] state: Option<&str>,
        #[query] labels: Option<&str>,
    ) -> Paginated<GitLabIssue>;

    /// `GET /projects/:id/issues/:issue_iid`.
    #[get("/projects/<id>/issues/<issue_iid>")]
    async fn get_issue(&self, id: &str, issue_iid: u64) -> Result<GitLabIssue>;

    /// `POST /projects/:id/issues` (needs a token). Not retried on a 5xx.
    #[post("/projects/<id>/issues")]
    async fn create_issue(&self, id: &str, #[body] issue: &NewGitLabIssue) -> Result<GitLabIssue>;

    /// `PUT /projects/:id/issues/:issue_iid`: edit, or close and reopen
    /// with `state_event`.
    #[put("/projects/<id>/issues/<issue_iid>")]
    async fn update_issue(&self, id: &str, issue_iid: u64, #[body] update: &GitLabIssueUpdate) -> Result<GitLabIssue>;

    /// `DELETE /projects/:id/issues/:issue_iid` (204; admins and owners only).
    #[delete("/projects/<id>/issues/<issue_iid>")]
    async fn delete_issue(&self, id: &str, issue_iid: u64) -> Result<()>;

    /// `GET /projects/:id/issues/:issue_iid/notes`: the comments, across
    /// all pages (the notes operations are added to the vendored
    /// description, which has none).
    #[get("/projects/<id>/issues/<issue_iid>/notes")]
    #[paginate(page(size = 20))]
    fn list_issue_notes(&self, id: &str, issue_iid: u64, #[query] sort: Option<&str>) -> Paginated<Note>;

    /// `POST /projects/:id/issues/:issue_iid/notes`.
    #[post("/projects/<id>/issues/<issue_iid>/notes")]
    async fn create_issue_note(&self, id: &str, issue_iid: u64, #[body] note: &NewNote) -> Result<Note>;

    // --- Merge requests ------------------------------------------------------

    /// `GET /projects/:id/merge_requests`, across all pages. `state` is
    /// `opened`, `closed`, `locked`, `merged` or `all`.
    #[get("/projects/<id>/merge_requests")]
    #[paginate(page(size = 20))]
    fn list_merge_requests(
        &self,
        id: &str,
        #[query] state: Option<&str>,
        #[query] target_branch: Option<&str>,
    ) -> Paginated<MergeRequest>;

    /// `GET /projects/:id/merge_requests/:merge_request_iid`.
    #[get("/projects/<id>/merge_requests/<merge_request_iid>")]
    async fn get_merge_request(&self, id: &str, merge_request_iid: u64) -> Result<MergeRequest>;

    /// `POST /projects/:id/merge_requests`.
    #[post("/projects/<id>/merge_requests")]
    async fn create_merge_request(&self, id: &str, #[body] mr: &NewMergeRequest) -> Result<MergeRequest>;

    /// `PUT /projects/:id/merge_requests/:merge_request_iid`.
    #[put("/projects/<id>/merge_requests/<merge_request_iid>")]
    async fn update_merge_request(
        &self,
        id: &str,
        merge_request_iid: u64,
        #[body] update: &MergeRequestUpdate,
    ) -> Result<MergeRequest>;

    /// `GET /projects/:id/merge_requests/:merge_request_iid/changes`: the
    /// merge request with its diffs.
    #[get("/projects/<id>/merge_requests/<merge_request_iid>/changes")]
    async fn get_merge_request_changes(&self, id: &str, merge_request_iid: u64) -> Result<MergeRequestChanges>;

    /// `GET /projects/:id/merge_requests/:merge_request_iid/commits`.
    #[get("/projects/<id>/merge_requests/<merge_request_iid>/commits")]
    async fn list_merge_request_commits(&self, id: &str, merge_request_iid: u64) -> Result<Vec<GitLabCommit>>;

    /// `PUT /projects/:id/merge_requests/:merge_request_iid/merge`: 405
    /// when it cannot be merged, 409 when `sha` is not the head.
    ///
    /// Description bug: the request body is declared required; every
    /// field is optional and GitLab merges without a body. The example
    /// sends one, so the check agrees.
    #[put("/projects/<id>/merge_requests/<merge_request_iid>/merge")]
    async fn merge_merge_request(
        &self,
        id: &str,
        merge_request_iid: u64,
        #[body] merge: &AcceptMergeRequest,
    ) -> Result<MergeRequest>;

    /// `POST /projects/:id/merge_requests/:merge_request_iid/notes`.
    #[post("/projects/<id>/merge_requests/<merge_request_iid>/notes")]
    async fn create_merge_request_note(&self, id: &str, merge_request_iid: u64, #[body] note: &NewNote)
    -> Result<Note>;

    // --- Pipelines and jobs -------------------------------------------------

    /// `GET /projects/:id/pipelines`, newest first, across all pages.
    #[get("/projects/<id>/pipelines")]
    #[paginate(page(size = 20))]
    fn list_pipelines(
        &self,
        id: &str,
        #[query("ref")] reference: Option<&str>,
        #[query] status: Option<&str>,
    ) -> Paginated<Pipeline>;

    /// `GET /projects/:id/pipelines/:pipeline_id`.
    #[get("/projects/<id>/pipelines/<pipeline_id>")]
    async fn get_pipeline(&self, id: &str, pipeline_id: u64) -> Result<Pipeline>;

    /// `POST /projects/:id/pipeline`: runs the pipeline of a branch or tag.
    #[post("/projects/<id>/pipeline")]
    async fn create_pipeline(&self, id: &str, #[body] pipeline: &NewPipeline) -> Result<Pipeline>;

    /// `POST /projects/:id/pipelines/:pipeline_id/retry`: retries its failed jobs.
    #[post("/projects/<id>/pipelines/<pipeline_id>/retry")]
    async fn retry_pipeline(&self, id: &str, pipeline_id: u64) -> Result<Pipeline>;

    /// `POST /projects/:id/pipelines/:pipeline_id/cancel`.
    #[post("/projects/<id>/pipelines/<pipeline_id>/cancel")]
    async fn cancel_pipeline(&self, id: &str, pipeline_id: u64) -> Result<Pipeline>;

    /// `GET /projects/:id/pipelines/:pipeline_id/jobs`.
    #[get("/projects/<id>/pipelines/<pipeline_id>/jobs")]
    async fn list_pipeline_jobs(&self, id: &str, pipeline_id: u64, #[query] scope: Option<&str>) -> Result<Vec<Job>>;

    /// `GET /projects/:id/jobs/:job_id`.
    #[get("/projects/<id>/jobs/<job_id>")]
    async fn get_job(&self, id: &str, job_id: u64) -> Result<Job>;

    /// `GET /projects/:id/jobs/:job_id/trace`: the job's log, as text.
    ///
    /// Description bug: the 200 response is declared as a JSON object;
    /// GitLab answers the log as `text/plain`.
    #[get("/projects/<id>/jobs/<job_id>/trace")]
    async fn get_job_log(&self, id: &str, job_id: u64) -> Result<String>;

    /// `POST /projects/:id/jobs/:job_id/retry`: a new job.
    ///
    /// Description bug: the request body (`inputs`) is declared
    /// required; GitLab retries without one.
    #[openapi(skip = "body")]
    #[post("/projects/<id>/jobs/<job_id>/retry")]
    async fn retry_job(&self, id: &str, job_id: u64) -> Result<Job>;

    // --- Repository: files, tree, commits, compare -------------------------

    /// `GET /projects/:id/repository/files/:file_path?ref=...`: a file
    /// with its base64 content. `file_path` travels as one encoded segment
    /// (`docs%2Fguide.md`), as GitLab requires.
    ///
    /// Description bug: the 200 response has no schema at all.
    #[openapi(skip = "response_shape")]
    #[get("/projects/<id>/repository/files/<file_path>")]
    async fn get_file(&self, id: &str, file_path: &str, #[query("ref")] reference: &str) -> Result<RepositoryFile>;

    /// `GET /projects/:id/repository/files/:file_path/raw`: the content as text.
    ///
    /// Description bug: declared as a JSON string; GitLab answers the
    /// raw bytes (`text/plain` for text).
    #[get("/projects/<id>/repository/files/<file_path>/raw")]
    async fn get_raw_file(&self, id: &str, file_path: &str, #[query("ref")] reference: Option<&str>) -> Result<String>;

    /// `POST /projects/:id/repository/files/:file_path`: a new file, in a new commit.
    ///
    /// Description bug: the body is declared as one binary `file`
    /// property; GitLab takes `branch`, `content`, `commit_message` and
    /// the other fields of [`FileChange`] as JSON.
    #[openapi(skip = "response_shape")]
    #[post("/projects/<id>/repository/files/<file_path>")]
    async fn create_file(&self, id: &str, file_path: &str, #[body] change: &FileChange) -> Result<FileCommitted>;

    /// `PUT /projects/:id/repository/files/:file_path`.
    ///
    /// Description bug: as for [`GitLab::create_file`].
    #[openapi(skip = "response_shape")]
    #[put("/projects/<id>/repository/files/<file_path>")]
    async fn update_file(&self, id: &str, file_path: &str, #[body] change: &FileChange) -> Result<FileCommitted>;

    /// `DELETE /projects/:id/repository/files/:file_path` (204).
    #[delete("/projects/<id>/repository/files/<file_path>")]
    async fn delete_file(
        &self,
        id: &str,
        file_path: &str,
        #[query] branch: &str,
        #[query] commit_message: &str,
    ) -> Result<()>;

    /// `GET /projects/:id/repository/tree` with keyset pagination
    /// (`pagination=keyset`, `Link: rel="next"` carrying `page_token`).
    #[get("/projects/<id>/repository/tree?pagination=keyset")]
    #[paginate(link)]
    fn list_tree(
        &self,
        id: &str,
        #[query] path: Option<&str>,
        #[query("ref")] reference: Option<&str>,
        #[query] recursive: Option<bool>,
        #[query] per_page: Option<u32>,
    ) -> Paginated<TreeEntry>;

    /// `GET /projects/:id/repository/commits`, newest first, across all
    /// pages; `since`/`until` are ISO 8601 timestamps.
    #[get("/projects/<id>/repository/commits")]
    #[paginate(page(size = 20))]
    fn list_commits(
        &self,
        id: &str,
        #[query] ref_name: Option<&str>,
        #[query] since: Option<&str>,
        #[query] until: Option<&str>,
    ) -> Paginated<GitLabCommit>;

    /// `GET /projects/:id/repository/compare?from=...&to=...`.
    #[get("/projects/<id>/repository/compare")]
    async fn compare(&self, id: &str, #[query] from: &str, #[query] to: &str) -> Result<GitLabComparison>;

    // --- Branches, tags, releases -------------------------------------------

    /// `GET /projects/:id/repository/branches`, across all pages.
    #[get("/projects/<id>/repository/branches")]
    #[paginate(page(size = 20))]
    fn list_branches(&self, id: &str, #[query] search: Option<&str>) -> Paginated<GitLabBranch>;

    /// `GET /projects/:id/repository/branches/:branch`: `feature/x` is one encoded segment.
    #[get("/projects/<id>/repository/branches/<branch>")]
    async fn get_branch(&self, id: &str, branch: &str) -> Result<GitLabBranch>;

    /// `POST /projects/:id/repository/branches`: `branch` from `ref`.
    #[post("/projects/<id>/repository/branches")]
    async fn create_branch(&self, id: &str, #[body] branch: &NewBranch) -> Result<GitLabBranch>;

    /// `DELETE /projects/:id/repository/branches/:branch` (204).
    #[delete("/projects/<id>/repository/branches/<branch>")]
    async fn delete_branch(&self, id: &str, branch: &str) -> Result<()>;

    /// `GET /projects/:id/repository/tags`, newest first.
    #[get("/projects/<id>/repository/tags")]
    #[paginate(page(size = 20))]
    fn list_tags(&self, id: &str, #[query] search: Option<&str>) -> Paginated<GitLabTag>;

    /// `POST /projects/:id/repository/tags`: an annotated tag when `message` is set.
    #[post("/projects/<id>/repository/tags")]
    async fn create_tag(&self, id: &str, #[body] tag: &NewTag) -> Result<GitLabTag>;

    /// `GET /projects/:id/releases`, newest first, across all pages.
    #[get("/projects/<id>/releases")]
    #[paginate(page(size = 20))]
    fn list_releases(&self, id: &str) -> Paginated<GitLabRelease>;

    /// `GET /projects/:id/releases/:tag_name`.
    #[get("/projects/<id>/releases/<tag_name>")]
    async fn get_release(&self, id: &str, tag_name: &str) -> Result<GitLabRelease>;

    /// `POST /projects/:id/releases`: creates the tag from `ref` if needed.
    #[post("/projects/<id>/releases")]
    async fn create_release(&self, id: &str, #[body] release: &NewGitLabRelease) -> Result<GitLabRelease>;
}

/// The error document GitLab sends: `{"message": ...}` (a string, or an
/// object of field errors for a 400) or `{"error": "..."}`.
///
/// Read it with `err.decode_body::<GitLabError>()`.
#[derive(Debug, Clone, Deserialize)]
pub struct GitLabError {
    /// `"404 Project Not Found"`, or `{"title": ["can't be blank"]}`.
    #[serde(default)]
    pub message: Option<serde_json::Value>,
    /// `"title is missing"`.
    #[serde(default)]
    pub error: Option<String>,
}

impl GitLabError {
    /// The message as one line of text.
    pub fn text(&self) -> String {
        match (&self.message, &self.error) {
            (Some(serde_json::Value::String(text)), _) => text.clone(),
            (Some(other), _) => other.to_string(),
            (None, Some(error)) => error.clone(),
            (None, None) => String::new(),
        }
    }
}

/// A project. GitLab leaves fields out by visibility, permissions and
/// edition, and its description requires none: each has a default.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Project {
    /// The numeric id.
    pub id: u64,
    /// The display name.
    pub name: String,
    /// The URL name.
    pub path: Option<String>,
    /// `Group / Subgroup / Project`.
    pub name_with_namespace: Option<String>,
    /// `group/subgroup/project`.
    pub path_with_namespace: String,
    /// The description.
    pub description: Option<String>,
    /// The default branch (absent for an empty repository).
    pub default_branch: Option<String>,
    /// `private`, `internal` or `public`.
    pub visibility: Option<String>,
    /// The web page.
    pub web_url: Option<String>,
    /// The SSH clone URL.
    pub ssh_url_to_repo: Option<String>,
    /// The HTTPS clone URL.
    pub http_url_to_repo: Option<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Stars.
    pub star_count: u64,
    /// Forks.
    pub forks_count: u64,
    /// Open issues (absent when issues are disabled).
    pub open_issues_count: Option<u64>,
    /// Whether it is archived.
    pub archived: bool,
    /// The group or user it belongs to.
    pub namespace: Option<Namespace>,
    /// Creation (ISO 8601).
    pub created_at: Option<String>,
    /// Last activity (ISO 8601).
    pub last_activity_at: Option<String>,
}

/// A project's namespace: a group or a user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Namespace {
    /// The numeric id.
    pub id: u64,
    /// The display name.
    pub name: String,
    /// The URL name.
    pub path: String,
    /// `group` or `user`.
    pub kind: Option<String>,
    /// The full path, `group/subgroup`.
    pub full_path: Option<String>,
}

/// An issue.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GitLabIssue {
    /// The global id.
    pub id: u64,
    /// The number within the project, `#12`.
    pub iid: u64,
    /// The project's id.
    pub project_id: u64,
    /// The title.
    pub title: String,
    /// The text, in Markdown.
    pub description: Option<String>,
    /// `opened` or `closed`.
    pub state: String,
    /// Label names.
    pub labels: Vec<String>,
    /// Who opened it.
    pub author: Option<GitLabUser>,
    /// Who it is assigned to.
    pub assignees: Vec<GitLabUser>,
    /// Its milestone.
    pub milestone: Option<GitLabMilestone>,
    /// Comment count.
    pub user_notes_count: u64,
    /// Whether it is confidential.
    pub confidential: bool,
    /// Due date (`YYYY-MM-DD`).
    pub due_date: Option<String>,
    /// The web page.
    pub web_url: Option<String>,
    /// Creation (ISO 8601).
    pub created_at: Option<String>,
    /// Last update (ISO 8601).
    pub updated_at: Option<String>,
    /// When it was closed (ISO 8601).
    pub closed_at: Option<String>,
}

/// A user as embedded in issues.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GitLabUser {
    /// The numeric id.
    pub id: u64,
    /// The handle.
    pub username: String,
    /// The display name.
    pub name: Option<String>,
    /// `active`, `blocked`, ...
    pub state: Option<String>,
    /// The profile page.
    pub web_url: Option<String>,
}

/// A milestone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GitLabMilestone {
    /// The global id.
    pub id: u64,
    /// The number within the project.
    pub iid: Option<u64>,
    /// `v1.0`.
    pub title: String,
    /// `active` or `closed`.
    pub state: Option<String>,
    /// Due date (`YYYY-MM-DD`).
    pub due_date: Option<String>,
}

/// The body of [`GitLab::create_issue`]. Only `title` is required.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewGitLabIssue {
    /// The title.
    pub title: String,
    /// The text, in Markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Label names (sent as an array, the description's type).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    /// User ids to assign.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assignee_ids: Vec<u64>,
    /// Whether only project members may see it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidential: Option<bool>,
    /// Due date (`YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
}

/// What `POST /projects/:id/uploads` answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Upload {
    /// The upload's id.
    pub id: Option<u64>,
    /// The file name without extension, for alt text.
    pub alt: String,
    /// The project-relative URL, `/uploads/<secret>/file.png`.
    pub url: String,
    /// The absolute path on the instance.
    pub full_path: Option<String>,
    /// A Markdown link or image to paste into an issue.
    pub markdown: String,
}
