//! The example clients (`examples/`): their types decode the payloads the
//! GitHub, GitLab and Open-Meteo documentation shows (`tests/fixtures/`),
//! and each client, run against the embedded mock servers, sends what
//! those APIs expect (paths and their encoding, headers, bodies) and reads
//! what they answer. The demo runs end to end.

use std::time::{Duration, Instant};

use client_runtime::{ErrorKind, Part, RetryPolicy, StatusCode};
use examples::github::{
    self, Contents, GitHub, GitHubClient, GitHubError, Issue, IssueLabel, IssueState, NewIssue, Repository,
    SearchResults, User,
};
use examples::gitlab::{self, GitLab, GitLabClient, GitLabError, GitLabIssue, NewGitLabIssue, Project, Upload};
use examples::jsonplaceholder::{JsonPlaceholder, JsonPlaceholderClient, NewPost, Post, PostPatch};
use examples::mock::{self, MockApi, REVOKED_TOKEN};
use examples::weather::{
    self, Forecast as _, ForecastClient, ForecastResponse, GeocodingClient, GeocodingResults, OpenMeteoError, Weather,
    WeatherError,
};
use futures::TryStreamExt as _;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wiremock::{Request, ResponseTemplate};

// ---------------------------------------------------------------------------
// Helpers

fn fixture_text(path: &str) -> String {
    let full = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|err| panic!("cannot read {full}: {err}"))
}

fn fixture<T: DeserializeOwned>(path: &str) -> T {
    serde_json::from_str(&fixture_text(path)).unwrap_or_else(|err| panic!("{path} does not decode: {err}"))
}

/// Short backoffs, so retries in tests take milliseconds.
fn quick_retry() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(10)).max_backoff(Duration::from_millis(50))
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

fn query(request: &Request, key: &str) -> Option<String> {
    request.url.query_pairs().find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
}

async fn only_request(api: &MockApi) -> Request {
    let mut requests = api.requests().await;
    assert_eq!(
        requests.len(),
        1,
        "expected one request, got {:?}",
        requests.iter().map(|r| r.url.as_str()).collect::<Vec<_>>()
    );
    requests.remove(0)
}

fn github_client(api: &MockApi, token: Option<&str>) -> GitHubClient {
    let mut builder = GitHubClient::builder().base_url(&api.base_url()).retry(quick_retry());
    if let Some(token) = token {
        builder = builder.bearer_auth(token);
    }
    builder.build().expect("GitHub client")
}

fn gitlab_client(api: &MockApi, token: Option<&str>) -> GitLabClient {
    let mut builder = GitLabClient::builder().base_url(&api.base_url()).retry(quick_retry());
    if let Some(token) = token {
        builder = builder.api_key("PRIVATE-TOKEN", token);
    }
    builder.build().expect("GitLab client")
}

// ---------------------------------------------------------------------------
// The documented payloads

#[test]
fn github_types_decode_the_documented_examples() {
    let user: User = fixture("github/user.json");
    assert_eq!((user.login.as_str(), user.id), ("octocat", 1));
    assert_eq!(user.name.as_deref(), Some("monalisa octocat"));
    assert_eq!((user.public_repos, user.followers, user.kind.as_deref()), (Some(2), Some(20), Some("User")));
    let private: User = fixture("github/user-private.json");
    assert_eq!(private.login, "octocat");

    let repo: Repository = fixture("github/repository.json");
    assert_eq!((repo.id, repo.full_name.as_str()), (1_296_269, "octocat/Hello-World"));
    assert_eq!(repo.owner.as_ref().map(|o| o.login.as_str()), Some("octocat"));
    assert_eq!((repo.stargazers_count, repo.forks_count, repo.language.as_deref()), (80, 9, None));
    assert_eq!(repo.topics, ["octocat", "atom", "electron", "api"]);
    assert_eq!(repo.license.as_ref().map(|l| l.key.as_str()), Some("mit"));
    assert_eq!(repo.default_branch.as_deref(), Some("master"));

    let search: SearchResults<Repository> = fixture("github/search-repositories.json");
    assert_eq!((search.total_count, search.incomplete_results, search.items.len()), (40, false, 1));
    let tetris = &search.items[0];
    assert_eq!(
        (tetris.full_name.as_str(), tetris.language.as_deref(), tetris.score),
        ("dtrupenn/Tetris", Some("Assembly"), Some(1.0))
    );
    assert!(tetris.archived);

    let issue: Issue = fixture("github/issue.json");
    assert_eq!((issue.number, issue.title.as_str(), issue.state.as_str()), (1347, "Found a bug", "open"));
    assert_eq!(issue.label_names(), ["bug"]);
    assert!(matches!(&issue.labels[0], IssueLabel::Full(label) if label.color.as_deref() == Some("f29513")));
    assert_eq!(issue.milestone.as_ref().map(|m| m.title.as_str()), Some("v1.0"));
    assert_eq!(issue.assignees.len(), 1);
    assert!(issue.locked);
    assert!(issue.is_pull_request(), "the documented example carries `pull_request`");
    let issues: Vec<Issue> = fixture("github/issues.json");
    assert_eq!(issues.len(), 1);

    let Contents::File(file) = fixture::<Contents>("github/content-file.json") else { panic!("a file") };
    assert_eq!((file.kind.as_str(), file.path.as_str(), file.size), ("file", "README.md", 5362));
    assert_eq!(file.decoded_content().as_deref(), Some(&b"encoded content ..."[..]));
    let Contents::Directory(entries) = fixture::<Contents>("github/content-directory.json") else {
        panic!("a directory")
    };
    let kinds: Vec<&str> = entries.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["file", "dir"]);
    assert_eq!(entries[1].download_url, None);

    let not_found: GitHubError = fixture("github/error-404.json");
    assert_eq!((not_found.message.as_str(), not_found.status.as_deref()), ("Not Found", Some("404")));
    let invalid: GitHubError = fixture("github/error-422.json");
    assert_eq!(invalid.message, "Validation Failed");
    assert_eq!(invalid.errors[0]["field"], "title");

    // The body our NewIssue serializes to has the documented request's shape.
    let documented: Value = fixture("github/create-issue-request.json");
    let ours = NewIssue {
        title: "Found a bug".into(),
        body: Some("I'm having a problem with this.".into()),
        labels: vec!["bug".into()],
        assignees: vec!["octocat".into()],
        milestone: Some(1),
    };
    assert_eq!(serde_json::to_value(&ours).expect("serializes"), documented);
}

