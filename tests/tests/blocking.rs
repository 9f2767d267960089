//! What only the blocking flavour has, end to end: a trait of plain `fn`s
//! with default-body helpers and a hand-written fake, clients used from
//! std threads, and blocking clients called from inside async code, where
//! they must work rather than panic. Every scenario both flavours share
//! runs from one definition in `foundation.rs`, `safety.rs`, `retry.rs`,
//! `bodies.rs`, `pagination.rs` and `hostile.rs` (see `tests::flavour`).

#![allow(clippy::unwrap_used)]

use client_runtime::{ErrorKind, Response, Result, RetryPolicy, client};
use tests::fixtures::{USER_JSON, User, octocat};
use tests::{Reply, TestServer};

/// Blocking because every request method is a plain `fn`.
#[client(base_url = "https://api.github.com")]
pub trait GitHub {
    #[get("/users/<name>")]
    fn get_user(&self, name: &str) -> Result<User>;

    #[get("/users/<name>")]
    fn find_user(&self, name: &str) -> Result<Option<User>>;

    /// A helper with a default body: left alone by the macro.
    fn describe(&self) -> String {
        "a blocking GitHub client".to_owned()
    }

    /// A default helper built on a generated method.
    fn login_of(&self, name: &str) -> Result<String> {
        Ok(self.get_user(name)?.login)
    }
}

/// Declared blocking, one method per verb, no base URL.
#[client(blocking)]
pub trait Verbs {
    #[get("/v")]
    fn get(&self) -> Result<()>;
    #[post("/v")]
    fn post(&self) -> Result<()>;
    #[put("/v")]
    fn put(&self) -> Result<()>;
    #[patch("/v")]
    fn patch(&self) -> Result<()>;
    #[delete("/v")]
    fn delete(&self) -> Result<()>;
    #[head("/v")]
    fn head(&self) -> Result<Response<()>>;
    #[options("/v")]
    fn options(&self) -> Result<()>;
}

fn github(uri: &str) -> GitHubClient {
    GitHubClient::builder().base_url(uri).retry(RetryPolicy::none()).build().expect("client builds")
}

fn user_server() -> TestServer {
    TestServer::start(|_| Reply::json(USER_JSON))
}

// ---------------------------------------------------------------- threads

#[test]
fn a_blocking_client_is_usable_from_threads() {
    let server = user_server();
    let gh = github(&server.uri());
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let gh = gh.clone();
            std::thread::spawn(move || gh.get_user("octocat"))
        })
        .collect();
    for thread in threads {
        assert_eq!(thread.join().expect("thread").expect("user"), octocat());
    }
    assert_eq!(server.request_count(), 4);
}

// ---------------------------------------------------------------- default bodies, fakes

#[test]
fn methods_with_a_default_body_are_left_alone_and_callable() {
    let server = user_server();
    let gh = github(&server.uri());
    assert_eq!(gh.describe(), "a blocking GitHub client");
    assert_eq!(gh.login_of("octocat").expect("login"), "octocat");
}

/// A user-written fake of the blocking trait, used through generic code.
#[derive(Debug)]
pub struct FakeVerbs;

impl Verbs for FakeVerbs {
    fn get(&self) -> Result<()> {
        Ok(())
    }
    fn post(&self) -> Result<()> {
        Ok(())
    }
    fn put(&self) -> Result<()> {
        Ok(())
    }
    fn patch(&self) -> Result<()> {
        Ok(())
    }
    fn delete(&self) -> Result<()> {
        Ok(())
    }
    fn head(&self) -> Result<Response<()>> {
        unimplemented!("not used by the fake's callers")
    }
    fn options(&self) -> Result<()> {
        Ok(())
    }
}

fn touch_all<V: Verbs>(verbs: &V) -> Result<()> {
    verbs.get()?;
    verbs.post()?;
    verbs.delete()
}

#[test]
fn a_hand_written_fake_is_used_through_generic_code() {
    touch_all(&FakeVerbs).expect("fake");
    let server = TestServer::ok();
    touch_all(&VerbsClient::builder().base_url(&server.uri()).build().expect("client")).expect("real");
    let methods: Vec<String> = server.requests().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["GET", "POST", "DELETE"]);
}

// ---------------------------------------------------------------- inside async code

