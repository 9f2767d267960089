//! Every endpoint of the GitLab example, called against the embedded mock:
//! what the mock received (method, raw path, query, headers, body) and what
//! the client decoded. Plus OAuth 2: the refresh-token grant, with the
//! refresh token rotated on each use.

use std::time::{Duration, SystemTime};

use client_runtime::{ErrorKind, Part, RetryPolicy};
use examples::gitlab::{
    AcceptMergeRequest, FileChange, GitLab, GitLabClient, GitLabError, GitLabIssueUpdate, MergeRequestUpdate,
    NewBranch, NewGitLabRelease, NewMergeRequest, NewNote, NewPipeline, NewProject, NewTag, PipelineVariable,
    ProjectUpdate,
};
use examples::gitlab_oauth::{OAuthApp, OAuthRefresher};
use examples::mock::{
    GitLabMock, GitLabMockOptions, MockApi, TEST_OAUTH_CLIENT_ID, TEST_OAUTH_CLIENT_SECRET, TEST_OAUTH_REDIRECT_URI,
    TEST_OAUTH_REFRESH_TOKEN,
};
use futures::TryStreamExt as _;
use serde_json::{Value, json};
use wiremock::Request;

const TOKEN: &str = "glpat-secret";
const P: &str = "42";
const API: &str = "/api/v4/projects/42";

fn client(api: &MockApi) -> GitLabClient {
    GitLabClient::builder()
        .base_url(&api.base_url())
        .api_key("PRIVATE-TOKEN", TOKEN)
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(10)))
        .build()
        .expect("client")
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

fn json_body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}

/// The last request with this method and raw path; it carried the token.
async fn last(api: &MockApi, method: &str, path: &str) -> Request {
    let request = api.requests_to(method, path).await.pop().unwrap_or_else(|| panic!("no {method} {path}"));
    assert_eq!(header(&request, "private-token"), Some(TOKEN), "{method} {path}");
    request
}

fn status_of(err: &client_runtime::Error) -> Option<u16> {
    err.status().map(|s| s.as_u16())
}

#[tokio::test]
async fn projects_and_users() {
    let mock = GitLabMock::start().await;
    let gl = client(&mock.api);
    let new = NewProject { name: "Hello GitLab".into(), visibility: Some("internal".into()), ..NewProject::default() };
    let created = gl.create_project(&new).await.expect("create_project");
    assert_eq!(
        (created.path_with_namespace.as_str(), created.visibility.as_deref()),
        ("root/hello-gitlab", Some("internal"))
    );
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/api/v4/projects").await),
        json!({"name": "Hello GitLab", "visibility": "internal"})
    );

    let update = ProjectUpdate {
        description: Some("New words".into()),
        topics: Some(vec!["rust".into()]),
        ..ProjectUpdate::default()
    };
    let updated = gl.update_project("my-group/my-subgroup/my-project", &update).await.expect("update_project");
    assert_eq!(
        (updated.description.as_deref(), updated.topics.as_slice()),
        (Some("New words"), &["rust".to_owned()][..])
    );
    let request = last(&mock.api, "PUT", "/api/v4/projects/my-group%2Fmy-subgroup%2Fmy-project").await;
    assert_eq!(json_body(&request), json!({"description": "New words", "topics": ["rust"]}));

    let theirs: Vec<_> = gl.list_user_projects("18", None).try_collect().await.expect("list_user_projects");
    assert_eq!(theirs.iter().map(|p| p.id).collect::<Vec<_>>(), [42]);
    assert_eq!(last(&mock.api, "GET", "/api/v4/users/18/projects").await.url.query(), Some("page=1&per_page=20"));

    let me = gl.get_current_user().await.expect("get_current_user");
    assert_eq!(me.username, "root");
    last(&mock.api, "GET", "/api/v4/user").await;
    let jane = gl.get_user(18).await.expect("get_user");
    assert_eq!(jane.username, "jdoe");
    last(&mock.api, "GET", "/api/v4/users/18").await;
    assert_eq!(status_of(&gl.get_user(7).await.expect_err("no such user")), Some(404));
}

