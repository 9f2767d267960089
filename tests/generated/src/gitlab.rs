// Generated from an OpenAPI description by `client-gen`:
//
//     cargo run -p client-gen -- ../../examples/openapi/gitlab-openapi3.yaml --trait GitLab --base-url https://gitlab.com/api/v4 \
//         --path 'GET /projects/{id}' \
//         --path 'GET /projects' \
//         --path 'POST /projects' \
//         --path 'PUT /projects/{id}' \
//         --path 'GET /users/{user_id}/projects' \
//         --path 'POST /projects/{id}/uploads' \
//         --path 'GET /user' \
//         --path 'GET /projects/{id}/issues' \
//         --path 'GET /projects/{id}/issues/{issue_iid}' \
//         --path 'POST /projects/{id}/issues' \
//         --path 'PUT /projects/{id}/issues/{issue_iid}' \
//         --path 'DELETE /projects/{id}/issues/{issue_iid}' \
//         --path 'GET /projects/{id}/merge_requests' \
//         --path 'GET /projects/{id}/merge_requests/{merge_request_iid}' \
//         --path 'POST /projects/{id}/merge_requests' \
//         --path 'PUT /projects/{id}/merge_requests/{merge_request_iid}' \
//         --path 'GET /projects/{id}/merge_requests/{merge_request_iid}/changes' \
//         --path 'GET /projects/{id}/merge_requests/{merge_request_iid}/commits' \
//         --path 'PUT /projects/{id}/merge_requests/{merge_request_iid}/merge' \
//         --path 'GET /projects/{id}/pipelines' \
//         --path 'GET /projects/{id}/pipelines/{pipeline_id}' \
//         --path 'POST /projects/{id}/pipeline' \
//         --path 'POST /projects/{id}/pipelines/{pipeline_id}/retry' \
//         --path 'POST /projects/{id}/pipelines/{pipeline_id}/cancel' \
//         --path 'GET /projects/{id}/pipelines/{pipeline_id}/jobs' \
//         --path 'GET /projects/{id}/jobs/{job_id}' \
//         --path 'GET /projects/{id}/jobs/{job_id}/trace' \
//         --path 'POST /projects/{id}/jobs/{job_id}/retry' \
//         --path 'GET /projects/{id}/repository/files/{file_path}' \
//         --path 'GET /projects/{id}/repository/files/{file_path}/raw' \
//         --path 'POST /projects/{id}/repository/files/{file_path}' \
//         --path 'PUT /projects/{id}/repository/files/{file_path}' \
//         --path 'DELETE /projects/{id}/repository/files/{file_path}' \
//         --path 'GET /projects/{id}/repository/tree' \
//         --path 'GET /projects/{id}/repository/commits' \
//         --path 'GET /projects/{id}/repository/compare' \
//         --path 'GET /projects/{id}/repository/branches' \
//         --path 'GET /projects/{id}/repository/branches/{branch}' \
//         --path 'POST /projects/{id}/repository/branches' \
//         --path 'DELETE /projects/{id}/repository/branches/{branch}' \
//         --path 'GET /projects/{id}/repository/tags' \
//         --path 'POST /projects/{id}/repository/tags' \
//         --path 'GET /projects/{id}/releases' \
//         --path 'GET /projects/{id}/releases/{tag_name}' \
//         --path 'POST /projects/{id}/releases' \
//         --out src/gitlab.rs
//
// It is yours to edit. To follow a new version of the description, generate it
// again into another file and compare; `openapi = ...` keeps every method
// checked against the description at compile time.

use std::collections::BTreeMap;

use client_runtime::{Paginated, Result, client};
use serde::{Deserialize, Serialize};

/// GitLab API
#[client(base_url = "https://gitlab.com/api/v4", openapi = "../../examples/openapi/gitlab-openapi3.yaml")]
pub trait GitLab {
    /// Get a list of visible projects for authenticated user
    ///
    /// - `order_by`: `id`, `name`, `path`, `created_at`, `updated_at`, `last_activity_at`, `similarity`, `star_count`, `storage_size`, `repository_size`, `wiki_size` or `packages_size`.
    /// - `sort`: `asc` or `desc`.
    /// - `visibility`: `private`, `internal` or `public`.
    #[get("/projects")]
    #[paginate(page)]
    #[allow(clippy::too_many_arguments)]
    fn get_api_v4_projects(
        &self,
        #[query] order_by: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] archived: Option<bool>,
        #[query] visibility: Option<&str>,
        #[query] search: Option<&str>,
        #[query] search_namespaces: Option<bool>,
        #[query] owned: Option<bool>,
        #[query] starred: Option<bool>,
        #[query] imported: Option<bool>,
        #[query] membership: Option<bool>,
        #[query] with_issues_enabled: Option<bool>,
        #[query] with_merge_requests_enabled: Option<bool>,
        #[query] with_programming_language: Option<&str>,
        #[query] min_access_level: Option<i32>,
        #[query] id_after: Option<i32>,
        #[query] id_before: Option<i32>,
        #[query] last_activity_after: Option<&str>,
        #[query] last_activity_before: Option<&str>,
        #[query] repository_storage: Option<&str>,
        #[query(join = ",")] topic: Option<&[&str]>,
        #[query] topic_id: Option<i32>,
        #[query] updated_before: Option<&str>,
        #[query] updated_after: Option<&str>,
        #[query] include_pending_delete: Option<bool>,
        #[query] marked_for_deletion_on: Option<&str>,
        #[query] active: Option<bool>,
        #[query] wiki_checksum_failed: Option<bool>,
        #[query] repository_checksum_failed: Option<bool>,
        #[query] include_hidden: Option<bool>,
        #[query] simple: Option<bool>,
        #[query] statistics: Option<bool>,
        #[query] with_custom_attributes: Option<bool>,
    ) -> Paginated<ApiEntitiesBasicProjectDetails>;