#[test]
fn github_types_accept_payloads_missing_documented_fields() {
    let user: User = fixture("github/user-trimmed.json");
    assert_eq!((user.login.as_str(), user.id, user.name.as_ref(), user.site_admin), ("octocat", 1, None, false));
    let repo: Repository = fixture("github/repository-trimmed.json");
    assert_eq!(
        (repo.stargazers_count, repo.owner.as_ref(), repo.topics.len(), repo.license.as_ref()),
        (0, None, 0, None)
    );
    // Labels as plain names, which GitHub's schema allows.
    let issue: Issue = fixture("github/issue-trimmed.json");
    assert_eq!(issue.label_names(), ["bug", "help wanted"]);
    assert!(matches!(issue.labels[0], IssueLabel::Name(_)));
    assert!(!issue.is_pull_request());
    assert_eq!((issue.user.as_ref(), issue.comments, issue.body.as_ref()), (None, 0, None));
    // A minimal NewIssue sends only the title.
    let minimal = NewIssue { title: "t".into(), ..NewIssue::default() };
    assert_eq!(serde_json::to_value(&minimal).expect("serializes"), json!({"title": "t"}));
}

#[test]
fn gitlab_types_decode_the_documented_examples() {
    let project: Project = fixture("gitlab/project.json");
    assert_eq!((project.id, project.path_with_namespace.as_str()), (3, "diaspora/diaspora-project-site"));
    assert_eq!((project.visibility.as_deref(), project.default_branch.as_deref()), (Some("private"), Some("main")));
    assert_eq!(project.namespace.as_ref().map(|n| n.full_path.as_deref()), Some(Some("diaspora")));
    assert_eq!(project.open_issues_count, Some(1));
    assert_eq!(project.topics, ["example", "disapora project"]);
    // `simple=true` leaves most fields out.
    let simple: Vec<Project> = fixture("gitlab/projects-simple.json");
    assert_eq!((simple[0].id, simple[0].open_issues_count, simple[0].visibility.as_ref()), (3, None, None));

    let issue: GitLabIssue = fixture("gitlab/issue.json");
    assert_eq!((issue.id, issue.iid, issue.project_id, issue.state.as_str()), (84, 1, 4, "closed"));
    assert_eq!(issue.author.as_ref().map(|a| a.username.as_str()), Some("root"));
    assert_eq!(issue.assignees[0].username, "lennie");
    assert_eq!(issue.milestone.as_ref().map(|m| m.title.as_str()), Some("v3.0"));
    assert_eq!(issue.user_notes_count, 1);
    let issues: Vec<GitLabIssue> = fixture("gitlab/issues.json");
    assert_eq!(issues[0].labels, ["foo", "bar"]);
    assert_eq!(issues[0].description, None);

    let upload: Upload = fixture("gitlab/upload.json");
    assert_eq!(upload.markdown, "![dk](/uploads/66dbcd21ec5d24ed6ea225176098d52b/dk.png)");

    let documented: Value = fixture("gitlab/create-issue-request.json");
    let ours = NewGitLabIssue {
        title: "Issues with auth".into(),
        labels: vec!["bug".into()],
        description: Some("Users cannot sign in.".into()),
        confidential: Some(false),
        ..NewGitLabIssue::default()
    };
    assert_eq!(serde_json::to_value(&ours).expect("serializes"), documented);

    assert_eq!(fixture::<GitLabError>("gitlab/error-404.json").text(), "404 Project Not Found");
    assert!(fixture::<GitLabError>("gitlab/error-400.json").text().contains("can't be blank"));
    assert_eq!(fixture::<GitLabError>("gitlab/error-missing-param.json").text(), "title is missing");
}

#[test]
fn gitlab_types_accept_payloads_missing_documented_fields() {
    let project: Project = fixture("gitlab/project-trimmed.json");
    assert_eq!((project.star_count, project.namespace.as_ref(), project.web_url.as_ref()), (0, None, None));
    let issue: GitLabIssue = fixture("gitlab/issue-trimmed.json");
    assert_eq!((issue.labels.len(), issue.author.as_ref(), issue.confidential), (0, None, false));
}

