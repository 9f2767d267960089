use client_runtime::{Result, client};

#[client]
pub trait Api {
    #[get("/users")]
    #[cache(off)]
    fn users(&self) -> Result<String>;

    #[get("/teams")]
    #[cache]
    fn teams(&self) -> Result<String>;

    #[get("/orgs")]
    #[cache(none)]
    #[cache(none)]
    fn orgs(&self) -> Result<String>;
}

fn main() {}
