//! Which decoder serves a declared return type.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{GenericArgument, PathArguments, ReturnType, Signature, Type};

use super::ctxt::Ctxt;
use super::slot::pretty;
use crate::openapi::JsonKind;

pub(crate) enum Ret {
    /// `Result<...>`, decoded by this decoder.
    Decoded(Decoder),
    /// `ByteStream`: the body, unread, as a stream.
    Stream,
    /// `Paginated<T>`.
    Paginated,
    /// `EventStream<T>`: server-sent events.
    EventStream,
    /// `JsonLines<T>`: one JSON document per line.
    JsonLines,
}

pub(crate) enum Decoder {
    Unit,
    Text,
    RawVec,
    RawBytes,
    Json(Box<Type>),
    Optional(Box<Decoder>),
    Meta(Box<Decoder>),
}

impl Decoder {
    pub(crate) fn tokens(&self) -> TokenStream {
        let p = quote!(::client_runtime::__private);
        match self {
            Self::Unit => quote!(#p::Unit),
            Self::Text => quote!(#p::Text),
            Self::RawVec => quote!(#p::RawVec),
            Self::RawBytes => quote!(#p::RawBytes),
            Self::Json(ty) => quote!(#p::Json<#ty>),
            Self::Optional(inner) => {
                let inner = inner.tokens();
                quote!(#p::Optional<#inner>)
            }
            Self::Meta(inner) => {
                let inner = inner.tokens();
                quote!(#p::WithMeta<#inner>)
            }
        }
    }

    /// Whether no body is decoded: `()`, wrapped in `Option` or `Response` or not.
    pub(crate) fn is_unit(&self) -> bool {
        match self {
            Self::Unit => true,
            Self::Optional(inner) | Self::Meta(inner) => inner.is_unit(),
            _ => false,
        }
    }
}

/// The type inside the invisible group a `macro_rules!` fragment
/// (`$ret:ty`) arrives in, so that such a type reads as if written out.
pub(crate) fn ungroup(ty: &Type) -> &Type {
    match ty {
        Type::Group(group) => ungroup(&group.elem),
        other => other,
    }
}

/// The last path segment's name and its type arguments.
pub(crate) fn last_segment(ty: &Type) -> Option<(String, Vec<&Type>)> {
    let Type::Path(path) = ungroup(ty) else { return None };
    if path.qself.is_some() {
        return None;
    }
    let segment = path.path.segments.last()?;
    let args = match &segment.arguments {
        PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|arg| match arg {
                GenericArgument::Type(ty) => Some(ty),
                _ => None,
            })
            .collect(),
        PathArguments::None => Vec::new(),
        PathArguments::Parenthesized(_) => return None,
    };
    Some((segment.ident.to_string(), args))
}

/// Strips one `&` (shared reference) from a type.
pub(crate) fn deref(ty: &Type) -> &Type {
    match ungroup(ty) {
        Type::Reference(reference) if reference.mutability.is_none() => &reference.elem,
        Type::Paren(inner) => deref(&inner.elem),
        other => other,
    }
}

/// Whether the type is written `&str`, `String` or `&String`: values the
/// runtime can take as they are.
pub(crate) fn is_string_like(ty: &Type) -> bool {
    matches!(last_segment(deref(ty)), Some((name, args)) if (name == "str" || name == "String") && args.is_empty())
}

/// Whether the type is written `Option<...>`.
pub(crate) fn is_option(ty: &Type) -> bool {
    option_inner(ty).is_some()
}

/// `T` of a type written `Option<T>`.
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    match last_segment(ty) {
        Some((name, args)) if name == "Option" && args.len() == 1 => Some(args[0]),
        _ => None,
    }
}

/// Whether the type is written as a list: a slice, an array, `Vec`,
/// `VecDeque` or a set, by reference or not.
pub(crate) fn is_sequence(ty: &Type) -> bool {
    const SEQUENCES: [&str; 4] = ["Vec", "VecDeque", "HashSet", "BTreeSet"];
    match deref(ty) {
        Type::Slice(_) | Type::Array(_) => true,
        ty => matches!(last_segment(ty), Some((name, _)) if SEQUENCES.contains(&name.as_str())),
    }
}

/// Whether the type is certainly one value, not a sequence: numbers,
/// `bool`, `char` and strings, by reference or in an `Option`.
pub(crate) fn is_scalar(ty: &Type) -> bool {
    let ty = deref(ty);
    if let Some(inner) = option_inner(ty) {
        return is_scalar(inner);
    }
    const SCALARS: [&str; 18] = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "bool",
        "char", "str", "String",
    ];
    matches!(last_segment(ty), Some((name, args)) if args.is_empty() && SCALARS.contains(&name.as_str()))
}

pub(crate) fn classify(cx: &Ctxt, sig: &Signature) -> Option<Ret> {
    let ReturnType::Type(_, ty) = &sig.output else {
        // Nothing to point at but the signature, which ends where `->` goes.
        cx.error_spanned_by(
            sig,
            "a request method must return `Result<T>` (client_runtime::Result): add `-> Result<()>` to ignore the body",
        );
        return None;
    };
    if let Type::ImplTrait(_) = ungroup(ty) {
        cx.error_spanned_by(
            ty,
            "write `async fn ... -> Result<T>` instead of returning `impl Trait`: the generated future is already `Send`",
        );
        return None;
    }
    match last_segment(ty) {
        Some((name, args)) if name == "Paginated" && args.len() == 1 => Some(Ret::Paginated),
        Some((name, args)) if name == "Result" && args.len() == 2 && !is_named(args[1], "Error") => {
            cx.error_spanned_by(
                args[1],
                "a request method fails with `client_runtime::Error`: return `client_runtime::Result<T>`",
            );
            None
        }
        Some((name, args)) if name == "Result" && !args.is_empty() => classify_ok(cx, args[0]),
        _ => {
            cx.error_spanned_by(
                ty,
                format!(
                    "a request method must return `Result<T>` (client_runtime::Result), or `Paginated<T>` with #[paginate]: write `Result<{}>`",
                    pretty(&ty.to_token_stream())
                ),
            );
            None
        }
    }
}

/// The type written inside `Result<...>`, or the `Paginated<...>` type.
pub(crate) fn ok_type(sig: &Signature) -> Option<&Type> {
    let ReturnType::Type(_, ty) = &sig.output else { return None };
    match last_segment(ty) {
        Some((name, args)) if name == "Result" && !args.is_empty() => Some(args[0]),
        _ => None,
    }
}

/// Whether the type's last path segment is `name`.
fn is_named(ty: &Type, name: &str) -> bool {
    matches!(last_segment(ty), Some((n, _)) if n == name)
}

fn classify_ok(cx: &Ctxt, ty: &Type) -> Option<Ret> {
    if let Some((name, args)) = last_segment(ty) {
        match (name.as_str(), args.len()) {
            ("ByteStream", 0) => return Some(Ret::Stream),
            ("EventStream", 1) => return Some(Ret::EventStream),
            ("JsonLines", 1) => return Some(Ret::JsonLines),
            ("EventStream" | "JsonLines", _) => {
                cx.error_spanned_by(
                    ty,
                    format!("`{name}<T>` takes the type of each item: `{name}<String>` for text, or a type that implements `serde::Deserialize`"),
                );
                return None;
            }
            ("Paginated", _) => {
                cx.error_spanned_by(ty, "`Paginated<T>` is returned as it is, without `Result`");
                return None;
            }
            _ => {}
        }
    }
    body_decoder(cx, ty, true).map(Ret::Decoded)
}

fn body_decoder(cx: &Ctxt, ty: &Type, wrappers_allowed: bool) -> Option<Decoder> {
    match ungroup(ty) {
        Type::Tuple(tuple) if tuple.elems.is_empty() => return Some(Decoder::Unit),
        Type::Reference(_)
        | Type::ImplTrait(_)
        | Type::Infer(_)
        | Type::Ptr(_)
        | Type::TraitObject(_)
        | Type::Never(_)
        | Type::FnPtr(_) => {
            cx.error_spanned_by(ty, "cannot decode a response into this type: use an owned type that implements `serde::Deserialize`, `String`, `Vec<u8>`, `Bytes` or `()`");
            return None;
        }
        Type::Paren(inner) => return body_decoder(cx, &inner.elem, wrappers_allowed),
        _ => {}
    }
    let Some((name, args)) = last_segment(ty) else { return Some(Decoder::Json(Box::new(ty.clone()))) };
    let decoder = match (name.as_str(), args.as_slice()) {
        ("String", []) => Decoder::Text,
        ("Bytes", []) => Decoder::RawBytes,
        ("Vec", [inner]) if matches!(last_segment(inner), Some((n, a)) if n == "u8" && a.is_empty()) => Decoder::RawVec,
        ("Option" | "Response", [_]) if !wrappers_allowed => {
            cx.error_spanned_by(ty, "`Option` and `Response` can each wrap the body once: `Result<Option<T>>`, `Result<Response<T>>` or `Result<Option<Response<T>>>`");
            return None;
        }
        ("Option", [inner]) => Decoder::Optional(Box::new(inner_decoder(cx, inner)?)),
        ("Response", [inner]) => Decoder::Meta(Box::new(body_decoder(cx, inner, false)?)),
        ("ByteStream" | "Paginated" | "EventStream" | "JsonLines", _) => {
            cx.error_spanned_by(ty, format!("`{name}` cannot be nested in another type"));
            return None;
        }
        _ => Decoder::Json(Box::new(ty.clone())),
    };
    Some(decoder)
}

/// Inside `Option`, a `Response<T>` is still allowed.
fn inner_decoder(cx: &Ctxt, ty: &Type) -> Option<Decoder> {
    match last_segment(ty) {
        Some((name, args)) if name == "Response" && args.len() == 1 => {
            Some(Decoder::Meta(Box::new(body_decoder(cx, args[0], false)?)))
        }
        _ => body_decoder(cx, ty, false),
    }
}

/// The kind of JSON value a body of this type serializes as, where the
/// declaration shows it: sequences and slices are arrays, text a string,
/// maps objects. `None` for a type whose `Serialize` may do anything (a
/// struct, `serde_json::Value`, a type parameter).
pub(crate) fn json_kind(ty: &Type) -> Option<JsonKind> {
    let ty = deref(ty);
    match ty {
        Type::Slice(_) | Type::Array(_) => return Some(JsonKind::Array),
        Type::Tuple(tuple) if !tuple.elems.is_empty() => return Some(JsonKind::Array),
        _ => {}
    }
    let (name, args) = last_segment(ty)?;
    match (name.as_str(), args.as_slice()) {
        ("str" | "String", []) => Some(JsonKind::String),
        ("bool", []) => Some(JsonKind::Boolean),
        ("Vec" | "VecDeque" | "LinkedList" | "HashSet" | "BTreeSet" | "IndexSet" | "BinaryHeap", [_, ..]) => {
            Some(JsonKind::Array)
        }
        ("HashMap" | "BTreeMap" | "IndexMap", [_, _, ..]) => Some(JsonKind::Object),
        ("Map", [_, _]) => Some(JsonKind::Object),
        ("Option" | "Box" | "Rc" | "Arc" | "Cow", [inner]) => json_kind(inner),
        _ => None,
    }
}
