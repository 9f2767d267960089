use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/notes")]
    fn create(&self, #[body(xml)] note: String) -> Result<()>;
}

fn main() {}
