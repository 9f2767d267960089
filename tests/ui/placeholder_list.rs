//! A list cannot fill a placeholder: the error, at its type, says what to
//! use instead.

use std::collections::BTreeSet;

use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/labels/<names>")]
    fn labels(&self, names: Vec<String>) -> Result<String>;

    #[get("/items/<ids>")]
    fn items(&self, ids: &[u64]) -> Result<String>;

    #[get("/tags/<tags>")]
    fn tags(&self, tags: &BTreeSet<String>) -> Result<String>;

    #[get("/pair/<pair>")]
    fn pair(&self, pair: [u8; 2]) -> Result<String>;
}

fn main() {}
