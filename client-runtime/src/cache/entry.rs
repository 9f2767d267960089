//! A stored response, and its byte encoding for shared stores.
// Only a store outside the process encodes entries.
#![cfg_attr(not(feature = "redis"), allow(dead_code))]

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{HeaderName, HeaderValue};
use http::{HeaderMap, StatusCode};

/// A response kept by the cache: what a 304 turns back into a full answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    /// When the response was received (or last revalidated).
    pub(crate) stored_at: SystemTime,
    /// The request's values of the headers the response's `Vary` names, at
    /// the time it was stored. A request with other values does not match.
    pub(crate) vary: Vec<(HeaderName, Option<HeaderValue>)>,
}

/// A fixed allowance for the bookkeeping around each entry, so that many
/// tiny entries still count against the byte bound.
const ENTRY_OVERHEAD: usize = 128;

impl Entry {
    /// The bytes this entry holds, as counted against a memory bound.
    pub(crate) fn size(&self) -> usize {
        let headers: usize = self.headers.iter().map(|(n, v)| n.as_str().len() + v.len() + 32).sum();
        let vary: usize = self.vary.iter().map(|(n, v)| n.as_str().len() + v.as_ref().map_or(0, |v| v.len())).sum();
        ENTRY_OVERHEAD.saturating_add(headers).saturating_add(vary).saturating_add(self.body.len())
    }

    /// A compact, versioned byte encoding for stores outside the process.
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.size());
        out.extend_from_slice(MAGIC);
        let millis = self.stored_at.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().as_millis();
        out.extend_from_slice(&u64::try_from(millis).unwrap_or(u64::MAX).to_be_bytes());
        out.extend_from_slice(&self.status.as_u16().to_be_bytes());
        put_len(&mut out, self.headers.len());
        for (name, value) in &self.headers {
            put_bytes(&mut out, name.as_str().as_bytes());
            put_bytes(&mut out, value.as_bytes());
        }
        put_len(&mut out, self.vary.len());
        for (name, value) in &self.vary {
            put_bytes(&mut out, name.as_str().as_bytes());
            match value {
                Some(value) => {
                    out.push(1);
                    put_bytes(&mut out, value.as_bytes());
                }
                None => out.push(0),
            }
        }
        out.extend_from_slice(&self.body);
        out
    }

    /// Reads [`encode`](Self::encode)'s output. Anything malformed (another
    /// version, truncated, altered) is `None`: treated as no entry.
    pub(crate) fn decode(bytes: &[u8]) -> Option<Self> {
        let mut r = Reader { bytes };
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let millis = u64::from_be_bytes(r.take(8)?.try_into().ok()?);
        let stored_at = SystemTime::UNIX_EPOCH.checked_add(Duration::from_millis(millis))?;
        let status = StatusCode::from_u16(u16::from_be_bytes(r.take(2)?.try_into().ok()?)).ok()?;
        let mut headers = HeaderMap::new();
        for _ in 0..r.len()? {
            let name = HeaderName::from_bytes(r.bytes()?).ok()?;
            let value = HeaderValue::from_bytes(r.bytes()?).ok()?;
            headers.append(name, value);
        }
        let mut vary = Vec::new();
        for _ in 0..r.len()? {
            let name = HeaderName::from_bytes(r.bytes()?).ok()?;
            let value = match r.take(1)?[0] {
                0 => None,
                1 => Some(HeaderValue::from_bytes(r.bytes()?).ok()?),
                _ => return None,
            };
            vary.push((name, value));
        }
        Some(Self { status, headers, body: Bytes::copy_from_slice(r.bytes), stored_at, vary })
    }
}

const MAGIC: &[u8] = b"crc1";

fn put_len(out: &mut Vec<u8>, len: usize) {
    out.extend_from_slice(&u32::try_from(len).unwrap_or(u32::MAX).to_be_bytes());
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    put_len(out, bytes.len());
    out.extend_from_slice(bytes);
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    fn len(&mut self) -> Option<usize> {
        let n = u32::from_be_bytes(self.take(4)?.try_into().ok()?);
        usize::try_from(n).ok()
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        self.take(n)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) fn sample() -> Entry {
        let mut headers = HeaderMap::new();
        headers.insert("etag", HeaderValue::from_static("\"v1\""));
        headers.append("link", HeaderValue::from_static("<https://x/?page=2>; rel=\"next\""));
        headers.append("link", HeaderValue::from_static("<https://x/?page=9>; rel=\"last\""));
        Entry {
            status: StatusCode::OK,
            headers,
            body: Bytes::from_static(b"[1,2,3]"),
            stored_at: SystemTime::UNIX_EPOCH + Duration::from_millis(1_700_000_000_123),
            vary: vec![
                (HeaderName::from_static("accept"), Some(HeaderValue::from_static("application/json"))),
                (HeaderName::from_static("x-variant"), None),
            ],
        }
    }

    #[test]
    fn encoding_round_trips() {
        let entry = sample();
        assert_eq!(Entry::decode(&entry.encode()), Some(entry));
    }

    #[test]
    fn a_truncated_or_foreign_value_is_no_entry() {
        let encoded = sample().encode();
        for cut in 0..encoded.len() - 7 {
            assert_eq!(Entry::decode(&encoded[..cut]), None, "cut at {cut}");
        }
        assert_eq!(Entry::decode(b"something else entirely"), None);
    }

    #[test]
    fn size_counts_body_and_headers() {
        let entry = sample();
        assert!(entry.size() > entry.body.len() + ENTRY_OVERHEAD);
    }

    proptest! {
        #[test]
        fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = Entry::decode(&bytes);
            let mut prefixed = MAGIC.to_vec();
            prefixed.extend_from_slice(&bytes);
            let _ = Entry::decode(&prefixed);
        }

        #[test]
        fn any_body_round_trips(body in proptest::collection::vec(any::<u8>(), 0..500), millis in 0u64..4_000_000_000_000) {
            let mut entry = sample();
            entry.body = Bytes::from(body);
            entry.stored_at = SystemTime::UNIX_EPOCH + Duration::from_millis(millis);
            prop_assert_eq!(Entry::decode(&entry.encode()), Some(entry));
        }
    }
}
