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

/// GitLab.com's API root.
pub const DEFAULT_BASE_URL: &str = "https://gitlab.com/api/v4";

/// The API root of a GitLab instance: `https://gitlab.example.com`
/// becomes `https://gitlab.example.com/api/v4`; a URL that already ends in
/// `/api/v4` is kept.
pub fn api_root(instance_url: &str) -> String {
    let trimmed = instance_url.trim_end_matches('/');
    if trimmed.ends_with("/api/v4") { trimmed.to_owned() } else { format!("{trimmed}/api/v4") }
}

/// The GitLab REST API v4, as much of it as the example needs.
#[client(base_url = "https://gitlab.com/api/v4")]
pub trait GitLab {
    /// `GET /projects/:id`: `id` is a numeric id or a full path such as
    /// `group/subgroup/project`, sent as one encoded segment.
    #[get("/projects/<id>")]
    async fn get_project(&self, id: &str) -> Result<Project>;

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

    /// `POST /projects/:id/issues` (needs a token). Not retried on a 5xx.
    #[post("/projects/<id>/issues")]
    async fn create_issue(&self, id: &str, #[body] issue: &NewGitLabIssue) -> Result<GitLabIssue>;

    /// `GET /projects` with keyset pagination (`pagination=keyset`, ordered
    /// by id), following `Link: rel="next"`; GitLab recommends it for
    /// large listings. `owned`/`membership` need a token.
    #[get("/projects?pagination=keyset&order_by=id&sort=asc")]
    #[paginate(link)]
    fn list_projects(
        &self,
        #[query] per_page: Option<u32>,
        #[query] search: Option<&str>,
        #[query] owned: Option<bool>,
        #[query] membership: Option<bool>,
    ) -> Paginated<Project>;

    /// `POST /projects/:id/uploads`: a file for issues and comments to
    /// link to, sent as `multipart/form-data` with the part `file`.
    #[post("/projects/<id>/uploads")]
    #[multipart]
    async fn upload_file(&self, id: &str, #[part("file")] file: Part) -> Result<Upload>;
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

/// A project. Only `id`, `name` and `path_with_namespace` are required:
/// GitLab leaves fields out by visibility, permissions and edition.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Project {
    /// The numeric id.
    pub id: u64,
    /// The display name.
    pub name: String,
    /// The URL name.
    #[serde(default)]
    pub path: Option<String>,
    /// `Group / Subgroup / Project`.
    #[serde(default)]
    pub name_with_namespace: Option<String>,
    /// `group/subgroup/project`.
    pub path_with_namespace: String,
    /// The description.
    #[serde(default)]
    pub description: Option<String>,
    /// The default branch (absent for an empty repository).
    #[serde(default)]
    pub default_branch: Option<String>,
    /// `private`, `internal` or `public`.
    #[serde(default)]
    pub visibility: Option<String>,
    /// The web page.
    #[serde(default)]
    pub web_url: Option<String>,
    /// The SSH clone URL.
    #[serde(default)]
    pub ssh_url_to_repo: Option<String>,
    /// The HTTPS clone URL.
    #[serde(default)]
    pub http_url_to_repo: Option<String>,
    /// Topics.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Stars.
    #[serde(default)]
    pub star_count: u64,
    /// Forks.
    #[serde(default)]
    pub forks_count: u64,
    /// Open issues (absent when issues are disabled).
    #[serde(default)]
    pub open_issues_count: Option<u64>,
    /// Whether it is archived.
    #[serde(default)]
    pub archived: bool,
    /// The group or user it belongs to.
    #[serde(default)]
    pub namespace: Option<Namespace>,
    /// Creation (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
    /// Last activity (ISO 8601).
    #[serde(default)]
    pub last_activity_at: Option<String>,
}

/// A project's namespace: a group or a user.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Namespace {
    /// The numeric id.
    pub id: u64,
    /// The display name.
    pub name: String,
    /// The URL name.
    pub path: String,
    /// `group` or `user`.
    #[serde(default)]
    pub kind: Option<String>,
    /// The full path, `group/subgroup`.
    #[serde(default)]
    pub full_path: Option<String>,
}

/// An issue.
#[derive(Debug, Clone, PartialEq, Deserialize)]
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
    #[serde(default)]
    pub description: Option<String>,
    /// `opened` or `closed`.
    pub state: String,
    /// Label names.
    #[serde(default)]
    pub labels: Vec<String>,
    /// Who opened it.
    #[serde(default)]
    pub author: Option<GitLabUser>,
    /// Who it is assigned to.
    #[serde(default)]
    pub assignees: Vec<GitLabUser>,
    /// Its milestone.
    #[serde(default)]
    pub milestone: Option<GitLabMilestone>,
    /// Comment count.
    #[serde(default)]
    pub user_notes_count: u64,
    /// Whether it is confidential.
    #[serde(default)]
    pub confidential: bool,
    /// Due date (`YYYY-MM-DD`).
    #[serde(default)]
    pub due_date: Option<String>,
    /// The web page.
    #[serde(default)]
    pub web_url: Option<String>,
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

/// A user as embedded in issues.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GitLabUser {
    /// The numeric id.
    pub id: u64,
    /// The handle.
    pub username: String,
    /// The display name.
    #[serde(default)]
    pub name: Option<String>,
    /// `active`, `blocked`, ...
    #[serde(default)]
    pub state: Option<String>,
    /// The profile page.
    #[serde(default)]
    pub web_url: Option<String>,
}

/// A milestone.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GitLabMilestone {
    /// The global id.
    pub id: u64,
    /// The number within the project.
    #[serde(default)]
    pub iid: Option<u64>,
    /// `v1.0`.
    pub title: String,
    /// `active` or `closed`.
    #[serde(default)]
    pub state: Option<String>,
    /// Due date (`YYYY-MM-DD`).
    #[serde(default)]
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
    /// Comma-separated label names, as GitLab takes them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Upload {
    /// The upload's id.
    #[serde(default)]
    pub id: Option<u64>,
    /// The file name without extension, for alt text.
    pub alt: String,
    /// The project-relative URL, `/uploads/<secret>/file.png`.
    pub url: String,
    /// The absolute path on the instance.
    #[serde(default)]
    pub full_path: Option<String>,
    /// A Markdown link or image to paste into an issue.
    pub markdown: String,
}
