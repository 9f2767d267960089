//! The request and response types of the GitLab endpoints beyond
//! projects and issues: notes, merge requests, pipelines and jobs,
//! repository files, tree, commits, branches, tags and releases.
//!
//! GitLab's description requires none of the fields of its entities, and
//! GitLab leaves fields out by edition, permissions and the `simple`
//! views: every answer type reads a missing field as its default
//! (`#[serde(default)]` on the type), as the generated conformance tests
//! check.

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::GitLabUser;

/// The body of [`GitLab::create_project`](super::GitLab::create_project): `name` or `path` is required.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewProject {
    /// The display name.
    pub name: String,
    /// The URL name (derived from `name` otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The group to create it in (the user's namespace otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace_id: Option<u64>,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `private`, `internal` or `public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    /// Whether to create a README in the first commit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initialize_with_readme: Option<bool>,
}

/// The body of [`GitLab::update_project`](super::GitLab::update_project): only the set fields change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ProjectUpdate {
    /// The display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The default branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    /// Topics (replaces them all).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    /// `private`, `internal` or `public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
}

/// The body of [`GitLab::update_issue`](super::GitLab::update_issue): only the set fields change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GitLabIssueUpdate {
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `close` or `reopen`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_event: Option<String>,
    /// Labels to add (sent as an array, the description's type).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub add_labels: Vec<String>,
    /// Labels to remove (sent as an array).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub remove_labels: Vec<String>,
}

/// A note: a comment on an issue or merge request, or a system note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Note {
    /// The numeric id.
    pub id: u64,
    /// The text, in Markdown.
    pub body: String,
    /// Who wrote it.
    pub author: Option<GitLabUser>,
    /// Whether GitLab wrote it (`changed the description`, ...).
    pub system: bool,
    /// Whether only project members see it.
    pub internal: bool,
    /// `Issue` or `MergeRequest`.
    pub noteable_type: Option<String>,
    /// The iid of the issue or merge request.
    pub noteable_iid: Option<u64>,
    /// Creation (ISO 8601).
    pub created_at: Option<String>,
}

/// The body of a new note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewNote {
    /// The text, in Markdown.
    pub body: String,
    /// Only project members see it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
}

impl NewNote {
    /// A note with this text.
    pub fn new(body: impl Into<String>) -> Self {
        Self { body: body.into(), internal: None }
    }
}

/// A merge request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct MergeRequest {
    /// The global id.
    pub id: u64,
    /// The number within the project, `!7`.
    pub iid: u64,
    /// The target project's id.
    pub project_id: u64,
    /// The title.
    pub title: String,
    /// The text.
    pub description: Option<String>,
    /// `opened`, `closed`, `locked` or `merged`.
    pub state: String,
    /// The branch with the changes.
    pub source_branch: String,
    /// The branch they go into.
    pub target_branch: String,
    /// Who opened it.
    pub author: Option<GitLabUser>,
    /// Label names.
    pub labels: Vec<String>,
    /// Whether it is a draft.
    pub draft: bool,
    /// The head commit.
    pub sha: Option<String>,
    /// The merge commit, once merged.
    pub merge_commit_sha: Option<String>,
    /// `can_be_merged`, `cannot_be_merged`, `checking`, ...
    pub merge_status: Option<String>,
    /// The web page.
    pub web_url: Option<String>,
}

/// [`GitLab::get_merge_request_changes`](super::GitLab::get_merge_request_changes):
/// the merge request and its diffs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct MergeRequestChanges {
    /// The merge request.
    #[serde(flatten)]
    pub merge_request: MergeRequest,
    /// The diffs, one per file.
    pub changes: Vec<Diff>,
}

/// One file's diff.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Diff {
    /// The path before.
    pub old_path: String,
    /// The path after.
    pub new_path: String,
    /// The unified diff.
    pub diff: String,
    /// Whether the file is new.
    pub new_file: bool,
    /// Whether it was renamed.
    pub renamed_file: bool,
    /// Whether it was deleted.
    pub deleted_file: bool,
}

