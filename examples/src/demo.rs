//! The offline tour behind `cargo run --example demo`.
//!
//! [`run`] starts the mock servers of [`crate::mock`], points the example
//! clients at them and prints what happens: plain calls and what the
//! servers received, listings across pages (GitHub's `Link`, GitLab's
//! `x-next-page` and keyset pagination), a typed 404, a 503 that is
//! retried, a rate limit that is waited out, a multipart upload, a
//! `Response<T>` with its metadata, a 304 served from the response cache
//! with the quota unchanged, the weather example's error messages, event
//! streams (a chat answer printed token by token, a Kubernetes-style watch
//! as JSON Lines), and credentials that expire: a GitHub App's installation
//! tokens and GitLab OAuth tokens, refreshed while a listing runs. It needs
//! no network and no real token, and takes about five seconds.

use std::io::Write;
use std::time::{Duration, Instant};

use client_runtime::cache::Cache;
use client_runtime::{Part, RetryPolicy};
use futures::TryStreamExt as _;
use wiremock::{Request, ResponseTemplate};

use crate::cli::{describe_rate_limit, first_line, thousands};
use crate::github::{GitHub, GitHubClient, GitHubError, IssueState, NewIssue};
use crate::gitlab::{GitLab, GitLabClient, NewGitLabIssue};
use crate::jsonplaceholder::{JsonPlaceholder, JsonPlaceholderClient, NewPost, PostPatch};
use crate::mock::{MockApi, Mocks};
use crate::weather::{Forecast as _, ForecastClient, GeocodingClient, Service, Weather, WeatherError};

/// What can stop the demo: a call that was expected to succeed failed, or
/// the output could not be written.
pub type DemoError = Box<dyn std::error::Error + Send + Sync>;

/// The token the demo's GitHub client sends (the mock accepts any).
pub const DEMO_GITHUB_TOKEN: &str = "ghp_demo0token0for0the0mock0server000000";
/// The token the demo's GitLab client sends as `PRIVATE-TOKEN`.
pub const DEMO_GITLAB_TOKEN: &str = "glpat-demo-token-for-the-mock";

macro_rules! say {
    ($out:expr) => { writeln!($out)? };
    ($out:expr, $($arg:tt)*) => { writeln!($out, $($arg)*)? };
}

mod auth;
mod streams;

/// Runs the whole tour against fresh mock servers, writing to `out`.
pub async fn run(out: &mut (dyn Write + Send)) -> Result<(), DemoError> {
    let started = Instant::now();
    let mocks = Mocks::start().await;
    say!(out, "client-runtime demo: typed clients for GitHub, GitLab, Open-Meteo and JSONPlaceholder,");
    say!(out, "each declared as an annotated trait, talking to mock servers on 127.0.0.1 (no network, no token).");
    say!(out, "  GitHub      {}", mocks.github.base_url());
    say!(out, "  GitLab      {}", mocks.gitlab.base_url());
    say!(out, "  Open-Meteo  {} (geocoding), {} (forecast)", mocks.geocoding.base_url(), mocks.forecast.base_url());
    say!(out, "  JSONPlaceholder {}", mocks.jsonplaceholder.base_url());

    // Short backoffs so that the retries below take milliseconds.
    let retry =
        RetryPolicy::default().initial_backoff(Duration::from_millis(50)).max_backoff(Duration::from_millis(200));
    let github = GitHubClient::builder()
        .base_url(&mocks.github.base_url())
        .bearer_auth(DEMO_GITHUB_TOKEN)
        .user_agent("client-runtime-demo/0.1")
        .retry(retry.clone())
        .build()?;
    let gitlab = GitLabClient::builder()
        .base_url(&mocks.gitlab.base_url())
        .api_key("PRIVATE-TOKEN", DEMO_GITLAB_TOKEN)
        .user_agent("client-runtime-demo/0.1")
        .retry(retry.clone())
        .build()?;
    let weather = Weather::new(
        GeocodingClient::builder().base_url(&mocks.geocoding.base_url()).retry(retry.clone()).build()?,
        ForecastClient::builder().base_url(&mocks.forecast.base_url()).retry(retry).build()?,
    );
    let posts = JsonPlaceholderClient::builder().base_url(&mocks.jsonplaceholder.base_url()).build()?;

    calls(out, &mocks, &github, &gitlab, &weather, &posts).await?;
    pagination(out, &github, &gitlab).await?;
    typed_404(out, &github, &posts).await?;
    retried_503(out, &mocks, &github).await?;
    rate_limit_wait(out, &mocks, &gitlab).await?;
    multipart(out, &mocks, &gitlab).await?;
    response_metadata(out, &github).await?;
    conditional_requests(out, &mocks).await?;
    weather_errors(out, &mocks).await?;
    auth::expiring_credentials(out).await?;
    streams::event_streams(out).await?;

    section(out, "Done")?;
    say!(
        out,
        "The tour took {:.1} s. Try the programs too, offline with --mock or against the real APIs:",
        started.elapsed().as_secs_f64()
    );
    say!(out, "  cargo run --example github -- --mock issues octocat/Hello-World");
    say!(out, "  cargo run --example gitlab -- --mock project my-group/my-subgroup/my-project");
    say!(out, "  cargo run --example weather -- --mock Zurich");
    say!(out, "  cargo run --example jsonplaceholder -- --mock get 1");
    say!(out, "  cargo run --example chat -- --mock \"Write a haiku about streams\"");
    Ok(())
}

