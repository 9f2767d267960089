//! Pagination: `#[paginate(...)]` methods return a lazy [`Paginated<T>`].
//!
//! Nothing is sent until the stream is first polled. Each page goes
//! through the session like any call (auth, timeouts, retries, rate
//! limits, redirect rules). A failed page yields one `Err` and ends the
//! stream; nothing is skipped silently.
//!
//! Styles: `link` (RFC 8288 `rel="next"`, GitHub and GitLab),
//! `page(param, per_page, size)` (stops on an empty page, or follows
//! GitLab's `x-next-page` / `x-total-pages`), `offset(param, limit, size)`,
//! `cursor(from = "/pointer", param)` and `next_url(from = "/pointer")`.
//! Items are the body when it is an array, or the array at
//! `items = "/pointer"`.
//!
//! An empty page (or a 204) ends the listing cleanly, in every style.
//!
//! Safety: a next link to another origin (scheme, host, port) is refused
//! with [`ErrorKind::Pagination`](crate::ErrorKind::Pagination) and never
//! requested; a next URL, cursor or page already fetched ends the stream
//! with the same error instead of looping. Loop detection keeps a 64-bit
//! keyed digest of each URL fetched, not the URL: about 16 bytes a page
//! however long the links are (a million pages, about 16 MiB).

pub(crate) mod fetch;
pub mod link;

use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_util::StreamExt as _;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;

pub(crate) use self::fetch::Fetcher;
use crate::error::Result;
use crate::request::Call;
use crate::response::Head;
use crate::session::Session;

/// How pages link, as `#[paginate(...)]` declared it.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub enum PageStyle {
    Link,
    Page { param: &'static str, per_page: &'static str, size: u32 },
    Offset { param: &'static str, limit: &'static str, size: u32 },
    Cursor { from: &'static str, param: &'static str },
    NextUrl { from: &'static str },
}

/// Everything `#[paginate(...)]` declared.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Pager {
    pub style: PageStyle,
    pub items: Option<&'static str>,
    pub prefetch: bool,
}

/// One page: its items and the response's metadata.
#[derive(Debug)]
pub struct Page<T> {
    items: Vec<T>,
    head: Head,
    document: Option<serde_json::Value>,
}

impl<T> Page<T> {
    /// The items on this page.
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// Takes the items.
    pub fn into_items(self) -> Vec<T> {
        self.items
    }

    crate::response::head_accessors!();

    /// The JSON envelope the items came in, with the items taken out, when
    /// they were read from `items = "/pointer"`: GitHub search's
    /// `total_count` and `incomplete_results`, a cursor, and so on.
    pub fn document(&self) -> Option<&serde_json::Value> {
        self.document.as_ref()
    }
}

type PageStream<T> = Pin<Box<dyn Stream<Item = Result<Page<T>>> + Send>>;

/// A lazy listing across pages: a `Stream` of items in async clients.
///
/// ```no_run
/// # use client_runtime::{client, Paginated, Result};
/// # #[derive(serde::Deserialize)] struct Issue { title: String }
/// #[client(base_url = "https://api.github.com")]
/// trait GitHub {
///     #[get("/repos/<owner>/<repo>/issues")]
///     #[paginate(link)]
///     fn list_issues(&self, owner: &str, repo: &str, #[query] state: Option<&str>) -> Paginated<Issue>;
/// }
///
/// # async fn run(github: GitHubClient) -> Result<()> {
/// let mut issues = github.list_issues("rust-lang", "rust", Some("open")).max_items(250);
/// while let Some(issue) = issues.try_next().await? {
///     println!("{}", issue.title);
/// }
/// let first_pages = github.list_issues("rust-lang", "rust", None).max_pages(2).collect_all().await?;
/// # Ok(()) }
/// ```
pub struct Paginated<T> {
    state: State<T>,
    max_items: Option<u64>,
    max_pages: Option<u64>,
    prefetch: bool,
    yielded: u64,
    buffer: VecDeque<T>,
}

enum State<T> {
    /// Not polled yet: nothing has been sent.
    Idle(Box<Fetcher<T>>),
    Running(PageStream<T>),
    /// The request could not even be built; report it once.
    Failed(Option<crate::error::Error>),
    Done,
}

