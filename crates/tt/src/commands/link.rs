//! `tt link`, `tt delete` and `tt generate-runs`: single items.

use std::io::Write;

use serde::Serialize;
use tt_records::{ItemRef, RecordKey, Tracker};

use crate::cli_results::LinkArgs;
use crate::output::{self, Format};

#[derive(Serialize)]
struct LinkOut {
    link_id: i64,
    created: bool,
}

/// `tt link DEFINITION PARENT_TABLE PARENT CHILD_TABLE CHILD`.
pub fn link(out: &mut impl Write, format: Format, t: &Tracker, a: LinkArgs) -> anyhow::Result<()> {
    let parent = ItemRef::new(&a.parent_table, a.parent);
    let child = ItemRef::new(&a.child_table, a.child);
    let l = t.link(&a.definition, &parent, &child)?;
    let v = LinkOut { link_id: l.link_id, created: l.created };
    match format {
        Format::Json => output::json(out, &v)?,
        _ => {
            let what = if l.created { "linked" } else { "already linked" };
            let note = format!(
                "{what}: {} {} -> {} {} ({}, link id {})",
                a.parent_table, a.parent, a.child_table, a.child, a.definition, l.link_id
            );
            writeln!(out, "{}", output::clean(&note))?
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct DeleteOut {
    table: String,
    record_id: i64,
}

/// `tt delete TABLE RECORD [--with-children]`.
pub fn delete(
    out: &mut impl Write,
    format: Format,
    t: &Tracker,
    table: &str,
    key: RecordKey,
    with_children: bool,
) -> anyhow::Result<()> {
    let id = t.delete(table, key, with_children).map_err(|e| super::hint(table, key, e))?;
    match format {
        Format::Json => output::json(out, &DeleteOut { table: t.table(table)?, record_id: id })?,
        _ => writeln!(out, "{}", output::clean(&format!("deleted {table} {key} (record id {id})")))?,
    }
    Ok(())
}

#[derive(Serialize)]
struct RunsOut {
    test_case: String,
    run_set: String,
    record_ids: Vec<i64>,
}

/// `tt generate-runs TEST_CASE --run-set NAME`.
pub fn generate_runs(
    out: &mut impl Write,
    format: Format,
    t: &Tracker,
    test_case: RecordKey,
    run_set: &str,
) -> anyhow::Result<()> {
    let ids = t.generate_runs(test_case, run_set).map_err(|e| super::hint("Test Case", test_case, e))?;
    let v = RunsOut { test_case: test_case.to_string(), run_set: run_set.to_string(), record_ids: ids };
    match format {
        Format::Json => output::json(out, &v)?,
        _ => {
            for id in &v.record_ids {
                let note = format!("generated test run id:{id} from test case {test_case} in '{run_set}'");
                writeln!(out, "{}", output::clean(&note))?;
            }
        }
    }
    Ok(())
}
