//! From JSON Schemas to Rust types: each component schema the methods use
//! becomes one named type, defined once; inline objects, enums and unions
//! are named after where they appear (`IssuePullRequest`).
//!
//! A `$ref` to a schema that needs a name is queued, not followed at once,
//! so the Rust stack only grows with the nesting of one schema, and a
//! cycle of references ends at a name already given. A cycle through
//! schemas without a name (an array of itself) ends as
//! `serde_json::Value`. The walk is bounded in depth and in schemas
//! visited; past either bound the description is refused as too complex.

use std::collections::{HashMap, VecDeque};

use serde_json::Value;

use crate::docs;
use crate::evidence::Evidence;
use crate::form::{Form, MAX_STEPS, follow, form, last_segment, nullable, properties, resolved, types};
use crate::model::{Alternative, Field, Int, Kind, Ty, TypeDef, TypeId, Variant};
use crate::names::{Taken, pascal, snake};

/// How deep one schema may nest.
const MAX_DEPTH: usize = 48;

/// How many schemas one generation may visit.
const MAX_VISITS: usize = 2_000_000;

/// Names a generated type must not take: what the generated file imports,
/// and the prelude's types and traits.
const RESERVED: &[&str] = &[
    "AsMut",
    "AsRef",
    "BTreeMap",
    "Body",
    "Box",
    "ByteStream",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Deserialize",
    "Drop",
    "Eq",
    "Err",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Hash",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "Paginated",
    "Part",
    "PartialEq",
    "PartialOrd",
    "Response",
    "Result",
    "Send",
    "Serialize",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Every data type of one generated file.
#[derive(Debug)]
pub(crate) struct Types<'a> {
    root: &'a Value,
    pub(crate) defs: Vec<TypeDef>,
    by_pointer: HashMap<String, TypeId>,
    queue: VecDeque<(TypeId, String)>,
    names: Taken,
    /// Pointers of unnamed schemas being read, to end cycles among them.
    inlining: Vec<String>,
    visits: usize,
    /// Set when a bound was reached: the types are incomplete.
    pub(crate) exhausted: bool,
    /// Properties the description's examples leave out or set to `null`.
    evidence: Evidence,
}

