//! The GitHub mock's routes beyond users, search, issues and contents:
//! repositories, git history, comments, labels, milestones, pull requests,
//! releases (and their upload host), gists, stars, rate limits and Actions.
//!
//! Everything lives on octocat/Hello-World; state changes (a comment, a
//! star, a merge, an uploaded asset) are kept, so a test can read back what
//! it wrote.

use serde_json::{Value, json};
use wiremock::ResponseTemplate;

use super::{
    ASSET_ID, ASSET_NAME, ASSET_SIZE, FILES, GitHubApi, HELLO_WORLD, HELLO_WORLD_ID, State, find_repo, fnv, not_found,
    with_links,
};
use crate::mock::{Incoming, json_response, page_links, page_of};

/// The artifact of workflow run [`RUN_ID`], served by the storage host.
pub(super) const ARTIFACT_ID: u64 = 11;
pub(super) const ARTIFACT_SIZE: usize = 64 * 1024;
pub(super) const ARTIFACT_PATH: &str = "/actions-results/1296269/artifact-11.zip";
const RUN_ID: u64 = 30_433_642;
const WORKFLOW_ID: u64 = 161_335;
const HEAD_SHA: &str = "6dcb09b5b57875f334f61aebed695e2e4193db5e";
const BASE_SHA: &str = "7fd1a60b01f91b314f59955a4e4d4e80d8edf11d";
const DOCS: &str = "https://docs.github.com/rest";

/// The state the routes here start from.
pub(super) fn seed(state: &mut State) {
    state.starred = vec!["rust-lang/rust".to_owned()];
    state.comments = (1..=3_u64)
        .map(|i| json!({"id": 1_000 + i, "issue": 1, "body": format!("Comment {i} on the bug."), "user": if i == 2 { "hubot" } else { "octocat" }}))
        .collect();
    state.labels = ["bug", "enhancement", "documentation", "good first issue"].iter().map(|l| json!(l)).collect();
    state.milestones = vec![
        json!({"number": 1, "title": "v1.0", "state": "open", "description": "Tracking milestone for version 1.0", "due_on": "2026-12-31T07:00:00Z"}),
    ];
    state.pulls = vec![json!({
        "number": 5, "title": "Update README with usage", "body": "Adds a usage section.", "state": "open",
        "head": "patch-1", "base": "master", "draft": false, "reviewers": []
    })];
    state.reviews = vec![json!({"id": 80, "pull": 5, "user": "hubot", "body": "Looks good.", "state": "COMMENTED"})];
    state.releases = vec![
        json!({"id": 1, "tag_name": "v1.0.0", "name": "v1.0.0", "body": "The first release.", "draft": false, "prerelease": false}),
    ];
    state.assets = vec![
        json!({"id": ASSET_ID, "release": 1, "name": ASSET_NAME, "label": "Source tarball", "content_type": "application/gzip", "size": ASSET_SIZE}),
    ];
    state.gists = vec![json!({
        "id": "aa5a315d61ae9438b18d", "description": "Hello World Examples", "public": true,
        "files": {"hello_world.rb": "class HelloWorld\n  def initialize(name)\n    @name = name.capitalize\n  end\nend\n"}
    })];
    state.next_id = 2_000;
}

impl GitHubApi {
    pub(super) fn route_more(&self, incoming: &Incoming<'_>, authed: bool) -> ResponseTemplate {
        let segments = incoming.segments();
        let method = incoming.method();
        // Everything under /user needs a token, as on GitHub.
        if segments.first() == Some(&"user") && !authed {
            return requires_authentication();
        }
        match (method, segments.as_slice()) {
            ("GET", ["user"]) => self.user("octocat"),
            ("GET", ["users", login, "followers" | "following"]) => self.follows(incoming, login),
            ("GET", ["user", "repos"]) => self.my_repos(incoming),
            ("POST", ["user", "repos"]) => self.create_repo(incoming),
            ("GET", ["user", "starred"]) => self.starred(incoming),
            ("GET" | "PUT" | "DELETE", ["user", "starred", owner, repo]) => self.star(method, owner, repo),
            ("GET", ["users", _, "gists"]) | ("GET", ["gists"]) => self.list_gists(incoming),
            ("POST", ["gists"]) => self.create_gist(incoming, authed),
            ("GET" | "PATCH" | "DELETE", ["gists", id]) => self.gist(incoming, method, id, authed),
            ("GET", ["search", kind @ ("issues" | "code" | "users")]) => self.search_more(incoming, kind, authed),
            ("GET", ["rate_limit"]) => self.rate_limit_overview(authed),
            (_, ["repos", owner, name, rest @ ..]) => {
                if find_repo(owner, name).is_none() {
                    return not_found(DOCS);
                }
                if (*owner, *name) != HELLO_WORLD && !rest.is_empty() {
                    return not_found(DOCS);
                }
                self.repo_route(incoming, method, rest, authed)
            }
            _ => not_found(DOCS),
        }
    }

