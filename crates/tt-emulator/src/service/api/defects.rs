//! Defects and attachments.

use super::*;

pub(super) fn add_defect_with_link(
    cx: &mut CallContext<'_>,
    q: AddDefectWithLink,
) -> Result<AddDefectWithLinkResponse, Fault> {
    cx.proj().test_runs.get(q.test_run_record_id).ok_or_else(faults::not_found)?;
    let id = add::<Defects>(cx, q.p_defect)?;
    link_test_run(cx, q.test_run_record_id, id)?;
    Ok(AddDefectWithLinkResponse { record_id: id })
}

pub(super) fn get_attachment(cx: &mut CallContext<'_>, q: GetAttachment) -> Result<CFileAttachment, Fault> {
    let t = cx.table(&q.tablename)?;
    let list = attachments_of(cx, t, q.record_id, q.event_id)?;
    find_attachment(&list, &q.psz_archive_name).cloned().ok_or_else(faults::not_found)
}

pub(super) fn get_defect_attachment(
    cx: &mut CallContext<'_>,
    q: GetDefectAttachment,
) -> Result<CFileAttachment, Fault> {
    let ids: Vec<i64> = cx.proj().defects.iter().map(|d| d.recordid).collect();
    for id in ids {
        let list = attachments_of(cx, Table::Defect, id, 0)?;
        if let Some(a) = find_attachment(&list, &q.psz_archive_name) {
            return Ok(a.clone());
        }
    }
    Err(faults::not_found())
}