#[tokio::test]
async fn issues_and_notes() {
    let mock = GitLabMock::start().await;
    let gl = client(&mock.api);
    let issue = gl.get_issue(P, 3).await.expect("get_issue");
    assert_eq!((issue.iid, issue.project_id), (3, 42));
    last(&mock.api, "GET", &format!("{API}/issues/3")).await;

    let close = GitLabIssueUpdate {
        state_event: Some("close".into()),
        add_labels: vec!["wontfix".into()],
        ..GitLabIssueUpdate::default()
    };
    let closed = gl.update_issue(P, 3, &close).await.expect("update_issue");
    assert_eq!(closed.state, "closed");
    assert!(closed.labels.contains(&"wontfix".to_owned()));
    assert_eq!(
        json_body(&last(&mock.api, "PUT", &format!("{API}/issues/3")).await),
        json!({"state_event": "close", "add_labels": ["wontfix"]})
    );
    assert_eq!(gl.get_issue(P, 3).await.expect("read back").state, "closed");

    let notes: Vec<_> = gl.list_issue_notes(P, 3, Some("asc")).try_collect().await.expect("list_issue_notes");
    assert_eq!(notes.iter().map(|n| n.system).collect::<Vec<_>>(), [true, false]);
    assert_eq!(
        last(&mock.api, "GET", &format!("{API}/issues/3/notes")).await.url.query(),
        Some("sort=asc&page=1&per_page=20")
    );
    let note = gl.create_issue_note(P, 3, &NewNote::new("Closing: duplicate of #1")).await.expect("create_issue_note");
    assert_eq!(
        (note.body.as_str(), note.noteable_type.as_deref(), note.noteable_iid),
        ("Closing: duplicate of #1", Some("Issue"), Some(3))
    );
    assert_eq!(
        json_body(&last(&mock.api, "POST", &format!("{API}/issues/3/notes")).await),
        json!({"body": "Closing: duplicate of #1"})
    );
    let notes: Vec<_> = gl.list_issue_notes(P, 3, None).try_collect().await.expect("with the new note");
    assert_eq!(notes[0].body, "Closing: duplicate of #1", "newest first by default");

    gl.delete_issue(P, 3).await.expect("delete_issue: 204");
    last(&mock.api, "DELETE", &format!("{API}/issues/3")).await;
    assert_eq!(status_of(&gl.get_issue(P, 3).await.expect_err("deleted")), Some(404));
}

