//! Pagination end to end, every scenario run twice: against the async
//! client, where `Paginated<T>` is a `Stream`, and against the blocking
//! one, where it is an `Iterator` (see `tests::flavour`).
//!
//! Every style (`link`, `page`, `offset`, `cursor`, `next_url`) is served
//! by a wiremock responder that computes each page from the request's
//! query, and every test asserts the exact requests the server received
//! (path and query string) as well as the items that came out.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use client_runtime::{ErrorKind, RetryPolicy, StatusCode, client};
use serde::Deserialize;
use serde_json::{Value, json};
use tests::BlockingMockServer;
use tests::flavour::ReadListing;
use wiremock::matchers::{path, query_param};
use wiremock::{Mock, Request, ResponseTemplate};

#[derive(Debug, Deserialize, PartialEq)]
pub struct Item {
    id: u32,
}

tests::flavoured_client! {
    async: #[client],
    blocking: #[client(blocking)],
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

        #[get("/posts")]
        #[paginate(page(param = "_page", per_page = "_limit", size = 3))]
        fn posts_from(&self, #[query("_page")] page: Option<u32>, #[query("_limit")] limit: Option<u32>) -> Paginated<Item>;

        #[get("/posts")]
        #[paginate(page(param = "_page", per_page = "_limit", size = 3))]
        fn posts_from_text(&self, #[query("_page")] page: &str) -> Paginated<Item>;

        #[get("/records")]
        #[paginate(offset(param = "skip", limit = "take", size = 2))]
        fn records_from(&self, #[query] skip: Option<u64>) -> Paginated<Item>;

        #[get("/offset")]
        #[paginate(offset(size = 3))]
        fn offset(&self) -> Paginated<Item>;

        #[get("/records")]
        #[paginate(offset(param = "skip", limit = "take", size = 2))]
        fn records(&self) -> Paginated<Item>;

        #[get("/cursor")]
        #[paginate(cursor(from = "/meta/next", param = "after"), items = "/data")]
        fn cursor(&self) -> Paginated<Item>;

        #[get("/cursor/default")]
        #[paginate(cursor, items = "/items")]
        fn cursor_default(&self) -> Paginated<Item>;

        #[get("/feed")]
        #[paginate(next_url, items = "/items")]
        fn feed(&self) -> Paginated<Item>;

        #[get("/feed")]
        #[paginate(next_url(from = "/links/next"), items = "/items")]
        fn feed_links(&self) -> Paginated<Item>;

        #[get("/search/issues")]
        #[paginate(link, items = "/items")]
        fn search_issues(&self, #[query] q: &str) -> Paginated<Item>;

        #[get("/wrapped")]
        #[paginate(page(size = 2), items = "/items")]
        fn wrapped(&self) -> Paginated<Item>;
    }

    pub(crate) fn client(server: &BlockingMockServer) -> ListingClient {
        ListingClient::builder().base_url(&server.uri()).build().unwrap()
    }

    pub(crate) fn client_no_retry(server: &BlockingMockServer) -> ListingClient {
        ListingClient::builder().base_url(&server.uri()).retry(RetryPolicy::none()).build().unwrap()
    }
}

// ---------------------------------------------------------------- helpers

/// `[{"id": first}, ..., {"id": last}]`, empty when `first > last`.
fn ids_json(first: u32, last: u32) -> Value {
    Value::Array((first..=last).map(|id| json!({ "id": id })).collect())
}

/// The items of page `page` (from 1) with `size` per page out of `total`.
fn page_json(page: u32, size: u32, total: u32) -> Value {
    ids_json((page - 1) * size + 1, (page * size).min(total))
}

fn param(request: &Request, key: &str) -> Option<String> {
    request.url.query_pairs().find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
}

fn number(request: &Request, key: &str, default: u32) -> u32 {
    param(request, key).map_or(default, |v| v.parse().unwrap())
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn range(first: u32, last: u32) -> Vec<u32> {
    (first..=last).collect()
}

fn mount(server: &BlockingMockServer, at: &str, respond: impl wiremock::Respond + 'static) {
    server.mount(Mock::given(path(at)).respond_with(respond));
}

/// How a listing ended: its items, then at most one error.
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
async fn drain(mut list: impl ReadListing<Item = Item>) -> Outcome {
    let mut ids = Vec::new();
    loop {
        match list.next_item().await {
            Some(Ok(item)) => ids.push(item.id),
            Some(Err(err)) => {
                assert!(list.next_item().await.is_none(), "exactly one error, then None (after {ids:?}, {err})");
                assert!(list.next_item().await.is_none(), "the listing stays ended");
                return Outcome { ids, error: Some(err) };
            }
            None => {
                assert!(list.next_item().await.is_none(), "the listing stays ended");
                return Outcome { ids, error: None };
            }
        }
    }
}

/// Pages of `size` items out of `total` at `{base}?page=N`, with a
/// `rel="next"` absolute link on every page but the last.
fn link_pages(base: String, size: u32, total: u32) -> impl Fn(&Request) -> ResponseTemplate + Send + Sync {
    move |request: &Request| link_page(&base, size, total, number(request, "page", 1), 200)
}

/// Page `page` of [`link_pages`], answered with `status`.
fn link_page(base: &str, size: u32, total: u32, page: u32, status: u16) -> ResponseTemplate {
    let last = total.div_ceil(size);
    let mut response = ResponseTemplate::new(status).set_body_json(page_json(page, size, total));
    if page < last {
        let next = format!("<{base}?page={}>; rel=\"next\", <{base}?page={last}>; rel=\"last\"", page + 1);
        response = response.insert_header("link", next.as_str());
    }
    response
}

/// A server with 7 items in pages of 3 at `/link`.
fn link_server() -> BlockingMockServer {
    let server = BlockingMockServer::start();
    mount(&server, "/link", link_pages(format!("{}/link", server.uri()), 3, 7));
    server
}

const LINK_REQUESTS: [&str; 3] = ["/link", "/link?page=2", "/link?page=3"];

/// 7 items in pages of 3 at `/link`; page 2 answers `status` the first
/// `times` times it is asked.
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

/// Pages of `size` out of `total` by `page`/`per_page`; past the end, `[]`.
fn numbered_pages(size: u32, total: u32) -> impl Fn(&Request) -> ResponseTemplate + Send + Sync {
    move |request: &Request| {
        assert_eq!(number(request, "per_page", 0), size, "every request carries per_page");
        let page = number(request, "page", 0);
        assert!(page >= 1, "every request carries page");
        ResponseTemplate::new(200).set_body_json(page_json(page, size, total))
    }
}

/// GitLab: `p`/`n` parameters, `x-next-page` (empty on the last page),
/// `x-total-pages` and friends.
fn gitlab_pages(total: u32, next_header: bool) -> impl Fn(&Request) -> ResponseTemplate + Send + Sync {
    move |request: &Request| {
        let size = number(request, "n", 0);
        let page = number(request, "p", 0);
        assert_eq!(size, 2);
        let pages = total.div_ceil(size);
        let mut response = ResponseTemplate::new(200)
            .set_body_json(page_json(page, size, total))
            .insert_header("x-page", page.to_string().as_str())
            .insert_header("x-per-page", size.to_string().as_str())
            .insert_header("x-total", total.to_string().as_str())
            .insert_header("x-total-pages", pages.to_string().as_str());
        if next_header {
            let next = if page < pages { (page + 1).to_string() } else { String::new() };
            response = response.insert_header("x-next-page", next.as_str());
        }
        response
    }
}

// ------------------------------------------------------------------ link

tests::both_flavours! {
    async fn link_follows_next_to_the_last_page() {
        let server = link_server();
        let outcome = drain(client(&server).link()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(server.targets(), strings(&LINK_REQUESTS));
    }

    async fn collect_all_gathers_every_page() {
        let server = link_server();
        let items = client(&server).link().collect_items().await.unwrap();
        assert_eq!(items.iter().map(|i| i.id).collect::<Vec<_>>(), range(1, 7));
        assert_eq!(server.targets(), strings(&LINK_REQUESTS));
    }

    async fn nothing_is_sent_until_first_polled() {
        let server = link_server();
        let api = client(&server);
        let mut list = api.link().max_items(5).max_pages(2).prefetch(false);
        let mut declared = api.link_prefetched();
        let _pages = api.link().pages();
        pause(Duration::from_millis(50)).await;
        assert_eq!(server.targets(), Vec::<String>::new(), "creating listings sends nothing");

        assert_eq!(list.next_item().await.unwrap().unwrap().id, 1);
        assert_eq!(server.targets(), strings(&["/link"]), "the first poll fetches the first page only");
        assert_eq!(declared.next_item().await.unwrap().unwrap().id, 1);
    }

    async fn pages_with_prefetch_are_lazy_too() {
        let server = link_server();
        let api = client(&server);
        let mut pages = api.link_prefetched().pages();
        let mut explicit = api.link().prefetch(true).pages();
        pause(Duration::from_millis(100)).await;
        assert_eq!(server.targets(), Vec::<String>::new(), "`.pages()` must not send before it is polled");
        assert_eq!(pages.next_page().await.unwrap().unwrap().items().len(), 3);
        assert_eq!(explicit.next_page().await.unwrap().unwrap().items().len(), 3);
    }

    async fn max_items_stops_fetching_once_reached() {
        for (max, ids, requests) in [
            (0, vec![], &LINK_REQUESTS[..0]),
            (2, range(1, 2), &LINK_REQUESTS[..1]),
            (3, range(1, 3), &LINK_REQUESTS[..1]),
            (4, range(1, 4), &LINK_REQUESTS[..2]),
            (7, range(1, 7), &LINK_REQUESTS[..]),
            (50, range(1, 7), &LINK_REQUESTS[..]),
        ] {
            let server = link_server();
            let outcome = drain(client(&server).link().max_items(max)).await;
            assert!(outcome.error.is_none(), "{outcome:?}");
            assert_eq!(outcome.ids, ids, "max_items({max})");
            assert_eq!(server.targets(), strings(requests), "max_items({max})");
        }
    }

    async fn max_pages_stops_after_n_pages() {
        for (max, ids, requests) in [
            (0, vec![], &LINK_REQUESTS[..0]),
            (1, range(1, 3), &LINK_REQUESTS[..1]),
            (2, range(1, 6), &LINK_REQUESTS[..2]),
            (9, range(1, 7), &LINK_REQUESTS[..]),
        ] {
            let server = link_server();
            let outcome = drain(client(&server).link().max_pages(max)).await;
            assert!(outcome.error.is_none(), "{outcome:?}");
            assert_eq!(outcome.ids, ids, "max_pages({max})");
            assert_eq!(server.targets(), strings(requests), "max_pages({max})");
        }

        let server = link_server();
        let items = client(&server).link().max_pages(2).max_items(4).collect_items().await.unwrap();
        assert_eq!(items.len(), 4);
        assert_eq!(server.targets(), strings(&LINK_REQUESTS[..2]));
    }

    async fn max_pages_ignores_what_lies_beyond_the_last_page() {
        let server = BlockingMockServer::start();
        let other = BlockingMockServer::start();
        mount(&server, "/link", link_pages(format!("{}/link", other.uri()), 3, 7));
        let outcome = drain(client(&server).link().max_pages(1)).await;
        assert!(outcome.error.is_none(), "page 2 was never wanted: {outcome:?}");
        assert_eq!(outcome.ids, range(1, 3));
        assert_eq!(server.targets(), strings(&["/link"]));
        assert_eq!(other.targets(), Vec::<String>::new());
    }

    async fn pages_expose_items_status_headers_url_and_rate_limit() {
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

        let mut pages = client(&server).link().pages();
        let mut seen = Vec::new();
        while let Some(page) = pages.next_page().await {
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
            assert!(
                reset_after > Duration::from_secs(100) && reset_after <= Duration::from_secs(120),
                "{reset_after:?}"
            );
            seen.push(page.items().iter().map(|i| i.id).collect::<Vec<_>>());
            assert_eq!(page.into_items().len(), seen.last().unwrap().len());
        }
        assert_eq!(seen, [range(1, 3), range(4, 6), range(7, 7)]);
        assert_eq!(server.targets(), strings(&LINK_REQUESTS));

        // No rate-limit headers: none reported. `max_pages` applies to pages.
        let plain = link_server();
        let pages = client(&plain).link().max_pages(2).pages().collect_pages().await;
        assert_eq!(pages.len(), 2);
        assert!(pages.iter().all(|p| p.as_ref().unwrap().rate_limit().is_none()));
        assert_eq!(plain.targets(), strings(&LINK_REQUESTS[..2]));
    }

    async fn pages_stay_ended() {
        let server = link_server();
        let mut pages = client(&server).link().pages();
        let mut count = 0;
        while pages.next_page().await.is_some() {
            count += 1;
        }
        assert_eq!(count, 3);
        assert!(pages.next_page().await.is_none());
        assert!(pages.next_page().await.is_none());
        assert_eq!(server.targets(), strings(&LINK_REQUESTS));
    }

    async fn relative_links_resolve_against_the_current_url() {
        let server = BlockingMockServer::start();
        mount(&server, "/rel/list", |request: &Request| {
            let page = number(request, "page", 1);
            let response = ResponseTemplate::new(200).set_body_json(ids_json(page, page));
            match page {
                1 => response.insert_header("link", "<list?page=2>; rel=\"next\""),
                2 => response.insert_header("link", "<?page=3>; rel=\"next\""),
                3 => response.insert_header("link", "</rel/list?page=4>; rel=\"next\""),
                4 => response.insert_header("link", "<../rel/./list?page=5>; rel=\"next\""),
                _ => response,
            }
        });
        let outcome = drain(client(&server).relative()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 5));
        assert_eq!(
            server.targets(),
            strings(&["/rel/list", "/rel/list?page=2", "/rel/list?page=3", "/rel/list?page=4", "/rel/list?page=5"])
        );
    }

    async fn next_among_several_links_in_one_header() {
        let server = BlockingMockServer::start();
        let base = format!("{}/link", server.uri());
        mount(&server, "/link", move |request: &Request| {
            let page = number(request, "page", 1);
            let mut links =
                vec![format!("<{base}?page=1>; rel=\"first\""), format!("<{base}?page=3>; rel=\"last\"")];
            if page > 1 {
                links.push(format!("<{base}?page={}>; rel=\"prev\"", page - 1));
            }
            if page < 3 {
                links.push(format!("<{base}?page={}>; title=\"a, b\"; rel=\"next\"", page + 1));
            }
            links.push(format!("<{base}?page=99>; rel=\"alternate\""));
            ResponseTemplate::new(200)
                .set_body_json(page_json(page, 3, 7))
                .insert_header("link", links.join(", ").as_str())
        });
        let outcome = drain(client(&server).link()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(server.targets(), strings(&LINK_REQUESTS));
    }

    async fn next_among_separate_link_headers() {
        let server = BlockingMockServer::start();
        let base = format!("{}/link", server.uri());
        mount(&server, "/link", move |request: &Request| {
            let page = number(request, "page", 1);
            let mut response = ResponseTemplate::new(200)
                .set_body_json(page_json(page, 3, 7))
                .append_header("link", format!("<{base}?page=1>; rel=\"first\"").as_str())
                .append_header("link", format!("<{base}?page=3>; rel=\"last\"").as_str());
            if page < 3 {
                let next = format!("<{base}?page={}>; rel=\"next\"", page + 1);
                response = response.append_header("link", next.as_str());
            }
            response.append_header("link", format!("<{base}?page=99>; rel=\"alternate\"").as_str())
        });
        let outcome = drain(client(&server).link()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(server.targets(), strings(&LINK_REQUESTS));
        let first = &server.received_requests()[0];
        assert!(first.headers.get("link").is_none());
    }

    async fn github_search_items_inside_an_object() {
        let server = BlockingMockServer::start();
        let base = format!("{}/search/issues", server.uri());
        mount(&server, "/search/issues", move |request: &Request| {
            assert_eq!(param(request, "q").as_deref(), Some("rust lang"));
            let page = number(request, "page", 1);
            let body = json!({ "total_count": 7, "incomplete_results": false, "items": page_json(page, 3, 7) });
            let mut response = ResponseTemplate::new(200).set_body_json(body);
            if page < 3 {
                let link = format!(
                    "<{base}?q=rust+lang&page={}>; rel=\"next\", <{base}?q=rust+lang&page=3>; rel=\"last\"",
                    page + 1
                );
                response = response.insert_header("link", link.as_str());
            }
            response
        });
        let outcome = drain(client(&server).search_issues("rust lang")).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        let requests = server.targets();
        assert_eq!(requests.len(), 3, "{requests:?}");
        assert!(
            requests[0] == "/search/issues?q=rust+lang" || requests[0] == "/search/issues?q=rust%20lang",
            "{requests:?}"
        );
        assert_eq!(
            requests[1..],
            strings(&["/search/issues?q=rust+lang&page=2", "/search/issues?q=rust+lang&page=3"])
        );
    }
}

// ------------------------------------------------------------------ page

tests::both_flavours! {
    async fn page_numbers_until_an_empty_page() {
        let server = BlockingMockServer::start();
        mount(&server, "/numbered", numbered_pages(3, 7));
        let outcome = drain(client(&server).numbered(None)).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(
            server.targets(),
            strings(&[
                "/numbered?page=1&per_page=3",
                "/numbered?page=2&per_page=3",
                "/numbered?page=3&per_page=3",
                "/numbered?page=4&per_page=3",
            ])
        );
    }

    async fn page_numbers_keep_the_other_query_parameters() {
        for (total, requests) in [
            (6, &["/numbered?q=open&page=1&per_page=3", "/numbered?q=open&page=2&per_page=3", "/numbered?q=open&page=3&per_page=3"][..]),
            (
                7,
                &[
                    "/numbered?q=open&page=1&per_page=3",
                    "/numbered?q=open&page=2&per_page=3",
                    "/numbered?q=open&page=3&per_page=3",
                    "/numbered?q=open&page=4&per_page=3",
                ][..],
            ),
        ] {
            let server = BlockingMockServer::start();
            mount(&server, "/numbered", numbered_pages(3, total));
            let outcome = drain(client(&server).numbered(Some("open"))).await;
            assert!(outcome.error.is_none(), "{outcome:?}");
            assert_eq!(outcome.ids, range(1, total));
            assert_eq!(server.targets(), strings(requests), "{total} items");
        }
    }

    async fn gitlab_x_next_page_ends_without_an_extra_request() {
        // 5 items end on a short page, 6 on a full one: neither asks for page 4.
        for total in [5, 6] {
            let server = BlockingMockServer::start();
            mount(&server, "/projects", gitlab_pages(total, true));
            let outcome = drain(client(&server).gitlab()).await;
            assert!(outcome.error.is_none(), "{outcome:?}");
            assert_eq!(outcome.ids, range(1, total));
            assert_eq!(
                server.targets(),
                strings(&["/projects?p=1&n=2", "/projects?p=2&n=2", "/projects?p=3&n=2"]),
                "{total} items"
            );
        }
    }

    async fn gitlab_x_total_pages_ends_on_a_full_last_page() {
        let server = BlockingMockServer::start();
        mount(&server, "/projects", gitlab_pages(6, false));
        let outcome = drain(client(&server).gitlab()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 6));
        assert_eq!(server.targets(), strings(&["/projects?p=1&n=2", "/projects?p=2&n=2", "/projects?p=3&n=2"]));
    }

    async fn gitlab_x_next_page_is_followed_as_given() {
        let server = BlockingMockServer::start();
        mount(&server, "/projects", |request: &Request| {
            let page = number(request, "p", 0);
            let next = if page == 1 { "4" } else { "" };
            ResponseTemplate::new(200).set_body_json(page_json(page, 2, 8)).insert_header("x-next-page", next)
        });
        let outcome = drain(client(&server).gitlab()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, [1, 2, 7, 8]);
        assert_eq!(server.targets(), strings(&["/projects?p=1&n=2", "/projects?p=4&n=2"]));
    }

    async fn gitlab_x_next_page_pointing_back_is_a_loop() {
        let server = BlockingMockServer::start();
        mount(&server, "/projects", |request: &Request| {
            let page = number(request, "p", 0);
            let next = if page == 1 { "2" } else { "1" };
            ResponseTemplate::new(200).set_body_json(page_json(page, 2, 8)).insert_header("x-next-page", next)
        });
        let outcome = drain(client(&server).gitlab()).await;
        assert_eq!(outcome.ids, range(1, 4));
        assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
        assert_eq!(server.targets(), strings(&["/projects?p=1&n=2", "/projects?p=2&n=2"]));
    }
}

// ------------------------------------------------------- where a listing starts

/// Pages by `_page` and `_limit` (json-server), out of `total`.
fn json_server_pages(total: u32) -> impl Fn(&Request) -> ResponseTemplate + Send + Sync {
    move |request: &Request| {
        let (page, size) = (number(request, "_page", 0), number(request, "_limit", 0));
        ResponseTemplate::new(200).set_body_json(page_json(page, size, total))
    }
}

tests::both_flavours! {
    async fn an_explicit_start_page_is_where_the_listing_starts() {
        let server = BlockingMockServer::start();
        mount(&server, "/posts", json_server_pages(8));
        let outcome = drain(client(&server).posts_from(Some(2), None)).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(4, 8));
        assert_eq!(
            server.targets(),
            strings(&["/posts?_page=2&_limit=3", "/posts?_page=3&_limit=3", "/posts?_page=4&_limit=3"])
        );
    }

    async fn no_start_page_starts_at_the_first_and_a_caller_s_size_is_kept() {
        let server = BlockingMockServer::start();
        mount(&server, "/posts", json_server_pages(5));
        let outcome = drain(client(&server).posts_from(None, Some(2))).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 5));
        assert_eq!(
            server.targets(),
            strings(&[
                "/posts?_limit=2&_page=1",
                "/posts?_limit=2&_page=2",
                "/posts?_limit=2&_page=3",
                "/posts?_limit=2&_page=4",
            ])
        );
    }

    async fn a_start_page_that_is_not_a_number_is_refused_before_anything_is_sent() {
        let server = BlockingMockServer::start();
        mount(&server, "/posts", json_server_pages(5));
        let outcome = drain(client(&server).posts_from_text("second")).await;
        assert!(outcome.ids.is_empty());
        assert_eq!(outcome.kind(), Some(ErrorKind::InvalidRequest), "{outcome:?}");
        let message = outcome.error.map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("the listing cannot start at the `_page` given: it is not a whole number"), "{message}");
        assert!(server.targets().is_empty());
    }

    async fn an_explicit_start_offset_is_where_the_listing_starts() {
        let server = BlockingMockServer::start();
        mount(&server, "/records", |request: &Request| {
            let (skip, take) = (number(request, "skip", 99), number(request, "take", 0));
            ResponseTemplate::new(200).set_body_json(ids_json(skip + 1, (skip + take).min(6)))
        });
        let outcome = drain(client(&server).records_from(Some(3))).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(4, 6));
        assert_eq!(server.targets(), strings(&["/records?skip=3&take=2", "/records?skip=5&take=2", "/records?skip=6&take=2"]));
    }
}

