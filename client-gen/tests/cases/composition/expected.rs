// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../client-gen/tests/cases/composition/openapi.yaml --trait Composition --base-url https://api.example.com \
//         --out src/cases/composition.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Result, client};
use serde::{Deserialize, Serialize};

/// Composition
#[client(base_url = "https://api.example.com", openapi = "../../client-gen/tests/cases/composition/openapi.yaml")]
pub trait Composition {
    #[get("/pets/<id>")]
    async fn pets_get(&self, id: i64) -> Result<Pet>;

    #[patch("/pets/<id>")]
    async fn pets_update(&self, id: i64, #[body] body: &PetsUpdateBody) -> Result<Pet>;
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Big {
    pub a: Option<String>,
    pub b: Option<String>,
    pub c: Option<String>,
    pub d: Option<String>,
    pub e: Option<String>,
    pub f: Option<String>,
    pub g: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Cat {
    pub lives: Option<i64>,
    pub pet_type: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Company {
    pub legal_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Dog {
    pub bark: Option<bool>,
    pub pet_type: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Person {
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Pet {
    pub id: i64,
    pub kind: Option<PetKind>,
    pub label: Option<PetLabel>,
    pub name: String,
    pub owner: Option<PetOwner>,
    pub size: Option<PetSize>,
    pub weight: Option<PetWeight>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum PetKind {
    Cat(Cat),
    Dog(Dog),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum PetLabel {
    String(String),
    Big(Box<Big>),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum PetOwner {
    Person(Person),
    Company(Company),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PetSize {
    Small,
    Large,
    Huge,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum PetWeight {
    Number(f64),
    String(String),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PetsUpdateBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
