//! The request and response types of the endpoints beyond users, search
//! and issues: repositories, contents, git history, pull requests,
//! releases, gists, rate limits and Actions.
//!
//! As elsewhere in the example, only the fields the description requires
//! are required; the rest default, because GitHub leaves documented fields
//! out of its own examples and of the shorter objects embedded in lists.

use std::collections::BTreeMap;
use std::fmt;

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::{ContentEntry, User};

/// `direction` of sorted listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Oldest or smallest first.
    Asc,
    /// Newest or largest first.
    Desc,
}

/// The archive format of [`GitHub::download_artifact`](super::GitHub::download_artifact):
/// GitHub offers only `zip`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveFormat {
    /// `zip`.
    Zip,
}

impl fmt::Display for ArchiveFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("zip")
    }
}

/// The body of [`GitHub::create_repo`](super::GitHub::create_repo). Only `name` is required.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewRepository {
    /// The name.
    pub name: String,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The homepage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// Whether it is private.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// Whether to create an initial commit with a README.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_init: Option<bool>,
    /// A license template, `mit`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license_template: Option<String>,
}

/// The body of [`GitHub::update_repo`](super::GitHub::update_repo): only the set fields change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RepositoryUpdate {
    /// A new name (GitHub redirects the old one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The homepage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// The default branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    /// Whether issues are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_issues: Option<bool>,
    /// Archive (or unarchive) it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
}

/// `GET /repos/{owner}/{repo}/topics`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Topics {
    /// The topic names.
    pub names: Vec<String>,
}

/// A contributor: a user with a commit count.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Contributor {
    /// The handle (absent for anonymous contributors).
    #[serde(default)]
    pub login: Option<String>,
    /// The numeric id.
    #[serde(default)]
    pub id: Option<u64>,
    /// Commits to the repository.
    pub contributions: u64,
}

/// A person in a commit: name, e-mail and, in answers, a date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// The name (required in requests; answers may leave it out).
    #[serde(default)]
    pub name: String,
    /// The e-mail address (required in requests; answers may leave it out).
    #[serde(default)]
    pub email: String,
    /// When (ISO 8601); leave it out in requests to mean now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The body of [`GitHub::put_contents`](super::GitHub::put_contents).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileWrite {
    /// The commit message.
    pub message: String,
    /// The new content, base64-encoded.
    pub content: String,
    /// The blob sha of the file being replaced; required to update one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// The branch (the default branch otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// The committer (the authenticated user otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub committer: Option<Signature>,
    /// The author (the committer otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Signature>,
}

impl FileWrite {
    /// A new file with this commit message and content (encoded here).
    pub fn new(message: impl Into<String>, content: impl AsRef<[u8]>) -> Self {
        Self {
            message: message.into(),
            content: base64::engine::general_purpose::STANDARD.encode(content),
            ..Self::default()
        }
    }

    /// An update of the file whose current blob is `sha`.
    pub fn replacing(mut self, sha: impl Into<String>) -> Self {
        self.sha = Some(sha.into());
        self
    }

    /// On this branch.
    pub fn on_branch(mut self, branch: impl Into<String>) -> Self {
        self.branch = Some(branch.into());
        self
    }
}

/// The body of [`GitHub::delete_file`](super::GitHub::delete_file).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileDelete {
    /// The commit message.
    pub message: String,
    /// The blob sha of the file being deleted.
    pub sha: String,
    /// The branch (the default branch otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
}

/// What writing or deleting a file answers: the file (none after a
/// delete) and the commit made.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommit {
    /// The file as it now is; `None` after a delete.
    #[serde(default)]
    pub content: Option<ContentEntry>,
    /// The commit.
    pub commit: GitCommit,
}

/// A git commit object.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GitCommit {
    /// Its sha (absent inside a commit listing, where the outer object has it).
    #[serde(default)]
    pub sha: Option<String>,
    /// The message (the commit of a file write may leave it out).
    #[serde(default)]
    pub message: String,
    /// The author.
    #[serde(default)]
    pub author: Option<Signature>,
    /// The committer.
    #[serde(default)]
    pub committer: Option<Signature>,
}

