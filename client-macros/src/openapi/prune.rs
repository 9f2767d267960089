//! Reads a description into a `serde_json::Value`, leaving out what no
//! reader asked for: examples and prose unless [`Keep`] says so, `x-`
//! extensions always. GitHub's 13 MB description keeps about a quarter of
//! its bytes without examples and prose, which is most of the cost of
//! loading it in an unoptimised build.
//!
//! The same visitor serves JSON and YAML, since both are serde formats.
//! Keys that are names chosen by the author (schema names, property
//! names, paths, media types, response codes) are always kept, and so is
//! a parameter's `description`, which the `<rest..>` rule reads. An
//! example's value is kept verbatim: it is data, not vocabulary.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// What a reader keeps beyond what the checks read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Keep {
    /// `example` and `examples` of media types, schemas and parameters,
    /// and `components/examples`: the payloads of the conformance tests.
    pub(crate) examples: bool,
    /// `summary`, `description` and `externalDocs`: doc comments.
    pub(crate) prose: bool,
}

impl Keep {
    /// What the checks read, and nothing more.
    pub(crate) const CHECKS: Keep = Keep { examples: false, prose: false };

    fn keeps(self, key: &str) -> bool {
        match key {
            "example" | "examples" => self.examples,
            "description" | "summary" | "externalDocs" => self.prose,
            _ => !key.starts_with("x-"),
        }
    }
}

/// Keys whose value is a map from names the author chose to objects.
const NAME_MAPS: [&str; 14] = [
    "paths",
    "properties",
    "patternProperties",
    "schemas",
    "requestBodies",
    "responses",
    "headers",
    "content",
    "securitySchemes",
    "callbacks",
    "links",
    "mapping",
    "$defs",
    "definitions",
];

/// The reader of one value: what the value is, and what to keep.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Node {
    kind: Kind,
    keep: Keep,
}

/// What the value being read is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An object of the OpenAPI or JSON Schema vocabulary.
    Object,
    /// A map whose keys are names: every key is kept.
    Names,
    /// The value of a `parameters` key: a list (in an operation) or a
    /// map (in `components`) of parameter objects.
    Parameters,
    /// A parameter object: its `description` is kept.
    Parameter,
    /// The value of an `examples` key: a map of Example objects (media
    /// types, parameters, `components`) or a list of values (a 3.1 schema).
    Examples,
    /// An Example object: its `value` is verbatim.
    Example,
    /// Data, such as an example's value: every key is kept.
    Verbatim,
}

impl Node {
    /// The reader of a whole document.
    pub(crate) fn document(keep: Keep) -> Node {
        Node { kind: Kind::Object, keep }
    }

    fn with(self, kind: Kind) -> Node {
        Node { kind, ..self }
    }

    fn child(self, key: &str) -> Node {
        self.with(match self.kind {
            Kind::Verbatim => Kind::Verbatim,
            Kind::Names => Kind::Object,
            Kind::Parameters => Kind::Parameter,
            Kind::Examples => Kind::Example,
            Kind::Example if key == "value" => Kind::Verbatim,
            _ if key == "example" => Kind::Verbatim,
            _ if key == "examples" => Kind::Examples,
            _ if key == "parameters" => Kind::Parameters,
            _ if NAME_MAPS.contains(&key) => Kind::Names,
            _ => Kind::Object,
        })
    }

    /// The reader of a list's elements.
    fn element(self) -> Node {
        self.with(match self.kind {
            Kind::Parameters => Kind::Parameter,
            Kind::Examples | Kind::Verbatim => Kind::Verbatim,
            _ => Kind::Object,
        })
    }

    fn keeps(self, key: &str) -> bool {
        match self.kind {
            Kind::Names | Kind::Parameters | Kind::Examples | Kind::Verbatim => true,
            Kind::Parameter if key == "description" => true,
            Kind::Object | Kind::Parameter | Kind::Example => self.keep.keeps(key),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Node {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON or YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let element = self.element();
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(element)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if self.keeps(&key) {
                let value = map.next_value_seed(self.child(&key))?;
                object.insert(key.into_owned(), value);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Value::Object(object))
    }
}

/// A map key as text, borrowed from the input when it can be (most keys
/// are dropped, so they need no allocation). YAML writes response codes
/// as numbers (`200:`).
struct Key<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }

    fn visit_bool<E>(self, v: bool) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_string())))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_string())))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_string())))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_string())))
    }

    fn visit_unit<E>(self) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed("null")))
    }
}