#[test]
fn open_meteo_types_decode_the_documented_examples() {
    let found: GeocodingResults = fixture("open-meteo/search.json");
    assert_eq!(found.results[0].name, "Berlin");
    assert_eq!(found.results[0].timezone.as_deref(), Some("Europe/Berlin"));
    let nothing: GeocodingResults = fixture("open-meteo/search-no-results.json");
    assert!(nothing.results.is_empty(), "Open-Meteo leaves `results` out when nothing matches");
    let forecast: ForecastResponse = fixture("open-meteo/forecast-current.json");
    assert_eq!((forecast.current.temperature_2m, forecast.current.wind_speed_10m), (Some(21.3), Some(11.9)));
    assert_eq!(forecast.current_units.and_then(|u| u.temperature_2m).as_deref(), Some("°C"));
    let error: OpenMeteoError = fixture("open-meteo/error-400.json");
    assert!(error.error && error.reason.contains("tempeture_2m"));
}

// ---------------------------------------------------------------------------
// GitHub against the mock

#[tokio::test]
async fn github_sends_the_documented_headers_and_reports_the_rate_limit() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, Some("ghp_secret"));
    let response = github.get_user("octocat").await.expect("get_user");
    assert_eq!(response.body().login, "octocat");
    let limit = response.rate_limit().expect("GitHub reports its rate limit");
    assert_eq!((limit.limit, limit.remaining), (Some(5000), Some(4999)));

    let request = only_request(&api).await;
    assert_eq!((request.method.as_str(), request.url.path()), ("GET", "/users/octocat"));
    assert_eq!(header(&request, "accept"), Some("application/vnd.github+json"));
    assert_eq!(header(&request, "x-github-api-version"), Some("2022-11-28"));
    assert_eq!(header(&request, "authorization"), Some("Bearer ghp_secret"));
    assert!(
        header(&request, "user-agent").is_some_and(|ua| !ua.is_empty()),
        "GitHub refuses requests without User-Agent"
    );
}

#[tokio::test]
async fn github_without_a_token_sends_no_authorization_and_gets_sixty_an_hour() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, None);
    let response = github.get_user("octocat").await.expect("get_user");
    assert_eq!(response.rate_limit().and_then(|l| l.limit), Some(60));
    assert_eq!(header(&only_request(&api).await, "authorization"), None);

    let revoked = github_client(&api, Some(REVOKED_TOKEN));
    let err = revoked.get_user("octocat").await.expect_err("a revoked token is refused");
    assert_eq!((err.kind(), err.status()), (ErrorKind::Status, Some(StatusCode::UNAUTHORIZED)));
    assert_eq!(err.decode_body::<GitHubError>().map(|e| e.message).as_deref(), Some("Bad credentials"));
}

#[tokio::test]
async fn github_repos_of_a_user_with_query_parameters() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, None);
    let repos = github.get_repos("octocat", Some("pushed"), Some(3)).await.expect("get_repos");
    assert_eq!(repos.len(), 3);
    assert!(repos.iter().all(|r| r.owner.as_ref().is_some_and(|o| o.login == "octocat")));
    let request = only_request(&api).await;
    assert_eq!(request.url.path(), "/users/octocat/repos");
    assert_eq!(request.url.query(), Some("sort=pushed&per_page=3"));
}

#[tokio::test]
async fn github_create_issue_posts_the_json_body() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, Some("ghp_secret"));
    let new = NewIssue {
        title: "Found a bug".into(),
        body: Some("I'm having a problem with this.".into()),
        labels: vec!["bug".into()],
        ..NewIssue::default()
    };
    let issue = github.create_issue("octocat", "Hello-World", &new).await.expect("create_issue");
    assert_eq!((issue.title.as_str(), issue.state.as_str()), ("Found a bug", "open"));
    assert_eq!(issue.label_names(), ["bug"]);

    let request = only_request(&api).await;
    assert_eq!((request.method.as_str(), request.url.path()), ("POST", "/repos/octocat/Hello-World/issues"));
    assert_eq!(header(&request, "content-type"), Some("application/json"));
    assert_eq!(header(&request, "authorization"), Some("Bearer ghp_secret"));
    let sent: Value = serde_json::from_slice(&request.body).expect("a JSON body");
    assert_eq!(sent, json!({"title": "Found a bug", "body": "I'm having a problem with this.", "labels": ["bug"]}));

    // The new issue is listed; GitHub wants a token for writes.
    let open: Vec<Issue> =
        github.list_issues("octocat", "Hello-World", None, None, None).try_collect().await.expect("list");
    assert!(open.iter().any(|i| i.number == issue.number));
    let anonymous = github_client(&api, None);
    let err = anonymous.create_issue("octocat", "Hello-World", &new).await.expect_err("needs a token");
    assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));
    // An empty title is refused with GitHub's 422 document.
    let err = github.create_issue("octocat", "Hello-World", &NewIssue::default()).await.expect_err("422");
    assert_eq!(err.status(), Some(StatusCode::UNPROCESSABLE_ENTITY));
    assert!(err.decode_body::<GitHubError>().is_some_and(|e| e.message.contains("title")));
}

#[tokio::test]
async fn github_contents_path_keeps_its_slashes_and_encodes_each_segment() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, None);
    let contents = github
        .get_contents("octocat", "Hello-World", "docs/guide/getting started.md", Some("master"))
        .await
        .expect("get_contents");
    let Contents::File(file) = contents else { panic!("a file") };
    assert_eq!(file.path, "docs/guide/getting started.md");
    let text = String::from_utf8(file.decoded_content().expect("base64")).expect("UTF-8");
    assert!(text.starts_with("# Getting started"));
    let request = only_request(&api).await;
    assert_eq!(request.url.path(), "/repos/octocat/Hello-World/contents/docs/guide/getting%20started.md");
    assert_eq!(query(&request, "ref").as_deref(), Some("master"));

    let Contents::Directory(entries) = github.get_contents("octocat", "Hello-World", "docs", None).await.expect("dir")
    else {
        panic!("a directory")
    };
    let names: Vec<(&str, &str)> = entries.iter().map(|e| (e.kind.as_str(), e.name.as_str())).collect();
    assert_eq!(names, [("dir", "guide"), ("file", "index.md")]);
    // `..` can never climb out of the contents path.
    let err = github.get_contents("octocat", "Hello-World", "docs/../../secrets", None).await.expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
}

