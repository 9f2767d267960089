//! The GitLab mock: a GitLab instance's REST API v4 under `/api/v4`.

mod more;
mod oauth;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use super::{Incoming, REVOKED_TOKEN, http_date, json_response, page_of, unix_now};

pub use oauth::{
    DEFAULT_ACCESS_TOKEN_LIFETIME, TEST_OAUTH_CLIENT_ID, TEST_OAUTH_CLIENT_SECRET, TEST_OAUTH_REDIRECT_URI,
    TEST_OAUTH_REFRESH_TOKEN,
};

/// How the GitLab mock behaves where tests want a say.
#[derive(Debug, Clone)]
pub struct GitLabMockOptions {
    /// How long the OAuth access tokens it issues last (GitLab: two hours).
    pub access_token_lifetime: Duration,
}

impl Default for GitLabMockOptions {
    fn default() -> Self {
        Self { access_token_lifetime: DEFAULT_ACCESS_TOKEN_LIFETIME }
    }
}

/// A handle on the GitLab mock's state, for tests.
#[derive(Clone)]
pub struct GitLabProbe(Arc<GitLabApi>);

impl std::fmt::Debug for GitLabProbe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GitLabProbe").field("base", &self.0.base).finish()
    }
}

impl GitLabProbe {
    /// How many OAuth refreshes succeeded.
    pub fn oauth_refreshes(&self) -> usize {
        self.0.refresh_count()
    }
}

pub(super) async fn mount(server: &MockServer, options: &GitLabMockOptions) -> GitLabProbe {
    let gitlab = Arc::new(GitLabApi {
        base: server.uri(),
        observed: AtomicU64::new(0),
        created: Mutex::new(Vec::new()),
        uploads: AtomicU64::new(1),
        store: Mutex::new(more::seed()),
        oauth: Mutex::new(oauth::OAuthState::default()),
        access_token_lifetime: options.access_token_lifetime,
    });
    Mock::given(any()).respond_with(Shared(Arc::clone(&gitlab))).mount(server).await;
    GitLabProbe(gitlab)
}

struct Shared(Arc<GitLabApi>);

impl Respond for Shared {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.0.respond(request)
    }
}

/// Where GitLab's web pages would be.
const WEB: &str = "https://gitlab.example.com";
/// The requests allowed per minute, as `RateLimit-Limit` says.
const RATE_LIMIT: u64 = 2000;

struct ProjectSeed {
    id: u64,
    /// The namespace's full path and display name.
    namespace: (&'static str, &'static str),
    namespace_id: u64,
    path: &'static str,
    name: &'static str,
    description: &'static str,
    public: bool,
    stars: u64,
    forks: u64,
    topics: &'static [&'static str],
    created: &'static str,
}

#[rustfmt::skip]
const PROJECTS: &[ProjectSeed] = &[
    ProjectSeed { id: 3, namespace: ("diaspora", "Diaspora"), namespace_id: 3, path: "diaspora-project-site", name: "Diaspora Project Site", description: "The diaspora* project site", public: true, stars: 0, forks: 0, topics: &["example"], created: "2013-09-30T13:46:02Z" },
    ProjectSeed { id: 7, namespace: ("secret-group", "Secret Group"), namespace_id: 70, path: "internal-tools", name: "Internal Tools", description: "Only members see this one.", public: false, stars: 2, forks: 0, topics: &[], created: "2020-02-02T10:00:00Z" },
    ProjectSeed { id: 42, namespace: ("my-group/my-subgroup", "My Group / My Subgroup"), namespace_id: 142, path: "my-project", name: "My Project", description: "A project in a subgroup, reached by its encoded path.", public: true, stars: 12, forks: 3, topics: &["demo", "rust"], created: "2021-06-01T08:30:00Z" },
    ProjectSeed { id: 13_083, namespace: ("gitlab-org", "GitLab.org"), namespace_id: 9_970, path: "gitlab-foss", name: "GitLab FOSS", description: "GitLab FOSS is a read-only mirror of GitLab, with all proprietary code removed.", public: true, stars: 5_321, forks: 2_874, topics: &["gitlab"], created: "2013-09-26T06:02:36Z" },
    ProjectSeed { id: 250_833, namespace: ("gitlab-org", "GitLab.org"), namespace_id: 9_970, path: "gitlab-runner", name: "GitLab Runner", description: "GitLab Runner", public: true, stars: 2_418, forks: 4_562, topics: &["ci", "go"], created: "2015-03-31T08:51:31Z" },
    ProjectSeed { id: 278_964, namespace: ("gitlab-org", "GitLab.org"), namespace_id: 9_970, path: "gitlab", name: "GitLab", description: "GitLab is an open source end-to-end software development platform.", public: true, stars: 4_712, forks: 10_289, topics: &["gitlab", "ruby"], created: "2015-05-20T10:06:07Z" },
];

