// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../examples/openapi/api.github.com.json --trait GitHub --base-url https://api.github.com \
//         --operation users/get-authenticated \
//         --operation users/get-by-username \
//         --operation users/list-followers-for-user \
//         --operation users/list-following-for-user \
//         --operation repos/list-for-user \
//         --operation repos/list-for-authenticated-user \
//         --operation repos/get \
//         --operation repos/create-for-authenticated-user \
//         --operation repos/update \
//         --operation repos/list-languages \
//         --operation repos/get-all-topics \
//         --operation repos/list-contributors \
//         --operation repos/get-content \
//         --operation repos/create-or-update-file-contents \
//         --operation repos/delete-file \
//         --operation repos/get-readme \
//         --operation repos/list-branches \
//         --operation repos/get-branch \
//         --operation repos/list-tags \
//         --operation repos/list-commits \
//         --operation repos/get-commit \
//         --operation repos/compare-commits-with-basehead \
//         --operation issues/list-for-repo \
//         --operation issues/get \
//         --operation issues/create \
//         --operation issues/update \
//         --operation issues/list-comments \
//         --operation issues/create-comment \
//         --operation issues/update-comment \
//         --operation issues/delete-comment \
//         --operation issues/list-labels-for-repo \
//         --operation issues/create-label \
//         --operation issues/add-labels \
//         --operation issues/remove-label \
//         --operation issues/list-milestones \
//         --operation issues/create-milestone \
//         --operation pulls/list \
//         --operation pulls/get \
//         --operation pulls/create \
//         --operation pulls/update \
//         --operation pulls/list-files \
//         --operation pulls/list-commits \
//         --operation pulls/list-reviews \
//         --operation pulls/create-review \
//         --operation pulls/request-reviewers \
//         --operation pulls/check-if-merged \
//         --operation pulls/merge \
//         --operation repos/list-releases \
//         --operation repos/get-latest-release \
//         --operation repos/get-release-by-tag \
//         --operation repos/create-release \
//         --operation repos/update-release \
//         --operation repos/delete-release \
//         --operation repos/list-release-assets \
//         --operation repos/get-release-asset \
//         --operation repos/delete-release-asset \
//         --operation gists/list \
//         --operation gists/list-for-user \
//         --operation gists/get \
//         --operation gists/create \
//         --operation gists/update \
//         --operation gists/delete \
//         --operation activity/list-repos-starred-by-authenticated-user \
//         --operation activity/check-repo-is-starred-by-authenticated-user \
//         --operation activity/star-repo-for-authenticated-user \
//         --operation activity/unstar-repo-for-authenticated-user \
//         --operation search/repos \
//         --operation search/issues-and-pull-requests \
//         --operation search/code \
//         --operation search/users \
//         --operation rate-limit/get \
//         --operation actions/list-repo-workflows \
//         --operation actions/list-workflow-runs-for-repo \
//         --operation actions/list-workflow-runs \
//         --operation actions/get-workflow-run \
//         --operation actions/create-workflow-dispatch \
//         --operation actions/re-run-workflow \
//         --operation actions/cancel-workflow-run \
//         --operation actions/list-jobs-for-workflow-run \
//         --operation actions/list-workflow-run-artifacts \
//         --operation actions/download-artifact \
//         --out src/github.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use std::collections::BTreeMap;

use client_runtime::{Paginated, Result, client};
use serde::{Deserialize, Serialize};

