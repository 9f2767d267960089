//! What the scripted server answers to one request, misbehaviour included.

use std::time::Duration;

/// Where the body bytes of a reply come from.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    /// These bytes.
    Bytes(Vec<u8>),
    /// The first `n` bytes of [`crate::pattern`], generated while writing.
    Pattern(u64),
    /// `x` bytes forever, until the client goes away.
    Endless,
}

/// How the end of the body is announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framing {
    /// `Content-Length` with the true length.
    Length,
    /// `Content-Length` with this value, whatever the body's real length.
    Declared(u64),
    /// `Transfer-Encoding: chunked`.
    Chunked,
    /// No length: the body ends when the connection closes.
    Close,
}

/// What is sent before the body.
#[derive(Debug, Clone)]
pub(crate) enum Head {
    /// A status line, these headers, and the framing header.
    Response { status: u16, headers: Vec<(String, String)> },
    /// Nothing: the body bytes are the whole reply, written as they are.
    Raw,
    /// Nothing at all; not even the body.
    Silent,
}

/// What happens to the connection once the reply is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum End {
    /// Kept alive for the next request if the reply was framed honestly
    /// and sent whole; closed otherwise.
    KeepAlive,
    /// Closed (FIN) after draining what the client still sends.
    Close,
    /// Reset: the kernel sends RST.
    Reset,
    /// Held open without writing, until the client closes it (or 30 s).
    Hang,
}

/// What a [`TestServer`](crate::TestServer) answers to one request: a
/// response built up with the methods below, or a misbehaviour.
///
/// The misbehaviours combine: `Reply::json(doc).content_length(1000)
/// .drip(10, ms(5)).then_reset()` announces 1000 bytes, writes the shorter
/// document 10 bytes at a time, then resets the connection.
///
/// | misbehaviour | how |
/// |---|---|
/// | stall before answering | [`Reply::hang`], [`Reply::delay`] |
/// | stall in the headers or body | [`Reply::raw_then_hang`], [`Reply::truncate`] + [`Reply::then_hang`] |
/// | cut the body short | [`Reply::truncate`] |
/// | lie in `Content-Length` | [`Reply::content_length`] |
/// | reset the connection (RST) | [`Reply::reset`], [`Reply::then_reset`] |
/// | close without a byte | [`Reply::close`] |
/// | huge head | [`Reply::huge_head`] |
/// | garbage head | [`Reply::raw`] |
/// | drip slowly | [`Reply::drip`] |
/// | endless body | [`Reply::endless`] |
/// | large generated body | [`Reply::pattern`] |
#[derive(Debug, Clone)]
pub struct Reply {
    pub(crate) head: Head,
    pub(crate) body: Body,
    pub(crate) framing: Framing,
    pub(crate) delay: Duration,
    /// Body bytes to write at most before stopping.
    pub(crate) cut: Option<u64>,
    /// Write at most this many bytes at a time, pausing between writes.
    pub(crate) drip: Option<(usize, Duration)>,
    pub(crate) end: End,
}

impl Reply {
    fn new(head: Head, body: Body, framing: Framing, end: End) -> Self {
        Self { head, body, framing, delay: Duration::ZERO, cut: None, drip: None, end }
    }

    /// A response with this status, no body, and `Content-Length: 0`.
    pub fn status(status: u16) -> Self {
        Self::new(
            Head::Response { status, headers: Vec::new() },
            Body::Bytes(Vec::new()),
            Framing::Length,
            End::KeepAlive,
        )
    }

    /// `200 OK` with a JSON body.
    pub fn json(body: &str) -> Self {
        Self::status(200).header("Content-Type", "application/json").body(body)
    }

    /// A response with this status and a `text/plain` body.
    pub fn text(status: u16, body: &str) -> Self {
        Self::status(status).header("Content-Type", "text/plain").body(body)
    }

    /// A redirect with this status and `Location`.
    pub fn redirect(status: u16, location: &str) -> Self {
        Self::status(status).header("Location", location)
    }

    /// `200 OK` with the first `len` bytes of [`crate::pattern`] as an
    /// `application/octet-stream` body, generated while it is written (any
    /// size, in constant memory).
    pub fn pattern(len: u64) -> Self {
        Self::status(200).header("Content-Type", "application/octet-stream").with_body(Body::Pattern(len))
    }

    /// A status line and headers, then a body that never ends: chunked
    /// (`chunked = true`) or delimited by the connection (no length at
    /// all). Stops when the client goes away.
    pub fn endless(status: u16, chunked: bool) -> Self {
        let reply = Self::status(status).header("Content-Type", "application/octet-stream").with_body(Body::Endless);
        if chunked { reply.chunked() } else { reply.without_content_length() }
    }

