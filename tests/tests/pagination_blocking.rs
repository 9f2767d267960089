//! Pagination in blocking clients: `Paginated<T>` is an `Iterator`.
//!
//! The wiremock servers run on runtimes of their own
//! ([`BlockingMockServer`]); the blocking clients run on the test thread,
//! outside any runtime. Every test asserts the exact requests the server
//! received (path and query string) as well as the items that came out.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use client_runtime::blocking::Paginated;
use client_runtime::{ErrorKind, Result, RetryPolicy, StatusCode, Url, client};
use serde::Deserialize;
use serde_json::{Value, json};
use tests::BlockingMockServer;
use wiremock::matchers::{path, query_param};
use wiremock::{Mock, Request, ResponseTemplate};

#[derive(Debug, Deserialize, PartialEq)]
pub struct Item {
    id: u32,
}

#[client(blocking)]
pub trait Listing {
    #[get("/link")]
    #[paginate(link)]
    fn link(&self) -> Paginated<Item>;

    #[get("/link")]
    #[paginate(link, prefetch)]
    fn link_prefetched(&self) -> Paginated<Item>;

    #[get("/rel/list")]
    #[paginate(link)]
    fn relative(&self) -> Paginated<Item>;

    #[get("/numbered")]
    #[paginate(page(size = 3))]
    fn numbered(&self, #[query] q: Option<&str>) -> Paginated<Item>;

    #[get("/projects")]
    #[paginate(page(param = "p", per_page = "n", size = 2))]
    fn gitlab(&self) -> Paginated<Item>;

    #[get("/offset")]
    #[paginate(offset(size = 3))]
    fn offset(&self) -> Paginated<Item>;

    #[get("/cursor")]
    #[paginate(cursor(from = "/meta/next", param = "after"), items = "/data")]
    fn cursor(&self) -> Paginated<Item>;

    #[get("/feed")]
    #[paginate(next_url(from = "/links/next"), items = "/items")]
    fn feed(&self) -> Paginated<Item>;

    #[get("/search/issues")]
    #[paginate(link, items = "/items")]
    fn search_issues(&self, #[query] q: &str) -> Paginated<Item>;

    #[get("/wrapped")]
    #[paginate(page(size = 2), items = "/items")]
    fn wrapped(&self) -> Paginated<Item>;
}

/// Blocking because its request methods are plain `fn`s.
#[client]
pub trait Plain {
    #[get("/ping")]
    fn ping(&self) -> Result<()>;

    #[get("/link")]
    #[paginate(link)]
    fn link(&self) -> Paginated<Item>;
}

// ---------------------------------------------------------------- helpers

fn ids_json(first: u32, last: u32) -> Value {
    Value::Array((first..=last).map(|id| json!({ "id": id })).collect())
}

fn page_json(page: u32, size: u32, total: u32) -> Value {
    ids_json((page - 1) * size + 1, (page * size).min(total))
}

fn param(request: &Request, key: &str) -> Option<String> {
    request.url.query_pairs().find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
}

fn number(request: &Request, key: &str, default: u32) -> u32 {
    param(request, key).map_or(default, |v| v.parse().unwrap())
}

fn target(url: &Url) -> String {
    match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    }
}

fn targets(server: &BlockingMockServer) -> Vec<String> {
    server.received_requests().iter().map(|r| target(&r.url)).collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn range(first: u32, last: u32) -> Vec<u32> {
    (first..=last).collect()
}

fn client(server: &BlockingMockServer) -> ListingClient {
    ListingClient::builder().base_url(&server.uri()).build().unwrap()
}

fn client_no_retry(server: &BlockingMockServer) -> ListingClient {
    ListingClient::builder().base_url(&server.uri()).retry(RetryPolicy::none()).build().unwrap()
}

fn mount(server: &BlockingMockServer, at: &str, respond: impl wiremock::Respond + 'static) {
    server.mount(Mock::given(path(at)).respond_with(respond));
}

#[derive(Debug)]
struct Outcome {
    ids: Vec<u32>,
    error: Option<client_runtime::Error>,
}

impl Outcome {
    fn kind(&self) -> Option<ErrorKind> {
        self.error.as_ref().map(client_runtime::Error::kind)
    }
}

/// Drains a listing; checks that it ends (with `None`) after an error
/// and stays ended.
fn drain(mut list: Paginated<Item>) -> Outcome {
    let mut ids = Vec::new();
    loop {
        match list.next() {
            Some(Ok(item)) => ids.push(item.id),
            Some(Err(err)) => {
                assert!(list.next().is_none(), "exactly one error, then None (after {ids:?}, {err})");
                assert!(list.next().is_none(), "the listing stays ended");
                return Outcome { ids, error: Some(err) };
            }
            None => {
                assert!(list.next().is_none(), "the listing stays ended");
                return Outcome { ids, error: None };
            }
        }
    }
}

fn link_pages(base: String, size: u32, total: u32) -> impl Fn(&Request) -> ResponseTemplate + Send + Sync {
    move |request: &Request| link_page(&base, size, total, number(request, "page", 1), 200)
}

fn link_page(base: &str, size: u32, total: u32, page: u32, status: u16) -> ResponseTemplate {
    let last = total.div_ceil(size);
    let mut response = ResponseTemplate::new(status).set_body_json(page_json(page, size, total));
    if page < last {
        let next = format!("<{base}?page={}>; rel=\"next\", <{base}?page={last}>; rel=\"last\"", page + 1);
        response = response.insert_header("link", next.as_str());
    }
    response
}

/// 7 items in pages of 3 at `/link`.
fn link_server() -> BlockingMockServer {
    let server = BlockingMockServer::start();
    mount(&server, "/link", link_pages(format!("{}/link", server.uri()), 3, 7));
    server
}

const LINK_REQUESTS: [&str; 3] = ["/link", "/link?page=2", "/link?page=3"];

// ------------------------------------------------------------------ link

#[test]
fn link_follows_next_to_the_last_page() {
    let server = link_server();
    let outcome = drain(client(&server).link());
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 7));
    assert_eq!(targets(&server), strings(&LINK_REQUESTS));

