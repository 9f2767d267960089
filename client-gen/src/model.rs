//! What the generator writes, before it is text: data types and methods.

/// The index of a [`TypeDef`] in [`crate::types::Types`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct TypeId(pub(crate) usize);

/// A Rust type, as a field, argument or return type uses it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Ty {
    Bool,
    Int(Int),
    Float,
    Str,
    /// `serde_json::Value`: the schema says nothing.
    Value,
    Vec(Box<Ty>),
    /// `BTreeMap<String, T>`.
    Map(Box<Ty>),
    Option(Box<Ty>),
    /// `Box<T>`, where the type would otherwise contain itself.
    Boxed(Box<Ty>),
    Named(TypeId),
}

/// An integer type, by the schema's `format` and `minimum`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Int {
    I32,
    I64,
    U32,
    U64,
}

impl Int {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Int::I32 => "i32",
            Int::I64 => "i64",
            Int::U32 => "u32",
            Int::U64 => "u64",
        }
    }
}

impl Ty {
    /// `Option<self>`, unless it is one already.
    pub(crate) fn optional(self) -> Ty {
        match self {
            Ty::Option(_) => self,
            other => Ty::Option(Box::new(other)),
        }
    }

    /// The type without an outer `Option`.
    pub(crate) fn required(self) -> Ty {
        match self {
            Ty::Option(inner) => *inner,
            other => other,
        }
    }

    /// Every type directly inside this one, for walks over the type graph.
    pub(crate) fn children(&self) -> Vec<&Ty> {
        match self {
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Boxed(inner) => vec![inner],
            _ => Vec::new(),
        }
    }

    /// Every named type this one mentions.
    pub(crate) fn named(&self, out: &mut Vec<TypeId>) {
        match self {
            Ty::Named(id) => out.push(*id),
            other => other.children().into_iter().for_each(|child| child.named(out)),
        }
    }
}

/// A data type the file defines.
#[derive(Clone, Debug)]
pub(crate) struct TypeDef {
    pub(crate) name: String,
    pub(crate) docs: Vec<String>,
    pub(crate) kind: Kind,
    /// Sent in a request body: `Serialize`.
    pub(crate) request: bool,
    /// Read from a response: `Deserialize`, and enums get a fallback.
    pub(crate) response: bool,
    /// Every field has a default: `Default` is derived for request types.
    pub(crate) default: bool,
}

#[derive(Clone, Debug)]
pub(crate) enum Kind {
    Struct(Vec<Field>),
    /// An enum of strings.
    Enum(Vec<Variant>),
    /// `#[serde(untagged)]`: one of several shapes.
    Untagged(Vec<Alternative>),
    /// Not written: uses of it stand for this type (a name reserved for a
    /// schema that turned out not to need one).
    Alias(Ty),
}

#[derive(Clone, Debug)]
pub(crate) struct Field {
    /// The Rust name, `r#type` or `html_url`.
    pub(crate) rust: String,
    /// The name in JSON.
    pub(crate) wire: String,
    /// Already an `Option` when the field may be missing or `null`.
    pub(crate) ty: Ty,
    /// Not in `required`: left out of a request when `None`.
    pub(crate) may_be_absent: bool,
    pub(crate) docs: Vec<String>,
}

#[derive(Clone, Debug)]
pub(crate) struct Variant {
    pub(crate) rust: String,
    pub(crate) wire: String,
}

#[derive(Clone, Debug)]
pub(crate) struct Alternative {
    pub(crate) rust: String,
    pub(crate) ty: Ty,
}
