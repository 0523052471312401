// Generated from wsdl/ttsoapcgi.wsdl by `cargo xtask codegen`. Do not edit.
// The `ttsoap::__struct!`, `__message!` and `__operation!` calls (one entry per line) are documented in `ttsoap::macros`.
use super::ti;
use ttsoap::{Decode as _, Encode as _};
/// `getDatabaseList` request. Returns a list of database names the SOAP client can connect to. Deprecated; use getProjectList.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDatabaseList {}
ttsoap::__message!(
    GetDatabaseList {}
);
/// `getDatabaseList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDatabaseListResponse {
    /// Part `pDBList`.
    pub p_db_list: Vec<super::types::CDatabase>,
}
ttsoap::__message!(
    GetDatabaseListResponse {
        p_db_list: arr("pDBList") b"pDBList" &ti::ARRAY_OF_C_DATABASE
    }
);
ttsoap::__operation!(
    GetDatabaseList => GetDatabaseListResponse,
    name "getDatabaseList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDatabaseList",
    response "getDatabaseListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES
);
/// `getProjectList` request. Returns a list of project names the SOAP client can connect to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProjectList {
    pub username: String,
    pub password: ttsoap::Password,
}
ttsoap::__message!(
    GetProjectList {
        username: req("username") b"username" &ti::XSD_STRING,
        password: req("password") b"password" &ti::XSD_STRING
    }
);
/// `getProjectList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProjectListResponse {
    /// Part `pProjList`.
    pub p_proj_list: Vec<super::types::CProject>,
}
ttsoap::__message!(
    GetProjectListResponse {
        p_proj_list: arr("pProjList") b"pProjList" &ti::ARRAY_OF_C_PROJECT
    }
);
ttsoap::__operation!(
    GetProjectList => GetProjectListResponse,
    name "getProjectList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getProjectList",
    response "getProjectListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES
);
/// `getProjectDataOptionList` request. Returns what type of access SOAP user has. For example, logging in with access to TestTrack Pro.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProjectDataOptionList {}
ttsoap::__message!(
    GetProjectDataOptionList {}
);
/// `getProjectDataOptionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProjectDataOptionListResponse {
    /// Part `pProjTypes`.
    pub p_proj_types: Vec<super::types::CProjectDataOption>,
}
ttsoap::__message!(
    GetProjectDataOptionListResponse {
        p_proj_types: arr("pProjTypes") b"pProjTypes" &ti::ARRAY_OF_C_PROJECT_DATA_OPTION
    }
);
ttsoap::__operation!(
    GetProjectDataOptionList => GetProjectDataOptionListResponse,
    name "getProjectDataOptionList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getProjectDataOptionList",
    response "getProjectDataOptionListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES
);
/// `DatabaseLogon` request. Logs SOAP user into TestTrack. Deprecated; use ProjectLogon.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatabaseLogon {
    pub dbname: String,
    pub username: String,
    pub password: ttsoap::Password,
}
ttsoap::__message!(
    DatabaseLogon {
        dbname: req("dbname") b"dbname" &ti::XSD_STRING,
        username: req("username") b"username" &ti::XSD_STRING,
        password: req("password") b"password" &ti::XSD_STRING
    }
);
/// `DatabaseLogon` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatabaseLogonResponse {
    /// Part `Cookie`.
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    DatabaseLogonResponse {
        cookie: req("Cookie") b"Cookie" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    DatabaseLogon => DatabaseLogonResponse,
    name "DatabaseLogon",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#DatabaseLogon",
    response "DatabaseLogonResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES
);
/// `ProjectLogon` request. Logs SOAP user into TestTrack. Uses a project name, which the getProjectList request returns, with a username and password. This request returns a cookie that is used in subsequent calls. NOTE: In the TestTrack Client, users can be required to change their passwords at the next login. This option is not enforced in the SOAP client because we do not want to prevent SOAP scripts from running because of the change password option.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectLogon {
    /// Part `pProj`.
    pub p_proj: super::types::CProject,
    pub username: String,
    pub password: ttsoap::Password,
}
ttsoap::__message!(
    ProjectLogon {
        p_proj: req("pProj") b"pProj" &ti::C_PROJECT,
        username: req("username") b"username" &ti::XSD_STRING,
        password: req("password") b"password" &ti::XSD_STRING
    }
);
/// `ProjectLogon` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectLogonResponse {
    /// Part `Cookie`.
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    ProjectLogonResponse {
        cookie: req("Cookie") b"Cookie" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    ProjectLogon => ProjectLogonResponse,
    name "ProjectLogon",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#ProjectLogon",
    response "ProjectLogonResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES
);
/// `DatabaseLogoff` request. Logs SOAP user out of TestTrack. This operation is used for session management and should be the final call made to the SOAP server. It performs session clean up, logs off all users, and closes all connections to the TestTrack project.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatabaseLogoff {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    DatabaseLogoff {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `DatabaseLogoff` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatabaseLogoffResponse {
    pub result: i32,
}
ttsoap::__message!(
    DatabaseLogoffResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DatabaseLogoff => DatabaseLogoffResponse,
    name "DatabaseLogoff",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#DatabaseLogoff",
    response "DatabaseLogoffResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `formattedTextSupport` request. Turns formattedTextSupport on or off. Defaults to plain text. Pass in 'true' to turn rich text on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormattedTextSupport {
    pub cookie: ttsoap::Cookie,
    /// Part `enableFormattedText`.
    pub enable_formatted_text: bool,
}
ttsoap::__message!(
    FormattedTextSupport {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        enable_formatted_text: req("enableFormattedText") b"enableFormattedText" &ti::XSD_BOOLEAN
    }
);
/// `formattedTextSupport` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormattedTextSupportResponse {
    /// Part `formattingEnabled`.
    pub formatting_enabled: bool,
}
ttsoap::__message!(
    FormattedTextSupportResponse {
        formatting_enabled: req("formattingEnabled") b"formattingEnabled" &ti::XSD_BOOLEAN
    }
);
ttsoap::__operation!(
    FormattedTextSupport => FormattedTextSupportResponse,
    name "formattedTextSupport",
    namespace "urn:testtrack-interface",
    action "",
    response "formattedTextSupportResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getTableList` request. Returns a list of tables the user can access. Many TestTrack SOAP requests and types use a table name as a parameter. This request filters out tables the SOAP user does not have security access to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTableList {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetTableList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getTableList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTableListResponse {
    /// Part `pTableList`.
    pub p_table_list: Vec<super::types::CDatabaseTable>,
}
ttsoap::__message!(
    GetTableListResponse {
        p_table_list: arr("pTableList") b"pTableList" &ti::ARRAY_OF_C_DATABASE_TABLE
    }
);
ttsoap::__operation!(
    GetTableList => GetTableListResponse,
    name "getTableList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTableList",
    response "getTableListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDropdownFieldForTable` request. Returns table drop-down field. Fields only access specific values and are included as a subset of columns returned from getColumnsForTable. Use getDropdownFieldValuesForTable to get field values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDropdownFieldForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
ttsoap::__message!(
    GetDropdownFieldForTable {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING
    }
);
/// `getDropdownFieldForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDropdownFieldForTableResponse {
    /// Part `pFieldList`.
    pub p_field_list: Vec<super::types::CTableField>,
}
ttsoap::__message!(
    GetDropdownFieldForTableResponse {
        p_field_list: arr("pFieldList") b"pFieldList" &ti::ARRAY_OF_C_TABLE_FIELD
    }
);
ttsoap::__operation!(
    GetDropdownFieldForTable => GetDropdownFieldForTableResponse,
    name "getDropdownFieldForTable",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDropdownFieldForTable",
    response "getDropdownFieldForTableResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDropdownFieldValuesForTable` request. Returns table drop-down field values. Use getDropdownFieldForTable to get fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDropdownFieldValuesForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    pub fieldname: String,
}
ttsoap::__message!(
    GetDropdownFieldValuesForTable {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        fieldname: req("fieldname") b"fieldname" &ti::XSD_STRING
    }
);
/// `getDropdownFieldValuesForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDropdownFieldValuesForTableResponse {
    /// Part `pValueList`.
    pub p_value_list: Vec<super::types::CFieldValue>,
}
ttsoap::__message!(
    GetDropdownFieldValuesForTableResponse {
        p_value_list: arr("pValueList") b"pValueList" &ti::ARRAY_OF_C_FIELD_VALUE
    }
);
ttsoap::__operation!(
    GetDropdownFieldValuesForTable => GetDropdownFieldValuesForTableResponse,
    name "getDropdownFieldValuesForTable",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDropdownFieldValuesForTable",
    response "getDropdownFieldValuesForTableResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addDropdownFieldValuesForTable` request. Adds drop-down values to a selected field. The list of values is sent to the server with the new value added last.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDropdownFieldValuesForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    pub fieldname: String,
    /// Part `pValueList`.
    pub p_value_list: Vec<super::types::CFieldValue>,
}
ttsoap::__message!(
    AddDropdownFieldValuesForTable {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        fieldname: req("fieldname") b"fieldname" &ti::XSD_STRING,
        p_value_list: arr("pValueList") b"pValueList" &ti::ARRAY_OF_C_FIELD_VALUE
    }
);
/// `addDropdownFieldValuesForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDropdownFieldValuesForTableResponse {
    pub result: i32,
}
ttsoap::__message!(
    AddDropdownFieldValuesForTableResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    AddDropdownFieldValuesForTable => AddDropdownFieldValuesForTableResponse,
    name "addDropdownFieldValuesForTable",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addDropdownFieldValuesForTable",
    response "addDropdownFieldValuesForTableResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `GetLinkDefinitionValues` request. Returns a list of defined links.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinkDefinitionValues {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetLinkDefinitionValues {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `GetLinkDefinitionValues` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinkDefinitionValuesResponse {
    /// Part `pValueList`.
    pub p_value_list: Vec<super::types::CFieldValue>,
}
ttsoap::__message!(
    GetLinkDefinitionValuesResponse {
        p_value_list: arr("pValueList") b"pValueList" &ti::ARRAY_OF_C_FIELD_VALUE
    }
);
ttsoap::__operation!(
    GetLinkDefinitionValues => GetLinkDefinitionValuesResponse,
    name "GetLinkDefinitionValues",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#GetLinkDefinitionValues",
    response "GetLinkDefinitionValuesResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getColumnsForTable` request. Returns column fields that are displayed for a specific table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetColumnsForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
ttsoap::__message!(
    GetColumnsForTable {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING
    }
);
/// `getColumnsForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetColumnsForTableResponse {
    /// Part `pColumnList`.
    pub p_column_list: Vec<super::types::CTableColumn>,
}
ttsoap::__message!(
    GetColumnsForTableResponse {
        p_column_list: arr("pColumnList") b"pColumnList" &ti::ARRAY_OF_C_TABLE_COLUMN
    }
);
ttsoap::__operation!(
    GetColumnsForTable => GetColumnsForTableResponse,
    name "getColumnsForTable",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getColumnsForTable",
    response "getColumnsForTableResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getFilterList` request. Returns a list of filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFilterList {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetFilterList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getFilterList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFilterListResponse {
    /// Part `pFilterList`.
    pub p_filter_list: Vec<super::types::CFilter>,
}
ttsoap::__message!(
    GetFilterListResponse {
        p_filter_list: arr("pFilterList") b"pFilterList" &ti::ARRAY_OF_C_FILTER
    }
);
ttsoap::__operation!(
    GetFilterList => GetFilterListResponse,
    name "getFilterList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFilterList",
    response "getFilterListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getFilterListForTable` request. Returns list of filters that a specified table can use.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFilterListForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
ttsoap::__message!(
    GetFilterListForTable {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING
    }
);
/// `getFilterListForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFilterListForTableResponse {
    /// Part `pFilterList`.
    pub p_filter_list: Vec<super::types::CFilter>,
}
ttsoap::__message!(
    GetFilterListForTableResponse {
        p_filter_list: arr("pFilterList") b"pFilterList" &ti::ARRAY_OF_C_FILTER
    }
);
ttsoap::__operation!(
    GetFilterListForTable => GetFilterListForTableResponse,
    name "getFilterListForTable",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFilterListForTable",
    response "getFilterListForTableResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getRecordListForTable` request. Returns table data. The filtername parameter applies a filter to the results. The columnlist parameter limits the returned data to specific columns. NOTE: Only the first 128 characters are returned. Following are the table names: Customer, Defect, Folder, Links, Report, Requirement, Requirement Document, Task, Test Case, Test Config, Test Run, Test Variant, User. The returned DateTime data format is based on the server locale setting.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRecordListForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    pub filtername: String,
    pub columnlist: Vec<super::types::CTableColumn>,
}
ttsoap::__message!(
    GetRecordListForTable {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        filtername: req("filtername") b"filtername" &ti::XSD_STRING,
        columnlist: arr("columnlist") b"columnlist" &ti::ARRAY_OF_C_TABLE_COLUMN
    }
);
/// `getRecordListForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRecordListForTableResponse {
    pub recordlist: super::types::CRecordListSoap,
}
ttsoap::__message!(
    GetRecordListForTableResponse {
        recordlist: req("recordlist") b"recordlist" &ti::C_RECORD_LIST_SOAP
    }
);
ttsoap::__operation!(
    GetRecordListForTable => GetRecordListForTableResponse,
    name "getRecordListForTable",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRecordListForTable",
    response "getRecordListForTableResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getRecordListForTableWithQuery` request. Returns table data like getRecordListForTable, restricted by the JSON query string in the query parameter. The filtername parameter applies a filter; the columnlist parameter limits the returned columns. Added in Helix ALM 2017.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRecordListForTableWithQuery {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    pub filtername: String,
    pub query: String,
    pub columnlist: Vec<super::types::CTableColumn>,
}
ttsoap::__message!(
    GetRecordListForTableWithQuery {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        filtername: req("filtername") b"filtername" &ti::XSD_STRING,
        query: req("query") b"query" &ti::XSD_STRING,
        columnlist: arr("columnlist") b"columnlist" &ti::ARRAY_OF_C_TABLE_COLUMN
    }
);
/// `getRecordListForTableWithQuery` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRecordListForTableWithQueryResponse {
    pub recordlist: super::types::CRecordListSoap,
}
ttsoap::__message!(
    GetRecordListForTableWithQueryResponse {
        recordlist: req("recordlist") b"recordlist" &ti::C_RECORD_LIST_SOAP
    }
);
ttsoap::__operation!(
    GetRecordListForTableWithQuery => GetRecordListForTableWithQueryResponse,
    name "getRecordListForTableWithQuery",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRecordListForTableWithQuery",
    response "getRecordListForTableWithQueryResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTestConfig` request. Returns a list of test configs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestConfig {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
ttsoap::__message!(
    GetTestConfig {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        name: req("name") b"name" &ti::XSD_STRING
    }
);
/// `getTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestConfigResponse {
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
ttsoap::__message!(
    GetTestConfigResponse {
        p_test_config: req("pTestConfig") b"pTestConfig" &ti::C_SYSTEM
    }
);
ttsoap::__operation!(
    GetTestConfig => GetTestConfigResponse,
    name "getTestConfig",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTestConfig",
    response "getTestConfigResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTestConfigByRecordID` request. Returns a test config based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestConfigByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    GetTestConfigByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `getTestConfigByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestConfigByRecordIDResponse {
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
ttsoap::__message!(
    GetTestConfigByRecordIDResponse {
        p_test_config: req("pTestConfig") b"pTestConfig" &ti::C_SYSTEM
    }
);
ttsoap::__operation!(
    GetTestConfigByRecordID => GetTestConfigByRecordIDResponse,
    name "getTestConfigByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTestConfigByRecordID",
    response "getTestConfigByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addTestConfig` request. Creates a test config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTestConfig {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
ttsoap::__message!(
    AddTestConfig {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_test_config: req("pTestConfig") b"pTestConfig" &ti::C_SYSTEM
    }
);
/// `addTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTestConfigResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddTestConfigResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddTestConfig => AddTestConfigResponse,
    name "addTestConfig",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addTestConfig",
    response "addTestConfigResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editTestConfig` request. Retrieves a test config for editing. The saveTestConfig request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestConfig {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
ttsoap::__message!(
    EditTestConfig {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        name: req("name") b"name" &ti::XSD_STRING
    }
);
/// `editTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestConfigResponse {
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
ttsoap::__message!(
    EditTestConfigResponse {
        p_test_config: req("pTestConfig") b"pTestConfig" &ti::C_SYSTEM
    }
);
ttsoap::__operation!(
    EditTestConfig => EditTestConfigResponse,
    name "editTestConfig",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editTestConfig",
    response "editTestConfigResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editTestConfigByRecordID` request. Retrieves a test config for editing based on record ID. The saveTestConfig request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestConfigByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    EditTestConfigByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `editTestConfigByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestConfigByRecordIDResponse {
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
ttsoap::__message!(
    EditTestConfigByRecordIDResponse {
        p_test_config: req("pTestConfig") b"pTestConfig" &ti::C_SYSTEM
    }
);
ttsoap::__operation!(
    EditTestConfigByRecordID => EditTestConfigByRecordIDResponse,
    name "editTestConfigByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editTestConfigByRecordID",
    response "editTestConfigByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveTestConfig` request. Saves a modified test config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestConfig {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
ttsoap::__message!(
    SaveTestConfig {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_test_config: req("pTestConfig") b"pTestConfig" &ti::C_SYSTEM
    }
);
/// `saveTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestConfigResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveTestConfigResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveTestConfig => SaveTestConfigResponse,
    name "saveTestConfig",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveTestConfig",
    response "saveTestConfigResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteTestConfig` request. Deletes a test config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestConfig {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
ttsoap::__message!(
    DeleteTestConfig {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        name: req("name") b"name" &ti::XSD_STRING
    }
);
/// `deleteTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestConfigResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteTestConfigResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteTestConfig => DeleteTestConfigResponse,
    name "deleteTestConfig",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteTestConfig",
    response "deleteTestConfigResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteTestConfigByRecordID` request. Deletes a test config based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestConfigByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    DeleteTestConfigByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `deleteTestConfigByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestConfigByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteTestConfigByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteTestConfigByRecordID => DeleteTestConfigByRecordIDResponse,
    name "deleteTestConfigByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteTestConfigByRecordID",
    response "deleteTestConfigByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveTestConfig` request. Discards changes to a test config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestConfig {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveTestConfig {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestConfigResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveTestConfigResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveTestConfig => CancelSaveTestConfigResponse,
    name "cancelSaveTestConfig",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveTestConfig",
    response "cancelSaveTestConfigResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getAttachmentTypes` request. Returns the values (Standard, Script, Run Result) that are used in the m-strType var of an attachment in an attachmentList for core items.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAttachmentTypes {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetAttachmentTypes {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getAttachmentTypes` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAttachmentTypesResponse {
    /// Part `pTypeList`.
    pub p_type_list: Vec<String>,
}
ttsoap::__message!(
    GetAttachmentTypesResponse {
        p_type_list: arr("pTypeList") b"pTypeList" &ti::ARRAY_OFSTRING
    }
);
ttsoap::__operation!(
    GetAttachmentTypes => GetAttachmentTypesResponse,
    name "getAttachmentTypes",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getAttachmentTypes",
    response "getAttachmentTypesResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getReportRunResultsByName` request. Runs a report and returns results based on report names. NOTE: Live charts and interactively filtered reports are not supported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportRunResultsByName {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
ttsoap::__message!(
    GetReportRunResultsByName {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        name: req("name") b"name" &ti::XSD_STRING
    }
);
/// `getReportRunResultsByName` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportRunResultsByNameResponse {
    pub results: super::types::CReportRunResults,
}
ttsoap::__message!(
    GetReportRunResultsByNameResponse {
        results: req("results") b"results" &ti::C_REPORT_RUN_RESULTS
    }
);
ttsoap::__operation!(
    GetReportRunResultsByName => GetReportRunResultsByNameResponse,
    name "getReportRunResultsByName",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getReportRunResultsByName",
    response "getReportRunResultsByNameResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getReportRunResultsByRecordID` request. Runs a report and returns results based on report ID. NOTE: Live charts and interactively filtered reports are not supported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportRunResultsByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    GetReportRunResultsByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `getReportRunResultsByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportRunResultsByRecordIDResponse {
    pub results: super::types::CReportRunResults,
}
ttsoap::__message!(
    GetReportRunResultsByRecordIDResponse {
        results: req("results") b"results" &ti::C_REPORT_RUN_RESULTS
    }
);
ttsoap::__operation!(
    GetReportRunResultsByRecordID => GetReportRunResultsByRecordIDResponse,
    name "getReportRunResultsByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getReportRunResultsByRecordID",
    response "getReportRunResultsByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getEventDefinitionList` request. Returns a list of event definitions that describe what fields are included with each event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEventDefinitionList {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
ttsoap::__message!(
    GetEventDefinitionList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING
    }
);
/// `getEventDefinitionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEventDefinitionListResponse {
    /// Part `EventDefinitionList`.
    pub event_definition_list: Vec<super::types::AnyCEventDefinition>,
}
ttsoap::__message!(
    GetEventDefinitionListResponse {
        event_definition_list: arr("EventDefinitionList") b"EventDefinitionList" &ti::ARRAY_OF_C_EVENT_DEFINITION
    }
);
ttsoap::__operation!(
    GetEventDefinitionList => GetEventDefinitionListResponse,
    name "getEventDefinitionList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getEventDefinitionList",
    response "getEventDefinitionListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDefectEventDefinitionList` request. Returns a list of defect event definitions that describe the fields included with each event.  Deprecated; use getEventDefinitionList.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectEventDefinitionList {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetDefectEventDefinitionList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getDefectEventDefinitionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectEventDefinitionListResponse {
    /// Part `EventDefinitionList`.
    pub event_definition_list: Vec<super::types::CDefectEventDefinition>,
}
ttsoap::__message!(
    GetDefectEventDefinitionListResponse {
        event_definition_list: arr("EventDefinitionList") b"EventDefinitionList" &ti::ARRAY_OF_C_DEFECT_EVENT_DEFINITION
    }
);
ttsoap::__operation!(
    GetDefectEventDefinitionList => GetDefectEventDefinitionListResponse,
    name "getDefectEventDefinitionList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDefectEventDefinitionList",
    response "getDefectEventDefinitionListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getCustomFieldsDefinitionList` request. Returns a list of custom field definitions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomFieldsDefinitionList {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
ttsoap::__message!(
    GetCustomFieldsDefinitionList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING
    }
);
/// `getCustomFieldsDefinitionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomFieldsDefinitionListResponse {
    /// Part `customFields`.
    pub custom_fields: Vec<super::types::AnyCField>,
}
ttsoap::__message!(
    GetCustomFieldsDefinitionListResponse {
        custom_fields: arr("customFields") b"customFields" &ti::ARRAY_OF_C_FIELD
    }
);
ttsoap::__operation!(
    GetCustomFieldsDefinitionList => GetCustomFieldsDefinitionListResponse,
    name "getCustomFieldsDefinitionList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getCustomFieldsDefinitionList",
    response "getCustomFieldsDefinitionListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDefectCustomFieldsDefinitionList` request. Returns a list of defect custom field definitions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectCustomFieldsDefinitionList {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetDefectCustomFieldsDefinitionList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getDefectCustomFieldsDefinitionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectCustomFieldsDefinitionListResponse {
    /// Part `customFields`.
    pub custom_fields: Vec<super::types::AnyCField>,
}
ttsoap::__message!(
    GetDefectCustomFieldsDefinitionListResponse {
        custom_fields: arr("customFields") b"customFields" &ti::ARRAY_OF_C_FIELD
    }
);
ttsoap::__operation!(
    GetDefectCustomFieldsDefinitionList => GetDefectCustomFieldsDefinitionListResponse,
    name "getDefectCustomFieldsDefinitionList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDefectCustomFieldsDefinitionList",
    response "getDefectCustomFieldsDefinitionListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDefect` request. Returns a defect based on defect number or summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `defectNumber`.
    pub defect_number: i64,
    pub summary: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetDefect {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        defect_number: req("defectNumber") b"defectNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
ttsoap::__message!(
    GetDefectResponse {
        p_defect: req("pDefect") b"pDefect" &ti::C_DEFECT
    }
);
ttsoap::__operation!(
    GetDefect => GetDefectResponse,
    name "getDefect",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDefect",
    response "getDefectResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDefectByRecordID` request. Returns a defect based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetDefectByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getDefectByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectByRecordIDResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
ttsoap::__message!(
    GetDefectByRecordIDResponse {
        p_defect: req("pDefect") b"pDefect" &ti::C_DEFECT
    }
);
ttsoap::__operation!(
    GetDefectByRecordID => GetDefectByRecordIDResponse,
    name "getDefectByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDefectByRecordID",
    response "getDefectByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addDefect` request. Creates a defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
ttsoap::__message!(
    AddDefect {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_defect: req("pDefect") b"pDefect" &ti::C_DEFECT
    }
);
/// `addDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDefectResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddDefectResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddDefect => AddDefectResponse,
    name "addDefect",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addDefect",
    response "addDefectResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `addDefectWithLink` request. Creates a linked defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDefectWithLink {
    pub cookie: ttsoap::Cookie,
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
    /// Part `testRunRecordID`.
    pub test_run_record_id: i64,
}
ttsoap::__message!(
    AddDefectWithLink {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_defect: req("pDefect") b"pDefect" &ti::C_DEFECT,
        test_run_record_id: req("testRunRecordID") b"testRunRecordID" &ti::XSD_LONG
    }
);
/// `addDefectWithLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDefectWithLinkResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddDefectWithLinkResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddDefectWithLink => AddDefectWithLinkResponse,
    name "addDefectWithLink",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addDefectWithLink",
    response "addDefectWithLinkResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteDefect` request. Deletes a defect based on defect number or summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `defectNumber`.
    pub defect_number: i64,
    pub summary: String,
}
ttsoap::__message!(
    DeleteDefect {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        defect_number: req("defectNumber") b"defectNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING
    }
);
/// `deleteDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDefectResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteDefectResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteDefect => DeleteDefectResponse,
    name "deleteDefect",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteDefect",
    response "deleteDefectResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteDefectByRecordID` request. Deletes a defect based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDefectByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    DeleteDefectByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `deleteDefectByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDefectByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteDefectByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteDefectByRecordID => DeleteDefectByRecordIDResponse,
    name "deleteDefectByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteDefectByRecordID",
    response "deleteDefectByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editDefect` request. Retrieves a defect for editing. The saveDefect request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `defectNumber`.
    pub defect_number: i64,
    pub summary: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditDefect {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        defect_number: req("defectNumber") b"defectNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditDefectResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
ttsoap::__message!(
    EditDefectResponse {
        p_defect: req("pDefect") b"pDefect" &ti::C_DEFECT
    }
);
ttsoap::__operation!(
    EditDefect => EditDefectResponse,
    name "editDefect",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editDefect",
    response "editDefectResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editDefectByRecordID` request. Retrieves a defect for editing based on record ID. The saveDefect request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditDefectByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditDefectByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editDefectByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditDefectByRecordIDResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
ttsoap::__message!(
    EditDefectByRecordIDResponse {
        p_defect: req("pDefect") b"pDefect" &ti::C_DEFECT
    }
);
ttsoap::__operation!(
    EditDefectByRecordID => EditDefectByRecordIDResponse,
    name "editDefectByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editDefectByRecordID",
    response "editDefectByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveDefect` request. Saves changes made to a defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
ttsoap::__message!(
    SaveDefect {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_defect: req("pDefect") b"pDefect" &ti::C_DEFECT
    }
);
/// `saveDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveDefectResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveDefectResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveDefect => SaveDefectResponse,
    name "saveDefect",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveDefect",
    response "saveDefectResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveDefect` request. Discards any changes made to a defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveDefect {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveDefectResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveDefectResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveDefect => CancelSaveDefectResponse,
    name "cancelSaveDefect",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveDefect",
    response "cancelSaveDefectResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getAttachment` request. Retrieves file attachments.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAttachment {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `eventID`.
    pub event_id: i64,
    /// Part `pszArchiveName`.
    pub psz_archive_name: String,
}
ttsoap::__message!(
    GetAttachment {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        event_id: req("eventID") b"eventID" &ti::XSD_LONG,
        psz_archive_name: req("pszArchiveName") b"pszArchiveName" &ti::XSD_STRING
    }
);
/// `getAttachment` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAttachmentResponse {
    /// Part `pAttachment`.
    pub p_attachment: super::types::CFileAttachment,
}
ttsoap::__message!(
    GetAttachmentResponse {
        p_attachment: req("pAttachment") b"pAttachment" &ti::C_FILE_ATTACHMENT
    }
);
ttsoap::__operation!(
    GetAttachment => GetAttachmentResponse,
    name "getAttachment",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getAttachment",
    response "getAttachmentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDefectAttachment` request. Retrieves defect file attachments. Deprecated; use getAttachmentRequest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectAttachment {
    pub cookie: ttsoap::Cookie,
    /// Part `pszArchiveName`.
    pub psz_archive_name: String,
}
ttsoap::__message!(
    GetDefectAttachment {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        psz_archive_name: req("pszArchiveName") b"pszArchiveName" &ti::XSD_STRING
    }
);
/// `getDefectAttachment` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectAttachmentResponse {
    /// Part `pAttachment`.
    pub p_attachment: super::types::CFileAttachment,
}
ttsoap::__message!(
    GetDefectAttachmentResponse {
        p_attachment: req("pAttachment") b"pAttachment" &ti::C_FILE_ATTACHMENT
    }
);
ttsoap::__operation!(
    GetDefectAttachment => GetDefectAttachmentResponse,
    name "getDefectAttachment",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDefectAttachment",
    response "getDefectAttachmentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTask` request. Retrieves a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTask {
    pub cookie: ttsoap::Cookie,
    pub summary: String,
}
ttsoap::__message!(
    GetTask {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING
    }
);
/// `getTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTaskResponse {
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
ttsoap::__message!(
    GetTaskResponse {
        p_task: req("pTask") b"pTask" &ti::C_TASK
    }
);
ttsoap::__operation!(
    GetTask => GetTaskResponse,
    name "getTask",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTask",
    response "getTaskResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTaskByRecordID` request. Retrieves a task based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTaskByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    GetTaskByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `getTaskByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTaskByRecordIDResponse {
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
ttsoap::__message!(
    GetTaskByRecordIDResponse {
        p_task: req("pTask") b"pTask" &ti::C_TASK
    }
);
ttsoap::__operation!(
    GetTaskByRecordID => GetTaskByRecordIDResponse,
    name "getTaskByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTaskByRecordID",
    response "getTaskByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addTask` request. Creates a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTask {
    pub cookie: ttsoap::Cookie,
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
ttsoap::__message!(
    AddTask {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_task: req("pTask") b"pTask" &ti::C_TASK
    }
);
/// `addTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTaskResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddTaskResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddTask => AddTaskResponse,
    name "addTask",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addTask",
    response "addTaskResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteTask` request. Deletes a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTask {
    pub cookie: ttsoap::Cookie,
    pub summary: String,
}
ttsoap::__message!(
    DeleteTask {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING
    }
);
/// `deleteTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteTaskResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteTask => DeleteTaskResponse,
    name "deleteTask",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteTask",
    response "deleteTaskResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteTaskByRecordID` request. Deletes a task based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    DeleteTaskByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `deleteTaskByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteTaskByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteTaskByRecordID => DeleteTaskByRecordIDResponse,
    name "deleteTaskByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteTaskByRecordID",
    response "deleteTaskByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editTask` request. Retrieves a task for editing. The saveTask request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTask {
    pub cookie: ttsoap::Cookie,
    pub summary: String,
}
ttsoap::__message!(
    EditTask {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING
    }
);
/// `editTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTaskResponse {
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
ttsoap::__message!(
    EditTaskResponse {
        p_task: req("pTask") b"pTask" &ti::C_TASK
    }
);
ttsoap::__operation!(
    EditTask => EditTaskResponse,
    name "editTask",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editTask",
    response "editTaskResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editTaskByRecordID` request. Retrieves a task for editing based on record ID. The saveTask request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTaskByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    EditTaskByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `editTaskByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTaskByRecordIDResponse {
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
ttsoap::__message!(
    EditTaskByRecordIDResponse {
        p_task: req("pTask") b"pTask" &ti::C_TASK
    }
);
ttsoap::__operation!(
    EditTaskByRecordID => EditTaskByRecordIDResponse,
    name "editTaskByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editTaskByRecordID",
    response "editTaskByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveTask` request. Saves changes made to a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTask {
    pub cookie: ttsoap::Cookie,
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
ttsoap::__message!(
    SaveTask {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_task: req("pTask") b"pTask" &ti::C_TASK
    }
);
/// `saveTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTaskResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveTaskResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveTask => SaveTaskResponse,
    name "saveTask",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveTask",
    response "saveTaskResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveTask` request. Discards any changes made to a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTask {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveTask {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTaskResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveTaskResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveTask => CancelSaveTaskResponse,
    name "cancelSaveTask",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveTask",
    response "cancelSaveTaskResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getGlobalUserList` request. Returns a list of global users from the Seapine License Server.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetGlobalUserList {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetGlobalUserList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getGlobalUserList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetGlobalUserListResponse {
    /// Part `GlobalUserList`.
    pub global_user_list: Vec<super::types::CGlobalUser>,
}
ttsoap::__message!(
    GetGlobalUserListResponse {
        global_user_list: arr("GlobalUserList") b"GlobalUserList" &ti::ARRAY_OF_C_GLOBAL_USER
    }
);
ttsoap::__operation!(
    GetGlobalUserList => GetGlobalUserListResponse,
    name "getGlobalUserList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getGlobalUserList",
    response "getGlobalUserListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getGlobalCustomerList` request. Returns a list of global customers from the Seapine License Server.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetGlobalCustomerList {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetGlobalCustomerList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getGlobalCustomerList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetGlobalCustomerListResponse {
    /// Part `GlobalCustomerList`.
    pub global_customer_list: Vec<super::types::CGlobalUser>,
}
ttsoap::__message!(
    GetGlobalCustomerListResponse {
        global_customer_list: arr("GlobalCustomerList") b"GlobalCustomerList" &ti::ARRAY_OF_C_GLOBAL_USER
    }
);
ttsoap::__operation!(
    GetGlobalCustomerList => GetGlobalCustomerListResponse,
    name "getGlobalCustomerList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getGlobalCustomerList",
    response "getGlobalCustomerListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTTVersionInfo` request. Returns the server and CGI version information (CTTVersionInfo). Added in Helix ALM 2017.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTTVersionInfo {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetTTVersionInfo {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getTTVersionInfo` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTTVersionInfoResponse {
    /// Part `pVersionInfo`.
    pub p_version_info: super::types::CTTVersionInfo,
}
ttsoap::__message!(
    GetTTVersionInfoResponse {
        p_version_info: req("pVersionInfo") b"pVersionInfo" &ti::CTT_VERSION_INFO
    }
);
ttsoap::__operation!(
    GetTTVersionInfo => GetTTVersionInfoResponse,
    name "getTTVersionInfo",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTTVersionInfo",
    response "getTTVersionInfoResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDocForExportTemplate` request. Returns a document (CFile) generated with an export template, given by templateID or templateName, for records of a table selected by filtername, query or recordIDs. Added in Helix ALM 2017.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplate {
    pub cookie: ttsoap::Cookie,
    /// Part `templateID`.
    pub template_id: i64,
    /// Part `templateName`.
    pub template_name: String,
    pub tablename: String,
    pub filtername: String,
    pub query: String,
    /// Part `recordIDs`.
    pub record_ids: Vec<i64>,
    /// Part `timezoneID`.
    pub timezone_id: String,
    pub locale: String,
    /// Part `hoursOffGMT`.
    pub hours_off_gmt: f64,
}
ttsoap::__message!(
    GetDocForExportTemplate {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        template_id: req("templateID") b"templateID" &ti::XSD_LONG,
        template_name: req("templateName") b"templateName" &ti::XSD_STRING,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        filtername: req("filtername") b"filtername" &ti::XSD_STRING,
        query: req("query") b"query" &ti::XSD_STRING,
        record_ids: arr("recordIDs") b"recordIDs" &ti::ARRAY_OFLONG,
        timezone_id: req("timezoneID") b"timezoneID" &ti::XSD_STRING,
        locale: req("locale") b"locale" &ti::XSD_STRING,
        hours_off_gmt: req("hoursOffGMT") b"hoursOffGMT" &ti::XSD_DOUBLE
    }
);
/// `getDocForExportTemplate` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplateResponse {
    /// Part `pDocument`.
    pub p_document: super::types::AnyCFile,
}
ttsoap::__message!(
    GetDocForExportTemplateResponse {
        p_document: req("pDocument") b"pDocument" &ti::C_FILE
    }
);
ttsoap::__operation!(
    GetDocForExportTemplate => GetDocForExportTemplateResponse,
    name "getDocForExportTemplate",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDocForExportTemplate",
    response "getDocForExportTemplateResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDocForExportTemplateReqDoc` request. Returns a document (CFile) generated with an export template for a requirement document (documentID, snapshotVersion). Added in Helix ALM 2017.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplateReqDoc {
    pub cookie: ttsoap::Cookie,
    /// Part `templateID`.
    pub template_id: i64,
    /// Part `templateName`.
    pub template_name: String,
    /// Part `documentID`.
    pub document_id: i64,
    /// Part `snapshotVersion`.
    pub snapshot_version: i32,
    /// Part `timezoneID`.
    pub timezone_id: String,
    pub locale: String,
    /// Part `hoursOffGMT`.
    pub hours_off_gmt: f64,
}
ttsoap::__message!(
    GetDocForExportTemplateReqDoc {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        template_id: req("templateID") b"templateID" &ti::XSD_LONG,
        template_name: req("templateName") b"templateName" &ti::XSD_STRING,
        document_id: req("documentID") b"documentID" &ti::XSD_LONG,
        snapshot_version: req("snapshotVersion") b"snapshotVersion" &ti::XSD_INT,
        timezone_id: req("timezoneID") b"timezoneID" &ti::XSD_STRING,
        locale: req("locale") b"locale" &ti::XSD_STRING,
        hours_off_gmt: req("hoursOffGMT") b"hoursOffGMT" &ti::XSD_DOUBLE
    }
);
/// `getDocForExportTemplateReqDoc` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplateReqDocResponse {
    /// Part `pDocument`.
    pub p_document: super::types::AnyCFile,
}
ttsoap::__message!(
    GetDocForExportTemplateReqDocResponse {
        p_document: req("pDocument") b"pDocument" &ti::C_FILE
    }
);
ttsoap::__operation!(
    GetDocForExportTemplateReqDoc => GetDocForExportTemplateReqDocResponse,
    name "getDocForExportTemplateReqDoc",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDocForExportTemplateReqDoc",
    response "getDocForExportTemplateReqDocResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDocForExportTemplateFolder` request. Returns a document (CFile) generated with an export template for the items of a folder (folderPath, bRecursive). Added in Helix ALM 2017.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplateFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `templateID`.
    pub template_id: i64,
    /// Part `templateName`.
    pub template_name: String,
    /// Part `folderPath`.
    pub folder_path: String,
    /// Part `bRecursive`.
    pub b_recursive: bool,
    pub tablename: String,
    pub filtername: String,
    /// Part `sortOrder`.
    pub sort_order: String,
    /// Part `timezoneID`.
    pub timezone_id: String,
    pub locale: String,
    /// Part `hoursOffGMT`.
    pub hours_off_gmt: f64,
}
ttsoap::__message!(
    GetDocForExportTemplateFolder {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        template_id: req("templateID") b"templateID" &ti::XSD_LONG,
        template_name: req("templateName") b"templateName" &ti::XSD_STRING,
        folder_path: req("folderPath") b"folderPath" &ti::XSD_STRING,
        b_recursive: req("bRecursive") b"bRecursive" &ti::XSD_BOOLEAN,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        filtername: req("filtername") b"filtername" &ti::XSD_STRING,
        sort_order: req("sortOrder") b"sortOrder" &ti::XSD_STRING,
        timezone_id: req("timezoneID") b"timezoneID" &ti::XSD_STRING,
        locale: req("locale") b"locale" &ti::XSD_STRING,
        hours_off_gmt: req("hoursOffGMT") b"hoursOffGMT" &ti::XSD_DOUBLE
    }
);
/// `getDocForExportTemplateFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplateFolderResponse {
    /// Part `pDocument`.
    pub p_document: super::types::AnyCFile,
}
ttsoap::__message!(
    GetDocForExportTemplateFolderResponse {
        p_document: req("pDocument") b"pDocument" &ti::C_FILE
    }
);
ttsoap::__operation!(
    GetDocForExportTemplateFolder => GetDocForExportTemplateFolderResponse,
    name "getDocForExportTemplateFolder",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDocForExportTemplateFolder",
    response "getDocForExportTemplateFolderResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getUserLicenseList` request. Returns a list of user licenses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserLicenseList {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetUserLicenseList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getUserLicenseList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserLicenseListResponse {
    /// Part `UserLicenseList`.
    pub user_license_list: Vec<super::types::CUserLicense>,
}
ttsoap::__message!(
    GetUserLicenseListResponse {
        user_license_list: arr("UserLicenseList") b"UserLicenseList" &ti::ARRAY_OF_C_USER_LICENSE
    }
);
ttsoap::__operation!(
    GetUserLicenseList => GetUserLicenseListResponse,
    name "getUserLicenseList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getUserLicenseList",
    response "getUserLicenseListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getUser` request. Returns a user.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUser {
    pub cookie: ttsoap::Cookie,
    /// Part `firstName`.
    pub first_name: String,
    /// Part `middleInitials`.
    pub middle_initials: String,
    /// Part `lastName`.
    pub last_name: String,
}
ttsoap::__message!(
    GetUser {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        first_name: req("firstName") b"firstName" &ti::XSD_STRING,
        middle_initials: req("middleInitials") b"middleInitials" &ti::XSD_STRING,
        last_name: req("lastName") b"lastName" &ti::XSD_STRING
    }
);
/// `getUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
ttsoap::__message!(
    GetUserResponse {
        p_user: req("pUser") b"pUser" &ti::C_USER
    }
);
ttsoap::__operation!(
    GetUser => GetUserResponse,
    name "getUser",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getUser",
    response "getUserResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getUserByRecordID` request. Returns a user based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    GetUserByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `getUserByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserByRecordIDResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
ttsoap::__message!(
    GetUserByRecordIDResponse {
        p_user: req("pUser") b"pUser" &ti::C_USER
    }
);
ttsoap::__operation!(
    GetUserByRecordID => GetUserByRecordIDResponse,
    name "getUserByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getUserByRecordID",
    response "getUserByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getUserForCurrentSession` request. Returns the user (CUser) logged in with the session cookie. Added after TestTrack 2013.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserForCurrentSession {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetUserForCurrentSession {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getUserForCurrentSession` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserForCurrentSessionResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
ttsoap::__message!(
    GetUserForCurrentSessionResponse {
        p_user: req("pUser") b"pUser" &ti::C_USER
    }
);
ttsoap::__operation!(
    GetUserForCurrentSession => GetUserForCurrentSessionResponse,
    name "getUserForCurrentSession",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getUserForCurrentSession",
    response "getUserForCurrentSessionResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addUser` request. Creates a user.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddUser {
    pub cookie: ttsoap::Cookie,
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
ttsoap::__message!(
    AddUser {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_user: req("pUser") b"pUser" &ti::C_USER
    }
);
/// `addUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddUserResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddUserResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddUser => AddUserResponse,
    name "addUser",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addUser",
    response "addUserResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editUser` request. Retrieves a user for editing. The saveUser request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditUser {
    pub cookie: ttsoap::Cookie,
    /// Part `firstName`.
    pub first_name: String,
    /// Part `middleInitials`.
    pub middle_initials: String,
    /// Part `lastName`.
    pub last_name: String,
}
ttsoap::__message!(
    EditUser {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        first_name: req("firstName") b"firstName" &ti::XSD_STRING,
        middle_initials: req("middleInitials") b"middleInitials" &ti::XSD_STRING,
        last_name: req("lastName") b"lastName" &ti::XSD_STRING
    }
);
/// `editUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditUserResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
ttsoap::__message!(
    EditUserResponse {
        p_user: req("pUser") b"pUser" &ti::C_USER
    }
);
ttsoap::__operation!(
    EditUser => EditUserResponse,
    name "editUser",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editUser",
    response "editUserResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editUserByRecordID` request. Retrieves a user for editing based on record ID. The saveUser request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditUserByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    EditUserByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `editUserByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditUserByRecordIDResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
ttsoap::__message!(
    EditUserByRecordIDResponse {
        p_user: req("pUser") b"pUser" &ti::C_USER
    }
);
ttsoap::__operation!(
    EditUserByRecordID => EditUserByRecordIDResponse,
    name "editUserByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editUserByRecordID",
    response "editUserByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveUser` request. Saves changes made to a user record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveUser {
    pub cookie: ttsoap::Cookie,
    /// Part `firstName`.
    pub first_name: String,
    /// Part `middleInitials`.
    pub middle_initials: String,
    /// Part `lastName`.
    pub last_name: String,
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
ttsoap::__message!(
    SaveUser {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        first_name: req("firstName") b"firstName" &ti::XSD_STRING,
        middle_initials: req("middleInitials") b"middleInitials" &ti::XSD_STRING,
        last_name: req("lastName") b"lastName" &ti::XSD_STRING,
        p_user: req("pUser") b"pUser" &ti::C_USER
    }
);
/// `saveUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveUserResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveUserResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveUser => SaveUserResponse,
    name "saveUser",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveUser",
    response "saveUserResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteUser` request. Deletes a user.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteUser {
    pub cookie: ttsoap::Cookie,
    /// Part `firstName`.
    pub first_name: String,
    /// Part `middleInitials`.
    pub middle_initials: String,
    /// Part `lastName`.
    pub last_name: String,
}
ttsoap::__message!(
    DeleteUser {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        first_name: req("firstName") b"firstName" &ti::XSD_STRING,
        middle_initials: req("middleInitials") b"middleInitials" &ti::XSD_STRING,
        last_name: req("lastName") b"lastName" &ti::XSD_STRING
    }
);
/// `deleteUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteUserResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteUserResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteUser => DeleteUserResponse,
    name "deleteUser",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteUser",
    response "deleteUserResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteUserByRecordID` request. Deletes a user based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteUserByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    DeleteUserByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `deleteUserByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteUserByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteUserByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteUserByRecordID => DeleteUserByRecordIDResponse,
    name "deleteUserByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteUserByRecordID",
    response "deleteUserByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveUser` request. Discards changes made to a user record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveUser {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveUser {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveUserResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveUserResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveUser => CancelSaveUserResponse,
    name "cancelSaveUser",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveUser",
    response "cancelSaveUserResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `promoteUser` request. Promotes a local user to a global user on the Seapine License Server.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PromoteUser {
    pub cookie: ttsoap::Cookie,
    /// Part `localUser`.
    pub local_user: String,
    /// Part `globalUser`.
    pub global_user: String,
    pub loginname: String,
    pub password: ttsoap::Password,
}
ttsoap::__message!(
    PromoteUser {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        local_user: req("localUser") b"localUser" &ti::XSD_STRING,
        global_user: req("globalUser") b"globalUser" &ti::XSD_STRING,
        loginname: req("loginname") b"loginname" &ti::XSD_STRING,
        password: req("password") b"password" &ti::XSD_STRING
    }
);
/// `promoteUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PromoteUserResponse {
    pub result: i32,
}
ttsoap::__message!(
    PromoteUserResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    PromoteUser => PromoteUserResponse,
    name "promoteUser",
    namespace "urn:testtrack-interface",
    action "",
    response "promoteUserResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `addGlobalUser` request. Retrieves a global user from the Seapine License Server and adds them to TestTrack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddGlobalUser {
    pub cookie: ttsoap::Cookie,
    /// Part `pUser`.
    pub p_user: super::types::CGlobalUser,
}
ttsoap::__message!(
    AddGlobalUser {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_user: req("pUser") b"pUser" &ti::C_GLOBAL_USER
    }
);
/// `addGlobalUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddGlobalUserResponse {
    pub result: i32,
}
ttsoap::__message!(
    AddGlobalUserResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    AddGlobalUser => AddGlobalUserResponse,
    name "addGlobalUser",
    namespace "urn:testtrack-interface",
    action "",
    response "addGlobalUserResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getCustomer` request. Returns a customer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `firstName`.
    pub first_name: String,
    /// Part `middleInitials`.
    pub middle_initials: String,
    /// Part `lastName`.
    pub last_name: String,
}
ttsoap::__message!(
    GetCustomer {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        first_name: req("firstName") b"firstName" &ti::XSD_STRING,
        middle_initials: req("middleInitials") b"middleInitials" &ti::XSD_STRING,
        last_name: req("lastName") b"lastName" &ti::XSD_STRING
    }
);
/// `getCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomerResponse {
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
ttsoap::__message!(
    GetCustomerResponse {
        p_customer: req("pCustomer") b"pCustomer" &ti::C_USER
    }
);
ttsoap::__operation!(
    GetCustomer => GetCustomerResponse,
    name "getCustomer",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getCustomer",
    response "getCustomerResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getCustomerByRecordID` request. Returns a customer based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomerByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    GetCustomerByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `getCustomerByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomerByRecordIDResponse {
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
ttsoap::__message!(
    GetCustomerByRecordIDResponse {
        p_customer: req("pCustomer") b"pCustomer" &ti::C_USER
    }
);
ttsoap::__operation!(
    GetCustomerByRecordID => GetCustomerByRecordIDResponse,
    name "getCustomerByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getCustomerByRecordID",
    response "getCustomerByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addCustomer` request. Creates a customer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
ttsoap::__message!(
    AddCustomer {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_customer: req("pCustomer") b"pCustomer" &ti::C_USER
    }
);
/// `addCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddCustomerResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddCustomerResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddCustomer => AddCustomerResponse,
    name "addCustomer",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addCustomer",
    response "addCustomerResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editCustomer` request. Retrieves a customer for editing. The saveCustomer request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `firstName`.
    pub first_name: String,
    /// Part `middleInitials`.
    pub middle_initials: String,
    /// Part `lastName`.
    pub last_name: String,
}
ttsoap::__message!(
    EditCustomer {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        first_name: req("firstName") b"firstName" &ti::XSD_STRING,
        middle_initials: req("middleInitials") b"middleInitials" &ti::XSD_STRING,
        last_name: req("lastName") b"lastName" &ti::XSD_STRING
    }
);
/// `editCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditCustomerResponse {
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
ttsoap::__message!(
    EditCustomerResponse {
        p_customer: req("pCustomer") b"pCustomer" &ti::C_USER
    }
);
ttsoap::__operation!(
    EditCustomer => EditCustomerResponse,
    name "editCustomer",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editCustomer",
    response "editCustomerResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editCustomerByRecordID` request. Retrieves a customer for editing based on record ID. The saveCustomer request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditCustomerByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    EditCustomerByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `editCustomerByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditCustomerByRecordIDResponse {
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
ttsoap::__message!(
    EditCustomerByRecordIDResponse {
        p_customer: req("pCustomer") b"pCustomer" &ti::C_USER
    }
);
ttsoap::__operation!(
    EditCustomerByRecordID => EditCustomerByRecordIDResponse,
    name "editCustomerByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editCustomerByRecordID",
    response "editCustomerByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveCustomer` request. Saves changes made to a customer record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `firstName`.
    pub first_name: String,
    /// Part `middleInitials`.
    pub middle_initials: String,
    /// Part `lastName`.
    pub last_name: String,
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
ttsoap::__message!(
    SaveCustomer {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        first_name: req("firstName") b"firstName" &ti::XSD_STRING,
        middle_initials: req("middleInitials") b"middleInitials" &ti::XSD_STRING,
        last_name: req("lastName") b"lastName" &ti::XSD_STRING,
        p_customer: req("pCustomer") b"pCustomer" &ti::C_USER
    }
);
/// `saveCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveCustomerResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveCustomerResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveCustomer => SaveCustomerResponse,
    name "saveCustomer",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveCustomer",
    response "saveCustomerResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteCustomer` request. Deletes a customer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `firstName`.
    pub first_name: String,
    /// Part `middleInitials`.
    pub middle_initials: String,
    /// Part `lastName`.
    pub last_name: String,
}
ttsoap::__message!(
    DeleteCustomer {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        first_name: req("firstName") b"firstName" &ti::XSD_STRING,
        middle_initials: req("middleInitials") b"middleInitials" &ti::XSD_STRING,
        last_name: req("lastName") b"lastName" &ti::XSD_STRING
    }
);
/// `deleteCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomerResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteCustomerResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteCustomer => DeleteCustomerResponse,
    name "deleteCustomer",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteCustomer",
    response "deleteCustomerResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteCustomerByRecordID` request. Deletes a customer based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomerByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    DeleteCustomerByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `deleteCustomerByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomerByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteCustomerByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteCustomerByRecordID => DeleteCustomerByRecordIDResponse,
    name "deleteCustomerByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteCustomerByRecordID",
    response "deleteCustomerByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveCustomer` request. Discards changes made to a customer record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveCustomer {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveCustomerResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveCustomerResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveCustomer => CancelSaveCustomerResponse,
    name "cancelSaveCustomer",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveCustomer",
    response "cancelSaveCustomerResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `promoteCustomer` request. Promotes a local customer to a global customer on the Seapine License Server.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PromoteCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `localCustomer`.
    pub local_customer: String,
    /// Part `globalUser`.
    pub global_user: String,
    pub loginname: String,
    pub password: ttsoap::Password,
}
ttsoap::__message!(
    PromoteCustomer {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        local_customer: req("localCustomer") b"localCustomer" &ti::XSD_STRING,
        global_user: req("globalUser") b"globalUser" &ti::XSD_STRING,
        loginname: req("loginname") b"loginname" &ti::XSD_STRING,
        password: req("password") b"password" &ti::XSD_STRING
    }
);
/// `promoteCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PromoteCustomerResponse {
    pub result: i32,
}
ttsoap::__message!(
    PromoteCustomerResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    PromoteCustomer => PromoteCustomerResponse,
    name "promoteCustomer",
    namespace "urn:testtrack-interface",
    action "",
    response "promoteCustomerResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `addGlobalCustomer` request. Retrieves a global customer from the Seapine License Server and adds them to TestTrack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddGlobalCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `pUser`.
    pub p_user: super::types::CGlobalUser,
}
ttsoap::__message!(
    AddGlobalCustomer {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_user: req("pUser") b"pUser" &ti::C_GLOBAL_USER
    }
);
/// `addGlobalCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddGlobalCustomerResponse {
    pub result: i32,
}
ttsoap::__message!(
    AddGlobalCustomerResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    AddGlobalCustomer => AddGlobalCustomerResponse,
    name "addGlobalCustomer",
    namespace "urn:testtrack-interface",
    action "",
    response "addGlobalCustomerResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getLinksForItem` request. Returns links for a specified item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinksForItem {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    /// Part `itemRecordID`.
    pub item_record_id: i64,
}
ttsoap::__message!(
    GetLinksForItem {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        item_record_id: req("itemRecordID") b"itemRecordID" &ti::XSD_LONG
    }
);
/// `getLinksForItem` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinksForItemResponse {
    /// Part `pLinkList`.
    pub p_link_list: Vec<super::types::CLink>,
}
ttsoap::__message!(
    GetLinksForItemResponse {
        p_link_list: arr("pLinkList") b"pLinkList" &ti::ARRAY_OF_C_LINK
    }
);
ttsoap::__operation!(
    GetLinksForItem => GetLinksForItemResponse,
    name "getLinksForItem",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getLinksForItem",
    response "getLinksForItemResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getLinksForDefect` request. Returns links for a specified defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinksForDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `defectRecordID`.
    pub defect_record_id: i64,
}
ttsoap::__message!(
    GetLinksForDefect {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        defect_record_id: req("defectRecordID") b"defectRecordID" &ti::XSD_LONG
    }
);
/// `getLinksForDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinksForDefectResponse {
    /// Part `pLinkList`.
    pub p_link_list: Vec<super::types::CLink>,
}
ttsoap::__message!(
    GetLinksForDefectResponse {
        p_link_list: arr("pLinkList") b"pLinkList" &ti::ARRAY_OF_C_LINK
    }
);
ttsoap::__operation!(
    GetLinksForDefect => GetLinksForDefectResponse,
    name "getLinksForDefect",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getLinksForDefect",
    response "getLinksForDefectResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getLink` request. Returns a list of all links.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLink {
    pub cookie: ttsoap::Cookie,
    /// Part `linkID`.
    pub link_id: i64,
}
ttsoap::__message!(
    GetLink {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        link_id: req("linkID") b"linkID" &ti::XSD_LONG
    }
);
/// `getLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinkResponse {
    /// Part `pLink`.
    pub p_link: super::types::CLink,
}
ttsoap::__message!(
    GetLinkResponse {
        p_link: req("pLink") b"pLink" &ti::C_LINK
    }
);
ttsoap::__operation!(
    GetLink => GetLinkResponse,
    name "getLink",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getLink",
    response "getLinkResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addLink` request. Creates a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddLink {
    pub cookie: ttsoap::Cookie,
    /// Part `pLink`.
    pub p_link: super::types::CLink,
}
ttsoap::__message!(
    AddLink {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_link: req("pLink") b"pLink" &ti::C_LINK
    }
);
/// `addLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddLinkResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddLinkResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddLink => AddLinkResponse,
    name "addLink",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addLink",
    response "addLinkResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteLink` request. Deletes a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLink {
    pub cookie: ttsoap::Cookie,
    /// Part `linkID`.
    pub link_id: i64,
}
ttsoap::__message!(
    DeleteLink {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        link_id: req("linkID") b"linkID" &ti::XSD_LONG
    }
);
/// `deleteLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLinkResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteLinkResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteLink => DeleteLinkResponse,
    name "deleteLink",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteLink",
    response "deleteLinkResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editLink` request. Retrieves a link for editing. The saveLink request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditLink {
    pub cookie: ttsoap::Cookie,
    /// Part `linkID`.
    pub link_id: i64,
}
ttsoap::__message!(
    EditLink {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        link_id: req("linkID") b"linkID" &ti::XSD_LONG
    }
);
/// `editLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditLinkResponse {
    /// Part `pLink`.
    pub p_link: super::types::CLink,
}
ttsoap::__message!(
    EditLinkResponse {
        p_link: req("pLink") b"pLink" &ti::C_LINK
    }
);
ttsoap::__operation!(
    EditLink => EditLinkResponse,
    name "editLink",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editLink",
    response "editLinkResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveLink` request. Saves changes made to a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveLink {
    pub cookie: ttsoap::Cookie,
    /// Part `pLink`.
    pub p_link: super::types::CLink,
}
ttsoap::__message!(
    SaveLink {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_link: req("pLink") b"pLink" &ti::C_LINK
    }
);
/// `saveLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveLinkResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveLinkResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveLink => SaveLinkResponse,
    name "saveLink",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveLink",
    response "saveLinkResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveLink` request. Discards changes made to a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveLink {
    pub cookie: ttsoap::Cookie,
    /// Part `linkID`.
    pub link_id: i64,
}
ttsoap::__message!(
    CancelSaveLink {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        link_id: req("linkID") b"linkID" &ti::XSD_LONG
    }
);
/// `cancelSaveLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveLinkResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveLinkResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveLink => CancelSaveLinkResponse,
    name "cancelSaveLink",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveLink",
    response "cancelSaveLinkResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getTestVariantTypes` request. Returns a list of test variant types.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestVariantTypes {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetTestVariantTypes {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getTestVariantTypes` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestVariantTypesResponse {
    /// Part `pTypeList`.
    pub p_type_list: Vec<String>,
}
ttsoap::__message!(
    GetTestVariantTypesResponse {
        p_type_list: arr("pTypeList") b"pTypeList" &ti::ARRAY_OFSTRING
    }
);
ttsoap::__operation!(
    GetTestVariantTypes => GetTestVariantTypesResponse,
    name "getTestVariantTypes",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTestVariantTypes",
    response "getTestVariantTypesResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTestRunStepsModes` request. Returns test runs steps mode. Either Grid View or Free Form Text View.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunStepsModes {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetTestRunStepsModes {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getTestRunStepsModes` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunStepsModesResponse {
    /// Part `pModeList`.
    pub p_mode_list: Vec<String>,
}
ttsoap::__message!(
    GetTestRunStepsModesResponse {
        p_mode_list: arr("pModeList") b"pModeList" &ti::ARRAY_OFSTRING
    }
);
ttsoap::__operation!(
    GetTestRunStepsModes => GetTestRunStepsModesResponse,
    name "getTestRunStepsModes",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTestRunStepsModes",
    response "getTestRunStepsModesResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTestCase` request. Returns a list of test cases.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `testCaseNumber`.
    pub test_case_number: i64,
    pub summary: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetTestCase {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        test_case_number: req("testCaseNumber") b"testCaseNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestCaseResponse {
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
ttsoap::__message!(
    GetTestCaseResponse {
        p_test_case: req("pTestCase") b"pTestCase" &ti::C_TEST_CASE
    }
);
ttsoap::__operation!(
    GetTestCase => GetTestCaseResponse,
    name "getTestCase",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTestCase",
    response "getTestCaseResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTestCaseByRecordID` request. Returns a test case based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestCaseByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetTestCaseByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getTestCaseByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestCaseByRecordIDResponse {
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
ttsoap::__message!(
    GetTestCaseByRecordIDResponse {
        p_test_case: req("pTestCase") b"pTestCase" &ti::C_TEST_CASE
    }
);
ttsoap::__operation!(
    GetTestCaseByRecordID => GetTestCaseByRecordIDResponse,
    name "getTestCaseByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTestCaseByRecordID",
    response "getTestCaseByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addTestCase` request. Creates a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
ttsoap::__message!(
    AddTestCase {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_test_case: req("pTestCase") b"pTestCase" &ti::C_TEST_CASE
    }
);
/// `addTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTestCaseResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddTestCaseResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddTestCase => AddTestCaseResponse,
    name "addTestCase",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addTestCase",
    response "addTestCaseResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteTestCase` request. Deletes a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `testCaseNumber`.
    pub test_case_number: i64,
    pub summary: String,
    /// Part `bDeleteAssociatedTestRuns`.
    pub b_delete_associated_test_runs: bool,
}
ttsoap::__message!(
    DeleteTestCase {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        test_case_number: req("testCaseNumber") b"testCaseNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_delete_associated_test_runs: req("bDeleteAssociatedTestRuns") b"bDeleteAssociatedTestRuns" &ti::XSD_BOOLEAN
    }
);
/// `deleteTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestCaseResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteTestCaseResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteTestCase => DeleteTestCaseResponse,
    name "deleteTestCase",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteTestCase",
    response "deleteTestCaseResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteTestCaseByRecordID` request. Deletes a test case based on a record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestCaseByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDeleteAssociatedTestRun`.
    pub b_delete_associated_test_run: bool,
}
ttsoap::__message!(
    DeleteTestCaseByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_delete_associated_test_run: req("bDeleteAssociatedTestRun") b"bDeleteAssociatedTestRun" &ti::XSD_BOOLEAN
    }
);
/// `deleteTestCaseByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestCaseByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteTestCaseByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteTestCaseByRecordID => DeleteTestCaseByRecordIDResponse,
    name "deleteTestCaseByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteTestCaseByRecordID",
    response "deleteTestCaseByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editTestCase` request. Retrieves a test case for editing. The saveTestCase request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `testCaseNumber`.
    pub test_case_number: i64,
    pub summary: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditTestCase {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        test_case_number: req("testCaseNumber") b"testCaseNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestCaseResponse {
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
ttsoap::__message!(
    EditTestCaseResponse {
        p_test_case: req("pTestCase") b"pTestCase" &ti::C_TEST_CASE
    }
);
ttsoap::__operation!(
    EditTestCase => EditTestCaseResponse,
    name "editTestCase",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editTestCase",
    response "editTestCaseResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editTestCaseByRecordID` request. Retrieves a test case for editing based on record ID. The saveTestCase request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestCaseByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditTestCaseByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editTestCaseByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestCaseByRecordIDResponse {
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
ttsoap::__message!(
    EditTestCaseByRecordIDResponse {
        p_test_case: req("pTestCase") b"pTestCase" &ti::C_TEST_CASE
    }
);
ttsoap::__operation!(
    EditTestCaseByRecordID => EditTestCaseByRecordIDResponse,
    name "editTestCaseByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editTestCaseByRecordID",
    response "editTestCaseByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveTestCase` request. Saves changes made to a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
ttsoap::__message!(
    SaveTestCase {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_test_case: req("pTestCase") b"pTestCase" &ti::C_TEST_CASE
    }
);
/// `saveTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestCaseResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveTestCaseResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveTestCase => SaveTestCaseResponse,
    name "saveTestCase",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveTestCase",
    response "saveTestCaseResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveTestCase` request. Discards changes made to a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveTestCase {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestCaseResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveTestCaseResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveTestCase => CancelSaveTestCaseResponse,
    name "cancelSaveTestCase",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveTestCase",
    response "cancelSaveTestCaseResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getTestRun` request. Returns a list of test runs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `testRunNumber`.
    pub test_run_number: i64,
    pub summary: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetTestRun {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        test_run_number: req("testRunNumber") b"testRunNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunResponse {
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
ttsoap::__message!(
    GetTestRunResponse {
        p_test_run: req("pTestRun") b"pTestRun" &ti::C_TEST_RUN
    }
);
ttsoap::__operation!(
    GetTestRun => GetTestRunResponse,
    name "getTestRun",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTestRun",
    response "getTestRunResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getTestRunByRecordID` request. Returns a test run based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetTestRunByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getTestRunByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunByRecordIDResponse {
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
ttsoap::__message!(
    GetTestRunByRecordIDResponse {
        p_test_run: req("pTestRun") b"pTestRun" &ti::C_TEST_RUN
    }
);
ttsoap::__operation!(
    GetTestRunByRecordID => GetTestRunByRecordIDResponse,
    name "getTestRunByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getTestRunByRecordID",
    response "getTestRunByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `deleteTestRun` request. Deletes a test run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `testRunNumber`.
    pub test_run_number: i64,
    pub summary: String,
}
ttsoap::__message!(
    DeleteTestRun {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        test_run_number: req("testRunNumber") b"testRunNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING
    }
);
/// `deleteTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestRunResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteTestRunResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteTestRun => DeleteTestRunResponse,
    name "deleteTestRun",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteTestRun",
    response "deleteTestRunResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteTestRunByRecordID` request. Deletes a test run based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestRunByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    DeleteTestRunByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `deleteTestRunByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestRunByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteTestRunByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteTestRunByRecordID => DeleteTestRunByRecordIDResponse,
    name "deleteTestRunByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteTestRunByRecordID",
    response "deleteTestRunByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editTestRun` request. Retrieves a test run for editing. The saveTestRun request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `testRunNumber`.
    pub test_run_number: i64,
    pub summary: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditTestRun {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        test_run_number: req("testRunNumber") b"testRunNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestRunResponse {
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
ttsoap::__message!(
    EditTestRunResponse {
        p_test_run: req("pTestRun") b"pTestRun" &ti::C_TEST_RUN
    }
);
ttsoap::__operation!(
    EditTestRun => EditTestRunResponse,
    name "editTestRun",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editTestRun",
    response "editTestRunResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editTestRunByRecordID` request. Retrieves a test run for editing based on record ID. The saveTestRun request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestRunByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditTestRunByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editTestRunByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestRunByRecordIDResponse {
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
ttsoap::__message!(
    EditTestRunByRecordIDResponse {
        p_test_run: req("pTestRun") b"pTestRun" &ti::C_TEST_RUN
    }
);
ttsoap::__operation!(
    EditTestRunByRecordID => EditTestRunByRecordIDResponse,
    name "editTestRunByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editTestRunByRecordID",
    response "editTestRunByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveTestRun` request. Saves changes made to a test run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
ttsoap::__message!(
    SaveTestRun {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_test_run: req("pTestRun") b"pTestRun" &ti::C_TEST_RUN
    }
);
/// `saveTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestRunResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveTestRunResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveTestRun => SaveTestRunResponse,
    name "saveTestRun",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveTestRun",
    response "saveTestRunResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveTestRun` request. Discards changes made to a test run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveTestRun {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestRunResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveTestRunResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveTestRun => CancelSaveTestRunResponse,
    name "cancelSaveTestRun",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveTestRun",
    response "cancelSaveTestRunResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `createDefectForTestRun` request. Creates a defect based on test run results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateDefectForTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CreateDefectForTestRun {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `createDefectForTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateDefectForTestRunResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
ttsoap::__message!(
    CreateDefectForTestRunResponse {
        p_defect: req("pDefect") b"pDefect" &ti::C_DEFECT
    }
);
ttsoap::__operation!(
    CreateDefectForTestRun => CreateDefectForTestRunResponse,
    name "createDefectForTestRun",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#createDefectForTestRun",
    response "createDefectForTestRunResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `generateTestRuns` request. Generates test runs for a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenerateTestRuns {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `testVariants`.
    pub test_variants: Vec<super::types::AnyCTestRunVariantField>,
    /// Part `testRunSet`.
    pub test_run_set: String,
}
ttsoap::__message!(
    GenerateTestRuns {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        test_variants: arr("testVariants") b"testVariants" &ti::ARRAY_OF_C_TEST_RUN_VARIANT_FIELD,
        test_run_set: req("testRunSet") b"testRunSet" &ti::XSD_STRING
    }
);
/// `generateTestRuns` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenerateTestRunsResponse {
    /// Part `pResults`.
    pub p_results: Vec<super::types::AnyCItemToTrack>,
}
ttsoap::__message!(
    GenerateTestRunsResponse {
        p_results: arr("pResults") b"pResults" &ti::ARRAY_OF_C_ITEM_TO_TRACK
    }
);
ttsoap::__operation!(
    GenerateTestRuns => GenerateTestRunsResponse,
    name "generateTestRuns",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#generateTestRuns",
    response "generateTestRunsResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getFolderTypeByName` request. Returns the properties of the folder type. Call the getFolderTypeList request to get the names used in this request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTypeByName {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
ttsoap::__message!(
    GetFolderTypeByName {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        name: req("name") b"name" &ti::XSD_STRING
    }
);
/// `getFolderTypeByName` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTypeByNameResponse {
    /// Part `pType`.
    pub p_type: super::types::CFolderType,
}
ttsoap::__message!(
    GetFolderTypeByNameResponse {
        p_type: req("pType") b"pType" &ti::C_FOLDER_TYPE
    }
);
ttsoap::__operation!(
    GetFolderTypeByName => GetFolderTypeByNameResponse,
    name "getFolderTypeByName",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFolderTypeByName",
    response "getFolderTypeByNameResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getFolderTypeList` request. Returns a list of configured folder types.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTypeList {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetFolderTypeList {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getFolderTypeList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTypeListResponse {
    /// Part `pTypeList`.
    pub p_type_list: Vec<super::types::CFolderType>,
}
ttsoap::__message!(
    GetFolderTypeListResponse {
        p_type_list: arr("pTypeList") b"pTypeList" &ti::ARRAY_OF_C_FOLDER_TYPE
    }
);
ttsoap::__operation!(
    GetFolderTypeList => GetFolderTypeListResponse,
    name "getFolderTypeList",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFolderTypeList",
    response "getFolderTypeListResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addFolder` request. Creates a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
ttsoap::__message!(
    AddFolder {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_folder: req("pFolder") b"pFolder" &ti::C_FOLDER
    }
);
/// `addFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddFolderResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddFolderResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddFolder => AddFolderResponse,
    name "addFolder",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addFolder",
    response "addFolderResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editFolder` request. Retrieves a folder for editing. The saveFolder request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `folderPath`.
    pub folder_path: String,
}
ttsoap::__message!(
    EditFolder {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        folder_path: req("folderPath") b"folderPath" &ti::XSD_STRING
    }
);
/// `editFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderResponse {
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
ttsoap::__message!(
    EditFolderResponse {
        p_folder: req("pFolder") b"pFolder" &ti::C_FOLDER
    }
);
ttsoap::__operation!(
    EditFolder => EditFolderResponse,
    name "editFolder",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editFolder",
    response "editFolderResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editFolderByRecordID` request. Retrieves a folder for editing based on record ID. The saveFolder request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
ttsoap::__message!(
    EditFolderByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        public_folder: req("publicFolder") b"publicFolder" &ti::XSD_BOOLEAN
    }
);
/// `editFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderByRecordIDResponse {
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
ttsoap::__message!(
    EditFolderByRecordIDResponse {
        p_folder: req("pFolder") b"pFolder" &ti::C_FOLDER
    }
);
ttsoap::__operation!(
    EditFolderByRecordID => EditFolderByRecordIDResponse,
    name "editFolderByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editFolderByRecordID",
    response "editFolderByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveFolder` request. Saves changes made to a folder. NOTES: If you set the path, parentid, and the ispublic flag, they must all be consistent. If you set only the path, you can pass back the original parentid and ispublic flag and they will be updated automatically. Similarly, if you set the parentid and the ispublic flag you can pass back the original path (or none at all) and it will be updated. If you set only the parentid, the ispublic flag and the owner of the new parent folder (if private) must be the same as the old parent folder. If the folder name changes, the path must also change. The path must always end with the folder name and no trailing path separator character. Changing only ispublic or only name results in an error.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
ttsoap::__message!(
    SaveFolder {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_folder: req("pFolder") b"pFolder" &ti::C_FOLDER
    }
);
/// `saveFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveFolderResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveFolderResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveFolder => SaveFolderResponse,
    name "saveFolder",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveFolder",
    response "saveFolderResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveFolder` request. Discards changes made to a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveFolder {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveFolderResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveFolderResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveFolder => CancelSaveFolderResponse,
    name "cancelSaveFolder",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveFolder",
    response "cancelSaveFolderResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getFolder` request. Returns a list of folders.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolder {
    pub cookie: ttsoap::Cookie,
    pub path: String,
}
ttsoap::__message!(
    GetFolder {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        path: req("path") b"path" &ti::XSD_STRING
    }
);
/// `getFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderResponse {
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
ttsoap::__message!(
    GetFolderResponse {
        p_folder: req("pFolder") b"pFolder" &ti::C_FOLDER
    }
);
ttsoap::__operation!(
    GetFolder => GetFolderResponse,
    name "getFolder",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFolder",
    response "getFolderResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getFolderByRecordID` request. Returns a folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
ttsoap::__message!(
    GetFolderByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        public_folder: req("publicFolder") b"publicFolder" &ti::XSD_BOOLEAN
    }
);
/// `getFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderByRecordIDResponse {
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
ttsoap::__message!(
    GetFolderByRecordIDResponse {
        p_folder: req("pFolder") b"pFolder" &ti::C_FOLDER
    }
);
ttsoap::__operation!(
    GetFolderByRecordID => GetFolderByRecordIDResponse,
    name "getFolderByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFolderByRecordID",
    response "getFolderByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `deleteFolder` request. Deletes a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `folderPath`.
    pub folder_path: String,
}
ttsoap::__message!(
    DeleteFolder {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        folder_path: req("folderPath") b"folderPath" &ti::XSD_STRING
    }
);
/// `deleteFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFolderResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteFolderResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteFolder => DeleteFolderResponse,
    name "deleteFolder",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteFolder",
    response "deleteFolderResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteFolderByRecordID` request. Deletes a folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
ttsoap::__message!(
    DeleteFolderByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        public_folder: req("publicFolder") b"publicFolder" &ti::XSD_BOOLEAN
    }
);
/// `deleteFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFolderByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteFolderByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteFolderByRecordID => DeleteFolderByRecordIDResponse,
    name "deleteFolderByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteFolderByRecordID",
    response "deleteFolderByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `addEntityToFolderByRecordID` request. Adds a TestTrack item to a folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddEntityToFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
    /// Part `entityRecordID`.
    pub entity_record_id: i64,
    /// Part `entityTableName`.
    pub entity_table_name: String,
}
ttsoap::__message!(
    AddEntityToFolderByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        public_folder: req("publicFolder") b"publicFolder" &ti::XSD_BOOLEAN,
        entity_record_id: req("entityRecordID") b"entityRecordID" &ti::XSD_LONG,
        entity_table_name: req("entityTableName") b"entityTableName" &ti::XSD_STRING
    }
);
/// `addEntityToFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddEntityToFolderByRecordIDResponse {
    /// Part `itemRecordID`.
    pub item_record_id: i32,
}
ttsoap::__message!(
    AddEntityToFolderByRecordIDResponse {
        item_record_id: req("itemRecordID") b"itemRecordID" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    AddEntityToFolderByRecordID => AddEntityToFolderByRecordIDResponse,
    name "addEntityToFolderByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addEntityToFolderByRecordID",
    response "addEntityToFolderByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `removeEntityFromFolderByRecordID` request. Removes a TestTrack item from a folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemoveEntityFromFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
    pub entity: super::types::CFolderItem,
}
ttsoap::__message!(
    RemoveEntityFromFolderByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        public_folder: req("publicFolder") b"publicFolder" &ti::XSD_BOOLEAN,
        entity: req("entity") b"entity" &ti::C_FOLDER_ITEM
    }
);
/// `removeEntityFromFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemoveEntityFromFolderByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    RemoveEntityFromFolderByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    RemoveEntityFromFolderByRecordID => RemoveEntityFromFolderByRecordIDResponse,
    name "removeEntityFromFolderByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#removeEntityFromFolderByRecordID",
    response "removeEntityFromFolderByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getEntityListForFolderByRecordID` request. Returns a list of TestTrack items in a folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEntityListForFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
ttsoap::__message!(
    GetEntityListForFolderByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        public_folder: req("publicFolder") b"publicFolder" &ti::XSD_BOOLEAN
    }
);
/// `getEntityListForFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEntityListForFolderByRecordIDResponse {
    /// Part `pEntityList`.
    pub p_entity_list: Vec<super::types::CFolderItem>,
}
ttsoap::__message!(
    GetEntityListForFolderByRecordIDResponse {
        p_entity_list: arr("pEntityList") b"pEntityList" &ti::ARRAY_OF_C_FOLDER_ITEM
    }
);
ttsoap::__operation!(
    GetEntityListForFolderByRecordID => GetEntityListForFolderByRecordIDResponse,
    name "getEntityListForFolderByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getEntityListForFolderByRecordID",
    response "getEntityListForFolderByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getFolderListForEntityByRecordID` request. Returns a list of folders a specified item is in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderListForEntityByRecordID {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    GetFolderListForEntityByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tablename: req("tablename") b"tablename" &ti::XSD_STRING,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `getFolderListForEntityByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderListForEntityByRecordIDResponse {
    /// Part `pFolderList`.
    pub p_folder_list: Vec<super::types::CFolder>,
}
ttsoap::__message!(
    GetFolderListForEntityByRecordIDResponse {
        p_folder_list: arr("pFolderList") b"pFolderList" &ti::ARRAY_OF_C_FOLDER
    }
);
ttsoap::__operation!(
    GetFolderListForEntityByRecordID => GetFolderListForEntityByRecordIDResponse,
    name "getFolderListForEntityByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFolderListForEntityByRecordID",
    response "getFolderListForEntityByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getFolderPathSeparator` request. Returns the folder separator character, which is '/'.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderPathSeparator {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetFolderPathSeparator {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getFolderPathSeparator` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderPathSeparatorResponse {
    pub separator: i8,
}
ttsoap::__message!(
    GetFolderPathSeparatorResponse {
        separator: req("separator") b"separator" &ti::XSD_BYTE
    }
);
ttsoap::__operation!(
    GetFolderPathSeparator => GetFolderPathSeparatorResponse,
    name "getFolderPathSeparator",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFolderPathSeparator",
    response "getFolderPathSeparatorResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getRootPublicFolderPath` request. Returns a public folder path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRootPublicFolderPath {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetRootPublicFolderPath {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getRootPublicFolderPath` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRootPublicFolderPathResponse {
    /// Part `strPublicPath`.
    pub str_public_path: String,
}
ttsoap::__message!(
    GetRootPublicFolderPathResponse {
        str_public_path: req("strPublicPath") b"strPublicPath" &ti::XSD_STRING
    }
);
ttsoap::__operation!(
    GetRootPublicFolderPath => GetRootPublicFolderPathResponse,
    name "getRootPublicFolderPath",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRootPublicFolderPath",
    response "getRootPublicFolderPathResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getRootPrivateFolderPath` request. Returns a private folder path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRootPrivateFolderPath {
    pub cookie: ttsoap::Cookie,
}
ttsoap::__message!(
    GetRootPrivateFolderPath {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG
    }
);
/// `getRootPrivateFolderPath` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRootPrivateFolderPathResponse {
    /// Part `strPrivatePath`.
    pub str_private_path: String,
}
ttsoap::__message!(
    GetRootPrivateFolderPathResponse {
        str_private_path: req("strPrivatePath") b"strPrivatePath" &ti::XSD_STRING
    }
);
ttsoap::__operation!(
    GetRootPrivateFolderPath => GetRootPrivateFolderPathResponse,
    name "getRootPrivateFolderPath",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRootPrivateFolderPath",
    response "getRootPrivateFolderPathResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `editFolderItemRank` request. Retrieves a folder for item ranking.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderItemRank {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
ttsoap::__message!(
    EditFolderItemRank {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        public_folder: req("publicFolder") b"publicFolder" &ti::XSD_BOOLEAN
    }
);
/// `editFolderItemRank` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderItemRankResponse {
    /// Part `pEntityList`.
    pub p_entity_list: Vec<super::types::CFolderItem>,
}
ttsoap::__message!(
    EditFolderItemRankResponse {
        p_entity_list: arr("pEntityList") b"pEntityList" &ti::ARRAY_OF_C_FOLDER_ITEM
    }
);
ttsoap::__operation!(
    EditFolderItemRank => EditFolderItemRankResponse,
    name "editFolderItemRank",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editFolderItemRank",
    response "editFolderItemRankResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveFolderItemRank` request. Save changes made to item rank in a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveFolderItemRank {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
    /// Part `folderItemList`.
    pub folder_item_list: Vec<super::types::CFolderItem>,
}
ttsoap::__message!(
    SaveFolderItemRank {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        public_folder: req("publicFolder") b"publicFolder" &ti::XSD_BOOLEAN,
        folder_item_list: arr("folderItemList") b"folderItemList" &ti::ARRAY_OF_C_FOLDER_ITEM
    }
);
/// `saveFolderItemRank` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveFolderItemRankResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveFolderItemRankResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveFolderItemRank => SaveFolderItemRankResponse,
    name "saveFolderItemRank",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveFolderItemRank",
    response "saveFolderItemRankResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveFolderItemRank` request. Discards changes made to item rank in a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveFolderItemRank {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveFolderItemRank {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveFolderItemRank` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveFolderItemRankResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveFolderItemRankResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveFolderItemRank => CancelSaveFolderItemRankResponse,
    name "cancelSaveFolderItemRank",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveFolderItemRank",
    response "cancelSaveFolderItemRankResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getRequirement` request. Returns a list of requirements.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementNumber`.
    pub requirement_number: i64,
    pub summary: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetRequirement {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        requirement_number: req("requirementNumber") b"requirementNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementResponse {
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
ttsoap::__message!(
    GetRequirementResponse {
        p_requirement: req("pRequirement") b"pRequirement" &ti::C_REQUIREMENT
    }
);
ttsoap::__operation!(
    GetRequirement => GetRequirementResponse,
    name "getRequirement",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRequirement",
    response "getRequirementResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getRequirementByRecordID` request. Returns a requirement based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetRequirementByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getRequirementByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementByRecordIDResponse {
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
ttsoap::__message!(
    GetRequirementByRecordIDResponse {
        p_requirement: req("pRequirement") b"pRequirement" &ti::C_REQUIREMENT
    }
);
ttsoap::__operation!(
    GetRequirementByRecordID => GetRequirementByRecordIDResponse,
    name "getRequirementByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRequirementByRecordID",
    response "getRequirementByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addRequirement` request. Creates a requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
ttsoap::__message!(
    AddRequirement {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_requirement: req("pRequirement") b"pRequirement" &ti::C_REQUIREMENT
    }
);
/// `addRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddRequirementResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddRequirementResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddRequirement => AddRequirementResponse,
    name "addRequirement",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addRequirement",
    response "addRequirementResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteRequirement` request. Deletes a requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementNumber`.
    pub requirement_number: i64,
    pub summary: String,
}
ttsoap::__message!(
    DeleteRequirement {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        requirement_number: req("requirementNumber") b"requirementNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING
    }
);
/// `deleteRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteRequirementResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteRequirement => DeleteRequirementResponse,
    name "deleteRequirement",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteRequirement",
    response "deleteRequirementResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteRequirementByRecordID` request. Deletes a requirement based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    DeleteRequirementByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `deleteRequirementByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteRequirementByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteRequirementByRecordID => DeleteRequirementByRecordIDResponse,
    name "deleteRequirementByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteRequirementByRecordID",
    response "deleteRequirementByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editRequirement` request. Retrieves a requirement for editing. The saveRequirement request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementNumber`.
    pub requirement_number: i64,
    pub summary: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditRequirement {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        requirement_number: req("requirementNumber") b"requirementNumber" &ti::XSD_LONG,
        summary: req("summary") b"summary" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementResponse {
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
ttsoap::__message!(
    EditRequirementResponse {
        p_requirement: req("pRequirement") b"pRequirement" &ti::C_REQUIREMENT
    }
);
ttsoap::__operation!(
    EditRequirement => EditRequirementResponse,
    name "editRequirement",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editRequirement",
    response "editRequirementResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editRequirementByRecordID` request. Retrieves a requirement for editing based on record ID. The saveRequirement request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditRequirementByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editRequirementByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementByRecordIDResponse {
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
ttsoap::__message!(
    EditRequirementByRecordIDResponse {
        p_requirement: req("pRequirement") b"pRequirement" &ti::C_REQUIREMENT
    }
);
ttsoap::__operation!(
    EditRequirementByRecordID => EditRequirementByRecordIDResponse,
    name "editRequirementByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editRequirementByRecordID",
    response "editRequirementByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveRequirement` request. Saves changes made to a requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
ttsoap::__message!(
    SaveRequirement {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_requirement: req("pRequirement") b"pRequirement" &ti::C_REQUIREMENT
    }
);
/// `saveRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveRequirementResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveRequirementResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveRequirement => SaveRequirementResponse,
    name "saveRequirement",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveRequirement",
    response "saveRequirementResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveRequirement` request. Discards changes made to a requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveRequirement {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveRequirementResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveRequirementResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveRequirement => CancelSaveRequirementResponse,
    name "cancelSaveRequirement",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveRequirement",
    response "cancelSaveRequirementResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `appendToRequirementDocument` request. Appends the requirement to the end of a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppendToRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementID`.
    pub requirement_id: i64,
    /// Part `documentID`.
    pub document_id: i64,
    /// Part `parentRequirementID`.
    pub parent_requirement_id: i64,
}
ttsoap::__message!(
    AppendToRequirementDocument {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        requirement_id: req("requirementID") b"requirementID" &ti::XSD_LONG,
        document_id: req("documentID") b"documentID" &ti::XSD_LONG,
        parent_requirement_id: req("parentRequirementID") b"parentRequirementID" &ti::XSD_LONG
    }
);
/// `appendToRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppendToRequirementDocumentResponse {
    pub result: i32,
}
ttsoap::__message!(
    AppendToRequirementDocumentResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    AppendToRequirementDocument => AppendToRequirementDocumentResponse,
    name "appendToRequirementDocument",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#appendToRequirementDocument",
    response "appendToRequirementDocumentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getDocumentIDsForRequirement` request. Returns a list of requirement document IDs for a specified requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocumentIDsForRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementID`.
    pub requirement_id: i64,
}
ttsoap::__message!(
    GetDocumentIDsForRequirement {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        requirement_id: req("requirementID") b"requirementID" &ti::XSD_LONG
    }
);
/// `getDocumentIDsForRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocumentIDsForRequirementResponse {
    /// Part `recordIDs`.
    pub record_ids: Vec<i64>,
}
ttsoap::__message!(
    GetDocumentIDsForRequirementResponse {
        record_ids: arr("recordIDs") b"recordIDs" &ti::ARRAY_OFLONG
    }
);
ttsoap::__operation!(
    GetDocumentIDsForRequirement => GetDocumentIDsForRequirementResponse,
    name "getDocumentIDsForRequirement",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDocumentIDsForRequirement",
    response "getDocumentIDsForRequirementResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `changeRequirementType` request. Changes the requirement type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeRequirementType {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementID`.
    pub requirement_id: i64,
    /// Part `newTypeName`.
    pub new_type_name: String,
}
ttsoap::__message!(
    ChangeRequirementType {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        requirement_id: req("requirementID") b"requirementID" &ti::XSD_LONG,
        new_type_name: req("newTypeName") b"newTypeName" &ti::XSD_STRING
    }
);
/// `changeRequirementType` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeRequirementTypeResponse {
    pub result: i32,
}
ttsoap::__message!(
    ChangeRequirementTypeResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    ChangeRequirementType => ChangeRequirementTypeResponse,
    name "changeRequirementType",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#changeRequirementType",
    response "changeRequirementTypeResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getRequirementDocument` request. Returns a list of requirement documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `documentNumber`.
    pub document_number: i64,
    pub name: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetRequirementDocument {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        document_number: req("documentNumber") b"documentNumber" &ti::XSD_LONG,
        name: req("name") b"name" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementDocumentResponse {
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
ttsoap::__message!(
    GetRequirementDocumentResponse {
        p_requirement_document: req("pRequirementDocument") b"pRequirementDocument" &ti::C_REQUIREMENT_DOCUMENT
    }
);
ttsoap::__operation!(
    GetRequirementDocument => GetRequirementDocumentResponse,
    name "getRequirementDocument",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRequirementDocument",
    response "getRequirementDocumentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getRequirementDocumentByRecordID` request. Returns a list of requirement documents by record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementDocumentByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    GetRequirementDocumentByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `getRequirementDocumentByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementDocumentByRecordIDResponse {
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
ttsoap::__message!(
    GetRequirementDocumentByRecordIDResponse {
        p_requirement_document: req("pRequirementDocument") b"pRequirementDocument" &ti::C_REQUIREMENT_DOCUMENT
    }
);
ttsoap::__operation!(
    GetRequirementDocumentByRecordID => GetRequirementDocumentByRecordIDResponse,
    name "getRequirementDocumentByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRequirementDocumentByRecordID",
    response "getRequirementDocumentByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `addRequirementDocument` request. Creates a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
ttsoap::__message!(
    AddRequirementDocument {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_requirement_document: req("pRequirementDocument") b"pRequirementDocument" &ti::C_REQUIREMENT_DOCUMENT
    }
);
/// `addRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddRequirementDocumentResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    AddRequirementDocumentResponse {
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
ttsoap::__operation!(
    AddRequirementDocument => AddRequirementDocumentResponse,
    name "addRequirementDocument",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#addRequirementDocument",
    response "addRequirementDocumentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteRequirementDocument` request. Deletes a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `documentNumber`.
    pub document_number: i64,
    pub name: String,
    /// Part `bDeleteAssociatedRequirements`.
    pub b_delete_associated_requirements: bool,
}
ttsoap::__message!(
    DeleteRequirementDocument {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        document_number: req("documentNumber") b"documentNumber" &ti::XSD_LONG,
        name: req("name") b"name" &ti::XSD_STRING,
        b_delete_associated_requirements: req("bDeleteAssociatedRequirements") b"bDeleteAssociatedRequirements" &ti::XSD_BOOLEAN
    }
);
/// `deleteRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementDocumentResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteRequirementDocumentResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteRequirementDocument => DeleteRequirementDocumentResponse,
    name "deleteRequirementDocument",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteRequirementDocument",
    response "deleteRequirementDocumentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `deleteRequirementDocumentByRecordID` request. Service definition of function ttns__deleteRequirementDocumentByRecordID
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementDocumentByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDeleteAssociatedRequirements`.
    pub b_delete_associated_requirements: bool,
}
ttsoap::__message!(
    DeleteRequirementDocumentByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_delete_associated_requirements: req("bDeleteAssociatedRequirements") b"bDeleteAssociatedRequirements" &ti::XSD_BOOLEAN
    }
);
/// `deleteRequirementDocumentByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementDocumentByRecordIDResponse {
    pub result: i32,
}
ttsoap::__message!(
    DeleteRequirementDocumentByRecordIDResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    DeleteRequirementDocumentByRecordID => DeleteRequirementDocumentByRecordIDResponse,
    name "deleteRequirementDocumentByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#deleteRequirementDocumentByRecordID",
    response "deleteRequirementDocumentByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editRequirementDocument` request. Retrieves a requirement document for editing. The saveRequirementDocument request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `documentNumber`.
    pub document_number: i64,
    pub name: String,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditRequirementDocument {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        document_number: req("documentNumber") b"documentNumber" &ti::XSD_LONG,
        name: req("name") b"name" &ti::XSD_STRING,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementDocumentResponse {
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
ttsoap::__message!(
    EditRequirementDocumentResponse {
        p_requirement_document: req("pRequirementDocument") b"pRequirementDocument" &ti::C_REQUIREMENT_DOCUMENT
    }
);
ttsoap::__operation!(
    EditRequirementDocument => EditRequirementDocumentResponse,
    name "editRequirementDocument",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editRequirementDocument",
    response "editRequirementDocumentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `editRequirementDocumentByRecordID` request. Retrieves a requirement document for editing based on record ID. The saveRequirementDocument request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementDocumentByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
ttsoap::__message!(
    EditRequirementDocumentByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG,
        b_download_attachments: req("bDownloadAttachments") b"bDownloadAttachments" &ti::XSD_BOOLEAN
    }
);
/// `editRequirementDocumentByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementDocumentByRecordIDResponse {
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
ttsoap::__message!(
    EditRequirementDocumentByRecordIDResponse {
        p_requirement_document: req("pRequirementDocument") b"pRequirementDocument" &ti::C_REQUIREMENT_DOCUMENT
    }
);
ttsoap::__operation!(
    EditRequirementDocumentByRecordID => EditRequirementDocumentByRecordIDResponse,
    name "editRequirementDocumentByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#editRequirementDocumentByRecordID",
    response "editRequirementDocumentByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `saveRequirementDocument` request. Saves changes made to a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
ttsoap::__message!(
    SaveRequirementDocument {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        p_requirement_document: req("pRequirementDocument") b"pRequirementDocument" &ti::C_REQUIREMENT_DOCUMENT
    }
);
/// `saveRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveRequirementDocumentResponse {
    pub result: i32,
}
ttsoap::__message!(
    SaveRequirementDocumentResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    SaveRequirementDocument => SaveRequirementDocumentResponse,
    name "saveRequirementDocument",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveRequirementDocument",
    response "saveRequirementDocumentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `cancelSaveRequirementDocument` request. Discards changes made to a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
ttsoap::__message!(
    CancelSaveRequirementDocument {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        record_id: req("recordID") b"recordID" &ti::XSD_LONG
    }
);
/// `cancelSaveRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveRequirementDocumentResponse {
    pub result: i32,
}
ttsoap::__message!(
    CancelSaveRequirementDocumentResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CancelSaveRequirementDocument => CancelSaveRequirementDocumentResponse,
    name "cancelSaveRequirementDocument",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#cancelSaveRequirementDocument",
    response "cancelSaveRequirementDocumentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `createSnapshot` request. Creates a requirement document snapshot.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateSnapshot {
    pub cookie: ttsoap::Cookie,
    /// Part `documentID`.
    pub document_id: i64,
    pub snapshot: super::types::CSnapshotInfo,
}
ttsoap::__message!(
    CreateSnapshot {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        document_id: req("documentID") b"documentID" &ti::XSD_LONG,
        snapshot: req("snapshot") b"snapshot" &ti::C_SNAPSHOT_INFO
    }
);
/// `createSnapshot` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateSnapshotResponse {
    pub result: i32,
}
ttsoap::__message!(
    CreateSnapshotResponse {
        result: req("result") b"result" &ti::XSD_INT
    }
);
ttsoap::__operation!(
    CreateSnapshot => CreateSnapshotResponse,
    name "createSnapshot",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#createSnapshot",
    response "createSnapshotResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only false
);
/// `getRequirementIDsForDocument` request. Returns a list of requirement IDs for the requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementIDsForDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `documentID`.
    pub document_id: i64,
}
ttsoap::__message!(
    GetRequirementIDsForDocument {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        document_id: req("documentID") b"documentID" &ti::XSD_LONG
    }
);
/// `getRequirementIDsForDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementIDsForDocumentResponse {
    /// Part `recordIDs`.
    pub record_ids: Vec<i64>,
}
ttsoap::__message!(
    GetRequirementIDsForDocumentResponse {
        record_ids: arr("recordIDs") b"recordIDs" &ti::ARRAY_OFLONG
    }
);
ttsoap::__operation!(
    GetRequirementIDsForDocument => GetRequirementIDsForDocumentResponse,
    name "getRequirementIDsForDocument",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getRequirementIDsForDocument",
    response "getRequirementIDsForDocumentResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getDocumentTree` request. Returns the requirement hierarchy from a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocumentTree {
    pub cookie: ttsoap::Cookie,
    /// Part `documentID`.
    pub document_id: i64,
}
ttsoap::__message!(
    GetDocumentTree {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        document_id: req("documentID") b"documentID" &ti::XSD_LONG
    }
);
/// `getDocumentTree` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocumentTreeResponse {
    /// Part `docTreeRootNode`.
    pub doc_tree_root_node: super::types::AnyCTreeNodeSoap,
}
ttsoap::__message!(
    GetDocumentTreeResponse {
        doc_tree_root_node: req("docTreeRootNode") b"docTreeRootNode" &ti::C_TREE_NODE_SOAP
    }
);
ttsoap::__operation!(
    GetDocumentTree => GetDocumentTreeResponse,
    name "getDocumentTree",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getDocumentTree",
    response "getDocumentTreeResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getFolderTreeByRecordID` request. Returns the public or private folder hierarchy starting at a specified folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTreeByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `treeRootFolderID`.
    pub tree_root_folder_id: i64,
}
ttsoap::__message!(
    GetFolderTreeByRecordID {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tree_root_folder_id: req("treeRootFolderID") b"treeRootFolderID" &ti::XSD_LONG
    }
);
/// `getFolderTreeByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTreeByRecordIDResponse {
    /// Part `folderTreeRoot`.
    pub folder_tree_root: super::types::AnyCTreeNodeSoap,
}
ttsoap::__message!(
    GetFolderTreeByRecordIDResponse {
        folder_tree_root: req("folderTreeRoot") b"folderTreeRoot" &ti::C_TREE_NODE_SOAP
    }
);
ttsoap::__operation!(
    GetFolderTreeByRecordID => GetFolderTreeByRecordIDResponse,
    name "getFolderTreeByRecordID",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFolderTreeByRecordID",
    response "getFolderTreeByRecordIDResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getFolderTree` request. Returns the public or private folder hierarchy starting at a specified folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTree {
    pub cookie: ttsoap::Cookie,
    /// Part `treeRootFolderPath`.
    pub tree_root_folder_path: String,
}
ttsoap::__message!(
    GetFolderTree {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        tree_root_folder_path: req("treeRootFolderPath") b"treeRootFolderPath" &ti::XSD_STRING
    }
);
/// `getFolderTree` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTreeResponse {
    /// Part `folderTreeRoot`.
    pub folder_tree_root: super::types::AnyCTreeNodeSoap,
}
ttsoap::__message!(
    GetFolderTreeResponse {
        folder_tree_root: req("folderTreeRoot") b"folderTreeRoot" &ti::C_TREE_NODE_SOAP
    }
);
ttsoap::__operation!(
    GetFolderTree => GetFolderTreeResponse,
    name "getFolderTree",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getFolderTree",
    response "getFolderTreeResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// `getItemHyperlinks` request. Returns ttstudio and http hyperlinks for a specified item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetItemHyperlinks {
    pub cookie: ttsoap::Cookie,
    /// Part `itemType`.
    pub item_type: String,
    /// Part `itemID`.
    pub item_id: i64,
}
ttsoap::__message!(
    GetItemHyperlinks {
        cookie: req("cookie") b"cookie" &ti::XSD_LONG,
        item_type: req("itemType") b"itemType" &ti::XSD_STRING,
        item_id: req("itemID") b"itemID" &ti::XSD_LONG
    }
);
/// `getItemHyperlinks` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetItemHyperlinksResponse {
    pub hyperlinks: super::types::CItemHyperlinkContainer,
}
ttsoap::__message!(
    GetItemHyperlinksResponse {
        hyperlinks: req("hyperlinks") b"hyperlinks" &ti::C_ITEM_HYPERLINK_CONTAINER
    }
);
ttsoap::__operation!(
    GetItemHyperlinks => GetItemHyperlinksResponse,
    name "getItemHyperlinks",
    namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#getItemHyperlinks",
    response "getItemHyperlinksResponse",
    style Rpc,
    encoded true,
    namespaces super::NAMESPACES,
    cookie cookie read_only true
);
/// Calls `v.visit::<O>()` for every operation, in WSDL order.
pub fn for_each_operation(v: &mut impl ttsoap::operation::OperationVisitor) {
    let _ = &v;
    v.visit::<GetDatabaseList>();
    v.visit::<GetProjectList>();
    v.visit::<GetProjectDataOptionList>();
    v.visit::<DatabaseLogon>();
    v.visit::<ProjectLogon>();
    v.visit::<DatabaseLogoff>();
    v.visit::<FormattedTextSupport>();
    v.visit::<GetTableList>();
    v.visit::<GetDropdownFieldForTable>();
    v.visit::<GetDropdownFieldValuesForTable>();
    v.visit::<AddDropdownFieldValuesForTable>();
    v.visit::<GetLinkDefinitionValues>();
    v.visit::<GetColumnsForTable>();
    v.visit::<GetFilterList>();
    v.visit::<GetFilterListForTable>();
    v.visit::<GetRecordListForTable>();
    v.visit::<GetRecordListForTableWithQuery>();
    v.visit::<GetTestConfig>();
    v.visit::<GetTestConfigByRecordID>();
    v.visit::<AddTestConfig>();
    v.visit::<EditTestConfig>();
    v.visit::<EditTestConfigByRecordID>();
    v.visit::<SaveTestConfig>();
    v.visit::<DeleteTestConfig>();
    v.visit::<DeleteTestConfigByRecordID>();
    v.visit::<CancelSaveTestConfig>();
    v.visit::<GetAttachmentTypes>();
    v.visit::<GetReportRunResultsByName>();
    v.visit::<GetReportRunResultsByRecordID>();
    v.visit::<GetEventDefinitionList>();
    v.visit::<GetDefectEventDefinitionList>();
    v.visit::<GetCustomFieldsDefinitionList>();
    v.visit::<GetDefectCustomFieldsDefinitionList>();
    v.visit::<GetDefect>();
    v.visit::<GetDefectByRecordID>();
    v.visit::<AddDefect>();
    v.visit::<AddDefectWithLink>();
    v.visit::<DeleteDefect>();
    v.visit::<DeleteDefectByRecordID>();
    v.visit::<EditDefect>();
    v.visit::<EditDefectByRecordID>();
    v.visit::<SaveDefect>();
    v.visit::<CancelSaveDefect>();
    v.visit::<GetAttachment>();
    v.visit::<GetDefectAttachment>();
    v.visit::<GetTask>();
    v.visit::<GetTaskByRecordID>();
    v.visit::<AddTask>();
    v.visit::<DeleteTask>();
    v.visit::<DeleteTaskByRecordID>();
    v.visit::<EditTask>();
    v.visit::<EditTaskByRecordID>();
    v.visit::<SaveTask>();
    v.visit::<CancelSaveTask>();
    v.visit::<GetGlobalUserList>();
    v.visit::<GetGlobalCustomerList>();
    v.visit::<GetTTVersionInfo>();
    v.visit::<GetDocForExportTemplate>();
    v.visit::<GetDocForExportTemplateReqDoc>();
    v.visit::<GetDocForExportTemplateFolder>();
    v.visit::<GetUserLicenseList>();
    v.visit::<GetUser>();
    v.visit::<GetUserByRecordID>();
    v.visit::<GetUserForCurrentSession>();
    v.visit::<AddUser>();
    v.visit::<EditUser>();
    v.visit::<EditUserByRecordID>();
    v.visit::<SaveUser>();
    v.visit::<DeleteUser>();
    v.visit::<DeleteUserByRecordID>();
    v.visit::<CancelSaveUser>();
    v.visit::<PromoteUser>();
    v.visit::<AddGlobalUser>();
    v.visit::<GetCustomer>();
    v.visit::<GetCustomerByRecordID>();
    v.visit::<AddCustomer>();
    v.visit::<EditCustomer>();
    v.visit::<EditCustomerByRecordID>();
    v.visit::<SaveCustomer>();
    v.visit::<DeleteCustomer>();
    v.visit::<DeleteCustomerByRecordID>();
    v.visit::<CancelSaveCustomer>();
    v.visit::<PromoteCustomer>();
    v.visit::<AddGlobalCustomer>();
    v.visit::<GetLinksForItem>();
    v.visit::<GetLinksForDefect>();
    v.visit::<GetLink>();
    v.visit::<AddLink>();
    v.visit::<DeleteLink>();
    v.visit::<EditLink>();
    v.visit::<SaveLink>();
    v.visit::<CancelSaveLink>();
    v.visit::<GetTestVariantTypes>();
    v.visit::<GetTestRunStepsModes>();
    v.visit::<GetTestCase>();
    v.visit::<GetTestCaseByRecordID>();
    v.visit::<AddTestCase>();
    v.visit::<DeleteTestCase>();
    v.visit::<DeleteTestCaseByRecordID>();
    v.visit::<EditTestCase>();
    v.visit::<EditTestCaseByRecordID>();
    v.visit::<SaveTestCase>();
    v.visit::<CancelSaveTestCase>();
    v.visit::<GetTestRun>();
    v.visit::<GetTestRunByRecordID>();
    v.visit::<DeleteTestRun>();
    v.visit::<DeleteTestRunByRecordID>();
    v.visit::<EditTestRun>();
    v.visit::<EditTestRunByRecordID>();
    v.visit::<SaveTestRun>();
    v.visit::<CancelSaveTestRun>();
    v.visit::<CreateDefectForTestRun>();
    v.visit::<GenerateTestRuns>();
    v.visit::<GetFolderTypeByName>();
    v.visit::<GetFolderTypeList>();
    v.visit::<AddFolder>();
    v.visit::<EditFolder>();
    v.visit::<EditFolderByRecordID>();
    v.visit::<SaveFolder>();
    v.visit::<CancelSaveFolder>();
    v.visit::<GetFolder>();
    v.visit::<GetFolderByRecordID>();
    v.visit::<DeleteFolder>();
    v.visit::<DeleteFolderByRecordID>();
    v.visit::<AddEntityToFolderByRecordID>();
    v.visit::<RemoveEntityFromFolderByRecordID>();
    v.visit::<GetEntityListForFolderByRecordID>();
    v.visit::<GetFolderListForEntityByRecordID>();
    v.visit::<GetFolderPathSeparator>();
    v.visit::<GetRootPublicFolderPath>();
    v.visit::<GetRootPrivateFolderPath>();
    v.visit::<EditFolderItemRank>();
    v.visit::<SaveFolderItemRank>();
    v.visit::<CancelSaveFolderItemRank>();
    v.visit::<GetRequirement>();
    v.visit::<GetRequirementByRecordID>();
    v.visit::<AddRequirement>();
    v.visit::<DeleteRequirement>();
    v.visit::<DeleteRequirementByRecordID>();
    v.visit::<EditRequirement>();
    v.visit::<EditRequirementByRecordID>();
    v.visit::<SaveRequirement>();
    v.visit::<CancelSaveRequirement>();
    v.visit::<AppendToRequirementDocument>();
    v.visit::<GetDocumentIDsForRequirement>();
    v.visit::<ChangeRequirementType>();
    v.visit::<GetRequirementDocument>();
    v.visit::<GetRequirementDocumentByRecordID>();
    v.visit::<AddRequirementDocument>();
    v.visit::<DeleteRequirementDocument>();
    v.visit::<DeleteRequirementDocumentByRecordID>();
    v.visit::<EditRequirementDocument>();
    v.visit::<EditRequirementDocumentByRecordID>();
    v.visit::<SaveRequirementDocument>();
    v.visit::<CancelSaveRequirementDocument>();
    v.visit::<CreateSnapshot>();
    v.visit::<GetRequirementIDsForDocument>();
    v.visit::<GetDocumentTree>();
    v.visit::<GetFolderTreeByRecordID>();
    v.visit::<GetFolderTree>();
    v.visit::<GetItemHyperlinks>();
}
