//! From the annotated trait to the `ast`: reads and strips every attribute
//! this crate owns, recording problems in the context.
//!
//! [`ATTRIBUTES`] is the one table of attribute names: where each may go
//! and how it is read there. Adding an attribute means a row here and a
//! slot in `ast`.

use proc_macro2::{Ident, TokenStream};
use syn::spanned::Spanned;
use syn::{Attribute, FnArg, ItemTrait, LitStr, Pat, TraitItem, TraitItemFn, parse_quote};

use super::ast::{Arg, Client, ClientOptions, Helper, Method, MethodAttrs, Role, StaticHeader, VerbKind};
use super::attr;
use super::ctxt::Ctxt;
use super::ret;
use super::slot::Attr;
use super::symbol::{self, Symbol};
use super::template;

type OnTrait = fn(&Ctxt, &Attribute, &mut Vec<StaticHeader>);
type OnMethod = fn(&Ctxt, &Attribute, &mut MethodAttrs);
type OnArg = fn(&Ctxt, &Attribute) -> syn::Result<Role>;

/// An attribute, with how it is read on the trait, a method or an argument.
struct AttrDef {
    name: Symbol,
    on_trait: Option<OnTrait>,
    on_method: Option<OnMethod>,
    on_arg: Option<OnArg>,
}

impl AttrDef {
    const fn method(name: Symbol, on_method: OnMethod) -> Self {
        Self { name, on_trait: None, on_method: Some(on_method), on_arg: None }
    }

    const fn arg(name: Symbol, on_arg: OnArg) -> Self {
        Self { name, on_trait: None, on_method: None, on_arg: Some(on_arg) }
    }
}

/// Every attribute this crate reads.
const ATTRIBUTES: [AttrDef; 20] = [
    AttrDef::method(symbol::GET, |cx, a, m| verb(cx, a, m, VerbKind::Get)),
    AttrDef::method(symbol::POST, |cx, a, m| verb(cx, a, m, VerbKind::Post)),
    AttrDef::method(symbol::PUT, |cx, a, m| verb(cx, a, m, VerbKind::Put)),
    AttrDef::method(symbol::PATCH, |cx, a, m| verb(cx, a, m, VerbKind::Patch)),
    AttrDef::method(symbol::DELETE, |cx, a, m| verb(cx, a, m, VerbKind::Delete)),
    AttrDef::method(symbol::HEAD, |cx, a, m| verb(cx, a, m, VerbKind::Head)),
    AttrDef::method(symbol::OPTIONS, |cx, a, m| verb(cx, a, m, VerbKind::Options)),
    AttrDef {
        name: symbol::HEADER,
        on_trait: Some(|cx, a, headers| headers.extend(report(cx, attr::static_header(a)))),
        on_method: Some(|cx, a, m| m.headers.extend(report(cx, attr::static_header(a)))),
        on_arg: Some(attr::arg_header),
    },
    AttrDef::method(symbol::RETRY, |cx, a, m| {
        if let Some(setting) = report(cx, attr::retry(a)) {
            m.retry.set(cx, a, setting);
        }
    }),
    AttrDef::method(symbol::TIMEOUT, |cx, a, m| {
        if let Some(ms) = report(cx, attr::timeout(a)) {
            m.timeout_ms.set(cx, a, ms);
        }
    }),
    AttrDef::method(symbol::PAGINATE, |cx, a, m| {
        // A malformed #[paginate] still makes the method paginated, so
        // that a `Paginated<T>` return does not also ask for one.
        let paginate = report(cx, attr::paginate(cx, a)).unwrap_or(super::ast::Paginate {
            style: None,
            items: None,
            prefetch: false,
            span: a.path().span(),
        });
        m.paginate.set_at(cx, a, a.path().span(), paginate);
    }),
    AttrDef::method(symbol::IDEMPOTENT, |cx, a, m| {
        let usage = "#[idempotent] takes no arguments: it marks a POST or PATCH request as safe to retry";
        if report(cx, attr::path_only(a, usage)).is_some() {
            m.idempotent.set_at(cx, a, a.path().span(), ());
        }
    }),
    AttrDef::method(symbol::MULTIPART, |cx, a, m| {
        // Malformed or not, the method is multipart: its #[part]s are fine.
        report(cx, attr::path_only(a, "#[multipart] takes no arguments: name each part with #[part(\"name\")]"));
        m.multipart.set_at(cx, a, a.path().span(), ());
    }),
    AttrDef::method(symbol::CACHE, |cx, a, m| {
        if let Some(cached) = report(cx, attr::cache(a)) {
            m.cache.set_at(cx, a, a.path().span(), cached);
        }
    }),
    AttrDef::method(symbol::OPENAPI_ATTR, |cx, a, m| {
        m.openapi = Some(a.path().span());
        if let Some((skips, undocumented)) = report(cx, attr::openapi(a)) {
            m.openapi_skips.extend(skips);
            m.openapi_undocumented.extend(undocumented);
        }
    }),
    AttrDef::method(symbol::SSE, |cx, a, m| {
        if let Some(sse) = report(cx, attr::sse(cx, a)) {
            m.sse.set_at(cx, a, a.path().span(), sse);
        }
    }),
    AttrDef::arg(symbol::QUERY, attr::query),
    AttrDef::arg(symbol::BODY, attr::body),
    AttrDef::arg(symbol::FORM, |_, a| attr::form(a)),
    AttrDef::arg(symbol::PART, |_, a| attr::part(a)),
];