    let server = link_server();
    let items = client(&server).link().collect_all().unwrap();
    assert_eq!(items.iter().map(|i| i.id).collect::<Vec<_>>(), range(1, 7));
    assert_eq!(targets(&server), strings(&LINK_REQUESTS));
}

#[test]
fn a_trait_of_plain_fns_is_blocking_too() {
    let server = link_server();
    server.mount(Mock::given(path("/ping")).respond_with(ResponseTemplate::new(204)));
    let api = PlainClient::builder().base_url(&server.uri()).build().unwrap();
    api.ping().unwrap();
    let list: Paginated<Item> = api.link();
    let ids: Vec<u32> = list.map(|item| item.unwrap().id).collect();
    assert_eq!(ids, range(1, 7));
    assert_eq!(targets(&server), strings(&["/ping", "/link", "/link?page=2", "/link?page=3"]));
}

#[test]
fn nothing_is_sent_until_first_polled() {
    let server = link_server();
    let api = client(&server);
    let mut list = api.link().max_items(5).max_pages(2).prefetch(false);
    let mut declared = api.link_prefetched();
    let _pages = api.link().pages();
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(targets(&server), Vec::<String>::new(), "creating listings sends nothing");

    assert_eq!(list.next().unwrap().unwrap().id, 1);
    assert_eq!(targets(&server), strings(&["/link"]), "the first next() fetches the first page only");
    assert_eq!(declared.next().unwrap().unwrap().id, 1);
}

#[test]
fn max_items_stops_fetching_once_reached() {
    for (max, ids, requests) in [
        (0, vec![], &LINK_REQUESTS[..0]),
        (3, range(1, 3), &LINK_REQUESTS[..1]),
        (4, range(1, 4), &LINK_REQUESTS[..2]),
        (50, range(1, 7), &LINK_REQUESTS[..]),
    ] {
        let server = link_server();
        let outcome = drain(client(&server).link().max_items(max));
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, ids, "max_items({max})");
        assert_eq!(targets(&server), strings(requests), "max_items({max})");
    }
}

#[test]
fn max_pages_stops_after_n_pages() {
    for (max, ids, requests) in
        [(0, vec![], &LINK_REQUESTS[..0]), (1, range(1, 3), &LINK_REQUESTS[..1]), (2, range(1, 6), &LINK_REQUESTS[..2])]
    {
        let server = link_server();
        let outcome = drain(client(&server).link().max_pages(max));
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, ids, "max_pages({max})");
        assert_eq!(targets(&server), strings(requests), "max_pages({max})");
    }
}

