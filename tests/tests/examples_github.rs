//! Every endpoint of the GitHub example, called against the embedded mock:
//! what the mock received (method, raw path, query, headers, body) and
//! what the client decoded. Plus the GitHub App flow: a JWT signed with the
//! app's key, exchanged for installation tokens that expire.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use client_runtime::{Body, ErrorKind, RetryPolicy};
use examples::github::{
    self, ArchiveFormat, CommentBody, Contents, Direction, FileDelete, FileWrite, GistContent, GistUpdate, GitHub,
    GitHubClient, GitHubError, GitHubUploads, GitHubUploadsClient, IssueState, IssueUpdate, LabelNames, MergePull,
    NewGist, NewLabel, NewMilestone, NewPullRequest, NewRelease, NewRepository, NewReview, PullRequestUpdate,
    ReleaseUpdate, RepositoryUpdate, ReviewRequest, WorkflowDispatch,
};
use examples::github_app::{GitHubApp, InstallationTokens, TEST_APP_PRIVATE_KEY, TokenError};
use examples::mock::{GitHubMock, GitHubMockOptions, MockApi, TEST_APP_ID, TEST_INSTALLATION_ID};
use futures::TryStreamExt as _;
use serde_json::{Value, json};
use wiremock::Request;

const OWNER: &str = "octocat";
const REPO: &str = "Hello-World";
const TOKEN: &str = "ghp_secret";

fn quick_retry() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(10)).max_backoff(Duration::from_millis(50))
}

fn client(api: &MockApi) -> GitHubClient {
    GitHubClient::builder().base_url(&api.base_url()).bearer_auth(TOKEN).retry(quick_retry()).build().expect("client")
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

fn json_body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}

/// The last request with this method and raw path; it carried the token
/// and GitHub's headers.
async fn last(api: &MockApi, method: &str, path: &str) -> Request {
    let request = api.requests_to(method, path).await.pop().unwrap_or_else(|| {
        let seen: Vec<String> = futures::executor::block_on(api.requests())
            .iter()
            .map(|r| format!("{} {}", r.method, r.url.path()))
            .collect();
        panic!("no {method} {path}; the mock saw {seen:?}")
    });
    assert_eq!(header(&request, "x-github-api-version"), Some("2022-11-28"), "{method} {path}");
    assert_eq!(header(&request, "authorization"), Some("Bearer ghp_secret"), "{method} {path}");
    request
}

fn status_of(err: &client_runtime::Error) -> Option<u16> {
    err.status().map(|s| s.as_u16())
}

#[tokio::test]
async fn users() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let me = gh.get_authenticated_user().await.expect("get_authenticated_user");
    assert_eq!((me.login.as_str(), me.name.as_deref()), ("octocat", Some("The Octocat")));
    last(&mock.api, "GET", "/user").await;

    let followers = gh.list_followers("octocat", Some(2), Some(1)).await.expect("list_followers");
    assert_eq!(followers.len(), 2);
    assert_eq!(last(&mock.api, "GET", "/users/octocat/followers").await.url.query(), Some("per_page=2&page=1"));
    let following = gh.list_following("octocat", None, None).await.expect("list_following");
    assert!(following.iter().all(|u| u.login != "octocat"));
    assert_eq!(last(&mock.api, "GET", "/users/octocat/following").await.url.query(), None);

    // Without a token, /user is refused.
    let anonymous = GitHubClient::builder().base_url(&mock.api.base_url()).build().expect("client");
    let err = anonymous.get_authenticated_user().await.expect_err("needs a token");
    assert_eq!((err.kind(), status_of(&err)), (ErrorKind::Status, Some(401)));
}

#[tokio::test]
async fn repositories() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let mine: Vec<_> =
        gh.list_my_repos(Some("all"), Some("full_name"), Some(3)).try_collect().await.expect("list_my_repos");
    assert_eq!(mine.len(), 8, "every page, three at a time");
    let pages = mock.api.requests_to("GET", "/user/repos").await;
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].url.query(), Some("visibility=all&sort=full_name&per_page=3"));

    let new = NewRepository {
        name: "Hello-Again".into(),
        description: Some("Again".into()),
        private: Some(true),
        ..NewRepository::default()
    };
    let created = gh.create_repo(&new).await.expect("create_repo");
    assert_eq!((created.full_name.as_str(), created.private), ("octocat/Hello-Again", true));
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/user/repos").await),
        json!({"name": "Hello-Again", "description": "Again", "private": true})
    );

    let update = RepositoryUpdate {
        description: Some("Updated".into()),
        has_issues: Some(false),
        ..RepositoryUpdate::default()
    };
    let updated = gh.update_repo(OWNER, REPO, &update).await.expect("update_repo");
    assert_eq!(updated.description.as_deref(), Some("Updated"));
    assert_eq!(
        json_body(&last(&mock.api, "PATCH", "/repos/octocat/Hello-World").await),
        json!({"description": "Updated", "has_issues": false})
    );

    let languages = gh.list_languages(OWNER, REPO).await.expect("list_languages");
    assert_eq!(languages.get("C"), Some(&78_769));
    last(&mock.api, "GET", "/repos/octocat/Hello-World/languages").await;
    let topics = gh.get_topics(OWNER, REPO).await.expect("get_topics");
    assert_eq!(topics.names, ["octocat", "atom", "electron", "api"]);
    last(&mock.api, "GET", "/repos/octocat/Hello-World/topics").await;
    let contributors = gh.list_contributors(OWNER, REPO, Some(2), None).await.expect("list_contributors");
    assert_eq!((contributors[0].login.as_deref(), contributors[0].contributions), (Some("octocat"), 32));
    assert_eq!(last(&mock.api, "GET", "/repos/octocat/Hello-World/contributors").await.url.query(), Some("per_page=2"));
}