    fn repo_route(&self, incoming: &Incoming<'_>, method: &str, rest: &[&str], authed: bool) -> ResponseTemplate {
        let writes = !matches!(method, "GET" | "HEAD");
        if writes && !authed {
            return requires_authentication();
        }
        match (method, rest) {
            ("PATCH", []) => self.update_repo(incoming),
            ("GET", ["languages"]) => json_response(200, &json!({"C": 78_769, "Python": 7_769, "Shell": 1_020})),
            ("GET", ["topics"]) => json_response(200, &json!({"names": ["octocat", "atom", "electron", "api"]})),
            ("GET", ["contributors"]) => self.contributors(incoming),
            ("PUT", ["contents", path @ ..]) => self.put_file(incoming, &path.join("/")),
            ("DELETE", ["contents", path @ ..]) => self.delete_file(incoming, &path.join("/")),
            ("GET", ["branches"]) => self.paged(incoming, self.branches()),
            ("GET", ["branches", branch]) => match self.branches().into_iter().find(|b| b["name"] == *branch) {
                Some(found) => json_response(200, &found),
                None => json_response(
                    404,
                    &json!({"message": "Branch not found", "documentation_url": DOCS, "status": "404"}),
                ),
            },
            ("GET", ["tags"]) => self.paged(incoming, self.tags()),
            ("GET", ["commits"]) => self.commits(incoming),
            ("GET", ["commits", reference]) => self.commit(reference),
            ("GET", ["compare", basehead]) => self.compare(basehead),
            ("GET", ["issues", number]) => self.issue(number),
            ("PATCH", ["issues", number]) => self.update_issue(incoming, number),
            ("GET", ["issues", number, "comments"]) => self.comments(incoming, number),
            ("POST", ["issues", number, "comments"]) => self.create_comment(incoming, number),
            ("PATCH" | "DELETE", ["issues", "comments", id]) => self.edit_comment(incoming, method, id),
            ("GET", ["labels"]) => {
                let labels = self.lock().labels.clone();
                let full = labels.iter().filter_map(Value::as_str).map(|l| self.label_json(l)).collect();
                self.paged(incoming, full)
            }
            ("POST", ["labels"]) => self.create_label(incoming),
            ("POST", ["issues", number, "labels"]) => self.add_labels(incoming, number),
            ("DELETE", ["issues", number, "labels", label]) => self.remove_label(number, label),
            ("GET", ["milestones"]) => self.milestones(incoming),
            ("POST", ["milestones"]) => self.create_milestone(incoming),
            ("GET", ["pulls"]) => self.pulls(incoming),
            ("POST", ["pulls"]) => self.create_pull(incoming),
            ("GET" | "PATCH", ["pulls", number]) => self.pull(incoming, method, number),
            ("GET", ["pulls", _, "files"]) => json_response(200, &json!(pull_files())),
            ("GET", ["pulls", _, "commits"]) => {
                json_response(200, &json!([self.commit_json(HEAD_SHA, "Add a usage section", 0)]))
            }
            ("GET", ["pulls", number, "reviews"]) => self.reviews(number),
            ("POST", ["pulls", number, "reviews"]) => self.create_review(incoming, number),
            ("POST", ["pulls", number, "requested_reviewers"]) => self.request_reviewers(incoming, number),
            ("GET" | "PUT", ["pulls", number, "merge"]) => self.merge(incoming, method, number),
            ("GET", ["releases"]) => {
                let releases: Vec<Value> = self.lock().releases.iter().rev().cloned().collect();
                let full = releases.iter().map(|r| self.release_json(r)).collect();
                self.paged(incoming, full)
            }
            ("GET", ["releases", "latest"]) => self.find_release(
                |r| !r["draft"].as_bool().unwrap_or(false) && !r["prerelease"].as_bool().unwrap_or(false),
                true,
            ),
            ("GET", ["releases", "tags", tag]) => self.find_release(|r| r["tag_name"] == *tag, false),
            ("POST", ["releases"]) => self.create_release(incoming),
            ("PATCH" | "DELETE", ["releases", id]) => self.edit_release(incoming, method, id),
            ("GET", ["releases", id, "assets"]) => {
                let id: u64 = id.parse().unwrap_or(0);
                let assets: Vec<Value> =
                    self.lock().assets.iter().filter(|a| a["release"] == id).map(|a| self.asset_json(a)).collect();
                json_response(200, &json!(assets))
            }
            ("DELETE", ["releases", "assets", id]) => {
                let mut state = self.lock();
                let before = state.assets.len();
                state.assets.retain(|a| a["id"].as_u64().map(|n| n.to_string()).as_deref() != Some(*id));
                if state.assets.len() == before { not_found(DOCS) } else { ResponseTemplate::new(204) }
            }
            ("GET", ["actions", "workflows"]) => json_response(
                200,
                &json!({"total_count": 1, "workflows": [{
                    "id": WORKFLOW_ID, "node_id": "MDg6V29ya2Zsb3cxNjEzMzU=", "name": "CI", "path": ".github/workflows/ci.yml",
                    "state": "active", "created_at": "2020-01-08T23:48:37.000-08:00", "updated_at": "2020-01-08T23:50:21.000-08:00"
                }]}),
            ),
            ("GET", ["actions", "runs"]) => self.runs(incoming, None),
            ("GET", ["actions", "workflows", workflow, "runs"]) => {
                if *workflow == "ci.yml" || *workflow == WORKFLOW_ID.to_string() {
                    self.runs(incoming, Some(WORKFLOW_ID))
                } else {
                    not_found(DOCS)
                }
            }
            ("GET", ["actions", "runs", id]) => match self.all_runs().into_iter().find(|r| num_is(&r["id"], id)) {
                Some(run) => json_response(200, &run),
                None => not_found(DOCS),
            },
            ("POST", ["actions", "workflows", _, "dispatches"]) => {
                let body = incoming.json_body().unwrap_or(Value::Null);
                if body["ref"].as_str().is_none() {
                    return validation_failed("ref", "missing_field");
                }
                if body["return_run_details"] != json!(true) {
                    return ResponseTemplate::new(204);
                }
                // The run the dispatch started: the `workflow_dispatch` one of `all_runs`.
                let run = RUN_ID + 2;
                json_response(
                    200,
                    &json!({
                        "workflow_run_id": run,
                        "run_url": format!("{}/repos/octocat/Hello-World/actions/runs/{run}", self.base),
                        "html_url": format!("https://github.com/octocat/Hello-World/actions/runs/{run}"),
                    }),
                )
            }
            ("POST", ["actions", "runs", _, "rerun"]) => json_response(201, &json!({})),
            ("POST", ["actions", "runs", _, "cancel"]) => json_response(202, &json!({})),
            ("GET", ["actions", "runs", id, "jobs"]) => {
                let run: u64 = id.parse().unwrap_or(0);
                let jobs: Vec<Value> = ["build", "test", "lint"]
                    .iter()
                    .enumerate()
                    .map(|(i, name)| {
                        json!({
                            "id": 399_444_496 + i as u64, "run_id": run, "name": name, "status": "completed",
                            "conclusion": if *name == "lint" { "failure" } else { "success" },
                            "started_at": "2026-01-05T10:00:00Z", "completed_at": "2026-01-05T10:04:00Z",
                            "head_sha": HEAD_SHA
                        })
                    })
                    .collect();
                self.paged_envelope(incoming, "jobs", jobs)
            }
            ("GET", ["actions", "runs", _, "artifacts"]) => {
                let mut artifacts = vec![
                    self.artifact_json(ARTIFACT_ID, "build-output", false),
                    self.artifact_json(12, "coverage", true),
                ];
                if let Some(name) = incoming.query("name") {
                    artifacts.retain(|a| a["name"] == name.as_str());
                }
                self.paged_envelope(incoming, "artifacts", artifacts)
            }
            ("GET", ["actions", "artifacts", id, format]) => self.artifact_download(id, format),
            _ => not_found(DOCS),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn next_id(&self) -> u64 {
        let mut state = self.lock();
        state.next_id += 1;
        state.next_id
    }

    /// A page of `items` (`per_page`, `page`) with GitHub's `Link` header.
    fn paged(&self, incoming: &Incoming<'_>, items: Vec<Value>) -> ResponseTemplate {
        let per_page = incoming.query_number("per_page").unwrap_or(30).clamp(1, 100);
        let page = incoming.query_number("page").unwrap_or(1).max(1);
        let (slice, pages) = page_of(&items, page, per_page);
        with_links(json_response(200, &json!(slice)), page_links(incoming, &self.base, page, pages))
    }

    /// A page in an envelope `{"total_count", key: [...]}`, as Actions sends.
    fn paged_envelope(&self, incoming: &Incoming<'_>, key: &str, items: Vec<Value>) -> ResponseTemplate {
        let per_page = incoming.query_number("per_page").unwrap_or(30).clamp(1, 100);
        let page = incoming.query_number("page").unwrap_or(1).max(1);
        let (slice, pages) = page_of(&items, page, per_page);
        let body = json!({"total_count": items.len(), key: slice});
        with_links(json_response(200, &body), page_links(incoming, &self.base, page, pages))
    }

    fn follows(&self, incoming: &Incoming<'_>, login: &str) -> ResponseTemplate {
        if !super::OWNERS.iter().any(|(l, _, _)| *l == login) {
            return not_found(DOCS);
        }
        let people: Vec<Value> = super::OWNERS
            .iter()
            .filter(|(l, _, kind)| *l != login && *kind == "User")
            .map(|(l, _, _)| self.simple_user(l))
            .collect();
        self.paged(incoming, people)
    }

    fn my_repos(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let visibility = incoming.query("visibility");
        let repos: Vec<Value> = super::REPOS
            .iter()
            .filter(|r| r.owner == "octocat")
            .filter(|_| visibility.as_deref() != Some("private"))
            .map(|r| self.repo_json(r, false))
            .collect();
        self.paged(incoming, repos)
    }

    fn create_repo(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(name) = body["name"].as_str().filter(|n| !n.is_empty()) else {
            return validation_failed("name", "missing_field");
        };
        if find_repo("octocat", name).is_some() {
            return validation_failed("name", "custom");
        }
        let mut repo = self.repo_json(&super::REPOS[0], true);
        if let Some(object) = repo.as_object_mut() {
            object.insert("id".into(), json!(self.next_id()));
            object.insert("name".into(), json!(name));
            object.insert("full_name".into(), json!(format!("octocat/{name}")));
            object.insert("description".into(), body["description"].clone());
            object.insert("private".into(), json!(body["private"].as_bool().unwrap_or(false)));
            object.insert("stargazers_count".into(), json!(0));
        }
        json_response(201, &repo)
    }

    fn update_repo(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let mut repo = self.repo_json(&super::REPOS[0], true);
        if let (Some(object), Some(changes)) = (repo.as_object_mut(), body.as_object()) {
            for (key, value) in changes {
                object.insert(key.clone(), value.clone());
            }
        }
        json_response(200, &repo)
    }

    fn contributors(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let people: Vec<Value> = [("octocat", 32_u64), ("hubot", 7), ("seanmonstar", 2)]
            .iter()
            .map(|(login, n)| {
                let mut user = self.simple_user(login);
                if let Some(object) = user.as_object_mut() {
                    object.insert("contributions".into(), json!(n));
                }
                user
            })
            .collect();
        self.paged(incoming, people)
    }

    /// `PUT .../contents/{path}`: GitHub's rules on `sha` (required to
    /// replace a file, and it must be the current one).
    fn put_file(&self, incoming: &Incoming<'_>, path: &str) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let (Some(message), Some(content)) = (body["message"].as_str(), body["content"].as_str()) else {
            return validation_failed(if body["message"].is_string() { "content" } else { "message" }, "missing_field");
        };
        let decoded = base64_decode(content);
        let Some(decoded) = decoded else {
            return json_response(
                422,
                &json!({"message": "content is not valid Base64", "documentation_url": DOCS, "status": "422"}),
            );
        };
        let current = self.current_file(path);
        match (&current, body["sha"].as_str()) {
            (Some(_), None) => {
                return json_response(
                    422,
                    &json!({"message": "Invalid request.\n\n\"sha\" wasn't supplied.", "documentation_url": DOCS, "status": "422"}),
                );
            }
            (Some(old), Some(sha)) if *sha != blob_sha(old) => {
                return json_response(
                    409,
                    &json!({"message": format!("{path} does not match {sha}"), "documentation_url": DOCS, "status": "409"}),
                );
            }
            _ => {}
        }
        let text = String::from_utf8_lossy(&decoded).into_owned();
        {
            let mut state = self.lock();
            state.written.retain(|(p, _)| p != path);
            state.written.push((path.to_owned(), text.clone()));
        }
        let entry = self.entry_json(path, Some(&text));
        let commit = self.file_commit(message, &body);
        json_response(if current.is_some() { 200 } else { 201 }, &json!({"content": entry, "commit": commit}))
    }

    fn delete_file(&self, incoming: &Incoming<'_>, path: &str) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let (Some(message), Some(sha)) = (body["message"].as_str(), body["sha"].as_str()) else {
            return validation_failed(if body["message"].is_string() { "sha" } else { "message" }, "missing_field");
        };
        let Some(current) = self.current_file(path) else { return not_found(DOCS) };
        if sha != blob_sha(&current) {
            return json_response(
                409,
                &json!({"message": format!("{path} does not match {sha}"), "documentation_url": DOCS, "status": "409"}),
            );
        }
        self.lock().written.push((path.to_owned(), String::new()));
        json_response(200, &json!({"content": null, "commit": self.file_commit(message, &body)}))
    }

