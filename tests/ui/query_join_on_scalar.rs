use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/issues")]
    fn issues(&self, #[query(join = ",")] labels: &str, #[query(join = ",")] ids: Vec<u64>) -> Result<String>;
}

fn main() {}