/// The body of [`GitLab::create_merge_request`](super::GitLab::create_merge_request).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewMergeRequest {
    /// The branch with the changes.
    pub source_branch: String,
    /// The branch they go into.
    pub target_branch: String,
    /// The title (`Draft: ` makes it a draft).
    pub title: String,
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Label names (sent as an array, the description's type).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    /// Delete the source branch once merged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_source_branch: Option<bool>,
}

/// The body of [`GitLab::update_merge_request`](super::GitLab::update_merge_request).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MergeRequestUpdate {
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `close` or `reopen`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_event: Option<String>,
    /// A new target branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_branch: Option<String>,
}

/// The body of [`GitLab::merge_merge_request`](super::GitLab::merge_merge_request).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AcceptMergeRequest {
    /// The head it must still be (409 otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// Squash the commits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash: Option<bool>,
    /// Delete the source branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub should_remove_source_branch: Option<bool>,
    /// The merge commit's message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_message: Option<String>,
}

/// A commit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GitLabCommit {
    /// The sha.
    pub id: String,
    /// The abbreviated sha.
    pub short_id: String,
    /// The first line of the message.
    pub title: String,
    /// The whole message.
    pub message: Option<String>,
    /// The author's name.
    pub author_name: Option<String>,
    /// The author's e-mail address.
    pub author_email: Option<String>,
    /// When it was committed (ISO 8601).
    pub committed_date: Option<String>,
    /// The web page.
    pub web_url: Option<String>,
}

/// `GET /projects/:id/repository/compare`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GitLabComparison {
    /// The head commit of `to`.
    pub commit: Option<GitLabCommit>,
    /// The commits in `to` not in `from`.
    pub commits: Vec<GitLabCommit>,
    /// The diffs.
    pub diffs: Vec<Diff>,
    /// Whether the comparison timed out.
    pub compare_timeout: bool,
    /// Whether `from` and `to` are the same.
    pub compare_same_ref: bool,
}

/// A pipeline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Pipeline {
    /// The global id.
    pub id: u64,
    /// The number within the project.
    pub iid: Option<u64>,
    /// `created`, `pending`, `running`, `success`, `failed`, `canceled`, ...
    pub status: String,
    /// The branch or tag.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The commit.
    pub sha: String,
    /// `push`, `web`, `api`, `schedule`, ...
    pub source: Option<String>,
    /// The web page.
    pub web_url: Option<String>,
    /// Creation (ISO 8601).
    pub created_at: Option<String>,
}

/// The body of [`GitLab::create_pipeline`](super::GitLab::create_pipeline).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewPipeline {
    /// The branch or tag.
    #[serde(rename = "ref")]
    pub reference: String,
    /// CI/CD variables for this pipeline.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<PipelineVariable>,
}

/// A variable of [`NewPipeline`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PipelineVariable {
    /// The name.
    pub key: String,
    /// The value.
    pub value: String,
}

/// A CI job.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Job {
    /// The global id.
    pub id: u64,
    /// The name, `rspec:unit`.
    pub name: String,
    /// `build`, `test`, `deploy`, ...
    pub stage: String,
    /// `created`, `pending`, `running`, `success`, `failed`, ...
    pub status: String,
    /// The branch or tag.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Seconds it ran.
    pub duration: Option<f64>,
    /// Whether it may fail without failing the pipeline.
    pub allow_failure: bool,
    /// The web page.
    pub web_url: Option<String>,
}

/// `GET /projects/:id/repository/files/:file_path`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RepositoryFile {
    /// The file name.
    pub file_name: String,
    /// The path.
    pub file_path: String,
    /// Size in bytes.
    pub size: u64,
    /// `base64`.
    pub encoding: String,
    /// The content, encoded.
    pub content: String,
    /// SHA-256 of the content.
    #[serde(default)]
    pub content_sha256: Option<String>,
    /// The ref it was read at.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The blob id.
    pub blob_id: String,
    /// The commit it was read at.
    pub commit_id: String,
    /// The last commit that changed it (pass it as `last_commit_id` to update safely).
    pub last_commit_id: String,
}

