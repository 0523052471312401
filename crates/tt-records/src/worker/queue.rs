//! The queue: the runs of a run set that are still "not run", with what a worker needs to
//! pick one ([`waiting`]), and the listing `tt jobs` shows ([`list`]).

use serde::Serialize;

use super::claim::{Claim, TABLE};
use super::config::WorkerConfig;
use testtrack::types::CTableColumn;

use crate::error::{Error, Result};
use crate::query::Row;
use crate::record::RecordKey;
use crate::tracker::Tracker;

/// A run waiting in the queue, as the record list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Waiting {
    /// The run's number.
    pub number: i64,
    /// Its job type.
    pub job_type: String,
    /// Its platform ("" without a platform field).
    pub platform: String,
    /// True when some session holds its edit lock.
    pub locked: bool,
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// The list in one call (a [`crate::Query`] takes two: record ids first, for paging).
fn one_list(tracker: &Tracker, columns: &[String], query: &str) -> Result<Vec<Row>> {
    let cols: Vec<CTableColumn> = columns.iter().map(|c| CTableColumn { name: Some(c.clone()) }).collect();
    let list = tracker.session().get_record_list_for_table_with_query(TABLE, "", query, cols).map_err(|e| {
        match e.fault_kind() {
            Some(ttsoap::FaultKind::InvalidParameter) => {
                Error::InvalidQuery(format!("{e} (columns: {})", columns.join(", ")))
            }
            _ => Error::Soap(e),
        }
    })?;
    let names: Vec<String> = list.columnlist.iter().filter_map(|c| c.name.clone()).collect();
    let names = std::sync::Arc::new(if names.len() == columns.len() { names } else { columns.to_vec() });
    Ok(list
        .records
        .into_iter()
        .map(|r| Row::new(names.clone(), r.row.into_iter().map(|d| d.value.unwrap_or_default()).collect()))
        .collect())
}

/// The runs of the worker's run set in the "not run" state (one `getRecordListForTableWithQuery`).
pub fn waiting(tracker: &Tracker, cfg: &WorkerConfig) -> Result<Vec<Waiting>> {
    let mut columns = vec!["Number".to_string(), cfg.job_type_field.clone(), "Is Locked".to_string()];
    if let Some(p) = &cfg.platform_field {
        columns.push(p.clone());
    }
    let q = format!(
        "{{{}: {}, 'Status': {}}}",
        quote(&cfg.run_set_field),
        quote(&cfg.run_set),
        quote(&cfg.events.not_run_state)
    );
    let rows = one_list(tracker, &columns, &q)?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let Some(number) = r.get("Number").and_then(|n| n.trim().parse::<i64>().ok()) else { continue };
        out.push(Waiting {
            number,
            job_type: r.get(&cfg.job_type_field).unwrap_or_default().to_string(),
            platform: cfg.platform_field.as_deref().and_then(|p| r.get(p)).unwrap_or_default().to_string(),
            locked: r.get("Is Locked").is_some_and(|v| v.eq_ignore_ascii_case("yes") || v == "1"),
        });
    }
    Ok(out)
}

/// One job as `tt jobs` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobInfo {
    /// The run's number.
    pub number: i64,
    /// Its summary.
    pub summary: String,
    /// Its state.
    pub state: String,
    /// Its job type.
    pub job_type: String,
    /// Its platform.
    pub platform: String,
    /// The worker of the claim in force (for runs still "not run"), if any.
    pub claimed_by: Option<String>,
    /// That claim's lease end (RFC 3339).
    pub lease_until: Option<String>,
}

/// Every run of the run set with its state and, for runs still waiting, the claim in force
/// (one list call plus one read per waiting run).
pub fn list(tracker: &Tracker, cfg: &WorkerConfig) -> Result<Vec<JobInfo>> {
    let mut columns = vec!["Number".to_string(), "Summary".into(), "Status".into(), cfg.job_type_field.clone()];
    if let Some(p) = &cfg.platform_field {
        columns.push(p.clone());
    }
    let q = format!("{{{}: {}}}", quote(&cfg.run_set_field), quote(&cfg.run_set));
    let rows = tracker.records(TABLE).columns(&columns).query(&q).collect()?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let number = r
            .get("Number")
            .and_then(|n| n.trim().parse::<i64>().ok())
            .ok_or_else(|| Error::InvalidQuery(format!("a test run without a number: {:?}", r.values())))?;
        let state = r.get("Status").unwrap_or_default().to_string();
        let claim = if state.eq_ignore_ascii_case(&cfg.events.not_run_state) {
            Claim::current(&tracker.get(TABLE, RecordKey::Number(number))?.events(), &cfg.events.claim)
        } else {
            None
        };
        out.push(JobInfo {
            number,
            summary: r.get("Summary").unwrap_or_default().to_string(),
            state,
            job_type: r.get(&cfg.job_type_field).unwrap_or_default().to_string(),
            platform: cfg.platform_field.as_deref().and_then(|p| r.get(p)).unwrap_or_default().to_string(),
            claimed_by: claim.as_ref().map(|c| c.worker.clone()),
            lease_until: claim.map(|c| c.until_text),
        });
    }
    Ok(out)
}
