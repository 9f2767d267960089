//! Request and response bodies, checked by a loopback server that parses
//! what it received: multipart (with `multer`), raw bodies and their
//! framing, large uploads and downloads, progress, the body cap, and which
//! bodies a retry sends again. The scenarios in `both_flavours!` blocks run
//! against the async and the blocking client alike (see `tests::flavour`);
//! the last section is for what only blocking clients have.

#![allow(clippy::unwrap_used)]

mod bodies_support;

use std::io::{Cursor, Read as _};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bodies_support::{
    PartSeen, Server, file_sum, parse_multipart, pattern_stream, pattern_sum, pattern_vec, sum_of, write_pattern_file,
};
use client_runtime::{Body, Bytes, ErrorKind, Part, Result, RetryPolicy, client};
use futures::StreamExt as _;

tests::flavoured_client! {
    async: #[client],
    blocking: #[client(blocking)],
    pub trait Uploads {
        #[post("/multipart")]
        #[multipart]
        #[allow(clippy::too_many_arguments)]
        async fn everything(
            &self,
            #[part("bytes")] bytes: Part,
            #[part("text")] text: Part,
            #[part("file")] file: Part,
            #[part("renamed")] renamed: Part,
            #[part("reader")] reader: Part,
            #[part("stream")] stream: Part,
            #[part("title")] title: &str,
            #[part("count")] count: u32,
            #[part("note")] note: Option<&str>,
            #[part("extra")] extra: Option<Part>,
        ) -> Result<()>;

        #[post("/multipart")]
        #[multipart]
        async fn two(&self, #[part("a")] a: Part, #[part("b")] b: Part) -> Result<()>;

        #[put("/form")]
        #[multipart]
        async fn put_form(&self, #[part("file")] file: Part, #[part("name")] name: &str) -> Result<()>;

        #[post("/raw")]
        async fn raw_vec(&self, #[body(raw)] data: Vec<u8>) -> Result<()>;

        #[post("/raw")]
        async fn raw_bytes(&self, #[body(raw)] data: Bytes) -> Result<()>;

        #[post("/raw")]
        async fn raw_string(&self, #[body(raw)] data: String) -> Result<()>;

        // `&[u8]` with an elided lifetime does not compile (see
        // `raw_borrowed_slice_and_str_compile`); only `&'static [u8]` does.
        #[post("/raw")]
        async fn raw_slice(&self, #[body(raw)] data: &'static [u8]) -> Result<()>;

        #[post("/raw")]
        #[allow(clippy::ptr_arg)] // `&Vec<u8>` is one of the accepted types under test.
        async fn raw_vec_ref(&self, #[body(raw)] data: &Vec<u8>) -> Result<()>;

        #[post("/raw")]
        async fn raw_body(&self, #[body(raw)] data: Body) -> Result<()>;

        #[post("/raw")]
        async fn csv_vec(&self, #[body(raw, content_type = "text/csv")] data: Vec<u8>) -> Result<()>;

        #[post("/raw")]
        async fn csv_body(&self, #[body(raw, content_type = "text/csv")] data: Body) -> Result<()>;

        #[put("/upload")]
        async fn put(&self, #[body(raw)] data: Body) -> Result<()>;

        #[put("/upload")]
        async fn put_vec(&self, #[body(raw)] data: Vec<u8>) -> Result<()>;

        #[get("/download/<len>")]
        async fn download(&self, len: u64) -> Result<ByteStream>;

        #[get("/download/<len>")]
        async fn download_vec(&self, len: u64) -> Result<Vec<u8>>;

        #[get("/chunked/<len>")]
        async fn download_chunked(&self, len: u64) -> Result<ByteStream>;

        #[get("/chunked/<len>")]
        async fn download_chunked_vec(&self, len: u64) -> Result<Vec<u8>>;
    }

    pub(crate) fn client(server: &Server) -> UploadsClient {
        UploadsClient::builder().base_url(&server.url()).build().unwrap()
    }

    /// Retries with a 1 ms backoff, so that retry tests are quick.
    pub(crate) fn quick_retries(server: &Server) -> UploadsClient {
        let policy = RetryPolicy::default().initial_backoff(Duration::from_millis(1)).max_backoff(Duration::from_millis(1));
        UploadsClient::builder().base_url(&server.url()).retry(policy).build().unwrap()
    }
}

use async_client::{UploadsClient, client};

// ---------------------------------------------------------------- multipart

#[tokio::test]
async fn multipart_parts_arrive_as_sent() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("report.csv");
    std::fs::write(&csv, "a,b\n1,2\n").unwrap();
    let blob = dir.path().join("blob.dat");
    let blob_data = pattern_vec(100_000);
    std::fs::write(&blob, &blob_data).unwrap();
    let reader_data = pattern_vec(70_000);
    let server = Server::start(&[]);

    client(&server)
        .everything(
            Part::bytes(&b"\x00\x01binary\xff"[..]).file_name("b.bin").content_type("application/x-thing"),
            Part::text("plain text, ünïcode"),
            Part::file(&csv),
            Part::file(&blob).file_name("renamed.bin").content_type("application/x-custom"),
            Part::reader(Cursor::new(reader_data.clone())).file_name("r.bin"),
            Part::stream(futures::stream::iter(["chunk one, ", "chunk two"].map(Ok::<_, std::io::Error>)))
                .file_name("s.txt")
                .content_type("text/plain"),
            "The Title",
            42,
            None,
            None,
        )
        .await
        .unwrap();

    let seen = server.only();
    assert_eq!((seen.method.as_str(), seen.path()), ("POST", "/multipart"));
    // A reader and a stream have no known length: the form is chunked.
    assert!(seen.is_chunked(), "a form with parts of unknown length is sent chunked");
    assert_eq!(seen.content_length(), None);
    let parts = parse_multipart(&seen).await;
    let expected = [
        PartSeen::new("bytes", Some("b.bin"), Some("application/x-thing"), &b"\x00\x01binary\xff"[..]),
        PartSeen::new("text", None, None, "plain text, ünïcode"),
        PartSeen::new("file", Some("report.csv"), Some("text/csv"), "a,b\n1,2\n"),
        PartSeen::new("renamed", Some("renamed.bin"), Some("application/x-custom"), blob_data),
        PartSeen::new("reader", Some("r.bin"), None, reader_data),
        PartSeen::new("stream", Some("s.txt"), Some("text/plain"), "chunk one, chunk two"),
        PartSeen::new("title", None, None, "The Title"),
        PartSeen::new("count", None, None, "42"),
    ];
    assert_eq!(parts, expected, "the parts, in order, with None options left out");
}

#[tokio::test]
async fn multipart_some_options_are_sent() {
    let server = Server::start(&[]);
    client(&server)
        .everything(
            Part::bytes(&b"x"[..]),
            Part::text("t"),
            Part::bytes(&b"f"[..]).file_name("f.txt"),
            Part::bytes(&b"r"[..]),
            Part::bytes(&b"s"[..]),
            Part::bytes(&b"z"[..]),
            "title",
            0,
            Some("a note"),
            Some(Part::bytes(&b"{}"[..]).file_name("extra.json").content_type("application/json")),
        )
        .await
        .unwrap();
    let seen = server.only();
    let parts = parse_multipart(&seen).await;
    let names: Vec<_> = parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["bytes", "text", "file", "renamed", "reader", "stream", "title", "count", "note", "extra"]);
    assert_eq!(parts[8], PartSeen::new("note", None, None, "a note"));
    assert_eq!(parts[9], PartSeen::new("extra", Some("extra.json"), Some("application/json"), "{}"));
    // Every part here has a known length, so the form has one too.
    assert_eq!(seen.content_length(), Some(seen.body_sum.len));
    assert!(!seen.is_chunked());
}

#[tokio::test]
async fn multipart_content_length_when_every_length_is_known() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.json");
    std::fs::write(&file, br#"{"k": [1, 2, 3]}"#).unwrap();
    let server = Server::start(&[]);
    let api = client(&server);

    // Bytes and a file: lengths known from memory and from the file's metadata.
    api.two(Part::bytes(vec![b'q'; 5000]), Part::file(&file)).await.unwrap();
    // A reader and a stream whose lengths were declared.
    let data = pattern_vec(30_000);
    api.two(
        Part::reader(Cursor::new(data.clone())).length(30_000).file_name("r.bin"),
        Part::stream(futures::stream::iter([Ok::<_, std::io::Error>(Bytes::from_static(b"0123456789"))])).length(10),
    )
    .await
    .unwrap();
    // A reader without a length: no Content-Length, chunked instead.
    api.two(Part::text("a"), Part::reader(Cursor::new(b"unknown".to_vec()))).await.unwrap();

    let seen = server.seen();
    assert_eq!(seen.len(), 3);
    for request in &seen[..2] {
        assert_eq!(request.content_length(), Some(request.body_sum.len), "Content-Length is the exact body length");
        assert!(!request.is_chunked());
        assert!(request.complete);
    }
    assert_eq!(
        parse_multipart(&seen[0]).await,
        [
            PartSeen::new("a", None, None, vec![b'q'; 5000]),
            PartSeen::new("b", Some("data.json"), Some("application/json"), &br#"{"k": [1, 2, 3]}"#[..]),
        ]
    );
    assert_eq!(
        parse_multipart(&seen[1]).await,
        [PartSeen::new("a", Some("r.bin"), None, data), PartSeen::new("b", None, None, "0123456789")]
    );
    assert_eq!(seen[2].content_length(), None);
    assert!(seen[2].is_chunked());
    assert_eq!(
        parse_multipart(&seen[2]).await,
        [PartSeen::new("a", None, None, "a"), PartSeen::new("b", None, None, "unknown")]
    );
}

#[tokio::test]
async fn multipart_missing_file_is_an_io_error_and_nothing_is_sent() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&[]);
    let err = client(&server).two(Part::text("a"), Part::file(dir.path().join("missing.txt"))).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io, "{err}");
    assert!(server.seen().is_empty());
}

// ---------------------------------------------------------------- raw bodies

#[tokio::test]
async fn raw_body_of_every_accepted_type() {
    let server = Server::start(&[]);
    let api = client(&server);
    let owned = pattern_vec(10_000);
    api.raw_vec(owned.clone()).await.unwrap();
    api.raw_bytes(Bytes::from(owned.clone())).await.unwrap();
    api.raw_string("a string body ✓".to_owned()).await.unwrap();
    let leaked: &'static [u8] = Vec::leak(owned[..500].to_vec());
    api.raw_slice(leaked).await.unwrap();
    api.raw_vec_ref(&owned).await.unwrap();
    api.raw_body(Body::bytes(owned.clone())).await.unwrap();

    let expected: [&[u8]; 6] = [&owned, &owned, "a string body ✓".as_bytes(), &owned[..500], &owned, &owned];
    let seen = server.seen();
    assert_eq!(seen.len(), expected.len());
    for (request, want) in seen.iter().zip(expected) {
        assert_eq!(request.body, want);
        assert_eq!(request.content_type(), Some("application/octet-stream"));
        assert_eq!(request.content_length(), Some(want.len() as u64), "bytes in memory have a Content-Length");
        assert!(!request.is_chunked());
    }
}

#[tokio::test]
async fn raw_content_type_precedence() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("data.json");
    std::fs::write(&json, "[1]").unwrap();
    let noext = dir.path().join("data");
    std::fs::write(&noext, "??").unwrap();
    let server = Server::start(&[]);
    let api = client(&server);

    // The attribute wins over everything.
    api.csv_vec(b"a,b".to_vec()).await.unwrap();
    api.csv_body(Body::bytes(&b"a,b"[..]).content_type("application/x-ignored")).await.unwrap();
    api.csv_body(Body::file(&json)).await.unwrap();
    // Then the Body's own: set explicitly, or guessed from a file's extension.
    api.raw_body(Body::bytes(&b"{}"[..]).content_type("application/x-ndjson")).await.unwrap();
    api.raw_body(Body::file(&json)).await.unwrap();
    api.raw_body(Body::file(&json).content_type("text/plain")).await.unwrap();
    api.raw_body(Body::reader(Cursor::new(b"r".to_vec())).content_type("image/png")).await.unwrap();
    // Then application/octet-stream.
    api.raw_body(Body::file(&noext)).await.unwrap();
    api.raw_body(Body::reader(Cursor::new(b"r".to_vec()))).await.unwrap();
    api.raw_body(Body::stream(futures::stream::iter([Ok::<_, std::io::Error>("s")]))).await.unwrap();

    let types: Vec<_> = server.seen().iter().map(|s| s.content_type().unwrap_or("<none>").to_owned()).collect();
    assert_eq!(
        types,
        [
            "text/csv",
            "text/csv",
            "text/csv",
            "application/x-ndjson",
            "application/json",
            "text/plain",
            "image/png",
            "application/octet-stream",
            "application/octet-stream",
            "application/octet-stream",
        ]
    );
    let bodies: Vec<_> = server.seen().into_iter().map(|s| String::from_utf8(s.body).unwrap()).collect();
    assert_eq!(bodies, ["a,b", "a,b", "[1]", "{}", "[1]", "[1]", "r", "??", "r", "s"]);
}

tests::both_flavours! {
    async fn raw_file_is_streamed_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("upload.bin");
        let sum = write_pattern_file(&path, 3_000_000);
        let server = Server::start(&[]);
        call(client(&server).put(Body::file(&path))).await.unwrap();
        let seen = server.only();
        assert!(seen.complete);
        assert_eq!(seen.body_sum, sum);
        assert_eq!(seen.body, std::fs::read(&path).unwrap());
    }
}

tests::both_flavours! {
    /// A file's length is known (the runtime stats it for multipart parts), so
    /// a raw file upload could say `Content-Length`; servers that refuse
    /// chunked uploads (411 Length Required) need it.
    async fn raw_file_has_content_length() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("upload.bin");
        write_pattern_file(&path, 123_456);
        let server = Server::start(&[]);
        call(client(&server).put(Body::file(&path))).await.unwrap();
        let seen = server.only();
        assert_eq!(seen.content_length(), Some(123_456));
        assert!(!seen.is_chunked());
    }
}

tests::both_flavours! {
    async fn raw_reader_and_stream_framing() {
        let server = Server::start(&[]);
        let api = client(&server);
        let data = pattern_vec(200_000);

        call(api.put(Body::reader(Cursor::new(data.clone())))).await.unwrap();
        call(api.put(Body::reader(Cursor::new(data.clone())).length(200_000))).await.unwrap();
        call(api.put(Body::stream(pattern_stream(200_000)))).await.unwrap();
        call(api.put(Body::stream(pattern_stream(200_000)).length(200_000))).await.unwrap();

        let seen = server.seen();
        assert_eq!(seen.len(), 4);
        for (i, request) in seen.iter().enumerate() {
            assert!(request.complete);
            assert_eq!(request.body, data, "request {i}");
            if i % 2 == 0 {
                assert!(request.is_chunked(), "request {i}: no length given, so chunked");
                assert_eq!(request.content_length(), None, "request {i}");
            } else {
                assert!(!request.is_chunked(), "request {i}: a length was given, so not chunked");
                assert_eq!(request.content_length(), Some(200_000), "request {i}");
            }
        }
    }
}

// ---------------------------------------------------------------- large bodies

const UPLOAD_LEN: u64 = 50 * 1024 * 1024;

tests::both_flavours! {
    async fn upload_50_mb_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.bin");
        let sum = write_pattern_file(&path, UPLOAD_LEN);
        let server = Server::start(&[]);
        call(client(&server).put(Body::file(&path))).await.unwrap();
        let seen = server.only();
        assert!(seen.complete);
        assert_eq!(seen.body_sum, sum, "received intact");
    }
}

tests::both_flavours! {
    async fn upload_50_mb_generated_stream_with_length() {
        let server = Server::start(&[]);
        call(client(&server).put(Body::stream(pattern_stream(UPLOAD_LEN)).length(UPLOAD_LEN))).await.unwrap();
        let seen = server.only();
        assert!(seen.complete);
        assert_eq!(seen.content_length(), Some(UPLOAD_LEN));
        assert_eq!(seen.body_sum, pattern_sum(UPLOAD_LEN), "received intact");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_50_mb_file_reader_chunked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.bin");
    let sum = write_pattern_file(&path, UPLOAD_LEN);
    let server = Server::start(&[]);
    let file = tokio::fs::File::open(&path).await.unwrap();
    client(&server).put(Body::reader(file)).await.unwrap();
    let seen = server.only();
    assert!(seen.complete && seen.is_chunked());
    assert_eq!(seen.body_sum, sum, "received intact");
}

/// 200 MB in a debug build takes a few seconds; the bench program
/// `download` does the same in release and reports the peak RSS.
const DOWNLOAD_LEN: u64 = 200 * 1024 * 1024;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_200_mb_to_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("download.bin");
    let server = Server::start(&[]);
    let stream = client(&server).download(DOWNLOAD_LEN).await.unwrap();
    assert_eq!(stream.content_length(), Some(DOWNLOAD_LEN));
    let written = stream.write_to_file(&path).await.unwrap();
    assert_eq!(written, DOWNLOAD_LEN);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), DOWNLOAD_LEN);
    let path2 = path.clone();
    let sum = tokio::task::spawn_blocking(move || file_sum(&path2)).await.unwrap();
    assert_eq!(sum, pattern_sum(DOWNLOAD_LEN));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_as_stream_of_bytes() {
    let server = Server::start(&[]);
    let api = client(&server);
    for chunked in [false, true] {
        let len = 3_000_001;
        let mut stream =
            if chunked { api.download_chunked(len).await.unwrap() } else { api.download(len).await.unwrap() };
        assert_eq!(stream.status(), 200);
        assert_eq!(stream.content_length(), if chunked { None } else { Some(len) });
        let mut digest = bodies_support::Digest::new();
        while let Some(chunk) = stream.next().await {
            digest.update(&chunk.unwrap());
        }
        assert_eq!(stream.bytes_read(), len);
        assert_eq!(digest.sum(), pattern_sum(len));
    }
}

tests::both_flavours! {
    async fn download_beyond_the_body_cap() {
        let dir = tempfile::tempdir().unwrap();
        let server = Server::start(&[]);
        let api = UploadsClient::builder().base_url(&server.url()).max_body_size(1 << 20).build().unwrap();
        let len = 5 * 1024 * 1024;

        let path = dir.path().join("a.bin");
        assert_eq!(write_to_file(call(api.download(len)).await.unwrap(), &path).await.unwrap(), len);
        assert_eq!(file_sum(&path), pattern_sum(len));
        let path = dir.path().join("b.bin");
        assert_eq!(write_to_file(call(api.download_chunked(len)).await.unwrap(), &path).await.unwrap(), len);
        assert_eq!(file_sum(&path), pattern_sum(len));

        let err = call(api.download_vec(len)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err}");
        let err = call(api.download_chunked_vec(len)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err}");
        // Within the cap, the same endpoint reads into memory.
        assert_eq!(call(api.download_vec(1 << 20)).await.unwrap(), pattern_vec(1 << 20));
    }
}

// ---------------------------------------------------------------- progress

type Calls = Arc<Mutex<Vec<(u64, Option<u64>)>>>;

fn recorder() -> (Calls, impl FnMut(u64, Option<u64>) + Send + 'static) {
    let calls = Calls::default();
    let sink = calls.clone();
    (calls, move |done, total| sink.lock().unwrap().push((done, total)))
}

fn assert_monotone(calls: &[(u64, Option<u64>)], len: u64, total: Option<u64>) {
    assert!(!calls.is_empty(), "progress was never reported");
    for pair in calls.windows(2) {
        assert!(pair[0].0 <= pair[1].0, "done went backwards: {pair:?}");
    }
    assert!(calls.iter().all(|&(done, t)| t == total && done <= len), "{calls:?}");
    assert_eq!(calls.last().unwrap().0, len, "the last call reports everything");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_with_and_without_a_length() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&[]);
    let api = client(&server);
    let len = 2_500_000;

    let (calls, progress) = recorder();
    api.download(len).await.unwrap().on_progress(progress).write_to_file(dir.path().join("a")).await.unwrap();
    let calls = calls.lock().unwrap().clone();
    assert!(calls.len() > 1, "a 2.5 MB body arrives in more than one chunk");
    assert_monotone(&calls, len, Some(len));
    assert_eq!(calls.last().unwrap(), &(len, Some(len)), "the last call has done == total");

    let (calls, progress) = recorder();
    let mut stream = api.download_chunked(len).await.unwrap().on_progress(progress);
    while let Some(chunk) = stream.next().await {
        chunk.unwrap();
    }
    assert_monotone(&calls.lock().unwrap(), len, None);

    let (calls, progress) = recorder();
    api.download(0).await.unwrap().on_progress(progress).write_to_file(dir.path().join("b")).await.unwrap();
    assert_eq!(*calls.lock().unwrap(), [(0, Some(0))], "an empty body reports once, complete");
}

// ---------------------------------------------------------------- retries

tests::both_flavours! {
    async fn retry_resends_a_bytes_body() {
        let server = Server::start(&[503, 200]);
        let data = pattern_vec(300_000);
        call(quick_retries(&server).put_vec(data.clone())).await.unwrap();
        let seen = server.seen();
        assert_eq!(seen.len(), 2);
        for attempt in &seen {
            assert!(attempt.complete);
            assert_eq!(attempt.body, data);
            assert_eq!(attempt.content_length(), Some(300_000));
        }
    }
}

tests::both_flavours! {
    async fn retry_resends_a_file_body() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.bin");
        let sum = write_pattern_file(&path, 1_000_003);
        let server = Server::start(&[503, 200]);
        call(quick_retries(&server).put(Body::file(&path))).await.unwrap();
        let seen = server.seen();
        assert_eq!(seen.len(), 2);
        for attempt in &seen {
            assert!(attempt.complete);
            assert_eq!(attempt.body_sum, sum, "each attempt carries the whole file");
        }
    }
}

tests::both_flavours! {
    async fn one_shot_body_is_not_retried_once_sent() {
        let server = Server::start(&[503, 200]);
        let data = pattern_vec(100_000);
        let err = call(quick_retries(&server).put(Body::reader(Cursor::new(data.clone())))).await.unwrap_err();
        assert_eq!(err.status(), Some(client_runtime::StatusCode::SERVICE_UNAVAILABLE));
        assert!(err.to_string().contains("not retried"), "{err}");
        assert_eq!(err.attempts(), 1);
        let seen = server.only();
        assert!(seen.complete);
        assert_eq!(seen.body, data, "the server saw the body once, whole");

        // The same with a stream that has a length.
        let server = Server::start(&[503, 200]);
        let err = call(quick_retries(&server).put(Body::stream(pattern_stream(70_000)).length(70_000))).await.unwrap_err();
        assert!(err.to_string().contains("not retried"), "{err}");
        assert_eq!(server.only().body_sum, pattern_sum(70_000));
    }
}

/// A client for a port nothing listens on yet, retrying connect errors
/// for well over the 300 ms the tests below wait before listening (60
/// attempts with backoffs of U(0, 20 ms)).
fn refused_at_first() -> (tests::ClosedPort, UploadsClient) {
    let port = tests::ClosedPort::new();
    let addr = port.addr();
    let policy = RetryPolicy::default()
        .max_attempts(60)
        .initial_backoff(Duration::from_millis(20))
        .max_backoff(Duration::from_millis(20));
    (port, UploadsClient::builder().base_url(&format!("http://{addr}")).retry(policy).build().unwrap())
}

/// Nothing listens on the port when the call starts, so the first attempt
/// is refused before any byte of the body is read; the server comes up a
/// moment later and a retry delivers the whole one-shot body.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_shot_body_is_retried_when_nothing_was_sent() {
    let (port, api) = refused_at_first();
    let data = pattern_vec(50_000);
    let call = tokio::spawn({
        let data = data.clone();
        async move { api.put(Body::reader(Cursor::new(data))).await }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!call.is_finished(), "the call is still retrying the refused connection");
    let server = Server::start_on(port.listen(), &[]);
    call.await.unwrap().unwrap();
    let seen = server.only();
    assert!(seen.complete);
    assert_eq!(seen.body, data);
}

/// The same for a multipart form with a one-shot part.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multipart_with_a_one_shot_part_is_retried_when_nothing_was_sent() {
    let (port, api) = refused_at_first();
    let call =
        tokio::spawn(
            async move { api.put_form(Part::stream(pattern_stream(80_000)).file_name("s.bin"), "streamed").await },
        );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!call.is_finished(), "the call is still retrying the refused connection");
    let server = Server::start_on(port.listen(), &[]);
    call.await.unwrap().unwrap();
    assert_eq!(
        parse_multipart(&server.only()).await,
        [
            PartSeen::new("file", Some("s.bin"), None, pattern_vec(80_000)),
            PartSeen::new("name", None, None, "streamed")
        ]
    );
}