impl<'a> Types<'a> {
    /// No types yet; `taken` are names the file uses otherwise (the trait's
    /// and its client's).
    pub(crate) fn new(root: &'a Value, taken: &[&str], evidence: Evidence) -> Types<'a> {
        let reserved: Vec<&str> = RESERVED.iter().chain(taken).copied().collect();
        Types {
            root,
            defs: Vec::new(),
            by_pointer: HashMap::new(),
            queue: VecDeque::new(),
            names: Taken::with(&reserved),
            inlining: Vec::new(),
            visits: 0,
            exhausted: false,
            evidence,
        }
    }

    /// The Rust type of `schema`; `hint` names it if it needs a name.
    pub(crate) fn ty(&mut self, schema: &'a Value, hint: &str, depth: usize) -> Ty {
        self.visits += 1;
        if depth > MAX_DEPTH || self.visits > MAX_VISITS {
            self.exhausted = true;
            return Ty::Value;
        }
        let ty = match form(self.root, schema) {
            Form::Ref(pointer) => self.reference(pointer, depth),
            Form::Follow(branch) => self.ty(branch, hint, depth + 1),
            Form::Plain => self.plain(schema, hint, depth),
            Form::Struct | Form::Enum(_) | Form::Union(_) | Form::Types(_) => {
                let id = self.reserve(hint, docs::of_schema(schema));
                self.define(id, schema, depth);
                Ty::Named(id)
            }
        };
        if nullable(self.root, schema) { ty.optional() } else { ty }
    }

    /// Defines every type that references queued, until none is left.
    pub(crate) fn define_queued(&mut self) {
        while let Some((id, pointer)) = self.queue.pop_front() {
            if let Some(target) = self.root.pointer(&pointer) {
                self.define(id, target, 1);
            }
        }
    }

    fn reference(&mut self, pointer: String, depth: usize) -> Ty {
        let Some(target) = self.root.pointer(&pointer) else { return Ty::Value };
        let named = match self.by_pointer.get(&pointer) {
            Some(id) => Ty::Named(*id),
            None if needs_name(self.root, target) => {
                let id = self.reserve(&pascal(&last_segment(&pointer), "Schema"), docs::of_schema(target));
                self.by_pointer.insert(pointer.clone(), id);
                self.queue.push_back((id, pointer));
                Ty::Named(id)
            }
            None if self.inlining.contains(&pointer) => return Ty::Value,
            None => {
                self.inlining.push(pointer.clone());
                let ty = self.ty(target, &pascal(&last_segment(&pointer), "Schema"), depth + 1);
                self.inlining.pop();
                return ty;
            }
        };
        if nullable(self.root, target) { named.optional() } else { named }
    }

    fn reserve(&mut self, hint: &str, docs: Vec<String>) -> TypeId {
        let name = self.names.claim(hint);
        let kind = Kind::Alias(Ty::Value);
        self.defs.push(TypeDef { name, docs, kind, request: false, response: false, default: false });
        TypeId(self.defs.len() - 1)
    }

    /// Fills in the type reserved as `id` for `schema`.
    fn define(&mut self, id: TypeId, mut schema: &'a Value, depth: usize) {
        for _ in 0..MAX_STEPS {
            match form(self.root, schema) {
                Form::Follow(branch) => schema = resolved(self.root, branch),
                _ => break,
            }
        }
        let name = self.defs[id.0].name.clone();
        let kind = match form(self.root, schema) {
            Form::Struct => Kind::Struct(self.fields(schema, &name, depth)),
            Form::Enum(values) => Kind::Enum(variants(&values)),
            Form::Union(branches) => Kind::Untagged(self.alternatives(&branches, &name, depth)),
            Form::Types(kinds) => Kind::Untagged(self.type_alternatives(schema, &kinds, &name, depth)),
            Form::Ref(_) | Form::Follow(_) | Form::Plain => Kind::Alias(Ty::Value),
        };
        self.defs[id.0].kind = kind;
    }

    fn fields(&mut self, schema: &'a Value, name: &str, depth: usize) -> Vec<Field> {
        let mut taken = Taken::default();
        let mut fields = Vec::new();
        for property in properties(self.root, schema) {
            let rust = taken.claim(&snake(property.name, "field"));
            let hint = format!("{name}{}", pascal(property.name, "Field"));
            let ty = self.ty(property.schema, &hint, depth + 1);
            let required = property.required && !self.evidence.relaxes(property.schema);
            let ty = if required { ty } else { ty.optional() };
            let docs = docs::of_property(property.schema);
            fields.push(Field { rust, wire: property.name.to_owned(), ty, may_be_absent: !required, docs });
        }
        fields
    }

    fn alternatives(&mut self, branches: &[&'a Value], name: &str, depth: usize) -> Vec<Alternative> {
        let mut taken = Taken::default();
        let mut alternatives: Vec<Alternative> = Vec::new();
        for branch in branches {
            let base = alternative_name(self.root, branch);
            let ty = self.ty(branch, &format!("{name}{base}"), depth + 1).required();
            if !alternatives.iter().any(|known| known.ty == ty) {
                alternatives.push(Alternative { rust: taken.claim(&base), ty });
            }
        }
        // Untagged variants are tried in order, and a value matches anything.
        alternatives.sort_by_key(|alternative| alternative.ty == Ty::Value);
        alternatives
    }

    fn type_alternatives(&mut self, schema: &'a Value, kinds: &[&str], name: &str, depth: usize) -> Vec<Alternative> {
        let mut alternatives = Vec::new();
        for kind in kinds {
            let base = pascal(kind, "Other");
            let ty = self.of_type(schema, kind, &format!("{name}{base}"), depth);
            if !alternatives.iter().any(|known: &Alternative| known.ty == ty) {
                alternatives.push(Alternative { rust: base, ty });
            }
        }
        alternatives
    }

    /// A boolean, number, string, array or map, or `Value`.
    fn plain(&mut self, schema: &'a Value, hint: &str, depth: usize) -> Ty {
        if let Some(kind) = types(schema).first() {
            return self.of_type(schema, kind, hint, depth);
        }
        if schema.get("items").is_some() {
            return self.of_type(schema, "array", hint, depth);
        }
        if schema.get("additionalProperties").is_some() {
            return self.of_type(schema, "object", hint, depth);
        }
        match schema.get("const") {
            Some(Value::String(_)) => Ty::Str,
            Some(Value::Bool(_)) => Ty::Bool,
            Some(Value::Number(number)) if number.is_f64() => Ty::Float,
            Some(Value::Number(_)) => Ty::Int(Int::I64),
            _ => Ty::Value,
        }
    }

    fn of_type(&mut self, schema: &'a Value, kind: &str, hint: &str, depth: usize) -> Ty {
        match kind {
            "string" => Ty::Str,
            "integer" => Ty::Int(integer(schema)),
            "number" => Ty::Float,
            "boolean" => Ty::Bool,
            "array" => match schema.get("items") {
                Some(items) if items.is_object() => {
                    Ty::Vec(Box::new(self.ty(items, &format!("{hint}Item"), depth + 1)))
                }
                _ => Ty::Vec(Box::new(Ty::Value)),
            },
            "object" => match schema.get("additionalProperties") {
                Some(values) if values.is_object() && crate::form::says_type(values) => {
                    Ty::Map(Box::new(self.ty(values, &format!("{hint}Value"), depth + 1)))
                }
                _ => Ty::Map(Box::new(Ty::Value)),
            },
            _ => Ty::Value,
        }
    }
}

/// Whether a referenced schema becomes a named type (a struct, an enum,
/// a union) rather than standing for a plain type where it is used.
fn needs_name<'a>(root: &'a Value, mut schema: &'a Value) -> bool {
    for _ in 0..MAX_STEPS {
        match form(root, schema) {
            Form::Struct | Form::Enum(_) | Form::Union(_) | Form::Types(_) => return true,
            Form::Follow(branch) if branch.get("$ref").is_none() => schema = branch,
            Form::Follow(_) | Form::Ref(_) | Form::Plain => return false,
        }
    }
    false
}

/// `i64`, or `i32` for `format: int32`; unsigned when `minimum` is not
/// below zero.
pub(crate) fn integer(schema: &Value) -> Int {
    let format = schema.get("format").and_then(Value::as_str).unwrap_or_default();
    let minimum = schema.get("minimum").and_then(Value::as_f64);
    let unsigned = format.starts_with("uint") || minimum.is_some_and(|min| min >= 0.0);
    match (format.ends_with("32") || format.ends_with("16") || format.ends_with("8"), unsigned) {
        (true, false) => Int::I32,
        (true, true) => Int::U32,
        (false, false) => Int::I64,
        (false, true) => Int::U64,
    }
}

fn variants(values: &[String]) -> Vec<Variant> {
    let mut taken = Taken::default();
    values.iter().map(|value| Variant { rust: taken.claim(&pascal(value, "Empty")), wire: value.clone() }).collect()
}

/// A union's variant: the referenced schema's name, else the JSON type.
fn alternative_name(root: &Value, branch: &Value) -> String {
    if let Some((pointer, _)) = branch.get("$ref").and_then(Value::as_str).and_then(|r| follow(root, r)) {
        return pascal(&last_segment(&pointer), "Other");
    }
    match types(branch).first() {
        Some(kind) => pascal(kind, "Other"),
        None if branch.get("properties").is_some() => "Object".to_owned(),
        None if branch.get("items").is_some() => "Array".to_owned(),
        None => "Other".to_owned(),
    }
}
