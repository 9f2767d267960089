// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/cycles/openapi.yaml --trait Cycles --base-url https://api.example.com \
//         --out src/cases/cycles.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};
use serde::Deserialize;

/// Cycles
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/cycles/openapi.yaml")]
pub trait Cycles {
    #[get("/loop")]
    async fn loop_get(&self) -> Result<A>;

    #[get("/tree")]
    async fn tree_get(&self) -> Result<Node>;
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct A {
    pub b: Option<Box<B>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct B {
    pub a: Option<Box<A>>,
    #[serde(rename = "self")]
    pub self_: Option<Box<B>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Leaf {
    pub back: Option<Box<Node>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Node {
    pub children: Option<Vec<Node>>,
    pub first: Option<Box<Leaf>>,
    pub looping: Option<serde_json::Value>,
    pub name: String,
    pub nested: Option<Vec<serde_json::Value>>,
    pub parent: Option<Box<Node>>,
}
