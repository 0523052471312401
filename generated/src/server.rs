// Generated from wsdl/ttsoapcgi.wsdl by `cargo xtask codegen`. Do not edit.
use super::ti;
use ttsoap::{Decode as _, Encode as _};
/// The server side of every operation. Implement the methods you serve; the others
/// answer a `SOAP-ENV:Server` fault saying the operation is not implemented.
pub trait Service: Send + Sync {
    /// `getDatabaseList`: Returns a list of database names the SOAP client can connect to. Deprecated; use getProjectList.
    fn get_database_list(
        &self,
        request: super::ops::GetDatabaseList,
    ) -> Result<super::ops::GetDatabaseListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDatabaseList"))
    }
    /// `getProjectList`: Returns a list of project names the SOAP client can connect to.
    fn get_project_list(
        &self,
        request: super::ops::GetProjectList,
    ) -> Result<super::ops::GetProjectListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getProjectList"))
    }
    /// `getProjectDataOptionList`: Returns what type of access SOAP user has. For example, logging in with access to TestTrack Pro.
    fn get_project_data_option_list(
        &self,
        request: super::ops::GetProjectDataOptionList,
    ) -> Result<super::ops::GetProjectDataOptionListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getProjectDataOptionList"))
    }
    /// `DatabaseLogon`: Logs SOAP user into TestTrack. Deprecated; use ProjectLogon.
    fn database_logon(
        &self,
        request: super::ops::DatabaseLogon,
    ) -> Result<super::ops::DatabaseLogonResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("DatabaseLogon"))
    }
    /// `ProjectLogon`: Logs SOAP user into TestTrack. Uses a project name, which the getProjectList request returns, with a username and password. This request returns a cookie that is used in subsequent calls. NOTE: In the TestTrack Client, users can be required to change their passwords at the next login. This option is not enforced in the SOAP client because we do not want to prevent SOAP scripts from running because of the change password option.
    fn project_logon(
        &self,
        request: super::ops::ProjectLogon,
    ) -> Result<super::ops::ProjectLogonResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("ProjectLogon"))
    }
    /// `DatabaseLogoff`: Logs SOAP user out of TestTrack. This operation is used for session management and should be the final call made to the SOAP server. It performs session clean up, logs off all users, and closes all connections to the TestTrack project.
    fn database_logoff(
        &self,
        request: super::ops::DatabaseLogoff,
    ) -> Result<super::ops::DatabaseLogoffResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("DatabaseLogoff"))
    }
    /// `formattedTextSupport`: Turns formattedTextSupport on or off. Defaults to plain text. Pass in 'true' to turn rich text on.
    fn formatted_text_support(
        &self,
        request: super::ops::FormattedTextSupport,
    ) -> Result<super::ops::FormattedTextSupportResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("formattedTextSupport"))
    }
    /// `getTableList`: Returns a list of tables the user can access. Many TestTrack SOAP requests and types use a table name as a parameter. This request filters out tables the SOAP user does not have security access to.
    fn get_table_list(
        &self,
        request: super::ops::GetTableList,
    ) -> Result<super::ops::GetTableListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTableList"))
    }
    /// `getDropdownFieldForTable`: Returns table drop-down field. Fields only access specific values and are included as a subset of columns returned from getColumnsForTable. Use getDropdownFieldValuesForTable to get field values.
    fn get_dropdown_field_for_table(
        &self,
        request: super::ops::GetDropdownFieldForTable,
    ) -> Result<super::ops::GetDropdownFieldForTableResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDropdownFieldForTable"))
    }
    /// `getDropdownFieldValuesForTable`: Returns table drop-down field values. Use getDropdownFieldForTable to get fields.
    fn get_dropdown_field_values_for_table(
        &self,
        request: super::ops::GetDropdownFieldValuesForTable,
    ) -> Result<super::ops::GetDropdownFieldValuesForTableResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDropdownFieldValuesForTable"))
    }
    /// `addDropdownFieldValuesForTable`: Adds drop-down values to a selected field. The list of values is sent to the server with the new value added last.
    fn add_dropdown_field_values_for_table(
        &self,
        request: super::ops::AddDropdownFieldValuesForTable,
    ) -> Result<super::ops::AddDropdownFieldValuesForTableResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addDropdownFieldValuesForTable"))
    }
    /// `GetLinkDefinitionValues`: Returns a list of defined links.
    fn get_link_definition_values(
        &self,
        request: super::ops::GetLinkDefinitionValues,
    ) -> Result<super::ops::GetLinkDefinitionValuesResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("GetLinkDefinitionValues"))
    }
    /// `getColumnsForTable`: Returns column fields that are displayed for a specific table.
    fn get_columns_for_table(
        &self,
        request: super::ops::GetColumnsForTable,
    ) -> Result<super::ops::GetColumnsForTableResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getColumnsForTable"))
    }
    /// `getFilterList`: Returns a list of filters.
    fn get_filter_list(
        &self,
        request: super::ops::GetFilterList,
    ) -> Result<super::ops::GetFilterListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFilterList"))
    }
    /// `getFilterListForTable`: Returns list of filters that a specified table can use.
    fn get_filter_list_for_table(
        &self,
        request: super::ops::GetFilterListForTable,
    ) -> Result<super::ops::GetFilterListForTableResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFilterListForTable"))
    }
    /// `getRecordListForTable`: Returns table data. The filtername parameter applies a filter to the results. The columnlist parameter limits the returned data to specific columns. NOTE: Only the first 128 characters are returned. Following are the table names: Customer, Defect, Folder, Links, Report, Requirement, Requirement Document, Task, Test Case, Test Config, Test Run, Test Variant, User. The returned DateTime data format is based on the server locale setting.
    fn get_record_list_for_table(
        &self,
        request: super::ops::GetRecordListForTable,
    ) -> Result<super::ops::GetRecordListForTableResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRecordListForTable"))
    }
    /// `getRecordListForTableWithQuery`: Returns table data like getRecordListForTable, restricted by the JSON query string in the query parameter. The filtername parameter applies a filter; the columnlist parameter limits the returned columns. Added in Helix ALM 2017.
    fn get_record_list_for_table_with_query(
        &self,
        request: super::ops::GetRecordListForTableWithQuery,
    ) -> Result<super::ops::GetRecordListForTableWithQueryResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRecordListForTableWithQuery"))
    }
    /// `getTestConfig`: Returns a list of test configs.
    fn get_test_config(
        &self,
        request: super::ops::GetTestConfig,
    ) -> Result<super::ops::GetTestConfigResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTestConfig"))
    }
    /// `getTestConfigByRecordID`: Returns a test config based on record ID.
    fn get_test_config_by_record_id(
        &self,
        request: super::ops::GetTestConfigByRecordID,
    ) -> Result<super::ops::GetTestConfigByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTestConfigByRecordID"))
    }
    /// `addTestConfig`: Creates a test config.
    fn add_test_config(
        &self,
        request: super::ops::AddTestConfig,
    ) -> Result<super::ops::AddTestConfigResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addTestConfig"))
    }
    /// `editTestConfig`: Retrieves a test config for editing. The saveTestConfig request must be called and passed the changed object.
    fn edit_test_config(
        &self,
        request: super::ops::EditTestConfig,
    ) -> Result<super::ops::EditTestConfigResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editTestConfig"))
    }
    /// `editTestConfigByRecordID`: Retrieves a test config for editing based on record ID. The saveTestConfig request must be called and passed the changed objects.
    fn edit_test_config_by_record_id(
        &self,
        request: super::ops::EditTestConfigByRecordID,
    ) -> Result<super::ops::EditTestConfigByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editTestConfigByRecordID"))
    }
    /// `saveTestConfig`: Saves a modified test config.
    fn save_test_config(
        &self,
        request: super::ops::SaveTestConfig,
    ) -> Result<super::ops::SaveTestConfigResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveTestConfig"))
    }
    /// `deleteTestConfig`: Deletes a test config.
    fn delete_test_config(
        &self,
        request: super::ops::DeleteTestConfig,
    ) -> Result<super::ops::DeleteTestConfigResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteTestConfig"))
    }
    /// `deleteTestConfigByRecordID`: Deletes a test config based on record ID.
    fn delete_test_config_by_record_id(
        &self,
        request: super::ops::DeleteTestConfigByRecordID,
    ) -> Result<super::ops::DeleteTestConfigByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteTestConfigByRecordID"))
    }
    /// `cancelSaveTestConfig`: Discards changes to a test config.
    fn cancel_save_test_config(
        &self,
        request: super::ops::CancelSaveTestConfig,
    ) -> Result<super::ops::CancelSaveTestConfigResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveTestConfig"))
    }
    /// `getAttachmentTypes`: Returns the values (Standard, Script, Run Result) that are used in the m-strType var of an attachment in an attachmentList for core items.
    fn get_attachment_types(
        &self,
        request: super::ops::GetAttachmentTypes,
    ) -> Result<super::ops::GetAttachmentTypesResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getAttachmentTypes"))
    }
    /// `getReportRunResultsByName`: Runs a report and returns results based on report names. NOTE: Live charts and interactively filtered reports are not supported.
    fn get_report_run_results_by_name(
        &self,
        request: super::ops::GetReportRunResultsByName,
    ) -> Result<super::ops::GetReportRunResultsByNameResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getReportRunResultsByName"))
    }
    /// `getReportRunResultsByRecordID`: Runs a report and returns results based on report ID. NOTE: Live charts and interactively filtered reports are not supported.
    fn get_report_run_results_by_record_id(
        &self,
        request: super::ops::GetReportRunResultsByRecordID,
    ) -> Result<super::ops::GetReportRunResultsByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getReportRunResultsByRecordID"))
    }
    /// `getEventDefinitionList`: Returns a list of event definitions that describe what fields are included with each event.
    fn get_event_definition_list(
        &self,
        request: super::ops::GetEventDefinitionList,
    ) -> Result<super::ops::GetEventDefinitionListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getEventDefinitionList"))
    }
    /// `getDefectEventDefinitionList`: Returns a list of defect event definitions that describe the fields included with each event.  Deprecated; use getEventDefinitionList.
    fn get_defect_event_definition_list(
        &self,
        request: super::ops::GetDefectEventDefinitionList,
    ) -> Result<super::ops::GetDefectEventDefinitionListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDefectEventDefinitionList"))
    }
    /// `getCustomFieldsDefinitionList`: Returns a list of custom field definitions.
    fn get_custom_fields_definition_list(
        &self,
        request: super::ops::GetCustomFieldsDefinitionList,
    ) -> Result<super::ops::GetCustomFieldsDefinitionListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getCustomFieldsDefinitionList"))
    }
    /// `getDefectCustomFieldsDefinitionList`: Returns a list of defect custom field definitions.
    fn get_defect_custom_fields_definition_list(
        &self,
        request: super::ops::GetDefectCustomFieldsDefinitionList,
    ) -> Result<super::ops::GetDefectCustomFieldsDefinitionListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDefectCustomFieldsDefinitionList"))
    }
    /// `getDefect`: Returns a defect based on defect number or summary.
    fn get_defect(
        &self,
        request: super::ops::GetDefect,
    ) -> Result<super::ops::GetDefectResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDefect"))
    }
    /// `getDefectByRecordID`: Returns a defect based on record ID.
    fn get_defect_by_record_id(
        &self,
        request: super::ops::GetDefectByRecordID,
    ) -> Result<super::ops::GetDefectByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDefectByRecordID"))
    }
    /// `addDefect`: Creates a defect.
    fn add_defect(
        &self,
        request: super::ops::AddDefect,
    ) -> Result<super::ops::AddDefectResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addDefect"))
    }
    /// `addDefectWithLink`: Creates a linked defect.
    fn add_defect_with_link(
        &self,
        request: super::ops::AddDefectWithLink,
    ) -> Result<super::ops::AddDefectWithLinkResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addDefectWithLink"))
    }
    /// `deleteDefect`: Deletes a defect based on defect number or summary.
    fn delete_defect(
        &self,
        request: super::ops::DeleteDefect,
    ) -> Result<super::ops::DeleteDefectResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteDefect"))
    }
    /// `deleteDefectByRecordID`: Deletes a defect based on record ID.
    fn delete_defect_by_record_id(
        &self,
        request: super::ops::DeleteDefectByRecordID,
    ) -> Result<super::ops::DeleteDefectByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteDefectByRecordID"))
    }
    /// `editDefect`: Retrieves a defect for editing. The saveDefect request must be called and passed the changed objects.
    fn edit_defect(
        &self,
        request: super::ops::EditDefect,
    ) -> Result<super::ops::EditDefectResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editDefect"))
    }
    /// `editDefectByRecordID`: Retrieves a defect for editing based on record ID. The saveDefect request must be called and passed the changed objects.
    fn edit_defect_by_record_id(
        &self,
        request: super::ops::EditDefectByRecordID,
    ) -> Result<super::ops::EditDefectByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editDefectByRecordID"))
    }
    /// `saveDefect`: Saves changes made to a defect.
    fn save_defect(
        &self,
        request: super::ops::SaveDefect,
    ) -> Result<super::ops::SaveDefectResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveDefect"))
    }
    /// `cancelSaveDefect`: Discards any changes made to a defect.
    fn cancel_save_defect(
        &self,
        request: super::ops::CancelSaveDefect,
    ) -> Result<super::ops::CancelSaveDefectResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveDefect"))
    }
    /// `getAttachment`: Retrieves file attachments.
    fn get_attachment(
        &self,
        request: super::ops::GetAttachment,
    ) -> Result<super::ops::GetAttachmentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getAttachment"))
    }
    /// `getDefectAttachment`: Retrieves defect file attachments. Deprecated; use getAttachmentRequest.
    fn get_defect_attachment(
        &self,
        request: super::ops::GetDefectAttachment,
    ) -> Result<super::ops::GetDefectAttachmentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDefectAttachment"))
    }
    /// `getTask`: Retrieves a task.
    fn get_task(
        &self,
        request: super::ops::GetTask,
    ) -> Result<super::ops::GetTaskResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTask"))
    }
    /// `getTaskByRecordID`: Retrieves a task based on record ID.
    fn get_task_by_record_id(
        &self,
        request: super::ops::GetTaskByRecordID,
    ) -> Result<super::ops::GetTaskByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTaskByRecordID"))
    }
    /// `addTask`: Creates a task.
    fn add_task(
        &self,
        request: super::ops::AddTask,
    ) -> Result<super::ops::AddTaskResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addTask"))
    }
    /// `deleteTask`: Deletes a task.
    fn delete_task(
        &self,
        request: super::ops::DeleteTask,
    ) -> Result<super::ops::DeleteTaskResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteTask"))
    }
    /// `deleteTaskByRecordID`: Deletes a task based on record ID.
    fn delete_task_by_record_id(
        &self,
        request: super::ops::DeleteTaskByRecordID,
    ) -> Result<super::ops::DeleteTaskByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteTaskByRecordID"))
    }
    /// `editTask`: Retrieves a task for editing. The saveTask request must be called and passed the changed object.
    fn edit_task(
        &self,
        request: super::ops::EditTask,
    ) -> Result<super::ops::EditTaskResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editTask"))
    }
    /// `editTaskByRecordID`: Retrieves a task for editing based on record ID. The saveTask request must be called and passed the changed object.
    fn edit_task_by_record_id(
        &self,
        request: super::ops::EditTaskByRecordID,
    ) -> Result<super::ops::EditTaskByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editTaskByRecordID"))
    }
    /// `saveTask`: Saves changes made to a task.
    fn save_task(
        &self,
        request: super::ops::SaveTask,
    ) -> Result<super::ops::SaveTaskResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveTask"))
    }
    /// `cancelSaveTask`: Discards any changes made to a task.
    fn cancel_save_task(
        &self,
        request: super::ops::CancelSaveTask,
    ) -> Result<super::ops::CancelSaveTaskResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveTask"))
    }
    /// `getGlobalUserList`: Returns a list of global users from the Seapine License Server.
    fn get_global_user_list(
        &self,
        request: super::ops::GetGlobalUserList,
    ) -> Result<super::ops::GetGlobalUserListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getGlobalUserList"))
    }
    /// `getGlobalCustomerList`: Returns a list of global customers from the Seapine License Server.
    fn get_global_customer_list(
        &self,
        request: super::ops::GetGlobalCustomerList,
    ) -> Result<super::ops::GetGlobalCustomerListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getGlobalCustomerList"))
    }
    /// `getTTVersionInfo`: Returns the server and CGI version information (CTTVersionInfo). Added in Helix ALM 2017.
    fn get_tt_version_info(
        &self,
        request: super::ops::GetTTVersionInfo,
    ) -> Result<super::ops::GetTTVersionInfoResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTTVersionInfo"))
    }
    /// `getDocForExportTemplate`: Returns a document (CFile) generated with an export template, given by templateID or templateName, for records of a table selected by filtername, query or recordIDs. Added in Helix ALM 2017.
    fn get_doc_for_export_template(
        &self,
        request: super::ops::GetDocForExportTemplate,
    ) -> Result<super::ops::GetDocForExportTemplateResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDocForExportTemplate"))
    }
    /// `getDocForExportTemplateReqDoc`: Returns a document (CFile) generated with an export template for a requirement document (documentID, snapshotVersion). Added in Helix ALM 2017.
    fn get_doc_for_export_template_req_doc(
        &self,
        request: super::ops::GetDocForExportTemplateReqDoc,
    ) -> Result<super::ops::GetDocForExportTemplateReqDocResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDocForExportTemplateReqDoc"))
    }
    /// `getDocForExportTemplateFolder`: Returns a document (CFile) generated with an export template for the items of a folder (folderPath, bRecursive). Added in Helix ALM 2017.
    fn get_doc_for_export_template_folder(
        &self,
        request: super::ops::GetDocForExportTemplateFolder,
    ) -> Result<super::ops::GetDocForExportTemplateFolderResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDocForExportTemplateFolder"))
    }
    /// `getUserLicenseList`: Returns a list of user licenses.
    fn get_user_license_list(
        &self,
        request: super::ops::GetUserLicenseList,
    ) -> Result<super::ops::GetUserLicenseListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getUserLicenseList"))
    }
    /// `getUser`: Returns a user.
    fn get_user(
        &self,
        request: super::ops::GetUser,
    ) -> Result<super::ops::GetUserResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getUser"))
    }
    /// `getUserByRecordID`: Returns a user based on record ID.
    fn get_user_by_record_id(
        &self,
        request: super::ops::GetUserByRecordID,
    ) -> Result<super::ops::GetUserByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getUserByRecordID"))
    }
    /// `getUserForCurrentSession`: Returns the user (CUser) logged in with the session cookie. Added after TestTrack 2013.
    fn get_user_for_current_session(
        &self,
        request: super::ops::GetUserForCurrentSession,
    ) -> Result<super::ops::GetUserForCurrentSessionResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getUserForCurrentSession"))
    }
    /// `addUser`: Creates a user.
    fn add_user(
        &self,
        request: super::ops::AddUser,
    ) -> Result<super::ops::AddUserResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addUser"))
    }
    /// `editUser`: Retrieves a user for editing. The saveUser request must be called and passed the changed object.
    fn edit_user(
        &self,
        request: super::ops::EditUser,
    ) -> Result<super::ops::EditUserResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editUser"))
    }
    /// `editUserByRecordID`: Retrieves a user for editing based on record ID. The saveUser request must be called and passed the changed object.
    fn edit_user_by_record_id(
        &self,
        request: super::ops::EditUserByRecordID,
    ) -> Result<super::ops::EditUserByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editUserByRecordID"))
    }
    /// `saveUser`: Saves changes made to a user record.
    fn save_user(
        &self,
        request: super::ops::SaveUser,
    ) -> Result<super::ops::SaveUserResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveUser"))
    }
    /// `deleteUser`: Deletes a user.
    fn delete_user(
        &self,
        request: super::ops::DeleteUser,
    ) -> Result<super::ops::DeleteUserResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteUser"))
    }
    /// `deleteUserByRecordID`: Deletes a user based on record ID.
    fn delete_user_by_record_id(
        &self,
        request: super::ops::DeleteUserByRecordID,
    ) -> Result<super::ops::DeleteUserByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteUserByRecordID"))
    }
    /// `cancelSaveUser`: Discards changes made to a user record.
    fn cancel_save_user(
        &self,
        request: super::ops::CancelSaveUser,
    ) -> Result<super::ops::CancelSaveUserResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveUser"))
    }
    /// `promoteUser`: Promotes a local user to a global user on the Seapine License Server.
    fn promote_user(
        &self,
        request: super::ops::PromoteUser,
    ) -> Result<super::ops::PromoteUserResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("promoteUser"))
    }
    /// `addGlobalUser`: Retrieves a global user from the Seapine License Server and adds them to TestTrack.
    fn add_global_user(
        &self,
        request: super::ops::AddGlobalUser,
    ) -> Result<super::ops::AddGlobalUserResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addGlobalUser"))
    }
    /// `getCustomer`: Returns a customer.
    fn get_customer(
        &self,
        request: super::ops::GetCustomer,
    ) -> Result<super::ops::GetCustomerResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getCustomer"))
    }
    /// `getCustomerByRecordID`: Returns a customer based on record ID.
    fn get_customer_by_record_id(
        &self,
        request: super::ops::GetCustomerByRecordID,
    ) -> Result<super::ops::GetCustomerByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getCustomerByRecordID"))
    }
    /// `addCustomer`: Creates a customer.
    fn add_customer(
        &self,
        request: super::ops::AddCustomer,
    ) -> Result<super::ops::AddCustomerResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addCustomer"))
    }
    /// `editCustomer`: Retrieves a customer for editing. The saveCustomer request must be called and passed the changed object.
    fn edit_customer(
        &self,
        request: super::ops::EditCustomer,
    ) -> Result<super::ops::EditCustomerResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editCustomer"))
    }
    /// `editCustomerByRecordID`: Retrieves a customer for editing based on record ID. The saveCustomer request must be called and passed the changed object.
    fn edit_customer_by_record_id(
        &self,
        request: super::ops::EditCustomerByRecordID,
    ) -> Result<super::ops::EditCustomerByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editCustomerByRecordID"))
    }
    /// `saveCustomer`: Saves changes made to a customer record.
    fn save_customer(
        &self,
        request: super::ops::SaveCustomer,
    ) -> Result<super::ops::SaveCustomerResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveCustomer"))
    }
    /// `deleteCustomer`: Deletes a customer.
    fn delete_customer(
        &self,
        request: super::ops::DeleteCustomer,
    ) -> Result<super::ops::DeleteCustomerResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteCustomer"))
    }
    /// `deleteCustomerByRecordID`: Deletes a customer based on record ID.
    fn delete_customer_by_record_id(
        &self,
        request: super::ops::DeleteCustomerByRecordID,
    ) -> Result<super::ops::DeleteCustomerByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteCustomerByRecordID"))
    }
    /// `cancelSaveCustomer`: Discards changes made to a customer record.
    fn cancel_save_customer(
        &self,
        request: super::ops::CancelSaveCustomer,
    ) -> Result<super::ops::CancelSaveCustomerResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveCustomer"))
    }
    /// `promoteCustomer`: Promotes a local customer to a global customer on the Seapine License Server.
    fn promote_customer(
        &self,
        request: super::ops::PromoteCustomer,
    ) -> Result<super::ops::PromoteCustomerResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("promoteCustomer"))
    }
    /// `addGlobalCustomer`: Retrieves a global customer from the Seapine License Server and adds them to TestTrack.
    fn add_global_customer(
        &self,
        request: super::ops::AddGlobalCustomer,
    ) -> Result<super::ops::AddGlobalCustomerResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addGlobalCustomer"))
    }
    /// `getLinksForItem`: Returns links for a specified item.
    fn get_links_for_item(
        &self,
        request: super::ops::GetLinksForItem,
    ) -> Result<super::ops::GetLinksForItemResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getLinksForItem"))
    }
    /// `getLinksForDefect`: Returns links for a specified defect.
    fn get_links_for_defect(
        &self,
        request: super::ops::GetLinksForDefect,
    ) -> Result<super::ops::GetLinksForDefectResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getLinksForDefect"))
    }
    /// `getLink`: Returns a list of all links.
    fn get_link(
        &self,
        request: super::ops::GetLink,
    ) -> Result<super::ops::GetLinkResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getLink"))
    }
    /// `addLink`: Creates a link.
    fn add_link(
        &self,
        request: super::ops::AddLink,
    ) -> Result<super::ops::AddLinkResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addLink"))
    }
    /// `deleteLink`: Deletes a link.
    fn delete_link(
        &self,
        request: super::ops::DeleteLink,
    ) -> Result<super::ops::DeleteLinkResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteLink"))
    }
    /// `editLink`: Retrieves a link for editing. The saveLink request must be called and passed the changed objects.
    fn edit_link(
        &self,
        request: super::ops::EditLink,
    ) -> Result<super::ops::EditLinkResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editLink"))
    }
    /// `saveLink`: Saves changes made to a link.
    fn save_link(
        &self,
        request: super::ops::SaveLink,
    ) -> Result<super::ops::SaveLinkResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveLink"))
    }
    /// `cancelSaveLink`: Discards changes made to a link.
    fn cancel_save_link(
        &self,
        request: super::ops::CancelSaveLink,
    ) -> Result<super::ops::CancelSaveLinkResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveLink"))
    }
    /// `getTestVariantTypes`: Returns a list of test variant types.
    fn get_test_variant_types(
        &self,
        request: super::ops::GetTestVariantTypes,
    ) -> Result<super::ops::GetTestVariantTypesResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTestVariantTypes"))
    }
    /// `getTestRunStepsModes`: Returns test runs steps mode. Either Grid View or Free Form Text View.
    fn get_test_run_steps_modes(
        &self,
        request: super::ops::GetTestRunStepsModes,
    ) -> Result<super::ops::GetTestRunStepsModesResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTestRunStepsModes"))
    }
    /// `getTestCase`: Returns a list of test cases.
    fn get_test_case(
        &self,
        request: super::ops::GetTestCase,
    ) -> Result<super::ops::GetTestCaseResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTestCase"))
    }
    /// `getTestCaseByRecordID`: Returns a test case based on record ID.
    fn get_test_case_by_record_id(
        &self,
        request: super::ops::GetTestCaseByRecordID,
    ) -> Result<super::ops::GetTestCaseByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTestCaseByRecordID"))
    }
    /// `addTestCase`: Creates a test case.
    fn add_test_case(
        &self,
        request: super::ops::AddTestCase,
    ) -> Result<super::ops::AddTestCaseResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addTestCase"))
    }
    /// `deleteTestCase`: Deletes a test case.
    fn delete_test_case(
        &self,
        request: super::ops::DeleteTestCase,
    ) -> Result<super::ops::DeleteTestCaseResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteTestCase"))
    }
    /// `deleteTestCaseByRecordID`: Deletes a test case based on a record ID.
    fn delete_test_case_by_record_id(
        &self,
        request: super::ops::DeleteTestCaseByRecordID,
    ) -> Result<super::ops::DeleteTestCaseByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteTestCaseByRecordID"))
    }
    /// `editTestCase`: Retrieves a test case for editing. The saveTestCase request must be called and passed the changed objects.
    fn edit_test_case(
        &self,
        request: super::ops::EditTestCase,
    ) -> Result<super::ops::EditTestCaseResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editTestCase"))
    }
    /// `editTestCaseByRecordID`: Retrieves a test case for editing based on record ID. The saveTestCase request must be called and passed the changed objects.
    fn edit_test_case_by_record_id(
        &self,
        request: super::ops::EditTestCaseByRecordID,
    ) -> Result<super::ops::EditTestCaseByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editTestCaseByRecordID"))
    }
    /// `saveTestCase`: Saves changes made to a test case.
    fn save_test_case(
        &self,
        request: super::ops::SaveTestCase,
    ) -> Result<super::ops::SaveTestCaseResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveTestCase"))
    }
    /// `cancelSaveTestCase`: Discards changes made to a test case.
    fn cancel_save_test_case(
        &self,
        request: super::ops::CancelSaveTestCase,
    ) -> Result<super::ops::CancelSaveTestCaseResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveTestCase"))
    }
    /// `getTestRun`: Returns a list of test runs.
    fn get_test_run(
        &self,
        request: super::ops::GetTestRun,
    ) -> Result<super::ops::GetTestRunResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTestRun"))
    }
    /// `getTestRunByRecordID`: Returns a test run based on record ID.
    fn get_test_run_by_record_id(
        &self,
        request: super::ops::GetTestRunByRecordID,
    ) -> Result<super::ops::GetTestRunByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getTestRunByRecordID"))
    }
    /// `deleteTestRun`: Deletes a test run.
    fn delete_test_run(
        &self,
        request: super::ops::DeleteTestRun,
    ) -> Result<super::ops::DeleteTestRunResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteTestRun"))
    }
    /// `deleteTestRunByRecordID`: Deletes a test run based on record ID.
    fn delete_test_run_by_record_id(
        &self,
        request: super::ops::DeleteTestRunByRecordID,
    ) -> Result<super::ops::DeleteTestRunByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteTestRunByRecordID"))
    }
    /// `editTestRun`: Retrieves a test run for editing. The saveTestRun request must be called and passed the changed objects.
    fn edit_test_run(
        &self,
        request: super::ops::EditTestRun,
    ) -> Result<super::ops::EditTestRunResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editTestRun"))
    }
    /// `editTestRunByRecordID`: Retrieves a test run for editing based on record ID. The saveTestRun request must be called and passed the changed objects.
    fn edit_test_run_by_record_id(
        &self,
        request: super::ops::EditTestRunByRecordID,
    ) -> Result<super::ops::EditTestRunByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editTestRunByRecordID"))
    }
    /// `saveTestRun`: Saves changes made to a test run.
    fn save_test_run(
        &self,
        request: super::ops::SaveTestRun,
    ) -> Result<super::ops::SaveTestRunResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveTestRun"))
    }
    /// `cancelSaveTestRun`: Discards changes made to a test run.
    fn cancel_save_test_run(
        &self,
        request: super::ops::CancelSaveTestRun,
    ) -> Result<super::ops::CancelSaveTestRunResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveTestRun"))
    }
    /// `createDefectForTestRun`: Creates a defect based on test run results.
    fn create_defect_for_test_run(
        &self,
        request: super::ops::CreateDefectForTestRun,
    ) -> Result<super::ops::CreateDefectForTestRunResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("createDefectForTestRun"))
    }
    /// `generateTestRuns`: Generates test runs for a test case.
    fn generate_test_runs(
        &self,
        request: super::ops::GenerateTestRuns,
    ) -> Result<super::ops::GenerateTestRunsResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("generateTestRuns"))
    }
    /// `getFolderTypeByName`: Returns the properties of the folder type. Call the getFolderTypeList request to get the names used in this request.
    fn get_folder_type_by_name(
        &self,
        request: super::ops::GetFolderTypeByName,
    ) -> Result<super::ops::GetFolderTypeByNameResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFolderTypeByName"))
    }
    /// `getFolderTypeList`: Returns a list of configured folder types.
    fn get_folder_type_list(
        &self,
        request: super::ops::GetFolderTypeList,
    ) -> Result<super::ops::GetFolderTypeListResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFolderTypeList"))
    }
    /// `addFolder`: Creates a folder.
    fn add_folder(
        &self,
        request: super::ops::AddFolder,
    ) -> Result<super::ops::AddFolderResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addFolder"))
    }
    /// `editFolder`: Retrieves a folder for editing. The saveFolder request must be called and passed the changed objects.
    fn edit_folder(
        &self,
        request: super::ops::EditFolder,
    ) -> Result<super::ops::EditFolderResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editFolder"))
    }
    /// `editFolderByRecordID`: Retrieves a folder for editing based on record ID. The saveFolder request must be called and passed the changed objects.
    fn edit_folder_by_record_id(
        &self,
        request: super::ops::EditFolderByRecordID,
    ) -> Result<super::ops::EditFolderByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editFolderByRecordID"))
    }
    /// `saveFolder`: Saves changes made to a folder. NOTES: If you set the path, parentid, and the ispublic flag, they must all be consistent. If you set only the path, you can pass back the original parentid and ispublic flag and they will be updated automatically. Similarly, if you set the parentid and the ispublic flag you can pass back the original path (or none at all) and it will be updated. If you set only the parentid, the ispublic flag and the owner of the new parent folder (if private) must be the same as the old parent folder. If the folder name changes, the path must also change. The path must always end with the folder name and no trailing path separator character. Changing only ispublic or only name results in an error.
    fn save_folder(
        &self,
        request: super::ops::SaveFolder,
    ) -> Result<super::ops::SaveFolderResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveFolder"))
    }
    /// `cancelSaveFolder`: Discards changes made to a folder.
    fn cancel_save_folder(
        &self,
        request: super::ops::CancelSaveFolder,
    ) -> Result<super::ops::CancelSaveFolderResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveFolder"))
    }
    /// `getFolder`: Returns a list of folders.
    fn get_folder(
        &self,
        request: super::ops::GetFolder,
    ) -> Result<super::ops::GetFolderResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFolder"))
    }
    /// `getFolderByRecordID`: Returns a folder based on record ID.
    fn get_folder_by_record_id(
        &self,
        request: super::ops::GetFolderByRecordID,
    ) -> Result<super::ops::GetFolderByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFolderByRecordID"))
    }
    /// `deleteFolder`: Deletes a folder.
    fn delete_folder(
        &self,
        request: super::ops::DeleteFolder,
    ) -> Result<super::ops::DeleteFolderResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteFolder"))
    }
    /// `deleteFolderByRecordID`: Deletes a folder based on record ID.
    fn delete_folder_by_record_id(
        &self,
        request: super::ops::DeleteFolderByRecordID,
    ) -> Result<super::ops::DeleteFolderByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteFolderByRecordID"))
    }
    /// `addEntityToFolderByRecordID`: Adds a TestTrack item to a folder based on record ID.
    fn add_entity_to_folder_by_record_id(
        &self,
        request: super::ops::AddEntityToFolderByRecordID,
    ) -> Result<super::ops::AddEntityToFolderByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addEntityToFolderByRecordID"))
    }
    /// `removeEntityFromFolderByRecordID`: Removes a TestTrack item from a folder based on record ID.
    fn remove_entity_from_folder_by_record_id(
        &self,
        request: super::ops::RemoveEntityFromFolderByRecordID,
    ) -> Result<super::ops::RemoveEntityFromFolderByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("removeEntityFromFolderByRecordID"))
    }
    /// `getEntityListForFolderByRecordID`: Returns a list of TestTrack items in a folder based on record ID.
    fn get_entity_list_for_folder_by_record_id(
        &self,
        request: super::ops::GetEntityListForFolderByRecordID,
    ) -> Result<super::ops::GetEntityListForFolderByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getEntityListForFolderByRecordID"))
    }
    /// `getFolderListForEntityByRecordID`: Returns a list of folders a specified item is in.
    fn get_folder_list_for_entity_by_record_id(
        &self,
        request: super::ops::GetFolderListForEntityByRecordID,
    ) -> Result<super::ops::GetFolderListForEntityByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFolderListForEntityByRecordID"))
    }
    /// `getFolderPathSeparator`: Returns the folder separator character, which is '/'.
    fn get_folder_path_separator(
        &self,
        request: super::ops::GetFolderPathSeparator,
    ) -> Result<super::ops::GetFolderPathSeparatorResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFolderPathSeparator"))
    }
    /// `getRootPublicFolderPath`: Returns a public folder path.
    fn get_root_public_folder_path(
        &self,
        request: super::ops::GetRootPublicFolderPath,
    ) -> Result<super::ops::GetRootPublicFolderPathResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRootPublicFolderPath"))
    }
    /// `getRootPrivateFolderPath`: Returns a private folder path.
    fn get_root_private_folder_path(
        &self,
        request: super::ops::GetRootPrivateFolderPath,
    ) -> Result<super::ops::GetRootPrivateFolderPathResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRootPrivateFolderPath"))
    }
    /// `editFolderItemRank`: Retrieves a folder for item ranking.
    fn edit_folder_item_rank(
        &self,
        request: super::ops::EditFolderItemRank,
    ) -> Result<super::ops::EditFolderItemRankResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editFolderItemRank"))
    }
    /// `saveFolderItemRank`: Save changes made to item rank in a folder.
    fn save_folder_item_rank(
        &self,
        request: super::ops::SaveFolderItemRank,
    ) -> Result<super::ops::SaveFolderItemRankResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveFolderItemRank"))
    }
    /// `cancelSaveFolderItemRank`: Discards changes made to item rank in a folder.
    fn cancel_save_folder_item_rank(
        &self,
        request: super::ops::CancelSaveFolderItemRank,
    ) -> Result<super::ops::CancelSaveFolderItemRankResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveFolderItemRank"))
    }
    /// `getRequirement`: Returns a list of requirements.
    fn get_requirement(
        &self,
        request: super::ops::GetRequirement,
    ) -> Result<super::ops::GetRequirementResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRequirement"))
    }
    /// `getRequirementByRecordID`: Returns a requirement based on record ID.
    fn get_requirement_by_record_id(
        &self,
        request: super::ops::GetRequirementByRecordID,
    ) -> Result<super::ops::GetRequirementByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRequirementByRecordID"))
    }
    /// `addRequirement`: Creates a requirement.
    fn add_requirement(
        &self,
        request: super::ops::AddRequirement,
    ) -> Result<super::ops::AddRequirementResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addRequirement"))
    }
    /// `deleteRequirement`: Deletes a requirement.
    fn delete_requirement(
        &self,
        request: super::ops::DeleteRequirement,
    ) -> Result<super::ops::DeleteRequirementResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteRequirement"))
    }
    /// `deleteRequirementByRecordID`: Deletes a requirement based on record ID.
    fn delete_requirement_by_record_id(
        &self,
        request: super::ops::DeleteRequirementByRecordID,
    ) -> Result<super::ops::DeleteRequirementByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteRequirementByRecordID"))
    }
    /// `editRequirement`: Retrieves a requirement for editing. The saveRequirement request must be called and passed the changed objects.
    fn edit_requirement(
        &self,
        request: super::ops::EditRequirement,
    ) -> Result<super::ops::EditRequirementResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editRequirement"))
    }
    /// `editRequirementByRecordID`: Retrieves a requirement for editing based on record ID. The saveRequirement request must be called and passed the changed objects.
    fn edit_requirement_by_record_id(
        &self,
        request: super::ops::EditRequirementByRecordID,
    ) -> Result<super::ops::EditRequirementByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editRequirementByRecordID"))
    }
    /// `saveRequirement`: Saves changes made to a requirement.
    fn save_requirement(
        &self,
        request: super::ops::SaveRequirement,
    ) -> Result<super::ops::SaveRequirementResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveRequirement"))
    }
    /// `cancelSaveRequirement`: Discards changes made to a requirement.
    fn cancel_save_requirement(
        &self,
        request: super::ops::CancelSaveRequirement,
    ) -> Result<super::ops::CancelSaveRequirementResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveRequirement"))
    }
    /// `appendToRequirementDocument`: Appends the requirement to the end of a requirement document.
    fn append_to_requirement_document(
        &self,
        request: super::ops::AppendToRequirementDocument,
    ) -> Result<super::ops::AppendToRequirementDocumentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("appendToRequirementDocument"))
    }
    /// `getDocumentIDsForRequirement`: Returns a list of requirement document IDs for a specified requirement.
    fn get_document_ids_for_requirement(
        &self,
        request: super::ops::GetDocumentIDsForRequirement,
    ) -> Result<super::ops::GetDocumentIDsForRequirementResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDocumentIDsForRequirement"))
    }
    /// `changeRequirementType`: Changes the requirement type.
    fn change_requirement_type(
        &self,
        request: super::ops::ChangeRequirementType,
    ) -> Result<super::ops::ChangeRequirementTypeResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("changeRequirementType"))
    }
    /// `getRequirementDocument`: Returns a list of requirement documents.
    fn get_requirement_document(
        &self,
        request: super::ops::GetRequirementDocument,
    ) -> Result<super::ops::GetRequirementDocumentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRequirementDocument"))
    }
    /// `getRequirementDocumentByRecordID`: Returns a list of requirement documents by record ID.
    fn get_requirement_document_by_record_id(
        &self,
        request: super::ops::GetRequirementDocumentByRecordID,
    ) -> Result<super::ops::GetRequirementDocumentByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRequirementDocumentByRecordID"))
    }
    /// `addRequirementDocument`: Creates a requirement document.
    fn add_requirement_document(
        &self,
        request: super::ops::AddRequirementDocument,
    ) -> Result<super::ops::AddRequirementDocumentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("addRequirementDocument"))
    }
    /// `deleteRequirementDocument`: Deletes a requirement document.
    fn delete_requirement_document(
        &self,
        request: super::ops::DeleteRequirementDocument,
    ) -> Result<super::ops::DeleteRequirementDocumentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteRequirementDocument"))
    }
    /// `deleteRequirementDocumentByRecordID`: Service definition of function ttns__deleteRequirementDocumentByRecordID
    fn delete_requirement_document_by_record_id(
        &self,
        request: super::ops::DeleteRequirementDocumentByRecordID,
    ) -> Result<super::ops::DeleteRequirementDocumentByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("deleteRequirementDocumentByRecordID"))
    }
    /// `editRequirementDocument`: Retrieves a requirement document for editing. The saveRequirementDocument request must be called and passed the changed objects.
    fn edit_requirement_document(
        &self,
        request: super::ops::EditRequirementDocument,
    ) -> Result<super::ops::EditRequirementDocumentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editRequirementDocument"))
    }
    /// `editRequirementDocumentByRecordID`: Retrieves a requirement document for editing based on record ID. The saveRequirementDocument request must be called and passed the changed objects.
    fn edit_requirement_document_by_record_id(
        &self,
        request: super::ops::EditRequirementDocumentByRecordID,
    ) -> Result<super::ops::EditRequirementDocumentByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("editRequirementDocumentByRecordID"))
    }
    /// `saveRequirementDocument`: Saves changes made to a requirement document.
    fn save_requirement_document(
        &self,
        request: super::ops::SaveRequirementDocument,
    ) -> Result<super::ops::SaveRequirementDocumentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("saveRequirementDocument"))
    }
    /// `cancelSaveRequirementDocument`: Discards changes made to a requirement document.
    fn cancel_save_requirement_document(
        &self,
        request: super::ops::CancelSaveRequirementDocument,
    ) -> Result<super::ops::CancelSaveRequirementDocumentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("cancelSaveRequirementDocument"))
    }
    /// `createSnapshot`: Creates a requirement document snapshot.
    fn create_snapshot(
        &self,
        request: super::ops::CreateSnapshot,
    ) -> Result<super::ops::CreateSnapshotResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("createSnapshot"))
    }
    /// `getRequirementIDsForDocument`: Returns a list of requirement IDs for the requirement document.
    fn get_requirement_ids_for_document(
        &self,
        request: super::ops::GetRequirementIDsForDocument,
    ) -> Result<super::ops::GetRequirementIDsForDocumentResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getRequirementIDsForDocument"))
    }
    /// `getDocumentTree`: Returns the requirement hierarchy from a requirement document.
    fn get_document_tree(
        &self,
        request: super::ops::GetDocumentTree,
    ) -> Result<super::ops::GetDocumentTreeResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getDocumentTree"))
    }
    /// `getFolderTreeByRecordID`: Returns the public or private folder hierarchy starting at a specified folder based on record ID.
    fn get_folder_tree_by_record_id(
        &self,
        request: super::ops::GetFolderTreeByRecordID,
    ) -> Result<super::ops::GetFolderTreeByRecordIDResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFolderTreeByRecordID"))
    }
    /// `getFolderTree`: Returns the public or private folder hierarchy starting at a specified folder.
    fn get_folder_tree(
        &self,
        request: super::ops::GetFolderTree,
    ) -> Result<super::ops::GetFolderTreeResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getFolderTree"))
    }
    /// `getItemHyperlinks`: Returns ttstudio and http hyperlinks for a specified item.
    fn get_item_hyperlinks(
        &self,
        request: super::ops::GetItemHyperlinks,
    ) -> Result<super::ops::GetItemHyperlinksResponse, ttsoap::Fault> {
        let _ = request;
        Err(ttsoap::server::not_implemented("getItemHyperlinks"))
    }
}
/// Decodes a request envelope, calls the matching `Service` method and encodes its
/// response or fault. Routing is by the body's element name, whatever the SOAPAction.
pub fn dispatch<S: Service + ?Sized>(
    service: &S,
    request: &[u8],
    opts: ttsoap::xml::ReadOptions,
) -> ttsoap::server::Reply {
    ttsoap::server::dispatch(
        request,
        opts,
        |name, r, wrapper| match name {
            b"getDatabaseList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDatabaseList,
                    >(r, wrapper, |q| service.get_database_list(q)),
                )
            }
            b"getProjectList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetProjectList,
                    >(r, wrapper, |q| service.get_project_list(q)),
                )
            }
            b"getProjectDataOptionList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetProjectDataOptionList,
                    >(r, wrapper, |q| service.get_project_data_option_list(q)),
                )
            }
            b"DatabaseLogon" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DatabaseLogon,
                    >(r, wrapper, |q| service.database_logon(q)),
                )
            }
            b"ProjectLogon" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::ProjectLogon,
                    >(r, wrapper, |q| service.project_logon(q)),
                )
            }
            b"DatabaseLogoff" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DatabaseLogoff,
                    >(r, wrapper, |q| service.database_logoff(q)),
                )
            }
            b"formattedTextSupport" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::FormattedTextSupport,
                    >(r, wrapper, |q| service.formatted_text_support(q)),
                )
            }
            b"getTableList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTableList,
                    >(r, wrapper, |q| service.get_table_list(q)),
                )
            }
            b"getDropdownFieldForTable" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDropdownFieldForTable,
                    >(r, wrapper, |q| service.get_dropdown_field_for_table(q)),
                )
            }
            b"getDropdownFieldValuesForTable" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDropdownFieldValuesForTable,
                    >(r, wrapper, |q| service.get_dropdown_field_values_for_table(q)),
                )
            }
            b"addDropdownFieldValuesForTable" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddDropdownFieldValuesForTable,
                    >(r, wrapper, |q| service.add_dropdown_field_values_for_table(q)),
                )
            }
            b"GetLinkDefinitionValues" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetLinkDefinitionValues,
                    >(r, wrapper, |q| service.get_link_definition_values(q)),
                )
            }
            b"getColumnsForTable" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetColumnsForTable,
                    >(r, wrapper, |q| service.get_columns_for_table(q)),
                )
            }
            b"getFilterList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFilterList,
                    >(r, wrapper, |q| service.get_filter_list(q)),
                )
            }
            b"getFilterListForTable" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFilterListForTable,
                    >(r, wrapper, |q| service.get_filter_list_for_table(q)),
                )
            }
            b"getRecordListForTable" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRecordListForTable,
                    >(r, wrapper, |q| service.get_record_list_for_table(q)),
                )
            }
            b"getRecordListForTableWithQuery" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRecordListForTableWithQuery,
                    >(r, wrapper, |q| service.get_record_list_for_table_with_query(q)),
                )
            }
            b"getTestConfig" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTestConfig,
                    >(r, wrapper, |q| service.get_test_config(q)),
                )
            }
            b"getTestConfigByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTestConfigByRecordID,
                    >(r, wrapper, |q| service.get_test_config_by_record_id(q)),
                )
            }
            b"addTestConfig" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddTestConfig,
                    >(r, wrapper, |q| service.add_test_config(q)),
                )
            }
            b"editTestConfig" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditTestConfig,
                    >(r, wrapper, |q| service.edit_test_config(q)),
                )
            }
            b"editTestConfigByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditTestConfigByRecordID,
                    >(r, wrapper, |q| service.edit_test_config_by_record_id(q)),
                )
            }
            b"saveTestConfig" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveTestConfig,
                    >(r, wrapper, |q| service.save_test_config(q)),
                )
            }
            b"deleteTestConfig" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteTestConfig,
                    >(r, wrapper, |q| service.delete_test_config(q)),
                )
            }
            b"deleteTestConfigByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteTestConfigByRecordID,
                    >(r, wrapper, |q| service.delete_test_config_by_record_id(q)),
                )
            }
            b"cancelSaveTestConfig" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveTestConfig,
                    >(r, wrapper, |q| service.cancel_save_test_config(q)),
                )
            }
            b"getAttachmentTypes" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetAttachmentTypes,
                    >(r, wrapper, |q| service.get_attachment_types(q)),
                )
            }
            b"getReportRunResultsByName" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetReportRunResultsByName,
                    >(r, wrapper, |q| service.get_report_run_results_by_name(q)),
                )
            }
            b"getReportRunResultsByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetReportRunResultsByRecordID,
                    >(r, wrapper, |q| service.get_report_run_results_by_record_id(q)),
                )
            }
            b"getEventDefinitionList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetEventDefinitionList,
                    >(r, wrapper, |q| service.get_event_definition_list(q)),
                )
            }
            b"getDefectEventDefinitionList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDefectEventDefinitionList,
                    >(r, wrapper, |q| service.get_defect_event_definition_list(q)),
                )
            }
            b"getCustomFieldsDefinitionList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetCustomFieldsDefinitionList,
                    >(r, wrapper, |q| service.get_custom_fields_definition_list(q)),
                )
            }
            b"getDefectCustomFieldsDefinitionList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDefectCustomFieldsDefinitionList,
                    >(
                        r,
                        wrapper,
                        |q| service.get_defect_custom_fields_definition_list(q),
                    ),
                )
            }
            b"getDefect" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDefect,
                    >(r, wrapper, |q| service.get_defect(q)),
                )
            }
            b"getDefectByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDefectByRecordID,
                    >(r, wrapper, |q| service.get_defect_by_record_id(q)),
                )
            }
            b"addDefect" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddDefect,
                    >(r, wrapper, |q| service.add_defect(q)),
                )
            }
            b"addDefectWithLink" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddDefectWithLink,
                    >(r, wrapper, |q| service.add_defect_with_link(q)),
                )
            }
            b"deleteDefect" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteDefect,
                    >(r, wrapper, |q| service.delete_defect(q)),
                )
            }
            b"deleteDefectByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteDefectByRecordID,
                    >(r, wrapper, |q| service.delete_defect_by_record_id(q)),
                )
            }
            b"editDefect" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditDefect,
                    >(r, wrapper, |q| service.edit_defect(q)),
                )
            }
            b"editDefectByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditDefectByRecordID,
                    >(r, wrapper, |q| service.edit_defect_by_record_id(q)),
                )
            }
            b"saveDefect" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveDefect,
                    >(r, wrapper, |q| service.save_defect(q)),
                )
            }
            b"cancelSaveDefect" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveDefect,
                    >(r, wrapper, |q| service.cancel_save_defect(q)),
                )
            }
            b"getAttachment" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetAttachment,
                    >(r, wrapper, |q| service.get_attachment(q)),
                )
            }
            b"getDefectAttachment" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDefectAttachment,
                    >(r, wrapper, |q| service.get_defect_attachment(q)),
                )
            }
            b"getTask" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTask,
                    >(r, wrapper, |q| service.get_task(q)),
                )
            }
            b"getTaskByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTaskByRecordID,
                    >(r, wrapper, |q| service.get_task_by_record_id(q)),
                )
            }
            b"addTask" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddTask,
                    >(r, wrapper, |q| service.add_task(q)),
                )
            }
            b"deleteTask" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteTask,
                    >(r, wrapper, |q| service.delete_task(q)),
                )
            }
            b"deleteTaskByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteTaskByRecordID,
                    >(r, wrapper, |q| service.delete_task_by_record_id(q)),
                )
            }
            b"editTask" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditTask,
                    >(r, wrapper, |q| service.edit_task(q)),
                )
            }
            b"editTaskByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditTaskByRecordID,
                    >(r, wrapper, |q| service.edit_task_by_record_id(q)),
                )
            }
            b"saveTask" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveTask,
                    >(r, wrapper, |q| service.save_task(q)),
                )
            }
            b"cancelSaveTask" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveTask,
                    >(r, wrapper, |q| service.cancel_save_task(q)),
                )
            }
            b"getGlobalUserList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetGlobalUserList,
                    >(r, wrapper, |q| service.get_global_user_list(q)),
                )
            }
            b"getGlobalCustomerList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetGlobalCustomerList,
                    >(r, wrapper, |q| service.get_global_customer_list(q)),
                )
            }
            b"getTTVersionInfo" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTTVersionInfo,
                    >(r, wrapper, |q| service.get_tt_version_info(q)),
                )
            }
            b"getDocForExportTemplate" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDocForExportTemplate,
                    >(r, wrapper, |q| service.get_doc_for_export_template(q)),
                )
            }
            b"getDocForExportTemplateReqDoc" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDocForExportTemplateReqDoc,
                    >(r, wrapper, |q| service.get_doc_for_export_template_req_doc(q)),
                )
            }
            b"getDocForExportTemplateFolder" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDocForExportTemplateFolder,
                    >(r, wrapper, |q| service.get_doc_for_export_template_folder(q)),
                )
            }
            b"getUserLicenseList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetUserLicenseList,
                    >(r, wrapper, |q| service.get_user_license_list(q)),
                )
            }
            b"getUser" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetUser,
                    >(r, wrapper, |q| service.get_user(q)),
                )
            }
            b"getUserByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetUserByRecordID,
                    >(r, wrapper, |q| service.get_user_by_record_id(q)),
                )
            }
            b"getUserForCurrentSession" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetUserForCurrentSession,
                    >(r, wrapper, |q| service.get_user_for_current_session(q)),
                )
            }
            b"addUser" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddUser,
                    >(r, wrapper, |q| service.add_user(q)),
                )
            }
            b"editUser" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditUser,
                    >(r, wrapper, |q| service.edit_user(q)),
                )
            }
            b"editUserByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditUserByRecordID,
                    >(r, wrapper, |q| service.edit_user_by_record_id(q)),
                )
            }
            b"saveUser" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveUser,
                    >(r, wrapper, |q| service.save_user(q)),
                )
            }
            b"deleteUser" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteUser,
                    >(r, wrapper, |q| service.delete_user(q)),
                )
            }
            b"deleteUserByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteUserByRecordID,
                    >(r, wrapper, |q| service.delete_user_by_record_id(q)),
                )
            }
            b"cancelSaveUser" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveUser,
                    >(r, wrapper, |q| service.cancel_save_user(q)),
                )
            }
            b"promoteUser" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::PromoteUser,
                    >(r, wrapper, |q| service.promote_user(q)),
                )
            }
            b"addGlobalUser" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddGlobalUser,
                    >(r, wrapper, |q| service.add_global_user(q)),
                )
            }
            b"getCustomer" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetCustomer,
                    >(r, wrapper, |q| service.get_customer(q)),
                )
            }
            b"getCustomerByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetCustomerByRecordID,
                    >(r, wrapper, |q| service.get_customer_by_record_id(q)),
                )
            }
            b"addCustomer" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddCustomer,
                    >(r, wrapper, |q| service.add_customer(q)),
                )
            }
            b"editCustomer" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditCustomer,
                    >(r, wrapper, |q| service.edit_customer(q)),
                )
            }
            b"editCustomerByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditCustomerByRecordID,
                    >(r, wrapper, |q| service.edit_customer_by_record_id(q)),
                )
            }
            b"saveCustomer" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveCustomer,
                    >(r, wrapper, |q| service.save_customer(q)),
                )
            }
            b"deleteCustomer" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteCustomer,
                    >(r, wrapper, |q| service.delete_customer(q)),
                )
            }
            b"deleteCustomerByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteCustomerByRecordID,
                    >(r, wrapper, |q| service.delete_customer_by_record_id(q)),
                )
            }
            b"cancelSaveCustomer" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveCustomer,
                    >(r, wrapper, |q| service.cancel_save_customer(q)),
                )
            }
            b"promoteCustomer" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::PromoteCustomer,
                    >(r, wrapper, |q| service.promote_customer(q)),
                )
            }
            b"addGlobalCustomer" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddGlobalCustomer,
                    >(r, wrapper, |q| service.add_global_customer(q)),
                )
            }
            b"getLinksForItem" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetLinksForItem,
                    >(r, wrapper, |q| service.get_links_for_item(q)),
                )
            }
            b"getLinksForDefect" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetLinksForDefect,
                    >(r, wrapper, |q| service.get_links_for_defect(q)),
                )
            }
            b"getLink" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetLink,
                    >(r, wrapper, |q| service.get_link(q)),
                )
            }
            b"addLink" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddLink,
                    >(r, wrapper, |q| service.add_link(q)),
                )
            }
            b"deleteLink" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteLink,
                    >(r, wrapper, |q| service.delete_link(q)),
                )
            }
            b"editLink" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditLink,
                    >(r, wrapper, |q| service.edit_link(q)),
                )
            }
            b"saveLink" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveLink,
                    >(r, wrapper, |q| service.save_link(q)),
                )
            }
            b"cancelSaveLink" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveLink,
                    >(r, wrapper, |q| service.cancel_save_link(q)),
                )
            }
            b"getTestVariantTypes" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTestVariantTypes,
                    >(r, wrapper, |q| service.get_test_variant_types(q)),
                )
            }
            b"getTestRunStepsModes" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTestRunStepsModes,
                    >(r, wrapper, |q| service.get_test_run_steps_modes(q)),
                )
            }
            b"getTestCase" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTestCase,
                    >(r, wrapper, |q| service.get_test_case(q)),
                )
            }
            b"getTestCaseByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTestCaseByRecordID,
                    >(r, wrapper, |q| service.get_test_case_by_record_id(q)),
                )
            }
            b"addTestCase" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddTestCase,
                    >(r, wrapper, |q| service.add_test_case(q)),
                )
            }
            b"deleteTestCase" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteTestCase,
                    >(r, wrapper, |q| service.delete_test_case(q)),
                )
            }
            b"deleteTestCaseByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteTestCaseByRecordID,
                    >(r, wrapper, |q| service.delete_test_case_by_record_id(q)),
                )
            }
            b"editTestCase" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditTestCase,
                    >(r, wrapper, |q| service.edit_test_case(q)),
                )
            }
            b"editTestCaseByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditTestCaseByRecordID,
                    >(r, wrapper, |q| service.edit_test_case_by_record_id(q)),
                )
            }
            b"saveTestCase" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveTestCase,
                    >(r, wrapper, |q| service.save_test_case(q)),
                )
            }
            b"cancelSaveTestCase" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveTestCase,
                    >(r, wrapper, |q| service.cancel_save_test_case(q)),
                )
            }
            b"getTestRun" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTestRun,
                    >(r, wrapper, |q| service.get_test_run(q)),
                )
            }
            b"getTestRunByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetTestRunByRecordID,
                    >(r, wrapper, |q| service.get_test_run_by_record_id(q)),
                )
            }
            b"deleteTestRun" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteTestRun,
                    >(r, wrapper, |q| service.delete_test_run(q)),
                )
            }
            b"deleteTestRunByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteTestRunByRecordID,
                    >(r, wrapper, |q| service.delete_test_run_by_record_id(q)),
                )
            }
            b"editTestRun" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditTestRun,
                    >(r, wrapper, |q| service.edit_test_run(q)),
                )
            }
            b"editTestRunByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditTestRunByRecordID,
                    >(r, wrapper, |q| service.edit_test_run_by_record_id(q)),
                )
            }
            b"saveTestRun" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveTestRun,
                    >(r, wrapper, |q| service.save_test_run(q)),
                )
            }
            b"cancelSaveTestRun" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveTestRun,
                    >(r, wrapper, |q| service.cancel_save_test_run(q)),
                )
            }
            b"createDefectForTestRun" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CreateDefectForTestRun,
                    >(r, wrapper, |q| service.create_defect_for_test_run(q)),
                )
            }
            b"generateTestRuns" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GenerateTestRuns,
                    >(r, wrapper, |q| service.generate_test_runs(q)),
                )
            }
            b"getFolderTypeByName" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFolderTypeByName,
                    >(r, wrapper, |q| service.get_folder_type_by_name(q)),
                )
            }
            b"getFolderTypeList" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFolderTypeList,
                    >(r, wrapper, |q| service.get_folder_type_list(q)),
                )
            }
            b"addFolder" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddFolder,
                    >(r, wrapper, |q| service.add_folder(q)),
                )
            }
            b"editFolder" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditFolder,
                    >(r, wrapper, |q| service.edit_folder(q)),
                )
            }
            b"editFolderByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditFolderByRecordID,
                    >(r, wrapper, |q| service.edit_folder_by_record_id(q)),
                )
            }
            b"saveFolder" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveFolder,
                    >(r, wrapper, |q| service.save_folder(q)),
                )
            }
            b"cancelSaveFolder" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveFolder,
                    >(r, wrapper, |q| service.cancel_save_folder(q)),
                )
            }
            b"getFolder" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFolder,
                    >(r, wrapper, |q| service.get_folder(q)),
                )
            }
            b"getFolderByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFolderByRecordID,
                    >(r, wrapper, |q| service.get_folder_by_record_id(q)),
                )
            }
            b"deleteFolder" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteFolder,
                    >(r, wrapper, |q| service.delete_folder(q)),
                )
            }
            b"deleteFolderByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteFolderByRecordID,
                    >(r, wrapper, |q| service.delete_folder_by_record_id(q)),
                )
            }
            b"addEntityToFolderByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddEntityToFolderByRecordID,
                    >(r, wrapper, |q| service.add_entity_to_folder_by_record_id(q)),
                )
            }
            b"removeEntityFromFolderByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::RemoveEntityFromFolderByRecordID,
                    >(r, wrapper, |q| service.remove_entity_from_folder_by_record_id(q)),
                )
            }
            b"getEntityListForFolderByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetEntityListForFolderByRecordID,
                    >(r, wrapper, |q| service.get_entity_list_for_folder_by_record_id(q)),
                )
            }
            b"getFolderListForEntityByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFolderListForEntityByRecordID,
                    >(r, wrapper, |q| service.get_folder_list_for_entity_by_record_id(q)),
                )
            }
            b"getFolderPathSeparator" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFolderPathSeparator,
                    >(r, wrapper, |q| service.get_folder_path_separator(q)),
                )
            }
            b"getRootPublicFolderPath" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRootPublicFolderPath,
                    >(r, wrapper, |q| service.get_root_public_folder_path(q)),
                )
            }
            b"getRootPrivateFolderPath" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRootPrivateFolderPath,
                    >(r, wrapper, |q| service.get_root_private_folder_path(q)),
                )
            }
            b"editFolderItemRank" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditFolderItemRank,
                    >(r, wrapper, |q| service.edit_folder_item_rank(q)),
                )
            }
            b"saveFolderItemRank" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveFolderItemRank,
                    >(r, wrapper, |q| service.save_folder_item_rank(q)),
                )
            }
            b"cancelSaveFolderItemRank" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveFolderItemRank,
                    >(r, wrapper, |q| service.cancel_save_folder_item_rank(q)),
                )
            }
            b"getRequirement" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRequirement,
                    >(r, wrapper, |q| service.get_requirement(q)),
                )
            }
            b"getRequirementByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRequirementByRecordID,
                    >(r, wrapper, |q| service.get_requirement_by_record_id(q)),
                )
            }
            b"addRequirement" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddRequirement,
                    >(r, wrapper, |q| service.add_requirement(q)),
                )
            }
            b"deleteRequirement" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteRequirement,
                    >(r, wrapper, |q| service.delete_requirement(q)),
                )
            }
            b"deleteRequirementByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteRequirementByRecordID,
                    >(r, wrapper, |q| service.delete_requirement_by_record_id(q)),
                )
            }
            b"editRequirement" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditRequirement,
                    >(r, wrapper, |q| service.edit_requirement(q)),
                )
            }
            b"editRequirementByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditRequirementByRecordID,
                    >(r, wrapper, |q| service.edit_requirement_by_record_id(q)),
                )
            }
            b"saveRequirement" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveRequirement,
                    >(r, wrapper, |q| service.save_requirement(q)),
                )
            }
            b"cancelSaveRequirement" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveRequirement,
                    >(r, wrapper, |q| service.cancel_save_requirement(q)),
                )
            }
            b"appendToRequirementDocument" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AppendToRequirementDocument,
                    >(r, wrapper, |q| service.append_to_requirement_document(q)),
                )
            }
            b"getDocumentIDsForRequirement" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDocumentIDsForRequirement,
                    >(r, wrapper, |q| service.get_document_ids_for_requirement(q)),
                )
            }
            b"changeRequirementType" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::ChangeRequirementType,
                    >(r, wrapper, |q| service.change_requirement_type(q)),
                )
            }
            b"getRequirementDocument" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRequirementDocument,
                    >(r, wrapper, |q| service.get_requirement_document(q)),
                )
            }
            b"getRequirementDocumentByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRequirementDocumentByRecordID,
                    >(r, wrapper, |q| service.get_requirement_document_by_record_id(q)),
                )
            }
            b"addRequirementDocument" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::AddRequirementDocument,
                    >(r, wrapper, |q| service.add_requirement_document(q)),
                )
            }
            b"deleteRequirementDocument" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteRequirementDocument,
                    >(r, wrapper, |q| service.delete_requirement_document(q)),
                )
            }
            b"deleteRequirementDocumentByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::DeleteRequirementDocumentByRecordID,
                    >(
                        r,
                        wrapper,
                        |q| service.delete_requirement_document_by_record_id(q),
                    ),
                )
            }
            b"editRequirementDocument" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditRequirementDocument,
                    >(r, wrapper, |q| service.edit_requirement_document(q)),
                )
            }
            b"editRequirementDocumentByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::EditRequirementDocumentByRecordID,
                    >(r, wrapper, |q| service.edit_requirement_document_by_record_id(q)),
                )
            }
            b"saveRequirementDocument" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::SaveRequirementDocument,
                    >(r, wrapper, |q| service.save_requirement_document(q)),
                )
            }
            b"cancelSaveRequirementDocument" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CancelSaveRequirementDocument,
                    >(r, wrapper, |q| service.cancel_save_requirement_document(q)),
                )
            }
            b"createSnapshot" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::CreateSnapshot,
                    >(r, wrapper, |q| service.create_snapshot(q)),
                )
            }
            b"getRequirementIDsForDocument" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetRequirementIDsForDocument,
                    >(r, wrapper, |q| service.get_requirement_ids_for_document(q)),
                )
            }
            b"getDocumentTree" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetDocumentTree,
                    >(r, wrapper, |q| service.get_document_tree(q)),
                )
            }
            b"getFolderTreeByRecordID" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFolderTreeByRecordID,
                    >(r, wrapper, |q| service.get_folder_tree_by_record_id(q)),
                )
            }
            b"getFolderTree" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetFolderTree,
                    >(r, wrapper, |q| service.get_folder_tree(q)),
                )
            }
            b"getItemHyperlinks" => {
                Some(
                    ttsoap::server::serve::<
                        super::ops::GetItemHyperlinks,
                    >(r, wrapper, |q| service.get_item_hyperlinks(q)),
                )
            }
            _ => None,
        },
    )
}