// ---------------------------------------------------------------- offset

tests::both_flavours! {
    async fn offset_advances_by_the_items_received() {
        let server = BlockingMockServer::start();
        mount(&server, "/offset", |request: &Request| {
            let offset = number(request, "offset", 99);
            let limit = number(request, "limit", 0);
            assert_eq!(limit, 3);
            ResponseTemplate::new(200).set_body_json(ids_json(offset + 1, (offset + limit).min(7)))
        });
        let outcome = drain(client(&server).offset()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(
            server.targets(),
            strings(&[
                "/offset?offset=0&limit=3",
                "/offset?offset=3&limit=3",
                "/offset?offset=6&limit=3",
                "/offset?offset=7&limit=3",
            ])
        );
    }

    async fn offset_with_custom_names() {
        let server = BlockingMockServer::start();
        mount(&server, "/records", |request: &Request| {
            let skip = number(request, "skip", 99);
            let take = number(request, "take", 0);
            ResponseTemplate::new(200).set_body_json(ids_json(skip + 1, (skip + take).min(4)))
        });
        let outcome = drain(client(&server).records()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 4));
        assert_eq!(server.targets(), strings(&["/records?skip=0&take=2", "/records?skip=2&take=2", "/records?skip=4&take=2"]));
    }
}

// ---------------------------------------------------------------- cursor

