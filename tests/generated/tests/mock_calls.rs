//! The generated clients called against the examples' mock servers on
//! 127.0.0.1: what the mock received, and what the client decoded.
//!
//! The mocks were written for the hand-written examples, whose types
//! require only what every payload carries. The generated types require
//! what the description requires, and some mock payloads leave that out
//! (a repository without `archive_url`, a commit without `url`); those
//! calls are refused with a decode error naming the field, which the last
//! part of each test shows. GitLab's description types an issue's
//! `downvotes` as a string, where GitLab (and its mock) send a number.

use client_runtime::{ErrorKind, Result};
use examples::mock::{GitHubMock, GitLabMock, MockApi};
use futures::TryStreamExt as _;
use serde_json::{Value, json};
use wiremock::Request;

const OWNER: &str = "octocat";
const REPO: &str = "Hello-World";

async fn last(api: &MockApi, method: &str, path: &str) -> Request {
    api.requests_to(method, path).await.pop().unwrap_or_else(|| panic!("the mock saw no {method} {path}"))
}

fn json_body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}

/// A decode error naming `field`: the payload leaves out what the
/// description requires.
fn refused<T: std::fmt::Debug>(result: Result<T>, field: &str) {
    let err = result.expect_err("the mock's payload leaves out a required field");
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(err.to_string().contains(&format!("`{field}`")), "{field}: {err}");
}

#[tokio::test]
async fn github() {
    use generated::github::{GitHubClient, IssuesCreateLabelBody, UsersGetByUsernameResponse};
    let mock = GitHubMock::start().await;
    let gh = GitHubClient::builder().base_url(&mock.api.base_url()).bearer_auth("ghp_secret").build().expect("client");

    let me = gh.users_get_authenticated().await.expect("users_get_authenticated");
    assert!(format!("{me:?}").contains("octocat"));
    let login = match gh.users_get_by_username(OWNER).await.expect("users_get_by_username") {
        UsersGetByUsernameResponse::PrivateUser(user) => user.login,
        UsersGetByUsernameResponse::PublicUser(user) => user.login,
    };
    assert_eq!(login, OWNER);

    let followers: Vec<_> = gh.users_list_followers_for_user(OWNER, Some(2)).try_collect().await.expect("followers");
    assert!(!followers.is_empty());
    let pages = mock.api.requests_to("GET", "/users/octocat/followers").await;
    assert_eq!(pages[0].url.query(), Some("per_page=2"), "Link paging sends per_page, then follows next links");

    let languages = gh.repos_list_languages(OWNER, REPO).await.expect("languages");
    assert_eq!(languages.get("C"), Some(&78_769));
    let issues: Vec<_> = gh
        .issues_list_for_repo(
            OWNER,
            REPO,
            None,
            Some("open"),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )
        .try_collect()
        .await
        .expect("issues_list_for_repo");
    assert!(issues.iter().all(|issue| issue.state == "open"));
    assert_eq!(last(&mock.api, "GET", "/repos/octocat/Hello-World/issues").await.url.query(), Some("state=open"));
    let issue = gh.issues_get(OWNER, REPO, 1).await.expect("issues_get");
    assert_eq!(issue.number, 1);
    let release = gh.repos_get_release_by_tag(OWNER, REPO, "v1.0.0").await.expect("by tag");
    assert_eq!(release.tag_name, "v1.0.0");
    assert_eq!(gh.pulls_check_if_merged(OWNER, REPO, 5).await.expect("yes/no"), None, "404: not merged");
    gh.activity_star_repo_for_authenticated_user(OWNER, REPO).await.expect("star");
    assert_eq!(gh.activity_check_repo_is_starred_by_authenticated_user(OWNER, REPO).await.expect("starred"), Some(()));

    let label = IssuesCreateLabelBody { name: "triage".into(), color: Some("ededed".into()), description: None };
    let created = gh.issues_create_label(OWNER, REPO, &label).await.expect("issues_create_label");
    assert_eq!(created.name, "triage");
    let sent = json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/labels").await);
    assert_eq!(sent, json!({"name": "triage", "color": "ededed"}), "an absent optional field is left out");

    // Payloads of the mock that leave out fields the description requires.
    refused(gh.repos_get(OWNER, REPO).await, "archive_url");
    refused(gh.repos_get_branch(OWNER, REPO, "master").await, "comments_url");
    refused(gh.repos_get_commit(OWNER, REPO, "master", None, None).await, "url");
    refused(gh.pulls_list_reviews(OWNER, REPO, 5, None).try_collect::<Vec<_>>().await, "_links");
}

#[tokio::test]
async fn github_uploads() {
    use generated::github_uploads::GitHubUploadsClient;
    let mock = GitHubMock::start().await;
    let uploads = GitHubUploadsClient::builder().base_url(&mock.uploads.base_url()).bearer_auth("t").build();
    let uploads = uploads.expect("client");
    let asset = client_runtime::Body::bytes(b"hello".to_vec()).content_type("text/plain");
    let result = uploads.repos_upload_release_asset(OWNER, REPO, 1, "hello.txt", None, asset).await;
    let request = last(&mock.uploads, "POST", "/repos/octocat/Hello-World/releases/1/assets").await;
    assert_eq!(request.url.query(), Some("name=hello.txt"));
    assert_eq!(&request.body[..], b"hello");
    let _ = result;
}

#[tokio::test]
async fn gitlab() {
    use generated::gitlab::GitLabClient;
    let mock = GitLabMock::start().await;
    let gl = GitLabClient::builder().base_url(&mock.api.base_url()).api_key("PRIVATE-TOKEN", "glpat").build();
    let gl = gl.expect("client");

    let me = gl.get_api_v4_user().await.expect("get_api_v4_user");
    assert!(!me.username.is_empty());
    let branches: Vec<_> =
        gl.get_api_v4_projects_id_repository_branches("42", None, None, None, None).try_collect().await.expect("page");
    assert!(!branches.is_empty());
    let first = last(&mock.api, "GET", "/api/v4/projects/42/repository/branches").await;
    assert!(first.url.query().is_some_and(|query| query.contains("page=") && query.contains("per_page=")));
    let tags: Vec<_> =
        gl.get_api_v4_projects_id_repository_tags("42", None, None, None, None).try_collect().await.expect("tags");
    assert!(!tags.is_empty());

    // GitLab's description types `downvotes` as a string; GitLab sends a number.
    let err = gl.get_api_v4_projects_id_issues_issue_iid("42", 1).await.expect_err("a number is not a string");
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(err.to_string().contains("downvotes"), "{err}");

    gl.delete_api_v4_projects_id_issues_issue_iid("42", 1).await.expect("delete issue");
    assert_eq!(last(&mock.api, "DELETE", "/api/v4/projects/42/issues/1").await.method.as_str(), "DELETE");
}
