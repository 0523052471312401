//! `impl testtrack::server::Service for EmulatorState`: one line per WSDL operation; the work is in one
//! module per area.

use testtrack::ops::*;
use testtrack::server::Service;
use testtrack::types::{
    AnyCItemToTrack, AnyCTreeNodeSoap, CDatabase, CDatabaseTable, CDefect, CDocumentTreeNode, CFieldValue,
    CFileAttachment, CFilter, CGlobalUser, CLink, CLinkedItem, CProject, CProjectDataOption, CReportedByRecord,
    CSnapshotInfo, CTTVersionInfo, CTableColumn, CTableField, CTestRun, CUser,
};
use ttsoap::{Cookie, Fault, Operation};

use super::common::{as_event, days_date, find_attachment, or_empty};
use super::entities::{
    Customers, Defects, Links, RequirementDocuments, Requirements, Tasks, TestCases, TestConfigs, TestRuns, Users,
};
use super::folders::{self, Folders};
use super::{add, cancel, delete, edit, find, get, lock, meta, save, CallContext, EmulatorState, Key, Kind};
use crate::clock;
use crate::faults::{self, codes};
use crate::sessions::SessionError;
use crate::tables::Table;
use crate::world::{display_name, DocMember, World};

mod defects;
mod folder_ops;
mod lists;
mod requirements;
mod session;
mod test_runs;

/// The operations the emulator answers with "not supported" (detail 9001), in WSDL order.
pub const NOT_SUPPORTED: &[&str] = &[
    "getReportRunResultsByName",
    "getReportRunResultsByRecordID",
    "getDocForExportTemplate",
    "getDocForExportTemplateReqDoc",
    "getDocForExportTemplateFolder",
    "getUserLicenseList",
    "promoteUser",
    "addGlobalUser",
    "promoteCustomer",
    "addGlobalCustomer",
    "getTestVariantTypes",
    "getItemHyperlinks",
];

/// Operations that exist only in the 2017 interface (and `getUserForCurrentSession`, 2015+):
/// the 2013 profile answers them as unknown methods.
pub const NEWER_THAN_2013: &[&str] = &[
    "getRecordListForTableWithQuery",
    "getTTVersionInfo",
    "getDocForExportTemplate",
    "getDocForExportTemplateReqDoc",
    "getDocForExportTemplateFolder",
    "getUserForCurrentSession",
];

fn bad_login() -> Fault {
    faults::fault(codes::NOT_ALLOWED, "Invalid username or password.")
}

/// Checks credentials; returns the user's record id.
fn authenticate(w: &World, user: &str, password: &str) -> Result<i64, Fault> {
    if user.trim().is_empty() {
        return Err(faults::missing_parameter("username"));
    }
    let u = w.user_by_login(user).ok_or_else(bad_login)?;
    let auth = w.auth.get(&u.recordid).ok_or_else(bad_login)?;
    if auth.password != password {
        return Err(bad_login());
    }
    if !u.isactive.unwrap_or(true) {
        return Err(faults::fault(codes::INACTIVE_USER, "The user account is inactive."));
    }
    if !auth.soap {
        return Err(faults::fault(
            codes::NOT_ALLOWED,
            "You do not have the 'Allow Login Via SOAP' security right for this project.",
        ));
    }
    Ok(u.recordid)
}

fn may_open(w: &World, user: i64, project: usize) -> bool {
    match w.auth.get(&user).and_then(|a| a.projects.as_ref()) {
        None => true,
        Some(list) => list.iter().any(|p| p.eq_ignore_ascii_case(&w.projects[project].name)),
    }
}

fn cproject(w: &World, p: usize) -> CProject {
    let pr = &w.projects[p];
    CProject {
        database: Some(CDatabase { name: Some(pr.name.clone()) }),
        options: pr.options.iter().map(|o| CProjectDataOption { name: Some(o.clone()) }).collect(),
        servernumber: Some(0),
    }
}