#[tokio::test]
async fn merge_requests_with_changes_commits_notes_and_merge() {
    let mock = GitLabMock::start().await;
    let gl = client(&mock.api);
    let open: Vec<_> =
        gl.list_merge_requests(P, Some("opened"), Some("main")).try_collect().await.expect("list_merge_requests");
    assert_eq!(open.iter().map(|m| m.iid).collect::<Vec<_>>(), [1]);
    assert_eq!(
        last(&mock.api, "GET", &format!("{API}/merge_requests")).await.url.query(),
        Some("state=opened&target_branch=main&page=1&per_page=20")
    );
    let mr = gl.get_merge_request(P, 1).await.expect("get_merge_request");
    assert_eq!((mr.source_branch.as_str(), mr.merge_status.as_deref()), ("feature/login", Some("can_be_merged")));
    last(&mock.api, "GET", &format!("{API}/merge_requests/1")).await;

    let changes = gl.get_merge_request_changes(P, 1).await.expect("get_merge_request_changes");
    assert_eq!((changes.merge_request.iid, changes.changes.len()), (1, 2));
    assert!(changes.changes[0].new_file && changes.changes[0].diff.starts_with("@@ -0,0 +1,3 @@"));
    last(&mock.api, "GET", &format!("{API}/merge_requests/1/changes")).await;
    let commits = gl.list_merge_request_commits(P, 1).await.expect("list_merge_request_commits");
    assert_eq!(commits[0].title, "Add the login form");
    last(&mock.api, "GET", &format!("{API}/merge_requests/1/commits")).await;

    let same = NewMergeRequest {
        source_branch: "feature/login".into(),
        target_branch: "main".into(),
        title: "Again".into(),
        ..NewMergeRequest::default()
    };
    let err = gl.create_merge_request(P, &same).await.expect_err("one open MR per branch pair");
    assert_eq!(status_of(&err), Some(409));
    assert!(err.decode_body::<GitLabError>().is_some_and(|e| e.text().contains("!1")));
    let new = NewMergeRequest {
        source_branch: "feature/dark-mode".into(),
        target_branch: "main".into(),
        title: "Draft: dark mode, again".into(),
        labels: vec!["feature".into(), "ui".into()],
        ..NewMergeRequest::default()
    };
    let created = gl.create_merge_request(P, &new).await.expect("create_merge_request");
    assert_eq!(
        (created.iid, created.draft, created.labels.clone()),
        (4, true, vec!["feature".to_owned(), "ui".to_owned()])
    );
    assert_eq!(
        json_body(&last(&mock.api, "POST", &format!("{API}/merge_requests")).await),
        json!({"source_branch": "feature/dark-mode", "target_branch": "main", "title": "Draft: dark mode, again", "labels": ["feature", "ui"]})
    );
    let retitled = gl
        .update_merge_request(
            P,
            4,
            &MergeRequestUpdate { title: Some("Dark mode".into()), ..MergeRequestUpdate::default() },
        )
        .await
        .expect("update_merge_request");
    assert_eq!(retitled.title, "Dark mode");
    assert_eq!(
        json_body(&last(&mock.api, "PUT", &format!("{API}/merge_requests/4")).await),
        json!({"title": "Dark mode"})
    );

    let note = gl
        .create_merge_request_note(P, 1, &NewNote { body: "LGTM".into(), internal: Some(true) })
        .await
        .expect("create_merge_request_note");
    assert_eq!((note.noteable_type.as_deref(), note.internal), (Some("MergeRequest"), true));
    assert_eq!(
        json_body(&last(&mock.api, "POST", &format!("{API}/merge_requests/1/notes")).await),
        json!({"body": "LGTM", "internal": true})
    );

    let stale = AcceptMergeRequest { sha: Some("0".repeat(40)), ..AcceptMergeRequest::default() };
    assert_eq!(status_of(&gl.merge_merge_request(P, 1, &stale).await.expect_err("head moved")), Some(409));
    let accept = AcceptMergeRequest {
        squash: Some(true),
        should_remove_source_branch: Some(true),
        ..AcceptMergeRequest::default()
    };
    let merged = gl.merge_merge_request(P, 1, &accept).await.expect("merge_merge_request");
    assert_eq!(merged.state, "merged");
    assert_eq!(
        json_body(&last(&mock.api, "PUT", &format!("{API}/merge_requests/1/merge")).await),
        json!({"squash": true, "should_remove_source_branch": true})
    );
    assert_eq!(status_of(&gl.merge_merge_request(P, 1, &accept).await.expect_err("merged already")), Some(405));
    assert_eq!(status_of(&gl.get_branch(P, "feature/login").await.expect_err("source branch removed")), Some(404));
}

