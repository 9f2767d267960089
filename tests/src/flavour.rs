//! One scenario, two tests: the same test body run against an async
//! client and against a blocking one.
//!
//! Three pieces make a suite flavour-neutral:
//!
//! 1. [`flavoured_client!`](crate::flavoured_client) declares the client
//!    trait once, with `async fn` where an async client has them, and
//!    generates it twice: `async_client::<Trait>` under `#[client]` and
//!    `blocking_client::<Trait>` under `#[client(blocking)]` (every `async`
//!    dropped; the caller spells out both attributes). Items written after
//!    the trait (helpers that build a client, say) are compiled into both
//!    modules; mark them `pub(crate)` so tests see them. Each module also
//!    re-exports its flavour's vocabulary, [`asynchronous`] or
//!    [`blocking`]: `Session`, `Paginated`, `Pages`, [`call`](asynchronous::call),
//!    [`pause`](asynchronous::pause),
//!    [`write_to_file`](asynchronous::write_to_file),
//!    [`FLAVOUR`](asynchronous::FLAVOUR) and the reading traits.
//! 2. [`both_flavours!`](crate::both_flavours) takes test bodies written as
//!    `async fn name() { ... }` and makes a module `name` holding
//!    `async_flavour`, a `#[tokio::test]` seeing `async_client::*`, and
//!    `blocking_flavour`, a plain `#[test]` seeing `blocking_client::*` whose
//!    body runs on a minimal executor on the test thread, outside any tokio
//!    runtime, as blocking code is called in real programs. A scenario
//!    calls the client as `call(client.get_user("x")).await` in both:
//!    [`call`](asynchronous::call) is the call's future in the async
//!    flavour, and in the blocking one wraps the result the call already
//!    returned in a ready future.
//! 3. Listings are read through [`ReadListing`] and [`ReadPages`], which both
//!    flavours' `Paginated` and `Pages` implement, and servers are ones whose
//!    API does not depend on a runtime: [`TestServer`](crate::TestServer)
//!    and [`BlockingMockServer`](crate::BlockingMockServer).
//!
//! A scenario must not need a tokio runtime itself (no `tokio::time::sleep`,
//! no `tokio::spawn`, no async wiremock): use [`asynchronous::pause`] and
//! the servers above. What only one flavour has (a `Stream`, an
//! `io::Read`, spawning, a `collect_all` future) stays in ordinary tests
//! that name `async_client::...` or `blocking_client::...`.
//!
//! Limits: one `flavoured_client!` per suite (the module names are fixed);
//! trait methods with a default body cannot be flavoured (their body would
//! need its `.await`s removed); a return type has at most ten tokens.
//!
//! ```no_run
//! use client_runtime::{Result, client};
//! use tests::fixtures::{USER_JSON, User, octocat};
//! use tests::{Reply, TestServer};
//!
//! tests::flavoured_client! {
//!     async: #[client],
//!     blocking: #[client(blocking)],
//!     pub trait Users {
//!         #[get("/users/<name>")]
//!         async fn get_user(&self, name: &str) -> Result<User>;
//!     }
//!
//!     pub(crate) fn users(server: &TestServer) -> UsersClient {
//!         UsersClient::builder().base_url(&server.uri()).build().expect("client")
//!     }
//! }
//!
//! tests::both_flavours! {
//!     async fn a_user_is_fetched() {
//!         let server = TestServer::always(Reply::json(USER_JSON));
//!         assert_eq!(call(users(&server).get_user("octocat")).await.expect("user"), octocat());
//!         assert_eq!(server.single_request().target, "/users/octocat");
//!     }
//! }
//! # fn main() {}
//! ```

use std::future::Future;

use client_runtime::{Page, Result};
use futures::StreamExt as _;
use serde::de::DeserializeOwned;

/// Which flavour a scenario runs under, for the rare assertion that
/// differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// An async client, in a `#[tokio::test]`.
    Async,
    /// A blocking client, in a plain `#[test]`.
    Blocking,
}

/// The vocabulary of the async flavour.
pub mod asynchronous {
    use std::time::Duration;

    pub use super::{ReadListing, ReadPages};
    pub use client_runtime::{ByteStream, Pages, Paginated, Session};

    /// This flavour.
    pub const FLAVOUR: super::Flavour = super::Flavour::Async;

    /// A call of the client, to be awaited: `call(api.get(1)).await`.
    /// Here it is the call's own future.
    pub fn call<F: std::future::IntoFuture>(call: F) -> F::IntoFuture {
        call.into_future()
    }

    /// Writes a download to a file (`write_to_file`).
    pub async fn write_to_file(
        stream: client_runtime::ByteStream,
        path: impl AsRef<std::path::Path>,
    ) -> client_runtime::Result<u64> {
        stream.write_to_file(path).await
    }