#[tokio::test]
async fn contents_are_written_base64_encoded_with_the_sha_rules() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let path = "docs/guide/new page.md";
    let created = gh.put_contents(OWNER, REPO, path, &FileWrite::new("Add a page", "# New\n")).await.expect("create");
    let entry = created.content.expect("the new file");
    assert_eq!(entry.path, path);
    assert_eq!(created.commit.message, "Add a page");
    let request = last(&mock.api, "PUT", "/repos/octocat/Hello-World/contents/docs/guide/new%20page.md").await;
    assert_eq!(json_body(&request), json!({"message": "Add a page", "content": "IyBOZXcK"}));

    // Read back, then update: without the sha GitHub says 422, with a stale one 409.
    let Contents::File(file) = gh.get_contents(OWNER, REPO, path, None).await.expect("get") else { panic!("a file") };
    assert_eq!(file.decoded_content().as_deref(), Some(&b"# New\n"[..]));
    let err = gh.put_contents(OWNER, REPO, path, &FileWrite::new("Edit", "x")).await.expect_err("needs the sha");
    assert_eq!(status_of(&err), Some(422));
    let stale = FileWrite::new("Edit", "x").replacing("0000000000000000000000000000000000000000");
    assert_eq!(status_of(&gh.put_contents(OWNER, REPO, path, &stale).await.expect_err("stale")), Some(409));
    let edit = FileWrite::new("Edit", "# Newer\n").replacing(&file.sha).on_branch("master");
    let updated = gh.put_contents(OWNER, REPO, path, &edit).await.expect("update");
    let sent = json_body(&last(&mock.api, "PUT", "/repos/octocat/Hello-World/contents/docs/guide/new%20page.md").await);
    assert_eq!((sent["sha"].as_str(), sent["branch"].as_str()), (Some(file.sha.as_str()), Some("master")));

    let new_sha = updated.content.expect("the file").sha;
    let delete = FileDelete { message: "Remove the page".into(), sha: new_sha.clone(), branch: None };
    let deleted = gh.delete_file(OWNER, REPO, path, &delete).await.expect("delete_file");
    assert_eq!((deleted.content, deleted.commit.message.as_str()), (None, "Remove the page"));
    let request = last(&mock.api, "DELETE", "/repos/octocat/Hello-World/contents/docs/guide/new%20page.md").await;
    assert_eq!(json_body(&request), json!({"message": "Remove the page", "sha": new_sha}));
    assert_eq!(status_of(&gh.get_contents(OWNER, REPO, path, None).await.expect_err("gone")), Some(404));
}

#[tokio::test]
async fn branches_tags_commits_and_compare() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let branches: Vec<_> = gh.list_branches(OWNER, REPO, None, Some(2)).try_collect().await.expect("list_branches");
    assert_eq!(branches.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), ["master", "patch-1", "gh-pages"]);
    assert_eq!(mock.api.requests_to("GET", "/repos/octocat/Hello-World/branches").await.len(), 2);
    let master = gh.get_branch(OWNER, REPO, "master").await.expect("get_branch");
    assert!(master.protected);
    last(&mock.api, "GET", "/repos/octocat/Hello-World/branches/master").await;
    let err = gh.get_branch(OWNER, REPO, "feature/x").await.expect_err("no such branch");
    assert_eq!(status_of(&err), Some(404));
    last(&mock.api, "GET", "/repos/octocat/Hello-World/branches/feature%2Fx").await;

    let tags: Vec<_> = gh.list_tags(OWNER, REPO, None).try_collect().await.expect("list_tags");
    assert_eq!(tags[0].name, "v1.0.0");
    last(&mock.api, "GET", "/repos/octocat/Hello-World/tags").await;

    let commits: Vec<_> = gh
        .list_commits(OWNER, REPO, Some("master"), None, Some("2026-01-03T00:00:00Z"), Some("2026-01-06T00:00:00Z"))
        .try_collect()
        .await
        .expect("list_commits");
    assert_eq!(
        commits.iter().map(|c| c.commit.message.as_str()).collect::<Vec<_>>(),
        ["Change number 5", "Change number 4", "Change number 3"]
    );
    let request = last(&mock.api, "GET", "/repos/octocat/Hello-World/commits").await;
    assert_eq!(request.url.query(), Some("sha=master&since=2026-01-03T00%3A00%3A00Z&until=2026-01-06T00%3A00%3A00Z"));

    let head = gh.get_commit(OWNER, REPO, "master").await.expect("get_commit");
    assert_eq!(head.stats.map(|s| s.total), Some(108));
    assert_eq!(head.files[0].filename, "README");
    last(&mock.api, "GET", "/repos/octocat/Hello-World/commits/master").await;

    let comparison = gh.compare(OWNER, REPO, &github::basehead("patch-1", "master")).await.expect("compare");
    assert_eq!((comparison.status.as_str(), comparison.ahead_by, comparison.commits.len()), ("ahead", 2, 2));
    last(&mock.api, "GET", "/repos/octocat/Hello-World/compare/patch-1...master").await;
}