#[tokio::test]
async fn pipelines_jobs_and_a_job_log_as_text() {
    let mock = GitLabMock::start().await;
    let gl = client(&mock.api);
    let failed: Vec<_> =
        gl.list_pipelines(P, Some("feature/login"), Some("failed")).try_collect().await.expect("list_pipelines");
    assert_eq!(failed.iter().map(|p| p.id).collect::<Vec<_>>(), [1002]);
    assert_eq!(
        last(&mock.api, "GET", &format!("{API}/pipelines")).await.url.query(),
        Some("ref=feature%2Flogin&status=failed&page=1&per_page=20")
    );
    let pipeline = gl.get_pipeline(P, 1002).await.expect("get_pipeline");
    assert_eq!((pipeline.status.as_str(), pipeline.reference.as_str()), ("failed", "feature/login"));
    last(&mock.api, "GET", &format!("{API}/pipelines/1002")).await;

    let jobs = gl.list_pipeline_jobs(P, 1002, Some("failed")).await.expect("list_pipeline_jobs");
    assert_eq!(jobs.iter().map(|j| j.name.as_str()).collect::<Vec<_>>(), ["rspec"]);
    assert_eq!(last(&mock.api, "GET", &format!("{API}/pipelines/1002/jobs")).await.url.query(), Some("scope=failed"));
    let job = gl.get_job(P, jobs[0].id).await.expect("get_job");
    assert_eq!((job.stage.as_str(), job.status.as_str()), ("test", "failed"));
    last(&mock.api, "GET", &format!("{API}/jobs/{}", job.id)).await;
    let log = gl.get_job_log(P, job.id).await.expect("get_job_log");
    assert!(log.contains("ERROR: Job failed: exit code 101"), "{log}");
    assert!(log.contains("\u{1b}[0K"), "the log keeps its terminal codes");
    last(&mock.api, "GET", &format!("{API}/jobs/{}/trace", job.id)).await;
    let retried = gl.retry_job(P, job.id).await.expect("retry_job");
    assert_ne!(retried.id, job.id);
    assert_eq!(retried.status, "pending");
    let retry = last(&mock.api, "POST", &format!("{API}/jobs/{}/retry", job.id)).await;
    assert!(retry.body.is_empty());

    assert_eq!(gl.retry_pipeline(P, 1002).await.expect("retry_pipeline").status, "pending");
    last(&mock.api, "POST", &format!("{API}/pipelines/1002/retry")).await;
    assert_eq!(gl.cancel_pipeline(P, 1003).await.expect("cancel_pipeline").status, "canceled");
    last(&mock.api, "POST", &format!("{API}/pipelines/1003/cancel")).await;

    let new = NewPipeline {
        reference: "main".into(),
        variables: vec![PipelineVariable { key: "DEPLOY".into(), value: "false".into() }],
    };
    let created = gl.create_pipeline(P, &new).await.expect("create_pipeline");
    assert_eq!((created.status.as_str(), created.source.as_deref()), ("created", Some("api")));
    assert_eq!(
        json_body(&last(&mock.api, "POST", &format!("{API}/pipeline")).await),
        json!({"ref": "main", "variables": [{"key": "DEPLOY", "value": "false"}]})
    );
    let unknown = NewPipeline { reference: "nope".into(), variables: Vec::new() };
    let err = gl.create_pipeline(P, &unknown).await.expect_err("unknown ref");
    assert_eq!((err.kind(), status_of(&err)), (ErrorKind::Status, Some(400)));
}

#[tokio::test]
async fn repository_files_travel_as_one_encoded_segment() {
    let mock = GitLabMock::start().await;
    let gl = client(&mock.api);
    let file = gl.get_file(P, "docs/guide.md", "main").await.expect("get_file");
    assert_eq!(file.decoded_content().as_deref(), Some(&b"# Guide\n\nStart here.\n"[..]));
    let request = last(&mock.api, "GET", &format!("{API}/repository/files/docs%2Fguide.md")).await;
    assert_eq!(request.url.query(), Some("ref=main"));
    let raw = gl.get_raw_file(P, "src/main.rs", Some("main")).await.expect("get_raw_file");
    assert!(raw.contains("Hello, GitLab!"));
    last(&mock.api, "GET", &format!("{API}/repository/files/src%2Fmain.rs/raw")).await;

    let create = FileChange::text("main", "# Changelog\n", "Add a changelog");
    let created = gl.create_file(P, "docs/CHANGELOG.md", &create).await.expect("create_file");
    assert_eq!((created.file_path.as_str(), created.branch.as_str()), ("docs/CHANGELOG.md", "main"));
    let path = format!("{API}/repository/files/docs%2FCHANGELOG.md");
    assert_eq!(
        json_body(&last(&mock.api, "POST", &path).await),
        json!({"branch": "main", "content": "# Changelog\n", "commit_message": "Add a changelog"})
    );
    assert_eq!(status_of(&gl.create_file(P, "docs/CHANGELOG.md", &create).await.expect_err("exists")), Some(400));

    let mut update = FileChange::text("main", "IyBDaGFuZ2Vsb2cKCiogMS4xCg==", "Note 1.1");
    update.encoding = Some("base64".into());
    update.last_commit_id = Some(file.last_commit_id.clone());
    gl.update_file(P, "docs/CHANGELOG.md", &update).await.expect("update_file");
    let sent = json_body(&last(&mock.api, "PUT", &path).await);
    assert_eq!(
        (sent["encoding"].as_str(), sent["last_commit_id"].as_str()),
        (Some("base64"), Some(file.last_commit_id.as_str()))
    );
    assert_eq!(gl.get_raw_file(P, "docs/CHANGELOG.md", None).await.expect("read back"), "# Changelog\n\n* 1.1\n");

    gl.delete_file(P, "docs/CHANGELOG.md", "main", "Drop the changelog").await.expect("delete_file: 204");
    let request = last(&mock.api, "DELETE", &path).await;
    assert_eq!(request.url.query(), Some("branch=main&commit_message=Drop+the+changelog"));
    assert_eq!(status_of(&gl.get_file(P, "docs/CHANGELOG.md", "main").await.expect_err("deleted")), Some(404));
}

