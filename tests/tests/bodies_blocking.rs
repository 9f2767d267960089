//! Request and response bodies in blocking clients: the same checks as
//! `bodies.rs` from plain `#[test]`s. The loopback server runs on a tokio
//! runtime each test creates; the client is called from the test thread,
//! outside any runtime.

#![allow(clippy::unwrap_used)]

mod bodies_support;

use std::io::{Cursor, Read as _};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bodies_support::{
    Digest, PartSeen, Server, file_sum, parse_multipart, pattern_stream, pattern_sum, pattern_vec, write_pattern_file,
};
use client_runtime::blocking::ByteStream;
use client_runtime::{Body, ErrorKind, Part, Result, RetryPolicy, StatusCode, client};

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
    fn download(&self, len: u64) -> Result<ByteStream>;

    #[get("/download/<len>")]
    fn download_vec(&self, len: u64) -> Result<Vec<u8>>;

    #[get("/chunked/<len>")]
    fn download_chunked(&self, len: u64) -> Result<ByteStream>;

    #[get("/chunked/<len>")]
    fn download_chunked_vec(&self, len: u64) -> Result<Vec<u8>>;
}

/// The recording server on a runtime of its own, alive as long as this is.
struct Harness {
    runtime: tokio::runtime::Runtime,
    server: Server,
}

impl Harness {
    fn start(script: &[u16]) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let server = runtime.block_on(Server::start(script));
        Self { runtime, server }
    }

    fn client(&self) -> FilesClient {
        FilesClient::builder().base_url(&self.server.url()).build().unwrap()
    }

    fn quick_retries(&self) -> FilesClient {
        let policy =
            RetryPolicy::default().initial_backoff(Duration::from_millis(1)).max_backoff(Duration::from_millis(1));
        FilesClient::builder().base_url(&self.server.url()).retry(policy).build().unwrap()
    }

    fn parts(&self, seen: &bodies_support::Seen) -> Vec<PartSeen> {
        self.runtime.block_on(parse_multipart(seen))
    }
}

// ---------------------------------------------------------------- downloads

#[test]
fn byte_stream_is_a_reader() {
    let harness = Harness::start(&[]);
    let api = harness.client();
    let len = 20 * 1024 * 1024;
    for chunked in [false, true] {
        let mut stream = if chunked { api.download_chunked(len).unwrap() } else { api.download(len).unwrap() };
        assert_eq!(stream.content_length(), if chunked { None } else { Some(len) });
        let mut digest = Digest::new();
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
fn write_to_file_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    let harness = Harness::start(&[]);
    let len = 30 * 1024 * 1024;
    let calls = Arc::new(Mutex::new(Vec::new()));
    let sink = calls.clone();
    let path = dir.path().join("download.bin");
    let written = harness
        .client()
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
fn download_beyond_the_body_cap() {
    let dir = tempfile::tempdir().unwrap();
    let harness = Harness::start(&[]);
    let api = FilesClient::builder().base_url(&harness.server.url()).max_body_size(1 << 20).build().unwrap();
    let len = 4 * 1024 * 1024;
    let path = dir.path().join("a.bin");
    assert_eq!(api.download(len).unwrap().write_to_file(&path).unwrap(), len);
    assert_eq!(file_sum(&path), pattern_sum(len));
    let mut digest = Digest::new();
    assert_eq!(std::io::copy(&mut api.download_chunked(len).unwrap(), &mut digest).unwrap(), len);
    assert_eq!(digest.sum(), pattern_sum(len));

    let err = api.download_vec(len).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err}");
    let err = api.download_chunked_vec(len).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err}");
}

// ---------------------------------------------------------------- uploads

