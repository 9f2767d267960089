//! A streaming chat completion from any OpenAI-compatible API, printed
//! token by token as the server-sent events arrive.
//!
//! ```text
//! cargo run --example chat -- --mock "Write a haiku about streams"   # offline
//! OPENAI_API_KEY=sk-... cargo run --example chat -- --model gpt-4o-mini "Hello"
//! cargo run --example chat -- --base-url http://localhost:11434 --model llama3 "Hello"  # e.g. Ollama
//! ```

use std::io::Write as _;
use std::process::ExitCode;

use client_runtime::{ErrorKind, Result};
use examples::chat::{self, ApiError, ChatClient, ChatRequest, Message};
use examples::cli::{self, Args};
use futures::StreamExt as _;

const USAGE: &str = "\
usage: chat [OPTIONS] PROMPT

options:
  --base-url URL   the API root (default: $OPENAI_BASE_URL, else https://api.openai.com)
  --model NAME     the model (default: gpt-4o-mini)
  --mock           answer from the embedded mock server (no network)

The API key comes from $OPENAI_API_KEY.";

#[tokio::main]
async fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1), &["--base-url", "--model"], &["--mock"]) {
        Ok(args) => args,
        Err(problem) => return cli::usage_error(USAGE, &problem),
    };
    if args.has("--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let [prompt] = args.positionals() else { return cli::usage_error(USAGE, "expected one prompt") };
    let mock = if args.has("--mock") { Some(examples::mock::chat::start().await) } else { None };
    let base_url = match &mock {
        Some(mock) => mock.uri(),
        None => args
            .value("--base-url")
            .map(str::to_owned)
            .or_else(|| cli::env_var("OPENAI_BASE_URL"))
            .unwrap_or_else(|| chat::DEFAULT_BASE_URL.to_owned()),
    };
    let key = if mock.is_some() { Some("sk-mock".to_owned()) } else { cli::env_var("OPENAI_API_KEY") };
    let mut builder = ChatClient::builder().base_url(&base_url);
    if let Some(key) = key {
        builder = builder.bearer_auth(key);
    }
    let client = match builder.build() {
        Ok(client) => client,
        Err(err) => return cli::report_error(&err, &base_url),
    };
    let model =
        args.value("--model").unwrap_or(if mock.is_some() { examples::mock::chat::MOCK_MODEL } else { "gpt-4o-mini" });
    let request = ChatRequest::streaming(model, vec![Message::system("Be brief."), Message::user(prompt)]);
    match stream(&client, &request).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == ErrorKind::Status => {
            match err.decode_body::<ApiError>() {
                Some(api) => eprintln!("error: the API refused: {} ({})", api.error.message, api.error.kind),
                None => return cli::report_error(&err, &base_url),
            }
            ExitCode::FAILURE
        }
        Err(err) => cli::report_error(&err, &base_url),
    }
}

async fn stream(client: &ChatClient, request: &ChatRequest) -> Result<()> {
    let mut events = client.chat(request).await?;
    let mut stdout = std::io::stdout();
    while let Some(event) = events.next().await {
        let chunk = event?.into_data();
        print!("{}", chunk.text());
        let _ = stdout.flush();
    }
    println!();
    Ok(())
}