#[test]
fn pages_expose_items_status_headers_url_and_rate_limit() {
    let server = BlockingMockServer::start();
    let base = format!("{}/link", server.uri());
    let reset = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + 120;
    let link_base = base.clone();
    mount(&server, "/link", move |request: &Request| {
        let page = number(request, "page", 1);
        let status = if page == 2 { 203 } else { 200 };
        link_page(&link_base, 3, 7, page, status)
            .insert_header("x-page", page.to_string().as_str())
            .insert_header("x-ratelimit-limit", "5000")
            .insert_header("x-ratelimit-remaining", (5000 - page).to_string().as_str())
            .insert_header("x-ratelimit-reset", reset.to_string().as_str())
    });

    let mut seen = Vec::new();
    for page in client(&server).link().pages() {
        let page = page.unwrap();
        let n = seen.len() as u32 + 1;
        let expected_url = if n == 1 { base.clone() } else { format!("{base}?page={n}") };
        assert_eq!(page.url().as_str(), expected_url);
        let status = if n == 2 { StatusCode::NON_AUTHORITATIVE_INFORMATION } else { StatusCode::OK };
        assert_eq!(page.status(), status);
        assert_eq!(page.headers().get("x-page").unwrap(), n.to_string().as_str());
        let limit = page.rate_limit().expect("rate limit headers");
        assert_eq!(limit.limit, Some(5000));
        assert_eq!(limit.remaining, Some(u64::from(5000 - n)));
        let reset_after = limit.reset_after.unwrap();
        assert!(reset_after > Duration::from_secs(100) && reset_after <= Duration::from_secs(120), "{reset_after:?}");
        seen.push(page.items().iter().map(|i| i.id).collect::<Vec<_>>());
    }
    assert_eq!(seen, [range(1, 3), range(4, 6), range(7, 7)]);
    assert_eq!(targets(&server), strings(&LINK_REQUESTS));

    let plain = link_server();
    let pages: Vec<_> = client(&plain).link().max_pages(2).pages().collect();
    assert_eq!(pages.len(), 2);
    assert!(pages.iter().all(|p| p.as_ref().unwrap().rate_limit().is_none()));
    assert_eq!(targets(&plain), strings(&LINK_REQUESTS[..2]));
}

#[test]
fn pages_stay_ended() {
    let server = link_server();
    let mut pages = client(&server).link().pages();
    assert_eq!(pages.by_ref().count(), 3);
    assert!(pages.next().is_none());
    assert!(pages.next().is_none());
    assert_eq!(targets(&server), strings(&LINK_REQUESTS));
}

#[test]
fn relative_links_resolve_against_the_current_url() {
    let server = BlockingMockServer::start();
    mount(&server, "/rel/list", |request: &Request| {
        let page = number(request, "page", 1);
        let response = ResponseTemplate::new(200).set_body_json(ids_json(page, page));
        match page {
            1 => response.insert_header("link", "<list?page=2>; rel=\"next\""),
            2 => response.insert_header("link", "<?page=3>; rel=\"next\""),
            3 => response.insert_header("link", "</rel/list?page=4>; rel=\"next\""),
            _ => response,
        }
    });
    let outcome = drain(client(&server).relative());
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 4));
    assert_eq!(targets(&server), strings(&["/rel/list", "/rel/list?page=2", "/rel/list?page=3", "/rel/list?page=4"]));
}

#[test]
fn next_among_several_links_one_header_or_several() {
    for separate in [false, true] {
        let server = BlockingMockServer::start();
        let base = format!("{}/link", server.uri());
        mount(&server, "/link", move |request: &Request| {
            let page = number(request, "page", 1);
            let mut links = vec![format!("<{base}?page=1>; rel=\"first\""), format!("<{base}?page=3>; rel=\"last\"")];
            if page < 3 {
                links.push(format!("<{base}?page={}>; rel=\"next\"", page + 1));
            }
            links.push(format!("<{base}?page=99>; rel=\"alternate\""));
            let response = ResponseTemplate::new(200).set_body_json(page_json(page, 3, 7));
            if separate {
                links.iter().fold(response, |r, link| r.append_header("link", link.as_str()))
            } else {
                response.insert_header("link", links.join(", ").as_str())
            }
        });
        let outcome = drain(client(&server).link());
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7), "separate headers: {separate}");
        assert_eq!(targets(&server), strings(&LINK_REQUESTS), "separate headers: {separate}");
    }
}

