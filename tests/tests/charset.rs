//! Text bodies in the charset their `Content-Type` declares, end to end in
//! both flavours: `Result<String>` and `Response<String>` decode strictly
//! (an unknown charset or malformed bytes are a `Decode` error), error
//! bodies are shown as text in their charset (lossily), and JSON stays
//! UTF-8 with a leading byte order mark accepted.

#![allow(clippy::unwrap_used)]

use client_runtime::{ErrorKind, Response, Result, client};
use serde::Deserialize;
use tests::{RecordedRequest, Reply, TestServer};

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Note {
    pub text: String,
}

tests::flavoured_client! {
    async: #[client],
    blocking: #[client(blocking)],
    pub trait Texts {
        #[get("/text/<name>")]
        async fn text(&self, name: &str) -> Result<String>;

        #[get("/text/<name>")]
        async fn text_meta(&self, name: &str) -> Result<Response<String>>;

        #[get("/json/<name>")]
        async fn note(&self, name: &str) -> Result<Note>;

        #[get("/list")]
        #[paginate(link)]
        fn notes(&self) -> Paginated<Note>;
    }

    pub(crate) fn texts(server: &TestServer) -> TextsClient {
        TextsClient::builder().base_url(&server.uri()).build().unwrap()
    }
}

/// `café` in ISO-8859-1, `€ 5` in windows-1252, `日本` in Shift_JIS and
/// `hi` in UTF-16 (little-endian, with a BOM).
const LATIN1: &[u8] = b"caf\xE9";
const CP1252: &[u8] = b"\x80 5";
const SHIFT_JIS: &[u8] = b"\x93\xfa\x96\x7b";
const UTF16_BOM: &[u8] = b"\xFF\xFEh\0i\0";

/// Each path answers with a content type and body bytes of its own.
fn server() -> TestServer {
    TestServer::start(|req: &RecordedRequest| {
        let (status, content_type, body): (u16, &str, &[u8]) = match req.path() {
            "/text/latin1" => (200, "text/plain; charset=ISO-8859-1", LATIN1),
            "/text/cp1252" => (200, "text/csv; charset=\"windows-1252\"", CP1252),
            "/text/sjis" => (200, "text/plain;charset=Shift_JIS", SHIFT_JIS),
            "/text/utf16" => (200, "text/plain; charset=utf-16", UTF16_BOM),
            "/text/plain" => (200, "text/plain", "café".as_bytes()),
            "/text/none" => (200, "", "café".as_bytes()),
            "/text/klingon" => (200, "text/plain; charset=klingon-8", b"abc"),
            "/text/broken-sjis" => (200, "text/plain; charset=Shift_JIS", b"ok\x93"),
            "/text/latin1-as-utf8" => (200, "text/plain", LATIN1),
            "/text/error-latin1" => (404, "text/plain; charset=iso-8859-1", b"no caf\xE9 here"),
            "/text/error-broken" => (500, "text/plain; charset=Shift_JIS", b"boom \x93"),
            "/text/error-klingon" => (503, "text/plain; charset=klingon-8", "café".as_bytes()),
            "/json/bom" => (200, "application/json", b"\xEF\xBB\xBF{\"text\":\"caf\xC3\xA9\"}"),
            "/json/latin1-label" => (200, "application/json; charset=iso-8859-1", "{\"text\":\"café\"}".as_bytes()),
            "/json/error-bom" => (422, "application/json", b"\xEF\xBB\xBF{\"text\":\"invalid\"}"),
            "/list" => (200, "application/json", b"\xEF\xBB\xBF[{\"text\":\"a\"},{\"text\":\"b\"}]"),
            _ => (404, "text/plain", b"no such path"),
        };
        let reply = Reply::status(status).body(body);
        if content_type.is_empty() { reply } else { reply.header("Content-Type", content_type) }
    })
}

tests::both_flavours! {
    async fn a_string_is_decoded_by_the_declared_charset() {
        let server = server();
        let client = texts(&server);
        assert_eq!(call(client.text("latin1")).await.unwrap(), "café");
        assert_eq!(call(client.text("cp1252")).await.unwrap(), "€ 5");
        assert_eq!(call(client.text("sjis")).await.unwrap(), "日本");
        assert_eq!(call(client.text("utf16")).await.unwrap(), "hi");
        let meta = call(client.text_meta("latin1")).await.unwrap();
        assert_eq!((meta.status().as_u16(), meta.body().as_str()), (200, "café"));
        let targets = server.targets();
        assert_eq!(targets, ["/text/latin1", "/text/cp1252", "/text/sjis", "/text/utf16", "/text/latin1"]);
    }

    async fn a_string_without_a_charset_is_utf8() {
        let server = server();
        let client = texts(&server);
        assert_eq!(call(client.text("plain")).await.unwrap(), "café");
        assert_eq!(call(client.text("none")).await.unwrap(), "café");
        let err = call(client.text("latin1-as-utf8")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.to_string().contains("not valid UTF-8"), "{err}");
        assert_eq!(server.targets(), ["/text/plain", "/text/none", "/text/latin1-as-utf8"]);
    }

    async fn an_unknown_charset_is_a_decode_error_naming_it() {
        let server = server();
        let err = call(texts(&server).text("klingon")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.to_string().contains("`klingon-8`"), "{err}");
        assert_eq!(server.single_request().target, "/text/klingon");
    }

    async fn malformed_bytes_are_a_decode_error_not_replacement_characters() {
        let server = server();
        let err = call(texts(&server).text_meta("broken-sjis")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.to_string().contains("not valid Shift_JIS"), "{err}");
        assert_eq!(server.single_request().target, "/text/broken-sjis");
    }

    async fn an_error_body_is_shown_as_text_in_its_charset() {
        let server = server();
        let client = texts(&server);
        let err = call(client.text("error-latin1")).await.unwrap_err();
        assert_eq!((err.kind(), err.status().map(|s| s.as_u16())), (ErrorKind::Status, Some(404)));
        assert_eq!(err.body_text(), Some("no café here"));
        assert!(err.to_string().ends_with(": no café here"), "{err}");
        assert_eq!(err.body_bytes().map(|b| b.as_ref()), Some(&b"no caf\xE9 here"[..]), "the bytes as sent");

        let err = call(client.text("error-broken")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status);
        assert_eq!(err.body_text(), Some("boom \u{FFFD}"), "replacement characters are fine here");

        let err = call(client.text("error-klingon")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status);
        assert_eq!(err.body_text(), Some("café"), "an unknown charset falls back to UTF-8");
    }

    async fn json_stays_utf8_and_accepts_a_leading_bom() {
        let server = server();
        let client = texts(&server);
        assert_eq!(call(client.note("bom")).await.unwrap().text, "café");
        assert_eq!(call(client.note("latin1-label")).await.unwrap().text, "café", "a charset label does not apply to JSON");
        let err = call(client.note("error-bom")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Status);
        assert_eq!(err.decode_body::<Note>().map(|n| n.text).as_deref(), Some("invalid"));
        let items = client.notes().collect_items().await.unwrap();
        assert_eq!(items.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(server.targets(), ["/json/bom", "/json/latin1-label", "/json/error-bom", "/list"]);
    }
}