#[tokio::test]
async fn issues_comments_labels_and_milestones() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let issue = gh.get_issue(OWNER, REPO, 1).await.expect("get_issue");
    assert_eq!(issue.title, "Found a bug");
    last(&mock.api, "GET", "/repos/octocat/Hello-World/issues/1").await;
    let close =
        IssueUpdate { state: Some("closed".into()), state_reason: Some("completed".into()), ..IssueUpdate::default() };
    let closed = gh.update_issue(OWNER, REPO, 1, &close).await.expect("update_issue");
    assert_eq!(closed.state, "closed");
    assert_eq!(
        json_body(&last(&mock.api, "PATCH", "/repos/octocat/Hello-World/issues/1").await),
        json!({"state": "closed", "state_reason": "completed"})
    );

    let comments: Vec<_> = gh
        .list_comments(OWNER, REPO, 1, Some("2026-01-01T00:00:00Z"), Some(2))
        .try_collect()
        .await
        .expect("list_comments");
    assert_eq!(comments.len(), 3);
    let pages = mock.api.requests_to("GET", "/repos/octocat/Hello-World/issues/1/comments").await;
    assert_eq!(pages[0].url.query(), Some("since=2026-01-01T00%3A00%3A00Z&per_page=2"));
    let created = gh.create_comment(OWNER, REPO, 1, &CommentBody::new("Me too")).await.expect("create_comment");
    assert_eq!(created.body.as_deref(), Some("Me too"));
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/issues/1/comments").await),
        json!({"body": "Me too"})
    );
    let edited =
        gh.update_comment(OWNER, REPO, created.id, &CommentBody::new("Me too, on 1.2")).await.expect("update_comment");
    assert_eq!(edited.body.as_deref(), Some("Me too, on 1.2"));
    let edit_path = format!("/repos/octocat/Hello-World/issues/comments/{}", created.id);
    assert_eq!(json_body(&last(&mock.api, "PATCH", &edit_path).await), json!({"body": "Me too, on 1.2"}));
    gh.delete_comment(OWNER, REPO, created.id).await.expect("delete_comment: 204");
    last(&mock.api, "DELETE", &edit_path).await;
    assert_eq!(status_of(&gh.delete_comment(OWNER, REPO, created.id).await.expect_err("gone")), Some(404));

    let labels: Vec<_> = gh.list_labels(OWNER, REPO, None).try_collect().await.expect("list_labels");
    assert_eq!(labels.len(), 4);
    last(&mock.api, "GET", "/repos/octocat/Hello-World/labels").await;
    let new = NewLabel { name: "needs triage".into(), color: Some("d4c5f9".into()), description: None };
    let label = gh.create_label(OWNER, REPO, &new).await.expect("create_label");
    assert_eq!((label.name.as_str(), label.color.as_deref()), ("needs triage", Some("d4c5f9")));
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/labels").await),
        json!({"name": "needs triage", "color": "d4c5f9"})
    );
    assert_eq!(status_of(&gh.create_label(OWNER, REPO, &new).await.expect_err("exists")), Some(422));

    let now =
        gh.add_labels(OWNER, REPO, 1, &LabelNames { labels: vec!["needs triage".into()] }).await.expect("add_labels");
    assert_eq!(now.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), ["bug", "needs triage"]);
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/issues/1/labels").await),
        json!({"labels": ["needs triage"]})
    );
    let left = gh.remove_label(OWNER, REPO, 1, "needs triage").await.expect("remove_label");
    assert_eq!(left.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), ["bug"]);
    last(&mock.api, "DELETE", "/repos/octocat/Hello-World/issues/1/labels/needs%20triage").await;

    let milestones = gh
        .list_milestones(OWNER, REPO, Some(IssueState::All), Some("due_on"), Some(Direction::Asc))
        .await
        .expect("list_milestones");
    assert_eq!(milestones[0].title, "v1.0");
    assert_eq!(
        last(&mock.api, "GET", "/repos/octocat/Hello-World/milestones").await.url.query(),
        Some("state=all&sort=due_on&direction=asc")
    );
    let due =
        NewMilestone { title: "v2.0".into(), due_on: Some("2027-06-30T07:00:00Z".into()), ..NewMilestone::default() };
    let milestone = gh.create_milestone(OWNER, REPO, &due).await.expect("create_milestone");
    assert_eq!((milestone.number, milestone.due_on.as_deref()), (2, Some("2027-06-30T07:00:00Z")));
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/milestones").await),
        json!({"title": "v2.0", "due_on": "2027-06-30T07:00:00Z"})
    );
}

