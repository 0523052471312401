// Generated from wsdl/ttsoapcgi.wsdl by `cargo xtask codegen`. Do not edit.
use super::ti;
use ttsoap::{Decode as _, Encode as _};
/// The typed client: one method per operation that needs no session (`login`,
/// `getProjectList`, ...); the cookie operations are on `Session`, or on `raw()` with
/// the cookie as an argument.
#[derive(Clone, Debug)]
pub struct Client {
    inner: ttsoap::Client,
}
impl Client {
    /// A client for the endpoint `url` (base URL, CGI URL or WSDL URL, normalised to the CGI).
    pub fn new(url: &str) -> Result<Self, ttsoap::Error> {
        Ok(Client {
            inner: ttsoap::Client::new(url)?,
        })
    }
    /// The `soap:address` of the binding's port in the WSDL.
    pub const DEFAULT_ENDPOINT: &'static str = "http://localhost/scripts/ttsoapcgi.exe";
    /// A client for [`Self::DEFAULT_ENDPOINT`], used exactly as written in the WSDL.
    pub fn new_default() -> Result<Self, ttsoap::Error> {
        Ok(Client {
            inner: ttsoap::Client::builder(Self::DEFAULT_ENDPOINT)
                .exact_endpoint(true)
                .build()?,
        })
    }
    /// Wraps a configured runtime client (timeouts, TLS, strict mode...).
    pub fn from_runtime(inner: ttsoap::Client) -> Self {
        Client { inner }
    }
    /// The runtime client.
    pub fn runtime(&self) -> &ttsoap::Client {
        &self.inner
    }
    /// Calls any operation (`call(op)` or `call(&op)`).
    pub fn call<O: ttsoap::Operation>(
        &self,
        op: impl ttsoap::Request<O>,
    ) -> Result<O::Response, ttsoap::Error> {
        self.inner.call(op)
    }
    /// Like `call`, but keeps the response undecoded (to stream one of its arrays).
    pub fn call_deferred<O: ttsoap::Operation>(
        &self,
        op: impl ttsoap::Request<O>,
    ) -> Result<ttsoap::RawResponse<O>, ttsoap::Error> {
        self.inner.call_deferred(op)
    }
    /// Every operation with every part an argument, the cookie included.
    pub fn raw(&self) -> Raw<'_> {
        Raw { inner: &self.inner }
    }
    /// Resumes a session from an existing cookie. It logs off when dropped (use
    /// `Session::into_cookie` to hand it on instead).
    pub fn session_from_cookie(&self, cookie: ttsoap::Cookie) -> Session {
        let hooks = std::sync::Arc::new(Hooks { credentials: None });
        Session {
            inner: ttsoap::Session::new(self.inner.clone(), cookie, hooks),
        }
    }
    /// Logs on to `project` as `user` (`ProjectLogon` with the project as `getProjectList`
    /// reports it, falling back to `DatabaseLogon`) and returns the session. The session
    /// logs off when dropped.
    pub fn login(
        &self,
        project: &str,
        user: &str,
        password: impl Into<ttsoap::Password>,
    ) -> Result<Session, ttsoap::Error> {
        self.login_with(Credentials::new(project, user, password))
    }
    /// Logs on with explicit credentials and method.
    pub fn login_with(
        &self,
        credentials: Credentials,
    ) -> Result<Session, ttsoap::Error> {
        let cookie = ttsoap::logon::logon::<Logon>(&self.inner, &credentials)?;
        let hooks = std::sync::Arc::new(Hooks {
            credentials: Some(credentials),
        });
        Ok(Session {
            inner: ttsoap::Session::new(self.inner.clone(), cookie, hooks),
        })
    }
    /// `getDatabaseList`: Returns a list of database names the SOAP client can connect to. Deprecated; use getProjectList.
    pub fn get_database_list(
        &self,
    ) -> Result<Vec<super::types::CDatabase>, ttsoap::Error> {
        self.inner.call(super::ops::GetDatabaseList {}).map(|r| r.p_db_list)
    }
    /// `getProjectList`: Returns a list of project names the SOAP client can connect to.
    pub fn get_project_list(
        &self,
        username: &str,
        password: &ttsoap::Password,
    ) -> Result<Vec<super::types::CProject>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetProjectList {
                username: username.to_owned(),
                password: password.clone(),
            })
            .map(|r| r.p_proj_list)
    }
    /// `getProjectDataOptionList`: Returns what type of access SOAP user has. For example, logging in with access to TestTrack Pro.
    pub fn get_project_data_option_list(
        &self,
    ) -> Result<Vec<super::types::CProjectDataOption>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetProjectDataOptionList {
            })
            .map(|r| r.p_proj_types)
    }
    /// `DatabaseLogon`: Logs SOAP user into TestTrack. Deprecated; use ProjectLogon.
    pub fn database_logon(
        &self,
        dbname: &str,
        username: &str,
        password: &ttsoap::Password,
    ) -> Result<ttsoap::Cookie, ttsoap::Error> {
        self.inner
            .call(super::ops::DatabaseLogon {
                dbname: dbname.to_owned(),
                username: username.to_owned(),
                password: password.clone(),
            })
            .map(|r| r.cookie)
    }
    /// `ProjectLogon`: Logs SOAP user into TestTrack. Uses a project name, which the getProjectList request returns, with a username and password. This request returns a cookie that is used in subsequent calls. NOTE: In the TestTrack Client, users can be required to change their passwords at the next login. This option is not enforced in the SOAP client because we do not want to prevent SOAP scripts from running because of the change password option.
    pub fn project_logon(
        &self,
        p_proj: super::types::CProject,
        username: &str,
        password: &ttsoap::Password,
    ) -> Result<ttsoap::Cookie, ttsoap::Error> {
        self.inner
            .call(super::ops::ProjectLogon {
                p_proj,
                username: username.to_owned(),
                password: password.clone(),
            })
            .map(|r| r.cookie)
    }
}
/// The cookie operations with the cookie as their first argument (`Client::raw`),
/// for a cookie managed outside a `Session`.
#[derive(Clone, Copy, Debug)]
pub struct Raw<'c> {
    inner: &'c ttsoap::Client,
}
impl Raw<'_> {
    /// `DatabaseLogoff`: Logs SOAP user out of TestTrack. This operation is used for session management and should be the final call made to the SOAP server. It performs session clean up, logs off all users, and closes all connections to the TestTrack project.
    pub fn database_logoff(&self, cookie: ttsoap::Cookie) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DatabaseLogoff {
                cookie,
            })
            .map(|r| r.result)
    }
    /// `formattedTextSupport`: Turns formattedTextSupport on or off. Defaults to plain text. Pass in 'true' to turn rich text on.
    pub fn formatted_text_support(
        &self,
        cookie: ttsoap::Cookie,
        enable_formatted_text: bool,
    ) -> Result<bool, ttsoap::Error> {
        self.inner
            .call(super::ops::FormattedTextSupport {
                cookie,
                enable_formatted_text,
            })
            .map(|r| r.formatting_enabled)
    }
    /// `getTableList`: Returns a list of tables the user can access. Many TestTrack SOAP requests and types use a table name as a parameter. This request filters out tables the SOAP user does not have security access to.
    pub fn get_table_list(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::CDatabaseTable>, ttsoap::Error> {
        self.inner.call(super::ops::GetTableList { cookie }).map(|r| r.p_table_list)
    }
    /// `getDropdownFieldForTable`: Returns table drop-down field. Fields only access specific values and are included as a subset of columns returned from getColumnsForTable. Use getDropdownFieldValuesForTable to get field values.
    pub fn get_dropdown_field_for_table(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
    ) -> Result<Vec<super::types::CTableField>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDropdownFieldForTable {
                cookie,
                tablename: tablename.to_owned(),
            })
            .map(|r| r.p_field_list)
    }
    /// `getDropdownFieldValuesForTable`: Returns table drop-down field values. Use getDropdownFieldForTable to get fields.
    pub fn get_dropdown_field_values_for_table(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
        fieldname: &str,
    ) -> Result<Vec<super::types::CFieldValue>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDropdownFieldValuesForTable {
                cookie,
                tablename: tablename.to_owned(),
                fieldname: fieldname.to_owned(),
            })
            .map(|r| r.p_value_list)
    }
    /// `addDropdownFieldValuesForTable`: Adds drop-down values to a selected field. The list of values is sent to the server with the new value added last.
    pub fn add_dropdown_field_values_for_table(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
        fieldname: &str,
        p_value_list: Vec<super::types::CFieldValue>,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AddDropdownFieldValuesForTable {
                cookie,
                tablename: tablename.to_owned(),
                fieldname: fieldname.to_owned(),
                p_value_list,
            })
            .map(|r| r.result)
    }
    /// `GetLinkDefinitionValues`: Returns a list of defined links.
    pub fn get_link_definition_values(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::CFieldValue>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetLinkDefinitionValues {
                cookie,
            })
            .map(|r| r.p_value_list)
    }
    /// `getColumnsForTable`: Returns column fields that are displayed for a specific table.
    pub fn get_columns_for_table(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
    ) -> Result<Vec<super::types::CTableColumn>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetColumnsForTable {
                cookie,
                tablename: tablename.to_owned(),
            })
            .map(|r| r.p_column_list)
    }
    /// `getFilterList`: Returns a list of filters.
    pub fn get_filter_list(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::CFilter>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFilterList {
                cookie,
            })
            .map(|r| r.p_filter_list)
    }
    /// `getFilterListForTable`: Returns list of filters that a specified table can use.
    pub fn get_filter_list_for_table(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
    ) -> Result<Vec<super::types::CFilter>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFilterListForTable {
                cookie,
                tablename: tablename.to_owned(),
            })
            .map(|r| r.p_filter_list)
    }
    /// `getRecordListForTable`: Returns table data. The filtername parameter applies a filter to the results. The columnlist parameter limits the returned data to specific columns. NOTE: Only the first 128 characters are returned. Following are the table names: Customer, Defect, Folder, Links, Report, Requirement, Requirement Document, Task, Test Case, Test Config, Test Run, Test Variant, User. The returned DateTime data format is based on the server locale setting.
    pub fn get_record_list_for_table(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
        filtername: &str,
        columnlist: Vec<super::types::CTableColumn>,
    ) -> Result<super::types::CRecordListSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRecordListForTable {
                cookie,
                tablename: tablename.to_owned(),
                filtername: filtername.to_owned(),
                columnlist,
            })
            .map(|r| r.recordlist)
    }
    /// `getRecordListForTableWithQuery`: Returns table data like getRecordListForTable, restricted by the JSON query string in the query parameter. The filtername parameter applies a filter; the columnlist parameter limits the returned columns. Added in Helix ALM 2017.
    pub fn get_record_list_for_table_with_query(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
        filtername: &str,
        query: &str,
        columnlist: Vec<super::types::CTableColumn>,
    ) -> Result<super::types::CRecordListSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRecordListForTableWithQuery {
                cookie,
                tablename: tablename.to_owned(),
                filtername: filtername.to_owned(),
                query: query.to_owned(),
                columnlist,
            })
            .map(|r| r.recordlist)
    }
    /// `getTestConfig`: Returns a list of test configs.
    pub fn get_test_config(
        &self,
        cookie: ttsoap::Cookie,
        name: &str,
    ) -> Result<super::types::CSystem, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestConfig {
                cookie,
                name: name.to_owned(),
            })
            .map(|r| r.p_test_config)
    }
    /// `getTestConfigByRecordID`: Returns a test config based on record ID.
    pub fn get_test_config_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CSystem, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestConfigByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.p_test_config)
    }
    /// `addTestConfig`: Creates a test config.
    pub fn add_test_config(
        &self,
        cookie: ttsoap::Cookie,
        p_test_config: super::types::CSystem,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddTestConfig {
                cookie,
                p_test_config,
            })
            .map(|r| r.record_id)
    }
    /// `editTestConfig`: Retrieves a test config for editing. The saveTestConfig request must be called and passed the changed object.
    pub fn edit_test_config(
        &self,
        cookie: ttsoap::Cookie,
        name: &str,
    ) -> Result<super::types::CSystem, ttsoap::Error> {
        self.inner
            .call(super::ops::EditTestConfig {
                cookie,
                name: name.to_owned(),
            })
            .map(|r| r.p_test_config)
    }
    /// `editTestConfigByRecordID`: Retrieves a test config for editing based on record ID. The saveTestConfig request must be called and passed the changed objects.
    pub fn edit_test_config_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CSystem, ttsoap::Error> {
        self.inner
            .call(super::ops::EditTestConfigByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.p_test_config)
    }
    /// `saveTestConfig`: Saves a modified test config.
    pub fn save_test_config(
        &self,
        cookie: ttsoap::Cookie,
        p_test_config: super::types::CSystem,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveTestConfig {
                cookie,
                p_test_config,
            })
            .map(|r| r.result)
    }
    /// `deleteTestConfig`: Deletes a test config.
    pub fn delete_test_config(
        &self,
        cookie: ttsoap::Cookie,
        name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestConfig {
                cookie,
                name: name.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `deleteTestConfigByRecordID`: Deletes a test config based on record ID.
    pub fn delete_test_config_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestConfigByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveTestConfig`: Discards changes to a test config.
    pub fn cancel_save_test_config(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveTestConfig {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `getAttachmentTypes`: Returns the values (Standard, Script, Run Result) that are used in the m-strType var of an attachment in an attachmentList for core items.
    pub fn get_attachment_types(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<String>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetAttachmentTypes {
                cookie,
            })
            .map(|r| r.p_type_list)
    }
    /// `getReportRunResultsByName`: Runs a report and returns results based on report names. NOTE: Live charts and interactively filtered reports are not supported.
    pub fn get_report_run_results_by_name(
        &self,
        cookie: ttsoap::Cookie,
        name: &str,
    ) -> Result<super::types::CReportRunResults, ttsoap::Error> {
        self.inner
            .call(super::ops::GetReportRunResultsByName {
                cookie,
                name: name.to_owned(),
            })
            .map(|r| r.results)
    }
    /// `getReportRunResultsByRecordID`: Runs a report and returns results based on report ID. NOTE: Live charts and interactively filtered reports are not supported.
    pub fn get_report_run_results_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CReportRunResults, ttsoap::Error> {
        self.inner
            .call(super::ops::GetReportRunResultsByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.results)
    }
    /// `getEventDefinitionList`: Returns a list of event definitions that describe what fields are included with each event.
    pub fn get_event_definition_list(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
    ) -> Result<Vec<super::types::AnyCEventDefinition>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetEventDefinitionList {
                cookie,
                tablename: tablename.to_owned(),
            })
            .map(|r| r.event_definition_list)
    }
    /// `getDefectEventDefinitionList`: Returns a list of defect event definitions that describe the fields included with each event.  Deprecated; use getEventDefinitionList.
    pub fn get_defect_event_definition_list(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::CDefectEventDefinition>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefectEventDefinitionList {
                cookie,
            })
            .map(|r| r.event_definition_list)
    }
    /// `getCustomFieldsDefinitionList`: Returns a list of custom field definitions.
    pub fn get_custom_fields_definition_list(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
    ) -> Result<Vec<super::types::AnyCField>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetCustomFieldsDefinitionList {
                cookie,
                tablename: tablename.to_owned(),
            })
            .map(|r| r.custom_fields)
    }
    /// `getDefectCustomFieldsDefinitionList`: Returns a list of defect custom field definitions.
    pub fn get_defect_custom_fields_definition_list(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::AnyCField>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefectCustomFieldsDefinitionList {
                cookie,
            })
            .map(|r| r.custom_fields)
    }
    /// `getDefect`: Returns a defect based on defect number or summary.
    pub fn get_defect(
        &self,
        cookie: ttsoap::Cookie,
        defect_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CDefect, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefect {
                cookie,
                defect_number,
                summary: summary.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_defect)
    }
    /// `getDefectByRecordID`: Returns a defect based on record ID.
    pub fn get_defect_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CDefect, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefectByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_defect)
    }
    /// `addDefect`: Creates a defect.
    pub fn add_defect(
        &self,
        cookie: ttsoap::Cookie,
        p_defect: super::types::CDefect,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddDefect {
                cookie,
                p_defect,
            })
            .map(|r| r.record_id)
    }
    /// `addDefectWithLink`: Creates a linked defect.
    pub fn add_defect_with_link(
        &self,
        cookie: ttsoap::Cookie,
        p_defect: super::types::CDefect,
        test_run_record_id: i64,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddDefectWithLink {
                cookie,
                p_defect,
                test_run_record_id,
            })
            .map(|r| r.record_id)
    }
    /// `deleteDefect`: Deletes a defect based on defect number or summary.
    pub fn delete_defect(
        &self,
        cookie: ttsoap::Cookie,
        defect_number: i64,
        summary: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteDefect {
                cookie,
                defect_number,
                summary: summary.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `deleteDefectByRecordID`: Deletes a defect based on record ID.
    pub fn delete_defect_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteDefectByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `editDefect`: Retrieves a defect for editing. The saveDefect request must be called and passed the changed objects.
    pub fn edit_defect(
        &self,
        cookie: ttsoap::Cookie,
        defect_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CDefect, ttsoap::Error> {
        self.inner
            .call(super::ops::EditDefect {
                cookie,
                defect_number,
                summary: summary.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_defect)
    }
    /// `editDefectByRecordID`: Retrieves a defect for editing based on record ID. The saveDefect request must be called and passed the changed objects.
    pub fn edit_defect_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CDefect, ttsoap::Error> {
        self.inner
            .call(super::ops::EditDefectByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_defect)
    }
    /// `saveDefect`: Saves changes made to a defect.
    pub fn save_defect(
        &self,
        cookie: ttsoap::Cookie,
        p_defect: super::types::CDefect,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveDefect {
                cookie,
                p_defect,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveDefect`: Discards any changes made to a defect.
    pub fn cancel_save_defect(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveDefect {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `getAttachment`: Retrieves file attachments.
    pub fn get_attachment(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
        record_id: i64,
        event_id: i64,
        psz_archive_name: &str,
    ) -> Result<super::types::CFileAttachment, ttsoap::Error> {
        self.inner
            .call(super::ops::GetAttachment {
                cookie,
                tablename: tablename.to_owned(),
                record_id,
                event_id,
                psz_archive_name: psz_archive_name.to_owned(),
            })
            .map(|r| r.p_attachment)
    }
    /// `getDefectAttachment`: Retrieves defect file attachments. Deprecated; use getAttachmentRequest.
    pub fn get_defect_attachment(
        &self,
        cookie: ttsoap::Cookie,
        psz_archive_name: &str,
    ) -> Result<super::types::CFileAttachment, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefectAttachment {
                cookie,
                psz_archive_name: psz_archive_name.to_owned(),
            })
            .map(|r| r.p_attachment)
    }
    /// `getTask`: Retrieves a task.
    pub fn get_task(
        &self,
        cookie: ttsoap::Cookie,
        summary: &str,
    ) -> Result<super::types::CTask, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTask {
                cookie,
                summary: summary.to_owned(),
            })
            .map(|r| r.p_task)
    }
    /// `getTaskByRecordID`: Retrieves a task based on record ID.
    pub fn get_task_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CTask, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTaskByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.p_task)
    }
    /// `addTask`: Creates a task.
    pub fn add_task(
        &self,
        cookie: ttsoap::Cookie,
        p_task: super::types::CTask,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddTask {
                cookie,
                p_task,
            })
            .map(|r| r.record_id)
    }
    /// `deleteTask`: Deletes a task.
    pub fn delete_task(
        &self,
        cookie: ttsoap::Cookie,
        summary: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTask {
                cookie,
                summary: summary.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `deleteTaskByRecordID`: Deletes a task based on record ID.
    pub fn delete_task_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTaskByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `editTask`: Retrieves a task for editing. The saveTask request must be called and passed the changed object.
    pub fn edit_task(
        &self,
        cookie: ttsoap::Cookie,
        summary: &str,
    ) -> Result<super::types::CTask, ttsoap::Error> {
        self.inner
            .call(super::ops::EditTask {
                cookie,
                summary: summary.to_owned(),
            })
            .map(|r| r.p_task)
    }
    /// `editTaskByRecordID`: Retrieves a task for editing based on record ID. The saveTask request must be called and passed the changed object.
    pub fn edit_task_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CTask, ttsoap::Error> {
        self.inner
            .call(super::ops::EditTaskByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.p_task)
    }
    /// `saveTask`: Saves changes made to a task.
    pub fn save_task(
        &self,
        cookie: ttsoap::Cookie,
        p_task: super::types::CTask,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveTask {
                cookie,
                p_task,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveTask`: Discards any changes made to a task.
    pub fn cancel_save_task(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveTask {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `getGlobalUserList`: Returns a list of global users from the Seapine License Server.
    pub fn get_global_user_list(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::CGlobalUser>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetGlobalUserList {
                cookie,
            })
            .map(|r| r.global_user_list)
    }
    /// `getGlobalCustomerList`: Returns a list of global customers from the Seapine License Server.
    pub fn get_global_customer_list(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::CGlobalUser>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetGlobalCustomerList {
                cookie,
            })
            .map(|r| r.global_customer_list)
    }
    /// `getTTVersionInfo`: Returns the server and CGI version information (CTTVersionInfo). Added in Helix ALM 2017.
    pub fn get_tt_version_info(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<super::types::CTTVersionInfo, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTTVersionInfo {
                cookie,
            })
            .map(|r| r.p_version_info)
    }
    /// `getDocForExportTemplate`: Returns a document (CFile) generated with an export template, given by templateID or templateName, for records of a table selected by filtername, query or recordIDs. Added in Helix ALM 2017.
    pub fn get_doc_for_export_template(
        &self,
        cookie: ttsoap::Cookie,
        template_id: i64,
        template_name: &str,
        tablename: &str,
        filtername: &str,
        query: &str,
        record_ids: Vec<i64>,
        timezone_id: &str,
        locale: &str,
        hours_off_gmt: f64,
    ) -> Result<super::types::AnyCFile, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocForExportTemplate {
                cookie,
                template_id,
                template_name: template_name.to_owned(),
                tablename: tablename.to_owned(),
                filtername: filtername.to_owned(),
                query: query.to_owned(),
                record_ids,
                timezone_id: timezone_id.to_owned(),
                locale: locale.to_owned(),
                hours_off_gmt,
            })
            .map(|r| r.p_document)
    }
    /// `getDocForExportTemplateReqDoc`: Returns a document (CFile) generated with an export template for a requirement document (documentID, snapshotVersion). Added in Helix ALM 2017.
    pub fn get_doc_for_export_template_req_doc(
        &self,
        cookie: ttsoap::Cookie,
        template_id: i64,
        template_name: &str,
        document_id: i64,
        snapshot_version: i32,
        timezone_id: &str,
        locale: &str,
        hours_off_gmt: f64,
    ) -> Result<super::types::AnyCFile, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocForExportTemplateReqDoc {
                cookie,
                template_id,
                template_name: template_name.to_owned(),
                document_id,
                snapshot_version,
                timezone_id: timezone_id.to_owned(),
                locale: locale.to_owned(),
                hours_off_gmt,
            })
            .map(|r| r.p_document)
    }
    /// `getDocForExportTemplateFolder`: Returns a document (CFile) generated with an export template for the items of a folder (folderPath, bRecursive). Added in Helix ALM 2017.
    pub fn get_doc_for_export_template_folder(
        &self,
        cookie: ttsoap::Cookie,
        template_id: i64,
        template_name: &str,
        folder_path: &str,
        b_recursive: bool,
        tablename: &str,
        filtername: &str,
        sort_order: &str,
        timezone_id: &str,
        locale: &str,
        hours_off_gmt: f64,
    ) -> Result<super::types::AnyCFile, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocForExportTemplateFolder {
                cookie,
                template_id,
                template_name: template_name.to_owned(),
                folder_path: folder_path.to_owned(),
                b_recursive,
                tablename: tablename.to_owned(),
                filtername: filtername.to_owned(),
                sort_order: sort_order.to_owned(),
                timezone_id: timezone_id.to_owned(),
                locale: locale.to_owned(),
                hours_off_gmt,
            })
            .map(|r| r.p_document)
    }
    /// `getUserLicenseList`: Returns a list of user licenses.
    pub fn get_user_license_list(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::CUserLicense>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetUserLicenseList {
                cookie,
            })
            .map(|r| r.user_license_list)
    }
    /// `getUser`: Returns a user.
    pub fn get_user(
        &self,
        cookie: ttsoap::Cookie,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetUser {
                cookie,
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
            })
            .map(|r| r.p_user)
    }
    /// `getUserByRecordID`: Returns a user based on record ID.
    pub fn get_user_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetUserByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.p_user)
    }
    /// `getUserForCurrentSession`: Returns the user (CUser) logged in with the session cookie. Added after TestTrack 2013.
    pub fn get_user_for_current_session(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetUserForCurrentSession {
                cookie,
            })
            .map(|r| r.p_user)
    }
    /// `addUser`: Creates a user.
    pub fn add_user(
        &self,
        cookie: ttsoap::Cookie,
        p_user: super::types::CUser,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddUser {
                cookie,
                p_user,
            })
            .map(|r| r.record_id)
    }
    /// `editUser`: Retrieves a user for editing. The saveUser request must be called and passed the changed object.
    pub fn edit_user(
        &self,
        cookie: ttsoap::Cookie,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::EditUser {
                cookie,
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
            })
            .map(|r| r.p_user)
    }
    /// `editUserByRecordID`: Retrieves a user for editing based on record ID. The saveUser request must be called and passed the changed object.
    pub fn edit_user_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::EditUserByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.p_user)
    }
    /// `saveUser`: Saves changes made to a user record.
    pub fn save_user(
        &self,
        cookie: ttsoap::Cookie,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
        p_user: super::types::CUser,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveUser {
                cookie,
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
                p_user,
            })
            .map(|r| r.result)
    }
    /// `deleteUser`: Deletes a user.
    pub fn delete_user(
        &self,
        cookie: ttsoap::Cookie,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteUser {
                cookie,
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `deleteUserByRecordID`: Deletes a user based on record ID.
    pub fn delete_user_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteUserByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveUser`: Discards changes made to a user record.
    pub fn cancel_save_user(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveUser {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `promoteUser`: Promotes a local user to a global user on the Seapine License Server.
    pub fn promote_user(
        &self,
        cookie: ttsoap::Cookie,
        local_user: &str,
        global_user: &str,
        loginname: &str,
        password: &ttsoap::Password,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::PromoteUser {
                cookie,
                local_user: local_user.to_owned(),
                global_user: global_user.to_owned(),
                loginname: loginname.to_owned(),
                password: password.clone(),
            })
            .map(|r| r.result)
    }
    /// `addGlobalUser`: Retrieves a global user from the Seapine License Server and adds them to TestTrack.
    pub fn add_global_user(
        &self,
        cookie: ttsoap::Cookie,
        p_user: super::types::CGlobalUser,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AddGlobalUser {
                cookie,
                p_user,
            })
            .map(|r| r.result)
    }
    /// `getCustomer`: Returns a customer.
    pub fn get_customer(
        &self,
        cookie: ttsoap::Cookie,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetCustomer {
                cookie,
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
            })
            .map(|r| r.p_customer)
    }
    /// `getCustomerByRecordID`: Returns a customer based on record ID.
    pub fn get_customer_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetCustomerByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.p_customer)
    }
    /// `addCustomer`: Creates a customer.
    pub fn add_customer(
        &self,
        cookie: ttsoap::Cookie,
        p_customer: super::types::CUser,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddCustomer {
                cookie,
                p_customer,
            })
            .map(|r| r.record_id)
    }
    /// `editCustomer`: Retrieves a customer for editing. The saveCustomer request must be called and passed the changed object.
    pub fn edit_customer(
        &self,
        cookie: ttsoap::Cookie,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::EditCustomer {
                cookie,
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
            })
            .map(|r| r.p_customer)
    }
    /// `editCustomerByRecordID`: Retrieves a customer for editing based on record ID. The saveCustomer request must be called and passed the changed object.
    pub fn edit_customer_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::EditCustomerByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.p_customer)
    }
    /// `saveCustomer`: Saves changes made to a customer record.
    pub fn save_customer(
        &self,
        cookie: ttsoap::Cookie,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
        p_customer: super::types::CUser,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveCustomer {
                cookie,
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
                p_customer,
            })
            .map(|r| r.result)
    }
    /// `deleteCustomer`: Deletes a customer.
    pub fn delete_customer(
        &self,
        cookie: ttsoap::Cookie,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteCustomer {
                cookie,
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `deleteCustomerByRecordID`: Deletes a customer based on record ID.
    pub fn delete_customer_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteCustomerByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveCustomer`: Discards changes made to a customer record.
    pub fn cancel_save_customer(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveCustomer {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `promoteCustomer`: Promotes a local customer to a global customer on the Seapine License Server.
    pub fn promote_customer(
        &self,
        cookie: ttsoap::Cookie,
        local_customer: &str,
        global_user: &str,
        loginname: &str,
        password: &ttsoap::Password,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::PromoteCustomer {
                cookie,
                local_customer: local_customer.to_owned(),
                global_user: global_user.to_owned(),
                loginname: loginname.to_owned(),
                password: password.clone(),
            })
            .map(|r| r.result)
    }
    /// `addGlobalCustomer`: Retrieves a global customer from the Seapine License Server and adds them to TestTrack.
    pub fn add_global_customer(
        &self,
        cookie: ttsoap::Cookie,
        p_user: super::types::CGlobalUser,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AddGlobalCustomer {
                cookie,
                p_user,
            })
            .map(|r| r.result)
    }
    /// `getLinksForItem`: Returns links for a specified item.
    pub fn get_links_for_item(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
        item_record_id: i64,
    ) -> Result<Vec<super::types::CLink>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetLinksForItem {
                cookie,
                tablename: tablename.to_owned(),
                item_record_id,
            })
            .map(|r| r.p_link_list)
    }
    /// `getLinksForDefect`: Returns links for a specified defect.
    pub fn get_links_for_defect(
        &self,
        cookie: ttsoap::Cookie,
        defect_record_id: i64,
    ) -> Result<Vec<super::types::CLink>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetLinksForDefect {
                cookie,
                defect_record_id,
            })
            .map(|r| r.p_link_list)
    }
    /// `getLink`: Returns a list of all links.
    pub fn get_link(
        &self,
        cookie: ttsoap::Cookie,
        link_id: i64,
    ) -> Result<super::types::CLink, ttsoap::Error> {
        self.inner
            .call(super::ops::GetLink {
                cookie,
                link_id,
            })
            .map(|r| r.p_link)
    }
    /// `addLink`: Creates a link.
    pub fn add_link(
        &self,
        cookie: ttsoap::Cookie,
        p_link: super::types::CLink,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddLink {
                cookie,
                p_link,
            })
            .map(|r| r.record_id)
    }
    /// `deleteLink`: Deletes a link.
    pub fn delete_link(
        &self,
        cookie: ttsoap::Cookie,
        link_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteLink {
                cookie,
                link_id,
            })
            .map(|r| r.result)
    }
    /// `editLink`: Retrieves a link for editing. The saveLink request must be called and passed the changed objects.
    pub fn edit_link(
        &self,
        cookie: ttsoap::Cookie,
        link_id: i64,
    ) -> Result<super::types::CLink, ttsoap::Error> {
        self.inner
            .call(super::ops::EditLink {
                cookie,
                link_id,
            })
            .map(|r| r.p_link)
    }
    /// `saveLink`: Saves changes made to a link.
    pub fn save_link(
        &self,
        cookie: ttsoap::Cookie,
        p_link: super::types::CLink,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveLink {
                cookie,
                p_link,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveLink`: Discards changes made to a link.
    pub fn cancel_save_link(
        &self,
        cookie: ttsoap::Cookie,
        link_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveLink {
                cookie,
                link_id,
            })
            .map(|r| r.result)
    }
    /// `getTestVariantTypes`: Returns a list of test variant types.
    pub fn get_test_variant_types(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<String>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestVariantTypes {
                cookie,
            })
            .map(|r| r.p_type_list)
    }
    /// `getTestRunStepsModes`: Returns test runs steps mode. Either Grid View or Free Form Text View.
    pub fn get_test_run_steps_modes(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<String>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestRunStepsModes {
                cookie,
            })
            .map(|r| r.p_mode_list)
    }
    /// `getTestCase`: Returns a list of test cases.
    pub fn get_test_case(
        &self,
        cookie: ttsoap::Cookie,
        test_case_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestCase, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestCase {
                cookie,
                test_case_number,
                summary: summary.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_test_case)
    }
    /// `getTestCaseByRecordID`: Returns a test case based on record ID.
    pub fn get_test_case_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestCase, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestCaseByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_test_case)
    }
    /// `addTestCase`: Creates a test case.
    pub fn add_test_case(
        &self,
        cookie: ttsoap::Cookie,
        p_test_case: super::types::CTestCase,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddTestCase {
                cookie,
                p_test_case,
            })
            .map(|r| r.record_id)
    }
    /// `deleteTestCase`: Deletes a test case.
    pub fn delete_test_case(
        &self,
        cookie: ttsoap::Cookie,
        test_case_number: i64,
        summary: &str,
        b_delete_associated_test_runs: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestCase {
                cookie,
                test_case_number,
                summary: summary.to_owned(),
                b_delete_associated_test_runs,
            })
            .map(|r| r.result)
    }
    /// `deleteTestCaseByRecordID`: Deletes a test case based on a record ID.
    pub fn delete_test_case_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_delete_associated_test_run: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestCaseByRecordID {
                cookie,
                record_id,
                b_delete_associated_test_run,
            })
            .map(|r| r.result)
    }
    /// `editTestCase`: Retrieves a test case for editing. The saveTestCase request must be called and passed the changed objects.
    pub fn edit_test_case(
        &self,
        cookie: ttsoap::Cookie,
        test_case_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestCase, ttsoap::Error> {
        self.inner
            .call(super::ops::EditTestCase {
                cookie,
                test_case_number,
                summary: summary.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_test_case)
    }
    /// `editTestCaseByRecordID`: Retrieves a test case for editing based on record ID. The saveTestCase request must be called and passed the changed objects.
    pub fn edit_test_case_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestCase, ttsoap::Error> {
        self.inner
            .call(super::ops::EditTestCaseByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_test_case)
    }
    /// `saveTestCase`: Saves changes made to a test case.
    pub fn save_test_case(
        &self,
        cookie: ttsoap::Cookie,
        p_test_case: super::types::CTestCase,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveTestCase {
                cookie,
                p_test_case,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveTestCase`: Discards changes made to a test case.
    pub fn cancel_save_test_case(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveTestCase {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `getTestRun`: Returns a list of test runs.
    pub fn get_test_run(
        &self,
        cookie: ttsoap::Cookie,
        test_run_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestRun, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestRun {
                cookie,
                test_run_number,
                summary: summary.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_test_run)
    }
    /// `getTestRunByRecordID`: Returns a test run based on record ID.
    pub fn get_test_run_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestRun, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestRunByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_test_run)
    }
    /// `deleteTestRun`: Deletes a test run.
    pub fn delete_test_run(
        &self,
        cookie: ttsoap::Cookie,
        test_run_number: i64,
        summary: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestRun {
                cookie,
                test_run_number,
                summary: summary.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `deleteTestRunByRecordID`: Deletes a test run based on record ID.
    pub fn delete_test_run_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestRunByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `editTestRun`: Retrieves a test run for editing. The saveTestRun request must be called and passed the changed objects.
    pub fn edit_test_run(
        &self,
        cookie: ttsoap::Cookie,
        test_run_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestRun, ttsoap::Error> {
        self.inner
            .call(super::ops::EditTestRun {
                cookie,
                test_run_number,
                summary: summary.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_test_run)
    }
    /// `editTestRunByRecordID`: Retrieves a test run for editing based on record ID. The saveTestRun request must be called and passed the changed objects.
    pub fn edit_test_run_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestRun, ttsoap::Error> {
        self.inner
            .call(super::ops::EditTestRunByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_test_run)
    }
    /// `saveTestRun`: Saves changes made to a test run.
    pub fn save_test_run(
        &self,
        cookie: ttsoap::Cookie,
        p_test_run: super::types::CTestRun,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveTestRun {
                cookie,
                p_test_run,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveTestRun`: Discards changes made to a test run.
    pub fn cancel_save_test_run(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveTestRun {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `createDefectForTestRun`: Creates a defect based on test run results.
    pub fn create_defect_for_test_run(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<super::types::CDefect, ttsoap::Error> {
        self.inner
            .call(super::ops::CreateDefectForTestRun {
                cookie,
                record_id,
            })
            .map(|r| r.p_defect)
    }
    /// `generateTestRuns`: Generates test runs for a test case.
    pub fn generate_test_runs(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        test_variants: Vec<super::types::AnyCTestRunVariantField>,
        test_run_set: &str,
    ) -> Result<Vec<super::types::AnyCItemToTrack>, ttsoap::Error> {
        self.inner
            .call(super::ops::GenerateTestRuns {
                cookie,
                record_id,
                test_variants,
                test_run_set: test_run_set.to_owned(),
            })
            .map(|r| r.p_results)
    }
    /// `getFolderTypeByName`: Returns the properties of the folder type. Call the getFolderTypeList request to get the names used in this request.
    pub fn get_folder_type_by_name(
        &self,
        cookie: ttsoap::Cookie,
        name: &str,
    ) -> Result<super::types::CFolderType, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderTypeByName {
                cookie,
                name: name.to_owned(),
            })
            .map(|r| r.p_type)
    }
    /// `getFolderTypeList`: Returns a list of configured folder types.
    pub fn get_folder_type_list(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<Vec<super::types::CFolderType>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderTypeList {
                cookie,
            })
            .map(|r| r.p_type_list)
    }
    /// `addFolder`: Creates a folder.
    pub fn add_folder(
        &self,
        cookie: ttsoap::Cookie,
        p_folder: super::types::CFolder,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddFolder {
                cookie,
                p_folder,
            })
            .map(|r| r.record_id)
    }
    /// `editFolder`: Retrieves a folder for editing. The saveFolder request must be called and passed the changed objects.
    pub fn edit_folder(
        &self,
        cookie: ttsoap::Cookie,
        folder_path: &str,
    ) -> Result<super::types::CFolder, ttsoap::Error> {
        self.inner
            .call(super::ops::EditFolder {
                cookie,
                folder_path: folder_path.to_owned(),
            })
            .map(|r| r.p_folder)
    }
    /// `editFolderByRecordID`: Retrieves a folder for editing based on record ID. The saveFolder request must be called and passed the changed objects.
    pub fn edit_folder_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        public_folder: bool,
    ) -> Result<super::types::CFolder, ttsoap::Error> {
        self.inner
            .call(super::ops::EditFolderByRecordID {
                cookie,
                record_id,
                public_folder,
            })
            .map(|r| r.p_folder)
    }
    /// `saveFolder`: Saves changes made to a folder. NOTES: If you set the path, parentid, and the ispublic flag, they must all be consistent. If you set only the path, you can pass back the original parentid and ispublic flag and they will be updated automatically. Similarly, if you set the parentid and the ispublic flag you can pass back the original path (or none at all) and it will be updated. If you set only the parentid, the ispublic flag and the owner of the new parent folder (if private) must be the same as the old parent folder. If the folder name changes, the path must also change. The path must always end with the folder name and no trailing path separator character. Changing only ispublic or only name results in an error.
    pub fn save_folder(
        &self,
        cookie: ttsoap::Cookie,
        p_folder: super::types::CFolder,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveFolder {
                cookie,
                p_folder,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveFolder`: Discards changes made to a folder.
    pub fn cancel_save_folder(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveFolder {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `getFolder`: Returns a list of folders.
    pub fn get_folder(
        &self,
        cookie: ttsoap::Cookie,
        path: &str,
    ) -> Result<super::types::CFolder, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolder {
                cookie,
                path: path.to_owned(),
            })
            .map(|r| r.p_folder)
    }
    /// `getFolderByRecordID`: Returns a folder based on record ID.
    pub fn get_folder_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        public_folder: bool,
    ) -> Result<super::types::CFolder, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderByRecordID {
                cookie,
                record_id,
                public_folder,
            })
            .map(|r| r.p_folder)
    }
    /// `deleteFolder`: Deletes a folder.
    pub fn delete_folder(
        &self,
        cookie: ttsoap::Cookie,
        folder_path: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteFolder {
                cookie,
                folder_path: folder_path.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `deleteFolderByRecordID`: Deletes a folder based on record ID.
    pub fn delete_folder_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        public_folder: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteFolderByRecordID {
                cookie,
                record_id,
                public_folder,
            })
            .map(|r| r.result)
    }
    /// `addEntityToFolderByRecordID`: Adds a TestTrack item to a folder based on record ID.
    pub fn add_entity_to_folder_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        public_folder: bool,
        entity_record_id: i64,
        entity_table_name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AddEntityToFolderByRecordID {
                cookie,
                record_id,
                public_folder,
                entity_record_id,
                entity_table_name: entity_table_name.to_owned(),
            })
            .map(|r| r.item_record_id)
    }
    /// `removeEntityFromFolderByRecordID`: Removes a TestTrack item from a folder based on record ID.
    pub fn remove_entity_from_folder_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        public_folder: bool,
        entity: super::types::CFolderItem,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::RemoveEntityFromFolderByRecordID {
                cookie,
                record_id,
                public_folder,
                entity,
            })
            .map(|r| r.result)
    }
    /// `getEntityListForFolderByRecordID`: Returns a list of TestTrack items in a folder based on record ID.
    pub fn get_entity_list_for_folder_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        public_folder: bool,
    ) -> Result<Vec<super::types::CFolderItem>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetEntityListForFolderByRecordID {
                cookie,
                record_id,
                public_folder,
            })
            .map(|r| r.p_entity_list)
    }
    /// `getFolderListForEntityByRecordID`: Returns a list of folders a specified item is in.
    pub fn get_folder_list_for_entity_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        tablename: &str,
        record_id: i64,
    ) -> Result<Vec<super::types::CFolder>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderListForEntityByRecordID {
                cookie,
                tablename: tablename.to_owned(),
                record_id,
            })
            .map(|r| r.p_folder_list)
    }
    /// `getFolderPathSeparator`: Returns the folder separator character, which is '/'.
    pub fn get_folder_path_separator(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<i8, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderPathSeparator {
                cookie,
            })
            .map(|r| r.separator)
    }
    /// `getRootPublicFolderPath`: Returns a public folder path.
    pub fn get_root_public_folder_path(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<String, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRootPublicFolderPath {
                cookie,
            })
            .map(|r| r.str_public_path)
    }
    /// `getRootPrivateFolderPath`: Returns a private folder path.
    pub fn get_root_private_folder_path(
        &self,
        cookie: ttsoap::Cookie,
    ) -> Result<String, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRootPrivateFolderPath {
                cookie,
            })
            .map(|r| r.str_private_path)
    }
    /// `editFolderItemRank`: Retrieves a folder for item ranking.
    pub fn edit_folder_item_rank(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        public_folder: bool,
    ) -> Result<Vec<super::types::CFolderItem>, ttsoap::Error> {
        self.inner
            .call(super::ops::EditFolderItemRank {
                cookie,
                record_id,
                public_folder,
            })
            .map(|r| r.p_entity_list)
    }
    /// `saveFolderItemRank`: Save changes made to item rank in a folder.
    pub fn save_folder_item_rank(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        public_folder: bool,
        folder_item_list: Vec<super::types::CFolderItem>,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveFolderItemRank {
                cookie,
                record_id,
                public_folder,
                folder_item_list,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveFolderItemRank`: Discards changes made to item rank in a folder.
    pub fn cancel_save_folder_item_rank(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveFolderItemRank {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `getRequirement`: Returns a list of requirements.
    pub fn get_requirement(
        &self,
        cookie: ttsoap::Cookie,
        requirement_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirement, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirement {
                cookie,
                requirement_number,
                summary: summary.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_requirement)
    }
    /// `getRequirementByRecordID`: Returns a requirement based on record ID.
    pub fn get_requirement_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirement, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirementByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_requirement)
    }
    /// `addRequirement`: Creates a requirement.
    pub fn add_requirement(
        &self,
        cookie: ttsoap::Cookie,
        p_requirement: super::types::CRequirement,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddRequirement {
                cookie,
                p_requirement,
            })
            .map(|r| r.record_id)
    }
    /// `deleteRequirement`: Deletes a requirement.
    pub fn delete_requirement(
        &self,
        cookie: ttsoap::Cookie,
        requirement_number: i64,
        summary: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteRequirement {
                cookie,
                requirement_number,
                summary: summary.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `deleteRequirementByRecordID`: Deletes a requirement based on record ID.
    pub fn delete_requirement_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteRequirementByRecordID {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `editRequirement`: Retrieves a requirement for editing. The saveRequirement request must be called and passed the changed objects.
    pub fn edit_requirement(
        &self,
        cookie: ttsoap::Cookie,
        requirement_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirement, ttsoap::Error> {
        self.inner
            .call(super::ops::EditRequirement {
                cookie,
                requirement_number,
                summary: summary.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_requirement)
    }
    /// `editRequirementByRecordID`: Retrieves a requirement for editing based on record ID. The saveRequirement request must be called and passed the changed objects.
    pub fn edit_requirement_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirement, ttsoap::Error> {
        self.inner
            .call(super::ops::EditRequirementByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_requirement)
    }
    /// `saveRequirement`: Saves changes made to a requirement.
    pub fn save_requirement(
        &self,
        cookie: ttsoap::Cookie,
        p_requirement: super::types::CRequirement,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveRequirement {
                cookie,
                p_requirement,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveRequirement`: Discards changes made to a requirement.
    pub fn cancel_save_requirement(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveRequirement {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `appendToRequirementDocument`: Appends the requirement to the end of a requirement document.
    pub fn append_to_requirement_document(
        &self,
        cookie: ttsoap::Cookie,
        requirement_id: i64,
        document_id: i64,
        parent_requirement_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AppendToRequirementDocument {
                cookie,
                requirement_id,
                document_id,
                parent_requirement_id,
            })
            .map(|r| r.result)
    }
    /// `getDocumentIDsForRequirement`: Returns a list of requirement document IDs for a specified requirement.
    pub fn get_document_ids_for_requirement(
        &self,
        cookie: ttsoap::Cookie,
        requirement_id: i64,
    ) -> Result<Vec<i64>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocumentIDsForRequirement {
                cookie,
                requirement_id,
            })
            .map(|r| r.record_ids)
    }
    /// `changeRequirementType`: Changes the requirement type.
    pub fn change_requirement_type(
        &self,
        cookie: ttsoap::Cookie,
        requirement_id: i64,
        new_type_name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::ChangeRequirementType {
                cookie,
                requirement_id,
                new_type_name: new_type_name.to_owned(),
            })
            .map(|r| r.result)
    }
    /// `getRequirementDocument`: Returns a list of requirement documents.
    pub fn get_requirement_document(
        &self,
        cookie: ttsoap::Cookie,
        document_number: i64,
        name: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirementDocument, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirementDocument {
                cookie,
                document_number,
                name: name.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_requirement_document)
    }
    /// `getRequirementDocumentByRecordID`: Returns a list of requirement documents by record ID.
    pub fn get_requirement_document_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirementDocument, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirementDocumentByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_requirement_document)
    }
    /// `addRequirementDocument`: Creates a requirement document.
    pub fn add_requirement_document(
        &self,
        cookie: ttsoap::Cookie,
        p_requirement_document: super::types::CRequirementDocument,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddRequirementDocument {
                cookie,
                p_requirement_document,
            })
            .map(|r| r.record_id)
    }
    /// `deleteRequirementDocument`: Deletes a requirement document.
    pub fn delete_requirement_document(
        &self,
        cookie: ttsoap::Cookie,
        document_number: i64,
        name: &str,
        b_delete_associated_requirements: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteRequirementDocument {
                cookie,
                document_number,
                name: name.to_owned(),
                b_delete_associated_requirements,
            })
            .map(|r| r.result)
    }
    /// `deleteRequirementDocumentByRecordID`: Service definition of function ttns__deleteRequirementDocumentByRecordID
    pub fn delete_requirement_document_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_delete_associated_requirements: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteRequirementDocumentByRecordID {
                cookie,
                record_id,
                b_delete_associated_requirements,
            })
            .map(|r| r.result)
    }
    /// `editRequirementDocument`: Retrieves a requirement document for editing. The saveRequirementDocument request must be called and passed the changed objects.
    pub fn edit_requirement_document(
        &self,
        cookie: ttsoap::Cookie,
        document_number: i64,
        name: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirementDocument, ttsoap::Error> {
        self.inner
            .call(super::ops::EditRequirementDocument {
                cookie,
                document_number,
                name: name.to_owned(),
                b_download_attachments,
            })
            .map(|r| r.p_requirement_document)
    }
    /// `editRequirementDocumentByRecordID`: Retrieves a requirement document for editing based on record ID. The saveRequirementDocument request must be called and passed the changed objects.
    pub fn edit_requirement_document_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirementDocument, ttsoap::Error> {
        self.inner
            .call(super::ops::EditRequirementDocumentByRecordID {
                cookie,
                record_id,
                b_download_attachments,
            })
            .map(|r| r.p_requirement_document)
    }
    /// `saveRequirementDocument`: Saves changes made to a requirement document.
    pub fn save_requirement_document(
        &self,
        cookie: ttsoap::Cookie,
        p_requirement_document: super::types::CRequirementDocument,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveRequirementDocument {
                cookie,
                p_requirement_document,
            })
            .map(|r| r.result)
    }
    /// `cancelSaveRequirementDocument`: Discards changes made to a requirement document.
    pub fn cancel_save_requirement_document(
        &self,
        cookie: ttsoap::Cookie,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveRequirementDocument {
                cookie,
                record_id,
            })
            .map(|r| r.result)
    }
    /// `createSnapshot`: Creates a requirement document snapshot.
    pub fn create_snapshot(
        &self,
        cookie: ttsoap::Cookie,
        document_id: i64,
        snapshot: super::types::CSnapshotInfo,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CreateSnapshot {
                cookie,
                document_id,
                snapshot,
            })
            .map(|r| r.result)
    }
    /// `getRequirementIDsForDocument`: Returns a list of requirement IDs for the requirement document.
    pub fn get_requirement_ids_for_document(
        &self,
        cookie: ttsoap::Cookie,
        document_id: i64,
    ) -> Result<Vec<i64>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirementIDsForDocument {
                cookie,
                document_id,
            })
            .map(|r| r.record_ids)
    }
    /// `getDocumentTree`: Returns the requirement hierarchy from a requirement document.
    pub fn get_document_tree(
        &self,
        cookie: ttsoap::Cookie,
        document_id: i64,
    ) -> Result<super::types::AnyCTreeNodeSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocumentTree {
                cookie,
                document_id,
            })
            .map(|r| r.doc_tree_root_node)
    }
    /// `getFolderTreeByRecordID`: Returns the public or private folder hierarchy starting at a specified folder based on record ID.
    pub fn get_folder_tree_by_record_id(
        &self,
        cookie: ttsoap::Cookie,
        tree_root_folder_id: i64,
    ) -> Result<super::types::AnyCTreeNodeSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderTreeByRecordID {
                cookie,
                tree_root_folder_id,
            })
            .map(|r| r.folder_tree_root)
    }
    /// `getFolderTree`: Returns the public or private folder hierarchy starting at a specified folder.
    pub fn get_folder_tree(
        &self,
        cookie: ttsoap::Cookie,
        tree_root_folder_path: &str,
    ) -> Result<super::types::AnyCTreeNodeSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderTree {
                cookie,
                tree_root_folder_path: tree_root_folder_path.to_owned(),
            })
            .map(|r| r.folder_tree_root)
    }
    /// `getItemHyperlinks`: Returns ttstudio and http hyperlinks for a specified item.
    pub fn get_item_hyperlinks(
        &self,
        cookie: ttsoap::Cookie,
        item_type: &str,
        item_id: i64,
    ) -> Result<super::types::CItemHyperlinkContainer, ttsoap::Error> {
        self.inner
            .call(super::ops::GetItemHyperlinks {
                cookie,
                item_type: item_type.to_owned(),
                item_id,
            })
            .map(|r| r.hyperlinks)
    }
}
pub use ttsoap::logon::{Credentials, LogonMethod, ALL_DATA_OPTIONS};
/// The project `name` as a `ProjectLogon` argument, with every data option.
pub fn project_by_name(project: &str) -> super::types::CProject {
    super::types::CProject {
        database: Some(super::types::CDatabase {
            name: Some(project.to_owned()),
            ..Default::default()
        }),
        options: ALL_DATA_OPTIONS
            .iter()
            .map(|o| super::types::CProjectDataOption {
                name: Some(o.to_string()),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
}
/// This WSDL's logon operations, for `ttsoap::logon::logon`.
struct Logon;
impl ttsoap::logon::Logon for Logon {
    type Project = super::types::CProject;
    fn projects(
        client: &ttsoap::Client,
        c: &Credentials,
    ) -> Result<Vec<Self::Project>, ttsoap::Error> {
        client
            .call(super::ops::GetProjectList {
                username: c.user.clone(),
                password: c.password.clone(),
            })
            .map(|r| r.p_proj_list)
    }
    fn project_name(p: &Self::Project) -> Option<&str> {
        p.database.as_ref().and_then(|d| d.name.as_ref()).map(String::as_str)
    }
    fn project_by_name(name: &str) -> Self::Project {
        project_by_name(name)
    }
    fn with_options(mut project: Self::Project, options: &[String]) -> Self::Project {
        project.options = options
            .iter()
            .map(|o| super::types::CProjectDataOption {
                name: Some(o.to_string()),
                ..Default::default()
            })
            .collect();
        project
    }
    fn project_logon(
        client: &ttsoap::Client,
        project: Self::Project,
        c: &Credentials,
    ) -> Result<ttsoap::Cookie, ttsoap::Error> {
        let r = client
            .call(super::ops::ProjectLogon {
                p_proj: project,
                username: c.user.clone(),
                password: c.password.clone(),
            })?;
        Ok(r.cookie)
    }
    fn database_logon(
        client: &ttsoap::Client,
        c: &Credentials,
    ) -> Result<ttsoap::Cookie, ttsoap::Error> {
        let r = client
            .call(super::ops::DatabaseLogon {
                dbname: c.project.clone(),
                username: c.user.clone(),
                password: c.password.clone(),
            })?;
        Ok(r.cookie)
    }
}
struct Hooks {
    credentials: Option<Credentials>,
}
impl ttsoap::session::SessionHooks for Hooks {
    fn logoff(
        &self,
        client: &ttsoap::Client,
        cookie: ttsoap::Cookie,
    ) -> Result<(), ttsoap::Error> {
        client
            .call(super::ops::DatabaseLogoff {
                cookie: cookie,
            })
            .map(|_| ())
    }
    fn relogon(
        &self,
        client: &ttsoap::Client,
    ) -> Option<Result<ttsoap::Cookie, ttsoap::Error>> {
        self.credentials.as_ref().map(|c| ttsoap::logon::logon::<Logon>(client, c))
    }
}
/// A logged-on session: every cookie operation without the cookie argument, edit-lock
/// guards, and log-off on drop. Calls on one session are serialised.
#[derive(Debug)]
pub struct Session {
    inner: ttsoap::Session,
}
impl Session {
    /// Resumes a session from an existing cookie, e.g. one handed over by another
    /// process. It logs off when dropped; `into_cookie` hands it on instead.
    pub fn from_cookie(client: &Client, cookie: ttsoap::Cookie) -> Session {
        client.session_from_cookie(cookie)
    }
    /// The runtime session (cookie, client, generic `call`).
    pub fn runtime(&self) -> &ttsoap::Session {
        &self.inner
    }
    /// Calls any cookie operation with this session's cookie (`call(op)` or
    /// `call(&op)`, like `Client::call`).
    pub fn call<O: ttsoap::CookieOperation>(
        &self,
        op: impl ttsoap::Request<O>,
    ) -> Result<O::Response, ttsoap::Error> {
        self.inner.call(op)
    }
    /// Like `call`, but keeps the response undecoded: decode it whole, or read one of
    /// its arrays item by item (`RawResponse::items`).
    pub fn call_deferred<O: ttsoap::CookieOperation>(
        &self,
        op: impl ttsoap::Request<O>,
    ) -> Result<ttsoap::RawResponse<O>, ttsoap::Error> {
        self.inner.call_deferred(op)
    }
    /// The server's version (`getServerVersion`, or what its faults reveal).
    pub fn server_version(&self) -> Result<ttsoap::ServerVersion, ttsoap::Error> {
        self.inner.server_version()
    }
    /// The session cookie.
    pub fn cookie(&self) -> ttsoap::Cookie {
        self.inner.cookie()
    }
    /// Logs off now and reports any error (`Session Dropped.` is not one).
    pub fn logoff(self) -> Result<(), ttsoap::Error> {
        self.inner.logoff()
    }
    /// Gives up the session without logging off and returns its cookie.
    pub fn into_cookie(self) -> ttsoap::Cookie {
        self.inner.into_cookie()
    }
    /// Log on again and retry once when a read-only call finds the session dropped.
    pub fn set_auto_relogon(&self, on: bool) {
        self.inner.set_auto_relogon(on);
    }
    /// `editTestConfig`: locks the TestConfig and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_test_config(
        &self,
        name: &str,
    ) -> Result<ttsoap::edit::EditGuard<'_, TestConfigEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestConfigEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetTestConfig {
                            name: name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_test_config.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditTestConfig {
                        name: name.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_test_config)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_test_config`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_test_config(
        &self,
        name: &str,
    ) -> Result<ttsoap::edit::EditAttempt<'_, TestConfigEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestConfigEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetTestConfig {
                            name: name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_test_config.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditTestConfig {
                        name: name.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_test_config)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the TestConfig with `editTestConfig`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_test_config<T, E: From<ttsoap::Error>>(
        &self,
        name: &str,
        f: impl FnOnce(&mut super::types::CSystem) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            TestConfigEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestConfigEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetTestConfig {
                                name: name.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_test_config.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditTestConfig {
                            name: name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_test_config)
                },
            ),
            f,
        )
    }
    /// Like `with_test_config`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_test_config<T, E>(
        &self,
        name: &str,
        f: impl FnOnce(&mut super::types::CSystem) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            TestConfigEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestConfigEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetTestConfig {
                                name: name.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_test_config.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditTestConfig {
                            name: name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_test_config)
                },
            ),
            f,
        )
    }
    /// `editTestConfigByRecordID`: locks the TestConfig and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_test_config_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<ttsoap::edit::EditGuard<'_, TestConfigEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestConfigEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditTestConfigByRecordID {
                        record_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_config)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_test_config_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_test_config_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<ttsoap::edit::EditAttempt<'_, TestConfigEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestConfigEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditTestConfigByRecordID {
                        record_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_config)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the TestConfig with `editTestConfigByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_test_config_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CSystem) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            TestConfigEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestConfigEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditTestConfigByRecordID {
                            record_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_config)
                },
            ),
            f,
        )
    }
    /// Like `with_test_config_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_test_config_by_record_id<T, E>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CSystem) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            TestConfigEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestConfigEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditTestConfigByRecordID {
                            record_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_config)
                },
            ),
            f,
        )
    }
    /// `editDefect`: locks the Defect and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_defect(
        &self,
        defect_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, DefectEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            DefectEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetDefect {
                            defect_number: defect_number.clone(),
                            summary: summary.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_defect.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditDefect {
                        defect_number,
                        summary: summary.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_defect)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_defect`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_defect(
        &self,
        defect_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, DefectEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            DefectEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetDefect {
                            defect_number: defect_number.clone(),
                            summary: summary.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_defect.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditDefect {
                        defect_number,
                        summary: summary.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_defect)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Defect with `editDefect`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_defect<T, E: From<ttsoap::Error>>(
        &self,
        defect_number: i64,
        summary: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CDefect) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            DefectEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                DefectEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetDefect {
                                defect_number: defect_number.clone(),
                                summary: summary.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_defect.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditDefect {
                            defect_number,
                            summary: summary.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_defect)
                },
            ),
            f,
        )
    }
    /// Like `with_defect`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_defect<T, E>(
        &self,
        defect_number: i64,
        summary: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CDefect) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            DefectEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                DefectEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetDefect {
                                defect_number: defect_number.clone(),
                                summary: summary.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_defect.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditDefect {
                            defect_number,
                            summary: summary.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_defect)
                },
            ),
            f,
        )
    }
    /// `editDefectByRecordID`: locks the Defect and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_defect_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, DefectEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            DefectEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditDefectByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_defect)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_defect_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_defect_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, DefectEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            DefectEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditDefectByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_defect)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Defect with `editDefectByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_defect_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CDefect) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            DefectEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                DefectEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditDefectByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_defect)
                },
            ),
            f,
        )
    }
    /// Like `with_defect_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_defect_by_record_id<T, E>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CDefect) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            DefectEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                DefectEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditDefectByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_defect)
                },
            ),
            f,
        )
    }
    /// `editTask`: locks the Task and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_task(
        &self,
        summary: &str,
    ) -> Result<ttsoap::edit::EditGuard<'_, TaskEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TaskEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetTask {
                            summary: summary.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_task.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditTask {
                        summary: summary.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_task)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_task`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_task(
        &self,
        summary: &str,
    ) -> Result<ttsoap::edit::EditAttempt<'_, TaskEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TaskEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetTask {
                            summary: summary.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_task.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditTask {
                        summary: summary.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_task)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Task with `editTask`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_task<T, E: From<ttsoap::Error>>(
        &self,
        summary: &str,
        f: impl FnOnce(&mut super::types::CTask) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            TaskEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TaskEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetTask {
                                summary: summary.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_task.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditTask {
                            summary: summary.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_task)
                },
            ),
            f,
        )
    }
    /// Like `with_task`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_task<T, E>(
        &self,
        summary: &str,
        f: impl FnOnce(&mut super::types::CTask) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            TaskEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TaskEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetTask {
                                summary: summary.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_task.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditTask {
                            summary: summary.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_task)
                },
            ),
            f,
        )
    }
    /// `editTaskByRecordID`: locks the Task and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_task_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<ttsoap::edit::EditGuard<'_, TaskEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TaskEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditTaskByRecordID {
                        record_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_task)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_task_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_task_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<ttsoap::edit::EditAttempt<'_, TaskEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TaskEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditTaskByRecordID {
                        record_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_task)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Task with `editTaskByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_task_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CTask) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            TaskEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TaskEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditTaskByRecordID {
                            record_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_task)
                },
            ),
            f,
        )
    }
    /// Like `with_task_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_task_by_record_id<T, E>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CTask) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            TaskEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TaskEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditTaskByRecordID {
                            record_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_task)
                },
            ),
            f,
        )
    }
    /// `editUser`: locks the User and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_user(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<ttsoap::edit::EditGuard<'_, UserEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            UserEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetUser {
                            first_name: first_name.to_owned(),
                            middle_initials: middle_initials.to_owned(),
                            last_name: last_name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_user.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditUser {
                        first_name: first_name.to_owned(),
                        middle_initials: middle_initials.to_owned(),
                        last_name: last_name.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_user)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_user`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_user(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<ttsoap::edit::EditAttempt<'_, UserEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            UserEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetUser {
                            first_name: first_name.to_owned(),
                            middle_initials: middle_initials.to_owned(),
                            last_name: last_name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_user.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditUser {
                        first_name: first_name.to_owned(),
                        middle_initials: middle_initials.to_owned(),
                        last_name: last_name.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_user)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the User with `editUser`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_user<T, E: From<ttsoap::Error>>(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
        f: impl FnOnce(&mut super::types::CUser) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            UserEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                UserEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetUser {
                                first_name: first_name.to_owned(),
                                middle_initials: middle_initials.to_owned(),
                                last_name: last_name.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_user.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditUser {
                            first_name: first_name.to_owned(),
                            middle_initials: middle_initials.to_owned(),
                            last_name: last_name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_user)
                },
            ),
            f,
        )
    }
    /// Like `with_user`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_user<T, E>(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
        f: impl FnOnce(&mut super::types::CUser) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            UserEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                UserEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetUser {
                                first_name: first_name.to_owned(),
                                middle_initials: middle_initials.to_owned(),
                                last_name: last_name.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_user.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditUser {
                            first_name: first_name.to_owned(),
                            middle_initials: middle_initials.to_owned(),
                            last_name: last_name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_user)
                },
            ),
            f,
        )
    }
    /// `editUserByRecordID`: locks the User and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_user_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<ttsoap::edit::EditGuard<'_, UserEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            UserEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditUserByRecordID {
                        record_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_user)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_user_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_user_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<ttsoap::edit::EditAttempt<'_, UserEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            UserEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditUserByRecordID {
                        record_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_user)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the User with `editUserByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_user_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CUser) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            UserEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                UserEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditUserByRecordID {
                            record_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_user)
                },
            ),
            f,
        )
    }
    /// Like `with_user_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_user_by_record_id<T, E>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CUser) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            UserEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                UserEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditUserByRecordID {
                            record_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_user)
                },
            ),
            f,
        )
    }
    /// `editCustomer`: locks the Customer and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_customer(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<ttsoap::edit::EditGuard<'_, CustomerEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            CustomerEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetCustomer {
                            first_name: first_name.to_owned(),
                            middle_initials: middle_initials.to_owned(),
                            last_name: last_name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_customer.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditCustomer {
                        first_name: first_name.to_owned(),
                        middle_initials: middle_initials.to_owned(),
                        last_name: last_name.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_customer)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_customer`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_customer(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<ttsoap::edit::EditAttempt<'_, CustomerEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            CustomerEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetCustomer {
                            first_name: first_name.to_owned(),
                            middle_initials: middle_initials.to_owned(),
                            last_name: last_name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_customer.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditCustomer {
                        first_name: first_name.to_owned(),
                        middle_initials: middle_initials.to_owned(),
                        last_name: last_name.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_customer)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Customer with `editCustomer`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_customer<T, E: From<ttsoap::Error>>(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
        f: impl FnOnce(&mut super::types::CUser) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            CustomerEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                CustomerEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetCustomer {
                                first_name: first_name.to_owned(),
                                middle_initials: middle_initials.to_owned(),
                                last_name: last_name.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_customer.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditCustomer {
                            first_name: first_name.to_owned(),
                            middle_initials: middle_initials.to_owned(),
                            last_name: last_name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_customer)
                },
            ),
            f,
        )
    }
    /// Like `with_customer`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_customer<T, E>(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
        f: impl FnOnce(&mut super::types::CUser) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            CustomerEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                CustomerEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetCustomer {
                                first_name: first_name.to_owned(),
                                middle_initials: middle_initials.to_owned(),
                                last_name: last_name.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_customer.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditCustomer {
                            first_name: first_name.to_owned(),
                            middle_initials: middle_initials.to_owned(),
                            last_name: last_name.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_customer)
                },
            ),
            f,
        )
    }
    /// `editCustomerByRecordID`: locks the Customer and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_customer_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<ttsoap::edit::EditGuard<'_, CustomerEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            CustomerEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditCustomerByRecordID {
                        record_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_customer)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_customer_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_customer_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<ttsoap::edit::EditAttempt<'_, CustomerEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            CustomerEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditCustomerByRecordID {
                        record_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_customer)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Customer with `editCustomerByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_customer_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CUser) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            CustomerEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                CustomerEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditCustomerByRecordID {
                            record_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_customer)
                },
            ),
            f,
        )
    }
    /// Like `with_customer_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_customer_by_record_id<T, E>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CUser) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            CustomerEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                CustomerEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditCustomerByRecordID {
                            record_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_customer)
                },
            ),
            f,
        )
    }
    /// `editLink`: locks the Link and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_link(
        &self,
        link_id: i64,
    ) -> Result<ttsoap::edit::EditGuard<'_, LinkEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            LinkEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(link_id),
            |s| {
                s.call(super::ops::EditLink {
                        link_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_link)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_link`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_link(
        &self,
        link_id: i64,
    ) -> Result<ttsoap::edit::EditAttempt<'_, LinkEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            LinkEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(link_id),
            |s| {
                s.call(super::ops::EditLink {
                        link_id,
                        ..Default::default()
                    })
                    .map(|r| r.p_link)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Link with `editLink`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_link<T, E: From<ttsoap::Error>>(
        &self,
        link_id: i64,
        f: impl FnOnce(&mut super::types::CLink) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            LinkEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                LinkEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(link_id),
                |s| {
                    s.call(super::ops::EditLink {
                            link_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_link)
                },
            ),
            f,
        )
    }
    /// Like `with_link`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_link<T, E>(
        &self,
        link_id: i64,
        f: impl FnOnce(&mut super::types::CLink) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            LinkEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                LinkEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(link_id),
                |s| {
                    s.call(super::ops::EditLink {
                            link_id,
                            ..Default::default()
                        })
                        .map(|r| r.p_link)
                },
            ),
            f,
        )
    }
    /// `editTestCase`: locks the TestCase and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_test_case(
        &self,
        test_case_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, TestCaseEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestCaseEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetTestCase {
                            test_case_number: test_case_number.clone(),
                            summary: summary.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_test_case.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditTestCase {
                        test_case_number,
                        summary: summary.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_case)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_test_case`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_test_case(
        &self,
        test_case_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, TestCaseEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestCaseEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetTestCase {
                            test_case_number: test_case_number.clone(),
                            summary: summary.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_test_case.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditTestCase {
                        test_case_number,
                        summary: summary.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_case)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the TestCase with `editTestCase`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_test_case<T, E: From<ttsoap::Error>>(
        &self,
        test_case_number: i64,
        summary: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CTestCase) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            TestCaseEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestCaseEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetTestCase {
                                test_case_number: test_case_number.clone(),
                                summary: summary.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_test_case.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditTestCase {
                            test_case_number,
                            summary: summary.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_case)
                },
            ),
            f,
        )
    }
    /// Like `with_test_case`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_test_case<T, E>(
        &self,
        test_case_number: i64,
        summary: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CTestCase) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            TestCaseEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestCaseEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetTestCase {
                                test_case_number: test_case_number.clone(),
                                summary: summary.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_test_case.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditTestCase {
                            test_case_number,
                            summary: summary.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_case)
                },
            ),
            f,
        )
    }
    /// `editTestCaseByRecordID`: locks the TestCase and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_test_case_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, TestCaseEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestCaseEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditTestCaseByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_case)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_test_case_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_test_case_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, TestCaseEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestCaseEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditTestCaseByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_case)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the TestCase with `editTestCaseByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_test_case_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CTestCase) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            TestCaseEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestCaseEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditTestCaseByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_case)
                },
            ),
            f,
        )
    }
    /// Like `with_test_case_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_test_case_by_record_id<T, E>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CTestCase) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            TestCaseEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestCaseEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditTestCaseByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_case)
                },
            ),
            f,
        )
    }
    /// `editTestRun`: locks the TestRun and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_test_run(
        &self,
        test_run_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, TestRunEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestRunEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetTestRun {
                            test_run_number: test_run_number.clone(),
                            summary: summary.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_test_run.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditTestRun {
                        test_run_number,
                        summary: summary.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_run)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_test_run`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_test_run(
        &self,
        test_run_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, TestRunEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestRunEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetTestRun {
                            test_run_number: test_run_number.clone(),
                            summary: summary.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_test_run.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditTestRun {
                        test_run_number,
                        summary: summary.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_run)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the TestRun with `editTestRun`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_test_run<T, E: From<ttsoap::Error>>(
        &self,
        test_run_number: i64,
        summary: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CTestRun) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            TestRunEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestRunEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetTestRun {
                                test_run_number: test_run_number.clone(),
                                summary: summary.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_test_run.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditTestRun {
                            test_run_number,
                            summary: summary.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_run)
                },
            ),
            f,
        )
    }
    /// Like `with_test_run`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_test_run<T, E>(
        &self,
        test_run_number: i64,
        summary: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CTestRun) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            TestRunEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestRunEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetTestRun {
                                test_run_number: test_run_number.clone(),
                                summary: summary.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_test_run.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditTestRun {
                            test_run_number,
                            summary: summary.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_run)
                },
            ),
            f,
        )
    }
    /// `editTestRunByRecordID`: locks the TestRun and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_test_run_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, TestRunEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestRunEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditTestRunByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_run)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_test_run_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_test_run_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, TestRunEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            TestRunEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditTestRunByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_test_run)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the TestRun with `editTestRunByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_test_run_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CTestRun) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            TestRunEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestRunEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditTestRunByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_run)
                },
            ),
            f,
        )
    }
    /// Like `with_test_run_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_test_run_by_record_id<T, E>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CTestRun) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            TestRunEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                TestRunEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditTestRunByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_test_run)
                },
            ),
            f,
        )
    }
    /// `editFolder`: locks the Folder and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_folder(
        &self,
        folder_path: &str,
    ) -> Result<ttsoap::edit::EditGuard<'_, FolderEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            FolderEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetFolder {
                            path: folder_path.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_folder.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditFolder {
                        folder_path: folder_path.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_folder)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_folder`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_folder(
        &self,
        folder_path: &str,
    ) -> Result<ttsoap::edit::EditAttempt<'_, FolderEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            FolderEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetFolder {
                            path: folder_path.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_folder.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditFolder {
                        folder_path: folder_path.to_owned(),
                        ..Default::default()
                    })
                    .map(|r| r.p_folder)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Folder with `editFolder`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_folder<T, E: From<ttsoap::Error>>(
        &self,
        folder_path: &str,
        f: impl FnOnce(&mut super::types::CFolder) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            FolderEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                FolderEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetFolder {
                                path: folder_path.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_folder.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditFolder {
                            folder_path: folder_path.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_folder)
                },
            ),
            f,
        )
    }
    /// Like `with_folder`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_folder<T, E>(
        &self,
        folder_path: &str,
        f: impl FnOnce(&mut super::types::CFolder) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            FolderEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                FolderEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetFolder {
                                path: folder_path.to_owned(),
                                ..Default::default()
                            })
                            .map(|r| r.p_folder.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditFolder {
                            folder_path: folder_path.to_owned(),
                            ..Default::default()
                        })
                        .map(|r| r.p_folder)
                },
            ),
            f,
        )
    }
    /// `editFolderByRecordID`: locks the Folder and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_folder_by_record_id(
        &self,
        record_id: i64,
        public_folder: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, FolderEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            FolderEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditFolderByRecordID {
                        record_id,
                        public_folder,
                        ..Default::default()
                    })
                    .map(|r| r.p_folder)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_folder_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_folder_by_record_id(
        &self,
        record_id: i64,
        public_folder: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, FolderEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            FolderEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditFolderByRecordID {
                        record_id,
                        public_folder,
                        ..Default::default()
                    })
                    .map(|r| r.p_folder)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Folder with `editFolderByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_folder_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        public_folder: bool,
        f: impl FnOnce(&mut super::types::CFolder) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            FolderEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                FolderEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditFolderByRecordID {
                            record_id,
                            public_folder,
                            ..Default::default()
                        })
                        .map(|r| r.p_folder)
                },
            ),
            f,
        )
    }
    /// Like `with_folder_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_folder_by_record_id<T, E>(
        &self,
        record_id: i64,
        public_folder: bool,
        f: impl FnOnce(&mut super::types::CFolder) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            FolderEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                FolderEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditFolderByRecordID {
                            record_id,
                            public_folder,
                            ..Default::default()
                        })
                        .map(|r| r.p_folder)
                },
            ),
            f,
        )
    }
    /// `editRequirement`: locks the Requirement and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_requirement(
        &self,
        requirement_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, RequirementEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            RequirementEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetRequirement {
                            requirement_number: requirement_number.clone(),
                            summary: summary.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditRequirement {
                        requirement_number,
                        summary: summary.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_requirement)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_requirement`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_requirement(
        &self,
        requirement_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, RequirementEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            RequirementEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetRequirement {
                            requirement_number: requirement_number.clone(),
                            summary: summary.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditRequirement {
                        requirement_number,
                        summary: summary.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_requirement)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Requirement with `editRequirement`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_requirement<T, E: From<ttsoap::Error>>(
        &self,
        requirement_number: i64,
        summary: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CRequirement) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            RequirementEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                RequirementEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetRequirement {
                                requirement_number: requirement_number.clone(),
                                summary: summary.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_requirement.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditRequirement {
                            requirement_number,
                            summary: summary.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement)
                },
            ),
            f,
        )
    }
    /// Like `with_requirement`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_requirement<T, E>(
        &self,
        requirement_number: i64,
        summary: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CRequirement) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            RequirementEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                RequirementEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetRequirement {
                                requirement_number: requirement_number.clone(),
                                summary: summary.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_requirement.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditRequirement {
                            requirement_number,
                            summary: summary.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement)
                },
            ),
            f,
        )
    }
    /// `editRequirementByRecordID`: locks the Requirement and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_requirement_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, RequirementEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            RequirementEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditRequirementByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_requirement)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_requirement_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_requirement_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, RequirementEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            RequirementEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditRequirementByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_requirement)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the Requirement with `editRequirementByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_requirement_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CRequirement) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            RequirementEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                RequirementEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditRequirementByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement)
                },
            ),
            f,
        )
    }
    /// Like `with_requirement_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_requirement_by_record_id<T, E>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CRequirement) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            RequirementEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                RequirementEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditRequirementByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement)
                },
            ),
            f,
        )
    }
    /// `editRequirementDocument`: locks the RequirementDocument and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_requirement_document(
        &self,
        document_number: i64,
        name: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, RequirementDocumentEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            RequirementDocumentEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetRequirementDocument {
                            document_number: document_number.clone(),
                            name: name.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement_document.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditRequirementDocument {
                        document_number,
                        name: name.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_requirement_document)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_requirement_document`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_requirement_document(
        &self,
        document_number: i64,
        name: &str,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, RequirementDocumentEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            RequirementDocumentEdit,
        >(
            s,
            ttsoap::edit::EditTarget::Lookup(
                Box::new(move |s: &ttsoap::Session| {
                    s.call(super::ops::GetRequirementDocument {
                            document_number: document_number.clone(),
                            name: name.to_owned(),
                            b_download_attachments: b_download_attachments.clone(),
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement_document.recordid)
                }),
            ),
            |s| {
                s.call(super::ops::EditRequirementDocument {
                        document_number,
                        name: name.to_owned(),
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_requirement_document)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the RequirementDocument with `editRequirementDocument`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_requirement_document<T, E: From<ttsoap::Error>>(
        &self,
        document_number: i64,
        name: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CRequirementDocument) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            RequirementDocumentEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                RequirementDocumentEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetRequirementDocument {
                                document_number: document_number.clone(),
                                name: name.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_requirement_document.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditRequirementDocument {
                            document_number,
                            name: name.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement_document)
                },
            ),
            f,
        )
    }
    /// Like `with_requirement_document`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_requirement_document<T, E>(
        &self,
        document_number: i64,
        name: &str,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CRequirementDocument) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            RequirementDocumentEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                RequirementDocumentEdit,
            >(
                s,
                ttsoap::edit::EditTarget::Lookup(
                    Box::new(move |s: &ttsoap::Session| {
                        s.call(super::ops::GetRequirementDocument {
                                document_number: document_number.clone(),
                                name: name.to_owned(),
                                b_download_attachments: b_download_attachments.clone(),
                                ..Default::default()
                            })
                            .map(|r| r.p_requirement_document.recordid)
                    }),
                ),
                |s| {
                    s.call(super::ops::EditRequirementDocument {
                            document_number,
                            name: name.to_owned(),
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement_document)
                },
            ),
            f,
        )
    }
    /// `editRequirementDocumentByRecordID`: locks the RequirementDocument and returns a guard that derefs to it. `save()` or `cancel()` the guard; dropping it cancels the lock.
    pub fn edit_requirement_document_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditGuard<'_, RequirementDocumentEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            RequirementDocumentEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditRequirementDocumentByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_requirement_document)
            },
        )?;
        Ok(ttsoap::edit::EditGuard::new(s, e))
    }
    /// Like `edit_requirement_document_by_record_id`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.
    pub fn try_edit_requirement_document_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<ttsoap::edit::EditAttempt<'_, RequirementDocumentEdit>, ttsoap::Error> {
        let s: &ttsoap::Session = &self.inner;
        let e = ttsoap::edit::begin_edit::<
            RequirementDocumentEdit,
        >(
            s,
            ttsoap::edit::EditTarget::RecordId(record_id),
            |s| {
                s.call(super::ops::EditRequirementDocumentByRecordID {
                        record_id,
                        b_download_attachments,
                        ..Default::default()
                    })
                    .map(|r| r.p_requirement_document)
            },
        );
        ttsoap::edit::EditGuard::try_new(s, e)
    }
    /// Locks the RequirementDocument with `editRequirementDocumentByRecordID`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic.
    pub fn with_requirement_document_by_record_id<T, E: From<ttsoap::Error>>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CRequirementDocument) -> Result<T, E>,
    ) -> Result<T, E> {
        ttsoap::edit::with_edit::<
            RequirementDocumentEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                RequirementDocumentEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditRequirementDocumentByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement_document)
                },
            ),
            f,
        )
    }
    /// Like `with_requirement_document_by_record_id`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error.
    pub fn try_with_requirement_document_by_record_id<T, E>(
        &self,
        record_id: i64,
        b_download_attachments: bool,
        f: impl FnOnce(&mut super::types::CRequirementDocument) -> Result<T, E>,
    ) -> ttsoap::edit::EditOutcome<T, E> {
        ttsoap::edit::try_with_edit::<
            RequirementDocumentEdit,
            T,
            E,
        >(
            &self.inner,
            |s| ttsoap::edit::begin_edit::<
                RequirementDocumentEdit,
            >(
                s,
                ttsoap::edit::EditTarget::RecordId(record_id),
                |s| {
                    s.call(super::ops::EditRequirementDocumentByRecordID {
                            record_id,
                            b_download_attachments,
                            ..Default::default()
                        })
                        .map(|r| r.p_requirement_document)
                },
            ),
            f,
        )
    }
    /// `DatabaseLogoff`: Logs SOAP user out of TestTrack. This operation is used for session management and should be the final call made to the SOAP server. It performs session clean up, logs off all users, and closes all connections to the TestTrack project.
    pub fn database_logoff(&self) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DatabaseLogoff {
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `formattedTextSupport`: Turns formattedTextSupport on or off. Defaults to plain text. Pass in 'true' to turn rich text on.
    pub fn formatted_text_support(
        &self,
        enable_formatted_text: bool,
    ) -> Result<bool, ttsoap::Error> {
        self.inner
            .call(super::ops::FormattedTextSupport {
                enable_formatted_text,
                ..Default::default()
            })
            .map(|r| r.formatting_enabled)
    }
    /// `getTableList`: Returns a list of tables the user can access. Many TestTrack SOAP requests and types use a table name as a parameter. This request filters out tables the SOAP user does not have security access to.
    pub fn get_table_list(
        &self,
    ) -> Result<Vec<super::types::CDatabaseTable>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTableList {
                ..Default::default()
            })
            .map(|r| r.p_table_list)
    }
    /// `getDropdownFieldForTable`: Returns table drop-down field. Fields only access specific values and are included as a subset of columns returned from getColumnsForTable. Use getDropdownFieldValuesForTable to get field values.
    pub fn get_dropdown_field_for_table(
        &self,
        tablename: &str,
    ) -> Result<Vec<super::types::CTableField>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDropdownFieldForTable {
                tablename: tablename.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_field_list)
    }
    /// `getDropdownFieldValuesForTable`: Returns table drop-down field values. Use getDropdownFieldForTable to get fields.
    pub fn get_dropdown_field_values_for_table(
        &self,
        tablename: &str,
        fieldname: &str,
    ) -> Result<Vec<super::types::CFieldValue>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDropdownFieldValuesForTable {
                tablename: tablename.to_owned(),
                fieldname: fieldname.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_value_list)
    }
    /// `addDropdownFieldValuesForTable`: Adds drop-down values to a selected field. The list of values is sent to the server with the new value added last.
    pub fn add_dropdown_field_values_for_table(
        &self,
        tablename: &str,
        fieldname: &str,
        p_value_list: Vec<super::types::CFieldValue>,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AddDropdownFieldValuesForTable {
                tablename: tablename.to_owned(),
                fieldname: fieldname.to_owned(),
                p_value_list,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `GetLinkDefinitionValues`: Returns a list of defined links.
    pub fn get_link_definition_values(
        &self,
    ) -> Result<Vec<super::types::CFieldValue>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetLinkDefinitionValues {
                ..Default::default()
            })
            .map(|r| r.p_value_list)
    }
    /// `getColumnsForTable`: Returns column fields that are displayed for a specific table.
    pub fn get_columns_for_table(
        &self,
        tablename: &str,
    ) -> Result<Vec<super::types::CTableColumn>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetColumnsForTable {
                tablename: tablename.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_column_list)
    }
    /// `getFilterList`: Returns a list of filters.
    pub fn get_filter_list(&self) -> Result<Vec<super::types::CFilter>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFilterList {
                ..Default::default()
            })
            .map(|r| r.p_filter_list)
    }
    /// `getFilterListForTable`: Returns list of filters that a specified table can use.
    pub fn get_filter_list_for_table(
        &self,
        tablename: &str,
    ) -> Result<Vec<super::types::CFilter>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFilterListForTable {
                tablename: tablename.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_filter_list)
    }
    /// `getRecordListForTable`: Returns table data. The filtername parameter applies a filter to the results. The columnlist parameter limits the returned data to specific columns. NOTE: Only the first 128 characters are returned. Following are the table names: Customer, Defect, Folder, Links, Report, Requirement, Requirement Document, Task, Test Case, Test Config, Test Run, Test Variant, User. The returned DateTime data format is based on the server locale setting.
    pub fn get_record_list_for_table(
        &self,
        tablename: &str,
        filtername: &str,
        columnlist: Vec<super::types::CTableColumn>,
    ) -> Result<super::types::CRecordListSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRecordListForTable {
                tablename: tablename.to_owned(),
                filtername: filtername.to_owned(),
                columnlist,
                ..Default::default()
            })
            .map(|r| r.recordlist)
    }
    /// `getRecordListForTableWithQuery`: Returns table data like getRecordListForTable, restricted by the JSON query string in the query parameter. The filtername parameter applies a filter; the columnlist parameter limits the returned columns. Added in Helix ALM 2017.
    pub fn get_record_list_for_table_with_query(
        &self,
        tablename: &str,
        filtername: &str,
        query: &str,
        columnlist: Vec<super::types::CTableColumn>,
    ) -> Result<super::types::CRecordListSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRecordListForTableWithQuery {
                tablename: tablename.to_owned(),
                filtername: filtername.to_owned(),
                query: query.to_owned(),
                columnlist,
                ..Default::default()
            })
            .map(|r| r.recordlist)
    }
    /// `getTestConfig`: Returns a list of test configs.
    pub fn get_test_config(
        &self,
        name: &str,
    ) -> Result<super::types::CSystem, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestConfig {
                name: name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_test_config)
    }
    /// `getTestConfigByRecordID`: Returns a test config based on record ID.
    pub fn get_test_config_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<super::types::CSystem, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestConfigByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.p_test_config)
    }
    /// `addTestConfig`: Creates a test config.
    pub fn add_test_config(
        &self,
        p_test_config: super::types::CSystem,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddTestConfig {
                p_test_config,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `saveTestConfig`: Saves a modified test config.
    pub fn save_test_config(
        &self,
        p_test_config: super::types::CSystem,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveTestConfig {
                p_test_config,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteTestConfig`: Deletes a test config.
    pub fn delete_test_config(&self, name: &str) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestConfig {
                name: name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteTestConfigByRecordID`: Deletes a test config based on record ID.
    pub fn delete_test_config_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestConfigByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveTestConfig`: Discards changes to a test config.
    pub fn cancel_save_test_config(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveTestConfig {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getAttachmentTypes`: Returns the values (Standard, Script, Run Result) that are used in the m-strType var of an attachment in an attachmentList for core items.
    pub fn get_attachment_types(&self) -> Result<Vec<String>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetAttachmentTypes {
                ..Default::default()
            })
            .map(|r| r.p_type_list)
    }
    /// `getReportRunResultsByName`: Runs a report and returns results based on report names. NOTE: Live charts and interactively filtered reports are not supported.
    pub fn get_report_run_results_by_name(
        &self,
        name: &str,
    ) -> Result<super::types::CReportRunResults, ttsoap::Error> {
        self.inner
            .call(super::ops::GetReportRunResultsByName {
                name: name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.results)
    }
    /// `getReportRunResultsByRecordID`: Runs a report and returns results based on report ID. NOTE: Live charts and interactively filtered reports are not supported.
    pub fn get_report_run_results_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<super::types::CReportRunResults, ttsoap::Error> {
        self.inner
            .call(super::ops::GetReportRunResultsByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.results)
    }
    /// `getEventDefinitionList`: Returns a list of event definitions that describe what fields are included with each event.
    pub fn get_event_definition_list(
        &self,
        tablename: &str,
    ) -> Result<Vec<super::types::AnyCEventDefinition>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetEventDefinitionList {
                tablename: tablename.to_owned(),
                ..Default::default()
            })
            .map(|r| r.event_definition_list)
    }
    /// `getDefectEventDefinitionList`: Returns a list of defect event definitions that describe the fields included with each event.  Deprecated; use getEventDefinitionList.
    pub fn get_defect_event_definition_list(
        &self,
    ) -> Result<Vec<super::types::CDefectEventDefinition>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefectEventDefinitionList {
                ..Default::default()
            })
            .map(|r| r.event_definition_list)
    }
    /// `getCustomFieldsDefinitionList`: Returns a list of custom field definitions.
    pub fn get_custom_fields_definition_list(
        &self,
        tablename: &str,
    ) -> Result<Vec<super::types::AnyCField>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetCustomFieldsDefinitionList {
                tablename: tablename.to_owned(),
                ..Default::default()
            })
            .map(|r| r.custom_fields)
    }
    /// `getDefectCustomFieldsDefinitionList`: Returns a list of defect custom field definitions.
    pub fn get_defect_custom_fields_definition_list(
        &self,
    ) -> Result<Vec<super::types::AnyCField>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefectCustomFieldsDefinitionList {
                ..Default::default()
            })
            .map(|r| r.custom_fields)
    }
    /// `getDefect`: Returns a defect based on defect number or summary.
    pub fn get_defect(
        &self,
        defect_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CDefect, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefect {
                defect_number,
                summary: summary.to_owned(),
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_defect)
    }
    /// `getDefectByRecordID`: Returns a defect based on record ID.
    pub fn get_defect_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CDefect, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefectByRecordID {
                record_id,
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_defect)
    }
    /// `addDefect`: Creates a defect.
    pub fn add_defect(
        &self,
        p_defect: super::types::CDefect,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddDefect {
                p_defect,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `addDefectWithLink`: Creates a linked defect.
    pub fn add_defect_with_link(
        &self,
        p_defect: super::types::CDefect,
        test_run_record_id: i64,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddDefectWithLink {
                p_defect,
                test_run_record_id,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `deleteDefect`: Deletes a defect based on defect number or summary.
    pub fn delete_defect(
        &self,
        defect_number: i64,
        summary: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteDefect {
                defect_number,
                summary: summary.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteDefectByRecordID`: Deletes a defect based on record ID.
    pub fn delete_defect_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteDefectByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `saveDefect`: Saves changes made to a defect.
    pub fn save_defect(
        &self,
        p_defect: super::types::CDefect,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveDefect {
                p_defect,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveDefect`: Discards any changes made to a defect.
    pub fn cancel_save_defect(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveDefect {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getAttachment`: Retrieves file attachments.
    pub fn get_attachment(
        &self,
        tablename: &str,
        record_id: i64,
        event_id: i64,
        psz_archive_name: &str,
    ) -> Result<super::types::CFileAttachment, ttsoap::Error> {
        self.inner
            .call(super::ops::GetAttachment {
                tablename: tablename.to_owned(),
                record_id,
                event_id,
                psz_archive_name: psz_archive_name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_attachment)
    }
    /// `getDefectAttachment`: Retrieves defect file attachments. Deprecated; use getAttachmentRequest.
    pub fn get_defect_attachment(
        &self,
        psz_archive_name: &str,
    ) -> Result<super::types::CFileAttachment, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDefectAttachment {
                psz_archive_name: psz_archive_name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_attachment)
    }
    /// `getTask`: Retrieves a task.
    pub fn get_task(&self, summary: &str) -> Result<super::types::CTask, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTask {
                summary: summary.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_task)
    }
    /// `getTaskByRecordID`: Retrieves a task based on record ID.
    pub fn get_task_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<super::types::CTask, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTaskByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.p_task)
    }
    /// `addTask`: Creates a task.
    pub fn add_task(&self, p_task: super::types::CTask) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddTask {
                p_task,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `deleteTask`: Deletes a task.
    pub fn delete_task(&self, summary: &str) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTask {
                summary: summary.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteTaskByRecordID`: Deletes a task based on record ID.
    pub fn delete_task_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTaskByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `saveTask`: Saves changes made to a task.
    pub fn save_task(&self, p_task: super::types::CTask) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveTask {
                p_task,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveTask`: Discards any changes made to a task.
    pub fn cancel_save_task(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveTask {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getGlobalUserList`: Returns a list of global users from the Seapine License Server.
    pub fn get_global_user_list(
        &self,
    ) -> Result<Vec<super::types::CGlobalUser>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetGlobalUserList {
                ..Default::default()
            })
            .map(|r| r.global_user_list)
    }
    /// `getGlobalCustomerList`: Returns a list of global customers from the Seapine License Server.
    pub fn get_global_customer_list(
        &self,
    ) -> Result<Vec<super::types::CGlobalUser>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetGlobalCustomerList {
                ..Default::default()
            })
            .map(|r| r.global_customer_list)
    }
    /// `getTTVersionInfo`: Returns the server and CGI version information (CTTVersionInfo). Added in Helix ALM 2017.
    pub fn get_tt_version_info(
        &self,
    ) -> Result<super::types::CTTVersionInfo, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTTVersionInfo {
                ..Default::default()
            })
            .map(|r| r.p_version_info)
    }
    /// `getDocForExportTemplate`: Returns a document (CFile) generated with an export template, given by templateID or templateName, for records of a table selected by filtername, query or recordIDs. Added in Helix ALM 2017.
    pub fn get_doc_for_export_template(
        &self,
        template_id: i64,
        template_name: &str,
        tablename: &str,
        filtername: &str,
        query: &str,
        record_ids: Vec<i64>,
        timezone_id: &str,
        locale: &str,
        hours_off_gmt: f64,
    ) -> Result<super::types::AnyCFile, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocForExportTemplate {
                template_id,
                template_name: template_name.to_owned(),
                tablename: tablename.to_owned(),
                filtername: filtername.to_owned(),
                query: query.to_owned(),
                record_ids,
                timezone_id: timezone_id.to_owned(),
                locale: locale.to_owned(),
                hours_off_gmt,
                ..Default::default()
            })
            .map(|r| r.p_document)
    }
    /// `getDocForExportTemplateReqDoc`: Returns a document (CFile) generated with an export template for a requirement document (documentID, snapshotVersion). Added in Helix ALM 2017.
    pub fn get_doc_for_export_template_req_doc(
        &self,
        template_id: i64,
        template_name: &str,
        document_id: i64,
        snapshot_version: i32,
        timezone_id: &str,
        locale: &str,
        hours_off_gmt: f64,
    ) -> Result<super::types::AnyCFile, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocForExportTemplateReqDoc {
                template_id,
                template_name: template_name.to_owned(),
                document_id,
                snapshot_version,
                timezone_id: timezone_id.to_owned(),
                locale: locale.to_owned(),
                hours_off_gmt,
                ..Default::default()
            })
            .map(|r| r.p_document)
    }
    /// `getDocForExportTemplateFolder`: Returns a document (CFile) generated with an export template for the items of a folder (folderPath, bRecursive). Added in Helix ALM 2017.
    pub fn get_doc_for_export_template_folder(
        &self,
        template_id: i64,
        template_name: &str,
        folder_path: &str,
        b_recursive: bool,
        tablename: &str,
        filtername: &str,
        sort_order: &str,
        timezone_id: &str,
        locale: &str,
        hours_off_gmt: f64,
    ) -> Result<super::types::AnyCFile, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocForExportTemplateFolder {
                template_id,
                template_name: template_name.to_owned(),
                folder_path: folder_path.to_owned(),
                b_recursive,
                tablename: tablename.to_owned(),
                filtername: filtername.to_owned(),
                sort_order: sort_order.to_owned(),
                timezone_id: timezone_id.to_owned(),
                locale: locale.to_owned(),
                hours_off_gmt,
                ..Default::default()
            })
            .map(|r| r.p_document)
    }
    /// `getUserLicenseList`: Returns a list of user licenses.
    pub fn get_user_license_list(
        &self,
    ) -> Result<Vec<super::types::CUserLicense>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetUserLicenseList {
                ..Default::default()
            })
            .map(|r| r.user_license_list)
    }
    /// `getUser`: Returns a user.
    pub fn get_user(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetUser {
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_user)
    }
    /// `getUserByRecordID`: Returns a user based on record ID.
    pub fn get_user_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetUserByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.p_user)
    }
    /// `getUserForCurrentSession`: Returns the user (CUser) logged in with the session cookie. Added after TestTrack 2013.
    pub fn get_user_for_current_session(
        &self,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetUserForCurrentSession {
                ..Default::default()
            })
            .map(|r| r.p_user)
    }
    /// `addUser`: Creates a user.
    pub fn add_user(&self, p_user: super::types::CUser) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddUser {
                p_user,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `saveUser`: Saves changes made to a user record.
    pub fn save_user(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
        p_user: super::types::CUser,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveUser {
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
                p_user,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteUser`: Deletes a user.
    pub fn delete_user(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteUser {
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteUserByRecordID`: Deletes a user based on record ID.
    pub fn delete_user_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteUserByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveUser`: Discards changes made to a user record.
    pub fn cancel_save_user(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveUser {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `promoteUser`: Promotes a local user to a global user on the Seapine License Server.
    pub fn promote_user(
        &self,
        local_user: &str,
        global_user: &str,
        loginname: &str,
        password: &ttsoap::Password,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::PromoteUser {
                local_user: local_user.to_owned(),
                global_user: global_user.to_owned(),
                loginname: loginname.to_owned(),
                password: password.clone(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `addGlobalUser`: Retrieves a global user from the Seapine License Server and adds them to TestTrack.
    pub fn add_global_user(
        &self,
        p_user: super::types::CGlobalUser,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AddGlobalUser {
                p_user,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getCustomer`: Returns a customer.
    pub fn get_customer(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetCustomer {
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_customer)
    }
    /// `getCustomerByRecordID`: Returns a customer based on record ID.
    pub fn get_customer_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<super::types::CUser, ttsoap::Error> {
        self.inner
            .call(super::ops::GetCustomerByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.p_customer)
    }
    /// `addCustomer`: Creates a customer.
    pub fn add_customer(
        &self,
        p_customer: super::types::CUser,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddCustomer {
                p_customer,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `saveCustomer`: Saves changes made to a customer record.
    pub fn save_customer(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
        p_customer: super::types::CUser,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveCustomer {
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
                p_customer,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteCustomer`: Deletes a customer.
    pub fn delete_customer(
        &self,
        first_name: &str,
        middle_initials: &str,
        last_name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteCustomer {
                first_name: first_name.to_owned(),
                middle_initials: middle_initials.to_owned(),
                last_name: last_name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteCustomerByRecordID`: Deletes a customer based on record ID.
    pub fn delete_customer_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteCustomerByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveCustomer`: Discards changes made to a customer record.
    pub fn cancel_save_customer(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveCustomer {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `promoteCustomer`: Promotes a local customer to a global customer on the Seapine License Server.
    pub fn promote_customer(
        &self,
        local_customer: &str,
        global_user: &str,
        loginname: &str,
        password: &ttsoap::Password,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::PromoteCustomer {
                local_customer: local_customer.to_owned(),
                global_user: global_user.to_owned(),
                loginname: loginname.to_owned(),
                password: password.clone(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `addGlobalCustomer`: Retrieves a global customer from the Seapine License Server and adds them to TestTrack.
    pub fn add_global_customer(
        &self,
        p_user: super::types::CGlobalUser,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AddGlobalCustomer {
                p_user,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getLinksForItem`: Returns links for a specified item.
    pub fn get_links_for_item(
        &self,
        tablename: &str,
        item_record_id: i64,
    ) -> Result<Vec<super::types::CLink>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetLinksForItem {
                tablename: tablename.to_owned(),
                item_record_id,
                ..Default::default()
            })
            .map(|r| r.p_link_list)
    }
    /// `getLinksForDefect`: Returns links for a specified defect.
    pub fn get_links_for_defect(
        &self,
        defect_record_id: i64,
    ) -> Result<Vec<super::types::CLink>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetLinksForDefect {
                defect_record_id,
                ..Default::default()
            })
            .map(|r| r.p_link_list)
    }
    /// `getLink`: Returns a list of all links.
    pub fn get_link(&self, link_id: i64) -> Result<super::types::CLink, ttsoap::Error> {
        self.inner
            .call(super::ops::GetLink {
                link_id,
                ..Default::default()
            })
            .map(|r| r.p_link)
    }
    /// `addLink`: Creates a link.
    pub fn add_link(&self, p_link: super::types::CLink) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddLink {
                p_link,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `deleteLink`: Deletes a link.
    pub fn delete_link(&self, link_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteLink {
                link_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `saveLink`: Saves changes made to a link.
    pub fn save_link(&self, p_link: super::types::CLink) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveLink {
                p_link,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveLink`: Discards changes made to a link.
    pub fn cancel_save_link(&self, link_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveLink {
                link_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getTestVariantTypes`: Returns a list of test variant types.
    pub fn get_test_variant_types(&self) -> Result<Vec<String>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestVariantTypes {
                ..Default::default()
            })
            .map(|r| r.p_type_list)
    }
    /// `getTestRunStepsModes`: Returns test runs steps mode. Either Grid View or Free Form Text View.
    pub fn get_test_run_steps_modes(&self) -> Result<Vec<String>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestRunStepsModes {
                ..Default::default()
            })
            .map(|r| r.p_mode_list)
    }
    /// `getTestCase`: Returns a list of test cases.
    pub fn get_test_case(
        &self,
        test_case_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestCase, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestCase {
                test_case_number,
                summary: summary.to_owned(),
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_test_case)
    }
    /// `getTestCaseByRecordID`: Returns a test case based on record ID.
    pub fn get_test_case_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestCase, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestCaseByRecordID {
                record_id,
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_test_case)
    }
    /// `addTestCase`: Creates a test case.
    pub fn add_test_case(
        &self,
        p_test_case: super::types::CTestCase,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddTestCase {
                p_test_case,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `deleteTestCase`: Deletes a test case.
    pub fn delete_test_case(
        &self,
        test_case_number: i64,
        summary: &str,
        b_delete_associated_test_runs: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestCase {
                test_case_number,
                summary: summary.to_owned(),
                b_delete_associated_test_runs,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteTestCaseByRecordID`: Deletes a test case based on a record ID.
    pub fn delete_test_case_by_record_id(
        &self,
        record_id: i64,
        b_delete_associated_test_run: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestCaseByRecordID {
                record_id,
                b_delete_associated_test_run,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `saveTestCase`: Saves changes made to a test case.
    pub fn save_test_case(
        &self,
        p_test_case: super::types::CTestCase,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveTestCase {
                p_test_case,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveTestCase`: Discards changes made to a test case.
    pub fn cancel_save_test_case(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveTestCase {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getTestRun`: Returns a list of test runs.
    pub fn get_test_run(
        &self,
        test_run_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestRun, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestRun {
                test_run_number,
                summary: summary.to_owned(),
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_test_run)
    }
    /// `getTestRunByRecordID`: Returns a test run based on record ID.
    pub fn get_test_run_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CTestRun, ttsoap::Error> {
        self.inner
            .call(super::ops::GetTestRunByRecordID {
                record_id,
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_test_run)
    }
    /// `deleteTestRun`: Deletes a test run.
    pub fn delete_test_run(
        &self,
        test_run_number: i64,
        summary: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestRun {
                test_run_number,
                summary: summary.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteTestRunByRecordID`: Deletes a test run based on record ID.
    pub fn delete_test_run_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteTestRunByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `saveTestRun`: Saves changes made to a test run.
    pub fn save_test_run(
        &self,
        p_test_run: super::types::CTestRun,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveTestRun {
                p_test_run,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveTestRun`: Discards changes made to a test run.
    pub fn cancel_save_test_run(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveTestRun {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `createDefectForTestRun`: Creates a defect based on test run results.
    pub fn create_defect_for_test_run(
        &self,
        record_id: i64,
    ) -> Result<super::types::CDefect, ttsoap::Error> {
        self.inner
            .call(super::ops::CreateDefectForTestRun {
                record_id,
                ..Default::default()
            })
            .map(|r| r.p_defect)
    }
    /// `generateTestRuns`: Generates test runs for a test case.
    pub fn generate_test_runs(
        &self,
        record_id: i64,
        test_variants: Vec<super::types::AnyCTestRunVariantField>,
        test_run_set: &str,
    ) -> Result<Vec<super::types::AnyCItemToTrack>, ttsoap::Error> {
        self.inner
            .call(super::ops::GenerateTestRuns {
                record_id,
                test_variants,
                test_run_set: test_run_set.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_results)
    }
    /// `getFolderTypeByName`: Returns the properties of the folder type. Call the getFolderTypeList request to get the names used in this request.
    pub fn get_folder_type_by_name(
        &self,
        name: &str,
    ) -> Result<super::types::CFolderType, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderTypeByName {
                name: name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_type)
    }
    /// `getFolderTypeList`: Returns a list of configured folder types.
    pub fn get_folder_type_list(
        &self,
    ) -> Result<Vec<super::types::CFolderType>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderTypeList {
                ..Default::default()
            })
            .map(|r| r.p_type_list)
    }
    /// `addFolder`: Creates a folder.
    pub fn add_folder(
        &self,
        p_folder: super::types::CFolder,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddFolder {
                p_folder,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `saveFolder`: Saves changes made to a folder. NOTES: If you set the path, parentid, and the ispublic flag, they must all be consistent. If you set only the path, you can pass back the original parentid and ispublic flag and they will be updated automatically. Similarly, if you set the parentid and the ispublic flag you can pass back the original path (or none at all) and it will be updated. If you set only the parentid, the ispublic flag and the owner of the new parent folder (if private) must be the same as the old parent folder. If the folder name changes, the path must also change. The path must always end with the folder name and no trailing path separator character. Changing only ispublic or only name results in an error.
    pub fn save_folder(
        &self,
        p_folder: super::types::CFolder,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveFolder {
                p_folder,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveFolder`: Discards changes made to a folder.
    pub fn cancel_save_folder(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveFolder {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getFolder`: Returns a list of folders.
    pub fn get_folder(
        &self,
        path: &str,
    ) -> Result<super::types::CFolder, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolder {
                path: path.to_owned(),
                ..Default::default()
            })
            .map(|r| r.p_folder)
    }
    /// `getFolderByRecordID`: Returns a folder based on record ID.
    pub fn get_folder_by_record_id(
        &self,
        record_id: i64,
        public_folder: bool,
    ) -> Result<super::types::CFolder, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderByRecordID {
                record_id,
                public_folder,
                ..Default::default()
            })
            .map(|r| r.p_folder)
    }
    /// `deleteFolder`: Deletes a folder.
    pub fn delete_folder(&self, folder_path: &str) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteFolder {
                folder_path: folder_path.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteFolderByRecordID`: Deletes a folder based on record ID.
    pub fn delete_folder_by_record_id(
        &self,
        record_id: i64,
        public_folder: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteFolderByRecordID {
                record_id,
                public_folder,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `addEntityToFolderByRecordID`: Adds a TestTrack item to a folder based on record ID.
    pub fn add_entity_to_folder_by_record_id(
        &self,
        record_id: i64,
        public_folder: bool,
        entity_record_id: i64,
        entity_table_name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AddEntityToFolderByRecordID {
                record_id,
                public_folder,
                entity_record_id,
                entity_table_name: entity_table_name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.item_record_id)
    }
    /// `removeEntityFromFolderByRecordID`: Removes a TestTrack item from a folder based on record ID.
    pub fn remove_entity_from_folder_by_record_id(
        &self,
        record_id: i64,
        public_folder: bool,
        entity: super::types::CFolderItem,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::RemoveEntityFromFolderByRecordID {
                record_id,
                public_folder,
                entity,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getEntityListForFolderByRecordID`: Returns a list of TestTrack items in a folder based on record ID.
    pub fn get_entity_list_for_folder_by_record_id(
        &self,
        record_id: i64,
        public_folder: bool,
    ) -> Result<Vec<super::types::CFolderItem>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetEntityListForFolderByRecordID {
                record_id,
                public_folder,
                ..Default::default()
            })
            .map(|r| r.p_entity_list)
    }
    /// `getFolderListForEntityByRecordID`: Returns a list of folders a specified item is in.
    pub fn get_folder_list_for_entity_by_record_id(
        &self,
        tablename: &str,
        record_id: i64,
    ) -> Result<Vec<super::types::CFolder>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderListForEntityByRecordID {
                tablename: tablename.to_owned(),
                record_id,
                ..Default::default()
            })
            .map(|r| r.p_folder_list)
    }
    /// `getFolderPathSeparator`: Returns the folder separator character, which is '/'.
    pub fn get_folder_path_separator(&self) -> Result<i8, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderPathSeparator {
                ..Default::default()
            })
            .map(|r| r.separator)
    }
    /// `getRootPublicFolderPath`: Returns a public folder path.
    pub fn get_root_public_folder_path(&self) -> Result<String, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRootPublicFolderPath {
                ..Default::default()
            })
            .map(|r| r.str_public_path)
    }
    /// `getRootPrivateFolderPath`: Returns a private folder path.
    pub fn get_root_private_folder_path(&self) -> Result<String, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRootPrivateFolderPath {
                ..Default::default()
            })
            .map(|r| r.str_private_path)
    }
    /// `editFolderItemRank`: Retrieves a folder for item ranking.
    pub fn edit_folder_item_rank(
        &self,
        record_id: i64,
        public_folder: bool,
    ) -> Result<Vec<super::types::CFolderItem>, ttsoap::Error> {
        self.inner
            .call(super::ops::EditFolderItemRank {
                record_id,
                public_folder,
                ..Default::default()
            })
            .map(|r| r.p_entity_list)
    }
    /// `saveFolderItemRank`: Save changes made to item rank in a folder.
    pub fn save_folder_item_rank(
        &self,
        record_id: i64,
        public_folder: bool,
        folder_item_list: Vec<super::types::CFolderItem>,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveFolderItemRank {
                record_id,
                public_folder,
                folder_item_list,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveFolderItemRank`: Discards changes made to item rank in a folder.
    pub fn cancel_save_folder_item_rank(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveFolderItemRank {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getRequirement`: Returns a list of requirements.
    pub fn get_requirement(
        &self,
        requirement_number: i64,
        summary: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirement, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirement {
                requirement_number,
                summary: summary.to_owned(),
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_requirement)
    }
    /// `getRequirementByRecordID`: Returns a requirement based on record ID.
    pub fn get_requirement_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirement, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirementByRecordID {
                record_id,
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_requirement)
    }
    /// `addRequirement`: Creates a requirement.
    pub fn add_requirement(
        &self,
        p_requirement: super::types::CRequirement,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddRequirement {
                p_requirement,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `deleteRequirement`: Deletes a requirement.
    pub fn delete_requirement(
        &self,
        requirement_number: i64,
        summary: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteRequirement {
                requirement_number,
                summary: summary.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteRequirementByRecordID`: Deletes a requirement based on record ID.
    pub fn delete_requirement_by_record_id(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteRequirementByRecordID {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `saveRequirement`: Saves changes made to a requirement.
    pub fn save_requirement(
        &self,
        p_requirement: super::types::CRequirement,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveRequirement {
                p_requirement,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveRequirement`: Discards changes made to a requirement.
    pub fn cancel_save_requirement(&self, record_id: i64) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveRequirement {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `appendToRequirementDocument`: Appends the requirement to the end of a requirement document.
    pub fn append_to_requirement_document(
        &self,
        requirement_id: i64,
        document_id: i64,
        parent_requirement_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::AppendToRequirementDocument {
                requirement_id,
                document_id,
                parent_requirement_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getDocumentIDsForRequirement`: Returns a list of requirement document IDs for a specified requirement.
    pub fn get_document_ids_for_requirement(
        &self,
        requirement_id: i64,
    ) -> Result<Vec<i64>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocumentIDsForRequirement {
                requirement_id,
                ..Default::default()
            })
            .map(|r| r.record_ids)
    }
    /// `changeRequirementType`: Changes the requirement type.
    pub fn change_requirement_type(
        &self,
        requirement_id: i64,
        new_type_name: &str,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::ChangeRequirementType {
                requirement_id,
                new_type_name: new_type_name.to_owned(),
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getRequirementDocument`: Returns a list of requirement documents.
    pub fn get_requirement_document(
        &self,
        document_number: i64,
        name: &str,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirementDocument, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirementDocument {
                document_number,
                name: name.to_owned(),
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_requirement_document)
    }
    /// `getRequirementDocumentByRecordID`: Returns a list of requirement documents by record ID.
    pub fn get_requirement_document_by_record_id(
        &self,
        record_id: i64,
        b_download_attachments: bool,
    ) -> Result<super::types::CRequirementDocument, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirementDocumentByRecordID {
                record_id,
                b_download_attachments,
                ..Default::default()
            })
            .map(|r| r.p_requirement_document)
    }
    /// `addRequirementDocument`: Creates a requirement document.
    pub fn add_requirement_document(
        &self,
        p_requirement_document: super::types::CRequirementDocument,
    ) -> Result<i64, ttsoap::Error> {
        self.inner
            .call(super::ops::AddRequirementDocument {
                p_requirement_document,
                ..Default::default()
            })
            .map(|r| r.record_id)
    }
    /// `deleteRequirementDocument`: Deletes a requirement document.
    pub fn delete_requirement_document(
        &self,
        document_number: i64,
        name: &str,
        b_delete_associated_requirements: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteRequirementDocument {
                document_number,
                name: name.to_owned(),
                b_delete_associated_requirements,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `deleteRequirementDocumentByRecordID`: Service definition of function ttns__deleteRequirementDocumentByRecordID
    pub fn delete_requirement_document_by_record_id(
        &self,
        record_id: i64,
        b_delete_associated_requirements: bool,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::DeleteRequirementDocumentByRecordID {
                record_id,
                b_delete_associated_requirements,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `saveRequirementDocument`: Saves changes made to a requirement document.
    pub fn save_requirement_document(
        &self,
        p_requirement_document: super::types::CRequirementDocument,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::SaveRequirementDocument {
                p_requirement_document,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `cancelSaveRequirementDocument`: Discards changes made to a requirement document.
    pub fn cancel_save_requirement_document(
        &self,
        record_id: i64,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CancelSaveRequirementDocument {
                record_id,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `createSnapshot`: Creates a requirement document snapshot.
    pub fn create_snapshot(
        &self,
        document_id: i64,
        snapshot: super::types::CSnapshotInfo,
    ) -> Result<i32, ttsoap::Error> {
        self.inner
            .call(super::ops::CreateSnapshot {
                document_id,
                snapshot,
                ..Default::default()
            })
            .map(|r| r.result)
    }
    /// `getRequirementIDsForDocument`: Returns a list of requirement IDs for the requirement document.
    pub fn get_requirement_ids_for_document(
        &self,
        document_id: i64,
    ) -> Result<Vec<i64>, ttsoap::Error> {
        self.inner
            .call(super::ops::GetRequirementIDsForDocument {
                document_id,
                ..Default::default()
            })
            .map(|r| r.record_ids)
    }
    /// `getDocumentTree`: Returns the requirement hierarchy from a requirement document.
    pub fn get_document_tree(
        &self,
        document_id: i64,
    ) -> Result<super::types::AnyCTreeNodeSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetDocumentTree {
                document_id,
                ..Default::default()
            })
            .map(|r| r.doc_tree_root_node)
    }
    /// `getFolderTreeByRecordID`: Returns the public or private folder hierarchy starting at a specified folder based on record ID.
    pub fn get_folder_tree_by_record_id(
        &self,
        tree_root_folder_id: i64,
    ) -> Result<super::types::AnyCTreeNodeSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderTreeByRecordID {
                tree_root_folder_id,
                ..Default::default()
            })
            .map(|r| r.folder_tree_root)
    }
    /// `getFolderTree`: Returns the public or private folder hierarchy starting at a specified folder.
    pub fn get_folder_tree(
        &self,
        tree_root_folder_path: &str,
    ) -> Result<super::types::AnyCTreeNodeSoap, ttsoap::Error> {
        self.inner
            .call(super::ops::GetFolderTree {
                tree_root_folder_path: tree_root_folder_path.to_owned(),
                ..Default::default()
            })
            .map(|r| r.folder_tree_root)
    }
    /// `getItemHyperlinks`: Returns ttstudio and http hyperlinks for a specified item.
    pub fn get_item_hyperlinks(
        &self,
        item_type: &str,
        item_id: i64,
    ) -> Result<super::types::CItemHyperlinkContainer, ttsoap::Error> {
        self.inner
            .call(super::ops::GetItemHyperlinks {
                item_type: item_type.to_owned(),
                item_id,
                ..Default::default()
            })
            .map(|r| r.hyperlinks)
    }
    /// Short form of `with_defect` (`summary` "", `b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_defect<T>(
        &self,
        defect_number: i64,
        f: impl FnOnce(&mut super::types::CDefect) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_defect(defect_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_defect` (`summary` "", `b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_defect<T>(
        &self,
        defect_number: i64,
        f: impl FnOnce(&mut super::types::CDefect) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_defect(defect_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `with_defect_by_record_id` (`b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_defect_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CDefect) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_defect_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_defect_by_record_id` (`b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_defect_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CDefect) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_defect_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `with_test_case` (`summary` "", `b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_test_case<T>(
        &self,
        test_case_number: i64,
        f: impl FnOnce(&mut super::types::CTestCase) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_test_case(test_case_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_test_case` (`summary` "", `b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_test_case<T>(
        &self,
        test_case_number: i64,
        f: impl FnOnce(&mut super::types::CTestCase) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_test_case(test_case_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `with_test_case_by_record_id` (`b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_test_case_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CTestCase) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_test_case_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_test_case_by_record_id` (`b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_test_case_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CTestCase) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_test_case_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `with_test_run` (`summary` "", `b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_test_run<T>(
        &self,
        test_run_number: i64,
        f: impl FnOnce(&mut super::types::CTestRun) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_test_run(test_run_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_test_run` (`summary` "", `b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_test_run<T>(
        &self,
        test_run_number: i64,
        f: impl FnOnce(&mut super::types::CTestRun) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_test_run(test_run_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `with_test_run_by_record_id` (`b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_test_run_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CTestRun) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_test_run_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_test_run_by_record_id` (`b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_test_run_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CTestRun) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_test_run_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `with_folder_by_record_id` (`public_folder` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_folder_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CFolder) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_folder_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_folder_by_record_id` (`public_folder` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_folder_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CFolder) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_folder_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `with_requirement` (`summary` "", `b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_requirement<T>(
        &self,
        requirement_number: i64,
        f: impl FnOnce(&mut super::types::CRequirement) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_requirement(requirement_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_requirement` (`summary` "", `b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_requirement<T>(
        &self,
        requirement_number: i64,
        f: impl FnOnce(&mut super::types::CRequirement) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_requirement(requirement_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `with_requirement_by_record_id` (`b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_requirement_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CRequirement) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_requirement_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_requirement_by_record_id` (`b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_requirement_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CRequirement) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_requirement_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `with_requirement_document` (`name` "", `b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_requirement_document<T>(
        &self,
        document_number: i64,
        f: impl FnOnce(&mut super::types::CRequirementDocument) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_requirement_document(document_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_requirement_document` (`name` "", `b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_requirement_document<T>(
        &self,
        document_number: i64,
        f: impl FnOnce(&mut super::types::CRequirementDocument) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_requirement_document(document_number, "", false, |e| Ok(f(e)))
    }
    /// Short form of `with_requirement_document_by_record_id` (`b_download_attachments` false): locks the record, runs `f` on it and saves; a panic in `f` cancels the lock.
    pub fn update_requirement_document_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CRequirementDocument) -> T,
    ) -> Result<T, ttsoap::Error> {
        self.with_requirement_document_by_record_id(record_id, false, |e| Ok(f(e)))
    }
    /// Short form of `try_with_requirement_document_by_record_id` (`b_download_attachments` false): how the edit ended, as an `EditOutcome`.
    pub fn try_update_requirement_document_by_record_id<T>(
        &self,
        record_id: i64,
        f: impl FnOnce(&mut super::types::CRequirementDocument) -> T,
    ) -> ttsoap::edit::EditOutcome<T> {
        self.try_with_requirement_document_by_record_id(record_id, false, |e| Ok(f(e)))
    }
}
/// Edit lock on a TestConfig: `editTestConfig`, `editTestConfigByRecordID` / `saveTestConfig` / `cancelSaveTestConfig`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TestConfigEdit;
impl ttsoap::edit::Editable for TestConfigEdit {
    type Entity = super::types::CSystem;
    const ENTITY: &'static str = "TestConfig";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveTestConfig {
                p_test_config: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveTestConfig", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveTestConfig {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveTestConfig", r.result)
    }
}
/// Edit lock on a Defect: `editDefect`, `editDefectByRecordID` / `saveDefect` / `cancelSaveDefect`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct DefectEdit;
impl ttsoap::edit::Editable for DefectEdit {
    type Entity = super::types::CDefect;
    const ENTITY: &'static str = "Defect";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveDefect {
                p_defect: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveDefect", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveDefect {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveDefect", r.result)
    }
}
/// Edit lock on a Task: `editTask`, `editTaskByRecordID` / `saveTask` / `cancelSaveTask`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TaskEdit;
impl ttsoap::edit::Editable for TaskEdit {
    type Entity = super::types::CTask;
    const ENTITY: &'static str = "Task";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveTask {
                p_task: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveTask", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveTask {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveTask", r.result)
    }
}
/// Edit lock on a User: `editUser`, `editUserByRecordID` / `saveUser` / `cancelSaveUser`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct UserEdit;
impl ttsoap::edit::Editable for UserEdit {
    type Entity = super::types::CUser;
    const ENTITY: &'static str = "User";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        Self::save_keyed(s, &Self::save_key(e), e)
    }
    fn save_key(e: &Self::Entity) -> Vec<String> {
        vec![
            e.firstname.clone().unwrap_or_default(), e.middleinitials.clone()
            .unwrap_or_default(), e.lastname.clone().unwrap_or_default()
        ]
    }
    fn save_keyed(
        s: &ttsoap::Session,
        key: &[String],
        e: &Self::Entity,
    ) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveUser {
                first_name: key.get(0usize).cloned().unwrap_or_default(),
                middle_initials: key.get(1usize).cloned().unwrap_or_default(),
                last_name: key.get(2usize).cloned().unwrap_or_default(),
                p_user: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveUser", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveUser {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveUser", r.result)
    }
}
/// Edit lock on a Customer: `editCustomer`, `editCustomerByRecordID` / `saveCustomer` / `cancelSaveCustomer`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct CustomerEdit;
impl ttsoap::edit::Editable for CustomerEdit {
    type Entity = super::types::CUser;
    const ENTITY: &'static str = "Customer";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        Self::save_keyed(s, &Self::save_key(e), e)
    }
    fn save_key(e: &Self::Entity) -> Vec<String> {
        vec![
            e.firstname.clone().unwrap_or_default(), e.middleinitials.clone()
            .unwrap_or_default(), e.lastname.clone().unwrap_or_default()
        ]
    }
    fn save_keyed(
        s: &ttsoap::Session,
        key: &[String],
        e: &Self::Entity,
    ) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveCustomer {
                first_name: key.get(0usize).cloned().unwrap_or_default(),
                middle_initials: key.get(1usize).cloned().unwrap_or_default(),
                last_name: key.get(2usize).cloned().unwrap_or_default(),
                p_customer: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveCustomer", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveCustomer {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveCustomer", r.result)
    }
}
/// Edit lock on a Link: `editLink` / `saveLink` / `cancelSaveLink`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct LinkEdit;
impl ttsoap::edit::Editable for LinkEdit {
    type Entity = super::types::CLink;
    const ENTITY: &'static str = "Link";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveLink {
                p_link: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveLink", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveLink {
                link_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveLink", r.result)
    }
}
/// Edit lock on a TestCase: `editTestCase`, `editTestCaseByRecordID` / `saveTestCase` / `cancelSaveTestCase`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TestCaseEdit;
impl ttsoap::edit::Editable for TestCaseEdit {
    type Entity = super::types::CTestCase;
    const ENTITY: &'static str = "TestCase";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveTestCase {
                p_test_case: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveTestCase", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveTestCase {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveTestCase", r.result)
    }
}
/// Edit lock on a TestRun: `editTestRun`, `editTestRunByRecordID` / `saveTestRun` / `cancelSaveTestRun`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TestRunEdit;
impl ttsoap::edit::Editable for TestRunEdit {
    type Entity = super::types::CTestRun;
    const ENTITY: &'static str = "TestRun";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveTestRun {
                p_test_run: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveTestRun", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveTestRun {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveTestRun", r.result)
    }
}
/// Edit lock on a Folder: `editFolder`, `editFolderByRecordID` / `saveFolder` / `cancelSaveFolder`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct FolderEdit;
impl ttsoap::edit::Editable for FolderEdit {
    type Entity = super::types::CFolder;
    const ENTITY: &'static str = "Folder";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveFolder {
                p_folder: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveFolder", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveFolder {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveFolder", r.result)
    }
}
/// Edit lock on a Requirement: `editRequirement`, `editRequirementByRecordID` / `saveRequirement` / `cancelSaveRequirement`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequirementEdit;
impl ttsoap::edit::Editable for RequirementEdit {
    type Entity = super::types::CRequirement;
    const ENTITY: &'static str = "Requirement";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveRequirement {
                p_requirement: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveRequirement", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveRequirement {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveRequirement", r.result)
    }
}
/// Edit lock on a RequirementDocument: `editRequirementDocument`, `editRequirementDocumentByRecordID` / `saveRequirementDocument` / `cancelSaveRequirementDocument`. Used with `EditGuard`.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequirementDocumentEdit;
impl ttsoap::edit::Editable for RequirementDocumentEdit {
    type Entity = super::types::CRequirementDocument;
    const ENTITY: &'static str = "RequirementDocument";
    fn record_id(e: &Self::Entity) -> i64 {
        e.recordid
    }
    fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::SaveRequirementDocument {
                p_requirement_document: e.clone(),
                ..Default::default()
            })?;
        ttsoap::edit::check_result("saveRequirementDocument", r.result)
    }
    fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
        let r = s
            .call(super::ops::CancelSaveRequirementDocument {
                record_id: record_id,
                ..Default::default()
            })?;
        ttsoap::edit::check_result("cancelSaveRequirementDocument", r.result)
    }
}