tests::both_flavours! {
    async fn cursor_from_a_pointer_into_a_parameter() {
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
        let outcome = drain(client(&server).cursor()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(server.targets(), strings(&["/cursor", "/cursor?after=c2", "/cursor?after=300"]));
    }

    async fn cursor_defaults_and_an_empty_cursor_ends() {
        let server = BlockingMockServer::start();
        mount(&server, "/cursor/default", |request: &Request| {
            let (items, next) = match param(request, "cursor").as_deref() {
                None => (ids_json(1, 2), "x y"),
                Some("x y") => (ids_json(3, 4), ""),
                Some(other) => panic!("unexpected cursor {other}"),
            };
            ResponseTemplate::new(200).set_body_json(json!({ "items": items, "next_cursor": next }))
        });
        let outcome = drain(client(&server).cursor_default()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 4));
        assert_eq!(server.targets(), strings(&["/cursor/default", "/cursor/default?cursor=x+y"]));
    }

    async fn a_repeated_cursor_is_a_loop() {
        let server = BlockingMockServer::start();
        mount(&server, "/cursor", |request: &Request| {
            let items = if param(request, "after").is_none() { ids_json(1, 3) } else { ids_json(4, 6) };
            ResponseTemplate::new(200).set_body_json(json!({ "data": items, "meta": { "next": "same" } }))
        });
        let outcome = drain(client(&server).cursor()).await;
        assert_eq!(outcome.ids, range(1, 6));
        assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
        assert_eq!(server.targets(), strings(&["/cursor", "/cursor?after=same"]));
    }
}

