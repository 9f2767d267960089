//! A small GitHub command-line client on `examples::github`.
//!
//! ```text
//! cargo run --example github -- user octocat
//! cargo run --example github -- search "language:rust"
//! cargo run --example github -- issues rust-lang/rust
//! cargo run --example github -- pulls rust-lang/rust
//! cargo run --example github -- --mock runs octocat/Hello-World
//! cargo run --example github -- --mock issues octocat/Hello-World   # offline
//! cargo run --example github -- --mock poll octocat/Hello-World     # polling with the cache on
//! ```
//!
//! The client caches responses: a repeated call revalidates with
//! `If-None-Match`, and GitHub's 304 costs no quota.

use std::process::ExitCode;

use std::time::Duration;

use client_runtime::Result;
use client_runtime::cache::{Cache, CacheStatus};
use examples::cli::{self, Args, thousands};
use examples::github::{self, GitHubClient, IssueState, Repository};
use futures::TryStreamExt as _;

const USAGE: &str = "\
usage: github [OPTIONS] COMMAND

commands:
  user NAME           a user's profile
  repos NAME          a user's public repositories, most recently pushed first
  search QUERY        the most-starred repositories matching QUERY, e.g. \"language:rust http\"
  issues OWNER/REPO   every open issue of a repository, across all pages
  pulls OWNER/REPO    pull requests (--state), across all pages
  releases OWNER/REPO releases, newest first, with their assets
  runs OWNER/REPO     the latest Actions workflow runs (--limit, default 10)
  poll OWNER/REPO     list the open issues again and again; unchanged pages are answered 304
                      from the cache and cost no quota