/// A branch.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Branch {
    /// The name.
    pub name: String,
    /// The commit it points at.
    pub commit: CommitRef,
    /// Whether it is protected.
    #[serde(default)]
    pub protected: bool,
}

/// A commit named by its sha.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CommitRef {
    /// The sha.
    pub sha: String,
    /// Its API URL.
    #[serde(default)]
    pub url: Option<String>,
}

/// A tag.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Tag {
    /// The name, `v1.0.0`.
    pub name: String,
    /// The commit it points at.
    pub commit: CommitRef,
    /// The source archive.
    #[serde(default)]
    pub zipball_url: Option<String>,
    /// The source archive.
    #[serde(default)]
    pub tarball_url: Option<String>,
}

/// A commit as the commits and pulls endpoints describe it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Commit {
    /// The sha.
    pub sha: String,
    /// The git data.
    pub commit: GitCommit,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// The author's GitHub account, when GitHub matched the e-mail
    /// (GitHub sends `{}` when it did not).
    #[serde(default, deserialize_with = "client_runtime::serde::empty_as_none")]
    pub author: Option<User>,
    /// The parents.
    #[serde(default)]
    pub parents: Vec<CommitRef>,
    /// Lines added and removed (single commits only).
    #[serde(default)]
    pub stats: Option<CommitStats>,
    /// The files changed (single commits only).
    #[serde(default)]
    pub files: Vec<CommitFile>,
}

/// Lines added and removed by a commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct CommitStats {
    /// Added.
    pub additions: u64,
    /// Removed.
    pub deletions: u64,
    /// Both.
    pub total: u64,
}

/// A file changed by a commit, a comparison or a pull request.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CommitFile {
    /// The path.
    pub filename: String,
    /// `added`, `removed`, `modified`, `renamed`, ...
    pub status: String,
    /// Lines added.
    #[serde(default)]
    pub additions: u64,
    /// Lines removed.
    #[serde(default)]
    pub deletions: u64,
    /// Lines changed.
    #[serde(default)]
    pub changes: u64,
    /// The unified diff (absent for binary or very large files).
    #[serde(default)]
    pub patch: Option<String>,
    /// The former path of a renamed file.
    #[serde(default)]
    pub previous_filename: Option<String>,
}

/// `GET /repos/{owner}/{repo}/compare/{basehead}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Comparison {
    /// `ahead`, `behind`, `identical` or `diverged`.
    pub status: String,
    /// Commits in head not in base.
    pub ahead_by: u64,
    /// Commits in base not in head.
    pub behind_by: u64,
    /// Commits in the comparison.
    pub total_commits: u64,
    /// The commits (at most 250).
    #[serde(default)]
    pub commits: Vec<Commit>,
    /// The files changed.
    #[serde(default)]
    pub files: Vec<CommitFile>,
}

/// An issue or pull request comment.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Comment {
    /// The numeric id.
    pub id: u64,
    /// The text, in Markdown.
    #[serde(default)]
    pub body: Option<String>,
    /// Who wrote it.
    #[serde(default)]
    pub user: Option<User>,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// Creation (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
    /// Last update (ISO 8601).
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// The body of a new or edited comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommentBody {
    /// The text, in Markdown.
    pub body: String,
}

impl CommentBody {
    /// A comment with this text.
    pub fn new(body: impl Into<String>) -> Self {
        Self { body: body.into() }
    }
}

/// The body of [`GitHub::update_issue`](super::GitHub::update_issue): only the set fields change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IssueUpdate {
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `open` or `closed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// `completed`, `not_planned` or `reopened`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_reason: Option<String>,
    /// Replaces every label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Replaces every assignee.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<String>>,
    /// A milestone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<u64>,
}

/// The body of [`GitHub::create_label`](super::GitHub::create_label).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewLabel {
    /// The name (emoji allowed).
    pub name: String,
    /// Six hex digits without `#`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// What it means (at most 100 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The body of [`GitHub::add_labels`](super::GitHub::add_labels).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LabelNames {
    /// The names to add.
    pub labels: Vec<String>,
}

/// The body of [`GitHub::create_milestone`](super::GitHub::create_milestone).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewMilestone {
    /// The title.
    pub title: String,
    /// `open` or `closed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Due date (ISO 8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_on: Option<String>,
}

