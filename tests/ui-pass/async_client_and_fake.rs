//! A valid async trait using every attribute the runtime serves, the
//! generated client, and a hand-written fake implementing the same trait.

use client_runtime::{Bytes, Result, client};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct User {
    pub login: String,
}

#[derive(Debug, Serialize)]
pub struct NewNote {
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct Filter {
    pub state: String,
    pub labels: Vec<String>,
}

#[client(base_url = "https://api.example.com")]
#[header("Accept", "application/json")]
#[header("X-Api-Version", "2024-01-01")]
pub trait Api {
    /// Placeholders, a raw identifier and a rest placeholder.
    #[get("/repos/<owner>/<type>/contents/<path..>")]
    async fn contents(&self, owner: &str, r#type: &str, path: &str) -> Result<String>;

    /// Query parameters: by name, renamed, optional, flattened.
    #[get("/users")]
    #[header("Cache-Control", "no-cache")]
    async fn users(
        &self,
        #[query] per_page: u32,
        #[query("since")] since_id: Option<u64>,
        #[query] filter: &Filter,
    ) -> Result<Vec<User>>;

    /// A header from an argument, required or optional.
    #[get("/users/<name>")]
    async fn user(
        &self,
        name: &str,
        #[header("If-None-Match")] etag: Option<&str>,
        #[header("X-Request-Id")] request_id: u64,
    ) -> Result<Option<User>>;

    /// A JSON body, a retry override and a timeout.
    #[post("/notes")]
    #[idempotent]
    #[retry(max_attempts = 5)]
    #[timeout(secs = 10)]
    async fn create(&self, #[body] note: &NewNote) -> Result<()>;

    /// A form body, no retries, a timeout in milliseconds.
    #[put("/notes/<id>")]
    #[retry(none)]
    #[timeout(ms = 1500)]
    async fn update(&self, id: u64, #[form] fields: &[(&str, &str)]) -> Result<Bytes>;

    /// A raw body with a content type.
    #[patch("/blobs/<id>")]
    async fn upload(&self, id: u64, #[body(raw, content_type = "text/csv")] data: Vec<u8>) -> Result<Vec<u8>>;

    /// A raw body with the default content type.
    #[delete("/blobs/<id>")]
    async fn remove(&self, id: u64, #[body(raw)] data: &'static str) -> Result<()>;

    #[head("/ping")]
    async fn ping(&self) -> Result<()>;

    #[options("/ping")]
    #[doc(alias = "allowed_methods")]
    async fn options(&self) -> Result<String>;

    /// The user's own helper, with a default body, is left as written
    /// (so its future is not declared `Send`, hence the `allow`).
    #[allow(async_fn_in_trait)]
    async fn login_of(&self, name: &str) -> Result<Option<String>> {
        Ok(self.user(name, None, 1).await?.map(|u| u.login))
    }
}

/// A fake for tests, implementing the same trait by hand.
#[derive(Debug, Default)]
pub struct FakeApi {
    pub users: Vec<User>,
}

impl Api for FakeApi {
    async fn contents(&self, owner: &str, r#type: &str, path: &str) -> Result<String> {
        Ok(format!("{owner}/{type}/{path}", type = r#type))
    }

    async fn users(&self, per_page: u32, _since_id: Option<u64>, _filter: &Filter) -> Result<Vec<User>> {
        Ok(self.users.iter().take(per_page as usize).cloned().collect())
    }

    async fn user(&self, name: &str, _etag: Option<&str>, _request_id: u64) -> Result<Option<User>> {
        Ok(self.users.iter().find(|u| u.login == name).cloned())
    }

    async fn create(&self, _note: &NewNote) -> Result<()> {
        Ok(())
    }

    async fn update(&self, _id: u64, _fields: &[(&str, &str)]) -> Result<Bytes> {
        Ok(Bytes::from_static(b"ok"))
    }

    async fn upload(&self, _id: u64, data: Vec<u8>) -> Result<Vec<u8>> {
        Ok(data)
    }

    async fn remove(&self, _id: u64, _data: &'static str) -> Result<()> {
        Ok(())
    }

    async fn ping(&self) -> Result<()> {
        Ok(())
    }

    async fn options(&self) -> Result<String> {
        Ok("GET, HEAD".to_owned())
    }
}

/// Code written against the trait takes the real client or the fake, and
/// the futures of its request methods can be spawned.
async fn first_login<A: Api + Send + Sync + 'static>(api: std::sync::Arc<A>) -> Result<Option<String>> {
    let spawned = api.clone();
    let user = tokio::spawn(async move { spawned.user("octocat", None, 1).await }).await.expect("task")?;
    assert!(user.is_some());
    api.login_of("octocat").await
}

fn main() {
    let real: ApiClient = ApiClient::builder().bearer_auth("token").build().expect("client");
    let _same = ApiClient::from_session(real.session().clone());
    let _default = ApiClient::new().expect("client");

    let fake = FakeApi { users: vec![User { login: "octocat".to_owned() }] };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let login = runtime.block_on(first_login(std::sync::Arc::new(fake))).expect("fake never fails");
    assert_eq!(login.as_deref(), Some("octocat"));
}
