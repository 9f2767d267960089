//! Bodies, paging and return types: what each verb and attribute allows.

use std::collections::HashSet;

use crate::internals::ast::{Method, RetrySetting, Role, VerbKind};
use crate::internals::ctxt::Ctxt;
use crate::internals::ret::{self, Ret};

pub(super) fn bodies(cx: &Ctxt, method: &Method) {
    let verb = method.attrs.verb.get().map(|(kind, _)| *kind);
    let multipart = method.attrs.multipart.span();
    let mut body_seen = false;
    let mut parts: HashSet<&str> = HashSet::new();
    for arg in &method.args {
        let Some((role, span)) = arg.role() else { continue };
        if role.is_body() {
            if body_seen {
                cx.error_at(span, "a request has one body: this is the second #[body] or #[form]");
            }
            body_seen = true;
            if let Some(verb) = verb.filter(|v| !v.allows_body()) {
                cx.error_at(span, format!("a {} request has no body", verb.http_name()));
            }
            if multipart.is_some() {
                cx.error_at(
                    span,
                    "a #[multipart] request takes its body from #[part] arguments, not #[body] or #[form]",
                );
            }
        }
        if let Role::Part(name) = role {
            if multipart.is_none() {
                cx.error_at(span, "#[part] needs #[multipart] on the method");
            }
            if !parts.insert(name.as_str()) {
                cx.error_at(span, format!("two parts are named {name:?}"));
            }
        }
    }
    let Some(span) = multipart else { return };
    match verb {
        Some(verb) if !verb.allows_body() => cx.error_at(span, format!("a {} request has no body", verb.http_name())),
        _ if parts.is_empty() && !method.args.iter().any(|arg| cx.is_broken_arg(&method.sig.ident, &arg.ident)) => {
            cx.error_at(span, "a #[multipart] request needs at least one #[part(\"name\")] argument");
        }
        _ => {}
    }
}

pub(super) fn pagination(cx: &Ctxt, method: &Method) {
    match (method.attrs.paginate.get(), &method.ret) {
        (Some(paginate), Some(ret)) if !matches!(ret, Ret::Paginated) => {
            cx.error_at(paginate.span, "#[paginate] goes on a method returning `Paginated<T>`");
        }
        (None, Some(Ret::Paginated)) => {
            cx.error_spanned_by(
                &method.sig.output,
                "a method returning `Paginated<T>` needs #[paginate(...)] to say how pages link",
            );
        }
        _ => {}
    }
    if method.is_paginated() {
        if let Some(asyncness) = method.sig.asyncness {
            cx.error_spanned_by(asyncness, "a paginated method is a plain `fn`: the stream it returns is lazy");
        }
    }
}

/// `#[sse(...)]` goes with `EventStream<T>`, and `reconnect` resumes only
/// a request that is safe to send again, within the retry policy.
pub(super) fn streams(cx: &Ctxt, method: &Method) {
    let Some(sse) = method.attrs.sse.get() else { return };
    if !matches!(method.ret, Some(Ret::EventStream) | None) {
        cx.error_at(
            sse.span,
            "#[sse(...)] configures a stream of server-sent events: the method must return `Result<EventStream<T>>`",
        );
    }
    let Some(reconnect) = sse.reconnect else { return };
    if let Some((verb, _)) = method.attrs.verb.get() {
        if !verb.is_idempotent() && !method.attrs.idempotent.is_set() {
            cx.error_at(
                reconnect,
                format!(
                    "`reconnect` would send this {} again after a drop: add #[idempotent] if repeating it is safe, or resume by hand with `last_event_id()`",
                    verb.http_name()
                ),
            );
        }
    }
    if matches!(method.attrs.retry.get(), Some(RetrySetting::Off | RetrySetting::MaxAttempts(1))) {
        cx.error_at(
            reconnect,
            "`reconnect` is bounded by the retry policy, and this method's #[retry] allows no second attempt: use #[retry(max_attempts = N)] with N of 2 or more",
        );
    }
}

/// What the verb allows: HEAD has no body to return, and an idempotent
/// verb needs no `#[idempotent]`.
pub(super) fn verb_and_output(cx: &Ctxt, method: &Method) {
    let Some((verb, _)) = method.attrs.verb.get() else { return };
    if *verb == VerbKind::Head {
        let allowed = match &method.ret {
            Some(Ret::Decoded(decoder)) => decoder.is_unit(),
            Some(Ret::Stream | Ret::EventStream | Ret::JsonLines) => {
                cx.error_spanned_by(&method.sig.output, "a HEAD response has no body to stream");
                true
            }
            Some(Ret::Paginated) | None => true,
        };
        if !allowed {
            cx.error_spanned_by(
                ret::ok_type(&method.sig).map_or_else(|| quote::quote!(), |ty| quote::quote!(#ty)),
                "a HEAD response has no body: return `Result<()>`, `Result<Response<()>>` for the headers, or `Result<Option<()>>` for yes/no",
            );
        }
    }
    if let Some(span) = method.attrs.idempotent.span() {
        if verb.is_idempotent() {
            cx.error_at(
                span,
                format!(
                    "{} is idempotent already: #[idempotent] is for a POST or PATCH that is safe to repeat",
                    verb.http_name()
                ),
            );
        }
    }
}

/// `join` needs a sequence to join.
pub(super) fn query_options(cx: &Ctxt, method: &Method) {
    for arg in &method.args {
        let Some(Role::Query(query)) = arg.role.get() else { continue };
        if let Some(join) = &query.join {
            if ret::is_scalar(&arg.ty) {
                cx.error_spanned_by(
                    join,
                    format!(
                        "`join` sends a list as one value, but `{}` is a single value: remove `join`, or take a `Vec` or slice",
                        arg.ident
                    ),
                );
            }
        }
    }
}
