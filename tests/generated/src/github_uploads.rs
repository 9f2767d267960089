// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../examples/openapi/api.github.com.json --trait GitHubUploads --base-url https://uploads.github.com \
//         --path 'POST /repos/{owner}/{repo}/releases/{release_id}/assets' \
//         --out src/github_uploads.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use client_runtime::{Body, Result, client};
use serde::Deserialize;

/// GitHub's official OpenAPI spec + Octokit extension
///
/// OpenAPI specs from https://github.com/github/rest-api-description with the 'x-octokit' extension required by the Octokit SDKs
#[client(base_url = "https://uploads.github.com", openapi = "../../examples/openapi/api.github.com.json")]
pub trait GitHubUploads {
    /// Upload a release asset
    ///
    /// This endpoint makes use of a [Hypermedia relation](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#hypermedia) to determine which URL to access. The endpoint you call to upload release assets is specific to your release. Use the `upload_url` returned in
    /// the response of the [Create a release endpoint](https://docs.github.com/rest/releases/releases#create-a-release) to upload a release asset.
    ///
    /// You need to use an HTTP client which supports [SNI](http://en.wikipedia.org/wiki/Server_Name_Indication) to make calls to this endpoint.
    ///
    /// Most libraries will set the required `Content-Length` header automatically. Use the required `Content-Type` header to provide the media type of the asset. For a list of media types, see [Media Types](https://www.iana.org/assignments/media-types/media-types.xhtml). For example:
    ///
    /// `application/zip`
    ///
    /// GitHub expects the asset data in its raw binary form, rather than JSON. You will send the raw binary content of the asset as the request body. Everything else about the endpoint is the same as the rest of the API. For example,
    /// you'll still need to pass your authentication to be able to upload an asset.
    ///
    /// When an upstream failure occurs, you will receive a `502 Bad Gateway` status. This may leave an empty asset with a state of `starter`. It can be safely deleted.
    ///
    /// **Notes:**
    /// *   GitHub renames asset filenames that have special characters, non-alphanumeric characters, and leading or trailing periods. The "[List release assets](https://docs.github.com/rest/releases/assets#list-release-assets)"
    ///   endpoint lists the renamed filenames. For more information and help, contact [GitHub Support](https://support.github.com/contact?tags=dotcom-rest-api).
    /// *   To find the `release_id` query the [`GET /repos/{owner}/{repo}/releases/latest` endpoint](https://docs.github.com/rest/releases/releases#get-the-latest-release).
    /// *   If you upload an asset with the same filename as another uploaded asset, you'll receive an error and must delete the old file before you can re-upload the new asset.
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/assets#upload-a-release-asset)
    #[post("/repos/<owner>/<repo>/releases/<release_id>/assets")]
    async fn repos_upload_release_asset(
        &self,
        owner: &str,
        repo: &str,
        release_id: i64,
        #[query] name: &str,
        #[query] label: Option<&str>,
        #[body(raw)] body: Body,
    ) -> Result<ReleaseAsset>;
}

/// A GitHub user.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableSimpleUser {
    pub avatar_url: String,
    pub email: Option<String>,
    pub events_url: String,
    pub followers_url: String,
    pub following_url: String,
    pub gists_url: String,
    pub gravatar_id: Option<String>,
    pub html_url: String,
    pub id: i64,
    pub login: String,
    pub name: Option<String>,
    pub node_id: String,
    pub organizations_url: String,
    pub received_events_url: String,
    pub repos_url: String,
    pub site_admin: bool,
    pub starred_at: Option<String>,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub r#type: String,
    pub url: String,
    pub user_view_type: Option<String>,
}

/// Data related to a release.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReleaseAsset {
    pub browser_download_url: String,
    pub content_type: String,
    pub created_at: String,
    pub digest: Option<String>,
    pub download_count: i64,
    pub id: i64,
    pub label: Option<String>,
    /// The file name of the asset.
    pub name: String,
    pub node_id: String,
    pub size: i64,
    /// State of the release asset.
    pub state: ReleaseAssetState,
    pub updated_at: String,
    pub uploader: Option<NullableSimpleUser>,
    pub url: String,
}

/// State of the release asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReleaseAssetState {
    Uploaded,
    Open,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}
