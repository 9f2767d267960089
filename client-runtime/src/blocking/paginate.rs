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
    inner: crate::Paginated<T>,
    session: crate::blocking::Session,
}

impl<T: DeserializeOwned + Send + 'static> Paginated<T> {
    pub(crate) fn new(inner: crate::Paginated<T>, session: crate::blocking::Session) -> Self {
        Self { inner, session }
    }

    /// Stops after `n` items.
    pub fn max_items(self, n: u64) -> Self {
        Self { inner: self.inner.max_items(n), session: self.session }
    }

    /// Stops after `n` pages.
    pub fn max_pages(self, n: u64) -> Self {
        Self { inner: self.inner.max_pages(n), session: self.session }
    }

    /// Fetches the next page while the current one is being consumed.
    pub fn prefetch(self, on: bool) -> Self {
        Self { inner: self.inner.prefetch(on), session: self.session }
    }

    /// One page at a time.
    pub fn pages(self) -> Pages<T> {
        Pages { inner: self.inner.pages(), session: self.session }
    }

    /// Gathers every item into a `Vec`.
    pub fn collect_all(self) -> Result<Vec<T>> {
        self.collect()
    }
}

impl<T: DeserializeOwned + Send + 'static> Iterator for Paginated<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Self::Item> {
        let inner = &mut self.inner;
        self.session.block_on(inner.next())
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
}

impl<T: Send + 'static> Iterator for Pages<T> {
    type Item = Result<Page<T>>;

    fn next(&mut self) -> Option<Self::Item> {
        let inner = &mut self.inner;
        self.session.block_on(inner.next())
    }
}

impl<T> fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Pages").finish_non_exhaustive()
    }
}