    /// Waits on the tokio timer, so the runtime keeps driving the client.
    pub async fn pause(duration: Duration) {
        tokio::time::sleep(duration).await;
    }
}

/// The vocabulary of the blocking flavour.
pub mod blocking {
    use std::time::Duration;

    pub use super::{ReadListing, ReadPages};
    pub use client_runtime::blocking::{ByteStream, Pages, Paginated, Session};

    /// This flavour.
    pub const FLAVOUR: super::Flavour = super::Flavour::Blocking;

    /// A call of the client, to be awaited: `call(api.get(1)).await`.
    /// Here the call has already returned; this makes its result a future
    /// that is ready at once.
    pub fn call<T>(result: T) -> std::future::Ready<T> {
        std::future::ready(result)
    }

    /// Writes a download to a file, before returning a ready future.
    pub fn write_to_file(
        stream: client_runtime::blocking::ByteStream,
        path: impl AsRef<std::path::Path>,
    ) -> std::future::Ready<client_runtime::Result<u64>> {
        std::future::ready(stream.write_to_file(path))
    }

    /// Sleeps the thread (the blocking client runs on its own runtime).
    #[allow(clippy::unused_async)]
    pub async fn pause(duration: Duration) {
        std::thread::sleep(duration);
    }
}

/// Runs a blocking-flavour test body to completion on the calling thread,
/// outside any runtime. Its futures are ready as soon as polled (the
/// blocking client has done the work), so a thread-parking waker is all it
/// takes. Unlike `futures::executor::block_on` it can be entered again from
/// inside (wiremock's `Drop` does).
pub fn run_blocking<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);

    impl std::task::Wake for Unpark {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.unpark();
        }
    }

    let waker = std::task::Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
    let mut context = std::task::Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
        std::thread::park();
    }
}

/// Reading a listing the same way in both flavours: implemented by the
/// async [`client_runtime::Paginated`] (a `Stream`) and the blocking
/// [`client_runtime::blocking::Paginated`] (an `Iterator`).
pub trait ReadListing: Sized {
    /// The item type.
    type Item;
    /// Its pages.
    type Pages: ReadPages<Item = Self::Item>;

    /// The next item, or `None` once the listing ended.
    fn next_item(&mut self) -> impl Future<Output = Option<Result<Self::Item>>>;

    /// Every item, or the first error (`collect_all`).
    fn collect_items(self) -> impl Future<Output = Result<Vec<Self::Item>>>;

    /// One page at a time (`pages`).
    fn into_pages(self) -> Self::Pages;
}

/// Reading the pages of a listing the same way in both flavours.
pub trait ReadPages: Sized {
    /// The item type.
    type Item;

    /// The next page, or `None` once the listing ended.
    fn next_page(&mut self) -> impl Future<Output = Option<Result<Page<Self::Item>>>>;

    /// Every remaining page, errors included.
    fn collect_pages(self) -> impl Future<Output = Vec<Result<Page<Self::Item>>>>;
}

impl<T: DeserializeOwned + Send + 'static> ReadListing for client_runtime::Paginated<T> {
    type Item = T;
    type Pages = client_runtime::Pages<T>;

    fn next_item(&mut self) -> impl Future<Output = Option<Result<T>>> {
        self.next()
    }

    fn collect_items(self) -> impl Future<Output = Result<Vec<T>>> {
        self.collect_all()
    }

    fn into_pages(self) -> Self::Pages {
        self.pages()
    }
}

impl<T: Send + 'static> ReadPages for client_runtime::Pages<T> {
    type Item = T;

    fn next_page(&mut self) -> impl Future<Output = Option<Result<Page<T>>>> {
        self.next()
    }

    fn collect_pages(self) -> impl Future<Output = Vec<Result<Page<T>>>> {
        self.collect()
    }
}

impl<T: DeserializeOwned + Send + 'static> ReadListing for client_runtime::blocking::Paginated<T> {
    type Item = T;
    type Pages = client_runtime::blocking::Pages<T>;

    fn next_item(&mut self) -> impl Future<Output = Option<Result<T>>> {
        std::future::ready(Iterator::next(self))
    }

    fn collect_items(self) -> impl Future<Output = Result<Vec<T>>> {
        std::future::ready(self.collect_all())
    }

    fn into_pages(self) -> Self::Pages {
        self.pages()
    }
}

impl<T: Send + 'static> ReadPages for client_runtime::blocking::Pages<T> {
    type Item = T;

    fn next_page(&mut self) -> impl Future<Output = Option<Result<Page<T>>>> {
        std::future::ready(Iterator::next(self))
    }

    fn collect_pages(self) -> impl Future<Output = Vec<Result<Page<T>>>> {
        std::future::ready(Iterator::collect(self))
    }
}

