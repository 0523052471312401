//! Bulk lookups for an upload: the test cases of many keys, and the runs of many test cases
//! in one run set, each with one list call per page (`getRecordListForTableWithQuery` with
//! only the columns needed), never one call per test.
//!
//! List values are cut to 128 characters by the server: a key longer than that is matched on
//! its first 128 characters and then confirmed by reading the test case.

use std::collections::HashMap;

use serde_json::json;
use testtrack::types::{CRecordListSoap, CTableColumn};

use crate::error::{Error, Result};
use crate::record::RecordKey;
use crate::tracker::Tracker;
use crate::value::Value;

/// The list column holding a test run's test case number.
pub const RUN_CASE_COLUMN: &str = "Test Case Number";
/// The list column holding a test run's run set.
pub const RUN_SET_COLUMN: &str = "Test Run Set";
/// Most values in one list query.
pub const PAGE: usize = 200;
const CELL: usize = 128;

/// A test case found by key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRef {
    /// Record id.
    pub record_id: i64,
    /// Test case number.
    pub number: i64,
}

/// A test run found in a run set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunRef {
    /// Record id.
    pub record_id: i64,
    /// Its state (list column `Status`).
    pub state: String,
}

fn columns(names: &[&str]) -> Vec<CTableColumn> {
    names.iter().map(|c| CTableColumn { name: Some(c.to_string()) }).collect()
}

fn cut(s: &str) -> String {
    s.chars().take(CELL).collect()
}

/// The rows matching `query`; on a server without `getRecordListForTableWithQuery`
/// (TestTrack 2013) the whole table, which the callers filter themselves.
fn list(t: &Tracker, table: &str, cols: &[&str], query: &serde_json::Value) -> Result<CRecordListSoap> {
    let q = query.to_string();
    match t.session().get_record_list_for_table_with_query(table, "", &q, columns(cols)) {
        Ok(l) => Ok(l),
        Err(e) if e.is_unknown_operation() || e.fault().is_some_and(ttsoap::Fault::is_unknown_method) => {
            Ok(t.session().get_record_list_for_table(table, "", columns(cols))?)
        }
        Err(e) => Err(match e.fault_kind() {
            Some(ttsoap::FaultKind::InvalidParameter) => Error::InvalidQuery(format!("{e} (query {q})")),
            _ => Error::Soap(e),
        }),
    }
}

fn rows(l: CRecordListSoap) -> impl Iterator<Item = Vec<String>> {
    l.records.into_iter().map(|r| r.row.into_iter().map(|d| d.value.unwrap_or_default()).collect())
}

fn any_of(column: &str, values: &[String]) -> serde_json::Value {
    let each: Vec<serde_json::Value> = values.iter().map(|v| json!({ column: v })).collect();
    if each.len() == 1 {
        each.into_iter().next().unwrap_or_default()
    } else {
        json!({ "<or>": each })
    }
}

/// Finds the test cases whose `key_field` (a list column: `Summary`, or a custom field)
/// equals one of `keys` exactly. One list call per [`PAGE`] keys. Several matches: the one
/// with the lowest number.
pub fn find_test_cases(t: &Tracker, key_field: &str, keys: &[String]) -> Result<HashMap<String, CaseRef>> {
    let mut found: HashMap<String, CaseRef> = HashMap::new();
    let mut long: Vec<(String, CaseRef)> = Vec::new();
    for page in keys.chunks(PAGE) {
        let wanted: HashMap<String, &String> = page.iter().map(|k| (cut(k), k)).collect();
        let l = list(t, "Test Case", &["Record ID", "Number", key_field], &any_of(key_field, page))?;
        for row in rows(l) {
            let (Some(id), Some(num), Some(cell)) = (row.first(), row.get(1), row.get(2)) else { continue };
            let (Ok(id), Ok(num)) = (id.trim().parse::<i64>(), num.trim().parse::<i64>()) else { continue };
            let Some(key) = wanted.get(cell.as_str()) else { continue };
            let c = CaseRef { record_id: id, number: num };
            if key.chars().count() > CELL {
                long.push(((*key).clone(), c));
            } else if found.get(key.as_str()).is_none_or(|o| o.number > num) {
                found.insert((*key).clone(), c);
            }
        }
    }
    for (key, c) in long {
        if found.get(&key).is_some_and(|o| o.number < c.number) {
            continue;
        }
        let r = t.get("Test Case", RecordKey::Id(c.record_id))?;
        if let Ok(Value::Text(v)) = r.get(key_field) {
            if v == key {
                found.insert(key, c);
            }
        }
    }
    Ok(found)
}

/// Finds the runs in run set `run_set` of the test cases numbered `cases`: one list call
/// per [`PAGE`] numbers. Several runs of one case: the one with the lowest record id.
pub fn find_runs(t: &Tracker, run_set: &str, cases: &[i64]) -> Result<HashMap<i64, RunRef>> {
    let mut found: HashMap<i64, RunRef> = HashMap::new();
    for page in cases.chunks(PAGE) {
        let q = json!({ "<and>": [ { RUN_SET_COLUMN: run_set }, { RUN_CASE_COLUMN: { "<numbers>": page } } ] });
        let l = list(t, "Test Run", &["Record ID", RUN_CASE_COLUMN, RUN_SET_COLUMN, "Status"], &q)?;
        for row in rows(l) {
            let (Some(id), Some(case), Some(set), Some(state)) = (row.first(), row.get(1), row.get(2), row.get(3))
            else {
                continue;
            };
            let (Ok(id), Ok(case)) = (id.trim().parse::<i64>(), case.trim().parse::<i64>()) else { continue };
            if set != &cut(run_set) || !page.contains(&case) {
                continue;
            }
            if found.get(&case).is_none_or(|o| o.record_id > id) {
                found.insert(case, RunRef { record_id: id, state: state.clone() });
            }
        }
    }
    Ok(found)
}