// -------------------------------------------------------------- next_url

tests::both_flavours! {
    async fn next_url_absolute_then_relative() {
        let server = BlockingMockServer::start();
        let uri = server.uri();
        mount(&server, "/feed", move |request: &Request| {
            let after = number(request, "after", 0);
            let next = match after {
                0 => json!(format!("{uri}/feed?after=3")),
                3 => json!("/feed?after=6"),
                _ => Value::Null,
            };
            ResponseTemplate::new(200)
                .set_body_json(json!({ "items": ids_json(after + 1, (after + 3).min(7)), "next": next }))
        });
        let outcome = drain(client(&server).feed()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(server.targets(), strings(&["/feed", "/feed?after=3", "/feed?after=6"]));
    }

    async fn next_url_from_a_pointer_relative_to_the_page() {
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
        let outcome = drain(client(&server).feed_links()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(server.targets(), strings(&["/feed", "/feed?after=3", "/feed?after=6"]));
    }
}

// ------------------------------------------------------- session per page

tests::both_flavours! {
    async fn auth_header_on_every_page() {
        let server = link_server();
        let api = ListingClient::builder().base_url(&server.uri()).bearer_auth("s3cret").build().unwrap();
        let outcome = drain(api.link()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(server.targets(), strings(&LINK_REQUESTS));
        for request in &server.received_requests() {
            assert_eq!(request.headers.get("authorization").unwrap(), "Bearer s3cret", "{}", request.url);
        }
    }

    async fn a_failing_page_yields_its_error_once_then_ends() {
        let server = server_failing_page_two(500, u64::MAX);
        let outcome = drain(client_no_retry(&server).link()).await;
        assert_eq!(outcome.ids, range(1, 3));
        let err = outcome.error.unwrap();
        assert_eq!(err.kind(), ErrorKind::Status, "{err}");
        assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
        assert_eq!(err.body_text(), Some("boom"));
        assert_eq!(server.targets(), strings(&LINK_REQUESTS[..2]));

        let server = server_failing_page_two(500, u64::MAX);
        let err = client_no_retry(&server).link().collect_items().await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status);

        let server = server_failing_page_two(500, u64::MAX);
        let mut pages = client_no_retry(&server).link().pages();
        assert_eq!(pages.next_page().await.unwrap().unwrap().items().len(), 3);
        assert_eq!(pages.next_page().await.unwrap().unwrap_err().kind(), ErrorKind::Status);
        assert!(pages.next_page().await.is_none());
    }

    async fn a_retried_page_is_transparent() {
        let server = server_failing_page_two(503, 1);
        let api = ListingClient::builder()
            .base_url(&server.uri())
            .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(5)))
            .build()
            .unwrap();
        let outcome = drain(api.link()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 7));
        assert_eq!(server.targets(), strings(&["/link", "/link?page=2", "/link?page=2", "/link?page=3"]));
    }
}

