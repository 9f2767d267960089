//! Every generated method goes through the compile-time check before
//! anything is written: the method described as the macro describes a
//! declared one ([`Declared`]), checked by the macro crate's own code.

use proc_macro2::Span;

use crate::method::{Method, Paging, Returns, Role};
use crate::model::Ty;
use crate::openapi::check::check;
use crate::openapi::declared::{Arg, Body, BodyKind, Check, Declared, Returns as Declares, Shape, Skip, Template};
use crate::openapi::finding::Severity;
use crate::openapi::index::Description;

/// What the check finds wrong with `method`: nothing, unless the generator
/// wrote something the check refuses. A deprecated operation is fine.
pub(crate) fn verify(description: &Description, base_url: &str, method: &Method) -> Vec<String> {
    let declared = declared(method);
    let mut problems: Vec<String> = check(description, Some(base_url), &declared)
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error || finding.check != Check::Deprecated)
        .map(|finding| finding.message)
        .collect();
    for skip in &method.skips {
        if let Err(message) = Check::from_name(skip.check) {
            problems.push(message);
        }
    }
    problems
}

fn declared(method: &Method) -> Declared {
    let span = Span::call_site();
    let arg = |name: &str, optional| Arg { name: name.to_owned(), optional, undocumented: false, span };
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut body = None;
    for argument in &method.args {
        let optional = argument.ty.is_option();
        let kind = match &argument.role {
            Role::Query { wire, .. } => {
                query.push(arg(wire, optional));
                continue;
            }
            Role::Header { wire } => {
                headers.push(arg(wire, optional));
                continue;
            }
            Role::Path | Role::Part { .. } => continue,
            Role::Json => (BodyKind::Json, None),
            Role::Form => (BodyKind::Form, None),
            Role::Raw { content_type } => (BodyKind::Raw, content_type.clone()),
        };
        // The body's type is written from the operation's own schema, so
        // the kind of JSON value it is agrees by construction; the macro
        // checks the written type again when the file is compiled.
        body = Some(Body { kind: kind.0, content_type: kind.1, span, value: None });
    }
    if method.multipart {
        body = Some(Body { kind: BodyKind::Multipart, content_type: None, span, value: None });
    }
    if let Some(Paging::Page { .. }) = method.paging {
        query.extend([arg("page", false), arg("per_page", false)]);
    }
    let skips = method
        .skips
        .iter()
        .filter_map(|skip| Check::from_name(skip.check).ok())
        .map(|check| Skip { check, span })
        .collect();
    Declared {
        span,
        verb: method.verb,
        template: Template::from_text(&method.template, span),
        query,
        headers,
        static_headers: Vec::new(),
        body,
        returns: returns(method),
        skips,
        undocumented: Vec::new(),
    }
}

fn returns(method: &Method) -> Declares {
    let shape = match &method.returns {
        Returns::Unit | Returns::YesNo => Shape::Unit,
        Returns::Decoded(Ty::Str) | Returns::Text | Returns::Stream => Shape::Raw,
        Returns::Decoded(_) => Shape::Value,
        Returns::List(_) => Shape::Array,
        Returns::Paginated(_) => match &method.paging {
            Some(Paging::Link { items } | Paging::Page { items, .. }) => Shape::Paginated { items: items.clone() },
            None => Shape::Paginated { items: None },
        },
    };
    Declares { span: Span::call_site(), optional: method.returns == Returns::YesNo, shape }
}