#[tokio::test]
async fn github_readme_is_raw_text_with_the_raw_media_type() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, None);
    assert_eq!(github.get_readme("octocat", "Hello-World").await.expect("readme"), "Hello World!\n");
    let request = only_request(&api).await;
    let accepts: Vec<&str> = request.headers.get_all("accept").iter().filter_map(|v| v.to_str().ok()).collect();
    assert_eq!(accepts, ["application/vnd.github.raw+json"], "the method's Accept replaces the trait's");
    assert_eq!(header(&request, "x-github-api-version"), Some("2022-11-28"));
}

#[tokio::test]
async fn github_release_asset_follows_the_redirect_without_the_token() {
    let (api, assets) = mock::start_github().await;
    let github = github_client(&api, Some("ghp_secret"));
    let stream = github.download_release_asset("octocat", "Hello-World", 1).await.expect("download");
    assert_eq!(stream.status(), StatusCode::OK);
    assert_eq!(stream.url().port(), assets.server().address().port().into(), "the stream comes from the storage host");
    let chunks: Vec<bytes::Bytes> = stream.try_collect().await.expect("body");
    let body: Vec<u8> = chunks.concat();
    assert_eq!(body.len(), 256 * 1024);
    assert!(body.iter().enumerate().all(|(i, b)| usize::from(*b) == i % 251));

    let first = only_request(&api).await;
    assert_eq!(header(&first, "accept"), Some("application/octet-stream"));
    assert_eq!(header(&first, "authorization"), Some("Bearer ghp_secret"));
    let second = only_request(&assets).await;
    assert!(query(&second, "X-Amz-Signature").is_some());
    assert_eq!(header(&second, "authorization"), None, "the token must not follow a redirect to another host");
}

#[tokio::test]
async fn github_lists_every_open_issue_across_pages() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, None);
    let issues: Vec<Issue> = github
        .list_issues("octocat", "Hello-World", Some(IssueState::Open), None, Some(2))
        .try_collect()
        .await
        .expect("every page");
    let numbers: Vec<u64> = issues.iter().map(|i| i.number).collect();
    assert_eq!(numbers, [9, 8, 6, 5, 4, 3, 1]);
    assert_eq!(issues.iter().filter(|i| i.is_pull_request()).count(), 1);
    let requests = api.requests().await;
    let pages: Vec<Option<String>> = requests.iter().map(|r| query(r, "page")).collect();
    assert_eq!(pages, [None, Some("2".into()), Some("3".into()), Some("4".into())]);
    assert!(
        requests
            .iter()
            .all(|r| query(r, "state").as_deref() == Some("open") && query(r, "per_page").as_deref() == Some("2"))
    );

    let bugs: Vec<Issue> = github
        .list_issues("octocat", "Hello-World", Some(IssueState::All), Some("bug"), None)
        .try_collect()
        .await
        .expect("filtered");
    assert_eq!(bugs.iter().map(|i| i.number).collect::<Vec<_>>(), [6, 1]);
    let last = api.last_request().await.expect("a request");
    assert_eq!(last.url.query(), Some("state=all&labels=bug"));

    // Each page reports the rate limit.
    let mut pages = github.list_issues("octocat", "Hello-World", None, None, Some(5)).pages();
    let page = pages.try_next().await.expect("a page").expect("not empty");
    assert_eq!(page.rate_limit().and_then(|l| l.limit), Some(60));
}

#[tokio::test]
async fn github_search_finds_the_five_most_starred() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, None);
    let response =
        github.search_repos_page("language:rust", Some("stars"), Some("desc"), Some(5), None).await.expect("search");
    let found = response.body();
    assert_eq!(found.items.len(), 5);
    assert!(found.total_count > 5);
    let stars: Vec<u64> = found.items.iter().map(|r| r.stargazers_count).collect();
    assert!(stars.windows(2).all(|w| w[0] >= w[1]), "sorted by stars: {stars:?}");
    assert_eq!(found.items[0].full_name, "rust-lang/rust");
    assert_eq!(response.rate_limit().and_then(|l| l.limit), Some(10), "search has its own, smaller limit");
    let request = only_request(&api).await;
    assert_eq!(request.url.query(), Some("q=language%3Arust&sort=stars&order=desc&per_page=5"));

    // The same five through the paginated listing, two per page.
    let listed: Vec<Repository> = github
        .search_repos("language:rust", Some("stars"), Some("desc"), Some(2))
        .max_items(5)
        .try_collect()
        .await
        .expect("listing");
    assert_eq!(listed, found.items);
    assert_eq!(api.requests().await.len(), 1 + 3, "three pages of two hold the first five");
}

#[tokio::test]
async fn github_404_is_a_typed_error_with_the_documented_body() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, None);
    let err = github.get_user("no-such-user").await.expect_err("404");
    assert_eq!((err.kind(), err.status()), (ErrorKind::Status, Some(StatusCode::NOT_FOUND)));
    let body = err.decode_body::<GitHubError>().expect("GitHub's error document");
    assert_eq!(body.message, "Not Found");
    assert_eq!(body.documentation_url.as_deref(), Some("https://docs.github.com/rest/users/users#get-a-user"));
    let text = err.to_string();
    assert!(text.starts_with("GET /users/<username>: HTTP 404 Not Found"), "{text}");
    assert_eq!(err.attempts(), 1, "a 404 is not retried");
}

