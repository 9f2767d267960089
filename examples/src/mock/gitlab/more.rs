//! The GitLab mock's routes beyond projects, issue listings and uploads:
//! users, single issues and notes, merge requests, pipelines and jobs, and
//! the repository (files, tree, commits, compare, branches, tags,
//! releases), all on project 42 (`my-group/my-subgroup/my-project`).
//! Writes are kept, so a test reads back what it wrote.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use wiremock::ResponseTemplate;

use super::{GitLabApi, PROJECTS, ProjectSeed, WEB, find_project, message, no_route, offset_headers, user_json};
use crate::mock::{Incoming, json_response, page_of};

/// The project with a repository, merge requests and pipelines.
const REPO_PROJECT: u64 = 42;
const MAIN_SHA: &str = "ed899a2f4b50b4370feeea94676502b42383c746";
const FEATURE_SHA: &str = "6104942438c14ec7bd21c6cd5bd995272b3faff6";

/// Everything written through the routes here.
#[derive(Default)]
pub(super) struct Store {
    /// Issues changed by `PUT` (replacing the seed), by `(project, iid)`.
    pub(super) issue_edits: BTreeMap<(u64, u64), Value>,
    /// Issues deleted, by `(project, iid)`.
    pub(super) deleted_issues: Vec<(u64, u64)>,
    notes: Vec<Value>,
    merge_requests: Vec<Value>,
    pipelines: Vec<Value>,
    jobs: Vec<Value>,
    /// Repository files: path -> content (none: deleted).
    files: BTreeMap<String, Option<String>>,
    branches: Vec<(String, String)>,
    tags: Vec<Value>,
    releases: Vec<Value>,
    next_id: u64,
}

pub(super) fn seed() -> Store {
    let mut store = Store { next_id: 5_000, ..Store::default() };
    store.merge_requests = vec![
        json!({"iid": 1, "title": "Add a login form", "description": "Closes #3", "state": "opened", "source_branch": "feature/login", "target_branch": "main", "labels": ["feature"], "draft": false}),
        json!({"iid": 2, "title": "Fix the README", "description": null, "state": "merged", "source_branch": "docs/readme", "target_branch": "main", "labels": ["documentation"], "draft": false}),
        json!({"iid": 3, "title": "Draft: dark mode", "description": null, "state": "closed", "source_branch": "feature/dark-mode", "target_branch": "main", "labels": [], "draft": true}),
    ];
    store.pipelines = vec![
        json!({"id": 1001, "iid": 1, "status": "success", "ref": "main", "sha": MAIN_SHA, "source": "push"}),
        json!({"id": 1002, "iid": 2, "status": "failed", "ref": "feature/login", "sha": FEATURE_SHA, "source": "merge_request_event"}),
        json!({"id": 1003, "iid": 3, "status": "running", "ref": "main", "sha": MAIN_SHA, "source": "web"}),
    ];
    for pipeline in [1001_u64, 1002, 1003] {
        for (i, (name, stage)) in [("build", "build"), ("rspec", "test"), ("deploy", "deploy")].iter().enumerate() {
            let status = match (pipeline, *name) {
                (1002, "rspec") => "failed",
                (1002, "deploy") => "skipped",
                (1003, "build") => "success",
                (1003, _) => "running",
                _ => "success",
            };
            store.jobs.push(json!({"id": pipeline * 10 + i as u64, "pipeline": pipeline, "name": name, "stage": stage, "status": status}));
        }
    }
    for (path, content) in [
        ("README.md", "# My Project\n\nA project in a subgroup.\n"),
        ("docs/guide.md", "# Guide\n\nStart here.\n"),
        ("docs/api/index.md", "# API\n"),
        ("src/main.rs", "fn main() {\n    println!(\"Hello, GitLab!\");\n}\n"),
        (".gitlab-ci.yml", "test:\n  script: cargo test\n"),
    ] {
        store.files.insert(path.to_owned(), Some(content.to_owned()));
    }
    store.branches = vec![
        ("main".to_owned(), MAIN_SHA.to_owned()),
        ("feature/login".to_owned(), FEATURE_SHA.to_owned()),
        ("feature/dark-mode".to_owned(), FEATURE_SHA.to_owned()),
    ];
    store.tags = vec![
        json!({"name": "v1.0.0", "message": "First release", "target": MAIN_SHA}),
        json!({"name": "v1.1.0", "message": null, "target": MAIN_SHA}),
    ];
    store.releases = vec![json!({"tag_name": "v1.0.0", "name": "Version 1.0", "description": "The first release."})];
    store
}