fn section(out: &mut (dyn Write + Send), title: &str) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "== {title} {}", "=".repeat(72_usize.saturating_sub(title.len() + 4)))
}

/// `GET /path?query`, as the server received it (still percent-encoded).
fn target(request: &Request) -> String {
    match request.url.query() {
        Some(query) => format!("{} {}?{query}", request.method, request.url.path()),
        None => format!("{} {}", request.method, request.url.path()),
    }
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// Prints what the server received, credentials masked.
fn show_received(out: &mut (dyn Write + Send), request: &Request, headers: &[&str]) -> std::io::Result<()> {
    writeln!(out, "    server got: {}", target(request))?;
    for name in headers {
        let value = match header(request, name) {
            None => "(not sent)".to_owned(),
            Some(value) if matches!(*name, "authorization" | "private-token") => mask(value),
            Some(value) => value.to_owned(),
        };
        writeln!(out, "                {name}: {value}")?;
    }
    Ok(())
}

/// `Bearer ghp_demo…` : enough to recognise, not enough to use.
fn mask(secret: &str) -> String {
    let shown: String = secret.chars().take(secret.find(' ').map_or(0, |i| i + 1) + 4).collect();
    format!("{shown}… ({} characters)", secret.chars().count())
}

async fn last(api: &MockApi) -> Result<Request, DemoError> {
    api.last_request().await.ok_or_else(|| "the mock server received nothing".into())
}

async fn calls(
    out: &mut (dyn Write + Send),
    mocks: &Mocks,
    github: &GitHubClient,
    gitlab: &GitLabClient,
    weather: &Weather,
    posts: &JsonPlaceholderClient,
) -> Result<(), DemoError> {
    section(out, "1. Calls")?;

    let response = github.get_user("octocat").await?;
    let user = response.body();
    say!(out, "github.get_user(\"octocat\")");
    show_received(
        out,
        &last(&mocks.github).await?,
        &["accept", "x-github-api-version", "authorization", "user-agent"],
    )?;
    say!(
        out,
        "    → {} (@{}), {}, {} public repos, {} followers",
        user.name.as_deref().unwrap_or("?"),
        user.login,
        user.location.as_deref().unwrap_or("?"),
        user.public_repos.unwrap_or(0),
        thousands(user.followers.unwrap_or(0))
    );

    let repos = github.get_repos("octocat", Some("pushed"), Some(3)).await?;
    say!(out, "github.get_repos(\"octocat\", sort = pushed, per_page = 3)");
    show_received(out, &last(&mocks.github).await?, &[])?;
    let names: Vec<String> = repos.iter().map(|r| format!("{} ★ {}", r.name, thousands(r.stargazers_count))).collect();
    say!(out, "    → {}", names.join(", "));

    let new = NewIssue {
        title: "Greeting has a typo".into(),
        body: Some("It says *Wolrd*.".into()),
        labels: vec!["bug".into()],
        ..NewIssue::default()
    };
    let issue = github.create_issue("octocat", "Hello-World", &new).await?;
    let received = last(&mocks.github).await?;
    say!(out, "github.create_issue(\"octocat\", \"Hello-World\", &NewIssue {{ .. }})");
    show_received(out, &received, &["content-type"])?;
    say!(out, "                body: {}", String::from_utf8_lossy(&received.body));
    say!(out, "    → #{} {:?} ({}), labels {:?}", issue.number, issue.title, issue.state, issue.label_names());

    let contents = github.get_contents("octocat", "Hello-World", "docs/guide/getting started.md", None).await?;
    say!(
        out,
        "github.get_contents(\"octocat\", \"Hello-World\", \"docs/guide/getting started.md\")   <path..>: slashes kept"
    );
    show_received(out, &last(&mocks.github).await?, &[])?;
    if let crate::github::Contents::File(file) = &contents {
        let text = file.decoded_content().map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        say!(
            out,
            "    → a {} of {} bytes (base64 in JSON, decoded): {:?}",
            file.kind,
            file.size,
            first_line(&text, 40)
        );
    }

    let readme = github.get_readme("octocat", "Hello-World").await?;
    say!(out, "github.get_readme(\"octocat\", \"Hello-World\") -> Result<String>");
    show_received(out, &last(&mocks.github).await?, &["accept"])?;
    say!(out, "    → raw text, no JSON: {:?}", readme);

    let mut chunks = 0;
    let stream = github.download_release_asset("octocat", "Hello-World", 1).await?;
    let final_host = stream.url().host_str().map(str::to_owned).unwrap_or_default();
    let final_port = stream.url().port().unwrap_or(0);
    let mut stream = stream;
    let mut bytes = 0;
    while let Some(chunk) = stream.try_next().await? {
        chunks += 1;
        bytes += chunk.len();
    }
    say!(out, "github.download_release_asset(\"octocat\", \"Hello-World\", 1) -> Result<ByteStream>");
    show_received(out, &last(&mocks.github).await?, &["accept", "authorization"])?;
    say!(out, "    ← 302 Found, Location: the storage host ({final_host}:{final_port}), followed");
    let asset = last(&mocks.github_assets).await?;
    say!(out, "    storage got: GET {}?X-Amz-Signature=…", asset.url.path());
    say!(
        out,
        "                authorization: {}",
        header(&asset, "authorization").map_or("(not sent: the token stays with the API's origin)", |_| "SENT")
    );
    say!(out, "    → streamed {} bytes in {chunks} chunks, never held in memory at once", thousands(bytes as u64));

    let project = gitlab.get_project("my-group/my-subgroup/my-project").await?;
    say!(out, "gitlab.get_project(\"my-group/my-subgroup/my-project\")   <id>: one encoded segment");
    let received = last(&mocks.gitlab).await?;
    show_received(out, &received, &["private-token"])?;
    say!(
        out,
        "                query token: {}",
        if received.url.query_pairs().any(|(k, _)| k == "private_token") {
            "SENT"
        } else {
            "none (the header carries it)"
        }
    );
    say!(
        out,
        "    → project {} {:?}, {} open issues, ★ {}",
        project.id,
        project.path_with_namespace,
        project.open_issues_count.unwrap_or(0),
        project.star_count
    );

    let new = NewGitLabIssue {
        title: "Document the encoded project path".into(),
        description: Some("`group%2Fsubgroup%2Fproject`, not slashes.".into()),
        labels: vec!["documentation".into(), "good first issue".into()],
        ..NewGitLabIssue::default()
    };
    let created = gitlab.create_issue("42", &new).await?;
    let received = last(&mocks.gitlab).await?;
    say!(out, "gitlab.create_issue(\"42\", &NewGitLabIssue {{ .. }})");
    show_received(out, &received, &[])?;
    say!(out, "                body: {}", String::from_utf8_lossy(&received.body));
    say!(out, "    → #{} {:?} ({}), labels {:?}", created.iid, created.title, created.state, created.labels);

    let report = weather.fetch_weather("Berlin").await?;
    say!(out, "weather.fetch_weather(\"Berlin\"): two APIs on two hosts");
    say!(out, "    geocoding got: {}", target(&last(&mocks.geocoding).await?));
    say!(out, "    forecast got:  {}", target(&last(&mocks.forecast).await?));
    for line in report.to_string().lines() {
        say!(out, "    → {}", line.trim());
    }

    say!(out, "jsonplaceholder: the five verbs on /posts");
    let post = posts.get_post(1).await?;
    say!(out, "    GET    /posts/1  → post {} by user {}: {:?}", post.id, post.user_id, first_line(&post.title, 40));
    let new =
        NewPost { user_id: 7, title: "Typed clients".into(), body: "Declared once, checked at compile time.".into() };
    let created = posts.create_post(&new).await?;
    say!(out, "    POST   /posts    → 201 Created, id {} (the service always answers 101)", created.id);
    let replaced =
        posts.replace_post(1, &crate::jsonplaceholder::Post { title: "Replaced".into(), ..post.clone() }).await?;
    say!(out, "    PUT    /posts/1  → title {:?}, body kept as sent", replaced.title);
    let patch = PostPatch { title: Some("Patched".into()), body: None };
    let patched = posts.update_post(1, &patch).await?;
    say!(out, "    PATCH  /posts/1  → title {:?}, body untouched ({:?})", patched.title, first_line(&patched.body, 20));
    posts.delete_post(1).await?;
    say!(out, "    DELETE /posts/1  → 200 OK, Result<()>");
    Ok(())
}

async fn pagination(
    out: &mut (dyn Write + Send),
    github: &GitHubClient,
    gitlab: &GitLabClient,
) -> Result<(), DemoError> {
    section(out, "2. Listings across pages")?;

    say!(out, "github.list_issues(\"octocat\", \"Hello-World\", state = open, per_page = 3): Link: rel=\"next\"");
    let mut pages = github.list_issues("octocat", "Hello-World", Some(IssueState::Open), None, Some(3)).pages();
    let (mut total, mut pulls, mut count) = (0, 0, 0);
    while let Some(page) = pages.try_next().await? {
        count += 1;
        let numbers: Vec<String> = page.items().iter().map(|i| format!("#{}", i.number)).collect();
        let has_next =
            page.headers().get("link").and_then(|l| l.to_str().ok()).is_some_and(|l| l.contains("rel=\"next\""));
        say!(
            out,
            "    page {count}: ?{:<30} {} issues {:<14} {}",
            page.url().query().unwrap_or(""),
            page.items().len(),
            numbers.join(" "),
            if has_next { "next →" } else { "(last)" }
        );
        total += page.items().len();
        pulls += page.items().iter().filter(|i| i.is_pull_request()).count();
    }
    say!(out, "    = {total} open issues over {count} pages, {pulls} of them a pull request");

    say!(out, "gitlab.list_issues(\"my-group/my-subgroup/my-project\", state = opened): x-next-page, 20 per page");
    let mut pages = gitlab.list_issues("my-group/my-subgroup/my-project", Some("opened"), None).pages();
    let (mut total, mut count) = (0, 0);
    while let Some(page) = pages.try_next().await? {
        count += 1;
        let head = |name: &str| page.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
        let first = page.items().first().map_or(0, |i| i.iid);
        let last_iid = page.items().last().map_or(0, |i| i.iid);
        say!(
            out,
            "    page {count}: ?{:<32} {:>2} issues (#{first}..#{last_iid})  x-page {} x-next-page {:<3} x-total {}",
            page.url().query().unwrap_or(""),
            page.items().len(),
            head("x-page"),
            format!("{:?}", head("x-next-page")),
            head("x-total")
        );
        total += page.items().len();
    }
    say!(out, "    = {total} open issues over {count} pages; an empty x-next-page ended the listing");

    say!(
        out,
        "gitlab.list_projects(per_page = 2): keyset pagination, /projects?pagination=keyset&order_by=id&sort=asc"
    );
    let mut pages = gitlab.list_projects(Some(2), None, None, None).pages();
    let mut count = 0;
    while let Some(page) = pages.try_next().await? {
        count += 1;
        let names: Vec<String> = page.items().iter().map(|p| format!("{} {}", p.id, p.path_with_namespace)).collect();
        let after = page.url().query_pairs().find(|(k, _)| k == "id_after").map(|(_, v)| format!("id_after={v}"));
        say!(out, "    page {count}: {:<14} {}", after.unwrap_or_else(|| "(first)".into()), names.join(", "));
    }
    Ok(())
}

async fn typed_404(
    out: &mut (dyn Write + Send),
    github: &GitHubClient,
    posts: &JsonPlaceholderClient,
) -> Result<(), DemoError> {
    section(out, "3. A typed 404")?;
    let Err(err) = github.get_user("no-such-user-42").await else {
        return Err("the mock was expected to answer 404".into());
    };
    say!(out, "github.get_user(\"no-such-user-42\") returned Err(err):");
    say!(out, "    err.kind()    {:?} ({})", err.kind(), err.kind());
    say!(out, "    err.status()  {}", err.status().map(|s| s.to_string()).unwrap_or_default());
    match err.decode_body::<GitHubError>() {
        Some(body) => say!(
            out,
            "    err.decode_body::<GitHubError>()  message {:?}, documentation_url {:?}",
            body.message,
            body.documentation_url.unwrap_or_default()
        ),
        None => say!(out, "    err.decode_body::<GitHubError>()  None"),
    }
    say!(out, "    Display       {err}");
    let missing = posts.find_post(9_999).await?;
    say!(out, "jsonplaceholder.find_post(9999) -> Result<Option<Post>>: the same 404 is Ok({missing:?})");
    Ok(())
}

async fn retried_503(out: &mut (dyn Write + Send), mocks: &Mocks, github: &GitHubClient) -> Result<(), DemoError> {
    section(out, "4. A 503, retried")?;
    let path = "/repos/octocat/Hello-World";
    let unavailable = || {
        ResponseTemplate::new(503)
            .set_body_raw(r#"{"message":"Service Unavailable"}"#, "application/json; charset=utf-8")
    };
    mocks.github.fail_next("GET", path, 1, unavailable()).await;
    let before = mocks.github.requests_to("GET", path).await.len();
    let started = Instant::now();
    let repo = github.get_repo("octocat", "Hello-World").await?;
    let seen = mocks.github.requests_to("GET", path).await.len() - before;
    say!(out, "the GitHub mock answers the next GET {path} with 503 Service Unavailable");
    say!(
        out,
        "github.get_repo(\"octocat\", \"Hello-World\") → {} {} ★ {} in {:.0} ms",
        repo.status(),
        repo.body().full_name,
        thousands(repo.body().stargazers_count),
        started.elapsed().as_secs_f64() * 1000.0
    );
    say!(out, "    the server saw {seen} requests: 503, then 200 (GET is idempotent; backoff ≤ 50 ms here)");

    let issues = "/repos/octocat/Hello-World/issues";
    mocks.github.fail_next("POST", issues, 1, unavailable()).await;
    let before = mocks.github.requests_to("POST", issues).await.len();
    let new = NewIssue { title: "Sent once".into(), ..NewIssue::default() };
    let outcome = github.create_issue("octocat", "Hello-World", &new).await;
    let seen = mocks.github.requests_to("POST", issues).await.len() - before;
    match outcome {
        Err(err) => say!(
            out,
            "github.create_issue(..) with a 503 → Err after {} attempt: a POST may have been applied, so it is not retried (server saw {seen})",
            err.attempts()
        ),
        Ok(_) => say!(out, "github.create_issue(..) unexpectedly succeeded"),
    }
    Ok(())
}

async fn rate_limit_wait(out: &mut (dyn Write + Send), mocks: &Mocks, gitlab: &GitLabClient) -> Result<(), DemoError> {
    section(out, "5. A rate limit, waited out")?;
    let path = "/api/v4/projects/278964";
    let reset = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()) + 1;
    let limited = |retry_after: &str| {
        ResponseTemplate::new(429)
            .set_body_raw("Retry later\n", "text/plain; charset=utf-8")
            .insert_header("retry-after", retry_after)
            .insert_header("ratelimit-limit", "2000")
            .insert_header("ratelimit-remaining", "0")
            .insert_header("ratelimit-reset", reset.to_string().as_str())
    };
    mocks.gitlab.fail_next("GET", path, 1, limited("1")).await;
    let before = mocks.gitlab.requests_to("GET", path).await.len();
    let started = Instant::now();
    let project = gitlab.get_project("278964").await?;
    let waited = started.elapsed();
    let seen = mocks.gitlab.requests_to("GET", path).await.len() - before;
    say!(out, "the GitLab mock answers the next GET {path} with 429 Too Many Requests, Retry-After: 1");
    say!(
        out,
        "gitlab.get_project(\"278964\") → {} after {:.2} s: the client slept as asked, then retried (server saw {seen} requests)",
        project.path_with_namespace,
        waited.as_secs_f64()
    );

    mocks.gitlab.fail_next("GET", path, 1, limited("3600")).await;
    let started = Instant::now();
    match gitlab.get_project("278964").await {
        Err(err) => say!(
            out,
            "with Retry-After: 3600 instead → Err at once ({:.0} ms): kind {:?}, retry_after {:?}, more than the policy's 60 s cap",
            started.elapsed().as_secs_f64() * 1000.0,
            err.kind(),
            err.retry_after().unwrap_or_default()
        ),
        Ok(_) => say!(out, "with Retry-After: 3600 the call unexpectedly succeeded"),
    }
    Ok(())
}

async fn multipart(out: &mut (dyn Write + Send), mocks: &Mocks, gitlab: &GitLabClient) -> Result<(), DemoError> {
    section(out, "6. A multipart upload")?;
    let notes = "Meeting notes\n- ship the examples\n- keep the demo under five seconds\n";
    let file = Part::bytes(notes.as_bytes().to_vec()).file_name("notes.md").content_type("text/markdown");
    let upload = gitlab.upload_file("my-group/my-subgroup/my-project", file).await?;
    let received = last(&mocks.gitlab).await?;
    say!(out, "gitlab.upload_file(\"my-group/my-subgroup/my-project\", Part::bytes(..).file_name(\"notes.md\"))");
    show_received(out, &received, &["content-type"])?;
    let body = String::from_utf8_lossy(&received.body);
    for line in body.lines().filter(|l| l.starts_with("Content-")) {
        say!(out, "                part: {line}");
    }
    say!(out, "                ({} bytes in all)", received.body.len());
    say!(out, "    → 201 Created, markdown to paste into an issue: {}", upload.markdown);
    Ok(())
}

async fn response_metadata(out: &mut (dyn Write + Send), github: &GitHubClient) -> Result<(), DemoError> {
    section(out, "7. A Response<T> and its metadata")?;
    let response = github.get_repo("octocat", "Old-Hello-World").await?;
    say!(
        out,
        "github.get_repo(\"octocat\", \"Old-Hello-World\") -> Result<Response<Repository>>   (a renamed repository)"
    );
    say!(out, "    status       {}", response.status());
    say!(out, "    url          {}", response.url());
    for hop in response.history() {
        say!(out, "    redirected   {} from {}", hop.status(), hop.url().path());
    }
    say!(out, "    elapsed      {:.1} ms", response.elapsed().as_secs_f64() * 1000.0);
    say!(out, "    rate limit   {}", describe_rate_limit(response.rate_limit()));
    for name in ["content-type", "x-github-request-id"] {
        if let Some(value) = response.headers().get(name).and_then(|v| v.to_str().ok()) {
            say!(out, "    {name:<12} {value}");
        }
    }
    let repo = response.body();
    say!(
        out,
        "    body         {} ({}), ★ {}, default branch {}",
        repo.full_name,
        repo.id,
        thousands(repo.stargazers_count),
        repo.default_branch.as_deref().unwrap_or("?")
    );
    Ok(())
}

async fn conditional_requests(out: &mut (dyn Write + Send), mocks: &Mocks) -> Result<(), DemoError> {
    section(out, "8. Conditional requests: a 304 served from the cache, the quota unchanged")?;
    let github = GitHubClient::builder()
        .base_url(&mocks.github.base_url())
        .bearer_auth(DEMO_GITHUB_TOKEN)
        .user_agent("client-runtime-demo/0.1")
        .cache(Cache::memory(16 * 1024 * 1024))
        .build()?;
    say!(out, "GitHubClient::builder().cache(Cache::memory(16 MiB)): GETs with an ETag are stored and revalidated");
    for round in 1..=2 {
        let response = github.get_repo("octocat", "Hello-World").await?;
        say!(
            out,
            "    get_repo, call {round}      {:<12} status {}  rate limit {}",
            format!("{:?}", response.cache_status()),
            response.status(),
            describe_rate_limit(response.rate_limit())
        );
    }
    for round in 1..=2 {
        let mut pages = github.list_issues("octocat", "Hello-World", Some(IssueState::All), None, Some(5)).pages();
        let (mut statuses, mut rate_limit, mut items) = (Vec::new(), None, 0);
        while let Some(page) = pages.try_next().await? {
            statuses.push(format!("{:?}", page.cache_status()));
            rate_limit = page.rate_limit();
            items += page.items().len();
        }
        say!(
            out,
            "    list_issues, listing {round} {items} issues, pages {}  rate limit {}",
            statuses.join(" "),
            describe_rate_limit(rate_limit)
        );
    }
    say!(out, "The second call and the second listing were answered 304: same body, no quota spent (as on GitHub).");
    Ok(())
}

async fn weather_errors(out: &mut (dyn Write + Send), mocks: &Mocks) -> Result<(), DemoError> {
    section(out, "9. One message per kind of failure (the weather example)")?;
    let timeout = Duration::from_millis(200);
    let weather = Weather::connect(&mocks.geocoding.base_url(), &mocks.forecast.base_url(), timeout)?;

    let unknown = weather.fetch_weather("Atlantis").await;
    say!(out, "unknown city        {}", message(unknown));

    let bad = weather.forecast().forecast(91.0, 13.4, crate::weather::CURRENT_VARIABLES, None).await;
    let bad = bad.map(|_| ()).map_err(|err| WeatherError::from_call(Service::Forecast, err));
    say!(out, "HTTP 400            {}", message(bad.map(|()| "unexpected success".to_owned())));

    let wrong_root = Weather::connect(&mocks.geocoding.base_url(), &mocks.forecast.uri(), timeout)?;
    say!(out, "HTTP 404            {}", message(wrong_root.fetch_weather("Paris").await));

    mocks.forecast.fail_next("GET", "/v1/forecast", 2, crate::mock::slow(200, Duration::from_secs(2))).await;
    let started = Instant::now();
    let slow = weather.fetch_weather("Tokyo").await;
    say!(out, "timeout             {}", message(slow));
    say!(out, "                    ({:.1} s: two attempts of 200 ms)", started.elapsed().as_secs_f64());

    let closed = closed_port_url();
    let unreachable = Weather::connect(&format!("{closed}/v1"), &mocks.forecast.base_url(), timeout)?;
    say!(out, "connect error       {}", message(unreachable.fetch_weather("Sydney").await));
    Ok(())
}

fn message<T: std::fmt::Display>(outcome: Result<T, WeatherError>) -> String {
    match outcome {
        Ok(value) => format!("unexpected success: {value}"),
        Err(err) => first_line(&err.to_string(), 400),
    }
}

/// `http://127.0.0.1:<port>` where nothing listens.
fn closed_port_url() -> String {
    match std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()) {
        Ok(addr) => format!("http://{addr}"),
        Err(_) => "http://127.0.0.1:1".to_owned(),
    }
}