/// Declares a client trait once and generates it in both flavours; see
/// [the module docs](crate::flavour).
///
/// The invocation starts with the two `#[client]` attributes to use, then
/// the trait, written as for an async client (`async fn` for requests,
/// plain `fn` for listings); it must be `pub`. Its own attributes (docs,
/// `#[header(...)]`) follow the `#[client]` attribute in the output. It becomes
/// `async_client::<Trait>` under the first attribute and
/// `blocking_client::<Trait>` under the second, every `async` removed.
/// Items after the trait are copied into both modules.
///
/// ```text
/// tests::flavoured_client! {
///     async: #[client],
///     blocking: #[client(blocking)],
///     pub trait Users { ... }
///     pub(crate) fn helper() { ... }
/// }
/// ```
///
/// The attributes are spelled out by the caller, so that each flavour can
/// take its own options. A method's return type may have at most ten tokens
/// (`Result<Response<Vec<Item>>>` has seven).
#[macro_export]
macro_rules! flavoured_client {
    (
        async: $async_pound:tt $async_attr:tt,
        blocking: $blocking_pound:tt $blocking_attr:tt,
        $(#[$($attr:tt)*])*
        pub trait $name:ident { $($methods:tt)* }
        $($items:tt)*
    ) => {
        /// The async flavour of this suite's client.
        #[allow(unused_imports, dead_code)]
        pub mod async_client {
            use super::*;
            pub use $crate::flavour::asynchronous::*;

            $async_pound $async_attr
            $(#[$($attr)*])*
            pub trait $name { $($methods)* }

            $($items)*
        }

        /// The blocking flavour of this suite's client.
        #[allow(unused_imports, dead_code)]
        pub mod blocking_client {
            use super::*;
            pub use $crate::flavour::blocking::*;

            $crate::__blocking_trait! {
                [[$(#[$($attr)*])*] $blocking_pound $blocking_attr $name] [] $($methods)*
            }

            $($items)*
        }
    };
}

/// Drops `async` from every method of a trait body, then declares it as a
/// blocking client. One method per step, so the recursion stays shallow.
#[doc(hidden)]
#[macro_export]
macro_rules! __blocking_trait {
    ([[$($attr:tt)*] $pound:tt $client:tt $name:ident] [$($done:tt)*]) => {
        $pound $client
        $($attr)*
        pub trait $name { $($done)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt $r3:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2 $r3;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt $r3:tt $r4:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2 $r3 $r4;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt $r3:tt $r4:tt $r5:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2 $r3 $r4 $r5;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt $r3:tt $r4:tt $r5:tt $r6:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2 $r3 $r4 $r5 $r6;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt $r3:tt $r4:tt $r5:tt $r6:tt $r7:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2 $r3 $r4 $r5 $r6 $r7;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt $r3:tt $r4:tt $r5:tt $r6:tt $r7:tt $r8:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2 $r3 $r4 $r5 $r6 $r7 $r8;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt $r3:tt $r4:tt $r5:tt $r6:tt $r7:tt $r8:tt $r9:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2 $r3 $r4 $r5 $r6 $r7 $r8 $r9;] $($rest)* }
    };
    ($head:tt [$($done:tt)*] $(#[$($m:tt)*])* $(async)? fn $f:ident ($($args:tt)*) -> $r1:tt $r2:tt $r3:tt $r4:tt $r5:tt $r6:tt $r7:tt $r8:tt $r9:tt $r10:tt ; $($rest:tt)*) => {
        $crate::__blocking_trait! { $head [$($done)* $(#[$($m)*])* fn $f($($args)*) -> $r1 $r2 $r3 $r4 $r5 $r6 $r7 $r8 $r9 $r10;] $($rest)* }
    };
}

/// Turns each `async fn name() { body }` into a module `name` with two
/// tests: `async_flavour` (`#[tokio::test]`, seeing `async_client::*`) and
/// `blocking_flavour` (`#[test]`, seeing `blocking_client::*`, the body
/// run on a minimal executor outside any tokio runtime). See
/// [the module docs](crate::flavour).
#[macro_export]
macro_rules! both_flavours {
    ($( $(#[$($attr:tt)*])* async fn $name:ident() { $($body:tt)* } )*) => {
        $(
            $(#[$($attr)*])*
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                #[::tokio::test]
                async fn async_flavour() {
                    #[allow(unused_imports)]
                    use super::async_client::*;
                    $($body)*
                }

                #[test]
                fn blocking_flavour() {
                    #[allow(unused_imports)]
                    use super::blocking_client::*;
                    $crate::flavour::run_blocking(async move { $($body)* })
                }
            }
        )*
    };
}