#[tokio::test]
async fn github_renamed_repository_shows_its_redirect_in_the_response() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, None);
    let response = github.get_repo("octocat", "Old-Hello-World").await.expect("followed");
    assert_eq!(response.body().full_name, "octocat/Hello-World");
    assert_eq!(response.url().path(), "/repositories/1296269");
    let history = response.history();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(history[0].url().path(), "/repos/octocat/Old-Hello-World");
}

#[tokio::test]
async fn github_503_is_retried_for_get_but_not_for_post() {
    let (api, _assets) = mock::start_github().await;
    let github = github_client(&api, Some("ghp_secret"));
    api.fail_next("GET", "/repos/octocat/Hello-World", 1, ResponseTemplate::new(503)).await;
    let repo = github.get_repo("octocat", "Hello-World").await.expect("retried");
    assert_eq!(repo.status(), StatusCode::OK);
    assert_eq!(api.requests_to("GET", "/repos/octocat/Hello-World").await.len(), 2);

    api.fail_next("POST", "/repos/octocat/Hello-World/issues", 1, ResponseTemplate::new(503)).await;
    let new = NewIssue { title: "once".into(), ..NewIssue::default() };
    let err = github.create_issue("octocat", "Hello-World", &new).await.expect_err("not retried");
    assert_eq!((err.status(), err.attempts()), (Some(StatusCode::SERVICE_UNAVAILABLE), 1));
    assert_eq!(api.requests_to("POST", "/repos/octocat/Hello-World/issues").await.len(), 1);
}

// ---------------------------------------------------------------------------
// GitLab against the mock

#[tokio::test]
async fn gitlab_project_path_travels_as_one_encoded_segment_with_the_token_in_a_header() {
    let api = mock::start_gitlab().await;
    let gitlab = gitlab_client(&api, Some("glpat-secret"));
    let project = gitlab.get_project("my-group/my-subgroup/my-project").await.expect("get_project");
    assert_eq!((project.id, project.path_with_namespace.as_str()), (42, "my-group/my-subgroup/my-project"));
    let request = only_request(&api).await;
    assert_eq!(request.url.path(), "/api/v4/projects/my-group%2Fmy-subgroup%2Fmy-project");
    assert_eq!(header(&request, "private-token"), Some("glpat-secret"));
    assert_eq!(header(&request, "authorization"), None);
    assert_eq!(request.url.query(), None, "never ?private_token=");

    let by_id = gitlab.get_project("42").await.expect("by id");
    assert_eq!(by_id, project);
    let dotted = gitlab.get_project("group.with.dots/project").await.expect_err("unknown");
    assert_eq!(dotted.status(), Some(StatusCode::NOT_FOUND));
    let last = api.last_request().await.expect("a request");
    assert_eq!(last.url.path(), "/api/v4/projects/group.with.dots%2Fproject");
}

#[tokio::test]
async fn gitlab_private_project_needs_the_token() {
    let api = mock::start_gitlab().await;
    let err = gitlab_client(&api, None).get_project("secret-group/internal-tools").await.expect_err("hidden");
    assert_eq!((err.kind(), err.status()), (ErrorKind::Status, Some(StatusCode::NOT_FOUND)));
    assert_eq!(err.decode_body::<GitLabError>().map(|e| e.text()).as_deref(), Some("404 Project Not Found"));
    let project =
        gitlab_client(&api, Some("glpat-secret")).get_project("secret-group/internal-tools").await.expect("visible");
    assert_eq!(project.visibility.as_deref(), Some("private"));
    let err = gitlab_client(&api, Some(REVOKED_TOKEN)).get_project("42").await.expect_err("401");
    assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));
}

#[tokio::test]
async fn gitlab_issues_follow_x_next_page() {
    let api = mock::start_gitlab().await;
    let gitlab = gitlab_client(&api, None);
    let mut pages = gitlab.list_issues("my-group/my-subgroup/my-project", Some("opened"), None).pages();
    let mut sizes = Vec::new();
    let mut next_pages = Vec::new();
    let mut iids = Vec::new();
    while let Some(page) = pages.try_next().await.expect("page") {
        sizes.push(page.items().len());
        next_pages.push(page.headers().get("x-next-page").and_then(|v| v.to_str().ok()).unwrap_or("?").to_owned());
        iids.extend(page.items().iter().map(|i| i.iid));
    }
    assert_eq!(sizes, [20, 20, 2]);
    assert_eq!(next_pages, ["2", "3", ""]);
    assert_eq!(iids.len(), 42);
    assert!(!iids.iter().any(|iid| [5, 17, 30].contains(iid)), "closed issues are filtered out");

    let requests = api.requests().await;
    assert_eq!(requests.len(), 3);
    for (n, request) in requests.iter().enumerate() {
        assert_eq!(request.url.path(), "/api/v4/projects/my-group%2Fmy-subgroup%2Fmy-project/issues");
        assert_eq!(query(request, "page"), Some((n + 1).to_string()));
        assert_eq!(query(request, "per_page").as_deref(), Some("20"));
        assert_eq!(query(request, "state").as_deref(), Some("opened"));
    }

    let labelled: Vec<GitLabIssue> =
        gitlab.list_issues("42", None, Some("bug,priority::high")).try_collect().await.expect("filtered");
    assert!(!labelled.is_empty());
    assert!(labelled.iter().all(|i| i.labels.iter().any(|l| l == "priority::high")));
}