/// A pull request.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequest {
    /// The numeric id.
    pub id: u64,
    /// The number within the repository.
    pub number: u64,
    /// `open` or `closed`.
    pub state: String,
    /// The title.
    pub title: String,
    /// The text, in Markdown.
    #[serde(default)]
    pub body: Option<String>,
    /// Who opened it.
    #[serde(default)]
    pub user: Option<User>,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// The branch with the changes.
    pub head: PullRef,
    /// The branch they go into.
    pub base: PullRef,
    /// Whether it is a draft.
    #[serde(default)]
    pub draft: bool,
    /// Whether it was merged (single pull requests only).
    #[serde(default)]
    pub merged: Option<bool>,
    /// When it was merged (ISO 8601).
    #[serde(default)]
    pub merged_at: Option<String>,
    /// Requested reviewers.
    #[serde(default)]
    pub requested_reviewers: Vec<User>,
    /// Creation (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
}

/// One side of a pull request.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PullRef {
    /// `owner:branch`.
    pub label: String,
    /// The branch.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The commit.
    pub sha: String,
}

/// The body of [`GitHub::create_pull`](super::GitHub::create_pull).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewPullRequest {
    /// The title.
    pub title: String,
    /// The branch with the changes (`user:branch` from a fork).
    pub head: String,
    /// The branch they go into.
    pub base: String,
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Open it as a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// Whether maintainers may push to the head branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintainer_can_modify: Option<bool>,
}

