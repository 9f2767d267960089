//! Reads a description into a `serde_json::Value`, leaving out what no
//! check reads: examples, prose, `x-` extensions. GitHub's 13 MB
//! description keeps about a quarter of its bytes, which is most of the
//! cost of loading it in an unoptimised build.
//!
//! The same visitor serves JSON and YAML, since both are serde formats.
//! Keys that are names chosen by the author (schema names, property
//! names, paths, media types, response codes) are always kept, and so is
//! a parameter's `description`, which the `<rest..>` rule reads.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Keys dropped from description objects.
const DROPPED: [&str; 5] = ["example", "examples", "description", "summary", "externalDocs"];

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

/// What the value being read is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Node {
    /// An object of the OpenAPI or JSON Schema vocabulary.
    Object,
    /// A map whose keys are names: every key is kept.
    Names,
    /// The value of a `parameters` key: a list (in an operation) or a
    /// map (in `components`) of parameter objects.
    Parameters,
    /// A parameter object: its `description` is kept.
    Parameter,
}

impl Node {
    fn child(self, key: &str) -> Node {
        match self {
            Node::Names => Node::Object,
            Node::Parameters => Node::Parameter,
            Node::Object | Node::Parameter if key == "parameters" => Node::Parameters,
            Node::Object | Node::Parameter if NAME_MAPS.contains(&key) => Node::Names,
            Node::Object | Node::Parameter => Node::Object,
        }
    }

    fn keeps(self, key: &str) -> bool {
        match self {
            Node::Names | Node::Parameters => true,
            Node::Parameter if key == "description" => true,
            Node::Object | Node::Parameter => !key.starts_with("x-") && !DROPPED.contains(&key),
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
        let element = match self {
            Node::Parameters => Node::Parameter,
            _ => Node::Object,
        };
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