    /// Create new project
    #[post("/projects")]
    async fn post_api_v4_projects(&self, #[body] body: &PostApiV4Projects) -> Result<ApiEntitiesProject>;

    /// Get a single project
    #[get("/projects/<id>")]
    async fn get_api_v4_projects_id(
        &self,
        id: &str,
        #[query] statistics: Option<bool>,
        #[query] with_custom_attributes: Option<bool>,
        #[query] license: Option<bool>,
    ) -> Result<ApiEntitiesProjectWithAccess>;

    /// Update an existing project
    #[put("/projects/<id>")]
    async fn put_api_v4_projects_id(&self, id: &str, #[body] body: &PutApiV4ProjectsId) -> Result<ApiEntitiesProject>;

    /// Get a list of project issues
    ///
    /// - `state`: `opened`, `closed` or `all`.
    /// - `order_by`: `created_at`, `due_date`, `label_priority`, `milestone_due`, `popularity`, `priority`, `relative_position`, `title`, `updated_at` or `weight`.
    /// - `sort`: `asc` or `desc`.
    /// - `due_date`: `0`, `any`, `today`, `tomorrow`, `overdue`, `week`, `month`, `next_month_and_previous_two_weeks` or `""`.
    /// - `issue_type`: `issue`, `incident`, `test_case`, `requirement`, `task` or `ticket`.
    /// - `milestone_id`: `Any`, `None`, `Upcoming` or `Started`.
    /// - `not[milestone_id]`: `Any`, `None`, `Upcoming` or `Started`.
    /// - `scope`: `created-by-me`, `assigned-to-me`, `created_by_me`, `assigned_to_me` or `all`.
    /// - `health_status`: `on_track`, `needs_attention`, `at_risk`, `none` or `any`.
    #[get("/projects/<id>/issues")]
    #[paginate(page)]
    #[allow(clippy::too_many_arguments)]
    fn get_api_v4_projects_id_issues(
        &self,
        id: &str,
        #[query] with_labels_details: Option<bool>,
        #[query] state: Option<&str>,
        #[query] closed_by_id: Option<i32>,
        #[query] order_by: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] due_date: Option<&str>,
        #[query] issue_type: Option<&str>,
        #[query(join = ",")] labels: Option<&[&str]>,
        #[query] milestone: Option<&str>,
        #[query] milestone_id: Option<&str>,
        #[query(join = ",")] iids: Option<&[i32]>,
        #[query] search: Option<&str>,
        #[query] r#in: Option<&str>,
        #[query] author_id: Option<i32>,
        #[query] author_username: Option<&str>,
        #[query] assignee_id: Option<i32>,
        #[query(join = ",")] assignee_username: Option<&[&str]>,
        #[query] created_after: Option<&str>,
        #[query] created_before: Option<&str>,
        #[query] updated_after: Option<&str>,
        #[query] updated_before: Option<&str>,
        #[query("not[labels]", join = ",")] not_labels: Option<&[&str]>,
        #[query("not[milestone]")] not_milestone: Option<&str>,
        #[query("not[milestone_id]")] not_milestone_id: Option<&str>,
        #[query("not[iids]", join = ",")] not_iids: Option<&[i32]>,
        #[query("not[author_id]")] not_author_id: Option<i32>,
        #[query("not[author_username]")] not_author_username: Option<&str>,
        #[query("not[assignee_id]")] not_assignee_id: Option<i32>,
        #[query("not[assignee_username]", join = ",")] not_assignee_username: Option<&[&str]>,
        #[query("not[weight]")] not_weight: Option<i32>,
        #[query("not[iteration_id]")] not_iteration_id: Option<i32>,
        #[query("not[iteration_title]")] not_iteration_title: Option<&str>,
        #[query] scope: Option<&str>,
        #[query] my_reaction_emoji: Option<&str>,
        #[query] confidential: Option<bool>,
        #[query] weight: Option<i32>,
        #[query] epic_id: Option<i32>,
        #[query] health_status: Option<&str>,
        #[query] iteration_id: Option<i32>,
        #[query] iteration_title: Option<&str>,
        #[query] cursor: Option<&str>,
    ) -> Paginated<ApiEntitiesIssue>;

    /// Create a new project issue
    #[post("/projects/<id>/issues")]
    async fn post_api_v4_projects_id_issues(
        &self,
        id: &str,
        #[body] body: &PostApiV4ProjectsIdIssues,
    ) -> Result<ApiEntitiesIssue>;

    /// Get a single project issue
    #[get("/projects/<id>/issues/<issue_iid>")]
    async fn get_api_v4_projects_id_issues_issue_iid(&self, id: &str, issue_iid: i32) -> Result<ApiEntitiesIssue>;

    /// Update an existing issue
    #[put("/projects/<id>/issues/<issue_iid>")]
    async fn put_api_v4_projects_id_issues_issue_iid(
        &self,
        id: &str,
        issue_iid: i32,
        #[body] body: &PutApiV4ProjectsIdIssuesIssueIid,
    ) -> Result<ApiEntitiesIssue>;

    /// Delete a project issue
    #[delete("/projects/<id>/issues/<issue_iid>")]
    async fn delete_api_v4_projects_id_issues_issue_iid(&self, id: &str, issue_iid: i32) -> Result<()>;

    /// Get a specific job of a project
    #[get("/projects/<id>/jobs/<job_id>")]
    async fn get_api_v4_projects_id_jobs_job_id(&self, id: i32, job_id: i32) -> Result<ApiEntitiesCiJob>;

    /// Retry a specific job of a project
    #[post("/projects/<id>/jobs/<job_id>/retry")]
    async fn post_api_v4_projects_id_jobs_job_id_retry(
        &self,
        id: i32,
        job_id: i32,
        #[body] body: &PostApiV4ProjectsIdJobsJobIdRetry,
    ) -> Result<ApiEntitiesCiJob>;

    /// Get a trace of a specific job of a project
    #[get("/projects/<id>/jobs/<job_id>/trace")]
    async fn get_api_v4_projects_id_jobs_job_id_trace(&self, id: i32, job_id: i32) -> Result<ApiEntitiesCiJob>;

    /// List project merge requests
    ///
    /// Get all merge requests for this project.
    ///
    /// - `state`: `opened`, `closed`, `locked`, `merged` or `all`.
    /// - `order_by`: `created_at`, `label_priority`, `milestone_due`, `popularity`, `priority`, `title`, `updated_at` or `merged_at`.
    /// - `sort`: `asc` or `desc`.
    /// - `view`: `simple`.
    /// - `scope`: `created-by-me`, `assigned-to-me`, `created_by_me`, `assigned_to_me`, `reviews_for_me` or `all`.
    #[get("/projects/<id>/merge_requests")]
    #[paginate(page)]
    #[allow(clippy::too_many_arguments)]
    fn get_api_v4_projects_id_merge_requests(
        &self,
        id: &str,
        #[query] author_id: Option<i32>,
        #[query] author_username: Option<&str>,
        #[query] assignee_id: Option<i32>,
        #[query(join = ",")] assignee_username: Option<&[&str]>,
        #[query] reviewer_username: Option<&str>,
        #[query(join = ",")] labels: Option<&[&str]>,
        #[query] milestone: Option<&str>,
        #[query] my_reaction_emoji: Option<&str>,
        #[query] reviewer_id: Option<i32>,
        #[query] state: Option<&str>,
        #[query] order_by: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] with_labels_details: Option<bool>,
        #[query] with_merge_status_recheck: Option<bool>,
        #[query] created_after: Option<&str>,
        #[query] created_before: Option<&str>,
        #[query] updated_after: Option<&str>,
        #[query] updated_before: Option<&str>,
        #[query] view: Option<&str>,
        #[query] scope: Option<&str>,
        #[query] source_branch: Option<&str>,
        #[query] source_project_id: Option<i32>,
        #[query] target_branch: Option<&str>,
        #[query] search: Option<&str>,
        #[query] r#in: Option<&str>,
        #[query] wip: Option<&str>,
        #[query("not[author_id]")] not_author_id: Option<i32>,
        #[query("not[author_username]")] not_author_username: Option<&str>,
        #[query("not[assignee_id]")] not_assignee_id: Option<i32>,
        #[query("not[assignee_username]", join = ",")] not_assignee_username: Option<&[&str]>,
        #[query("not[reviewer_username]")] not_reviewer_username: Option<&str>,
        #[query("not[labels]", join = ",")] not_labels: Option<&[&str]>,
        #[query("not[milestone]")] not_milestone: Option<&str>,
        #[query("not[my_reaction_emoji]")] not_my_reaction_emoji: Option<&str>,
        #[query("not[reviewer_id]")] not_reviewer_id: Option<i32>,
        #[query] deployed_before: Option<&str>,
        #[query] deployed_after: Option<&str>,
        #[query] environment: Option<&str>,
        #[query] approved: Option<&str>,
        #[query] merge_user_id: Option<i32>,
        #[query] merge_user_username: Option<&str>,
        #[query] approver_ids: Option<&str>,
        #[query] approved_by_ids: Option<&str>,
        #[query] approved_by_usernames: Option<&str>,
        #[query(join = ",")] iids: Option<&[i32]>,
    ) -> Paginated<ApiEntitiesMergeRequestBasic>;

    /// Create merge request
    ///
    /// Create a new merge request.
    #[post("/projects/<id>/merge_requests")]
    async fn post_api_v4_projects_id_merge_requests(
        &self,
        id: &str,
        #[body] body: &PostApiV4ProjectsIdMergeRequests,
    ) -> Result<ApiEntitiesMergeRequest>;

    /// Get single merge request
    ///
    /// Shows information about a single merge request. Note: the `changes_count` value in the response is a string, not an integer. This is because when an merge request has too many changes to display and store, it is capped at 1,000. In that case, the API returns the string `"1000+"` for the changes count.
    #[get("/projects/<id>/merge_requests/<merge_request_iid>")]
    async fn get_api_v4_projects_id_merge_requests_merge_request_iid(
        &self,
        id: &str,
        merge_request_iid: i32,
        #[query] render_html: Option<bool>,
        #[query] include_diverged_commits_count: Option<bool>,
        #[query] include_rebase_in_progress: Option<bool>,
    ) -> Result<ApiEntitiesMergeRequest>;

    /// Update merge request
    ///
    /// Updates an existing merge request. You can change the target branch, title, or even close the merge request.
    #[put("/projects/<id>/merge_requests/<merge_request_iid>")]
    async fn put_api_v4_projects_id_merge_requests_merge_request_iid(
        &self,
        id: &str,
        merge_request_iid: i32,
        #[body] body: &PutApiV4ProjectsIdMergeRequestsMergeRequestIid,
    ) -> Result<ApiEntitiesMergeRequest>;

    /// Get single merge request changes
    ///
    /// Shows information about the merge request including its files and changes.
    #[get("/projects/<id>/merge_requests/<merge_request_iid>/changes")]
    async fn get_api_v4_projects_id_merge_requests_merge_request_iid_changes(
        &self,
        id: &str,
        merge_request_iid: i32,
        #[query] unidiff: Option<bool>,
    ) -> Result<ApiEntitiesMergeRequestChanges>;

    /// Get single merge request commits
    ///
    /// Get a list of merge request commits.
    #[get("/projects/<id>/merge_requests/<merge_request_iid>/commits")]
    #[paginate(page)]
    fn get_api_v4_projects_id_merge_requests_merge_request_iid_commits(
        &self,
        id: &str,
        merge_request_iid: i32,
    ) -> Paginated<ApiEntitiesCommit>;

    /// Merge a merge request
    ///
    /// Accept and merge changes submitted with the merge request using this API.
    #[put("/projects/<id>/merge_requests/<merge_request_iid>/merge")]
    async fn put_api_v4_projects_id_merge_requests_merge_request_iid_merge(
        &self,
        id: &str,
        merge_request_iid: i32,
        #[body] body: &PutApiV4ProjectsIdMergeRequestsMergeRequestIidMerge,
    ) -> Result<ApiEntitiesMergeRequest>;

    /// Create a new pipeline
    ///
    /// This feature was introduced in GitLab 8.14
    #[post("/projects/<id>/pipeline")]
    async fn post_api_v4_projects_id_pipeline(
        &self,
        id: &str,
        #[body] body: &PostApiV4ProjectsIdPipeline,
    ) -> Result<ApiEntitiesCiPipeline>;

    /// Get all Pipelines of the project
    ///
    /// This feature was introduced in GitLab 8.11.
    ///
    /// - `scope`: `running`, `pending`, `finished`, `branches` or `tags`.
    /// - `status`: `created`, `waiting_for_resource`, `preparing`, `waiting_for_callback`, `pending`, `running`, `success`, `failed`, `canceling`, `canceled`, `skipped`, `manual` or `scheduled`.
    /// - `order_by`: `id`, `status`, `ref`, `updated_at` or `user_id`.
    /// - `sort`: `asc` or `desc`.
    /// - `source`: `unknown`, `push`, `web`, `trigger`, `schedule`, `api`, `external`, `pipeline`, `chat`, `webide`, `merge_request_event`, `external_pull_request_event`, `parent_pipeline`, `ondemand_dast_scan`, `ondemand_dast_validation`, `security_orchestration_policy`, `container_registry_push`, `duo_workflow` or `pipeline_execution_policy_schedule`.
    #[get("/projects/<id>/pipelines")]
    #[paginate(page)]
    #[allow(clippy::too_many_arguments)]
    fn get_api_v4_projects_id_pipelines(
        &self,
        id: &str,
        #[query] scope: Option<&str>,
        #[query] status: Option<&str>,
        #[query] r#ref: Option<&str>,
        #[query] sha: Option<&str>,
        #[query] yaml_errors: Option<bool>,
        #[query] username: Option<&str>,
        #[query] updated_before: Option<&str>,
        #[query] updated_after: Option<&str>,
        #[query] created_before: Option<&str>,
        #[query] created_after: Option<&str>,
        #[query] order_by: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] source: Option<&str>,
        #[query] name: Option<&str>,
    ) -> Paginated<ApiEntitiesCiPipelineBasic>;

    /// Gets a specific pipeline for the project
    ///
    /// This feature was introduced in GitLab 8.11
    #[get("/projects/<id>/pipelines/<pipeline_id>")]
    async fn get_api_v4_projects_id_pipelines_pipeline_id(
        &self,
        id: &str,
        pipeline_id: i32,
    ) -> Result<ApiEntitiesCiPipelineWithMetadata>;

    /// Cancel all builds in the pipeline
    ///
    /// This feature was introduced in GitLab 8.11.
    #[post("/projects/<id>/pipelines/<pipeline_id>/cancel")]
    async fn post_api_v4_projects_id_pipelines_pipeline_id_cancel(
        &self,
        id: &str,
        pipeline_id: i32,
    ) -> Result<ApiEntitiesCiPipeline>;

    /// Get pipeline jobs
    ///
    /// - `scope`: `created`, `waiting_for_resource`, `preparing`, `waiting_for_callback`, `pending`, `running`, `success`, `failed`, `canceling`, `canceled`, `skipped`, `manual` or `scheduled`.
    #[get("/projects/<id>/pipelines/<pipeline_id>/jobs")]
    #[paginate(page)]
    fn get_api_v4_projects_id_pipelines_pipeline_id_jobs(
        &self,
        id: &str,
        pipeline_id: i32,
        #[query] include_retried: Option<bool>,
        #[query] scope: Option<&str>,
    ) -> Paginated<ApiEntitiesCiJob>;

    /// Retry builds in the pipeline
    ///
    /// This feature was introduced in GitLab 8.11.
    #[post("/projects/<id>/pipelines/<pipeline_id>/retry")]
    async fn post_api_v4_projects_id_pipelines_pipeline_id_retry(
        &self,
        id: &str,
        pipeline_id: i32,
    ) -> Result<ApiEntitiesCiPipeline>;

    /// List Releases
    ///
    /// Returns a paginated list of releases. This feature was introduced in GitLab 11.7.
    ///
    /// - `order_by`: `released_at` or `created_at`.
    /// - `sort`: `asc` or `desc`.
    #[get("/projects/<id>/releases")]
    #[paginate(page)]
    fn get_api_v4_projects_id_releases(
        &self,
        id: &str,
        #[query] order_by: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] include_html_description: Option<bool>,
        #[query] updated_before: Option<&str>,
        #[query] updated_after: Option<&str>,
    ) -> Paginated<ApiEntitiesRelease>;

    /// Create a release
    ///
    /// Creates a release. Developer level access to the project is required to create a release. This feature was introduced in GitLab 11.7.
    #[post("/projects/<id>/releases")]
    async fn post_api_v4_projects_id_releases(
        &self,
        id: &str,
        #[body] body: &PostApiV4ProjectsIdReleases,
    ) -> Result<ApiEntitiesRelease>;

    /// Get a release by a tag name
    ///
    /// Gets a release for the given tag. This feature was introduced in GitLab 11.7.
    #[get("/projects/<id>/releases/<tag_name>")]
    async fn get_api_v4_projects_id_releases_tag_name(
        &self,
        id: &str,
        tag_name: &str,
        #[query] include_html_description: Option<bool>,
    ) -> Result<ApiEntitiesRelease>;

    /// Get a project repository branches
    ///
    /// - `sort`: `name_asc`, `updated_asc` or `updated_desc`.
    #[get("/projects/<id>/repository/branches")]
    #[paginate(page)]
    fn get_api_v4_projects_id_repository_branches(
        &self,
        id: &str,
        #[query] search: Option<&str>,
        #[query] regex: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] page_token: Option<&str>,
    ) -> Paginated<ApiEntitiesBranch>;

    /// Create branch
    #[post("/projects/<id>/repository/branches")]
    async fn post_api_v4_projects_id_repository_branches(
        &self,
        id: &str,
        #[body] body: &PostApiV4ProjectsIdRepositoryBranches,
    ) -> Result<ApiEntitiesBranch>;

    /// Get a single repository branch
    #[get("/projects/<id>/repository/branches/<branch>")]
    async fn get_api_v4_projects_id_repository_branches_branch(
        &self,
        id: &str,
        branch: &str,
    ) -> Result<ApiEntitiesBranch>;

    /// Delete a branch
    #[delete("/projects/<id>/repository/branches/<branch>")]
    async fn delete_api_v4_projects_id_repository_branches_branch(&self, id: &str, branch: &str) -> Result<()>;

    /// Get a project repository commits
    ///
    /// - `order`: `default` or `topo`.
    #[get("/projects/<id>/repository/commits")]
    #[paginate(page)]
    #[allow(clippy::too_many_arguments)]
    fn get_api_v4_projects_id_repository_commits(
        &self,
        id: &str,
        #[query] ref_name: Option<&str>,
        #[query] since: Option<&str>,
        #[query] until: Option<&str>,
        #[query] path: Option<&str>,
        #[query] author: Option<&str>,
        #[query] all: Option<bool>,
        #[query] with_stats: Option<bool>,
        #[query] first_parent: Option<bool>,
        #[query] order: Option<&str>,
        #[query] trailers: Option<bool>,
    ) -> Paginated<ApiEntitiesCommit>;

    /// Compare two branches, tags, or commits
    #[get("/projects/<id>/repository/compare")]
    async fn get_api_v4_projects_id_repository_compare(
        &self,
        id: &str,
        #[query] from: &str,
        #[query] to: &str,
        #[query] from_project_id: Option<i32>,
        #[query] straight: Option<bool>,
        #[query] unidiff: Option<bool>,
    ) -> Result<ApiEntitiesCompare>;

    /// Get a file from the repository
    #[get("/projects/<id>/repository/files/<file_path>")]
    async fn get_api_v4_projects_id_repository_files_file_path(
        &self,
        id: &str,
        file_path: &str,
        #[query] r#ref: &str,
    ) -> Result<()>;

    /// Update existing file in repository
    #[put("/projects/<id>/repository/files/<file_path>")]
    async fn put_api_v4_projects_id_repository_files_file_path(
        &self,
        id: &str,
        file_path: &str,
        #[body] body: &PutApiV4ProjectsIdRepositoryFilesFilePath,
    ) -> Result<()>;

    /// Create new file in repository
    #[post("/projects/<id>/repository/files/<file_path>")]
    async fn post_api_v4_projects_id_repository_files_file_path(
        &self,
        id: &str,
        file_path: &str,
        #[body] body: &PostApiV4ProjectsIdRepositoryFilesFilePath,
    ) -> Result<()>;

    /// Delete an existing file in repository
    #[delete("/projects/<id>/repository/files/<file_path>")]
    #[allow(clippy::too_many_arguments)]
    async fn delete_api_v4_projects_id_repository_files_file_path(
        &self,
        id: &str,
        file_path: &str,
        #[query] branch: &str,
        #[query] commit_message: &str,
        #[query] start_branch: Option<&str>,
        #[query] author_email: Option<&str>,
        #[query] author_name: Option<&str>,
    ) -> Result<()>;

    /// Get raw file contents from the repository
    #[get("/projects/<id>/repository/files/<file_path>/raw")]
    async fn get_api_v4_projects_id_repository_files_file_path_raw(
        &self,
        id: &str,
        file_path: &str,
        #[query] r#ref: Option<&str>,
        #[query] lfs: Option<bool>,
    ) -> Result<String>;

    /// Get a project repository tags
    ///
    /// - `sort`: `asc` or `desc`.
    /// - `order_by`: `name`, `updated` or `version`.
    #[get("/projects/<id>/repository/tags")]
    #[paginate(page)]
    fn get_api_v4_projects_id_repository_tags(
        &self,
        id: &str,
        #[query] sort: Option<&str>,
        #[query] order_by: Option<&str>,
        #[query] search: Option<&str>,
        #[query] page_token: Option<&str>,
    ) -> Paginated<ApiEntitiesTag>;

    /// Create a new repository tag
    #[post("/projects/<id>/repository/tags")]
    async fn post_api_v4_projects_id_repository_tags(
        &self,
        id: &str,
        #[body] body: &PostApiV4ProjectsIdRepositoryTags,
    ) -> Result<ApiEntitiesTag>;

    /// Get a project repository tree
    ///
    /// - `pagination`: `legacy`, `keyset` or `none`.
    #[get("/projects/<id>/repository/tree")]
    #[paginate(page)]
    fn get_api_v4_projects_id_repository_tree(
        &self,
        id: &str,
        #[query] r#ref: Option<&str>,
        #[query] path: Option<&str>,
        #[query] recursive: Option<bool>,
        #[query] pagination: Option<&str>,
        #[query] page_token: Option<&str>,
    ) -> Paginated<ApiEntitiesTreeObject>;

    /// Upload a file
    #[post("/projects/<id>/uploads")]
    async fn post_api_v4_projects_id_uploads(
        &self,
        id: i32,
        #[body] body: &PostApiV4ProjectsIdUploads,
    ) -> Result<ApiEntitiesProjectUpload>;

    /// Get the currently authenticated user
    ///
    /// Gets the currently authenticated user. Returns user info for the token holder.
    #[get("/user")]
    async fn get_api_v4_user(&self) -> Result<ApiEntitiesCurrentUser>;

    /// Get a user projects
    ///
    /// - `order_by`: `id`, `name`, `path`, `created_at`, `updated_at`, `last_activity_at`, `similarity`, `star_count`, `storage_size`, `repository_size`, `wiki_size` or `packages_size`.
    /// - `sort`: `asc` or `desc`.
    /// - `visibility`: `private`, `internal` or `public`.
    #[get("/users/<user_id>/projects")]
    #[paginate(page)]
    #[allow(clippy::too_many_arguments)]
    fn get_api_v4_users_user_id_projects(
        &self,
        user_id: &str,
        #[query] order_by: Option<&str>,
        #[query] sort: Option<&str>,
        #[query] archived: Option<bool>,
        #[query] visibility: Option<&str>,
        #[query] search: Option<&str>,
        #[query] search_namespaces: Option<bool>,
        #[query] owned: Option<bool>,
        #[query] starred: Option<bool>,
        #[query] imported: Option<bool>,
        #[query] membership: Option<bool>,
        #[query] with_issues_enabled: Option<bool>,
        #[query] with_merge_requests_enabled: Option<bool>,
        #[query] with_programming_language: Option<&str>,
        #[query] min_access_level: Option<i32>,
        #[query] id_after: Option<i32>,
        #[query] id_before: Option<i32>,
        #[query] last_activity_after: Option<&str>,
        #[query] last_activity_before: Option<&str>,
        #[query] repository_storage: Option<&str>,
        #[query(join = ",")] topic: Option<&[&str]>,
        #[query] topic_id: Option<i32>,
        #[query] updated_before: Option<&str>,
        #[query] updated_after: Option<&str>,
        #[query] include_pending_delete: Option<bool>,
        #[query] marked_for_deletion_on: Option<&str>,
        #[query] active: Option<bool>,
        #[query] wiki_checksum_failed: Option<bool>,
        #[query] repository_checksum_failed: Option<bool>,
        #[query] include_hidden: Option<bool>,
        #[query] simple: Option<bool>,
        #[query] statistics: Option<bool>,
        #[query] with_custom_attributes: Option<bool>,
    ) -> Paginated<ApiEntitiesBasicProjectDetails>;
}

/// API_Entities_BasicProjectDetails model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesBasicProjectDetails {
    pub avatar_url: Option<String>,
    pub created_at: Option<String>,
    pub custom_attributes: Option<ApiEntitiesCustomAttribute>,
    pub default_branch: Option<String>,
    pub description: Option<String>,
    pub forks_count: Option<u32>,
    pub http_url_to_repo: Option<String>,
    pub id: Option<u32>,
    pub last_activity_at: Option<String>,
    pub license: Option<ApiEntitiesLicenseBasic>,
    pub license_url: Option<String>,
    pub name: Option<String>,
    pub name_with_namespace: Option<String>,
    pub namespace: Option<ApiEntitiesNamespaceBasic>,
    pub path: Option<String>,
    pub path_with_namespace: Option<String>,
    pub readme_url: Option<String>,
    pub repository_storage: Option<String>,
    pub ssh_url_to_repo: Option<String>,
    pub star_count: Option<u32>,
    pub tag_list: Option<Vec<String>>,
    pub topics: Option<Vec<String>>,
    pub visibility: Option<String>,
    pub web_url: Option<String>,
}

/// API_Entities_Branch model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesBranch {
    pub can_push: Option<bool>,
    pub commit: Option<ApiEntitiesCommit>,
    pub default: Option<bool>,
    pub developers_can_merge: Option<bool>,
    pub developers_can_push: Option<bool>,
    pub merged: Option<bool>,
    pub name: Option<String>,
    pub protected: Option<bool>,
    pub web_url: Option<String>,
}