    /// The file's content: written here, or one of the seed files.
    pub(super) fn current_file(&self, path: &str) -> Option<String> {
        let state = self.lock();
        if let Some((_, text)) = state.written.iter().rev().find(|(p, _)| p == path) {
            return (!text.is_empty()).then(|| text.clone());
        }
        FILES.iter().find(|(p, _)| *p == path).map(|(_, c)| (*c).to_owned())
    }

    fn file_commit(&self, message: &str, body: &Value) -> Value {
        let sha = format!("{:040x}", fnv(message.as_bytes()));
        let person = if body["committer"].is_object() {
            body["committer"].clone()
        } else {
            json!({"name": "Monalisa Octocat", "email": "octocat@github.com"})
        };
        let mut person = person;
        if let Some(object) = person.as_object_mut() {
            object.insert("date".into(), json!("2026-01-05T10:00:00Z"));
        }
        json!({
            "sha": sha, "node_id": "MDY6Q29tbWl0N2Q",
            "url": format!("{}/repos/octocat/Hello-World/git/commits/{sha}", self.base),
            "html_url": format!("https://github.com/octocat/Hello-World/git/commit/{sha}"),
            "author": person, "committer": person, "message": message,
            "tree": {"url": format!("{}/repos/octocat/Hello-World/git/trees/{sha}", self.base), "sha": sha},
            "parents": [{"url": format!("{}/repos/octocat/Hello-World/git/commits/{BASE_SHA}", self.base), "sha": BASE_SHA}]
        })
    }

    fn branches(&self) -> Vec<Value> {
        [("master", HEAD_SHA, true), ("patch-1", BASE_SHA, false), ("gh-pages", "553c2077f0edc3d5dc5d17262f6aa498e69d6f8e", false)]
            .iter()
            .map(|(name, sha, protected)| {
                json!({"name": name, "commit": {"sha": sha, "url": format!("{}/repos/octocat/Hello-World/commits/{sha}", self.base)}, "protected": protected})
            })
            .collect()
    }

    fn tags(&self) -> Vec<Value> {
        ["v1.0.0", "v0.9.0"]
            .iter()
            .map(|tag| {
                json!({
                    "name": tag,
                    "commit": {"sha": HEAD_SHA, "url": format!("{}/repos/octocat/Hello-World/commits/{HEAD_SHA}", self.base)},
                    "zipball_url": format!("https://github.com/octocat/Hello-World/zipball/{tag}"),
                    "tarball_url": format!("https://github.com/octocat/Hello-World/tarball/{tag}"),
                    "node_id": "MDQ6VXNlcjE="
                })
            })
            .collect()
    }

    /// Ten commits, one a day from 2026-01-01, newest first.
    fn all_commits(&self) -> Vec<Value> {
        (0..10_u64)
            .rev()
            .map(|day| {
                let sha = if day == 9 { HEAD_SHA.to_owned() } else { format!("{:040x}", fnv(&day.to_be_bytes())) };
                self.commit_json(&sha, &format!("Change number {}", day + 1), day)
            })
            .collect()
    }

    fn commit_json(&self, sha: &str, message: &str, day: u64) -> Value {
        let date = format!("2026-01-{:02}T12:00:00Z", day + 1);
        let person = json!({"name": "Monalisa Octocat", "email": "octocat@github.com", "date": date});
        json!({
            "sha": sha, "node_id": "MDY6Q29tbWl0", "url": format!("{}/repos/octocat/Hello-World/commits/{sha}", self.base),
            "html_url": format!("https://github.com/octocat/Hello-World/commit/{sha}"),
            "commit": {"author": person, "committer": person, "message": message, "comment_count": 0,
                       "tree": {"sha": sha, "url": format!("{}/repos/octocat/Hello-World/git/trees/{sha}", self.base)}},
            "author": self.simple_user("octocat"), "committer": self.simple_user("octocat"),
            "parents": [{"sha": BASE_SHA, "url": format!("{}/repos/octocat/Hello-World/commits/{BASE_SHA}", self.base)}]
        })
    }

