//! Current weather for a city from Open-Meteo (<https://open-meteo.com>),
//! which needs no key: the geocoding API finds the city, then the forecast
//! API, on another host, reports the current conditions there.
//!
//! [`Weather::fetch_weather`] turns every failure into a [`WeatherError`]
//! with its own readable message, chosen by `err.kind()`: a timeout, a
//! connection that could not be made, a 404, another HTTP error, a city
//! that does not exist.
//!
//! ```no_run
//! use std::time::Duration;
//! use examples::weather::{self, Weather};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let weather = Weather::connect(weather::GEOCODING_URL, weather::FORECAST_URL, Duration::from_secs(10))?;
//! match weather.fetch_weather("Berlin").await {
//!     Ok(report) => println!("{report}"),
//!     Err(err) => eprintln!("{err}"),
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::time::Duration;

use client_runtime::{Error, ErrorKind, Result, RetryPolicy, StatusCode, client};
use serde::Deserialize;

/// Open-Meteo's geocoding API root.
pub const GEOCODING_URL: &str = "https://geocoding-api.open-meteo.com/v1";

/// Open-Meteo's forecast API root.
pub const FORECAST_URL: &str = "https://api.open-meteo.com/v1";

/// The variables asked for in `current=` (sent comma-joined).
pub const CURRENT_VARIABLES: &[&str] = &["temperature_2m", "relative_humidity_2m", "wind_speed_10m", "weather_code"];

/// The geocoding API: place names to coordinates.
#[client(base_url = "https://geocoding-api.open-meteo.com/v1")]
pub trait Geocoding {
    /// `GET /v1/search?name=...&count=...`: the best matches for a name.
    #[get("/search")]
    async fn search(
        &self,
        #[query] name: &str,
        #[query] count: Option<u32>,
        #[query] language: Option<&str>,
    ) -> Result<GeocodingResults>;
}

/// The forecast API.
#[client(base_url = "https://api.open-meteo.com/v1")]
pub trait Forecast {
    /// `GET /v1/forecast?latitude=..&longitude=..&current=..`: current
    /// conditions (`current` is a comma-separated list of variables).
    #[get("/forecast")]
    async fn forecast(
        &self,
        #[query] latitude: f64,
        #[query] longitude: f64,
        #[query(join = ",")] current: &[&str],
        #[query] timezone: Option<&str>,
    ) -> Result<ForecastResponse>;
}

/// What `/v1/search` answers. With no match, Open-Meteo leaves `results`
/// out entirely.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GeocodingResults {
    /// The matches, best first.
    #[serde(default)]
    pub results: Vec<Place>,
    /// Server time spent.
    #[serde(default)]
    pub generationtime_ms: Option<f64>,
}

/// A place found by name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Place {
    /// The GeoNames id.
    pub id: u64,
    /// The name, `Berlin`.
    pub name: String,
    /// Latitude in degrees.
    pub latitude: f64,
    /// Longitude in degrees.
    pub longitude: f64,
    /// Elevation in metres.
    #[serde(default)]
    pub elevation: Option<f64>,
    /// `DE`.
    #[serde(default)]
    pub country_code: Option<String>,
    /// `Germany`.
    #[serde(default)]
    pub country: Option<String>,
    /// The first-level region, `Land Berlin`.
    #[serde(default)]
    pub admin1: Option<String>,
    /// `Europe/Berlin`.
    #[serde(default)]
    pub timezone: Option<String>,
    /// Population.
    #[serde(default)]
    pub population: Option<u64>,
}

/// What `/v1/forecast` answers for `current=...`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ForecastResponse {
    /// The grid cell's latitude.
    pub latitude: f64,
    /// The grid cell's longitude.
    pub longitude: f64,
    /// The time zone of `time` values.
    #[serde(default)]
    pub timezone: Option<String>,
    /// The grid cell's elevation.
    #[serde(default)]
    pub elevation: Option<f64>,
    /// The units of each current variable.
    #[serde(default)]
    pub current_units: Option<CurrentUnits>,
    /// The current conditions.
    pub current: Current,
}

/// Units of [`Current`], as Open-Meteo names them (`°C`, `km/h`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CurrentUnits {
    /// Of `temperature_2m`.
    #[serde(default)]
    pub temperature_2m: Option<String>,
    /// Of `relative_humidity_2m`.
    #[serde(default)]
    pub relative_humidity_2m: Option<String>,
    /// Of `wind_speed_10m`.
    #[serde(default)]
    pub wind_speed_10m: Option<String>,
}

/// Current conditions. Each variable is present when it was asked for.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Current {
    /// Local time of the observation, `2024-06-01T12:00`.
    pub time: String,
    /// Air temperature 2 m above ground.
    #[serde(default)]
    pub temperature_2m: Option<f64>,
    /// Relative humidity 2 m above ground, %.
    #[serde(default)]
    pub relative_humidity_2m: Option<f64>,
    /// Wind speed 10 m above ground.
    #[serde(default)]
    pub wind_speed_10m: Option<f64>,
    /// WMO weather code.
    #[serde(default)]
    pub weather_code: Option<u32>,
}

