//! Logon, logoff and the session's options.

use super::*;

pub(super) fn get_database_list(emu: &EmulatorState, _q: GetDatabaseList) -> Result<GetDatabaseListResponse, Fault> {
    let w = lock(&emu.world);
    Ok(GetDatabaseListResponse {
        p_db_list: w.projects.iter().map(|p| CDatabase { name: Some(p.name.clone()) }).collect(),
    })
}

pub(super) fn get_project_list(emu: &EmulatorState, q: GetProjectList) -> Result<GetProjectListResponse, Fault> {
    let w = lock(&emu.world);
    let uid = authenticate(&w, &q.username, q.password.expose())?;
    Ok(GetProjectListResponse {
        p_proj_list: (0..w.projects.len()).filter(|p| may_open(&w, uid, *p)).map(|p| cproject(&w, p)).collect(),
    })
}

pub(super) fn get_project_data_option_list(
    _emu: &EmulatorState,
    _q: GetProjectDataOptionList,
) -> Result<GetProjectDataOptionListResponse, Fault> {
    Ok(GetProjectDataOptionListResponse {
        p_proj_types: ["TestTrack Pro", "TestTrack TCM", "TestTrack RM"]
            .iter()
            .map(|n| CProjectDataOption { name: Some(n.to_string()) })
            .collect(),
    })
}

pub(super) fn database_logon(emu: &EmulatorState, q: DatabaseLogon) -> Result<DatabaseLogonResponse, Fault> {
    Ok(DatabaseLogonResponse { cookie: emu.logon(&q.dbname, &q.username, q.password.expose(), None)? })
}

pub(super) fn project_logon(emu: &EmulatorState, q: ProjectLogon) -> Result<ProjectLogonResponse, Fault> {
    let name = q.p_proj.database.as_ref().and_then(|d| d.name.clone()).unwrap_or_default();
    if name.trim().is_empty() {
        return Err(faults::missing_parameter("pProj.database.name"));
    }
    let options: Vec<String> = q.p_proj.options.iter().filter_map(|o| o.name.clone()).collect();
    Ok(ProjectLogonResponse { cookie: emu.logon(&name, &q.username, q.password.expose(), Some(&options))? })
}

pub(super) fn database_logoff(cx: &mut CallContext<'_>, _q: DatabaseLogoff) -> Result<DatabaseLogoffResponse, Fault> {
    cx.world.sessions.remove(cx.cookie);
    cx.world.locks.release_all(cx.cookie);
    Ok(DatabaseLogoffResponse { result: 0 })
}

pub(super) fn formatted_text_support(
    cx: &mut CallContext<'_>,
    q: FormattedTextSupport,
) -> Result<FormattedTextSupportResponse, Fault> {
    if let Some(s) = cx.world.sessions.get_mut(cx.cookie) {
        s.formatted_text = q.enable_formatted_text;
    }
    Ok(FormattedTextSupportResponse { formatting_enabled: q.enable_formatted_text })
}

pub(super) fn get_tt_version_info(
    cx: &mut CallContext<'_>,
    _q: GetTTVersionInfo,
) -> Result<GetTTVersionInfoResponse, Fault> {
    Ok(GetTTVersionInfoResponse {
        p_version_info: CTTVersionInfo {
            server_version: Some(cx.world.server.server_version.clone()),
            cgi_version: Some(cx.world.server.cgi_version.clone()),
        },
    })
}
