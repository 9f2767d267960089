//! Request bodies, and whether they can be sent again.
//!
//! A retry or a 307/308 redirect sends the body a second time. Bodies made
//! of bytes are replayed for free; a body that cannot be replayed makes the
//! runtime refuse the second send with an error instead of sending the
//! request without it.

use bytes::Bytes;
use http::header::HeaderValue;

use crate::error::Result;

/// A request body.
#[derive(Debug)]
pub(crate) enum Body {
    /// Bytes in memory: JSON, forms, raw bodies.
    Bytes { bytes: Bytes, content_type: HeaderValue },
}

impl Body {
    pub(crate) fn bytes(bytes: impl Into<Bytes>, content_type: HeaderValue) -> Self {
        Self::Bytes { bytes: bytes.into(), content_type }
    }

    pub(crate) fn content_type(&self) -> Option<&HeaderValue> {
        match self {
            Self::Bytes { content_type, .. } => Some(content_type),
        }
    }

    /// Whether this body can be sent again on a retry or redirect.
    pub(crate) fn is_replayable(&self) -> bool {
        match self {
            Self::Bytes { .. } => true,
        }
    }

    /// The body for one attempt.
    pub(crate) async fn for_attempt(&self) -> Result<reqwest::Body> {
        match self {
            Self::Bytes { bytes, .. } => Ok(reqwest::Body::from(bytes.clone())),
        }
    }
}