// ---------------------------------------------------------------- safety

tests::both_flavours! {
    async fn a_next_link_to_another_origin_is_never_requested() {
        let server = BlockingMockServer::start();
        let other = BlockingMockServer::start();
        mount(&server, "/link", link_pages(format!("{}/link", other.uri()), 3, 7));
        mount(&other, "/link", ResponseTemplate::new(200).set_body_json(ids_json(4, 6)));

        let api = ListingClient::builder().base_url(&server.uri()).bearer_auth("s3cret").build().unwrap();
        let outcome = drain(api.link()).await;
        assert_eq!(outcome.ids, range(1, 3));
        assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
        assert_eq!(server.targets(), strings(&["/link"]));
        assert_eq!(other.targets(), Vec::<String>::new(), "the other origin received nothing");
    }

    async fn a_scheme_relative_link_to_another_origin_is_refused() {
        let server = BlockingMockServer::start();
        let other = BlockingMockServer::start();
        let authority = other.address().to_string();
        mount(&server, "/link", move |_: &Request| {
            ResponseTemplate::new(200)
                .set_body_json(ids_json(1, 3))
                .insert_header("link", format!("<//{authority}/link?page=2>; rel=\"next\"").as_str())
        });
        mount(&other, "/link", ResponseTemplate::new(200).set_body_json(ids_json(4, 6)));

        let outcome = drain(client(&server).link()).await;
        assert_eq!(outcome.ids, range(1, 3));
        assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
        assert_eq!(server.targets(), strings(&["/link"]));
        assert_eq!(other.targets(), Vec::<String>::new());
    }

    async fn a_next_url_to_another_origin_is_never_requested() {
        for links in [false, true] {
            let server = BlockingMockServer::start();
            let other = BlockingMockServer::start();
            let next = format!("{}/feed?after=3", other.uri());
            mount(&server, "/feed", move |_: &Request| {
                let body = if links {
                    json!({ "items": ids_json(1, 3), "links": { "next": next } })
                } else {
                    json!({ "items": ids_json(1, 3), "next": next })
                };
                ResponseTemplate::new(200).set_body_json(body)
            });
            mount(
                &other,
                "/feed",
                ResponseTemplate::new(200).set_body_json(json!({ "items": ids_json(4, 6), "next": null })),
            );

            let api = client(&server);
            let outcome = drain(if links { api.feed_links() } else { api.feed() }).await;
            assert_eq!(outcome.ids, range(1, 3));
            assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
            assert_eq!(server.targets(), strings(&["/feed"]));
            assert_eq!(other.targets(), Vec::<String>::new(), "the other origin received nothing");
        }
    }

    async fn a_link_back_to_the_first_page_is_a_loop() {
        let server = BlockingMockServer::start();
        let base = format!("{}/link", server.uri());
        mount(&server, "/link", move |request: &Request| {
            let page = number(request, "page", 1);
            let next = if page == 1 { format!("{base}?page=2") } else { base.clone() };
            ResponseTemplate::new(200)
                .set_body_json(page_json(page, 3, 7))
                .insert_header("link", format!("<{next}>; rel=\"next\"").as_str())
        });
        let outcome = drain(client(&server).link()).await;
        assert_eq!(outcome.ids, range(1, 6));
        assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{outcome:?}");
        assert_eq!(server.targets(), strings(&["/link", "/link?page=2"]));
    }

    async fn no_content_ends_cleanly() {
        let server = BlockingMockServer::start();
        mount(&server, "/link", ResponseTemplate::new(204));
        let outcome = drain(client(&server).link()).await;
        assert!(outcome.error.is_none() && outcome.ids.is_empty(), "{outcome:?}");
        assert_eq!(server.targets(), strings(&["/link"]));

        let server = BlockingMockServer::start();
        let pages = link_pages(format!("{}/link", server.uri()), 3, 9);
        mount(&server, "/link", move |request: &Request| {
            if number(request, "page", 1) == 2 { ResponseTemplate::new(204) } else { pages(request) }
        });
        let outcome = drain(client(&server).link()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 3));
        assert_eq!(server.targets(), strings(&LINK_REQUESTS[..2]));

        let server = BlockingMockServer::start();
        mount(&server, "/cursor", ResponseTemplate::new(204));
        let outcome = drain(client(&server).cursor()).await;
        assert!(outcome.error.is_none() && outcome.ids.is_empty(), "{outcome:?}");
    }

    async fn an_empty_page_ends_cleanly() {
        let server = BlockingMockServer::start();
        mount(&server, "/link", ResponseTemplate::new(200).set_body_json(json!([])));
        let outcome = drain(client(&server).link()).await;
        assert!(outcome.error.is_none() && outcome.ids.is_empty(), "{outcome:?}");
        assert_eq!(server.targets(), strings(&["/link"]));

        let server = BlockingMockServer::start();
        let pages = link_pages(format!("{}/link", server.uri()), 3, 9);
        mount(&server, "/link", move |request: &Request| {
            if number(request, "page", 1) == 2 {
                ResponseTemplate::new(200).set_body_json(json!([]))
            } else {
                pages(request)
            }
        });
        let outcome = drain(client(&server).link()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, range(1, 3));
        assert_eq!(server.targets(), strings(&LINK_REQUESTS[..2]));

        let server = BlockingMockServer::start();
        mount(&server, "/feed", ResponseTemplate::new(200).set_body_json(json!({ "items": [], "next": null })));
        let outcome = drain(client(&server).feed()).await;
        assert!(outcome.error.is_none() && outcome.ids.is_empty(), "{outcome:?}");
        assert_eq!(server.targets(), strings(&["/feed"]));
    }

    async fn missing_items_pointer_is_an_error() {
        for body in [
            json!({ "data": [{ "id": 1 }] }),
            json!({ "items": null }),
            json!({ "items": { "id": 1 } }),
            json!([{ "id": 1 }]),
        ] {
            let server = BlockingMockServer::start();
            mount(&server, "/wrapped", ResponseTemplate::new(200).set_body_json(&body));
            let outcome = drain(client(&server).wrapped()).await;
            assert!(outcome.ids.is_empty(), "{body}: {outcome:?}");
            assert_eq!(outcome.kind(), Some(ErrorKind::Pagination), "{body}: {outcome:?}");
            assert_eq!(server.targets(), strings(&["/wrapped?page=1&per_page=2"]), "{body}");
        }
    }

    async fn a_malformed_item_is_a_decode_error() {
        // On page 2 of a bare array: page 1's items, then the error.
        for bad in [json!("five"), json!(-5)] {
            let server = BlockingMockServer::start();
            let pages = link_pages(format!("{}/link", server.uri()), 3, 9);
            mount(&server, "/link", move |request: &Request| {
                if number(request, "page", 1) == 2 {
                    pages(request).set_body_json(json!([{ "id": 4 }, { "id": bad }, { "id": 6 }]))
                } else {
                    pages(request)
                }
            });
            let outcome = drain(client(&server).link()).await;
            assert_eq!(outcome.ids, range(1, 3));
            assert_eq!(outcome.kind(), Some(ErrorKind::Decode), "{outcome:?}");
            assert_eq!(server.targets(), strings(&LINK_REQUESTS[..2]));
        }

        // Behind an items pointer.
        let server = BlockingMockServer::start();
        mount(
            &server,
            "/feed",
            ResponseTemplate::new(200).set_body_json(json!({ "items": [{ "id": 1 }, { "name": "x" }], "next": null })),
        );
        let outcome = drain(client(&server).feed()).await;
        assert!(outcome.ids.is_empty(), "{outcome:?}");
        assert_eq!(outcome.kind(), Some(ErrorKind::Decode), "{outcome:?}");

        // Not JSON at all.
        let server = BlockingMockServer::start();
        mount(&server, "/link", ResponseTemplate::new(200).set_body_string("<html>"));
        let outcome = drain(client(&server).link()).await;
        assert!(outcome.ids.is_empty(), "{outcome:?}");
        assert_eq!(outcome.kind(), Some(ErrorKind::Decode), "{outcome:?}");
    }
}

