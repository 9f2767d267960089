//! Payloads and servers for the hostile-server suite: compressed bodies,
//! a gzip bomb, certificates for mutual TLS, and a log capture.

#![allow(dead_code, unreachable_pub)]

use std::io::Write as _;
use std::sync::Arc;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::rustls::server::WebPkiClientVerifier;
use tokio_rustls::rustls::{RootCertStore, ServerConfig};

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).expect("gzip");
    encoder.finish().expect("gzip")
}

/// HTTP's `deflate` is the zlib format.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).expect("deflate");
    encoder.finish().expect("deflate")
}

pub fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        writer.write_all(data).expect("brotli");
    }
    out
}

pub fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::encode_all(data, 3).expect("zstd")
}

/// A gzip member that inflates to at least `size` zero bytes, written
/// directly as one fixed-Huffman DEFLATE block: a literal 0, then copies of
/// 258 bytes at distance 1, 13 bits each. 1 GiB takes about 6.5 MB. The
/// trailer's CRC is not computed: a reader that honours its cap stops long
/// before it.
pub fn gzip_bomb(size: u64) -> Vec<u8> {
    let copies = size.div_ceil(258);
    let mut bits = BitWriter::default();
    bits.push(0b011, 3); // BFINAL = 1, BTYPE = 01 (fixed Huffman)
    bits.push(0x0C, 8); // literal 0: code 00110000, sent most significant bit first
    for _ in 0..copies {
        bits.push(0xA3, 13); // length 258 (code 285: 11000101) + distance 1 (00000)
    }
    bits.push(0, 7); // end of block
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    out.extend(bits.finish());
    out.extend(0u32.to_le_bytes());
    out.extend(((1 + copies * 258) as u32).to_le_bytes());
    out
}

#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    len: u32,
}

impl BitWriter {
    fn push(&mut self, value: u64, bits: u32) {
        self.acc |= value << self.len;
        self.len += bits;
        while self.len >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.len -= 8;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.len > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// A CA, a server certificate for 127.0.0.1 and a client identity it
/// signed: (root PEM for the client, client identity PEM, acceptor that
/// demands a client certificate from the CA).
pub fn mutual_tls() -> (String, String, TlsAcceptor) {
    use rcgen::{BasicConstraints, CertificateParams, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair};

    let ca_key = KeyPair::generate().expect("CA key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca_cert = ca_params.self_signed(&ca_key).expect("CA certificate");
    let issuer = Issuer::new(ca_params, ca_key);

    let server_key = KeyPair::generate().expect("server key");
    let server_params = CertificateParams::new(vec!["127.0.0.1".to_owned()]).expect("server params");
    let server_cert = server_params.signed_by(&server_key, &issuer).expect("server certificate");

    let client_key = KeyPair::generate().expect("client key");
    let mut client_params = CertificateParams::new(vec!["client.test".to_owned()]).expect("client params");
    client_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    let client_cert = client_params.signed_by(&client_key, &issuer).expect("client certificate");

    let provider = Arc::new(tokio_rustls::rustls::crypto::aws_lc_rs::default_provider());
    let mut roots = RootCertStore::empty();
    roots.add(CertificateDer::from(ca_cert.der().to_vec())).expect("root");
    let verifier =
        WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone()).build().expect("verifier");
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der()));
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_client_cert_verifier(verifier)
        .with_single_cert(vec![CertificateDer::from(server_cert.der().to_vec())], key)
        .expect("server config");
    let identity = format!("{}{}", client_key.serialize_pem(), client_cert.pem());
    (ca_cert.pem(), identity, TlsAcceptor::from(Arc::new(config)))
}

/// An https server answering every request that completes the handshake
/// with `200 OK` and `mutual`. It runs on a thread and runtime of its own,
/// so that async and blocking tests alike can call it.
pub fn https_server(acceptor: TlsAcceptor) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("non-blocking listener");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        runtime.block_on(async move {
            let listener = TcpListener::from_std(listener).expect("listener");
            while let Ok((tcp, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                    let mut buf = vec![0u8; 4096];
                    let _ = tls.read(&mut buf).await;
                    let reply = "HTTP/1.1 200 OK\r\ncontent-length: 6\r\nconnection: close\r\n\r\nmutual";
                    let _ = tls.write_all(reply.as_bytes()).await;
                    let _ = tls.shutdown().await;
                });
            }
        });
    });
    format!("https://127.0.0.1:{port}")
}

/// A server that answers every request with these pieces, written one
/// at a time with a pause between them (so the client reads them as
/// separate chunks), then closes the connection.
pub fn drip_server(pieces: Vec<Vec<u8>>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let pieces = pieces.clone();
            std::thread::spawn(move || {
                use std::io::Read as _;
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                for piece in pieces {
                    if stream.write_all(&piece).and_then(|()| stream.flush()).is_err() {
                        return;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(30));
                }
            });
        }
    });
    format!("http://{addr}")
}
