//! The example clients against their vendored descriptions
//! (`examples/openapi/`), read from their source with `syn` the way the
//! `#[client]` expansion describes methods to the checks.

use std::path::{Path, PathBuf};

use syn::spanned::Spanned;
use syn::{Attribute, FnArg, GenericArgument, Item, LitStr, PathArguments, ReturnType, TraitItem, Type};

use super::*;

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

/// A `#[client]` trait: its base URL and its methods, by name.
pub(super) struct Client {
    pub(super) base_url: Option<String>,
    pub(super) methods: Vec<(String, Declared)>,
}

/// Every `#[client]` trait of a source file.
pub(super) fn clients(source: &str) -> Vec<Client> {
    let file = syn::parse_file(source).expect("the example parses");
    let mut found = Vec::new();
    for item in file.items {
        let Item::Trait(item) = item else { continue };
        let Some(client) = item.attrs.iter().find(|a| a.path().is_ident("client")) else { continue };
        let mut base_url = None;
        if let syn::Meta::List(_) = client.meta {
            let _ = client.parse_nested_meta(|meta| {
                if meta.path.is_ident("base_url") {
                    base_url = Some(meta.value()?.parse::<LitStr>()?.value());
                } else if meta.input.peek(syn::Token![=]) {
                    meta.value()?.parse::<syn::Expr>()?;
                }
                Ok(())
            });
        }
        let trait_headers = static_headers(&item.attrs);
        let methods = item
            .items
            .iter()
            .filter_map(|item| match item {
                TraitItem::Fn(method) => method_of(method, &trait_headers),
                _ => None,
            })
            .collect();
        found.push(Client { base_url, methods });
    }
    found
}

fn method_of(method: &syn::TraitItemFn, trait_headers: &[String]) -> Option<(String, Declared)> {
    let (verb, lit) = method.attrs.iter().find_map(|attr| {
        let verb = Verb::from_key(&attr.path().get_ident()?.to_string())?;
        Some((verb, attr.parse_args::<LitStr>().ok()?))
    })?;
    let mut static_headers = trait_headers.to_vec();
    static_headers.extend(self::static_headers(&method.attrs));
    let mut declared = Declared {
        span: method.sig.ident.span(),
        verb,
        template: Template::from_text(&lit.value(), lit.span()),
        query: Vec::new(),
        headers: Vec::new(),
        static_headers,
        body: None,
        returns: returns(&method.sig.output, None),
        skips: Vec::new(),
        undocumented: Vec::new(),
    };
    for attr in &method.attrs {
        if attr.path().is_ident("multipart") {
            declared.body = Some(Body { kind: BodyKind::Multipart, content_type: None, span: attr.span() });
        } else if attr.path().is_ident("paginate") {
            paginate(attr, &mut declared);
        } else if attr.path().is_ident("openapi") {
            let _ = attr.parse_nested_meta(|meta| {
                let lit: LitStr = meta.value()?.parse()?;
                if meta.path.is_ident("undocumented") {
                    declared.undocumented.push(Undocumented { name: lit.value(), span: lit.span() });
                } else {
                    let check =
                        Check::from_name(&lit.value()).map_err(|message| syn::Error::new(lit.span(), message))?;
                    declared.skips.push(Skip { check, span: lit.span() });
                }
                Ok(())
            });
        }
    }
    for input in &method.sig.inputs {
        let FnArg::Typed(arg) = input else { continue };
        let name = match &*arg.pat {
            syn::Pat::Ident(ident) => ident.ident.to_string(),
            _ => continue,
        };
        for attr in &arg.attrs {
            let optional = unwrap_generic(&arg.ty, "Option").is_some();
            let wire = |attr: &Attribute| -> (Option<String>, bool) {
                let mut wire = None;
                let mut undocumented = false;
                if let syn::Meta::List(_) = attr.meta {
                    let _ = attr.parse_nested_meta(|meta| {
                        if meta.path.is_ident("undocumented") {
                            undocumented = true;
                        } else if meta.input.peek(syn::Token![=]) {
                            meta.value()?.parse::<syn::Expr>()?;
                        }
                        Ok(())
                    });
                    if let Ok(args) =
                        attr.parse_args_with(syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
                    {
                        wire = args.iter().find_map(|expr| match expr {
                            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(lit), .. }) => Some(lit.value()),
                            _ => None,
                        });
                    }
                }
                (wire, undocumented)
            };
            let ident = attr.path().get_ident().map(ToString::to_string).unwrap_or_default();
            match ident.as_str() {
                "query" | "header" => {
                    let (wire, undocumented) = wire(attr);
                    let declared_arg = Arg {
                        name: wire.unwrap_or_else(|| name.clone()),
                        optional,
                        undocumented,
                        span: arg.pat.span(),
                    };
                    if ident == "query" {
                        declared.query.push(declared_arg);
                    } else {
                        declared.headers.push(declared_arg);
                    }
                }
                "body" => declared.body = Some(body_of(attr, arg.pat.span())),
                "form" => declared.body = Some(Body { kind: BodyKind::Form, content_type: None, span: arg.pat.span() }),
                _ => {}
            }
        }
    }
    Some((method.sig.ident.to_string(), declared))
}