#[tokio::test]
async fn pull_requests_reviews_and_merge() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let open: Vec<_> = gh
        .list_pulls(OWNER, REPO, Some(IssueState::Open), None, Some("master"), None)
        .try_collect()
        .await
        .expect("list_pulls");
    assert_eq!(open.iter().map(|p| p.number).collect::<Vec<_>>(), [5]);
    assert_eq!(
        last(&mock.api, "GET", "/repos/octocat/Hello-World/pulls").await.url.query(),
        Some("state=open&base=master")
    );
    let pull = gh.get_pull(OWNER, REPO, 5).await.expect("get_pull");
    assert_eq!(
        (pull.head.reference.as_str(), pull.base.reference.as_str(), pull.merged),
        ("patch-1", "master", Some(false))
    );
    last(&mock.api, "GET", "/repos/octocat/Hello-World/pulls/5").await;

    let new = NewPullRequest {
        title: "Publish the pages".into(),
        head: "octocat:gh-pages".into(),
        base: "master".into(),
        draft: Some(true),
        ..NewPullRequest::default()
    };
    let created = gh.create_pull(OWNER, REPO, &new).await.expect("create_pull");
    assert!(created.draft);
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/pulls").await),
        json!({"title": "Publish the pages", "head": "octocat:gh-pages", "base": "master", "draft": true})
    );
    let renamed = gh
        .update_pull(
            OWNER,
            REPO,
            created.number,
            &PullRequestUpdate { title: Some("Pages".into()), ..PullRequestUpdate::default() },
        )
        .await
        .expect("update_pull");
    assert_eq!(renamed.title, "Pages");
    assert_eq!(
        json_body(&last(&mock.api, "PATCH", &format!("/repos/octocat/Hello-World/pulls/{}", created.number)).await),
        json!({"title": "Pages"})
    );

    let files = gh.list_pull_files(OWNER, REPO, 5, Some(100), None).await.expect("list_pull_files");
    assert_eq!((files[0].filename.as_str(), files[0].additions), ("README", 103));
    assert_eq!(
        last(&mock.api, "GET", "/repos/octocat/Hello-World/pulls/5/files").await.url.query(),
        Some("per_page=100")
    );
    let commits = gh.list_pull_commits(OWNER, REPO, 5, None, None).await.expect("list_pull_commits");
    assert_eq!(commits[0].commit.message, "Add a usage section");
    last(&mock.api, "GET", "/repos/octocat/Hello-World/pulls/5/commits").await;

    let reviews = gh.list_reviews(OWNER, REPO, 5).await.expect("list_reviews");
    assert_eq!(reviews[0].state, "COMMENTED");
    last(&mock.api, "GET", "/repos/octocat/Hello-World/pulls/5/reviews").await;
    let comment_only = NewReview { event: Some("REQUEST_CHANGES".into()), ..NewReview::default() };
    assert_eq!(status_of(&gh.create_review(OWNER, REPO, 5, &comment_only).await.expect_err("needs a body")), Some(422));
    let approve = NewReview { event: Some("APPROVE".into()), body: Some("Ship it".into()), ..NewReview::default() };
    let review = gh.create_review(OWNER, REPO, 5, &approve).await.expect("create_review");
    assert_eq!((review.state.as_str(), review.body.as_deref()), ("APPROVED", Some("Ship it")));
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/pulls/5/reviews").await),
        json!({"body": "Ship it", "event": "APPROVE"})
    );
    let requested = gh
        .request_reviewers(
            OWNER,
            REPO,
            5,
            &ReviewRequest { reviewers: vec!["hubot".into()], ..ReviewRequest::default() },
        )
        .await
        .expect("request_reviewers");
    assert_eq!(requested.requested_reviewers[0].login, "hubot");
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/pulls/5/requested_reviewers").await),
        json!({"reviewers": ["hubot"]})
    );

    // 404 then 204: `Option<()>`.
    assert_eq!(gh.is_merged(OWNER, REPO, 5).await.expect("is_merged"), None);
    let stale = MergePull { sha: Some("0".repeat(40)), ..MergePull::default() };
    assert_eq!(status_of(&gh.merge_pull(OWNER, REPO, 5, &stale).await.expect_err("head moved")), Some(409));
    let merge = MergePull {
        merge_method: Some("squash".into()),
        commit_title: Some("Usage (#5)".into()),
        ..MergePull::default()
    };
    let merged = gh.merge_pull(OWNER, REPO, 5, &merge).await.expect("merge_pull");
    assert!(merged.merged);
    assert_eq!(
        json_body(&last(&mock.api, "PUT", "/repos/octocat/Hello-World/pulls/5/merge").await),
        json!({"commit_title": "Usage (#5)", "merge_method": "squash"})
    );
    assert_eq!(gh.is_merged(OWNER, REPO, 5).await.expect("is_merged"), Some(()));
    last(&mock.api, "GET", "/repos/octocat/Hello-World/pulls/5/merge").await;
    assert_eq!(status_of(&gh.merge_pull(OWNER, REPO, 5, &merge).await.expect_err("already merged")), Some(405));
}

