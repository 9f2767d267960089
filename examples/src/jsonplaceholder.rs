//! The five verbs on JSONPlaceholder (<https://jsonplaceholder.typicode.com>),
//! the classic fake REST API: writes are answered as if they happened but
//! nothing is stored.
//!
//! ```no_run
//! use examples::jsonplaceholder::{JsonPlaceholder, JsonPlaceholderClient, NewPost};
//!
//! # async fn run() -> client_runtime::Result<()> {
//! let api = JsonPlaceholderClient::new()?;
//! let post = api.get_post(1).await?;
//! let created = api.create_post(&NewPost { user_id: 1, title: "hello".into(), body: "world".into() }).await?;
//! api.delete_post(created.id).await?;
//! # Ok(()) }
//! ```

use client_runtime::{Result, client};
use serde::{Deserialize, Serialize};

/// The public service.
pub const DEFAULT_BASE_URL: &str = "https://jsonplaceholder.typicode.com";

/// `/posts` with GET, POST, PUT, PATCH and DELETE.
#[client(base_url = "https://jsonplaceholder.typicode.com")]
pub trait JsonPlaceholder {
    /// `GET /posts`, or one user's with `?userId=`.
    #[get("/posts")]
    async fn list_posts(&self, #[query("userId")] user_id: Option<u64>) -> Result<Vec<Post>>;

    /// `GET /posts/{id}`.
    #[get("/posts/<id>")]
    async fn get_post(&self, id: u64) -> Result<Post>;

    /// `GET /posts/{id}`, with 404 as `None`.
    #[get("/posts/<id>")]
    async fn find_post(&self, id: u64) -> Result<Option<Post>>;

    /// `POST /posts`: answers `201 Created` with the new id (always 101).
    #[post("/posts")]
    async fn create_post(&self, #[body] post: &NewPost) -> Result<Post>;

    /// `PUT /posts/{id}`: replaces the whole post.
    #[put("/posts/<id>")]
    async fn replace_post(&self, id: u64, #[body] post: &Post) -> Result<Post>;

    /// `PATCH /posts/{id}`: changes only the fields given.
    #[patch("/posts/<id>")]
    async fn update_post(&self, id: u64, #[body] patch: &PostPatch) -> Result<Post>;

    /// `DELETE /posts/{id}`: answers `200 {}`.
    #[delete("/posts/<id>")]
    async fn delete_post(&self, id: u64) -> Result<()>;
}

/// A post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Post {
    /// Its author's id.
    pub user_id: u64,
    /// Its id.
    pub id: u64,
    /// The title.
    pub title: String,
    /// The text.
    pub body: String,
}

/// The body of [`JsonPlaceholder::create_post`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewPost {
    /// The author's id.
    pub user_id: u64,
    /// The title.
    pub title: String,
    /// The text.
    pub body: String,
}

/// The body of [`JsonPlaceholder::update_post`]: only what is set is sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PostPatch {
    /// A new title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A new text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}
