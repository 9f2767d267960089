#![allow(clippy::unwrap_used)]
use client_runtime::{ByteStream, Paginated, Part, Result, client};
use futures::StreamExt;
use serde::Deserialize;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Debug, Deserialize)]
pub struct Item {
    id: u32,
}

#[client]
pub trait Api {
    #[get("/items")]
    #[paginate(link)]
    fn items(&self) -> Paginated<Item>;

    #[get("/numbered")]
    #[paginate(page(size = 2))]
    fn numbered(&self) -> Paginated<Item>;

    #[get("/search")]
    #[paginate(cursor(from = "/next"), items = "/items")]
    fn search(&self, #[query] q: &str) -> Paginated<Item>;

    #[post("/upload")]
    #[multipart]
    async fn upload(&self, #[part("file")] file: Part, #[part("title")] title: &str, #[part("n")] n: Option<u32>) -> Result<()>;

    #[get("/big")]
    async fn big(&self) -> Result<ByteStream>;
}

#[tokio::test]
async fn smoke_more() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(method("GET")).and(path("/items")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([{"id": 3}])))
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/items"))
        .respond_with(ResponseTemplate::new(200).insert_header("link", format!("<{uri}/items?page=2>; rel=\"next\"").as_str()).set_body_json(serde_json::json!([{"id": 1}, {"id": 2}])))
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/numbered")).and(query_param("page", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([{"id": 1}, {"id": 2}]))).mount(&server).await;
    Mock::given(method("GET")).and(path("/numbered")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([{"id": 3}]))).mount(&server).await;
    Mock::given(method("GET")).and(path("/numbered")).and(query_param("page", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([]))).mount(&server).await;
    Mock::given(method("GET")).and(path("/search")).and(query_param("cursor", "abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"items": [{"id": 9}], "next": null}))).mount(&server).await;
    Mock::given(method("GET")).and(path("/search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"items": [{"id": 8}], "next": "abc"}))).mount(&server).await;
    Mock::given(method("POST")).and(path("/upload")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    Mock::given(method("GET")).and(path("/big")).respond_with(ResponseTemplate::new(200).set_body_bytes(vec![7u8; 100_000])).mount(&server).await;

    let api = ApiClient::builder().base_url(&uri).build().unwrap();
    let all: Vec<u32> = api.items().collect_all().await.unwrap().into_iter().map(|i| i.id).collect();
    assert_eq!(all, [1, 2, 3]);
    let all: Vec<u32> = api.numbered().collect_all().await.unwrap().into_iter().map(|i| i.id).collect();
    assert_eq!(all, [1, 2, 3]);
    let all: Vec<u32> = api.search("rust").map(|r| r.unwrap().id).collect().await;
    assert_eq!(all, [8, 9]);
    api.upload(Part::bytes(&b"hello"[..]).file_name("a.txt").content_type("text/plain"), "Title", Some(3)).await.unwrap();
    let mut seen = 0;
    let n = api.big().await.unwrap().on_progress(move |d, t| { assert!(d >= seen); seen = d; assert_eq!(t, Some(100_000)); }).write_to_file("/tmp/smoke_big.bin").await.unwrap();
    assert_eq!(n, 100_000);
    for r in server.received_requests().await.unwrap() {
        println!("{} {} {}", r.method, r.url, r.headers.get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default());
        if r.method.as_str() == "POST" { println!("{}", String::from_utf8_lossy(&r.body)); }
    }
}
