//! `impl testtrack::server::Service for Emu`: one method per WSDL operation.

use testtrack::ops::*;
use testtrack::server::Service;
use testtrack::types::{
    AnyCItemToTrack, AnyCTreeNodeSoap, CDatabase, CDatabaseTable, CDefect, CDocumentTreeNode, CFieldValue,
    CFileAttachment, CFilter, CGlobalUser, CLink, CLinkedItem, CProject, CProjectDataOption, CReportedByRecord,
    CSnapshotInfo, CTTVersionInfo, CTableColumn, CTableField, CTestRun, CUser,
};
use ttsoap::{Cookie, Fault};

use super::common::{as_event, days_date, find_attachment, s};
use super::entities::{
    CustomerK, DefectK, LinkK, RequirementDocumentK, RequirementK, TaskK, TestCaseK, TestConfigK, TestRunK, UserK,
};
use super::folders::{self, FolderK};
use super::{add, cancel, delete, edit, find, get, lock, meta, save, Cx, Emu, Key, Kind};
use crate::clock;
use crate::faults::{self, codes};
use crate::sessions::SessionError;
use crate::tables::Table;
use crate::world::{display_name, DocMember, World};

type R<T> = Result<T, Fault>;

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

fn not_supported<T>(op: &str) -> R<T> {
    Err(faults::not_supported(op))
}

fn bad_login() -> Fault {
    faults::fault(codes::NOT_ALLOWED, "Invalid username or password.")
}

