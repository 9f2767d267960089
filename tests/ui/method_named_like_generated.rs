//! A method named like the generated client's own functions would be
//! shadowed by them.

use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/session")]
    fn session(&self) -> Result<String>;

    #[post("/builders")]
    fn builder(&self) -> Result<String>;

    #[post("/things")]
    fn new(&self) -> Result<String>;

    #[get("/sessions/<id>")]
    fn from_session(&self, id: u64) -> Result<String>;
}

fn main() {}
