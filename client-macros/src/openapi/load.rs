//! Reading a description file, once per compilation.
//!
//! One rustc process expands every `#[client]` trait of a crate, and a
//! language server keeps one process for hours, so parsed descriptions
//! are kept in a process-wide cache keyed by canonical path and by what
//! the reader keeps ([`Keep`]), and read again when the file's
//! modification time or length changes.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use serde::de::DeserializeSeed;
use serde_json::Value;

use super::index::Description;
use super::prune::{Keep, Node};

/// A description that could not be read or parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LoadError {
    /// The file, as the attribute named it.
    pub(crate) file: String,
    /// Why, in one sentence.
    pub(crate) reason: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot use the OpenAPI description `{}`: {}", self.file, self.reason)
    }
}

/// What a cached entry was read from.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

type Loaded = Result<Arc<Description>, LoadError>;

type Cache = Mutex<HashMap<(PathBuf, Keep), (Stamp, Loaded)>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Mutex::default)
}

/// Loads the description at `file`, relative to `manifest_dir` (the
/// crate's `CARGO_MANIFEST_DIR`), with what the checks read, from the
/// cache when it is unchanged.
pub(crate) fn load(manifest_dir: &Path, file: &str) -> Loaded {
    load_keeping(manifest_dir, file, Keep::CHECKS)
}

/// [`load()`], keeping examples or prose as well.
pub(crate) fn load_keeping(manifest_dir: &Path, file: &str, keep: Keep) -> Loaded {
    let fail = |reason: String| LoadError { file: file.to_owned(), reason };
    let joined = manifest_dir.join(file);
    // The path as the attribute wrote it says where to look; the absolute
    // one would name a build directory the reader may not know.
    let canonical = joined.canonicalize().map_err(|err| {
        fail(format!("{} (the path is relative to the directory of the crate's Cargo.toml)", io_reason(&err)))
    })?;
    let metadata =
        std::fs::metadata(&canonical).map_err(|err| fail(format!("cannot read {}: {err}", canonical.display())))?;
    let stamp = Stamp { modified: metadata.modified().ok(), len: metadata.len() };
    // A panic elsewhere while the lock was held leaves the map usable.
    let mut cache = cache().lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let key = (canonical, keep);
    if let Some((cached, loaded)) = cache.get(&key) {
        if *cached == stamp {
            return loaded.clone();
        }
    }
    let loaded = read(&key.0, keep).map(Arc::new).map_err(fail);
    cache.insert(key, (stamp, loaded.clone()));
    loaded
}

/// Reads and indexes one file, without the cache.
pub(crate) fn read(path: &Path, keep: Keep) -> Result<Description, String> {
    let bytes = std::fs::read(path).map_err(|err| format!("cannot read {}: {}", path.display(), io_reason(&err)))?;
    let text = std::str::from_utf8(&bytes).map_err(|err| format!("it is not UTF-8 text ({err})"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = parse(path, text, keep)?;
    Description::new(path.to_owned(), root)
}

/// Parses JSON or YAML: by extension, else by the first character.
pub(crate) fn parse(path: &Path, text: &str, keep: Keep) -> Result<Value, String> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    let json = match extension.as_str() {
        "json" => true,
        "yaml" | "yml" => false,
        _ => text.trim_start().starts_with('{'),
    };
    if json {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let value =
            Node::document(keep).deserialize(&mut deserializer).map_err(|err| format!("invalid JSON: {err}"))?;
        deserializer.end().map_err(|err| format!("invalid JSON: {err}"))?;
        Ok(value)
    } else {
        Node::document(keep)
            .deserialize(serde_norway::Deserializer::from_str(text))
            .map_err(|err| format!("invalid YAML: {err}"))
    }
}

/// The OS error without its code ("No such file or directory").
fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.split_once(" (os error") {
        Some((reason, _)) => reason.to_owned(),
        None => text,
    }
}