#[test]
fn github_search_items_inside_an_object() {
    let server = BlockingMockServer::start();
    let base = format!("{}/search/issues", server.uri());
    mount(&server, "/search/issues", move |request: &Request| {
        let page = number(request, "page", 1);
        let body = json!({ "total_count": 7, "incomplete_results": false, "items": page_json(page, 3, 7) });
        let mut response = ResponseTemplate::new(200).set_body_json(body);
        if page < 3 {
            response =
                response.insert_header("link", format!("<{base}?q=rust&page={}>; rel=\"next\"", page + 1).as_str());
        }
        response
    });
    let outcome = drain(client(&server).search_issues("rust"));
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 7));
    assert_eq!(
        targets(&server),
        strings(&["/search/issues?q=rust", "/search/issues?q=rust&page=2", "/search/issues?q=rust&page=3"])
    );
}

// ------------------------------------------------------------------ page

#[test]
fn page_numbers_until_an_empty_page() {
    let server = BlockingMockServer::start();
    mount(&server, "/numbered", |request: &Request| {
        assert_eq!(number(request, "per_page", 0), 3);
        ResponseTemplate::new(200).set_body_json(page_json(number(request, "page", 0), 3, 7))
    });
    let outcome = drain(client(&server).numbered(Some("open")));
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 7));
    assert_eq!(
        targets(&server),
        strings(&[
            "/numbered?q=open&page=1&per_page=3",
            "/numbered?q=open&page=2&per_page=3",
            "/numbered?q=open&page=3&per_page=3",
            "/numbered?q=open&page=4&per_page=3",
        ])
    );
}

#[test]
fn gitlab_pagination_headers() {
    for next_header in [true, false] {
        // 6 items, 3 full pages: neither flavour of header asks for page 4.
        let server = BlockingMockServer::start();
        mount(&server, "/projects", move |request: &Request| {
            let page = number(request, "p", 0);
            assert_eq!(number(request, "n", 0), 2);
            let mut response = ResponseTemplate::new(200)
                .set_body_json(page_json(page, 2, 6))
                .insert_header("x-page", page.to_string().as_str())
                .insert_header("x-total-pages", "3");
            if next_header {
                let next = if page < 3 { (page + 1).to_string() } else { String::new() };
                response = response.insert_header("x-next-page", next.as_str());
            }
            response
        });
        let outcome = drain(client(&server).gitlab());
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 6));
        assert_eq!(
            targets(&server),
            strings(&["/projects?p=1&n=2", "/projects?p=2&n=2", "/projects?p=3&n=2"]),
            "x-next-page: {next_header}"
        );
    }
}

// ---------------------------------------------------------------- offset

#[test]
fn offset_advances_by_the_items_received() {
    let server = BlockingMockServer::start();
    mount(&server, "/offset", |request: &Request| {
        let offset = number(request, "offset", 99);
        let limit = number(request, "limit", 0);
        ResponseTemplate::new(200).set_body_json(ids_json(offset + 1, (offset + limit).min(7)))
    });
    let outcome = drain(client(&server).offset());
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 7));
    assert_eq!(
        targets(&server),
        strings(&[
            "/offset?offset=0&limit=3",
            "/offset?offset=3&limit=3",
            "/offset?offset=6&limit=3",
            "/offset?offset=7&limit=3",
        ])
    );
}

// ---------------------------------------------------------------- cursor

#[test]
fn cursor_from_a_pointer_into_a_parameter() {
    let server = BlockingMockServer::start();
    mount(&server, "/cursor", |request: &Request| {
        let (items, next) = match param(request, "after").as_deref() {
            None => (ids_json(1, 3), json!("c2")),
            Some("c2") => (ids_json(4, 6), json!(300)),
            Some("300") => (ids_json(7, 7), Value::Null),
            Some(other) => panic!("unexpected cursor {other}"),
        };
        ResponseTemplate::new(200).set_body_json(json!({ "data": items, "meta": { "next": next } }))
    });
    let outcome = drain(client(&server).cursor());
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 7));
    assert_eq!(targets(&server), strings(&["/cursor", "/cursor?after=c2", "/cursor?after=300"]));
}

#[test]
fn a_repeated_cursor_is_a_loop() {
    let server = BlockingMockServer::start();
    mount(&server, "/cursor", |request: &Request| {
        let items = if param(request, "after").is_none() { ids_json(1, 3) } else { ids_json(4, 6) };
        ResponseTemplate::new(200).set_body_json(json!({ "data": items, "meta": { "next": "same" } }))
    });
    let outcome = drain(client(&server).cursor());
    assert_eq!(outcome.ids, range(1, 6));
    assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
    assert_eq!(targets(&server), strings(&["/cursor", "/cursor?after=same"]));
}

