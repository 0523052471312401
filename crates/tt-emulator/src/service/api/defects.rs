//! Defects and attachments.

use super::*;

pub(super) fn get_defect(cx: &mut Cx<'_>, q: GetDefect) -> Result<CDefect, Fault> {
    get::<DefectK>(cx, &by_number(q.defect_number, &q.summary), q.b_download_attachments)
}

pub(super) fn get_defect_by_record_id(cx: &mut Cx<'_>, q: GetDefectByRecordID) -> Result<CDefect, Fault> {
    get::<DefectK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
}

pub(super) fn add_defect_with_link(cx: &mut Cx<'_>, q: AddDefectWithLink) -> Result<AddDefectWithLinkResponse, Fault> {
    cx.proj().test_runs.get(q.test_run_record_id).ok_or_else(faults::not_found)?;
    let id = add::<DefectK>(cx, q.p_defect)?;
    link_test_run(cx, q.test_run_record_id, id)?;
    Ok(AddDefectWithLinkResponse { record_id: id })
}

pub(super) fn edit_defect(cx: &mut Cx<'_>, q: EditDefect) -> Result<CDefect, Fault> {
    edit::<DefectK>(cx, &by_number(q.defect_number, &q.summary), q.b_download_attachments)
}

pub(super) fn edit_defect_by_record_id(cx: &mut Cx<'_>, q: EditDefectByRecordID) -> Result<CDefect, Fault> {
    edit::<DefectK>(cx, &Key::Id(q.record_id), q.b_download_attachments)
}

pub(super) fn get_attachment(cx: &mut Cx<'_>, q: GetAttachment) -> Result<CFileAttachment, Fault> {
    let t = cx.table(&q.tablename)?;
    let list = attachments_of(cx, t, q.record_id, q.event_id)?;
    find_attachment(&list, &q.psz_archive_name).cloned().ok_or_else(faults::not_found)
}

pub(super) fn get_defect_attachment(cx: &mut Cx<'_>, q: GetDefectAttachment) -> Result<CFileAttachment, Fault> {
    let ids: Vec<i64> = cx.proj().defects.iter().map(|d| d.recordid).collect();
    for id in ids {
        let list = attachments_of(cx, Table::Defect, id, 0)?;
        if let Some(a) = find_attachment(&list, &q.psz_archive_name) {
            return Ok(a.clone());
        }
    }
    Err(faults::not_found())
}