/// Checks credentials; returns the user's record id.
fn authenticate(w: &World, user: &str, password: &str) -> R<i64> {
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

impl Emu {
    fn logon(&self, project: &str, user: &str, password: &str) -> R<Cookie> {
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
fn save_person<K: Kind<W = CUser>>(cx: &mut Cx<'_>, key: Key, mut u: CUser) -> R<i32> {
    if u.recordid == 0 {
        u.recordid = find::<K>(cx, &key)?;
    }
    save::<K>(cx, u)
}

fn link_test_run(cx: &mut Cx<'_>, run: i64, defect: i64) -> R<()> {
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
    add::<LinkK>(cx, link).map(|_| ())
}

fn links_for(cx: &mut Cx<'_>, table: &str, id: i64) -> R<Vec<CLink>> {
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
    ids.into_iter().map(|l| get::<LinkK>(cx, &Key::Id(l), false)).collect()
}

/// Attachments of a record (all lists), or of one of its events.
fn attachments_of(cx: &Cx<'_>, t: Table, id: i64, event: i64) -> R<Vec<CFileAttachment>> {
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

fn doc_node(cx: &Cx<'_>, members: &[DocMember], parent: i64, prefix: &str) -> Vec<AnyCTreeNodeSoap> {
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

fn doc_members(cx: &Cx<'_>, doc: i64) -> R<Vec<DocMember>> {
    cx.proj().req_docs.get(doc).ok_or_else(faults::not_found)?;
    Ok(cx.proj().doc_members.get(&doc).cloned().unwrap_or_default())
}

fn global_list(cx: &Cx<'_>, customers: bool) -> R<Vec<CGlobalUser>> {
    if !cx.w.auth.get(&cx.user_id).is_some_and(|a| a.license_admin) {
        return Err(faults::license_server_clearance());
    }
    Ok(cx
        .w
        .users
        .sorted()
        .into_iter()
        .filter(|u| u.iscustomer.unwrap_or(false) == customers)
        .map(|u| CGlobalUser { loginname: u.loginname.clone(), name: Some(display_name(u)) })
        .collect())
}

impl Service for Emu {
    // -----------------------------------------------------------------------------------------
    // Session and project

    fn get_database_list(&self, _q: GetDatabaseList) -> R<GetDatabaseListResponse> {
        let w = lock(&self.world);
        Ok(GetDatabaseListResponse {
            p_db_list: w.projects.iter().map(|p| CDatabase { name: Some(p.name.clone()) }).collect(),
        })
    }

    fn get_project_list(&self, q: GetProjectList) -> R<GetProjectListResponse> {
        let w = lock(&self.world);
        let uid = authenticate(&w, &q.username, q.password.expose())?;
        Ok(GetProjectListResponse {
            p_proj_list: (0..w.projects.len()).filter(|p| may_open(&w, uid, *p)).map(|p| cproject(&w, p)).collect(),
        })
    }

    fn get_project_data_option_list(&self, _q: GetProjectDataOptionList) -> R<GetProjectDataOptionListResponse> {
        Ok(GetProjectDataOptionListResponse {
            p_proj_types: ["TestTrack Pro", "TestTrack TCM", "TestTrack RM"]
                .iter()
                .map(|n| CProjectDataOption { name: Some(n.to_string()) })
                .collect(),
        })
    }

    fn database_logon(&self, q: DatabaseLogon) -> R<DatabaseLogonResponse> {
        Ok(DatabaseLogonResponse { cookie: self.logon(&q.dbname, &q.username, q.password.expose())? })
    }

    fn project_logon(&self, q: ProjectLogon) -> R<ProjectLogonResponse> {
        let name = q.p_proj.database.as_ref().and_then(|d| d.name.clone()).unwrap_or_default();
        if name.trim().is_empty() {
            return Err(faults::missing_parameter("pProj.database.name"));
        }
        Ok(ProjectLogonResponse { cookie: self.logon(&name, &q.username, q.password.expose())? })
    }

    fn database_logoff(&self, q: DatabaseLogoff) -> R<DatabaseLogoffResponse> {
        self.call(q.cookie, "DatabaseLogoff", |cx| {
            cx.w.sessions.remove(cx.cookie);
            cx.w.locks.release_all(cx.cookie);
            Ok(DatabaseLogoffResponse { result: 0 })
        })
    }

    fn formatted_text_support(&self, q: FormattedTextSupport) -> R<FormattedTextSupportResponse> {
        self.call(q.cookie, "formattedTextSupport", |cx| {
            if let Some(s) = cx.w.sessions.get_mut(cx.cookie) {
                s.formatted_text = q.enable_formatted_text;
            }
            Ok(FormattedTextSupportResponse { formatting_enabled: q.enable_formatted_text })
        })
    }

    fn get_tt_version_info(&self, q: GetTTVersionInfo) -> R<GetTTVersionInfoResponse> {
        self.call(q.cookie, "getTTVersionInfo", |cx| {
            Ok(GetTTVersionInfoResponse {
                p_version_info: CTTVersionInfo {
                    server_version: Some(cx.w.server.server_version.clone()),
                    cgi_version: Some(cx.w.server.cgi_version.clone()),
                },
            })
        })
    }

    // -----------------------------------------------------------------------------------------
    // Tables, columns, filters, dropdowns, definitions, lists

    fn get_table_list(&self, q: GetTableList) -> R<GetTableListResponse> {
        self.call(q.cookie, "getTableList", |cx| {
            Ok(GetTableListResponse {
                p_table_list: Table::ALL
                    .iter()
                    .filter(|t| cx.proj().table_allowed(**t))
                    .map(|t| CDatabaseTable { name: Some(t.name().into()) })
                    .collect(),
            })
        })
    }

    fn get_dropdown_field_for_table(&self, q: GetDropdownFieldForTable) -> R<GetDropdownFieldForTableResponse> {
        self.call(q.cookie, "getDropdownFieldForTable", |cx| {
            let t = cx.table(&q.tablename)?;
            Ok(GetDropdownFieldForTableResponse {
                p_field_list: meta::dropdown_fields(cx, t).into_iter().map(|n| CTableField { name: Some(n) }).collect(),
            })
        })
    }

    fn get_dropdown_field_values_for_table(
        &self,
        q: GetDropdownFieldValuesForTable,
    ) -> R<GetDropdownFieldValuesForTableResponse> {
        self.call(q.cookie, "getDropdownFieldValuesForTable", |cx| {
            let t = cx.table(&q.tablename)?;
            Ok(GetDropdownFieldValuesForTableResponse {
                p_value_list: meta::dropdown_values(cx, t, &q.fieldname)?
                    .into_iter()
                    .map(|v| CFieldValue { value: Some(v) })
                    .collect(),
            })
        })
    }

    fn add_dropdown_field_values_for_table(
        &self,
        q: AddDropdownFieldValuesForTable,
    ) -> R<AddDropdownFieldValuesForTableResponse> {
        self.call(q.cookie, "addDropdownFieldValuesForTable", |cx| {
            let t = cx.table(&q.tablename)?;
            meta::add_dropdown_values(cx, t, &q.fieldname, &q.p_value_list)?;
            Ok(AddDropdownFieldValuesForTableResponse { result: 0 })
        })
    }

    fn get_link_definition_values(&self, q: GetLinkDefinitionValues) -> R<GetLinkDefinitionValuesResponse> {
        self.call(q.cookie, "GetLinkDefinitionValues", |cx| {
            Ok(GetLinkDefinitionValuesResponse {
                p_value_list: cx.proj().link_defs.iter().map(|d| CFieldValue { value: Some(d.clone()) }).collect(),
            })
        })
    }

    fn get_columns_for_table(&self, q: GetColumnsForTable) -> R<GetColumnsForTableResponse> {
        self.call(q.cookie, "getColumnsForTable", |cx| {
            let t = cx.table(&q.tablename)?;
            Ok(GetColumnsForTableResponse {
                p_column_list: meta::columns(cx, t).into_iter().map(|c| CTableColumn { name: Some(c.name) }).collect(),
            })
        })
    }

    fn get_filter_list(&self, q: GetFilterList) -> R<GetFilterListResponse> {
        self.call(q.cookie, "getFilterList", |cx| {
            Ok(GetFilterListResponse {
                p_filter_list: cx.proj().filters.iter().map(|f| CFilter { name: Some(f.name.clone()) }).collect(),
            })
        })
    }

    fn get_filter_list_for_table(&self, q: GetFilterListForTable) -> R<GetFilterListForTableResponse> {
        self.call(q.cookie, "getFilterListForTable", |cx| {
            let t = cx.table(&q.tablename)?;
            Ok(GetFilterListForTableResponse {
                p_filter_list: cx
                    .proj()
                    .filters
                    .iter()
                    .filter(|f| f.table == t)
                    .map(|f| CFilter { name: Some(f.name.clone()) })
                    .collect(),
            })
        })
    }

    fn get_record_list_for_table(&self, q: GetRecordListForTable) -> R<GetRecordListForTableResponse> {
        self.call(q.cookie, "getRecordListForTable", |cx| {
            Ok(GetRecordListForTableResponse {
                recordlist: meta::record_list(cx, &q.tablename, &q.filtername, "", &q.columnlist)?,
            })
        })
    }

    fn get_record_list_for_table_with_query(
        &self,
        q: GetRecordListForTableWithQuery,
    ) -> R<GetRecordListForTableWithQueryResponse> {
        self.call(q.cookie, "getRecordListForTableWithQuery", |cx| {
            Ok(GetRecordListForTableWithQueryResponse {
                recordlist: meta::record_list(cx, &q.tablename, &q.filtername, &q.query, &q.columnlist)?,
            })
        })
    }

    fn get_attachment_types(&self, q: GetAttachmentTypes) -> R<GetAttachmentTypesResponse> {
        self.call(q.cookie, "getAttachmentTypes", |_| {
            Ok(GetAttachmentTypesResponse {
                p_type_list: vec!["Standard".into(), "Script".into(), "Run Result".into()],
            })
        })
    }

    fn get_event_definition_list(&self, q: GetEventDefinitionList) -> R<GetEventDefinitionListResponse> {
        self.call(q.cookie, "getEventDefinitionList", |cx| {
            let t = cx.table(&q.tablename)?;
            Ok(GetEventDefinitionListResponse { event_definition_list: meta::event_definitions(cx, t) })
        })
    }

    fn get_defect_event_definition_list(
        &self,
        q: GetDefectEventDefinitionList,
    ) -> R<GetDefectEventDefinitionListResponse> {
        self.call(q.cookie, "getDefectEventDefinitionList", |cx| {
            Ok(GetDefectEventDefinitionListResponse { event_definition_list: meta::defect_event_definitions(cx) })
        })
    }

    fn get_custom_fields_definition_list(
        &self,
        q: GetCustomFieldsDefinitionList,
    ) -> R<GetCustomFieldsDefinitionListResponse> {
        self.call(q.cookie, "getCustomFieldsDefinitionList", |cx| {
            let t = cx.table(&q.tablename)?;
            Ok(GetCustomFieldsDefinitionListResponse { custom_fields: meta::custom_definitions(cx, t) })
        })
    }

    fn get_defect_custom_fields_definition_list(
        &self,
        q: GetDefectCustomFieldsDefinitionList,
    ) -> R<GetDefectCustomFieldsDefinitionListResponse> {
        self.call(q.cookie, "getDefectCustomFieldsDefinitionList", |cx| {
            Ok(GetDefectCustomFieldsDefinitionListResponse {
                custom_fields: meta::custom_definitions(cx, Table::Defect),
            })
        })
    }

    // -----------------------------------------------------------------------------------------
    // Defects and attachments

    fn get_defect(&self, q: GetDefect) -> R<GetDefectResponse> {
        self.call(q.cookie, "getDefect", |cx| {
            get::<DefectK>(cx, &by_number(q.defect_number, &q.summary), q.b_download_attachments)
        })
        .map(|p_defect| GetDefectResponse { p_defect })
    }

    fn get_defect_by_record_id(&self, q: GetDefectByRecordID) -> R<GetDefectByRecordIDResponse> {
        self.call(q.cookie, "getDefectByRecordID", |cx| {
            get::<DefectK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_defect| GetDefectByRecordIDResponse { p_defect })
    }

    fn add_defect(&self, q: AddDefect) -> R<AddDefectResponse> {
        self.call(q.cookie, "addDefect", |cx| add::<DefectK>(cx, q.p_defect))
            .map(|record_id| AddDefectResponse { record_id })
    }

    fn add_defect_with_link(&self, q: AddDefectWithLink) -> R<AddDefectWithLinkResponse> {
        self.call(q.cookie, "addDefectWithLink", |cx| {
            cx.proj().test_runs.get(q.test_run_record_id).ok_or_else(faults::not_found)?;
            let id = add::<DefectK>(cx, q.p_defect)?;
            link_test_run(cx, q.test_run_record_id, id)?;
            Ok(AddDefectWithLinkResponse { record_id: id })
        })
    }

    fn delete_defect(&self, q: DeleteDefect) -> R<DeleteDefectResponse> {
        self.call(q.cookie, "deleteDefect", |cx| delete::<DefectK>(cx, &by_number(q.defect_number, &q.summary)))
            .map(|result| DeleteDefectResponse { result })
    }

    fn delete_defect_by_record_id(&self, q: DeleteDefectByRecordID) -> R<DeleteDefectByRecordIDResponse> {
        self.call(q.cookie, "deleteDefectByRecordID", |cx| delete::<DefectK>(cx, &Key::Id(q.record_id)))
            .map(|result| DeleteDefectByRecordIDResponse { result })
    }

    fn edit_defect(&self, q: EditDefect) -> R<EditDefectResponse> {
        self.call(q.cookie, "editDefect", |cx| {
            edit::<DefectK>(cx, &by_number(q.defect_number, &q.summary), q.b_download_attachments)
        })
        .map(|p_defect| EditDefectResponse { p_defect })
    }

    fn edit_defect_by_record_id(&self, q: EditDefectByRecordID) -> R<EditDefectByRecordIDResponse> {
        self.call(q.cookie, "editDefectByRecordID", |cx| {
            edit::<DefectK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_defect| EditDefectByRecordIDResponse { p_defect })
    }

    fn save_defect(&self, q: SaveDefect) -> R<SaveDefectResponse> {
        self.call(q.cookie, "saveDefect", |cx| save::<DefectK>(cx, q.p_defect))
            .map(|result| SaveDefectResponse { result })
    }

    fn cancel_save_defect(&self, q: CancelSaveDefect) -> R<CancelSaveDefectResponse> {
        self.call(q.cookie, "cancelSaveDefect", |cx| cancel::<DefectK>(cx, q.record_id))
            .map(|result| CancelSaveDefectResponse { result })
    }

    fn get_attachment(&self, q: GetAttachment) -> R<GetAttachmentResponse> {
        self.call(q.cookie, "getAttachment", |cx| {
            let t = cx.table(&q.tablename)?;
            let list = attachments_of(cx, t, q.record_id, q.event_id)?;
            find_attachment(&list, &q.psz_archive_name).cloned().ok_or_else(faults::not_found)
        })
        .map(|p_attachment| GetAttachmentResponse { p_attachment })
    }

    fn get_defect_attachment(&self, q: GetDefectAttachment) -> R<GetDefectAttachmentResponse> {
        self.call(q.cookie, "getDefectAttachment", |cx| {
            let ids: Vec<i64> = cx.proj().defects.iter().map(|d| d.recordid).collect();
            for id in ids {
                let list = attachments_of(cx, Table::Defect, id, 0)?;
                if let Some(a) = find_attachment(&list, &q.psz_archive_name) {
                    return Ok(a.clone());
                }
            }
            Err(faults::not_found())
        })
        .map(|p_attachment| GetDefectAttachmentResponse { p_attachment })
    }

    // -----------------------------------------------------------------------------------------
    // Test configs

    fn get_test_config(&self, q: GetTestConfig) -> R<GetTestConfigResponse> {
        self.call(q.cookie, "getTestConfig", |cx| get::<TestConfigK>(cx, &Key::Text(q.name.clone()), true))
            .map(|p_test_config| GetTestConfigResponse { p_test_config })
    }

    fn get_test_config_by_record_id(&self, q: GetTestConfigByRecordID) -> R<GetTestConfigByRecordIDResponse> {
        self.call(q.cookie, "getTestConfigByRecordID", |cx| get::<TestConfigK>(cx, &Key::Id(q.record_id), true))
            .map(|p_test_config| GetTestConfigByRecordIDResponse { p_test_config })
    }

    fn add_test_config(&self, q: AddTestConfig) -> R<AddTestConfigResponse> {
        self.call(q.cookie, "addTestConfig", |cx| add::<TestConfigK>(cx, q.p_test_config))
            .map(|record_id| AddTestConfigResponse { record_id })
    }

    fn edit_test_config(&self, q: EditTestConfig) -> R<EditTestConfigResponse> {
        self.call(q.cookie, "editTestConfig", |cx| edit::<TestConfigK>(cx, &Key::Text(q.name.clone()), true))
            .map(|p_test_config| EditTestConfigResponse { p_test_config })
    }

    fn edit_test_config_by_record_id(&self, q: EditTestConfigByRecordID) -> R<EditTestConfigByRecordIDResponse> {
        self.call(q.cookie, "editTestConfigByRecordID", |cx| edit::<TestConfigK>(cx, &Key::Id(q.record_id), true))
            .map(|p_test_config| EditTestConfigByRecordIDResponse { p_test_config })
    }

    fn save_test_config(&self, q: SaveTestConfig) -> R<SaveTestConfigResponse> {
        self.call(q.cookie, "saveTestConfig", |cx| save::<TestConfigK>(cx, q.p_test_config))
            .map(|result| SaveTestConfigResponse { result })
    }

    fn delete_test_config(&self, q: DeleteTestConfig) -> R<DeleteTestConfigResponse> {
        self.call(q.cookie, "deleteTestConfig", |cx| delete::<TestConfigK>(cx, &Key::Text(q.name.clone())))
            .map(|result| DeleteTestConfigResponse { result })
    }

    fn delete_test_config_by_record_id(&self, q: DeleteTestConfigByRecordID) -> R<DeleteTestConfigByRecordIDResponse> {
        self.call(q.cookie, "deleteTestConfigByRecordID", |cx| delete::<TestConfigK>(cx, &Key::Id(q.record_id)))
            .map(|result| DeleteTestConfigByRecordIDResponse { result })
    }

    fn cancel_save_test_config(&self, q: CancelSaveTestConfig) -> R<CancelSaveTestConfigResponse> {
        self.call(q.cookie, "cancelSaveTestConfig", |cx| cancel::<TestConfigK>(cx, q.record_id))
            .map(|result| CancelSaveTestConfigResponse { result })
    }

    // -----------------------------------------------------------------------------------------
    // Tasks

    fn get_task(&self, q: GetTask) -> R<GetTaskResponse> {
        self.call(q.cookie, "getTask", |cx| get::<TaskK>(cx, &Key::Text(q.summary.clone()), true))
            .map(|p_task| GetTaskResponse { p_task })
    }

    fn get_task_by_record_id(&self, q: GetTaskByRecordID) -> R<GetTaskByRecordIDResponse> {
        self.call(q.cookie, "getTaskByRecordID", |cx| get::<TaskK>(cx, &Key::Id(q.record_id), true))
            .map(|p_task| GetTaskByRecordIDResponse { p_task })
    }

    fn add_task(&self, q: AddTask) -> R<AddTaskResponse> {
        self.call(q.cookie, "addTask", |cx| add::<TaskK>(cx, q.p_task)).map(|record_id| AddTaskResponse { record_id })
    }

    fn delete_task(&self, q: DeleteTask) -> R<DeleteTaskResponse> {
        self.call(q.cookie, "deleteTask", |cx| delete::<TaskK>(cx, &Key::Text(q.summary.clone())))
            .map(|result| DeleteTaskResponse { result })
    }

    fn delete_task_by_record_id(&self, q: DeleteTaskByRecordID) -> R<DeleteTaskByRecordIDResponse> {
        self.call(q.cookie, "deleteTaskByRecordID", |cx| delete::<TaskK>(cx, &Key::Id(q.record_id)))
            .map(|result| DeleteTaskByRecordIDResponse { result })
    }

    fn edit_task(&self, q: EditTask) -> R<EditTaskResponse> {
        self.call(q.cookie, "editTask", |cx| edit::<TaskK>(cx, &Key::Text(q.summary.clone()), true))
            .map(|p_task| EditTaskResponse { p_task })
    }

    fn edit_task_by_record_id(&self, q: EditTaskByRecordID) -> R<EditTaskByRecordIDResponse> {
        self.call(q.cookie, "editTaskByRecordID", |cx| edit::<TaskK>(cx, &Key::Id(q.record_id), true))
            .map(|p_task| EditTaskByRecordIDResponse { p_task })
    }

    fn save_task(&self, q: SaveTask) -> R<SaveTaskResponse> {
        self.call(q.cookie, "saveTask", |cx| save::<TaskK>(cx, q.p_task)).map(|result| SaveTaskResponse { result })
    }

    fn cancel_save_task(&self, q: CancelSaveTask) -> R<CancelSaveTaskResponse> {
        self.call(q.cookie, "cancelSaveTask", |cx| cancel::<TaskK>(cx, q.record_id))
            .map(|result| CancelSaveTaskResponse { result })
    }

    // -----------------------------------------------------------------------------------------
    // Users and customers

    fn get_global_user_list(&self, q: GetGlobalUserList) -> R<GetGlobalUserListResponse> {
        self.call(q.cookie, "getGlobalUserList", |cx| global_list(cx, false))
            .map(|global_user_list| GetGlobalUserListResponse { global_user_list })
    }

    fn get_global_customer_list(&self, q: GetGlobalCustomerList) -> R<GetGlobalCustomerListResponse> {
        self.call(q.cookie, "getGlobalCustomerList", |cx| global_list(cx, true))
            .map(|global_customer_list| GetGlobalCustomerListResponse { global_customer_list })
    }

    fn get_user(&self, q: GetUser) -> R<GetUserResponse> {
        self.call(q.cookie, "getUser", |cx| {
            get::<UserK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true)
        })
        .map(|p_user| GetUserResponse { p_user })
    }

    fn get_user_by_record_id(&self, q: GetUserByRecordID) -> R<GetUserByRecordIDResponse> {
        self.call(q.cookie, "getUserByRecordID", |cx| get::<UserK>(cx, &Key::Id(q.record_id), true))
            .map(|p_user| GetUserByRecordIDResponse { p_user })
    }

    fn get_user_for_current_session(&self, q: GetUserForCurrentSession) -> R<GetUserForCurrentSessionResponse> {
        self.call(q.cookie, "getUserForCurrentSession", |cx| get::<UserK>(cx, &Key::Id(cx.user_id), true))
            .map(|p_user| GetUserForCurrentSessionResponse { p_user })
    }

    fn add_user(&self, q: AddUser) -> R<AddUserResponse> {
        self.call(q.cookie, "addUser", |cx| add::<UserK>(cx, q.p_user)).map(|record_id| AddUserResponse { record_id })
    }

    fn edit_user(&self, q: EditUser) -> R<EditUserResponse> {
        self.call(q.cookie, "editUser", |cx| {
            edit::<UserK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true)
        })
        .map(|p_user| EditUserResponse { p_user })
    }

    fn edit_user_by_record_id(&self, q: EditUserByRecordID) -> R<EditUserByRecordIDResponse> {
        self.call(q.cookie, "editUserByRecordID", |cx| edit::<UserK>(cx, &Key::Id(q.record_id), true))
            .map(|p_user| EditUserByRecordIDResponse { p_user })
    }

    fn save_user(&self, q: SaveUser) -> R<SaveUserResponse> {
        self.call(q.cookie, "saveUser", |cx| {
            save_person::<UserK>(cx, person(&q.first_name, &q.middle_initials, &q.last_name), q.p_user)
        })
        .map(|result| SaveUserResponse { result })
    }

    fn delete_user(&self, q: DeleteUser) -> R<DeleteUserResponse> {
        self.call(q.cookie, "deleteUser", |cx| {
            delete::<UserK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name))
        })
        .map(|result| DeleteUserResponse { result })
    }

    fn delete_user_by_record_id(&self, q: DeleteUserByRecordID) -> R<DeleteUserByRecordIDResponse> {
        self.call(q.cookie, "deleteUserByRecordID", |cx| delete::<UserK>(cx, &Key::Id(q.record_id)))
            .map(|result| DeleteUserByRecordIDResponse { result })
    }

    fn cancel_save_user(&self, q: CancelSaveUser) -> R<CancelSaveUserResponse> {
        self.call(q.cookie, "cancelSaveUser", |cx| cancel::<UserK>(cx, q.record_id))
            .map(|result| CancelSaveUserResponse { result })
    }

    fn get_customer(&self, q: GetCustomer) -> R<GetCustomerResponse> {
        self.call(q.cookie, "getCustomer", |cx| {
            get::<CustomerK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true)
        })
        .map(|p_customer| GetCustomerResponse { p_customer })
    }

    fn get_customer_by_record_id(&self, q: GetCustomerByRecordID) -> R<GetCustomerByRecordIDResponse> {
        self.call(q.cookie, "getCustomerByRecordID", |cx| get::<CustomerK>(cx, &Key::Id(q.record_id), true))
            .map(|p_customer| GetCustomerByRecordIDResponse { p_customer })
    }

    fn add_customer(&self, q: AddCustomer) -> R<AddCustomerResponse> {
        self.call(q.cookie, "addCustomer", |cx| add::<CustomerK>(cx, q.p_customer))
            .map(|record_id| AddCustomerResponse { record_id })
    }

    fn edit_customer(&self, q: EditCustomer) -> R<EditCustomerResponse> {
        self.call(q.cookie, "editCustomer", |cx| {
            edit::<CustomerK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name), true)
        })
        .map(|p_customer| EditCustomerResponse { p_customer })
    }

    fn edit_customer_by_record_id(&self, q: EditCustomerByRecordID) -> R<EditCustomerByRecordIDResponse> {
        self.call(q.cookie, "editCustomerByRecordID", |cx| edit::<CustomerK>(cx, &Key::Id(q.record_id), true))
            .map(|p_customer| EditCustomerByRecordIDResponse { p_customer })
    }

    fn save_customer(&self, q: SaveCustomer) -> R<SaveCustomerResponse> {
        self.call(q.cookie, "saveCustomer", |cx| {
            save_person::<CustomerK>(cx, person(&q.first_name, &q.middle_initials, &q.last_name), q.p_customer)
        })
        .map(|result| SaveCustomerResponse { result })
    }

    fn delete_customer(&self, q: DeleteCustomer) -> R<DeleteCustomerResponse> {
        self.call(q.cookie, "deleteCustomer", |cx| {
            delete::<CustomerK>(cx, &person(&q.first_name, &q.middle_initials, &q.last_name))
        })
        .map(|result| DeleteCustomerResponse { result })
    }

    fn delete_customer_by_record_id(&self, q: DeleteCustomerByRecordID) -> R<DeleteCustomerByRecordIDResponse> {
        self.call(q.cookie, "deleteCustomerByRecordID", |cx| delete::<CustomerK>(cx, &Key::Id(q.record_id)))
            .map(|result| DeleteCustomerByRecordIDResponse { result })
    }

    fn cancel_save_customer(&self, q: CancelSaveCustomer) -> R<CancelSaveCustomerResponse> {
        self.call(q.cookie, "cancelSaveCustomer", |cx| cancel::<CustomerK>(cx, q.record_id))
            .map(|result| CancelSaveCustomerResponse { result })
    }

    // -----------------------------------------------------------------------------------------
    // Links

    fn get_links_for_item(&self, q: GetLinksForItem) -> R<GetLinksForItemResponse> {
        self.call(q.cookie, "getLinksForItem", |cx| links_for(cx, &q.tablename, q.item_record_id))
            .map(|p_link_list| GetLinksForItemResponse { p_link_list })
    }

    fn get_links_for_defect(&self, q: GetLinksForDefect) -> R<GetLinksForDefectResponse> {
        self.call(q.cookie, "getLinksForDefect", |cx| links_for(cx, "Defect", q.defect_record_id))
            .map(|p_link_list| GetLinksForDefectResponse { p_link_list })
    }

    fn get_link(&self, q: GetLink) -> R<GetLinkResponse> {
        self.call(q.cookie, "getLink", |cx| get::<LinkK>(cx, &Key::Id(q.link_id), true))
            .map(|p_link| GetLinkResponse { p_link })
    }

    fn add_link(&self, q: AddLink) -> R<AddLinkResponse> {
        self.call(q.cookie, "addLink", |cx| add::<LinkK>(cx, q.p_link)).map(|record_id| AddLinkResponse { record_id })
    }

    fn delete_link(&self, q: DeleteLink) -> R<DeleteLinkResponse> {
        self.call(q.cookie, "deleteLink", |cx| delete::<LinkK>(cx, &Key::Id(q.link_id)))
            .map(|result| DeleteLinkResponse { result })
    }

    fn edit_link(&self, q: EditLink) -> R<EditLinkResponse> {
        self.call(q.cookie, "editLink", |cx| edit::<LinkK>(cx, &Key::Id(q.link_id), true))
            .map(|p_link| EditLinkResponse { p_link })
    }

    fn save_link(&self, q: SaveLink) -> R<SaveLinkResponse> {
        self.call(q.cookie, "saveLink", |cx| save::<LinkK>(cx, q.p_link)).map(|result| SaveLinkResponse { result })
    }

    fn cancel_save_link(&self, q: CancelSaveLink) -> R<CancelSaveLinkResponse> {
        self.call(q.cookie, "cancelSaveLink", |cx| cancel::<LinkK>(cx, q.link_id))
            .map(|result| CancelSaveLinkResponse { result })
    }

    // -----------------------------------------------------------------------------------------
    // Test cases and test runs

    fn get_test_run_steps_modes(&self, q: GetTestRunStepsModes) -> R<GetTestRunStepsModesResponse> {
        self.call(q.cookie, "getTestRunStepsModes", |_| {
            Ok(GetTestRunStepsModesResponse { p_mode_list: vec!["Grid View".into(), "Free Form Text View".into()] })
        })
    }

    fn get_test_case(&self, q: GetTestCase) -> R<GetTestCaseResponse> {
        self.call(q.cookie, "getTestCase", |cx| {
            get::<TestCaseK>(cx, &by_number(q.test_case_number, &q.summary), q.b_download_attachments)
        })
        .map(|p_test_case| GetTestCaseResponse { p_test_case })
    }

    fn get_test_case_by_record_id(&self, q: GetTestCaseByRecordID) -> R<GetTestCaseByRecordIDResponse> {
        self.call(q.cookie, "getTestCaseByRecordID", |cx| {
            get::<TestCaseK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_test_case| GetTestCaseByRecordIDResponse { p_test_case })
    }

    fn add_test_case(&self, q: AddTestCase) -> R<AddTestCaseResponse> {
        self.call(q.cookie, "addTestCase", |cx| add::<TestCaseK>(cx, q.p_test_case))
            .map(|record_id| AddTestCaseResponse { record_id })
    }

    fn delete_test_case(&self, q: DeleteTestCase) -> R<DeleteTestCaseResponse> {
        self.call(q.cookie, "deleteTestCase", |cx| {
            let id = find::<TestCaseK>(cx, &by_number(q.test_case_number, &q.summary))?;
            delete_test_case(cx, id, q.b_delete_associated_test_runs)
        })
        .map(|result| DeleteTestCaseResponse { result })
    }

    fn delete_test_case_by_record_id(&self, q: DeleteTestCaseByRecordID) -> R<DeleteTestCaseByRecordIDResponse> {
        self.call(q.cookie, "deleteTestCaseByRecordID", |cx| {
            delete_test_case(cx, q.record_id, q.b_delete_associated_test_run)
        })
        .map(|result| DeleteTestCaseByRecordIDResponse { result })
    }

    fn edit_test_case(&self, q: EditTestCase) -> R<EditTestCaseResponse> {
        self.call(q.cookie, "editTestCase", |cx| {
            edit::<TestCaseK>(cx, &by_number(q.test_case_number, &q.summary), q.b_download_attachments)
        })
        .map(|p_test_case| EditTestCaseResponse { p_test_case })
    }

    fn edit_test_case_by_record_id(&self, q: EditTestCaseByRecordID) -> R<EditTestCaseByRecordIDResponse> {
        self.call(q.cookie, "editTestCaseByRecordID", |cx| {
            edit::<TestCaseK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_test_case| EditTestCaseByRecordIDResponse { p_test_case })
    }

    fn save_test_case(&self, q: SaveTestCase) -> R<SaveTestCaseResponse> {
        self.call(q.cookie, "saveTestCase", |cx| save::<TestCaseK>(cx, q.p_test_case))
            .map(|result| SaveTestCaseResponse { result })
    }

    fn cancel_save_test_case(&self, q: CancelSaveTestCase) -> R<CancelSaveTestCaseResponse> {
        self.call(q.cookie, "cancelSaveTestCase", |cx| cancel::<TestCaseK>(cx, q.record_id))
            .map(|result| CancelSaveTestCaseResponse { result })
    }

    fn get_test_run(&self, q: GetTestRun) -> R<GetTestRunResponse> {
        self.call(q.cookie, "getTestRun", |cx| {
            get::<TestRunK>(cx, &by_number(q.test_run_number, &q.summary), q.b_download_attachments)
        })
        .map(|p_test_run| GetTestRunResponse { p_test_run })
    }

    fn get_test_run_by_record_id(&self, q: GetTestRunByRecordID) -> R<GetTestRunByRecordIDResponse> {
        self.call(q.cookie, "getTestRunByRecordID", |cx| {
            get::<TestRunK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_test_run| GetTestRunByRecordIDResponse { p_test_run })
    }

    fn delete_test_run(&self, q: DeleteTestRun) -> R<DeleteTestRunResponse> {
        self.call(q.cookie, "deleteTestRun", |cx| delete::<TestRunK>(cx, &by_number(q.test_run_number, &q.summary)))
            .map(|result| DeleteTestRunResponse { result })
    }

    fn delete_test_run_by_record_id(&self, q: DeleteTestRunByRecordID) -> R<DeleteTestRunByRecordIDResponse> {
        self.call(q.cookie, "deleteTestRunByRecordID", |cx| delete::<TestRunK>(cx, &Key::Id(q.record_id)))
            .map(|result| DeleteTestRunByRecordIDResponse { result })
    }

    fn edit_test_run(&self, q: EditTestRun) -> R<EditTestRunResponse> {
        self.call(q.cookie, "editTestRun", |cx| {
            edit::<TestRunK>(cx, &by_number(q.test_run_number, &q.summary), q.b_download_attachments)
        })
        .map(|p_test_run| EditTestRunResponse { p_test_run })
    }

    fn edit_test_run_by_record_id(&self, q: EditTestRunByRecordID) -> R<EditTestRunByRecordIDResponse> {
        self.call(q.cookie, "editTestRunByRecordID", |cx| {
            edit::<TestRunK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_test_run| EditTestRunByRecordIDResponse { p_test_run })
    }

    fn save_test_run(&self, q: SaveTestRun) -> R<SaveTestRunResponse> {
        self.call(q.cookie, "saveTestRun", |cx| save::<TestRunK>(cx, q.p_test_run))
            .map(|result| SaveTestRunResponse { result })
    }

    fn cancel_save_test_run(&self, q: CancelSaveTestRun) -> R<CancelSaveTestRunResponse> {
        self.call(q.cookie, "cancelSaveTestRun", |cx| cancel::<TestRunK>(cx, q.record_id))
            .map(|result| CancelSaveTestRunResponse { result })
    }

    fn create_defect_for_test_run(&self, q: CreateDefectForTestRun) -> R<CreateDefectForTestRunResponse> {
        self.call(q.cookie, "createDefectForTestRun", |cx| {
            let run = cx.proj().test_runs.get(q.record_id).cloned().ok_or_else(faults::not_found)?;
            let description = run.problemstatement.clone().filter(|p| !p.is_empty()).or(run.steps.clone());
            let defect = CDefect {
                summary: run.summary.clone(),
                reportedbylist: vec![CReportedByRecord {
                    foundby: Some(cx.user_name.clone()),
                    datefound: Some(days_date(cx.now.div_euclid(86_400))),
                    comments: description,
                    showorder: 1,
                    ..Default::default()
                }],
                ..Default::default()
            };
            let id = add::<DefectK>(cx, defect)?;
            link_test_run(cx, q.record_id, id)?;
            get::<DefectK>(cx, &Key::Id(id), true)
        })
        .map(|p_defect| CreateDefectForTestRunResponse { p_defect })
    }

    fn generate_test_runs(&self, q: GenerateTestRuns) -> R<GenerateTestRunsResponse> {
        self.call(q.cookie, "generateTestRuns", |cx| {
            let tc = cx.proj().test_cases.get(q.record_id).cloned().ok_or_else(faults::not_found)?;
            let run = CTestRun {
                summary: tc.summary.clone(),
                type_: tc.type_.clone(),
                testcasenumber: tc.testcasenumber,
                testcaserecordid: Some(tc.recordid),
                testrunset: Some(q.test_run_set.clone()).filter(|s| !s.trim().is_empty()),
                isautomated: tc.isautomated,
                estimatedtime: tc.estimatedtime.clone(),
                steps: tc.steps.clone(),
                stepsmode: tc.testrunstepsmode.clone(),
                ..Default::default()
            };
            let id = add::<TestRunK>(cx, run)?;
            let r = get::<TestRunK>(cx, &Key::Id(id), false)?;
            Ok(vec![AnyCItemToTrack::CTestRun(r)])
        })
        .map(|p_results| GenerateTestRunsResponse { p_results })
    }

    // -----------------------------------------------------------------------------------------
    // Folders

    fn get_folder_type_by_name(&self, q: GetFolderTypeByName) -> R<GetFolderTypeByNameResponse> {
        self.call(q.cookie, "getFolderTypeByName", |cx| {
            cx.proj()
                .folder_types
                .iter()
                .find(|t| s(&t.name).eq_ignore_ascii_case(q.name.trim()))
                .cloned()
                .ok_or_else(faults::not_found)
        })
        .map(|p_type| GetFolderTypeByNameResponse { p_type })
    }

    fn get_folder_type_list(&self, q: GetFolderTypeList) -> R<GetFolderTypeListResponse> {
        self.call(q.cookie, "getFolderTypeList", |cx| Ok(cx.proj().folder_types.clone()))
            .map(|p_type_list| GetFolderTypeListResponse { p_type_list })
    }

    fn add_folder(&self, q: AddFolder) -> R<AddFolderResponse> {
        self.call(q.cookie, "addFolder", |cx| add::<FolderK>(cx, q.p_folder))
            .map(|record_id| AddFolderResponse { record_id })
    }

    fn edit_folder(&self, q: EditFolder) -> R<EditFolderResponse> {
        self.call(q.cookie, "editFolder", |cx| edit::<FolderK>(cx, &Key::Text(q.folder_path.clone()), true))
            .map(|p_folder| EditFolderResponse { p_folder })
    }

    fn edit_folder_by_record_id(&self, q: EditFolderByRecordID) -> R<EditFolderByRecordIDResponse> {
        self.call(q.cookie, "editFolderByRecordID", |cx| {
            folders::folder_by_id(cx, q.record_id, q.public_folder)?;
            edit::<FolderK>(cx, &Key::Id(q.record_id), true)
        })
        .map(|p_folder| EditFolderByRecordIDResponse { p_folder })
    }

    fn save_folder(&self, q: SaveFolder) -> R<SaveFolderResponse> {
        self.call(q.cookie, "saveFolder", |cx| save::<FolderK>(cx, q.p_folder))
            .map(|result| SaveFolderResponse { result })
    }

    fn cancel_save_folder(&self, q: CancelSaveFolder) -> R<CancelSaveFolderResponse> {
        self.call(q.cookie, "cancelSaveFolder", |cx| cancel::<FolderK>(cx, q.record_id))
            .map(|result| CancelSaveFolderResponse { result })
    }

    fn get_folder(&self, q: GetFolder) -> R<GetFolderResponse> {
        self.call(q.cookie, "getFolder", |cx| get::<FolderK>(cx, &Key::Text(q.path.clone()), true))
            .map(|p_folder| GetFolderResponse { p_folder })
    }

    fn get_folder_by_record_id(&self, q: GetFolderByRecordID) -> R<GetFolderByRecordIDResponse> {
        self.call(q.cookie, "getFolderByRecordID", |cx| {
            folders::folder_by_id(cx, q.record_id, q.public_folder)?;
            get::<FolderK>(cx, &Key::Id(q.record_id), true)
        })
        .map(|p_folder| GetFolderByRecordIDResponse { p_folder })
    }

    fn delete_folder(&self, q: DeleteFolder) -> R<DeleteFolderResponse> {
        self.call(q.cookie, "deleteFolder", |cx| delete::<FolderK>(cx, &Key::Text(q.folder_path.clone())))
            .map(|result| DeleteFolderResponse { result })
    }

    fn delete_folder_by_record_id(&self, q: DeleteFolderByRecordID) -> R<DeleteFolderByRecordIDResponse> {
        self.call(q.cookie, "deleteFolderByRecordID", |cx| {
            folders::folder_by_id(cx, q.record_id, q.public_folder)?;
            delete::<FolderK>(cx, &Key::Id(q.record_id))
        })
        .map(|result| DeleteFolderByRecordIDResponse { result })
    }

    fn add_entity_to_folder_by_record_id(
        &self,
        q: AddEntityToFolderByRecordID,
    ) -> R<AddEntityToFolderByRecordIDResponse> {
        self.call(q.cookie, "addEntityToFolderByRecordID", |cx| {
            let id = folders::add_item(cx, q.record_id, q.public_folder, q.entity_record_id, &q.entity_table_name)?;
            Ok(AddEntityToFolderByRecordIDResponse { item_record_id: i32::try_from(id).unwrap_or(i32::MAX) })
        })
    }

    fn remove_entity_from_folder_by_record_id(
        &self,
        q: RemoveEntityFromFolderByRecordID,
    ) -> R<RemoveEntityFromFolderByRecordIDResponse> {
        self.call(q.cookie, "removeEntityFromFolderByRecordID", |cx| {
            folders::remove_item(cx, q.record_id, q.public_folder, &q.entity)
        })
        .map(|result| RemoveEntityFromFolderByRecordIDResponse { result })
    }

    fn get_entity_list_for_folder_by_record_id(
        &self,
        q: GetEntityListForFolderByRecordID,
    ) -> R<GetEntityListForFolderByRecordIDResponse> {
        self.call(q.cookie, "getEntityListForFolderByRecordID", |cx| {
            folders::folder_by_id(cx, q.record_id, q.public_folder)?;
            Ok(folders::items(cx, q.record_id))
        })
        .map(|p_entity_list| GetEntityListForFolderByRecordIDResponse { p_entity_list })
    }

    fn get_folder_list_for_entity_by_record_id(
        &self,
        q: GetFolderListForEntityByRecordID,
    ) -> R<GetFolderListForEntityByRecordIDResponse> {
        self.call(q.cookie, "getFolderListForEntityByRecordID", |cx| {
            let t = cx.table(&q.tablename)?;
            cx.proj().describe(t, q.record_id).ok_or_else(faults::not_found)?;
            Ok(folders::folders_of(cx, t, q.record_id))
        })
        .map(|p_folder_list| GetFolderListForEntityByRecordIDResponse { p_folder_list })
    }

    fn get_folder_path_separator(&self, q: GetFolderPathSeparator) -> R<GetFolderPathSeparatorResponse> {
        self.call(q.cookie, "getFolderPathSeparator", |_| {
            Ok(GetFolderPathSeparatorResponse { separator: folders::SEPARATOR as i8 })
        })
    }

    fn get_root_public_folder_path(&self, q: GetRootPublicFolderPath) -> R<GetRootPublicFolderPathResponse> {
        self.call(q.cookie, "getRootPublicFolderPath", |cx| {
            let root = cx.proj().folders.get(cx.proj().public_root).and_then(|f| f.path.clone()).unwrap_or_default();
            Ok(GetRootPublicFolderPathResponse { str_public_path: root })
        })
    }

    fn get_root_private_folder_path(&self, q: GetRootPrivateFolderPath) -> R<GetRootPrivateFolderPathResponse> {
        self.call(q.cookie, "getRootPrivateFolderPath", |cx| {
            let root = cx.proj().folders.get(cx.proj().private_root).and_then(|f| f.path.clone()).unwrap_or_default();
            Ok(GetRootPrivateFolderPathResponse { str_private_path: root })
        })
    }

    fn edit_folder_item_rank(&self, q: EditFolderItemRank) -> R<EditFolderItemRankResponse> {
        self.call(q.cookie, "editFolderItemRank", |cx| {
            folders::folder_by_id(cx, q.record_id, q.public_folder)?;
            cx.w.locks
                .acquire(Table::Folder, q.record_id, cx.cookie, cx.now_ms)
                .map_err(|_| faults::record_locked())?;
            Ok(folders::items(cx, q.record_id))
        })
        .map(|p_entity_list| EditFolderItemRankResponse { p_entity_list })
    }

    fn save_folder_item_rank(&self, q: SaveFolderItemRank) -> R<SaveFolderItemRankResponse> {
        self.call(q.cookie, "saveFolderItemRank", |cx| {
            cx.w.locks
                .check_owner(Table::Folder, q.record_id, cx.cookie, cx.now_ms)
                .map_err(|_| faults::edit_record_not_found())?;
            folders::folder_by_id(cx, q.record_id, q.public_folder)?;
            folders::save_ranks(cx, q.record_id, &q.folder_item_list)?;
            let _ = cx.w.locks.release(Table::Folder, q.record_id, cx.cookie, cx.now_ms);
            Ok(SaveFolderItemRankResponse { result: 0 })
        })
    }

    fn cancel_save_folder_item_rank(&self, q: CancelSaveFolderItemRank) -> R<CancelSaveFolderItemRankResponse> {
        self.call(q.cookie, "cancelSaveFolderItemRank", |cx| cancel::<FolderK>(cx, q.record_id))
            .map(|result| CancelSaveFolderItemRankResponse { result })
    }

    fn get_folder_tree_by_record_id(&self, q: GetFolderTreeByRecordID) -> R<GetFolderTreeByRecordIDResponse> {
        self.call(q.cookie, "getFolderTreeByRecordID", |cx| {
            cx.proj().folders.get(q.tree_root_folder_id).ok_or_else(faults::not_found)?;
            Ok(folders::tree(cx, q.tree_root_folder_id))
        })
        .map(|folder_tree_root| GetFolderTreeByRecordIDResponse { folder_tree_root })
    }

    fn get_folder_tree(&self, q: GetFolderTree) -> R<GetFolderTreeResponse> {
        self.call(q.cookie, "getFolderTree", |cx| {
            let id = find::<FolderK>(cx, &Key::Text(q.tree_root_folder_path.clone()))?;
            Ok(folders::tree(cx, id))
        })
        .map(|folder_tree_root| GetFolderTreeResponse { folder_tree_root })
    }

    // -----------------------------------------------------------------------------------------
    // Requirements and documents

    fn get_requirement(&self, q: GetRequirement) -> R<GetRequirementResponse> {
        self.call(q.cookie, "getRequirement", |cx| {
            get::<RequirementK>(cx, &by_number(q.requirement_number, &q.summary), q.b_download_attachments)
        })
        .map(|p_requirement| GetRequirementResponse { p_requirement })
    }

    fn get_requirement_by_record_id(&self, q: GetRequirementByRecordID) -> R<GetRequirementByRecordIDResponse> {
        self.call(q.cookie, "getRequirementByRecordID", |cx| {
            get::<RequirementK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_requirement| GetRequirementByRecordIDResponse { p_requirement })
    }

    fn add_requirement(&self, q: AddRequirement) -> R<AddRequirementResponse> {
        self.call(q.cookie, "addRequirement", |cx| add::<RequirementK>(cx, q.p_requirement))
            .map(|record_id| AddRequirementResponse { record_id })
    }

    fn delete_requirement(&self, q: DeleteRequirement) -> R<DeleteRequirementResponse> {
        self.call(q.cookie, "deleteRequirement", |cx| {
            delete::<RequirementK>(cx, &by_number(q.requirement_number, &q.summary))
        })
        .map(|result| DeleteRequirementResponse { result })
    }

    fn delete_requirement_by_record_id(
        &self,
        q: DeleteRequirementByRecordID,
    ) -> R<DeleteRequirementByRecordIDResponse> {
        self.call(q.cookie, "deleteRequirementByRecordID", |cx| delete::<RequirementK>(cx, &Key::Id(q.record_id)))
            .map(|result| DeleteRequirementByRecordIDResponse { result })
    }

    fn edit_requirement(&self, q: EditRequirement) -> R<EditRequirementResponse> {
        self.call(q.cookie, "editRequirement", |cx| {
            edit::<RequirementK>(cx, &by_number(q.requirement_number, &q.summary), q.b_download_attachments)
        })
        .map(|p_requirement| EditRequirementResponse { p_requirement })
    }

    fn edit_requirement_by_record_id(&self, q: EditRequirementByRecordID) -> R<EditRequirementByRecordIDResponse> {
        self.call(q.cookie, "editRequirementByRecordID", |cx| {
            edit::<RequirementK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_requirement| EditRequirementByRecordIDResponse { p_requirement })
    }

    fn save_requirement(&self, q: SaveRequirement) -> R<SaveRequirementResponse> {
        self.call(q.cookie, "saveRequirement", |cx| save::<RequirementK>(cx, q.p_requirement))
            .map(|result| SaveRequirementResponse { result })
    }

    fn cancel_save_requirement(&self, q: CancelSaveRequirement) -> R<CancelSaveRequirementResponse> {
        self.call(q.cookie, "cancelSaveRequirement", |cx| cancel::<RequirementK>(cx, q.record_id))
            .map(|result| CancelSaveRequirementResponse { result })
    }

    fn append_to_requirement_document(&self, q: AppendToRequirementDocument) -> R<AppendToRequirementDocumentResponse> {
        self.call(q.cookie, "appendToRequirementDocument", |cx| {
            cx.proj().requirements.get(q.requirement_id).ok_or_else(faults::not_found)?;
            let members = doc_members(cx, q.document_id)?;
            if members.iter().any(|m| m.requirement == q.requirement_id) {
                return Err(faults::fault(codes::DUPLICATE_NAME, "The requirement is already in the document."));
            }
            if q.parent_requirement_id != 0 && !members.iter().any(|m| m.requirement == q.parent_requirement_id) {
                return Err(faults::validation("The parent requirement is not in the document."));
            }
            cx.proj_mut()
                .doc_members
                .entry(q.document_id)
                .or_default()
                .push(DocMember { requirement: q.requirement_id, parent: q.parent_requirement_id });
            Ok(AppendToRequirementDocumentResponse { result: 0 })
        })
    }

    fn get_document_ids_for_requirement(
        &self,
        q: GetDocumentIDsForRequirement,
    ) -> R<GetDocumentIDsForRequirementResponse> {
        self.call(q.cookie, "getDocumentIDsForRequirement", |cx| {
            cx.proj().requirements.get(q.requirement_id).ok_or_else(faults::not_found)?;
            Ok(cx
                .proj()
                .doc_members
                .iter()
                .filter(|(_, m)| m.iter().any(|x| x.requirement == q.requirement_id))
                .map(|(d, _)| *d)
                .collect())
        })
        .map(|record_ids| GetDocumentIDsForRequirementResponse { record_ids })
    }

    fn change_requirement_type(&self, q: ChangeRequirementType) -> R<ChangeRequirementTypeResponse> {
        self.call(q.cookie, "changeRequirementType", |cx| {
            let id = q.requirement_id;
            cx.proj().requirements.get(id).ok_or_else(faults::not_found)?;
            if cx.w.locks.holder(Table::Requirement, id, cx.now_ms).is_some_and(|c| c != cx.cookie) {
                return Err(faults::record_locked());
            }
            let mut ty = Some(q.new_type_name.clone());
            super::common::require(&ty, "The requirement type")?;
            super::common::check_dropdown(cx, Table::Requirement, "Type", &mut ty)?;
            let (now, user) = (super::common::secs_datetime(cx.now), cx.user_name.clone());
            if let Some(mut r) = cx.proj_mut().requirements.get_mut(id) {
                r.type_ = ty;
                r.date_time_modified = Some(now);
                r.modified_by_user = Some(user);
            }
            Ok(ChangeRequirementTypeResponse { result: 0 })
        })
    }

    fn get_requirement_document(&self, q: GetRequirementDocument) -> R<GetRequirementDocumentResponse> {
        self.call(q.cookie, "getRequirementDocument", |cx| {
            get::<RequirementDocumentK>(cx, &by_number(q.document_number, &q.name), q.b_download_attachments)
        })
        .map(|p_requirement_document| GetRequirementDocumentResponse { p_requirement_document })
    }

    fn get_requirement_document_by_record_id(
        &self,
        q: GetRequirementDocumentByRecordID,
    ) -> R<GetRequirementDocumentByRecordIDResponse> {
        self.call(q.cookie, "getRequirementDocumentByRecordID", |cx| {
            get::<RequirementDocumentK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_requirement_document| GetRequirementDocumentByRecordIDResponse { p_requirement_document })
    }

    fn add_requirement_document(&self, q: AddRequirementDocument) -> R<AddRequirementDocumentResponse> {
        self.call(q.cookie, "addRequirementDocument", |cx| add::<RequirementDocumentK>(cx, q.p_requirement_document))
            .map(|record_id| AddRequirementDocumentResponse { record_id })
    }

    fn delete_requirement_document(&self, q: DeleteRequirementDocument) -> R<DeleteRequirementDocumentResponse> {
        self.call(q.cookie, "deleteRequirementDocument", |cx| {
            let id = find::<RequirementDocumentK>(cx, &by_number(q.document_number, &q.name))?;
            delete_document(cx, id, q.b_delete_associated_requirements)
        })
        .map(|result| DeleteRequirementDocumentResponse { result })
    }

    fn delete_requirement_document_by_record_id(
        &self,
        q: DeleteRequirementDocumentByRecordID,
    ) -> R<DeleteRequirementDocumentByRecordIDResponse> {
        self.call(q.cookie, "deleteRequirementDocumentByRecordID", |cx| {
            delete_document(cx, q.record_id, q.b_delete_associated_requirements)
        })
        .map(|result| DeleteRequirementDocumentByRecordIDResponse { result })
    }

    fn edit_requirement_document(&self, q: EditRequirementDocument) -> R<EditRequirementDocumentResponse> {
        self.call(q.cookie, "editRequirementDocument", |cx| {
            edit::<RequirementDocumentK>(cx, &by_number(q.document_number, &q.name), q.b_download_attachments)
        })
        .map(|p_requirement_document| EditRequirementDocumentResponse { p_requirement_document })
    }

    fn edit_requirement_document_by_record_id(
        &self,
        q: EditRequirementDocumentByRecordID,
    ) -> R<EditRequirementDocumentByRecordIDResponse> {
        self.call(q.cookie, "editRequirementDocumentByRecordID", |cx| {
            edit::<RequirementDocumentK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
        })
        .map(|p_requirement_document| EditRequirementDocumentByRecordIDResponse { p_requirement_document })
    }

    fn save_requirement_document(&self, q: SaveRequirementDocument) -> R<SaveRequirementDocumentResponse> {
        self.call(q.cookie, "saveRequirementDocument", |cx| save::<RequirementDocumentK>(cx, q.p_requirement_document))
            .map(|result| SaveRequirementDocumentResponse { result })
    }

    fn cancel_save_requirement_document(
        &self,
        q: CancelSaveRequirementDocument,
    ) -> R<CancelSaveRequirementDocumentResponse> {
        self.call(q.cookie, "cancelSaveRequirementDocument", |cx| cancel::<RequirementDocumentK>(cx, q.record_id))
            .map(|result| CancelSaveRequirementDocumentResponse { result })
    }

    fn create_snapshot(&self, q: CreateSnapshot) -> R<CreateSnapshotResponse> {
        self.call(q.cookie, "createSnapshot", |cx| {
            let (user, when) = (cx.user_name.clone(), clock::format_locale_datetime(cx.now));
            let mut doc = cx.proj_mut().req_docs.get_mut(q.document_id).ok_or_else(faults::not_found)?;
            let n = doc.snapshot_list.len() as i64 + 1;
            doc.snapshot_list.push(CSnapshotInfo {
                version_number: Some(n),
                created_by_user: Some(user),
                date_time_created: Some(when),
                label: q.snapshot.label.clone(),
                comment: q.snapshot.comment.clone(),
            });
            Ok(CreateSnapshotResponse { result: 0 })
        })
    }

    fn get_requirement_ids_for_document(
        &self,
        q: GetRequirementIDsForDocument,
    ) -> R<GetRequirementIDsForDocumentResponse> {
        self.call(q.cookie, "getRequirementIDsForDocument", |cx| {
            Ok(doc_members(cx, q.document_id)?.iter().map(|m| m.requirement).collect())
        })
        .map(|record_ids| GetRequirementIDsForDocumentResponse { record_ids })
    }

    fn get_document_tree(&self, q: GetDocumentTree) -> R<GetDocumentTreeResponse> {
        self.call(q.cookie, "getDocumentTree", |cx| {
            let members = doc_members(cx, q.document_id)?;
            let doc = cx.proj().req_docs.get(q.document_id).cloned().unwrap_or_default();
            Ok(AnyCTreeNodeSoap::CDocumentTreeNode(CDocumentTreeNode {
                entity_table_name: Some(Table::RequirementDocument.name().into()),
                entity_record_id: q.document_id,
                child_list: doc_node(cx, &members, 0, ""),
                summary: doc.name,
                outline_number: None,
                tag: None,
            }))
        })
        .map(|doc_tree_root_node| GetDocumentTreeResponse { doc_tree_root_node })
    }

    // -----------------------------------------------------------------------------------------
    // Not supported by the emulator (see NOT_SUPPORTED)

    fn get_report_run_results_by_name(&self, _q: GetReportRunResultsByName) -> R<GetReportRunResultsByNameResponse> {
        not_supported("getReportRunResultsByName")
    }

    fn get_report_run_results_by_record_id(
        &self,
        _q: GetReportRunResultsByRecordID,
    ) -> R<GetReportRunResultsByRecordIDResponse> {
        not_supported("getReportRunResultsByRecordID")
    }

    fn get_doc_for_export_template(&self, _q: GetDocForExportTemplate) -> R<GetDocForExportTemplateResponse> {
        not_supported("getDocForExportTemplate")
    }

    fn get_doc_for_export_template_req_doc(
        &self,
        _q: GetDocForExportTemplateReqDoc,
    ) -> R<GetDocForExportTemplateReqDocResponse> {
        not_supported("getDocForExportTemplateReqDoc")
    }

    fn get_doc_for_export_template_folder(
        &self,
        _q: GetDocForExportTemplateFolder,
    ) -> R<GetDocForExportTemplateFolderResponse> {
        not_supported("getDocForExportTemplateFolder")
    }

    fn get_user_license_list(&self, _q: GetUserLicenseList) -> R<GetUserLicenseListResponse> {
        not_supported("getUserLicenseList")
    }

    fn promote_user(&self, _q: PromoteUser) -> R<PromoteUserResponse> {
        not_supported("promoteUser")
    }

    fn add_global_user(&self, _q: AddGlobalUser) -> R<AddGlobalUserResponse> {
        not_supported("addGlobalUser")
    }

    fn promote_customer(&self, _q: PromoteCustomer) -> R<PromoteCustomerResponse> {
        not_supported("promoteCustomer")
    }

    fn add_global_customer(&self, _q: AddGlobalCustomer) -> R<AddGlobalCustomerResponse> {
        not_supported("addGlobalCustomer")
    }

    fn get_test_variant_types(&self, _q: GetTestVariantTypes) -> R<GetTestVariantTypesResponse> {
        not_supported("getTestVariantTypes")
    }

    fn get_item_hyperlinks(&self, _q: GetItemHyperlinks) -> R<GetItemHyperlinksResponse> {
        not_supported("getItemHyperlinks")
    }
}

fn delete_test_case(cx: &mut Cx<'_>, id: i64, with_runs: bool) -> R<i32> {
    let runs: Vec<i64> = if with_runs {
        cx.proj().test_runs.iter().filter(|r| r.testcaserecordid == Some(id)).map(|r| r.recordid).collect()
    } else {
        Vec::new()
    };
    for r in &runs {
        if cx.w.locks.holder(Table::TestRun, *r, cx.now_ms).is_some_and(|c| c != cx.cookie) {
            return Err(faults::record_locked());
        }
    }
    delete::<TestCaseK>(cx, &Key::Id(id))?;
    for r in runs {
        delete::<TestRunK>(cx, &Key::Id(r))?;
    }
    Ok(0)
}

fn delete_document(cx: &mut Cx<'_>, id: i64, with_requirements: bool) -> R<i32> {
    let reqs: Vec<i64> = if with_requirements {
        cx.proj().doc_members.get(&id).map(|m| m.iter().map(|x| x.requirement).collect()).unwrap_or_default()
    } else {
        Vec::new()
    };
    for r in &reqs {
        if cx.w.locks.holder(Table::Requirement, *r, cx.now_ms).is_some_and(|c| c != cx.cookie) {
            return Err(faults::record_locked());
        }
    }
    delete::<RequirementDocumentK>(cx, &Key::Id(id))?;
    for r in reqs {
        if cx.proj().requirements.contains(r) {
            delete::<RequirementK>(cx, &Key::Id(r))?;
        }
    }
    Ok(0)
}