#[tokio::test]
async fn gitlab_create_issue_posts_json_with_the_token() {
    let api = mock::start_gitlab().await;
    let gitlab = gitlab_client(&api, Some("glpat-secret"));
    let new = NewGitLabIssue {
        title: "Issues with auth".into(),
        description: Some("Users cannot sign in.".into()),
        labels: vec!["bug".into(), "auth".into()],
        ..NewGitLabIssue::default()
    };
    let issue = gitlab.create_issue("my-group/my-subgroup/my-project", &new).await.expect("created");
    assert_eq!((issue.iid, issue.project_id, issue.state.as_str()), (46, 42, "opened"));
    assert_eq!(issue.labels, ["bug", "auth"]);
    let request = only_request(&api).await;
    assert_eq!(
        (request.method.as_str(), request.url.path()),
        ("POST", "/api/v4/projects/my-group%2Fmy-subgroup%2Fmy-project/issues")
    );
    assert_eq!(header(&request, "private-token"), Some("glpat-secret"));
    assert_eq!(header(&request, "content-type"), Some("application/json"));
    let sent: Value = serde_json::from_slice(&request.body).expect("JSON");
    assert_eq!(
        sent,
        json!({"title": "Issues with auth", "description": "Users cannot sign in.", "labels": ["bug", "auth"]})
    );

    let err = gitlab_client(&api, None).create_issue("42", &new).await.expect_err("needs a token");
    assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));
    let err = gitlab.create_issue("42", &NewGitLabIssue::default()).await.expect_err("no title");
    assert_eq!(err.decode_body::<GitLabError>().map(|e| e.text()).as_deref(), Some("title is missing"));
}

#[tokio::test]
async fn gitlab_projects_use_keyset_pagination() {
    let api = mock::start_gitlab().await;
    let gitlab = gitlab_client(&api, Some("glpat-secret"));
    let projects: Vec<Project> = gitlab.list_projects(Some(2), None, None, None).try_collect().await.expect("listing");
    let ids: Vec<u64> = projects.iter().map(|p| p.id).collect();
    assert_eq!(ids, [3, 7, 42, 13_083, 250_833, 278_964]);
    let requests = api.requests().await;
    let after: Vec<Option<String>> = requests.iter().map(|r| query(r, "id_after")).collect();
    assert_eq!(after, [None, Some("7".into()), Some("13083".into())]);
    for request in &requests {
        assert_eq!(request.url.path(), "/api/v4/projects");
        assert_eq!(query(request, "pagination").as_deref(), Some("keyset"));
        assert_eq!(query(request, "order_by").as_deref(), Some("id"));
        assert_eq!(query(request, "sort").as_deref(), Some("asc"));
    }
    assert!(
        requests[0].url.query().is_some_and(|q| q.starts_with("pagination=keyset&order_by=id&sort=asc&per_page=2"))
    );

    let public: Vec<Project> =
        gitlab_client(&api, None).list_projects(None, Some("gitlab"), None, None).try_collect().await.expect("public");
    assert_eq!(public.len(), 3);
}

#[tokio::test]
async fn gitlab_upload_is_multipart_form_data() {
    let api = mock::start_gitlab().await;
    let gitlab = gitlab_client(&api, Some("glpat-secret"));
    let file = Part::bytes(&b"# Notes\n"[..]).file_name("notes.md").content_type("text/markdown");
    let upload = gitlab.upload_file("42", file).await.expect("uploaded");
    assert!(upload.markdown.starts_with("[notes.md](/uploads/"), "{}", upload.markdown);
    assert_eq!(upload.alt, "notes");

    let request = only_request(&api).await;
    assert_eq!(request.url.path(), "/api/v4/projects/42/uploads");
    let content_type = header(&request, "content-type").expect("content type");
    let boundary = multer::parse_boundary(content_type).expect("multipart/form-data with a boundary");
    let body = bytes::Bytes::from(request.body.clone());
    let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut form = multer::Multipart::new(stream, boundary);
    let field = form.next_field().await.expect("readable").expect("one part");
    assert_eq!((field.name(), field.file_name()), (Some("file"), Some("notes.md")));
    assert_eq!(field.content_type().map(ToString::to_string).as_deref(), Some("text/markdown"));
    assert_eq!(field.bytes().await.expect("content").as_ref(), b"# Notes\n");
    assert!(form.next_field().await.expect("readable").is_none());
}

#[tokio::test]
async fn gitlab_429_waits_for_retry_after_and_refuses_a_wait_too_long() {
    let api = mock::start_gitlab().await;
    let gitlab = gitlab_client(&api, None);
    let limited = |after: &str| {
        ResponseTemplate::new(429).insert_header("retry-after", after).insert_header("ratelimit-remaining", "0")
    };
    api.fail_next("GET", "/api/v4/projects/42", 1, limited("1")).await;
    let started = Instant::now();
    gitlab.get_project("42").await.expect("after the wait");
    assert!(started.elapsed() >= Duration::from_millis(950), "waited {:?}", started.elapsed());
    assert_eq!(api.requests_to("GET", "/api/v4/projects/42").await.len(), 2);

    api.fail_next("GET", "/api/v4/projects/42", 1, limited("3600")).await;
    let started = Instant::now();
    let err = gitlab.get_project("42").await.expect_err("an hour is too long");
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!((err.kind(), err.retry_after()), (ErrorKind::RateLimited, Some(Duration::from_secs(3600))));
    // GitLab's RateLimit-* headers are read on ordinary responses too.
    assert_eq!(gitlab::api_root("https://gitlab.example.com/"), "https://gitlab.example.com/api/v4");
    assert_eq!(gitlab::api_root("https://gitlab.example.com/api/v4"), "https://gitlab.example.com/api/v4");
}