tests::both_flavours! {
    async fn multipart_with_a_file_part_is_resent_on_retry() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("photo.png");
        let data = pattern_vec(250_000);
        std::fs::write(&path, &data).unwrap();
        let server = Server::start(&[503, 200]);
        call(quick_retries(&server).put_form(Part::file(&path), "holiday")).await.unwrap();
        let seen = server.seen();
        assert_eq!(seen.len(), 2);
        let expected = [
            PartSeen::new("file", Some("photo.png"), Some("image/png"), data),
            PartSeen::new("name", None, None, "holiday"),
        ];
        for attempt in &seen {
            assert_eq!(attempt.method, "PUT");
            assert_eq!(attempt.content_length(), Some(attempt.body_sum.len));
            assert_eq!(parse_multipart(attempt).await, expected);
        }
        // Each attempt may use its own boundary; both bodies are whole.
        assert_eq!(seen[0].body_sum.len, seen[1].body_sum.len);
    }
}

tests::both_flavours! {
    async fn multipart_with_a_one_shot_part_is_not_retried_once_sent() {
        let server = Server::start(&[503, 200]);
        let once = Part::reader(Cursor::new(b"once".to_vec())).file_name("once.txt");
        let err = call(quick_retries(&server).put_form(once, "n")).await.unwrap_err();
        assert!(err.to_string().contains("not retried"), "{err}");
        let seen = server.only();
        assert_eq!(
            parse_multipart(&seen).await,
            [PartSeen::new("file", Some("once.txt"), None, "once"), PartSeen::new("name", None, None, "n")]
        );
    }
}