// -------------------------------------------------------------- next_url

#[test]
fn next_url_absolute_then_relative() {
    let server = BlockingMockServer::start();
    let uri = server.uri();
    mount(&server, "/feed", move |request: &Request| {
        let after = number(request, "after", 0);
        let next = match after {
            0 => json!(format!("{uri}/feed?after=3")),
            3 => json!("feed?after=6"),
            _ => Value::Null,
        };
        let items = ids_json(after + 1, (after + 3).min(7));
        ResponseTemplate::new(200).set_body_json(json!({ "items": items, "links": { "next": next } }))
    });
    let outcome = drain(client(&server).feed());
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 7));
    assert_eq!(targets(&server), strings(&["/feed", "/feed?after=3", "/feed?after=6"]));
}

// ------------------------------------------------------- session per page

#[test]
fn auth_header_on_every_page() {
    let server = link_server();
    let api = ListingClient::builder().base_url(&server.uri()).bearer_auth("s3cret").build().unwrap();
    let outcome = drain(api.link());
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 7));
    let received = server.received_requests();
    assert_eq!(received.iter().map(|r| target(&r.url)).collect::<Vec<_>>(), strings(&LINK_REQUESTS));
    for request in &received {
        assert_eq!(request.headers.get("authorization").unwrap(), "Bearer s3cret", "{}", request.url);
    }
}

fn server_failing_page_two(status: u16, times: u64) -> BlockingMockServer {
    let server = BlockingMockServer::start();
    server.mount(
        Mock::given(path("/link"))
            .and(query_param("page", "2"))
            .respond_with(ResponseTemplate::new(status).set_body_string("boom"))
            .up_to_n_times(times)
            .with_priority(1),
    );
    let base = format!("{}/link", server.uri());
    server.mount(Mock::given(path("/link")).respond_with(link_pages(base, 3, 7)).with_priority(2));
    server
}

#[test]
fn a_failing_page_yields_its_error_once_then_ends() {
    let server = server_failing_page_two(500, u64::MAX);
    let outcome = drain(client_no_retry(&server).link());
    assert_eq!(outcome.ids, range(1, 3));
    let err = outcome.error.unwrap();
    assert_eq!(err.kind(), ErrorKind::Status, "{err}");
    assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(targets(&server), strings(&LINK_REQUESTS[..2]));

    let server = server_failing_page_two(500, u64::MAX);
    assert_eq!(client_no_retry(&server).link().collect_all().unwrap_err().kind(), ErrorKind::Status);
}

#[test]
fn a_retried_page_is_transparent() {
    let server = server_failing_page_two(503, 1);
    let api = ListingClient::builder()
        .base_url(&server.uri())
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap();
    let outcome = drain(api.link());
    assert!(outcome.error.is_none(), "{outcome:?}");
    assert_eq!(outcome.ids, range(1, 7));
    assert_eq!(targets(&server), strings(&["/link", "/link?page=2", "/link?page=2", "/link?page=3"]));
}

// ---------------------------------------------------------------- safety

#[test]
fn a_next_link_to_another_origin_is_never_requested() {
    let server = BlockingMockServer::start();
    let other = BlockingMockServer::start();
    mount(&server, "/link", link_pages(format!("{}/link", other.uri()), 3, 7));
    mount(&other, "/link", ResponseTemplate::new(200).set_body_json(ids_json(4, 6)));

    let api = ListingClient::builder().base_url(&server.uri()).bearer_auth("s3cret").build().unwrap();
    let outcome = drain(api.link());
    assert_eq!(outcome.ids, range(1, 3));
    assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
    assert_eq!(targets(&server), strings(&["/link"]));
    assert_eq!(targets(&other), Vec::<String>::new(), "the other origin received nothing");
}

#[test]
fn a_next_url_to_another_origin_is_never_requested() {
    let server = BlockingMockServer::start();
    let other = BlockingMockServer::start();
    let other_uri = other.uri();
    mount(&server, "/feed", move |_: &Request| {
        let next = format!("{other_uri}/feed?after=3");
        ResponseTemplate::new(200).set_body_json(json!({ "items": ids_json(1, 3), "links": { "next": next } }))
    });
    mount(&other, "/feed", ResponseTemplate::new(200).set_body_json(json!({ "items": ids_json(4, 6) })));

    let outcome = drain(client(&server).feed());
    assert_eq!(outcome.ids, range(1, 3));
    assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
    assert_eq!(targets(&server), strings(&["/feed"]));
    assert_eq!(targets(&other), Vec::<String>::new(), "the other origin received nothing");
}

