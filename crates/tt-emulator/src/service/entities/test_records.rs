//! Test cases and test runs.

use super::stamps;
use super::*;
use crate::service::{record_lists, stored_in};

/// The checks and merges a save applies alike to a test case and a test run (the two
/// generated structs share these field names but no type).
macro_rules! save_test_record {
    ($cx:ident, $table:expr, $old:ident, $r:ident) => {
        require(&$r.summary, "Summary")?;
        check_dropdown($cx, $table, "Type", &mut $r.type_)?;
        save_events($cx, $table, &$old.state, &$old.eventlist, &mut $r.state, &mut $r.eventlist)?;
        $r.custom_field_list = custom_for($cx, $table, &$old.custom_field_list, &$r.custom_field_list)?;
        $r.attachmentlist = merge_attachments($cx, &$old.attachmentlist, &$r.attachmentlist);
        keep_if_empty(&mut $r.test_variants, &$old.test_variants);
        keep_if_empty(&mut $r.scc_file_list, &$old.scc_file_list);
        stamps!(saved $cx, $old, $r; datetimecreated, createdbyuser, datetimemodified, modifiedbyuser, locationaddedfrom);
    };
}

/// Test cases.
pub(crate) struct TestCases;

impl Kind for TestCases {
    type Record = CTestCase;
    const TABLE: Table = Table::TestCase;

    stored_in!(projects.test_cases, text summary, number testcasenumber);

    fn on_add(cx: &mut CallContext<'_>, r: &mut CTestCase) -> Result<(), Fault> {
        require(&r.summary, "Summary")?;
        check_dropdown(cx, Table::TestCase, "Type", &mut r.type_)?;
        add_events(cx, Table::TestCase, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::TestCase, &[], &r.custom_field_list)?;
        r.attachmentlist = merge_attachments(cx, &[], &r.attachmentlist);
        let creator = r.createdbyuser.take();
        stamps!(added cx, r; datetimecreated, createdbyuser, datetimemodified, modifiedbyuser, locationaddedfrom);
        accept_creator(cx, creator, &mut r.createdbyuser)?;
        Ok(())
    }

    fn on_save(cx: &mut CallContext<'_>, old: &CTestCase, r: &mut CTestCase) -> Result<(), Fault> {
        keep!(r, old; summary, actualhours, estimatedhours, remaininghours, variance, storypoints, percentdone, type_,
            testrunstepsmode, isautomated, estimatedtime, steps);
        save_test_record!(cx, Table::TestCase, old, r);
        Ok(())
    }

    fn outgoing(cx: &CallContext<'_>, r: &mut CTestCase, download: bool) {
        outgoing_files_and_events(cx, &mut r.attachmentlist, &mut r.eventlist, download);
    }

    const COLUMNS: &'static [Field<CTestCase>] = tt_domain::fields::TEST_CASE;

    record_lists!(custom custom_field_list, attachments attachmentlist, events eventlist);
}

/// Test runs.
pub(crate) struct TestRuns;

impl Kind for TestRuns {
    type Record = CTestRun;
    const TABLE: Table = Table::TestRun;

    stored_in!(projects.test_runs, text summary, number testrunnumber);

    fn on_add(cx: &mut CallContext<'_>, r: &mut CTestRun) -> Result<(), Fault> {
        require(&r.summary, "Summary")?;
        check_dropdown(cx, Table::TestRun, "Type", &mut r.type_)?;
        if let Some(n) = r.testcasenumber.filter(|n| *n > 0) {
            let tc = cx.proj().test_cases.by_number(n).ok_or_else(|| faults::validation("No such test case."))?;
            r.testcaserecordid = Some(tc.recordid);
        }
        add_events(cx, Table::TestRun, &mut r.state, &mut r.eventlist)?;
        r.custom_field_list = custom_for(cx, Table::TestRun, &[], &r.custom_field_list)?;
        r.attachmentlist = merge_attachments(cx, &[], &r.attachmentlist);
        let creator = r.createdbyuser.take();
        stamps!(added cx, r; datetimecreated, createdbyuser, datetimemodified, modifiedbyuser, locationaddedfrom);
        accept_creator(cx, creator, &mut r.createdbyuser)?;
        Ok(())
    }

    fn on_save(cx: &mut CallContext<'_>, old: &CTestRun, r: &mut CTestRun) -> Result<(), Fault> {
        keep!(r, old; summary, actualhours, estimatedhours, remaininghours, variance, storypoints, percentdone, type_,
            testrunset, isautomated, estimatedtime, steps, problemstatement, stepsmode);
        r.testcasenumber = old.testcasenumber;
        r.testcaserecordid = old.testcaserecordid;
        save_test_record!(cx, Table::TestRun, old, r);
        Ok(())
    }

    fn outgoing(cx: &CallContext<'_>, r: &mut CTestRun, download: bool) {
        outgoing_files_and_events(cx, &mut r.attachmentlist, &mut r.eventlist, download);
    }

    const COLUMNS: &'static [Field<CTestRun>] = tt_domain::fields::TEST_RUN;

    record_lists!(custom custom_field_list, attachments attachmentlist, events eventlist);
}

/// A test case or run may be added with its creator given: it must be a user (23), and
/// replaces the session's user.
fn accept_creator(
    cx: &mut CallContext<'_>,
    creator: Option<String>,
    created_by: &mut Option<String>,
) -> Result<(), Fault> {
    if !or_empty(&creator).is_empty() {
        *created_by = creator;
        check_user(cx, "createdbyuser", created_by)?;
    }
    Ok(())
}
