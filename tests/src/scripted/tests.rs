//! The scripted server seen from a raw TCP client: each misbehaviour does
//! what its documentation says.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use super::{Reply, TestServer};
use crate::checksum::sum_of;
use crate::pattern::{pattern_sum, pattern_vec};

/// Sends `request` on a new connection, closes its sending half (so a
/// kept-alive connection ends after the response), and reads until the
/// server closes it (or 3 s pass); returns the bytes and how reading ended.
fn exchange(server: &TestServer, request: &[u8]) -> (Vec<u8>, Result<(), ErrorKind>) {
    let mut stream = TcpStream::connect(server.addr()).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(3))).expect("timeout");
    stream.write_all(request).expect("send");
    stream.shutdown(std::net::Shutdown::Write).expect("half-close");
    let mut received = Vec::new();
    let mut buf = [0; 64 * 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return (received, Ok(())),
            Ok(n) => received.extend_from_slice(&buf[..n]),
            Err(err) => return (received, Err(err.kind())),
        }
    }
}

const GET: &[u8] = b"GET /x?y=%2F HTTP/1.1\r\nHost: t\r\nX-Trace: a\r\nx-trace: b\r\nConnection: close\r\n\r\n";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn records_the_request_as_it_was_sent() {
    let server = TestServer::ok();
    let body = b"hello";
    let request = [&b"POST /a%2Fb?q=1 HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\n"[..], body].concat();
    let (response, _) = exchange(&server, &request);
    assert!(text(&response).starts_with("HTTP/1.1 200 OK\r\n"), "{}", text(&response));
    let seen = server.single_request();
    assert_eq!(
        (seen.method.as_str(), seen.target.as_str(), seen.path(), seen.query()),
        ("POST", "/a%2Fb?q=1", "/a%2Fb", Some("q=1"))
    );
    assert_eq!(seen.body, body);
    assert_eq!(seen.body_sum, sum_of(body));
    assert!(seen.complete && !seen.is_chunked());
    assert_eq!((seen.number, seen.connection), (1, 1));
}

#[test]
fn records_every_header_value_and_a_chunked_body() {
    let server = TestServer::ok();
    let request = b"PUT / HTTP/1.1\r\nX-Trace: a\r\nx-trace: b\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nTrailer: t\r\n\r\n";
    let (_, end) = exchange(&server, request);
    assert_eq!(end, Ok(()));
    let seen = server.single_request();
    assert_eq!(seen.headers_named("X-TRACE"), ["a", "b"]);
    assert!(seen.is_chunked());
    assert_eq!(seen.body, b"abcde");
}