// -------------------------------------------------------------- prefetch

tests::both_flavours! {
    async fn prefetch_yields_the_same_items_and_requests() {
        let plain = link_server();
        let expected = drain(client(&plain).link()).await;
        assert!(expected.error.is_none());
        assert_eq!(expected.ids, range(1, 7));

        let declared = link_server();
        let outcome = drain(client(&declared).link_prefetched()).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, expected.ids);
        assert_eq!(declared.targets(), strings(&LINK_REQUESTS));

        let chosen = link_server();
        let outcome = drain(client(&chosen).link().prefetch(true)).await;
        assert!(outcome.error.is_none(), "{outcome:?}");
        assert_eq!(outcome.ids, expected.ids);
        assert_eq!(chosen.targets(), strings(&LINK_REQUESTS));

        let off = link_server();
        let outcome = drain(client(&off).link_prefetched().prefetch(false)).await;
        assert_eq!(outcome.ids, expected.ids);
        assert_eq!(off.targets(), strings(&LINK_REQUESTS));

        // Prefetching keeps `max_pages` and the error rules.
        let limited = link_server();
        let outcome = drain(client(&limited).link_prefetched().max_pages(2)).await;
        assert_eq!(outcome.ids, range(1, 6));
        assert_eq!(limited.targets(), strings(&LINK_REQUESTS[..2]));

        let failing = server_failing_page_two(500, u64::MAX);
        let outcome = drain(client_no_retry(&failing).link_prefetched()).await;
        assert_eq!(outcome.ids, range(1, 3));
        assert_eq!(outcome.kind(), Some(ErrorKind::Status), "{outcome:?}");
        assert_eq!(failing.targets(), strings(&LINK_REQUESTS[..2]));
    }

    async fn prefetched_pages_are_lazy_and_complete() {
        let server = link_server();
        let pages = client(&server).link_prefetched().pages();
        pause(Duration::from_millis(50)).await;
        assert_eq!(server.targets(), Vec::<String>::new(), "nothing sent before the first page is asked for");
        let sizes: Vec<usize> = pages.collect_pages().await.into_iter().map(|p| p.unwrap().items().len()).collect();
        assert_eq!(sizes, [3, 3, 1]);
        assert_eq!(server.targets(), strings(&LINK_REQUESTS));
    }
}

