// Generated from wsdl/ttsoapcgi.wsdl by `cargo xtask codegen`. Do not edit.
use super::ti;
use ttsoap::{Decode as _, Encode as _};
/// `getDatabaseList` request. Returns a list of database names the SOAP client can connect to. Deprecated; use getProjectList.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDatabaseList {}
impl ttsoap::Message for GetDatabaseList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        let _ = (&self, &w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDatabaseList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDatabaseListResponse {
    /// Part `pDBList`.
    pub p_db_list: Vec<super::types::CDatabase>,
}
impl ttsoap::Message for GetDatabaseListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_db_list.encode("pDBList", &ti::ARRAY_OF_C_DATABASE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDBList" => self.p_db_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDatabaseList {
    const NAME: &'static str = "getDatabaseList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDatabaseList";
    const RESPONSE_NAME: &'static str = "getDatabaseListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDatabaseListResponse;
}
/// `getProjectList` request. Returns a list of project names the SOAP client can connect to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProjectList {
    pub username: String,
    pub password: ttsoap::Password,
}
impl ttsoap::Message for GetProjectList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.username.encode("username", &ti::XSD_STRING, w);
        self.password.encode("password", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"username" => self.username = r.decode(child)?,
            b"password" => self.password = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getProjectList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProjectListResponse {
    /// Part `pProjList`.
    pub p_proj_list: Vec<super::types::CProject>,
}
impl ttsoap::Message for GetProjectListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_proj_list.encode("pProjList", &ti::ARRAY_OF_C_PROJECT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pProjList" => self.p_proj_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetProjectList {
    const NAME: &'static str = "getProjectList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getProjectList";
    const RESPONSE_NAME: &'static str = "getProjectListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetProjectListResponse;
}
/// `getProjectDataOptionList` request. Returns what type of access SOAP user has. For example, logging in with access to TestTrack Pro.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProjectDataOptionList {}
impl ttsoap::Message for GetProjectDataOptionList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        let _ = (&self, &w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getProjectDataOptionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProjectDataOptionListResponse {
    /// Part `pProjTypes`.
    pub p_proj_types: Vec<super::types::CProjectDataOption>,
}
impl ttsoap::Message for GetProjectDataOptionListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_proj_types.encode("pProjTypes", &ti::ARRAY_OF_C_PROJECT_DATA_OPTION, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pProjTypes" => self.p_proj_types = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetProjectDataOptionList {
    const NAME: &'static str = "getProjectDataOptionList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getProjectDataOptionList";
    const RESPONSE_NAME: &'static str = "getProjectDataOptionListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetProjectDataOptionListResponse;
}
/// `DatabaseLogon` request. Logs SOAP user into TestTrack. Deprecated; use ProjectLogon.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatabaseLogon {
    pub dbname: String,
    pub username: String,
    pub password: ttsoap::Password,
}
impl ttsoap::Message for DatabaseLogon {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.dbname.encode("dbname", &ti::XSD_STRING, w);
        self.username.encode("username", &ti::XSD_STRING, w);
        self.password.encode("password", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"dbname" => self.dbname = r.decode(child)?,
            b"username" => self.username = r.decode(child)?,
            b"password" => self.password = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `DatabaseLogon` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatabaseLogonResponse {
    /// Part `Cookie`.
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for DatabaseLogonResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("Cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"Cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DatabaseLogon {
    const NAME: &'static str = "DatabaseLogon";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#DatabaseLogon";
    const RESPONSE_NAME: &'static str = "DatabaseLogonResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DatabaseLogonResponse;
}
/// `ProjectLogon` request. Logs SOAP user into TestTrack. Uses a project name, which the getProjectList request returns, with a username and password. This request returns a cookie that is used in subsequent calls. NOTE: In the TestTrack Client, users can be required to change their passwords at the next login. This option is not enforced in the SOAP client because we do not want to prevent SOAP scripts from running because of the change password option.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectLogon {
    /// Part `pProj`.
    pub p_proj: super::types::CProject,
    pub username: String,
    pub password: ttsoap::Password,
}
impl ttsoap::Message for ProjectLogon {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_proj.encode("pProj", &ti::C_PROJECT, w);
        self.username.encode("username", &ti::XSD_STRING, w);
        self.password.encode("password", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pProj" => self.p_proj = r.decode(child)?,
            b"username" => self.username = r.decode(child)?,
            b"password" => self.password = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `ProjectLogon` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectLogonResponse {
    /// Part `Cookie`.
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for ProjectLogonResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("Cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"Cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for ProjectLogon {
    const NAME: &'static str = "ProjectLogon";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#ProjectLogon";
    const RESPONSE_NAME: &'static str = "ProjectLogonResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = ProjectLogonResponse;
}
/// `DatabaseLogoff` request. Logs SOAP user out of TestTrack. This operation is used for session management and should be the final call made to the SOAP server. It performs session clean up, logs off all users, and closes all connections to the TestTrack project.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatabaseLogoff {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for DatabaseLogoff {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `DatabaseLogoff` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatabaseLogoffResponse {
    pub result: i32,
}
impl ttsoap::Message for DatabaseLogoffResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DatabaseLogoff {
    const NAME: &'static str = "DatabaseLogoff";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#DatabaseLogoff";
    const RESPONSE_NAME: &'static str = "DatabaseLogoffResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DatabaseLogoffResponse;
}
impl ttsoap::operation::CookieOperation for DatabaseLogoff {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `formattedTextSupport` request. Turns formattedTextSupport on or off. Defaults to plain text. Pass in 'true' to turn rich text on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormattedTextSupport {
    pub cookie: ttsoap::Cookie,
    /// Part `enableFormattedText`.
    pub enable_formatted_text: bool,
}
impl ttsoap::Message for FormattedTextSupport {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.enable_formatted_text.encode("enableFormattedText", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"enableFormattedText" => self.enable_formatted_text = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `formattedTextSupport` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormattedTextSupportResponse {
    /// Part `formattingEnabled`.
    pub formatting_enabled: bool,
}
impl ttsoap::Message for FormattedTextSupportResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.formatting_enabled.encode("formattingEnabled", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"formattingEnabled" => self.formatting_enabled = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for FormattedTextSupport {
    const NAME: &'static str = "formattedTextSupport";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "";
    const RESPONSE_NAME: &'static str = "formattedTextSupportResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = FormattedTextSupportResponse;
}
impl ttsoap::operation::CookieOperation for FormattedTextSupport {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getTableList` request. Returns a list of tables the user can access. Many TestTrack SOAP requests and types use a table name as a parameter. This request filters out tables the SOAP user does not have security access to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTableList {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetTableList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTableList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTableListResponse {
    /// Part `pTableList`.
    pub p_table_list: Vec<super::types::CDatabaseTable>,
}
impl ttsoap::Message for GetTableListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_table_list.encode("pTableList", &ti::ARRAY_OF_C_DATABASE_TABLE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTableList" => self.p_table_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTableList {
    const NAME: &'static str = "getTableList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTableList";
    const RESPONSE_NAME: &'static str = "getTableListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTableListResponse;
}
impl ttsoap::operation::CookieOperation for GetTableList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getDropdownFieldForTable` request. Returns table drop-down field. Fields only access specific values and are included as a subset of columns returned from getColumnsForTable. Use getDropdownFieldValuesForTable to get field values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDropdownFieldForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
impl ttsoap::Message for GetDropdownFieldForTable {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDropdownFieldForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDropdownFieldForTableResponse {
    /// Part `pFieldList`.
    pub p_field_list: Vec<super::types::CTableField>,
}
impl ttsoap::Message for GetDropdownFieldForTableResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_field_list.encode("pFieldList", &ti::ARRAY_OF_C_TABLE_FIELD, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pFieldList" => self.p_field_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDropdownFieldForTable {
    const NAME: &'static str = "getDropdownFieldForTable";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDropdownFieldForTable";
    const RESPONSE_NAME: &'static str = "getDropdownFieldForTableResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDropdownFieldForTableResponse;
}
impl ttsoap::operation::CookieOperation for GetDropdownFieldForTable {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getDropdownFieldValuesForTable` request. Returns table drop-down field values. Use getDropdownFieldForTable to get fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDropdownFieldValuesForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    pub fieldname: String,
}
impl ttsoap::Message for GetDropdownFieldValuesForTable {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.fieldname.encode("fieldname", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"fieldname" => self.fieldname = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDropdownFieldValuesForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDropdownFieldValuesForTableResponse {
    /// Part `pValueList`.
    pub p_value_list: Vec<super::types::CFieldValue>,
}
impl ttsoap::Message for GetDropdownFieldValuesForTableResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_value_list.encode("pValueList", &ti::ARRAY_OF_C_FIELD_VALUE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pValueList" => self.p_value_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDropdownFieldValuesForTable {
    const NAME: &'static str = "getDropdownFieldValuesForTable";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDropdownFieldValuesForTable";
    const RESPONSE_NAME: &'static str = "getDropdownFieldValuesForTableResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDropdownFieldValuesForTableResponse;
}
impl ttsoap::operation::CookieOperation for GetDropdownFieldValuesForTable {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addDropdownFieldValuesForTable` request. Adds drop-down values to a selected field. The list of values is sent to the server with the new value added last.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDropdownFieldValuesForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    pub fieldname: String,
    /// Part `pValueList`.
    pub p_value_list: Vec<super::types::CFieldValue>,
}
impl ttsoap::Message for AddDropdownFieldValuesForTable {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.fieldname.encode("fieldname", &ti::XSD_STRING, w);
        self.p_value_list.encode("pValueList", &ti::ARRAY_OF_C_FIELD_VALUE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"fieldname" => self.fieldname = r.decode(child)?,
            b"pValueList" => self.p_value_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addDropdownFieldValuesForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDropdownFieldValuesForTableResponse {
    pub result: i32,
}
impl ttsoap::Message for AddDropdownFieldValuesForTableResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddDropdownFieldValuesForTable {
    const NAME: &'static str = "addDropdownFieldValuesForTable";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addDropdownFieldValuesForTable";
    const RESPONSE_NAME: &'static str = "addDropdownFieldValuesForTableResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddDropdownFieldValuesForTableResponse;
}
impl ttsoap::operation::CookieOperation for AddDropdownFieldValuesForTable {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `GetLinkDefinitionValues` request. Returns a list of defined links.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinkDefinitionValues {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetLinkDefinitionValues {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `GetLinkDefinitionValues` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinkDefinitionValuesResponse {
    /// Part `pValueList`.
    pub p_value_list: Vec<super::types::CFieldValue>,
}
impl ttsoap::Message for GetLinkDefinitionValuesResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_value_list.encode("pValueList", &ti::ARRAY_OF_C_FIELD_VALUE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pValueList" => self.p_value_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetLinkDefinitionValues {
    const NAME: &'static str = "GetLinkDefinitionValues";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#GetLinkDefinitionValues";
    const RESPONSE_NAME: &'static str = "GetLinkDefinitionValuesResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetLinkDefinitionValuesResponse;
}
impl ttsoap::operation::CookieOperation for GetLinkDefinitionValues {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getColumnsForTable` request. Returns column fields that are displayed for a specific table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetColumnsForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
impl ttsoap::Message for GetColumnsForTable {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getColumnsForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetColumnsForTableResponse {
    /// Part `pColumnList`.
    pub p_column_list: Vec<super::types::CTableColumn>,
}
impl ttsoap::Message for GetColumnsForTableResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_column_list.encode("pColumnList", &ti::ARRAY_OF_C_TABLE_COLUMN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pColumnList" => self.p_column_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetColumnsForTable {
    const NAME: &'static str = "getColumnsForTable";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getColumnsForTable";
    const RESPONSE_NAME: &'static str = "getColumnsForTableResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetColumnsForTableResponse;
}
impl ttsoap::operation::CookieOperation for GetColumnsForTable {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getFilterList` request. Returns a list of filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFilterList {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetFilterList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFilterList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFilterListResponse {
    /// Part `pFilterList`.
    pub p_filter_list: Vec<super::types::CFilter>,
}
impl ttsoap::Message for GetFilterListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_filter_list.encode("pFilterList", &ti::ARRAY_OF_C_FILTER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pFilterList" => self.p_filter_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFilterList {
    const NAME: &'static str = "getFilterList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFilterList";
    const RESPONSE_NAME: &'static str = "getFilterListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFilterListResponse;
}
impl ttsoap::operation::CookieOperation for GetFilterList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getFilterListForTable` request. Returns list of filters that a specified table can use.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFilterListForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
impl ttsoap::Message for GetFilterListForTable {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFilterListForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFilterListForTableResponse {
    /// Part `pFilterList`.
    pub p_filter_list: Vec<super::types::CFilter>,
}
impl ttsoap::Message for GetFilterListForTableResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_filter_list.encode("pFilterList", &ti::ARRAY_OF_C_FILTER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pFilterList" => self.p_filter_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFilterListForTable {
    const NAME: &'static str = "getFilterListForTable";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFilterListForTable";
    const RESPONSE_NAME: &'static str = "getFilterListForTableResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFilterListForTableResponse;
}
impl ttsoap::operation::CookieOperation for GetFilterListForTable {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getRecordListForTable` request. Returns table data. The filtername parameter applies a filter to the results. The columnlist parameter limits the returned data to specific columns. NOTE: Only the first 128 characters are returned. Following are the table names: Customer, Defect, Folder, Links, Report, Requirement, Requirement Document, Task, Test Case, Test Config, Test Run, Test Variant, User. The returned DateTime data format is based on the server locale setting.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRecordListForTable {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    pub filtername: String,
    pub columnlist: Vec<super::types::CTableColumn>,
}
impl ttsoap::Message for GetRecordListForTable {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.filtername.encode("filtername", &ti::XSD_STRING, w);
        self.columnlist.encode("columnlist", &ti::ARRAY_OF_C_TABLE_COLUMN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"filtername" => self.filtername = r.decode(child)?,
            b"columnlist" => self.columnlist = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRecordListForTable` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRecordListForTableResponse {
    pub recordlist: super::types::CRecordListSoap,
}
impl ttsoap::Message for GetRecordListForTableResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.recordlist.encode("recordlist", &ti::C_RECORD_LIST_SOAP, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordlist" => self.recordlist = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRecordListForTable {
    const NAME: &'static str = "getRecordListForTable";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRecordListForTable";
    const RESPONSE_NAME: &'static str = "getRecordListForTableResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRecordListForTableResponse;
}
impl ttsoap::operation::CookieOperation for GetRecordListForTable {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getRecordListForTableWithQuery` request. Returns table data like getRecordListForTable, restricted by the JSON query string in the query parameter. The filtername parameter applies a filter; the columnlist parameter limits the returned columns. Added in Helix ALM 2017.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRecordListForTableWithQuery {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    pub filtername: String,
    pub query: String,
    pub columnlist: Vec<super::types::CTableColumn>,
}
impl ttsoap::Message for GetRecordListForTableWithQuery {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.filtername.encode("filtername", &ti::XSD_STRING, w);
        self.query.encode("query", &ti::XSD_STRING, w);
        self.columnlist.encode("columnlist", &ti::ARRAY_OF_C_TABLE_COLUMN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"filtername" => self.filtername = r.decode(child)?,
            b"query" => self.query = r.decode(child)?,
            b"columnlist" => self.columnlist = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRecordListForTableWithQuery` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRecordListForTableWithQueryResponse {
    pub recordlist: super::types::CRecordListSoap,
}
impl ttsoap::Message for GetRecordListForTableWithQueryResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.recordlist.encode("recordlist", &ti::C_RECORD_LIST_SOAP, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordlist" => self.recordlist = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRecordListForTableWithQuery {
    const NAME: &'static str = "getRecordListForTableWithQuery";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRecordListForTableWithQuery";
    const RESPONSE_NAME: &'static str = "getRecordListForTableWithQueryResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRecordListForTableWithQueryResponse;
}
impl ttsoap::operation::CookieOperation for GetRecordListForTableWithQuery {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getTestConfig` request. Returns a list of test configs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestConfig {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
impl ttsoap::Message for GetTestConfig {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"name" => self.name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestConfigResponse {
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
impl ttsoap::Message for GetTestConfigResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_config.encode("pTestConfig", &ti::C_SYSTEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestConfig" => self.p_test_config = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTestConfig {
    const NAME: &'static str = "getTestConfig";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTestConfig";
    const RESPONSE_NAME: &'static str = "getTestConfigResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTestConfigResponse;
}
impl ttsoap::operation::CookieOperation for GetTestConfig {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getTestConfigByRecordID` request. Returns a test config based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestConfigByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for GetTestConfigByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTestConfigByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestConfigByRecordIDResponse {
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
impl ttsoap::Message for GetTestConfigByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_config.encode("pTestConfig", &ti::C_SYSTEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestConfig" => self.p_test_config = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTestConfigByRecordID {
    const NAME: &'static str = "getTestConfigByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTestConfigByRecordID";
    const RESPONSE_NAME: &'static str = "getTestConfigByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTestConfigByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetTestConfigByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addTestConfig` request. Creates a test config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTestConfig {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
impl ttsoap::Message for AddTestConfig {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_test_config.encode("pTestConfig", &ti::C_SYSTEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pTestConfig" => self.p_test_config = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTestConfigResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddTestConfigResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddTestConfig {
    const NAME: &'static str = "addTestConfig";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addTestConfig";
    const RESPONSE_NAME: &'static str = "addTestConfigResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddTestConfigResponse;
}
impl ttsoap::operation::CookieOperation for AddTestConfig {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editTestConfig` request. Retrieves a test config for editing. The saveTestConfig request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestConfig {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
impl ttsoap::Message for EditTestConfig {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"name" => self.name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestConfigResponse {
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
impl ttsoap::Message for EditTestConfigResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_config.encode("pTestConfig", &ti::C_SYSTEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestConfig" => self.p_test_config = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditTestConfig {
    const NAME: &'static str = "editTestConfig";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editTestConfig";
    const RESPONSE_NAME: &'static str = "editTestConfigResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditTestConfigResponse;
}
impl ttsoap::operation::CookieOperation for EditTestConfig {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editTestConfigByRecordID` request. Retrieves a test config for editing based on record ID. The saveTestConfig request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestConfigByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for EditTestConfigByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editTestConfigByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestConfigByRecordIDResponse {
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
impl ttsoap::Message for EditTestConfigByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_config.encode("pTestConfig", &ti::C_SYSTEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestConfig" => self.p_test_config = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditTestConfigByRecordID {
    const NAME: &'static str = "editTestConfigByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editTestConfigByRecordID";
    const RESPONSE_NAME: &'static str = "editTestConfigByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditTestConfigByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditTestConfigByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveTestConfig` request. Saves a modified test config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestConfig {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestConfig`.
    pub p_test_config: super::types::CSystem,
}
impl ttsoap::Message for SaveTestConfig {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_test_config.encode("pTestConfig", &ti::C_SYSTEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pTestConfig" => self.p_test_config = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestConfigResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveTestConfigResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveTestConfig {
    const NAME: &'static str = "saveTestConfig";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveTestConfig";
    const RESPONSE_NAME: &'static str = "saveTestConfigResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveTestConfigResponse;
}
impl ttsoap::operation::CookieOperation for SaveTestConfig {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteTestConfig` request. Deletes a test config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestConfig {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
impl ttsoap::Message for DeleteTestConfig {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"name" => self.name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestConfigResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteTestConfigResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteTestConfig {
    const NAME: &'static str = "deleteTestConfig";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteTestConfig";
    const RESPONSE_NAME: &'static str = "deleteTestConfigResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteTestConfigResponse;
}
impl ttsoap::operation::CookieOperation for DeleteTestConfig {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteTestConfigByRecordID` request. Deletes a test config based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestConfigByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for DeleteTestConfigByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteTestConfigByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestConfigByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteTestConfigByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteTestConfigByRecordID {
    const NAME: &'static str = "deleteTestConfigByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteTestConfigByRecordID";
    const RESPONSE_NAME: &'static str = "deleteTestConfigByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteTestConfigByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteTestConfigByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveTestConfig` request. Discards changes to a test config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestConfig {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveTestConfig {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveTestConfig` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestConfigResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveTestConfigResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveTestConfig {
    const NAME: &'static str = "cancelSaveTestConfig";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveTestConfig";
    const RESPONSE_NAME: &'static str = "cancelSaveTestConfigResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveTestConfigResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveTestConfig {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getAttachmentTypes` request. Returns the values (Standard, Script, Run Result) that are used in the m-strType var of an attachment in an attachmentList for core items.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAttachmentTypes {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetAttachmentTypes {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getAttachmentTypes` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAttachmentTypesResponse {
    /// Part `pTypeList`.
    pub p_type_list: Vec<String>,
}
impl ttsoap::Message for GetAttachmentTypesResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_type_list.encode("pTypeList", &ti::ARRAY_OFSTRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTypeList" => self.p_type_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetAttachmentTypes {
    const NAME: &'static str = "getAttachmentTypes";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getAttachmentTypes";
    const RESPONSE_NAME: &'static str = "getAttachmentTypesResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetAttachmentTypesResponse;
}
impl ttsoap::operation::CookieOperation for GetAttachmentTypes {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getReportRunResultsByName` request. Runs a report and returns results based on report names. NOTE: Live charts and interactively filtered reports are not supported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportRunResultsByName {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
impl ttsoap::Message for GetReportRunResultsByName {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"name" => self.name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getReportRunResultsByName` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportRunResultsByNameResponse {
    pub results: super::types::CReportRunResults,
}
impl ttsoap::Message for GetReportRunResultsByNameResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.results.encode("results", &ti::C_REPORT_RUN_RESULTS, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"results" => self.results = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetReportRunResultsByName {
    const NAME: &'static str = "getReportRunResultsByName";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getReportRunResultsByName";
    const RESPONSE_NAME: &'static str = "getReportRunResultsByNameResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetReportRunResultsByNameResponse;
}
impl ttsoap::operation::CookieOperation for GetReportRunResultsByName {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getReportRunResultsByRecordID` request. Runs a report and returns results based on report ID. NOTE: Live charts and interactively filtered reports are not supported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportRunResultsByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for GetReportRunResultsByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getReportRunResultsByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetReportRunResultsByRecordIDResponse {
    pub results: super::types::CReportRunResults,
}
impl ttsoap::Message for GetReportRunResultsByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.results.encode("results", &ti::C_REPORT_RUN_RESULTS, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"results" => self.results = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetReportRunResultsByRecordID {
    const NAME: &'static str = "getReportRunResultsByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getReportRunResultsByRecordID";
    const RESPONSE_NAME: &'static str = "getReportRunResultsByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetReportRunResultsByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetReportRunResultsByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getEventDefinitionList` request. Returns a list of event definitions that describe what fields are included with each event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEventDefinitionList {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
impl ttsoap::Message for GetEventDefinitionList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getEventDefinitionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEventDefinitionListResponse {
    /// Part `EventDefinitionList`.
    pub event_definition_list: Vec<super::types::AnyCEventDefinition>,
}
impl ttsoap::Message for GetEventDefinitionListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.event_definition_list
            .encode("EventDefinitionList", &ti::ARRAY_OF_C_EVENT_DEFINITION, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"EventDefinitionList" => self.event_definition_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetEventDefinitionList {
    const NAME: &'static str = "getEventDefinitionList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getEventDefinitionList";
    const RESPONSE_NAME: &'static str = "getEventDefinitionListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetEventDefinitionListResponse;
}
impl ttsoap::operation::CookieOperation for GetEventDefinitionList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getDefectEventDefinitionList` request. Returns a list of defect event definitions that describe the fields included with each event.  Deprecated; use getEventDefinitionList.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectEventDefinitionList {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetDefectEventDefinitionList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDefectEventDefinitionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectEventDefinitionListResponse {
    /// Part `EventDefinitionList`.
    pub event_definition_list: Vec<super::types::CDefectEventDefinition>,
}
impl ttsoap::Message for GetDefectEventDefinitionListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.event_definition_list
            .encode("EventDefinitionList", &ti::ARRAY_OF_C_DEFECT_EVENT_DEFINITION, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"EventDefinitionList" => self.event_definition_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDefectEventDefinitionList {
    const NAME: &'static str = "getDefectEventDefinitionList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDefectEventDefinitionList";
    const RESPONSE_NAME: &'static str = "getDefectEventDefinitionListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDefectEventDefinitionListResponse;
}
impl ttsoap::operation::CookieOperation for GetDefectEventDefinitionList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getCustomFieldsDefinitionList` request. Returns a list of custom field definitions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomFieldsDefinitionList {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
}
impl ttsoap::Message for GetCustomFieldsDefinitionList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getCustomFieldsDefinitionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomFieldsDefinitionListResponse {
    /// Part `customFields`.
    pub custom_fields: Vec<super::types::AnyCField>,
}
impl ttsoap::Message for GetCustomFieldsDefinitionListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.custom_fields.encode("customFields", &ti::ARRAY_OF_C_FIELD, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"customFields" => self.custom_fields = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetCustomFieldsDefinitionList {
    const NAME: &'static str = "getCustomFieldsDefinitionList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getCustomFieldsDefinitionList";
    const RESPONSE_NAME: &'static str = "getCustomFieldsDefinitionListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetCustomFieldsDefinitionListResponse;
}
impl ttsoap::operation::CookieOperation for GetCustomFieldsDefinitionList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getDefectCustomFieldsDefinitionList` request. Returns a list of defect custom field definitions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectCustomFieldsDefinitionList {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetDefectCustomFieldsDefinitionList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDefectCustomFieldsDefinitionList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectCustomFieldsDefinitionListResponse {
    /// Part `customFields`.
    pub custom_fields: Vec<super::types::AnyCField>,
}
impl ttsoap::Message for GetDefectCustomFieldsDefinitionListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.custom_fields.encode("customFields", &ti::ARRAY_OF_C_FIELD, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"customFields" => self.custom_fields = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDefectCustomFieldsDefinitionList {
    const NAME: &'static str = "getDefectCustomFieldsDefinitionList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDefectCustomFieldsDefinitionList";
    const RESPONSE_NAME: &'static str = "getDefectCustomFieldsDefinitionListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDefectCustomFieldsDefinitionListResponse;
}
impl ttsoap::operation::CookieOperation for GetDefectCustomFieldsDefinitionList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
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
impl ttsoap::Message for GetDefect {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.defect_number.encode("defectNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"defectNumber" => self.defect_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
impl ttsoap::Message for GetDefectResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_defect.encode("pDefect", &ti::C_DEFECT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDefect" => self.p_defect = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDefect {
    const NAME: &'static str = "getDefect";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDefect";
    const RESPONSE_NAME: &'static str = "getDefectResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDefectResponse;
}
impl ttsoap::operation::CookieOperation for GetDefect {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getDefectByRecordID` request. Returns a defect based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for GetDefectByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDefectByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectByRecordIDResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
impl ttsoap::Message for GetDefectByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_defect.encode("pDefect", &ti::C_DEFECT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDefect" => self.p_defect = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDefectByRecordID {
    const NAME: &'static str = "getDefectByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDefectByRecordID";
    const RESPONSE_NAME: &'static str = "getDefectByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDefectByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetDefectByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addDefect` request. Creates a defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
impl ttsoap::Message for AddDefect {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_defect.encode("pDefect", &ti::C_DEFECT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pDefect" => self.p_defect = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDefectResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddDefectResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddDefect {
    const NAME: &'static str = "addDefect";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addDefect";
    const RESPONSE_NAME: &'static str = "addDefectResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddDefectResponse;
}
impl ttsoap::operation::CookieOperation for AddDefect {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `addDefectWithLink` request. Creates a linked defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDefectWithLink {
    pub cookie: ttsoap::Cookie,
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
    /// Part `testRunRecordID`.
    pub test_run_record_id: i64,
}
impl ttsoap::Message for AddDefectWithLink {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_defect.encode("pDefect", &ti::C_DEFECT, w);
        self.test_run_record_id.encode("testRunRecordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pDefect" => self.p_defect = r.decode(child)?,
            b"testRunRecordID" => self.test_run_record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addDefectWithLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddDefectWithLinkResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddDefectWithLinkResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddDefectWithLink {
    const NAME: &'static str = "addDefectWithLink";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addDefectWithLink";
    const RESPONSE_NAME: &'static str = "addDefectWithLinkResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddDefectWithLinkResponse;
}
impl ttsoap::operation::CookieOperation for AddDefectWithLink {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteDefect` request. Deletes a defect based on defect number or summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `defectNumber`.
    pub defect_number: i64,
    pub summary: String,
}
impl ttsoap::Message for DeleteDefect {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.defect_number.encode("defectNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"defectNumber" => self.defect_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDefectResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteDefectResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteDefect {
    const NAME: &'static str = "deleteDefect";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteDefect";
    const RESPONSE_NAME: &'static str = "deleteDefectResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteDefectResponse;
}
impl ttsoap::operation::CookieOperation for DeleteDefect {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteDefectByRecordID` request. Deletes a defect based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDefectByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for DeleteDefectByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteDefectByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDefectByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteDefectByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteDefectByRecordID {
    const NAME: &'static str = "deleteDefectByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteDefectByRecordID";
    const RESPONSE_NAME: &'static str = "deleteDefectByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteDefectByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteDefectByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for EditDefect {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.defect_number.encode("defectNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"defectNumber" => self.defect_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditDefectResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
impl ttsoap::Message for EditDefectResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_defect.encode("pDefect", &ti::C_DEFECT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDefect" => self.p_defect = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditDefect {
    const NAME: &'static str = "editDefect";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editDefect";
    const RESPONSE_NAME: &'static str = "editDefectResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditDefectResponse;
}
impl ttsoap::operation::CookieOperation for EditDefect {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editDefectByRecordID` request. Retrieves a defect for editing based on record ID. The saveDefect request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditDefectByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for EditDefectByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editDefectByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditDefectByRecordIDResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
impl ttsoap::Message for EditDefectByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_defect.encode("pDefect", &ti::C_DEFECT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDefect" => self.p_defect = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditDefectByRecordID {
    const NAME: &'static str = "editDefectByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editDefectByRecordID";
    const RESPONSE_NAME: &'static str = "editDefectByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditDefectByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditDefectByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveDefect` request. Saves changes made to a defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
impl ttsoap::Message for SaveDefect {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_defect.encode("pDefect", &ti::C_DEFECT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pDefect" => self.p_defect = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveDefectResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveDefectResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveDefect {
    const NAME: &'static str = "saveDefect";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveDefect";
    const RESPONSE_NAME: &'static str = "saveDefectResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveDefectResponse;
}
impl ttsoap::operation::CookieOperation for SaveDefect {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveDefect` request. Discards any changes made to a defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveDefect {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveDefectResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveDefectResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveDefect {
    const NAME: &'static str = "cancelSaveDefect";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveDefect";
    const RESPONSE_NAME: &'static str = "cancelSaveDefectResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveDefectResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveDefect {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for GetAttachment {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.event_id.encode("eventID", &ti::XSD_LONG, w);
        self.psz_archive_name.encode("pszArchiveName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"eventID" => self.event_id = r.decode(child)?,
            b"pszArchiveName" => self.psz_archive_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getAttachment` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAttachmentResponse {
    /// Part `pAttachment`.
    pub p_attachment: super::types::CFileAttachment,
}
impl ttsoap::Message for GetAttachmentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_attachment.encode("pAttachment", &ti::C_FILE_ATTACHMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pAttachment" => self.p_attachment = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetAttachment {
    const NAME: &'static str = "getAttachment";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getAttachment";
    const RESPONSE_NAME: &'static str = "getAttachmentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetAttachmentResponse;
}
impl ttsoap::operation::CookieOperation for GetAttachment {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getDefectAttachment` request. Retrieves defect file attachments. Deprecated; use getAttachmentRequest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectAttachment {
    pub cookie: ttsoap::Cookie,
    /// Part `pszArchiveName`.
    pub psz_archive_name: String,
}
impl ttsoap::Message for GetDefectAttachment {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.psz_archive_name.encode("pszArchiveName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pszArchiveName" => self.psz_archive_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDefectAttachment` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDefectAttachmentResponse {
    /// Part `pAttachment`.
    pub p_attachment: super::types::CFileAttachment,
}
impl ttsoap::Message for GetDefectAttachmentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_attachment.encode("pAttachment", &ti::C_FILE_ATTACHMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pAttachment" => self.p_attachment = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDefectAttachment {
    const NAME: &'static str = "getDefectAttachment";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDefectAttachment";
    const RESPONSE_NAME: &'static str = "getDefectAttachmentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDefectAttachmentResponse;
}
impl ttsoap::operation::CookieOperation for GetDefectAttachment {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getTask` request. Retrieves a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTask {
    pub cookie: ttsoap::Cookie,
    pub summary: String,
}
impl ttsoap::Message for GetTask {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTaskResponse {
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
impl ttsoap::Message for GetTaskResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_task.encode("pTask", &ti::C_TASK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTask" => self.p_task = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTask {
    const NAME: &'static str = "getTask";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTask";
    const RESPONSE_NAME: &'static str = "getTaskResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTaskResponse;
}
impl ttsoap::operation::CookieOperation for GetTask {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getTaskByRecordID` request. Retrieves a task based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTaskByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for GetTaskByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTaskByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTaskByRecordIDResponse {
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
impl ttsoap::Message for GetTaskByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_task.encode("pTask", &ti::C_TASK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTask" => self.p_task = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTaskByRecordID {
    const NAME: &'static str = "getTaskByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTaskByRecordID";
    const RESPONSE_NAME: &'static str = "getTaskByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTaskByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetTaskByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addTask` request. Creates a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTask {
    pub cookie: ttsoap::Cookie,
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
impl ttsoap::Message for AddTask {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_task.encode("pTask", &ti::C_TASK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pTask" => self.p_task = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTaskResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddTaskResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddTask {
    const NAME: &'static str = "addTask";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addTask";
    const RESPONSE_NAME: &'static str = "addTaskResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddTaskResponse;
}
impl ttsoap::operation::CookieOperation for AddTask {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteTask` request. Deletes a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTask {
    pub cookie: ttsoap::Cookie,
    pub summary: String,
}
impl ttsoap::Message for DeleteTask {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteTaskResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteTask {
    const NAME: &'static str = "deleteTask";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteTask";
    const RESPONSE_NAME: &'static str = "deleteTaskResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteTaskResponse;
}
impl ttsoap::operation::CookieOperation for DeleteTask {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteTaskByRecordID` request. Deletes a task based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for DeleteTaskByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteTaskByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteTaskByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteTaskByRecordID {
    const NAME: &'static str = "deleteTaskByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteTaskByRecordID";
    const RESPONSE_NAME: &'static str = "deleteTaskByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteTaskByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteTaskByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editTask` request. Retrieves a task for editing. The saveTask request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTask {
    pub cookie: ttsoap::Cookie,
    pub summary: String,
}
impl ttsoap::Message for EditTask {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTaskResponse {
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
impl ttsoap::Message for EditTaskResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_task.encode("pTask", &ti::C_TASK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTask" => self.p_task = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditTask {
    const NAME: &'static str = "editTask";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editTask";
    const RESPONSE_NAME: &'static str = "editTaskResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditTaskResponse;
}
impl ttsoap::operation::CookieOperation for EditTask {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editTaskByRecordID` request. Retrieves a task for editing based on record ID. The saveTask request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTaskByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for EditTaskByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editTaskByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTaskByRecordIDResponse {
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
impl ttsoap::Message for EditTaskByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_task.encode("pTask", &ti::C_TASK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTask" => self.p_task = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditTaskByRecordID {
    const NAME: &'static str = "editTaskByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editTaskByRecordID";
    const RESPONSE_NAME: &'static str = "editTaskByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditTaskByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditTaskByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveTask` request. Saves changes made to a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTask {
    pub cookie: ttsoap::Cookie,
    /// Part `pTask`.
    pub p_task: super::types::CTask,
}
impl ttsoap::Message for SaveTask {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_task.encode("pTask", &ti::C_TASK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pTask" => self.p_task = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTaskResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveTaskResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveTask {
    const NAME: &'static str = "saveTask";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveTask";
    const RESPONSE_NAME: &'static str = "saveTaskResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveTaskResponse;
}
impl ttsoap::operation::CookieOperation for SaveTask {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveTask` request. Discards any changes made to a task.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTask {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveTask {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveTask` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTaskResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveTaskResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveTask {
    const NAME: &'static str = "cancelSaveTask";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveTask";
    const RESPONSE_NAME: &'static str = "cancelSaveTaskResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveTaskResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveTask {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getGlobalUserList` request. Returns a list of global users from the Seapine License Server.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetGlobalUserList {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetGlobalUserList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getGlobalUserList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetGlobalUserListResponse {
    /// Part `GlobalUserList`.
    pub global_user_list: Vec<super::types::CGlobalUser>,
}
impl ttsoap::Message for GetGlobalUserListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.global_user_list.encode("GlobalUserList", &ti::ARRAY_OF_C_GLOBAL_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"GlobalUserList" => self.global_user_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetGlobalUserList {
    const NAME: &'static str = "getGlobalUserList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getGlobalUserList";
    const RESPONSE_NAME: &'static str = "getGlobalUserListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetGlobalUserListResponse;
}
impl ttsoap::operation::CookieOperation for GetGlobalUserList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getGlobalCustomerList` request. Returns a list of global customers from the Seapine License Server.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetGlobalCustomerList {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetGlobalCustomerList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getGlobalCustomerList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetGlobalCustomerListResponse {
    /// Part `GlobalCustomerList`.
    pub global_customer_list: Vec<super::types::CGlobalUser>,
}
impl ttsoap::Message for GetGlobalCustomerListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.global_customer_list
            .encode("GlobalCustomerList", &ti::ARRAY_OF_C_GLOBAL_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"GlobalCustomerList" => self.global_customer_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetGlobalCustomerList {
    const NAME: &'static str = "getGlobalCustomerList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getGlobalCustomerList";
    const RESPONSE_NAME: &'static str = "getGlobalCustomerListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetGlobalCustomerListResponse;
}
impl ttsoap::operation::CookieOperation for GetGlobalCustomerList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getTTVersionInfo` request. Returns the server and CGI version information (CTTVersionInfo). Added in Helix ALM 2017.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTTVersionInfo {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetTTVersionInfo {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTTVersionInfo` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTTVersionInfoResponse {
    /// Part `pVersionInfo`.
    pub p_version_info: super::types::CTTVersionInfo,
}
impl ttsoap::Message for GetTTVersionInfoResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_version_info.encode("pVersionInfo", &ti::CTT_VERSION_INFO, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pVersionInfo" => self.p_version_info = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTTVersionInfo {
    const NAME: &'static str = "getTTVersionInfo";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTTVersionInfo";
    const RESPONSE_NAME: &'static str = "getTTVersionInfoResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTTVersionInfoResponse;
}
impl ttsoap::operation::CookieOperation for GetTTVersionInfo {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
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
impl ttsoap::Message for GetDocForExportTemplate {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.template_id.encode("templateID", &ti::XSD_LONG, w);
        self.template_name.encode("templateName", &ti::XSD_STRING, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.filtername.encode("filtername", &ti::XSD_STRING, w);
        self.query.encode("query", &ti::XSD_STRING, w);
        self.record_ids.encode("recordIDs", &ti::ARRAY_OFLONG, w);
        self.timezone_id.encode("timezoneID", &ti::XSD_STRING, w);
        self.locale.encode("locale", &ti::XSD_STRING, w);
        self.hours_off_gmt.encode("hoursOffGMT", &ti::XSD_DOUBLE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"templateID" => self.template_id = r.decode(child)?,
            b"templateName" => self.template_name = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"filtername" => self.filtername = r.decode(child)?,
            b"query" => self.query = r.decode(child)?,
            b"recordIDs" => self.record_ids = r.decode(child)?,
            b"timezoneID" => self.timezone_id = r.decode(child)?,
            b"locale" => self.locale = r.decode(child)?,
            b"hoursOffGMT" => self.hours_off_gmt = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDocForExportTemplate` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplateResponse {
    /// Part `pDocument`.
    pub p_document: super::types::AnyCFile,
}
impl ttsoap::Message for GetDocForExportTemplateResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_document.encode("pDocument", &ti::C_FILE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDocument" => self.p_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDocForExportTemplate {
    const NAME: &'static str = "getDocForExportTemplate";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDocForExportTemplate";
    const RESPONSE_NAME: &'static str = "getDocForExportTemplateResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDocForExportTemplateResponse;
}
impl ttsoap::operation::CookieOperation for GetDocForExportTemplate {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
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
impl ttsoap::Message for GetDocForExportTemplateReqDoc {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.template_id.encode("templateID", &ti::XSD_LONG, w);
        self.template_name.encode("templateName", &ti::XSD_STRING, w);
        self.document_id.encode("documentID", &ti::XSD_LONG, w);
        self.snapshot_version.encode("snapshotVersion", &ti::XSD_INT, w);
        self.timezone_id.encode("timezoneID", &ti::XSD_STRING, w);
        self.locale.encode("locale", &ti::XSD_STRING, w);
        self.hours_off_gmt.encode("hoursOffGMT", &ti::XSD_DOUBLE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"templateID" => self.template_id = r.decode(child)?,
            b"templateName" => self.template_name = r.decode(child)?,
            b"documentID" => self.document_id = r.decode(child)?,
            b"snapshotVersion" => self.snapshot_version = r.decode(child)?,
            b"timezoneID" => self.timezone_id = r.decode(child)?,
            b"locale" => self.locale = r.decode(child)?,
            b"hoursOffGMT" => self.hours_off_gmt = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDocForExportTemplateReqDoc` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplateReqDocResponse {
    /// Part `pDocument`.
    pub p_document: super::types::AnyCFile,
}
impl ttsoap::Message for GetDocForExportTemplateReqDocResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_document.encode("pDocument", &ti::C_FILE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDocument" => self.p_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDocForExportTemplateReqDoc {
    const NAME: &'static str = "getDocForExportTemplateReqDoc";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDocForExportTemplateReqDoc";
    const RESPONSE_NAME: &'static str = "getDocForExportTemplateReqDocResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDocForExportTemplateReqDocResponse;
}
impl ttsoap::operation::CookieOperation for GetDocForExportTemplateReqDoc {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
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
impl ttsoap::Message for GetDocForExportTemplateFolder {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.template_id.encode("templateID", &ti::XSD_LONG, w);
        self.template_name.encode("templateName", &ti::XSD_STRING, w);
        self.folder_path.encode("folderPath", &ti::XSD_STRING, w);
        self.b_recursive.encode("bRecursive", &ti::XSD_BOOLEAN, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.filtername.encode("filtername", &ti::XSD_STRING, w);
        self.sort_order.encode("sortOrder", &ti::XSD_STRING, w);
        self.timezone_id.encode("timezoneID", &ti::XSD_STRING, w);
        self.locale.encode("locale", &ti::XSD_STRING, w);
        self.hours_off_gmt.encode("hoursOffGMT", &ti::XSD_DOUBLE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"templateID" => self.template_id = r.decode(child)?,
            b"templateName" => self.template_name = r.decode(child)?,
            b"folderPath" => self.folder_path = r.decode(child)?,
            b"bRecursive" => self.b_recursive = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"filtername" => self.filtername = r.decode(child)?,
            b"sortOrder" => self.sort_order = r.decode(child)?,
            b"timezoneID" => self.timezone_id = r.decode(child)?,
            b"locale" => self.locale = r.decode(child)?,
            b"hoursOffGMT" => self.hours_off_gmt = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDocForExportTemplateFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocForExportTemplateFolderResponse {
    /// Part `pDocument`.
    pub p_document: super::types::AnyCFile,
}
impl ttsoap::Message for GetDocForExportTemplateFolderResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_document.encode("pDocument", &ti::C_FILE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDocument" => self.p_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDocForExportTemplateFolder {
    const NAME: &'static str = "getDocForExportTemplateFolder";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDocForExportTemplateFolder";
    const RESPONSE_NAME: &'static str = "getDocForExportTemplateFolderResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDocForExportTemplateFolderResponse;
}
impl ttsoap::operation::CookieOperation for GetDocForExportTemplateFolder {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getUserLicenseList` request. Returns a list of user licenses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserLicenseList {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetUserLicenseList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getUserLicenseList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserLicenseListResponse {
    /// Part `UserLicenseList`.
    pub user_license_list: Vec<super::types::CUserLicense>,
}
impl ttsoap::Message for GetUserLicenseListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.user_license_list
            .encode("UserLicenseList", &ti::ARRAY_OF_C_USER_LICENSE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"UserLicenseList" => self.user_license_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetUserLicenseList {
    const NAME: &'static str = "getUserLicenseList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getUserLicenseList";
    const RESPONSE_NAME: &'static str = "getUserLicenseListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetUserLicenseListResponse;
}
impl ttsoap::operation::CookieOperation for GetUserLicenseList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
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
impl ttsoap::Message for GetUser {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.first_name.encode("firstName", &ti::XSD_STRING, w);
        self.middle_initials.encode("middleInitials", &ti::XSD_STRING, w);
        self.last_name.encode("lastName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"firstName" => self.first_name = r.decode(child)?,
            b"middleInitials" => self.middle_initials = r.decode(child)?,
            b"lastName" => self.last_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
impl ttsoap::Message for GetUserResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_user.encode("pUser", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetUser {
    const NAME: &'static str = "getUser";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getUser";
    const RESPONSE_NAME: &'static str = "getUserResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetUserResponse;
}
impl ttsoap::operation::CookieOperation for GetUser {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getUserByRecordID` request. Returns a user based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for GetUserByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getUserByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserByRecordIDResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
impl ttsoap::Message for GetUserByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_user.encode("pUser", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetUserByRecordID {
    const NAME: &'static str = "getUserByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getUserByRecordID";
    const RESPONSE_NAME: &'static str = "getUserByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetUserByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetUserByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getUserForCurrentSession` request. Returns the user (CUser) logged in with the session cookie. Added after TestTrack 2013.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserForCurrentSession {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetUserForCurrentSession {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getUserForCurrentSession` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUserForCurrentSessionResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
impl ttsoap::Message for GetUserForCurrentSessionResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_user.encode("pUser", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetUserForCurrentSession {
    const NAME: &'static str = "getUserForCurrentSession";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getUserForCurrentSession";
    const RESPONSE_NAME: &'static str = "getUserForCurrentSessionResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetUserForCurrentSessionResponse;
}
impl ttsoap::operation::CookieOperation for GetUserForCurrentSession {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addUser` request. Creates a user.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddUser {
    pub cookie: ttsoap::Cookie,
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
impl ttsoap::Message for AddUser {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_user.encode("pUser", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddUserResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddUserResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddUser {
    const NAME: &'static str = "addUser";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addUser";
    const RESPONSE_NAME: &'static str = "addUserResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddUserResponse;
}
impl ttsoap::operation::CookieOperation for AddUser {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for EditUser {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.first_name.encode("firstName", &ti::XSD_STRING, w);
        self.middle_initials.encode("middleInitials", &ti::XSD_STRING, w);
        self.last_name.encode("lastName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"firstName" => self.first_name = r.decode(child)?,
            b"middleInitials" => self.middle_initials = r.decode(child)?,
            b"lastName" => self.last_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditUserResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
impl ttsoap::Message for EditUserResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_user.encode("pUser", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditUser {
    const NAME: &'static str = "editUser";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editUser";
    const RESPONSE_NAME: &'static str = "editUserResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditUserResponse;
}
impl ttsoap::operation::CookieOperation for EditUser {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editUserByRecordID` request. Retrieves a user for editing based on record ID. The saveUser request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditUserByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for EditUserByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editUserByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditUserByRecordIDResponse {
    /// Part `pUser`.
    pub p_user: super::types::CUser,
}
impl ttsoap::Message for EditUserByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_user.encode("pUser", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditUserByRecordID {
    const NAME: &'static str = "editUserByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editUserByRecordID";
    const RESPONSE_NAME: &'static str = "editUserByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditUserByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditUserByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for SaveUser {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.first_name.encode("firstName", &ti::XSD_STRING, w);
        self.middle_initials.encode("middleInitials", &ti::XSD_STRING, w);
        self.last_name.encode("lastName", &ti::XSD_STRING, w);
        self.p_user.encode("pUser", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"firstName" => self.first_name = r.decode(child)?,
            b"middleInitials" => self.middle_initials = r.decode(child)?,
            b"lastName" => self.last_name = r.decode(child)?,
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveUserResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveUserResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveUser {
    const NAME: &'static str = "saveUser";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveUser";
    const RESPONSE_NAME: &'static str = "saveUserResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveUserResponse;
}
impl ttsoap::operation::CookieOperation for SaveUser {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for DeleteUser {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.first_name.encode("firstName", &ti::XSD_STRING, w);
        self.middle_initials.encode("middleInitials", &ti::XSD_STRING, w);
        self.last_name.encode("lastName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"firstName" => self.first_name = r.decode(child)?,
            b"middleInitials" => self.middle_initials = r.decode(child)?,
            b"lastName" => self.last_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteUserResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteUserResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteUser {
    const NAME: &'static str = "deleteUser";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteUser";
    const RESPONSE_NAME: &'static str = "deleteUserResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteUserResponse;
}
impl ttsoap::operation::CookieOperation for DeleteUser {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteUserByRecordID` request. Deletes a user based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteUserByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for DeleteUserByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteUserByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteUserByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteUserByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteUserByRecordID {
    const NAME: &'static str = "deleteUserByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteUserByRecordID";
    const RESPONSE_NAME: &'static str = "deleteUserByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteUserByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteUserByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveUser` request. Discards changes made to a user record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveUser {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveUser {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveUserResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveUserResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveUser {
    const NAME: &'static str = "cancelSaveUser";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveUser";
    const RESPONSE_NAME: &'static str = "cancelSaveUserResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveUserResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveUser {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for PromoteUser {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.local_user.encode("localUser", &ti::XSD_STRING, w);
        self.global_user.encode("globalUser", &ti::XSD_STRING, w);
        self.loginname.encode("loginname", &ti::XSD_STRING, w);
        self.password.encode("password", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"localUser" => self.local_user = r.decode(child)?,
            b"globalUser" => self.global_user = r.decode(child)?,
            b"loginname" => self.loginname = r.decode(child)?,
            b"password" => self.password = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `promoteUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PromoteUserResponse {
    pub result: i32,
}
impl ttsoap::Message for PromoteUserResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for PromoteUser {
    const NAME: &'static str = "promoteUser";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "";
    const RESPONSE_NAME: &'static str = "promoteUserResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = PromoteUserResponse;
}
impl ttsoap::operation::CookieOperation for PromoteUser {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `addGlobalUser` request. Retrieves a global user from the Seapine License Server and adds them to TestTrack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddGlobalUser {
    pub cookie: ttsoap::Cookie,
    /// Part `pUser`.
    pub p_user: super::types::CGlobalUser,
}
impl ttsoap::Message for AddGlobalUser {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_user.encode("pUser", &ti::C_GLOBAL_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addGlobalUser` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddGlobalUserResponse {
    pub result: i32,
}
impl ttsoap::Message for AddGlobalUserResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddGlobalUser {
    const NAME: &'static str = "addGlobalUser";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "";
    const RESPONSE_NAME: &'static str = "addGlobalUserResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddGlobalUserResponse;
}
impl ttsoap::operation::CookieOperation for AddGlobalUser {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for GetCustomer {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.first_name.encode("firstName", &ti::XSD_STRING, w);
        self.middle_initials.encode("middleInitials", &ti::XSD_STRING, w);
        self.last_name.encode("lastName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"firstName" => self.first_name = r.decode(child)?,
            b"middleInitials" => self.middle_initials = r.decode(child)?,
            b"lastName" => self.last_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomerResponse {
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
impl ttsoap::Message for GetCustomerResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_customer.encode("pCustomer", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pCustomer" => self.p_customer = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetCustomer {
    const NAME: &'static str = "getCustomer";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getCustomer";
    const RESPONSE_NAME: &'static str = "getCustomerResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetCustomerResponse;
}
impl ttsoap::operation::CookieOperation for GetCustomer {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getCustomerByRecordID` request. Returns a customer based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomerByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for GetCustomerByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getCustomerByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCustomerByRecordIDResponse {
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
impl ttsoap::Message for GetCustomerByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_customer.encode("pCustomer", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pCustomer" => self.p_customer = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetCustomerByRecordID {
    const NAME: &'static str = "getCustomerByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getCustomerByRecordID";
    const RESPONSE_NAME: &'static str = "getCustomerByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetCustomerByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetCustomerByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addCustomer` request. Creates a customer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
impl ttsoap::Message for AddCustomer {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_customer.encode("pCustomer", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pCustomer" => self.p_customer = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddCustomerResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddCustomerResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddCustomer {
    const NAME: &'static str = "addCustomer";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addCustomer";
    const RESPONSE_NAME: &'static str = "addCustomerResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddCustomerResponse;
}
impl ttsoap::operation::CookieOperation for AddCustomer {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for EditCustomer {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.first_name.encode("firstName", &ti::XSD_STRING, w);
        self.middle_initials.encode("middleInitials", &ti::XSD_STRING, w);
        self.last_name.encode("lastName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"firstName" => self.first_name = r.decode(child)?,
            b"middleInitials" => self.middle_initials = r.decode(child)?,
            b"lastName" => self.last_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditCustomerResponse {
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
impl ttsoap::Message for EditCustomerResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_customer.encode("pCustomer", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pCustomer" => self.p_customer = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditCustomer {
    const NAME: &'static str = "editCustomer";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editCustomer";
    const RESPONSE_NAME: &'static str = "editCustomerResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditCustomerResponse;
}
impl ttsoap::operation::CookieOperation for EditCustomer {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editCustomerByRecordID` request. Retrieves a customer for editing based on record ID. The saveCustomer request must be called and passed the changed object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditCustomerByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for EditCustomerByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editCustomerByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditCustomerByRecordIDResponse {
    /// Part `pCustomer`.
    pub p_customer: super::types::CUser,
}
impl ttsoap::Message for EditCustomerByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_customer.encode("pCustomer", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pCustomer" => self.p_customer = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditCustomerByRecordID {
    const NAME: &'static str = "editCustomerByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editCustomerByRecordID";
    const RESPONSE_NAME: &'static str = "editCustomerByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditCustomerByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditCustomerByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for SaveCustomer {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.first_name.encode("firstName", &ti::XSD_STRING, w);
        self.middle_initials.encode("middleInitials", &ti::XSD_STRING, w);
        self.last_name.encode("lastName", &ti::XSD_STRING, w);
        self.p_customer.encode("pCustomer", &ti::C_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"firstName" => self.first_name = r.decode(child)?,
            b"middleInitials" => self.middle_initials = r.decode(child)?,
            b"lastName" => self.last_name = r.decode(child)?,
            b"pCustomer" => self.p_customer = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveCustomerResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveCustomerResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveCustomer {
    const NAME: &'static str = "saveCustomer";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveCustomer";
    const RESPONSE_NAME: &'static str = "saveCustomerResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveCustomerResponse;
}
impl ttsoap::operation::CookieOperation for SaveCustomer {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for DeleteCustomer {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.first_name.encode("firstName", &ti::XSD_STRING, w);
        self.middle_initials.encode("middleInitials", &ti::XSD_STRING, w);
        self.last_name.encode("lastName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"firstName" => self.first_name = r.decode(child)?,
            b"middleInitials" => self.middle_initials = r.decode(child)?,
            b"lastName" => self.last_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomerResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteCustomerResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteCustomer {
    const NAME: &'static str = "deleteCustomer";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteCustomer";
    const RESPONSE_NAME: &'static str = "deleteCustomerResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteCustomerResponse;
}
impl ttsoap::operation::CookieOperation for DeleteCustomer {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteCustomerByRecordID` request. Deletes a customer based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomerByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for DeleteCustomerByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteCustomerByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCustomerByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteCustomerByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteCustomerByRecordID {
    const NAME: &'static str = "deleteCustomerByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteCustomerByRecordID";
    const RESPONSE_NAME: &'static str = "deleteCustomerByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteCustomerByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteCustomerByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveCustomer` request. Discards changes made to a customer record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveCustomer {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveCustomerResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveCustomerResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveCustomer {
    const NAME: &'static str = "cancelSaveCustomer";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveCustomer";
    const RESPONSE_NAME: &'static str = "cancelSaveCustomerResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveCustomerResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveCustomer {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for PromoteCustomer {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.local_customer.encode("localCustomer", &ti::XSD_STRING, w);
        self.global_user.encode("globalUser", &ti::XSD_STRING, w);
        self.loginname.encode("loginname", &ti::XSD_STRING, w);
        self.password.encode("password", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"localCustomer" => self.local_customer = r.decode(child)?,
            b"globalUser" => self.global_user = r.decode(child)?,
            b"loginname" => self.loginname = r.decode(child)?,
            b"password" => self.password = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `promoteCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PromoteCustomerResponse {
    pub result: i32,
}
impl ttsoap::Message for PromoteCustomerResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for PromoteCustomer {
    const NAME: &'static str = "promoteCustomer";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "";
    const RESPONSE_NAME: &'static str = "promoteCustomerResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = PromoteCustomerResponse;
}
impl ttsoap::operation::CookieOperation for PromoteCustomer {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `addGlobalCustomer` request. Retrieves a global customer from the Seapine License Server and adds them to TestTrack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddGlobalCustomer {
    pub cookie: ttsoap::Cookie,
    /// Part `pUser`.
    pub p_user: super::types::CGlobalUser,
}
impl ttsoap::Message for AddGlobalCustomer {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_user.encode("pUser", &ti::C_GLOBAL_USER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pUser" => self.p_user = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addGlobalCustomer` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddGlobalCustomerResponse {
    pub result: i32,
}
impl ttsoap::Message for AddGlobalCustomerResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddGlobalCustomer {
    const NAME: &'static str = "addGlobalCustomer";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "";
    const RESPONSE_NAME: &'static str = "addGlobalCustomerResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddGlobalCustomerResponse;
}
impl ttsoap::operation::CookieOperation for AddGlobalCustomer {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getLinksForItem` request. Returns links for a specified item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinksForItem {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    /// Part `itemRecordID`.
    pub item_record_id: i64,
}
impl ttsoap::Message for GetLinksForItem {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.item_record_id.encode("itemRecordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"itemRecordID" => self.item_record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getLinksForItem` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinksForItemResponse {
    /// Part `pLinkList`.
    pub p_link_list: Vec<super::types::CLink>,
}
impl ttsoap::Message for GetLinksForItemResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_link_list.encode("pLinkList", &ti::ARRAY_OF_C_LINK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pLinkList" => self.p_link_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetLinksForItem {
    const NAME: &'static str = "getLinksForItem";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getLinksForItem";
    const RESPONSE_NAME: &'static str = "getLinksForItemResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetLinksForItemResponse;
}
impl ttsoap::operation::CookieOperation for GetLinksForItem {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getLinksForDefect` request. Returns links for a specified defect.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinksForDefect {
    pub cookie: ttsoap::Cookie,
    /// Part `defectRecordID`.
    pub defect_record_id: i64,
}
impl ttsoap::Message for GetLinksForDefect {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.defect_record_id.encode("defectRecordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"defectRecordID" => self.defect_record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getLinksForDefect` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinksForDefectResponse {
    /// Part `pLinkList`.
    pub p_link_list: Vec<super::types::CLink>,
}
impl ttsoap::Message for GetLinksForDefectResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_link_list.encode("pLinkList", &ti::ARRAY_OF_C_LINK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pLinkList" => self.p_link_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetLinksForDefect {
    const NAME: &'static str = "getLinksForDefect";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getLinksForDefect";
    const RESPONSE_NAME: &'static str = "getLinksForDefectResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetLinksForDefectResponse;
}
impl ttsoap::operation::CookieOperation for GetLinksForDefect {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getLink` request. Returns a list of all links.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLink {
    pub cookie: ttsoap::Cookie,
    /// Part `linkID`.
    pub link_id: i64,
}
impl ttsoap::Message for GetLink {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.link_id.encode("linkID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"linkID" => self.link_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLinkResponse {
    /// Part `pLink`.
    pub p_link: super::types::CLink,
}
impl ttsoap::Message for GetLinkResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_link.encode("pLink", &ti::C_LINK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pLink" => self.p_link = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetLink {
    const NAME: &'static str = "getLink";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getLink";
    const RESPONSE_NAME: &'static str = "getLinkResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetLinkResponse;
}
impl ttsoap::operation::CookieOperation for GetLink {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addLink` request. Creates a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddLink {
    pub cookie: ttsoap::Cookie,
    /// Part `pLink`.
    pub p_link: super::types::CLink,
}
impl ttsoap::Message for AddLink {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_link.encode("pLink", &ti::C_LINK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pLink" => self.p_link = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddLinkResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddLinkResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddLink {
    const NAME: &'static str = "addLink";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addLink";
    const RESPONSE_NAME: &'static str = "addLinkResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddLinkResponse;
}
impl ttsoap::operation::CookieOperation for AddLink {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteLink` request. Deletes a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLink {
    pub cookie: ttsoap::Cookie,
    /// Part `linkID`.
    pub link_id: i64,
}
impl ttsoap::Message for DeleteLink {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.link_id.encode("linkID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"linkID" => self.link_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLinkResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteLinkResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteLink {
    const NAME: &'static str = "deleteLink";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteLink";
    const RESPONSE_NAME: &'static str = "deleteLinkResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteLinkResponse;
}
impl ttsoap::operation::CookieOperation for DeleteLink {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editLink` request. Retrieves a link for editing. The saveLink request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditLink {
    pub cookie: ttsoap::Cookie,
    /// Part `linkID`.
    pub link_id: i64,
}
impl ttsoap::Message for EditLink {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.link_id.encode("linkID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"linkID" => self.link_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditLinkResponse {
    /// Part `pLink`.
    pub p_link: super::types::CLink,
}
impl ttsoap::Message for EditLinkResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_link.encode("pLink", &ti::C_LINK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pLink" => self.p_link = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditLink {
    const NAME: &'static str = "editLink";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editLink";
    const RESPONSE_NAME: &'static str = "editLinkResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditLinkResponse;
}
impl ttsoap::operation::CookieOperation for EditLink {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveLink` request. Saves changes made to a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveLink {
    pub cookie: ttsoap::Cookie,
    /// Part `pLink`.
    pub p_link: super::types::CLink,
}
impl ttsoap::Message for SaveLink {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_link.encode("pLink", &ti::C_LINK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pLink" => self.p_link = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveLinkResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveLinkResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveLink {
    const NAME: &'static str = "saveLink";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveLink";
    const RESPONSE_NAME: &'static str = "saveLinkResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveLinkResponse;
}
impl ttsoap::operation::CookieOperation for SaveLink {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveLink` request. Discards changes made to a link.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveLink {
    pub cookie: ttsoap::Cookie,
    /// Part `linkID`.
    pub link_id: i64,
}
impl ttsoap::Message for CancelSaveLink {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.link_id.encode("linkID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"linkID" => self.link_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveLink` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveLinkResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveLinkResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveLink {
    const NAME: &'static str = "cancelSaveLink";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveLink";
    const RESPONSE_NAME: &'static str = "cancelSaveLinkResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveLinkResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveLink {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getTestVariantTypes` request. Returns a list of test variant types.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestVariantTypes {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetTestVariantTypes {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTestVariantTypes` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestVariantTypesResponse {
    /// Part `pTypeList`.
    pub p_type_list: Vec<String>,
}
impl ttsoap::Message for GetTestVariantTypesResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_type_list.encode("pTypeList", &ti::ARRAY_OFSTRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTypeList" => self.p_type_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTestVariantTypes {
    const NAME: &'static str = "getTestVariantTypes";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTestVariantTypes";
    const RESPONSE_NAME: &'static str = "getTestVariantTypesResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTestVariantTypesResponse;
}
impl ttsoap::operation::CookieOperation for GetTestVariantTypes {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getTestRunStepsModes` request. Returns test runs steps mode. Either Grid View or Free Form Text View.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunStepsModes {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetTestRunStepsModes {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTestRunStepsModes` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunStepsModesResponse {
    /// Part `pModeList`.
    pub p_mode_list: Vec<String>,
}
impl ttsoap::Message for GetTestRunStepsModesResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_mode_list.encode("pModeList", &ti::ARRAY_OFSTRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pModeList" => self.p_mode_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTestRunStepsModes {
    const NAME: &'static str = "getTestRunStepsModes";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTestRunStepsModes";
    const RESPONSE_NAME: &'static str = "getTestRunStepsModesResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTestRunStepsModesResponse;
}
impl ttsoap::operation::CookieOperation for GetTestRunStepsModes {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
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
impl ttsoap::Message for GetTestCase {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.test_case_number.encode("testCaseNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"testCaseNumber" => self.test_case_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestCaseResponse {
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
impl ttsoap::Message for GetTestCaseResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_case.encode("pTestCase", &ti::C_TEST_CASE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestCase" => self.p_test_case = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTestCase {
    const NAME: &'static str = "getTestCase";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTestCase";
    const RESPONSE_NAME: &'static str = "getTestCaseResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTestCaseResponse;
}
impl ttsoap::operation::CookieOperation for GetTestCase {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getTestCaseByRecordID` request. Returns a test case based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestCaseByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for GetTestCaseByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTestCaseByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestCaseByRecordIDResponse {
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
impl ttsoap::Message for GetTestCaseByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_case.encode("pTestCase", &ti::C_TEST_CASE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestCase" => self.p_test_case = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTestCaseByRecordID {
    const NAME: &'static str = "getTestCaseByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTestCaseByRecordID";
    const RESPONSE_NAME: &'static str = "getTestCaseByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTestCaseByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetTestCaseByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addTestCase` request. Creates a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
impl ttsoap::Message for AddTestCase {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_test_case.encode("pTestCase", &ti::C_TEST_CASE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pTestCase" => self.p_test_case = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTestCaseResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddTestCaseResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddTestCase {
    const NAME: &'static str = "addTestCase";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addTestCase";
    const RESPONSE_NAME: &'static str = "addTestCaseResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddTestCaseResponse;
}
impl ttsoap::operation::CookieOperation for AddTestCase {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for DeleteTestCase {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.test_case_number.encode("testCaseNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_delete_associated_test_runs
            .encode("bDeleteAssociatedTestRuns", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"testCaseNumber" => self.test_case_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDeleteAssociatedTestRuns" => {
                self.b_delete_associated_test_runs = r.decode(child)?;
            }
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestCaseResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteTestCaseResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteTestCase {
    const NAME: &'static str = "deleteTestCase";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteTestCase";
    const RESPONSE_NAME: &'static str = "deleteTestCaseResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteTestCaseResponse;
}
impl ttsoap::operation::CookieOperation for DeleteTestCase {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteTestCaseByRecordID` request. Deletes a test case based on a record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestCaseByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDeleteAssociatedTestRun`.
    pub b_delete_associated_test_run: bool,
}
impl ttsoap::Message for DeleteTestCaseByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_delete_associated_test_run
            .encode("bDeleteAssociatedTestRun", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDeleteAssociatedTestRun" => {
                self.b_delete_associated_test_run = r.decode(child)?;
            }
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteTestCaseByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestCaseByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteTestCaseByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteTestCaseByRecordID {
    const NAME: &'static str = "deleteTestCaseByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteTestCaseByRecordID";
    const RESPONSE_NAME: &'static str = "deleteTestCaseByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteTestCaseByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteTestCaseByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for EditTestCase {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.test_case_number.encode("testCaseNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"testCaseNumber" => self.test_case_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestCaseResponse {
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
impl ttsoap::Message for EditTestCaseResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_case.encode("pTestCase", &ti::C_TEST_CASE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestCase" => self.p_test_case = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditTestCase {
    const NAME: &'static str = "editTestCase";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editTestCase";
    const RESPONSE_NAME: &'static str = "editTestCaseResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditTestCaseResponse;
}
impl ttsoap::operation::CookieOperation for EditTestCase {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editTestCaseByRecordID` request. Retrieves a test case for editing based on record ID. The saveTestCase request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestCaseByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for EditTestCaseByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editTestCaseByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestCaseByRecordIDResponse {
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
impl ttsoap::Message for EditTestCaseByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_case.encode("pTestCase", &ti::C_TEST_CASE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestCase" => self.p_test_case = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditTestCaseByRecordID {
    const NAME: &'static str = "editTestCaseByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editTestCaseByRecordID";
    const RESPONSE_NAME: &'static str = "editTestCaseByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditTestCaseByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditTestCaseByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveTestCase` request. Saves changes made to a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestCase`.
    pub p_test_case: super::types::CTestCase,
}
impl ttsoap::Message for SaveTestCase {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_test_case.encode("pTestCase", &ti::C_TEST_CASE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pTestCase" => self.p_test_case = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestCaseResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveTestCaseResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveTestCase {
    const NAME: &'static str = "saveTestCase";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveTestCase";
    const RESPONSE_NAME: &'static str = "saveTestCaseResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveTestCaseResponse;
}
impl ttsoap::operation::CookieOperation for SaveTestCase {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveTestCase` request. Discards changes made to a test case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestCase {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveTestCase {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveTestCase` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestCaseResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveTestCaseResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveTestCase {
    const NAME: &'static str = "cancelSaveTestCase";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveTestCase";
    const RESPONSE_NAME: &'static str = "cancelSaveTestCaseResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveTestCaseResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveTestCase {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for GetTestRun {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.test_run_number.encode("testRunNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"testRunNumber" => self.test_run_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunResponse {
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
impl ttsoap::Message for GetTestRunResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_run.encode("pTestRun", &ti::C_TEST_RUN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestRun" => self.p_test_run = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTestRun {
    const NAME: &'static str = "getTestRun";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTestRun";
    const RESPONSE_NAME: &'static str = "getTestRunResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTestRunResponse;
}
impl ttsoap::operation::CookieOperation for GetTestRun {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getTestRunByRecordID` request. Returns a test run based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for GetTestRunByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getTestRunByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTestRunByRecordIDResponse {
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
impl ttsoap::Message for GetTestRunByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_run.encode("pTestRun", &ti::C_TEST_RUN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestRun" => self.p_test_run = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetTestRunByRecordID {
    const NAME: &'static str = "getTestRunByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getTestRunByRecordID";
    const RESPONSE_NAME: &'static str = "getTestRunByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetTestRunByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetTestRunByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `deleteTestRun` request. Deletes a test run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `testRunNumber`.
    pub test_run_number: i64,
    pub summary: String,
}
impl ttsoap::Message for DeleteTestRun {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.test_run_number.encode("testRunNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"testRunNumber" => self.test_run_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestRunResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteTestRunResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteTestRun {
    const NAME: &'static str = "deleteTestRun";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteTestRun";
    const RESPONSE_NAME: &'static str = "deleteTestRunResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteTestRunResponse;
}
impl ttsoap::operation::CookieOperation for DeleteTestRun {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteTestRunByRecordID` request. Deletes a test run based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestRunByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for DeleteTestRunByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteTestRunByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTestRunByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteTestRunByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteTestRunByRecordID {
    const NAME: &'static str = "deleteTestRunByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteTestRunByRecordID";
    const RESPONSE_NAME: &'static str = "deleteTestRunByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteTestRunByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteTestRunByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for EditTestRun {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.test_run_number.encode("testRunNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"testRunNumber" => self.test_run_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestRunResponse {
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
impl ttsoap::Message for EditTestRunResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_run.encode("pTestRun", &ti::C_TEST_RUN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestRun" => self.p_test_run = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditTestRun {
    const NAME: &'static str = "editTestRun";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editTestRun";
    const RESPONSE_NAME: &'static str = "editTestRunResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditTestRunResponse;
}
impl ttsoap::operation::CookieOperation for EditTestRun {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editTestRunByRecordID` request. Retrieves a test run for editing based on record ID. The saveTestRun request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestRunByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for EditTestRunByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editTestRunByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTestRunByRecordIDResponse {
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
impl ttsoap::Message for EditTestRunByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_test_run.encode("pTestRun", &ti::C_TEST_RUN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTestRun" => self.p_test_run = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditTestRunByRecordID {
    const NAME: &'static str = "editTestRunByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editTestRunByRecordID";
    const RESPONSE_NAME: &'static str = "editTestRunByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditTestRunByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditTestRunByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveTestRun` request. Saves changes made to a test run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `pTestRun`.
    pub p_test_run: super::types::CTestRun,
}
impl ttsoap::Message for SaveTestRun {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_test_run.encode("pTestRun", &ti::C_TEST_RUN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pTestRun" => self.p_test_run = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveTestRunResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveTestRunResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveTestRun {
    const NAME: &'static str = "saveTestRun";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveTestRun";
    const RESPONSE_NAME: &'static str = "saveTestRunResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveTestRunResponse;
}
impl ttsoap::operation::CookieOperation for SaveTestRun {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveTestRun` request. Discards changes made to a test run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveTestRun {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveTestRunResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveTestRunResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveTestRun {
    const NAME: &'static str = "cancelSaveTestRun";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveTestRun";
    const RESPONSE_NAME: &'static str = "cancelSaveTestRunResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveTestRunResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveTestRun {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `createDefectForTestRun` request. Creates a defect based on test run results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateDefectForTestRun {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CreateDefectForTestRun {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `createDefectForTestRun` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateDefectForTestRunResponse {
    /// Part `pDefect`.
    pub p_defect: super::types::CDefect,
}
impl ttsoap::Message for CreateDefectForTestRunResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_defect.encode("pDefect", &ti::C_DEFECT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pDefect" => self.p_defect = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CreateDefectForTestRun {
    const NAME: &'static str = "createDefectForTestRun";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#createDefectForTestRun";
    const RESPONSE_NAME: &'static str = "createDefectForTestRunResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CreateDefectForTestRunResponse;
}
impl ttsoap::operation::CookieOperation for CreateDefectForTestRun {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for GenerateTestRuns {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.test_variants
            .encode("testVariants", &ti::ARRAY_OF_C_TEST_RUN_VARIANT_FIELD, w);
        self.test_run_set.encode("testRunSet", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"testVariants" => self.test_variants = r.decode(child)?,
            b"testRunSet" => self.test_run_set = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `generateTestRuns` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenerateTestRunsResponse {
    /// Part `pResults`.
    pub p_results: Vec<super::types::AnyCItemToTrack>,
}
impl ttsoap::Message for GenerateTestRunsResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_results.encode("pResults", &ti::ARRAY_OF_C_ITEM_TO_TRACK, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pResults" => self.p_results = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GenerateTestRuns {
    const NAME: &'static str = "generateTestRuns";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#generateTestRuns";
    const RESPONSE_NAME: &'static str = "generateTestRunsResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GenerateTestRunsResponse;
}
impl ttsoap::operation::CookieOperation for GenerateTestRuns {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getFolderTypeByName` request. Returns the properties of the folder type. Call the getFolderTypeList request to get the names used in this request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTypeByName {
    pub cookie: ttsoap::Cookie,
    pub name: String,
}
impl ttsoap::Message for GetFolderTypeByName {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"name" => self.name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFolderTypeByName` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTypeByNameResponse {
    /// Part `pType`.
    pub p_type: super::types::CFolderType,
}
impl ttsoap::Message for GetFolderTypeByNameResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_type.encode("pType", &ti::C_FOLDER_TYPE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pType" => self.p_type = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFolderTypeByName {
    const NAME: &'static str = "getFolderTypeByName";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFolderTypeByName";
    const RESPONSE_NAME: &'static str = "getFolderTypeByNameResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFolderTypeByNameResponse;
}
impl ttsoap::operation::CookieOperation for GetFolderTypeByName {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getFolderTypeList` request. Returns a list of configured folder types.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTypeList {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetFolderTypeList {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFolderTypeList` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTypeListResponse {
    /// Part `pTypeList`.
    pub p_type_list: Vec<super::types::CFolderType>,
}
impl ttsoap::Message for GetFolderTypeListResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_type_list.encode("pTypeList", &ti::ARRAY_OF_C_FOLDER_TYPE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pTypeList" => self.p_type_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFolderTypeList {
    const NAME: &'static str = "getFolderTypeList";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFolderTypeList";
    const RESPONSE_NAME: &'static str = "getFolderTypeListResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFolderTypeListResponse;
}
impl ttsoap::operation::CookieOperation for GetFolderTypeList {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addFolder` request. Creates a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
impl ttsoap::Message for AddFolder {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_folder.encode("pFolder", &ti::C_FOLDER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pFolder" => self.p_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddFolderResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddFolderResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddFolder {
    const NAME: &'static str = "addFolder";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addFolder";
    const RESPONSE_NAME: &'static str = "addFolderResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddFolderResponse;
}
impl ttsoap::operation::CookieOperation for AddFolder {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editFolder` request. Retrieves a folder for editing. The saveFolder request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `folderPath`.
    pub folder_path: String,
}
impl ttsoap::Message for EditFolder {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.folder_path.encode("folderPath", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"folderPath" => self.folder_path = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderResponse {
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
impl ttsoap::Message for EditFolderResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_folder.encode("pFolder", &ti::C_FOLDER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pFolder" => self.p_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditFolder {
    const NAME: &'static str = "editFolder";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editFolder";
    const RESPONSE_NAME: &'static str = "editFolderResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditFolderResponse;
}
impl ttsoap::operation::CookieOperation for EditFolder {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editFolderByRecordID` request. Retrieves a folder for editing based on record ID. The saveFolder request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
impl ttsoap::Message for EditFolderByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.public_folder.encode("publicFolder", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"publicFolder" => self.public_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderByRecordIDResponse {
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
impl ttsoap::Message for EditFolderByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_folder.encode("pFolder", &ti::C_FOLDER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pFolder" => self.p_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditFolderByRecordID {
    const NAME: &'static str = "editFolderByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editFolderByRecordID";
    const RESPONSE_NAME: &'static str = "editFolderByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditFolderByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditFolderByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveFolder` request. Saves changes made to a folder. NOTES: If you set the path, parentid, and the ispublic flag, they must all be consistent. If you set only the path, you can pass back the original parentid and ispublic flag and they will be updated automatically. Similarly, if you set the parentid and the ispublic flag you can pass back the original path (or none at all) and it will be updated. If you set only the parentid, the ispublic flag and the owner of the new parent folder (if private) must be the same as the old parent folder. If the folder name changes, the path must also change. The path must always end with the folder name and no trailing path separator character. Changing only ispublic or only name results in an error.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
impl ttsoap::Message for SaveFolder {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_folder.encode("pFolder", &ti::C_FOLDER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pFolder" => self.p_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveFolderResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveFolderResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveFolder {
    const NAME: &'static str = "saveFolder";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveFolder";
    const RESPONSE_NAME: &'static str = "saveFolderResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveFolderResponse;
}
impl ttsoap::operation::CookieOperation for SaveFolder {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveFolder` request. Discards changes made to a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveFolder {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveFolderResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveFolderResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveFolder {
    const NAME: &'static str = "cancelSaveFolder";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveFolder";
    const RESPONSE_NAME: &'static str = "cancelSaveFolderResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveFolderResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveFolder {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getFolder` request. Returns a list of folders.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolder {
    pub cookie: ttsoap::Cookie,
    pub path: String,
}
impl ttsoap::Message for GetFolder {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.path.encode("path", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"path" => self.path = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderResponse {
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
impl ttsoap::Message for GetFolderResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_folder.encode("pFolder", &ti::C_FOLDER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pFolder" => self.p_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFolder {
    const NAME: &'static str = "getFolder";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFolder";
    const RESPONSE_NAME: &'static str = "getFolderResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFolderResponse;
}
impl ttsoap::operation::CookieOperation for GetFolder {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getFolderByRecordID` request. Returns a folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
impl ttsoap::Message for GetFolderByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.public_folder.encode("publicFolder", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"publicFolder" => self.public_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderByRecordIDResponse {
    /// Part `pFolder`.
    pub p_folder: super::types::CFolder,
}
impl ttsoap::Message for GetFolderByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_folder.encode("pFolder", &ti::C_FOLDER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pFolder" => self.p_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFolderByRecordID {
    const NAME: &'static str = "getFolderByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFolderByRecordID";
    const RESPONSE_NAME: &'static str = "getFolderByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFolderByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetFolderByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `deleteFolder` request. Deletes a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFolder {
    pub cookie: ttsoap::Cookie,
    /// Part `folderPath`.
    pub folder_path: String,
}
impl ttsoap::Message for DeleteFolder {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.folder_path.encode("folderPath", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"folderPath" => self.folder_path = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteFolder` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFolderResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteFolderResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteFolder {
    const NAME: &'static str = "deleteFolder";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteFolder";
    const RESPONSE_NAME: &'static str = "deleteFolderResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteFolderResponse;
}
impl ttsoap::operation::CookieOperation for DeleteFolder {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteFolderByRecordID` request. Deletes a folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
impl ttsoap::Message for DeleteFolderByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.public_folder.encode("publicFolder", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"publicFolder" => self.public_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFolderByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteFolderByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteFolderByRecordID {
    const NAME: &'static str = "deleteFolderByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteFolderByRecordID";
    const RESPONSE_NAME: &'static str = "deleteFolderByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteFolderByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteFolderByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for AddEntityToFolderByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.public_folder.encode("publicFolder", &ti::XSD_BOOLEAN, w);
        self.entity_record_id.encode("entityRecordID", &ti::XSD_LONG, w);
        self.entity_table_name.encode("entityTableName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"publicFolder" => self.public_folder = r.decode(child)?,
            b"entityRecordID" => self.entity_record_id = r.decode(child)?,
            b"entityTableName" => self.entity_table_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addEntityToFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddEntityToFolderByRecordIDResponse {
    /// Part `itemRecordID`.
    pub item_record_id: i32,
}
impl ttsoap::Message for AddEntityToFolderByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.item_record_id.encode("itemRecordID", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"itemRecordID" => self.item_record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddEntityToFolderByRecordID {
    const NAME: &'static str = "addEntityToFolderByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addEntityToFolderByRecordID";
    const RESPONSE_NAME: &'static str = "addEntityToFolderByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddEntityToFolderByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for AddEntityToFolderByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for RemoveEntityFromFolderByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.public_folder.encode("publicFolder", &ti::XSD_BOOLEAN, w);
        self.entity.encode("entity", &ti::C_FOLDER_ITEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"publicFolder" => self.public_folder = r.decode(child)?,
            b"entity" => self.entity = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `removeEntityFromFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemoveEntityFromFolderByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for RemoveEntityFromFolderByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for RemoveEntityFromFolderByRecordID {
    const NAME: &'static str = "removeEntityFromFolderByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#removeEntityFromFolderByRecordID";
    const RESPONSE_NAME: &'static str = "removeEntityFromFolderByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = RemoveEntityFromFolderByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for RemoveEntityFromFolderByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getEntityListForFolderByRecordID` request. Returns a list of TestTrack items in a folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEntityListForFolderByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
impl ttsoap::Message for GetEntityListForFolderByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.public_folder.encode("publicFolder", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"publicFolder" => self.public_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getEntityListForFolderByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEntityListForFolderByRecordIDResponse {
    /// Part `pEntityList`.
    pub p_entity_list: Vec<super::types::CFolderItem>,
}
impl ttsoap::Message for GetEntityListForFolderByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_entity_list.encode("pEntityList", &ti::ARRAY_OF_C_FOLDER_ITEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pEntityList" => self.p_entity_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetEntityListForFolderByRecordID {
    const NAME: &'static str = "getEntityListForFolderByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getEntityListForFolderByRecordID";
    const RESPONSE_NAME: &'static str = "getEntityListForFolderByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetEntityListForFolderByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetEntityListForFolderByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getFolderListForEntityByRecordID` request. Returns a list of folders a specified item is in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderListForEntityByRecordID {
    pub cookie: ttsoap::Cookie,
    pub tablename: String,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for GetFolderListForEntityByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tablename.encode("tablename", &ti::XSD_STRING, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"tablename" => self.tablename = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFolderListForEntityByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderListForEntityByRecordIDResponse {
    /// Part `pFolderList`.
    pub p_folder_list: Vec<super::types::CFolder>,
}
impl ttsoap::Message for GetFolderListForEntityByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_folder_list.encode("pFolderList", &ti::ARRAY_OF_C_FOLDER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pFolderList" => self.p_folder_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFolderListForEntityByRecordID {
    const NAME: &'static str = "getFolderListForEntityByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFolderListForEntityByRecordID";
    const RESPONSE_NAME: &'static str = "getFolderListForEntityByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFolderListForEntityByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetFolderListForEntityByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getFolderPathSeparator` request. Returns the folder separator character, which is '/'.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderPathSeparator {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetFolderPathSeparator {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFolderPathSeparator` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderPathSeparatorResponse {
    pub separator: i8,
}
impl ttsoap::Message for GetFolderPathSeparatorResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.separator.encode("separator", &ti::XSD_BYTE, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"separator" => self.separator = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFolderPathSeparator {
    const NAME: &'static str = "getFolderPathSeparator";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFolderPathSeparator";
    const RESPONSE_NAME: &'static str = "getFolderPathSeparatorResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFolderPathSeparatorResponse;
}
impl ttsoap::operation::CookieOperation for GetFolderPathSeparator {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getRootPublicFolderPath` request. Returns a public folder path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRootPublicFolderPath {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetRootPublicFolderPath {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRootPublicFolderPath` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRootPublicFolderPathResponse {
    /// Part `strPublicPath`.
    pub str_public_path: String,
}
impl ttsoap::Message for GetRootPublicFolderPathResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.str_public_path.encode("strPublicPath", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"strPublicPath" => self.str_public_path = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRootPublicFolderPath {
    const NAME: &'static str = "getRootPublicFolderPath";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRootPublicFolderPath";
    const RESPONSE_NAME: &'static str = "getRootPublicFolderPathResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRootPublicFolderPathResponse;
}
impl ttsoap::operation::CookieOperation for GetRootPublicFolderPath {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getRootPrivateFolderPath` request. Returns a private folder path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRootPrivateFolderPath {
    pub cookie: ttsoap::Cookie,
}
impl ttsoap::Message for GetRootPrivateFolderPath {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRootPrivateFolderPath` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRootPrivateFolderPathResponse {
    /// Part `strPrivatePath`.
    pub str_private_path: String,
}
impl ttsoap::Message for GetRootPrivateFolderPathResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.str_private_path.encode("strPrivatePath", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"strPrivatePath" => self.str_private_path = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRootPrivateFolderPath {
    const NAME: &'static str = "getRootPrivateFolderPath";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRootPrivateFolderPath";
    const RESPONSE_NAME: &'static str = "getRootPrivateFolderPathResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRootPrivateFolderPathResponse;
}
impl ttsoap::operation::CookieOperation for GetRootPrivateFolderPath {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `editFolderItemRank` request. Retrieves a folder for item ranking.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderItemRank {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `publicFolder`.
    pub public_folder: bool,
}
impl ttsoap::Message for EditFolderItemRank {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.public_folder.encode("publicFolder", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"publicFolder" => self.public_folder = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editFolderItemRank` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditFolderItemRankResponse {
    /// Part `pEntityList`.
    pub p_entity_list: Vec<super::types::CFolderItem>,
}
impl ttsoap::Message for EditFolderItemRankResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_entity_list.encode("pEntityList", &ti::ARRAY_OF_C_FOLDER_ITEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pEntityList" => self.p_entity_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditFolderItemRank {
    const NAME: &'static str = "editFolderItemRank";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editFolderItemRank";
    const RESPONSE_NAME: &'static str = "editFolderItemRankResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditFolderItemRankResponse;
}
impl ttsoap::operation::CookieOperation for EditFolderItemRank {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for SaveFolderItemRank {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.public_folder.encode("publicFolder", &ti::XSD_BOOLEAN, w);
        self.folder_item_list.encode("folderItemList", &ti::ARRAY_OF_C_FOLDER_ITEM, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"publicFolder" => self.public_folder = r.decode(child)?,
            b"folderItemList" => self.folder_item_list = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveFolderItemRank` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveFolderItemRankResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveFolderItemRankResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveFolderItemRank {
    const NAME: &'static str = "saveFolderItemRank";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveFolderItemRank";
    const RESPONSE_NAME: &'static str = "saveFolderItemRankResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveFolderItemRankResponse;
}
impl ttsoap::operation::CookieOperation for SaveFolderItemRank {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveFolderItemRank` request. Discards changes made to item rank in a folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveFolderItemRank {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveFolderItemRank {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveFolderItemRank` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveFolderItemRankResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveFolderItemRankResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveFolderItemRank {
    const NAME: &'static str = "cancelSaveFolderItemRank";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveFolderItemRank";
    const RESPONSE_NAME: &'static str = "cancelSaveFolderItemRankResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveFolderItemRankResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveFolderItemRank {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for GetRequirement {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.requirement_number.encode("requirementNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"requirementNumber" => self.requirement_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementResponse {
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
impl ttsoap::Message for GetRequirementResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_requirement.encode("pRequirement", &ti::C_REQUIREMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pRequirement" => self.p_requirement = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRequirement {
    const NAME: &'static str = "getRequirement";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRequirement";
    const RESPONSE_NAME: &'static str = "getRequirementResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRequirementResponse;
}
impl ttsoap::operation::CookieOperation for GetRequirement {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getRequirementByRecordID` request. Returns a requirement based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for GetRequirementByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRequirementByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementByRecordIDResponse {
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
impl ttsoap::Message for GetRequirementByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_requirement.encode("pRequirement", &ti::C_REQUIREMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pRequirement" => self.p_requirement = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRequirementByRecordID {
    const NAME: &'static str = "getRequirementByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRequirementByRecordID";
    const RESPONSE_NAME: &'static str = "getRequirementByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRequirementByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetRequirementByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addRequirement` request. Creates a requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
impl ttsoap::Message for AddRequirement {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_requirement.encode("pRequirement", &ti::C_REQUIREMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pRequirement" => self.p_requirement = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddRequirementResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddRequirementResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddRequirement {
    const NAME: &'static str = "addRequirement";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addRequirement";
    const RESPONSE_NAME: &'static str = "addRequirementResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddRequirementResponse;
}
impl ttsoap::operation::CookieOperation for AddRequirement {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteRequirement` request. Deletes a requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementNumber`.
    pub requirement_number: i64,
    pub summary: String,
}
impl ttsoap::Message for DeleteRequirement {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.requirement_number.encode("requirementNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"requirementNumber" => self.requirement_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteRequirementResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteRequirement {
    const NAME: &'static str = "deleteRequirement";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteRequirement";
    const RESPONSE_NAME: &'static str = "deleteRequirementResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteRequirementResponse;
}
impl ttsoap::operation::CookieOperation for DeleteRequirement {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteRequirementByRecordID` request. Deletes a requirement based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for DeleteRequirementByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteRequirementByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteRequirementByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteRequirementByRecordID {
    const NAME: &'static str = "deleteRequirementByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteRequirementByRecordID";
    const RESPONSE_NAME: &'static str = "deleteRequirementByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteRequirementByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteRequirementByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for EditRequirement {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.requirement_number.encode("requirementNumber", &ti::XSD_LONG, w);
        self.summary.encode("summary", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"requirementNumber" => self.requirement_number = r.decode(child)?,
            b"summary" => self.summary = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementResponse {
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
impl ttsoap::Message for EditRequirementResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_requirement.encode("pRequirement", &ti::C_REQUIREMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pRequirement" => self.p_requirement = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditRequirement {
    const NAME: &'static str = "editRequirement";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editRequirement";
    const RESPONSE_NAME: &'static str = "editRequirementResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditRequirementResponse;
}
impl ttsoap::operation::CookieOperation for EditRequirement {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editRequirementByRecordID` request. Retrieves a requirement for editing based on record ID. The saveRequirement request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for EditRequirementByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editRequirementByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementByRecordIDResponse {
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
impl ttsoap::Message for EditRequirementByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_requirement.encode("pRequirement", &ti::C_REQUIREMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pRequirement" => self.p_requirement = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditRequirementByRecordID {
    const NAME: &'static str = "editRequirementByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editRequirementByRecordID";
    const RESPONSE_NAME: &'static str = "editRequirementByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditRequirementByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditRequirementByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveRequirement` request. Saves changes made to a requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `pRequirement`.
    pub p_requirement: super::types::CRequirement,
}
impl ttsoap::Message for SaveRequirement {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_requirement.encode("pRequirement", &ti::C_REQUIREMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pRequirement" => self.p_requirement = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveRequirementResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveRequirementResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveRequirement {
    const NAME: &'static str = "saveRequirement";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveRequirement";
    const RESPONSE_NAME: &'static str = "saveRequirementResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveRequirementResponse;
}
impl ttsoap::operation::CookieOperation for SaveRequirement {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveRequirement` request. Discards changes made to a requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveRequirement {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveRequirementResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveRequirementResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveRequirement {
    const NAME: &'static str = "cancelSaveRequirement";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveRequirement";
    const RESPONSE_NAME: &'static str = "cancelSaveRequirementResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveRequirementResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveRequirement {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for AppendToRequirementDocument {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.requirement_id.encode("requirementID", &ti::XSD_LONG, w);
        self.document_id.encode("documentID", &ti::XSD_LONG, w);
        self.parent_requirement_id.encode("parentRequirementID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"requirementID" => self.requirement_id = r.decode(child)?,
            b"documentID" => self.document_id = r.decode(child)?,
            b"parentRequirementID" => self.parent_requirement_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `appendToRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppendToRequirementDocumentResponse {
    pub result: i32,
}
impl ttsoap::Message for AppendToRequirementDocumentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AppendToRequirementDocument {
    const NAME: &'static str = "appendToRequirementDocument";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#appendToRequirementDocument";
    const RESPONSE_NAME: &'static str = "appendToRequirementDocumentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AppendToRequirementDocumentResponse;
}
impl ttsoap::operation::CookieOperation for AppendToRequirementDocument {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getDocumentIDsForRequirement` request. Returns a list of requirement document IDs for a specified requirement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocumentIDsForRequirement {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementID`.
    pub requirement_id: i64,
}
impl ttsoap::Message for GetDocumentIDsForRequirement {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.requirement_id.encode("requirementID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"requirementID" => self.requirement_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDocumentIDsForRequirement` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocumentIDsForRequirementResponse {
    /// Part `recordIDs`.
    pub record_ids: Vec<i64>,
}
impl ttsoap::Message for GetDocumentIDsForRequirementResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_ids.encode("recordIDs", &ti::ARRAY_OFLONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordIDs" => self.record_ids = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDocumentIDsForRequirement {
    const NAME: &'static str = "getDocumentIDsForRequirement";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDocumentIDsForRequirement";
    const RESPONSE_NAME: &'static str = "getDocumentIDsForRequirementResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDocumentIDsForRequirementResponse;
}
impl ttsoap::operation::CookieOperation for GetDocumentIDsForRequirement {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `changeRequirementType` request. Changes the requirement type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeRequirementType {
    pub cookie: ttsoap::Cookie,
    /// Part `requirementID`.
    pub requirement_id: i64,
    /// Part `newTypeName`.
    pub new_type_name: String,
}
impl ttsoap::Message for ChangeRequirementType {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.requirement_id.encode("requirementID", &ti::XSD_LONG, w);
        self.new_type_name.encode("newTypeName", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"requirementID" => self.requirement_id = r.decode(child)?,
            b"newTypeName" => self.new_type_name = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `changeRequirementType` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeRequirementTypeResponse {
    pub result: i32,
}
impl ttsoap::Message for ChangeRequirementTypeResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for ChangeRequirementType {
    const NAME: &'static str = "changeRequirementType";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#changeRequirementType";
    const RESPONSE_NAME: &'static str = "changeRequirementTypeResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = ChangeRequirementTypeResponse;
}
impl ttsoap::operation::CookieOperation for ChangeRequirementType {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for GetRequirementDocument {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.document_number.encode("documentNumber", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"documentNumber" => self.document_number = r.decode(child)?,
            b"name" => self.name = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementDocumentResponse {
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
impl ttsoap::Message for GetRequirementDocumentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_requirement_document
            .encode("pRequirementDocument", &ti::C_REQUIREMENT_DOCUMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pRequirementDocument" => self.p_requirement_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRequirementDocument {
    const NAME: &'static str = "getRequirementDocument";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRequirementDocument";
    const RESPONSE_NAME: &'static str = "getRequirementDocumentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRequirementDocumentResponse;
}
impl ttsoap::operation::CookieOperation for GetRequirementDocument {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getRequirementDocumentByRecordID` request. Returns a list of requirement documents by record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementDocumentByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for GetRequirementDocumentByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRequirementDocumentByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementDocumentByRecordIDResponse {
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
impl ttsoap::Message for GetRequirementDocumentByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_requirement_document
            .encode("pRequirementDocument", &ti::C_REQUIREMENT_DOCUMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pRequirementDocument" => self.p_requirement_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRequirementDocumentByRecordID {
    const NAME: &'static str = "getRequirementDocumentByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRequirementDocumentByRecordID";
    const RESPONSE_NAME: &'static str = "getRequirementDocumentByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRequirementDocumentByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetRequirementDocumentByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `addRequirementDocument` request. Creates a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
impl ttsoap::Message for AddRequirementDocument {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_requirement_document
            .encode("pRequirementDocument", &ti::C_REQUIREMENT_DOCUMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pRequirementDocument" => self.p_requirement_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `addRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddRequirementDocumentResponse {
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for AddRequirementDocumentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for AddRequirementDocument {
    const NAME: &'static str = "addRequirementDocument";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#addRequirementDocument";
    const RESPONSE_NAME: &'static str = "addRequirementDocumentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = AddRequirementDocumentResponse;
}
impl ttsoap::operation::CookieOperation for AddRequirementDocument {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for DeleteRequirementDocument {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.document_number.encode("documentNumber", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.b_delete_associated_requirements
            .encode("bDeleteAssociatedRequirements", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"documentNumber" => self.document_number = r.decode(child)?,
            b"name" => self.name = r.decode(child)?,
            b"bDeleteAssociatedRequirements" => {
                self.b_delete_associated_requirements = r.decode(child)?;
            }
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementDocumentResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteRequirementDocumentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteRequirementDocument {
    const NAME: &'static str = "deleteRequirementDocument";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteRequirementDocument";
    const RESPONSE_NAME: &'static str = "deleteRequirementDocumentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteRequirementDocumentResponse;
}
impl ttsoap::operation::CookieOperation for DeleteRequirementDocument {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `deleteRequirementDocumentByRecordID` request. Service definition of function ttns__deleteRequirementDocumentByRecordID
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementDocumentByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDeleteAssociatedRequirements`.
    pub b_delete_associated_requirements: bool,
}
impl ttsoap::Message for DeleteRequirementDocumentByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_delete_associated_requirements
            .encode("bDeleteAssociatedRequirements", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDeleteAssociatedRequirements" => {
                self.b_delete_associated_requirements = r.decode(child)?;
            }
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `deleteRequirementDocumentByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequirementDocumentByRecordIDResponse {
    pub result: i32,
}
impl ttsoap::Message for DeleteRequirementDocumentByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for DeleteRequirementDocumentByRecordID {
    const NAME: &'static str = "deleteRequirementDocumentByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#deleteRequirementDocumentByRecordID";
    const RESPONSE_NAME: &'static str = "deleteRequirementDocumentByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = DeleteRequirementDocumentByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for DeleteRequirementDocumentByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
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
impl ttsoap::Message for EditRequirementDocument {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.document_number.encode("documentNumber", &ti::XSD_LONG, w);
        self.name.encode("name", &ti::XSD_STRING, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"documentNumber" => self.document_number = r.decode(child)?,
            b"name" => self.name = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementDocumentResponse {
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
impl ttsoap::Message for EditRequirementDocumentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_requirement_document
            .encode("pRequirementDocument", &ti::C_REQUIREMENT_DOCUMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pRequirementDocument" => self.p_requirement_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditRequirementDocument {
    const NAME: &'static str = "editRequirementDocument";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editRequirementDocument";
    const RESPONSE_NAME: &'static str = "editRequirementDocumentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditRequirementDocumentResponse;
}
impl ttsoap::operation::CookieOperation for EditRequirementDocument {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `editRequirementDocumentByRecordID` request. Retrieves a requirement document for editing based on record ID. The saveRequirementDocument request must be called and passed the changed objects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementDocumentByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
    /// Part `bDownloadAttachments`.
    pub b_download_attachments: bool,
}
impl ttsoap::Message for EditRequirementDocumentByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
        self.b_download_attachments.encode("bDownloadAttachments", &ti::XSD_BOOLEAN, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            b"bDownloadAttachments" => self.b_download_attachments = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `editRequirementDocumentByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditRequirementDocumentByRecordIDResponse {
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
impl ttsoap::Message for EditRequirementDocumentByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.p_requirement_document
            .encode("pRequirementDocument", &ti::C_REQUIREMENT_DOCUMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"pRequirementDocument" => self.p_requirement_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for EditRequirementDocumentByRecordID {
    const NAME: &'static str = "editRequirementDocumentByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#editRequirementDocumentByRecordID";
    const RESPONSE_NAME: &'static str = "editRequirementDocumentByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = EditRequirementDocumentByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for EditRequirementDocumentByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `saveRequirementDocument` request. Saves changes made to a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `pRequirementDocument`.
    pub p_requirement_document: super::types::CRequirementDocument,
}
impl ttsoap::Message for SaveRequirementDocument {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.p_requirement_document
            .encode("pRequirementDocument", &ti::C_REQUIREMENT_DOCUMENT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"pRequirementDocument" => self.p_requirement_document = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `saveRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveRequirementDocumentResponse {
    pub result: i32,
}
impl ttsoap::Message for SaveRequirementDocumentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for SaveRequirementDocument {
    const NAME: &'static str = "saveRequirementDocument";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#saveRequirementDocument";
    const RESPONSE_NAME: &'static str = "saveRequirementDocumentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = SaveRequirementDocumentResponse;
}
impl ttsoap::operation::CookieOperation for SaveRequirementDocument {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `cancelSaveRequirementDocument` request. Discards changes made to a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveRequirementDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `recordID`.
    pub record_id: i64,
}
impl ttsoap::Message for CancelSaveRequirementDocument {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.record_id.encode("recordID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"recordID" => self.record_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `cancelSaveRequirementDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelSaveRequirementDocumentResponse {
    pub result: i32,
}
impl ttsoap::Message for CancelSaveRequirementDocumentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CancelSaveRequirementDocument {
    const NAME: &'static str = "cancelSaveRequirementDocument";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#cancelSaveRequirementDocument";
    const RESPONSE_NAME: &'static str = "cancelSaveRequirementDocumentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CancelSaveRequirementDocumentResponse;
}
impl ttsoap::operation::CookieOperation for CancelSaveRequirementDocument {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `createSnapshot` request. Creates a requirement document snapshot.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateSnapshot {
    pub cookie: ttsoap::Cookie,
    /// Part `documentID`.
    pub document_id: i64,
    pub snapshot: super::types::CSnapshotInfo,
}
impl ttsoap::Message for CreateSnapshot {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.document_id.encode("documentID", &ti::XSD_LONG, w);
        self.snapshot.encode("snapshot", &ti::C_SNAPSHOT_INFO, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"documentID" => self.document_id = r.decode(child)?,
            b"snapshot" => self.snapshot = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `createSnapshot` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateSnapshotResponse {
    pub result: i32,
}
impl ttsoap::Message for CreateSnapshotResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.result.encode("result", &ti::XSD_INT, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"result" => self.result = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for CreateSnapshot {
    const NAME: &'static str = "createSnapshot";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#createSnapshot";
    const RESPONSE_NAME: &'static str = "createSnapshotResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = CreateSnapshotResponse;
}
impl ttsoap::operation::CookieOperation for CreateSnapshot {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = false;
}
/// `getRequirementIDsForDocument` request. Returns a list of requirement IDs for the requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementIDsForDocument {
    pub cookie: ttsoap::Cookie,
    /// Part `documentID`.
    pub document_id: i64,
}
impl ttsoap::Message for GetRequirementIDsForDocument {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.document_id.encode("documentID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"documentID" => self.document_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getRequirementIDsForDocument` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRequirementIDsForDocumentResponse {
    /// Part `recordIDs`.
    pub record_ids: Vec<i64>,
}
impl ttsoap::Message for GetRequirementIDsForDocumentResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.record_ids.encode("recordIDs", &ti::ARRAY_OFLONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"recordIDs" => self.record_ids = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetRequirementIDsForDocument {
    const NAME: &'static str = "getRequirementIDsForDocument";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getRequirementIDsForDocument";
    const RESPONSE_NAME: &'static str = "getRequirementIDsForDocumentResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetRequirementIDsForDocumentResponse;
}
impl ttsoap::operation::CookieOperation for GetRequirementIDsForDocument {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getDocumentTree` request. Returns the requirement hierarchy from a requirement document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocumentTree {
    pub cookie: ttsoap::Cookie,
    /// Part `documentID`.
    pub document_id: i64,
}
impl ttsoap::Message for GetDocumentTree {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.document_id.encode("documentID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"documentID" => self.document_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getDocumentTree` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDocumentTreeResponse {
    /// Part `docTreeRootNode`.
    pub doc_tree_root_node: super::types::AnyCTreeNodeSoap,
}
impl ttsoap::Message for GetDocumentTreeResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.doc_tree_root_node.encode("docTreeRootNode", &ti::C_TREE_NODE_SOAP, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"docTreeRootNode" => self.doc_tree_root_node = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetDocumentTree {
    const NAME: &'static str = "getDocumentTree";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getDocumentTree";
    const RESPONSE_NAME: &'static str = "getDocumentTreeResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetDocumentTreeResponse;
}
impl ttsoap::operation::CookieOperation for GetDocumentTree {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getFolderTreeByRecordID` request. Returns the public or private folder hierarchy starting at a specified folder based on record ID.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTreeByRecordID {
    pub cookie: ttsoap::Cookie,
    /// Part `treeRootFolderID`.
    pub tree_root_folder_id: i64,
}
impl ttsoap::Message for GetFolderTreeByRecordID {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tree_root_folder_id.encode("treeRootFolderID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"treeRootFolderID" => self.tree_root_folder_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFolderTreeByRecordID` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTreeByRecordIDResponse {
    /// Part `folderTreeRoot`.
    pub folder_tree_root: super::types::AnyCTreeNodeSoap,
}
impl ttsoap::Message for GetFolderTreeByRecordIDResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.folder_tree_root.encode("folderTreeRoot", &ti::C_TREE_NODE_SOAP, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"folderTreeRoot" => self.folder_tree_root = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFolderTreeByRecordID {
    const NAME: &'static str = "getFolderTreeByRecordID";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFolderTreeByRecordID";
    const RESPONSE_NAME: &'static str = "getFolderTreeByRecordIDResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFolderTreeByRecordIDResponse;
}
impl ttsoap::operation::CookieOperation for GetFolderTreeByRecordID {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getFolderTree` request. Returns the public or private folder hierarchy starting at a specified folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTree {
    pub cookie: ttsoap::Cookie,
    /// Part `treeRootFolderPath`.
    pub tree_root_folder_path: String,
}
impl ttsoap::Message for GetFolderTree {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.tree_root_folder_path.encode("treeRootFolderPath", &ti::XSD_STRING, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"treeRootFolderPath" => self.tree_root_folder_path = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getFolderTree` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFolderTreeResponse {
    /// Part `folderTreeRoot`.
    pub folder_tree_root: super::types::AnyCTreeNodeSoap,
}
impl ttsoap::Message for GetFolderTreeResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.folder_tree_root.encode("folderTreeRoot", &ti::C_TREE_NODE_SOAP, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"folderTreeRoot" => self.folder_tree_root = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetFolderTree {
    const NAME: &'static str = "getFolderTree";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getFolderTree";
    const RESPONSE_NAME: &'static str = "getFolderTreeResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetFolderTreeResponse;
}
impl ttsoap::operation::CookieOperation for GetFolderTree {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
/// `getItemHyperlinks` request. Returns ttstudio and http hyperlinks for a specified item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetItemHyperlinks {
    pub cookie: ttsoap::Cookie,
    /// Part `itemType`.
    pub item_type: String,
    /// Part `itemID`.
    pub item_id: i64,
}
impl ttsoap::Message for GetItemHyperlinks {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.cookie.encode("cookie", &ti::XSD_LONG, w);
        self.item_type.encode("itemType", &ti::XSD_STRING, w);
        self.item_id.encode("itemID", &ti::XSD_LONG, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"cookie" => self.cookie = r.decode(child)?,
            b"itemType" => self.item_type = r.decode(child)?,
            b"itemID" => self.item_id = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
/// `getItemHyperlinks` response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetItemHyperlinksResponse {
    pub hyperlinks: super::types::CItemHyperlinkContainer,
}
impl ttsoap::Message for GetItemHyperlinksResponse {
    fn write_parts(&self, w: &mut ttsoap::xml::XmlWriter) {
        self.hyperlinks.encode("hyperlinks", &ti::C_ITEM_HYPERLINK_CONTAINER, w);
    }
    fn read_part<'a>(
        &mut self,
        r: &mut ttsoap::xml::XmlReader<'a>,
        child: ttsoap::xml::Elem<'a>,
    ) -> Result<(), ttsoap::DecodeError> {
        match child.local_name() {
            b"hyperlinks" => self.hyperlinks = r.decode(child)?,
            _ => r.unknown(&child)?,
        }
        Ok(())
    }
}
impl ttsoap::Operation for GetItemHyperlinks {
    const NAME: &'static str = "getItemHyperlinks";
    const NAMESPACE: &'static str = "urn:testtrack-interface";
    const SOAP_ACTION: &'static str = "urn:testtrack-interface#getItemHyperlinks";
    const RESPONSE_NAME: &'static str = "getItemHyperlinksResponse";
    const STYLE: ttsoap::Style = ttsoap::Style::Rpc;
    const ENCODED: bool = true;
    const NAMESPACES: &'static [(&'static str, &'static str)] = super::NAMESPACES;
    type Response = GetItemHyperlinksResponse;
}
impl ttsoap::operation::CookieOperation for GetItemHyperlinks {
    fn set_cookie(&mut self, cookie: ttsoap::Cookie) {
        self.cookie = cookie;
    }
    const READ_ONLY: bool = true;
}
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