/// The error document Open-Meteo sends with a 400:
/// `{"error": true, "reason": "..."}`.
#[derive(Debug, Clone, Deserialize)]
pub struct OpenMeteoError {
    /// Always `true`.
    #[serde(default)]
    pub error: bool,
    /// What was wrong with the request.
    pub reason: String,
}

/// Both Open-Meteo clients, and the city-to-weather lookup.
#[derive(Debug, Clone)]
pub struct Weather {
    geocoding: GeocodingClient,
    forecast: ForecastClient,
}

/// The weather in a place, as [`Weather::fetch_weather`] reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The place the name resolved to.
    pub place: Place,
    /// The current conditions there.
    pub current: Current,
    /// Their units.
    pub units: Option<CurrentUnits>,
}

impl Weather {
    /// Wraps two configured clients.
    pub fn new(geocoding: GeocodingClient, forecast: ForecastClient) -> Self {
        Self { geocoding, forecast }
    }

    /// Clients for these two API roots, with this per-request timeout, a
    /// 3 s connect timeout and one retry.
    pub fn connect(geocoding_url: &str, forecast_url: &str, timeout: Duration) -> Result<Self> {
        let retry = RetryPolicy::default().max_attempts(2).initial_backoff(Duration::from_millis(100));
        let user_agent = concat!("client-runtime-examples/", env!("CARGO_PKG_VERSION"), " (weather)");
        let geocoding = GeocodingClient::builder()
            .base_url(geocoding_url)
            .user_agent(user_agent)
            .timeout(timeout)
            .connect_timeout(Duration::from_secs(3))
            .retry(retry.clone())
            .build()?;
        let forecast = ForecastClient::builder()
            .base_url(forecast_url)
            .user_agent(user_agent)
            .timeout(timeout)
            .connect_timeout(Duration::from_secs(3))
            .retry(retry)
            .build()?;
        Ok(Self::new(geocoding, forecast))
    }

    /// The geocoding client.
    pub fn geocoding(&self) -> &GeocodingClient {
        &self.geocoding
    }

    /// The forecast client.
    pub fn forecast(&self) -> &ForecastClient {
        &self.forecast
    }

    /// Finds `city`, then asks for the current weather there.
    pub async fn fetch_weather(&self, city: &str) -> Result<Report, WeatherError> {
        let city = city.trim();
        if city.is_empty() {
            return Err(WeatherError::UnknownCity(String::new()));
        }
        let found = self
            .geocoding
            .search(city, Some(1), Some("en"))
            .await
            .map_err(|err| WeatherError::from_call(Service::Geocoding, err))?;
        let Some(place) = found.results.into_iter().next() else {
            return Err(WeatherError::UnknownCity(city.to_owned()));
        };
        let forecast = self
            .forecast
            .forecast(place.latitude, place.longitude, CURRENT_VARIABLES, Some("auto"))
            .await
            .map_err(|err| WeatherError::from_call(Service::Forecast, err))?;
        Ok(Report { place, current: forecast.current, units: forecast.current_units })
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = &self.place;
        write!(f, "{}", place.name)?;
        if let Some(region) = place.admin1.as_deref().filter(|r| *r != place.name) {
            write!(f, ", {region}")?;
        }
        if let Some(country) = &place.country {
            write!(f, ", {country}")?;
        }
        let (ns, lat) = if place.latitude >= 0.0 { ('N', place.latitude) } else { ('S', -place.latitude) };
        let (ew, lon) = if place.longitude >= 0.0 { ('E', place.longitude) } else { ('W', -place.longitude) };
        writeln!(f, " ({lat:.2}°{ns}, {lon:.2}°{ew})")?;
        let unit = |pick: fn(&CurrentUnits) -> Option<&String>, fallback: &'static str| -> String {
            self.units.as_ref().and_then(pick).cloned().unwrap_or_else(|| fallback.to_owned())
        };
        let current = &self.current;
        write!(f, "  {}", current.time)?;
        if let Some(code) = current.weather_code {
            write!(f, ": {}", describe_weather_code(code))?;
        }
        if let Some(t) = current.temperature_2m {
            write!(f, ", {t:.1} {}", unit(|u| u.temperature_2m.as_ref(), "°C"))?;
        }
        if let Some(h) = current.relative_humidity_2m {
            write!(f, ", humidity {h:.0}{}", unit(|u| u.relative_humidity_2m.as_ref(), "%"))?;
        }
        if let Some(w) = current.wind_speed_10m {
            write!(f, ", wind {w:.1} {}", unit(|u| u.wind_speed_10m.as_ref(), "km/h"))?;
        }
        Ok(())
    }
}