impl EmulatorState {
    /// Logs `user` on to `project`; `options` are the data options `ProjectLogon` asked for
    /// (`None` for `DatabaseLogon`), each of which the project must have.
    fn logon(&self, project: &str, user: &str, password: &str, options: Option<&[String]>) -> Result<Cookie, Fault> {
        let mut guard = lock(&self.world);
        let w = &mut *guard;
        let uid = authenticate(w, user, password)?;
        let p = w.project_index(project).ok_or_else(|| {
            faults::fault(codes::INVALID_DATABASE, format!("The project '{project}' does not exist."))
        })?;
        if !may_open(w, uid, p) {
            return Err(faults::fault(
                codes::INVALID_DATABASE,
                format!("You do not have access to the project '{project}'."),
            ));
        }
        let offered = &w.projects[p].options;
        if let Some(bad) =
            options.unwrap_or_default().iter().find(|o| !offered.iter().any(|x| x.eq_ignore_ascii_case(o)))
        {
            return Err(faults::invalid_parameter(format!(
                "The data option '{bad}' is not available in the project '{project}'."
            )));
        }
        let now = self.clock.now_millis();
        let (r, dropped) = w.sessions.create(&mut w.rng, now, uid, user, p);
        for c in dropped {
            w.locks.release_all(c);
        }
        match r {
            Ok(c) => Ok(Cookie::new(c)),
            Err(SessionError::TooMany) => Err(faults::fault(
                codes::MAX_SOAP_USERS,
                format!("The maximum number of SOAP users ({}) are logged in.", w.sessions.max_sessions),
            )),
            Err(_) => Err(faults::session_dropped()),
        }
    }
}

fn by_number(n: i64, summary: &str) -> Key {
    Key::Number(n, summary.to_string())
}

fn person(first: &str, mi: &str, last: &str) -> Key {
    Key::Person(first.to_string(), mi.to_string(), last.to_string())
}

/// Saves a user or customer named by (first, middle, last) when the record carries no id.
fn save_person<K: Kind<Record = CUser>>(cx: &mut CallContext<'_>, key: Key, mut u: CUser) -> Result<i32, Fault> {
    if u.recordid == 0 {
        u.recordid = find::<K>(cx, &key)?;
    }
    save::<K>(cx, u)
}

fn link_test_run(cx: &mut CallContext<'_>, run: i64, defect: i64) -> Result<(), Fault> {
    let Some(def) = cx.proj().link_defs.first().cloned() else {
        return Ok(());
    };
    let item = |t: Table, id| CLinkedItem { tablename: Some(t.name().into()), entity_id: id, ..Default::default() };
    let link = CLink {
        link_definition_name: Some(def),
        comment: Some("Defect created from a test run.".into()),
        linkparent: Some(item(Table::TestRun, run)),
        child_list: vec![item(Table::Defect, defect)],
        ..Default::default()
    };
    add::<Links>(cx, link).map(|_| ())
}

fn links_for(cx: &mut CallContext<'_>, table: &str, id: i64) -> Result<Vec<CLink>, Fault> {
    let t = cx.table(table)?;
    cx.proj().describe(t, id).ok_or_else(faults::not_found)?;
    let named = |i: &CLinkedItem| i.tablename.as_deref().and_then(Table::parse) == Some(t) && i.entity_id == id;
    let ids: Vec<i64> = cx
        .proj()
        .links
        .iter()
        .filter(|l| l.linkparent.as_ref().is_some_and(named) || l.child_list.iter().any(named))
        .map(|l| l.recordid)
        .collect();
    ids.into_iter().map(|l| get::<Links>(cx, &Key::Id(l), false)).collect()
}

/// Attachments of a record (all lists), or of one of its events.
fn attachments_of(cx: &CallContext<'_>, t: Table, id: i64, event: i64) -> Result<Vec<CFileAttachment>, Fault> {
    let p = cx.proj();
    let events_of = |evs: &[testtrack::types::AnyCEvent]| -> Vec<CFileAttachment> {
        evs.iter()
            .filter_map(as_event)
            .filter(|e| event == 0 || e.recordid == event)
            .flat_map(|e| e.attachmentlist)
            .collect()
    };
    let mut out = Vec::new();
    match t {
        Table::Defect => {
            let d = p.defects.get(id).ok_or_else(faults::not_found)?;
            if event == 0 {
                for r in &d.reportedbylist {
                    out.extend(r.attachmentlist.iter().cloned());
                    out.extend(r.comments_inline_attach_list.iter().cloned());
                    out.extend(r.repro_steps_inline_attach_list.iter().cloned());
                    out.extend(r.other_hwsw_inline_attach_list.iter().cloned());
                }
                out.extend(d.workaround_inline_attach_list.iter().cloned());
            }
            out.extend(events_of(&d.eventlist));
        }
        Table::TestCase => {
            let d = p.test_cases.get(id).ok_or_else(faults::not_found)?;
            if event == 0 {
                out.extend(d.attachmentlist.iter().cloned());
            }
            out.extend(events_of(&d.eventlist));
        }
        Table::TestRun => {
            let d = p.test_runs.get(id).ok_or_else(faults::not_found)?;
            if event == 0 {
                out.extend(d.attachmentlist.iter().cloned());
            }
            out.extend(events_of(&d.eventlist));
        }
        Table::Requirement => {
            let d = p.requirements.get(id).ok_or_else(faults::not_found)?;
            if event == 0 {
                out.extend(d.attachment_list.iter().cloned());
                out.extend(d.description_inline_attach_list.iter().cloned());
            }
            out.extend(events_of(&d.event_list));
        }
        Table::RequirementDocument => {
            let d = p.req_docs.get(id).ok_or_else(faults::not_found)?;
            if event == 0 {
                out.extend(d.attachment_list.iter().cloned());
                out.extend(d.description_inline_attach_list.iter().cloned());
            }
            out.extend(events_of(&d.event_list));
        }
        Table::Folder => {
            let d = p.folders.get(id).ok_or_else(faults::not_found)?;
            out.extend(d.notes_inline_attach_list.iter().cloned());
        }
        _ => return Err(faults::not_found()),
    }
    Ok(out)
}