    /// `since`/`until` filter on the commit date, as GitHub does.
    fn commits(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let since = incoming.query("since");
        let until = incoming.query("until");
        let mut commits = self.all_commits();
        commits.retain(|c| {
            let date = c["commit"]["committer"]["date"].as_str().unwrap_or_default().to_owned();
            since.as_deref().is_none_or(|s| date.as_str() >= s) && until.as_deref().is_none_or(|u| date.as_str() <= u)
        });
        if let Some(path) = incoming.query("path") {
            if !FILES.iter().any(|(p, _)| p.starts_with(path.as_str())) {
                commits.clear();
            }
        }
        self.paged(incoming, commits)
    }

    fn commit(&self, reference: &str) -> ResponseTemplate {
        let sha = match reference {
            "master" | "HEAD" => HEAD_SHA,
            other => other,
        };
        match self.all_commits().into_iter().find(|c| c["sha"] == sha) {
            Some(mut commit) => {
                if let Some(object) = commit.as_object_mut() {
                    object.insert("stats".into(), json!({"additions": 104, "deletions": 4, "total": 108}));
                    object.insert("files".into(), json!(pull_files()));
                }
                json_response(200, &commit)
            }
            None => json_response(
                422,
                &json!({"message": format!("No commit found for SHA: {reference}"), "documentation_url": DOCS, "status": "422"}),
            ),
        }
    }

    fn compare(&self, basehead: &str) -> ResponseTemplate {
        let Some((base, head)) = basehead.split_once("...") else { return not_found(DOCS) };
        let known = |r: &str| self.branches().iter().any(|b| b["name"] == r) || r == HEAD_SHA || r == BASE_SHA;
        if !known(base) || !known(head) {
            return not_found(DOCS);
        }
        let commits: Vec<Value> =
            if base == head { Vec::new() } else { self.all_commits().into_iter().take(2).collect() };
        json_response(
            200,
            &json!({
                "url": format!("{}/repos/octocat/Hello-World/compare/{basehead}", self.base),
                "html_url": format!("https://github.com/octocat/Hello-World/compare/{basehead}"),
                "status": if commits.is_empty() { "identical" } else { "ahead" },
                "ahead_by": commits.len(), "behind_by": 0, "total_commits": commits.len(),
                "commits": commits, "files": if base == head { json!([]) } else { json!(pull_files()) }
            }),
        )
    }

    fn issue_seed(&self, number: &str) -> Option<Value> {
        self.lock().issues.iter().find(|i| num_is(&i["number"], number)).cloned()
    }

    fn issue(&self, number: &str) -> ResponseTemplate {
        let (owner, name) = HELLO_WORLD;
        match self.issue_seed(number) {
            Some(seed) => json_response(200, &self.issue_json(owner, name, &seed)),
            None => not_found("https://docs.github.com/rest/issues/issues#get-an-issue"),
        }
    }

