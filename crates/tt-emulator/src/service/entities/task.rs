//! Tasks.

use super::*;
use crate::service::stored_in;

/// Tasks (no number, no workflow; identified by summary).
pub(crate) struct Tasks;

fn check_task(cx: &mut CallContext<'_>, r: &mut CTask) -> Result<(), Fault> {
    require(&r.summary, "Summary")?;
    check_dropdown(cx, Table::Task, "Status", &mut r.status)?;
    check_dropdown(cx, Table::Task, "Priority", &mut r.priority)?;
    check_user(cx, "assignedto", &mut r.assignedto)?;
    check_user(cx, "assignedby", &mut r.assignedby)
}

impl Kind for Tasks {
    type Record = CTask;
    const TABLE: Table = Table::Task;

    stored_in!(projects.tasks, text summary);

    fn on_add(cx: &mut CallContext<'_>, r: &mut CTask) -> Result<(), Fault> {
        check_task(cx, r)?;
        if !or_empty(&r.assignedto).is_empty() && r.dateassigned.is_none() {
            r.dateassigned = Some(days_date(cx.now.div_euclid(86_400)));
        }
        Ok(())
    }

    fn on_save(cx: &mut CallContext<'_>, old: &CTask, r: &mut CTask) -> Result<(), Fault> {
        keep!(r, old; status, priority, summary, description, datedue, dateassigned, versiondue, assignedto,
            assignedby, assigneddefect);
        check_task(cx, r)
    }

    fn outgoing(_cx: &CallContext<'_>, _r: &mut CTask, _download: bool) {}

    const COLUMNS: &'static [Field<CTask>] = tt_domain::fields::TASK;
}
