//! The JSONPlaceholder mock: `/posts`, 100 posts by 10 users; writes are
//! echoed back and nothing is stored, as on the real service.

use serde_json::{Map, Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use super::{Incoming, json_response};

pub(super) async fn mount(server: &MockServer) {
    Mock::given(any()).respond_with(JsonPlaceholder).mount(server).await;
}

const POSTS: u64 = 100;

/// The first posts as the real service has them.
const FIRST: [(&str, &str); 3] = [
    (
        "sunt aut facere repellat provident occaecati excepturi optio reprehenderit",
        "quia et suscipit\nsuscipit recusandae consequuntur expedita et cum\nreprehenderit molestiae ut ut quas totam\nnostrum rerum est autem sunt rem eveniet architecto",
    ),
    (
        "qui est esse",
        "est rerum tempore vitae\nsequi sint nihil reprehenderit dolor beatae ea dolores neque\nfugiat blanditiis voluptate porro vel nihil molestiae ut reiciendis\nqui aperiam non debitis possimus qui neque nisi nulla",
    ),
    (
        "ea molestias quasi exercitationem repellat qui ipsa sit aut",
        "et iusto sed quo iure\nvoluptatem occaecati omnis eligendi aut ad\nvoluptatem doloribus vel accusantium quis pariatur\nmolestiae porro eius odio et labore et velit aut",
    ),
];

const WORDS: [&str; 16] = [
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "qui",
    "est",
    "esse",
    "nesciunt",
    "quas",
    "odio",
    "magnam",
    "eum",
    "et",
    "aut",
    "voluptatem",
];

fn post(id: u64) -> Value {
    let index = usize::try_from(id).unwrap_or(0);
    let (title, body) = match FIRST.get(index.wrapping_sub(1)) {
        Some((title, body)) => ((*title).to_owned(), (*body).to_owned()),
        None => {
            let word = |k: usize| WORDS[(index * 7 + k * 3) % WORDS.len()];
            let title = (0..5).map(word).collect::<Vec<_>>().join(" ");
            let body =
                (0..3).map(|line| (0..8).map(|k| word(line * 8 + k)).collect::<Vec<_>>().join(" ")).collect::<Vec<_>>();
            (title, body.join("\n"))
        }
    };
    json!({"userId": (id - 1) / 10 + 1, "id": id, "title": title, "body": body})
}

struct JsonPlaceholder;

impl Respond for JsonPlaceholder {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let incoming = Incoming::new(request);
        let segments = incoming.segments();
        let id = segments.get(1).and_then(|s| s.parse::<u64>().ok());
        let exists = id.is_some_and(|id| (1..=POSTS).contains(&id));
        let response = match (incoming.method(), segments.as_slice(), id) {
            ("GET", ["posts"], _) => {
                let user = incoming.query_number("userId");
                let posts: Vec<Value> =
                    (1..=POSTS).map(post).filter(|p| user.is_none_or(|u| p["userId"] == u)).collect();
                json_response(200, &json!(posts))
            }
            ("GET", ["posts", _], Some(id)) if exists => json_response(200, &post(id)),
            ("POST", ["posts"], _) => {
                let mut created = body_object(&incoming);
                created.insert("id".into(), json!(POSTS + 1));
                json_response(201, &Value::Object(created)).insert_header(
                    "location",
                    format!("http://jsonplaceholder.typicode.com/posts/{}", POSTS + 1).as_str(),
                )
            }
            ("PUT", ["posts", _], Some(id)) if exists => {
                let mut replaced = body_object(&incoming);
                replaced.insert("id".into(), json!(id));
                json_response(200, &Value::Object(replaced))
            }
            ("PUT", ["posts", _], _) => ResponseTemplate::new(500).set_body_raw(
                "TypeError: Cannot read properties of undefined (reading 'id')",
                "text/html; charset=utf-8",
            ),
            ("PATCH", ["posts", _], Some(id)) if exists => {
                let mut patched = match post(id) {
                    Value::Object(map) => map,
                    _ => Map::new(),
                };
                patched.extend(body_object(&incoming));
                patched.insert("id".into(), json!(id));
                json_response(200, &Value::Object(patched))
            }
            ("DELETE", ["posts", _], _) => json_response(200, &json!({})),
            _ => json_response(404, &json!({})),
        };
        response.insert_header("x-powered-by", "Express").insert_header("server", "jsonplaceholder (mock)")
    }
}

/// The JSON object sent, when it was sent as JSON; JSONPlaceholder
/// ignores a body of any other type.
fn body_object(incoming: &Incoming<'_>) -> Map<String, Value> {
    let is_json = incoming.header("content-type").is_some_and(|ct| ct.starts_with("application/json"));
    match incoming.json_body() {
        Some(Value::Object(map)) if is_json => map,
        _ => Map::new(),
    }
}