#[tokio::test]
async fn releases_with_an_asset_uploaded_to_the_upload_host() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let latest = gh.get_latest_release(OWNER, REPO).await.expect("get_latest_release");
    assert_eq!((latest.tag_name.as_str(), latest.assets.len()), ("v1.0.0", 1));
    last(&mock.api, "GET", "/repos/octocat/Hello-World/releases/latest").await;
    let by_tag = gh.get_release_by_tag(OWNER, REPO, "v1.0.0").await.expect("get_release_by_tag");
    assert_eq!(by_tag.id, latest.id);
    last(&mock.api, "GET", "/repos/octocat/Hello-World/releases/tags/v1.0.0").await;

    let mut new = NewRelease::new("v2.0.0-rc.1");
    new.prerelease = Some(true);
    new.draft = Some(true);
    let release = gh.create_release(OWNER, REPO, &new).await.expect("create_release");
    assert!(release.draft && release.prerelease);
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/releases").await),
        json!({"tag_name": "v2.0.0-rc.1", "draft": true, "prerelease": true})
    );

    // The upload host comes from the release's upload_url; the token goes there on purpose.
    let base = github::upload_base_url(&release.upload_url).expect("an upload_url");
    assert_eq!(base, mock.uploads.uri());
    let uploads = GitHubUploadsClient::builder().base_url(&base).bearer_auth(TOKEN).build().expect("uploads client");
    let bytes = b"\x1f\x8b compressed bytes".to_vec();
    let asset = uploads
        .upload_release_asset(
            OWNER,
            REPO,
            release.id,
            "hello 2.tar.gz",
            Some("Source"),
            Body::bytes(bytes.clone()).content_type("application/gzip"),
        )
        .await
        .expect("upload_release_asset");
    assert_eq!(
        (asset.name.as_str(), asset.content_type.as_str(), asset.size),
        ("hello 2.tar.gz", "application/gzip", bytes.len() as u64)
    );
    let request =
        last(&mock.uploads, "POST", &format!("/repos/octocat/Hello-World/releases/{}/assets", release.id)).await;
    assert_eq!(request.url.query(), Some("name=hello+2.tar.gz&label=Source"));
    assert_eq!(header(&request, "content-type"), Some("application/gzip"));
    assert_eq!(request.body, bytes);
    let duplicate =
        uploads.upload_release_asset(OWNER, REPO, release.id, "hello 2.tar.gz", None, Body::bytes(vec![1])).await;
    assert_eq!(status_of(&duplicate.expect_err("same name twice")), Some(422));

    let assets = gh.list_release_assets(OWNER, REPO, release.id, None, None).await.expect("list_release_assets");
    assert_eq!(assets.iter().map(|a| a.id).collect::<Vec<_>>(), [asset.id]);
    last(&mock.api, "GET", &format!("/repos/octocat/Hello-World/releases/{}/assets", release.id)).await;
    let metadata = gh.get_release_asset(OWNER, REPO, asset.id).await.expect("get_release_asset");
    assert_eq!(metadata.label.as_deref(), Some("Source"));
    assert_eq!(
        header(
            &last(&mock.api, "GET", &format!("/repos/octocat/Hello-World/releases/assets/{}", asset.id)).await,
            "accept"
        ),
        Some("application/vnd.github+json")
    );

    let publish =
        ReleaseUpdate { draft: Some(false), name: Some("Release candidate 1".into()), ..ReleaseUpdate::default() };
    let published = gh.update_release(OWNER, REPO, release.id, &publish).await.expect("update_release");
    assert!(!published.draft && published.published_at.is_some());
    assert_eq!(
        json_body(&last(&mock.api, "PATCH", &format!("/repos/octocat/Hello-World/releases/{}", release.id)).await),
        json!({"name": "Release candidate 1", "draft": false})
    );
    let all: Vec<_> = gh.list_releases(OWNER, REPO, Some(1)).try_collect().await.expect("list_releases");
    assert_eq!(all.iter().map(|r| r.tag_name.as_str()).collect::<Vec<_>>(), ["v2.0.0-rc.1", "v1.0.0"]);

    gh.delete_release_asset(OWNER, REPO, asset.id).await.expect("delete_release_asset: 204");
    last(&mock.api, "DELETE", &format!("/repos/octocat/Hello-World/releases/assets/{}", asset.id)).await;
    gh.delete_release(OWNER, REPO, release.id).await.expect("delete_release: 204");
    last(&mock.api, "DELETE", &format!("/repos/octocat/Hello-World/releases/{}", release.id)).await;
    assert_eq!(status_of(&gh.get_release_by_tag(OWNER, REPO, "v2.0.0-rc.1").await.expect_err("deleted")), Some(404));
}

