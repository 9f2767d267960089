//! Event streams end to end: `EventStream<T>` and `JsonLines<T>` against
//! raw loopback servers that cut the body in awkward places, drop the
//! connection, go silent, or fail before the stream opens.

use std::time::{Duration, Instant};

use client_runtime::__private::{Call, Endpoint, Method, RetryOverride, SseOptions};
use client_runtime::{ErrorKind, Event, EventStream, JsonLines, Result, RetryPolicy, Session, StatusCode};
use futures::StreamExt as _;
use serde::Deserialize;
use tests::drip::{DripServer, Script};

#[derive(Debug, Deserialize, PartialEq, Eq)]
struct Token {
    token: String,
}

macro_rules! endpoint {
    ($name:ident, $method:ident, $template:literal, idempotent = $idempotent:literal) => {
        static $name: Endpoint = Endpoint {
            trait_name: "Feed",
            method_name: "events",
            method: Method::$method,
            template: $template,
            span_name: concat!(stringify!($method), " ", $template),
            url_template: $template,
            headers: &[],
            idempotent: $idempotent,
            retry: RetryOverride::Inherit,
            timeout: None,
            secret_query: &[],
            cache: true,
        };
    };
}

endpoint!(EVENTS, GET, "/events", idempotent = true);
endpoint!(CHAT, POST, "/chat", idempotent = false);
endpoint!(CHAT_IDEMPOTENT, POST, "/chat", idempotent = true);

const TICK: Duration = Duration::from_millis(2);
const PLAIN: SseOptions = SseOptions { end: None, reconnect: false, max_event_size: None };
const RESUMING: SseOptions = SseOptions { end: Some("[DONE]"), reconnect: true, max_event_size: None };

fn session(server: &DripServer) -> Session {
    session_with(server, RetryPolicy::default().jitter(|| 0.0))
}

fn session_with(server: &DripServer, retry: RetryPolicy) -> Session {
    Session::builder().base_url(&server.uri()).retry(retry).build().expect("session")
}

fn call(session: &Session, endpoint: &'static Endpoint) -> Call {
    let mut call = Call::new(session, endpoint);
    call.lit(endpoint.template);
    call
}

async fn events<T: serde::de::DeserializeOwned + 'static>(
    session: &Session,
    options: SseOptions,
) -> Result<EventStream<T>> {
    client_runtime::__private::open_event_stream(session, call(session, &EVENTS), options).await
}

/// Every item, errors included, until the stream ends.
async fn drain<T: serde::de::DeserializeOwned + 'static>(stream: EventStream<T>) -> Vec<Result<Event<T>>> {
    stream.collect().await
}

fn tokens(items: &[Result<Event<Token>>]) -> Vec<&str> {
    items.iter().filter_map(|item| item.as_ref().ok()).map(|event| event.data().token.as_str()).collect()
}

const THREE_EVENTS: &str = "event: token\nid: 1\ndata: {\"token\":\"Hel\"}\n\nid: 2\ndata: {\"token\":\"lo\"}\r\n\r\n: keep-alive\ndata: {\"token\":\"!\"}\rdata: \r\r";

#[tokio::test]
async fn events_dripped_one_byte_at_a_time() {
    let server = DripServer::always(Script::sse().drip(THREE_EVENTS, TICK));
    let session = session(&server);
    let items = drain(events::<Token>(&session, PLAIN).await.expect("opened")).await;
    assert!(items.iter().all(Result::is_ok), "{items:?}");
    let events: Vec<_> = items.into_iter().map(|item| item.expect("ok")).collect();
    assert_eq!(events[0].event(), "token");
    assert_eq!(events[0].id(), Some("1"));
    assert_eq!(events[0].data(), &Token { token: "Hel".into() });
    assert_eq!(events[1].event(), "message");
    assert_eq!(events[1].id(), Some("2"));
    // The third event's data ends with the empty `data:` line's LF, which JSON allows.
    assert_eq!(events[2].data(), &Token { token: "!".into() });
    assert_eq!(events.len(), 3);
}