#[tokio::test]
async fn tree_follows_keyset_pages_and_commits_filter_by_date() {
    let mock = GitLabMock::start().await;
    let gl = client(&mock.api);
    let tree: Vec<_> = gl.list_tree(P, None, Some("main"), Some(true), Some(2)).try_collect().await.expect("list_tree");
    let paths: Vec<&str> = tree.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [".gitlab-ci.yml", "README.md", "docs", "docs/api", "docs/api/index.md", "docs/guide.md", "src", "src/main.rs"]
    );
    let pages = mock.api.requests_to("GET", &format!("{API}/repository/tree")).await;
    assert_eq!(pages.len(), 4);
    assert_eq!(pages[0].url.query(), Some("pagination=keyset&ref=main&recursive=true&per_page=2"));
    assert!(pages[1].url.query().is_some_and(|q| q.contains("page_token=")), "next pages carry the keyset token");
    let docs: Vec<_> = gl.list_tree(P, Some("docs"), None, None, None).try_collect().await.expect("a directory");
    assert_eq!(
        docs.iter().map(|e| (e.name.as_str(), e.kind.as_str())).collect::<Vec<_>>(),
        [("api", "tree"), ("guide.md", "blob")]
    );

    let commits: Vec<_> = gl
        .list_commits(P, Some("main"), Some("2025-05-10T00:00:00Z"), Some("2025-05-12T23:59:59Z"))
        .try_collect()
        .await
        .expect("list_commits");
    assert_eq!(
        commits.iter().map(|c| c.title.as_str()).collect::<Vec<_>>(),
        ["Commit number 12", "Commit number 11", "Commit number 10"]
    );
    let request = last(&mock.api, "GET", &format!("{API}/repository/commits")).await;
    assert_eq!(
        request.url.query(),
        Some("ref_name=main&since=2025-05-10T00%3A00%3A00Z&until=2025-05-12T23%3A59%3A59Z&page=1&per_page=20")
    );

    let comparison = gl.compare(P, "main", "feature/login").await.expect("compare");
    assert_eq!((comparison.commits.len(), comparison.diffs.len(), comparison.compare_same_ref), (1, 2, false));
    assert_eq!(
        last(&mock.api, "GET", &format!("{API}/repository/compare")).await.url.query(),
        Some("from=main&to=feature%2Flogin")
    );
}

