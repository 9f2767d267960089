//! What checking a method against the description reports.

use proc_macro2::Span;

use super::declared::Check;

/// An error or a warning about one method, at the token it is about.
#[derive(Clone, Debug)]
pub(crate) struct Finding {
    pub(crate) span: Span,
    pub(crate) severity: Severity,
    /// The check that found it: `#[openapi(skip = "...")]` silences it.
    pub(crate) check: Check,
    pub(crate) message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Severity {
    Error,
    Warning,
}

impl Finding {
    pub(crate) fn error(check: Check, span: Span, message: impl Into<String>) -> Finding {
        Finding { span, severity: Severity::Error, check, message: message.into() }
    }

    pub(crate) fn warning(check: Check, span: Span, message: impl Into<String>) -> Finding {
        Finding { span, severity: Severity::Warning, check, message: message.into() }
    }
}