/// The generated issues of project 42: this many, of which these are closed.
const MY_PROJECT_ISSUES: u64 = 45;
const MY_PROJECT_CLOSED: [u64; 3] = [5, 17, 30];

const TITLES: [&str; 12] = [
    "Pipeline fails on the main branch",
    "Add a dark mode to the settings page",
    "README has outdated install steps",
    "Crash when the project path has a dot",
    "Support keyset pagination in exports",
    "Flaky test in the API suite",
    "Upgrade to the latest runner",
    "Document the PRIVATE-TOKEN header",
    "Search ignores subgroups",
    "Timeouts on large uploads",
    "Improve the error for a missing title",
    "Label colours are unreadable",
];

const LABELS: [&[&str]; 5] = [&["bug"], &["feature"], &["documentation"], &["bug", "priority::high"], &[]];

struct GitLabApi {
    base: String,
    observed: AtomicU64,
    /// Issues created through the API: (project id, issue).
    created: Mutex<Vec<(u64, Value)>>,
    uploads: AtomicU64,
    store: Mutex<more::Store>,
    oauth: Mutex<oauth::OAuthState>,
    access_token_lifetime: Duration,
}

impl Respond for GitLabApi {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let incoming = Incoming::new(request);
        let response = self.route(&incoming);
        let observed = self.observed.fetch_add(1, Ordering::Relaxed) + 1;
        let reset = unix_now() + 60;
        response
            .insert_header("ratelimit-limit", RATE_LIMIT.to_string().as_str())
            .insert_header("ratelimit-observed", observed.to_string().as_str())
            .insert_header("ratelimit-remaining", RATE_LIMIT.saturating_sub(observed).to_string().as_str())
            .insert_header("ratelimit-reset", reset.to_string().as_str())
            .insert_header("ratelimit-resettime", http_date(SystemTime::now() + Duration::from_secs(60)).as_str())
            .insert_header("x-gitlab-meta", r#"{"correlation_id":"01JMOCKCORRELATION","version":"1"}"#)
    }
}

fn message(status: u16, text: &str) -> ResponseTemplate {
    json_response(status, &json!({ "message": text }))
}

/// `{"error": "404 Not Found"}`: what GitLab answers for a route it does
/// not have, such as `/projects/group/project` with unencoded slashes.
fn no_route() -> ResponseTemplate {
    json_response(404, &json!({"error": "404 Not Found"}))
}

enum Auth {
    Anonymous,
    Token,
    Refused,
    Expired,
}

impl GitLabApi {
    fn auth(&self, incoming: &Incoming<'_>) -> Auth {
        let token = incoming
            .header("private-token")
            .map(str::to_owned)
            .or_else(|| incoming.header("authorization").and_then(|a| a.strip_prefix("Bearer ")).map(str::to_owned))
            .or_else(|| incoming.query("private_token"));
        match token {
            None => Auth::Anonymous,
            Some(token) if token.trim().is_empty() || token == REVOKED_TOKEN => Auth::Refused,
            Some(token) if self.access_token_valid(&token) == Some(false) => Auth::Expired,
            Some(_) => Auth::Token,
        }
    }

