//! A small GitLab command-line client on `examples::gitlab`.
//!
//! ```text
//! cargo run --example gitlab -- project gitlab-org/gitlab
//! cargo run --example gitlab -- issues 278964 --state closed
//! GITLAB_URL=https://gitlab.example.com GITLAB_TOKEN=glpat-... cargo run --example gitlab -- projects
//! cargo run --example gitlab -- --mock issues my-group/my-subgroup/my-project   # offline
//! cargo run --example gitlab -- --mock mrs 42
//! cargo run --example gitlab -- --mock pipelines my-group/my-subgroup/my-project
//! ```

use std::process::ExitCode;

use client_runtime::Result;
use examples::cli::{self, Args, thousands};
use examples::gitlab::{self, GitLabClient};
use futures::TryStreamExt as _;

const USAGE: &str = "\
usage: gitlab [OPTIONS] COMMAND

commands:
  project ID_OR_PATH   a project, by numeric id or full path (group/subgroup/project)
  issues ID_OR_PATH    a project's open issues, across all pages
  projects [SEARCH]    projects visible to you, by id (keyset pagination)
  mrs ID_OR_PATH       a project's merge requests (--state), across all pages
  pipelines ID_OR_PATH a project's latest pipelines, with the jobs that failed

options:
  --base-url URL       the instance or its API root (default: $GITLAB_URL, else https://gitlab.com)
  --mock               answer from the embedded mock server (no network, no token)
  --state STATE        issues: opened (default), closed or all; mrs: also merged, locked
  --labels A,B         issues: only those with all these labels
  --limit N            projects: at most N (default 50); pipelines: (default 5)

environment:
  GITLAB_TOKEN         an access token, sent as PRIVATE-TOKEN (optional for public projects)";

#[tokio::main]
async fn main() -> ExitCode {
    let args =
        match Args::parse(std::env::args().skip(1), &["--base-url", "--state", "--labels", "--limit"], &["--mock"]) {
            Ok(args) => args,
            Err(problem) => return cli::usage_error(USAGE, &problem),
        };
    if args.has("--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let (command, target) = match args.positionals() {
        [command] if command == "projects" => (command.as_str(), None),
        [command, target] => (command.as_str(), Some(target.as_str())),
        _ => return cli::usage_error(USAGE, "expected a command and its argument"),
    };

    let mock = if args.has("--mock") { Some(examples::mock::start_gitlab().await) } else { None };
    let base_url = match &mock {
        Some(mock) => mock.base_url(),
        None => gitlab::api_root(
            &args
                .value("--base-url")
                .map(str::to_owned)
                .or_else(|| cli::env_var("GITLAB_URL"))
                .unwrap_or_else(|| "https://gitlab.com".to_owned()),
        ),
    };
    let mut builder = GitLabClient::builder().base_url(&base_url).user_agent(concat!(
        "client-runtime-examples/",
        env!("CARGO_PKG_VERSION"),
        " (gitlab)"
    ));
    if let Some(token) = cli::env_var("GITLAB_TOKEN") {
        // A header, never ?private_token=: query strings end up in logs.
        builder = builder.api_key("PRIVATE-TOKEN", token);
    }
    let gitlab = match builder.build() {
        Ok(gitlab) => gitlab,
        Err(err) => return cli::report_error(&err, &base_url),
    };

    let outcome = match (command, target) {
        ("project", Some(id)) => project(&gitlab, id).await,
        ("issues", Some(id)) => {
            let state = match args.value("--state").unwrap_or("opened") {
                "all" => None,
                state @ ("opened" | "closed") => Some(state),
                _ => return cli::usage_error(USAGE, "--state is opened, closed or all"),
            };
            issues(&gitlab, id, state, args.value("--labels")).await
        }
        ("mrs", Some(id)) => {
            let state = args.value("--state").unwrap_or("opened");
            if !matches!(state, "opened" | "closed" | "merged" | "locked" | "all") {
                return cli::usage_error(USAGE, "--state is opened, closed, merged, locked or all");
            }
            merge_requests(&gitlab, id, state).await
        }
        ("pipelines", Some(id)) => {
            let limit = match args.value("--limit").map(str::parse::<u64>) {
                None => 5,
                Some(Ok(n)) if n > 0 => n,
                Some(_) => return cli::usage_error(USAGE, "--limit takes a positive number"),
            };
            pipelines(&gitlab, id, limit).await
        }
        ("projects", search) => {
            let limit = match args.value("--limit").map(str::parse::<u64>) {
                None => 50,
                Some(Ok(n)) if n > 0 => n,
                Some(_) => return cli::usage_error(USAGE, "--limit takes a positive number"),
            };
            projects(&gitlab, search, limit).await
        }
        (other, _) => return cli::usage_error(USAGE, &format!("unknown command {other:?}")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => cli::report_error(&err, &base_url),
    }
}

async fn project(gitlab: &GitLabClient, id: &str) -> Result<()> {
    let project = gitlab.get_project(id).await?;
    println!("{} (id {})", project.name_with_namespace.as_deref().unwrap_or(&project.name), project.id);
    let fields = [
        ("path", Some(project.path_with_namespace.clone())),
        ("about", project.description.clone().filter(|d| !d.is_empty())),
        ("visibility", project.visibility.clone()),
        ("branch", project.default_branch.clone()),
        ("stars", Some(format!("{} (forks {})", thousands(project.star_count), thousands(project.forks_count)))),
        ("issues", project.open_issues_count.map(|n| format!("{} open", thousands(n)))),
        ("topics", (!project.topics.is_empty()).then(|| project.topics.join(", "))),
        ("web", project.web_url.clone()),
        ("clone", project.http_url_to_repo.clone()),
    ];
    for (label, value) in fields {
        if let Some(value) = value {
            println!("  {label:<11} {value}");
        }
    }
    Ok(())
}

async fn issues(gitlab: &GitLabClient, id: &str, state: Option<&str>, labels: Option<&str>) -> Result<()> {
    let mut pages = gitlab.list_issues(id, state, labels).pages();
    let (mut count, mut page_count, mut total) = (0, 0, None);
    while let Some(page) = pages.try_next().await? {
        page_count += 1;
        total = page.headers().get("x-total").and_then(|v| v.to_str().ok()).map(str::to_owned);
        for issue in page.items() {
            count += 1;
            let labels =
                if issue.labels.is_empty() { String::new() } else { format!("  [{}]", issue.labels.join(", ")) };
            let author = issue.author.as_ref().map_or("?", |a| a.username.as_str());
            println!(
                "#{:<5} {:<7} {}{labels}  (by {author})",
                issue.iid,
                issue.state,
                cli::first_line(&issue.title, 70)
            );
        }
    }
    println!(
        "{count} issues over {page_count} page{}{}",
        if page_count == 1 { "" } else { "s" },
        total.map(|t| format!(" (x-total: {t})")).unwrap_or_default()
    );
    Ok(())
}

async fn projects(gitlab: &GitLabClient, search: Option<&str>, limit: u64) -> Result<()> {
    let projects: Vec<_> = gitlab.list_projects(Some(50), search, None, None).max_items(limit).try_collect().await?;
    for project in &projects {
        println!(
            "{:>9}  {:<45} ★ {:>6}  {}",
            project.id,
            project.path_with_namespace,
            thousands(project.star_count),
            project.visibility.as_deref().unwrap_or("")
        );
    }
    println!("{} projects", projects.len());
    Ok(())
}

async fn merge_requests(gitlab: &GitLabClient, id: &str, state: &str) -> Result<()> {
    let mrs: Vec<_> = gitlab.list_merge_requests(id, Some(state), None).try_collect().await?;
    for mr in &mrs {
        let author = mr.author.as_ref().map_or("?", |a| a.username.as_str());
        println!(
            "!{:<5} {:<8} {}  {} → {}  (by {author})",
            mr.iid,
            mr.state,
            cli::first_line(&mr.title, 60),
            mr.source_branch,
            mr.target_branch
        );
    }
    println!("{} merge request(s) in {id}", mrs.len());
    Ok(())
}

async fn pipelines(gitlab: &GitLabClient, id: &str, limit: u64) -> Result<()> {
    let pipelines: Vec<_> = gitlab.list_pipelines(id, None, None).max_items(limit).try_collect().await?;
    for pipeline in &pipelines {
        println!(
            "{:<10} {:<10} {:<24} {}",
            pipeline.id,
            pipeline.status,
            pipeline.reference,
            &pipeline.sha[..8.min(pipeline.sha.len())]
        );
        if pipeline.status == "failed" {
            for job in gitlab.list_pipeline_jobs(id, pipeline.id, Some("failed")).await? {
                let log = gitlab.get_job_log(id, job.id).await?;
                let last =
                    log.lines().rev().map(strip_terminal_codes).find(|l| !l.trim().is_empty()).unwrap_or_default();
                println!("    failed: {} ({}): {}", job.name, job.stage, cli::first_line(&last, 70));
            }
        }
    }
    println!("{} pipeline(s) of {id}", pipelines.len());
    Ok(())
}

/// A job log line without its terminal escapes (`ESC [ ... letter`) and
/// GitLab's section markers.
fn strip_terminal_codes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next() == Some('[') {
                for end in chars.by_ref() {
                    if end.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else if c != '\r' {
            out.push(c);
        }
    }
    out
}