fn doc_node(cx: &CallContext<'_>, members: &[DocMember], parent: i64, prefix: &str) -> Vec<AnyCTreeNodeSoap> {
    members
        .iter()
        .filter(|m| m.parent == parent)
        .enumerate()
        .map(|(i, m)| {
            let outline = if prefix.is_empty() { format!("{}", i + 1) } else { format!("{prefix}.{}", i + 1) };
            let r = cx.proj().requirements.get(m.requirement);
            AnyCTreeNodeSoap::CDocumentTreeNode(CDocumentTreeNode {
                entity_table_name: Some(Table::Requirement.name().into()),
                entity_record_id: m.requirement,
                child_list: doc_node(cx, members, m.requirement, &outline),
                summary: r.and_then(|r| r.summary.clone()),
                outline_number: Some(outline),
                tag: r.and_then(|r| r.tag.clone()),
            })
        })
        .collect()
}

fn doc_members(cx: &CallContext<'_>, doc: i64) -> Result<Vec<DocMember>, Fault> {
    cx.proj().req_docs.get(doc).ok_or_else(faults::not_found)?;
    Ok(cx.proj().doc_members.get(&doc).cloned().unwrap_or_default())
}

fn global_list(cx: &CallContext<'_>, customers: bool) -> Result<Vec<CGlobalUser>, Fault> {
    if !cx.world.auth.get(&cx.user_id).is_some_and(|a| a.license_admin) {
        return Err(faults::license_server_clearance());
    }
    Ok(cx
        .world
        .users
        .sorted()
        .into_iter()
        .filter(|u| u.iscustomer.unwrap_or(false) == customers)
        .map(|u| CGlobalUser { loginname: u.loginname.clone(), name: Some(display_name(u)) })
        .collect())
}

/// Writes the `Service` methods, one line per operation:
/// - `session method(Request) |cx, q| body [=> response_field];`: a call with a session cookie,
///   through [`EmulatorState::call`]; with `=> field` the body's value becomes that field of the response;
/// - `open method(Request) |emu, q| body;`: a call without a session (logon, lists of projects);
/// - `unsupported method(Request);`: answered "not supported" (detail 9001).
///
/// Every one of them first runs [`EmulatorState::enter`] (injected faults, the 2013 profile's gate), with
/// the operation's name taken from the generated operation (`Operation::NAME`).
macro_rules! adapters {
    ($($kind:ident $method:ident($op:ident) $(|$a:pat_param, $q:ident| $body:expr $(=> $field:ident)?)?;)*) => {
        $(adapters!(@one $kind $method($op) $(|$a, $q| $body $(=> $field)?)?);)*
    };
    (@one session $method:ident($op:ident) |$cx:pat_param, $q:ident| $body:expr) => {
        fn $method(&self, $q: $op) -> Result<<$op as Operation>::Response, Fault> {
            self.enter::<$op>()?;
            self.call($q.cookie, <$op as Operation>::NAME, |$cx| $body)
        }
    };
    (@one session $method:ident($op:ident) |$cx:pat_param, $q:ident| $body:expr => $field:ident) => {
        fn $method(&self, $q: $op) -> Result<<$op as Operation>::Response, Fault> {
            type Response = <$op as Operation>::Response;
            self.enter::<$op>()?;
            self.call($q.cookie, <$op as Operation>::NAME, |$cx| $body).map(|$field| Response { $field })
        }
    };
    (@one open $method:ident($op:ident) |$emu:pat_param, $q:ident| $body:expr) => {
        fn $method(&self, $q: $op) -> Result<<$op as Operation>::Response, Fault> {
            self.enter::<$op>()?;
            let $emu = self;
            $body
        }
    };
    (@one unsupported $method:ident($op:ident)) => {
        fn $method(&self, _q: $op) -> Result<<$op as Operation>::Response, Fault> {
            self.enter::<$op>()?;
            Err(faults::not_supported(<$op as Operation>::NAME))
        }
    };
}