    fn route(&self, incoming: &Incoming<'_>) -> ResponseTemplate {
        if let ("POST", ["oauth", "token"]) = (incoming.method(), incoming.segments().as_slice()) {
            return self.token(incoming);
        }
        let authed = match self.auth(incoming) {
            Auth::Refused => return message(401, "401 Unauthorized"),
            Auth::Expired => return oauth::invalid_token(),
            Auth::Token => true,
            Auth::Anonymous => false,
        };
        let segments = incoming.segments();
        let project = |id: &str| find_project(id).filter(|p| p.public || authed);
        match (incoming.method(), segments.as_slice()) {
            ("GET", ["api", "v4", "projects"]) => self.list_projects(incoming, authed),
            ("GET", ["api", "v4", "projects", id]) => match project(id) {
                Some(p) => json_response(200, &self.project_json(p)),
                None => message(404, "404 Project Not Found"),
            },
            ("GET", ["api", "v4", "projects", id, "issues"]) => match project(id) {
                Some(p) => self.list_issues(incoming, p),
                None => message(404, "404 Project Not Found"),
            },
            ("POST", ["api", "v4", "projects", id, "issues"]) => match (project(id), authed) {
                (_, false) => message(401, "401 Unauthorized"),
                (Some(p), true) => self.create_issue(incoming, p),
                (None, true) => message(404, "404 Project Not Found"),
            },
            ("POST", ["api", "v4", "projects", id, "uploads"]) => match (project(id), authed) {
                (_, false) => message(401, "401 Unauthorized"),
                (Some(p), true) => self.upload(incoming, p),
                (None, true) => message(404, "404 Project Not Found"),
            },
            _ => self.route_more(incoming, authed),
        }
    }

    fn project_json(&self, p: &ProjectSeed) -> Value {
        let api = format!("{}/api/v4/projects/{}", self.base, p.id);
        let full_path = format!("{}/{}", p.namespace.0, p.path);
        let parent = p.namespace.0.rsplit_once('/').map(|_| json!(p.namespace_id - 100));
        let open_issues = issues_of(p.id).iter().filter(|i| i["state"] == "opened").count();
        json!({
            "id": p.id,
            "description": p.description,
            "description_html": format!("<p data-sourcepos=\"1:1-1:{}\" dir=\"auto\">{}</p>", p.description.len(), p.description),
            "name": p.name,
            "name_with_namespace": format!("{} / {}", p.namespace.1, p.name),
            "path": p.path,
            "path_with_namespace": full_path,
            "created_at": p.created,
            "updated_at": "2025-05-30T12:00:00.000Z",
            "default_branch": "main",
            "tag_list": p.topics,
            "topics": p.topics,
            "ssh_url_to_repo": format!("git@gitlab.example.com:{full_path}.git"),
            "http_url_to_repo": format!("{WEB}/{full_path}.git"),
            "web_url": format!("{WEB}/{full_path}"),
            "readme_url": format!("{WEB}/{full_path}/-/blob/main/README.md"),
            "forks_count": p.forks,
            "avatar_url": null,
            "star_count": p.stars,
            "last_activity_at": "2025-05-30T12:00:00.000Z",
            "namespace": {
                "id": p.namespace_id,
                "name": p.namespace.1.rsplit(" / ").next().unwrap_or(p.namespace.1),
                "path": p.namespace.0.rsplit('/').next().unwrap_or(p.namespace.0),
                "kind": "group",
                "full_path": p.namespace.0,
                "parent_id": parent,
                "avatar_url": null,
                "web_url": format!("{WEB}/groups/{}", p.namespace.0)
            },
            "container_registry_image_prefix": format!("registry.gitlab.example.com/{full_path}"),
            "_links": {
                "self": api,
                "issues": format!("{api}/issues"),
                "merge_requests": format!("{api}/merge_requests"),
                "repo_branches": format!("{api}/repository/branches"),
                "labels": format!("{api}/labels"),
                "events": format!("{api}/events"),
                "members": format!("{api}/members"),
                "cluster_agents": format!("{api}/cluster_agents")
            },
            "packages_enabled": true,
            "empty_repo": false,
            "archived": false,
            "visibility": if p.public { "public" } else { "private" },
            "resolve_outdated_diff_discussions": false,
            "issues_enabled": true,
            "merge_requests_enabled": true,
            "wiki_enabled": true,
            "jobs_enabled": true,
            "snippets_enabled": true,
            "creator_id": 1,
            "import_status": "none",
            "open_issues_count": open_issues,
            "ci_default_git_depth": 20,
            "public_jobs": true,
            "shared_with_groups": [],
            "only_allow_merge_if_pipeline_succeeds": false,
            "request_access_enabled": true,
            "merge_method": "merge",
            "squash_option": "default_off"
        })
    }

