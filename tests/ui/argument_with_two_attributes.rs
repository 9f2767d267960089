use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    fn users(
        &self,
        #[query]
        #[header("X-Page")]
        page: u32,
    ) -> Result<String>;
}

fn main() {}
