//! `tt jobs`: the test runs of a run set as jobs, with their state and claimant.

use std::io::Write;

use tt_records::Tracker;

use crate::cli::QueueArgs;
use crate::output::{self, Format};

/// Lists the jobs.
pub fn run(out: &mut impl Write, format: Format, t: &Tracker, q: &QueueArgs) -> anyhow::Result<()> {
    let cfg = super::worker::config(q)?;
    let jobs = tt_records::worker::list(t, &cfg)?;
    if format == Format::Json {
        output::json(out, &jobs)?;
        return Ok(());
    }
    let headers: Vec<String> =
        ["Number", "Summary", "Status", "Job Type", "Platform", "Claimed By", "Lease Until"].map(String::from).into();
    let rows: Vec<Vec<String>> = jobs
        .into_iter()
        .map(|j| {
            vec![
                j.number.to_string(),
                j.summary,
                j.state,
                j.job_type,
                j.platform,
                j.claimed_by.unwrap_or_default(),
                j.lease_until.unwrap_or_default(),
            ]
        })
        .collect();
    output::rows(out, format, &headers, &rows)?;
    Ok(())
}