#[test]
fn an_incomplete_body_is_recorded_but_not_answered() {
    let server = TestServer::ok();
    let (response, _) = {
        let mut stream = TcpStream::connect(server.addr()).expect("connect");
        stream.write_all(b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc").expect("send");
        stream.shutdown(std::net::Shutdown::Write).expect("half-close");
        stream.set_read_timeout(Some(Duration::from_secs(3))).expect("timeout");
        let mut response = Vec::new();
        (stream.read_to_end(&mut response).map(|_| response.clone()).unwrap_or_default(), ())
    };
    assert!(response.is_empty(), "{}", text(&response));
    assert_eq!(server.wait_for_requests(1, Duration::from_secs(2)), 1);
    let seen = server.single_request();
    assert!(!seen.complete);
    assert_eq!(seen.body, b"abc");
}

#[test]
fn a_script_answers_in_order_then_falls_back() {
    let server = TestServer::script([Reply::status(503), Reply::text(429, "slow")], Reply::json("{}"));
    let statuses: Vec<String> =
        (0..4).map(|_| text(&exchange(&server, GET).0).lines().next().unwrap_or_default().to_owned()).collect();
    assert_eq!(
        statuses,
        ["HTTP/1.1 503 Service Unavailable", "HTTP/1.1 429 Too Many Requests", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK"]
    );
    let numbers: Vec<usize> = server.requests().iter().map(|r| r.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    assert_eq!(server.targets(), ["/x?y=%2F"; 4]);
}

#[test]
fn connections_are_kept_alive_between_honest_responses() {
    let server = TestServer::always(Reply::json("{}"));
    let mut stream = TcpStream::connect(server.addr()).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(3))).expect("timeout");
    for _ in 0..2 {
        stream.write_all(b"GET / HTTP/1.1\r\nHost: t\r\n\r\n").expect("send");
        let mut response = Vec::new();
        let mut buf = [0; 1024];
        while !response.ends_with(b"\r\n\r\n{}") {
            let n = stream.read(&mut buf).expect("response");
            assert!(n > 0, "closed after {}", text(&response));
            response.extend_from_slice(&buf[..n]);
        }
    }
    assert_eq!(server.connections(), 1);
    assert_eq!(server.requests().iter().map(|r| r.connection).collect::<Vec<_>>(), [1, 1]);
}

#[test]
fn truncate_cuts_the_body_and_closes() {
    let server = TestServer::always(Reply::json(r#"{"id": 1, "name": "x"}"#).truncate(4));
    let (response, end) = exchange(&server, GET);
    assert_eq!(end, Ok(()));
    let response = text(&response);
    assert!(response.contains("Content-Length: 22\r\n"), "{response}");
    assert!(response.ends_with("\r\n\r\n{\"id"), "{response}");
}

#[test]
fn content_length_can_lie_both_ways() {
    let server = TestServer::always(Reply::json("{}").content_length(100));
    let response = text(&exchange(&server, GET).0);
    assert!(response.contains("Content-Length: 100\r\n") && response.ends_with("\r\n\r\n{}"), "{response}");

    let server = TestServer::always(Reply::json("[1, 2, 3]").content_length(2));
    let response = text(&exchange(&server, GET).0);
    assert!(response.contains("Content-Length: 2\r\n") && response.ends_with("\r\n\r\n[1, 2, 3]"), "{response}");
}

#[test]
fn reset_sends_rst() {
    for reply in [Reply::reset(), Reply::json(r#"{"a": 1}"#).truncate(3).then_reset()] {
        let server = TestServer::always(reply);
        let (_, end) = exchange(&server, GET);
        assert_eq!(end, Err(ErrorKind::ConnectionReset));
    }
}

#[test]
fn close_sends_nothing_and_hang_holds_the_connection() {
    let server = TestServer::always(Reply::close());
    assert_eq!(exchange(&server, GET), (Vec::new(), Ok(())));

    let server = TestServer::always(Reply::hang());
    let mut stream = TcpStream::connect(server.addr()).expect("connect");
    stream.write_all(GET).expect("send");
    stream.set_read_timeout(Some(Duration::from_millis(300))).expect("timeout");
    let err = stream.read(&mut [0; 16]).expect_err("nothing comes");
    assert!(matches!(err.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut), "{err}");
}

#[test]
fn drip_paces_the_writes() {
    let server = TestServer::always(Reply::json("0123456789").drip(4, Duration::from_millis(40)));
    let started = Instant::now();
    let (response, _) = exchange(&server, GET);
    assert!(text(&response).ends_with("0123456789"));
    // About 90 bytes in pieces of 4, 40 ms apart.
    assert!(started.elapsed() >= Duration::from_millis(500), "{:?}", started.elapsed());
}

#[test]
fn huge_and_garbage_heads() {
    let server = TestServer::always(Reply::huge_head(100_000));
    let (response, _) = exchange(&server, GET);
    let head_end = response.windows(4).position(|w| w == b"\r\n\r\n").expect("a head");
    assert!(head_end >= 100_000, "{head_end}");

    let garbage = b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\x00\x1b[31m\r\n\r\n".to_vec();
    let server = TestServer::always(Reply::raw(garbage.clone()));
    assert_eq!(exchange(&server, GET).0, garbage);
}

#[test]
fn generated_bodies_and_framings() {
    let server = TestServer::always(Reply::pattern(200_000));
    let (response, _) = exchange(&server, GET);
    let head_end = response.windows(4).position(|w| w == b"\r\n\r\n").expect("a head") + 4;
    assert!(text(&response[..head_end]).contains("Content-Length: 200000\r\n"));
    assert_eq!(sum_of(&response[head_end..]), pattern_sum(200_000));

    let server = TestServer::always(Reply::pattern(10).chunked());
    let (response, _) = exchange(&server, GET);
    let mut expected = b"a\r\n".to_vec();
    expected.extend_from_slice(&pattern_vec(10));
    expected.extend_from_slice(b"\r\n0\r\n\r\n");
    assert!(response.ends_with(&expected), "{}", text(&response));
    assert!(text(&response).contains("Transfer-Encoding: chunked\r\n"));

    let server = TestServer::always(Reply::json("{}").without_content_length());
    let response = text(&exchange(&server, GET).0);
    assert!(response.contains("Connection: close\r\n") && !response.contains("Content-Length"), "{response}");
}

#[test]
fn an_endless_body_stops_when_the_client_leaves() {
    let server = TestServer::always(Reply::endless(200, false));
    let mut stream = TcpStream::connect(server.addr()).expect("connect");
    stream.write_all(GET).expect("send");
    let mut buf = vec![0; 256 * 1024];
    let mut read = 0;
    while read < buf.len() {
        read += stream.read(&mut buf[read..]).expect("body");
    }
    assert!(server.bytes_streamed() >= 200_000);
    drop(stream);
    assert!(server.wait_streams_closed(Duration::from_secs(5)));
}
