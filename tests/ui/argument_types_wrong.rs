//! An argument whose type cannot be sent is one error at that type, though
//! the async trait's two clients both send it.

use client_runtime::{Result, client};

pub struct Filter {
    pub state: String,
}

pub struct Trace(u32);

#[client]
pub trait Api {
    #[get("/issues")]
    async fn issues(&self, #[query] filter: Filter) -> Result<String>;

    #[post("/issues")]
    async fn create(&self, #[body] issue: &Filter) -> Result<String>;

    #[get("/ping")]
    async fn ping(&self, #[header("X-Trace")] trace: Trace) -> Result<()>;
}

fn main() {}