/// API_Entities_Ci_Job model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiJob {
    pub allow_failure: Option<bool>,
    pub archived: Option<bool>,
    pub artifacts: Option<Vec<ApiEntitiesCiJobArtifact>>,
    pub artifacts_expire_at: Option<String>,
    pub artifacts_file: Option<ApiEntitiesCiJobArtifactFile>,
    pub commit: Option<ApiEntitiesCommit>,
    pub coverage: Option<f64>,
    pub created_at: Option<String>,
    /// Time spent running
    pub duration: Option<f64>,
    pub erased_at: Option<String>,
    pub failure_reason: Option<String>,
    pub finished_at: Option<String>,
    pub id: Option<u32>,
    pub name: Option<String>,
    pub pipeline: Option<ApiEntitiesCiPipelineBasic>,
    pub project: Option<ApiEntitiesCiJobProject>,
    /// Time spent enqueued
    pub queued_duration: Option<f64>,
    pub r#ref: Option<String>,
    pub runner: Option<ApiEntitiesCiRunner>,
    pub runner_manager: Option<ApiEntitiesCiRunnerManager>,
    pub stage: Option<String>,
    pub started_at: Option<String>,
    pub status: Option<String>,
    pub tag: Option<bool>,
    pub tag_list: Option<Vec<String>>,
    pub user: Option<ApiEntitiesUser>,
    pub web_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiJobArtifact {
    pub file_format: Option<ApiEntitiesCiJobArtifactFileFormat>,
    pub file_type: Option<ApiEntitiesCiJobArtifactFileType>,
    pub filename: Option<String>,
    pub size: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiJobArtifactFile {
    pub filename: Option<String>,
    pub size: Option<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApiEntitiesCiJobArtifactFileFormat {
    Raw,
    Zip,
    Gzip,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiEntitiesCiJobArtifactFileType {
    Archive,
    Metadata,
    Trace,
    Junit,
    Sast,
    DependencyScanning,
    ContainerScanning,
    Dast,
    Codequality,
    LicenseScanning,
    Performance,
    Metrics,
    MetricsReferee,
    NetworkReferee,
    Lsif,
    Dotenv,
    Cobertura,
    Terraform,
    Accessibility,
    ClusterApplications,
    SecretDetection,
    Requirements,
    CoverageFuzzing,
    BrowserPerformance,
    LoadPerformance,
    ApiFuzzing,
    ClusterImageScanning,
    Cyclonedx,
    RequirementsV2,
    Annotations,
    RepositoryXray,
    Jacoco,
    Scip,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiJobProject {
    pub ci_job_token_scope_enabled: Option<String>,
}

/// API_Entities_Ci_Pipeline model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiPipeline {
    pub archived: Option<bool>,
    pub before_sha: Option<String>,
    pub committed_at: Option<String>,
    pub coverage: Option<f64>,
    pub created_at: Option<String>,
    pub detailed_status: Option<DetailedStatusEntity>,
    /// Time spent running in seconds
    pub duration: Option<i32>,
    pub finished_at: Option<String>,
    pub id: Option<u32>,
    pub iid: Option<u32>,
    pub project_id: Option<u32>,
    /// Time spent enqueued in seconds
    pub queued_duration: Option<i32>,
    pub r#ref: Option<String>,
    pub sha: Option<String>,
    pub source: Option<String>,
    pub started_at: Option<String>,
    pub status: Option<String>,
    pub tag: Option<bool>,
    pub updated_at: Option<String>,
    pub user: Option<ApiEntitiesUserBasic>,
    pub web_url: Option<String>,
    pub yaml_errors: Option<String>,
}

/// API_Entities_Ci_PipelineBasic model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiPipelineBasic {
    pub created_at: Option<String>,
    pub id: Option<u32>,
    pub iid: Option<u32>,
    pub project_id: Option<u32>,
    pub r#ref: Option<String>,
    pub sha: Option<String>,
    pub source: Option<String>,
    pub status: Option<String>,
    pub updated_at: Option<String>,
    pub web_url: Option<String>,
}

/// API_Entities_Ci_PipelineWithMetadata model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiPipelineWithMetadata {
    pub archived: Option<bool>,
    pub before_sha: Option<String>,
    pub committed_at: Option<String>,
    pub coverage: Option<f64>,
    pub created_at: Option<String>,
    pub detailed_status: Option<DetailedStatusEntity>,
    /// Time spent running in seconds
    pub duration: Option<i32>,
    pub finished_at: Option<String>,
    pub id: Option<u32>,
    pub iid: Option<u32>,
    pub name: Option<String>,
    pub project_id: Option<u32>,
    /// Time spent enqueued in seconds
    pub queued_duration: Option<i32>,
    pub r#ref: Option<String>,
    pub sha: Option<String>,
    pub source: Option<String>,
    pub started_at: Option<String>,
    pub status: Option<String>,
    pub tag: Option<bool>,
    pub updated_at: Option<String>,
    pub user: Option<ApiEntitiesUserBasic>,
    pub web_url: Option<String>,
    pub yaml_errors: Option<String>,
}

/// API_Entities_Ci_Runner model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiRunner {
    pub active: Option<bool>,
    pub created_at: Option<String>,
    pub created_by: Option<ApiEntitiesUserBasic>,
    pub description: Option<String>,
    pub id: Option<i32>,
    pub ip_address: Option<String>,
    pub is_shared: Option<bool>,
    pub job_execution_status: Option<ApiEntitiesCiRunnerJobExecutionStatus>,
    pub name: Option<String>,
    pub online: Option<bool>,
    pub paused: Option<bool>,
    pub runner_type: Option<ApiEntitiesCiRunnerRunnerType>,
    pub status: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApiEntitiesCiRunnerJobExecutionStatus {
    Active,
    Idle,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// API_Entities_Ci_RunnerManager model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCiRunnerManager {
    pub architecture: Option<String>,
    pub contacted_at: Option<String>,
    pub created_at: Option<String>,
    pub id: Option<i32>,
    pub ip_address: Option<String>,
    pub job_execution_status: Option<ApiEntitiesCiRunnerManagerJobExecutionStatus>,
    pub platform: Option<String>,
    pub revision: Option<String>,
    pub status: Option<String>,
    pub system_id: Option<String>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApiEntitiesCiRunnerManagerJobExecutionStatus {
    Active,
    Idle,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiEntitiesCiRunnerRunnerType {
    InstanceType,
    GroupType,
    ProjectType,
    /// A value the description does not list.
    #[serde(other)]
    Other,
}

/// API_Entities_Commit model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCommit {
    pub author_email: Option<String>,
    pub author_name: Option<String>,
    pub authored_date: Option<String>,
    pub committed_date: Option<String>,
    pub committer_email: Option<String>,
    pub committer_name: Option<String>,
    pub created_at: Option<String>,
    pub extended_trailers: Option<BTreeMap<String, serde_json::Value>>,
    pub id: Option<String>,
    pub message: Option<String>,
    pub parent_ids: Option<Vec<String>>,
    pub short_id: Option<String>,
    pub title: Option<String>,
    pub trailers: Option<BTreeMap<String, serde_json::Value>>,
    pub web_url: Option<String>,
}

/// API_Entities_Compare model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCompare {
    pub commit: Option<ApiEntitiesCommit>,
    pub commits: Option<Vec<ApiEntitiesCommit>>,
    pub compare_same_ref: Option<bool>,
    pub compare_timeout: Option<bool>,
    pub diffs: Option<Vec<ApiEntitiesDiff>>,
    pub web_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesContainerExpirationPolicy {
    pub cadence: Option<String>,
    pub enabled: Option<String>,
    pub keep_n: Option<String>,
    pub name_regex: Option<String>,
    pub name_regex_keep: Option<String>,
    pub next_run_at: Option<String>,
    pub older_than: Option<String>,
}

/// API_Entities_CurrentUser model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCurrentUser {
    /// User bio
    pub bio: Option<String>,
    /// Email address (may be empty based on privacy settings)
    pub email: Option<String>,
    /// User ID
    pub id: u64,
    /// Display name
    pub name: Option<String>,
    /// Public email address
    pub public_email: Option<String>,
    /// Username
    pub username: String,
}

/// API_Entities_CustomAttribute model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesCustomAttribute {
    pub key: Option<String>,
    pub value: Option<String>,
}

