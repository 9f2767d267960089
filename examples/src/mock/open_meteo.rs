//! The Open-Meteo mock: `/v1/search` (geocoding) and `/v1/forecast`.

use serde_json::{Map, Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use super::{Incoming, json_response};

pub(super) async fn mount(server: &MockServer) {
    Mock::given(any()).respond_with(OpenMeteo).mount(server).await;
}

struct PlaceSeed {
    id: u64,
    name: &'static str,
    /// Another spelling that finds it (`Zurich` for `Zürich`).
    alias: &'static str,
    latitude: f64,
    longitude: f64,
    elevation: f64,
    country_code: &'static str,
    country: &'static str,
    admin1: &'static str,
    timezone: &'static str,
    utc_offset: i64,
    population: u64,
}

#[rustfmt::skip]
const PLACES: &[PlaceSeed] = &[
    PlaceSeed { id: 2_950_159, name: "Berlin", alias: "berlin", latitude: 52.52437, longitude: 13.41053, elevation: 74.0, country_code: "DE", country: "Germany", admin1: "Land Berlin", timezone: "Europe/Berlin", utc_offset: 7200, population: 3_426_354 },
    PlaceSeed { id: 2_988_507, name: "Paris", alias: "paris", latitude: 48.85341, longitude: 2.3488, elevation: 43.0, country_code: "FR", country: "France", admin1: "Île-de-France", timezone: "Europe/Paris", utc_offset: 7200, population: 2_138_551 },
    PlaceSeed { id: 2_643_743, name: "London", alias: "london", latitude: 51.50853, longitude: -0.12574, elevation: 25.0, country_code: "GB", country: "United Kingdom", admin1: "England", timezone: "Europe/London", utc_offset: 3600, population: 8_961_989 },
    PlaceSeed { id: 1_850_147, name: "Tokyo", alias: "tokyo", latitude: 35.6895, longitude: 139.69171, elevation: 44.0, country_code: "JP", country: "Japan", admin1: "Tokyo", timezone: "Asia/Tokyo", utc_offset: 32400, population: 9_733_276 },
    PlaceSeed { id: 5_128_581, name: "New York", alias: "new york city", latitude: 40.71427, longitude: -74.00597, elevation: 10.0, country_code: "US", country: "United States", admin1: "New York", timezone: "America/New_York", utc_offset: -14400, population: 8_804_190 },
    PlaceSeed { id: 2_657_896, name: "Zürich", alias: "zurich", latitude: 47.36667, longitude: 8.55, elevation: 429.0, country_code: "CH", country: "Switzerland", admin1: "Zurich", timezone: "Europe/Zurich", utc_offset: 7200, population: 341_730 },
    PlaceSeed { id: 3_448_439, name: "São Paulo", alias: "sao paulo", latitude: -23.5475, longitude: -46.63611, elevation: 769.0, country_code: "BR", country: "Brazil", admin1: "São Paulo", timezone: "America/Sao_Paulo", utc_offset: -10800, population: 10_021_295 },
    PlaceSeed { id: 2_147_714, name: "Sydney", alias: "sydney", latitude: -33.86785, longitude: 151.20732, elevation: 58.0, country_code: "AU", country: "Australia", admin1: "New South Wales", timezone: "Australia/Sydney", utc_offset: 36000, population: 4_627_345 },
];

/// The variables `current=` accepts, with their units.
const VARIABLES: &[(&str, &str)] = &[
    ("temperature_2m", "°C"),
    ("relative_humidity_2m", "%"),
    ("apparent_temperature", "°C"),
    ("is_day", ""),
    ("precipitation", "mm"),
    ("rain", "mm"),
    ("weather_code", "wmo code"),
    ("cloud_cover", "%"),
    ("pressure_msl", "hPa"),
    ("wind_speed_10m", "km/h"),
    ("wind_direction_10m", "°"),
    ("wind_gusts_10m", "km/h"),
];

/// The time every mock observation is for.
const OBSERVED: &str = "2025-06-01T12:00";

struct OpenMeteo;

fn error(status: u16, reason: &str) -> ResponseTemplate {
    json_response(status, &json!({"error": true, "reason": reason}))
}

impl Respond for OpenMeteo {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let incoming = Incoming::new(request);
        let response = match (incoming.method(), incoming.raw_path()) {
            ("GET", "/v1/search") => search(&incoming),
            ("GET", "/v1/forecast") => forecast(&incoming),
            _ => error(404, "Not Found"),
        };
        response.insert_header("server", "open-meteo (mock)")
    }
}

fn search(incoming: &Incoming<'_>) -> ResponseTemplate {
    let Some(name) = incoming.query("name") else {
        return error(400, "Parameter 'name' is required");
    };
    let count = incoming.query_number("count").unwrap_or(10).clamp(1, 100);
    let wanted = name.trim().to_lowercase();
    // Open-Meteo answers nothing for one character, and leaves `results`
    // out when nothing matches.
    let matches: Vec<Value> = PLACES
        .iter()
        .filter(|p| {
            wanted.chars().count() >= 2 && (p.name.to_lowercase().starts_with(&wanted) || p.alias.starts_with(&wanted))
        })
        .take(usize::try_from(count).unwrap_or(usize::MAX))
        .map(|p| {
            json!({
                "id": p.id, "name": p.name, "latitude": p.latitude, "longitude": p.longitude,
                "elevation": p.elevation, "feature_code": "PPLC", "country_code": p.country_code,
                "admin1_id": p.id + 1, "timezone": p.timezone, "population": p.population,
                "country_id": p.id + 2, "country": p.country, "admin1": p.admin1
            })
        })
        .collect();
    let mut body = Map::new();
    if !matches.is_empty() {
        body.insert("results".into(), Value::Array(matches));
    }
    body.insert("generationtime_ms".into(), json!(0.8));
    json_response(200, &Value::Object(body))
}

