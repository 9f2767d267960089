use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[post("/login")]
    fn login(&self, #[form(urlencoded)] fields: &[(&str, &str)]) -> Result<()>;
}

fn main() {}
