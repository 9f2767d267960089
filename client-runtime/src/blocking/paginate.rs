//! The blocking flavour of a listing: an `Iterator` instead of a `Stream`.

use std::fmt;

use futures_util::StreamExt as _;
use serde::de::DeserializeOwned;

use crate::error::Result;
use crate::paginate::Page;

/// A lazy listing across pages: an `Iterator` of items in blocking clients.
///
/// The same rules as the async [`Paginated`](crate::Paginated) apply; each
/// page is fetched on the blocking session's runtime when the iterator
/// needs it.
pub struct Paginated<T> {
    inner: crate::paginate::Paginated<T>,
    session: crate::blocking::Session,
    driver: Driver,
}

impl<T: DeserializeOwned + Send + 'static> Paginated<T> {
    pub(crate) fn new(inner: crate::paginate::Paginated<T>, session: crate::blocking::Session) -> Self {
        Self { inner, session, driver: Driver::Idle }
    }

    /// Stops after `n` items.
    pub fn max_items(self, n: u64) -> Self {
        Self { inner: self.inner.max_items(n), ..self }
    }

    /// Stops after `n` pages.
    pub fn max_pages(self, n: u64) -> Self {
        Self { inner: self.inner.max_pages(n), ..self }
    }

    /// Fetches the next page while the current one is being consumed.
    pub fn prefetch(self, on: bool) -> Self {
        Self { inner: self.inner.prefetch(on), ..self }
    }

    /// One page at a time.
    pub fn pages(self) -> Pages<T> {
        let driver = if self.inner.prefetches() { Driver::Idle } else { Driver::NotNeeded };
        Pages { inner: self.inner.pages(), session: self.session, driver }
    }

    /// Gathers every item into a `Vec`.
    pub fn collect_all(self) -> Result<Vec<T>> {
        self.collect()
    }
}

impl<T: DeserializeOwned + Send + 'static> Iterator for Paginated<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.inner.prefetches() {
            self.driver.start(&self.session);
        }
        let inner = &mut self.inner;
        let item = self.session.block_on(inner.next());
        if item.is_none() {
            self.driver = Driver::NotNeeded;
        }
        item
    }
}

impl<T> fmt::Debug for Paginated<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::Paginated").field(&self.inner).finish()
    }
}

/// The pages of a blocking listing.
pub struct Pages<T> {
    inner: crate::paginate::Pages<T>,
    session: crate::blocking::Session,
    driver: Driver,
}

impl<T: Send + 'static> Iterator for Pages<T> {
    type Item = Result<Page<T>>;

    fn next(&mut self) -> Option<Self::Item> {
        self.driver.start(&self.session);
        let inner = &mut self.inner;
        let page = self.session.block_on(inner.next());
        if page.is_none() {
            self.driver = Driver::NotNeeded;
        }
        page
    }
}

impl<T> fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Pages").finish_non_exhaustive()
    }
}

/// Who drives a prefetching listing's runtime between calls: the session's
/// runtime runs only while some thread is inside it, so a listing that
/// fetches ahead keeps a helper thread inside it from its first item to
/// its end (or its drop).
enum Driver {
    /// No prefetch, or the listing ended.
    NotNeeded,
    /// Prefetch on; the helper starts with the first item.
    Idle,
    Running(#[expect(dead_code, reason = "held for its Drop")] Option<crate::blocking::BackgroundDriver>),
}

impl Driver {
    fn start(&mut self, session: &crate::blocking::Session) {
        if matches!(self, Driver::Idle) {
            *self = Driver::Running(session.drive_in_background());
        }
    }
}
