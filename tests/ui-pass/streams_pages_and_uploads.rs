//! Valid declarations of pagination, multipart uploads, raw bodies and
//! streamed downloads, in both flavours.

use client_runtime::{Body, ByteStream, Paginated, Part, Result, client};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Issue {
    pub number: u64,
}

#[client(base_url = "https://api.example.com")]
pub trait Listings {
    #[get("/repos/<owner>/<repo>/issues")]
    #[paginate(link, prefetch)]
    fn issues(&self, owner: &str, repo: &str, #[query] state: Option<&str>) -> Paginated<Issue>;

    #[get("/projects?order_by=id")]
    #[paginate(page(param = "p", per_page = "limit", size = 50), items = "/data")]
    fn projects(&self) -> Paginated<serde_json::Value>;

    #[get("/events")]
    #[paginate(offset(param = "start", limit = "count", size = 25))]
    fn events(&self) -> Paginated<serde_json::Value>;

    #[get("/logs")]
    #[paginate(cursor(from = "/meta/next", param = "after"), items = "/entries")]
    fn logs(&self) -> Paginated<String>;

    #[get("/feed")]
    #[paginate(next_url(from = "/links/next"))]
    fn feed(&self) -> Paginated<String>;

    #[post("/uploads")]
    #[multipart]
    async fn upload(
        &self,
        #[part("file")] file: Part,
        #[part("title")] title: &str,
        #[part("note")] note: Option<String>,
    ) -> Result<()>;

    #[put("/blobs/<id>")]
    async fn put_blob(&self, id: u64, #[body(raw, content_type = "image/png")] data: Body) -> Result<()>;

    #[get("/blobs/<id>")]
    async fn download(&self, id: u64) -> Result<ByteStream>;
}

#[client(blocking)]
pub trait BlockingListings {
    #[get("/repos/<owner>/<repo>/issues")]
    #[paginate(link)]
    fn issues(&self, owner: &str, repo: &str) -> client_runtime::blocking::Paginated<Issue>;

    #[post("/uploads")]
    #[multipart]
    fn upload(&self, #[part("file")] file: Part) -> Result<()>;

    #[get("/blobs/<id>")]
    fn download(&self, id: u64) -> Result<client_runtime::blocking::ByteStream>;
}

fn main() {
    let listings = ListingsClient::new().expect("client");
    // Listings are lazy: nothing is sent until they are polled.
    let _issues = listings.issues("rust-lang", "rust", Some("open")).max_pages(1);
    let blocking = BlockingListingsClient::builder().base_url("http://127.0.0.1:1").build().expect("client");
    let _ = &blocking;
}
