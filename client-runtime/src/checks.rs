//! Trait bounds that `#[client]` asserts in generated code, at the user's
//! own tokens, so that a wrong type is reported where it was written.

use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};

use pin_project_lite::pin_project;

use crate::error::Result;

/// The return type of a request method: `client_runtime::Result<T>`.
#[diagnostic::on_unimplemented(
    message = "a request method returns `client_runtime::Result<T>`, not `{Self}`",
    label = "this `Result` is not `client_runtime::Result`",
    note = "another `Result` is in scope (such as `std::io::Result` or `anyhow::Result`): write `client_runtime::Result<...>` here"
)]
pub trait ClientResult<T> {
    /// The call's outcome, as the declared type.
    fn from_result(result: Result<T>) -> Self;
}

impl<T> ClientResult<T> for Result<T> {
    fn from_result(result: Result<T>) -> Self {
        result
    }
}

/// A blocking streamed call's outcome as the declared return type.
pub fn returning<R: ClientResult<T>, T>(result: Result<T>) -> R {
    R::from_result(result)
}

/// An async streamed call's outcome as the declared return type. The bound is
/// checked here only: the future returned needs none, so a wrong type is
/// one error, at the return type.
pub fn returning_async<R: ClientResult<T>, T, F: Future<Output = Result<T>>>(call: F) -> Returning<F, R> {
    Returning { call, returns: PhantomData }
}

pin_project! {
    /// The future of [`returning_async`]: the call's future, its output
    /// converted as it comes out. Unlike `FutureExt::map`, it never moves
    /// the call's future out of its place on completion, which would copy
    /// the whole pipeline's state once per call.
    #[must_use = "futures do nothing unless polled"]
    pub struct Returning<F, R> {
        #[pin]
        call: F,
        returns: PhantomData<fn() -> R>,
    }
}

impl<F, T, R> Future for Returning<F, R>
where
    F: Future<Output = Result<T>>,
    R: ClientResult<T>,
{
    type Output = R;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<R> {
        self.project().call.poll(cx).map(R::from_result)
    }
}