// ---------------------------------------------------------------------------
// Open-Meteo against the mock

async fn open_meteo() -> (MockApi, MockApi, Weather) {
    let geocoding = mock::start_open_meteo().await;
    let forecast = mock::start_open_meteo().await;
    let weather =
        Weather::connect(&geocoding.base_url(), &forecast.base_url(), Duration::from_millis(300)).expect("clients");
    (geocoding, forecast, weather)
}

#[tokio::test]
async fn weather_asks_two_hosts_in_turn() {
    let (geocoding, forecast, weather) = open_meteo().await;
    let report = weather.fetch_weather("Berlin").await.expect("weather");
    assert_eq!((report.place.name.as_str(), report.place.country.as_deref()), ("Berlin", Some("Germany")));
    assert!(report.current.temperature_2m.is_some() && report.current.wind_speed_10m.is_some());
    assert!(report.to_string().contains("Berlin, Land Berlin, Germany"));

    let search = only_request(&geocoding).await;
    assert_eq!(search.url.path(), "/v1/search");
    assert_eq!(search.url.query(), Some("name=Berlin&count=1&language=en"));
    let asked = only_request(&forecast).await;
    assert_eq!(asked.url.path(), "/v1/forecast");
    assert_eq!(query(&asked, "latitude").as_deref(), Some("52.52437"));
    assert_eq!(query(&asked, "longitude").as_deref(), Some("13.41053"));
    assert_eq!(query(&asked, "current"), Some(weather::CURRENT_VARIABLES.join(",")));
    assert_eq!(header(&asked, "authorization"), None, "Open-Meteo needs no key");
}