#[test]
fn a_link_back_to_the_first_page_is_a_loop() {
    let server = BlockingMockServer::start();
    let base = format!("{}/link", server.uri());
    mount(&server, "/link", move |request: &Request| {
        let page = number(request, "page", 1);
        let next = if page == 1 { format!("{base}?page=2") } else { base.clone() };
        ResponseTemplate::new(200)
            .set_body_json(page_json(page, 3, 7))
            .insert_header("link", format!("<{next}>; rel=\"next\"").as_str())
    });
    let outcome = drain(client(&server).link());
    assert_eq!(outcome.ids, range(1, 6));
    assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
    assert_eq!(targets(&server), strings(&["/link", "/link?page=2"]));
}

#[test]
fn no_content_and_an_empty_page_end_cleanly() {
    for first in [ResponseTemplate::new(204), ResponseTemplate::new(200).set_body_json(json!([]))] {
        let server = BlockingMockServer::start();
        mount(&server, "/link", first);
        let outcome = drain(client(&server).link());
        assert!(outcome.error.is_none() && outcome.ids.is_empty(), "{outcome:?}");
        assert_eq!(targets(&server), strings(&["/link"]));
    }
    for second in [ResponseTemplate::new(204), ResponseTemplate::new(200).set_body_json(json!([]))] {
        let server = BlockingMockServer::start();
        server.mount(Mock::given(path("/link")).and(query_param("page", "2")).respond_with(second).with_priority(1));
        server.mount(
            Mock::given(path("/link"))
                .respond_with(link_pages(format!("{}/link", server.uri()), 3, 9))
                .with_priority(2),
        );
        let outcome = drain(client(&server).link());
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 3));
        assert_eq!(targets(&server), strings(&LINK_REQUESTS[..2]));
    }
}

#[test]
fn missing_items_pointer_is_an_error() {
    let server = BlockingMockServer::start();
    mount(&server, "/wrapped", ResponseTemplate::new(200).set_body_json(json!({ "data": [{ "id": 1 }] })));
    let outcome = drain(client(&server).wrapped());
    assert!(outcome.ids.is_empty(), "{outcome:?}");
    assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
    assert_eq!(targets(&server), strings(&["/wrapped?page=1&per_page=2"]));
}

#[test]
fn a_malformed_item_is_a_decode_error() {
    let server = BlockingMockServer::start();
    server.mount(
        Mock::given(path("/link"))
            .and(query_param("page", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!([{ "id": 4 }, { "id": -5 }])))
            .with_priority(1),
    );
    server.mount(
        Mock::given(path("/link")).respond_with(link_pages(format!("{}/link", server.uri()), 3, 9)).with_priority(2),
    );
    let outcome = drain(client(&server).link());
    assert_eq!(outcome.ids, range(1, 3));
    assert_eq!(outcome.kind(), Some(ErrorKind::Decode), "{outcome:?}");
    assert_eq!(targets(&server), strings(&LINK_REQUESTS[..2]));
}

// -------------------------------------------------------------- prefetch

#[test]
fn prefetch_yields_the_same_items_and_requests() {
    let plain = link_server();
    let expected = drain(client(&plain).link());
    assert_eq!(expected.ids, range(1, 7));

    for prefetched in [true, false] {
        let server = link_server();
        let list = if prefetched { client(&server).link_prefetched() } else { client(&server).link().prefetch(true) };
        let outcome = drain(list);
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, expected.ids);
        assert_eq!(targets(&server), strings(&LINK_REQUESTS));
    }

    let failing = server_failing_page_two(500, u64::MAX);
    let outcome = drain(client_no_retry(&failing).link_prefetched());
    assert_eq!(outcome.ids, range(1, 3));
    assert_eq!(outcome.kind(), Some(ErrorKind::Status), "{outcome:?}");
    assert_eq!(targets(&failing), strings(&LINK_REQUESTS[..2]));
}

#[test]
fn prefetched_pages_in_a_blocking_client() {
    let server = link_server();
    let pages = client(&server).link_prefetched().pages();
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(targets(&server), Vec::<String>::new(), "nothing sent before the first next()");
    let sizes: Vec<usize> = pages.map(|p| p.unwrap().items().len()).collect();
    assert_eq!(sizes, [3, 3, 1]);
    assert_eq!(targets(&server), strings(&LINK_REQUESTS));
}