/// The body of [`GitHub::update_pull`](super::GitHub::update_pull): only the set fields change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PullRequestUpdate {
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `open` or `closed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// A new base branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
}

/// A pull request review.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Review {
    /// The numeric id.
    pub id: u64,
    /// Who reviewed.
    #[serde(default)]
    pub user: Option<User>,
    /// The review's text.
    #[serde(default)]
    pub body: Option<String>,
    /// `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED` or `PENDING`.
    pub state: String,
    /// The commit reviewed.
    #[serde(default)]
    pub commit_id: Option<String>,
    /// When it was submitted (ISO 8601; none while pending).
    #[serde(default)]
    pub submitted_at: Option<String>,
}

/// The body of [`GitHub::create_review`](super::GitHub::create_review).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewReview {
    /// The review's text (required for `REQUEST_CHANGES` and `COMMENT`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `APPROVE`, `REQUEST_CHANGES` or `COMMENT`; none leaves it pending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The commit reviewed (the head otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
}

/// The body of [`GitHub::request_reviewers`](super::GitHub::request_reviewers).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReviewRequest {
    /// Logins.
    pub reviewers: Vec<String>,
    /// Team slugs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub team_reviewers: Vec<String>,
}

/// The body of [`GitHub::merge_pull`](super::GitHub::merge_pull).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MergePull {
    /// The merge commit's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_title: Option<String>,
    /// The merge commit's message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_message: Option<String>,
    /// The head sha the merge expects (409 if the head moved).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// `merge`, `squash` or `rebase`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_method: Option<String>,
}

/// What merging answers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MergeResult {
    /// The merge commit.
    pub sha: String,
    /// Whether it was merged.
    pub merged: bool,
    /// `Pull Request successfully merged`.
    pub message: String,
}

/// A release.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Release {
    /// The numeric id.
    pub id: u64,
    /// The tag, `v1.0.0`.
    pub tag_name: String,
    /// The branch or commit the tag is created from.
    #[serde(default)]
    pub target_commitish: Option<String>,
    /// The title.
    #[serde(default)]
    pub name: Option<String>,
    /// The notes, in Markdown.
    #[serde(default)]
    pub body: Option<String>,
    /// Whether it is a draft.
    #[serde(default)]
    pub draft: bool,
    /// Whether it is a prerelease.
    #[serde(default)]
    pub prerelease: bool,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// Where assets are uploaded: an RFC 6570 template,
    /// `https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}`.
    pub upload_url: String,
    /// Its assets.
    #[serde(default)]
    pub assets: Vec<ReleaseAsset>,
    /// Creation (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
    /// Publication (ISO 8601; none for a draft).
    #[serde(default)]
    pub published_at: Option<String>,
}

/// The body of [`GitHub::create_release`](super::GitHub::create_release).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewRelease {
    /// The tag (created from `target_commitish` if it does not exist).
    pub tag_name: String,
    /// The branch or commit to tag (the default branch otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_commitish: Option<String>,
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Create it as a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// Mark it a prerelease.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prerelease: Option<bool>,
    /// Let GitHub write the notes from merged pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generate_release_notes: Option<bool>,
}

impl NewRelease {
    /// A release of this tag.
    pub fn new(tag_name: impl Into<String>) -> Self {
        Self { tag_name: tag_name.into(), ..Self::default() }
    }
}

/// The body of [`GitHub::update_release`](super::GitHub::update_release): only the set fields change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReleaseUpdate {
    /// The tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `Some(false)` publishes a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// Mark or unmark it a prerelease.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prerelease: Option<bool>,
}

/// A release asset.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ReleaseAsset {
    /// The numeric id.
    pub id: u64,
    /// The file name.
    pub name: String,
    /// A label shown instead of the name.
    #[serde(default)]
    pub label: Option<String>,
    /// `uploaded` or `open`.
    #[serde(default)]
    pub state: Option<String>,
    /// The media type given at upload.
    pub content_type: String,
    /// Size in bytes.
    pub size: u64,
    /// Downloads so far.
    #[serde(default)]
    pub download_count: u64,
    /// The public download page.
    #[serde(default)]
    pub browser_download_url: Option<String>,
    /// The API URL.
    #[serde(default)]
    pub url: Option<String>,
}

/// A gist.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Gist {
    /// The id (hexadecimal; the description does not require it).
    #[serde(default)]
    pub id: String,
    /// The description.
    #[serde(default)]
    pub description: Option<String>,
    /// Whether it is public.
    #[serde(default)]
    pub public: bool,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// Its files by name; `content` is filled in single gists only.
    /// GitHub sends `files: null` after a file is deleted, and the
    /// description allows a file to be `null`: both read as no file.
    #[serde(default, deserialize_with = "client_runtime::serde::skip_null_values")]
    pub files: BTreeMap<String, GistFile>,
    /// Who owns it.
    #[serde(default)]
    pub owner: Option<User>,
    /// Creation (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
    /// Last update (ISO 8601).
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// A file of a gist.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GistFile {
    /// The name.
    #[serde(default)]
    pub filename: Option<String>,
    /// The detected language.
    #[serde(default)]
    pub language: Option<String>,
    /// The raw file.
    #[serde(default)]
    pub raw_url: Option<String>,
    /// Size in bytes.
    #[serde(default)]
    pub size: u64,
    /// The content (single gists only; cut at 1 MB, see `truncated`).
    #[serde(default)]
    pub content: Option<String>,
    /// Whether `content` was cut.
    #[serde(default)]
    pub truncated: bool,
}

/// A file's content in [`NewGist`] and [`GistUpdate`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GistContent {
    /// The text.
    pub content: String,
}

/// The body of [`GitHub::create_gist`](super::GitHub::create_gist).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NewGist {
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether it is public (secret otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public: Option<bool>,
    /// The files by name.
    pub files: BTreeMap<String, GistContent>,
}

impl NewGist {
    /// Adds a file.
    pub fn file(mut self, name: impl Into<String>, content: impl Into<String>) -> Self {
        self.files.insert(name.into(), GistContent { content: content.into() });
        self
    }
}

/// The body of [`GitHub::update_gist`](super::GitHub::update_gist): a
/// file mapped to `None` (sent as `null`) is deleted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GistUpdate {
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The files to change, add or delete.
    pub files: BTreeMap<String, Option<GistContent>>,
}

/// `GET /rate_limit`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RateLimits {
    /// Every bucket by name: `core`, `search`, `graphql`, `code_search`, ...
    pub resources: BTreeMap<String, RateLimitBucket>,
    /// The `core` bucket again (kept for old clients).
    pub rate: RateLimitBucket,
}

/// One rate-limit bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct RateLimitBucket {
    /// Requests allowed per window.
    pub limit: u64,
    /// Requests left in this window.
    pub remaining: u64,
    /// When the window resets (Unix seconds).
    pub reset: u64,
    /// Requests used in this window.
    #[serde(default)]
    pub used: u64,
}

/// `GET /repos/{owner}/{repo}/actions/workflows`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Workflows {
    /// How many workflows there are.
    pub total_count: u64,
    /// This page's workflows.
    pub workflows: Vec<Workflow>,
}

/// A workflow (a file under `.github/workflows`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Workflow {
    /// The numeric id.
    pub id: u64,
    /// The name.
    pub name: String,
    /// `.github/workflows/ci.yml`.
    pub path: String,
    /// `active`, `disabled_manually`, ...
    pub state: String,
}

/// A workflow run.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WorkflowRun {
    /// The numeric id.
    pub id: u64,
    /// The workflow's name.
    #[serde(default)]
    pub name: Option<String>,
    /// The workflow's id.
    pub workflow_id: u64,
    /// The branch.
    #[serde(default)]
    pub head_branch: Option<String>,
    /// The commit.
    pub head_sha: String,
    /// The run number within the workflow.
    pub run_number: u64,
    /// The attempt (1 unless re-run).
    #[serde(default)]
    pub run_attempt: Option<u64>,
    /// `push`, `pull_request`, `workflow_dispatch`, ...
    pub event: String,
    /// `queued`, `in_progress`, `completed`, ...
    #[serde(default)]
    pub status: Option<String>,
    /// `success`, `failure`, `cancelled`, ... once completed.
    #[serde(default)]
    pub conclusion: Option<String>,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// Creation (ISO 8601).
    #[serde(default)]
    pub created_at: Option<String>,
}

/// The body of [`GitHub::dispatch_workflow`](super::GitHub::dispatch_workflow).
/// It always asks for the run's details (`return_run_details: true`), so
/// that GitHub answers with the run's id and URLs, which the method returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkflowDispatch {
    /// The branch or tag to run on.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The workflow's inputs.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub inputs: BTreeMap<String, String>,
    /// Always `true`: without it GitHub answers `204 No Content`, and the
    /// run's id is lost.
    return_run_details: bool,
}

impl WorkflowDispatch {
    /// A run on this branch or tag, without inputs.
    pub fn new(reference: impl Into<String>) -> Self {
        Self { reference: reference.into(), inputs: BTreeMap::new(), return_run_details: true }
    }

    /// Adds an input.
    pub fn input(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.inputs.insert(name.into(), value.into());
        self
    }
}

/// What [`GitHub::dispatch_workflow`](super::GitHub::dispatch_workflow)
/// answers: the run it started.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WorkflowDispatchRun {
    /// The run's id, for [`GitHub::get_run`](super::GitHub::get_run).
    pub workflow_run_id: u64,
    /// The run's API URL.
    pub run_url: String,
    /// The run's web page.
    pub html_url: String,
}

/// A job of a workflow run.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Job {
    /// The numeric id.
    pub id: u64,
    /// The run it belongs to.
    pub run_id: u64,
    /// The name.
    pub name: String,
    /// `queued`, `in_progress`, `completed`, ...
    pub status: String,
    /// `success`, `failure`, ... once completed.
    #[serde(default)]
    pub conclusion: Option<String>,
    /// Start (ISO 8601).
    #[serde(default)]
    pub started_at: Option<String>,
    /// End (ISO 8601).
    #[serde(default)]
    pub completed_at: Option<String>,
}

/// A workflow run's artifact.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Artifact {
    /// The numeric id.
    pub id: u64,
    /// The name.
    pub name: String,
    /// Size of the zip, in bytes.
    pub size_in_bytes: u64,
    /// Whether it expired (and can no longer be downloaded).
    pub expired: bool,
    /// The API URL that redirects to the zip.
    #[serde(default)]
    pub archive_download_url: Option<String>,
}

/// A code search match.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CodeMatch {
    /// The file name.
    pub name: String,
    /// The path in the repository.
    pub path: String,
    /// The blob sha.
    pub sha: String,
    /// The web page.
    #[serde(default)]
    pub html_url: Option<String>,
    /// The repository (short form).
    pub repository: super::Repository,
    /// The relevance.
    #[serde(default)]
    pub score: Option<f64>,
}