    fn issue_json(&self, p: &ProjectSeed, seed: &Value) -> Value {
        let iid = seed["iid"].as_u64().unwrap_or(0);
        let full_path = format!("{}/{}", p.namespace.0, p.path);
        let api = format!("{}/api/v4/projects/{}", self.base, p.id);
        let closed = seed["state"] == "closed";
        let author = user_json(if iid % 2 == 0 { 1 } else { 18 });
        json!({
            "id": p.id * 1000 + iid,
            "iid": iid,
            "project_id": p.id,
            "title": seed["title"],
            "description": seed["description"],
            "state": seed["state"],
            "created_at": format!("2025-04-{:02}T10:00:00.000Z", iid % 28 + 1),
            "updated_at": format!("2025-05-{:02}T10:00:00.000Z", iid % 28 + 1),
            "closed_at": if closed { json!("2025-05-20T10:00:00.000Z") } else { Value::Null },
            "closed_by": if closed { user_json(1) } else { Value::Null },
            "labels": seed["labels"],
            "milestone": if iid % 4 == 0 {
                json!({"id": 12, "iid": 3, "project_id": p.id, "title": "v1.0", "description": "First release", "state": "active",
                       "created_at": "2025-01-01T00:00:00.000Z", "updated_at": "2025-01-01T00:00:00.000Z", "due_date": "2025-09-01",
                       "start_date": "2025-06-01", "expired": false, "web_url": format!("{WEB}/{full_path}/-/milestones/3")})
            } else { Value::Null },
            "assignees": if iid % 3 == 0 { json!([user_json(18)]) } else { json!([]) },
            "assignee": if iid % 3 == 0 { user_json(18) } else { Value::Null },
            "author": author,
            "type": "ISSUE",
            "user_notes_count": iid % 5,
            "merge_requests_count": 0,
            "upvotes": iid % 3,
            "downvotes": 0,
            "due_date": null,
            "confidential": seed["confidential"].as_bool().unwrap_or(false),
            "discussion_locked": null,
            "issue_type": "issue",
            "web_url": format!("{WEB}/{full_path}/-/issues/{iid}"),
            "time_stats": {"time_estimate": 0, "total_time_spent": 0, "human_time_estimate": null, "human_total_time_spent": null},
            "task_completion_status": {"count": 0, "completed_count": 0},
            "has_tasks": false,
            "_links": {
                "self": format!("{api}/issues/{iid}"),
                "notes": format!("{api}/issues/{iid}/notes"),
                "award_emoji": format!("{api}/issues/{iid}/award_emoji"),
                "project": api,
                "closed_as_duplicate_of": null
            },
            "references": {"short": format!("#{iid}"), "relative": format!("#{iid}"), "full": format!("{full_path}#{iid}")},
            "severity": "UNKNOWN",
            "moved_to_id": null,
            "service_desk_reply_to": null
        })
    }

    fn all_issues(&self, p: &ProjectSeed) -> Vec<Value> {
        let mut seeds = issues_of(p.id);
        let created = self.created.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        seeds.extend(created.iter().filter(|(id, _)| *id == p.id).map(|(_, seed)| seed.clone()));
        drop(created);
        let store = self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        seeds.retain(|seed| !store.deleted_issues.contains(&(p.id, seed["iid"].as_u64().unwrap_or(0))));
        for seed in &mut seeds {
            if let Some(edited) = store.issue_edits.get(&(p.id, seed["iid"].as_u64().unwrap_or(0))) {
                seed.clone_from(edited);
            }
        }
        seeds
    }