#[rustfmt::skip]
impl Service for EmulatorState {
    adapters! {
        // Logon, logoff and the session's options.
        open get_database_list(GetDatabaseList) |emu, q| session::get_database_list(emu, q);
        open get_project_list(GetProjectList) |emu, q| session::get_project_list(emu, q);
        open get_project_data_option_list(GetProjectDataOptionList) |emu, q| session::get_project_data_option_list(emu, q);
        open database_logon(DatabaseLogon) |emu, q| session::database_logon(emu, q);
        open project_logon(ProjectLogon) |emu, q| session::project_logon(emu, q);
        session database_logoff(DatabaseLogoff) |cx, q| session::database_logoff(cx, q);
        session formatted_text_support(FormattedTextSupport) |cx, q| session::formatted_text_support(cx, q);
        session get_tt_version_info(GetTTVersionInfo) |cx, q| session::get_tt_version_info(cx, q);
        // Tables, columns, filters, dropdowns, definitions and record lists.
        session get_table_list(GetTableList) |cx, q| lists::get_table_list(cx, q);
        session get_dropdown_field_for_table(GetDropdownFieldForTable) |cx, q| lists::get_dropdown_field_for_table(cx, q);
        session get_dropdown_field_values_for_table(GetDropdownFieldValuesForTable) |cx, q| lists::get_dropdown_field_values_for_table(cx, q);
        session add_dropdown_field_values_for_table(AddDropdownFieldValuesForTable) |cx, q| lists::add_dropdown_field_values_for_table(cx, q);
        session get_link_definition_values(GetLinkDefinitionValues) |cx, _q| Ok(cx.proj().link_defs.iter().map(|d| CFieldValue { value: Some(d.clone()) }).collect(),) => p_value_list;
        session get_columns_for_table(GetColumnsForTable) |cx, q| lists::get_columns_for_table(cx, q);
        session get_filter_list(GetFilterList) |cx, _q| Ok(cx.proj().filters.iter().map(|f| CFilter { name: Some(f.name.clone()) }).collect(),) => p_filter_list;
        session get_filter_list_for_table(GetFilterListForTable) |cx, q| lists::get_filter_list_for_table(cx, q);
        session get_record_list_for_table(GetRecordListForTable) |cx, q| meta::record_list(cx, &q.tablename, &q.filtername, "", &q.columnlist) => recordlist;
        session get_record_list_for_table_with_query(GetRecordListForTableWithQuery) |cx, q| meta::record_list(cx, &q.tablename, &q.filtername, &q.query, &q.columnlist) => recordlist;
        session get_attachment_types(GetAttachmentTypes) |_, _q| Ok(vec!["Standard".into(), "Script".into(), "Run Result".into()]) => p_type_list;
        session get_event_definition_list(GetEventDefinitionList) |cx, q| lists::get_event_definition_list(cx, q);
        session get_defect_event_definition_list(GetDefectEventDefinitionList) |cx, _q| Ok(meta::defect_event_definitions(cx)) => event_definition_list;
        session get_custom_fields_definition_list(GetCustomFieldsDefinitionList) |cx, q| lists::get_custom_fields_definition_list(cx, q);
        session get_defect_custom_fields_definition_list(GetDefectCustomFieldsDefinitionList) |cx, _q| Ok(meta::custom_definitions(cx, Table::Defect)) => custom_fields;
        // Defects and attachments.
        session get_defect(GetDefect) |cx, q| get::<Defects>(cx, &by_number(q.defect_number, &q.summary), q.b_download_attachments) => p_defect;
        session get_defect_by_record_id(GetDefectByRecordID) |cx, q| get::<Defects>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_defect;
        session add_defect(AddDefect) |cx, q| add::<Defects>(cx, q.p_defect) => record_id;
        session add_defect_with_link(AddDefectWithLink) |cx, q| defects::add_defect_with_link(cx, q);
        session delete_defect(DeleteDefect) |cx, q| delete::<Defects>(cx, &by_number(q.defect_number, &q.summary)) => result;
        session delete_defect_by_record_id(DeleteDefectByRecordID) |cx, q| delete::<Defects>(cx, &Key::Id(q.record_id)) => result;
        session edit_defect(EditDefect) |cx, q| edit::<Defects>(cx, &by_number(q.defect_number, &q.summary), q.b_download_attachments) => p_defect;
        session edit_defect_by_record_id(EditDefectByRecordID) |cx, q| edit::<Defects>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_defect;
        session save_defect(SaveDefect) |cx, q| save::<Defects>(cx, q.p_defect) => result;
        session cancel_save_defect(CancelSaveDefect) |cx, q| cancel::<Defects>(cx, q.record_id) => result;
        session get_attachment(GetAttachment) |cx, q| defects::get_attachment(cx, q) => p_attachment;
        session get_defect_attachment(GetDefectAttachment) |cx, q| defects::get_defect_attachment(cx, q) => p_attachment;
        // Test configs and tasks.
        session get_test_config(GetTestConfig) |cx, q| get::<TestConfigs>(cx, &Key::Text(q.name.clone()), true) => p_test_config;
        session get_test_config_by_record_id(GetTestConfigByRecordID) |cx, q| get::<TestConfigs>(cx, &Key::Id(q.record_id), true) => p_test_config;
        session add_test_config(AddTestConfig) |cx, q| add::<TestConfigs>(cx, q.p_test_config) => record_id;
        session edit_test_config(EditTestConfig) |cx, q| edit::<TestConfigs>(cx, &Key::Text(q.name.clone()), true) => p_test_config;
        session edit_test_config_by_record_id(EditTestConfigByRecordID) |cx, q| edit::<TestConfigs>(cx, &Key::Id(q.record_id), true) => p_test_config;
        session save_test_config(SaveTestConfig) |cx, q| save::<TestConfigs>(cx, q.p_test_config) => result;
        session delete_test_config(DeleteTestConfig) |cx, q| delete::<TestConfigs>(cx, &Key::Text(q.name.clone())) => result;
        session delete_test_config_by_record_id(DeleteTestConfigByRecordID) |cx, q| delete::<TestConfigs>(cx, &Key::Id(q.record_id)) => result;
        session cancel_save_test_config(CancelSaveTestConfig) |cx, q| cancel::<TestConfigs>(cx, q.record_id) => result;
        session get_task(GetTask) |cx, q| get::<Tasks>(cx, &Key::Text(q.summary.clone()), true) => p_task;
        session get_task_by_record_id(GetTaskByRecordID) |cx, q| get::<Tasks>(cx, &Key::Id(q.record_id), true) => p_task;
        session add_task(AddTask) |cx, q| add::<Tasks>(cx, q.p_task) => record_id;
        session delete_task(DeleteTask) |cx, q| delete::<Tasks>(cx, &Key::Text(q.summary.clone())) => result;
        session delete_task_by_record_id(DeleteTaskByRecordID) |cx, q| delete::<Tasks>(cx, &Key::Id(q.record_id)) => result;
        session edit_task(EditTask) |cx, q| edit::<Tasks>(cx, &Key::Text(q.summary.clone()), true) => p_task;
        session edit_task_by_record_id(EditTaskByRecordID) |cx, q| edit::<Tasks>(cx, &Key::Id(q.record_id), true) => p_task;
        session save_task(SaveTask) |cx, q| save::<Tasks>(cx, q.p_task) => result;
        session cancel_save_task(CancelSaveTask) |cx, q| cancel::<Tasks>(cx, q.record_id) => result;
        // Users and customers.
        session get_global_user_list(GetGlobalUserList) |cx, q| global_list(cx, false) => global_user_list;
        session get_global_customer_list(GetGlobalCustomerList) |cx, q| global_list(cx, true) => global_customer_list;
        session get_user(GetUser) |cx, q| get::<Users>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true) => p_user;
        session get_user_by_record_id(GetUserByRecordID) |cx, q| get::<Users>(cx, &Key::Id(q.record_id), true) => p_user;
        session get_user_for_current_session(GetUserForCurrentSession) |cx, q| get::<Users>(cx, &Key::Id(cx.user_id), true) => p_user;
        session add_user(AddUser) |cx, q| add::<Users>(cx, q.p_user) => record_id;
        session edit_user(EditUser) |cx, q| edit::<Users>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true) => p_user;
        session edit_user_by_record_id(EditUserByRecordID) |cx, q| edit::<Users>(cx, &Key::Id(q.record_id), true) => p_user;
        session save_user(SaveUser) |cx, q| save_person::<Users>(cx, person(&q.first_name, &q.middle_initials, &q.last_name), q.p_user) => result;
        session delete_user(DeleteUser) |cx, q| delete::<Users>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name)) => result;
        session delete_user_by_record_id(DeleteUserByRecordID) |cx, q| delete::<Users>(cx, &Key::Id(q.record_id)) => result;
        session cancel_save_user(CancelSaveUser) |cx, q| cancel::<Users>(cx, q.record_id) => result;
        session get_customer(GetCustomer) |cx, q| get::<Customers>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true) => p_customer;
        session get_customer_by_record_id(GetCustomerByRecordID) |cx, q| get::<Customers>(cx, &Key::Id(q.record_id), true) => p_customer;
        session add_customer(AddCustomer) |cx, q| add::<Customers>(cx, q.p_customer) => record_id;
        session edit_customer(EditCustomer) |cx, q| edit::<Customers>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true) => p_customer;
        session edit_customer_by_record_id(EditCustomerByRecordID) |cx, q| edit::<Customers>(cx, &Key::Id(q.record_id), true) => p_customer;
        session save_customer(SaveCustomer) |cx, q| save_person::<Customers>(cx, person(&q.first_name, &q.middle_initials, &q.last_name), q.p_customer) => result;
        session delete_customer(DeleteCustomer) |cx, q| delete::<Customers>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name)) => result;
        session delete_customer_by_record_id(DeleteCustomerByRecordID) |cx, q| delete::<Customers>(cx, &Key::Id(q.record_id)) => result;
        session cancel_save_customer(CancelSaveCustomer) |cx, q| cancel::<Customers>(cx, q.record_id) => result;
        // Links.
        session get_links_for_item(GetLinksForItem) |cx, q| links_for(cx, &q.tablename, q.item_record_id) => p_link_list;
        session get_links_for_defect(GetLinksForDefect) |cx, q| links_for(cx, "Defect", q.defect_record_id) => p_link_list;
        session get_link(GetLink) |cx, q| get::<Links>(cx, &Key::Id(q.link_id), true) => p_link;
        session add_link(AddLink) |cx, q| add::<Links>(cx, q.p_link) => record_id;
        session delete_link(DeleteLink) |cx, q| delete::<Links>(cx, &Key::Id(q.link_id)) => result;
        session edit_link(EditLink) |cx, q| edit::<Links>(cx, &Key::Id(q.link_id), true) => p_link;
        session save_link(SaveLink) |cx, q| save::<Links>(cx, q.p_link) => result;
        session cancel_save_link(CancelSaveLink) |cx, q| cancel::<Links>(cx, q.link_id) => result;
        // Test cases and test runs.
        session get_test_run_steps_modes(GetTestRunStepsModes) |_, _q| Ok(vec!["Grid View".into(), "Free Form Text View".into()]) => p_mode_list;
        session get_test_case(GetTestCase) |cx, q| get::<TestCases>(cx, &by_number(q.test_case_number, &q.summary), q.b_download_attachments) => p_test_case;
        session get_test_case_by_record_id(GetTestCaseByRecordID) |cx, q| get::<TestCases>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_test_case;
        session add_test_case(AddTestCase) |cx, q| add::<TestCases>(cx, q.p_test_case) => record_id;
        session delete_test_case(DeleteTestCase) |cx, q| test_runs::delete_test_case(cx, q) => result;
        session delete_test_case_by_record_id(DeleteTestCaseByRecordID) |cx, q| delete_test_case(cx, q.record_id, q.b_delete_associated_test_run) => result;
        session edit_test_case(EditTestCase) |cx, q| edit::<TestCases>(cx, &by_number(q.test_case_number, &q.summary), q.b_download_attachments) => p_test_case;
        session edit_test_case_by_record_id(EditTestCaseByRecordID) |cx, q| edit::<TestCases>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_test_case;
        session save_test_case(SaveTestCase) |cx, q| save::<TestCases>(cx, q.p_test_case) => result;
        session cancel_save_test_case(CancelSaveTestCase) |cx, q| cancel::<TestCases>(cx, q.record_id) => result;
        session get_test_run(GetTestRun) |cx, q| get::<TestRuns>(cx, &by_number(q.test_run_number, &q.summary), q.b_download_attachments) => p_test_run;
        session get_test_run_by_record_id(GetTestRunByRecordID) |cx, q| get::<TestRuns>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_test_run;
        session delete_test_run(DeleteTestRun) |cx, q| delete::<TestRuns>(cx, &by_number(q.test_run_number, &q.summary)) => result;
        session delete_test_run_by_record_id(DeleteTestRunByRecordID) |cx, q| delete::<TestRuns>(cx, &Key::Id(q.record_id)) => result;
        session edit_test_run(EditTestRun) |cx, q| edit::<TestRuns>(cx, &by_number(q.test_run_number, &q.summary), q.b_download_attachments) => p_test_run;
        session edit_test_run_by_record_id(EditTestRunByRecordID) |cx, q| edit::<TestRuns>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_test_run;
        session save_test_run(SaveTestRun) |cx, q| save::<TestRuns>(cx, q.p_test_run) => result;
        session cancel_save_test_run(CancelSaveTestRun) |cx, q| cancel::<TestRuns>(cx, q.record_id) => result;
        session create_defect_for_test_run(CreateDefectForTestRun) |cx, q| test_runs::create_defect_for_test_run(cx, q) => p_defect;
        session generate_test_runs(GenerateTestRuns) |cx, q| test_runs::generate_test_runs(cx, q) => p_results;
        // Folders and folder items.
        session get_folder_type_by_name(GetFolderTypeByName) |cx, q| folder_ops::get_folder_type_by_name(cx, q) => p_type;
        session get_folder_type_list(GetFolderTypeList) |cx, q| Ok(cx.proj().folder_types.clone()) => p_type_list;
        session add_folder(AddFolder) |cx, q| add::<Folders>(cx, q.p_folder) => record_id;
        session edit_folder(EditFolder) |cx, q| edit::<Folders>(cx, &Key::Text(q.folder_path.clone()), true) => p_folder;
        session edit_folder_by_record_id(EditFolderByRecordID) |cx, q| folder_ops::edit_folder_by_record_id(cx, q) => p_folder;
        session save_folder(SaveFolder) |cx, q| save::<Folders>(cx, q.p_folder) => result;
        session cancel_save_folder(CancelSaveFolder) |cx, q| cancel::<Folders>(cx, q.record_id) => result;
        session get_folder(GetFolder) |cx, q| get::<Folders>(cx, &Key::Text(q.path.clone()), true) => p_folder;
        session get_folder_by_record_id(GetFolderByRecordID) |cx, q| folder_ops::get_folder_by_record_id(cx, q) => p_folder;
        session delete_folder(DeleteFolder) |cx, q| delete::<Folders>(cx, &Key::Text(q.folder_path.clone())) => result;
        session delete_folder_by_record_id(DeleteFolderByRecordID) |cx, q| folder_ops::delete_folder_by_record_id(cx, q) => result;
        session add_entity_to_folder_by_record_id(AddEntityToFolderByRecordID) |cx, q| folder_ops::add_entity_to_folder_by_record_id(cx, q);
        session remove_entity_from_folder_by_record_id(RemoveEntityFromFolderByRecordID) |cx, q| folders::remove_item(cx, q.record_id, q.public_folder, &q.entity) => result;
        session get_entity_list_for_folder_by_record_id(GetEntityListForFolderByRecordID) |cx, q| folder_ops::get_entity_list_for_folder_by_record_id(cx, q) => p_entity_list;
        session get_folder_list_for_entity_by_record_id(GetFolderListForEntityByRecordID) |cx, q| folder_ops::get_folder_list_for_entity_by_record_id(cx, q) => p_folder_list;
        session get_folder_path_separator(GetFolderPathSeparator) |_, _q| Ok(folders::SEPARATOR as i8) => separator;
        session get_root_public_folder_path(GetRootPublicFolderPath) |cx, q| folder_ops::get_root_public_folder_path(cx, q);
        session get_root_private_folder_path(GetRootPrivateFolderPath) |cx, q| folder_ops::get_root_private_folder_path(cx, q);
        session edit_folder_item_rank(EditFolderItemRank) |cx, q| folder_ops::edit_folder_item_rank(cx, q) => p_entity_list;
        session save_folder_item_rank(SaveFolderItemRank) |cx, q| folder_ops::save_folder_item_rank(cx, q);
        session cancel_save_folder_item_rank(CancelSaveFolderItemRank) |cx, q| cancel::<Folders>(cx, q.record_id) => result;
        session get_folder_tree_by_record_id(GetFolderTreeByRecordID) |cx, q| folder_ops::get_folder_tree_by_record_id(cx, q) => folder_tree_root;
        session get_folder_tree(GetFolderTree) |cx, q| folder_ops::get_folder_tree(cx, q) => folder_tree_root;
        // Requirements and requirement documents.
        session get_requirement(GetRequirement) |cx, q| get::<Requirements>(cx, &by_number(q.requirement_number, &q.summary), q.b_download_attachments) => p_requirement;
        session get_requirement_by_record_id(GetRequirementByRecordID) |cx, q| get::<Requirements>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_requirement;
        session add_requirement(AddRequirement) |cx, q| add::<Requirements>(cx, q.p_requirement) => record_id;
        session delete_requirement(DeleteRequirement) |cx, q| delete::<Requirements>(cx, &by_number(q.requirement_number, &q.summary)) => result;
        session delete_requirement_by_record_id(DeleteRequirementByRecordID) |cx, q| delete::<Requirements>(cx, &Key::Id(q.record_id)) => result;
        session edit_requirement(EditRequirement) |cx, q| edit::<Requirements>(cx, &by_number(q.requirement_number, &q.summary), q.b_download_attachments) => p_requirement;
        session edit_requirement_by_record_id(EditRequirementByRecordID) |cx, q| edit::<Requirements>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_requirement;
        session save_requirement(SaveRequirement) |cx, q| save::<Requirements>(cx, q.p_requirement) => result;
        session cancel_save_requirement(CancelSaveRequirement) |cx, q| cancel::<Requirements>(cx, q.record_id) => result;
        session append_to_requirement_document(AppendToRequirementDocument) |cx, q| requirements::append_to_requirement_document(cx, q);
        session get_document_ids_for_requirement(GetDocumentIDsForRequirement) |cx, q| requirements::get_document_ids_for_requirement(cx, q) => record_ids;
        session change_requirement_type(ChangeRequirementType) |cx, q| requirements::change_requirement_type(cx, q);
        session get_requirement_document(GetRequirementDocument) |cx, q| get::<RequirementDocuments>(cx, &by_number(q.document_number, &q.name), q.b_download_attachments) => p_requirement_document;
        session get_requirement_document_by_record_id(GetRequirementDocumentByRecordID) |cx, q| get::<RequirementDocuments>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_requirement_document;
        session add_requirement_document(AddRequirementDocument) |cx, q| add::<RequirementDocuments>(cx, q.p_requirement_document) => record_id;
        session delete_requirement_document(DeleteRequirementDocument) |cx, q| requirements::delete_requirement_document(cx, q) => result;
        session delete_requirement_document_by_record_id(DeleteRequirementDocumentByRecordID) |cx, q| delete_document(cx, q.record_id, q.b_delete_associated_requirements) => result;
        session edit_requirement_document(EditRequirementDocument) |cx, q| edit::<RequirementDocuments>(cx, &by_number(q.document_number, &q.name), q.b_download_attachments) => p_requirement_document;
        session edit_requirement_document_by_record_id(EditRequirementDocumentByRecordID) |cx, q| edit::<RequirementDocuments>(cx, &Key::Id(q.record_id), q.b_download_attachments) => p_requirement_document;
        session save_requirement_document(SaveRequirementDocument) |cx, q| save::<RequirementDocuments>(cx, q.p_requirement_document) => result;
        session cancel_save_requirement_document(CancelSaveRequirementDocument) |cx, q| cancel::<RequirementDocuments>(cx, q.record_id) => result;
        session create_snapshot(CreateSnapshot) |cx, q| requirements::create_snapshot(cx, q);
        session get_requirement_ids_for_document(GetRequirementIDsForDocument) |cx, q| Ok(doc_members(cx, q.document_id)?.iter().map(|m| m.requirement).collect()) => record_ids;
        session get_document_tree(GetDocumentTree) |cx, q| requirements::get_document_tree(cx, q) => doc_tree_root_node;
        // Not supported by the emulator (see NOT_SUPPORTED).
        unsupported get_report_run_results_by_name(GetReportRunResultsByName);
        unsupported get_report_run_results_by_record_id(GetReportRunResultsByRecordID);
        unsupported get_doc_for_export_template(GetDocForExportTemplate);
        unsupported get_doc_for_export_template_req_doc(GetDocForExportTemplateReqDoc);
        unsupported get_doc_for_export_template_folder(GetDocForExportTemplateFolder);
        unsupported get_user_license_list(GetUserLicenseList);
        unsupported promote_user(PromoteUser);
        unsupported add_global_user(AddGlobalUser);
        unsupported promote_customer(PromoteCustomer);
        unsupported add_global_customer(AddGlobalCustomer);
        unsupported get_test_variant_types(GetTestVariantTypes);
        unsupported get_item_hyperlinks(GetItemHyperlinks);
    }
}