/// Where an attribute goes.
#[derive(Clone, Copy)]
enum Place {
    Method,
    Arg,
}

fn find(attr: &Attribute) -> Option<&'static AttrDef> {
    ATTRIBUTES.iter().find(|def| attr.path() == def.name)
}

fn names(place: Place) -> Vec<&'static str> {
    ATTRIBUTES
        .iter()
        .filter(|def| match place {
            Place::Method => def.on_method.is_some(),
            Place::Arg => def.on_arg.is_some(),
        })
        .map(|def| def.name.as_str())
        .collect()
}

fn report<T>(cx: &Ctxt, result: syn::Result<T>) -> Option<T> {
    result.map_err(|err| cx.syn_error(err)).ok()
}

pub(crate) fn client(cx: &Ctxt, args: TokenStream, mut item: ItemTrait) -> Client {
    let options = client_options(cx, args);
    let mut headers = Vec::new();
    item.attrs.retain(|attr| {
        if attr::is_builtin(attr) {
            return true;
        }
        match find(attr) {
            Some(AttrDef { on_trait: Some(on_trait), .. }) => on_trait(cx, attr, &mut headers),
            Some(def) => {
                cx.error_spanned_by(attr, format!("#[{}] goes on a method or argument, not on the trait", def.name))
            }
            None => return true,
        }
        false
    });
    if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
        cx.error_spanned_by(&item.generics, "a #[client] trait cannot be generic");
    }
    // Reported, and removed: without them the stub's implementations
    // need nothing more, so rustc adds no "not implemented" errors.
    item.supertraits = std::mem::take(&mut item.supertraits)
        .into_pairs()
        .filter(|pair| supertrait_allowed(cx, pair.value()))
        .collect();
    let mut methods = Vec::new();
    let mut helpers = Vec::new();
    for trait_item in &mut item.items {
        match trait_item {
            TraitItem::Fn(func) if func.default.is_none() => methods.push(method(cx, func)),
            TraitItem::Fn(func) => {
                reject_attrs_on_default(cx, func);
                helpers.extend(helper(func));
            }
            TraitItem::Const(c) if c.default.is_none() => {
                cx.error_spanned_by(&c.ident, "a #[client] trait can only declare methods (constants need a value)");
            }
            TraitItem::Type(t) if t.default.is_none() => {
                cx.error_spanned_by(&t.ident, "a #[client] trait can only declare methods, not associated types");
            }
            _ => {}
        }
    }
    // Reported above; without them the stub emitted after errors still
    // implements the trait, so rustc adds no "missing item" errors.
    item.items.retain(|trait_item| match trait_item {
        TraitItem::Const(c) => c.default.is_some(),
        TraitItem::Type(t) => t.default.is_some(),
        _ => true,
    });
    Client { item, options, headers, methods, helpers }
}

/// The traits every generated client implements, which a client trait may
/// therefore extend.
const CLIENT_TRAITS: [&str; 6] = ["Send", "Sync", "Sized", "Unpin", "Clone", "Debug"];

/// Whether a supertrait is one the clients implement; reports any other.
fn supertrait_allowed(cx: &Ctxt, bound: &syn::TypeParamBound) -> bool {
    let syn::TypeParamBound::Trait(bound) = bound else { return true };
    let Some(name) = bound.path.segments.last().map(|segment| segment.ident.to_string()) else { return true };
    if CLIENT_TRAITS.contains(&name.as_str()) {
        return true;
    }
    cx.error_spanned_by(
        bound,
        format!(
            "a #[client] trait cannot extend `{name}`: its clients implement this trait's methods only. Declare the methods here, or keep `{name}` a client of its own on the same session, as in `{name}Client::from_session(client.session().clone())`"
        ),
    );
    false
}