tests::both_flavours! {
    async fn a_post_with_a_body_is_not_retried_on_503() {
        let server = Server::start(&[503, 200]);
        let err = call(quick_retries(&server).raw_vec(b"post".to_vec())).await.unwrap_err();
        assert_eq!(err.status(), Some(client_runtime::StatusCode::SERVICE_UNAVAILABLE));
        assert_eq!(server.only().body, b"post");
        assert_eq!(sum_of(b"post"), server.only().body_sum);
    }
}

// ------------------------------------------------- blocking clients only

/// The blocking flavour's own client, for what only it has: a
/// `ByteStream` that is a `std::io::Read`.
#[client]
pub trait Files {
    #[post("/multipart")]
    #[multipart]
    fn form(
        &self,
        #[part("bytes")] bytes: Part,
        #[part("text")] text: &str,
        #[part("file")] file: Part,
        #[part("reader")] reader: Part,
        #[part("stream")] stream: Part,
        #[part("n")] n: Option<u32>,
    ) -> Result<()>;

    #[put("/form")]
    #[multipart]
    fn put_form(&self, #[part("file")] file: Part, #[part("name")] name: &str) -> Result<()>;

    #[put("/upload")]
    fn put(&self, #[body(raw)] data: Body) -> Result<()>;

    #[put("/upload")]
    fn put_vec(&self, #[body(raw)] data: Vec<u8>) -> Result<()>;

    #[post("/raw")]
    fn csv(&self, #[body(raw, content_type = "text/csv")] data: String) -> Result<()>;

    #[get("/download/<len>")]
    fn download(&self, len: u64) -> Result<client_runtime::blocking::ByteStream>;

    #[get("/download/<len>")]
    fn download_vec(&self, len: u64) -> Result<Vec<u8>>;

    #[get("/chunked/<len>")]
    fn download_chunked(&self, len: u64) -> Result<client_runtime::blocking::ByteStream>;

    #[get("/chunked/<len>")]
    fn download_chunked_vec(&self, len: u64) -> Result<Vec<u8>>;
}

fn files(server: &Server) -> FilesClient {
    FilesClient::builder().base_url(&server.url()).build().unwrap()
}

fn blocking_parts(seen: &bodies_support::RecordedRequest) -> Vec<PartSeen> {
    tests::flavour::run_blocking(parse_multipart(seen))
}

#[test]
fn byte_stream_is_a_reader() {
    let server = Server::start(&[]);
    let api = files(&server);
    let len = 20 * 1024 * 1024;
    for chunked in [false, true] {
        let mut stream = if chunked { api.download_chunked(len).unwrap() } else { api.download(len).unwrap() };
        assert_eq!(stream.content_length(), if chunked { None } else { Some(len) });
        let mut digest = bodies_support::Digest::new();
        let copied = std::io::copy(&mut stream, &mut digest).unwrap();
        assert_eq!(copied, len);
        assert_eq!(digest.sum(), pattern_sum(len));
        // At the end, reads return 0.
        assert_eq!(stream.read(&mut [0; 8]).unwrap(), 0);
    }
    // Small reads and read_to_end work too.
    let mut stream = api.download(100_000).unwrap();
    let mut first = [0; 3];
    stream.read_exact(&mut first).unwrap();
    let mut rest = Vec::new();
    stream.read_to_end(&mut rest).unwrap();
    let whole = pattern_vec(100_000);
    assert_eq!(first, whole[..3]);
    assert_eq!(rest, whole[3..]);
}

#[test]
fn a_byte_stream_dropped_half_read_closes_its_connection_at_once() {
    let server = tests::TestServer::start(|_| tests::Reply::endless(200, true));
    let api = FilesClient::builder().base_url(&server.uri()).build().unwrap();
    let mut stream = api.download(1).unwrap();
    stream.read_exact(&mut [0; 1024]).unwrap();
    drop(stream);
    // The session lives on and makes no other call.
    assert!(server.wait_streams_closed(Duration::from_secs(2)), "the half-read connection is still open");
    drop(api);
}

#[test]
fn write_to_file_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&[]);
    let len = 30 * 1024 * 1024;
    let calls = Arc::new(Mutex::new(Vec::new()));
    let sink = calls.clone();
    let path = dir.path().join("download.bin");
    let written = files(&server)
        .download(len)
        .unwrap()
        .on_progress(move |done, total| sink.lock().unwrap().push((done, total)))
        .write_to_file(&path)
        .unwrap();
    assert_eq!(written, len);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), len);
    assert_eq!(file_sum(&path), pattern_sum(len));
    let calls = calls.lock().unwrap();
    assert!(calls.len() > 1);
    assert!(calls.windows(2).all(|pair| pair[0].0 <= pair[1].0), "done is monotone");
    assert!(calls.iter().all(|&(_, total)| total == Some(len)));
    assert_eq!(calls.last(), Some(&(len, Some(len))), "the last call has done == total");
}

