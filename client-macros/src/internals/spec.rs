//! The OpenAPI pass: each method of the checked model, described to the
//! `openapi` module and checked against the description named by
//! `#[client(openapi = "...")]`.

use std::path::PathBuf;
use std::sync::Arc;

use proc_macro2::TokenStream;
use syn::spanned::Spanned;

use super::ast::{self, PageStyle, Role};
use super::check::ident_name;
use super::checked::{Client, Method, Output};
use super::ctxt::Ctxt;
use super::ret::{self, Decoder};
use crate::openapi::{
    self, Arg, Body, BodyKind, Declared, Description, Returns, Severity, Shape, Skip, Template, Undocumented, Verb,
};

/// Checks every method; returns the tokens the expansion adds: a rebuild
/// when the file changes, and the warnings.
pub(crate) fn check(cx: &Ctxt, client: &Client<'_>) -> TokenStream {
    let mut tokens = TokenStream::new();
    let Some(description) = load(cx, client.ast) else { return tokens };
    tokens.extend(openapi::track(&description));
    let base_url = client.ast.options.base_url.get().map(syn::LitStr::value);
    for method in &client.methods {
        conformance_skip(client, method, &mut tokens);
        let Some(declared) = declared(cx, method) else { continue };
        for finding in openapi::check(&description, base_url.as_deref(), &declared) {
            match finding.severity {
                Severity::Error => cx.error_at(finding.span, finding.message),
                Severity::Warning => tokens.extend(openapi::warning(finding.span, &finding.message)),
            }
        }
    }
    tokens
}

/// The description `#[client(openapi = "...")]` names, relative to the
/// manifest directory; `None` when there is none or it was reported.
pub(crate) fn load(cx: &Ctxt, client: &ast::Client) -> Option<Arc<Description>> {
    let lit = client.options.openapi.get()?;
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
    openapi::load(&manifest_dir, &lit.value()).map_err(|err| cx.error_spanned_by(lit, err)).ok()
}

/// The method in the `openapi` module's terms.
fn declared(cx: &Ctxt, m: &Method<'_>) -> Option<Declared> {
    let verb = Verb::from_key(m.verb.attr_name().as_str())?;
    let lit = &m.template.lit;
    let mut declared = Declared {
        span: m.ast.sig.ident.span(),
        verb,
        template: Template::from_text(&lit.value(), lit.span()),
        query: Vec::new(),
        headers: Vec::new(),
        static_headers: m.headers.iter().map(|h| h.name.clone()).collect(),
        body: m.ast.attrs.multipart.span().map(|span| Body {
            kind: BodyKind::Multipart,
            content_type: None,
            span,
            value: None,
        }),
        returns: returns(m),
        skips: skips(cx, m),
        undocumented: m
            .ast
            .attrs
            .openapi_undocumented
            .iter()
            .map(|lit| Undocumented { name: lit.value(), span: lit.span() })
            .collect(),
    };
    for input in &m.inputs {
        let arg = |name: String, undocumented: bool| Arg {
            name,
            optional: ret::is_option(&input.arg.ty),
            undocumented,
            span: input.arg.ident.span(),
        };
        let body = |kind, content_type: Option<&String>| {
            let value = (kind == BodyKind::Json)
                // At the type behind `&`: a span is one token, and `&` says nothing.
                .then(|| ret::json_kind(&input.arg.ty).map(|json| (json, ret::deref(&input.arg.ty).span())))
                .flatten();
            Some(Body { kind, content_type: content_type.cloned(), span: input.arg.ident.span(), value })
        };
        match input.role {
            Role::Query(query) => {
                let name = query.key.as_ref().map_or_else(|| ident_name(&input.arg.ident), syn::LitStr::value);
                declared.query.push(arg(name, query.undocumented));
            }
            Role::Header(header) => declared.headers.push(arg(header.lit.value(), header.undocumented)),
            Role::Json => declared.body = body(BodyKind::Json, None),
            Role::Form => declared.body = body(BodyKind::Form, None),
            Role::Raw(content_type) => declared.body = body(BodyKind::Raw, content_type.as_ref()),
            Role::Part(_) => {}
        }
    }
    if let Output::Paginated { style, paginate } = &m.output {
        let sent: &[&String] = match style {
            PageStyle::Page { param, per_page, .. } => &[param, per_page],
            PageStyle::Offset { param, limit, .. } => &[param, limit],
            _ => &[],
        };
        for name in sent {
            declared.query.push(Arg {
                name: (*name).clone(),
                optional: false,
                undocumented: false,
                span: paginate.span,
            });
        }
    }
    Some(declared)
}

fn returns(m: &Method<'_>) -> Returns {
    let span = match &m.ast.sig.output {
        syn::ReturnType::Type(_, ty) => ty.span(),
        syn::ReturnType::Default => m.ast.sig.ident.span(),
    };
    let mut returns = Returns { span, optional: false, shape: Shape::Unit };
    returns.shape = match &m.output {
        Output::Decoded(decoder) => shape(decoder, &mut returns.optional),
        // A stream of events or lines is not one document: any body.
        Output::Stream | Output::EventStream(_) | Output::JsonLines => Shape::Raw,
        Output::Paginated { paginate, .. } => Shape::Paginated { items: paginate.items.clone() },
    };
    returns
}

fn shape(decoder: &Decoder, optional: &mut bool) -> Shape {
    match decoder {
        Decoder::Unit => Shape::Unit,
        Decoder::Text | Decoder::RawVec | Decoder::RawBytes => Shape::Raw,
        Decoder::Json(ty) if matches!(ret::last_segment(ty), Some((name, args)) if name == "Vec" && args.len() == 1) => {
            Shape::Array
        }
        Decoder::Json(_) => Shape::Value,
        Decoder::Optional(inner) => {
            *optional = true;
            shape(inner, optional)
        }
        Decoder::Meta(inner) => shape(inner, optional),
    }
}

/// A `skip = "conformance"` that leaves out a test the method does not
/// have: a warning.
fn conformance_skip(client: &Client<'_>, method: &Method<'_>, tokens: &mut TokenStream) {
    let name = openapi::Check::Conformance.name();
    for lit in method.ast.attrs.openapi_skips.iter().filter(|lit| lit.value() == name) {
        if let Some(message) = crate::conformance::needless_skip(client, method) {
            tokens.extend(openapi::warning(lit.span(), &message));
        }
    }
}

/// `#[openapi(skip = "...")]`, each name checked.
fn skips(cx: &Ctxt, m: &Method<'_>) -> Vec<Skip> {
    let mut skips = Vec::new();
    for lit in &m.ast.attrs.openapi_skips {
        match openapi::Check::from_name(&lit.value()) {
            Ok(check) => skips.push(Skip { check, span: lit.span() }),
            Err(message) => cx.error_spanned_by(lit, message),
        }
    }
    skips
}