options:
  --base-url URL      the API root (default: $GITHUB_API_URL, else https://api.github.com;
                      GitHub Enterprise: https://HOST/api/v3)
  --mock              answer from the embedded mock server (no network, no token)
  --limit N           search: how many results (default 5); runs: how many (default 10)
  --state STATE       issues, pulls: open (default), closed or all
  --labels A,B        issues: only those with all these labels
  --every SECS        poll: seconds between rounds (default 60; 1 with --mock)
  --rounds N          poll: how many rounds (default: until interrupted; 3 with --mock)

environment:
  GITHUB_TOKEN        a token (optional; raises the rate limit from 60 to 5,000 requests an hour)";

#[tokio::main]
async fn main() -> ExitCode {
    let args = match Args::parse(
        std::env::args().skip(1),
        &["--base-url", "--limit", "--state", "--labels", "--every", "--rounds"],
        &["--mock"],
    ) {
        Ok(args) => args,
        Err(problem) => return cli::usage_error(USAGE, &problem),
    };
    if args.has("--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let [command, target] = args.positionals() else {
        return cli::usage_error(USAGE, "expected a command and its argument");
    };

    // With --mock, the servers live until main returns.
    let mocks = if args.has("--mock") { Some(examples::mock::start_github().await) } else { None };
    let base_url = match &mocks {
        Some((api, _assets)) => api.base_url(),
        None => args
            .value("--base-url")
            .map(str::to_owned)
            .or_else(|| cli::env_var("GITHUB_API_URL"))
            .unwrap_or_else(|| github::DEFAULT_BASE_URL.to_owned()),
    };
    let mut builder = GitHubClient::builder()
        .base_url(&base_url)
        .user_agent(concat!("client-runtime-examples/", env!("CARGO_PKG_VERSION"), " (github)"))
        .cache(Cache::memory(32 * 1024 * 1024));
    if let Some(token) = cli::env_var("GITHUB_TOKEN") {
        builder = builder.bearer_auth(token);
    }
    let github = match builder.build() {
        Ok(github) => github,
        Err(err) => return cli::report_error(&err, &base_url),
    };

    let outcome = match command.as_str() {
        "user" => user(&github, target).await,
        "repos" => repos(&github, target).await,
        "search" => {
            let limit = match args.value("--limit").map(str::parse::<u32>) {
                None => 5,
                Some(Ok(n)) if n > 0 => n,
                Some(_) => return cli::usage_error(USAGE, "--limit takes a positive number"),
            };
            search(&github, target, limit).await
        }
        "issues" | "pulls" | "releases" | "runs" => {
            let Some((owner, repo)) = github::split_repo(target) else {
                return cli::usage_error(USAGE, &format!("{command} takes OWNER/REPO"));
            };
            let state = match args.value("--state").unwrap_or("open") {
                "open" => IssueState::Open,
                "closed" => IssueState::Closed,
                "all" => IssueState::All,
                _ => return cli::usage_error(USAGE, "--state is open, closed or all"),
            };
            let limit = match args.value("--limit").map(str::parse::<u64>) {
                None => 10,
                Some(Ok(n)) if n > 0 => n,
                Some(_) => return cli::usage_error(USAGE, "--limit takes a positive number"),
            };
            match command.as_str() {
                "issues" => issues(&github, owner, repo, state, args.value("--labels")).await,
                "pulls" => pulls(&github, owner, repo, state).await,
                "releases" => releases(&github, owner, repo).await,
                _ => runs(&github, owner, repo, limit).await,
            }
        }
        "poll" => {
            let Some((owner, repo)) = github::split_repo(target) else {
                return cli::usage_error(USAGE, "poll takes OWNER/REPO");
            };
            let mock = mocks.is_some();
            let every = match args.value("--every").map(str::parse::<u64>) {
                None => Duration::from_secs(if mock { 1 } else { 60 }),
                Some(Ok(secs)) => Duration::from_secs(secs),
                Some(Err(_)) => return cli::usage_error(USAGE, "--every takes a number of seconds"),
            };
            let rounds = match args.value("--rounds").map(str::parse::<u64>) {
                None => mock.then_some(3),
                Some(Ok(n)) if n > 0 => Some(n),
                Some(_) => return cli::usage_error(USAGE, "--rounds takes a positive number"),
            };
            poll(&github, owner, repo, every, rounds).await
        }
        other => return cli::usage_error(USAGE, &format!("unknown command {other:?}")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => cli::report_error(&err, &base_url),
    }
}

async fn user(github: &GitHubClient, name: &str) -> Result<()> {
    let response = github.get_user(name).await?;
    let user = response.body();
    println!(
        "{} (@{}), {}",
        user.name.as_deref().unwrap_or(&user.login),
        user.login,
        user.kind.as_deref().unwrap_or("User")
    );
    let fields = [
        ("company", user.company.clone()),
        ("location", user.location.clone()),
        ("blog", user.blog.clone().filter(|b| !b.is_empty())),
        ("bio", user.bio.clone()),
        ("repos", user.public_repos.map(|n| format!("{} public", thousands(n)))),
        (
            "followers",
            user.followers.map(|n| format!("{} (following {})", thousands(n), thousands(user.following.unwrap_or(0)))),
        ),
        ("joined", user.created_at.as_deref().map(|d| d.get(..10).unwrap_or(d).to_owned())),
        ("profile", user.html_url.clone()),
    ];
    for (label, value) in fields {
        if let Some(value) = value {
            println!("  {label:<10} {value}");
        }
    }
    println!("rate limit: {}", cli::describe_rate_limit(response.rate_limit()));
    Ok(())
}

fn print_repo(prefix: &str, repo: &Repository) {
    let line = format!(
        "{prefix}{:<28} ★ {:>8}  {:<10} {}",
        repo.full_name,
        thousands(repo.stargazers_count),
        repo.language.as_deref().unwrap_or("-"),
        cli::first_line(repo.description.as_deref().unwrap_or(""), 60)
    );
    println!("{}", line.trim_end());
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

async fn repos(github: &GitHubClient, name: &str) -> Result<()> {
    let repos = github.get_repos(name, Some("pushed"), Some(100)).await?;
    println!("{} public repositories of {name}, most recently pushed first:", repos.len());
    for repo in &repos {
        print_repo("  ", repo);
    }
    Ok(())
}

async fn search(github: &GitHubClient, query: &str, limit: u32) -> Result<()> {
    if limit <= 100 {
        // One request: the envelope says how many match in all.
        let response = github.search_repos_page(query, Some("stars"), Some("desc"), Some(limit), None).await?;
        let found = response.body();
        println!(
            "{} repositories match {query:?}{}; the {} most starred:",
            thousands(found.total_count),
            if found.incomplete_results { " (incomplete)" } else { "" },
            found.items.len()
        );
        for (rank, repo) in found.items.iter().enumerate() {
            print_repo(&format!("{:>4}. ", rank + 1), repo);
        }
        println!("rate limit (search): {}", cli::describe_rate_limit(response.rate_limit()));
    } else {
        // More than one page: let the listing follow Link: rel="next".
        let repos: Vec<Repository> = github
            .search_repos(query, Some("stars"), Some("desc"), Some(100))
            .max_items(u64::from(limit))
            .try_collect()
            .await?;
        println!("the {} most-starred repositories matching {query:?}:", repos.len());
        for (rank, repo) in repos.iter().enumerate() {
            print_repo(&format!("{:>4}. ", rank + 1), repo);
        }
    }
    Ok(())
}

async fn issues(github: &GitHubClient, owner: &str, repo: &str, state: IssueState, labels: Option<&str>) -> Result<()> {
    let mut pages = github.list_issues(owner, repo, Some(state), labels, Some(100)).pages();
    let (mut shown, mut pulls, mut page_count, mut rate_limit) = (0, 0, 0, None);
    while let Some(page) = pages.try_next().await? {
        page_count += 1;
        rate_limit = page.rate_limit();
        for issue in page.items() {
            if issue.is_pull_request() {
                pulls += 1;
                continue;
            }
            shown += 1;
            let labels = issue.label_names();
            let labels = if labels.is_empty() { String::new() } else { format!("  [{}]", labels.join(", ")) };
            let author = issue.user.as_ref().map_or("?", |u| u.login.as_str());
            let comments = plural(usize::try_from(issue.comments).unwrap_or(usize::MAX), "comment", "comments");
            println!("#{:<6} {}{labels}  (by {author}, {comments})", issue.number, cli::first_line(&issue.title, 70));
        }
    }
    let which = match state {
        IssueState::Open => "open",
        IssueState::Closed => "closed",
        IssueState::All => "open and closed",
    };
    println!(
        "{} in {owner}/{repo} over {}{}",
        plural(shown, &format!("{which} issue"), &format!("{which} issues")),
        plural(page_count, "page", "pages"),
        if pulls > 0 {
            format!(" ({} left out)", plural(pulls, "pull request", "pull requests"))
        } else {
            String::new()
        }
    );
    println!("rate limit: {}", cli::describe_rate_limit(rate_limit));
    Ok(())
}

async fn pulls(github: &GitHubClient, owner: &str, repo: &str, state: IssueState) -> Result<()> {
    let pulls: Vec<_> = github.list_pulls(owner, repo, Some(state), None, None, Some(100)).try_collect().await?;
    for pull in &pulls {
        let author = pull.user.as_ref().map_or("?", |u| u.login.as_str());
        let draft = if pull.draft { " (draft)" } else { "" };
        println!(
            "#{:<6} {}{draft}  {} → {}  (by {author})",
            pull.number,
            cli::first_line(&pull.title, 60),
            pull.head.label,
            pull.base.reference
        );
    }
    println!("{} in {owner}/{repo}", plural(pulls.len(), "pull request", "pull requests"));
    Ok(())
}

async fn releases(github: &GitHubClient, owner: &str, repo: &str) -> Result<()> {
    let releases: Vec<_> = github.list_releases(owner, repo, Some(100)).max_items(20).try_collect().await?;
    for release in &releases {
        let kind = match (release.draft, release.prerelease) {
            (true, _) => " (draft)",
            (_, true) => " (prerelease)",
            _ => "",
        };
        let date = release.published_at.as_deref().map_or("unpublished", |d| d.get(..10).unwrap_or(d));
        println!("{:<16} {date}  {}{kind}", release.tag_name, release.name.as_deref().unwrap_or(""));
        for asset in &release.assets {
            println!(
                "    {:<40} {:>12} bytes  {:>6} downloads",
                asset.name,
                thousands(asset.size),
                thousands(asset.download_count)
            );
        }
    }
    println!("{} of {owner}/{repo}", plural(releases.len(), "release", "releases"));
    Ok(())
}

async fn runs(github: &GitHubClient, owner: &str, repo: &str, limit: u64) -> Result<()> {
    let runs: Vec<_> = github.list_runs(owner, repo, None, None, None, Some(50)).max_items(limit).try_collect().await?;
    for run in &runs {
        let outcome = run.conclusion.as_deref().or(run.status.as_deref()).unwrap_or("?");
        println!(
            "{:<12} #{:<5} {:<20} {:<18} {:<12} {}",
            run.id,
            run.run_number,
            run.name.as_deref().unwrap_or("-"),
            run.event,
            outcome,
            run.head_branch.as_deref().unwrap_or("-")
        );
    }
    println!("{} of {owner}/{repo}", plural(runs.len(), "workflow run", "workflow runs"));
    Ok(())
}

/// Lists the open issues every `every`: pages that did not change come
/// back as 304s, answered from the cache, and cost no quota.
async fn poll(github: &GitHubClient, owner: &str, repo: &str, every: Duration, rounds: Option<u64>) -> Result<()> {
    let mut round = 0;
    loop {
        round += 1;
        let mut pages = github.list_issues(owner, repo, Some(IssueState::Open), None, Some(100)).pages();
        let (mut issues, mut fetched, mut unchanged, mut rate_limit) = (0, 0, 0, None);
        while let Some(page) = pages.try_next().await? {
            issues += page.items().len();
            fetched += 1;
            if page.cache_status() == CacheStatus::Revalidated {
                unchanged += 1;
            }
            rate_limit = page.rate_limit();
        }
        println!(
            "round {round}: {} in {owner}/{repo}; {} of {} unchanged (304, no quota); rate limit: {}",
            plural(issues, "open issue or pull request", "open issues and pull requests"),
            unchanged,
            plural(fetched, "page", "pages"),
            cli::describe_rate_limit(rate_limit)
        );
        if rounds.is_some_and(|n| round >= n) {
            return Ok(());
        }
        tokio::time::sleep(every).await;
    }
}