#[test]
fn a_byte_stream_reader_streams_past_the_body_cap() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&[]);
    let api = FilesClient::builder().base_url(&server.url()).max_body_size(1 << 20).build().unwrap();
    let len = 4 * 1024 * 1024;
    let path = dir.path().join("a.bin");
    assert_eq!(api.download(len).unwrap().write_to_file(&path).unwrap(), len);
    assert_eq!(file_sum(&path), pattern_sum(len));
    let mut digest = bodies_support::Digest::new();
    assert_eq!(std::io::copy(&mut api.download_chunked(len).unwrap(), &mut digest).unwrap(), len);
    assert_eq!(digest.sum(), pattern_sum(len));

    let err = api.download_vec(len).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err}");
    let err = api.download_chunked_vec(len).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err}");
}

#[test]
fn multipart_from_a_blocking_client() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "line 1\nline 2\n").unwrap();
    let server = Server::start(&[]);
    let api = files(&server);
    let reader_data = pattern_vec(40_000);
    api.form(
        Part::bytes(vec![1, 2, 3]).file_name("three.bin").content_type("application/x-three"),
        "a text field",
        Part::file(&path),
        Part::reader(Cursor::new(reader_data.clone())).length(40_000).file_name("r.dat"),
        Part::stream(pattern_stream(12_345)).length(12_345),
        None,
    )
    .unwrap();
    api.form(Part::text("t"), "x", Part::file(&path), Part::bytes(&b"r"[..]), Part::bytes(&b"s"[..]), Some(7)).unwrap();

    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].content_length(), Some(seen[0].body_sum.len), "all five lengths known");
    assert_eq!(
        blocking_parts(&seen[0]),
        [
            PartSeen::new("bytes", Some("three.bin"), Some("application/x-three"), vec![1, 2, 3]),
            PartSeen::new("text", None, None, "a text field"),
            PartSeen::new("file", Some("notes.txt"), Some("text/plain"), "line 1\nline 2\n"),
            PartSeen::new("reader", Some("r.dat"), None, reader_data),
            PartSeen::new("stream", None, None, pattern_vec(12_345)),
        ]
    );
    let names: Vec<_> = blocking_parts(&seen[1]).into_iter().map(|p| (p.name, p.data)).collect();
    assert_eq!(names.last(), Some(&("n".to_owned(), b"7".to_vec())));
    assert_eq!(names.len(), 6);
}

