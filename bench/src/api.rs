//! The API both generated crates implement: the same endpoints and the
//! same serde types, written once as a `#[client]` trait and once by hand
//! on reqwest.

use std::fmt::Write as _;

/// How many distinct serde types the endpoints share.
pub(crate) const TYPES: usize = 20;

/// The shapes of endpoint in the mix, in the order they repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `GET /rN/items/<id>` → `T`.
    Get,
    /// `GET /rN/owners/<owner>/items?page&per_page` → `Vec<T>`.
    List,
    /// `GET /rN/items/<id>` → `Option<T>` (404 is `None`).
    Find,
    /// `GET /rN/items/<id>` with a per-call header → `Response<T>`.
    WithMeta,
    /// `POST /rN/items` with a JSON body → `T`.
    Create,
    /// `PATCH /rN/items/<id>` with a JSON body → `T`.
    Update,
    /// `DELETE /rN/items/<id>` → `()`.
    Delete,
    /// `GET /rN/repos/<owner>/<repo>/issues?state` → `Vec<T>`.
    Search,
}

const MIX: [Shape; 10] = [
    Shape::Get,
    Shape::List,
    Shape::Get,
    Shape::Find,
    Shape::WithMeta,
    Shape::Create,
    Shape::Update,
    Shape::Delete,
    Shape::Search,
    Shape::Get,
];

/// One endpoint: its number (for names and paths), shape and body type.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Endpoint {
    pub(crate) n: usize,
    pub(crate) shape: Shape,
    pub(crate) ty: usize,
}

/// `count` endpoints in the realistic mix.
pub(crate) fn endpoints(count: usize) -> Vec<Endpoint> {
    (0..count).map(|n| Endpoint { n, shape: MIX[n % MIX.len()], ty: n % TYPES }).collect()
}

/// The serde types, identical in both crates.
pub(crate) fn types_rs() -> String {
    let mut out = String::from("use serde::{Deserialize, Serialize};\n\n");
    out.push_str(
        "#[derive(Debug, Clone, Serialize, Deserialize)]\npub struct Owner {\n    pub id: u64,\n    pub login: String,\n    pub site_admin: bool,\n}\n\n",
    );
    for t in 0..TYPES {
        let _ = write!(
            out,
            "#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct T{t} {{
    pub id: u64,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub owner: Owner,
    pub created_at: String,
    #[serde(default)]
    pub score: f64,
    pub field_{t}: i64,
}}

"
        );
    }
    out
}

impl Endpoint {
    pub(crate) fn ty(&self) -> String {
        format!("T{}", self.ty)
    }
}
