//! The `#[client]` attribute. Use it through `client_runtime::client`,
//! whose documentation describes the declaration language.
//!
//! `internals` reads the trait and checks it, `openapi` checks it against
//! an OpenAPI description, and `expand` writes the code.

mod conformance;
mod expand;
mod internals;
mod openapi;
mod similar;

use proc_macro::TokenStream;

/// Turns an annotated trait into a client struct, `<Trait>Client` (or the
/// name given with `#[client(name = "...")]`, for when another type in
/// scope already has that name: that clash is one error, at the trait's
/// name, "the name `<Trait>Client` is defined multiple times").
///
/// Use it as `client_runtime::client`; the `client_runtime` crate
/// documentation describes the declaration language and the runtime the
/// generated client calls into, with complete, compiled examples.
///
/// ```text
/// #[client(base_url = "https://api.github.com")]        // also blocking, name = "...", openapi = "..."
/// #[header("Accept", "application/vnd.github+json")]    // static headers, trait or method
/// pub trait GitHub {
///     #[get("/repos/<owner>/<repo>/contents/<path..>")]  // get post put patch delete head options
///     #[retry(max_attempts = 5)] #[timeout(secs = 10)]   // also #[retry(none)], #[idempotent], #[cache(none)]
///     async fn contents(&self, owner: &str, repo: &str, path: &str,
///                       #[query("ref")] reference: Option<&str>,   // #[query], #[query(join = ",")], #[query(secret)]
///                       #[header("X-Trace")] trace: Option<&str>)  // None omits the header
///         -> Result<Response<Contents>>;                  // T, Option<T>, (), String, Vec<u8>, Bytes, ByteStream
///
///     #[get("/repos/<owner>/<repo>/issues")]
///     #[paginate(link)]                                  // page(..), offset(..), cursor(..), next_url(..)
///     fn issues(&self, owner: &str, repo: &str) -> Paginated<Issue>;
///
///     #[post("/uploads")]
///     #[multipart]                                       // parts from #[part("name")] arguments
///     async fn upload(&self, #[part("file")] file: Part, #[part("note")] note: &str) -> Result<()>;
///
///     #[post("/v1/chat/completions")]
///     #[sse(end = "[DONE]")]                             // also `reconnect`, `max_event_size = N`
///     async fn chat(&self, #[body] request: &Chat) -> Result<EventStream<Chunk>>;  // or JsonLines<T>
/// }
/// ```
///
/// Every misuse is a compile error at the offending token, and all of a
/// trait's errors are reported together.
#[proc_macro_attribute]
pub fn client(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::client(args.into(), input.into()).into()
}

/// The conformance tests of a trait checked against an OpenAPI
/// description: what `#[client(openapi = "...")]` writes under
/// `#[cfg(test)]`, so that only test builds pay for the payloads. Not a
/// public API: use it through `#[client]`.
#[doc(hidden)]
#[proc_macro]
pub fn conformance_tests(input: TokenStream) -> TokenStream {
    conformance::expand(input.into()).into()
}
