// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/nullable_required/openapi.yaml --trait Nullable --base-url https://api.example.com \
//         --out src/cases/nullable_required.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use std::collections::BTreeMap;

use client_runtime::{Result, client};
use serde::{Deserialize, Serialize};

/// Nullable
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/nullable_required/openapi.yaml")]
pub trait Nullable {
    #[get("/users/<id>")]
    async fn users_get(&self, id: i64) -> Result<User>;

    #[put("/users/<id>")]
    async fn users_put(&self, id: i64, #[body] body: &User) -> Result<()>;
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SimpleUser {
    pub login: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct User {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    pub email: Option<String>,
    pub files: Option<BTreeMap<String, String>>,
    pub login: String,
    pub manager: Option<SimpleUser>,
    pub name: Option<String>,
    pub tags: Vec<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<SimpleUser>,
}