    fn list_issues(&self, incoming: &Incoming<'_>, p: &ProjectSeed) -> ResponseTemplate {
        let mut issues = self.all_issues(p);
        if let Some(state) = incoming.query("state").filter(|s| s != "all") {
            issues.retain(|i| i["state"] == state.as_str());
        }
        if let Some(labels) = incoming.query("labels") {
            let wanted: Vec<&str> = labels.split(',').map(str::trim).filter(|l| !l.is_empty()).collect();
            issues.retain(|i| {
                let have: Vec<&str> = i["labels"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
                wanted.iter().all(|w| have.contains(w))
            });
        }
        if incoming.query("sort").as_deref() != Some("asc") {
            issues.reverse();
        }
        let per_page = incoming.query_number("per_page").unwrap_or(20).clamp(1, 100);
        let page = incoming.query_number("page").unwrap_or(1).max(1);
        let (slice, _) = page_of(&issues, page, per_page);
        let body: Vec<Value> = slice.iter().map(|seed| self.issue_json(p, seed)).collect();
        offset_headers(json_response(200, &json!(body)), incoming, &self.base, page, per_page, issues.len() as u64)
    }

    fn create_issue(&self, incoming: &Incoming<'_>, p: &ProjectSeed) -> ResponseTemplate {
        let fields = request_fields(incoming);
        let Some(title) = fields["title"].as_str().filter(|t| !t.trim().is_empty()) else {
            return json_response(400, &json!({"error": "title is missing"}));
        };
        let labels: Vec<String> = match &fields["labels"] {
            Value::String(list) => list.split(',').map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect(),
            Value::Array(list) => list.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
            _ => Vec::new(),
        };
        let seed = {
            let mut created = self.created.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let existing = issues_of(p.id).len() as u64 + created.iter().filter(|(id, _)| *id == p.id).count() as u64;
            let seed = json!({
                "iid": existing + 1,
                "title": title,
                "description": fields["description"],
                "state": "opened",
                "labels": labels,
                "confidential": fields["confidential"].as_bool().unwrap_or(false)
            });
            created.push((p.id, seed.clone()));
            seed
        };
        json_response(201, &self.issue_json(p, &seed))
    }

    fn upload(&self, incoming: &Incoming<'_>, p: &ProjectSeed) -> ResponseTemplate {
        let content_type = incoming.header("content-type").unwrap_or_default();
        if !content_type.starts_with("multipart/form-data") {
            return json_response(400, &json!({"error": "file is missing"}));
        }
        let body = String::from_utf8_lossy(&incoming.request.body);
        let Some(file_name) = multipart_file_name(&body, "file") else {
            return json_response(400, &json!({"error": "file is missing"}));
        };
        let id = self.uploads.fetch_add(1, Ordering::Relaxed);
        let secret = format!("{:032x}", u128::from(id) * 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835 + u128::from(p.id));
        let url = format!("/uploads/{secret}/{file_name}");
        let alt = file_name.rsplit_once('.').map_or(file_name.as_str(), |(stem, _)| stem).to_owned();
        let image = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"].iter().any(|ext| file_name.ends_with(ext));
        let markdown = if image { format!("![{alt}]({url})") } else { format!("[{file_name}]({url})") };
        json_response(
            201,
            &json!({
                "id": id,
                "alt": alt,
                "url": url,
                "full_path": format!("/-/project/{}/uploads/{secret}/{file_name}", p.id),
                "markdown": markdown
            }),
        )
    }

    /// `GET /projects`: keyset pagination (`pagination=keyset`, ordered by
    /// id, `Link: rel="next"` with `id_after`) or offset pagination.
    fn list_projects(&self, incoming: &Incoming<'_>, authed: bool) -> ResponseTemplate {
        let mut projects: Vec<&ProjectSeed> = PROJECTS.iter().filter(|p| p.public || authed).collect();
        if let Some(search) = incoming.query("search").map(|s| s.to_lowercase()) {
            projects.retain(|p| p.name.to_lowercase().contains(&search) || p.path.contains(search.as_str()));
        }
        if incoming.query("owned").as_deref() == Some("true") || incoming.query("membership").as_deref() == Some("true")
        {
            if !authed {
                return message(401, "401 Unauthorized");
            }
            projects.retain(|p| p.namespace.0.starts_with("my-group") || !p.public);
        }
        let per_page = incoming.query_number("per_page").unwrap_or(20).clamp(1, 100);
        if incoming.query("pagination").as_deref() == Some("keyset") {
            if incoming.query("order_by").is_some_and(|o| o != "id") {
                return message(405, "405 Method Not Allowed");
            }
            let descending = incoming.query("sort").as_deref() == Some("desc");
            if descending {
                projects.reverse();
            }
            if let Some(after) = incoming.query_number("id_after") {
                projects.retain(|p| p.id > after);
            }
            if let Some(before) = incoming.query_number("id_before") {
                projects.retain(|p| p.id < before);
            }
            let page: Vec<Value> = projects.iter().take(per_page as usize).map(|p| self.project_json(p)).collect();
            let mut response = json_response(200, &json!(page));
            if projects.len() > page.len() {
                if let Some(last) = page.last().and_then(|p| p["id"].as_u64()) {
                    let key = if descending { "id_before" } else { "id_after" };
                    let next = incoming.url_with(&self.base, &[(key, last.to_string())]);
                    response = response.insert_header("link", format!("<{next}>; rel=\"next\"").as_str());
                }
            }
            return response;
        }
        let page = incoming.query_number("page").unwrap_or(1).max(1);
        let (slice, _) = page_of(&projects, page, per_page);
        let body: Vec<Value> = slice.iter().map(|p| self.project_json(p)).collect();
        offset_headers(json_response(200, &json!(body)), incoming, &self.base, page, per_page, projects.len() as u64)
    }
}

/// GitLab's offset-pagination headers: `x-page`, `x-per-page`,
/// `x-next-page` (empty on the last page), `x-prev-page`, `x-total`,
/// `x-total-pages`, and the same pages as a `Link` header.
fn offset_headers(
    response: ResponseTemplate,
    incoming: &Incoming<'_>,
    base: &str,
    page: u64,
    per_page: u64,
    total: u64,
) -> ResponseTemplate {
    let pages = total.div_ceil(per_page).max(1);
    let next = if page < pages { (page + 1).to_string() } else { String::new() };
    let prev = if page > 1 { (page - 1).to_string() } else { String::new() };
    let link = |n: u64, rel: &str| format!("<{}>; rel=\"{rel}\"", incoming.url_with(base, &[("page", n.to_string())]));
    let mut links = Vec::new();
    if page > 1 {
        links.push(link(page - 1, "prev"));
    }
    if page < pages {
        links.push(link(page + 1, "next"));
    }
    links.push(link(1, "first"));
    links.push(link(pages, "last"));
    response
        .insert_header("x-page", page.to_string().as_str())
        .insert_header("x-per-page", per_page.to_string().as_str())
        .insert_header("x-next-page", next.as_str())
        .insert_header("x-prev-page", prev.as_str())
        .insert_header("x-total", total.to_string().as_str())
        .insert_header("x-total-pages", pages.to_string().as_str())
        .insert_header("link", links.join(", ").as_str())
}

/// A project by numeric id or by full path (already decoded from its one
/// segment).
fn find_project(id: &str) -> Option<&'static ProjectSeed> {
    PROJECTS.iter().find(|p| p.id.to_string() == id || format!("{}/{}", p.namespace.0, p.path) == id)
}