    fn update_issue(&self, incoming: &Incoming<'_>, number: &str) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let updated = {
            let mut state = self.lock();
            let Some(seed) = state.issues.iter_mut().find(|i| num_is(&i["number"], number)) else {
                return not_found(DOCS);
            };
            for key in ["title", "body", "state", "labels"] {
                if !body[key].is_null() {
                    seed[key] = body[key].clone();
                }
            }
            seed.clone()
        };
        let (owner, name) = HELLO_WORLD;
        json_response(200, &self.issue_json(owner, name, &updated))
    }

    fn comment_json(&self, comment: &Value) -> Value {
        let id = comment["id"].as_u64().unwrap_or(0);
        let issue = comment["issue"].as_u64().unwrap_or(0);
        json!({
            "id": id, "node_id": "MDEyOklzc3VlQ29tbWVudDE=",
            "url": format!("{}/repos/octocat/Hello-World/issues/comments/{id}", self.base),
            "html_url": format!("https://github.com/octocat/Hello-World/issues/{issue}#issuecomment-{id}"),
            "body": comment["body"], "user": self.simple_user(comment["user"].as_str().unwrap_or("octocat")),
            "created_at": format!("2026-01-{:02}T10:00:00Z", (id % 28) + 1), "updated_at": "2026-02-01T10:00:00Z",
            "issue_url": format!("{}/repos/octocat/Hello-World/issues/{issue}", self.base),
            "author_association": "OWNER"
        })
    }

    fn comments(&self, incoming: &Incoming<'_>, number: &str) -> ResponseTemplate {
        if self.issue_seed(number).is_none() {
            return not_found(DOCS);
        }
        let comments: Vec<Value> =
            self.lock().comments.iter().filter(|c| num_is(&c["issue"], number)).cloned().collect();
        let full = comments.iter().map(|c| self.comment_json(c)).collect();
        self.paged(incoming, full)
    }

    fn create_comment(&self, incoming: &Incoming<'_>, number: &str) -> ResponseTemplate {
        if self.issue_seed(number).is_none() {
            return not_found(DOCS);
        }
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(text) = body["body"].as_str() else { return validation_failed("body", "missing_field") };
        let comment =
            json!({"id": self.next_id(), "issue": number.parse::<u64>().unwrap_or(0), "body": text, "user": "octocat"});
        self.lock().comments.push(comment.clone());
        json_response(201, &self.comment_json(&comment))
    }

    fn edit_comment(&self, incoming: &Incoming<'_>, method: &str, id: &str) -> ResponseTemplate {
        let mut state = self.lock();
        let Some(index) = state.comments.iter().position(|c| num_is(&c["id"], id)) else {
            return not_found(DOCS);
        };
        if method == "DELETE" {
            state.comments.remove(index);
            return ResponseTemplate::new(204);
        }
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(text) = body["body"].as_str() else { return validation_failed("body", "missing_field") };
        state.comments[index]["body"] = json!(text);
        let comment = state.comments[index].clone();
        drop(state);
        json_response(200, &self.comment_json(&comment))
    }

    fn label_json(&self, name: &str) -> Value {
        let (id, color, description) = match name {
            "bug" => (208_045_946_u64, "f29513", "Something isn't working"),
            "enhancement" => (208_045_947, "a2eeef", "New feature or request"),
            "documentation" => (208_045_948, "0075ca", "Improvements or additions to documentation"),
            other => (208_045_000 + (fnv(other.as_bytes()) % 1_000) as u64, "ededed", ""),
        };
        json!({
            "id": id, "node_id": "MDU6TGFiZWwyMDgwNDU5NDY=",
            "url": format!("{}/repos/octocat/Hello-World/labels/{name}", self.base),
            "name": name, "description": description, "color": color, "default": name != "good first issue"
        })
    }

    fn create_label(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(name) = body["name"].as_str() else { return validation_failed("name", "missing_field") };
        let mut state = self.lock();
        if state.labels.iter().any(|l| l == name) {
            return json_response(
                422,
                &json!({"message": "Validation Failed", "errors": [{"resource": "Label", "code": "already_exists", "field": "name"}], "documentation_url": DOCS, "status": "422"}),
            );
        }
        state.labels.push(json!(name));
        drop(state);
        let mut label = self.label_json(name);
        label["color"] = body["color"].as_str().map_or(json!("ededed"), |c| json!(c));
        label["description"] = body["description"].clone();
        label["default"] = json!(false);
        json_response(201, &label)
    }

    fn issue_labels(&self, number: &str) -> Option<Vec<Value>> {
        let seed = self.issue_seed(number)?;
        Some(
            seed["labels"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(|l| self.label_json(l))
                .collect(),
        )
    }

    fn add_labels(&self, incoming: &Incoming<'_>, number: &str) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(added) = body["labels"].as_array().cloned() else {
            return validation_failed("labels", "missing_field");
        };
        {
            let mut state = self.lock();
            let Some(seed) = state.issues.iter_mut().find(|i| num_is(&i["number"], number)) else {
                return not_found(DOCS);
            };
            let mut labels = seed["labels"].as_array().cloned().unwrap_or_default();
            for label in added {
                if !labels.contains(&label) {
                    labels.push(label);
                }
            }
            seed["labels"] = json!(labels);
        }
        json_response(200, &json!(self.issue_labels(number).unwrap_or_default()))
    }

    fn remove_label(&self, number: &str, label: &str) -> ResponseTemplate {
        {
            let mut state = self.lock();
            let Some(seed) = state.issues.iter_mut().find(|i| num_is(&i["number"], number)) else {
                return not_found(DOCS);
            };
            let mut labels = seed["labels"].as_array().cloned().unwrap_or_default();
            let before = labels.len();
            labels.retain(|l| l != label);
            if labels.len() == before {
                return json_response(
                    404,
                    &json!({"message": "Label does not exist", "documentation_url": DOCS, "status": "404"}),
                );
            }
            seed["labels"] = json!(labels);
        }
        json_response(200, &json!(self.issue_labels(number).unwrap_or_default()))
    }

    fn milestone_json(&self, m: &Value) -> Value {
        let number = m["number"].as_u64().unwrap_or(0);
        json!({
            "url": format!("{}/repos/octocat/Hello-World/milestones/{number}", self.base),
            "id": 1_002_604 + number, "node_id": "MDk6TWlsZXN0b25lMTAwMjYwNA==", "number": number,
            "state": m["state"], "title": m["title"], "description": m["description"],
            "creator": self.simple_user("octocat"), "open_issues": 4, "closed_issues": 8,
            "created_at": "2011-04-10T20:09:31Z", "updated_at": "2014-03-03T18:58:10Z", "due_on": m["due_on"]
        })
    }

    fn milestones(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let state = incoming.query("state").unwrap_or_else(|| "open".to_owned());
        let milestones: Vec<Value> = self.lock().milestones.clone();
        let listed: Vec<Value> = milestones
            .iter()
            .filter(|m| state == "all" || m["state"] == state.as_str())
            .map(|m| self.milestone_json(m))
            .collect();
        json_response(200, &json!(listed))
    }

    fn create_milestone(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(title) = body["title"].as_str() else { return validation_failed("title", "missing_field") };
        let milestone = {
            let mut state = self.lock();
            let number = state.milestones.len() as u64 + 1;
            let m = json!({"number": number, "title": title, "state": body["state"].as_str().unwrap_or("open"), "description": body["description"], "due_on": body["due_on"]});
            state.milestones.push(m.clone());
            m
        };
        json_response(201, &self.milestone_json(&milestone))
    }

    fn pull_json(&self, p: &Value) -> Value {
        let number = p["number"].as_u64().unwrap_or(0);
        let merged = self.lock().merged.contains(&number);
        let side = |branch: &str, sha: &str| {
            json!({"label": format!("octocat:{branch}"), "ref": branch, "sha": sha, "user": self.simple_user("octocat"),
                   "repo": self.repo_json(&super::REPOS[0], false)})
        };
        let reviewers: Vec<Value> = p["reviewers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|l| self.simple_user(l))
            .collect();
        json!({
            "url": format!("{}/repos/octocat/Hello-World/pulls/{number}", self.base),
            "id": 1_000_000 + number, "node_id": "MDExOlB1bGxSZXF1ZXN0MQ==",
            "html_url": format!("https://github.com/octocat/Hello-World/pull/{number}"),
            "number": number, "state": if merged { json!("closed") } else { p["state"].clone() },
            "locked": false, "title": p["title"], "body": p["body"], "user": self.simple_user("octocat"),
            "draft": p["draft"].as_bool().unwrap_or(false),
            "head": side(p["head"].as_str().unwrap_or("patch-1"), HEAD_SHA),
            "base": side(p["base"].as_str().unwrap_or("master"), BASE_SHA),
            "merged": merged, "merged_at": if merged { json!("2026-01-10T10:00:00Z") } else { Value::Null },
            "requested_reviewers": reviewers, "requested_teams": [],
            "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-01-06T10:00:00Z",
            "author_association": "OWNER"
        })
    }

    fn find_pull(&self, number: &str) -> Option<Value> {
        self.lock().pulls.iter().find(|p| num_is(&p["number"], number)).cloned()
    }

    fn pulls(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let state = incoming.query("state").unwrap_or_else(|| "open".to_owned());
        let pulls: Vec<Value> = self.lock().pulls.clone();
        let listed: Vec<Value> = pulls
            .iter()
            .map(|p| self.pull_json(p))
            .filter(|p| state == "all" || p["state"] == state.as_str())
            .filter(|p| incoming.query("base").is_none_or(|b| p["base"]["ref"] == b.as_str()))
            .filter(|p| incoming.query("head").is_none_or(|h| p["head"]["label"] == h.as_str()))
            .collect();
        self.paged(incoming, listed)
    }

    fn create_pull(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let (Some(head), Some(base)) = (body["head"].as_str(), body["base"].as_str()) else {
            return validation_failed(if body["head"].is_string() { "base" } else { "head" }, "missing_field");
        };
        if !self.branches().iter().any(|b| b["name"] == head.rsplit(':').next().unwrap_or(head)) {
            return validation_failed("head", "invalid");
        }
        let pull = {
            let mut state = self.lock();
            let number = state.issues.len() as u64 + state.pulls.len() as u64 + 1;
            let p = json!({"number": number, "title": body["title"], "body": body["body"], "state": "open",
                           "head": head.rsplit(':').next().unwrap_or(head), "base": base, "draft": body["draft"].as_bool().unwrap_or(false), "reviewers": []});
            state.pulls.push(p.clone());
            p
        };
        json_response(201, &self.pull_json(&pull))
    }

    fn pull(&self, incoming: &Incoming<'_>, method: &str, number: &str) -> ResponseTemplate {
        if method == "PATCH" {
            let body = incoming.json_body().unwrap_or(Value::Null);
            let mut state = self.lock();
            let Some(p) = state.pulls.iter_mut().find(|p| num_is(&p["number"], number)) else {
                return not_found(DOCS);
            };
            for key in ["title", "body", "state", "base"] {
                if !body[key].is_null() {
                    p[key] = body[key].clone();
                }
            }
        }
        match self.find_pull(number) {
            Some(p) => json_response(200, &self.pull_json(&p)),
            None => not_found("https://docs.github.com/rest/pulls/pulls#get-a-pull-request"),
        }
    }

    fn review_json(&self, r: &Value) -> Value {
        let id = r["id"].as_u64().unwrap_or(0);
        let pending = r["state"] == "PENDING";
        json!({
            "id": id, "node_id": "MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=", "user": self.simple_user(r["user"].as_str().unwrap_or("octocat")),
            "body": r["body"], "state": r["state"], "commit_id": HEAD_SHA,
            "html_url": format!("https://github.com/octocat/Hello-World/pull/{}#pullrequestreview-{id}", r["pull"]),
            "submitted_at": if pending { Value::Null } else { json!("2026-01-07T10:00:00Z") },
            "author_association": "COLLABORATOR"
        })
    }

    fn reviews(&self, number: &str) -> ResponseTemplate {
        if self.find_pull(number).is_none() {
            return not_found(DOCS);
        }
        let reviews: Vec<Value> = self.lock().reviews.iter().filter(|r| num_is(&r["pull"], number)).cloned().collect();
        json_response(200, &json!(reviews.iter().map(|r| self.review_json(r)).collect::<Vec<_>>()))
    }

    fn create_review(&self, incoming: &Incoming<'_>, number: &str) -> ResponseTemplate {
        if self.find_pull(number).is_none() {
            return not_found(DOCS);
        }
        let body = incoming.json_body().unwrap_or(Value::Null);
        let state = match body["event"].as_str() {
            None => "PENDING",
            Some("APPROVE") => "APPROVED",
            Some("REQUEST_CHANGES") => "CHANGES_REQUESTED",
            Some("COMMENT") => "COMMENTED",
            Some(_) => return validation_failed("event", "invalid"),
        };
        if state != "APPROVED" && state != "PENDING" && body["body"].as_str().is_none_or(str::is_empty) {
            return json_response(
                422,
                &json!({"message": "Unprocessable Entity", "errors": ["Body is required when the event is REQUEST_CHANGES or COMMENT"], "documentation_url": DOCS, "status": "422"}),
            );
        }
        let review = json!({"id": self.next_id(), "pull": number.parse::<u64>().unwrap_or(0), "user": "octocat", "body": body["body"].as_str().unwrap_or(""), "state": state});
        self.lock().reviews.push(review.clone());
        json_response(200, &self.review_json(&review))
    }

    fn request_reviewers(&self, incoming: &Incoming<'_>, number: &str) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        {
            let mut state = self.lock();
            let Some(p) = state.pulls.iter_mut().find(|p| num_is(&p["number"], number)) else {
                return not_found(DOCS);
            };
            p["reviewers"] = body["reviewers"].clone();
        }
        match self.find_pull(number) {
            Some(p) => json_response(201, &self.pull_json(&p)),
            None => not_found(DOCS),
        }
    }

    fn merge(&self, incoming: &Incoming<'_>, method: &str, number: &str) -> ResponseTemplate {
        let Some(pull) = self.find_pull(number) else { return not_found(DOCS) };
        let n = pull["number"].as_u64().unwrap_or(0);
        let merged = self.lock().merged.contains(&n);
        if method == "GET" {
            return if merged { ResponseTemplate::new(204) } else { ResponseTemplate::new(404) };
        }
        if merged || pull["state"] != "open" {
            return json_response(
                405,
                &json!({"message": "Pull Request is not mergeable", "documentation_url": DOCS, "status": "405"}),
            );
        }
        let body = incoming.json_body().unwrap_or(Value::Null);
        if body["sha"].as_str().is_some_and(|sha| sha != HEAD_SHA) {
            return json_response(
                409,
                &json!({"message": "Head branch was modified. Review and try the merge again.", "documentation_url": DOCS, "status": "409"}),
            );
        }
        self.lock().merged.push(n);
        let sha = format!("{:040x}", fnv(format!("merge {n}").as_bytes()));
        json_response(200, &json!({"sha": sha, "merged": true, "message": "Pull Request successfully merged"}))
    }

    pub(super) fn asset_json(&self, a: &Value) -> Value {
        let id = a["id"].as_u64().unwrap_or(0);
        let name = a["name"].as_str().unwrap_or_default();
        json!({
            "url": format!("{}/repos/octocat/Hello-World/releases/assets/{id}", self.base),
            "browser_download_url": format!("https://github.com/octocat/Hello-World/releases/download/v1.0.0/{name}"),
            "id": id, "node_id": "MDEyOlJlbGVhc2VBc3NldDE=", "name": name, "label": a["label"], "state": "uploaded",
            "content_type": a["content_type"], "size": a["size"], "digest": null, "download_count": 42,
            "created_at": "2025-05-01T12:00:00Z", "updated_at": "2025-05-01T12:00:00Z",
            "uploader": self.simple_user("octocat")
        })
    }

    fn release_json(&self, r: &Value) -> Value {
        let id = r["id"].as_u64().unwrap_or(0);
        let draft = r["draft"].as_bool().unwrap_or(false);
        let assets: Vec<Value> = self.lock().assets.iter().filter(|a| a["release"] == id).cloned().collect();
        let api = format!("{}/repos/octocat/Hello-World/releases/{id}", self.base);
        json!({
            "url": api, "html_url": format!("https://github.com/octocat/Hello-World/releases/{}", r["tag_name"].as_str().unwrap_or_default()),
            "assets_url": format!("{api}/assets"),
            "upload_url": format!("{}/repos/octocat/Hello-World/releases/{id}/assets{{?name,label}}", self.uploads),
            "tarball_url": format!("{}/repos/octocat/Hello-World/tarball/{}", self.base, r["tag_name"].as_str().unwrap_or_default()),
            "zipball_url": format!("{}/repos/octocat/Hello-World/zipball/{}", self.base, r["tag_name"].as_str().unwrap_or_default()),
            "id": id, "node_id": "MDc6UmVsZWFzZTE=", "tag_name": r["tag_name"], "target_commitish": r["target_commitish"].as_str().unwrap_or("master"),
            "name": r["name"], "body": r["body"], "draft": draft, "prerelease": r["prerelease"].as_bool().unwrap_or(false),
            "immutable": false, "created_at": "2025-05-01T12:00:00Z",
            "published_at": if draft { Value::Null } else { json!("2025-05-01T12:00:00Z") },
            "author": self.simple_user("octocat"),
            "assets": assets.iter().map(|a| self.asset_json(a)).collect::<Vec<_>>()
        })
    }

    fn find_release(&self, wanted: impl Fn(&Value) -> bool, newest: bool) -> ResponseTemplate {
        let releases = self.lock().releases.clone();
        let found =
            if newest { releases.iter().rev().find(|r| wanted(r)) } else { releases.iter().find(|r| wanted(r)) };
        match found {
            Some(release) => json_response(200, &self.release_json(release)),
            None => not_found("https://docs.github.com/rest/releases/releases"),
        }
    }

    fn create_release(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(tag) = body["tag_name"].as_str() else { return validation_failed("tag_name", "missing_field") };
        if self.lock().releases.iter().any(|r| r["tag_name"] == tag) {
            return json_response(
                422,
                &json!({"message": "Validation Failed", "errors": [{"resource": "Release", "code": "already_exists", "field": "tag_name"}], "documentation_url": DOCS, "status": "422"}),
            );
        }
        let release = json!({
            "id": self.next_id(), "tag_name": tag, "target_commitish": body["target_commitish"], "name": body["name"].as_str().unwrap_or(tag),
            "body": body["body"], "draft": body["draft"].as_bool().unwrap_or(false), "prerelease": body["prerelease"].as_bool().unwrap_or(false)
        });
        self.lock().releases.push(release.clone());
        let location = format!("{}/repos/octocat/Hello-World/releases/{}", self.base, release["id"]);
        json_response(201, &self.release_json(&release)).insert_header("location", location.as_str())
    }

    fn edit_release(&self, incoming: &Incoming<'_>, method: &str, id: &str) -> ResponseTemplate {
        let mut state = self.lock();
        let Some(index) = state.releases.iter().position(|r| num_is(&r["id"], id)) else {
            return not_found(DOCS);
        };
        if method == "DELETE" {
            let removed = state.releases.remove(index);
            state.assets.retain(|a| a["release"] != removed["id"]);
            return ResponseTemplate::new(204);
        }
        let body = incoming.json_body().unwrap_or(Value::Null);
        for key in ["tag_name", "name", "body", "draft", "prerelease"] {
            if !body[key].is_null() {
                state.releases[index][key] = body[key].clone();
            }
        }
        let release = state.releases[index].clone();
        drop(state);
        json_response(200, &self.release_json(&release))
    }

    fn gist_json(&self, g: &Value, with_content: bool) -> Value {
        let id = g["id"].as_str().unwrap_or_default();
        let files: serde_json::Map<String, Value> = g["files"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, content)| {
                let text = content.as_str().unwrap_or_default();
                let mut file = json!({
                    "filename": name, "type": "text/plain",
                    "language": if name.ends_with(".rb") { json!("Ruby") } else if name.ends_with(".rs") { json!("Rust") } else { json!("Text") },
                    "raw_url": format!("https://gist.githubusercontent.com/octocat/{id}/raw/{name}"), "size": text.len()
                });
                if with_content {
                    file["content"] = json!(text);
                    file["truncated"] = json!(false);
                }
                (name.clone(), file)
            })
            .collect();
        json!({
            "url": format!("{}/gists/{id}", self.base), "id": id, "node_id": "MDQ6R2lzdGFhNWEzMTVkNjFhZTk0MzhiMThk",
            "html_url": format!("https://gist.github.com/{id}"), "files": files, "public": g["public"],
            "created_at": "2010-04-14T02:15:15Z", "updated_at": "2011-06-20T11:34:15Z", "description": g["description"],
            "comments": 0, "owner": self.simple_user("octocat"), "truncated": false
        })
    }

    fn list_gists(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let gists: Vec<Value> = self.lock().gists.clone();
        self.paged(incoming, gists.iter().map(|g| self.gist_json(g, false)).collect())
    }

    fn create_gist(&self, incoming: &Incoming<'_>, authed: bool) -> ResponseTemplate {
        if !authed {
            return requires_authentication();
        }
        let body = incoming.json_body().unwrap_or(Value::Null);
        let Some(files) = body["files"].as_object().filter(|f| !f.is_empty()) else {
            return validation_failed("files", "missing_field");
        };
        let files: serde_json::Map<String, Value> =
            files.iter().map(|(name, file)| (name.clone(), file["content"].clone())).collect();
        let id = format!("{:020x}", fnv(&self.next_id().to_be_bytes()) >> 48);
        let gist = json!({"id": id, "description": body["description"], "public": body["public"].as_bool().unwrap_or(false), "files": files});
        self.lock().gists.push(gist.clone());
        json_response(201, &self.gist_json(&gist, true))
    }

    fn gist(&self, incoming: &Incoming<'_>, method: &str, id: &str, authed: bool) -> ResponseTemplate {
        if method != "GET" && !authed {
            return requires_authentication();
        }
        let mut state = self.lock();
        let Some(index) = state.gists.iter().position(|g| g["id"] == id) else {
            return not_found("https://docs.github.com/rest/gists/gists#get-a-gist");
        };
        match method {
            "DELETE" => {
                state.gists.remove(index);
                ResponseTemplate::new(204)
            }
            "PATCH" => {
                let body = incoming.json_body().unwrap_or(Value::Null);
                let gist = &mut state.gists[index];
                if body["description"].is_string() {
                    gist["description"] = body["description"].clone();
                }
                for (name, change) in body["files"].as_object().into_iter().flatten() {
                    if let Some(files) = gist["files"].as_object_mut() {
                        if change.is_null() {
                            files.remove(name);
                        } else {
                            files.insert(name.clone(), change["content"].clone());
                        }
                    }
                }
                let gist = gist.clone();
                drop(state);
                json_response(200, &self.gist_json(&gist, true))
            }
            _ => {
                let gist = state.gists[index].clone();
                drop(state);
                json_response(200, &self.gist_json(&gist, true))
            }
        }
    }

    fn starred(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let starred = self.lock().starred.clone();
        let repos: Vec<Value> = starred
            .iter()
            .filter_map(|full| full.split_once('/'))
            .filter_map(|(owner, name)| find_repo(owner, name))
            .map(|r| self.repo_json(r, false))
            .collect();
        self.paged(incoming, repos)
    }

    /// `GET` answers 204 or 404; `PUT` and `DELETE` answer 204, with no
    /// body and `Content-Length: 0`, as GitHub asks of PUTs without one.
    fn star(&self, method: &str, owner: &str, name: &str) -> ResponseTemplate {
        let Some(repo) = find_repo(owner, name) else { return not_found(DOCS) };
        let full = format!("{}/{}", repo.owner, repo.name);
        let mut state = self.lock();
        let starred = state.starred.contains(&full);
        match method {
            "PUT" => {
                if !starred {
                    state.starred.push(full);
                }
                ResponseTemplate::new(204)
            }
            "DELETE" => {
                state.starred.retain(|s| *s != full);
                ResponseTemplate::new(204)
            }
            _ if starred => ResponseTemplate::new(204),
            _ => not_found(
                "https://docs.github.com/rest/activity/starring#check-if-a-repository-is-starred-by-the-authenticated-user",
            ),
        }
    }

    fn search_more(&self, incoming: &Incoming<'_>, kind: &str, authed: bool) -> ResponseTemplate {
        let Some(q) = incoming.query("q").filter(|q| !q.trim().is_empty()) else {
            return validation_failed("q", "missing");
        };
        if kind == "code" && !authed {
            return requires_authentication();
        }
        let words: Vec<String> = q.split_whitespace().filter(|w| !w.contains(':')).map(str::to_lowercase).collect();
        let items: Vec<Value> = match kind {
            "issues" => {
                let (owner, name) = HELLO_WORLD;
                let issues: Vec<Value> = self.lock().issues.clone();
                let want_pr = q.contains("is:pr");
                let want_issue = q.contains("is:issue");
                issues
                    .iter()
                    .filter(|i| !want_pr || i["pull_request"] == true)
                    .filter(|i| !want_issue || i["pull_request"] != true)
                    .filter(|i| {
                        let title = i["title"].as_str().unwrap_or_default().to_lowercase();
                        words.iter().all(|w| title.contains(w.as_str()))
                    })
                    .map(|i| self.issue_json(owner, name, i))
                    .collect()
            }
            "code" => FILES
                .iter()
                .filter(|(_, content)| words.iter().all(|w| content.to_lowercase().contains(w.as_str())))
                .map(|(path, _)| {
                    let file_name = path.rsplit('/').next().unwrap_or(path);
                    json!({
                        "name": file_name, "path": path, "sha": format!("{:040x}", fnv(path.as_bytes())),
                        "url": format!("{}/repos/octocat/Hello-World/contents/{path}", self.base),
                        "html_url": format!("https://github.com/octocat/Hello-World/blob/master/{path}"),
                        "repository": self.repo_json(&super::REPOS[0], false), "score": 1.0
                    })
                })
                .collect(),
            _ => super::OWNERS
                .iter()
                .filter(|(login, _, _)| words.iter().all(|w| login.to_lowercase().contains(w.as_str())))
                .map(|(login, _, _)| {
                    let mut user = self.simple_user(login);
                    user["score"] = json!(1.0);
                    user
                })
                .collect(),
        };
        let per_page = incoming.query_number("per_page").unwrap_or(30).clamp(1, 100);
        let page = incoming.query_number("page").unwrap_or(1).max(1);
        let (slice, pages) = page_of(&items, page, per_page);
        let body = json!({"total_count": items.len(), "incomplete_results": false, "items": slice});
        with_links(json_response(200, &body), page_links(incoming, &self.base, page, pages))
    }

    /// `GET /rate_limit` does not count against the limit.
    fn rate_limit_overview(&self, authed: bool) -> ResponseTemplate {
        let state = self.lock();
        let core_limit: u64 = if authed { 5000 } else { 60 };
        let search_limit: u64 = if authed { 30 } else { 10 };
        let bucket = |limit: u64, used: u64, reset: u64| json!({"limit": limit, "used": used, "remaining": limit.saturating_sub(used), "reset": reset});
        let core = bucket(core_limit, state.core_used, self.core_reset);
        json_response(
            200,
            &json!({
                "resources": {
                    "core": core,
                    "search": bucket(search_limit, state.search_used, self.search_reset),
                    "graphql": bucket(if authed { 5000 } else { 0 }, 0, self.core_reset),
                    "code_search": bucket(10, 0, self.search_reset),
                    "integration_manifest": bucket(5000, 0, self.core_reset)
                },
                "rate": core
            }),
        )
    }

    fn all_runs(&self) -> Vec<Value> {
        [(RUN_ID, "master", "push", "completed", Some("success")), (RUN_ID + 1, "patch-1", "pull_request", "completed", Some("failure")), (RUN_ID + 2, "master", "workflow_dispatch", "in_progress", None)]
            .iter()
            .rev()
            .enumerate()
            .map(|(i, (id, branch, event, status, conclusion))| {
                json!({
                    "id": id, "name": "CI", "node_id": "MDEyOldvcmtmbG93IFJ1bjI2OTI4OQ==", "head_branch": branch, "head_sha": HEAD_SHA,
                    "path": ".github/workflows/ci.yml", "run_number": 562 - i as u64, "run_attempt": 1, "event": event,
                    "status": status, "conclusion": conclusion, "workflow_id": WORKFLOW_ID,
                    "url": format!("{}/repos/octocat/Hello-World/actions/runs/{id}", self.base),
                    "html_url": format!("https://github.com/octocat/Hello-World/actions/runs/{id}"),
                    "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-01-05T10:05:00Z"
                })
            })
            .collect()
    }

    fn runs(&self, incoming: &Incoming<'_>, workflow: Option<u64>) -> ResponseTemplate {
        let mut runs = self.all_runs();
        if let Some(workflow) = workflow {
            runs.retain(|r| r["workflow_id"] == workflow);
        }
        for key in ["branch", "event", "status"] {
            if let Some(wanted) = incoming.query(key) {
                let field = if key == "branch" { "head_branch" } else { key };
                runs.retain(|r| r[field] == wanted.as_str() || (key == "status" && r["conclusion"] == wanted.as_str()));
            }
        }
        self.paged_envelope(incoming, "workflow_runs", runs)
    }

    fn artifact_json(&self, id: u64, name: &str, expired: bool) -> Value {
        json!({
            "id": id, "node_id": "MDg6QXJ0aWZhY3QxMQ==", "name": name, "size_in_bytes": if id == ARTIFACT_ID { ARTIFACT_SIZE } else { 556 },
            "url": format!("{}/repos/octocat/Hello-World/actions/artifacts/{id}", self.base),
            "archive_download_url": format!("{}/repos/octocat/Hello-World/actions/artifacts/{id}/zip", self.base),
            "expired": expired, "digest": null,
            "created_at": "2026-01-05T10:05:00Z", "expires_at": "2026-04-05T10:05:00Z", "updated_at": "2026-01-05T10:05:00Z",
            "workflow_run": {"id": RUN_ID, "repository_id": HELLO_WORLD_ID, "head_branch": "master", "head_sha": HEAD_SHA}
        })
    }

    /// A 302 to a short-lived URL on the storage host, which serves the zip
    /// and refuses a request that also carries `Authorization`.
    fn artifact_download(&self, id: &str, format: &str) -> ResponseTemplate {
        if format != "zip" {
            return not_found(DOCS);
        }
        match id.parse::<u64>() {
            Ok(ARTIFACT_ID) => {
                let location = format!(
                    "{}{ARTIFACT_PATH}?sp=r&sv=2025-01-05&se=2026-01-05T10%3A06%3A00Z&sr=b&sig=bW9jay1zaWduYXR1cmU%3D",
                    self.assets
                );
                ResponseTemplate::new(302).insert_header("location", location.as_str())
            }
            Ok(12) => json_response(
                410,
                &json!({"message": "Artifact has expired", "documentation_url": DOCS, "status": "410"}),
            ),
            _ => not_found(DOCS),
        }
    }
}