/// The attributes an inherent method repeats from the trait's: what its
/// reader sees (docs) and what its callers should hear (deprecation).
fn forwarded(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("doc") || attr.path().is_ident("deprecated")).cloned().collect()
}

/// A default method the clients can repeat: one taking `&self`, named
/// unlike the clients' own functions.
fn helper(func: &TraitItemFn) -> Option<Helper> {
    let by_ref = func.sig.receiver().is_some_and(is_shared_self);
    let generated = symbol::generated_fn(&func.sig.ident).is_some();
    (by_ref && !generated).then(|| Helper { sig: func.sig.clone(), forwarded: forwarded(&func.attrs) })
}

const CLIENT_OPTIONS: [Symbol; 5] =
    [symbol::BASE_URL, symbol::BLOCKING, symbol::NAME, symbol::OPENAPI, symbol::CONFORMANCE_TESTS];

/// `#[client(base_url = "...", blocking, name = "...", openapi = "...", conformance_tests = false)]`.
fn client_options(cx: &Ctxt, args: TokenStream) -> ClientOptions {
    let mut options = ClientOptions {
        base_url: Attr::key(symbol::BASE_URL),
        blocking: Attr::key(symbol::BLOCKING),
        name: Attr::key(symbol::NAME),
        openapi: Attr::key(symbol::OPENAPI),
        conformance_tests: Attr::key(symbol::CONFORMANCE_TESTS),
    };
    let parser = syn::meta::parser(|meta| {
        if meta.path == symbol::BASE_URL {
            let lit: LitStr = meta.value()?.parse()?;
            options.base_url.set(cx, &meta.path, checked_base_url(lit)?);
        } else if meta.path == symbol::BLOCKING {
            options.blocking.set(cx, &meta.path, ());
        } else if meta.path == symbol::ASYNC {
        } else if meta.path == symbol::NAME {
            let lit: LitStr = meta.value()?.parse()?;
            let ident = lit.parse::<Ident>().map_err(|_| {
                syn::Error::new_spanned(&lit, "the client's name must be a Rust identifier, as in name = \"GitHubApi\"")
            })?;
            options.name.set(cx, &meta.path, Ident::new(&ident.to_string(), lit.span()));
        } else if meta.path == symbol::OPENAPI {
            let lit: LitStr = meta.value()?.parse()?;
            if lit.value().is_empty() {
                return Err(syn::Error::new_spanned(
                    lit,
                    "expected the path of an OpenAPI description, relative to Cargo.toml",
                ));
            }
            options.openapi.set(cx, &meta.path, lit);
        } else if meta.path == symbol::CONFORMANCE_TESTS {
            let value = meta.value()?;
            let lit: syn::LitBool = value.parse().map_err(|err| {
                syn::Error::new(err.span(), "expected `conformance_tests = false` (or `true`, the default)")
            })?;
            options.conformance_tests.set(cx, &meta.path, lit.value);
        } else {
            let name = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let known = symbol::names(&CLIENT_OPTIONS);
            let message = match attr::closest(&name, &known) {
                Some(known) => format!("unknown #[client] option `{name}`; did you mean `{known}`?"),
                None => format!(
                    "unknown #[client] option `{name}`; expected `base_url = \"https://...\"`, `blocking`, `name = \"...\"`, `openapi = \"...\"` or `conformance_tests = false`"
                ),
            };
            return Err(meta.error(message));
        }
        Ok(())
    });
    if let Err(err) = syn::parse::Parser::parse2(parser, args) {
        cx.syn_error(err);
    }
    options
}

fn checked_base_url(lit: LitStr) -> syn::Result<LitStr> {
    let value = lit.value();
    let scheme_ok = value.starts_with("http://") || value.starts_with("https://");
    let host_ok = value.split_once("://").is_some_and(|(_, rest)| !rest.is_empty() && !rest.starts_with('/'));
    if !scheme_ok || !host_ok || value.contains(['?', '#', ' ']) {
        return Err(syn::Error::new_spanned(
            lit,
            "base_url must be an http or https URL with a host and no query, such as \"https://api.github.com\"",
        ));
    }
    Ok(lit)
}

/// A method with a default body is the user's own helper.
fn reject_attrs_on_default(cx: &Ctxt, func: &mut TraitItemFn) {
    let reject = |attr: &Attribute, place: Place| {
        let ours = !attr::is_builtin(attr) && attr::name_of(attr).is_some_and(|n| names(place).contains(&n.as_str()));
        if ours {
            cx.error_spanned_by(
                attr,
                "a method with a default body is left as written; remove the body or this attribute",
            );
        }
        !ours
    };
    func.attrs.retain(|attr| reject(attr, Place::Method));
    for input in &mut func.sig.inputs {
        if let FnArg::Typed(typed) = input {
            typed.attrs.retain(|attr| reject(attr, Place::Arg));
        }
    }
}