#[tokio::test]
async fn branches_tags_and_releases() {
    let mock = GitLabMock::start().await;
    let gl = client(&mock.api);
    let features: Vec<_> = gl.list_branches(P, Some("feature")).try_collect().await.expect("list_branches");
    assert_eq!(features.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), ["feature/login", "feature/dark-mode"]);
    assert_eq!(
        last(&mock.api, "GET", &format!("{API}/repository/branches")).await.url.query(),
        Some("search=feature&page=1&per_page=20")
    );
    let login = gl.get_branch(P, "feature/login").await.expect("get_branch");
    assert_eq!((login.protected, login.commit.title.as_str()), (false, "Add the login form"));
    last(&mock.api, "GET", &format!("{API}/repository/branches/feature%2Flogin")).await;
    let created = gl
        .create_branch(P, &NewBranch { branch: "fix/typo".into(), reference: "main".into() })
        .await
        .expect("create_branch");
    assert!(!created.default);
    assert_eq!(
        json_body(&last(&mock.api, "POST", &format!("{API}/repository/branches")).await),
        json!({"branch": "fix/typo", "ref": "main"})
    );
    gl.delete_branch(P, "fix/typo").await.expect("delete_branch: 204");
    last(&mock.api, "DELETE", &format!("{API}/repository/branches/fix%2Ftypo")).await;

    let tags: Vec<_> = gl.list_tags(P, None).try_collect().await.expect("list_tags");
    assert_eq!(tags.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["v1.1.0", "v1.0.0"]);
    last(&mock.api, "GET", &format!("{API}/repository/tags")).await;
    let tag = gl
        .create_tag(
            P,
            &NewTag { tag_name: "v1.2.0".into(), reference: "main".into(), message: Some("Release 1.2".into()) },
        )
        .await
        .expect("create_tag");
    assert_eq!(tag.message.as_deref(), Some("Release 1.2"));
    assert_eq!(
        json_body(&last(&mock.api, "POST", &format!("{API}/repository/tags")).await),
        json!({"tag_name": "v1.2.0", "ref": "main", "message": "Release 1.2"})
    );

    let release = NewGitLabRelease {
        tag_name: "v1.2.0".into(),
        name: Some("Version 1.2".into()),
        description: Some("Login form.".into()),
        reference: None,
    };
    let created = gl.create_release(P, &release).await.expect("create_release");
    assert_eq!(created.name.as_deref(), Some("Version 1.2"));
    assert_eq!(
        json_body(&last(&mock.api, "POST", &format!("{API}/releases")).await),
        json!({"tag_name": "v1.2.0", "name": "Version 1.2", "description": "Login form."})
    );
    assert_eq!(status_of(&gl.create_release(P, &release).await.expect_err("exists")), Some(409));
    let all: Vec<_> = gl.list_releases(P).try_collect().await.expect("list_releases");
    assert_eq!(all.iter().map(|r| r.tag_name.as_str()).collect::<Vec<_>>(), ["v1.2.0", "v1.0.0"]);
    last(&mock.api, "GET", &format!("{API}/releases")).await;
    let one = gl.get_release(P, "v1.0.0").await.expect("get_release");
    assert_eq!(one.description.as_deref(), Some("The first release."));
    last(&mock.api, "GET", &format!("{API}/releases/v1.0.0")).await;
}

#[tokio::test]
async fn uploads_and_the_issue_listing_still_work_by_path() {
    let mock = GitLabMock::start().await;
    let gl = client(&mock.api);
    let upload = gl
        .upload_file(P, Part::bytes(b"png".to_vec()).file_name("shot.png").content_type("image/png"))
        .await
        .expect("upload_file");
    assert!(upload.markdown.starts_with("![shot]("));
    let issues: Vec<_> = gl
        .list_issues("my-group/my-subgroup/my-project", Some("opened"), None)
        .try_collect()
        .await
        .expect("list_issues");
    assert_eq!(issues.len(), 42);
}

// ---------------------------------------------------------------------------
// OAuth 2

fn test_app() -> OAuthApp {
    OAuthApp::new(TEST_OAUTH_CLIENT_ID, TEST_OAUTH_CLIENT_SECRET, TEST_OAUTH_REDIRECT_URI)
}