impl GitLabApi {
    pub(super) fn route_more(&self, incoming: &Incoming<'_>, authed: bool) -> ResponseTemplate {
        let segments = incoming.segments();
        let method = incoming.method();
        match (method, segments.as_slice()) {
            ("GET", ["api", "v4", "user"]) if authed => json_response(200, &full_user(1)),
            ("GET", ["api", "v4", "user"]) => message(401, "401 Unauthorized"),
            ("GET", ["api", "v4", "users", id]) => match id.parse::<u64>() {
                Ok(id @ (1 | 18)) => json_response(200, &full_user(id)),
                _ => message(404, "404 User Not Found"),
            },
            ("GET", ["api", "v4", "users", id, "projects"]) => self.user_projects(incoming, id),
            ("POST", ["api", "v4", "projects"]) if authed => self.create_project(incoming),
            (_, ["api", "v4", "projects", id, rest @ ..]) => {
                let Some(project) = find_project(id).filter(|p| p.public || authed) else {
                    return message(404, "404 Project Not Found");
                };
                let writes = !matches!(method, "GET" | "HEAD");
                if writes && !authed {
                    return message(401, "401 Unauthorized");
                }
                self.project_route(incoming, method, project, rest)
            }
            (_, ["api", "v4", ..]) if !authed && method != "GET" => message(401, "401 Unauthorized"),
            _ => no_route(),
        }
    }