    /// A head of about `len` bytes: `200 OK` followed by as many
    /// `X-Padding-<n>` header lines as it takes, then an empty body.
    pub fn huge_head(len: usize) -> Self {
        let mut reply = Self::status(200);
        let value = "p".repeat(100);
        let mut written = 0;
        let mut n = 0;
        while written < len {
            let name = format!("X-Padding-{n}");
            written += name.len() + value.len() + 4;
            reply = reply.header(&name, &value);
            n += 1;
        }
        reply
    }

    /// Writes these bytes as they are (a garbage or hand-made head, say),
    /// then closes the connection.
    pub fn raw(bytes: impl Into<Vec<u8>>) -> Self {
        Self::new(Head::Raw, Body::Bytes(bytes.into()), Framing::Close, End::Close)
    }

    /// Writes these bytes as they are, then holds the connection open
    /// without writing more (for a stalled body or stalled headers).
    pub fn raw_then_hang(bytes: impl Into<Vec<u8>>) -> Self {
        Self::raw(bytes).then_hang()
    }

    /// Reads the request and never answers, holding the connection open
    /// until the client closes it (or 30 s pass).
    pub fn hang() -> Self {
        Self::new(Head::Silent, Body::Bytes(Vec::new()), Framing::Close, End::Hang)
    }

    /// Reads the request, then closes the connection without a byte.
    pub fn close() -> Self {
        Self::new(Head::Silent, Body::Bytes(Vec::new()), Framing::Close, End::Close)
    }

    /// Reads the request, then resets the connection (RST) without a byte.
    pub fn reset() -> Self {
        Self::new(Head::Silent, Body::Bytes(Vec::new()), Framing::Close, End::Reset)
    }

    fn with_body(mut self, body: Body) -> Self {
        self.body = body;
        self
    }

    /// Adds a response header.
    ///
    /// # Panics
    ///
    /// On a reply without a head ([`Reply::raw`], [`Reply::hang`], ...).
    #[must_use]
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match &mut self.head {
            Head::Response { headers, .. } => headers.push((name.to_owned(), value.to_owned())),
            _ => panic!("only a response with a head takes headers"),
        }
        self
    }

    /// Sets the body.
    ///
    /// # Panics
    ///
    /// On a reply without a head.
    #[must_use]
    pub fn body(self, bytes: impl Into<Vec<u8>>) -> Self {
        assert!(matches!(self.head, Head::Response { .. }), "only a response with a head takes a body");
        self.with_body(Body::Bytes(bytes.into()))
    }

    /// Sends the body without `Content-Length`, delimited by closing the
    /// connection (HTTP/1.0 style).
    #[must_use]
    pub fn without_content_length(mut self) -> Self {
        self.framing = Framing::Close;
        self
    }

    /// Sends the body with `Transfer-Encoding: chunked`.
    #[must_use]
    pub fn chunked(mut self) -> Self {
        self.framing = Framing::Chunked;
        self
    }

    /// Announces `Content-Length: len` whatever the body's real length: a
    /// lie when they differ. The connection is closed after the body (or
    /// held, or reset, as chosen with `then_*`).
    #[must_use]
    pub fn content_length(mut self, len: u64) -> Self {
        self.framing = Framing::Declared(len);
        self
    }

    /// Writes only the first `len` bytes of the body (after its head), then
    /// ends the connection: closed unless `then_*` says otherwise.
    #[must_use]
    pub fn truncate(mut self, len: u64) -> Self {
        self.cut = Some(len);
        self
    }

    /// Writes the reply `bytes` at a time, pausing `every` between writes.
    #[must_use]
    pub fn drip(mut self, bytes: usize, every: Duration) -> Self {
        self.drip = Some((bytes.max(1), every));
        self
    }

    /// Waits this long before answering.
    #[must_use]
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Closes the connection once the reply is written.
    #[must_use]
    pub fn then_close(mut self) -> Self {
        self.end = End::Close;
        self
    }

    /// Resets the connection (RST) once the reply is written.
    #[must_use]
    pub fn then_reset(mut self) -> Self {
        self.end = End::Reset;
        self
    }

    /// Holds the connection open without writing once the reply is written,
    /// until the client closes it (or 30 s pass).
    #[must_use]
    pub fn then_hang(mut self) -> Self {
        self.end = End::Hang;
        self
    }

    /// Whether the connection can carry another request after this reply.
    pub(crate) fn keeps_alive(&self) -> bool {
        self.end == End::KeepAlive
            && matches!(self.head, Head::Response { .. })
            && matches!(self.framing, Framing::Length | Framing::Chunked)
            && self.cut.is_none()
            && !matches!(self.body, Body::Endless)
    }
}