#[tokio::test]
async fn a_blocking_client_works_inside_a_current_thread_runtime() {
    let server = user_server();
    let gh = github(&server.uri());
    assert_eq!(gh.get_user("octocat").expect("no panic inside a runtime"), octocat());
    let err = gh.find_user("x").map(|_| ()).err();
    assert!(err.is_none());
    drop(gh);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocking_client_works_inside_a_multi_thread_runtime() {
    let server = TestServer::start(|r| match r.path() {
        "/users/octocat" => Reply::json(USER_JSON),
        _ => Reply::status(404),
    });
    // Built, used and dropped inside the runtime.
    let gh = github(&server.uri());
    assert_eq!(gh.get_user("octocat").expect("user"), octocat());
    assert_eq!(gh.find_user("nobody").expect("404 is None"), None);
    let err = gh.get_user("nobody").expect_err("404");
    assert_eq!(err.kind(), ErrorKind::Status);
    let moved = gh.clone();
    let from_task = tokio::spawn(async move { moved.get_user("octocat") }).await.expect("task");
    assert_eq!(from_task.expect("user"), octocat());
    let from_blocking = tokio::task::spawn_blocking(move || gh.get_user("octocat")).await.expect("task");
    assert_eq!(from_blocking.expect("user"), octocat());
}

#[test]
fn a_blocking_client_built_outside_is_usable_and_droppable_inside_a_runtime() {
    let server = user_server();
    let gh = github(&server.uri());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    runtime.block_on(async move {
        assert_eq!(gh.get_user("octocat").expect("user"), octocat());
        drop(gh);
    });
}

// ------------------------------------------------- the blocking twin of an async trait

mod twin {
    use std::io::Read as _;

    use client_runtime::{ByteStream, EventStream, JsonLines, Paginated, Result, client};
    use serde::Deserialize;
    use tests::fixtures::{USER_JSON, User, octocat};
    use tests::{Reply, TestServer};

    #[derive(Debug, Deserialize, PartialEq, Eq)]
    pub(crate) struct Item {
        pub(crate) id: u64,
    }

    /// Declared once, async: `StreamsClient` and `StreamsBlockingClient`.
    #[client]
    pub(crate) trait Streams {
        #[get("/users/<name>")]
        async fn user(&self, name: &str) -> Result<User>;

        #[get("/items")]
        #[paginate(page(size = 2))]
        fn items(&self) -> Paginated<Item>;

        #[get("/file")]
        async fn file(&self) -> Result<ByteStream>;

        #[get("/events")]
        async fn events(&self) -> Result<EventStream<Item>>;

        #[get("/lines")]
        async fn lines(&self) -> Result<JsonLines<Item>>;
    }

    fn server() -> TestServer {
        TestServer::start(|request| match request.path() {
            "/users/octocat" => Reply::json(USER_JSON),
            "/items" => match request.query() {
                Some("page=1&per_page=2") => Reply::json(r#"[{"id":1},{"id":2}]"#),
                Some("page=2&per_page=2") => Reply::json(r#"[{"id":3}]"#),
                _ => Reply::json("[]"),
            },
            "/file" => Reply::pattern(100_000),
            "/events" => Reply::status(200)
                .header("Content-Type", "text/event-stream")
                .body("data: {\"id\":1}\n\nid: 7\ndata: {\"id\":2}\n\n"),
            "/lines" => {
                Reply::status(200).header("Content-Type", "application/x-ndjson").body("{\"id\":1}\n{\"id\":2}\n")
            }
            _ => Reply::status(404),
        })
    }

    /// Every kind of method, called on the twin from a plain thread, with
    /// nothing imported but the client: iterators where the async client
    /// has streams.
    #[test]
    fn the_blocking_twin_has_every_method_in_blocking_form() {
        let server = server();
        let api = StreamsBlockingClient::builder().base_url(&server.uri()).build().expect("client");
        assert_eq!(api.user("octocat").expect("user"), octocat());
        let items: Vec<Item> = api.items().collect_all().expect("items");
        assert_eq!(items, [Item { id: 1 }, Item { id: 2 }, Item { id: 3 }]);
        let mut body = Vec::new();
        api.file().expect("file").read_to_end(&mut body).expect("the body");
        assert_eq!(body, tests::pattern::pattern_vec(100_000));
        let events: Vec<(Option<String>, Item)> = api
            .events()
            .expect("events")
            .map(|event| event.map(|event| (event.id().map(str::to_owned), event.into_data())))
            .collect::<Result<_>>()
            .expect("every event");
        assert_eq!(events, [(None, Item { id: 1 }), (Some("7".to_owned()), Item { id: 2 })]);
        let lines: Vec<Item> = api.lines().expect("lines").collect::<Result<_>>().expect("every line");
        assert_eq!(lines, [Item { id: 1 }, Item { id: 2 }]);
        assert_eq!(
            server.targets(),
            [
                "/users/octocat",
                "/items?page=1&per_page=2",
                "/items?page=2&per_page=2",
                "/items?page=3&per_page=2",
                "/file",
                "/events",
                "/lines"
            ]
        );
    }

    /// The twin's builder is the async client's: the same settings, here a
    /// header and credentials, reach the server.
    #[test]
    fn the_twin_is_built_like_the_async_client() {
        let server = TestServer::always(Reply::json(USER_JSON));
        let api = StreamsBlockingClient::builder()
            .base_url(&server.uri())
            .bearer_auth("t0ken")
            .header("X-Team", "core")
            .build()
            .expect("client");
        api.user("octocat").expect("user");
        let request = server.single_request();
        assert_eq!(request.header("authorization"), Some("Bearer t0ken"));
        assert_eq!(request.header("x-team"), Some("core"));
    }
}