#[test]
fn raw_bodies_from_a_blocking_client() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("table.csv");
    let file_sum = write_pattern_file(&path, 2_000_000);
    let server = Server::start(&[]);
    let api = files(&server);
    let data = pattern_vec(150_000);

    api.put(Body::file(&path)).unwrap();
    api.put(Body::reader(Cursor::new(data.clone()))).unwrap();
    api.put(Body::reader(Cursor::new(data.clone())).length(150_000)).unwrap();
    api.put_vec(data.clone()).unwrap();
    api.csv("a,b\n".to_owned()).unwrap();

    let seen = server.seen();
    assert_eq!(seen.len(), 5);
    assert_eq!(seen[0].body_sum, file_sum);
    assert_eq!(seen[0].content_type(), Some("text/csv"), "guessed from the extension");
    assert!(seen[1].is_chunked() && seen[1].content_length().is_none());
    assert_eq!(seen[1].body, data);
    assert!(!seen[2].is_chunked());
    assert_eq!(seen[2].content_length(), Some(150_000));
    assert_eq!(seen[2].body, data);
    assert_eq!(seen[3].body, data);
    assert_eq!(seen[3].content_type(), Some("application/octet-stream"));
    assert_eq!(seen[4].body, b"a,b\n");
    assert_eq!(seen[4].content_type(), Some("text/csv"));
}