fn forecast(incoming: &Incoming<'_>) -> ResponseTemplate {
    let coordinate = |key: &str| incoming.query(key).and_then(|v| v.parse::<f64>().ok());
    let (Some(latitude), Some(longitude)) = (coordinate("latitude"), coordinate("longitude")) else {
        return error(400, "Parameter 'latitude' and 'longitude' must be given as numbers");
    };
    if !(-90.0..=90.0).contains(&latitude) {
        return error(400, &format!("Latitude must be in range of -90 to 90°. Given: {latitude:?}."));
    }
    if !(-180.0..=180.0).contains(&longitude) {
        return error(400, &format!("Longitude must be in range of -180 to 180°. Given: {longitude:?}."));
    }
    let requested: Vec<String> = incoming
        .query("current")
        .map(|list| list.split(',').map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()).collect())
        .unwrap_or_default();
    if let Some(unknown) = requested.iter().find(|v| !VARIABLES.iter().any(|(name, _)| name == v)) {
        return error(
            400,
            &format!(
                "Data corrupted at path ''. Cannot initialize ForecastVariable from invalid String value {unknown}."
            ),
        );
    }
    let place = PLACES.iter().find(|p| (p.latitude - latitude).abs() < 0.5 && (p.longitude - longitude).abs() < 0.5);
    let (timezone, offset) = match (incoming.query("timezone").as_deref(), place) {
        (Some("auto"), Some(place)) => (place.timezone, place.utc_offset),
        _ => ("GMT", 0),
    };
    let conditions = Conditions::at(latitude, longitude);
    let mut body = json!({
        "latitude": (latitude * 1000.0).round() / 1000.0,
        "longitude": (longitude * 1000.0).round() / 1000.0,
        "generationtime_ms": 0.05,
        "utc_offset_seconds": offset,
        "timezone": timezone,
        "timezone_abbreviation": if offset == 0 { "GMT".to_owned() } else { format!("GMT{:+}", offset / 3600) },
        "elevation": place.map_or(0.0, |p| p.elevation)
    });
    let Some(object) = body.as_object_mut() else { return error(500, "internal error") };
    if !requested.is_empty() {
        let mut units =
            Map::from_iter([("time".to_owned(), json!("iso8601")), ("interval".to_owned(), json!("seconds"))]);
        let mut current = Map::from_iter([("time".to_owned(), json!(OBSERVED)), ("interval".to_owned(), json!(900))]);
        for variable in &requested {
            let unit = VARIABLES.iter().find(|(name, _)| name == variable).map_or("", |(_, unit)| unit);
            units.insert(variable.clone(), json!(unit));
            current.insert(variable.clone(), conditions.value(variable));
        }
        object.insert("current_units".into(), Value::Object(units));
        object.insert("current".into(), Value::Object(current));
    }
    if incoming.query("current_weather").as_deref() == Some("true") {
        object.insert(
            "current_weather_units".into(),
            json!({"time": "iso8601", "interval": "seconds", "temperature": "°C", "windspeed": "km/h", "winddirection": "°", "is_day": "", "weathercode": "wmo code"}),
        );
        object.insert(
            "current_weather".into(),
            json!({
                "time": OBSERVED, "interval": 900, "temperature": conditions.temperature,
                "windspeed": conditions.wind, "winddirection": conditions.direction,
                "is_day": 1, "weathercode": conditions.code
            }),
        );
    }
    json_response(200, &body)
}

/// Made-up but stable conditions for a coordinate.
struct Conditions {
    temperature: f64,
    humidity: u64,
    wind: f64,
    direction: u64,
    code: u64,
}

impl Conditions {
    fn at(latitude: f64, longitude: f64) -> Self {
        let round1 = |x: f64| (x * 10.0).round() / 10.0;
        let seed = (latitude * 7.0 + longitude * 3.0).abs();
        const CODES: [u64; 7] = [0, 1, 2, 3, 61, 80, 45];
        Self {
            temperature: round1(27.0 - latitude.abs() * 0.3 + (longitude / 30.0).sin() * 2.0),
            humidity: 40 + (seed as u64) % 50,
            wind: round1(4.0 + seed % 18.0),
            direction: (seed * 10.0) as u64 % 360,
            code: CODES[(latitude.abs() as usize) % CODES.len()],
        }
    }

    fn value(&self, variable: &str) -> Value {
        match variable {
            "temperature_2m" => json!(self.temperature),
            "apparent_temperature" => json!(self.temperature - 1.5),
            "relative_humidity_2m" => json!(self.humidity),
            "wind_speed_10m" => json!(self.wind),
            "wind_gusts_10m" => json!(self.wind * 1.8),
            "wind_direction_10m" => json!(self.direction),
            "weather_code" => json!(self.code),
            "is_day" => json!(1),
            "cloud_cover" => json!(self.humidity / 2),
            "pressure_msl" => json!(1013.2),
            _ => json!(0.0),
        }
    }
}