#[tokio::test]
async fn gists() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let mine: Vec<_> = gh.list_gists(Some("2010-01-01T00:00:00Z"), None).try_collect().await.expect("list_gists");
    assert_eq!(mine[0].id, "aa5a315d61ae9438b18d");
    assert_eq!(mine[0].files["hello_world.rb"].content, None, "listings leave the content out");
    assert_eq!(last(&mock.api, "GET", "/gists").await.url.query(), Some("since=2010-01-01T00%3A00%3A00Z"));
    let theirs = gh.list_user_gists("octocat", Some(10), None).await.expect("list_user_gists");
    assert_eq!(theirs.len(), 1);
    last(&mock.api, "GET", "/users/octocat/gists").await;

    let new = NewGist { description: Some("Two files".into()), public: Some(false), ..NewGist::default() }
        .file("main.rs", "fn main() {}\n")
        .file("notes.txt", "todo");
    let gist = gh.create_gist(&new).await.expect("create_gist");
    assert_eq!((gist.public, gist.files.len()), (false, 2));
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/gists").await),
        json!({"description": "Two files", "public": false, "files": {"main.rs": {"content": "fn main() {}\n"}, "notes.txt": {"content": "todo"}}})
    );
    let read = gh.get_gist(&gist.id).await.expect("get_gist");
    assert_eq!(read.files["main.rs"].content.as_deref(), Some("fn main() {}\n"));
    assert_eq!(read.files["main.rs"].language.as_deref(), Some("Rust"));
    last(&mock.api, "GET", &format!("/gists/{}", gist.id)).await;

    let mut files = BTreeMap::new();
    files.insert("notes.txt".to_owned(), None);
    files.insert("main.rs".to_owned(), Some(GistContent { content: "fn main() { println!(\"hi\"); }\n".into() }));
    let updated = gh.update_gist(&gist.id, &GistUpdate { description: None, files }).await.expect("update_gist");
    assert_eq!(updated.files.keys().collect::<Vec<_>>(), ["main.rs"]);
    assert_eq!(
        json_body(&last(&mock.api, "PATCH", &format!("/gists/{}", gist.id)).await),
        json!({"files": {"main.rs": {"content": "fn main() { println!(\"hi\"); }\n"}, "notes.txt": null}})
    );
    gh.delete_gist(&gist.id).await.expect("delete_gist: 204");
    last(&mock.api, "DELETE", &format!("/gists/{}", gist.id)).await;
    assert_eq!(status_of(&gh.get_gist(&gist.id).await.expect_err("deleted")), Some(404));
}

#[tokio::test]
async fn stars_answer_204_and_the_check_is_an_option() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    assert_eq!(gh.is_starred("octocat", "Hello-World").await.expect("is_starred"), None);
    gh.star("octocat", "Hello-World").await.expect("star: 204");
    let put = last(&mock.api, "PUT", "/user/starred/octocat/Hello-World").await;
    assert!(put.body.is_empty());
    assert_eq!(gh.is_starred("octocat", "Hello-World").await.expect("is_starred"), Some(()));
    last(&mock.api, "GET", "/user/starred/octocat/Hello-World").await;
    let starred: Vec<_> =
        gh.list_starred(Some("created"), Some(Direction::Desc), Some(1)).try_collect().await.expect("list_starred");
    assert_eq!(
        starred.iter().map(|r| r.full_name.as_str()).collect::<Vec<_>>(),
        ["rust-lang/rust", "octocat/Hello-World"]
    );
    assert_eq!(
        mock.api.requests_to("GET", "/user/starred").await[0].url.query(),
        Some("sort=created&direction=desc&per_page=1")
    );
    gh.unstar("octocat", "Hello-World").await.expect("unstar: 204");
    last(&mock.api, "DELETE", "/user/starred/octocat/Hello-World").await;
    assert_eq!(gh.is_starred("octocat", "Hello-World").await.expect("is_starred"), None);
}

#[tokio::test]
async fn search_and_rate_limit() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let found: Vec<_> = gh
        .search_issues("is:issue greeting repo:octocat/Hello-World", Some("created"), Some("asc"), Some(1))
        .try_collect()
        .await
        .expect("search_issues");
    assert_eq!(found.len(), 4, "four issues mention a greeting, one per page");
    assert!(found.iter().all(|i| i.title.to_lowercase().contains("greeting") && !i.is_pull_request()));
    let first = mock.api.requests_to("GET", "/search/issues").await.remove(0);
    assert_eq!(
        first.url.query(),
        Some("q=is%3Aissue+greeting+repo%3Aoctocat%2FHello-World&sort=created&order=asc&per_page=1")
    );

    let code = gh.search_code("git clone repo:octocat/Hello-World", None, None).await.expect("search_code");
    assert_eq!((code.total_count, code.items[0].path.as_str()), (1, "docs/guide/getting started.md"));
    assert_eq!(code.items[0].repository.full_name, "octocat/Hello-World");
    last(&mock.api, "GET", "/search/code").await;
    let users = gh.search_users("rust", Some("followers"), None, None, Some(1)).await.expect("search_users");
    assert_eq!(users.items[0].login, "rust-lang");
    assert_eq!(last(&mock.api, "GET", "/search/users").await.url.query(), Some("q=rust&sort=followers&page=1"));

    let limits = gh.rate_limit().await.expect("rate_limit");
    assert_eq!((limits.rate.limit, limits.resources["search"].limit, limits.resources["search"].used), (5000, 30, 6));
    last(&mock.api, "GET", "/rate_limit").await;
}