#[tokio::test]
async fn oauth_refresh_rotates_the_refresh_token_and_access_tokens_expire() {
    let mock = GitLabMock::start_with(GitLabMockOptions { access_token_lifetime: Duration::from_secs(1) }).await;
    let refresher = OAuthRefresher::new(&mock.api.base_url(), test_app(), TEST_OAUTH_REFRESH_TOKEN).expect("refresher");
    let before = SystemTime::now();
    let (access, expires) = refresher.fetch().await.expect("the first refresh");
    let expires = expires.expect("expires_in is sent");
    assert!(expires > before && expires <= before + Duration::from_secs(2));
    assert_eq!(refresher.refresh_token().await, "mock-refresh-token-1", "the successor is kept");

    // The grant went to the instance root, form-encoded.
    let request = mock.api.requests_to("POST", "/oauth/token").await.pop().expect("a refresh");
    assert_eq!(header(&request, "content-type"), Some("application/x-www-form-urlencoded"));
    let form = String::from_utf8(request.body.clone()).expect("text");
    assert_eq!(
        form,
        format!(
            "grant_type=refresh_token&refresh_token={TEST_OAUTH_REFRESH_TOKEN}&client_id={TEST_OAUTH_CLIENT_ID}&client_secret={TEST_OAUTH_CLIENT_SECRET}&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback"
        )
    );

    // The access token works as a bearer token until it expires.
    let gl = GitLabClient::builder().base_url(&mock.api.base_url()).bearer_auth(&access).build().expect("client");
    assert_eq!(gl.get_current_user().await.expect("a fresh token").username, "root");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let err = gl.get_current_user().await.expect_err("expired");
    assert_eq!(status_of(&err), Some(401));
    assert!(err.body_text().is_some_and(|b| b.contains("invalid_token")));

    // The old refresh token is revoked; the kept one works, and rotates again.
    let stale = OAuthRefresher::new(&mock.api.base_url(), test_app(), TEST_OAUTH_REFRESH_TOKEN).expect("refresher");
    let err = stale.fetch().await.expect_err("a used refresh token is revoked");
    assert_eq!(status_of(&err), Some(400));
    assert!(err.body_text().is_some_and(|b| b.contains("invalid_grant")));
    let (second, _) = refresher.fetch().await.expect("the second refresh");
    assert_ne!(second, access);
    assert_eq!(refresher.refresh_token().await, "mock-refresh-token-2");
    assert_eq!(mock.probe.oauth_refreshes(), 2);
    // No secret in Debug.
    let shown = format!("{refresher:?}");
    assert!(!shown.contains("mock-refresh-token") && !shown.contains(TEST_OAUTH_CLIENT_SECRET), "{shown}");
}

#[tokio::test]
async fn oauth_concurrent_refreshes_run_one_at_a_time() {
    let mock = GitLabMock::start().await;
    let refresher =
        OAuthRefresher::new(&format!("{}/", mock.api.uri()), test_app(), TEST_OAUTH_REFRESH_TOKEN).expect("refresher");
    let results = futures::future::join_all((0..5).map(|_| refresher.fetch())).await;
    assert!(results.iter().all(Result::is_ok), "each refresh used the token the previous one returned");
    assert_eq!(refresher.refresh_token().await, "mock-refresh-token-5");
    let wrong = OAuthRefresher::new(
        &mock.api.uri(),
        OAuthApp::new("other", "x", TEST_OAUTH_REDIRECT_URI),
        "mock-refresh-token-5",
    )
    .expect("refresher");
    assert_eq!(status_of(&wrong.fetch().await.expect_err("unknown client")), Some(401));
}

#[tokio::test]
async fn a_long_listing_crosses_an_oauth_token_expiry_without_failing() {
    let mock = GitLabMock::start_with(GitLabMockOptions { access_token_lifetime: Duration::from_secs(1) }).await;
    let refresher = OAuthRefresher::new(&mock.api.uri(), test_app(), TEST_OAUTH_REFRESH_TOKEN).expect("refresher");
    let gl = GitLabClient::builder()
        .base_url(&mock.api.base_url())
        .auth(refresher.clone().into_provider().margin(Duration::ZERO))
        .build()
        .expect("client");
    let mut pages = gl.list_issues(P, None, None).pages();
    let mut items = 0;
    while let Some(page) = pages.try_next().await.expect("no page fails across the expiry") {
        items += page.items().len();
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
    assert_eq!(items, 45);
    assert!(mock.probe.oauth_refreshes() >= 2, "the access token was refreshed when it expired");
    assert_ne!(refresher.refresh_token().await, TEST_OAUTH_REFRESH_TOKEN, "the rotated refresh token is kept");
    for request in mock.api.requests_to("GET", &format!("{API}/issues")).await {
        assert!(header(&request, "authorization").is_some_and(|a| a.starts_with("Bearer mock-oauth-access-")));
    }
}