/// Deletes a record and, after it, the records that depend on it (a test case's runs, a
/// document's requirements). Refuses (22) when another session is editing one of them.
fn delete_with_dependents<P: Kind, D: Kind>(
    cx: &mut CallContext<'_>,
    id: i64,
    dependents: Vec<i64>,
) -> Result<i32, Fault> {
    for r in &dependents {
        if cx.world.locks.holder(D::TABLE, *r, cx.now_ms).is_some_and(|c| c != cx.cookie) {
            return Err(faults::record_locked());
        }
    }
    delete::<P>(cx, &Key::Id(id))?;
    for r in dependents {
        if D::store(cx.world, cx.project).contains(r) {
            delete::<D>(cx, &Key::Id(r))?;
        }
    }
    Ok(0)
}

fn delete_test_case(cx: &mut CallContext<'_>, id: i64, with_runs: bool) -> Result<i32, Fault> {
    let runs: Vec<i64> = if with_runs {
        cx.proj().test_runs.iter().filter(|r| r.testcaserecordid == Some(id)).map(|r| r.recordid).collect()
    } else {
        Vec::new()
    };
    delete_with_dependents::<TestCases, TestRuns>(cx, id, runs)
}

fn delete_document(cx: &mut CallContext<'_>, id: i64, with_requirements: bool) -> Result<i32, Fault> {
    let reqs: Vec<i64> = if with_requirements {
        cx.proj().doc_members.get(&id).map(|m| m.iter().map(|x| x.requirement).collect()).unwrap_or_default()
    } else {
        Vec::new()
    };
    delete_with_dependents::<RequirementDocuments, Requirements>(cx, id, reqs)
}
