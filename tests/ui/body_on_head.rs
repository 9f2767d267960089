use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[head("/notes")]
    fn check(&self, #[form] fields: &[(&str, &str)]) -> Result<()>;
}

fn main() {}
