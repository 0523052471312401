//! Defects.

use super::stamps;
use super::*;
use crate::service::stored_in;
use tt_domain::fields::first_report;

/// Defects (issues).
pub(crate) struct Defects;

fn check_report(cx: &mut CallContext<'_>, r: &mut CReportedByRecord) -> Result<(), Fault> {
    check_user(cx, "foundby", &mut r.foundby)?;
    check_dropdown(cx, Table::Defect, "Reproduced", &mut r.reproduced)
}

/// Merges found-by reports: a non-empty list replaces the stored one; items with a stored
/// record id keep the stored values of what they leave out and their attachments merge.
fn merge_reports(
    cx: &mut CallContext<'_>,
    stored: &[CReportedByRecord],
    incoming: Vec<CReportedByRecord>,
) -> Result<Vec<CReportedByRecord>, Fault> {
    if incoming.is_empty() {
        return Ok(stored.to_vec());
    }
    let mut out = Vec::with_capacity(incoming.len());
    for (i, mut r) in incoming.into_iter().enumerate() {
        let old = stored.iter().find(|o| r.recordid != 0 && o.recordid == r.recordid).cloned();
        match &old {
            Some(o) => {
                keep!(r, o; foundby, datefound, contactinfo, foundinversion, comments, reproduced, reproducedsteps,
                    standardtestconfig, otherhardwaresoftware, testconfigtype);
            }
            None => r.recordid = cx.next_id(),
        }
        let empty = CReportedByRecord::default();
        let o = old.as_ref().unwrap_or(&empty);
        r.attachmentlist = merge_attachments(cx, &o.attachmentlist, &r.attachmentlist);
        r.comments_inline_attach_list =
            merge_attachments(cx, &o.comments_inline_attach_list, &r.comments_inline_attach_list);
        r.repro_steps_inline_attach_list =
            merge_attachments(cx, &o.repro_steps_inline_attach_list, &r.repro_steps_inline_attach_list);
        r.other_hwsw_inline_attach_list =
            merge_attachments(cx, &o.other_hwsw_inline_attach_list, &r.other_hwsw_inline_attach_list);
        check_report(cx, &mut r)?;
        r.showorder = i16::try_from(i + 1).unwrap_or(i16::MAX);
        out.push(r);
    }
    Ok(out)
}

fn check_defect(cx: &mut CallContext<'_>, r: &mut CDefect) -> Result<(), Fault> {
    require(&r.summary, "Summary")?;
    let t = Table::Defect;
    check_dropdown(cx, t, "Type", &mut r.type_)?;
    check_dropdown(cx, t, "Priority", &mut r.priority)?;
    check_dropdown(cx, t, "Product", &mut r.product)?;
    check_dropdown(cx, t, "Component", &mut r.component)?;
    check_dropdown(cx, t, "Severity", &mut r.severity)?;
    check_dropdown(cx, t, "Disposition", &mut r.disposition)?;
    check_user(cx, "enteredby", &mut r.enteredby)
}

impl Kind for Defects {
    type Record = CDefect;
    const TABLE: Table = Table::Defect;

    stored_in!(projects.defects, text summary, number defectnumber);

    fn on_add(cx: &mut CallContext<'_>, r: &mut CDefect) -> Result<(), Fault> {
        check_defect(cx, r)?;
        entered_defaults(cx, &mut r.enteredby, &mut r.dateentered);
        let reports = std::mem::take(&mut r.reportedbylist);
        r.reportedbylist = merge_reports(cx, &[], reports)?;
        add_events(cx, Table::Defect, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::Defect, &[], &r.custom_field_list)?;
        r.workaround_inline_attach_list = merge_attachments(cx, &[], &r.workaround_inline_attach_list);
        stamps!(added cx, r; datetimecreated, createdbyuser, datetimemodified, modifiedbyuser, locationaddedfrom);
        Ok(())
    }

    fn on_save(cx: &mut CallContext<'_>, old: &CDefect, r: &mut CDefect) -> Result<(), Fault> {
        keep!(r, old; summary, disposition, type_, priority, product, component, reference, severity, enteredby,
            workaround, dateentered, actualhourstofix, estimatedhours, remaininghours, variance, storypoints,
            percentdone);
        check_defect(cx, r)?;
        let reports = std::mem::take(&mut r.reportedbylist);
        r.reportedbylist = merge_reports(cx, &old.reportedbylist, reports)?;
        save_events(cx, Table::Defect, &old.state, &old.eventlist, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::Defect, &old.custom_field_list, &r.custom_field_list)?;
        r.workaround_inline_attach_list =
            merge_attachments(cx, &old.workaround_inline_attach_list, &r.workaround_inline_attach_list);
        keep_if_empty(&mut r.p_scc_file_list, &old.p_scc_file_list);
        stamps!(saved cx, old, r; datetimecreated, createdbyuser, datetimemodified, modifiedbyuser, locationaddedfrom);
        Ok(())
    }

    fn outgoing(cx: &CallContext<'_>, r: &mut CDefect, download: bool) {
        if !download {
            strip(&mut r.workaround_inline_attach_list);
            for rep in &mut r.reportedbylist {
                strip(&mut rep.attachmentlist);
                strip(&mut rep.comments_inline_attach_list);
                strip(&mut rep.repro_steps_inline_attach_list);
                strip(&mut rep.other_hwsw_inline_attach_list);
            }
        }
        outgoing_events(cx.profile, &mut r.eventlist, download);
        if cx.profile == Profile::V2013 {
            // CDefect.dateentered does not exist in the 2013 interface.
            r.dateentered = None;
        }
    }

    const COLUMNS: &'static [Field<CDefect>] = tt_domain::fields::DEFECT;

    fn custom(r: &CDefect) -> &[AnyCField] {
        &r.custom_field_list
    }

    fn seed_custom(r: &mut CDefect, fields: Vec<AnyCField>) -> Result<(), String> {
        r.custom_field_list = fields;
        Ok(())
    }

    fn seed_attachments(r: &mut CDefect, files: Vec<CFileAttachment>) -> Result<(), String> {
        first_report(r).attachmentlist.extend(files);
        Ok(())
    }

    fn seed_events(r: &mut CDefect, events: Vec<AnyCEvent>) -> Result<(), String> {
        r.eventlist = events;
        Ok(())
    }
}
