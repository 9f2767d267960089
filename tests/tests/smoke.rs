use client_runtime::{Response, Result, client};
use serde::{Deserialize, Serialize};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Debug, Deserialize, PartialEq)]
pub struct User {
    login: String,
}
#[derive(Debug, Deserialize)]
pub struct Repo {
    name: String,
}
#[derive(Debug, Serialize)]
pub struct NewIssue {
    title: String,
}
#[derive(Debug, Deserialize)]
pub struct Issue {
    number: u64,
}

#[client(base_url = "https://api.github.com")]
#[header("Accept", "application/vnd.github+json")]
pub trait GitHub {
    #[get("/users/<name>")]
    async fn get_user(&self, name: &str) -> Result<User>;

    #[get("/users/<name>/repos")]
    async fn get_repos(&self, name: &str, #[query] per_page: Option<u32>, #[query("type")] kind: Option<&str>) -> Result<Vec<Repo>>;

    #[get("/repos/<owner>/<repo>/contents/<path..>")]
    async fn get_contents(&self, owner: &str, repo: &str, path: &str) -> Result<Response<serde_json::Value>>;

    #[post("/repos/<owner>/<repo>/issues")]
    #[header("X-Trace", "1")]
    async fn create_issue(&self, owner: &str, repo: &str, #[body] issue: &NewIssue) -> Result<Issue>;

    #[delete("/repos/<owner>/<repo>/issues/<number>/lock")]
    async fn unlock(&self, owner: &str, repo: &str, number: u64, #[header("X-Reason")] reason: Option<&str>) -> Result<()>;

    #[get("/users/<name>")]
    async fn find_user(&self, name: &str) -> Result<Option<User>>;
}

#[client]
pub trait Blocking {
    #[get("/users/<name>")]
    fn get_user(&self, name: &str) -> Result<User>;
}

#[tokio::test]
async fn smoke() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/users/octocat"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"login": "octocat"})))
        .mount(&server).await;
    let gh = GitHubClient::builder().base_url(&server.uri()).bearer_auth("tok").build().unwrap();
    let user = gh.get_user("octocat").await.unwrap();
    assert_eq!(user.login, "octocat");
    assert!(gh.find_user("nobody").await.unwrap().is_none());
    let err = gh.get_user("a/b").await.unwrap_err();
    println!("{err}");
    let err = gh.get_user("..").await.unwrap_err();
    println!("{err}");
    let r = gh.get_repos("octocat", Some(5), None).await.unwrap_err();
    println!("{r}");
    let reqs = server.received_requests().await.unwrap();
    for r in reqs { println!("{} {} {:?}", r.method, r.url, r.headers.get("accept")); }
    let uri = server.uri();
    let user = tokio::task::spawn_blocking(move || {
        let c = BlockingClient::builder().base_url(&uri).build().unwrap();
        c.get_user("octocat")
    }).await.unwrap().unwrap();
    assert_eq!(user.login, "octocat");
}