#[tokio::test]
async fn actions_runs_jobs_and_artifacts() {
    let mock = GitHubMock::start().await;
    let gh = client(&mock.api);
    let workflows = gh.list_workflows(OWNER, REPO, None, None).await.expect("list_workflows");
    assert_eq!((workflows.total_count, workflows.workflows[0].path.as_str()), (1, ".github/workflows/ci.yml"));
    last(&mock.api, "GET", "/repos/octocat/Hello-World/actions/workflows").await;

    let runs: Vec<_> =
        gh.list_runs(OWNER, REPO, Some("master"), None, None, Some(1)).try_collect().await.expect("list_runs");
    assert_eq!(runs.iter().map(|r| r.event.as_str()).collect::<Vec<_>>(), ["workflow_dispatch", "push"]);
    assert_eq!(
        mock.api.requests_to("GET", "/repos/octocat/Hello-World/actions/runs").await[0].url.query(),
        Some("branch=master&per_page=1")
    );
    let of_ci: Vec<_> =
        gh.list_workflow_runs(OWNER, REPO, "ci.yml", None, None).try_collect().await.expect("list_workflow_runs");
    assert_eq!(of_ci.len(), 3);
    last(&mock.api, "GET", "/repos/octocat/Hello-World/actions/workflows/ci.yml/runs").await;
    let run = gh.get_run(OWNER, REPO, runs[1].id).await.expect("get_run");
    assert_eq!(run.conclusion.as_deref(), Some("success"));
    last(&mock.api, "GET", &format!("/repos/octocat/Hello-World/actions/runs/{}", run.id)).await;

    let dispatched = gh
        .dispatch_workflow(OWNER, REPO, "ci.yml", &WorkflowDispatch::new("master").input("environment", "staging"))
        .await
        .expect("dispatch_workflow: 200 with the run's details");
    assert_eq!(
        json_body(&last(&mock.api, "POST", "/repos/octocat/Hello-World/actions/workflows/ci.yml/dispatches").await),
        json!({"ref": "master", "inputs": {"environment": "staging"}, "return_run_details": true})
    );
    let started = gh.get_run(OWNER, REPO, dispatched.workflow_run_id).await.expect("the dispatched run");
    assert_eq!((started.event.as_str(), started.status.as_deref()), ("workflow_dispatch", Some("in_progress")));
    assert!(dispatched.html_url.ends_with(&format!("/actions/runs/{}", started.id)), "{}", dispatched.html_url);
    gh.rerun(OWNER, REPO, run.id).await.expect("rerun: 201");
    last(&mock.api, "POST", &format!("/repos/octocat/Hello-World/actions/runs/{}/rerun", run.id)).await;
    gh.cancel_run(OWNER, REPO, run.id).await.expect("cancel_run: 202");
    last(&mock.api, "POST", &format!("/repos/octocat/Hello-World/actions/runs/{}/cancel", run.id)).await;

    let jobs: Vec<_> =
        gh.list_run_jobs(OWNER, REPO, run.id, Some("latest"), Some(2)).try_collect().await.expect("list_run_jobs");
    assert_eq!(jobs.iter().map(|j| j.name.as_str()).collect::<Vec<_>>(), ["build", "test", "lint"]);
    assert!(jobs.iter().all(|j| j.run_id == run.id));
    let jobs_path = format!("/repos/octocat/Hello-World/actions/runs/{}/jobs", run.id);
    assert_eq!(mock.api.requests_to("GET", &jobs_path).await[0].url.query(), Some("filter=latest&per_page=2"));
    let artifacts: Vec<_> =
        gh.list_run_artifacts(OWNER, REPO, run.id, None, None).try_collect().await.expect("list_run_artifacts");
    assert_eq!(
        artifacts.iter().map(|a| (a.name.as_str(), a.expired)).collect::<Vec<_>>(),
        [("build-output", false), ("coverage", true)]
    );
    let named: Vec<_> =
        gh.list_run_artifacts(OWNER, REPO, run.id, Some("coverage"), None).try_collect().await.expect("by name");
    assert_eq!(named.len(), 1);
    last(&mock.api, "GET", &format!("/repos/octocat/Hello-World/actions/runs/{}/artifacts", run.id)).await;

    // The archive: a 302 to the storage host, which gets no token.
    let stream =
        gh.download_artifact(OWNER, REPO, artifacts[0].id, ArchiveFormat::Zip).await.expect("download_artifact");
    assert_eq!(stream.url().port(), mock.assets.server().address().port().into());
    let zip: Vec<u8> = stream.try_collect::<Vec<bytes::Bytes>>().await.expect("body").concat();
    assert_eq!((zip.len() as u64, &zip[..4]), (artifacts[0].size_in_bytes, &b"PK\x03\x04"[..]));
    last(&mock.api, "GET", &format!("/repos/octocat/Hello-World/actions/artifacts/{}/zip", artifacts[0].id)).await;
    let stored = mock.assets.requests().await.pop().expect("the storage host was asked");
    assert_eq!(header(&stored, "authorization"), None, "the token must not follow the redirect");
    let expired = gh.download_artifact(OWNER, REPO, artifacts[1].id, ArchiveFormat::Zip).await;
    assert_eq!(status_of(&expired.expect_err("expired")), Some(410));
}

// ---------------------------------------------------------------------------
// A GitHub App

fn test_app() -> GitHubApp {
    GitHubApp::from_pem(TEST_APP_ID, TEST_APP_PRIVATE_KEY.as_bytes()).expect("the test key")
}