impl RepositoryFile {
    /// The decoded content (`None` if it is not valid base64).
    pub fn decoded_content(&self) -> Option<Vec<u8>> {
        base64::engine::general_purpose::STANDARD.decode(self.content.trim()).ok()
    }
}

/// The body of [`GitLab::create_file`](super::GitLab::create_file) and
/// [`GitLab::update_file`](super::GitLab::update_file).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileChange {
    /// The branch to commit to.
    pub branch: String,
    /// The content (`text`), or base64 with `encoding: Some("base64")`.
    pub content: String,
    /// The commit message.
    pub commit_message: String,
    /// `text` (the default) or `base64`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Create `branch` from this one first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_branch: Option<String>,
    /// The commit the file was last read at: the update fails if it changed since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_commit_id: Option<String>,
    /// The author's e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_email: Option<String>,
    /// The author's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
}

impl FileChange {
    /// Text content committed to `branch`.
    pub fn text(branch: impl Into<String>, content: impl Into<String>, commit_message: impl Into<String>) -> Self {
        Self {
            branch: branch.into(),
            content: content.into(),
            commit_message: commit_message.into(),
            ..Self::default()
        }
    }
}

/// What creating or updating a file answers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct FileCommitted {
    /// The path.
    pub file_path: String,
    /// The branch committed to.
    pub branch: String,
}

/// An entry of the repository tree.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct TreeEntry {
    /// The blob or tree id.
    pub id: String,
    /// The name.
    pub name: String,
    /// `blob`, `tree` or `commit` (a submodule).
    #[serde(rename = "type")]
    pub kind: String,
    /// The path.
    pub path: String,
    /// The file mode, `100644`.
    pub mode: String,
}

/// A branch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GitLabBranch {
    /// The name.
    pub name: String,
    /// Its head commit.
    pub commit: GitLabCommit,
    /// Whether it is merged into the default branch.
    pub merged: bool,
    /// Whether it is protected.
    pub protected: bool,
    /// Whether it is the default branch.
    pub default: bool,
    /// The web page.
    pub web_url: Option<String>,
}

/// The body of [`GitLab::create_branch`](super::GitLab::create_branch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewBranch {
    /// The new branch's name.
    pub branch: String,
    /// The branch, tag or commit to start it from.
    #[serde(rename = "ref")]
    pub reference: String,
}

/// A tag.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GitLabTag {
    /// The name.
    pub name: String,
    /// The annotation (none for a lightweight tag).
    pub message: Option<String>,
    /// The tagged commit.
    pub commit: GitLabCommit,
    /// Whether it is protected.
    pub protected: bool,
}

/// The body of [`GitLab::create_tag`](super::GitLab::create_tag).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewTag {
    /// The name.
    pub tag_name: String,
    /// The branch, tag or commit to tag.
    #[serde(rename = "ref")]
    pub reference: String,
    /// An annotation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// A release.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct GitLabRelease {
    /// The tag.
    pub tag_name: String,
    /// The title.
    pub name: Option<String>,
    /// The notes, in Markdown.
    pub description: Option<String>,
    /// Creation (ISO 8601).
    pub created_at: Option<String>,
    /// Release date (ISO 8601).
    pub released_at: Option<String>,
    /// Whether `released_at` is in the future.
    pub upcoming_release: bool,
    /// Who released it.
    pub author: Option<GitLabUser>,
    /// The tagged commit.
    pub commit: Option<GitLabCommit>,
}

/// The body of [`GitLab::create_release`](super::GitLab::create_release).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewGitLabRelease {
    /// The tag (created from `ref` if it does not exist).
    pub tag_name: String,
    /// The branch or commit to tag when the tag does not exist.
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