    fn project_route(&self, incoming: &Incoming<'_>, method: &str, p: &ProjectSeed, rest: &[&str]) -> ResponseTemplate {
        if let ("PUT", []) = (method, rest) {
            return self.update_project(incoming, p);
        }
        if let ("GET" | "PUT" | "DELETE", ["issues", iid]) = (method, rest) {
            return self.issue(incoming, method, p, iid);
        }
        if let (_, ["issues", iid, "notes"]) = (method, rest) {
            return self.notes(incoming, method, p, "Issue", iid);
        }
        if p.id != REPO_PROJECT {
            return message(404, "404 Not found");
        }
        match (method, rest) {
            ("GET", ["merge_requests"]) => self.list_mrs(incoming),
            ("POST", ["merge_requests"]) => self.create_mr(incoming),
            ("GET" | "PUT", ["merge_requests", iid]) => self.mr(incoming, method, iid),
            ("GET", ["merge_requests", iid, "changes"]) => self.mr_changes(iid),
            ("GET", ["merge_requests", iid, "commits"]) => match self.find_mr(iid) {
                Some(_) => json_response(
                    200,
                    &json!([
                        commit_json(FEATURE_SHA, "Add the login form", 1),
                        commit_json(&fake_sha(2), "Validate the password", 2)
                    ]),
                ),
                None => message(404, "404 Not found"),
            },
            ("PUT", ["merge_requests", iid, "merge"]) => self.merge_mr(incoming, iid),
            ("POST", ["merge_requests", iid, "notes"]) => self.notes(incoming, method, p, "MergeRequest", iid),
            ("GET", ["pipelines"]) => self.list_pipelines(incoming),
            ("POST", ["pipeline"]) => self.create_pipeline(incoming),
            ("GET", ["pipelines", id]) => self.pipeline(id, None),
            ("POST", ["pipelines", id, "retry"]) => self.pipeline(id, Some("pending")),
            ("POST", ["pipelines", id, "cancel"]) => self.pipeline(id, Some("canceled")),
            ("GET", ["pipelines", id, "jobs"]) => self.pipeline_jobs(incoming, id),
            ("GET", ["jobs", id]) => match self.find_job(id) {
                Some(job) => json_response(200, &job_json(&job)),
                None => message(404, "404 Not found"),
            },
            ("GET", ["jobs", id, "trace"]) => match self.find_job(id) {
                Some(job) => ResponseTemplate::new(200).set_body_raw(job_log(&job), "text/plain"),
                None => message(404, "404 Not found"),
            },
            ("POST", ["jobs", id, "retry"]) => self.retry_job(id),
            ("GET", ["repository", "files", path]) => self.get_file(incoming, path),
            ("GET", ["repository", "files", path, "raw"]) => match self.file(path) {
                Some(content) => ResponseTemplate::new(200).set_body_raw(content, "text/plain; charset=utf-8"),
                None => message(404, "404 File Not Found"),
            },
            ("POST" | "PUT", ["repository", "files", path]) => self.write_file(incoming, method, path),
            ("DELETE", ["repository", "files", path]) => self.delete_file(incoming, path),
            ("GET", ["repository", "tree"]) => self.tree(incoming),
            ("GET", ["repository", "commits"]) => self.commits(incoming),
            ("GET", ["repository", "compare"]) => self.compare(incoming),
            ("GET", ["repository", "branches"]) => {
                let search = incoming.query("search");
                let branches: Vec<Value> = self
                    .lock()
                    .branches
                    .iter()
                    .filter(|(name, _)| search.as_deref().is_none_or(|s| name.contains(s)))
                    .map(|(name, sha)| branch_json(name, sha))
                    .collect();
                offset_page(incoming, &self.base, branches)
            }
            ("GET", ["repository", "branches", name]) => match self.lock().branches.iter().find(|(b, _)| b == name) {
                Some((name, sha)) => json_response(200, &branch_json(name, sha)),
                None => message(404, "404 Branch Not Found"),
            },
            ("POST", ["repository", "branches"]) => self.create_branch(incoming),
            ("DELETE", ["repository", "branches", name]) => {
                let mut store = self.lock();
                let before = store.branches.len();
                if *name == "main" {
                    return message(405, "405 Method Not Allowed");
                }
                store.branches.retain(|(b, _)| b != name);
                if store.branches.len() == before {
                    message(404, "404 Branch Not Found")
                } else {
                    ResponseTemplate::new(204)
                }
            }
            ("GET", ["repository", "tags"]) => {
                let tags: Vec<Value> = self.lock().tags.iter().rev().map(tag_json).collect();
                offset_page(incoming, &self.base, tags)
            }
            ("POST", ["repository", "tags"]) => self.create_tag(incoming),
            ("GET", ["releases"]) => {
                let releases: Vec<Value> = self.lock().releases.iter().rev().map(release_json).collect();
                offset_page(incoming, &self.base, releases)
            }
            ("GET", ["releases", tag]) => match self.lock().releases.iter().find(|r| r["tag_name"] == *tag) {
                Some(release) => json_response(200, &release_json(release)),
                None => message(404, "404 Not Found"),
            },
            ("POST", ["releases"]) => self.create_release(incoming),
            _ => no_route(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn next_id(&self) -> u64 {
        let mut store = self.lock();
        store.next_id += 1;
        store.next_id
    }

    fn user_projects(&self, incoming: &Incoming<'_>, id: &str) -> ResponseTemplate {
        let owned: Vec<Value> = match id {
            "1" | "root" => PROJECTS.iter().filter(|p| p.public).map(|p| self.project_json(p)).collect(),
            "18" | "jdoe" => PROJECTS.iter().filter(|p| p.id == REPO_PROJECT).map(|p| self.project_json(p)).collect(),
            _ => return message(404, "404 User Not Found"),
        };
        let search = incoming.query("search").map(|s| s.to_lowercase());
        let owned = owned
            .into_iter()
            .filter(|p| {
                search.as_deref().is_none_or(|s| p["name"].as_str().unwrap_or_default().to_lowercase().contains(s))
            })
            .collect();
        offset_page(incoming, &self.base, owned)
    }

    fn create_project(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let Some(name) = fields["name"].as_str().or(fields["path"].as_str()) else {
            return json_response(
                400,
                &json!({"error": "name, path are missing, at least one parameter must be provided"}),
            );
        };
        let mut project = self.project_json(&PROJECTS[2]);
        let path = fields["path"].as_str().map_or_else(|| name.to_lowercase().replace(' ', "-"), str::to_owned);
        project["id"] = json!(self.next_id());
        project["name"] = json!(name);
        project["path"] = json!(path);
        project["path_with_namespace"] = json!(format!("root/{path}"));
        project["name_with_namespace"] = json!(format!("Administrator / {name}"));
        project["description"] = fields["description"].clone();
        project["visibility"] = json!(fields["visibility"].as_str().unwrap_or("private"));
        project["star_count"] = json!(0);
        project["web_url"] = json!(format!("{WEB}/root/{path}"));
        json_response(201, &project)
    }

    fn update_project(&self, incoming: &Incoming<'_>, p: &ProjectSeed) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let mut project = self.project_json(p);
        for key in ["name", "description", "default_branch", "topics", "visibility"] {
            if !fields[key].is_null() {
                project[key] = fields[key].clone();
            }
        }
        json_response(200, &project)
    }

    /// The current seed of an issue, with edits and deletions applied.
    fn issue_seed(&self, p: &ProjectSeed, iid: u64) -> Option<Value> {
        self.all_issues(p).into_iter().find(|i| i["iid"] == iid)
    }

    fn issue(&self, incoming: &Incoming<'_>, method: &str, p: &ProjectSeed, iid: &str) -> ResponseTemplate {
        let Some(mut seed) = iid.parse().ok().and_then(|iid| self.issue_seed(p, iid)) else {
            return message(404, "404 Not found");
        };
        let key = (p.id, seed["iid"].as_u64().unwrap_or(0));
        match method {
            "DELETE" => {
                self.lock().deleted_issues.push(key);
                ResponseTemplate::new(204)
            }
            "PUT" => {
                let fields = super::request_fields(incoming);
                for field in ["title", "description"] {
                    if !fields[field].is_null() {
                        seed[field] = fields[field].clone();
                    }
                }
                match fields["state_event"].as_str() {
                    Some("close") => seed["state"] = json!("closed"),
                    Some("reopen") => seed["state"] = json!("opened"),
                    _ => {}
                }
                let mut labels: Vec<Value> = seed["labels"].as_array().cloned().unwrap_or_default();
                for label in split_list(&fields["add_labels"]) {
                    if !labels.contains(&json!(label)) {
                        labels.push(json!(label));
                    }
                }
                let removed = split_list(&fields["remove_labels"]);
                labels.retain(|l| !removed.iter().any(|r| l == r.as_str()));
                seed["labels"] = json!(labels);
                self.lock().issue_edits.insert(key, seed.clone());
                json_response(200, &self.issue_json(p, &seed))
            }
            _ => json_response(200, &self.issue_json(p, &seed)),
        }
    }

    /// Two seeded notes on every issue, then the ones written here.
    fn notes(&self, incoming: &Incoming<'_>, method: &str, p: &ProjectSeed, kind: &str, iid: &str) -> ResponseTemplate {
        let Ok(iid) = iid.parse::<u64>() else { return message(404, "404 Not found") };
        let exists = match kind {
            "Issue" => self.issue_seed(p, iid).is_some(),
            _ => self.find_mr(&iid.to_string()).is_some(),
        };
        if !exists {
            return message(404, "404 Not found");
        }
        if method == "POST" {
            let fields = super::request_fields(incoming);
            let Some(body) = fields["body"].as_str().filter(|b| !b.trim().is_empty()) else {
                return json_response(400, &json!({"message": "400 Bad request - Note {:note=>[\"can't be blank\"]}"}));
            };
            let note = json!({"id": self.next_id(), "kind": kind, "iid": iid, "project": p.id, "body": body,
                              "author": 1, "system": false, "internal": fields["internal"].as_bool().unwrap_or(false)});
            self.lock().notes.push(note.clone());
            return json_response(201, &note_json(&note));
        }
        let mut notes: Vec<Value> = vec![
            json!({"id": iid * 100 + 1, "kind": kind, "iid": iid, "project": p.id, "body": "changed the description", "author": 1, "system": true, "internal": false}),
            json!({"id": iid * 100 + 2, "kind": kind, "iid": iid, "project": p.id, "body": "I can reproduce this on main.", "author": 18, "system": false, "internal": false}),
        ];
        notes.extend(
            self.lock().notes.iter().filter(|n| n["kind"] == kind && n["iid"] == iid && n["project"] == p.id).cloned(),
        );
        if incoming.query("sort").as_deref() != Some("asc") {
            notes.reverse();
        }
        offset_page(incoming, &self.base, notes.iter().map(note_json).collect())
    }

    fn find_mr(&self, iid: &str) -> Option<Value> {
        self.lock().merge_requests.iter().find(|m| num_is(&m["iid"], iid)).cloned()
    }

    fn list_mrs(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let state = incoming.query("state").unwrap_or_else(|| "all".to_owned());
        let target = incoming.query("target_branch");
        let mrs: Vec<Value> = self
            .lock()
            .merge_requests
            .iter()
            .rev()
            .filter(|m| state == "all" || m["state"] == state.as_str())
            .filter(|m| target.as_deref().is_none_or(|t| m["target_branch"] == t))
            .map(mr_json)
            .collect();
        offset_page(incoming, &self.base, mrs)
    }

    fn create_mr(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let (Some(source), Some(target), Some(title)) =
            (fields["source_branch"].as_str(), fields["target_branch"].as_str(), fields["title"].as_str())
        else {
            return json_response(
                400,
                &json!({"error": "source_branch is missing, target_branch is missing, title is missing"}),
            );
        };
        let mut store = self.lock();
        if let Some(open) = store
            .merge_requests
            .iter()
            .find(|m| m["state"] == "opened" && m["source_branch"] == source && m["target_branch"] == target)
        {
            let message_text =
                format!("Another open merge request already exists for this source branch: !{}", open["iid"]);
            return json_response(409, &json!({"message": [message_text]}));
        }
        if !store.branches.iter().any(|(b, _)| b == source) {
            return json_response(422, &json!({"message": ["Source branch does not exist"]}));
        }
        let iid = store.merge_requests.len() as u64 + 1;
        let mr = json!({"iid": iid, "title": title, "description": fields["description"], "state": "opened",
                        "source_branch": source, "target_branch": target, "labels": split_list(&fields["labels"]),
                        "draft": title.starts_with("Draft:")});
        store.merge_requests.push(mr.clone());
        json_response(201, &mr_json(&mr))
    }

    fn mr(&self, incoming: &Incoming<'_>, method: &str, iid: &str) -> ResponseTemplate {
        if method == "PUT" {
            let fields = super::request_fields(incoming);
            let mut store = self.lock();
            let Some(mr) = store.merge_requests.iter_mut().find(|m| num_is(&m["iid"], iid)) else {
                return message(404, "404 Not found");
            };
            for key in ["title", "description", "target_branch"] {
                if !fields[key].is_null() {
                    mr[key] = fields[key].clone();
                }
            }
            match fields["state_event"].as_str() {
                Some("close") => mr["state"] = json!("closed"),
                Some("reopen") => mr["state"] = json!("opened"),
                _ => {}
            }
        }
        match self.find_mr(iid) {
            Some(mr) => json_response(200, &mr_json(&mr)),
            None => message(404, "404 Not found"),
        }
    }

    fn mr_changes(&self, iid: &str) -> ResponseTemplate {
        let Some(mr) = self.find_mr(iid) else { return message(404, "404 Not found") };
        let mut body = mr_json(&mr);
        body["changes"] = diffs();
        json_response(200, &body)
    }

    fn merge_mr(&self, incoming: &Incoming<'_>, iid: &str) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let mut store = self.lock();
        let Some(mr) = store.merge_requests.iter_mut().find(|m| num_is(&m["iid"], iid)) else {
            return message(404, "404 Not found");
        };
        if mr["state"] != "opened" {
            return message(405, "405 Method Not Allowed");
        }
        if fields["sha"].as_str().is_some_and(|sha| sha != FEATURE_SHA) {
            return message(409, "SHA does not match HEAD of source branch: 6104942438c14ec7bd21c6cd5bd995272b3faff6");
        }
        mr["state"] = json!("merged");
        if fields["should_remove_source_branch"].as_bool() == Some(true) {
            let source = mr["source_branch"].as_str().unwrap_or_default().to_owned();
            store.branches.retain(|(b, _)| *b != source);
        }
        let merged = store.merge_requests.iter().find(|m| num_is(&m["iid"], iid)).cloned().unwrap_or_default();
        json_response(200, &mr_json(&merged))
    }

    fn list_pipelines(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let reference = incoming.query("ref");
        let status = incoming.query("status");
        let pipelines: Vec<Value> = self
            .lock()
            .pipelines
            .iter()
            .rev()
            .filter(|p| reference.as_deref().is_none_or(|r| p["ref"] == r))
            .filter(|p| status.as_deref().is_none_or(|s| p["status"] == s))
            .map(pipeline_json)
            .collect();
        offset_page(incoming, &self.base, pipelines)
    }

    fn create_pipeline(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let Some(reference) = fields["ref"].as_str() else {
            return json_response(400, &json!({"error": "ref is missing"}));
        };
        let mut store = self.lock();
        let Some((_, sha)) = store.branches.iter().find(|(b, _)| b == reference).cloned() else {
            return json_response(400, &json!({"message": {"base": ["Reference not found"]}}));
        };
        store.next_id += 1;
        let id = store.next_id;
        let iid = store.pipelines.len() as u64 + 1;
        let pipeline =
            json!({"id": id, "iid": iid, "status": "created", "ref": reference, "sha": sha, "source": "api"});
        store.pipelines.push(pipeline.clone());
        json_response(201, &pipeline_json(&pipeline))
    }

    /// `GET`, or `retry`/`cancel` (201 with the pipeline's new status).
    fn pipeline(&self, id: &str, new_status: Option<&str>) -> ResponseTemplate {
        let mut store = self.lock();
        let Some(pipeline) = store.pipelines.iter_mut().find(|p| num_is(&p["id"], id)) else {
            return message(404, "404 Not found");
        };
        match new_status {
            Some(status) => {
                pipeline["status"] = json!(status);
                json_response(201, &pipeline_json(pipeline))
            }
            None => json_response(200, &pipeline_json(pipeline)),
        }
    }

    fn pipeline_jobs(&self, incoming: &Incoming<'_>, id: &str) -> ResponseTemplate {
        let store = self.lock();
        if !store.pipelines.iter().any(|p| num_is(&p["id"], id)) {
            return message(404, "404 Not found");
        }
        let scope = incoming.query("scope");
        let jobs: Vec<Value> = store
            .jobs
            .iter()
            .filter(|j| num_is(&j["pipeline"], id))
            .filter(|j| scope.as_deref().is_none_or(|s| j["status"] == s))
            .map(job_json)
            .collect();
        json_response(200, &json!(jobs))
    }

    fn find_job(&self, id: &str) -> Option<Value> {
        self.lock().jobs.iter().find(|j| num_is(&j["id"], id)).cloned()
    }

    fn retry_job(&self, id: &str) -> ResponseTemplate {
        let Some(job) = self.find_job(id) else { return message(404, "404 Not found") };
        let mut retried = job;
        retried["id"] = json!(self.next_id());
        retried["status"] = json!("pending");
        self.lock().jobs.push(retried.clone());
        json_response(201, &job_json(&retried))
    }

    fn file(&self, path: &str) -> Option<String> {
        self.lock().files.get(path).cloned().flatten()
    }

    fn get_file(&self, incoming: &Incoming<'_>, path: &str) -> ResponseTemplate {
        let Some(reference) = incoming.query("ref") else {
            return json_response(400, &json!({"error": "ref is missing"}));
        };
        let Some(content) = self.file(path) else { return message(404, "404 File Not Found") };
        use base64::Engine as _;
        json_response(
            200,
            &json!({
                "file_name": path.rsplit('/').next().unwrap_or(path), "file_path": path, "size": content.len(),
                "encoding": "base64", "content": base64::engine::general_purpose::STANDARD.encode(&content),
                "content_sha256": format!("{:064x}", fnv(content.as_bytes())), "ref": reference,
                "blob_id": fake_sha(fnv(content.as_bytes()) as u64), "commit_id": MAIN_SHA, "last_commit_id": FEATURE_SHA,
                "execute_filemode": false
            }),
        )
    }

    fn write_file(&self, incoming: &Incoming<'_>, method: &str, path: &str) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let (Some(branch), Some(content), Some(_message)) =
            (fields["branch"].as_str(), fields["content"].as_str(), fields["commit_message"].as_str())
        else {
            return json_response(
                400,
                &json!({"error": "branch is missing, commit_message is missing, content is missing"}),
            );
        };
        let exists = self.file(path).is_some();
        match (method, exists) {
            ("POST", true) => return json_response(400, &json!({"message": "A file with this name already exists"})),
            ("PUT", false) => return json_response(400, &json!({"message": "A file with this name doesn't exist"})),
            _ => {}
        }
        if fields["last_commit_id"].as_str().is_some_and(|id| id != FEATURE_SHA) {
            return json_response(
                400,
                &json!({"message": "You are attempting to update a file that has changed since you started editing it."}),
            );
        }
        let text = if fields["encoding"] == "base64" {
            use base64::Engine as _;
            match base64::engine::general_purpose::STANDARD.decode(content) {
                Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Err(_) => return json_response(400, &json!({"error": "content is invalid"})),
            }
        } else {
            content.to_owned()
        };
        self.lock().files.insert(path.to_owned(), Some(text));
        json_response(if method == "POST" { 201 } else { 200 }, &json!({"file_path": path, "branch": branch}))
    }

    fn delete_file(&self, incoming: &Incoming<'_>, path: &str) -> ResponseTemplate {
        if incoming.query("branch").is_none() || incoming.query("commit_message").is_none() {
            return json_response(400, &json!({"error": "branch is missing, commit_message is missing"}));
        }
        if self.file(path).is_none() {
            return message(404, "404 File Not Found");
        }
        self.lock().files.insert(path.to_owned(), None);
        ResponseTemplate::new(204)
    }

    /// The tree under `path`, keyset-paginated: `Link: rel="next"` carries
    /// `page_token`, the id of the last entry sent.
    fn tree(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let dir = incoming.query("path").unwrap_or_default();
        let recursive = incoming.query("recursive").as_deref() == Some("true");
        let prefix = if dir.is_empty() { String::new() } else { format!("{}/", dir.trim_end_matches('/')) };
        let mut entries: BTreeMap<String, &str> = BTreeMap::new();
        for path in self.lock().files.iter().filter(|(_, c)| c.is_some()).map(|(p, _)| p.clone()) {
            let Some(rest) = path.strip_prefix(&prefix) else { continue };
            let parts: Vec<&str> = rest.split('/').collect();
            for depth in 1..=parts.len() {
                if !recursive && depth > 1 {
                    break;
                }
                let entry = format!("{prefix}{}", parts[..depth].join("/"));
                entries.insert(entry, if depth == parts.len() { "blob" } else { "tree" });
            }
        }
        if entries.is_empty() && !dir.is_empty() {
            return message(404, "404 Tree Not Found");
        }
        let all: Vec<Value> = entries
            .iter()
            .map(|(path, kind)| {
                json!({"id": fake_sha(fnv(path.as_bytes()) as u64), "name": path.rsplit('/').next().unwrap_or(path),
                       "type": kind, "path": path, "mode": if *kind == "tree" { "040000" } else { "100644" }})
            })
            .collect();
        let per_page = incoming.query_number("per_page").unwrap_or(20).clamp(1, 100) as usize;
        let start = incoming
            .query("page_token")
            .and_then(|token| all.iter().position(|e| e["id"] == token.as_str()).map(|i| i + 1))
            .unwrap_or(0);
        let page: Vec<Value> = all.iter().skip(start).take(per_page).cloned().collect();
        let mut response = json_response(200, &json!(page));
        if start + page.len() < all.len() {
            if let Some(last) = page.last().and_then(|e| e["id"].as_str()) {
                let next = incoming.url_with(&self.base, &[("page_token", last.to_owned())]);
                response = response.insert_header("link", format!("<{next}>; rel=\"next\"").as_str());
            }
        }
        response
    }

    fn commits(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let since = incoming.query("since");
        let until = incoming.query("until");
        let commits: Vec<Value> = (1..=30_u64)
            .rev()
            .map(|n| commit_json(&fake_sha(n), &format!("Commit number {n}"), n))
            .filter(|c| {
                let date = c["committed_date"].as_str().unwrap_or_default().to_owned();
                since.as_deref().is_none_or(|s| date.as_str() >= s)
                    && until.as_deref().is_none_or(|u| date.as_str() <= u)
            })
            .collect();
        offset_page(incoming, &self.base, commits)
    }

    fn compare(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let (Some(from), Some(to)) = (incoming.query("from"), incoming.query("to")) else {
            return json_response(400, &json!({"error": "from is missing, to is missing"}));
        };
        let branches = self.lock().branches.clone();
        if !branches.iter().any(|(b, _)| *b == from) || !branches.iter().any(|(b, _)| *b == to) {
            return message(404, "404 Ref Not Found");
        }
        let same = from == to;
        let commits = if same { json!([]) } else { json!([commit_json(FEATURE_SHA, "Add the login form", 1)]) };
        json_response(
            200,
            &json!({"commit": if same { Value::Null } else { commit_json(FEATURE_SHA, "Add the login form", 1) },
                    "commits": commits, "diffs": if same { json!([]) } else { diffs() },
                    "compare_timeout": false, "compare_same_ref": same,
                    "web_url": format!("{WEB}/my-group/my-subgroup/my-project/-/compare/{from}...{to}")}),
        )
    }

    fn create_branch(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let (Some(name), Some(reference)) = (fields["branch"].as_str(), fields["ref"].as_str()) else {
            return json_response(400, &json!({"error": "branch is missing, ref is missing"}));
        };
        let mut store = self.lock();
        if store.branches.iter().any(|(b, _)| b == name) {
            return json_response(400, &json!({"message": "Branch already exists"}));
        }
        let Some(sha) = store.branches.iter().find(|(b, _)| b == reference).map(|(_, s)| s.clone()) else {
            return json_response(400, &json!({"message": "Invalid reference name: ".to_owned() + reference}));
        };
        store.branches.push((name.to_owned(), sha.clone()));
        json_response(201, &branch_json(name, &sha))
    }

    fn create_tag(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let (Some(name), Some(_reference)) = (fields["tag_name"].as_str(), fields["ref"].as_str()) else {
            return json_response(400, &json!({"error": "tag_name is missing, ref is missing"}));
        };
        let mut store = self.lock();
        if store.tags.iter().any(|t| t["name"] == name) {
            return json_response(400, &json!({"message": format!("Tag {name} already exists")}));
        }
        let tag = json!({"name": name, "message": fields["message"], "target": MAIN_SHA});
        store.tags.push(tag.clone());
        json_response(201, &tag_json(&tag))
    }

    fn create_release(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        let fields = super::request_fields(incoming);
        let Some(tag) = fields["tag_name"].as_str() else {
            return json_response(400, &json!({"error": "tag_name is missing"}));
        };
        let mut store = self.lock();
        if store.releases.iter().any(|r| r["tag_name"] == tag) {
            return json_response(409, &json!({"message": "Release already exists"}));
        }
        if !store.tags.iter().any(|t| t["name"] == tag) {
            if fields["ref"].as_str().is_none() {
                return json_response(422, &json!({"message": "Ref is not specified"}));
            }
            store.tags.push(json!({"name": tag, "message": null, "target": MAIN_SHA}));
        }
        let release = json!({"tag_name": tag, "name": fields["name"].as_str().unwrap_or(tag), "description": fields["description"]});
        store.releases.push(release.clone());
        json_response(201, &release_json(&release))
    }
}

/// A page of `items` with GitLab's offset headers.
fn offset_page(incoming: &Incoming<'_>, base: &str, items: Vec<Value>) -> ResponseTemplate {
    let per_page = incoming.query_number("per_page").unwrap_or(20).clamp(1, 100);
    let page = incoming.query_number("page").unwrap_or(1).max(1);
    let (slice, _) = page_of(&items, page, per_page);
    offset_headers(json_response(200, &json!(slice)), incoming, base, page, per_page, items.len() as u64)
}

fn full_user(id: u64) -> Value {
    let mut user = user_json(id);
    user["bio"] = json!(if id == 1 { "The administrator." } else { "" });
    user["created_at"] = json!("2020-01-01T00:00:00.000Z");
    user["public_email"] = json!(if id == 1 { "admin@example.com" } else { "" });
    user
}

fn note_json(note: &Value) -> Value {
    let id = note["id"].as_u64().unwrap_or(0);
    json!({
        "id": id, "type": null, "body": note["body"], "author": user_json(note["author"].as_u64().unwrap_or(1)),
        "created_at": format!("2025-05-{:02}T10:00:00.000Z", id % 28 + 1), "updated_at": "2025-05-30T10:00:00.000Z",
        "system": note["system"], "noteable_id": 42_000 + note["iid"].as_u64().unwrap_or(0), "noteable_type": note["kind"],
        "project_id": note["project"], "resolvable": false, "confidential": note["internal"], "internal": note["internal"],
        "noteable_iid": note["iid"], "commands_changes": {}
    })
}

fn mr_json(mr: &Value) -> Value {
    let iid = mr["iid"].as_u64().unwrap_or(0);
    let merged = mr["state"] == "merged";
    json!({
        "id": 4_200 + iid, "iid": iid, "project_id": REPO_PROJECT, "title": mr["title"], "description": mr["description"],
        "state": mr["state"], "created_at": "2025-05-01T10:00:00.000Z", "updated_at": "2025-05-02T10:00:00.000Z",
        "merged_by": if merged { user_json(1) } else { Value::Null }, "merged_at": if merged { json!("2025-05-03T10:00:00.000Z") } else { Value::Null },
        "target_branch": mr["target_branch"], "source_branch": mr["source_branch"], "author": user_json(18), "assignees": [],
        "reviewers": [], "source_project_id": REPO_PROJECT, "target_project_id": REPO_PROJECT, "labels": mr["labels"],
        "draft": mr["draft"], "work_in_progress": mr["draft"], "merge_when_pipeline_succeeds": false,
        "merge_status": if mr["state"] == "opened" { "can_be_merged" } else { "unchecked" }, "detailed_merge_status": "mergeable",
        "sha": FEATURE_SHA, "merge_commit_sha": if merged { json!(MAIN_SHA) } else { Value::Null }, "squash_commit_sha": null,
        "user_notes_count": 2, "should_remove_source_branch": null, "force_remove_source_branch": false,
        "web_url": format!("{WEB}/my-group/my-subgroup/my-project/-/merge_requests/{iid}"),
        "references": {"short": format!("!{iid}"), "relative": format!("!{iid}"), "full": format!("my-group/my-subgroup/my-project!{iid}")}
    })
}

fn diffs() -> Value {
    json!([
        {"old_path": "src/login.rs", "new_path": "src/login.rs", "a_mode": "0", "b_mode": "100644", "new_file": true, "renamed_file": false, "deleted_file": false,
         "diff": "@@ -0,0 +1,3 @@\n+pub fn login() {\n+    todo!()\n+}\n"},
        {"old_path": "README.md", "new_path": "README.md", "a_mode": "100644", "b_mode": "100644", "new_file": false, "renamed_file": false, "deleted_file": false,
         "diff": "@@ -1 +1,2 @@\n # My Project\n+Now with a login form.\n"}
    ])
}

fn commit_json(sha: &str, title: &str, day: u64) -> Value {
    let date = format!("2025-05-{:02}T10:00:00.000+00:00", day.min(28));
    json!({
        "id": sha, "short_id": &sha[..8.min(sha.len())], "created_at": date, "parent_ids": [MAIN_SHA], "title": title,
        "message": format!("{title}\n"), "author_name": "Jane Doe", "author_email": "jdoe@example.com", "authored_date": date,
        "committer_name": "Jane Doe", "committer_email": "jdoe@example.com", "committed_date": date, "trailers": {}, "extended_trailers": {},
        "web_url": format!("{WEB}/my-group/my-subgroup/my-project/-/commit/{sha}")
    })
}

fn pipeline_json(p: &Value) -> Value {
    let id = p["id"].as_u64().unwrap_or(0);
    json!({
        "id": id, "iid": p["iid"], "project_id": REPO_PROJECT, "sha": p["sha"], "ref": p["ref"], "status": p["status"],
        "source": p["source"], "created_at": "2025-05-30T10:00:00.000Z", "updated_at": "2025-05-30T10:10:00.000Z",
        "web_url": format!("{WEB}/my-group/my-subgroup/my-project/-/pipelines/{id}")
    })
}

fn job_json(job: &Value) -> Value {
    let id = job["id"].as_u64().unwrap_or(0);
    let pipeline = job["pipeline"].as_u64().unwrap_or(0);
    let reference = if pipeline == 1002 { "feature/login" } else { "main" };
    json!({
        "id": id, "status": job["status"], "stage": job["stage"], "name": job["name"], "ref": reference, "tag": false,
        "coverage": null, "allow_failure": job["name"] == "deploy", "created_at": "2025-05-30T10:00:00.000Z",
        "started_at": "2025-05-30T10:00:05.000Z", "finished_at": "2025-05-30T10:02:05.000Z", "duration": 120.5,
        "queued_duration": 5.1, "user": user_json(18), "pipeline": {"id": pipeline, "project_id": REPO_PROJECT, "ref": reference, "status": "success"},
        "web_url": format!("{WEB}/my-group/my-subgroup/my-project/-/jobs/{id}"), "artifacts": [], "runner": null
    })
}

/// A job's log: ANSI colours and GitLab's section markers included, as
/// the real trace has them.
fn job_log(job: &Value) -> String {
    let name = job["name"].as_str().unwrap_or("job");
    let failed = job["status"] == "failed";
    let mut log = format!(
        "\u{1b}[0KRunning with gitlab-runner 17.11.0 (mock)\n\u{1b}[0Ksection_start:1748599205:step_script\r\u{1b}[0K\u{1b}[0K\u{1b}[36;1mExecuting \"step_script\" stage of the job script\u{1b}[0;m\n$ cargo test --{name}\n"
    );
    log.push_str(if failed {
        "test login::rejects_empty_password ... FAILED\n\u{1b}[0;31mERROR: Job failed: exit code 101\u{1b}[0m\n"
    } else {
        "test result: ok. 42 passed\n\u{1b}[32;1mJob succeeded\u{1b}[0;m\n"
    });
    log
}

fn branch_json(name: &str, sha: &str) -> Value {
    json!({
        "name": name, "merged": false, "protected": name == "main", "default": name == "main", "developers_can_push": false,
        "developers_can_merge": false, "can_push": true,
        "web_url": format!("{WEB}/my-group/my-subgroup/my-project/-/tree/{name}"),
        "commit": commit_json(sha, if name == "main" { "Merge branch 'docs/readme' into 'main'" } else { "Add the login form" }, 1)
    })
}

fn tag_json(tag: &Value) -> Value {
    json!({"name": tag["name"], "message": tag["message"], "target": tag["target"], "protected": false, "release": null,
           "commit": commit_json(tag["target"].as_str().unwrap_or(MAIN_SHA), "Merge branch 'docs/readme' into 'main'", 1)})
}

fn release_json(release: &Value) -> Value {
    let tag = release["tag_name"].as_str().unwrap_or_default();
    json!({
        "tag_name": tag, "name": release["name"], "description": release["description"],
        "created_at": "2025-05-30T10:00:00.000Z", "released_at": "2025-05-30T10:00:00.000Z", "upcoming_release": false,
        "author": user_json(1), "commit": commit_json(MAIN_SHA, "Merge branch 'docs/readme' into 'main'", 1),
        "assets": {"count": 0, "sources": [], "links": []},
        "_links": {"self": format!("{WEB}/my-group/my-subgroup/my-project/-/releases/{tag}")}
    })
}

/// GitLab's comma-separated lists (a JSON array is accepted too).
fn split_list(value: &Value) -> Vec<String> {
    match value {
        Value::String(list) => list.split(',').map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect(),
        Value::Array(items) => items.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
        _ => Vec::new(),
    }
}

fn num_is(value: &Value, segment: &str) -> bool {
    value.as_u64().is_some_and(|n| segment.parse::<u64>() == Ok(n))
}

fn fake_sha(n: u64) -> String {
    format!("{:040x}", fnv(&n.to_be_bytes()))
}

fn fnv(bytes: &[u8]) -> u128 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (u128::from(hash) << 64) | u128::from(hash.rotate_left(29))
}