fn method(cx: &Ctxt, func: &mut TraitItemFn) -> Method {
    let mut attrs = MethodAttrs::new();
    func.attrs.retain(|attr| {
        if attr::is_builtin(attr) {
            return true;
        }
        match find(attr).and_then(|def| def.on_method) {
            Some(on_method) => on_method(cx, attr, &mut attrs),
            None => {
                let name = attr::name_of(attr).unwrap_or_default();
                let message =
                    format!("unknown method attribute `#[{name}]`{}", attr::hint(&name, &names(Place::Method)));
                cx.error_spanned_by(attr.path(), message);
                attrs.unknown = true;
            }
        }
        false
    });
    check_receiver(cx, func);
    let args = arguments(cx, func);
    let ret = ret::classify(cx, &func.sig);
    // An unknown attribute may well be the verb, misspelt: that error says enough.
    if !attrs.verb.is_set() && !attrs.unknown {
        cx.error_spanned_by(&func.sig.ident, "a request method needs a verb: #[get(\"/path\")], #[post], #[put], #[patch], #[delete], #[head] or #[options]");
    }
    Method { sig: func.sig.clone(), forwarded: forwarded(&func.attrs), attrs, args, ret }
}

fn verb(cx: &Ctxt, attr: &Attribute, m: &mut MethodAttrs, kind: VerbKind) {
    let first = !m.verb.is_set();
    // The verb counts even when its template is malformed: one error, not two.
    let template = match attr.parse_args::<LitStr>() {
        Ok(lit) if first => template::parse(cx, lit),
        Ok(_) => None,
        Err(err) => {
            let name = kind.attr_name();
            cx.error_at(err.span(), format!("expected a path template: #[{name}(\"/path/<param>\")]"));
            None
        }
    };
    m.verb.set_at(cx, attr.path(), attr.path().span(), (kind, template));
}

fn check_receiver(cx: &Ctxt, func: &TraitItemFn) {
    match func.sig.receiver() {
        Some(recv) if is_shared_self(recv) => {}
        Some(recv) => cx.error_spanned_by(recv, "a request method takes `&self`"),
        None => cx.error_spanned_by(&func.sig.ident, "a request method takes `&self` as its first argument"),
    }
}

/// `&self`, not `&mut self`, `self` or `self: Box<Self>`.
fn is_shared_self(recv: &syn::Receiver) -> bool {
    recv.mutability.is_none() && matches!(recv.kind, syn::ReceiverKind::Reference(_, _, None))
}

fn arguments(cx: &Ctxt, func: &mut TraitItemFn) -> Vec<Arg> {
    let mut args = Vec::new();
    let method = func.sig.ident.clone();
    for (index, input) in func.sig.inputs.iter_mut().enumerate() {
        let FnArg::Typed(typed) = input else { continue };
        let mut role =
            Attr::custom(Symbol("argument"), |first| format!("an argument is bound once: it already has `{first}`"));
        let mut broken = false;
        typed.attrs.retain(|attr| {
            if attr::is_builtin(attr) {
                return true;
            }
            let Some(on_arg) = find(attr).and_then(|def| def.on_arg) else {
                let name = attr::name_of(attr).unwrap_or_default();
                let message =
                    format!("unknown argument attribute `#[{name}]`{}", attr::hint(&name, &names(Place::Arg)));
                cx.error_spanned_by(attr.path(), message);
                broken = true;
                return false;
            };
            match on_arg(cx, attr) {
                Ok(r) => role.set_at(cx, attr, attr.path().span(), r),
                Err(err) => {
                    cx.syn_error(err);
                    broken = true;
                }
            }
            false
        });
        let Pat::Ident(pat) = &*typed.pat else {
            cx.error_spanned_by(&typed.pat, "arguments of a request method must be plain names, not patterns");
            // Reported: a plain name keeps rustc from reporting the pattern again.
            let ident = Ident::new(&format!("__arg{index}"), typed.pat.span());
            *typed.pat = parse_quote!(#ident);
            continue;
        };
        if broken && !role.is_set() {
            cx.broken_arg(&method, &pat.ident);
        }
        args.push(Arg { ident: pat.ident.clone(), ty: (*typed.ty).clone(), role });
    }
    args
}
