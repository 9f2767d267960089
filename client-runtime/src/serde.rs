//! Small `serde` helpers for response types: what a field needs to take
//! everything an API's description allows.
//!
//! The conformance tests that `#[client(openapi = "...")]` generates name
//! them in their fixes, for example:
//!
//! ```text
//! `update_gist`: the documented example `deleteFile` of the 200 response does not decode into `Gist`:
//! at `files`: invalid type: null, expected a map. Use `Option<..>`, or
//! `#[serde(default, deserialize_with = "client_runtime::serde::null_as_default")]`.
//! ```
//!
//! Each goes with `#[serde(default)]`, so that a missing field is the
//! default too.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::{BuildHasher, Hash};
use std::marker::PhantomData;

use ::serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// Reads `null` as the type's default, for a field the API may send as
/// `null` whose "nothing" reads best as an empty value: a map, a list, a
/// string, a count.
///
/// GitHub answers a gist's `files` as `null` in some answers; an empty map
/// says the same without an `Option` around it:
///
/// ```
/// use std::collections::BTreeMap;
///
/// use serde::Deserialize;
///
/// #[derive(Deserialize)]
/// struct Gist {
///     #[serde(default, deserialize_with = "client_runtime::serde::null_as_default")]
///     files: BTreeMap<String, serde_json::Value>,
/// }
///
/// let gist: Gist = serde_json::from_str(r#"{"files": null}"#)?;
/// assert!(gist.files.is_empty());
/// let gist: Gist = serde_json::from_str("{}")?;
/// assert!(gist.files.is_empty());
/// let gist: Gist = serde_json::from_str(r#"{"files": {"a.txt": {}}}"#)?;
/// assert_eq!(gist.files.len(), 1);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}

/// Reads an empty object `{}` (and `null`) as `None`, for an optional
/// object the API sends as `{}` when there is none.
///
/// GitHub answers a commit's `author` as `{}` when no GitHub account
/// matches the commit's e-mail address (its description: `oneOf` a user
/// or an empty object):
///
/// ```
/// use serde::Deserialize;
///
/// #[derive(Deserialize)]
/// struct User {
///     login: String,
/// }
///
/// #[derive(Deserialize)]
/// struct Commit {
///     #[serde(default, deserialize_with = "client_runtime::serde::empty_as_none")]
///     author: Option<User>,
/// }
///
/// let commit: Commit = serde_json::from_str(r#"{"author": {}}"#)?;
/// assert!(commit.author.is_none());
/// let commit: Commit = serde_json::from_str(r#"{"author": {"login": "octocat"}}"#)?;
/// assert_eq!(commit.author.map(|user| user.login).as_deref(), Some("octocat"));
/// assert!(serde_json::from_str::<Commit>(r#"{"author": {"id": 1}}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn empty_as_none<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    // Read whole first: the object's emptiness is known only at its end.
    match Option::<serde_json::Value>::deserialize(deserializer)? {
        None => Ok(None),
        Some(serde_json::Value::Object(object)) if object.is_empty() => Ok(None),
        Some(value) => T::deserialize(value).map(Some).map_err(de::Error::custom),
    }
}

/// Reads a map leaving out its `null` values (and a `null` map as an
/// empty one), for a map whose values the API may send as `null`.
///
/// GitHub's description allows each file of a gist to be `null`:
///
/// ```
/// use std::collections::BTreeMap;
///
/// use serde::Deserialize;
///
/// #[derive(Deserialize)]
/// struct File {
///     size: u64,
/// }
///
/// #[derive(Deserialize)]
/// struct Gist {
///     #[serde(default, deserialize_with = "client_runtime::serde::skip_null_values")]
///     files: BTreeMap<String, File>,
/// }
///
/// let gist: Gist = serde_json::from_str(r#"{"files": {"a.txt": {"size": 1}, "b.txt": null}}"#)?;
/// assert_eq!(gist.files.keys().collect::<Vec<_>>(), ["a.txt"]);
/// let gist: Gist = serde_json::from_str(r#"{"files": null}"#)?;
/// assert!(gist.files.is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn skip_null_values<'de, D, M>(deserializer: D) -> Result<M, D::Error>
where
    D: Deserializer<'de>,
    M: Map,
    M::Key: Deserialize<'de>,
    M::Value: Deserialize<'de>,
{
    deserializer.deserialize_option(NullsSkipped(PhantomData))
}

/// A map [`skip_null_values`] fills: `BTreeMap` and `HashMap`.
pub trait Map: Default {
    /// The keys.
    type Key;
    /// The values.
    type Value;

    /// Adds an entry.
    fn put(&mut self, key: Self::Key, value: Self::Value);
}

impl<K: Ord, V> Map for BTreeMap<K, V> {
    type Key = K;
    type Value = V;

    fn put(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
}

impl<K: Eq + Hash, V, S: BuildHasher + Default> Map for HashMap<K, V, S> {
    type Key = K;
    type Value = V;

    fn put(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
}

struct NullsSkipped<M>(PhantomData<M>);

impl<'de, M> Visitor<'de> for NullsSkipped<M>
where
    M: Map,
    M::Key: Deserialize<'de>,
    M::Value: Deserialize<'de>,
{
    type Value = M;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map or null")
    }

    fn visit_none<E>(self) -> Result<M, E> {
        Ok(M::default())
    }

    fn visit_unit<E>(self) -> Result<M, E> {
        Ok(M::default())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<M, D::Error> {
        deserializer.deserialize_map(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<M, A::Error> {
        let mut map = M::default();
        while let Some((key, value)) = entries.next_entry::<M::Key, Option<M::Value>>()? {
            if let Some(value) = value {
                map.put(key, value);
            }
        }
        Ok(map)
    }
}
