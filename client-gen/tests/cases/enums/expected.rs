// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/enums/openapi.yaml --trait Enums --base-url https://api.example.com \
//         --out src/cases/enums.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};
use serde::{Deserialize, Serialize};

/// Enums
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/enums/openapi.yaml")]
pub trait Enums {
    #[get("/runs")]
    async fn runs_list(&self) -> Result<Vec<Run>>;

    #[post("/runs")]
    async fn runs_create(&self, #[body] body: &RunsCreateBody) -> Result<()>;
}

/// A color.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Color {
    Red,
    Green,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Run {
    pub code: RunCode,
    pub color: Option<Color>,
    pub conclusion: Option<RunConclusion>,
    pub kind: RunKind,
    pub level: i64,
    pub status: RunStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
pub enum RunCode {
    #[serde(rename = "0")]
    V0,
    #[serde(rename = "")]
    Empty,
    #[serde(rename = "other")]
    Other,
    #[serde(rename = "Other")]
    Other2,
    /// A value the description does not list.
    #[serde(other)]
    Other3,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunConclusion {
    Success,
    Failure,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
pub enum RunKind {
    Build,
    #[serde(rename = "deploy-preview")]
    DeployPreview,
    #[serde(rename = "TEST_SUITE")]
    TestSuite,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    Queued,
    InProgress,
    Completed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunsCreateBody {
    pub priority: RunsCreateBodyPriority,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunsCreateBodyPriority {
    Low,
    High,
}
