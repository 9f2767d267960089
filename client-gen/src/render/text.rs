//! Types as Rust source text, and what the file must import for them.

use std::collections::BTreeSet;

use crate::method::ArgType;
use crate::model::{Kind, Ty, TypeDef};

/// Names the file uses from outside: `client_runtime::Paginated`,
/// `std::collections::BTreeMap`...
#[derive(Debug, Default)]
pub(crate) struct Uses {
    pub(crate) runtime: BTreeSet<&'static str>,
    pub(crate) serde: BTreeSet<&'static str>,
    pub(crate) map: bool,
}

/// Writes types with the definitions' names.
#[derive(Debug)]
pub(crate) struct Text<'d> {
    pub(crate) defs: &'d [TypeDef],
    pub(crate) uses: Uses,
}

impl Text<'_> {
    pub(crate) fn ty(&mut self, ty: &Ty) -> String {
        match ty {
            Ty::Bool => "bool".to_owned(),
            Ty::Int(int) => int.name().to_owned(),
            Ty::Float => "f64".to_owned(),
            Ty::Str => "String".to_owned(),
            Ty::Value => "serde_json::Value".to_owned(),
            Ty::Vec(inner) => format!("Vec<{}>", self.ty(inner)),
            Ty::Map(inner) => {
                self.uses.map = true;
                format!("BTreeMap<String, {}>", self.ty(inner))
            }
            Ty::Option(inner) => format!("Option<{}>", self.ty(inner)),
            Ty::Boxed(inner) => format!("Box<{}>", self.ty(inner)),
            Ty::Named(id) => match &self.defs[id.0].kind {
                // An alias never names another definition (see `Types`).
                Kind::Alias(inner) => self.ty(inner),
                _ => self.defs[id.0].name.clone(),
            },
        }
    }

    /// An argument's type: borrowed where the caller has the value.
    pub(crate) fn arg(&mut self, ty: &ArgType) -> String {
        match ty {
            ArgType::Str => "&str".to_owned(),
            ArgType::Int(int) => int.name().to_owned(),
            ArgType::Float => "f64".to_owned(),
            ArgType::Bool => "bool".to_owned(),
            ArgType::Slice(item) => format!("&[{}]", self.arg(item)),
            ArgType::Part => self.runtime("Part"),
            ArgType::Body => self.runtime("Body"),
            ArgType::Option(inner) => format!("Option<{}>", self.arg(inner)),
            ArgType::Borrowed(ty) => match ty {
                Ty::Bool | Ty::Int(_) | Ty::Float => self.ty(ty),
                Ty::Str => "&str".to_owned(),
                Ty::Vec(item) => format!("&[{}]", self.ty(item)),
                other => format!("&{}", self.ty(other)),
            },
        }
    }

    /// A name from `client_runtime`, noted for the `use`.
    pub(crate) fn runtime(&mut self, name: &'static str) -> String {
        self.uses.runtime.insert(name);
        name.to_owned()
    }
}
