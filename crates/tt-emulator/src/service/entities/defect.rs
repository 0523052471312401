//! Defects.

use super::stamps;
use super::*;
use crate::service::{column, stored_in};

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

fn first_report(r: &mut CDefect) -> &mut CReportedByRecord {
    if r.reportedbylist.is_empty() {
        r.reportedbylist.push(CReportedByRecord { showorder: 1, ..Default::default() });
    }
    &mut r.reportedbylist[0]
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

    const COLUMNS: &'static [Column<CDefect>] = &[
        column!("Number", Int, |r| Value::opt_int(&r.defectnumber)),
        column!("Summary", Text, |r| Value::opt_text(&r.summary), |r, v| r.summary = text(v)),
        column!("Status", Text, |r| Value::opt_text(&r.state)),
        column!("Type", Text, |r| Value::opt_text(&r.type_), |r, v| r.type_ = text(v)),
        column!("Priority", Text, |r| Value::opt_text(&r.priority), |r, v| r.priority = text(v)),
        column!("Severity", Text, |r| Value::opt_text(&r.severity), |r, v| r.severity = text(v)),
        column!("Product", Text, |r| Value::opt_text(&r.product), |r, v| r.product = text(v)),
        column!("Component", Text, |r| Value::opt_text(&r.component), |r, v| r.component = text(v)),
        column!("Disposition", Text, |r| Value::opt_text(&r.disposition), |r, v| r.disposition = text(v)),
        column!("Reference", Text, |r| Value::opt_text(&r.reference), |r, v| r.reference = text(v)),
        column!("Entered By", Text, |r| Value::opt_text(&r.enteredby), |r, v| r.enteredby = text(v)),
        column!("Date Entered", Date, |r| Value::opt_date(&r.dateentered), |r, v| r.dateentered = value_date(&v)),
        column!("Workaround", Text, |r| Value::opt_text(&r.workaround), |r, v| r.workaround = text(v)),
        column!("Found By", Text, |r| report_text(r, |x| &x.foundby), |r, v| first_report(r).foundby = text(v)),
        column!(
            "Date Found",
            Date,
            |r| r.reportedbylist.first().map_or(Value::Empty, |x| Value::opt_date(&x.datefound)),
            |r, v| first_report(r).datefound = value_date(&v)
        ),
        column!("Found In Version", Text, |r| report_text(r, |x| &x.foundinversion), |r, v| first_report(r)
            .foundinversion =
            text(v)),
        column!("Description", Text, |r| report_text(r, |x| &x.comments), |r, v| first_report(r).comments = text(v)),
        column!("Steps to Reproduce", Text, |r| report_text(r, |x| &x.reproducedsteps), |r, v| first_report(r)
            .reproducedsteps =
            text(v)),
        column!("Reproduced", Text, |r| report_text(r, |x| &x.reproduced), |r, v| first_report(r).reproduced = text(v)),
        column!("Currently Assigned To", List, |r| Value::List(assigned_to(&r.eventlist))),
        column!("Created By", Text, |r| Value::opt_text(&r.createdbyuser)),
        column!("Date Created", DateTime, |r| Value::opt_datetime(&r.datetimecreated)),
        column!("Modified By", Text, |r| Value::opt_text(&r.modifiedbyuser)),
        column!("Date Modified", DateTime, |r| Value::opt_datetime(&r.datetimemodified)),
        column!("Location Added From", Text, |r| Value::opt_text(&r.locationaddedfrom)),
        column!("Actual Hours", Float, |r| Value::opt_dec(&r.actualhourstofix), |r, v| r.actualhourstofix = float(&v)?),
        column!("Estimated Hours", Float, |r| Value::opt_dec(&r.estimatedhours), |r, v| r.estimatedhours = float(&v)?),
        column!("Remaining Hours", Float, |r| Value::opt_dec(&r.remaininghours), |r, v| r.remaininghours = float(&v)?),
        column!("Variance", Float, |r| Value::opt_dec(&r.variance), |r, v| r.variance = float(&v)?),
        column!("Story Points", Int, |r| Value::opt_int(&r.storypoints), |r, v| r.storypoints = int(&v)?),
        column!("Percent Done", Int, |r| Value::opt_int(&r.percentdone), |r, v| r.percentdone = int(&v)?),
    ];

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

/// A defect's first found-by report's text field.
fn report_text(r: &CDefect, f: fn(&CReportedByRecord) -> &Option<String>) -> Value {
    r.reportedbylist.first().map_or(Value::Empty, |x| Value::opt_text(f(x)))
}