fn user_json(id: u64) -> Value {
    let (username, name) = if id == 1 { ("root", "Administrator") } else { ("jdoe", "Jane Doe") };
    json!({
        "id": id,
        "username": username,
        "name": name,
        "state": "active",
        "locked": false,
        "avatar_url": format!("https://www.gravatar.com/avatar/{id:032x}?s=80&d=identicon"),
        "web_url": format!("{WEB}/{username}")
    })
}

/// The seeded issues of a project, oldest first.
fn issues_of(project: u64) -> Vec<Value> {
    match project {
        42 => (1..=MY_PROJECT_ISSUES)
            .map(|iid| {
                let index = usize::try_from(iid).unwrap_or(0);
                json!({
                    "iid": iid,
                    "title": TITLES[index % TITLES.len()],
                    "description": format!("Issue {iid} of the demo project."),
                    "state": if MY_PROJECT_CLOSED.contains(&iid) { "closed" } else { "opened" },
                    "labels": LABELS[index % LABELS.len()]
                })
            })
            .collect(),
        3 => vec![
            json!({"iid": 1, "title": "Ut commodi ullam eos dolores perferendis nihil sunt.", "description": "Omnis vero earum sunt corporis dolor et placeat.", "state": "closed", "labels": []}),
            json!({"iid": 2, "title": "Consequatur vero maxime deserunt laboriosam est voluptas dolorem.", "description": null, "state": "opened", "labels": ["foo", "bar"]}),
        ],
        _ => Vec::new(),
    }
}

/// The fields of a JSON or form-encoded body.
fn request_fields(incoming: &Incoming<'_>) -> Value {
    if let Some(json) = incoming.json_body() {
        return json;
    }
    let text = String::from_utf8_lossy(&incoming.request.body);
    let mut object = serde_json::Map::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let decode =
            |s: &str| percent_encoding::percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned();
        object.insert(decode(key), Value::String(decode(value)));
    }
    Value::Object(object)
}

/// The file name of the multipart part called `name`, if it has one.
fn multipart_file_name(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\"; filename=\"");
    let start = body.find(&marker)? + marker.len();
    let end = body[start..].find('"')?;
    Some(body[start..start + end].to_owned()).filter(|n| !n.is_empty())
}
