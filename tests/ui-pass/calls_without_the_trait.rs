//! One async declaration gives two clients, and both are called without
//! importing the trait: only the client types are in scope where they are
//! used. Helpers with a default body are the clients' methods too.

mod api {
    use client_runtime::{ByteStream, EventStream, JsonLines, Paginated, Result, client};

    #[client(base_url = "https://api.example.com")]
    pub trait Api {
        /// One user.
        #[get("/users/<name>")]
        async fn user(&self, name: &str) -> Result<String>;

        #[get("/users")]
        #[paginate(link)]
        fn users(&self) -> Paginated<String>;

        #[get("/file")]
        async fn file(&self) -> Result<ByteStream>;

        #[get("/events")]
        async fn events(&self) -> Result<EventStream<String>>;

        #[get("/lines")]
        async fn lines(&self) -> Result<JsonLines<u64>>;

        /// A helper built from the calls.
        async fn shout(&self, name: &str) -> Result<String> {
            Ok(self.user(name).await?.to_uppercase())
        }

        fn describe(&self) -> &'static str {
            "an API"
        }
    }
}

mod caller {
    use std::io::Read as _;

    use client_runtime::Result;

    use crate::api::{ApiBlockingClient, ApiClient};

    pub async fn asynchronous() -> Result<()> {
        let api = ApiClient::new()?;
        let _: String = api.user("octocat").await?;
        let _: Option<String> = api.users().try_next().await?;
        let _: client_runtime::ByteStream = api.file().await?;
        let _: client_runtime::EventStream<String> = api.events().await?;
        let _: client_runtime::JsonLines<u64> = api.lines().await?;
        let _: String = api.shout("octocat").await?;
        let _: &str = api.describe();
        Ok(())
    }

    pub fn blocking() -> Result<()> {
        let api = ApiBlockingClient::builder().bearer_auth("token").build()?;
        let _: String = api.user("octocat")?;
        for user in api.users().max_pages(2) {
            let _: String = user?;
        }
        let mut text = String::new();
        api.file()?.read_to_string(&mut text).ok();
        for event in api.events()? {
            let _: client_runtime::Event<String> = event?;
        }
        let _: Vec<u64> = api.lines()?.collect::<Result<_>>()?;
        Ok(())
    }
}

fn main() {
    let _ = caller::asynchronous();
    let _ = caller::blocking();
}