#[tokio::test]
async fn text_events_dripped_one_byte_at_a_time() {
    let server = DripServer::always(Script::sse().drip(THREE_EVENTS, TICK));
    let session = session(&server);
    let items = drain(events::<String>(&session, PLAIN).await.expect("opened")).await;
    let data: Vec<String> = items.into_iter().map(|item| item.expect("text").into_data()).collect();
    assert_eq!(data, ["{\"token\":\"Hel\"}", "{\"token\":\"lo\"}", "{\"token\":\"!\"}\n"]);
    let request = &server.requests()[0];
    assert_eq!(request.header("accept"), Some("text/event-stream"));
    assert_eq!(request.header("last-event-id"), None);
}

#[tokio::test]
async fn a_crlf_split_across_tcp_writes() {
    let pieces = ["data: {\"token\":\"a\"}\r", "\n\r", "\ndata: {\"token\":\"b\"}\r", "\n", "\r\n"];
    let server = DripServer::always(Script::sse().pieces(&pieces, Duration::from_millis(20)));
    let session = session(&server);
    let items = drain(events::<Token>(&session, PLAIN).await.expect("opened")).await;
    assert_eq!(tokens(&items), ["a", "b"]);
    assert_eq!(items.len(), 2, "no empty event from the split CRLF: {items:?}");
}

#[tokio::test]
async fn an_event_split_across_tcp_writes() {
    let pieces = ["\u{feff}id: 4", "2\nda", "ta: {\"tok", "en\":\"split\"}", "\n", "\n"];
    let server = DripServer::always(Script::sse().pieces(&pieces, Duration::from_millis(20)));
    let session = session(&server);
    let mut stream = events::<Token>(&session, PLAIN).await.expect("opened");
    let event = stream.next().await.expect("one event").expect("decoded");
    assert_eq!(event.data().token, "split");
    assert_eq!(event.id(), Some("42"));
    assert_eq!(stream.last_event_id(), Some("42"));
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn a_decode_error_names_the_event_and_the_stream_goes_on() {
    let body = "event: delta\nid: 7\ndata: {\"token\": 5}\n\ndata: {\"token\":\"after\"}\n\n";
    let server = DripServer::always(Script::sse().write(body));
    let session = session(&server);
    let items = drain(events::<Token>(&session, PLAIN).await.expect("opened")).await;
    assert_eq!(items.len(), 2);
    let err = items[0].as_ref().expect_err("wrong type");
    assert_eq!(err.kind(), ErrorKind::Decode);
    let message = err.to_string();
    assert!(message.contains("\"delta\"") && message.contains("\"7\"") && message.contains("token"), "{message}");
    assert!(message.starts_with("GET /events: "), "{message}");
    assert_eq!(err.body_text(), Some("{\"token\": 5}"));
    assert_eq!(tokens(&items), ["after"]);
}

#[tokio::test]
async fn the_end_sentinel_ends_the_stream_and_closes_the_connection() {
    let body = "data: {\"token\":\"a\"}\n\ndata: [DONE]\n\ndata: {\"token\":\"never\"}\n\n";
    let server = DripServer::always(Script::sse().write(body).hold());
    let session = session(&server);
    let options = SseOptions { end: Some("[DONE]"), ..PLAIN };
    let started = Instant::now();
    let items = drain(events::<Token>(&session, options).await.expect("opened")).await;
    assert_eq!(tokens(&items), ["a"]);
    assert_eq!(items.len(), 1);
    assert!(started.elapsed() < Duration::from_secs(5), "the sentinel, not the server, ended it");
    assert!(server.closed(Duration::from_secs(5)).await, "the connection was closed after [DONE]");
}

#[tokio::test]
async fn an_event_over_the_cap_is_an_error_after_the_events_before_it() {
    let big = format!("data: {}\n\n", "x".repeat(4096));
    let server = DripServer::always(
        Script::sse().write("data: {\"token\":\"small\"}\n\n").pieces(&[&big[..1000], &big[1000..]], TICK).hold(),
    );
    let session = session(&server);
    let stream = events::<Token>(&session, PLAIN).await.expect("opened").max_event_size(1024);
    let items = drain(stream).await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(tokens(&items), ["small"]);
    assert_eq!(items[1].as_ref().expect_err("too large").kind(), ErrorKind::BodyTooLarge);
}

#[tokio::test]
async fn the_declared_cap_applies_too() {
    let big = format!("data: {}\n\n", "y".repeat(300));
    let server = DripServer::always(Script::sse().write(big));
    let session = session(&server);
    let options = SseOptions { max_event_size: Some(256), ..PLAIN };
    let items = drain(events::<String>(&session, options).await.expect("opened")).await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].as_ref().expect_err("too large").kind(), ErrorKind::BodyTooLarge);
}