#[tokio::test]
async fn weather_failures_each_have_their_own_message() {
    let (geocoding, forecast, weather) = open_meteo().await;
    let mut messages = Vec::new();

    let err = weather.fetch_weather("Atlantis").await.expect_err("unknown");
    assert!(matches!(&err, WeatherError::UnknownCity(city) if city == "Atlantis"), "{err:?}");
    messages.push(err.to_string());

    let bad = weather.forecast().forecast(91.0, 0.0, &["temperature_2m"], None).await.expect_err("400");
    let err = WeatherError::from_call(weather::Service::Forecast, bad);
    assert!(
        matches!(&err, WeatherError::Http { status, reason: Some(reason), .. }
        if *status == StatusCode::BAD_REQUEST && reason.contains("Latitude must be in range")),
        "{err:?}"
    );
    messages.push(err.to_string());

    let wrong = Weather::connect(&geocoding.base_url(), &forecast.uri(), Duration::from_secs(1)).expect("clients");
    let err = wrong.fetch_weather("Paris").await.expect_err("404");
    assert!(matches!(err, WeatherError::NotFound(weather::Service::Forecast, _)), "{err:?}");
    messages.push(err.to_string());

    forecast.fail_next("GET", "/v1/forecast", 2, mock::slow(200, Duration::from_secs(2))).await;
    let started = Instant::now();
    let err = weather.fetch_weather("Tokyo").await.expect_err("timeout");
    assert!(matches!(err, WeatherError::Timeout(weather::Service::Forecast, _)), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
    messages.push(err.to_string());

    let closed = format!("{}/v1", tests::closed_port_url());
    let unreachable = Weather::connect(&closed, &forecast.base_url(), Duration::from_secs(1)).expect("clients");
    let err = unreachable.fetch_weather("Sydney").await.expect_err("connect");
    assert!(matches!(err, WeatherError::Connect(weather::Service::Geocoding, _)), "{err:?}");
    messages.push(err.to_string());

    geocoding.fail_next("GET", "/v1/search", 2, ResponseTemplate::new(429).insert_header("retry-after", "120")).await;
    let err = weather.fetch_weather("London").await.expect_err("limited");
    assert!(matches!(err, WeatherError::RateLimited(weather::Service::Geocoding, _)), "{err:?}");
    messages.push(err.to_string());

    let mut distinct = messages.clone();
    distinct.sort_by_key(|m| m.split_whitespace().take(4).collect::<Vec<_>>().join(" "));
    distinct.dedup_by_key(|m| m.split_whitespace().take(4).collect::<Vec<_>>().join(" "));
    assert_eq!(distinct.len(), messages.len(), "each failure reads differently: {messages:#?}");
}

#[tokio::test]
async fn weather_clients_can_be_built_by_hand() {
    let api = mock::start_open_meteo().await;
    let weather = Weather::new(
        GeocodingClient::builder().base_url(&api.base_url()).build().expect("geocoding"),
        ForecastClient::builder().base_url(&api.base_url()).build().expect("forecast"),
    );
    let report = weather.fetch_weather("zurich").await.expect("alias");
    assert_eq!(report.place.name, "Zürich");
    assert_eq!(api.requests().await.len(), 2, "one host may serve both APIs");
}

// ---------------------------------------------------------------------------
// JSONPlaceholder against the mock

#[tokio::test]
async fn jsonplaceholder_five_verbs() {
    let api = mock::start_jsonplaceholder().await;
    let posts = JsonPlaceholderClient::builder().base_url(&api.base_url()).build().expect("client");

    let first = posts.get_post(1).await.expect("GET");
    assert_eq!((first.id, first.user_id), (1, 1));
    assert!(first.title.starts_with("sunt aut facere"));
    assert_eq!(posts.list_posts(Some(2)).await.expect("GET list").len(), 10);
    assert_eq!(posts.find_post(1000).await.expect("404 is None"), None);

    let new = NewPost { user_id: 1, title: "foo".into(), body: "bar".into() };
    let created = posts.create_post(&new).await.expect("POST");
    assert_eq!(created, Post { user_id: 1, id: 101, title: "foo".into(), body: "bar".into() });

    let replacement = Post { user_id: 1, id: 1, title: "foo".into(), body: "bar".into() };
    assert_eq!(posts.replace_post(1, &replacement).await.expect("PUT"), replacement);

    let patch = PostPatch { title: Some("foo".into()), body: None };
    let patched = posts.update_post(1, &patch).await.expect("PATCH");
    assert_eq!((patched.title.as_str(), patched.body.as_str()), ("foo", first.body.as_str()));

    posts.delete_post(1).await.expect("DELETE");

    let requests = api.requests().await;
    let seen: Vec<(String, String, String)> = requests
        .iter()
        .map(|r| (r.method.to_string(), r.url.path().to_owned(), String::from_utf8_lossy(&r.body).into_owned()))
        .collect();
    let expected = [
        ("GET", "/posts/1", ""),
        ("GET", "/posts", ""),
        ("GET", "/posts/1000", ""),
        ("POST", "/posts", r#"{"userId":1,"title":"foo","body":"bar"}"#),
        ("PUT", "/posts/1", r#"{"userId":1,"id":1,"title":"foo","body":"bar"}"#),
        ("PATCH", "/posts/1", r#"{"title":"foo"}"#),
        ("DELETE", "/posts/1", ""),
    ];
    let expected: Vec<(String, String, String)> =
        expected.iter().map(|(m, p, b)| ((*m).to_owned(), (*p).to_owned(), (*b).to_owned())).collect();
    assert_eq!(seen, expected);
    assert_eq!(requests[1].url.query(), Some("userId=2"));
    for write in &requests[3..6] {
        assert_eq!(header(write, "content-type"), Some("application/json"));
    }
}

// ---------------------------------------------------------------------------
// The demo

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_runs_offline_and_tells_its_story() {
    let started = Instant::now();
    let mut output = Vec::new();
    examples::demo::run(&mut output).await.expect("the demo succeeds");
    let text = String::from_utf8(output).expect("UTF-8");
    for expected in [
        "== 1. Calls",
        "server got: GET /users/octocat",
        "x-github-api-version: 2022-11-28",
        "server got: GET /repos/octocat/Hello-World/contents/docs/guide/getting%20started.md",
        "authorization: (not sent: the token stays with the API's origin)",
        "server got: GET /api/v4/projects/my-group%2Fmy-subgroup%2Fmy-project",
        "== 2. Listings across pages",
        "x-next-page \"\"",
        "id_after=7",
        "== 3. A typed 404",
        "err.kind()    Status",
        "err.status()  404 Not Found",
        "message \"Not Found\"",
        "== 4. A 503, retried",
        "the server saw 2 requests",
        "Err after 1 attempt",
        "== 5. A rate limit, waited out",
        "kind RateLimited",
        "== 6. A multipart upload",
        "multipart/form-data; boundary=",
        "filename=\"notes.md\"",
        "== 7. A Response<T> and its metadata",
        "redirected   301 Moved Permanently from /repos/octocat/Old-Hello-World",
        "rate limit   ",
        "== 8. Conditional requests: a 304 served from the cache, the quota unchanged",
        "get_repo, call 1      Miss",
        "get_repo, call 2      Revalidated",
        "pages Revalidated Revalidated",
        "== 9. One message per kind of failure",
        "no place called \"Atlantis\" was found",
        "did not answer in time",
        "could not connect to the geocoding service",
        "== 9. Credentials that expire",
        "= 5 pages, no error;",
        "token exchanges, each with a fresh JWT",
        "= 3 pages, no error;",
        "refresh token rotated: true",
        "== Event streams: server-sent events and JSON Lines",
        "the stream says: done.",
        "finish_reason stop; the stream ended at data: [DONE]",
        "accept: text/event-stream",
        "DELETED   web-7d4b9c",
    ] {
        assert!(text.contains(expected), "the demo output lacks {expected:?}:\n{text}");
    }
    let quota_after = |call: &str| {
        let line = text.lines().find(|l| l.contains(call)).expect("the call's line");
        line.split("rate limit").nth(1).expect("a rate limit").trim().to_owned()
    };
    assert_eq!(quota_after("get_repo, call 1"), quota_after("get_repo, call 2"), "a 304 costs no quota:\n{text}");
    assert!(!text.contains(examples::demo::DEMO_GITHUB_TOKEN), "the demo must not print a token");
    assert!(!text.contains(examples::demo::DEMO_GITLAB_TOKEN), "the demo must not print a token");
    // About 5 s: the credentials section waits for tokens to expire.
    assert!(started.elapsed() < Duration::from_secs(15), "the demo took {:?}", started.elapsed());
}

#[test]
fn github_repo_names_split() {
    assert_eq!(github::split_repo("octocat/Hello-World"), Some(("octocat", "Hello-World")));
    for bad in ["octocat", "/x", "x/", "a/b/c"] {
        assert_eq!(github::split_repo(bad), None, "{bad}");
    }
}
