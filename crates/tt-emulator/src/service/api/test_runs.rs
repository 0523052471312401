//! Test cases and test runs.

use super::*;

pub(super) fn delete_test_case(cx: &mut CallContext<'_>, q: DeleteTestCase) -> Result<i32, Fault> {
    let id = find::<TestCases>(cx, &by_number(q.test_case_number, &q.summary))?;
    super::delete_test_case(cx, id, q.b_delete_associated_test_runs)
}

pub(super) fn create_defect_for_test_run(
    cx: &mut CallContext<'_>,
    q: CreateDefectForTestRun,
) -> Result<CDefect, Fault> {
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
    // Only prepared: the client saves it with `addDefect` (or `addDefectWithLink`).
    Ok(defect)
}

pub(super) fn generate_test_runs(cx: &mut CallContext<'_>, q: GenerateTestRuns) -> Result<Vec<AnyCItemToTrack>, Fault> {
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
    let id = add::<TestRuns>(cx, run)?;
    let r = get::<TestRuns>(cx, &Key::Id(id), false)?;
    Ok(vec![AnyCItemToTrack::CTestRun(r)])
}