#[tokio::test]
async fn an_idle_stream_ends_with_a_timeout() {
    let server = DripServer::always(Script::sse().write("data: {\"token\":\"a\"}\n\n").hold());
    let session =
        Session::builder().base_url(&server.uri()).read_timeout(Duration::from_millis(300)).build().expect("session");
    let started = Instant::now();
    let items = drain(events::<Token>(&session, PLAIN).await.expect("opened")).await;
    assert_eq!(tokens(&items), ["a"]);
    assert_eq!(items.len(), 2);
    let err = items[1].as_ref().expect_err("idle");
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn comments_keep_an_idle_stream_alive_and_no_total_timeout_applies() {
    let mut script = Script::sse().write("data: {\"token\":\"first\"}\n\n");
    for _ in 0..8 {
        script = script.pause(Duration::from_millis(100)).write(": keep-alive\n");
    }
    let server = DripServer::always(script.write("data: {\"token\":\"last\"}\n\n"));
    // A total timeout far shorter than the stream, and a read timeout
    // longer than the gaps between keep-alives.
    let session =
        Session::builder().base_url(&server.uri()).timeout(Duration::from_millis(250)).build().expect("session");
    let stream = events::<Token>(&session, PLAIN).await.expect("opened").read_timeout(Duration::from_millis(400));
    let items = drain(stream).await;
    assert_eq!(tokens(&items), ["first", "last"]);
    assert!(items.iter().all(Result::is_ok), "{items:?}");
}

#[tokio::test]
async fn an_error_status_before_the_stream_is_an_ordinary_error() {
    let server = DripServer::always(Script::status(400, r#"{"error":"bad model"}"#));
    let session = session(&server);
    let err = events::<Token>(&session, PLAIN).await.expect_err("400");
    assert_eq!(err.kind(), ErrorKind::Status);
    assert_eq!(err.status(), Some(StatusCode::BAD_REQUEST));
    assert_eq!(err.body_text(), Some(r#"{"error":"bad model"}"#));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn an_error_status_before_the_stream_is_retried_by_the_usual_rules() {
    let server = DripServer::start(|_, n| match n {
        0 => Script::status(503, "busy"),
        _ => Script::sse().write("data: {\"token\":\"ok\"}\n\n"),
    });
    let session = session(&server);
    let items = drain(events::<Token>(&session, PLAIN).await.expect("opened after a retry")).await;
    assert_eq!(tokens(&items), ["ok"]);
    assert_eq!(server.requests().len(), 2);

    // A POST is not retried on 503 unless it is idempotent.
    let server = DripServer::start(|_, n| match n {
        0 => Script::status(503, "busy"),
        _ => Script::sse().write("data: {\"token\":\"ok\"}\n\n"),
    });
    let session = self::session(&server);
    let post = client_runtime::__private::open_event_stream::<Token>(&session, call(&session, &CHAT), PLAIN).await;
    assert_eq!(post.expect_err("503").status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(server.requests().len(), 1);
}

/// The first connection delivers events 1 and 2, then drops in the middle
/// of event 3; the second must ask for what follows 2.
fn resumable_server(retry_line: &'static str) -> DripServer {
    DripServer::start(move |request, n| match n {
        0 => Script::sse()
            .write(format!("{retry_line}id: 1\ndata: {{\"token\":\"one\"}}\n\nid: 2\ndata: {{\"token\":\"two\"}}\n\n"))
            .pause(Duration::from_millis(20))
            .write("id: 3\ndata: {\"token\":\"th"),
        _ => {
            let from: u32 = request.header("last-event-id").and_then(|id| id.parse().ok()).unwrap_or(0);
            let mut body = String::new();
            for id in from + 1..=4 {
                body.push_str(&format!(
                    "id: {id}\ndata: {{\"token\":\"{}\"}}\n\n",
                    ["one", "two", "three", "four"][id as usize - 1]
                ));
            }
            Script::sse().write(body + "data: [DONE]\n\n").hold()
        }
    })
}

#[tokio::test]
async fn a_dropped_stream_resumes_with_last_event_id_without_duplicates_or_loss() {
    let server = resumable_server("");
    let session = session(&server);
    let items = drain(events::<Token>(&session, RESUMING).await.expect("opened")).await;
    assert!(items.iter().all(Result::is_ok), "{items:?}");
    assert_eq!(tokens(&items), ["one", "two", "three", "four"]);
    let ids: Vec<_> = items.iter().map(|item| item.as_ref().expect("ok").id().map(str::to_owned)).collect();
    assert_eq!(ids, [Some("1".into()), Some("2".into()), Some("3".into()), Some("4".into())]);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("last-event-id"), None);
    assert_eq!(requests[1].header("last-event-id"), Some("2"));
    assert_eq!(requests[1].header("accept"), Some("text/event-stream"));
    assert_ne!(requests[0].connection, requests[1].connection);
}

#[tokio::test]
async fn a_reconnection_goes_through_the_session_auth_and_rate_limit() {
    let server = resumable_server("");
    let session = Session::builder()
        .base_url(&server.uri())
        .bearer_auth("stream-token")
        .rate_limit(1, Duration::from_millis(400))
        .retry(RetryPolicy::default().jitter(|| 0.0))
        .build()
        .expect("session");
    let items = drain(events::<Token>(&session, RESUMING).await.expect("opened")).await;
    assert_eq!(tokens(&items), ["one", "two", "three", "four"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.header("authorization"), Some("Bearer stream-token"));
    }
    let arrivals = server.arrivals();
    let gap = arrivals[1] - arrivals[0];
    assert!(gap >= Duration::from_millis(350), "the limiter paced the reconnection: {gap:?}");
}

#[tokio::test]
async fn the_servers_retry_delay_is_honoured() {
    let server = resumable_server("retry: 400\n");
    // Backoff alone would reconnect at once.
    let session = session(&server);
    let items = drain(events::<Token>(&session, RESUMING).await.expect("opened")).await;
    assert_eq!(tokens(&items), ["one", "two", "three", "four"]);
    let arrivals = server.arrivals();
    let gap = arrivals[1] - arrivals[0];
    assert!(gap >= Duration::from_millis(400), "reconnected after {gap:?}");
    assert!(gap < Duration::from_secs(3), "reconnected after {gap:?}");
}

#[tokio::test]
async fn without_retry_the_policys_backoff_applies() {
    let server = resumable_server("");
    let policy = RetryPolicy::default().initial_backoff(Duration::from_millis(300)).jitter(|| 1.0);
    let session = session_with(&server, policy);
    let items = drain(events::<Token>(&session, RESUMING).await.expect("opened")).await;
    assert_eq!(tokens(&items), ["one", "two", "three", "four"]);
    let arrivals = server.arrivals();
    assert!(arrivals[1] - arrivals[0] >= Duration::from_millis(300));
}

#[tokio::test]
async fn reconnections_are_bounded_by_the_retry_policy() {
    // Every connection drops before completing an event.
    let server = DripServer::always(Script::sse().write("id: 1\ndata: {\"token\":\"cut"));
    let session = session_with(&server, RetryPolicy::default().max_attempts(3).jitter(|| 0.0));
    let items = drain(events::<Token>(&session, RESUMING).await.expect("opened")).await;
    assert!(items.is_empty(), "a clean end each time: the stream ends without an error: {items:?}");
    assert_eq!(server.requests().len(), 3, "the first request and two reconnections");

    // A connection that times out each time ends with the timeout.
    let server = DripServer::always(Script::sse().write("data: {\"token\":\"cut").hold());
    let session = session_with(&server, RetryPolicy::default().max_attempts(2).jitter(|| 0.0));
    let stream = events::<Token>(&session, RESUMING).await.expect("opened").read_timeout(Duration::from_millis(200));
    let items = drain(stream).await;
    assert_eq!(items.len(), 1, "{items:?}");
    let err = items[0].as_ref().expect_err("timed out");
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert_eq!(err.attempts(), 2);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn events_reset_the_reconnection_count() {
    // Each connection delivers one new event and drops: the stream goes on
    // far past max_attempts, since every reconnection made progress.
    let server = DripServer::start(|request, _| {
        let next: u32 = request.header("last-event-id").and_then(|id| id.parse().ok()).map_or(1, |id: u32| id + 1);
        if next > 6 {
            return Script::sse().write("data: [DONE]\n\n");
        }
        Script::sse().write(format!("id: {next}\ndata: {{\"token\":\"t{next}\"}}\n\n"))
    });
    let session = session_with(&server, RetryPolicy::default().max_attempts(2).jitter(|| 0.0));
    let items = drain(events::<Token>(&session, RESUMING).await.expect("opened")).await;
    assert_eq!(tokens(&items), ["t1", "t2", "t3", "t4", "t5", "t6"]);
    assert_eq!(server.requests().len(), 7);
}

#[tokio::test]
async fn a_post_is_not_resumed_unless_idempotent() {
    let server = resumable_server("");
    let session = session(&server);
    let stream = client_runtime::__private::open_event_stream::<Token>(&session, call(&session, &CHAT), RESUMING)
        .await
        .expect("opened");
    let items = drain(stream).await;
    assert_eq!(tokens(&items), ["one", "two"]);
    assert_eq!(server.requests().len(), 1);

    let server = resumable_server("");
    let session = self::session(&server);
    let mut call = call(&session, &CHAT_IDEMPOTENT);
    call.json(&serde_json::json!({"stream": true}));
    let stream = client_runtime::__private::open_event_stream::<Token>(&session, call, RESUMING).await.expect("opened");
    let items = drain(stream).await;
    assert_eq!(tokens(&items), ["one", "two", "three", "four"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].method, "POST");
    assert_eq!(requests[1].body_text(), r#"{"stream":true}"#);
    assert_eq!(requests[1].header("last-event-id"), Some("2"));
}

#[tokio::test]
async fn a_204_is_an_empty_stream() {
    let server = DripServer::always(Script::new().write("HTTP/1.1 204 No Content\r\n\r\n"));
    let session = session(&server);
    let items = drain(events::<Token>(&session, RESUMING).await.expect("opened")).await;
    assert!(items.is_empty());
    assert_eq!(server.requests().len(), 1);
}

async fn lines<T: serde::de::DeserializeOwned + 'static>(session: &Session) -> Result<JsonLines<T>> {
    client_runtime::__private::open_json_lines(session, call(session, &EVENTS), None).await
}

#[tokio::test]
async fn json_lines_dripped_one_byte_at_a_time() {
    let body = "{\"token\":\"a\"}\n\n   \r\n{\"token\":\"b\"}\r\n{\"token\":\"c\"}";
    let server = DripServer::always(Script::ok("application/x-ndjson").drip(body, TICK));
    let session = session(&server);
    let items: Vec<_> = lines::<Token>(&session).await.expect("opened").collect().await;
    let got: Vec<String> = items.into_iter().map(|item| item.expect("decoded").token).collect();
    assert_eq!(got, ["a", "b", "c"]);
}

#[tokio::test]
async fn a_json_line_that_does_not_decode_is_an_error_and_the_stream_goes_on() {
    let body = "{\"token\":\"a\"}\n{\"token\":1}\nnot json\n{\"token\":\"d\"}\n";
    let server = DripServer::always(Script::ok("application/x-ndjson").write(body));
    let session = session(&server);
    let items: Vec<_> = lines::<Token>(&session).await.expect("opened").collect().await;
    assert_eq!(items.len(), 4);
    let err = items[1].as_ref().expect_err("wrong type");
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert!(err.to_string().contains("line 2"), "{err}");
    assert!(items[2].as_ref().expect_err("not json").to_string().contains("line 3"));
    assert_eq!(items[3].as_ref().expect("decoded").token, "d");
}

#[tokio::test]
async fn a_json_line_over_the_cap_is_an_error() {
    let body = format!("{{\"token\":\"a\"}}\n{{\"token\":\"{}\"}}\n", "z".repeat(2000));
    let server = DripServer::always(Script::ok("application/x-ndjson").write(body));
    let session = session(&server);
    let stream = lines::<Token>(&session).await.expect("opened").max_line_size(1000);
    let items: Vec<_> = stream.collect().await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[1].as_ref().expect_err("too long").kind(), ErrorKind::BodyTooLarge);
}

#[tokio::test]
async fn an_idle_json_lines_stream_ends_with_a_timeout() {
    let server = DripServer::always(Script::ok("application/x-ndjson").write("\"one\"\n").hold());
    let session = session(&server);
    let stream = lines::<String>(&session).await.expect("opened").read_timeout(Duration::from_millis(200));
    let items: Vec<_> = stream.collect().await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().expect("text"), "\"one\"");
    assert_eq!(items[1].as_ref().expect_err("idle").kind(), ErrorKind::Timeout);
}

mod blocking {
    use client_runtime::__private::{open_event_stream_blocking, open_json_lines_blocking};
    use client_runtime::blocking::Session;

    use super::*;

    fn session(server: &DripServer) -> Session {
        Session::builder()
            .base_url(&server.uri())
            .retry(RetryPolicy::default().jitter(|| 0.0))
            .build()
            .expect("session")
    }

    fn call(session: &Session, endpoint: &'static Endpoint) -> Call {
        super::call(session.as_async(), endpoint)
    }

    #[test]
    fn events_as_an_iterator_resumed_after_a_drop() {
        let server = resumable_server("");
        let session = session(&server);
        let stream = open_event_stream_blocking::<Token>(&session, call(&session, &EVENTS), RESUMING).expect("opened");
        let got: Vec<String> = stream.map(|item| item.expect("event").into_data().token).collect();
        assert_eq!(got, ["one", "two", "three", "four"]);
        assert_eq!(server.requests()[1].header("last-event-id"), Some("2"));
    }

    #[test]
    fn events_dripped_one_byte_at_a_time() {
        let server = DripServer::always(Script::sse().drip(THREE_EVENTS, TICK));
        let session = session(&server);
        let stream = open_event_stream_blocking::<String>(&session, call(&session, &EVENTS), PLAIN).expect("opened");
        assert_eq!(stream.count(), 3);
    }

    #[test]
    fn an_error_status_and_an_idle_timeout() {
        let server = DripServer::always(Script::status(401, "no"));
        let session = session(&server);
        let err = open_event_stream_blocking::<String>(&session, call(&session, &EVENTS), PLAIN).expect_err("401");
        assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));

        let server = DripServer::always(Script::sse().write("data: x\n\n").hold());
        let session = self::session(&server);
        let stream = open_event_stream_blocking::<String>(&session, call(&session, &EVENTS), PLAIN)
            .expect("opened")
            .read_timeout(Duration::from_millis(200));
        let items: Vec<_> = stream.collect();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].as_ref().expect_err("idle").kind(), ErrorKind::Timeout);
    }

    #[test]
    fn a_stream_dropped_before_its_end_closes_its_connection_at_once() {
        let server = DripServer::always(Script::sse().write("data: x\n\n").hold());
        let session = session(&server);
        let mut stream =
            open_event_stream_blocking::<String>(&session, call(&session, &EVENTS), PLAIN).expect("opened");
        assert_eq!(stream.next().expect("one event").expect("an event").into_data(), "x");
        drop(stream);
        // The session lives on and makes no other call.
        let started = Instant::now();
        while server.open_connections() > 0 {
            assert!(started.elapsed() < Duration::from_secs(2), "the dropped stream's connection is still open");
            std::thread::sleep(Duration::from_millis(5));
        }
        drop(session);
    }

    #[test]
    fn json_lines_as_an_iterator() {
        let server =
            DripServer::always(Script::ok("application/x-ndjson").drip("{\"token\":\"a\"}\n{\"token\":\"b\"}\n", TICK));
        let session = session(&server);
        let stream = open_json_lines_blocking::<Token>(&session, call(&session, &EVENTS), None).expect("opened");
        let got: Vec<String> = stream.map(|item| item.expect("line").token).collect();
        assert_eq!(got, ["a", "b"]);
    }
}