#[tokio::test]
async fn app_jwt_is_exchanged_for_an_installation_token_that_expires() {
    let mock =
        GitHubMock::start_with(GitHubMockOptions { installation_token_lifetime: Duration::from_millis(1500) }).await;
    let tokens =
        InstallationTokens::new(test_app(), &mock.api.base_url(), TEST_INSTALLATION_ID).user_agent("app-test/1.0");
    let before = SystemTime::now();
    let (token, expires) = tokens.fetch().await.expect("the exchange");
    let expires = expires.expect("GitHub says when it expires");
    assert!(token.starts_with("ghs_"));
    assert!(expires > before && expires <= SystemTime::now() + Duration::from_secs(3), "about 1.5 s from now");

    // The mock received a JWT signed by the app, as a bearer token.
    let exchange =
        mock.api.requests_to("POST", "/app/installations/7/access_tokens").await.pop().expect("the exchange");
    let jwt = header(&exchange, "authorization").and_then(|a| a.strip_prefix("Bearer ")).expect("a bearer JWT");
    assert_eq!(jwt.split('.').count(), 3);
    assert_eq!(header(&exchange, "user-agent"), Some("app-test/1.0"));

    // The token works until it expires; then GitHub says 401.
    let gh = GitHubClient::builder().base_url(&mock.api.base_url()).bearer_auth(&token).build().expect("client");
    gh.get_issue(OWNER, REPO, 1).await.expect("a fresh token works");
    tokio::time::sleep(expires.duration_since(SystemTime::now()).unwrap_or_default() + Duration::from_millis(50)).await;
    let err = gh.get_issue(OWNER, REPO, 1).await.expect_err("an expired token is refused");
    assert_eq!(status_of(&err), Some(401));
    assert_eq!(err.decode_body::<GitHubError>().map(|e| e.message).as_deref(), Some("Bad credentials"));
    assert_eq!(mock.probe.installation_tokens_issued(), 1);
    // No secret in the token error's Debug either.
    assert!(!format!("{tokens:?}").contains("PRIVATE KEY"));
}

#[tokio::test]
async fn the_mock_refuses_a_jwt_it_cannot_verify() {
    let mock = GitHubMock::start().await;
    // Another app id: the issuer does not match.
    let stranger = GitHubApp::from_pem("1", TEST_APP_PRIVATE_KEY.as_bytes()).expect("key");
    let err = InstallationTokens::new(stranger, &mock.api.base_url(), TEST_INSTALLATION_ID)
        .fetch()
        .await
        .expect_err("wrong issuer");
    let TokenError::Call(call) = &err else { panic!("the exchange fails: {err:?}") };
    assert_eq!(status_of(call), Some(401));
    assert_eq!(
        call.decode_body::<GitHubError>().map(|e| e.message).as_deref(),
        Some("A JSON web token could not be decoded")
    );
    // A bearer token that is not a JWT at all.
    let gh = GitHubClient::builder().base_url(&mock.api.base_url()).bearer_auth("not-a-jwt").build().expect("client");
    let raw = gh.get_issue(OWNER, REPO, 1).await;
    assert!(raw.is_ok(), "a personal token is still fine elsewhere");
    // An unknown installation is a 404.
    let err =
        InstallationTokens::new(test_app(), &mock.api.base_url(), 99).fetch().await.expect_err("no such installation");
    assert!(matches!(&err, TokenError::Call(call) if status_of(call) == Some(404)));
    assert_eq!(mock.probe.installation_tokens_issued(), 0);
    assert!(GitHubApp::from_pem("1", b"not a key").is_err());
}

#[test]
fn upload_base_url_comes_from_the_release() {
    assert_eq!(
        github::upload_base_url("https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}")
            .as_deref(),
        Some("https://uploads.github.com")
    );
    assert_eq!(
        github::upload_base_url("https://ghe.example.com/api/uploads/repos/o/r/releases/1/assets{?name,label}")
            .as_deref(),
        Some("https://ghe.example.com/api/uploads")
    );
    assert_eq!(github::upload_base_url("/repos/o/r/releases/1/assets"), None);
    assert_eq!(github::basehead("main", "feature"), "main...feature");
}

#[tokio::test]
async fn a_long_listing_crosses_an_installation_token_expiry_without_failing() {
    let mock = GitHubMock::start_with(GitHubMockOptions { installation_token_lifetime: Duration::from_secs(2) }).await;
    let tokens = InstallationTokens::new(test_app(), &mock.api.base_url(), TEST_INSTALLATION_ID);
    // No margin: each token is used up to its expiry, then replaced.
    let provider = tokens.into_provider().margin(Duration::ZERO);
    let gh = GitHubClient::builder().base_url(&mock.api.base_url()).auth(provider).build().expect("client");
    let started = std::time::Instant::now();
    let mut issues = gh.list_issues(OWNER, REPO, Some(IssueState::All), None, Some(1));
    let mut numbers = Vec::new();
    while let Some(issue) = issues.try_next().await.expect("no page fails across the expiry") {
        numbers.push(issue.number);
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert_eq!(numbers.len(), 10, "every issue, one page each");
    assert!(started.elapsed() > Duration::from_secs(2), "the listing outlived the first token");
    assert!(mock.probe.installation_tokens_issued() >= 2, "a new token was fetched when the first expired");

    // Every page carried an installation token; the JWT went only to the exchange.
    for request in mock.api.requests_to("GET", "/repos/octocat/Hello-World/issues").await {
        assert!(header(&request, "authorization").is_some_and(|a| a.starts_with("Bearer ghs_")));
    }
    for request in mock.api.requests_to("POST", "/app/installations/7/access_tokens").await {
        assert!(header(&request, "authorization").is_some_and(|a| a.starts_with("Bearer ey")), "a JWT");
    }
}