#[test]
fn multipart_from_a_blocking_client() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "line 1\nline 2\n").unwrap();
    let harness = Harness::start(&[]);
    let api = harness.client();
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

    let seen = harness.server.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].content_length(), Some(seen[0].sum.len), "all five lengths known");
    assert_eq!(
        harness.parts(&seen[0]),
        [
            PartSeen::new("bytes", Some("three.bin"), Some("application/x-three"), vec![1, 2, 3]),
            PartSeen::new("text", None, None, "a text field"),
            PartSeen::new("file", Some("notes.txt"), Some("text/plain"), "line 1\nline 2\n"),
            PartSeen::new("reader", Some("r.dat"), None, reader_data),
            PartSeen::new("stream", None, None, pattern_vec(12_345)),
        ]
    );
    let names: Vec<_> = harness.parts(&seen[1]).into_iter().map(|p| (p.name, p.data)).collect();
    assert_eq!(names.last(), Some(&("n".to_owned(), b"7".to_vec())));
    assert_eq!(names.len(), 6);
}

#[test]
fn raw_bodies_from_a_blocking_client() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("table.csv");
    let file_sum = write_pattern_file(&path, 2_000_000);
    let harness = Harness::start(&[]);
    let api = harness.client();
    let data = pattern_vec(150_000);

    api.put(Body::file(&path)).unwrap();
    api.put(Body::reader(Cursor::new(data.clone()))).unwrap();
    api.put(Body::reader(Cursor::new(data.clone())).length(150_000)).unwrap();
    api.put_vec(data.clone()).unwrap();
    api.csv("a,b\n".to_owned()).unwrap();

    let seen = harness.server.seen();
    assert_eq!(seen.len(), 5);
    assert_eq!(seen[0].sum, file_sum);
    assert_eq!(seen[0].content_type(), Some("text/csv"), "guessed from the extension");
    assert!(seen[1].chunked && seen[1].content_length().is_none());
    assert_eq!(seen[1].body, data);
    assert!(!seen[2].chunked);
    assert_eq!(seen[2].content_length(), Some(150_000));
    assert_eq!(seen[2].body, data);
    assert_eq!(seen[3].body, data);
    assert_eq!(seen[3].content_type(), Some("application/octet-stream"));
    assert_eq!(seen[4].body, b"a,b\n");
    assert_eq!(seen[4].content_type(), Some("text/csv"));
}

#[test]
fn upload_50_mb_file_from_a_blocking_client() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.bin");
    let len = 50 * 1024 * 1024;
    let sum = write_pattern_file(&path, len);
    let harness = Harness::start(&[]);
    harness.client().put(Body::file(&path)).unwrap();
    let seen = harness.server.only();
    assert!(seen.complete);
    assert_eq!(seen.sum, sum);
}

// ---------------------------------------------------------------- retries

#[test]
fn retries_resend_replayable_bodies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.bin");
    let sum = write_pattern_file(&path, 500_009);
    let data = pattern_vec(64_000);

    let harness = Harness::start(&[503, 200]);
    harness.quick_retries().put_vec(data.clone()).unwrap();
    let seen = harness.server.seen();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|s| s.complete && s.body == data));

    let harness = Harness::start(&[503, 200]);
    harness.quick_retries().put(Body::file(&path)).unwrap();
    let seen = harness.server.seen();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|s| s.complete && s.sum == sum));

    let harness = Harness::start(&[503, 200]);
    harness.quick_retries().put_form(Part::file(&path), "f").unwrap();
    let seen = harness.server.seen();
    assert_eq!(seen.len(), 2);
    for attempt in &seen {
        let parts = harness.parts(attempt);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].file_name.as_deref(), Some("f.bin"));
        assert_eq!(bodies_support::sum_of(&parts[0].data), sum);
    }
}

#[test]
fn one_shot_body_is_not_retried_once_sent() {
    let harness = Harness::start(&[503, 200]);
    let data = pattern_vec(64_000);
    let err = harness.quick_retries().put(Body::reader(Cursor::new(data.clone()))).unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert!(err.to_string().contains("not retried"), "{err}");
    let seen = harness.server.only();
    assert!(seen.complete);
    assert_eq!(seen.body, data);
}