/// `#[body]`, `#[body(raw)]`, `#[body(raw, content_type = "...")]`.
fn body_of(attr: &Attribute, span: proc_macro2::Span) -> Body {
    let mut body = Body { kind: BodyKind::Json, content_type: None, span };
    if let syn::Meta::List(_) = attr.meta {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("raw") {
                body.kind = BodyKind::Raw;
            } else if meta.path.is_ident("content_type") {
                body.content_type = Some(meta.value()?.parse::<LitStr>()?.value());
            }
            Ok(())
        });
    }
    body
}

fn static_headers(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("header"))
        .filter_map(|attr| {
            let args =
                attr.parse_args_with(syn::punctuated::Punctuated::<LitStr, syn::Token![,]>::parse_terminated).ok()?;
            (args.len() == 2).then(|| args[0].value())
        })
        .collect()
}

/// `#[paginate(..)]`: the `items` pointer, and the query parameters the
/// paginator sends (`page(param, per_page)`, `offset(param, limit)`).
fn paginate(attr: &Attribute, declared: &mut Declared) {
    let mut items = None;
    let mut sent: Vec<String> = Vec::new();
    let _ = attr.parse_nested_meta(|meta| {
        let name = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        if name == "items" {
            items = Some(meta.value()?.parse::<LitStr>()?.value());
        } else if name == "page" || name == "offset" {
            let mut names = if name == "page" { ["page", "per_page"] } else { ["offset", "limit"] }.map(String::from);
            if meta.input.peek(syn::token::Paren) {
                meta.parse_nested_meta(|option| {
                    let key = option.path.get_ident().map(ToString::to_string).unwrap_or_default();
                    let value = option.value()?;
                    if key == "size" {
                        value.parse::<syn::LitInt>()?;
                    } else {
                        let lit = value.parse::<LitStr>()?.value();
                        match key.as_str() {
                            "param" => names[0] = lit,
                            _ => names[1] = lit,
                        }
                    }
                    Ok(())
                })?;
            }
            sent.extend(names);
        } else if meta.input.peek(syn::token::Paren) {
            meta.parse_nested_meta(|option| {
                option.value()?.parse::<syn::Lit>()?;
                Ok(())
            })?;
        }
        Ok(())
    });
    for name in sent {
        declared.query.push(Arg { name, optional: false, undocumented: false, span: attr.span() });
    }
    declared.returns.shape = match declared.returns.shape {
        Shape::Paginated { .. } => Shape::Paginated { items },
        ref other => other.clone(),
    };
}

/// The return type with `Result<..>` and `Response<..>` taken off.
fn returns(output: &ReturnType, items: Option<String>) -> Returns {
    let ReturnType::Type(_, ty) = output else {
        return Returns { span: proc_macro2::Span::call_site(), optional: false, shape: Shape::Unit };
    };
    let span = ty.span();
    let mut ty: &Type = ty;
    for wrapper in ["Result", "Response"] {
        if let Some(inner) = unwrap_generic(ty, wrapper) {
            ty = inner;
        }
    }
    if unwrap_generic(ty, "Paginated").is_some() {
        return Returns { span, optional: false, shape: Shape::Paginated { items } };
    }
    let optional = unwrap_generic(ty, "Option");
    let ty = optional.unwrap_or(ty);
    let shape = match ty {
        Type::Tuple(tuple) if tuple.elems.is_empty() => Shape::Unit,
        _ if unwrap_generic(ty, "Vec").is_some_and(|inner| last_ident(inner).as_deref() == Some("u8")) => Shape::Raw,
        _ if unwrap_generic(ty, "Vec").is_some() => Shape::Array,
        _ if matches!(last_ident(ty).as_deref(), Some("String" | "Bytes" | "ByteStream")) => Shape::Raw,
        _ => Shape::Value,
    };
    Returns { span, optional: optional.is_some(), shape }
}

fn last_ident(ty: &Type) -> Option<String> {
    let Type::Path(path) = ty else { return None };
    Some(path.path.segments.last()?.ident.to_string())
}

