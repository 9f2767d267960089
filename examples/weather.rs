//! The current weather in a city, from Open-Meteo (no key needed).
//!
//! ```text
//! cargo run --example weather -- Berlin
//! cargo run --example weather -- New York --timeout 5
//! cargo run --example weather -- --mock Zurich          # offline
//! cargo run --example weather -- --base-url http://127.0.0.1:1/v1 Berlin   # a connect error
//! ```
//!
//! Every failure gets its own message: an unknown city, a timeout, a
//! server that cannot be reached, a 404, any other HTTP error.

use std::process::ExitCode;
use std::time::Duration;

use examples::cli::{self, Args};
use examples::weather::{self, Weather, WeatherError};

const USAGE: &str = "\
usage: weather [OPTIONS] CITY

options:
  --base-url URL        the API root for both services (e.g. a mock's http://127.0.0.1:PORT/v1)
  --geocoding-url URL   the geocoding API root (default https://geocoding-api.open-meteo.com/v1)
  --forecast-url URL    the forecast API root (default https://api.open-meteo.com/v1)
  --timeout SECS        per-request timeout (default 10)
  --mock                answer from the embedded mock servers (no network)";

#[tokio::main]
async fn main() -> ExitCode {
    let args = match Args::parse(
        std::env::args().skip(1),
        &["--base-url", "--geocoding-url", "--forecast-url", "--timeout"],
        &["--mock"],
    ) {
        Ok(args) => args,
        Err(problem) => return cli::usage_error(USAGE, &problem),
    };
    if args.has("--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let city = args.positionals().join(" ");
    if city.trim().is_empty() {
        return cli::usage_error(USAGE, "which city?");
    }
    let timeout = match args.value("--timeout").map(str::parse::<f64>) {
        None => Duration::from_secs(10),
        Some(Ok(secs)) if secs > 0.0 && secs.is_finite() => Duration::from_secs_f64(secs),
        Some(_) => return cli::usage_error(USAGE, "--timeout takes a positive number of seconds"),
    };

    // Two hosts: with --mock, two mock servers that live until main returns.
    let mocks = if args.has("--mock") {
        Some((examples::mock::start_open_meteo().await, examples::mock::start_open_meteo().await))
    } else {
        None
    };
    let (geocoding_url, forecast_url) = match &mocks {
        Some((geocoding, forecast)) => (geocoding.base_url(), forecast.base_url()),
        None => {
            let both = args.value("--base-url");
            (
                args.value("--geocoding-url").or(both).unwrap_or(weather::GEOCODING_URL).to_owned(),
                args.value("--forecast-url").or(both).unwrap_or(weather::FORECAST_URL).to_owned(),
            )
        }
    };

    let client = match Weather::connect(&geocoding_url, &forecast_url, timeout) {
        Ok(client) => client,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    };
    match client.fetch_weather(&city).await {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            // A distinct exit code per kind of failure, for scripts.
            ExitCode::from(match err {
                WeatherError::UnknownCity(_) => 3,
                WeatherError::Timeout(..) => 4,
                WeatherError::Connect(..) => 5,
                WeatherError::NotFound(..) | WeatherError::Http { .. } => 6,
                WeatherError::RateLimited(..) => 7,
                WeatherError::Other(..) => 1,
            })
        }
    }
}
