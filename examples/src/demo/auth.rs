//! The demo's section on credentials that expire: refreshed by a
//! `RefreshingToken` while a listing runs, against mocks whose tokens last
//! a second or two instead of hours.

use std::io::Write;
use std::time::{Duration, Instant};

use super::declared::{self, Source};
use super::{DemoError, section};
use crate::github::{GitHubClient, IssueState};
use crate::github_app::{GitHubApp, InstallationTokens, TEST_APP_PRIVATE_KEY};
use crate::gitlab::GitLabClient;
use crate::gitlab_oauth::{OAuthApp, OAuthRefresher};
use crate::mock::{
    GitHubMock, GitHubMockOptions, GitLabMock, GitLabMockOptions, TEST_APP_ID, TEST_INSTALLATION_ID,
    TEST_OAUTH_CLIENT_ID, TEST_OAUTH_CLIENT_SECRET, TEST_OAUTH_REDIRECT_URI, TEST_OAUTH_REFRESH_TOKEN,
};

/// How long the demo's installation tokens last. GitHub announces the
/// expiry in whole seconds, so the token is refreshed a second early.
const APP_TOKEN_LIFETIME: Duration = Duration::from_secs(2);
const APP_TOKEN_MARGIN: Duration = Duration::from_secs(1);
/// How long the demo's OAuth access tokens last.
const OAUTH_TOKEN_LIFETIME: Duration = Duration::from_secs(1);
const OAUTH_TOKEN_MARGIN: Duration = Duration::from_millis(200);
/// The pause between pages, so that the listing outlives a token.
const PAUSE: Duration = Duration::from_millis(300);

pub(super) async fn expiring_credentials(out: &mut (dyn Write + Send)) -> Result<(), DemoError> {
    section(out, "10. Credentials that expire")?;
    github_app(out).await?;
    gitlab_oauth(out).await
}

async fn github_app(out: &mut (dyn Write + Send)) -> Result<(), DemoError> {
    let mock = GitHubMock::start_with(GitHubMockOptions { installation_token_lifetime: APP_TOKEN_LIFETIME }).await;
    say!(out, "A GitHub App: a JWT signed with the app's key (RS256) is exchanged at");
    say!(
        out,
        "POST /app/installations/{TEST_INSTALLATION_ID}/access_tokens for a token that expires (here after 1 to 2 s)."
    );
    let app = GitHubApp::from_pem(TEST_APP_ID, TEST_APP_PRIVATE_KEY.as_bytes())?;
    let tokens =
        InstallationTokens::new(app, &mock.api.base_url(), TEST_INSTALLATION_ID).user_agent("client-runtime-demo/0.1");
    let github = GitHubClient::builder()
        .base_url(&mock.api.base_url())
        .user_agent("client-runtime-demo/0.1")
        .auth(tokens.into_provider().margin(APP_TOKEN_MARGIN))
        .build()?;
    declared::show(out, Source::GitHub, &["list_issues"])?;
    say!(out, "github.list_issues(state = all, per_page = 2), pausing {} ms between pages:", PAUSE.as_millis());
    let started = Instant::now();
    let mut pages = github.list_issues("octocat", "Hello-World", Some(IssueState::All), None, Some(2)).pages();
    let mut count = 0;
    while let Some(page) = pages.try_next().await? {
        count += 1;
        let issued = mock.probe.installation_tokens_issued();
        say!(
            out,
            "    {:>5.2} s  page {count}: {} issues   installation tokens issued so far: {issued}",
            started.elapsed().as_secs_f64(),
            page.items().len()
        );
        tokio::time::sleep(PAUSE).await;
    }
    let exchanges =
        mock.api.requests_to("POST", &format!("/app/installations/{TEST_INSTALLATION_ID}/access_tokens")).await;
    say!(
        out,
        "    = {count} pages, no error; {} token exchanges, each with a fresh JWT (the mock verified its signature)",
        exchanges.len()
    );
    Ok(())
}

async fn gitlab_oauth(out: &mut (dyn Write + Send)) -> Result<(), DemoError> {
    let mock = GitLabMock::start_with(GitLabMockOptions { access_token_lifetime: OAUTH_TOKEN_LIFETIME }).await;
    say!(out, "GitLab OAuth 2: POST /oauth/token with grant_type=refresh_token; GitLab rotates the refresh token");
    say!(out, "on every use, so the refresher keeps the new one (here access tokens last 1 s).");
    let app = OAuthApp::new(TEST_OAUTH_CLIENT_ID, TEST_OAUTH_CLIENT_SECRET, TEST_OAUTH_REDIRECT_URI);
    let refresher = OAuthRefresher::new(&mock.api.uri(), app, TEST_OAUTH_REFRESH_TOKEN)?;
    let gitlab = GitLabClient::builder()
        .base_url(&mock.api.base_url())
        .user_agent("client-runtime-demo/0.1")
        .auth(refresher.clone().into_provider().margin(OAUTH_TOKEN_MARGIN))
        .build()?;
    declared::show(out, Source::GitLab, &["list_issues"])?;
    say!(
        out,
        "gitlab.list_issues(\"42\", state = opened), 20 per page, pausing {} ms between pages:",
        PAUSE.as_millis() * 2
    );
    let started = Instant::now();
    let mut pages = gitlab.list_issues("42", Some("opened"), None).pages();
    let mut count = 0;
    while let Some(page) = pages.try_next().await? {
        count += 1;
        say!(
            out,
            "    {:>5.2} s  page {count}: {} issues   refreshes so far: {}",
            started.elapsed().as_secs_f64(),
            page.items().len(),
            mock.probe.oauth_refreshes()
        );
        tokio::time::sleep(PAUSE * 2).await;
    }
    let rotated = refresher.refresh_token().await != TEST_OAUTH_REFRESH_TOKEN;
    say!(
        out,
        "    = {count} pages, no error; {} refreshes; refresh token rotated: {rotated} (store the new one)",
        mock.probe.oauth_refreshes()
    );
    Ok(())
}