/// The WMO weather interpretation codes Open-Meteo uses, in words.
pub fn describe_weather_code(code: u32) -> &'static str {
    match code {
        0 => "clear sky",
        1 => "mainly clear",
        2 => "partly cloudy",
        3 => "overcast",
        45 | 48 => "fog",
        51 | 53 | 55 => "drizzle",
        56 | 57 => "freezing drizzle",
        61 | 63 | 65 => "rain",
        66 | 67 => "freezing rain",
        71 | 73 | 75 | 77 => "snow",
        80..=82 => "rain showers",
        85 | 86 => "snow showers",
        95 => "thunderstorm",
        96 | 99 => "thunderstorm with hail",
        _ => "unknown conditions",
    }
}

/// Which of the two Open-Meteo services a failure came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    /// `geocoding-api.open-meteo.com`.
    Geocoding,
    /// `api.open-meteo.com`.
    Forecast,
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Geocoding => "geocoding",
            Self::Forecast => "forecast",
        })
    }
}

/// Why [`Weather::fetch_weather`] failed, one variant per kind of failure,
/// each with its own message.
#[derive(Debug)]
pub enum WeatherError {
    /// The geocoding service knows no place by that name.
    UnknownCity(String),
    /// A request timed out.
    Timeout(Service, Error),
    /// The service could not be reached at all.
    Connect(Service, Error),
    /// The service answered 404: usually a wrong base URL.
    NotFound(Service, Error),
    /// The service rate-limited us.
    RateLimited(Service, Error),
    /// Another HTTP error, with Open-Meteo's `reason` when it sent one.
    Http {
        /// Which service.
        service: Service,
        /// The status.
        status: StatusCode,
        /// Open-Meteo's explanation.
        reason: Option<String>,
        /// The underlying error.
        error: Error,
    },
    /// Anything else (an unexpected body, ...).
    Other(Service, Error),
}

impl WeatherError {
    /// Classifies a failed call by `err.kind()` and status.
    pub fn from_call(service: Service, error: Error) -> Self {
        match error.kind() {
            ErrorKind::Timeout => Self::Timeout(service, error),
            ErrorKind::Connect => Self::Connect(service, error),
            ErrorKind::RateLimited => Self::RateLimited(service, error),
            ErrorKind::Status if error.status() == Some(StatusCode::NOT_FOUND) => Self::NotFound(service, error),
            ErrorKind::Status => {
                let reason = error.decode_body::<OpenMeteoError>().map(|e| e.reason);
                let status = error.status().unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                Self::Http { service, status, reason, error }
            }
            _ => Self::Other(service, error),
        }
    }

    /// The underlying client error, if there is one.
    pub fn client_error(&self) -> Option<&Error> {
        match self {
            Self::UnknownCity(_) => None,
            Self::Timeout(_, e)
            | Self::Connect(_, e)
            | Self::NotFound(_, e)
            | Self::RateLimited(_, e)
            | Self::Other(_, e)
            | Self::Http { error: e, .. } => Some(e),
        }
    }
}

impl fmt::Display for WeatherError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownCity(city) if city.is_empty() => f.write_str("no city given"),
            Self::UnknownCity(city) => write!(f, "no place called {city:?} was found"),
            Self::Timeout(service, err) => {
                write!(f, "the {service} service did not answer in time; try again later ({err})")
            }
            Self::Connect(service, err) => {
                // The innermost cause says what the system reported, e.g.
                // "Connection refused" or "failed to lookup address".
                let mut root: Option<&dyn std::error::Error> = None;
                let mut source = std::error::Error::source(err);
                while let Some(cause) = source {
                    root = Some(cause);
                    source = cause.source();
                }
                write!(f, "could not connect to the {service} service: check the network and the URL ({err}")?;
                match root {
                    Some(cause) => write!(f, ": {cause})"),
                    None => f.write_str(")"),
                }
            }
            Self::NotFound(service, err) => {
                write!(f, "the {service} service has no such endpoint (HTTP 404): is the base URL right? ({err})")
            }
            Self::RateLimited(service, err) => match err.retry_after() {
                Some(wait) => {
                    write!(f, "the {service} service is rate limiting us; try again in {} s", wait.as_secs_f64().ceil())
                }
                None => write!(f, "the {service} service is rate limiting us; try again later"),
            },
            Self::Http { service, status, reason: Some(reason), .. } => {
                write!(f, "the {service} service refused the request (HTTP {status}): {reason}")
            }
            Self::Http { service, error, .. } => write!(f, "the {service} service failed: {error}"),
            Self::Other(service, err) => write!(f, "the {service} service: {err}"),
        }
    }
}

impl std::error::Error for WeatherError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.client_error().map(|e| e as _)
    }
}