/// API_Entities_Diff model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesDiff {
    pub a_mode: Option<String>,
    pub b_mode: Option<String>,
    pub collapsed: Option<bool>,
    pub deleted_file: Option<bool>,
    pub diff: Option<String>,
    pub generated_file: Option<bool>,
    pub new_file: Option<bool>,
    pub new_path: Option<String>,
    pub old_path: Option<String>,
    pub renamed_file: Option<bool>,
    pub too_large: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesDiffRefs {
    pub base_sha: Option<String>,
    pub head_sha: Option<String>,
    pub start_sha: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesGroupAccess {
    pub access_level: Option<String>,
    pub notification_level: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesIssuableReferences {
    pub full: Option<String>,
    pub relative: Option<String>,
    pub short: Option<String>,
}

/// API_Entities_IssuableTimeStats model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesIssuableTimeStats {
    pub human_time_estimate: Option<String>,
    pub human_total_time_spent: Option<String>,
    pub time_estimate: Option<i32>,
    pub total_time_spent: Option<i32>,
}

/// API_Entities_Issue model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesIssue {
    #[serde(rename = "_links")]
    pub links: Option<ApiEntitiesIssueLinks>,
    pub assignee: Option<ApiEntitiesUserBasic>,
    pub assignees: Option<Vec<ApiEntitiesUserBasic>>,
    pub author: Option<ApiEntitiesUserBasic>,
    pub blocking_issues_count: Option<String>,
    pub closed_at: Option<String>,
    pub closed_by: Option<ApiEntitiesUserBasic>,
    pub confidential: Option<bool>,
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub discussion_locked: Option<bool>,
    pub downvotes: Option<String>,
    pub due_date: Option<String>,
    pub epic: Option<EpicBaseEntity>,
    pub epic_iid: Option<String>,
    pub has_tasks: Option<String>,
    pub health_status: Option<String>,
    pub id: Option<u32>,
    pub iid: Option<u32>,
    pub imported: Option<String>,
    pub imported_from: Option<String>,
    pub issue_type: Option<String>,
    pub iteration: Option<ApiEntitiesIteration>,
    pub labels: Option<Vec<String>>,
    pub merge_requests_count: Option<String>,
    pub milestone: Option<ApiEntitiesMilestone>,
    pub moved_to_id: Option<String>,
    pub project_id: Option<u32>,
    pub references: Option<ApiEntitiesIssuableReferences>,
    pub service_desk_reply_to: Option<String>,
    /// One of ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"]
    pub severity: Option<String>,
    pub start_date: Option<String>,
    pub state: Option<String>,
    pub subscribed: Option<String>,
    pub task_completion_status: Option<String>,
    pub task_status: Option<String>,
    pub time_stats: Option<ApiEntitiesIssuableTimeStats>,
    pub title: Option<String>,
    /// One of ["ISSUE", "INCIDENT", "TEST_CASE", "REQUIREMENT", "TASK", "TICKET"]
    pub r#type: Option<String>,
    pub updated_at: Option<String>,
    pub upvotes: Option<String>,
    pub user_notes_count: Option<u32>,
    pub web_url: Option<String>,
    pub weight: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesIssueLinks {
    pub award_emoji: Option<String>,
    pub closed_as_duplicate_of: Option<String>,
    pub notes: Option<String>,
    pub project: Option<String>,
    #[serde(rename = "self")]
    pub self_: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesIteration {
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub due_date: Option<String>,
    pub group_id: Option<String>,
    pub id: Option<String>,
    pub iid: Option<String>,
    pub sequence: Option<String>,
    pub start_date: Option<String>,
    pub state: Option<String>,
    pub title: Option<String>,
    pub updated_at: Option<String>,
    pub web_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesLicenseBasic {
    pub html_url: Option<String>,
    pub key: Option<String>,
    pub name: Option<String>,
    pub nickname: Option<String>,
    pub source_url: Option<String>,
}

/// API_Entities_MergeRequest model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesMergeRequest {
    pub allow_collaboration: Option<String>,
    pub allow_maintainer_to_push: Option<String>,
    pub approvals_before_merge: Option<String>,
    pub assignee: Option<ApiEntitiesUserBasic>,
    pub assignees: Option<ApiEntitiesUserBasic>,
    pub author: Option<ApiEntitiesUserBasic>,
    pub blocking_discussions_resolved: Option<String>,
    pub changes_count: Option<String>,
    pub closed_at: Option<String>,
    pub closed_by: Option<ApiEntitiesUserBasic>,
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub description_html: Option<String>,
    pub detailed_merge_status: Option<String>,
    pub diff_refs: Option<ApiEntitiesDiffRefs>,
    pub discussion_locked: Option<String>,
    pub diverged_commits_count: Option<String>,
    pub downvotes: Option<String>,
    pub draft: Option<bool>,
    pub first_contribution: Option<String>,
    pub first_deployed_to_production_at: Option<String>,
    pub force_remove_source_branch: Option<String>,
    pub has_conflicts: Option<String>,
    pub head_pipeline: Option<ApiEntitiesCiPipeline>,
    pub id: Option<u32>,
    pub iid: Option<u32>,
    pub imported: Option<String>,
    pub imported_from: Option<String>,
    pub labels: Option<Vec<String>>,
    pub latest_build_finished_at: Option<String>,
    pub latest_build_started_at: Option<String>,
    pub merge_after: Option<String>,
    pub merge_commit_sha: Option<String>,
    pub merge_error: Option<String>,
    pub merge_status: Option<String>,
    pub merge_user: Option<ApiEntitiesUserBasic>,
    pub merge_when_pipeline_succeeds: Option<String>,
    pub merged_at: Option<String>,
    pub merged_by: Option<ApiEntitiesUserBasic>,
    pub milestone: Option<ApiEntitiesMilestone>,
    pub pipeline: Option<ApiEntitiesCiPipelineBasic>,
    pub prepared_at: Option<String>,
    pub project_id: Option<u32>,
    pub rebase_in_progress: Option<String>,
    pub reference: Option<String>,
    pub references: Option<ApiEntitiesIssuableReferences>,
    pub reviewers: Option<ApiEntitiesUserBasic>,
    pub sha: Option<String>,
    pub should_remove_source_branch: Option<String>,
    pub source_branch: Option<String>,
    pub source_project_id: Option<String>,
    pub squash: Option<String>,
    pub squash_commit_sha: Option<String>,
    pub squash_on_merge: Option<String>,
    pub state: Option<String>,
    pub subscribed: Option<String>,
    pub target_branch: Option<String>,
    pub target_project_id: Option<String>,
    pub task_completion_status: Option<String>,
    pub time_stats: Option<ApiEntitiesIssuableTimeStats>,
    pub title: Option<String>,
    pub title_html: Option<String>,
    pub updated_at: Option<String>,
    pub upvotes: Option<String>,
    pub user: Option<ApiEntitiesMergeRequestUser>,
    pub user_notes_count: Option<u32>,
    pub web_url: Option<String>,
    pub work_in_progress: Option<String>,
}

/// API_Entities_MergeRequestBasic model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesMergeRequestBasic {
    pub allow_collaboration: Option<String>,
    pub allow_maintainer_to_push: Option<String>,
    pub approvals_before_merge: Option<String>,
    pub assignee: Option<ApiEntitiesUserBasic>,
    pub assignees: Option<ApiEntitiesUserBasic>,
    pub author: Option<ApiEntitiesUserBasic>,
    pub blocking_discussions_resolved: Option<String>,
    pub closed_at: Option<String>,
    pub closed_by: Option<ApiEntitiesUserBasic>,
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub description_html: Option<String>,
    pub detailed_merge_status: Option<String>,
    pub discussion_locked: Option<String>,
    pub downvotes: Option<String>,
    pub draft: Option<bool>,
    pub force_remove_source_branch: Option<String>,
    pub has_conflicts: Option<String>,
    pub id: Option<u32>,
    pub iid: Option<u32>,
    pub imported: Option<String>,
    pub imported_from: Option<String>,
    pub labels: Option<Vec<String>>,
    pub merge_after: Option<String>,
    pub merge_commit_sha: Option<String>,
    pub merge_status: Option<String>,
    pub merge_user: Option<ApiEntitiesUserBasic>,
    pub merge_when_pipeline_succeeds: Option<String>,
    pub merged_at: Option<String>,
    pub merged_by: Option<ApiEntitiesUserBasic>,
    pub milestone: Option<ApiEntitiesMilestone>,
    pub prepared_at: Option<String>,
    pub project_id: Option<u32>,
    pub reference: Option<String>,
    pub references: Option<ApiEntitiesIssuableReferences>,
    pub reviewers: Option<ApiEntitiesUserBasic>,
    pub sha: Option<String>,
    pub should_remove_source_branch: Option<String>,
    pub source_branch: Option<String>,
    pub source_project_id: Option<String>,
    pub squash: Option<String>,
    pub squash_commit_sha: Option<String>,
    pub squash_on_merge: Option<String>,
    pub state: Option<String>,
    pub target_branch: Option<String>,
    pub target_project_id: Option<String>,
    pub task_completion_status: Option<String>,
    pub time_stats: Option<ApiEntitiesIssuableTimeStats>,
    pub title: Option<String>,
    pub title_html: Option<String>,
    pub updated_at: Option<String>,
    pub upvotes: Option<String>,
    pub user_notes_count: Option<u32>,
    pub web_url: Option<String>,
    pub work_in_progress: Option<String>,
}

/// API_Entities_MergeRequestChanges model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesMergeRequestChanges {
    pub allow_collaboration: Option<String>,
    pub allow_maintainer_to_push: Option<String>,
    pub approvals_before_merge: Option<String>,
    pub assignee: Option<ApiEntitiesUserBasic>,
    pub assignees: Option<ApiEntitiesUserBasic>,
    pub author: Option<ApiEntitiesUserBasic>,
    pub blocking_discussions_resolved: Option<String>,
    pub changes: Option<Vec<ApiEntitiesDiff>>,
    pub changes_count: Option<String>,
    pub closed_at: Option<String>,
    pub closed_by: Option<ApiEntitiesUserBasic>,
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub description_html: Option<String>,
    pub detailed_merge_status: Option<String>,
    pub diff_refs: Option<ApiEntitiesDiffRefs>,
    pub discussion_locked: Option<String>,
    pub diverged_commits_count: Option<String>,
    pub downvotes: Option<String>,
    pub draft: Option<bool>,
    pub first_contribution: Option<String>,
    pub first_deployed_to_production_at: Option<String>,
    pub force_remove_source_branch: Option<String>,
    pub has_conflicts: Option<String>,
    pub head_pipeline: Option<ApiEntitiesCiPipeline>,
    pub id: Option<u32>,
    pub iid: Option<u32>,
    pub imported: Option<String>,
    pub imported_from: Option<String>,
    pub labels: Option<Vec<String>>,
    pub latest_build_finished_at: Option<String>,
    pub latest_build_started_at: Option<String>,
    pub merge_after: Option<String>,
    pub merge_commit_sha: Option<String>,
    pub merge_error: Option<String>,
    pub merge_status: Option<String>,
    pub merge_user: Option<ApiEntitiesUserBasic>,
    pub merge_when_pipeline_succeeds: Option<String>,
    pub merged_at: Option<String>,
    pub merged_by: Option<ApiEntitiesUserBasic>,
    pub milestone: Option<ApiEntitiesMilestone>,
    pub overflow: Option<String>,
    pub pipeline: Option<ApiEntitiesCiPipelineBasic>,
    pub prepared_at: Option<String>,
    pub project_id: Option<u32>,
    pub rebase_in_progress: Option<String>,
    pub reference: Option<String>,
    pub references: Option<ApiEntitiesIssuableReferences>,
    pub reviewers: Option<ApiEntitiesUserBasic>,
    pub sha: Option<String>,
    pub should_remove_source_branch: Option<String>,
    pub source_branch: Option<String>,
    pub source_project_id: Option<String>,
    pub squash: Option<String>,
    pub squash_commit_sha: Option<String>,
    pub squash_on_merge: Option<String>,
    pub state: Option<String>,
    pub subscribed: Option<String>,
    pub target_branch: Option<String>,
    pub target_project_id: Option<String>,
    pub task_completion_status: Option<String>,
    pub time_stats: Option<ApiEntitiesIssuableTimeStats>,
    pub title: Option<String>,
    pub title_html: Option<String>,
    pub updated_at: Option<String>,
    pub upvotes: Option<String>,
    pub user: Option<ApiEntitiesMergeRequestChangesUser>,
    pub user_notes_count: Option<u32>,
    pub web_url: Option<String>,
    pub work_in_progress: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesMergeRequestChangesUser {
    pub can_merge: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesMergeRequestUser {
    pub can_merge: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesMilestone {
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub due_date: Option<String>,
    pub expired: Option<String>,
    pub group_id: Option<String>,
    pub id: Option<u32>,
    pub iid: Option<u32>,
    pub project_id: Option<u32>,
    pub start_date: Option<String>,
    pub state: Option<String>,
    pub title: Option<String>,
    pub updated_at: Option<String>,
    pub web_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesMilestoneWithStats {
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub due_date: Option<String>,
    pub expired: Option<String>,
    pub group_id: Option<String>,
    pub id: Option<String>,
    pub iid: Option<String>,
    pub issue_stats: Option<ApiEntitiesMilestoneWithStatsIssueStats>,
    pub project_id: Option<String>,
    pub start_date: Option<String>,
    pub state: Option<String>,
    pub title: Option<String>,
    pub updated_at: Option<String>,
    pub web_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesMilestoneWithStatsIssueStats {
    pub closed: Option<String>,
    pub total: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesNamespaceBasic {
    pub avatar_url: Option<String>,
    pub full_path: Option<String>,
    pub id: Option<u32>,
    pub kind: Option<String>,
    pub name: Option<String>,
    pub parent_id: Option<i32>,
    pub path: Option<String>,
    pub web_url: Option<String>,
}

/// API_Entities_Project model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesProject {
    #[serde(rename = "_links")]
    pub links: Option<ApiEntitiesProjectLinks>,
    pub allow_merge_on_skipped_pipeline: Option<bool>,
    pub allow_pipeline_trigger_approve_deployment: Option<bool>,
    pub analytics_access_level: Option<String>,
    pub approvals_before_merge: Option<String>,
    pub archived: Option<bool>,
    pub auto_cancel_pending_pipelines: Option<String>,
    pub auto_devops_deploy_strategy: Option<String>,
    pub auto_devops_enabled: Option<bool>,
    pub auto_duo_code_review_enabled: Option<String>,
    pub autoclose_referenced_issues: Option<bool>,
    pub avatar_url: Option<String>,
    pub build_git_strategy: Option<String>,
    pub build_timeout: Option<i32>,
    pub builds_access_level: Option<String>,
    pub can_create_merge_request_in: Option<bool>,
    pub ci_allow_fork_pipelines_to_run_in_parent_project: Option<bool>,
    pub ci_config_path: Option<String>,
    pub ci_default_git_depth: Option<i32>,
    pub ci_delete_pipelines_in_seconds: Option<i32>,
    pub ci_forward_deployment_enabled: Option<bool>,
    pub ci_forward_deployment_rollback_allowed: Option<bool>,
    pub ci_id_token_sub_claim_components: Option<Vec<String>>,
    pub ci_job_token_scope_enabled: Option<bool>,
    pub ci_pipeline_variables_minimum_override_role: Option<String>,
    pub ci_push_repository_for_job_token_allowed: Option<bool>,
    pub ci_restrict_pipeline_cancellation_role: Option<String>,
    pub ci_separated_caches: Option<bool>,
    pub compliance_frameworks: Option<String>,
    pub container_expiration_policy: Option<ApiEntitiesContainerExpirationPolicy>,
    pub container_registry_access_level: Option<String>,
    pub container_registry_enabled: Option<bool>,
    pub container_registry_image_prefix: Option<String>,
    pub created_at: Option<String>,
    pub creator_id: Option<i32>,
    pub custom_attributes: Option<ApiEntitiesCustomAttribute>,
    pub default_branch: Option<String>,
    pub description: Option<String>,
    pub description_html: Option<String>,
    pub duo_foundational_flows_enabled: Option<String>,
    pub duo_remote_flows_enabled: Option<String>,
    pub duo_sast_fp_detection_enabled: Option<String>,
    pub emails_disabled: Option<bool>,
    pub emails_enabled: Option<bool>,
    pub empty_repo: Option<bool>,
    pub enforce_auth_checks_on_uploads: Option<bool>,
    pub environments_access_level: Option<String>,
    pub external_authorization_classification_label: Option<String>,
    pub feature_flags_access_level: Option<String>,
    pub forked_from_project: Option<ApiEntitiesBasicProjectDetails>,
    pub forking_access_level: Option<String>,
    pub forks_count: Option<u32>,
    pub group_runners_enabled: Option<bool>,
    pub http_url_to_repo: Option<String>,
    pub id: Option<u32>,
    pub import_error: Option<String>,
    pub import_status: Option<String>,
    pub import_type: Option<String>,
    pub import_url: Option<String>,
    pub infrastructure_access_level: Option<String>,
    pub issue_branch_template: Option<String>,
    pub issues_access_level: Option<String>,
    pub issues_enabled: Option<bool>,
    pub issues_template: Option<String>,
    pub jobs_enabled: Option<bool>,
    pub keep_latest_artifact: Option<bool>,
    pub last_activity_at: Option<String>,
    pub lfs_enabled: Option<bool>,
    pub license: Option<ApiEntitiesLicenseBasic>,
    pub license_url: Option<String>,
    pub marked_for_deletion_at: Option<String>,
    pub marked_for_deletion_on: Option<String>,
    pub max_artifacts_size: Option<i32>,
    pub merge_commit_template: Option<String>,
    pub merge_method: Option<String>,
    pub merge_pipelines_enabled: Option<String>,
    pub merge_request_title_regex: Option<String>,
    pub merge_request_title_regex_description: Option<String>,
    pub merge_requests_access_level: Option<String>,
    pub merge_requests_enabled: Option<bool>,
    pub merge_requests_template: Option<String>,
    pub merge_trains_enabled: Option<String>,
    pub merge_trains_skip_train_allowed: Option<String>,
    pub mirror: Option<String>,
    pub mirror_overwrites_diverged_branches: Option<String>,
    pub mirror_trigger_builds: Option<String>,
    pub mirror_user_id: Option<String>,
    pub model_experiments_access_level: Option<String>,
    pub model_registry_access_level: Option<String>,
    pub monitor_access_level: Option<String>,
    pub mr_default_target_self: Option<bool>,
    pub name: Option<String>,
    pub name_with_namespace: Option<String>,
    pub namespace: Option<ApiEntitiesNamespaceBasic>,
    pub only_allow_merge_if_all_discussions_are_resolved: Option<bool>,
    pub only_allow_merge_if_all_status_checks_passed: Option<String>,
    pub only_allow_merge_if_pipeline_succeeds: Option<bool>,
    pub only_mirror_protected_branches: Option<String>,
    pub open_issues_count: Option<u32>,
    pub owner: Option<ApiEntitiesUserBasic>,
    pub package_registry_access_level: Option<String>,
    pub packages_enabled: Option<bool>,
    pub pages_access_level: Option<String>,
    pub path: Option<String>,
    pub path_with_namespace: Option<String>,
    pub pre_receive_secret_detection_enabled: Option<bool>,
    pub prevent_merge_without_jira_issue: Option<String>,
    pub printing_merge_request_link_enabled: Option<bool>,
    pub public_jobs: Option<bool>,
    pub readme_url: Option<String>,
    pub releases_access_level: Option<String>,
    pub remove_source_branch_after_merge: Option<bool>,
    pub repository_access_level: Option<String>,
    pub repository_object_format: Option<String>,
    pub repository_storage: Option<String>,
    pub request_access_enabled: Option<bool>,
    pub requirements_access_level: Option<String>,
    pub requirements_enabled: Option<String>,
    pub resolve_outdated_diff_discussions: Option<bool>,
    pub resource_group_default_process_mode: Option<String>,
    pub restrict_user_defined_variables: Option<bool>,
    pub runner_token_expiration_interval: Option<i32>,
    pub runners_token: Option<String>,
    pub secret_push_protection_enabled: Option<bool>,
    pub security_and_compliance_access_level: Option<String>,
    pub security_and_compliance_enabled: Option<String>,
    pub service_desk_address: Option<String>,
    pub service_desk_enabled: Option<bool>,
    pub shared_runners_enabled: Option<bool>,
    pub shared_with_groups: Option<Vec<String>>,
    pub show_diff_preview_in_email: Option<bool>,
    pub snippets_access_level: Option<String>,
    pub snippets_enabled: Option<bool>,
    /// The spp_repository_pipeline_access setting is only visible if the security_orchestration_policies feature is available.
    pub spp_repository_pipeline_access: Option<bool>,
    pub squash_commit_template: Option<String>,
    pub squash_option: Option<String>,
    pub ssh_url_to_repo: Option<String>,
    pub star_count: Option<u32>,
    pub statistics: Option<ApiEntitiesProjectStatistics>,
    pub suggestion_commit_message: Option<String>,
    pub tag_list: Option<Vec<String>>,
    pub topics: Option<Vec<String>>,
    pub updated_at: Option<String>,
    pub visibility: Option<String>,
    pub warn_about_potentially_unwanted_characters: Option<bool>,
    pub web_based_commit_signing_enabled: Option<String>,
    pub web_url: Option<String>,
    pub wiki_access_level: Option<String>,
    pub wiki_enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesProjectAccess {
    pub access_level: Option<String>,
    pub notification_level: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesProjectLinks {
    pub cluster_agents: Option<String>,
    pub events: Option<String>,
    pub issues: Option<String>,
    pub labels: Option<String>,
    pub members: Option<String>,
    pub merge_requests: Option<String>,
    pub repo_branches: Option<String>,
    #[serde(rename = "self")]
    pub self_: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesProjectStatistics {
    pub commit_count: Option<String>,
    pub container_registry_size: Option<String>,
    pub job_artifacts_size: Option<String>,
    pub lfs_objects_size: Option<String>,
    pub packages_size: Option<String>,
    pub pipeline_artifacts_size: Option<String>,
    pub repository_size: Option<String>,
    pub snippets_size: Option<String>,
    pub storage_size: Option<String>,
    pub uploads_size: Option<String>,
    pub wiki_size: Option<String>,
}

/// API_Entities_ProjectUpload model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesProjectUpload {
    pub alt: Option<String>,
    pub full_path: Option<String>,
    pub id: Option<u32>,
    pub markdown: Option<String>,
    pub url: Option<String>,
}

/// API_Entities_ProjectWithAccess model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesProjectWithAccess {
    #[serde(rename = "_links")]
    pub links: Option<ApiEntitiesProjectWithAccessLinks>,
    pub allow_merge_on_skipped_pipeline: Option<bool>,
    pub allow_pipeline_trigger_approve_deployment: Option<bool>,
    pub analytics_access_level: Option<String>,
    pub approvals_before_merge: Option<String>,
    pub archived: Option<bool>,
    pub auto_cancel_pending_pipelines: Option<String>,
    pub auto_devops_deploy_strategy: Option<String>,
    pub auto_devops_enabled: Option<bool>,
    pub auto_duo_code_review_enabled: Option<String>,
    pub autoclose_referenced_issues: Option<bool>,
    pub avatar_url: Option<String>,
    pub build_git_strategy: Option<String>,
    pub build_timeout: Option<i32>,
    pub builds_access_level: Option<String>,
    pub can_create_merge_request_in: Option<bool>,
    pub ci_allow_fork_pipelines_to_run_in_parent_project: Option<bool>,
    pub ci_config_path: Option<String>,
    pub ci_default_git_depth: Option<i32>,
    pub ci_delete_pipelines_in_seconds: Option<i32>,
    pub ci_forward_deployment_enabled: Option<bool>,
    pub ci_forward_deployment_rollback_allowed: Option<bool>,
    pub ci_id_token_sub_claim_components: Option<Vec<String>>,
    pub ci_job_token_scope_enabled: Option<bool>,
    pub ci_pipeline_variables_minimum_override_role: Option<String>,
    pub ci_push_repository_for_job_token_allowed: Option<bool>,
    pub ci_restrict_pipeline_cancellation_role: Option<String>,
    pub ci_separated_caches: Option<bool>,
    pub compliance_frameworks: Option<String>,
    pub container_expiration_policy: Option<ApiEntitiesContainerExpirationPolicy>,
    pub container_registry_access_level: Option<String>,
    pub container_registry_enabled: Option<bool>,
    pub container_registry_image_prefix: Option<String>,
    pub created_at: Option<String>,
    pub creator_id: Option<i32>,
    pub custom_attributes: Option<ApiEntitiesCustomAttribute>,
    pub default_branch: Option<String>,
    pub description: Option<String>,
    pub description_html: Option<String>,
    pub duo_foundational_flows_enabled: Option<String>,
    pub duo_remote_flows_enabled: Option<String>,
    pub duo_sast_fp_detection_enabled: Option<String>,
    pub emails_disabled: Option<bool>,
    pub emails_enabled: Option<bool>,
    pub empty_repo: Option<bool>,
    pub enforce_auth_checks_on_uploads: Option<bool>,
    pub environments_access_level: Option<String>,
    pub external_authorization_classification_label: Option<String>,
    pub feature_flags_access_level: Option<String>,
    pub forked_from_project: Option<ApiEntitiesBasicProjectDetails>,
    pub forking_access_level: Option<String>,
    pub forks_count: Option<u32>,
    pub group_runners_enabled: Option<bool>,
    pub http_url_to_repo: Option<String>,
    pub id: Option<u32>,
    pub import_error: Option<String>,
    pub import_status: Option<String>,
    pub import_type: Option<String>,
    pub import_url: Option<String>,
    pub infrastructure_access_level: Option<String>,
    pub issue_branch_template: Option<String>,
    pub issues_access_level: Option<String>,
    pub issues_enabled: Option<bool>,
    pub issues_template: Option<String>,
    pub jobs_enabled: Option<bool>,
    pub keep_latest_artifact: Option<bool>,
    pub last_activity_at: Option<String>,
    pub lfs_enabled: Option<bool>,
    pub license: Option<ApiEntitiesLicenseBasic>,
    pub license_url: Option<String>,
    pub marked_for_deletion_at: Option<String>,
    pub marked_for_deletion_on: Option<String>,
    pub max_artifacts_size: Option<i32>,
    pub merge_commit_template: Option<String>,
    pub merge_method: Option<String>,
    pub merge_pipelines_enabled: Option<String>,
    pub merge_request_title_regex: Option<String>,
    pub merge_request_title_regex_description: Option<String>,
    pub merge_requests_access_level: Option<String>,
    pub merge_requests_enabled: Option<bool>,
    pub merge_requests_template: Option<String>,
    pub merge_trains_enabled: Option<String>,
    pub merge_trains_skip_train_allowed: Option<String>,
    pub mirror: Option<String>,
    pub mirror_overwrites_diverged_branches: Option<String>,
    pub mirror_trigger_builds: Option<String>,
    pub mirror_user_id: Option<String>,
    pub model_experiments_access_level: Option<String>,
    pub model_registry_access_level: Option<String>,
    pub monitor_access_level: Option<String>,
    pub mr_default_target_self: Option<bool>,
    pub name: Option<String>,
    pub name_with_namespace: Option<String>,
    pub namespace: Option<ApiEntitiesNamespaceBasic>,
    pub only_allow_merge_if_all_discussions_are_resolved: Option<bool>,
    pub only_allow_merge_if_all_status_checks_passed: Option<String>,
    pub only_allow_merge_if_pipeline_succeeds: Option<bool>,
    pub only_mirror_protected_branches: Option<String>,
    pub open_issues_count: Option<u32>,
    pub owner: Option<ApiEntitiesUserBasic>,
    pub package_registry_access_level: Option<String>,
    pub packages_enabled: Option<bool>,
    pub pages_access_level: Option<String>,
    pub path: Option<String>,
    pub path_with_namespace: Option<String>,
    pub permissions: Option<ApiEntitiesProjectWithAccessPermissions>,
    pub pre_receive_secret_detection_enabled: Option<bool>,
    pub prevent_merge_without_jira_issue: Option<String>,
    pub printing_merge_request_link_enabled: Option<bool>,
    pub public_jobs: Option<bool>,
    pub readme_url: Option<String>,
    pub releases_access_level: Option<String>,
    pub remove_source_branch_after_merge: Option<bool>,
    pub repository_access_level: Option<String>,
    pub repository_object_format: Option<String>,
    pub repository_storage: Option<String>,
    pub request_access_enabled: Option<bool>,
    pub requirements_access_level: Option<String>,
    pub requirements_enabled: Option<String>,
    pub resolve_outdated_diff_discussions: Option<bool>,
    pub resource_group_default_process_mode: Option<String>,
    pub restrict_user_defined_variables: Option<bool>,
    pub runner_token_expiration_interval: Option<i32>,
    pub runners_token: Option<String>,
    pub secret_push_protection_enabled: Option<bool>,
    pub security_and_compliance_access_level: Option<String>,
    pub security_and_compliance_enabled: Option<String>,
    pub service_desk_address: Option<String>,
    pub service_desk_enabled: Option<bool>,
    pub shared_runners_enabled: Option<bool>,
    pub shared_with_groups: Option<Vec<String>>,
    pub show_diff_preview_in_email: Option<bool>,
    pub snippets_access_level: Option<String>,
    pub snippets_enabled: Option<bool>,
    /// The spp_repository_pipeline_access setting is only visible if the security_orchestration_policies feature is available.
    pub spp_repository_pipeline_access: Option<bool>,
    pub squash_commit_template: Option<String>,
    pub squash_option: Option<String>,
    pub ssh_url_to_repo: Option<String>,
    pub star_count: Option<u32>,
    pub statistics: Option<ApiEntitiesProjectStatistics>,
    pub suggestion_commit_message: Option<String>,
    pub tag_list: Option<Vec<String>>,
    pub topics: Option<Vec<String>>,
    pub updated_at: Option<String>,
    pub visibility: Option<String>,
    pub warn_about_potentially_unwanted_characters: Option<bool>,
    pub web_based_commit_signing_enabled: Option<String>,
    pub web_url: Option<String>,
    pub wiki_access_level: Option<String>,
    pub wiki_enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesProjectWithAccessLinks {
    pub cluster_agents: Option<String>,
    pub events: Option<String>,
    pub issues: Option<String>,
    pub labels: Option<String>,
    pub members: Option<String>,
    pub merge_requests: Option<String>,
    pub repo_branches: Option<String>,
    #[serde(rename = "self")]
    pub self_: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesProjectWithAccessPermissions {
    pub group_access: Option<ApiEntitiesGroupAccess>,
    pub project_access: Option<ApiEntitiesProjectAccess>,
}

/// API_Entities_Release model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesRelease {
    #[serde(rename = "_links")]
    pub links: Option<ApiEntitiesReleaseLinks>,
    pub assets: Option<ApiEntitiesReleaseAssets>,
    pub author: Option<ApiEntitiesUserBasic>,
    pub commit: Option<ApiEntitiesCommit>,
    pub commit_path: Option<String>,
    pub created_at: Option<String>,
    pub description: Option<String>,
    pub description_html: Option<String>,
    pub evidences: Option<ApiEntitiesReleasesEvidence>,
    pub milestones: Option<ApiEntitiesMilestoneWithStats>,
    pub name: Option<String>,
    pub released_at: Option<String>,
    pub tag_name: Option<String>,
    pub tag_path: Option<String>,
    pub upcoming_release: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesReleaseAssets {
    pub count: Option<i32>,
    pub links: Option<ApiEntitiesReleasesLink>,
    pub sources: Option<ApiEntitiesReleasesSource>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesReleaseLinks {
    pub closed_issues_url: Option<String>,
    pub closed_merge_requests_url: Option<String>,
    pub edit_url: Option<String>,
    pub merged_merge_requests_url: Option<String>,
    pub opened_issues_url: Option<String>,
    pub opened_merge_requests_url: Option<String>,
    #[serde(rename = "self")]
    pub self_: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesReleasesEvidence {
    pub collected_at: Option<String>,
    pub filepath: Option<String>,
    pub sha: Option<String>,
}

/// API_Entities_Releases_Link model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesReleasesLink {
    pub direct_asset_url: Option<String>,
    pub id: Option<i32>,
    pub link_type: Option<String>,
    pub name: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesReleasesSource {
    pub format: Option<String>,
    pub url: Option<String>,
}

/// API_Entities_Tag model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesTag {
    pub commit: Option<ApiEntitiesCommit>,
    pub created_at: Option<String>,
    pub message: Option<String>,
    pub name: Option<String>,
    pub protected: Option<bool>,
    pub release: Option<ApiEntitiesTagRelease>,
    pub target: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesTagRelease {
    pub description: Option<String>,
    pub tag_name: Option<String>,
}

/// API_Entities_TreeObject model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesTreeObject {
    pub id: Option<String>,
    pub mode: Option<String>,
    pub name: Option<String>,
    pub path: Option<String>,
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesUser {
    pub avatar_path: Option<String>,
    pub avatar_url: Option<String>,
    pub bio: Option<String>,
    pub bot: Option<String>,
    pub created_at: Option<String>,
    pub custom_attributes: Option<Vec<ApiEntitiesCustomAttribute>>,
    pub discord: Option<String>,
    pub followers: Option<String>,
    pub following: Option<String>,
    pub github: Option<String>,
    pub id: Option<u32>,
    pub is_followed: Option<String>,
    pub job_title: Option<String>,
    pub linkedin: Option<String>,
    pub local_time: Option<String>,
    pub location: Option<String>,
    pub locked: Option<bool>,
    pub name: Option<String>,
    pub organization: Option<String>,
    pub pronouns: Option<String>,
    pub public_email: Option<String>,
    pub state: Option<String>,
    pub twitter: Option<String>,
    pub username: Option<String>,
    pub web_url: Option<String>,
    pub website_url: Option<String>,
    pub work_information: Option<String>,
}

/// API_Entities_UserBasic model
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ApiEntitiesUserBasic {
    pub avatar_path: Option<String>,
    pub avatar_url: Option<String>,
    pub custom_attributes: Option<Vec<ApiEntitiesCustomAttribute>>,
    pub id: Option<u32>,
    pub locked: Option<bool>,
    pub name: Option<String>,
    pub public_email: Option<String>,
    pub state: Option<String>,
    pub username: Option<String>,
    pub web_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DetailedStatusEntity {
    pub action: Option<DetailedStatusEntityAction>,
    pub details_path: Option<String>,
    pub favicon: Option<String>,
    pub group: Option<String>,
    pub has_details: Option<bool>,
    pub icon: Option<String>,
    pub illustration: Option<BTreeMap<String, serde_json::Value>>,
    pub label: Option<String>,
    pub text: Option<String>,
    pub tooltip: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DetailedStatusEntityAction {
    pub button_title: Option<String>,
    pub confirmation_message: Option<String>,
    pub icon: Option<String>,
    pub method: Option<String>,
    pub path: Option<String>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EpicBaseEntity {
    pub group_id: Option<String>,
    pub human_readable_end_date: Option<String>,
    pub human_readable_timestamp: Option<String>,
    pub id: Option<String>,
    pub iid: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
}

/// Create new project
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4Projects {
    /// Allow to merge if pipeline is skipped
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_merge_on_skipped_pipeline: Option<bool>,
    /// Analytics access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub analytics_access_level: Option<PostApiV4ProjectsAnalyticsAccessLevel>,
    /// How many approvers should approve merge request by default
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvals_before_merge: Option<i32>,
    /// Auto-cancel pending pipelines
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_cancel_pending_pipelines: Option<PostApiV4ProjectsAutoCancelPendingPipelines>,
    /// Auto Deploy strategy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_devops_deploy_strategy: Option<PostApiV4ProjectsAutoDevopsDeployStrategy>,
    /// Flag indication if Auto DevOps is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_devops_enabled: Option<bool>,
    /// Enable automatic reviews by GitLab Duo on merge requests
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_duo_code_review_enabled: Option<bool>,
    /// Flag indication if referenced issues auto-closing is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub autoclose_referenced_issues: Option<bool>,
    /// Avatar image for project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The Git strategy. Defaults to `fetch`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub build_git_strategy: Option<PostApiV4ProjectsBuildGitStrategy>,
    /// Build timeout
    #[serde(skip_serializing_if = "Option::is_none")]
    pub build_timeout: Option<i32>,
    /// Builds access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub builds_access_level: Option<PostApiV4ProjectsBuildsAccessLevel>,
    /// The path to CI config file. Defaults to `.gitlab-ci.yml`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_config_path: Option<String>,
    /// Object that contains information on the container expiration policy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_expiration_policy_attributes: Option<PostApiV4ProjectsContainerExpirationPolicyAttributes>,
    /// Controls visibility of the container registry. One of `disabled`, `private` or `enabled`. `private` will make the container registry accessible only to project members (reporter role and above). `enabled` will make the container registry accessible to everyone who has access to the project. `disabled` will disable the container registry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_registry_access_level: Option<PostApiV4ProjectsContainerRegistryAccessLevel>,
    /// Deprecated: Use :container_registry_access_level instead. Flag indication if the container registry is enabled for that project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_registry_enabled: Option<bool>,
    /// The default branch of the project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    /// The description of the project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Enable GitLab Duo remote flows for this project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duo_remote_flows_enabled: Option<bool>,
    /// Enable GitLab Duo SAST false positive detection for this project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duo_sast_fp_detection_enabled: Option<bool>,
    /// Deprecated: Use emails_enabled instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails_disabled: Option<bool>,
    /// Enable email notifications
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails_enabled: Option<bool>,
    /// Enforce auth check on uploads
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enforce_auth_checks_on_uploads: Option<bool>,
    /// Environments access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environments_access_level: Option<PostApiV4ProjectsEnvironmentsAccessLevel>,
    /// The classification label for the project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_authorization_classification_label: Option<String>,
    /// Feature flags access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature_flags_access_level: Option<PostApiV4ProjectsFeatureFlagsAccessLevel>,
    /// Forks access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forking_access_level: Option<PostApiV4ProjectsForkingAccessLevel>,
    /// Flag indication if group runners are enabled for that project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_runners_enabled: Option<bool>,
    /// Group ID that serves as the template source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_with_project_templates_id: Option<i32>,
    /// URL from which the project is imported
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_url: Option<String>,
    /// Infrastructure access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub infrastructure_access_level: Option<PostApiV4ProjectsInfrastructureAccessLevel>,
    /// Initialize a project with a README.md
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initialize_with_readme: Option<bool>,
    /// Template used to create a branch from an issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_branch_template: Option<String>,
    /// Issues access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issues_access_level: Option<PostApiV4ProjectsIssuesAccessLevel>,
    /// Flag indication if the issue tracker is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issues_enabled: Option<bool>,
    /// Flag indication if jobs are enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jobs_enabled: Option<bool>,
    /// Flag indication if Git LFS is enabled for that project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lfs_enabled: Option<bool>,
    /// Template used to create merge commit message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_template: Option<String>,
    /// The merge method used when merging merge requests
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_method: Option<PostApiV4ProjectsMergeMethod>,
    /// The regex the Merge Request must adhere to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_request_title_regex: Option<String>,
    /// The description for the regex the Merge Request must adhere to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_request_title_regex_description: Option<String>,
    /// Merge requests access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_requests_access_level: Option<PostApiV4ProjectsMergeRequestsAccessLevel>,
    /// Flag indication if merge requests are enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_requests_enabled: Option<bool>,
    /// [Deprecated] Enables pull mirroring in a project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror: Option<bool>,
    /// [Deprecated] Pull mirroring triggers builds
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror_trigger_builds: Option<bool>,
    /// Model experiments access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_experiments_access_level: Option<PostApiV4ProjectsModelExperimentsAccessLevel>,
    /// Model registry access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_registry_access_level: Option<PostApiV4ProjectsModelRegistryAccessLevel>,
    /// Monitor access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitor_access_level: Option<PostApiV4ProjectsMonitorAccessLevel>,
    /// Merge requests of this forked project targets itself by default
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mr_default_target_self: Option<bool>,
    /// The name of the project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Namespace ID for the new project. Default to the user namespace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace_id: Option<i32>,
    /// Only allow to merge if all threads are resolved
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_allow_merge_if_all_discussions_are_resolved: Option<bool>,
    /// Blocks merge requests from merging unless all status checks have passed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_allow_merge_if_all_status_checks_passed: Option<bool>,
    /// Only allow to merge if builds succeed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_allow_merge_if_pipeline_succeeds: Option<bool>,
    /// Controls visibility of the package registry. One of `disabled`, `private`, `enabled` or `public`. `private` will make the package registry accessible only to project members (reporter role and above). `enabled` will make the package registry accessible to everyone who has access to the project. `public` will make the package registry accessible to everyone. `disabled` will disable the package registry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package_registry_access_level: Option<PostApiV4ProjectsPackageRegistryAccessLevel>,
    /// Deprecated: Use :package_registry_access_level instead. Enable project packages feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub packages_enabled: Option<bool>,
    /// Pages access level. One of `disabled`, `private`, `enabled` or `public`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages_access_level: Option<PostApiV4ProjectsPagesAccessLevel>,
    /// The path of the repository
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Require an associated issue from Jira
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prevent_merge_without_jira_issue: Option<bool>,
    /// Show link to create/view merge request when pushing from the command line
    #[serde(skip_serializing_if = "Option::is_none")]
    pub printing_merge_request_link_enabled: Option<bool>,
    /// Deprecated: Use public_jobs instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_builds: Option<bool>,
    /// Perform public builds
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_jobs: Option<bool>,
    /// Releases access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub releases_access_level: Option<PostApiV4ProjectsReleasesAccessLevel>,
    /// Remove the source branch by default after merge
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_source_branch_after_merge: Option<bool>,
    /// Repository access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository_access_level: Option<PostApiV4ProjectsRepositoryAccessLevel>,
    /// The object format of the project repository
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository_object_format: Option<PostApiV4ProjectsRepositoryObjectFormat>,
    /// Which storage shard the repository is on. Available only to admins
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository_storage: Option<String>,
    /// Allow users to request member access
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_access_enabled: Option<bool>,
    /// Requirements feature access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirements_access_level: Option<PostApiV4ProjectsRequirementsAccessLevel>,
    /// Automatically resolve merge request diff threads on lines changed with a push
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolve_outdated_diff_discussions: Option<bool>,
    /// The process mode of the resource group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_group_default_process_mode: Option<PostApiV4ProjectsResourceGroupDefaultProcessMode>,
    /// Security and compliance access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_and_compliance_access_level: Option<PostApiV4ProjectsSecurityAndComplianceAccessLevel>,
    /// Disable or enable the service desk
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_desk_enabled: Option<bool>,
    /// Flag indication if shared runners are enabled for that project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_runners_enabled: Option<bool>,
    /// Show default award emojis
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_default_award_emojis: Option<bool>,
    /// Include the code diff preview in merge request notification emails
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_diff_preview_in_email: Option<bool>,
    /// Snippets access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippets_access_level: Option<PostApiV4ProjectsSnippetsAccessLevel>,
    /// Flag indication if snippets are enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippets_enabled: Option<bool>,
    /// Grant read-only access to security policy configurations for enforcement in linked CI/CD projects
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spp_repository_pipeline_access: Option<bool>,
    /// Template used to create squash commit message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_commit_template: Option<String>,
    /// Squash default for project. One of `never`, `always`, `default_on`, or `default_off`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_option: Option<PostApiV4ProjectsSquashOption>,
    /// The commit message used to apply merge request suggestions
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion_commit_message: Option<String>,
    /// Deprecated: Use :topics instead
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_list: Option<Vec<String>>,
    /// Name of template from which to create project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_name: Option<String>,
    /// Project ID of template from which to create project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_project_id: Option<i32>,
    /// The list of topics for a project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    /// Use custom template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_custom_template: Option<bool>,
    /// The visibility of the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<PostApiV4ProjectsVisibility>,
    /// Warn about potentially unwanted characters
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warn_about_potentially_unwanted_characters: Option<bool>,
    /// Wiki access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wiki_access_level: Option<PostApiV4ProjectsWikiAccessLevel>,
    /// Flag indication if the wiki is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wiki_enabled: Option<bool>,
}

/// Analytics access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsAnalyticsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Auto-cancel pending pipelines
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsAutoCancelPendingPipelines {
    Disabled,
    Enabled,
}

/// Auto Deploy strategy
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostApiV4ProjectsAutoDevopsDeployStrategy {
    Continuous,
    Manual,
    TimedIncremental,
}

/// The Git strategy. Defaults to `fetch`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsBuildGitStrategy {
    Fetch,
    Clone,
}

/// Builds access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsBuildsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Object that contains information on the container expiration policy
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsContainerExpirationPolicyAttributes {
    /// Container expiration policy cadence for recurring job
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cadence: Option<String>,
    /// Flag indication if container expiration policy is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Container expiration policy number of images to keep
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_n: Option<i32>,
    /// Container expiration policy regex for image removal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_regex: Option<String>,
    /// Container expiration policy regex for image retention
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_regex_keep: Option<String>,
    /// Container expiration policy remove images older than value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub older_than: Option<String>,
}

/// Controls visibility of the container registry. One of `disabled`, `private` or `enabled`. `private` will make the container registry accessible only to project members (reporter role and above). `enabled` will make the container registry accessible to everyone who has access to the project. `disabled` will disable the container registry
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsContainerRegistryAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Environments access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsEnvironmentsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Feature flags access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsFeatureFlagsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Forks access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsForkingAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Create a new project issue
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdIssues {
    /// Comma-separated list of label names
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_labels: Option<Vec<String>>,
    /// [Deprecated] The ID of a user to assign issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i32>,
    /// The array of user IDs to assign issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_ids: Option<Vec<i32>>,
    /// Boolean parameter if the issue should be confidential
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidential: Option<bool>,
    /// Date time when the issue was created. Available only for admins and project owners.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The description of an issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Boolean parameter indicating if the issue's discussion is locked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discussion_locked: Option<bool>,
    /// The ID of a discussion to resolve, also pass `merge_request_to_resolve_discussions_of`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discussion_to_resolve: Option<String>,
    /// Date string in the format YEAR-MONTH-DAY
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// The ID of an epic to associate the issue with
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epic_id: Option<i32>,
    /// The IID of an epic to associate the issue with (deprecated)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epic_iid: Option<i32>,
    /// The internal ID of a project issue. Available only for admins and project owners.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iid: Option<i32>,
    /// The type of the issue. Accepts: issue, incident, test_case, requirement, task, ticket
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_type: Option<PostApiV4ProjectsIdIssuesIssueType>,
    /// Comma-separated list of label names
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// The IID of a merge request for which to resolve discussions
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_request_to_resolve_discussions_of: Option<i32>,
    /// The ID of a milestone to assign issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone_id: Option<i32>,
    /// Comma-separated list of label names
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_labels: Option<Vec<String>>,
    /// The title of an issue
    pub title: String,
    /// The weight of the issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<i32>,
}

/// The type of the issue. Accepts: issue, incident, test_case, requirement, task, ticket
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostApiV4ProjectsIdIssuesIssueType {
    Issue,
    Incident,
    TestCase,
    Requirement,
    Task,
    Ticket,
}

/// Retry a specific job of a project
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdJobsJobIdRetry {
    /// Input values for the job
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs: Option<BTreeMap<String, serde_json::Value>>,
}

/// Create merge request
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdMergeRequests {
    /// Comma-separated label names to add to a merge request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_labels: Option<Vec<String>>,
    /// Allow commits from members who can merge to the target branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_collaboration: Option<bool>,
    /// [deprecated] See allow_collaboration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_maintainer_to_push: Option<bool>,
    /// Number of approvals required before this can be merged
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvals_before_merge: Option<i32>,
    /// Assignee user ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i32>,
    /// The IDs of the users to assign the merge request to, as a comma-separated list. Set to 0 or provide an empty value to unassign all assignees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_ids: Option<Vec<i32>>,
    /// Description of the merge request. Limited to 1,048,576 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Comma-separated label names for a merge request. Set to an empty string to unassign all labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Date after which the merge request can be merged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_after: Option<String>,
    /// The global ID of a milestone to assign the merge request to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone_id: Option<i32>,
    /// Comma-separated label names to remove from a merge request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_labels: Option<Vec<String>>,
    /// Flag indicating if a merge request should remove the source branch when merging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_source_branch: Option<bool>,
    /// The IDs of the users to review the merge request, as a comma-separated list. Set to 0 or provide an empty value to unassign all reviewers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer_ids: Option<Vec<i32>>,
    /// The source branch.
    pub source_branch: String,
    /// Squash commits into a single commit when merging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash: Option<bool>,
    /// The target branch.
    pub target_branch: String,
    /// The target project of the merge request defaults to the :id of the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_project_id: Option<i32>,
    /// The title of the merge request.
    pub title: String,
}

/// Create a new pipeline
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdPipeline {
    /// The list of inputs to be used to create the pipeline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs: Option<BTreeMap<String, serde_json::Value>>,
    /// Reference
    pub r#ref: String,
    /// Array of variables available in the pipeline
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variables: Option<Vec<PostApiV4ProjectsIdPipelineVariablesItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdPipelineVariablesItem {
    /// The key of the variable
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value of the variable
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The type of variable, must be one of env_var or file. Defaults to env_var
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variable_type: Option<PostApiV4ProjectsIdPipelineVariablesItemVariableType>,
}

/// The type of variable, must be one of env_var or file. Defaults to env_var
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostApiV4ProjectsIdPipelineVariablesItemVariableType {
    EnvVar,
    File,
}

/// Create a release
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdReleases {
    /// Object that contains assets for the release
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assets: Option<PostApiV4ProjectsIdReleasesAssets>,
    /// The description of the release. You can use Markdown
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// If true, the release will be published to the CI catalog. This parameter is for internal use only and will be removed in a future release. If the feature flag ci_release_cli_catalog_publish_option is disabled, this parameter will be ignored and the release will published to the CI catalog as it was before this parameter was introduced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legacy_catalog_publish: Option<bool>,
    /// The ID of each milestone the release is associated with. GitLab Premium customers can specify group milestones. Cannot be combined with `milestones` parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone_ids: Option<String>,
    /// The title of each milestone the release is associated with. GitLab Premium customers can specify group milestones. Cannot be combined with `milestone_ids` parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestones: Option<Vec<String>>,
    /// The release name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// If a tag specified in `tag_name` doesn't exist, the release is created from `ref` and tagged with `tag_name`. It can be a commit SHA, another tag name, or a branch name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// Date and time for the release. Defaults to the current time. Expected in ISO 8601 format (`2019-03-15T08:00:00Z`). Only provide this field if creating an upcoming or historical release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub released_at: Option<String>,
    /// Message to use if creating a new annotated tag
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_message: Option<String>,
    /// The tag where the release is created from
    pub tag_name: String,
}

/// Object that contains assets for the release
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdReleasesAssets {
    /// Link information about the release
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<PostApiV4ProjectsIdReleasesAssetsLinksItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdReleasesAssetsLinksItem {
    /// Optional path for a direct asset link
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direct_asset_path: Option<String>,
    /// Deprecated: optional path for a direct asset link
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filepath: Option<String>,
    /// The type of the link: `other`, `runbook`, `image`, `package`. Defaults to `other`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_type: Option<String>,
    /// The name of the link. Link names must be unique within the release
    pub name: String,
    /// The URL of the link. Link URLs must be unique within the release
    pub url: String,
}

/// Create branch
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdRepositoryBranches {
    /// The name of the branch
    pub branch: String,
    /// Create branch from commit sha or existing branch
    pub r#ref: String,
}

/// Create new file in repository
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdRepositoryFilesFilePath {
    /// The file content to be created (generated by Multipart middleware)
    pub file: String,
}

/// Create a new repository tag
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdRepositoryTags {
    /// Specifying a message creates an annotated tag
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The commit sha or branch name
    pub r#ref: String,
    /// The name of the tag
    pub tag_name: String,
}

/// Upload a file
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PostApiV4ProjectsIdUploads {
    /// The attachment file to be uploaded
    pub file: String,
}

/// Infrastructure access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsInfrastructureAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Issues access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsIssuesAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// The merge method used when merging merge requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostApiV4ProjectsMergeMethod {
    Ff,
    RebaseMerge,
    Merge,
}

/// Merge requests access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsMergeRequestsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Model experiments access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsModelExperimentsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Model registry access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsModelRegistryAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Monitor access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsMonitorAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Controls visibility of the package registry. One of `disabled`, `private`, `enabled` or `public`. `private` will make the package registry accessible only to project members (reporter role and above). `enabled` will make the package registry accessible to everyone who has access to the project. `public` will make the package registry accessible to everyone. `disabled` will disable the package registry
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsPackageRegistryAccessLevel {
    Disabled,
    Private,
    Enabled,
    Public,
}

/// Pages access level. One of `disabled`, `private`, `enabled` or `public`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsPagesAccessLevel {
    Disabled,
    Private,
    Enabled,
    Public,
}

/// Releases access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsReleasesAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Repository access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsRepositoryAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// The object format of the project repository
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsRepositoryObjectFormat {
    Sha1,
    Sha256,
}

/// Requirements feature access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsRequirementsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// The process mode of the resource group
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostApiV4ProjectsResourceGroupDefaultProcessMode {
    Unordered,
    OldestFirst,
    NewestFirst,
    NewestReadyFirst,
}

/// Security and compliance access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsSecurityAndComplianceAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Snippets access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsSnippetsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Squash default for project. One of `never`, `always`, `default_on`, or `default_off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostApiV4ProjectsSquashOption {
    Never,
    Always,
    DefaultOn,
    DefaultOff,
}

/// The visibility of the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsVisibility {
    Private,
    Internal,
    Public,
}

/// Wiki access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PostApiV4ProjectsWikiAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Update an existing project
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PutApiV4ProjectsId {
    /// Allow to merge if pipeline is skipped
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_merge_on_skipped_pipeline: Option<bool>,
    /// Allow pipeline triggerer to approve deployments
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_pipeline_trigger_approve_deployment: Option<bool>,
    /// Analytics access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub analytics_access_level: Option<PutApiV4ProjectsIdAnalyticsAccessLevel>,
    /// How many approvers should approve merge request by default
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvals_before_merge: Option<i32>,
    /// Auto-cancel pending pipelines
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_cancel_pending_pipelines: Option<PutApiV4ProjectsIdAutoCancelPendingPipelines>,
    /// Auto Deploy strategy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_devops_deploy_strategy: Option<PutApiV4ProjectsIdAutoDevopsDeployStrategy>,
    /// Flag indication if Auto DevOps is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_devops_enabled: Option<bool>,
    /// Enable automatic reviews by GitLab Duo on merge requests
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_duo_code_review_enabled: Option<bool>,
    /// Flag indication if referenced issues auto-closing is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub autoclose_referenced_issues: Option<bool>,
    /// Avatar image for project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The Git strategy. Defaults to `fetch`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub build_git_strategy: Option<PutApiV4ProjectsIdBuildGitStrategy>,
    /// Build timeout
    #[serde(skip_serializing_if = "Option::is_none")]
    pub build_timeout: Option<i32>,
    /// Builds access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub builds_access_level: Option<PutApiV4ProjectsIdBuildsAccessLevel>,
    /// Allow fork merge request pipelines to run in parent project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_allow_fork_pipelines_to_run_in_parent_project: Option<bool>,
    /// The path to CI config file. Defaults to `.gitlab-ci.yml`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_config_path: Option<String>,
    /// Default number of revisions for shallow cloning
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_default_git_depth: Option<i32>,
    /// Pipelines older than the configured time are deleted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_delete_pipelines_in_seconds: Option<i32>,
    /// Prevent older deployment jobs that are still pending
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_forward_deployment_enabled: Option<bool>,
    /// Allow job retries for rollback deployments
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_forward_deployment_rollback_allowed: Option<bool>,
    /// Claims that will be used to build the sub claim in id tokens
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_id_token_sub_claim_components: Option<Vec<String>>,
    /// Limit ability to override CI/CD variables when triggering a pipeline to only users with at least the set minimum role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_pipeline_variables_minimum_override_role: Option<PutApiV4ProjectsIdCiPipelineVariablesMinimumOverrideRole>,
    /// Allow pushing to this project's repository by authenticating with a CI/CD job token generated in this project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_push_repository_for_job_token_allowed: Option<bool>,
    /// Roles allowed to cancel pipelines and jobs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_restrict_pipeline_cancellation_role: Option<String>,
    /// Enable or disable separated caches based on branch protection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_separated_caches: Option<bool>,
    /// Object that contains information on the container expiration policy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_expiration_policy_attributes: Option<PutApiV4ProjectsIdContainerExpirationPolicyAttributes>,
    /// Controls visibility of the container registry. One of `disabled`, `private` or `enabled`. `private` will make the container registry accessible only to project members (reporter role and above). `enabled` will make the container registry accessible to everyone who has access to the project. `disabled` will disable the container registry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_registry_access_level: Option<PutApiV4ProjectsIdContainerRegistryAccessLevel>,
    /// Deprecated: Use :container_registry_access_level instead. Flag indication if the container registry is enabled for that project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_registry_enabled: Option<bool>,
    /// The default branch of the project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    /// The description of the project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Enable GitLab Duo remote flows for this project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duo_remote_flows_enabled: Option<bool>,
    /// Enable GitLab Duo SAST false positive detection for this project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duo_sast_fp_detection_enabled: Option<bool>,
    /// Deprecated: Use emails_enabled instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails_disabled: Option<bool>,
    /// Enable email notifications
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails_enabled: Option<bool>,
    /// Enforce auth check on uploads
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enforce_auth_checks_on_uploads: Option<bool>,
    /// Environments access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environments_access_level: Option<PutApiV4ProjectsIdEnvironmentsAccessLevel>,
    /// The classification label for the project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_authorization_classification_label: Option<String>,
    /// Overall approvals required when no rule is present
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback_approvals_required: Option<i32>,
    /// Feature flags access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature_flags_access_level: Option<PutApiV4ProjectsIdFeatureFlagsAccessLevel>,
    /// Forks access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forking_access_level: Option<PutApiV4ProjectsIdForkingAccessLevel>,
    /// Flag indication if group runners are enabled for that project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_runners_enabled: Option<bool>,
    /// URL from which the project is imported
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_url: Option<String>,
    /// Infrastructure access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub infrastructure_access_level: Option<PutApiV4ProjectsIdInfrastructureAccessLevel>,
    /// Template used to create a branch from an issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_branch_template: Option<String>,
    /// Issues access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issues_access_level: Option<PutApiV4ProjectsIdIssuesAccessLevel>,
    /// Flag indication if the issue tracker is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issues_enabled: Option<bool>,
    /// Default description for Issues. Description is parsed with GitLab Flavored Markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issues_template: Option<String>,
    /// Flag indication if jobs are enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jobs_enabled: Option<bool>,
    /// Indicates if the latest artifact should be kept for this project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_latest_artifact: Option<bool>,
    /// Flag indication if Git LFS is enabled for that project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lfs_enabled: Option<bool>,
    /// Set the maximum file size for each job's artifacts
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_artifacts_size: Option<i32>,
    /// Template used to create merge commit message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_template: Option<String>,
    /// The merge method used when merging merge requests
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_method: Option<PutApiV4ProjectsIdMergeMethod>,
    /// Enable merged results pipelines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_pipelines_enabled: Option<bool>,
    /// The regex the Merge Request must adhere to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_request_title_regex: Option<String>,
    /// The description for the regex the Merge Request must adhere to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_request_title_regex_description: Option<String>,
    /// Merge requests access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_requests_access_level: Option<PutApiV4ProjectsIdMergeRequestsAccessLevel>,
    /// Flag indication if merge requests are enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_requests_enabled: Option<bool>,
    /// Default description for merge requests. Description is parsed with GitLab Flavored Markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_requests_template: Option<String>,
    /// Enable merge trains.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_trains_enabled: Option<bool>,
    /// Allow merge train merge requests to be merged without waiting for pipelines to finish.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_trains_skip_train_allowed: Option<bool>,
    /// [Deprecated] Enables pull mirroring in a project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror: Option<bool>,
    /// [Deprecated] Only mirror branches match regex
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror_branch_regex: Option<String>,
    /// [Deprecated] Pull mirror overwrites diverged branches
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror_overwrites_diverged_branches: Option<bool>,
    /// [Deprecated] Pull mirroring triggers builds
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror_trigger_builds: Option<bool>,
    /// [Deprecated] User responsible for all the activity surrounding a pull mirror event. Can only be set by admins
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror_user_id: Option<i32>,
    /// Model experiments access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_experiments_access_level: Option<PutApiV4ProjectsIdModelExperimentsAccessLevel>,
    /// Model registry access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_registry_access_level: Option<PutApiV4ProjectsIdModelRegistryAccessLevel>,
    /// Monitor access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitor_access_level: Option<PutApiV4ProjectsIdMonitorAccessLevel>,
    /// Merge requests of this forked project targets itself by default
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mr_default_target_self: Option<bool>,
    /// The name of the project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Only allow to merge if all threads are resolved
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_allow_merge_if_all_discussions_are_resolved: Option<bool>,
    /// Blocks merge requests from merging unless all status checks have passed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_allow_merge_if_all_status_checks_passed: Option<bool>,
    /// Only allow to merge if builds succeed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_allow_merge_if_pipeline_succeeds: Option<bool>,
    /// [Deprecated] Only mirror protected branches
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_mirror_protected_branches: Option<bool>,
    /// Controls visibility of the package registry. One of `disabled`, `private`, `enabled` or `public`. `private` will make the package registry accessible only to project members (reporter role and above). `enabled` will make the package registry accessible to everyone who has access to the project. `public` will make the package registry accessible to everyone. `disabled` will disable the package registry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package_registry_access_level: Option<PutApiV4ProjectsIdPackageRegistryAccessLevel>,
    /// Deprecated: Use :package_registry_access_level instead. Enable project packages feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub packages_enabled: Option<bool>,
    /// Pages access level. One of `disabled`, `private`, `enabled` or `public`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages_access_level: Option<PutApiV4ProjectsIdPagesAccessLevel>,
    /// The path of the repository
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Require an associated issue from Jira
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prevent_merge_without_jira_issue: Option<bool>,
    /// Show link to create/view merge request when pushing from the command line
    #[serde(skip_serializing_if = "Option::is_none")]
    pub printing_merge_request_link_enabled: Option<bool>,
    /// Deprecated: Use public_jobs instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_builds: Option<bool>,
    /// Perform public builds
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_jobs: Option<bool>,
    /// Releases access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub releases_access_level: Option<PutApiV4ProjectsIdReleasesAccessLevel>,
    /// Remove the source branch by default after merge
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_source_branch_after_merge: Option<bool>,
    /// Repository access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository_access_level: Option<PutApiV4ProjectsIdRepositoryAccessLevel>,
    /// Which storage shard the repository is on. Available only to admins
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository_storage: Option<String>,
    /// Allow users to request member access
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_access_enabled: Option<bool>,
    /// Requirements feature access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirements_access_level: Option<PutApiV4ProjectsIdRequirementsAccessLevel>,
    /// Automatically resolve merge request diff threads on lines changed with a push
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolve_outdated_diff_discussions: Option<bool>,
    /// The process mode of the resource group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_group_default_process_mode: Option<PutApiV4ProjectsIdResourceGroupDefaultProcessMode>,
    /// Restrict use of user-defined variables when triggering a pipeline
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restrict_user_defined_variables: Option<bool>,
    /// Security and compliance access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_and_compliance_access_level: Option<PutApiV4ProjectsIdSecurityAndComplianceAccessLevel>,
    /// Disable or enable the service desk
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_desk_enabled: Option<bool>,
    /// Flag indication if shared runners are enabled for that project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_runners_enabled: Option<bool>,
    /// Show default award emojis
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_default_award_emojis: Option<bool>,
    /// Include the code diff preview in merge request notification emails
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_diff_preview_in_email: Option<bool>,
    /// Snippets access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippets_access_level: Option<PutApiV4ProjectsIdSnippetsAccessLevel>,
    /// Flag indication if snippets are enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippets_enabled: Option<bool>,
    /// Grant read-only access to security policy configurations for enforcement in linked CI/CD projects
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spp_repository_pipeline_access: Option<bool>,
    /// Template used to create squash commit message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_commit_template: Option<String>,
    /// Squash default for project. One of `never`, `always`, `default_on`, or `default_off`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_option: Option<PutApiV4ProjectsIdSquashOption>,
    /// The commit message used to apply merge request suggestions
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion_commit_message: Option<String>,
    /// Deprecated: Use :topics instead
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_list: Option<Vec<String>>,
    /// The list of topics for a project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    /// The visibility of the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<PutApiV4ProjectsIdVisibility>,
    /// Warn about potentially unwanted characters
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warn_about_potentially_unwanted_characters: Option<bool>,
    /// Enable web based commit signing for this project
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_based_commit_signing_enabled: Option<bool>,
    /// Wiki access level. One of `disabled`, `private` or `enabled`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wiki_access_level: Option<PutApiV4ProjectsIdWikiAccessLevel>,
    /// Flag indication if the wiki is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wiki_enabled: Option<bool>,
}

/// Analytics access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdAnalyticsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Auto-cancel pending pipelines
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdAutoCancelPendingPipelines {
    Disabled,
    Enabled,
}

/// Auto Deploy strategy
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PutApiV4ProjectsIdAutoDevopsDeployStrategy {
    Continuous,
    Manual,
    TimedIncremental,
}

/// The Git strategy. Defaults to `fetch`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdBuildGitStrategy {
    Fetch,
    Clone,
}

/// Builds access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdBuildsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Limit ability to override CI/CD variables when triggering a pipeline to only users with at least the set minimum role
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PutApiV4ProjectsIdCiPipelineVariablesMinimumOverrideRole {
    NoOneAllowed,
    Developer,
    Maintainer,
    Owner,
}

/// Object that contains information on the container expiration policy
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PutApiV4ProjectsIdContainerExpirationPolicyAttributes {
    /// Container expiration policy cadence for recurring job
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cadence: Option<String>,
    /// Flag indication if container expiration policy is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Container expiration policy number of images to keep
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_n: Option<i32>,
    /// Container expiration policy regex for image removal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_regex: Option<String>,
    /// Container expiration policy regex for image retention
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_regex_keep: Option<String>,
    /// Container expiration policy remove images older than value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub older_than: Option<String>,
}

/// Controls visibility of the container registry. One of `disabled`, `private` or `enabled`. `private` will make the container registry accessible only to project members (reporter role and above). `enabled` will make the container registry accessible to everyone who has access to the project. `disabled` will disable the container registry
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdContainerRegistryAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Environments access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdEnvironmentsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Feature flags access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdFeatureFlagsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Forks access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdForkingAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Infrastructure access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdInfrastructureAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Issues access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdIssuesAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Update an existing issue
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PutApiV4ProjectsIdIssuesIssueIid {
    /// Comma-separated list of label names
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_labels: Option<Vec<String>>,
    /// [Deprecated] The ID of a user to assign issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i32>,
    /// The array of user IDs to assign issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_ids: Option<Vec<i32>>,
    /// Boolean parameter if the issue should be confidential
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidential: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The description of an issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Boolean parameter indicating if the issue's discussion is locked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discussion_locked: Option<bool>,
    /// Date string in the format YEAR-MONTH-DAY
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// The ID of an epic to associate the issue with
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epic_id: Option<i32>,
    /// The IID of an epic to associate the issue with (deprecated)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epic_iid: Option<i32>,
    /// The type of the issue. Accepts: issue, incident, test_case, requirement, task, ticket
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_type: Option<PutApiV4ProjectsIdIssuesIssueIidIssueType>,
    /// Comma-separated list of label names
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// The ID of a milestone to assign issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone_id: Option<i32>,
    /// Comma-separated list of label names
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_labels: Option<Vec<String>>,
    /// State of the issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_event: Option<PutApiV4ProjectsIdIssuesIssueIidStateEvent>,
    /// The title of an issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Date time when the issue was updated. Available only for admins and project owners.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The weight of the issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<i32>,
}

/// The type of the issue. Accepts: issue, incident, test_case, requirement, task, ticket
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PutApiV4ProjectsIdIssuesIssueIidIssueType {
    Issue,
    Incident,
    TestCase,
    Requirement,
    Task,
    Ticket,
}

/// State of the issue
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdIssuesIssueIidStateEvent {
    Reopen,
    Close,
}

/// The merge method used when merging merge requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PutApiV4ProjectsIdMergeMethod {
    Ff,
    RebaseMerge,
    Merge,
}

/// Merge requests access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdMergeRequestsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Update merge request
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PutApiV4ProjectsIdMergeRequestsMergeRequestIid {
    /// Comma-separated label names to add to a merge request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_labels: Option<Vec<String>>,
    /// Allow commits from members who can merge to the target branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_collaboration: Option<bool>,
    /// [deprecated] See allow_collaboration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_maintainer_to_push: Option<bool>,
    /// Number of approvals required before this can be merged
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvals_before_merge: Option<i32>,
    /// Assignee user ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i32>,
    /// The IDs of the users to assign the merge request to, as a comma-separated list. Set to 0 or provide an empty value to unassign all assignees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_ids: Option<Vec<i32>>,
    /// Description of the merge request. Limited to 1,048,576 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Flag indicating if the merge request’s discussion is locked. If the discussion is locked only project members can add, edit or resolve comments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discussion_locked: Option<bool>,
    /// Comma-separated label names for a merge request. Set to an empty string to unassign all labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Date after which the merge request can be merged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_after: Option<String>,
    /// The global ID of a milestone to assign the merge request to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone_id: Option<i32>,
    /// Comma-separated label names to remove from a merge request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_labels: Option<Vec<String>>,
    /// Flag indicating if a merge request should remove the source branch when merging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_source_branch: Option<bool>,
    /// The IDs of the users to review the merge request, as a comma-separated list. Set to 0 or provide an empty value to unassign all reviewers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer_ids: Option<Vec<i32>>,
    /// Squash commits into a single commit when merging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash: Option<bool>,
    /// New state (close/reopen).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_event: Option<PutApiV4ProjectsIdMergeRequestsMergeRequestIidStateEvent>,
    /// The target branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_branch: Option<String>,
    /// The title of the merge request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// Merge a merge request
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PutApiV4ProjectsIdMergeRequestsMergeRequestIidMerge {
    /// If `true`, the merge request is set to auto merge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_merge: Option<bool>,
    /// Custom merge commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_message: Option<String>,
    /// Deprecated: Use auto_merge instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_when_pipeline_succeeds: Option<bool>,
    /// If present, then this SHA must match the HEAD of the source branch, otherwise the merge fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// If `true`, removes the source branch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub should_remove_source_branch: Option<bool>,
    /// If `true` skips train restart when merging immediately in a merge train configured project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_merge_train: Option<bool>,
    /// If `true`, the commits are squashed into a single commit on merge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash: Option<bool>,
    /// Custom squash commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_commit_message: Option<String>,
}

/// New state (close/reopen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdMergeRequestsMergeRequestIidStateEvent {
    Close,
    Reopen,
}

/// Model experiments access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdModelExperimentsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Model registry access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdModelRegistryAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Monitor access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdMonitorAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Controls visibility of the package registry. One of `disabled`, `private`, `enabled` or `public`. `private` will make the package registry accessible only to project members (reporter role and above). `enabled` will make the package registry accessible to everyone who has access to the project. `public` will make the package registry accessible to everyone. `disabled` will disable the package registry
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdPackageRegistryAccessLevel {
    Disabled,
    Private,
    Enabled,
    Public,
}

/// Pages access level. One of `disabled`, `private`, `enabled` or `public`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdPagesAccessLevel {
    Disabled,
    Private,
    Enabled,
    Public,
}

/// Releases access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdReleasesAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Repository access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdRepositoryAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Update existing file in repository
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PutApiV4ProjectsIdRepositoryFilesFilePath {
    /// The file content to be updated (generated by Multipart middleware)
    pub file: String,
}

/// Requirements feature access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdRequirementsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// The process mode of the resource group
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PutApiV4ProjectsIdResourceGroupDefaultProcessMode {
    Unordered,
    OldestFirst,
    NewestFirst,
    NewestReadyFirst,
}

/// Security and compliance access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdSecurityAndComplianceAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Snippets access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdSnippetsAccessLevel {
    Disabled,
    Private,
    Enabled,
}

/// Squash default for project. One of `never`, `always`, `default_on`, or `default_off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PutApiV4ProjectsIdSquashOption {
    Never,
    Always,
    DefaultOn,
    DefaultOff,
}

/// The visibility of the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdVisibility {
    Private,
    Internal,
    Public,
}

/// Wiki access level. One of `disabled`, `private` or `enabled`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutApiV4ProjectsIdWikiAccessLevel {
    Disabled,
    Private,
    Enabled,
}