/// The same, through clients generated by `#[client]`.
mod generated {
    use client_runtime::client;

    use super::*;

    #[client]
    trait Feed {
        #[get("/events")]
        #[sse(end = "[DONE]", reconnect)]
        async fn events(&self, #[query] topic: &str) -> Result<EventStream<Token>>;

        #[post("/v1/chat/completions")]
        #[sse(end = "[DONE]", max_event_size = 64)]
        async fn chat(&self, #[body] request: &serde_json::Value) -> Result<EventStream<Token>>;

        #[get("/lines")]
        async fn lines(&self) -> Result<JsonLines<Token>>;
    }

    #[client(blocking)]
    trait BlockingFeed {
        #[get("/events")]
        #[sse(end = "[DONE]", reconnect)]
        fn events(&self, #[query] topic: &str) -> Result<client_runtime::blocking::EventStream<Token>>;

        #[get("/lines")]
        fn lines(&self) -> Result<client_runtime::blocking::JsonLines<Token>>;
    }

    #[tokio::test]
    async fn a_generated_client_resumes_and_stops_at_the_declared_end() {
        let server = resumable_server("");
        let feed = FeedClient::builder().base_url(&server.uri()).build().expect("client");
        let items: Vec<_> = feed.events("news").await.expect("opened").collect().await;
        assert_eq!(tokens(&items), ["one", "two", "three", "four"]);
        let requests = server.requests();
        assert_eq!(requests.len(), 2);
        assert_eq!(requests[0].target, "/events?topic=news");
        assert_eq!(requests[1].target, "/events?topic=news");
        assert_eq!(requests[1].header("last-event-id"), Some("2"));
    }

    #[tokio::test]
    async fn a_generated_post_stream_is_not_resumed_and_applies_the_declared_cap() {
        let body = "data: {\"token\":\"a\"}\n\ndata: {\"token\":\"this one is far longer than the sixty-four bytes allowed\"}\n\n";
        let server = DripServer::always(Script::sse().write(body));
        let feed = FeedClient::builder().base_url(&server.uri()).build().expect("client");
        let items: Vec<_> = feed.chat(&serde_json::json!({"stream": true})).await.expect("opened").collect().await;
        assert_eq!(tokens(&items), ["a"]);
        assert_eq!(items[1].as_ref().expect_err("over the cap").kind(), ErrorKind::BodyTooLarge);
        let request = &server.requests()[0];
        assert_eq!(request.method, "POST");
        assert_eq!(request.body_text(), r#"{"stream":true}"#);
        assert_eq!(server.requests().len(), 1);
    }

    #[tokio::test]
    async fn generated_json_lines() {
        let server =
            DripServer::always(Script::ok("application/x-ndjson").drip("{\"token\":\"x\"}\r\n{\"token\":\"y\"}", TICK));
        let feed = FeedClient::builder().base_url(&server.uri()).build().expect("client");
        let got: Vec<String> =
            feed.lines().await.expect("opened").map(|line| line.expect("line").token).collect().await;
        assert_eq!(got, ["x", "y"]);
    }

    #[test]
    fn a_generated_blocking_client_iterates() {
        let server = resumable_server("");
        let feed = BlockingFeedClient::builder().base_url(&server.uri()).build().expect("client");
        let got: Vec<String> =
            feed.events("news").expect("opened").map(|e| e.expect("event").into_data().token).collect();
        assert_eq!(got, ["one", "two", "three", "four"]);
        assert_eq!(server.requests()[1].header("last-event-id"), Some("2"));

        let server = DripServer::always(Script::ok("application/x-ndjson").write("{\"token\":\"z\"}\n"));
        let feed = BlockingFeedClient::builder().base_url(&server.uri()).build().expect("client");
        let got: Vec<String> = feed.lines().expect("opened").map(|line| line.expect("line").token).collect();
        assert_eq!(got, ["z"]);
    }
}