/// GitHub's official OpenAPI spec + Octokit extension
///
/// OpenAPI specs from https://github.com/github/rest-api-description with the 'x-octokit' extension required by the Octokit SDKs
#[client(base_url = "https://api.github.com", openapi = "../../examples/openapi/api.github.com.json")]
pub trait GitHub {
    /// List gists for the authenticated user
    ///
    /// Lists the authenticated user's gists or if called anonymously, this endpoint returns all public gists:
    ///
    /// [API method documentation](https://docs.github.com/rest/gists/gists#list-gists-for-the-authenticated-user)
    #[get("/gists")]
    #[paginate(link)]
    fn gists_list(&self, #[query] since: Option<&str>, #[query] per_page: Option<i64>) -> Paginated<BaseGist>;

    /// Create a gist
    ///
    /// Allows you to add a new gist with one or more files.
    ///
    /// > [!NOTE]
    /// > Don't name your files "gistfile" with a numerical suffix. This is the format of the automatic naming scheme that Gist uses internally.
    ///
    /// [API method documentation](https://docs.github.com/rest/gists/gists#create-a-gist)
    #[post("/gists")]
    async fn gists_create(&self, #[body] body: &GistsCreateBody) -> Result<GistSimple>;

    /// Get a gist
    ///
    /// Gets a specified gist.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown. This is the default if you do not pass any specific media type.
    ///
    /// [API method documentation](https://docs.github.com/rest/gists/gists#get-a-gist)
    #[get("/gists/<gist_id>")]
    async fn gists_get(&self, gist_id: &str) -> Result<GistSimple>;

    /// Delete a gist
    ///
    /// [API method documentation](https://docs.github.com/rest/gists/gists#delete-a-gist)
    #[delete("/gists/<gist_id>")]
    async fn gists_delete(&self, gist_id: &str) -> Result<()>;

    /// Update a gist
    ///
    /// Allows you to update a gist's description and to update, delete, or rename gist files. Files from the previous version of the gist that aren't explicitly changed during an edit are unchanged.
    ///
    /// [API method documentation](https://docs.github.com/rest/reference/gists/#update-a-gist)
    #[patch("/gists/<gist_id>")]
    async fn gists_update(&self, gist_id: &str, #[body] body: &GistsUpdateBody) -> Result<GistSimple>;

    /// Get rate limit status for the authenticated user
    ///
    /// > [!NOTE]
    /// > Accessing this endpoint does not count against your REST API rate limit.
    ///
    /// Some categories of endpoints have custom rate limits that are separate from the rate limit governing the other REST API endpoints. For this reason, the API response categorizes your rate limit. Under `resources`, you'll see objects relating to different categories:
    /// * The `core` object provides your rate limit status for all non-search-related resources in the REST API.
    /// * The `search` object provides your rate limit status for the REST API for searching (excluding code searches). For more information, see "[Search](https://docs.github.com/rest/search/search)."
    /// * The `code_search` object provides your rate limit status for the REST API for searching code. For more information, see "[Search code](https://docs.github.com/rest/search/search#search-code)."
    /// * The `graphql` object provides your rate limit status for the GraphQL API. For more information, see "[Resource limitations](https://docs.github.com/graphql/overview/resource-limitations#rate-limit)."
    /// * The `integration_manifest` object provides your rate limit status for the `POST /app-manifests/{code}/conversions` operation. For more information, see "[Creating a GitHub App from a manifest](https://docs.github.com/apps/creating-github-apps/setting-up-a-github-app/creating-a-github-app-from-a-manifest#3-you-exchange-the-temporary-code-to-retrieve-the-app-configuration)."
    /// * The `dependency_snapshots` object provides your rate limit status for submitting snapshots to the dependency graph. For more information, see "[Dependency graph](https://docs.github.com/rest/dependency-graph)."
    /// * The `dependency_sbom` object provides your rate limit status for requesting SBOMs from the dependency graph. For more information, see "[Dependency graph](https://docs.github.com/rest/dependency-graph)."
    /// * The `actions_runner_registration` object provides your rate limit status for registering self-hosted runners in GitHub Actions. For more information, see "[Self-hosted runners](https://docs.github.com/rest/actions/self-hosted-runners)."
    /// * The `source_import` object is no longer in use for any API endpoints, and it will be removed in the next API version. For more information about API versions, see "[API Versions](https://docs.github.com/rest/about-the-rest-api/api-versions)."
    ///
    /// > [!NOTE]
    /// > The `rate` object is closing down. If you're writing new API client code or updating existing code, you should use the `core` object instead of the `rate` object. The `core` object contains the same information that is present in the `rate` object.
    ///
    /// [API method documentation](https://docs.github.com/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user)
    #[get("/rate_limit")]
    async fn rate_limit_get(&self) -> Result<RateLimitOverview>;

    /// Get a repository
    ///
    /// The `parent` and `source` objects are present when the repository is a fork. `parent` is the repository this repository was forked from, `source` is the ultimate source for the network.
    ///
    /// > [!NOTE]
    /// > - In order to see the `security_and_analysis` block for a repository you must have admin permissions for the repository or be an owner or security manager for the organization that owns the repository. For more information, see "[Managing security managers in your organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
    /// > - To view merge-related settings, you must have the `contents:read` and `contents:write` permissions.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#get-a-repository)
    #[get("/repos/<owner>/<repo>")]
    async fn repos_get(&self, owner: &str, repo: &str) -> Result<FullRepository>;

    /// Update a repository
    ///
    /// **Note**: To edit a repository's topics, use the [Replace all repository topics](https://docs.github.com/rest/repos/repos#replace-all-repository-topics) endpoint.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#update-a-repository)
    #[patch("/repos/<owner>/<repo>")]
    async fn repos_update(&self, owner: &str, repo: &str, #[body] body: &ReposUpdateBody) -> Result<FullRepository>;

    /// Download an artifact
    ///
    /// Gets a redirect URL to download an archive for a repository. This URL expires after 1 minute. Look for `Location:` in
    /// the response header to find the URL for the download. The `:archive_format` must be `zip`.
    ///
    /// OAuth tokens and personal access tokens (classic) need the `repo` scope to use this endpoint.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/artifacts#download-an-artifact)
    #[get("/repos/<owner>/<repo>/actions/artifacts/<artifact_id>/<archive_format>")]
    async fn actions_download_artifact(
        &self,
        owner: &str,
        repo: &str,
        artifact_id: i64,
        archive_format: &str,
    ) -> Result<()>;

    /// List workflow runs for a repository
    ///
    /// Lists all workflow runs for a repository. You can use parameters to narrow the list of results. For more information about using parameters, see [Parameters](https://docs.github.com/rest/guides/getting-started-with-the-rest-api#parameters).
    ///
    /// Anyone with read access to the repository can use this endpoint.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint with a private repository.
    ///
    /// This endpoint will return up to 1,000 results for each search when using the following parameters: `actor`, `branch`, `check_suite_id`, `created`, `event`, `head_sha`, `status`.
    ///
    /// - `status`: `completed`, `action_required`, `cancelled`, `failure`, `neutral`, `skipped`, `stale`, `success`, `timed_out`, `in_progress`, `queued`, `requested`, `waiting` or `pending`.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository)
    #[get("/repos/<owner>/<repo>/actions/runs")]
    #[paginate(link, items = "/workflow_runs")]
    #[allow(clippy::too_many_arguments)]
    fn actions_list_workflow_runs_for_repo(
        &self,
        owner: &str,
        repo: &str,
        #[query] actor: Option<&str>,
        #[query] branch: Option<&str>,
        #[query] event: Option<&str>,
        #[query] status: Option<&str>,
        #[query] per_page: Option<i64>,
        #[query] created: Option<&str>,
        #[query] exclude_pull_requests: Option<bool>,
        #[query] check_suite_id: Option<i64>,
        #[query] head_sha: Option<&str>,
    ) -> Paginated<WorkflowRun>;

    /// Get a workflow run
    ///
    /// Gets a specific workflow run.
    ///
    /// Anyone with read access to the repository can use this endpoint.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint with a private repository.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run)
    #[get("/repos/<owner>/<repo>/actions/runs/<run_id>")]
    async fn actions_get_workflow_run(
        &self,
        owner: &str,
        repo: &str,
        run_id: i64,
        #[query] exclude_pull_requests: Option<bool>,
    ) -> Result<WorkflowRun>;

    /// List workflow run artifacts
    ///
    /// Lists artifacts for a workflow run.
    ///
    /// Anyone with read access to the repository can use this endpoint.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint with a private repository.
    ///
    /// - `direction`: `asc` or `desc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts)
    #[get("/repos/<owner>/<repo>/actions/runs/<run_id>/artifacts")]
    #[paginate(link, items = "/artifacts")]
    fn actions_list_workflow_run_artifacts(
        &self,
        owner: &str,
        repo: &str,
        run_id: i64,
        #[query] per_page: Option<i64>,
        #[query] name: Option<&str>,
        #[query] direction: Option<&str>,
    ) -> Paginated<Artifact>;

    /// Cancel a workflow run
    ///
    /// Cancels a workflow run using its `id`.
    ///
    /// OAuth tokens and personal access tokens (classic) need the `repo` scope to use this endpoint.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/workflow-runs#cancel-a-workflow-run)
    #[post("/repos/<owner>/<repo>/actions/runs/<run_id>/cancel")]
    async fn actions_cancel_workflow_run(&self, owner: &str, repo: &str, run_id: i64) -> Result<()>;

    /// List jobs for a workflow run
    ///
    /// Lists jobs for a workflow run. You can use parameters to narrow the list of results. For more information
    /// about using parameters, see [Parameters](https://docs.github.com/rest/guides/getting-started-with-the-rest-api#parameters).
    ///
    /// Anyone with read access to the repository can use this endpoint.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint with a private repository.
    ///
    /// - `filter`: `latest` or `all`.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run)
    #[get("/repos/<owner>/<repo>/actions/runs/<run_id>/jobs")]
    #[paginate(link, items = "/jobs")]
    fn actions_list_jobs_for_workflow_run(
        &self,
        owner: &str,
        repo: &str,
        run_id: i64,
        #[query] filter: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<Job>;

    /// Re-run a workflow
    ///
    /// Re-runs your workflow run using its `id`.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/workflow-runs#re-run-a-workflow)
    #[post("/repos/<owner>/<repo>/actions/runs/<run_id>/rerun")]
    async fn actions_re_run_workflow(
        &self,
        owner: &str,
        repo: &str,
        run_id: i64,
        #[body] body: &ActionsReRunWorkflowBody,
    ) -> Result<()>;

    /// List repository workflows
    ///
    /// Lists the workflows in a repository.
    ///
    /// Anyone with read access to the repository can use this endpoint.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint with a private repository.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/workflows#list-repository-workflows)
    #[get("/repos/<owner>/<repo>/actions/workflows")]
    #[paginate(link, items = "/workflows")]
    fn actions_list_repo_workflows(
        &self,
        owner: &str,
        repo: &str,
        #[query] per_page: Option<i64>,
    ) -> Paginated<Workflow>;

    /// Create a workflow dispatch event
    ///
    /// You can use this endpoint to manually trigger a GitHub Actions workflow run. You can replace `workflow_id` with the workflow file name. For example, you could use `main.yaml`.
    ///
    /// You must configure your GitHub Actions workflow to run when the [`workflow_dispatch` webhook](/developers/webhooks-and-events/webhook-events-and-payloads#workflow_dispatch) event occurs. The `inputs` are configured in the workflow file. For more information about how to configure the `workflow_dispatch` event in the workflow file, see "[Events that trigger workflows](/actions/reference/events-that-trigger-workflows#workflow_dispatch)."
    ///
    /// OAuth tokens and personal access tokens (classic) need the `repo` scope to use this endpoint.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event)
    #[post("/repos/<owner>/<repo>/actions/workflows/<workflow_id>/dispatches")]
    async fn actions_create_workflow_dispatch(
        &self,
        owner: &str,
        repo: &str,
        workflow_id: &str,
        #[body] body: &ActionsCreateWorkflowDispatchBody,
    ) -> Result<WorkflowDispatchResponse>;

    /// List workflow runs for a workflow
    ///
    /// List all workflow runs for a workflow. You can replace `workflow_id` with the workflow file name. For example, you could use `main.yaml`. You can use parameters to narrow the list of results. For more information about using parameters, see [Parameters](https://docs.github.com/rest/guides/getting-started-with-the-rest-api#parameters).
    ///
    /// Anyone with read access to the repository can use this endpoint
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint with a private repository.
    ///
    /// This endpoint will return up to 1,000 results for each search when using the following parameters: `actor`, `branch`, `check_suite_id`, `created`, `event`, `head_sha`, `status`.
    ///
    /// - `status`: `completed`, `action_required`, `cancelled`, `failure`, `neutral`, `skipped`, `stale`, `success`, `timed_out`, `in_progress`, `queued`, `requested`, `waiting` or `pending`.
    ///
    /// [API method documentation](https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow)
    #[get("/repos/<owner>/<repo>/actions/workflows/<workflow_id>/runs")]
    #[paginate(link, items = "/workflow_runs")]
    #[allow(clippy::too_many_arguments)]
    fn actions_list_workflow_runs(
        &self,
        owner: &str,
        repo: &str,
        workflow_id: &str,
        #[query] actor: Option<&str>,
        #[query] branch: Option<&str>,
        #[query] event: Option<&str>,
        #[query] status: Option<&str>,
        #[query] per_page: Option<i64>,
        #[query] created: Option<&str>,
        #[query] exclude_pull_requests: Option<bool>,
        #[query] check_suite_id: Option<i64>,
        #[query] head_sha: Option<&str>,
    ) -> Paginated<WorkflowRun>;

    /// List branches
    ///
    /// [API method documentation](https://docs.github.com/rest/branches/branches#list-branches)
    #[get("/repos/<owner>/<repo>/branches")]
    #[paginate(link)]
    fn repos_list_branches(
        &self,
        owner: &str,
        repo: &str,
        #[query] protected: Option<bool>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<ShortBranch>;

    /// Get a branch
    ///
    /// [API method documentation](https://docs.github.com/rest/branches/branches#get-a-branch)
    #[get("/repos/<owner>/<repo>/branches/<branch>")]
    async fn repos_get_branch(&self, owner: &str, repo: &str, branch: &str) -> Result<BranchWithProtection>;

    /// List commits
    ///
    /// **Signature verification object**
    ///
    /// The response will include a `verification` object that describes the result of verifying the commit's signature. The following fields are included in the `verification` object:
    ///
    /// | Name | Type | Description |
    /// | ---- | ---- | ----------- |
    /// | `verified` | `boolean` | Indicates whether GitHub considers the signature in this commit to be verified. |
    /// | `reason` | `string` | The reason for verified value. Possible values and their meanings are enumerated in table below. |
    /// | `signature` | `string` | The signature that was extracted from the commit. |
    /// | `payload` | `string` | The value that was signed. |
    /// | `verified_at` | `string` | The date the signature was verified by GitHub. |
    ///
    /// These are the possible values for `reason` in the `verification` object:
    ///
    /// | Value | Description |
    /// | ----- | ----------- |
    /// | `expired_key` | The key that made the signature is expired. |
    /// | `not_signing_key` | The "signing" flag is not among the usage flags in the GPG key that made the signature. |
    /// | `gpgverify_error` | There was an error communicating with the signature verification service. |
    /// | `gpgverify_unavailable` | The signature verification service is currently unavailable. |
    /// | `unsigned` | The object does not include a signature. |
    /// | `unknown_signature_type` | A non-PGP signature was found in the commit. |
    /// | `no_user` | No user was associated with the `committer` email address in the commit. |
    /// | `unverified_email` | The `committer` email address in the commit was associated with a user, but the email address is not verified on their account. |
    /// | `bad_email` | The `committer` email address in the commit is not included in the identities of the PGP key that made the signature. |
    /// | `unknown_key` | The key that made the signature has not been registered with any user's account. |
    /// | `malformed_signature` | There was an error parsing the signature. |
    /// | `invalid` | The signature could not be cryptographically verified using the key whose key-id was found in the signature. |
    /// | `valid` | None of the above errors applied, so the signature is considered to be verified. |
    ///
    /// [API method documentation](https://docs.github.com/rest/commits/commits#list-commits)
    #[get("/repos/<owner>/<repo>/commits")]
    #[paginate(link)]
    #[allow(clippy::too_many_arguments)]
    fn repos_list_commits(
        &self,
        owner: &str,
        repo: &str,
        #[query] sha: Option<&str>,
        #[query] path: Option<&str>,
        #[query] author: Option<&str>,
        #[query] committer: Option<&str>,
        #[query] since: Option<&str>,
        #[query] until: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<Commit>;

    /// Get a commit
    ///
    /// Returns the contents of a single commit reference. You must have `read` access for the repository to use this endpoint.
    ///
    /// > [!NOTE]
    /// > If there are more than 300 files in the commit diff and the default JSON media type is requested, the response will include pagination link headers for the remaining files, up to a limit of 3000 files. Each page contains the static commit information, and the only changes are to the file listing.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)." Pagination query parameters are not supported for these media types.
    ///
    /// - **`application/vnd.github.diff`**: Returns the diff of the commit. Larger diffs may time out and return a 5xx status code.
    /// - **`application/vnd.github.patch`**: Returns the patch of the commit. Diffs with binary data will have no `patch` property. Larger diffs may time out and return a 5xx status code.
    /// - **`application/vnd.github.sha`**: Returns the commit's SHA-1 hash. You can use this endpoint to check if a remote reference's SHA-1 hash is the same as your local reference's SHA-1 hash by providing the local SHA-1 reference as the ETag.
    ///
    /// **Signature verification object**
    ///
    /// The response will include a `verification` object that describes the result of verifying the commit's signature. The following fields are included in the `verification` object:
    ///
    /// | Name | Type | Description |
    /// | ---- | ---- | ----------- |
    /// | `verified` | `boolean` | Indicates whether GitHub considers the signature in this commit to be verified. |
    /// | `reason` | `string` | The reason for verified value. Possible values and their meanings are enumerated in table below. |
    /// | `signature` | `string` | The signature that was extracted from the commit. |
    /// | `payload` | `string` | The value that was signed. |
    /// | `verified_at` | `string` | The date the signature was verified by GitHub. |
    ///
    /// These are the possible values for `reason` in the `verification` object:
    ///
    /// | Value | Description |
    /// | ----- | ----------- |
    /// | `expired_key` | The key that made the signature is expired. |
    /// | `not_signing_key` | The "signing" flag is not among the usage flags in the GPG key that made the signature. |
    /// | `gpgverify_error` | There was an error communicating with the signature verification service. |
    /// | `gpgverify_unavailable` | The signature verification service is currently unavailable. |
    /// | `unsigned` | The object does not include a signature. |
    /// | `unknown_signature_type` | A non-PGP signature was found in the commit. |
    /// | `no_user` | No user was associated with the `committer` email address in the commit. |
    /// | `unverified_email` | The `committer` email address in the commit was associated with a user, but the email address is not verified on their account. |
    /// | `bad_email` | The `committer` email address in the commit is not included in the identities of the PGP key that made the signature. |
    /// | `unknown_key` | The key that made the signature has not been registered with any user's account. |
    /// | `malformed_signature` | There was an error parsing the signature. |
    /// | `invalid` | The signature could not be cryptographically verified using the key whose key-id was found in the signature. |
    /// | `valid` | None of the above errors applied, so the signature is considered to be verified. |
    ///
    /// [API method documentation](https://docs.github.com/rest/commits/commits#get-a-commit)
    #[get("/repos/<owner>/<repo>/commits/<ref..>")]
    async fn repos_get_commit(
        &self,
        owner: &str,
        repo: &str,
        r#ref: &str,
        #[query] page: Option<i64>,
        #[query] per_page: Option<i64>,
    ) -> Result<Commit>;

    /// Compare two commits
    ///
    /// Compares two commits against one another. You can compare refs (branches or tags) and commit SHAs in the same repository, or you can compare refs and commit SHAs that exist in different repositories within the same repository network, including fork branches. For more information about how to view a repository's network, see "[Understanding connections between repositories](https://docs.github.com/repositories/viewing-activity-and-data-for-your-repository/understanding-connections-between-repositories)."
    ///
    /// This endpoint is equivalent to running the `git log BASE..HEAD` command, but it returns commits in a different order. The `git log BASE..HEAD` command returns commits in reverse chronological order, whereas the API returns commits in chronological order.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.diff`**: Returns the diff of the commit.
    /// - **`application/vnd.github.patch`**: Returns the patch of the commit. Diffs with binary data will have no `patch` property.
    ///
    /// The API response includes details about the files that were changed between the two commits. This includes the status of the change (if a file was added, removed, modified, or renamed), and details of the change itself. For example, files with a `renamed` status have a `previous_filename` field showing the previous filename of the file, and files with a `modified` status have a `patch` field showing the changes made to the file.
    ///
    /// When calling this endpoint without any paging parameter (`per_page` or `page`), the returned list is limited to 250 commits, and the last commit in the list is the most recent of the entire comparison.
    ///
    /// **Working with large comparisons**
    ///
    /// To process a response with a large number of commits, use a query parameter (`per_page` or `page`) to paginate the results. When using pagination:
    ///
    /// - The list of changed files is only shown on the first page of results, and it includes up to 300 changed files for the entire comparison.
    /// - The results are returned in chronological order, but the last commit in the returned list may not be the most recent one in the entire set if there are more pages of results.
    ///
    /// For more information on working with pagination, see "[Using pagination in the REST API](https://docs.github.com/rest/guides/using-pagination-in-the-rest-api)."
    ///
    /// **Signature verification object**
    ///
    /// The response will include a `verification` object that describes the result of verifying the commit's signature. The `verification` object includes the following fields:
    ///
    /// | Name | Type | Description |
    /// | ---- | ---- | ----------- |
    /// | `verified` | `boolean` | Indicates whether GitHub considers the signature in this commit to be verified. |
    /// | `reason` | `string` | The reason for verified value. Possible values and their meanings are enumerated in table below. |
    /// | `signature` | `string` | The signature that was extracted from the commit. |
    /// | `payload` | `string` | The value that was signed. |
    /// | `verified_at` | `string` | The date the signature was verified by GitHub. |
    ///
    /// These are the possible values for `reason` in the `verification` object:
    ///
    /// | Value | Description |
    /// | ----- | ----------- |
    /// | `expired_key` | The key that made the signature is expired. |
    /// | `not_signing_key` | The "signing" flag is not among the usage flags in the GPG key that made the signature. |
    /// | `gpgverify_error` | There was an error communicating with the signature verification service. |
    /// | `gpgverify_unavailable` | The signature verification service is currently unavailable. |
    /// | `unsigned` | The object does not include a signature. |
    /// | `unknown_signature_type` | A non-PGP signature was found in the commit. |
    /// | `no_user` | No user was associated with the `committer` email address in the commit. |
    /// | `unverified_email` | The `committer` email address in the commit was associated with a user, but the email address is not verified on their account. |
    /// | `bad_email` | The `committer` email address in the commit is not included in the identities of the PGP key that made the signature. |
    /// | `unknown_key` | The key that made the signature has not been registered with any user's account. |
    /// | `malformed_signature` | There was an error parsing the signature. |
    /// | `invalid` | The signature could not be cryptographically verified using the key whose key-id was found in the signature. |
    /// | `valid` | None of the above errors applied, so the signature is considered to be verified. |
    ///
    /// [API method documentation](https://docs.github.com/rest/commits/commits#compare-two-commits)
    #[get("/repos/<owner>/<repo>/compare/<basehead..>")]
    async fn repos_compare_commits_with_basehead(
        &self,
        owner: &str,
        repo: &str,
        basehead: &str,
        #[query] page: Option<i64>,
        #[query] per_page: Option<i64>,
    ) -> Result<CommitComparison>;

    /// Get repository content
    ///
    /// Gets the contents of a file or directory in a repository. Specify the file path or directory with the `path` parameter. If you omit the `path` parameter, you will receive the contents of the repository's root directory.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw file contents for files and symlinks.
    /// - **`application/vnd.github.html+json`**: Returns the file contents in HTML. Markup languages are rendered to HTML using GitHub's open-source [Markup library](https://github.com/github/markup).
    /// - **`application/vnd.github.object+json`**: Returns the contents in a consistent object format regardless of the content type. For example, instead of an array of objects for a directory, the response will be an object with an `entries` attribute containing the array of objects.
    ///
    /// If the content is a directory, the response will be an array of objects, one object for each item in the directory. When listing the contents of a directory, submodules have their "type" specified as "file". Logically, the value _should_ be "submodule". This behavior exists [for backwards compatibility purposes](https://git.io/v1YCW). In the next major version of the API, the type will be returned as "submodule".
    ///
    /// If the content is a symlink and the symlink's target is a normal file in the repository, then the API responds with the content of the file. Otherwise, the API responds with an object describing the symlink itself.
    ///
    /// If the content is a submodule, the `submodule_git_url` field identifies the location of the submodule repository, and the `sha` identifies a specific commit within the submodule repository. Git uses the given URL when cloning the submodule repository, and checks out the submodule at that specific commit. If the submodule repository is not hosted on github.com, the Git URLs (`git_url` and `_links["git"]`) and the github.com URLs (`html_url` and `_links["html"]`) will have null values.
    ///
    /// **Notes**:
    ///
    /// - To get a repository's contents recursively, you can [recursively get the tree](https://docs.github.com/rest/git/trees#get-a-tree).
    /// - This API has an upper limit of 1,000 files for a directory. If you need to retrieve
    ///   more files, use the [Git Trees API](https://docs.github.com/rest/git/trees#get-a-tree).
    /// - Download URLs expire and are meant to be used just once. To ensure the download URL does not expire, please use the contents API to obtain a fresh download URL for each download.
    /// - If the requested file's size is:
    /// - 1 MB or smaller: All features of this endpoint are supported.
    /// - Between 1-100 MB: Only the `raw` or `object` custom media types are supported. Both will work as normal, except that when using the `object` media type, the `content` field will be an empty
    ///   string and the `encoding` field will be `"none"`. To get the contents of these larger files, use the `raw` media type.
    /// - Greater than 100 MB: This endpoint is not supported.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/contents#get-repository-content)
    #[get("/repos/<owner>/<repo>/contents/<path..>")]
    async fn repos_get_content(
        &self,
        owner: &str,
        repo: &str,
        path: &str,
        #[query] r#ref: Option<&str>,
    ) -> Result<ReposGetContentResponse>;

    /// Create or update file contents
    ///
    /// Creates a new file or replaces an existing file in a repository.
    ///
    /// > [!NOTE]
    /// > If you use this endpoint and the "[Delete a file](https://docs.github.com/rest/repos/contents/#delete-a-file)" endpoint in parallel, the concurrent requests will conflict and you will receive errors. You must use these endpoints serially instead.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint. The `workflow` scope is also required in order to modify files in the `.github/workflows` directory.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/contents#create-or-update-file-contents)
    #[put("/repos/<owner>/<repo>/contents/<path..>")]
    async fn repos_create_or_update_file_contents(
        &self,
        owner: &str,
        repo: &str,
        path: &str,
        #[body] body: &ReposCreateOrUpdateFileContentsBody,
    ) -> Result<FileCommit>;

    /// Delete a file
    ///
    /// Deletes a file in a repository.
    ///
    /// You can provide an additional `committer` parameter, which is an object containing information about the committer. Or, you can provide an `author` parameter, which is an object containing information about the author.
    ///
    /// The `author` section is optional and is filled in with the `committer` information if omitted. If the `committer` information is omitted, the authenticated user's information is used.
    ///
    /// You must provide values for both `name` and `email`, whether you choose to use `author` or `committer`. Otherwise, you'll receive a `422` status code.
    ///
    /// > [!NOTE]
    /// > If you use this endpoint and the "[Create or update file contents](https://docs.github.com/rest/repos/contents/#create-or-update-file-contents)" endpoint in parallel, the concurrent requests will conflict and you will receive errors. You must use these endpoints serially instead.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/contents#delete-a-file)
    #[delete("/repos/<owner>/<repo>/contents/<path..>")]
    async fn repos_delete_file(
        &self,
        owner: &str,
        repo: &str,
        path: &str,
        #[body] body: &ReposDeleteFileBody,
    ) -> Result<FileCommit>;

    /// List repository contributors
    ///
    /// Lists contributors to the specified repository and sorts them by the number of commits per contributor in descending order. This endpoint may return information that is a few hours old because the GitHub REST API caches contributor data to improve performance.
    ///
    /// GitHub identifies contributors by author email address. This endpoint groups contribution counts by GitHub user, which includes all associated email addresses. To improve performance, only the first 500 author email addresses in the repository link to GitHub users. The rest will appear as anonymous contributors without associated GitHub user information.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#list-repository-contributors)
    #[get("/repos/<owner>/<repo>/contributors")]
    #[paginate(link)]
    fn repos_list_contributors(
        &self,
        owner: &str,
        repo: &str,
        #[query] anon: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<Contributor>;

    /// List repository issues
    ///
    /// List issues in a repository. Only open issues will be listed.
    ///
    /// > [!NOTE]
    /// > GitHub's REST API considers every pull request an issue, but not every issue is a pull request. For this reason, "Issues" endpoints may return both issues and pull requests in the response. You can identify pull requests by the `pull_request` key. Be aware that the `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find out the pull request id, use the "[List pull requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// - `state`: `open`, `closed` or `all`.
    /// - `sort`: `created`, `updated` or `comments`.
    /// - `direction`: `asc` or `desc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/issues#list-repository-issues)
    #[get("/repos/<owner>/<repo>/issues")]
    #[paginate(link)]
    #[allow(clippy::too_many_arguments)]
    fn issues_list_for_repo(
        &self,
        owner: &str,
        repo: &str,
        #[query] milestone: Option<&str>,
        #[query] state: Option<&str>,
        #[query] assignee: Option<&str>,
        #[query] r#type: Option<&str>,
        #[query] creator: Option<&str>,
        #[query] mentioned: Option<&str>,
        #[query] issue_field_values: Option<&str>,
        #[query] labels: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] direction: Option<&str>,
        #[query] since: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<Issue>;

    /// Create an issue
    ///
    /// Any user with pull access to a repository can create an issue. If [issues are disabled in the repository](https://docs.github.com/articles/disabling-issues/), the API returns a `410 Gone` status.
    ///
    /// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)"
    /// and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/issues#create-an-issue)
    #[post("/repos/<owner>/<repo>/issues")]
    async fn issues_create(&self, owner: &str, repo: &str, #[body] body: &IssuesCreateBody) -> Result<Issue>;

    /// Delete an issue comment
    ///
    /// You can use the REST API to delete comments on issues and pull requests. Every pull request is an issue, but not every issue is a pull request.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/comments#delete-an-issue-comment)
    #[delete("/repos/<owner>/<repo>/issues/comments/<comment_id>")]
    async fn issues_delete_comment(&self, owner: &str, repo: &str, comment_id: i64) -> Result<()>;

    /// Update an issue comment
    ///
    /// You can use the REST API to update comments on issues and pull requests. Every pull request is an issue, but not every issue is a pull request.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/comments#update-an-issue-comment)
    #[patch("/repos/<owner>/<repo>/issues/comments/<comment_id>")]
    async fn issues_update_comment(
        &self,
        owner: &str,
        repo: &str,
        comment_id: i64,
        #[body] body: &IssuesUpdateCommentBody,
    ) -> Result<IssueComment>;

    /// Get an issue
    ///
    /// The API returns a [`301 Moved Permanently` status](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects) if the issue was
    /// [transferred](https://docs.github.com/articles/transferring-an-issue-to-another-repository/) to another repository. If
    /// the issue was transferred to or deleted from a repository where the authenticated user lacks read access, the API
    /// returns a `404 Not Found` status. If the issue was deleted from a repository where the authenticated user has read
    /// access, the API returns a `410 Gone` status. To receive webhook events for transferred and deleted issues, subscribe
    /// to the [`issues`](https://docs.github.com/webhooks/event-payloads/#issues) webhook.
    ///
    /// > [!NOTE]
    /// > GitHub's REST API considers every pull request an issue, but not every issue is a pull request. For this reason, "Issues" endpoints may return both issues and pull requests in the response. You can identify pull requests by the `pull_request` key. Be aware that the `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find out the pull request id, use the "[List pull requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/issues#get-an-issue)
    #[get("/repos/<owner>/<repo>/issues/<issue_number>")]
    async fn issues_get(&self, owner: &str, repo: &str, issue_number: i64) -> Result<Issue>;

    /// Update an issue
    ///
    /// Issue owners and users with push access or Triage role can edit an issue.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/issues#update-an-issue)
    #[patch("/repos/<owner>/<repo>/issues/<issue_number>")]
    async fn issues_update(
        &self,
        owner: &str,
        repo: &str,
        issue_number: i64,
        #[body] body: &IssuesUpdateBody,
    ) -> Result<IssuesUpdateResponse>;

    /// List issue comments
    ///
    /// You can use the REST API to list comments on issues and pull requests. Every pull request is an issue, but not every issue is a pull request.
    ///
    /// Issue comments are ordered by ascending ID.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/comments#list-issue-comments)
    #[get("/repos/<owner>/<repo>/issues/<issue_number>/comments")]
    #[paginate(link)]
    fn issues_list_comments(
        &self,
        owner: &str,
        repo: &str,
        issue_number: i64,
        #[query] since: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<IssueComment>;

    /// Create an issue comment
    ///
    /// You can use the REST API to create comments on issues and pull requests. Every pull request is an issue, but not every issue is a pull request.
    ///
    /// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications).
    /// Creating content too quickly using this endpoint may result in secondary rate limiting.
    /// For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)"
    /// and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/comments#create-an-issue-comment)
    #[post("/repos/<owner>/<repo>/issues/<issue_number>/comments")]
    async fn issues_create_comment(
        &self,
        owner: &str,
        repo: &str,
        issue_number: i64,
        #[body] body: &IssuesCreateCommentBody,
    ) -> Result<IssueComment>;

    /// Add labels to an issue
    ///
    /// Adds labels to an issue.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/labels#add-labels-to-an-issue)
    #[post("/repos/<owner>/<repo>/issues/<issue_number>/labels")]
    async fn issues_add_labels(
        &self,
        owner: &str,
        repo: &str,
        issue_number: i64,
        #[body] body: &IssuesAddLabelsBody,
    ) -> Result<Vec<Label>>;

    /// Remove a label from an issue
    ///
    /// Removes the specified label from the issue, and returns the remaining labels on the issue. This endpoint returns a `404 Not Found` status if the label does not exist.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue)
    #[delete("/repos/<owner>/<repo>/issues/<issue_number>/labels/<name>")]
    async fn issues_remove_label(&self, owner: &str, repo: &str, issue_number: i64, name: &str) -> Result<Vec<Label>>;

    /// List labels for a repository
    ///
    /// Lists all labels for a repository.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/labels#list-labels-for-a-repository)
    #[get("/repos/<owner>/<repo>/labels")]
    #[paginate(link)]
    fn issues_list_labels_for_repo(&self, owner: &str, repo: &str, #[query] per_page: Option<i64>) -> Paginated<Label>;

    /// Create a label
    ///
    /// Creates a label for the specified repository with the given name and color. The name and color parameters are required. The color must be a valid [hexadecimal color code](http://www.color-hex.com/).
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/labels#create-a-label)
    #[post("/repos/<owner>/<repo>/labels")]
    async fn issues_create_label(&self, owner: &str, repo: &str, #[body] body: &IssuesCreateLabelBody)
    -> Result<Label>;

    /// List repository languages
    ///
    /// Lists languages for the specified repository. The value shown for each language is the number of bytes of code written in that language.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#list-repository-languages)
    #[get("/repos/<owner>/<repo>/languages")]
    async fn repos_list_languages(&self, owner: &str, repo: &str) -> Result<BTreeMap<String, i64>>;

    /// List milestones
    ///
    /// Lists milestones for a repository.
    ///
    /// - `state`: `open`, `closed` or `all`.
    /// - `sort`: `due_on` or `completeness`.
    /// - `direction`: `asc` or `desc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/milestones#list-milestones)
    #[get("/repos/<owner>/<repo>/milestones")]
    #[paginate(link)]
    fn issues_list_milestones(
        &self,
        owner: &str,
        repo: &str,
        #[query] state: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] direction: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<Milestone>;

    /// Create a milestone
    ///
    /// Creates a milestone.
    ///
    /// [API method documentation](https://docs.github.com/rest/issues/milestones#create-a-milestone)
    #[post("/repos/<owner>/<repo>/milestones")]
    async fn issues_create_milestone(
        &self,
        owner: &str,
        repo: &str,
        #[body] body: &IssuesCreateMilestoneBody,
    ) -> Result<Milestone>;

    /// List pull requests
    ///
    /// Lists pull requests in a specified repository.
    ///
    /// Draft pull requests are available in public repositories with GitHub
    /// Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing
    /// plans, and in public and private repositories with GitHub Team and GitHub Enterprise
    /// Cloud. For more information, see [GitHub's products](https://docs.github.com/github/getting-started-with-github/githubs-products)
    /// in the GitHub Help documentation.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// - `state`: `open`, `closed` or `all`.
    /// - `sort`: `created`, `updated`, `popularity` or `long-running`.
    /// - `direction`: `asc` or `desc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/pulls#list-pull-requests)
    #[get("/repos/<owner>/<repo>/pulls")]
    #[paginate(link)]
    #[allow(clippy::too_many_arguments)]
    fn pulls_list(
        &self,
        owner: &str,
        repo: &str,
        #[query] state: Option<&str>,
        #[query] head: Option<&str>,
        #[query] base: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] direction: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<PullRequestSimple>;

    /// Create a pull request
    ///
    /// Draft pull requests are available in public repositories with GitHub Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing plans, and in public and private repositories with GitHub Team and GitHub Enterprise Cloud. For more information, see [GitHub's products](https://docs.github.com/github/getting-started-with-github/githubs-products) in the GitHub Help documentation.
    ///
    /// To open or update a pull request in a public repository, you must have write access to the head or the source branch. For organization-owned repositories, you must be a member of the organization that owns the repository to open or update a pull request.
    ///
    /// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)" and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/pulls#create-a-pull-request)
    #[post("/repos/<owner>/<repo>/pulls")]
    async fn pulls_create(&self, owner: &str, repo: &str, #[body] body: &PullsCreateBody) -> Result<PullRequest>;

    /// Get a pull request
    ///
    /// Draft pull requests are available in public repositories with GitHub Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing plans, and in public and private repositories with GitHub Team and GitHub Enterprise Cloud. For more information, see [GitHub's products](https://docs.github.com/github/getting-started-with-github/githubs-products) in the GitHub Help documentation.
    ///
    /// Lists details of a pull request by providing its number.
    ///
    /// When you get, [create](https://docs.github.com/rest/pulls/pulls/#create-a-pull-request), or [edit](https://docs.github.com/rest/pulls/pulls#update-a-pull-request) a pull request, GitHub creates a merge commit to test whether the pull request can be automatically merged into the base branch. This test commit is not added to the base branch or the head branch. You can review the status of the test commit using the `mergeable` key. For more information, see "[Checking mergeability of pull requests](https://docs.github.com/rest/guides/getting-started-with-the-git-database-api#checking-mergeability-of-pull-requests)".
    ///
    /// The value of the `mergeable` attribute can be `true`, `false`, or `null`. If the value is `null`, then GitHub has started a background job to compute the mergeability. After giving the job time to complete, resubmit the request. When the job finishes, you will see a non-`null` value for the `mergeable` attribute in the response. If `mergeable` is `true`, then `merge_commit_sha` will be the SHA of the _test_ merge commit.
    ///
    /// The value of the `merge_commit_sha` attribute changes depending on the state of the pull request. Before merging a pull request, the `merge_commit_sha` attribute holds the SHA of the _test_ merge commit. After merging a pull request, the `merge_commit_sha` attribute changes depending on how you merged the pull request:
    ///
    /// *   If merged as a [merge commit](https://docs.github.com/articles/about-merge-methods-on-github/), `merge_commit_sha` represents the SHA of the merge commit.
    /// *   If merged via a [squash](https://docs.github.com/articles/about-merge-methods-on-github/#squashing-your-merge-commits), `merge_commit_sha` represents the SHA of the squashed commit on the base branch.
    /// *   If [rebased](https://docs.github.com/articles/about-merge-methods-on-github/#rebasing-and-merging-your-commits), `merge_commit_sha` represents the commit that the base branch was updated to.
    ///
    /// Pass the appropriate [media type](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types) to fetch diff and patch formats.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    /// - **`application/vnd.github.diff`**: For more information, see "[git-diff](https://git-scm.com/docs/git-diff)" in the Git documentation. If a diff is corrupt, contact us through the [GitHub Support portal](https://support.github.com/). Include the repository name and pull request ID in your message.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/pulls#get-a-pull-request)
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>")]
    async fn pulls_get(&self, owner: &str, repo: &str, pull_number: i64) -> Result<PullRequest>;

    /// Update a pull request
    ///
    /// Draft pull requests are available in public repositories with GitHub Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing plans, and in public and private repositories with GitHub Team and GitHub Enterprise Cloud. For more information, see [GitHub's products](https://docs.github.com/github/getting-started-with-github/githubs-products) in the GitHub Help documentation.
    ///
    /// To open or update a pull request in a public repository, you must have write access to the head or the source branch. For organization-owned repositories, you must be a member of the organization that owns the repository to open or update a pull request.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/pulls#update-a-pull-request)
    #[patch("/repos/<owner>/<repo>/pulls/<pull_number>")]
    async fn pulls_update(
        &self,
        owner: &str,
        repo: &str,
        pull_number: i64,
        #[body] body: &PullsUpdateBody,
    ) -> Result<PullRequest>;

    /// List commits on a pull request
    ///
    /// Lists a maximum of 250 commits for a pull request. To receive a complete
    /// commit list for pull requests with more than 250 commits, use the [List commits](https://docs.github.com/rest/commits/commits#list-commits)
    /// endpoint.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/pulls#list-commits-on-a-pull-request)
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>/commits")]
    #[paginate(link)]
    fn pulls_list_commits(
        &self,
        owner: &str,
        repo: &str,
        pull_number: i64,
        #[query] per_page: Option<i64>,
    ) -> Paginated<Commit>;

    /// List pull requests files
    ///
    /// Lists the files in a specified pull request.
    ///
    /// > [!NOTE]
    /// > Responses include a maximum of 3000 files. The paginated response returns 30 files per page by default.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/pulls#list-pull-requests-files)
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>/files")]
    #[paginate(link)]
    fn pulls_list_files(
        &self,
        owner: &str,
        repo: &str,
        pull_number: i64,
        #[query] per_page: Option<i64>,
    ) -> Paginated<DiffEntry>;

    /// Check if a pull request has been merged
    ///
    /// Checks if a pull request has been merged into the base branch. The HTTP status of the response indicates whether or not the pull request has been merged; the response body is empty.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/pulls#check-if-a-pull-request-has-been-merged)
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>/merge")]
    async fn pulls_check_if_merged(&self, owner: &str, repo: &str, pull_number: i64) -> Result<Option<()>>;

    /// Merge a pull request
    ///
    /// Merges a pull request into the base branch.
    /// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)" and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/pulls#merge-a-pull-request)
    #[put("/repos/<owner>/<repo>/pulls/<pull_number>/merge")]
    async fn pulls_merge(
        &self,
        owner: &str,
        repo: &str,
        pull_number: i64,
        #[body] body: &PullsMergeBody,
    ) -> Result<PullRequestMergeResult>;

    /// Request reviewers for a pull request
    ///
    /// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. See "[Secondary rate limits](https://docs.github.com/rest/overview/resources-in-the-rest-api#secondary-rate-limits)" and "[Dealing with secondary rate limits](https://docs.github.com/rest/guides/best-practices-for-integrators#dealing-with-secondary-rate-limits)" for details.
    ///
    /// [API method documentation](https://docs.github.com/rest/reference/pulls#request-reviewers-for-a-pull-request)
    #[post("/repos/<owner>/<repo>/pulls/<pull_number>/requested_reviewers")]
    async fn pulls_request_reviewers(
        &self,
        owner: &str,
        repo: &str,
        pull_number: i64,
        #[body] body: &PullsRequestReviewersBody,
    ) -> Result<PullRequestSimple>;

    /// List reviews for a pull request
    ///
    /// Lists all reviews for a specified pull request. The list of reviews returns in chronological order.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github-commitcomment.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github-commitcomment.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github-commitcomment.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github-commitcomment.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/reviews#list-reviews-for-a-pull-request)
    #[get("/repos/<owner>/<repo>/pulls/<pull_number>/reviews")]
    #[paginate(link)]
    fn pulls_list_reviews(
        &self,
        owner: &str,
        repo: &str,
        pull_number: i64,
        #[query] per_page: Option<i64>,
    ) -> Paginated<PullRequestReview>;

    /// Create a review for a pull request
    ///
    /// Creates a review on a specified pull request.
    ///
    /// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)" and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
    ///
    /// Pull request reviews created in the `PENDING` state are not submitted and therefore do not include the `submitted_at` property in the response. To create a pending review for a pull request, leave the `event` parameter blank. For more information about submitting a `PENDING` review, see "[Submit a review for a pull request](https://docs.github.com/rest/pulls/reviews#submit-a-review-for-a-pull-request)."
    ///
    /// > [!NOTE]
    /// > To comment on a specific line in a file, you need to first determine the position of that line in the diff. To see a pull request diff, add the `application/vnd.github.v3.diff` media type to the `Accept` header of a call to the [Get a pull request](https://docs.github.com/rest/pulls/pulls#get-a-pull-request) endpoint.
    ///
    /// The `position` value equals the number of lines down from the first "@@" hunk header in the file you want to add a comment. The line just below the "@@" line is position 1, the next line is position 2, and so on. The position in the diff continues to increase through lines of whitespace and additional hunks until the beginning of a new file.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github-commitcomment.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github-commitcomment.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github-commitcomment.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github-commitcomment.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// [API method documentation](https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request)
    #[post("/repos/<owner>/<repo>/pulls/<pull_number>/reviews")]
    async fn pulls_create_review(
        &self,
        owner: &str,
        repo: &str,
        pull_number: i64,
        #[body] body: &PullsCreateReviewBody,
    ) -> Result<PullRequestReview>;

    /// Get a repository README
    ///
    /// Gets the preferred README for a repository.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw file contents. This is the default if you do not specify a media type.
    /// - **`application/vnd.github.html+json`**: Returns the README in HTML. Markup languages are rendered to HTML using GitHub's open-source [Markup library](https://github.com/github/markup).
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/contents#get-a-repository-readme)
    #[get("/repos/<owner>/<repo>/readme")]
    async fn repos_get_readme(&self, owner: &str, repo: &str, #[query] r#ref: Option<&str>) -> Result<ContentFile>;

    /// List releases
    ///
    /// This returns a list of releases, which does not include regular Git tags that have not been associated with a release. To get a list of Git tags, use the [Repository Tags API](https://docs.github.com/rest/repos/repos#list-repository-tags).
    ///
    /// Information about published releases are available to everyone. Only users with push access will receive listings for draft releases.
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/releases#list-releases)
    #[get("/repos/<owner>/<repo>/releases")]
    #[paginate(link)]
    fn repos_list_releases(&self, owner: &str, repo: &str, #[query] per_page: Option<i64>) -> Paginated<Release>;

    /// Create a release
    ///
    /// Users with push access to the repository can create a release.
    ///
    /// > [!NOTE]
    /// > If the commit identified by `target_commitish` (or, when `target_commitish` is omitted, the latest commit on the default branch) adds or modifies any file under `.github/workflows/` relative to the repository's default branch, the authenticating token must be authorized to modify workflows. Otherwise, this endpoint returns `404 Not Found`; some authentication paths surface `403 Resource not accessible by integration` instead.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `workflow` scope when the resolved target commit modifies workflow files. Fine-grained access tokens and GitHub App installation tokens also need the "Workflows" repository permission (write). The `GITHUB_TOKEN` available to GitHub Actions cannot be authorized for this; for more information, see "[Automatic token authentication](https://docs.github.com/actions/security-guides/automatic-token-authentication#permissions-for-the-github_token)".
    ///
    /// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)" and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/releases#create-a-release)
    #[post("/repos/<owner>/<repo>/releases")]
    async fn repos_create_release(
        &self,
        owner: &str,
        repo: &str,
        #[body] body: &ReposCreateReleaseBody,
    ) -> Result<Release>;

    /// Get a release asset
    ///
    /// To download the asset's binary content:
    ///
    /// - If within a browser, fetch the location specified in the `browser_download_url` key provided in the response.
    /// - Alternatively, set the `Accept` header of the request to
    ///   [`application/octet-stream`](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types).
    ///   The API will either redirect the client to the location, or stream it directly if possible.
    ///   API clients should handle both a `200` or `302` response.
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/assets#get-a-release-asset)
    #[get("/repos/<owner>/<repo>/releases/assets/<asset_id>")]
    async fn repos_get_release_asset(&self, owner: &str, repo: &str, asset_id: i64) -> Result<ReleaseAsset>;

    /// Delete a release asset
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/assets#delete-a-release-asset)
    #[delete("/repos/<owner>/<repo>/releases/assets/<asset_id>")]
    async fn repos_delete_release_asset(&self, owner: &str, repo: &str, asset_id: i64) -> Result<()>;

    /// Get the latest release
    ///
    /// View the latest published full release for the repository.
    ///
    /// The latest release is the most recent non-prerelease, non-draft release, sorted by the `created_at` attribute. The `created_at` attribute is the date of the commit used for the release, and not the date when the release was drafted or published.
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/releases#get-the-latest-release)
    #[get("/repos/<owner>/<repo>/releases/latest")]
    async fn repos_get_latest_release(&self, owner: &str, repo: &str) -> Result<Release>;

    /// Get a release by tag name
    ///
    /// Get a published release with the specified tag.
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/releases#get-a-release-by-tag-name)
    #[get("/repos/<owner>/<repo>/releases/tags/<tag>")]
    async fn repos_get_release_by_tag(&self, owner: &str, repo: &str, tag: &str) -> Result<Release>;

    /// Delete a release
    ///
    /// Users with push access to the repository can delete a release.
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/releases#delete-a-release)
    #[delete("/repos/<owner>/<repo>/releases/<release_id>")]
    async fn repos_delete_release(&self, owner: &str, repo: &str, release_id: i64) -> Result<()>;

    /// Update a release
    ///
    /// Users with push access to the repository can edit a release.
    ///
    /// > [!NOTE]
    /// > If the resolved target commit (the new value of `target_commitish` if you are changing it, otherwise the existing target) adds or modifies any file under `.github/workflows/` relative to the repository's default branch, the authenticating token must be authorized to modify workflows. Otherwise, this endpoint returns `404 Not Found`; some authentication paths surface `403 Resource not accessible by integration` instead.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `workflow` scope when the resolved target commit modifies workflow files. Fine-grained access tokens and GitHub App installation tokens also need the "Workflows" repository permission (write). The `GITHUB_TOKEN` available to GitHub Actions cannot be authorized for this; for more information, see "[Automatic token authentication](https://docs.github.com/actions/security-guides/automatic-token-authentication#permissions-for-the-github_token)".
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/releases#update-a-release)
    #[patch("/repos/<owner>/<repo>/releases/<release_id>")]
    async fn repos_update_release(
        &self,
        owner: &str,
        repo: &str,
        release_id: i64,
        #[body] body: &ReposUpdateReleaseBody,
    ) -> Result<Release>;

    /// List release assets
    ///
    /// [API method documentation](https://docs.github.com/rest/releases/assets#list-release-assets)
    #[get("/repos/<owner>/<repo>/releases/<release_id>/assets")]
    #[paginate(link)]
    fn repos_list_release_assets(
        &self,
        owner: &str,
        repo: &str,
        release_id: i64,
        #[query] per_page: Option<i64>,
    ) -> Paginated<ReleaseAsset>;

    /// List repository tags
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#list-repository-tags)
    #[get("/repos/<owner>/<repo>/tags")]
    #[paginate(link)]
    fn repos_list_tags(&self, owner: &str, repo: &str, #[query] per_page: Option<i64>) -> Paginated<Tag>;

    /// Get all repository topics
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#get-all-repository-topics)
    #[get("/repos/<owner>/<repo>/topics")]
    #[paginate(page, items = "/names")]
    fn repos_get_all_topics(&self, owner: &str, repo: &str) -> Paginated<String>;

    /// Search code
    ///
    /// Searches for query terms inside of a file. This method returns up to 100 results [per page](https://docs.github.com/rest/guides/using-pagination-in-the-rest-api).
    ///
    /// When searching for code, you can get text match metadata for the file **content** and file **path** fields when you pass the `text-match` media type. For more details about how to receive highlighted search results, see [Text match metadata](https://docs.github.com/rest/search/search#text-match-metadata).
    ///
    /// For example, if you want to find the definition of the `addClass` function inside [jQuery](https://github.com/jquery/jquery) repository, your query would look something like this:
    ///
    /// `q=addClass+in:file+language:js+repo:jquery/jquery`
    ///
    /// This query searches for the keyword `addClass` within a file's contents. The query limits the search to files where the language is JavaScript in the `jquery/jquery` repository.
    ///
    /// Considerations for code search:
    ///
    /// Due to the complexity of searching code, there are a few restrictions on how searches are performed:
    ///
    /// *   Only the _default branch_ is considered. In most cases, this will be the `master` branch.
    /// *   Only files smaller than 384 KB are searchable.
    /// *   You must always include at least one search term when searching source code. For example, searching for [`language:go`](https://github.com/search?utf8=%E2%9C%93&q=language%3Ago&type=Code) is not valid, while [`amazing
    ///   language:go`](https://github.com/search?utf8=%E2%9C%93&q=amazing+language%3Ago&type=Code) is.
    ///
    /// This endpoint requires you to authenticate and limits you to 10 requests per minute.
    ///
    /// - `sort`: `indexed`.
    /// - `order`: `desc` or `asc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/search/search#search-code)
    #[get("/search/code")]
    #[paginate(page, items = "/items")]
    fn search_code(
        &self,
        #[query] q: &str,
        #[query] sort: Option<&str>,
        #[query] order: Option<&str>,
    ) -> Paginated<CodeSearchResultItem>;

    /// Search issues and pull requests
    ///
    /// Find issues by state and keyword. This method returns up to 100 results [per page](https://docs.github.com/rest/guides/using-pagination-in-the-rest-api).
    ///
    /// When searching for issues, you can get text match metadata for the issue **title**, issue **body**, and issue **comment body** fields when you pass the `text-match` media type. For more details about how to receive highlighted
    /// search results, see [Text match metadata](https://docs.github.com/rest/search/search#text-match-metadata).
    ///
    /// For example, if you want to find the oldest unresolved Python bugs on Windows. Your query might look something like this.
    ///
    /// `q=windows+label:bug+language:python+state:open&sort=created&order=asc`
    ///
    /// This query searches for the keyword `windows`, within any open issue that is labeled as `bug`. The search runs across repositories whose primary language is Python. The results are sorted by creation date in ascending order, which means the oldest issues appear first in the search results.
    ///
    /// > [!NOTE]
    /// > For requests made by GitHub Apps with a user access token, you can't retrieve a combination of issues and pull requests in a single query. Requests that don't include the `is:issue` or `is:pull-request` qualifier will receive an HTTP `422 Unprocessable Entity` response. To get results for both issues and pull requests, you must send separate queries for issues and pull requests. For more information about the `is` qualifier, see "[Searching only issues or pull requests](https://docs.github.com/github/searching-for-information-on-github/searching-issues-and-pull-requests#search-only-issues-or-pull-requests)."
    ///
    /// - `sort`: `comments`, `reactions`, `reactions-+1`, `reactions--1`, `reactions-smile`, `reactions-thinking_face`, `reactions-heart`, `reactions-tada`, `interactions`, `created` or `updated`.
    /// - `order`: `desc` or `asc`.
    /// - `search_type`: `semantic` or `hybrid`.
    ///
    /// [API method documentation](https://docs.github.com/rest/search/search#search-issues-and-pull-requests)
    #[get("/search/issues")]
    #[allow(clippy::too_many_arguments)]
    async fn search_issues_and_pull_requests(
        &self,
        #[query] q: &str,
        #[query] sort: Option<&str>,
        #[query] order: Option<&str>,
        #[query] per_page: Option<i64>,
        #[query] page: Option<i64>,
        #[query] advanced_search: Option<&str>,
        #[query] search_type: Option<&str>,
    ) -> Result<SearchIssuesAndPullRequestsResponse>;

    /// Search repositories
    ///
    /// Find repositories via various criteria. This method returns up to 100 results [per page](https://docs.github.com/rest/guides/using-pagination-in-the-rest-api).
    ///
    /// When searching for repositories, you can get text match metadata for the **name** and **description** fields when you pass the `text-match` media type. For more details about how to receive highlighted search results, see [Text match metadata](https://docs.github.com/rest/search/search#text-match-metadata).
    ///
    /// For example, if you want to search for popular Tetris repositories written in assembly code, your query might look like this:
    ///
    /// `q=tetris+language:assembly&sort=stars&order=desc`
    ///
    /// This query searches for repositories with the word `tetris` in the name, the description, or the README. The results are limited to repositories where the primary language is assembly. The results are sorted by stars in descending order, so that the most popular repositories appear first in the search results.
    ///
    /// - `sort`: `stars`, `forks`, `help-wanted-issues` or `updated`.
    /// - `order`: `desc` or `asc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/search/search#search-repositories)
    #[get("/search/repositories")]
    #[paginate(page, items = "/items")]
    fn search_repos(
        &self,
        #[query] q: &str,
        #[query] sort: Option<&str>,
        #[query] order: Option<&str>,
    ) -> Paginated<RepoSearchResultItem>;

    /// Search users
    ///
    /// Find users via various criteria. This method returns up to 100 results [per page](https://docs.github.com/rest/guides/using-pagination-in-the-rest-api).
    ///
    /// When searching for users, you can get text match metadata for the issue **login**, public **email**, and **name** fields when you pass the `text-match` media type. For more details about highlighting search results, see [Text match metadata](https://docs.github.com/rest/search/search#text-match-metadata). For more details about how to receive highlighted search results, see [Text match metadata](https://docs.github.com/rest/search/search#text-match-metadata).
    ///
    /// For example, if you're looking for a list of popular users, you might try this query:
    ///
    /// `q=tom+repos:%3E42+followers:%3E1000`
    ///
    /// This query searches for users with the name `tom`. The results are restricted to users with more than 42 repositories and over 1,000 followers.
    ///
    /// This endpoint does not accept authentication and will only include publicly visible users. As an alternative, you can use the GraphQL API. The GraphQL API requires authentication and will return private users, including Enterprise Managed Users (EMUs), that you are authorized to view. For more information, see "[GraphQL Queries](https://docs.github.com/graphql/reference/queries#search)."
    ///
    /// - `sort`: `followers`, `repositories` or `joined`.
    /// - `order`: `desc` or `asc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/search/search#search-users)
    #[get("/search/users")]
    #[paginate(page, items = "/items")]
    fn search_users(
        &self,
        #[query] q: &str,
        #[query] sort: Option<&str>,
        #[query] order: Option<&str>,
    ) -> Paginated<UserSearchResultItem>;

    /// Get the authenticated user
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `user` scope in order for the response to include private profile information.
    ///
    /// [API method documentation](https://docs.github.com/rest/users/users#get-the-authenticated-user)
    #[get("/user")]
    async fn users_get_authenticated(&self) -> Result<UsersGetAuthenticatedResponse>;

    /// List repositories for the authenticated user
    ///
    /// Lists repositories that the authenticated user has explicit permission (`:read`, `:write`, or `:admin`) to access.
    ///
    /// The authenticated user has explicit permission to access repositories they own, repositories where they are a collaborator, and repositories that they can access through an organization membership.
    ///
    /// - `visibility`: `all`, `public` or `private`.
    /// - `type`: `all`, `owner`, `public`, `private` or `member`.
    /// - `sort`: `created`, `updated`, `pushed` or `full_name`.
    /// - `direction`: `asc` or `desc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#list-repositories-for-the-authenticated-user)
    #[get("/user/repos")]
    #[paginate(link)]
    #[allow(clippy::too_many_arguments)]
    fn repos_list_for_authenticated_user(
        &self,
        #[query] visibility: Option<&str>,
        #[query] affiliation: Option<&str>,
        #[query] r#type: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] direction: Option<&str>,
        #[query] per_page: Option<i64>,
        #[query] since: Option<&str>,
        #[query] before: Option<&str>,
    ) -> Paginated<Repository>;

    /// Create a repository for the authenticated user
    ///
    /// Creates a new repository for the authenticated user.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `public_repo` or `repo` scope to create a public repository, and `repo` scope to create a private repository.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user)
    #[post("/user/repos")]
    async fn repos_create_for_authenticated_user(
        &self,
        #[body] body: &ReposCreateForAuthenticatedUserBody,
    ) -> Result<FullRepository>;

    /// List repositories starred by the authenticated user
    ///
    /// Lists repositories the authenticated user has starred.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.star+json`**: Includes a timestamp of when the star was created.
    ///
    /// - `sort`: `created` or `updated`.
    /// - `direction`: `asc` or `desc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/activity/starring#list-repositories-starred-by-the-authenticated-user)
    #[get("/user/starred")]
    #[paginate(link)]
    fn activity_list_repos_starred_by_authenticated_user(
        &self,
        #[query] sort: Option<&str>,
        #[query] direction: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<Repository>;

    /// Check if a repository is starred by the authenticated user
    ///
    /// Whether the authenticated user has starred the repository.
    ///
    /// [API method documentation](https://docs.github.com/rest/activity/starring#check-if-a-repository-is-starred-by-the-authenticated-user)
    #[get("/user/starred/<owner>/<repo>")]
    async fn activity_check_repo_is_starred_by_authenticated_user(&self, owner: &str, repo: &str)
    -> Result<Option<()>>;

    /// Star a repository for the authenticated user
    ///
    /// Note that you'll need to set `Content-Length` to zero when calling out to this endpoint. For more information, see "[HTTP method](https://docs.github.com/rest/guides/getting-started-with-the-rest-api#http-method)."
    ///
    /// [API method documentation](https://docs.github.com/rest/activity/starring#star-a-repository-for-the-authenticated-user)
    #[put("/user/starred/<owner>/<repo>")]
    async fn activity_star_repo_for_authenticated_user(&self, owner: &str, repo: &str) -> Result<()>;

    /// Unstar a repository for the authenticated user
    ///
    /// Unstar a repository that the authenticated user has previously starred.
    ///
    /// [API method documentation](https://docs.github.com/rest/activity/starring#unstar-a-repository-for-the-authenticated-user)
    #[delete("/user/starred/<owner>/<repo>")]
    async fn activity_unstar_repo_for_authenticated_user(&self, owner: &str, repo: &str) -> Result<()>;

    /// Get a user
    ///
    /// Provides publicly available information about someone with a GitHub account.
    ///
    /// If you are requesting information about an [Enterprise Managed User](https://docs.github.com/enterprise-cloud@latest/admin/managing-iam/understanding-iam-for-enterprises/about-enterprise-managed-users), or a GitHub App bot that is installed in an organization that uses Enterprise Managed Users, your requests must be authenticated as a user or GitHub App that has access to the organization to view that account's information. If you are not authorized, the request will return a `404 Not Found` status.
    ///
    /// The `email` key in the following response is the publicly visible email address from your GitHub [profile page](https://github.com/settings/profile). When setting up your profile, you can select a primary email address to be public which provides an email entry for this endpoint. If you do not set a public email address for `email`, then it will have a value of `null`. You only see publicly visible email addresses when authenticated with GitHub. For more information, see [Authentication](https://docs.github.com/rest/guides/getting-started-with-the-rest-api#authentication).
    ///
    /// The Emails API enables you to list all of your email addresses, and toggle a primary email to be visible publicly. For more information, see [Emails API](https://docs.github.com/rest/users/emails).
    ///
    /// [API method documentation](https://docs.github.com/rest/users/users#get-a-user)
    #[get("/users/<username>")]
    async fn users_get_by_username(&self, username: &str) -> Result<UsersGetByUsernameResponse>;

    /// List followers of a user
    ///
    /// Lists the people following the specified user.
    ///
    /// [API method documentation](https://docs.github.com/rest/users/followers#list-followers-of-a-user)
    #[get("/users/<username>/followers")]
    #[paginate(link)]
    fn users_list_followers_for_user(&self, username: &str, #[query] per_page: Option<i64>) -> Paginated<SimpleUser>;

    /// List the people a user follows
    ///
    /// Lists the people who the specified user follows.
    ///
    /// [API method documentation](https://docs.github.com/rest/users/followers#list-the-people-a-user-follows)
    #[get("/users/<username>/following")]
    #[paginate(link)]
    fn users_list_following_for_user(&self, username: &str, #[query] per_page: Option<i64>) -> Paginated<SimpleUser>;

    /// List gists for a user
    ///
    /// Lists public gists for the specified user:
    ///
    /// [API method documentation](https://docs.github.com/rest/gists/gists#list-gists-for-a-user)
    #[get("/users/<username>/gists")]
    #[paginate(link)]
    fn gists_list_for_user(
        &self,
        username: &str,
        #[query] since: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<BaseGist>;

    /// List repositories for a user
    ///
    /// Lists public repositories for the specified user.
    ///
    /// - `type`: `all`, `owner` or `member`.
    /// - `sort`: `created`, `updated`, `pushed` or `full_name`.
    /// - `direction`: `asc` or `desc`.
    ///
    /// [API method documentation](https://docs.github.com/rest/repos/repos#list-repositories-for-a-user)
    #[get("/users/<username>/repos")]
    #[paginate(link)]
    fn repos_list_for_user(
        &self,
        username: &str,
        #[query] r#type: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] direction: Option<&str>,
        #[query] per_page: Option<i64>,
    ) -> Paginated<MinimalRepository>;
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ActionsCreateWorkflowDispatchBody {
    /// Input keys and values configured in the workflow file. The maximum number of properties is 25. Any default properties configured in the workflow file will be used when `inputs` are omitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs: Option<BTreeMap<String, serde_json::Value>>,
    /// The git reference for the workflow. The reference can be a branch or tag name.
    pub r#ref: String,
    /// Whether the response should include the workflow run ID and URLs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_run_details: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ActionsReRunWorkflowBody {
    /// Whether to enable debug logging for the re-run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_debug_logging: Option<bool>,
}

/// An artifact
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Artifact {
    pub archive_download_url: String,
    pub created_at: Option<String>,
    /// The SHA256 digest of the artifact. This field will only be populated on artifacts uploaded with upload-artifact v4 or newer. For older versions, this field will be null.
    pub digest: Option<String>,
    /// Whether or not the artifact has expired.
    pub expired: bool,
    pub expires_at: Option<String>,
    pub id: i64,
    /// The name of the artifact.
    pub name: String,
    pub node_id: String,
    /// The size in bytes of the artifact.
    pub size_in_bytes: i64,
    pub updated_at: Option<String>,
    pub url: String,
    pub workflow_run: Option<ArtifactWorkflowRun>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ArtifactWorkflowRun {
    pub head_branch: Option<String>,
    pub head_repository_id: Option<i64>,
    pub head_sha: Option<String>,
    pub id: Option<i64>,
    pub repository_id: Option<i64>,
}

/// How the author is associated with the repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuthorAssociation {
    Collaborator,
    Contributor,
    FirstTimer,
    FirstTimeContributor,
    Mannequin,
    Member,
    None,
    Owner,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The status of auto merging a pull request.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AutoMerge {
    /// Commit message for the merge commit.
    pub commit_message: String,
    /// Title for the merge commit message.
    pub commit_title: String,
    pub enabled_by: SimpleUser,
    /// The merge method to use.
    pub merge_method: AutoMergeMergeMethod,
}

/// The merge method to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AutoMergeMergeMethod {
    Merge,
    Squash,
    Rebase,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Base Gist
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BaseGist {
    pub comments: i64,
    pub comments_enabled: Option<bool>,
    pub comments_url: String,
    pub commits_url: String,
    pub created_at: String,
    pub description: Option<String>,
    pub files: BTreeMap<String, BaseGistFilesValue>,
    pub forks: Option<Vec<serde_json::Value>>,
    pub forks_url: String,
    pub git_pull_url: String,
    pub git_push_url: String,
    pub history: Option<Vec<serde_json::Value>>,
    pub html_url: String,
    pub id: String,
    pub node_id: String,
    pub owner: Option<SimpleUser>,
    pub public: bool,
    pub truncated: Option<bool>,
    pub updated_at: String,
    pub url: String,
    pub user: Option<NullableSimpleUser>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BaseGistFilesValue {
    /// The encoding used for `content`. Currently, `"utf-8"` and `"base64"` are supported.
    pub encoding: Option<String>,
    pub filename: Option<String>,
    pub language: Option<String>,
    pub raw_url: Option<String>,
    pub size: Option<i64>,
    pub r#type: Option<String>,
}

/// Branch Protection
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtection {
    pub allow_deletions: Option<BranchProtectionAllowDeletions>,
    pub allow_force_pushes: Option<BranchProtectionAllowForcePushes>,
    /// Whether users can pull changes from upstream when the branch is locked. Set to `true` to allow fork syncing. Set to `false` to prevent fork syncing.
    pub allow_fork_syncing: Option<BranchProtectionAllowForkSyncing>,
    pub block_creations: Option<BranchProtectionBlockCreations>,
    pub enabled: Option<bool>,
    pub enforce_admins: Option<ProtectedBranchAdminEnforced>,
    /// Whether to set the branch as read-only. If this is true, users will not be able to push to the branch.
    pub lock_branch: Option<BranchProtectionLockBranch>,
    pub name: Option<String>,
    pub protection_url: Option<String>,
    pub required_conversation_resolution: Option<BranchProtectionRequiredConversationResolution>,
    pub required_linear_history: Option<BranchProtectionRequiredLinearHistory>,
    pub required_pull_request_reviews: Option<ProtectedBranchPullRequestReview>,
    pub required_signatures: Option<BranchProtectionRequiredSignatures>,
    pub required_status_checks: Option<ProtectedBranchRequiredStatusCheck>,
    pub restrictions: Option<BranchRestrictionPolicy>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtectionAllowDeletions {
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtectionAllowForcePushes {
    pub enabled: Option<bool>,
}

/// Whether users can pull changes from upstream when the branch is locked. Set to `true` to allow fork syncing. Set to `false` to prevent fork syncing.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtectionAllowForkSyncing {
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtectionBlockCreations {
    pub enabled: Option<bool>,
}

/// Whether to set the branch as read-only. If this is true, users will not be able to push to the branch.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtectionLockBranch {
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtectionRequiredConversationResolution {
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtectionRequiredLinearHistory {
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchProtectionRequiredSignatures {
    pub enabled: bool,
    pub url: String,
}

/// Branch Restriction Policy
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchRestrictionPolicy {
    pub apps: Vec<BranchRestrictionPolicyAppsItem>,
    pub apps_url: String,
    pub teams: Vec<Team>,
    pub teams_url: String,
    pub url: String,
    pub users: Vec<BranchRestrictionPolicyUsersItem>,
    pub users_url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchRestrictionPolicyAppsItem {
    pub client_id: Option<String>,
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub events: Option<Vec<String>>,
    pub external_url: Option<String>,
    pub html_url: Option<String>,
    pub id: Option<i64>,
    pub name: Option<String>,
    pub node_id: Option<String>,
    pub owner: Option<BranchRestrictionPolicyAppsItemOwner>,
    pub permissions: Option<BranchRestrictionPolicyAppsItemPermissions>,
    pub slug: Option<String>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchRestrictionPolicyAppsItemOwner {
    pub avatar_url: Option<String>,
    pub description: Option<String>,
    pub events_url: Option<String>,
    pub followers_url: Option<String>,
    pub following_url: Option<String>,
    pub gists_url: Option<String>,
    pub gravatar_id: Option<String>,
    pub hooks_url: Option<String>,
    pub html_url: Option<String>,
    pub id: Option<i64>,
    pub issues_url: Option<String>,
    pub login: Option<String>,
    pub members_url: Option<String>,
    pub node_id: Option<String>,
    pub organizations_url: Option<String>,
    pub public_members_url: Option<String>,
    pub received_events_url: Option<String>,
    pub repos_url: Option<String>,
    pub site_admin: Option<bool>,
    pub starred_url: Option<String>,
    pub subscriptions_url: Option<String>,
    pub r#type: Option<String>,
    pub url: Option<String>,
    pub user_view_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchRestrictionPolicyAppsItemPermissions {
    pub contents: Option<String>,
    pub issues: Option<String>,
    pub metadata: Option<String>,
    pub single_file: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchRestrictionPolicyUsersItem {
    pub avatar_url: Option<String>,
    pub events_url: Option<String>,
    pub followers_url: Option<String>,
    pub following_url: Option<String>,
    pub gists_url: Option<String>,
    pub gravatar_id: Option<String>,
    pub html_url: Option<String>,
    pub id: Option<i64>,
    pub login: Option<String>,
    pub node_id: Option<String>,
    pub organizations_url: Option<String>,
    pub received_events_url: Option<String>,
    pub repos_url: Option<String>,
    pub site_admin: Option<bool>,
    pub starred_url: Option<String>,
    pub subscriptions_url: Option<String>,
    pub r#type: Option<String>,
    pub url: Option<String>,
    pub user_view_type: Option<String>,
}

/// Branch With Protection
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchWithProtection {
    #[serde(rename = "_links")]
    pub links: BranchWithProtectionLinks,
    pub commit: Commit,
    pub name: String,
    pub pattern: Option<String>,
    pub protected: bool,
    pub protection: BranchProtection,
    pub protection_url: String,
    pub required_approving_review_count: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BranchWithProtectionLinks {
    pub html: String,
    #[serde(rename = "self")]
    pub self_: String,
}

/// Code Of Conduct
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CodeOfConduct {
    pub body: Option<String>,
    pub html_url: Option<String>,
    pub key: String,
    pub name: String,
    pub url: String,
}

/// Code of Conduct Simple
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CodeOfConductSimple {
    pub html_url: Option<String>,
    pub key: String,
    pub name: String,
    pub url: String,
}

/// Code Search Result Item
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CodeSearchResultItem {
    pub file_size: Option<i64>,
    pub git_url: String,
    pub html_url: String,
    pub language: Option<String>,
    pub last_modified_at: Option<String>,
    pub line_numbers: Option<Vec<String>>,
    pub name: String,
    pub path: String,
    pub repository: MinimalRepository,
    pub score: f64,
    pub sha: String,
    pub text_matches: Option<Vec<SearchResultTextMatchesItem>>,
    pub url: String,
}

/// Commit
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Commit {
    pub author: Option<CommitAuthor>,
    pub comments_url: String,
    pub commit: CommitCommit,
    pub committer: Option<CommitCommitter>,
    pub files: Option<Vec<DiffEntry>>,
    pub html_url: String,
    pub node_id: String,
    pub parents: Vec<CommitParentsItem>,
    pub sha: String,
    pub stats: Option<CommitStats>,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum CommitAuthor {
    SimpleUser(Box<SimpleUser>),
    EmptyObject(BTreeMap<String, serde_json::Value>),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CommitCommit {
    pub author: Option<NullableGitUser>,
    pub comment_count: i64,
    pub committer: Option<NullableGitUser>,
    pub message: String,
    pub tree: CommitCommitTree,
    pub url: String,
    pub verification: Option<Verification>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CommitCommitTree {
    pub sha: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum CommitCommitter {
    SimpleUser(Box<SimpleUser>),
    EmptyObject(BTreeMap<String, serde_json::Value>),
}

/// Commit Comparison
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CommitComparison {
    pub ahead_by: i64,
    pub base_commit: Commit,
    pub behind_by: i64,
    pub commits: Vec<Commit>,
    pub diff_url: String,
    pub files: Option<Vec<DiffEntry>>,
    pub html_url: String,
    pub merge_base_commit: Commit,
    pub patch_url: String,
    pub permalink_url: String,
    pub status: CommitComparisonStatus,
    pub total_commits: i64,
    pub url: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CommitComparisonStatus {
    Diverged,
    Ahead,
    Behind,
    Identical,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CommitParentsItem {
    pub html_url: Option<String>,
    pub sha: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CommitStats {
    pub additions: Option<i64>,
    pub deletions: Option<i64>,
    pub total: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentDirectoryItem {
    #[serde(rename = "_links")]
    pub links: ContentDirectoryItemLinks,
    pub content: Option<String>,
    pub download_url: Option<String>,
    pub git_url: Option<String>,
    pub html_url: Option<String>,
    pub name: String,
    pub path: String,
    pub sha: String,
    pub size: i64,
    pub r#type: ContentDirectoryItemType,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentDirectoryItemLinks {
    pub git: Option<String>,
    pub html: Option<String>,
    #[serde(rename = "self")]
    pub self_: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContentDirectoryItemType {
    Dir,
    File,
    Submodule,
    Symlink,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Content File
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentFile {
    #[serde(rename = "_links")]
    pub links: ContentFileLinks,
    pub content: Option<String>,
    pub download_url: Option<String>,
    pub encoding: Option<String>,
    pub git_url: Option<String>,
    pub html_url: Option<String>,
    pub name: String,
    pub path: String,
    pub sha: String,
    pub size: i64,
    pub submodule_git_url: Option<String>,
    pub target: Option<String>,
    pub r#type: ContentFileType,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentFileLinks {
    pub git: Option<String>,
    pub html: Option<String>,
    #[serde(rename = "self")]
    pub self_: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContentFileType {
    File,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// An object describing a submodule
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentSubmodule {
    #[serde(rename = "_links")]
    pub links: ContentSubmoduleLinks,
    pub download_url: Option<String>,
    pub git_url: Option<String>,
    pub html_url: Option<String>,
    pub name: String,
    pub path: String,
    pub sha: String,
    pub size: i64,
    pub submodule_git_url: Option<String>,
    pub r#type: ContentSubmoduleType,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentSubmoduleLinks {
    pub git: Option<String>,
    pub html: Option<String>,
    #[serde(rename = "self")]
    pub self_: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContentSubmoduleType {
    Submodule,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// An object describing a symlink
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentSymlink {
    #[serde(rename = "_links")]
    pub links: ContentSymlinkLinks,
    pub download_url: Option<String>,
    pub git_url: Option<String>,
    pub html_url: Option<String>,
    pub name: String,
    pub path: String,
    pub sha: String,
    pub size: i64,
    pub target: Option<String>,
    pub r#type: ContentSymlinkType,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContentSymlinkLinks {
    pub git: Option<String>,
    pub html: Option<String>,
    #[serde(rename = "self")]
    pub self_: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContentSymlinkType {
    Symlink,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Contributor
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Contributor {
    pub avatar_url: Option<String>,
    pub contributions: i64,
    pub email: Option<String>,
    pub events_url: Option<String>,
    pub followers_url: Option<String>,
    pub following_url: Option<String>,
    pub gists_url: Option<String>,
    pub gravatar_id: Option<String>,
    pub html_url: Option<String>,
    pub id: Option<i64>,
    pub login: Option<String>,
    pub name: Option<String>,
    pub node_id: Option<String>,
    pub organizations_url: Option<String>,
    pub received_events_url: Option<String>,
    pub repos_url: Option<String>,
    pub site_admin: Option<bool>,
    pub starred_url: Option<String>,
    pub subscriptions_url: Option<String>,
    pub r#type: String,
    pub url: Option<String>,
    pub user_view_type: Option<String>,
}

/// Diff Entry
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DiffEntry {
    pub additions: i64,
    pub blob_url: String,
    pub changes: i64,
    pub contents_url: Option<String>,
    pub deletions: i64,
    pub filename: String,
    pub patch: Option<String>,
    pub previous_filename: Option<String>,
    pub raw_url: String,
    pub sha: Option<String>,
    pub status: DiffEntryStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffEntryStatus {
    Added,
    Removed,
    Modified,
    Renamed,
    Copied,
    Changed,
    Unchanged,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// An enterprise on GitHub.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Enterprise {
    pub avatar_url: String,
    pub created_at: Option<String>,
    /// A short description of the enterprise.
    pub description: Option<String>,
    pub html_url: String,
    /// Unique identifier of the enterprise
    pub id: i64,
    /// The name of the enterprise.
    pub name: String,
    pub node_id: String,
    /// The slug url identifier for the enterprise.
    pub slug: String,
    pub updated_at: Option<String>,
    /// The enterprise's website URL.
    pub website_url: Option<String>,
}

/// File Commit
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommit {
    pub commit: FileCommitCommit,
    pub content: Option<FileCommitContent>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommitCommit {
    pub author: Option<FileCommitCommitAuthor>,
    pub committer: Option<FileCommitCommitCommitter>,
    pub html_url: Option<String>,
    pub message: Option<String>,
    pub node_id: Option<String>,
    pub parents: Option<Vec<FileCommitCommitParentsItem>>,
    pub sha: Option<String>,
    pub tree: Option<FileCommitCommitTree>,
    pub url: Option<String>,
    pub verification: Option<FileCommitCommitVerification>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommitCommitAuthor {
    pub date: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommitCommitCommitter {
    pub date: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommitCommitParentsItem {
    pub html_url: Option<String>,
    pub sha: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommitCommitTree {
    pub sha: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommitCommitVerification {
    pub payload: Option<String>,
    pub reason: Option<String>,
    pub signature: Option<String>,
    pub verified: Option<bool>,
    pub verified_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommitContent {
    #[serde(rename = "_links")]
    pub links: Option<FileCommitContentLinks>,
    pub download_url: Option<String>,
    pub git_url: Option<String>,
    pub html_url: Option<String>,
    pub name: Option<String>,
    pub path: Option<String>,
    pub sha: Option<String>,
    pub size: Option<i64>,
    pub r#type: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FileCommitContentLinks {
    pub git: Option<String>,
    pub html: Option<String>,
    #[serde(rename = "self")]
    pub self_: Option<String>,
}

/// Full Repository
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FullRepository {
    pub allow_auto_merge: Option<bool>,
    pub allow_forking: Option<bool>,
    pub allow_merge_commit: Option<bool>,
    pub allow_rebase_merge: Option<bool>,
    pub allow_squash_merge: Option<bool>,
    pub allow_update_branch: Option<bool>,
    /// Whether anonymous git access is allowed.
    pub anonymous_access_enabled: Option<bool>,
    pub archive_url: String,
    pub archived: bool,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub clone_url: String,
    pub code_of_conduct: Option<CodeOfConductSimple>,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub created_at: String,
    /// The custom properties that were defined for the repository. The keys are the custom property names, and the values are the corresponding custom property values.
    pub custom_properties: Option<BTreeMap<String, serde_json::Value>>,
    pub default_branch: String,
    pub delete_branch_on_merge: Option<bool>,
    pub deployments_url: String,
    pub description: Option<String>,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    pub downloads_url: String,
    pub events_url: String,
    pub fork: bool,
    pub forks: i64,
    pub forks_count: i64,
    pub forks_url: String,
    pub full_name: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    pub git_url: String,
    pub has_discussions: Option<bool>,
    pub has_downloads: Option<bool>,
    pub has_issues: bool,
    pub has_pages: bool,
    pub has_projects: bool,
    pub has_pull_requests: Option<bool>,
    pub has_wiki: bool,
    pub homepage: Option<String>,
    pub hooks_url: String,
    pub html_url: String,
    pub id: i64,
    pub is_template: Option<bool>,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub language: Option<String>,
    pub languages_url: String,
    pub license: Option<NullableLicenseSimple>,
    pub master_branch: Option<String>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    pub merge_commit_message: Option<FullRepositoryMergeCommitMessage>,
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    pub merge_commit_title: Option<FullRepositoryMergeCommitTitle>,
    pub merges_url: String,
    pub milestones_url: String,
    pub mirror_url: Option<String>,
    pub name: String,
    pub network_count: i64,
    pub node_id: String,
    pub notifications_url: String,
    pub open_issues: i64,
    pub open_issues_count: i64,
    pub organization: Option<NullableSimpleUser>,
    pub owner: SimpleUser,
    pub parent: Option<Repository>,
    pub permissions: Option<FullRepositoryPermissions>,
    pub private: bool,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub pull_request_creation_policy: Option<FullRepositoryPullRequestCreationPolicy>,
    pub pulls_url: String,
    pub pushed_at: String,
    pub releases_url: String,
    pub security_and_analysis: Option<SecurityAndAnalysis>,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: i64,
    pub source: Option<Repository>,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    pub squash_merge_commit_message: Option<FullRepositorySquashMergeCommitMessage>,
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    pub squash_merge_commit_title: Option<FullRepositorySquashMergeCommitTitle>,
    pub ssh_url: String,
    pub stargazers_count: i64,
    pub stargazers_url: String,
    pub statuses_url: String,
    pub subscribers_count: i64,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub svn_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub temp_clone_token: Option<String>,
    pub template_repository: Option<NullableRepository>,
    pub topics: Option<Vec<String>>,
    pub trees_url: String,
    pub updated_at: String,
    pub url: String,
    pub use_squash_pr_title_as_default: Option<bool>,
    /// The repository visibility: public, private, or internal.
    pub visibility: Option<String>,
    pub watchers: i64,
    pub watchers_count: i64,
    pub web_commit_signoff_required: Option<bool>,
}

/// The default value for a merge commit message.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `PR_BODY` - default to the pull request's body.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FullRepositoryMergeCommitMessage {
    PrBody,
    PrTitle,
    Blank,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a merge commit title.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FullRepositoryMergeCommitTitle {
    PrTitle,
    MergeMessage,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FullRepositoryPermissions {
    pub admin: bool,
    pub maintain: Option<bool>,
    pub pull: bool,
    pub push: bool,
    pub triage: Option<bool>,
}

/// The policy controlling who can create pull requests: all or collaborators_only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FullRepositoryPullRequestCreationPolicy {
    All,
    CollaboratorsOnly,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a squash merge commit message:
///
/// - `PR_BODY` - default to the pull request's body.
/// - `COMMIT_MESSAGES` - default to the branch's commit messages.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FullRepositorySquashMergeCommitMessage {
    PrBody,
    CommitMessages,
    Blank,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a squash merge commit title:
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FullRepositorySquashMergeCommitTitle {
    PrTitle,
    CommitOrPrTitle,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Gist History
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GistHistory {
    pub change_status: Option<GistHistoryChangeStatus>,
    pub committed_at: Option<String>,
    pub url: Option<String>,
    pub user: Option<NullableSimpleUser>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GistHistoryChangeStatus {
    pub additions: Option<i64>,
    pub deletions: Option<i64>,
    pub total: Option<i64>,
}

/// Gist Simple
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GistSimple {
    pub comments: Option<i64>,
    pub comments_enabled: Option<bool>,
    pub comments_url: Option<String>,
    pub commits_url: Option<String>,
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub files: Option<BTreeMap<String, Option<GistSimpleFilesValue>>>,
    /// Gist
    pub fork_of: Option<GistSimpleForkOf>,
    pub forks: Option<Vec<GistSimpleForksItem>>,
    pub forks_url: Option<String>,
    pub git_pull_url: Option<String>,
    pub git_push_url: Option<String>,
    pub history: Option<Vec<GistHistory>>,
    pub html_url: Option<String>,
    pub id: Option<String>,
    pub node_id: Option<String>,
    pub owner: Option<SimpleUser>,
    pub public: Option<bool>,
    pub truncated: Option<bool>,
    pub updated_at: Option<String>,
    pub url: Option<String>,
    pub user: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GistSimpleFilesValue {
    pub content: Option<String>,
    /// The encoding used for `content`. Currently, `"utf-8"` and `"base64"` are supported.
    pub encoding: Option<String>,
    pub filename: Option<String>,
    pub language: Option<String>,
    pub raw_url: Option<String>,
    pub size: Option<i64>,
    pub truncated: Option<bool>,
    pub r#type: Option<String>,
}

/// Gist
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GistSimpleForkOf {
    pub comments: i64,
    pub comments_enabled: Option<bool>,
    pub comments_url: String,
    pub commits_url: String,
    pub created_at: String,
    pub description: Option<String>,
    pub files: BTreeMap<String, GistSimpleForkOfFilesValue>,
    pub forks: Option<Vec<serde_json::Value>>,
    pub forks_url: String,
    pub git_pull_url: String,
    pub git_push_url: String,
    pub history: Option<Vec<serde_json::Value>>,
    pub html_url: String,
    pub id: String,
    pub node_id: String,
    pub owner: Option<NullableSimpleUser>,
    pub public: bool,
    pub truncated: Option<bool>,
    pub updated_at: String,
    pub url: String,
    pub user: Option<NullableSimpleUser>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GistSimpleForkOfFilesValue {
    pub filename: Option<String>,
    pub language: Option<String>,
    pub raw_url: Option<String>,
    pub size: Option<i64>,
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GistSimpleForksItem {
    pub created_at: Option<String>,
    pub id: Option<String>,
    pub updated_at: Option<String>,
    pub url: Option<String>,
    pub user: Option<PublicUser>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GistsCreateBody {
    /// Description of the gist
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Names and content for the files that make up the gist
    pub files: BTreeMap<String, GistsCreateBodyFilesValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public: Option<GistsCreateBodyPublic>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GistsCreateBodyFilesValue {
    /// Content of the file
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum GistsCreateBodyPublic {
    Boolean(bool),
    String(GistsCreateBodyPublicString),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GistsCreateBodyPublicString {
    True,
    False,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GistsUpdateBody {
    /// The description of the gist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The gist files to be updated, renamed, or deleted. Each `key` must match the current filename
    /// (including extension) of the targeted gist file. For example: `hello.py`.
    ///
    /// To delete a file, set the whole file to null. For example: `hello.py : null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<BTreeMap<String, Option<GistsUpdateBodyFilesValue>>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GistsUpdateBodyFilesValue {
    /// The new content of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The new filename for the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
}

/// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Integration {
    pub client_id: Option<String>,
    pub created_at: String,
    pub description: Option<String>,
    /// The list of events for the GitHub app. Note that the `installation_target`, `security_advisory`, and `meta` events are not included because they are global events and not specific to an installation.
    pub events: Vec<String>,
    pub external_url: String,
    pub html_url: String,
    /// Unique identifier of the GitHub app
    pub id: i64,
    /// The number of installations associated with the GitHub app. Only returned when the integration is requesting details about itself.
    pub installations_count: Option<i64>,
    /// The name of the GitHub app
    pub name: String,
    pub node_id: String,
    pub owner: IntegrationOwner,
    /// The set of permissions for the GitHub app
    pub permissions: IntegrationPermissions,
    /// The slug name of the GitHub app
    pub slug: Option<String>,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum IntegrationOwner {
    SimpleUser(Box<SimpleUser>),
    Enterprise(Box<Enterprise>),
}

/// The set of permissions for the GitHub app
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IntegrationPermissions {
    pub checks: Option<String>,
    pub contents: Option<String>,
    pub deployments: Option<String>,
    pub issues: Option<String>,
    pub metadata: Option<String>,
}

/// Issues are a great way to keep track of tasks, enhancements, and bugs for your projects.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Issue {
    pub active_lock_reason: Option<String>,
    pub assignee: Option<NullableSimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    pub author_association: Option<AuthorAssociation>,
    /// Contents of the issue
    pub body: Option<String>,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    pub closed_at: Option<String>,
    pub closed_by: Option<NullableSimpleUser>,
    pub comments: i64,
    pub comments_url: String,
    pub created_at: String,
    pub draft: Option<bool>,
    pub events_url: String,
    pub html_url: String,
    pub id: i64,
    pub issue_dependencies_summary: Option<IssueDependenciesSummary>,
    pub issue_field_values: Option<Vec<IssueFieldValue>>,
    /// Labels to associate with this issue; pass one or more label names to replace the set of labels on this issue; send an empty array to clear all labels from the issue; note that the labels are silently dropped for users without push access to the repository
    pub labels: Vec<IssueLabelsItem>,
    pub labels_url: String,
    pub locked: bool,
    pub milestone: Option<NullableMilestone>,
    pub node_id: String,
    /// Number uniquely identifying the issue within its repository
    pub number: i64,
    /// URL to get the parent issue of this issue, if it is a sub-issue
    pub parent_issue_url: Option<String>,
    pub performed_via_github_app: Option<NullableIntegration>,
    pub pinned_comment: Option<NullableIssueComment>,
    pub pull_request: Option<IssuePullRequest>,
    pub reactions: Option<ReactionRollup>,
    pub repository: Option<Repository>,
    pub repository_url: String,
    /// State of the issue; either 'open' or 'closed'
    pub state: String,
    /// The reason for the current state
    pub state_reason: Option<IssueStateReason>,
    pub sub_issues_summary: Option<SubIssuesSummary>,
    pub timeline_url: Option<String>,
    /// Title of the issue
    pub title: String,
    pub r#type: Option<IssueType>,
    pub updated_at: String,
    /// URL for the issue
    pub url: String,
    pub user: Option<NullableSimpleUser>,
}

/// Comments provide a way for people to collaborate on an issue.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueComment {
    pub author_association: Option<AuthorAssociation>,
    /// Contents of the issue comment
    pub body: Option<String>,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    pub created_at: String,
    pub html_url: String,
    /// Unique identifier of the issue comment
    pub id: i64,
    pub issue_url: String,
    pub minimized: Option<NullableIssueCommentMinimized>,
    pub node_id: String,
    pub performed_via_github_app: Option<NullableIntegration>,
    pub pin: Option<NullablePinnedIssueComment>,
    pub reactions: Option<ReactionRollup>,
    pub updated_at: String,
    /// URL for the issue comment
    pub url: String,
    pub user: Option<NullableSimpleUser>,
}

/// Issue Dependencies Summary
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueDependenciesSummary {
    pub blocked_by: i64,
    pub blocking: i64,
    pub total_blocked_by: i64,
    pub total_blocking: i64,
}

/// A value assigned to an issue field
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueFieldValue {
    /// The data type of the issue field
    pub data_type: IssueFieldValueDataType,
    /// Unique identifier for the issue field.
    pub issue_field_id: i64,
    /// The human-readable name of the issue field.
    pub issue_field_name: Option<String>,
    /// Details about the selected options
    pub multi_select_options: Option<Vec<IssueFieldValueMultiSelectOptionsItem>>,
    pub node_id: String,
    /// Details about the selected option (only present for single_select fields)
    pub single_select_option: Option<IssueFieldValueSingleSelectOption>,
    /// The value of the issue field
    pub value: Option<IssueFieldValueValue>,
}

/// The data type of the issue field
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueFieldValueDataType {
    Text,
    SingleSelect,
    MultiSelect,
    Number,
    Date,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueFieldValueMultiSelectOptionsItem {
    /// The color of the option
    pub color: String,
    /// Unique identifier for the option.
    pub id: i64,
    /// The name of the option
    pub name: String,
}

/// Details about the selected option (only present for single_select fields)
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueFieldValueSingleSelectOption {
    /// The color of the option
    pub color: String,
    /// Unique identifier for the option.
    pub id: i64,
    /// The name of the option
    pub name: String,
}

/// The value of the issue field
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum IssueFieldValueValue {
    String(String),
    Number(f64),
    Integer(i64),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum IssueLabelsItem {
    String(String),
    Object(Box<IssueLabelsItemObject>),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueLabelsItemObject {
    pub color: Option<String>,
    pub default: Option<bool>,
    pub description: Option<String>,
    pub id: Option<i64>,
    pub name: Option<String>,
    pub node_id: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuePullRequest {
    pub diff_url: Option<String>,
    pub html_url: Option<String>,
    pub merged_at: Option<String>,
    pub patch_url: Option<String>,
    pub url: Option<String>,
}

/// Issue Search Result Item
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueSearchResultItem {
    pub active_lock_reason: Option<String>,
    pub assignee: Option<NullableSimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    pub author_association: AuthorAssociation,
    pub body: Option<String>,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    pub closed_at: Option<String>,
    pub comments: i64,
    pub comments_url: String,
    pub created_at: String,
    pub draft: Option<bool>,
    pub events_url: String,
    pub html_url: String,
    pub id: i64,
    pub issue_dependencies_summary: Option<IssueDependenciesSummary>,
    pub issue_field_values: Option<Vec<IssueFieldValue>>,
    pub labels: Vec<IssueSearchResultItemLabelsItem>,
    pub labels_url: String,
    pub locked: bool,
    pub milestone: Option<NullableMilestone>,
    pub node_id: String,
    pub number: i64,
    pub performed_via_github_app: Option<NullableIntegration>,
    pub pinned_comment: Option<NullableIssueComment>,
    pub pull_request: Option<IssueSearchResultItemPullRequest>,
    pub reactions: Option<ReactionRollup>,
    pub repository: Option<Repository>,
    pub repository_url: String,
    pub score: f64,
    pub state: String,
    pub state_reason: Option<String>,
    pub sub_issues_summary: Option<SubIssuesSummary>,
    pub text_matches: Option<Vec<SearchResultTextMatchesItem2>>,
    pub timeline_url: Option<String>,
    pub title: String,
    pub r#type: Option<IssueType>,
    pub updated_at: String,
    pub url: String,
    pub user: Option<NullableSimpleUser>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueSearchResultItemLabelsItem {
    pub color: Option<String>,
    pub default: Option<bool>,
    pub description: Option<String>,
    pub id: Option<i64>,
    pub name: Option<String>,
    pub node_id: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueSearchResultItemPullRequest {
    pub diff_url: Option<String>,
    pub html_url: Option<String>,
    pub merged_at: Option<String>,
    pub patch_url: Option<String>,
    pub url: Option<String>,
}

/// The reason for the current state
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueStateReason {
    Completed,
    Reopened,
    NotPlanned,
    Duplicate,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The type assigned to the issue. This is only present for issues in repositories where issue types are supported.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssueType {
    /// The color of the issue type.
    pub color: Option<IssueTypeColor>,
    /// The time the issue type created.
    pub created_at: Option<String>,
    /// The description of the issue type.
    pub description: Option<String>,
    /// The unique identifier of the issue type.
    pub id: i64,
    /// The enabled state of the issue type.
    pub is_enabled: Option<bool>,
    /// The name of the issue type.
    pub name: String,
    /// The node identifier of the issue type.
    pub node_id: String,
    /// The time the issue type last updated.
    pub updated_at: Option<String>,
}

/// The color of the issue type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssueTypeColor {
    Gray,
    Blue,
    Green,
    Yellow,
    Orange,
    Red,
    Pink,
    Purple,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesAddLabelsBody {
    /// The labels to add to the issue's existing labels. You can also pass an `array` of labels directly, but GitHub recommends passing an object with the `labels` key. To replace all of the labels for an issue, use "[Set labels for an issue](https://docs.github.com/rest/issues/labels#set-labels-for-an-issue)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<IssuesAddLabelsBodyLabelsItem>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesAddLabelsBodyLabelsItem {
    String(String),
    Object(IssuesAddLabelsBodyLabelsItemObject),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesAddLabelsBodyLabelsItemObject {
    /// The confidence level for this label choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesAddLabelsBodyLabelsItemObjectConfidence>,
    /// The name of the label to add.
    pub name: String,
    /// Optional reasoning for adding this label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the label is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
}

/// The confidence level for this label choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesAddLabelsBodyLabelsItemObjectConfidence {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssuesCreateBody {
    /// Login for the user that this issue should be assigned to. _NOTE: Only users with push access can set the assignee for new issues. The assignee is silently dropped otherwise. **This field is closing down.**_
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// Logins for Users to assign to this issue. _NOTE: Only users with push access can set assignees for new issues. Assignees are silently dropped otherwise._
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<String>>,
    /// The contents of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// An array of issue field values to set on this issue. Each field value must include the field ID and the value to set. Issue fields are only available for organization-owned repositories with the feature enabled. Field values are silently dropped otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_field_values: Option<Vec<IssuesCreateBodyIssueFieldValuesItem>>,
    /// Labels to associate with this issue. _NOTE: Only users with push access can set labels for new issues. Labels are silently dropped otherwise._
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<IssuesCreateBodyLabelsItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<IssuesCreateBodyMilestone>,
    /// The title of the issue.
    pub title: IssuesCreateBodyTitle,
    /// The name of the issue type to associate with this issue. _NOTE: Only users with push access can set the type for new issues. The type is silently dropped otherwise._
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssuesCreateBodyIssueFieldValuesItem {
    /// The ID of the issue field to set
    pub field_id: i64,
    /// The value to set for the field. For multi-select fields, provide an array of option names.
    pub value: IssuesCreateBodyIssueFieldValuesItemValue,
}

/// The value to set for the field. For multi-select fields, provide an array of option names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesCreateBodyIssueFieldValuesItemValue {
    String(String),
    Number(f64),
    Array(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesCreateBodyLabelsItem {
    String(String),
    Object(IssuesCreateBodyLabelsItemObject),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesCreateBodyLabelsItemObject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesCreateBodyMilestone {
    String(String),
    Integer(i64),
}

/// The title of the issue.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesCreateBodyTitle {
    String(String),
    Integer(i64),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesCreateCommentBody {
    /// The contents of the comment.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesCreateLabelBody {
    /// The [hexadecimal color code](http://www.color-hex.com/) for the label, without the leading `#`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// A short description of the label. Must be 100 characters or fewer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the label. Emoji can be added to label names, using either native emoji or colon-style markup. For example, typing `:strawberry:` will render the emoji ![:strawberry:](https://github.githubassets.com/images/icons/emoji/unicode/1f353.png ":strawberry:"). For a full list of available emoji and codes, see "[Emoji cheat sheet](https://github.com/ikatyang/emoji-cheat-sheet)."
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesCreateMilestoneBody {
    /// A description of the milestone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The milestone due date. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_on: Option<String>,
    /// The state of the milestone. Either `open` or `closed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<IssuesCreateMilestoneBodyState>,
    /// The title of the milestone.
    pub title: String,
}

/// The state of the milestone. Either `open` or `closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesCreateMilestoneBodyState {
    Open,
    Closed,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesUpdateBody {
    /// Username to assign to this issue. **This field is closing down.**
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// Usernames to assign to this issue. Pass one or more user logins to _replace_ the set of assignees on this issue. Send an empty array (`[]`) to clear all assignees from the issue. Only users with push access can set assignees for new issues. Without push access to the repository, assignee changes are silently dropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<IssuesUpdateBodyAssigneesItem>>,
    /// The contents of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The ID of the issue to mark as the canonical duplicate when `state_reason` is `duplicate`. The issue must exist and be accessible to the authenticated user. Ignored when `state_reason` is not `duplicate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_issue_id: Option<i64>,
    /// An array of issue field values to set on this issue. Each field value must include the field ID and the value to set. Only users with push access can set field values for issues
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_field_values: Option<Vec<IssuesUpdateBodyIssueFieldValuesItem>>,
    /// Labels to associate with this issue. Pass one or more labels to _replace_ the set of labels on this issue. Send an empty array (`[]`) to clear all labels from the issue. Only users with push access can set labels for issues. Without push access to the repository, label changes are silently dropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<IssuesUpdateBodyLabelsItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<IssuesUpdateBodyMilestone>,
    /// The open or closed state of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<IssuesUpdateBodyState>,
    /// The reason for the state change. Ignored unless `state` is changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_reason: Option<IssuesUpdateBodyStateReason>,
    /// The title of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<IssuesUpdateBodyTitle>,
    /// The issue type to associate with this issue. Only users with push access can set the type for issues. Without push access to the repository, type changes are silently dropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IssuesUpdateBodyType>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesUpdateBodyAssigneesItem {
    String(String),
    Object(IssuesUpdateBodyAssigneesItemObject),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesUpdateBodyAssigneesItemObject {
    /// The confidence level for this assignee choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyAssigneesItemObjectConfidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    /// Optional reasoning for selecting this assignee.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the change is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
}

/// The confidence level for this assignee choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateBodyAssigneesItemObjectConfidence {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssuesUpdateBodyIssueFieldValuesItem {
    /// The confidence level for this field value choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyIssueFieldValuesItemConfidence>,
    /// The ID of the issue field to set
    pub field_id: i64,
    /// Optional reasoning for setting this field value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the change is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    /// The value to set for the field. For multi-select fields, provide an array of option names.
    pub value: IssuesUpdateBodyIssueFieldValuesItemValue,
}

/// The confidence level for this field value choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateBodyIssueFieldValuesItemConfidence {
    Low,
    Medium,
    High,
}

/// The value to set for the field. For multi-select fields, provide an array of option names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesUpdateBodyIssueFieldValuesItemValue {
    String(String),
    Number(f64),
    Array(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesUpdateBodyLabelsItem {
    String(String),
    Object(Box<IssuesUpdateBodyLabelsItemObject>),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesUpdateBodyLabelsItemObject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// The confidence level for this label choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyLabelsItemObjectConfidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Optional reasoning for selecting this label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the change is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
}

/// The confidence level for this label choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateBodyLabelsItemObjectConfidence {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesUpdateBodyMilestone {
    String(String),
    Integer(i64),
}

/// The open or closed state of the issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateBodyState {
    Open,
    Closed,
}

/// The reason for the state change. Ignored unless `state` is changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssuesUpdateBodyStateReason {
    Completed,
    NotPlanned,
    Duplicate,
    Reopened,
}

/// The title of the issue.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesUpdateBodyTitle {
    String(String),
    Integer(i64),
}

/// The issue type to associate with this issue. Only users with push access can set the type for issues. Without push access to the repository, type changes are silently dropped.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum IssuesUpdateBodyType {
    String(String),
    Object(IssuesUpdateBodyTypeObject),
}

/// The issue type with optional metadata.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesUpdateBodyTypeObject {
    /// The confidence level for this type choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyTypeObjectConfidence>,
    /// Optional reasoning for selecting this type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the change is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    /// The name of the issue type to associate with this issue, or `null` to remove the current issue type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The confidence level for this type choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateBodyTypeObjectConfidence {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IssuesUpdateCommentBody {
    /// The contents of the comment.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponse {
    pub active_lock_reason: Option<String>,
    pub assignee: Option<NullableSimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    pub author_association: Option<AuthorAssociation>,
    /// Contents of the issue
    pub body: Option<String>,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    pub closed_at: Option<String>,
    pub closed_by: Option<NullableSimpleUser>,
    pub comments: i64,
    pub comments_url: String,
    pub created_at: String,
    pub draft: Option<bool>,
    pub events_url: String,
    pub html_url: String,
    pub id: i64,
    pub issue_dependencies_summary: Option<IssueDependenciesSummary>,
    pub issue_field_values: Option<Vec<IssueFieldValue>>,
    /// Labels to associate with this issue; pass one or more label names to replace the set of labels on this issue; send an empty array to clear all labels from the issue; note that the labels are silently dropped for users without push access to the repository
    pub labels: Vec<IssuesUpdateResponseLabelsItem>,
    pub labels_url: String,
    pub locked: bool,
    pub milestone: Option<NullableMilestone>,
    pub node_id: String,
    /// Number uniquely identifying the issue within its repository
    pub number: i64,
    /// URL to get the parent issue of this issue, if it is a sub-issue
    pub parent_issue_url: Option<String>,
    pub performed_via_github_app: Option<NullableIntegration>,
    pub pinned_comment: Option<NullableIssueComment>,
    pub pull_request: Option<IssuesUpdateResponsePullRequest>,
    pub reactions: Option<ReactionRollup>,
    pub repository: Option<Repository>,
    pub repository_url: String,
    /// State of the issue; either 'open' or 'closed'
    pub state: String,
    /// The reason for the current state
    pub state_reason: Option<IssuesUpdateResponseStateReason>,
    pub sub_issues_summary: Option<SubIssuesSummary>,
    pub timeline_url: Option<String>,
    /// Title of the issue
    pub title: String,
    pub r#type: Option<IssueType>,
    pub updated_at: String,
    /// URL for the issue
    pub url: String,
    pub user: Option<NullableSimpleUser>,
    /// Pending suggestions for each suggestible field (`type`,
    /// `issue_field_values`, `labels`, `assignees`, `state`) the
    /// request touched. Omitted for fields not in the request or
    /// with no pending or ignored suggestions. Items tagged
    /// `ignored` are echoes of the current request's inputs that
    /// were not persisted as pending suggestions.
    pub suggestions: Option<IssuesUpdateResponseSuggestions>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum IssuesUpdateResponseLabelsItem {
    String(String),
    Object(Box<IssuesUpdateResponseLabelsItemObject>),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponseLabelsItemObject {
    pub color: Option<String>,
    pub default: Option<bool>,
    pub description: Option<String>,
    pub id: Option<i64>,
    pub name: Option<String>,
    pub node_id: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponsePullRequest {
    pub diff_url: Option<String>,
    pub html_url: Option<String>,
    pub merged_at: Option<String>,
    pub patch_url: Option<String>,
    pub url: Option<String>,
}

/// The reason for the current state
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssuesUpdateResponseStateReason {
    Completed,
    Reopened,
    NotPlanned,
    Duplicate,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Pending suggestions for each suggestible field (`type`,
/// `issue_field_values`, `labels`, `assignees`, `state`) the
/// request touched. Omitted for fields not in the request or
/// with no pending or ignored suggestions. Items tagged
/// `ignored` are echoes of the current request's inputs that
/// were not persisted as pending suggestions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponseSuggestions {
    pub assignees: Option<Vec<IssuesUpdateResponseSuggestionsAssigneesItem>>,
    pub issue_field_values: Option<Vec<IssuesUpdateResponseSuggestionsIssueFieldValuesItem>>,
    pub labels: Option<Vec<IssuesUpdateResponseSuggestionsLabelsItem>>,
    pub state: Option<Vec<IssuesUpdateResponseSuggestionsStateItem>>,
    pub r#type: Option<Vec<IssuesUpdateResponseSuggestionsTypeItem>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponseSuggestionsAssigneesItem {
    pub confidence: Option<IssuesUpdateResponseSuggestionsAssigneesItemConfidence>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateResponseSuggestionsAssigneesItemIgnoredReason>,
    pub login: Option<String>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateResponseSuggestionsAssigneesItemConfidence {
    Low,
    Medium,
    High,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssuesUpdateResponseSuggestionsAssigneesItemIgnoredReason {
    AlreadyApplied,
    IssueAlreadyClosed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponseSuggestionsIssueFieldValuesItem {
    pub confidence: Option<IssuesUpdateResponseSuggestionsIssueFieldValuesItemConfidence>,
    pub field_id: Option<i64>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateResponseSuggestionsIssueFieldValuesItemIgnoredReason>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
    pub value: Option<IssuesUpdateResponseSuggestionsIssueFieldValuesItemValue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateResponseSuggestionsIssueFieldValuesItemConfidence {
    Low,
    Medium,
    High,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssuesUpdateResponseSuggestionsIssueFieldValuesItemIgnoredReason {
    AlreadyApplied,
    IssueAlreadyClosed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum IssuesUpdateResponseSuggestionsIssueFieldValuesItemValue {
    String(String),
    Number(f64),
    Array(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponseSuggestionsLabelsItem {
    pub confidence: Option<IssuesUpdateResponseSuggestionsLabelsItemConfidence>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateResponseSuggestionsLabelsItemIgnoredReason>,
    pub name: Option<String>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateResponseSuggestionsLabelsItemConfidence {
    Low,
    Medium,
    High,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssuesUpdateResponseSuggestionsLabelsItemIgnoredReason {
    AlreadyApplied,
    IssueAlreadyClosed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponseSuggestionsStateItem {
    pub confidence: Option<IssuesUpdateResponseSuggestionsStateItemConfidence>,
    pub duplicate_issue_id: Option<i64>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateResponseSuggestionsStateItemIgnoredReason>,
    pub rationale: Option<String>,
    pub state_reason: Option<String>,
    pub suggest: Option<bool>,
    pub value: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateResponseSuggestionsStateItemConfidence {
    Low,
    Medium,
    High,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssuesUpdateResponseSuggestionsStateItemIgnoredReason {
    AlreadyApplied,
    IssueAlreadyClosed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IssuesUpdateResponseSuggestionsTypeItem {
    pub confidence: Option<IssuesUpdateResponseSuggestionsTypeItemConfidence>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateResponseSuggestionsTypeItemIgnoredReason>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
    pub value: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssuesUpdateResponseSuggestionsTypeItemConfidence {
    Low,
    Medium,
    High,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssuesUpdateResponseSuggestionsTypeItemIgnoredReason {
    AlreadyApplied,
    IssueAlreadyClosed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Information of a job execution in a workflow run
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Job {
    pub check_run_url: String,
    /// The time that the job finished, in ISO 8601 format.
    pub completed_at: Option<String>,
    /// The outcome of the job.
    pub conclusion: Option<JobConclusion>,
    /// The time that the job created, in ISO 8601 format.
    pub created_at: Option<String>,
    /// The name of the current branch.
    pub head_branch: Option<String>,
    /// The SHA of the commit that is being run.
    pub head_sha: String,
    pub html_url: Option<String>,
    /// The id of the job.
    pub id: i64,
    /// Labels for the workflow job. Specified by the "runs_on" attribute in the action's workflow file.
    pub labels: Vec<String>,
    /// The name of the job.
    pub name: String,
    pub node_id: String,
    /// Attempt number of the associated workflow run, 1 for first attempt and higher if the workflow was re-run.
    pub run_attempt: Option<i64>,
    /// The id of the associated workflow run.
    pub run_id: i64,
    pub run_url: String,
    /// The ID of the runner group to which this job has been assigned. (If a runner hasn't yet been assigned, this will be null.)
    pub runner_group_id: Option<i64>,
    /// The name of the runner group to which this job has been assigned. (If a runner hasn't yet been assigned, this will be null.)
    pub runner_group_name: Option<String>,
    /// The ID of the runner to which this job has been assigned. (If a runner hasn't yet been assigned, this will be null.)
    pub runner_id: Option<i64>,
    /// The name of the runner to which this job has been assigned. (If a runner hasn't yet been assigned, this will be null.)
    pub runner_name: Option<String>,
    /// The time that the job started, in ISO 8601 format.
    pub started_at: String,
    /// The phase of the lifecycle that the job is currently in.
    pub status: JobStatus,
    /// Steps in this job.
    pub steps: Option<Vec<JobStepsItem>>,
    pub url: String,
    /// The name of the workflow.
    pub workflow_name: Option<String>,
}

/// The outcome of the job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobConclusion {
    Success,
    Failure,
    Neutral,
    Cancelled,
    Skipped,
    TimedOut,
    ActionRequired,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The phase of the lifecycle that the job is currently in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    Queued,
    InProgress,
    Completed,
    Waiting,
    Requested,
    Pending,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct JobStepsItem {
    /// The time that the job finished, in ISO 8601 format.
    pub completed_at: Option<String>,
    /// The outcome of the job.
    pub conclusion: Option<String>,
    /// The name of the job.
    pub name: String,
    pub number: i64,
    /// The time that the step started, in ISO 8601 format.
    pub started_at: Option<String>,
    /// The phase of the lifecycle that the job is currently in.
    pub status: JobStepsItemStatus,
}

/// The phase of the lifecycle that the job is currently in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStepsItemStatus {
    Queued,
    InProgress,
    Completed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Color-coded labels help you categorize and filter your issues (just like labels in Gmail).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Label {
    /// 6-character hex code, without the leading #, identifying the color
    pub color: String,
    /// Whether this label comes by default in a new repository.
    pub default: bool,
    /// Optional description of the label, such as its purpose.
    pub description: Option<String>,
    /// Unique identifier for the label.
    pub id: i64,
    /// The name of the label.
    pub name: String,
    pub node_id: String,
    /// URL for the label
    pub url: String,
}

/// Hypermedia Link
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Link {
    pub href: String,
}

/// A collection of related issues and pull requests.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Milestone {
    pub closed_at: Option<String>,
    pub closed_issues: i64,
    pub created_at: String,
    pub creator: Option<NullableSimpleUser>,
    pub description: Option<String>,
    pub due_on: Option<String>,
    pub html_url: String,
    pub id: i64,
    pub labels_url: String,
    pub node_id: String,
    /// The number of the milestone.
    pub number: i64,
    pub open_issues: i64,
    /// The state of the milestone.
    pub state: MilestoneState,
    /// The title of the milestone.
    pub title: String,
    pub updated_at: String,
    pub url: String,
}

/// The state of the milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MilestoneState {
    Open,
    Closed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Minimal Repository
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MinimalRepository {
    pub allow_forking: Option<bool>,
    pub archive_url: String,
    pub archived: Option<bool>,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub clone_url: Option<String>,
    pub code_of_conduct: Option<CodeOfConduct>,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub created_at: Option<String>,
    /// The custom properties that were defined for the repository. The keys are the custom property names, and the values are the corresponding custom property values.
    pub custom_properties: Option<BTreeMap<String, serde_json::Value>>,
    pub default_branch: Option<String>,
    pub delete_branch_on_merge: Option<bool>,
    pub deployments_url: String,
    pub description: Option<String>,
    pub disabled: Option<bool>,
    pub downloads_url: String,
    pub events_url: String,
    pub fork: bool,
    pub forks: Option<i64>,
    pub forks_count: Option<i64>,
    pub forks_url: String,
    pub full_name: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    pub git_url: Option<String>,
    pub has_discussions: Option<bool>,
    pub has_downloads: Option<bool>,
    pub has_issues: Option<bool>,
    pub has_pages: Option<bool>,
    pub has_projects: Option<bool>,
    pub has_pull_requests: Option<bool>,
    pub has_wiki: Option<bool>,
    pub homepage: Option<String>,
    pub hooks_url: String,
    pub html_url: String,
    pub id: i64,
    pub is_template: Option<bool>,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub language: Option<String>,
    pub languages_url: String,
    pub license: Option<MinimalRepositoryLicense>,
    pub merges_url: String,
    pub milestones_url: String,
    pub mirror_url: Option<String>,
    pub name: String,
    pub network_count: Option<i64>,
    pub node_id: String,
    pub notifications_url: String,
    pub open_issues: Option<i64>,
    pub open_issues_count: Option<i64>,
    pub owner: SimpleUser,
    pub permissions: Option<MinimalRepositoryPermissions>,
    pub private: bool,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub pull_request_creation_policy: Option<MinimalRepositoryPullRequestCreationPolicy>,
    pub pulls_url: String,
    pub pushed_at: Option<String>,
    pub releases_url: String,
    pub role_name: Option<String>,
    pub security_and_analysis: Option<SecurityAndAnalysis>,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: Option<i64>,
    pub ssh_url: Option<String>,
    pub stargazers_count: Option<i64>,
    pub stargazers_url: String,
    pub statuses_url: String,
    pub subscribers_count: Option<i64>,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub svn_url: Option<String>,
    pub tags_url: String,
    pub teams_url: String,
    pub temp_clone_token: Option<String>,
    pub topics: Option<Vec<String>>,
    pub trees_url: String,
    pub updated_at: Option<String>,
    pub url: String,
    pub visibility: Option<String>,
    pub watchers: Option<i64>,
    pub watchers_count: Option<i64>,
    pub web_commit_signoff_required: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MinimalRepositoryLicense {
    pub key: Option<String>,
    pub name: Option<String>,
    pub node_id: Option<String>,
    pub spdx_id: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MinimalRepositoryPermissions {
    pub admin: Option<bool>,
    pub maintain: Option<bool>,
    pub pull: Option<bool>,
    pub push: Option<bool>,
    pub triage: Option<bool>,
}

/// The policy controlling who can create pull requests: all or collaborators_only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MinimalRepositoryPullRequestCreationPolicy {
    All,
    CollaboratorsOnly,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Metaproperties for Git author/committer information.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableGitUser {
    pub date: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
}

/// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableIntegration {
    pub client_id: Option<String>,
    pub created_at: String,
    pub description: Option<String>,
    /// The list of events for the GitHub app. Note that the `installation_target`, `security_advisory`, and `meta` events are not included because they are global events and not specific to an installation.
    pub events: Vec<String>,
    pub external_url: String,
    pub html_url: String,
    /// Unique identifier of the GitHub app
    pub id: i64,
    /// The number of installations associated with the GitHub app. Only returned when the integration is requesting details about itself.
    pub installations_count: Option<i64>,
    /// The name of the GitHub app
    pub name: String,
    pub node_id: String,
    pub owner: NullableIntegrationOwner,
    /// The set of permissions for the GitHub app
    pub permissions: NullableIntegrationPermissions,
    /// The slug name of the GitHub app
    pub slug: Option<String>,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum NullableIntegrationOwner {
    SimpleUser(Box<SimpleUser>),
    Enterprise(Box<Enterprise>),
}

/// The set of permissions for the GitHub app
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableIntegrationPermissions {
    pub checks: Option<String>,
    pub contents: Option<String>,
    pub deployments: Option<String>,
    pub issues: Option<String>,
    pub metadata: Option<String>,
}

/// Comments provide a way for people to collaborate on an issue.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableIssueComment {
    pub author_association: Option<AuthorAssociation>,
    /// Contents of the issue comment
    pub body: Option<String>,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    pub created_at: String,
    pub html_url: String,
    /// Unique identifier of the issue comment
    pub id: i64,
    pub issue_url: String,
    pub minimized: Option<NullableIssueCommentMinimized>,
    pub node_id: String,
    pub performed_via_github_app: Option<NullableIntegration>,
    pub pin: Option<NullablePinnedIssueComment>,
    pub reactions: Option<ReactionRollup>,
    pub updated_at: String,
    /// URL for the issue comment
    pub url: String,
    pub user: Option<NullableSimpleUser>,
}

/// Details about why an issue comment was minimized.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableIssueCommentMinimized {
    /// The reason the comment was minimized.
    pub reason: Option<String>,
}

/// License Simple
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableLicenseSimple {
    pub html_url: Option<String>,
    pub key: String,
    pub name: String,
    pub node_id: String,
    pub spdx_id: Option<String>,
    pub url: Option<String>,
}

/// A collection of related issues and pull requests.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableMilestone {
    pub closed_at: Option<String>,
    pub closed_issues: i64,
    pub created_at: String,
    pub creator: Option<NullableSimpleUser>,
    pub description: Option<String>,
    pub due_on: Option<String>,
    pub html_url: String,
    pub id: i64,
    pub labels_url: String,
    pub node_id: String,
    /// The number of the milestone.
    pub number: i64,
    pub open_issues: i64,
    /// The state of the milestone.
    pub state: NullableMilestoneState,
    /// The title of the milestone.
    pub title: String,
    pub updated_at: String,
    pub url: String,
}

/// The state of the milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NullableMilestoneState {
    Open,
    Closed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Context around who pinned an issue comment and when it was pinned.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullablePinnedIssueComment {
    pub pinned_at: String,
    pub pinned_by: Option<NullableSimpleUser>,
}

/// A repository on GitHub.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableRepository {
    /// Whether to allow Auto-merge to be used on pull requests.
    pub allow_auto_merge: Option<bool>,
    /// Whether to allow forking this repo
    pub allow_forking: Option<bool>,
    /// Whether to allow merge commits for pull requests.
    pub allow_merge_commit: Option<bool>,
    /// Whether to allow rebase merges for pull requests.
    pub allow_rebase_merge: Option<bool>,
    /// Whether to allow squash merges for pull requests.
    pub allow_squash_merge: Option<bool>,
    /// Whether or not a pull request head branch that is behind its base branch can always be updated even if it is not required to be up to date before merging.
    pub allow_update_branch: Option<bool>,
    /// Whether anonymous git access is enabled for this repository
    pub anonymous_access_enabled: Option<bool>,
    pub archive_url: String,
    /// Whether the repository is archived.
    pub archived: bool,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub clone_url: String,
    /// The status of the code search index for this repository
    pub code_search_index_status: Option<NullableRepositoryCodeSearchIndexStatus>,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub created_at: Option<String>,
    /// The default branch of the repository.
    pub default_branch: String,
    /// Whether to delete head branches when pull requests are merged
    pub delete_branch_on_merge: Option<bool>,
    pub deployments_url: String,
    pub description: Option<String>,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    pub downloads_url: String,
    pub events_url: String,
    pub fork: bool,
    pub forks: i64,
    pub forks_count: i64,
    pub forks_url: String,
    pub full_name: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    pub git_url: String,
    /// Whether discussions are enabled.
    pub has_discussions: Option<bool>,
    /// Whether downloads are enabled.
    pub has_downloads: bool,
    /// Whether issues are enabled.
    pub has_issues: bool,
    pub has_pages: bool,
    /// Whether projects are enabled.
    pub has_projects: bool,
    /// Whether pull requests are enabled.
    pub has_pull_requests: Option<bool>,
    /// Whether the wiki is enabled.
    pub has_wiki: bool,
    pub homepage: Option<String>,
    pub hooks_url: String,
    pub html_url: String,
    /// Unique identifier of the repository
    pub id: i64,
    /// Whether this repository acts as a template that can be used to generate new repositories.
    pub is_template: Option<bool>,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub language: Option<String>,
    pub languages_url: String,
    pub license: Option<NullableLicenseSimple>,
    pub master_branch: Option<String>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    pub merge_commit_message: Option<NullableRepositoryMergeCommitMessage>,
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    pub merge_commit_title: Option<NullableRepositoryMergeCommitTitle>,
    pub merges_url: String,
    pub milestones_url: String,
    pub mirror_url: Option<String>,
    /// The name of the repository.
    pub name: String,
    pub node_id: String,
    pub notifications_url: String,
    pub open_issues: i64,
    pub open_issues_count: i64,
    pub owner: SimpleUser,
    pub permissions: Option<NullableRepositoryPermissions>,
    /// Whether the repository is private or public.
    pub private: bool,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub pull_request_creation_policy: Option<NullableRepositoryPullRequestCreationPolicy>,
    pub pulls_url: String,
    pub pushed_at: Option<String>,
    pub releases_url: String,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: i64,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    pub squash_merge_commit_message: Option<NullableRepositorySquashMergeCommitMessage>,
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    pub squash_merge_commit_title: Option<NullableRepositorySquashMergeCommitTitle>,
    pub ssh_url: String,
    pub stargazers_count: i64,
    pub stargazers_url: String,
    pub starred_at: Option<String>,
    pub statuses_url: String,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub svn_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub temp_clone_token: Option<String>,
    pub topics: Option<Vec<String>>,
    pub trees_url: String,
    pub updated_at: Option<String>,
    pub url: String,
    /// Whether a squash merge commit can use the pull request title as default. **This property is closing down. Please use `squash_merge_commit_title` instead.
    pub use_squash_pr_title_as_default: Option<bool>,
    /// The repository visibility: public, private, or internal.
    pub visibility: Option<String>,
    pub watchers: i64,
    pub watchers_count: i64,
    /// Whether to require contributors to sign off on web-based commits
    pub web_commit_signoff_required: Option<bool>,
}

/// The status of the code search index for this repository
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableRepositoryCodeSearchIndexStatus {
    pub lexical_commit_sha: Option<String>,
    pub lexical_search_ok: Option<bool>,
}

/// The default value for a merge commit message.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `PR_BODY` - default to the pull request's body.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum NullableRepositoryMergeCommitMessage {
    PrBody,
    PrTitle,
    Blank,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a merge commit title.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum NullableRepositoryMergeCommitTitle {
    PrTitle,
    MergeMessage,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableRepositoryPermissions {
    pub admin: bool,
    pub maintain: Option<bool>,
    pub pull: bool,
    pub push: bool,
    pub triage: Option<bool>,
}

/// The policy controlling who can create pull requests: all or collaborators_only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NullableRepositoryPullRequestCreationPolicy {
    All,
    CollaboratorsOnly,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a squash merge commit message:
///
/// - `PR_BODY` - default to the pull request's body.
/// - `COMMIT_MESSAGES` - default to the branch's commit messages.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum NullableRepositorySquashMergeCommitMessage {
    PrBody,
    CommitMessages,
    Blank,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a squash merge commit title:
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum NullableRepositorySquashMergeCommitTitle {
    PrTitle,
    CommitOrPrTitle,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// A commit.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableSimpleCommit {
    /// Information about the Git author
    pub author: Option<NullableSimpleCommitAuthor>,
    /// Information about the Git committer
    pub committer: Option<NullableSimpleCommitCommitter>,
    /// SHA for the commit
    pub id: String,
    /// Message describing the purpose of the commit
    pub message: String,
    /// Timestamp of the commit
    pub timestamp: String,
    /// SHA for the commit's tree
    pub tree_id: String,
}

/// Information about the Git author
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableSimpleCommitAuthor {
    /// Git email address of the commit's author
    pub email: String,
    /// Name of the commit's author
    pub name: String,
}

/// Information about the Git committer
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableSimpleCommitCommitter {
    /// Git email address of the commit's committer
    pub email: String,
    /// Name of the commit's committer
    pub name: String,
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

/// Groups of organization members that gives permissions on specified repositories.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NullableTeamSimple {
    /// Description of the team
    pub description: Option<String>,
    /// Unique identifier of the enterprise to which this team belongs
    pub enterprise_id: Option<i64>,
    pub html_url: String,
    /// Unique identifier of the team
    pub id: i64,
    /// Distinguished Name (DN) that team maps to within LDAP environment
    pub ldap_dn: Option<String>,
    pub members_url: String,
    /// Name of the team
    pub name: String,
    pub node_id: String,
    /// The notification setting the team has set
    pub notification_setting: Option<String>,
    /// Unique identifier of the organization to which this team belongs
    pub organization_id: Option<i64>,
    /// Permission that the team will have for its repositories
    pub permission: String,
    /// The level of privacy this team should have
    pub privacy: Option<String>,
    pub repositories_url: String,
    pub slug: String,
    /// The ownership type of the team
    pub r#type: NullableTeamSimpleType,
    /// URL for the team
    pub url: String,
}

/// The ownership type of the team
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NullableTeamSimpleType {
    Enterprise,
    Organization,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Private User
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PrivateUser {
    pub avatar_url: String,
    pub bio: Option<String>,
    pub blog: Option<String>,
    pub business_plus: Option<bool>,
    pub collaborators: Option<i64>,
    pub company: Option<String>,
    pub created_at: String,
    pub disk_usage: Option<i64>,
    pub email: Option<String>,
    pub events_url: String,
    pub followers: i64,
    pub followers_url: String,
    pub following: i64,
    pub following_url: String,
    pub gists_url: String,
    pub gravatar_id: Option<String>,
    pub hireable: Option<bool>,
    pub html_url: String,
    pub id: i64,
    pub ldap_dn: Option<String>,
    pub location: Option<String>,
    pub login: String,
    pub name: Option<String>,
    pub node_id: String,
    pub notification_email: Option<String>,
    pub organizations_url: String,
    pub owned_private_repos: Option<i64>,
    pub plan: Option<PrivateUserPlan>,
    pub private_gists: Option<i64>,
    pub public_gists: i64,
    pub public_repos: i64,
    pub received_events_url: String,
    pub repos_url: String,
    pub site_admin: bool,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub total_private_repos: Option<i64>,
    pub twitter_username: Option<String>,
    pub two_factor_authentication: Option<bool>,
    pub r#type: String,
    pub updated_at: String,
    pub url: String,
    pub user_view_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PrivateUserPlan {
    pub collaborators: i64,
    pub name: String,
    pub private_repos: i64,
    pub space: i64,
}

/// Protected Branch Admin Enforced
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProtectedBranchAdminEnforced {
    pub enabled: bool,
    pub url: String,
}

/// Protected Branch Pull Request Review
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProtectedBranchPullRequestReview {
    /// Allow specific users, teams, or apps to bypass pull request requirements.
    pub bypass_pull_request_allowances: Option<ProtectedBranchPullRequestReviewBypassPullRequestAllowances>,
    pub dismiss_stale_reviews: bool,
    pub dismissal_restrictions: Option<ProtectedBranchPullRequestReviewDismissalRestrictions>,
    pub require_code_owner_reviews: bool,
    /// Whether the most recent push must be approved by someone other than the person who pushed it.
    pub require_last_push_approval: Option<bool>,
    pub required_approving_review_count: Option<u64>,
    pub url: Option<String>,
}

/// Allow specific users, teams, or apps to bypass pull request requirements.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProtectedBranchPullRequestReviewBypassPullRequestAllowances {
    /// The list of apps allowed to bypass pull request requirements.
    pub apps: Option<Vec<Option<Integration>>>,
    /// The list of teams allowed to bypass pull request requirements.
    pub teams: Option<Vec<Team>>,
    /// The list of users allowed to bypass pull request requirements.
    pub users: Option<Vec<SimpleUser>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProtectedBranchPullRequestReviewDismissalRestrictions {
    /// The list of apps with review dismissal access.
    pub apps: Option<Vec<Option<Integration>>>,
    /// The list of teams with review dismissal access.
    pub teams: Option<Vec<Team>>,
    pub teams_url: Option<String>,
    pub url: Option<String>,
    /// The list of users with review dismissal access.
    pub users: Option<Vec<SimpleUser>>,
    pub users_url: Option<String>,
}

/// Protected Branch Required Status Check
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProtectedBranchRequiredStatusCheck {
    pub checks: Option<Vec<ProtectedBranchRequiredStatusCheckChecksItem>>,
    pub contexts: Vec<String>,
    pub contexts_url: Option<String>,
    pub enforcement_level: Option<String>,
    pub strict: Option<bool>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProtectedBranchRequiredStatusCheckChecksItem {
    pub app_id: Option<i64>,
    pub context: String,
}

/// Public User
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PublicUser {
    pub avatar_url: String,
    pub bio: Option<String>,
    pub blog: Option<String>,
    pub collaborators: Option<i64>,
    pub company: Option<String>,
    pub created_at: String,
    pub disk_usage: Option<i64>,
    pub email: Option<String>,
    pub events_url: String,
    pub followers: i64,
    pub followers_url: String,
    pub following: i64,
    pub following_url: String,
    pub gists_url: String,
    pub gravatar_id: Option<String>,
    pub hireable: Option<bool>,
    pub html_url: String,
    pub id: i64,
    pub location: Option<String>,
    pub login: String,
    pub name: Option<String>,
    pub node_id: String,
    pub notification_email: Option<String>,
    pub organizations_url: String,
    pub owned_private_repos: Option<i64>,
    pub plan: Option<PublicUserPlan>,
    pub private_gists: Option<i64>,
    pub public_gists: i64,
    pub public_repos: i64,
    pub received_events_url: String,
    pub repos_url: String,
    pub site_admin: bool,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub total_private_repos: Option<i64>,
    pub twitter_username: Option<String>,
    pub r#type: String,
    pub updated_at: String,
    pub url: String,
    pub user_view_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PublicUserPlan {
    pub collaborators: i64,
    pub name: String,
    pub private_repos: i64,
    pub space: i64,
}

/// Pull requests let you tell others about changes you've pushed to a repository on GitHub. Once a pull request is sent, interested parties can review the set of changes, discuss potential modifications, and even push follow-up commits if necessary.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequest {
    #[serde(rename = "_links")]
    pub links: PullRequestLinks,
    pub active_lock_reason: Option<String>,
    pub additions: i64,
    pub assignee: Option<NullableSimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    pub author_association: AuthorAssociation,
    pub auto_merge: Option<AutoMerge>,
    pub base: PullRequestBase,
    pub body: Option<String>,
    pub changed_files: i64,
    pub closed_at: Option<String>,
    pub comments: i64,
    pub comments_url: String,
    pub commits: i64,
    pub commits_url: String,
    pub created_at: String,
    pub deletions: i64,
    pub diff_url: String,
    /// Indicates whether or not the pull request is a draft.
    pub draft: Option<bool>,
    pub head: PullRequestHead,
    pub html_url: String,
    pub id: i64,
    pub issue_url: String,
    pub labels: Vec<PullRequestLabelsItem>,
    pub locked: bool,
    /// Indicates whether maintainers can modify the pull request.
    pub maintainer_can_modify: bool,
    pub merge_commit_sha: Option<String>,
    pub mergeable: Option<bool>,
    pub mergeable_state: String,
    pub merged: bool,
    pub merged_at: Option<String>,
    pub merged_by: Option<NullableSimpleUser>,
    pub milestone: Option<NullableMilestone>,
    pub node_id: String,
    /// Number uniquely identifying the pull request within its repository.
    pub number: i64,
    pub patch_url: String,
    pub rebaseable: Option<bool>,
    pub requested_reviewers: Option<Vec<SimpleUser>>,
    pub requested_teams: Option<Vec<TeamSimple>>,
    pub review_comment_url: String,
    pub review_comments: i64,
    pub review_comments_url: String,
    pub stack: Option<PullRequestStack>,
    /// State of this Pull Request. Either `open` or `closed`.
    pub state: PullRequestState,
    pub statuses_url: String,
    /// The title of the pull request.
    pub title: String,
    pub updated_at: String,
    pub url: String,
    pub user: SimpleUser,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestBase {
    pub label: String,
    pub r#ref: String,
    pub repo: Repository,
    pub sha: String,
    pub user: SimpleUser,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestHead {
    pub label: String,
    pub r#ref: String,
    pub repo: Repository,
    pub sha: String,
    pub user: SimpleUser,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestLabelsItem {
    pub color: String,
    pub default: bool,
    pub description: Option<String>,
    pub id: i64,
    pub name: String,
    pub node_id: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestLinks {
    pub comments: Link,
    pub commits: Link,
    pub html: Link,
    pub issue: Link,
    pub review_comment: Link,
    pub review_comments: Link,
    #[serde(rename = "self")]
    pub self_: Link,
    pub statuses: Link,
}

/// Pull Request Merge Result
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestMergeResult {
    pub merged: bool,
    pub message: String,
    pub sha: String,
}

/// Pull Request Minimal
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestMinimal {
    pub base: PullRequestMinimalBase,
    pub head: PullRequestMinimalHead,
    pub id: i64,
    pub number: i64,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestMinimalBase {
    pub r#ref: String,
    pub repo: PullRequestMinimalBaseRepo,
    pub sha: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestMinimalBaseRepo {
    pub id: i64,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestMinimalHead {
    pub r#ref: String,
    pub repo: PullRequestMinimalHeadRepo,
    pub sha: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestMinimalHeadRepo {
    pub id: i64,
    pub name: String,
    pub url: String,
}

/// Pull Request Reviews are reviews on pull requests.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestReview {
    #[serde(rename = "_links")]
    pub links: PullRequestReviewLinks,
    pub author_association: AuthorAssociation,
    /// The text of the review.
    pub body: String,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    /// A commit SHA for the review. If the commit object was garbage collected or forcibly deleted, then it no longer exists in Git and this value will be `null`.
    pub commit_id: Option<String>,
    pub html_url: String,
    /// Unique identifier of the review
    pub id: i64,
    pub node_id: String,
    pub pull_request_url: String,
    pub state: String,
    pub submitted_at: Option<String>,
    pub user: Option<NullableSimpleUser>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestReviewLinks {
    pub html: PullRequestReviewLinksHtml,
    pub pull_request: PullRequestReviewLinksPullRequest,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestReviewLinksHtml {
    pub href: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestReviewLinksPullRequest {
    pub href: String,
}

/// Pull Request Simple
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestSimple {
    #[serde(rename = "_links")]
    pub links: PullRequestSimpleLinks,
    pub active_lock_reason: Option<String>,
    pub assignee: Option<NullableSimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    pub author_association: AuthorAssociation,
    pub auto_merge: Option<AutoMerge>,
    pub base: PullRequestSimpleBase,
    pub body: Option<String>,
    pub closed_at: Option<String>,
    pub comments_url: String,
    pub commits_url: String,
    pub created_at: String,
    pub diff_url: String,
    /// Indicates whether or not the pull request is a draft.
    pub draft: Option<bool>,
    pub head: PullRequestSimpleHead,
    pub html_url: String,
    pub id: i64,
    pub issue_url: String,
    pub labels: Vec<PullRequestSimpleLabelsItem>,
    pub locked: bool,
    pub merge_commit_sha: Option<String>,
    pub merged_at: Option<String>,
    pub milestone: Option<NullableMilestone>,
    pub node_id: String,
    pub number: i64,
    pub patch_url: String,
    pub requested_reviewers: Option<Vec<SimpleUser>>,
    pub requested_teams: Option<Vec<Team>>,
    pub review_comment_url: String,
    pub review_comments_url: String,
    pub stack: Option<PullRequestStack>,
    pub state: String,
    pub statuses_url: String,
    pub title: String,
    pub updated_at: String,
    pub url: String,
    pub user: Option<NullableSimpleUser>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestSimpleBase {
    pub label: String,
    pub r#ref: String,
    pub repo: Repository,
    pub sha: String,
    pub user: Option<NullableSimpleUser>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestSimpleHead {
    pub label: String,
    pub r#ref: String,
    pub repo: Repository,
    pub sha: String,
    pub user: Option<NullableSimpleUser>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestSimpleLabelsItem {
    pub color: String,
    pub default: bool,
    pub description: String,
    pub id: i64,
    pub name: String,
    pub node_id: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestSimpleLinks {
    pub comments: Link,
    pub commits: Link,
    pub html: Link,
    pub issue: Link,
    pub review_comment: Link,
    pub review_comments: Link,
    #[serde(rename = "self")]
    pub self_: Link,
    pub statuses: Link,
}

/// The stack information associated with a pull request.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestStack {
    pub base: PullRequestStackBase,
    /// The ID of the stack that this pull request belongs to.
    pub id: Option<i64>,
    /// The number of the stack that this pull request belongs to.
    pub number: Option<i64>,
    /// The one-based position of this pull request within the stack, where 1 is the bottom of the stack.
    pub position: Option<i64>,
    /// The total number of pull requests in the stack.
    pub size: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PullRequestStackBase {
    /// The base ref of the stack this pull request belongs to.
    pub r#ref: String,
    /// The base SHA of the stack this pull request belongs to.
    pub sha: String,
}

/// State of this Pull Request. Either `open` or `closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PullRequestState {
    Open,
    Closed,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PullsCreateBody {
    /// The name of the branch you want the changes pulled into. This should be an existing branch on the current repository. You cannot submit a pull request to one repository that requests a merge to a base of another repository.
    pub base: String,
    /// The contents of the pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Indicates whether the pull request is a draft. See "[Draft Pull Requests](https://docs.github.com/articles/about-pull-requests#draft-pull-requests)" in the GitHub Help documentation to learn more.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// The name of the branch where your changes are implemented. For cross-repository pull requests in the same network, namespace `head` with a user like this: `username:branch`.
    pub head: String,
    /// The name of the repository where the changes in the pull request were made. This field is required for cross-repository pull requests if both repositories are owned by the same organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head_repo: Option<String>,
    /// An issue in the repository to convert to a pull request. The issue title, body, and comments will become the title, body, and comments on the new pull request. Required unless `title` is specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue: Option<i64>,
    /// Indicates whether [maintainers can modify](https://docs.github.com/articles/allowing-changes-to-a-pull-request-branch-created-from-a-fork/) the pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintainer_can_modify: Option<bool>,
    /// The title of the new pull request. Required unless `issue` is specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PullsCreateReviewBody {
    /// **Required** when using `REQUEST_CHANGES` or `COMMENT` for the `event` parameter. The body text of the pull request review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Use the following table to specify the location, destination, and contents of the draft review comment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<PullsCreateReviewBodyCommentsItem>>,
    /// The SHA of the commit that needs a review. Not using the latest commit SHA may render your review comment outdated if a subsequent commit modifies the line you specify as the `position`. Defaults to the most recent commit in the pull request when you do not specify a value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// The review action you want to perform. The review actions include: `APPROVE`, `REQUEST_CHANGES`, or `COMMENT`. By leaving this blank, you set the review action state to `PENDING`, which means you will need to [submit the pull request review](https://docs.github.com/rest/pulls/reviews#submit-a-review-for-a-pull-request) when you are ready.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<PullsCreateReviewBodyEvent>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PullsCreateReviewBodyCommentsItem {
    /// Text of the review comment.
    pub body: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<i64>,
    /// The relative path to the file that necessitates a review comment.
    pub path: String,
    /// The position in the diff where you want to add a review comment. Note this value is not the same as the line number in the file. The `position` value equals the number of lines down from the first "@@" hunk header in the file you want to add a comment. The line just below the "@@" line is position 1, the next line is position 2, and so on. The position in the diff continues to increase through lines of whitespace and additional hunks until the beginning of a new file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_line: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_side: Option<String>,
}

/// The review action you want to perform. The review actions include: `APPROVE`, `REQUEST_CHANGES`, or `COMMENT`. By leaving this blank, you set the review action state to `PENDING`, which means you will need to [submit the pull request review](https://docs.github.com/rest/pulls/reviews#submit-a-review-for-a-pull-request) when you are ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PullsCreateReviewBodyEvent {
    Approve,
    RequestChanges,
    Comment,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PullsMergeBody {
    /// Extra detail to append to automatic commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_message: Option<String>,
    /// Title for the automatic commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_title: Option<String>,
    /// The merge method to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_method: Option<PullsMergeBodyMergeMethod>,
    /// SHA that pull request head must match to allow merge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
}

/// The merge method to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PullsMergeBodyMergeMethod {
    Merge,
    Squash,
    Rebase,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PullsRequestReviewersBody {
    /// An array of user `login`s that will be requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<Vec<String>>,
    /// An array of team `slug`s that will be requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_reviewers: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PullsUpdateBody {
    /// The name of the branch you want your changes pulled into. This should be an existing branch on the current repository. You cannot update the base branch on a pull request to point to another repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// The contents of the pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Indicates whether [maintainers can modify](https://docs.github.com/articles/allowing-changes-to-a-pull-request-branch-created-from-a-fork/) the pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintainer_can_modify: Option<bool>,
    /// State of this Pull Request. Either `open` or `closed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<PullsUpdateBodyState>,
    /// The title of the pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// State of this Pull Request. Either `open` or `closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PullsUpdateBodyState {
    Open,
    Closed,
}

/// Rate Limit
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RateLimit {
    pub limit: i64,
    pub remaining: i64,
    pub reset: i64,
    pub used: i64,
}

/// Rate Limit Overview
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RateLimitOverview {
    pub rate: RateLimit,
    pub resources: RateLimitOverviewResources,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RateLimitOverviewResources {
    pub actions_runner_registration: Option<RateLimit>,
    pub code_scanning_autofix: Option<RateLimit>,
    pub code_search: Option<RateLimit>,
    pub copilot_usage_records: Option<RateLimit>,
    pub core: RateLimit,
    pub dependency_sbom: Option<RateLimit>,
    pub dependency_snapshots: Option<RateLimit>,
    pub graphql: Option<RateLimit>,
    pub integration_manifest: Option<RateLimit>,
    pub scim: Option<RateLimit>,
    pub search: RateLimit,
    pub source_import: Option<RateLimit>,
}

/// Reaction Rollup
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReactionRollup {
    #[serde(rename = "+1")]
    pub plus_1: i64,
    #[serde(rename = "-1")]
    pub minus_1: i64,
    pub confused: i64,
    pub eyes: i64,
    pub heart: i64,
    pub hooray: i64,
    pub laugh: i64,
    pub rocket: i64,
    pub total_count: i64,
    pub url: String,
}

/// A workflow referenced/reused by the initial caller workflow
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReferencedWorkflow {
    pub path: String,
    pub r#ref: Option<String>,
    pub sha: String,
}

/// A release.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Release {
    pub assets: Vec<ReleaseAsset>,
    pub assets_url: String,
    pub author: SimpleUser,
    pub body: Option<String>,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    pub created_at: String,
    /// The URL of the release discussion.
    pub discussion_url: Option<String>,
    /// true to create a draft (unpublished) release, false to create a published one.
    pub draft: bool,
    pub html_url: String,
    pub id: i64,
    /// Whether or not the release is immutable.
    pub immutable: Option<bool>,
    pub mentions_count: Option<i64>,
    pub name: Option<String>,
    pub node_id: String,
    /// Whether to identify the release as a prerelease or a full release.
    pub prerelease: bool,
    pub published_at: Option<String>,
    pub reactions: Option<ReactionRollup>,
    /// The name of the tag.
    pub tag_name: String,
    pub tarball_url: Option<String>,
    /// Specifies the commitish value that determines where the Git tag is created from.
    pub target_commitish: String,
    pub updated_at: Option<String>,
    pub upload_url: String,
    pub url: String,
    pub zipball_url: Option<String>,
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

/// Repo Search Result Item
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RepoSearchResultItem {
    pub allow_auto_merge: Option<bool>,
    pub allow_forking: Option<bool>,
    pub allow_merge_commit: Option<bool>,
    pub allow_rebase_merge: Option<bool>,
    pub allow_squash_merge: Option<bool>,
    pub archive_url: String,
    pub archived: bool,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub clone_url: String,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub created_at: String,
    pub default_branch: String,
    pub delete_branch_on_merge: Option<bool>,
    pub deployments_url: String,
    pub description: Option<String>,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    pub downloads_url: String,
    pub events_url: String,
    pub fork: bool,
    pub forks: i64,
    pub forks_count: i64,
    pub forks_url: String,
    pub full_name: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    pub git_url: String,
    pub has_discussions: Option<bool>,
    pub has_downloads: bool,
    pub has_issues: bool,
    pub has_pages: bool,
    pub has_projects: bool,
    pub has_pull_requests: Option<bool>,
    pub has_wiki: bool,
    pub homepage: Option<String>,
    pub hooks_url: String,
    pub html_url: String,
    pub id: i64,
    pub is_template: Option<bool>,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub language: Option<String>,
    pub languages_url: String,
    pub license: Option<NullableLicenseSimple>,
    pub master_branch: Option<String>,
    pub merges_url: String,
    pub milestones_url: String,
    pub mirror_url: Option<String>,
    pub name: String,
    pub node_id: String,
    pub notifications_url: String,
    pub open_issues: i64,
    pub open_issues_count: i64,
    pub owner: Option<NullableSimpleUser>,
    pub permissions: Option<RepoSearchResultItemPermissions>,
    pub private: bool,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub pull_request_creation_policy: Option<RepoSearchResultItemPullRequestCreationPolicy>,
    pub pulls_url: String,
    pub pushed_at: String,
    pub releases_url: String,
    pub score: f64,
    pub size: i64,
    pub ssh_url: String,
    pub stargazers_count: i64,
    pub stargazers_url: String,
    pub statuses_url: String,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub svn_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub temp_clone_token: Option<String>,
    pub text_matches: Option<Vec<SearchResultTextMatchesItem3>>,
    pub topics: Option<Vec<String>>,
    pub trees_url: String,
    pub updated_at: String,
    pub url: String,
    /// The repository visibility: public, private, or internal.
    pub visibility: Option<String>,
    pub watchers: i64,
    pub watchers_count: i64,
    pub web_commit_signoff_required: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RepoSearchResultItemPermissions {
    pub admin: bool,
    pub maintain: Option<bool>,
    pub pull: bool,
    pub push: bool,
    pub triage: Option<bool>,
}

/// The policy controlling who can create pull requests: all or collaborators_only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepoSearchResultItemPullRequestCreationPolicy {
    All,
    CollaboratorsOnly,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposCreateForAuthenticatedUserBody {
    /// Whether to allow Auto-merge to be used on pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_auto_merge: Option<bool>,
    /// Whether to allow merge commits for pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_merge_commit: Option<bool>,
    /// Whether to allow rebase merges for pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_rebase_merge: Option<bool>,
    /// Whether to allow squash merges for pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_squash_merge: Option<bool>,
    /// Whether the repository is initialized with a minimal README.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_init: Option<bool>,
    /// Whether to delete head branches when pull requests are merged
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_branch_on_merge: Option<bool>,
    /// A short description of the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The desired language or platform to apply to the .gitignore.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gitignore_template: Option<String>,
    /// Whether discussions are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_discussions: Option<bool>,
    /// Whether downloads are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_downloads: Option<bool>,
    /// Whether issues are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_issues: Option<bool>,
    /// Whether projects are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_projects: Option<bool>,
    /// Whether the wiki is enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_wiki: Option<bool>,
    /// A URL with more information about the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// Whether this repository acts as a template that can be used to generate new repositories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_template: Option<bool>,
    /// The license keyword of the open source license for this repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license_template: Option<String>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_message: Option<ReposCreateForAuthenticatedUserBodyMergeCommitMessage>,
    /// Required when using `merge_commit_message`.
    ///
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_title: Option<ReposCreateForAuthenticatedUserBodyMergeCommitTitle>,
    /// The name of the repository.
    pub name: String,
    /// Whether the repository is private.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_merge_commit_message: Option<ReposCreateForAuthenticatedUserBodySquashMergeCommitMessage>,
    /// Required when using `squash_merge_commit_message`.
    ///
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_merge_commit_title: Option<ReposCreateForAuthenticatedUserBodySquashMergeCommitTitle>,
    /// The id of the team that will be granted access to this repository. This is only valid when creating a repository in an organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<i64>,
}

/// The default value for a merge commit message.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `PR_BODY` - default to the pull request's body.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposCreateForAuthenticatedUserBodyMergeCommitMessage {
    PrBody,
    PrTitle,
    Blank,
}

/// Required when using `merge_commit_message`.
///
/// The default value for a merge commit title.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposCreateForAuthenticatedUserBodyMergeCommitTitle {
    PrTitle,
    MergeMessage,
}

/// The default value for a squash merge commit message:
///
/// - `PR_BODY` - default to the pull request's body.
/// - `COMMIT_MESSAGES` - default to the branch's commit messages.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposCreateForAuthenticatedUserBodySquashMergeCommitMessage {
    PrBody,
    CommitMessages,
    Blank,
}

/// Required when using `squash_merge_commit_message`.
///
/// The default value for a squash merge commit title:
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposCreateForAuthenticatedUserBodySquashMergeCommitTitle {
    PrTitle,
    CommitOrPrTitle,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposCreateOrUpdateFileContentsBody {
    /// The author of the file. Default: The `committer` or the authenticated user if you omit `committer`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<ReposCreateOrUpdateFileContentsBodyAuthor>,
    /// The branch name. Default: the repository’s default branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// The person that committed the file. Default: the authenticated user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub committer: Option<ReposCreateOrUpdateFileContentsBodyCommitter>,
    /// The new file content, using Base64 encoding.
    pub content: String,
    /// The commit message.
    pub message: String,
    /// **Required if you are updating a file**. The blob SHA of the file being replaced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
}

/// The author of the file. Default: The `committer` or the authenticated user if you omit `committer`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposCreateOrUpdateFileContentsBodyAuthor {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The email of the author or committer of the commit. You'll receive a `422` status code if `email` is omitted.
    pub email: String,
    /// The name of the author or committer of the commit. You'll receive a `422` status code if `name` is omitted.
    pub name: String,
}

/// The person that committed the file. Default: the authenticated user.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposCreateOrUpdateFileContentsBodyCommitter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The email of the author or committer of the commit. You'll receive a `422` status code if `email` is omitted.
    pub email: String,
    /// The name of the author or committer of the commit. You'll receive a `422` status code if `name` is omitted.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposCreateReleaseBody {
    /// Text describing the contents of the tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// If specified, a discussion of the specified category is created and linked to the release. The value must be a category that already exists in the repository. For more information, see "[Managing categories for discussions in your repository](https://docs.github.com/discussions/managing-discussions-for-your-community/managing-categories-for-discussions-in-your-repository)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discussion_category_name: Option<String>,
    /// `true` to create a draft (unpublished) release, `false` to create a published one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// Whether to automatically generate the name and body for this release. If `name` is specified, the specified name will be used; otherwise, a name will be automatically generated. If `body` is specified, the body will be pre-pended to the automatically generated notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generate_release_notes: Option<bool>,
    /// Specifies whether this release should be set as the latest release for the repository. Drafts and prereleases cannot be set as latest. Defaults to `true` for newly published releases. `legacy` specifies that the latest release should be determined based on the release creation date and higher semantic version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub make_latest: Option<ReposCreateReleaseBodyMakeLatest>,
    /// The name of the release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `true` to identify the release as a prerelease. `false` to identify the release as a full release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prerelease: Option<bool>,
    /// The name of the tag.
    pub tag_name: String,
    /// Specifies the commitish value that determines where the Git tag is created from. Can be any branch or commit SHA. Unused if the Git tag already exists. Default: the repository's default branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_commitish: Option<String>,
}

/// Specifies whether this release should be set as the latest release for the repository. Drafts and prereleases cannot be set as latest. Defaults to `true` for newly published releases. `legacy` specifies that the latest release should be determined based on the release creation date and higher semantic version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReposCreateReleaseBodyMakeLatest {
    True,
    False,
    Legacy,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposDeleteFileBody {
    /// object containing information about the author.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<ReposDeleteFileBodyAuthor>,
    /// The branch name. Default: the repository’s default branch
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// object containing information about the committer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub committer: Option<ReposDeleteFileBodyCommitter>,
    /// The commit message.
    pub message: String,
    /// The blob SHA of the file being deleted.
    pub sha: String,
}

/// object containing information about the author.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposDeleteFileBodyAuthor {
    /// The email of the author (or committer) of the commit
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The name of the author (or committer) of the commit
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// object containing information about the committer.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposDeleteFileBodyCommitter {
    /// The email of the author (or committer) of the commit
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The name of the author (or committer) of the commit
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
#[allow(clippy::enum_variant_names)]
pub enum ReposGetContentResponse {
    ContentDirectory(Vec<ContentDirectoryItem>),
    ContentFile(ContentFile),
    ContentSymlink(ContentSymlink),
    ContentSubmodule(ContentSubmodule),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBody {
    /// Either `true` to allow auto-merge on pull requests, or `false` to disallow auto-merge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_auto_merge: Option<bool>,
    /// Either `true` to allow private forks, or `false` to prevent private forks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_forking: Option<bool>,
    /// Either `true` to allow merging pull requests with a merge commit, or `false` to prevent merging pull requests with merge commits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_merge_commit: Option<bool>,
    /// Either `true` to allow rebase-merging pull requests, or `false` to prevent rebase-merging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_rebase_merge: Option<bool>,
    /// Either `true` to allow squash-merging pull requests, or `false` to prevent squash-merging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_squash_merge: Option<bool>,
    /// Either `true` to always allow a pull request head branch that is behind its base branch to be updated even if it is not required to be up to date before merging, or false otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_update_branch: Option<bool>,
    /// Whether to archive this repository. `false` will unarchive a previously archived repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// Updates the default branch for this repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    /// Either `true` to allow automatically deleting head branches when pull requests are merged, or `false` to prevent automatic deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_branch_on_merge: Option<bool>,
    /// A short description of the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Either `true` to enable issues for this repository or `false` to disable them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_issues: Option<bool>,
    /// Either `true` to enable projects for this repository or `false` to disable them. **Note:** If you're creating a repository in an organization that has disabled repository projects, the default is `false`, and if you pass `true`, the API returns an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_projects: Option<bool>,
    /// Either `true` to allow pull requests for this repository or `false` to prevent pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_pull_requests: Option<bool>,
    /// Either `true` to enable the wiki for this repository or `false` to disable it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_wiki: Option<bool>,
    /// A URL with more information about the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// Either `true` to make this repo available as a template repository or `false` to prevent it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_template: Option<bool>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_message: Option<ReposUpdateBodyMergeCommitMessage>,
    /// Required when using `merge_commit_message`.
    ///
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_title: Option<ReposUpdateBodyMergeCommitTitle>,
    /// The name of the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Either `true` to make the repository private or `false` to make it public. Default: `false`.
    /// **Note**: You will get a `422` error if the organization restricts [changing repository visibility](https://docs.github.com/articles/repository-permission-levels-for-an-organization#changing-the-visibility-of-repositories) to organization owners and a non-owner tries to change the value of private.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// The policy that controls who can create pull requests for this repository: `all` or `collaborators_only`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_request_creation_policy: Option<ReposUpdateBodyPullRequestCreationPolicy>,
    /// Specify which security and analysis features to enable or disable for the repository.
    ///
    /// To use this parameter, you must have admin permissions for the repository or be an owner or security manager for the organization that owns the repository. For more information, see "[Managing security managers in your organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
    ///
    /// For example, to enable GitHub Advanced Security, use this data in the body of the `PATCH` request:
    /// `{ "security_and_analysis": {"advanced_security": { "status": "enabled" } } }`.
    ///
    /// You can check which security and analysis features are currently enabled by using a `GET /repos/{owner}/{repo}` request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_and_analysis: Option<ReposUpdateBodySecurityAndAnalysis>,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_merge_commit_message: Option<ReposUpdateBodySquashMergeCommitMessage>,
    /// Required when using `squash_merge_commit_message`.
    ///
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_merge_commit_title: Option<ReposUpdateBodySquashMergeCommitTitle>,
    /// Either `true` to allow squash-merge commits to use pull request title, or `false` to use commit message. **This property is closing down. Please use `squash_merge_commit_title` instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_squash_pr_title_as_default: Option<bool>,
    /// The visibility of the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<ReposUpdateBodyVisibility>,
    /// Either `true` to require contributors to sign off on web-based commits, or `false` to not require contributors to sign off on web-based commits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_commit_signoff_required: Option<bool>,
}

/// The default value for a merge commit message.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `PR_BODY` - default to the pull request's body.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposUpdateBodyMergeCommitMessage {
    PrBody,
    PrTitle,
    Blank,
}

/// Required when using `merge_commit_message`.
///
/// The default value for a merge commit title.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposUpdateBodyMergeCommitTitle {
    PrTitle,
    MergeMessage,
}

/// The policy that controls who can create pull requests for this repository: `all` or `collaborators_only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReposUpdateBodyPullRequestCreationPolicy {
    All,
    CollaboratorsOnly,
}

/// Specify which security and analysis features to enable or disable for the repository.
///
/// To use this parameter, you must have admin permissions for the repository or be an owner or security manager for the organization that owns the repository. For more information, see "[Managing security managers in your organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
///
/// For example, to enable GitHub Advanced Security, use this data in the body of the `PATCH` request:
/// `{ "security_and_analysis": {"advanced_security": { "status": "enabled" } } }`.
///
/// You can check which security and analysis features are currently enabled by using a `GET /repos/{owner}/{repo}` request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysis {
    /// Use the `status` property to enable or disable GitHub Advanced Security for this repository.
    /// For more information, see "[About GitHub Advanced
    /// Security](/github/getting-started-with-github/learning-about-github/about-github-advanced-security)."
    ///
    /// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advanced_security: Option<ReposUpdateBodySecurityAndAnalysisAdvancedSecurity>,
    /// Use the `status` property to enable or disable GitHub Code Security for this repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_security: Option<ReposUpdateBodySecurityAndAnalysisCodeSecurity>,
    /// Use the `status` property to enable or disable secret scanning for this repository. For more information, see "[About secret scanning](/code-security/secret-security/about-secret-scanning)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning: Option<ReposUpdateBodySecurityAndAnalysisSecretScanning>,
    /// Use the `status` property to enable or disable secret scanning AI detection for this repository. For more information, see "[Responsible detection of generic secrets with AI](https://docs.github.com/code-security/secret-scanning/using-advanced-secret-scanning-and-push-protection-features/generic-secret-detection/responsible-ai-generic-secrets)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_ai_detection: Option<ReposUpdateBodySecurityAndAnalysisSecretScanningAiDetection>,
    /// Use the `status` property to enable or disable secret scanning delegated alert dismissal for this repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_delegated_alert_dismissal:
        Option<ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedAlertDismissal>,
    /// Use the `status` property to enable or disable secret scanning delegated bypass for this repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_delegated_bypass: Option<ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypass>,
    /// Feature options for secret scanning delegated bypass.
    /// This object is only honored when `security_and_analysis.secret_scanning_delegated_bypass.status` is set to `enabled`.
    /// You can send this object in the same request as `secret_scanning_delegated_bypass`, or update just the options in a separate request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_delegated_bypass_options:
        Option<ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptions>,
    /// Use the `status` property to enable or disable secret scanning non-provider patterns for this repository. For more information, see "[Supported secret scanning patterns](/code-security/secret-scanning/introduction/supported-secret-scanning-patterns#supported-secrets)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_non_provider_patterns:
        Option<ReposUpdateBodySecurityAndAnalysisSecretScanningNonProviderPatterns>,
    /// Use the `status` property to enable or disable secret scanning push protection for this repository. For more information, see "[Protecting pushes with secret scanning](/code-security/secret-scanning/protecting-pushes-with-secret-scanning)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_push_protection: Option<ReposUpdateBodySecurityAndAnalysisSecretScanningPushProtection>,
}

/// Use the `status` property to enable or disable GitHub Advanced Security for this repository.
/// For more information, see "[About GitHub Advanced
/// Security](/github/getting-started-with-github/learning-about-github/about-github-advanced-security)."
///
/// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisAdvancedSecurity {
    /// Can be `enabled` or `disabled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// Use the `status` property to enable or disable GitHub Code Security for this repository.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisCodeSecurity {
    /// Can be `enabled` or `disabled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// Use the `status` property to enable or disable secret scanning for this repository. For more information, see "[About secret scanning](/code-security/secret-security/about-secret-scanning)."
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisSecretScanning {
    /// Can be `enabled` or `disabled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// Use the `status` property to enable or disable secret scanning AI detection for this repository. For more information, see "[Responsible detection of generic secrets with AI](https://docs.github.com/code-security/secret-scanning/using-advanced-secret-scanning-and-push-protection-features/generic-secret-detection/responsible-ai-generic-secrets)."
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisSecretScanningAiDetection {
    /// Can be `enabled` or `disabled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// Use the `status` property to enable or disable secret scanning delegated alert dismissal for this repository.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedAlertDismissal {
    /// Can be `enabled` or `disabled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// Use the `status` property to enable or disable secret scanning delegated bypass for this repository.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypass {
    /// Can be `enabled` or `disabled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// Feature options for secret scanning delegated bypass.
/// This object is only honored when `security_and_analysis.secret_scanning_delegated_bypass.status` is set to `enabled`.
/// You can send this object in the same request as `secret_scanning_delegated_bypass`, or update just the options in a separate request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptions {
    /// The bypass reviewers for secret scanning delegated bypass.
    /// If you omit this field, the existing set of reviewers is unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<Vec<ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItem>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItem {
    /// The bypass mode for the reviewer
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItemMode>,
    /// The ID of the team or role selected as a bypass reviewer
    pub reviewer_id: i64,
    /// The type of the bypass reviewer
    pub reviewer_type: ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItemReviewerType,
}

/// The bypass mode for the reviewer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItemMode {
    Always,
    Exempt,
}

/// The type of the bypass reviewer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposUpdateBodySecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItemReviewerType {
    Team,
    Role,
}

/// Use the `status` property to enable or disable secret scanning non-provider patterns for this repository. For more information, see "[Supported secret scanning patterns](/code-security/secret-scanning/introduction/supported-secret-scanning-patterns#supported-secrets)."
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisSecretScanningNonProviderPatterns {
    /// Can be `enabled` or `disabled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// Use the `status` property to enable or disable secret scanning push protection for this repository. For more information, see "[Protecting pushes with secret scanning](/code-security/secret-scanning/protecting-pushes-with-secret-scanning)."
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateBodySecurityAndAnalysisSecretScanningPushProtection {
    /// Can be `enabled` or `disabled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// The default value for a squash merge commit message:
///
/// - `PR_BODY` - default to the pull request's body.
/// - `COMMIT_MESSAGES` - default to the branch's commit messages.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposUpdateBodySquashMergeCommitMessage {
    PrBody,
    CommitMessages,
    Blank,
}

/// Required when using `squash_merge_commit_message`.
///
/// The default value for a squash merge commit title:
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReposUpdateBodySquashMergeCommitTitle {
    PrTitle,
    CommitOrPrTitle,
}

/// The visibility of the repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReposUpdateBodyVisibility {
    Public,
    Private,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReposUpdateReleaseBody {
    /// Text describing the contents of the tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// If specified, a discussion of the specified category is created and linked to the release. The value must be a category that already exists in the repository. If there is already a discussion linked to the release, this parameter is ignored. For more information, see "[Managing categories for discussions in your repository](https://docs.github.com/discussions/managing-discussions-for-your-community/managing-categories-for-discussions-in-your-repository)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discussion_category_name: Option<String>,
    /// `true` makes the release a draft, and `false` publishes the release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// Specifies whether this release should be set as the latest release for the repository. Drafts and prereleases cannot be set as latest. Defaults to `true` for newly published releases. `legacy` specifies that the latest release should be determined based on the release creation date and higher semantic version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub make_latest: Option<ReposUpdateReleaseBodyMakeLatest>,
    /// The name of the release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `true` to identify the release as a prerelease, `false` to identify the release as a full release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prerelease: Option<bool>,
    /// The name of the tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    /// Specifies the commitish value that determines where the Git tag is created from. Can be any branch or commit SHA. Unused if the Git tag already exists. Default: the repository's default branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_commitish: Option<String>,
}

/// Specifies whether this release should be set as the latest release for the repository. Drafts and prereleases cannot be set as latest. Defaults to `true` for newly published releases. `legacy` specifies that the latest release should be determined based on the release creation date and higher semantic version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReposUpdateReleaseBodyMakeLatest {
    True,
    False,
    Legacy,
}

/// A repository on GitHub.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Repository {
    /// Whether to allow Auto-merge to be used on pull requests.
    pub allow_auto_merge: Option<bool>,
    /// Whether to allow forking this repo
    pub allow_forking: Option<bool>,
    /// Whether to allow merge commits for pull requests.
    pub allow_merge_commit: Option<bool>,
    /// Whether to allow rebase merges for pull requests.
    pub allow_rebase_merge: Option<bool>,
    /// Whether to allow squash merges for pull requests.
    pub allow_squash_merge: Option<bool>,
    /// Whether or not a pull request head branch that is behind its base branch can always be updated even if it is not required to be up to date before merging.
    pub allow_update_branch: Option<bool>,
    /// Whether anonymous git access is enabled for this repository
    pub anonymous_access_enabled: Option<bool>,
    pub archive_url: String,
    /// Whether the repository is archived.
    pub archived: bool,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub clone_url: String,
    /// The status of the code search index for this repository
    pub code_search_index_status: Option<RepositoryCodeSearchIndexStatus>,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub created_at: Option<String>,
    /// The default branch of the repository.
    pub default_branch: String,
    /// Whether to delete head branches when pull requests are merged
    pub delete_branch_on_merge: Option<bool>,
    pub deployments_url: String,
    pub description: Option<String>,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    pub downloads_url: String,
    pub events_url: String,
    pub fork: bool,
    pub forks: i64,
    pub forks_count: i64,
    pub forks_url: String,
    pub full_name: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    pub git_url: String,
    /// Whether discussions are enabled.
    pub has_discussions: Option<bool>,
    /// Whether downloads are enabled.
    pub has_downloads: bool,
    /// Whether issues are enabled.
    pub has_issues: bool,
    pub has_pages: bool,
    /// Whether projects are enabled.
    pub has_projects: bool,
    /// Whether pull requests are enabled.
    pub has_pull_requests: Option<bool>,
    /// Whether the wiki is enabled.
    pub has_wiki: bool,
    pub homepage: Option<String>,
    pub hooks_url: String,
    pub html_url: String,
    /// Unique identifier of the repository
    pub id: i64,
    /// Whether this repository acts as a template that can be used to generate new repositories.
    pub is_template: Option<bool>,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub language: Option<String>,
    pub languages_url: String,
    pub license: Option<NullableLicenseSimple>,
    pub master_branch: Option<String>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    pub merge_commit_message: Option<RepositoryMergeCommitMessage>,
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    pub merge_commit_title: Option<RepositoryMergeCommitTitle>,
    pub merges_url: String,
    pub milestones_url: String,
    pub mirror_url: Option<String>,
    /// The name of the repository.
    pub name: String,
    pub node_id: String,
    pub notifications_url: String,
    pub open_issues: i64,
    pub open_issues_count: i64,
    pub owner: SimpleUser,
    pub permissions: Option<RepositoryPermissions>,
    /// Whether the repository is private or public.
    pub private: bool,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub pull_request_creation_policy: Option<RepositoryPullRequestCreationPolicy>,
    pub pulls_url: String,
    pub pushed_at: Option<String>,
    pub releases_url: String,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: i64,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    pub squash_merge_commit_message: Option<RepositorySquashMergeCommitMessage>,
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    pub squash_merge_commit_title: Option<RepositorySquashMergeCommitTitle>,
    pub ssh_url: String,
    pub stargazers_count: i64,
    pub stargazers_url: String,
    pub starred_at: Option<String>,
    pub statuses_url: String,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub svn_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub temp_clone_token: Option<String>,
    pub topics: Option<Vec<String>>,
    pub trees_url: String,
    pub updated_at: Option<String>,
    pub url: String,
    /// Whether a squash merge commit can use the pull request title as default. **This property is closing down. Please use `squash_merge_commit_title` instead.
    pub use_squash_pr_title_as_default: Option<bool>,
    /// The repository visibility: public, private, or internal.
    pub visibility: Option<String>,
    pub watchers: i64,
    pub watchers_count: i64,
    /// Whether to require contributors to sign off on web-based commits
    pub web_commit_signoff_required: Option<bool>,
}

/// The status of the code search index for this repository
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RepositoryCodeSearchIndexStatus {
    pub lexical_commit_sha: Option<String>,
    pub lexical_search_ok: Option<bool>,
}

/// The default value for a merge commit message.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `PR_BODY` - default to the pull request's body.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RepositoryMergeCommitMessage {
    PrBody,
    PrTitle,
    Blank,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a merge commit title.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RepositoryMergeCommitTitle {
    PrTitle,
    MergeMessage,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RepositoryPermissions {
    pub admin: bool,
    pub maintain: Option<bool>,
    pub pull: bool,
    pub push: bool,
    pub triage: Option<bool>,
}

/// The policy controlling who can create pull requests: all or collaborators_only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepositoryPullRequestCreationPolicy {
    All,
    CollaboratorsOnly,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a squash merge commit message:
///
/// - `PR_BODY` - default to the pull request's body.
/// - `COMMIT_MESSAGES` - default to the branch's commit messages.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RepositorySquashMergeCommitMessage {
    PrBody,
    CommitMessages,
    Blank,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The default value for a squash merge commit title:
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RepositorySquashMergeCommitTitle {
    PrTitle,
    CommitOrPrTitle,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchIssuesAndPullRequestsResponse {
    pub incomplete_results: bool,
    pub items: Vec<IssueSearchResultItem>,
    /// When a semantic or hybrid search falls back to lexical search, this field contains the reasons for the fallback. Only present when a fallback occurred.
    pub lexical_fallback_reason: Option<Vec<SearchIssuesAndPullRequestsResponseLexicalFallbackReasonItem>>,
    /// The type of search that was performed. Possible values are `lexical`, `semantic`, or `hybrid`.
    pub search_type: SearchIssuesAndPullRequestsResponseSearchType,
    pub total_count: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchIssuesAndPullRequestsResponseLexicalFallbackReasonItem {
    NoTextTerms,
    QuotedText,
    NonIssueTarget,
    OrBooleanNotSupported,
    NoAccessibleRepos,
    ServerError,
    OnlyNonSemanticFieldsRequested,
    ServiceUnavailable,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The type of search that was performed. Possible values are `lexical`, `semantic`, or `hybrid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchIssuesAndPullRequestsResponseSearchType {
    Lexical,
    Semantic,
    Hybrid,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchResultTextMatchesItem {
    pub fragment: Option<String>,
    pub matches: Option<Vec<SearchResultTextMatchesItemMatchesItem>>,
    pub object_type: Option<String>,
    pub object_url: Option<String>,
    pub property: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchResultTextMatchesItem2 {
    pub fragment: Option<String>,
    pub matches: Option<Vec<SearchResultTextMatchesItem2MatchesItem>>,
    pub object_type: Option<String>,
    pub object_url: Option<String>,
    pub property: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchResultTextMatchesItem2MatchesItem {
    pub indices: Option<Vec<i64>>,
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchResultTextMatchesItem3 {
    pub fragment: Option<String>,
    pub matches: Option<Vec<SearchResultTextMatchesItem3MatchesItem>>,
    pub object_type: Option<String>,
    pub object_url: Option<String>,
    pub property: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchResultTextMatchesItem3MatchesItem {
    pub indices: Option<Vec<i64>>,
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchResultTextMatchesItem4 {
    pub fragment: Option<String>,
    pub matches: Option<Vec<SearchResultTextMatchesItem4MatchesItem>>,
    pub object_type: Option<String>,
    pub object_url: Option<String>,
    pub property: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchResultTextMatchesItem4MatchesItem {
    pub indices: Option<Vec<i64>>,
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SearchResultTextMatchesItemMatchesItem {
    pub indices: Option<Vec<i64>>,
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysis {
    /// Enable or disable GitHub Advanced Security for the repository.
    ///
    /// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
    pub advanced_security: Option<SecurityAndAnalysisAdvancedSecurity>,
    pub code_security: Option<SecurityAndAnalysisCodeSecurity>,
    /// Enable or disable Dependabot security updates for the repository.
    pub dependabot_security_updates: Option<SecurityAndAnalysisDependabotSecurityUpdates>,
    pub secret_scanning: Option<SecurityAndAnalysisSecretScanning>,
    pub secret_scanning_ai_detection: Option<SecurityAndAnalysisSecretScanningAiDetection>,
    pub secret_scanning_delegated_alert_dismissal: Option<SecurityAndAnalysisSecretScanningDelegatedAlertDismissal>,
    pub secret_scanning_delegated_bypass: Option<SecurityAndAnalysisSecretScanningDelegatedBypass>,
    pub secret_scanning_delegated_bypass_options: Option<SecurityAndAnalysisSecretScanningDelegatedBypassOptions>,
    pub secret_scanning_non_provider_patterns: Option<SecurityAndAnalysisSecretScanningNonProviderPatterns>,
    pub secret_scanning_push_protection: Option<SecurityAndAnalysisSecretScanningPushProtection>,
}

/// Enable or disable GitHub Advanced Security for the repository.
///
/// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisAdvancedSecurity {
    pub status: Option<SecurityAndAnalysisAdvancedSecurityStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisAdvancedSecurityStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisCodeSecurity {
    pub status: Option<SecurityAndAnalysisCodeSecurityStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisCodeSecurityStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Enable or disable Dependabot security updates for the repository.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisDependabotSecurityUpdates {
    /// The enablement status of Dependabot security updates for the repository.
    pub status: Option<SecurityAndAnalysisDependabotSecurityUpdatesStatus>,
}

/// The enablement status of Dependabot security updates for the repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisDependabotSecurityUpdatesStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisSecretScanning {
    pub status: Option<SecurityAndAnalysisSecretScanningStatus>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisSecretScanningAiDetection {
    pub status: Option<SecurityAndAnalysisSecretScanningAiDetectionStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisSecretScanningAiDetectionStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisSecretScanningDelegatedAlertDismissal {
    pub status: Option<SecurityAndAnalysisSecretScanningDelegatedAlertDismissalStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisSecretScanningDelegatedAlertDismissalStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisSecretScanningDelegatedBypass {
    pub status: Option<SecurityAndAnalysisSecretScanningDelegatedBypassStatus>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisSecretScanningDelegatedBypassOptions {
    /// The bypass reviewers for secret scanning delegated bypass
    pub reviewers: Option<Vec<SecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItem>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItem {
    /// The bypass mode for the reviewer
    pub mode: Option<SecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItemMode>,
    /// The ID of the team or role selected as a bypass reviewer
    pub reviewer_id: i64,
    /// The type of the bypass reviewer
    pub reviewer_type: SecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItemReviewerType,
}

/// The bypass mode for the reviewer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItemMode {
    Always,
    Exempt,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The type of the bypass reviewer
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SecurityAndAnalysisSecretScanningDelegatedBypassOptionsReviewersItemReviewerType {
    Team,
    Role,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisSecretScanningDelegatedBypassStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisSecretScanningNonProviderPatterns {
    pub status: Option<SecurityAndAnalysisSecretScanningNonProviderPatternsStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisSecretScanningNonProviderPatternsStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecurityAndAnalysisSecretScanningPushProtection {
    pub status: Option<SecurityAndAnalysisSecretScanningPushProtectionStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisSecretScanningPushProtectionStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecurityAndAnalysisSecretScanningStatus {
    Enabled,
    Disabled,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// Short Branch
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ShortBranch {
    pub commit: ShortBranchCommit,
    pub name: String,
    pub protected: bool,
    pub protection: Option<BranchProtection>,
    pub protection_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ShortBranchCommit {
    pub sha: String,
    pub url: String,
}

/// A GitHub user.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SimpleUser {
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

/// Sub-issues Summary
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SubIssuesSummary {
    pub completed: i64,
    pub percent_completed: i64,
    pub total: i64,
}

/// Tag
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Tag {
    pub commit: TagCommit,
    pub name: String,
    pub node_id: String,
    pub tarball_url: String,
    pub zipball_url: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TagCommit {
    pub sha: String,
    pub url: String,
}

/// Groups of organization members that gives permissions on specified repositories.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Team {
    /// How the team's access to the repository was granted. This property is only
    /// present when the team is returned in a repository context, such as
    /// `GET /repos/{owner}/{repo}/teams`.
    pub access_source: Option<TeamAccessSource>,
    pub description: Option<String>,
    /// Unique identifier of the enterprise to which this team belongs
    pub enterprise_id: Option<i64>,
    pub html_url: String,
    pub id: i64,
    pub members_url: String,
    pub name: String,
    pub node_id: String,
    pub notification_setting: Option<String>,
    /// Unique identifier of the organization to which this team belongs
    pub organization_id: Option<i64>,
    pub parent: Option<NullableTeamSimple>,
    pub permission: String,
    pub permissions: Option<TeamPermissions>,
    pub privacy: Option<String>,
    pub repositories_url: String,
    pub slug: String,
    /// The ownership type of the team
    pub r#type: Option<TeamType>,
    pub url: String,
}

/// How the team's access to the repository was granted. This property is only
/// present when the team is returned in a repository context, such as
/// `GET /repos/{owner}/{repo}/teams`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TeamAccessSource {
    Direct,
    Organization,
    Enterprise,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TeamPermissions {
    pub admin: bool,
    pub maintain: bool,
    pub pull: bool,
    pub push: bool,
    pub triage: bool,
}

/// Groups of organization members that gives permissions on specified repositories.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TeamSimple {
    /// Description of the team
    pub description: Option<String>,
    /// Unique identifier of the enterprise to which this team belongs
    pub enterprise_id: Option<i64>,
    pub html_url: String,
    /// Unique identifier of the team
    pub id: i64,
    /// Distinguished Name (DN) that team maps to within LDAP environment
    pub ldap_dn: Option<String>,
    pub members_url: String,
    /// Name of the team
    pub name: String,
    pub node_id: String,
    /// The notification setting the team has set
    pub notification_setting: Option<String>,
    /// Unique identifier of the organization to which this team belongs
    pub organization_id: Option<i64>,
    /// Permission that the team will have for its repositories
    pub permission: String,
    /// The level of privacy this team should have
    pub privacy: Option<String>,
    pub repositories_url: String,
    pub slug: String,
    /// The ownership type of the team
    pub r#type: Option<TeamSimpleType>,
    /// URL for the team
    pub url: String,
}

/// The ownership type of the team
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TeamSimpleType {
    Enterprise,
    Organization,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// The ownership type of the team
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TeamType {
    Enterprise,
    Organization,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// User Search Result Item
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct UserSearchResultItem {
    pub avatar_url: String,
    pub bio: Option<String>,
    pub blog: Option<String>,
    pub company: Option<String>,
    pub created_at: Option<String>,
    pub email: Option<String>,
    pub events_url: String,
    pub followers: Option<i64>,
    pub followers_url: String,
    pub following: Option<i64>,
    pub following_url: String,
    pub gists_url: String,
    pub gravatar_id: Option<String>,
    pub hireable: Option<bool>,
    pub html_url: String,
    pub id: i64,
    pub location: Option<String>,
    pub login: String,
    pub name: Option<String>,
    pub node_id: String,
    pub organizations_url: String,
    pub public_gists: Option<i64>,
    pub public_repos: Option<i64>,
    pub received_events_url: String,
    pub repos_url: String,
    pub score: f64,
    pub site_admin: bool,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub suspended_at: Option<String>,
    pub text_matches: Option<Vec<SearchResultTextMatchesItem4>>,
    pub r#type: String,
    pub updated_at: Option<String>,
    pub url: String,
    pub user_view_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum UsersGetAuthenticatedResponse {
    PrivateUser(PrivateUser),
    PublicUser(PublicUser),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum UsersGetByUsernameResponse {
    PrivateUser(PrivateUser),
    PublicUser(PublicUser),
}

/// Verification
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Verification {
    pub payload: Option<String>,
    pub reason: String,
    pub signature: Option<String>,
    pub verified: bool,
    pub verified_at: Option<String>,
}

/// A GitHub Actions workflow
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Workflow {
    pub badge_url: String,
    pub created_at: String,
    pub deleted_at: Option<String>,
    pub html_url: String,
    pub id: i64,
    pub name: String,
    pub node_id: String,
    pub path: String,
    pub state: WorkflowState,
    pub updated_at: String,
    pub url: String,
}

/// Response containing the workflow run ID and URLs.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct WorkflowDispatchResponse {
    pub html_url: String,
    /// The URL to the workflow run.
    pub run_url: String,
    pub workflow_run_id: i64,
}

/// An invocation of a workflow
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct WorkflowRun {
    pub actor: Option<SimpleUser>,
    /// The URL to the artifacts for the workflow run.
    pub artifacts_url: String,
    /// The URL to cancel the workflow run.
    pub cancel_url: String,
    /// The ID of the associated check suite.
    pub check_suite_id: Option<i64>,
    /// The node ID of the associated check suite.
    pub check_suite_node_id: Option<String>,
    /// The URL to the associated check suite.
    pub check_suite_url: String,
    pub conclusion: Option<String>,
    pub created_at: String,
    /// The event-specific title associated with the run or the run-name if set, or the value of `run-name` if it is set in the workflow.
    pub display_title: String,
    pub event: String,
    pub head_branch: Option<String>,
    pub head_commit: Option<NullableSimpleCommit>,
    pub head_repository: MinimalRepository,
    pub head_repository_id: Option<i64>,
    /// The SHA of the head commit that points to the version of the workflow being run.
    pub head_sha: String,
    pub html_url: String,
    /// The ID of the workflow run.
    pub id: i64,
    /// The URL to the jobs for the workflow run.
    pub jobs_url: String,
    /// The URL to download the logs for the workflow run.
    pub logs_url: String,
    /// The name of the workflow run.
    pub name: Option<String>,
    pub node_id: String,
    /// The full path of the workflow
    pub path: String,
    /// The URL to the previous attempted run of this workflow, if one exists.
    pub previous_attempt_url: Option<String>,
    /// Pull requests that are open with a `head_sha` or `head_branch` that matches the workflow run. The returned pull requests do not necessarily indicate pull requests that triggered the run.
    pub pull_requests: Option<Vec<PullRequestMinimal>>,
    pub referenced_workflows: Option<Vec<ReferencedWorkflow>>,
    pub repository: MinimalRepository,
    /// The URL to rerun the workflow run.
    pub rerun_url: String,
    /// Attempt number of the run, 1 for first attempt and higher if the workflow was re-run.
    pub run_attempt: Option<i64>,
    /// The auto incrementing run number for the workflow run.
    pub run_number: i64,
    /// The start time of the latest run. Resets on re-run.
    pub run_started_at: Option<String>,
    pub status: Option<String>,
    pub triggering_actor: Option<SimpleUser>,
    pub updated_at: String,
    /// The URL to the workflow run.
    pub url: String,
    /// The ID of the parent workflow.
    pub workflow_id: i64,
    /// The URL to the workflow.
    pub workflow_url: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkflowState {
    Active,
    Deleted,
    DisabledFork,
    DisabledInactivity,
    DisabledManually,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}