fn unwrap_generic<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// Every finding about the clients of `source`, with the method's name.
pub(super) fn check_source(description: &Description, source: &str) -> Vec<(String, Finding)> {
    let mut found = Vec::new();
    for client in clients(source) {
        for (name, declared) in &client.methods {
            let findings = check(description, client.base_url.as_deref(), declared);
            found.extend(findings.into_iter().map(|finding| (name.clone(), finding)));
        }
    }
    found
}

fn describe(findings: &[(String, Finding)]) -> Vec<String> {
    findings.iter().map(|(name, f)| format!("{name} ({:?}, {}): {}", f.severity, f.check.name(), f.message)).collect()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(examples_dir().join(path)).expect("an example source")
}

#[test]
fn the_github_example_passes_against_github_s_description() {
    let description = load(&examples_dir(), "openapi/api.github.com.json").expect("the vendored description");
    let source = read("src/github.rs");
    let methods: usize = clients(&source).iter().map(|client| client.methods.len()).sum();
    assert!(methods >= 10, "{methods} methods read");
    let findings = check_source(&description, &source);
    assert!(findings.is_empty(), "{:#?}", describe(&findings));
}

/// Where GitLab's description (the OpenAPI 3 conversion, corrected as
/// `examples/openapi/README.md` lists) is still wrong, as (method,
/// check). The example marks each with `#[openapi(...)]` and a comment;
/// until it does, these are the only findings allowed.
const GITLAB_DESCRIPTION_BUGS: [(&str, &str); 2] = [
    // Keyset pagination (`pagination=keyset`) is not documented.
    ("list_projects", "declared_params"),
    // The upload's `format: binary` file is declared as JSON, not multipart.
    ("upload_file", "content_type"),
];

#[test]
fn the_gitlab_example_passes_but_for_the_description_s_bugs() {
    let description = load(&examples_dir(), "openapi/gitlab-openapi3.yaml").expect("the vendored description");
    let findings = check_source(&description, &read("src/gitlab.rs"));
    let unexpected: Vec<(String, Finding)> = findings
        .into_iter()
        .filter(|(name, finding)| !GITLAB_DESCRIPTION_BUGS.contains(&(name.as_str(), finding.check.name())))
        .collect();
    assert!(unexpected.is_empty(), "{:#?}", describe(&unexpected));
}

/// Checks any client source against any description and prints the
/// findings and the time taken:
/// `OPENAPI_DESCRIPTION=/abs/api.github.com.json OPENAPI_SOURCE=/abs/github.rs
/// cargo test -p client-macros --lib openapi::example_tests::report -- --ignored --nocapture`.
#[test]
#[ignore = "needs OPENAPI_DESCRIPTION and OPENAPI_SOURCE"]
fn report() {
    let (Ok(file), Ok(source)) = (std::env::var("OPENAPI_DESCRIPTION"), std::env::var("OPENAPI_SOURCE")) else {
        eprintln!("set OPENAPI_DESCRIPTION and OPENAPI_SOURCE");
        return;
    };
    let source = std::fs::read_to_string(source).expect("the client source");
    let (started, cpu_started) = (std::time::Instant::now(), cpu_time());
    let description = load(Path::new("/"), &file).expect("the description loads");
    let (loaded, cpu_loaded) = (started.elapsed(), cpu_time() - cpu_started);
    let findings = check_source(&description, &source);
    let (total, cpu_total) = (started.elapsed(), cpu_time() - cpu_started);
    for line in describe(&findings) {
        eprintln!("{line}");
    }
    let methods: usize = clients(&source).iter().map(|client| client.methods.len()).sum();
    eprintln!(
        "{} operations, {methods} methods, {} findings; load {loaded:.2?} (on CPU {cpu_loaded:.2?}), \
         load and check {total:.2?} (on CPU {cpu_total:.2?})",
        description.operations.len(),
        findings.len()
    );
    let again = std::time::Instant::now();
    let _ = load(Path::new("/"), &file).expect("cached");
    eprintln!("load again (cached): {:.2?}", again.elapsed());
    // Where loading spends its time, on CPU, without the cache.
    let cpu = cpu_time();
    let text = std::fs::read_to_string(&file).expect("readable");
    let read = cpu_time();
    let root = super::load::parse(Path::new(&file), &text, Keep::CHECKS).expect("parses");
    let parsed = cpu_time();
    let _ = Description::new(file.clone().into(), root).expect("indexes");
    let indexed = cpu_time();
    eprintln!("on CPU: read {:.2?}, parse and prune {:.2?}, index {:.2?}", read - cpu, parsed - read, indexed - parsed);
}

/// Time this thread has spent on a CPU (Linux), which a busy machine does
/// not inflate the way it does wall time.
fn cpu_time() -> std::time::Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let nanos = stat.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0);
    std::time::Duration::from_nanos(nanos)
}
