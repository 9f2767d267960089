//! A Kubernetes-style watch as JSON Lines: `GET /api/v1/namespaces/{ns}/pods`
//! with `watch=true` streams one `{"type": ..., "object": <Pod>}` per line
//! as pods change.
//!
//! ```no_run
//! use examples::kube::{Kube, KubeClient};
//! use futures::TryStreamExt as _;
//!
//! # async fn run() -> client_runtime::Result<()> {
//! let kube = KubeClient::builder().base_url("https://127.0.0.1:6443").bearer_auth("token").build()?;
//! let mut changes = kube.watch_pods("default", true).await?;
//! while let Some(change) = changes.try_next().await? {
//!     println!("{} {} is {}", change.kind, change.object.metadata.name, change.object.status.phase);
//! }
//! # Ok(()) }
//! ```

use client_runtime::{JsonLines, Result, client};
use serde::Deserialize;

/// Pods and their changes.
#[client(base_url = "https://kubernetes.default.svc")]
pub trait Kube {
    /// `GET /api/v1/namespaces/{ns}/pods?watch=true`: one line per change.
    #[get("/api/v1/namespaces/<ns>/pods")]
    async fn watch_pods(&self, ns: &str, #[query] watch: bool) -> Result<JsonLines<WatchEvent>>;
}

/// One change: `ADDED`, `MODIFIED`, `DELETED`, `BOOKMARK` or `ERROR`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WatchEvent {
    /// The kind of change.
    #[serde(rename = "type")]
    pub kind: String,
    /// The pod after the change.
    pub object: Pod,
}

/// A pod, as far as the example reads it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Pod {
    /// Its name and version.
    pub metadata: ObjectMeta,
    /// Its phase.
    pub status: PodStatus,
}

/// An object's name, namespace and version.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectMeta {
    /// The name.
    pub name: String,
    /// The namespace.
    pub namespace: String,
    /// The version to resume a watch from.
    pub resource_version: String,
}

/// A pod's phase: `Pending`, `Running`, `Succeeded`, `Failed`...
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PodStatus {
    /// The phase.
    pub phase: String,
}