// ------------------------------------------------- one flavour's own rules

/// A `collect_all` future is as lazy as the listing it consumes.
#[tokio::test]
async fn a_collect_all_future_sends_nothing_until_awaited() {
    let server = link_server();
    let api = async_client::client(&server);
    let collecting = api.link().collect_all();
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(server.targets(), Vec::<String>::new(), "creating the future sends nothing");
    drop(collecting);
    let items = api.link().collect_all().await.unwrap();
    assert_eq!(items.len(), 7);
    assert_eq!(server.targets(), strings(&LINK_REQUESTS));
}

/// Blocking because its request methods are plain `fn`s.
#[client]
pub trait Plain {
    #[get("/ping")]
    fn ping(&self) -> client_runtime::Result<()>;

    #[get("/link")]
    #[paginate(link)]
    fn link(&self) -> client_runtime::blocking::Paginated<Item>;
}

#[test]
fn a_trait_of_plain_fns_is_blocking_too() {
    let server = link_server();
    server.mount(Mock::given(path("/ping")).respond_with(ResponseTemplate::new(204)));
    let api = PlainClient::builder().base_url(&server.uri()).build().unwrap();
    api.ping().unwrap();
    let list: client_runtime::blocking::Paginated<Item> = api.link();
    let ids: Vec<u32> = list.map(|item| item.unwrap().id).collect();
    assert_eq!(ids, range(1, 7));
    assert_eq!(server.targets(), strings(&["/ping", "/link", "/link?page=2", "/link?page=3"]));
}
