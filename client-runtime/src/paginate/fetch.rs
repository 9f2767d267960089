//! Fetching one page after another, and finding the next one.

use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};
use std::marker::PhantomData;

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde_json::Value;
use url::{Origin, Url};

use super::link;
use super::{Page, PageStyle, Pager};
use crate::decode::decode_json;
use crate::error::{Error, ErrorKind, Result};
use crate::json_path;
use crate::request::Prepared;
use crate::response::Head;
use crate::send::{Buffered, Received, send};
use crate::session::Session;

/// The state of a listing between pages.
pub(crate) struct Fetcher<T> {
    session: Session,
    request: Prepared,
    pager: Pager,
    origin: Origin,
    first_url: Url,
    next: Option<Url>,
    seen: SeenUrls,
    page_number: u64,
    offset: u64,
    pages_left: Option<u64>,
    /// An error found while reading a page, reported after its items.
    deferred: Option<Error>,
    item: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> Fetcher<T> {
    pub(crate) fn new(session: Session, mut request: Prepared, pager: Pager) -> Self {
        let mut first = request.url.clone();
        // A page size the caller passed (`#[query] per_page`) wins over the
        // declared default.
        match pager.style {
            PageStyle::Page { param, per_page, size } => {
                set_query(&mut first, param, "1");
                set_query_default(&mut first, per_page, &size.to_string());
            }
            PageStyle::Offset { param, limit, size } => {
                set_query(&mut first, param, "0");
                set_query_default(&mut first, limit, &size.to_string());
            }
            _ => {}
        }
        request.url = first.clone();
        Self {
            session,
            origin: first.origin(),
            seen: SeenUrls::starting_at(&first),
            first_url: first.clone(),
            next: Some(first),
            request,
            pager,
            page_number: 1,
            offset: 0,
            pages_left: None,
            deferred: None,
            item: PhantomData,
        }
    }

    pub(crate) fn limit_pages(&mut self, pages: u64) {
        self.pages_left = Some(pages);
    }

    /// The next page, `None` at the end. After an error it returns `None`.
    pub(crate) async fn next_page(&mut self) -> Result<Option<Page<T>>> {
        // A listing cut short by `max_pages` never reaches a bad next link.
        if self.pages_left == Some(0) {
            return Ok(None);
        }
        if let Some(err) = self.deferred.take() {
            self.next = None;
            return Err(err);
        }
        let Some(url) = self.next.take() else { return Ok(None) };
        self.pages_left = self.pages_left.map(|n| n - 1);
        self.request.url = url;
        let reading = Buffered { cap: self.session.inner.max_body_size };
        let received = send(&self.session, &self.request, |s| s.is_success(), reading).await;
        let received = received.map_err(|err| self.after_first_page(err))?;
        let page = self.read_page(received).map_err(|err| self.request.error(err))?;
        Ok(page)
    }

    /// `InvalidRequest` means nothing was sent; a next link that cannot
    /// even be requested (a very long URL) comes after the first page went
    /// out, so it is a pagination error instead.
    fn after_first_page(&self, err: Error) -> Error {
        if err.kind() == ErrorKind::InvalidRequest && self.request.url != self.first_url {
            return err.into_kind(ErrorKind::Pagination, "the next link could not be requested");
        }
        err
    }

    fn read_page(&mut self, received: Received<Bytes>) -> Result<Option<Page<T>>> {
        let Received { head, body, span, .. } = received;
        if head.status == http::StatusCode::NO_CONTENT || body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        let (items, document) = self.decode(&body).inspect_err(|err| crate::telemetry::record_error(&span, err))?;
        match self.next_url(&head, document.as_ref(), items.len()) {
            Ok(next) => self.next = next,
            // Named after this page's call and URL: the refused link is
            // never requested.
            Err(err) => self.deferred = Some(self.request.error(err)),
        }
        // An empty page ends the listing in every style, even if it names a
        // next page: that also stops a server from looping on empty pages.
        if items.is_empty() && self.deferred.is_none() {
            self.next = None;
            return Ok(None);
        }
        // The envelope around the items (GitHub search's `total_count`...).
        let document = document.filter(|d| !d.is_null());
        Ok(Some(Page { items, head: *head, document }))
    }

    /// Decodes the items, keeping the document when the next page is
    /// named inside it.
    fn decode(&self, body: &Bytes) -> Result<(Vec<T>, Option<Value>)> {
        let body_names_next = matches!(self.pager.style, PageStyle::Cursor { .. } | PageStyle::NextUrl { .. });
        decode_page(body, self.pager.items, body_names_next)
    }

    fn next_url(&mut self, head: &Head, document: Option<&Value>, count: usize) -> Result<Option<Url>> {
        let next = match self.pager.style {
            PageStyle::Link => {
                let values = head.headers.get_all(http::header::LINK).iter().filter_map(|v| v.to_str().ok());
                match link::next_link(values) {
                    Some(target) => Some(self.resolve(&head.url, &target)?),
                    None => None,
                }
            }
            PageStyle::Page { param, .. } => self.next_page_number(head, count).map(|page| {
                self.page_number = page;
                with_query(&self.first_url, param, &page.to_string())
            }),
            PageStyle::Offset { param, .. } if count > 0 => {
                self.offset = self.offset.saturating_add(count as u64);
                Some(with_query(&self.first_url, param, &self.offset.to_string()))
            }
            PageStyle::Offset { .. } => None,
            PageStyle::Cursor { from, param } => {
                token_at(document, from).map(|token| with_query(&self.first_url, param, &token))
            }
            PageStyle::NextUrl { from } => match token_at(document, from) {
                Some(target) => Some(self.resolve(&head.url, &target)?),
                None => None,
            },
        };
        if let Some(url) = &next {
            if !self.seen.insert(url) {
                return Err(pagination(format!(
                    "the listing loops: {} was already fetched",
                    self.request.secrets.show(url)
                )));
            }
        }
        Ok(next)
    }

    /// GitLab's `x-next-page` and `x-total-pages` when present; otherwise
    /// the next number until an empty page.
    fn next_page_number(&self, head: &Head, count: usize) -> Option<u64> {
        let header = |name: &str| head.headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
        if let Some(next) = header("x-next-page") {
            return next.parse().ok();
        }
        if count == 0 {
            return None;
        }
        if let Some(total) = header("x-total-pages").and_then(|t| t.parse::<u64>().ok()) {
            if self.page_number >= total {
                return None;
            }
        }
        Some(self.page_number.saturating_add(1))
    }

    /// Resolves a next link; one to another origin is refused.
    fn resolve(&self, current: &Url, target: &str) -> Result<Url> {
        // The link is not quoted: it may carry a secret in a form no
        // redaction recognises.
        let url = current
            .join(target)
            .map_err(|err| pagination("the next link is not a valid URL".to_owned()).with_source(err))?;
        if url.origin() != self.origin {
            return Err(pagination(format!(
                "refused a next link to another origin ({}); only {} is followed",
                url.origin().ascii_serialization(),
                self.origin.ascii_serialization()
            )));
        }
        Ok(url)
    }
}

/// A page's items, from the body when it is the array or from the array
/// at `items`; with the document around them when they came from `items`
/// or `keep_document` asks for it (the next page is named inside).
pub(crate) fn decode_page<T: DeserializeOwned>(
    body: &Bytes,
    items: Option<&str>,
    keep_document: bool,
) -> Result<(Vec<T>, Option<Value>)> {
    if items.is_none() && !keep_document {
        return decode_json::<Vec<T>>(body).map(|items| (items, None));
    }
    let mut document: Value = decode_json(body)?;
    let pointer = items.unwrap_or("");
    match document.pointer(pointer) {
        Some(Value::Array(_)) => {}
        Some(Value::Null) | None if items.is_some() => {
            return Err(pagination(format!("the response has no items array at {pointer:?}")));
        }
        _ => return Err(pagination("the response's items are not a JSON array".to_owned())),
    }
    let items = decode_items(body, pointer)?;
    // The items are the caller's; the document keeps the envelope.
    if let Some(slot) = document.pointer_mut(pointer) {
        slot.take();
    }
    Ok((items, Some(document)))
}

/// Decodes the items array at `pointer` straight from the body's bytes,
/// with the decoder the bare-array style uses: one per item type.
fn decode_items<T: DeserializeOwned>(body: &Bytes, pointer: &str) -> Result<Vec<T>> {
    let Some(span) = json_path::span_at_pointer(body, pointer) else {
        return Err(Error::new(ErrorKind::Decode, format!("the items at {pointer:?} could not be read")));
    };
    let items = body.slice(span);
    serde_json::from_slice(&items).map_err(|err| item_error(&items, &err))
}

/// Names the item and the place in it that did not decode. The message
/// has no line and column: they would count from the items array, not
/// from the body.
#[cold]
fn item_error(items: &[u8], err: &serde_json::Error) -> Error {
    let path = json_path::locate(items, err);
    let message = format!("an item does not match the declared type at `{path}`");
    let source = ItemError { path, reason: json_path::without_position(err) };
    Error::new(ErrorKind::Decode, message).with_source(source)
}

/// Why an item did not decode, and where in the items array: the
/// conformance tests read the path back. It reads as the reason alone,
/// since the error's message already names the path.
#[derive(Debug)]
pub(crate) struct ItemError {
    /// The path in the items array, as `json_path` spells it (`[0].id`).
    pub(crate) path: String,
    pub(crate) reason: String,
}

impl std::fmt::Display for ItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for ItemError {}

/// The URLs a listing has fetched, for loop detection, in bounded memory:
/// one 64-bit keyed digest per page (about 16 bytes with the table), never
/// the URL itself, so a million pages of 48 KiB links cost about 16 MiB
/// rather than 48 GiB. The key is random per listing, so a server cannot
/// craft links whose digests collide; an accidental collision (odds about
/// pages² / 2^65) would end the listing early with a loop error, never
/// loop.
struct SeenUrls {
    keys: RandomState,
    digests: HashSet<u64>,
}

impl SeenUrls {
    fn starting_at(first: &Url) -> Self {
        let mut seen = Self { keys: RandomState::new(), digests: HashSet::new() };
        seen.insert(first);
        seen
    }