impl<T: DeserializeOwned + Send + 'static> Paginated<T> {
    pub(crate) fn start(session: &Session, call: Call, pager: Pager) -> Self {
        let state = match call.finish(session) {
            Ok(request) => State::Idle(Box::new(Fetcher::new(session.clone(), request, pager))),
            Err(err) => State::Failed(Some(err)),
        };
        Self { state, max_items: None, max_pages: None, prefetch: pager.prefetch, yielded: 0, buffer: VecDeque::new() }
    }

    /// A listing of these items in one page, for fakes that implement a
    /// client trait in tests. Its page reports `200 OK` from
    /// `http://localhost/`.
    ///
    /// ```
    /// # async fn run() -> client_runtime::Result<()> {
    /// let listing = client_runtime::Paginated::from_items(vec![1, 2, 3]);
    /// assert_eq!(listing.max_items(2).collect_all().await?, [1, 2]);
    /// # Ok(()) }
    /// ```
    pub fn from_items(items: Vec<T>) -> Self {
        let state = match Url::parse("http://localhost/") {
            Ok(url) => {
                let head = Head::fake(StatusCode::OK, HeaderMap::new(), url);
                let page = Page { items, head, document: None };
                State::Running(Box::pin(futures_util::stream::iter([Ok(page)])))
            }
            Err(err) => State::Failed(Some(
                crate::error::Error::new(crate::error::ErrorKind::Pagination, "no URL").with_source(err),
            )),
        };
        Self { state, max_items: None, max_pages: None, prefetch: false, yielded: 0, buffer: VecDeque::new() }
    }

    /// Stops after `n` items (fetching no page beyond the one holding the `n`th).
    pub fn max_items(mut self, n: u64) -> Self {
        self.max_items = Some(n);
        self
    }

    /// Stops after `n` pages.
    pub fn max_pages(mut self, n: u64) -> Self {
        self.max_pages = Some(n);
        self
    }

    /// Fetches the next page while the current one is being consumed, in
    /// a task started on the first poll. It runs up to two pages ahead (one
    /// waiting, one in flight), so with `max_items` it may fetch pages whose
    /// items are never yielded; `max_pages` is exact either way.
    pub fn prefetch(mut self, on: bool) -> Self {
        self.prefetch = on;
        self
    }

    /// Whether the listing fetches ahead of its consumer.
    pub(crate) fn prefetches(&self) -> bool {
        self.prefetch
    }

    /// One page at a time, with its items, status, headers and rate limit.
    pub fn pages(mut self) -> Pages<T> {
        Pages { pages: self.page_stream() }
    }

    /// The next item, `None` at the end: reading a listing needs no
    /// import besides the client's.
    ///
    /// ```no_run
    /// # async fn run(mut issues: client_runtime::Paginated<String>) -> client_runtime::Result<()> {
    /// while let Some(issue) = issues.try_next().await? {
    ///     println!("{issue}");
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn try_next(&mut self) -> Result<Option<T>> {
        self.next().await.transpose()
    }

    /// Gathers every item into a `Vec` (until `max_items` / `max_pages`).
    pub async fn collect_all(self) -> Result<Vec<T>> {
        let mut items = Vec::new();
        let mut stream = self;
        while let Some(item) = stream.next().await {
            items.push(item?);
        }
        Ok(items)
    }

    fn page_stream(&mut self) -> PageStream<T> {
        let state = std::mem::replace(&mut self.state, State::Done);
        let pages: PageStream<T> = match state {
            State::Idle(mut fetcher) => {
                if let Some(n) = self.max_pages {
                    fetcher.limit_pages(n);
                }
                let pages = futures_util::stream::unfold(Some(fetcher), |fetcher| async move {
                    let mut fetcher = fetcher?;
                    match fetcher.next_page().await {
                        Ok(Some(page)) => Some((Ok(page), Some(fetcher))),
                        Ok(None) => None,
                        Err(err) => Some((Err(err), None)),
                    }
                });
                Box::pin(pages.fuse())
            }
            State::Running(pages) => pages,
            State::Failed(err) => Box::pin(futures_util::stream::iter(err.map(Err))),
            State::Done => Box::pin(futures_util::stream::empty()),
        };
        if self.prefetch { prefetched(pages) } else { pages }
    }
}

/// Drives the page stream in a task one page ahead of the consumer. The
/// task starts on the first poll, inside the caller's runtime, so nothing
/// is sent before the listing is consumed.
fn prefetched<T: Send + 'static>(pages: PageStream<T>) -> PageStream<T> {
    enum Prefetch<T> {
        NotStarted(PageStream<T>),
        Running(tokio::sync::mpsc::Receiver<Result<Page<T>>>, AbortOnDrop),
    }
    let stream = futures_util::stream::unfold(Prefetch::NotStarted(pages), |state| async move {
        let (mut receiver, guard) = match state {
            Prefetch::Running(receiver, guard) => (receiver, guard),
            Prefetch::NotStarted(mut pages) => {
                let (sender, receiver) = tokio::sync::mpsc::channel(1);
                let task = tokio::spawn(async move {
                    while let Some(page) = pages.next().await {
                        if sender.send(page).await.is_err() {
                            break;
                        }
                    }
                });
                (receiver, AbortOnDrop(task))
            }
        };
        let page = receiver.recv().await?;
        Some((page, Prefetch::Running(receiver, guard)))
    });
    Box::pin(stream.fuse())
}

/// Stops the prefetching task when the listing is dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for Paginated<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if this.max_items.is_some_and(|max| this.yielded >= max) {
                this.state = State::Done;
                this.buffer.clear();
                return Poll::Ready(None);
            }
            if let Some(item) = this.buffer.pop_front() {
                this.yielded += 1;
                return Poll::Ready(Some(Ok(item)));
            }
            if !matches!(this.state, State::Running(_) | State::Done) {
                let pages = this.page_stream();
                this.state = State::Running(pages);
            }
            let State::Running(pages) = &mut this.state else { return Poll::Ready(None) };
            match pages.as_mut().poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Ok(page))) => this.buffer.extend(page.items),
                Poll::Ready(Some(Err(err))) => {
                    this.state = State::Done;
                    return Poll::Ready(Some(Err(err)));
                }
                Poll::Ready(None) => {
                    this.state = State::Done;
                    return Poll::Ready(None);
                }
            }
        }
    }
}

impl<T> Unpin for Paginated<T> {}

impl<T> fmt::Debug for Paginated<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Idle(_) => "not started",
            State::Running(_) => "running",
            State::Failed(_) => "failed",
            State::Done => "done",
        };
        f.debug_struct("Paginated")
            .field("state", &state)
            .field("yielded", &self.yielded)
            .field("max_items", &self.max_items)
            .field("max_pages", &self.max_pages)
            .finish_non_exhaustive()
    }
}

/// The pages of a listing, from [`Paginated::pages`].
pub struct Pages<T> {
    pages: PageStream<T>,
}

impl<T> Pages<T> {
    /// The next page, `None` at the end, without importing a stream trait.
    pub async fn try_next(&mut self) -> Result<Option<Page<T>>> {
        self.pages.next().await.transpose()
    }
}

impl<T> Stream for Pages<T> {
    type Item = Result<Page<T>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.pages.as_mut().poll_next(cx)
    }
}

impl<T> fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}