fn pull_files() -> Value {
    json!([
        {"sha": "bbcd538c8e72b8c175046e27cc8f907076331401", "filename": "README", "status": "modified",
         "additions": 103, "deletions": 21, "changes": 124,
         "blob_url": "https://github.com/octocat/Hello-World/blob/6dcb09b5b57875f334f61aebed695e2e4193db5e/README",
         "raw_url": "https://github.com/octocat/Hello-World/raw/6dcb09b5b57875f334f61aebed695e2e4193db5e/README",
         "contents_url": "https://api.github.com/repos/octocat/Hello-World/contents/README?ref=6dcb09b5b57875f334f61aebed695e2e4193db5e",
         "patch": "@@ -1 +1 @@\n-Hello World\n+Hello World!"},
        {"sha": "f29513c1b1e1f4b3c3a1b1a1c1d1e1f1a1b1c1d1", "filename": "docs/usage.md", "status": "added",
         "additions": 1, "deletions": 0, "changes": 1, "patch": "@@ -0,0 +1 @@\n+# Usage"}
    ])
}

fn requires_authentication() -> ResponseTemplate {
    json_response(401, &json!({"message": "Requires authentication", "documentation_url": DOCS, "status": "401"}))
}

fn validation_failed(field: &str, code: &str) -> ResponseTemplate {
    json_response(
        422,
        &json!({"message": "Validation Failed", "errors": [{"resource": "Request", "field": field, "code": code}], "documentation_url": DOCS, "status": "422"}),
    )
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    base64::engine::general_purpose::STANDARD.decode(compact).ok()
}

/// The blob sha the mock gives a file's content.
pub(super) fn blob_sha(content: &str) -> String {
    format!("{:040x}", fnv(content.as_bytes()))
}

/// Whether a JSON number equals the number in a path segment.
fn num_is(value: &Value, segment: &str) -> bool {
    value.as_u64().is_some_and(|n| segment.parse::<u64>() == Ok(n))
}