    /// Records a URL; `false` if it was seen before.
    fn insert(&mut self, url: &Url) -> bool {
        self.digests.insert(self.keys.hash_one(url.as_str()))
    }

    #[cfg(test)]
    fn heap_bytes(&self) -> usize {
        self.digests.capacity() * (std::mem::size_of::<u64>() + 1)
    }
}

fn pagination(message: String) -> Error {
    Error::new(ErrorKind::Pagination, message)
}

/// A cursor or URL at a JSON pointer: a non-empty string or a number.
fn token_at(document: Option<&Value>, pointer: &str) -> Option<String> {
    match document?.pointer(pointer)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn with_query(url: &Url, key: &str, value: &str) -> Url {
    let mut url = url.clone();
    set_query(&mut url, key, value);
    url
}

/// Sets `key` to `value` unless the URL already has it.
fn set_query_default(url: &mut Url, key: &str, value: &str) {
    if !url.query_pairs().any(|(k, _)| k == key) {
        url.query_pairs_mut().append_pair(key, value);
    }
}

/// Sets `key` to `value` in place (or appends it), keeping the other
/// parameters in their order.
fn set_query(url: &mut Url, key: &str, value: &str) {
    let mut replaced = false;
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (k, v) in url.query_pairs() {
        if k != key {
            pairs.push((k.into_owned(), v.into_owned()));
        } else if !replaced {
            pairs.push((k.into_owned(), value.to_owned()));
            replaced = true;
        }
    }
    if !replaced {
        pairs.push((key.to_owned(), value.to_owned()));
    }
    url.query_pairs_mut().clear().extend_pairs(pairs);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: u64,
        tags: Vec<String>,
    }

    /// The message the items used to get, decoded from the document's
    /// `Value` through serde_path_to_error.
    fn as_before(body: &str, pointer: &str) -> String {
        let mut document: Value = serde_json::from_str(body).expect("json");
        let items = document.pointer_mut(pointer).map(Value::take).expect("items");
        let err = serde_path_to_error::deserialize::<_, Vec<Item>>(items).expect_err("a bad item");
        let path = err.path().to_string();
        format!("an item does not match the declared type at `{path}`: {}", err.into_inner())
    }

    #[test]
    fn a_bad_item_reads_as_before() {
        let bodies = [
            (r#"{"items": [{"id": 1, "tags": []}, {"id": "2", "tags": []}]}"#, "/items"),
            (
                "{\n  \"data\": {\n    \"items\": [\n      {\"id\": 1, \"tags\": [\"a\", 5]}\n    ]\n  }\n}",
                "/data/items",
            ),
            (r#"{"d": {"items": [{"id": 1}]}, "d": {"items": [{"id": -1, "tags": []}]}}"#, "/d/items"),
            (r#"[{"id": 1, "tags": []}, {"tags": []}]"#, ""),
            (r#"{"a/b": [{"id": 1.5, "tags": []}]}"#, "/a~1b"),
        ];
        for (body, pointer) in bodies {
            let err = decode_items::<Item>(&Bytes::from(body), pointer).expect_err("a bad item");
            assert_eq!(err.kind(), ErrorKind::Decode);
            assert_eq!(err.to_string(), as_before(body, pointer), "{body}");
        }
    }

    #[test]
    fn good_items_decode_from_the_body() {
        let body = Bytes::from_static(br#"{"n": 1, "page": {"items": [{"id": 7, "tags": ["x"]}]}}"#);
        let items = decode_items::<Item>(&body, "/page/items").expect("items");
        assert_eq!(items[0].id, 7);
        assert_eq!(items[0].tags, ["x"]);
    }

    #[test]
    fn seen_urls_keep_digests_not_urls() {
        let long = "x".repeat(48 * 1024);
        let first = Url::parse(&format!("http://h/items?cursor=0&pad={long}")).expect("url");
        let mut seen = SeenUrls::starting_at(&first);
        for page in 1..600 {
            let url = Url::parse(&format!("http://h/items?cursor={page}&pad={long}")).expect("url");
            assert!(seen.insert(&url), "page {page} is new");
        }
        assert!(!seen.insert(&first), "a repeated URL is a loop");
        // 600 URLs of 48 KiB would be 28 MiB; their digests take a few KiB.
        assert!(seen.heap_bytes() < 32 * 1024, "{} bytes", seen.heap_bytes());
    }
}
