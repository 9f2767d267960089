//! Redirect rules that need TLS: an https → http downgrade is refused, and
//! nothing reaches the plain-HTTP server. Every scenario runs against the
//! async and the blocking client alike (see `tests::flavour`); the servers
//! run on threads and runtimes of their own.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use client_runtime::{ErrorKind, Response, Result, RetryPolicy, client};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

tests::flavoured_client! {
    async: #[client],
    blocking: #[client(blocking)],
    pub trait Secure {
        #[get("/start")]
        async fn start(&self) -> Result<Response<String>>;
    }
}

/// A self-signed certificate for 127.0.0.1, as (PEM for the client, acceptor for the server).
fn tls_identity() -> (String, TlsAcceptor) {
    let certified =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).expect("certificate");
    let cert_der = CertificateDer::from(certified.cert.der().to_vec());
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(certified.signing_key.serialize_der()));
    let provider = Arc::new(tokio_rustls::rustls::crypto::aws_lc_rs::default_provider());
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(vec![cert_der], key)
        .expect("server config");
    (certified.cert.pem(), TlsAcceptor::from(Arc::new(config)))
}

/// Runs `serve` on a thread and a current-thread runtime of its own, so
/// that async and blocking tests alike can call the server.
fn on_own_runtime<F: std::future::Future<Output = ()> + 'static>(serve: impl FnOnce() -> F + Send + 'static) {
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        runtime.block_on(serve());
    });
}

/// A listener on 127.0.0.1, for a server on its own runtime.
fn loopback_listener() -> (std::net::TcpListener, u16) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("non-blocking listener");
    let port = listener.local_addr().expect("addr").port();
    (listener, port)
}

/// An https server answering every request with `response`.
fn https_server(acceptor: TlsAcceptor, response: String) -> String {
    let (listener, port) = loopback_listener();
    on_own_runtime(move || async move {
        let listener = TcpListener::from_std(listener).expect("listener");
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            let response = response.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                let mut buf = vec![0u8; 4096];
                let _ = tls.read(&mut buf).await;
                let _ = tls.write_all(response.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    format!("https://127.0.0.1:{port}")
}

/// A plain-HTTP server that only counts connections.
fn counting_server() -> (String, Arc<AtomicUsize>) {
    let (listener, port) = loopback_listener();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    on_own_runtime(move || async move {
        let listener = TcpListener::from_std(listener).expect("listener");
        while let Ok((mut tcp, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            let _ = tcp.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok").await;
        }
    });
    (format!("http://127.0.0.1:{port}"), hits)
}

tests::both_flavours! {
    async fn https_to_http_redirect_is_refused_and_nothing_is_sent() {
        let (pem, acceptor) = tls_identity();
        let (plain, hits) = counting_server();
        let redirect =
            format!("HTTP/1.1 302 Found\r\nlocation: {plain}/stolen\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        let base = https_server(acceptor, redirect);
        let client = SecureClient::builder()
            .base_url(&base)
            .add_root_certificate(pem.as_bytes())
            .bearer_auth("tls-secret-token")
            .retry(RetryPolicy::none())
            .build()
            .expect("client");

        let err = call(client.start()).await.expect_err("a downgrade must be refused");

        assert_eq!(err.kind(), ErrorKind::Redirect);
        assert!(err.to_string().contains("https to http"), "{err}");
        assert!(!err.to_string().contains("tls-secret-token"));
        assert_eq!(hits.load(Ordering::SeqCst), 0, "the plain-HTTP server must not be contacted");
    }
}

tests::both_flavours! {
    async fn https_with_a_trusted_root_works() {
        let (pem, acceptor) = tls_identity();
        let ok =
            "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 5\r\nconnection: close\r\n\r\nhello".to_owned();
        let base = https_server(acceptor, ok);
        let client = SecureClient::builder().base_url(&base).add_root_certificate(pem.as_bytes()).build().expect("client");

        let response = call(client.start()).await.expect("https call");

        assert_eq!(response.body(), "hello");
        assert_eq!(response.url().scheme(), "https");
    }
}

tests::both_flavours! {
    async fn an_invalid_root_certificate_is_reported_at_build() {
        let err = SecureClient::builder()
            .base_url("https://127.0.0.1")
            .add_root_certificate(b"not a certificate")
            .build()
            .expect_err("invalid PEM");
        assert_eq!(err.kind(), ErrorKind::Builder);
    }
}
