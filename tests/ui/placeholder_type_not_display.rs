//! A placeholder's value must be `Display`: the error is at its type.

use client_runtime::{Result, client};

pub struct Id {
    pub value: u64,
}

#[client]
pub trait Api {
    #[get("/users/<id>")]
    fn user(&self, id: Id) -> Result<String>;
}

fn main() {}
