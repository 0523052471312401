//! `tt edit TABLE RECORDS --set FIELD=VALUE...`: field changes under an edit lock.

use std::io::Write;

use serde::Serialize;
use tt_records::{RecordKey, Tracker, Value};

use crate::interrupt::Interrupt;
use crate::output::{self, Format};

/// One record's line in `edit`'s report.
#[derive(Serialize)]
pub struct EditOut {
    table: String,
    record: String,
    status: &'static str,
    reason: Option<String>,
}

/// `tt edit`.
pub fn run(
    out: &mut impl Write,
    format: Format,
    t: &Tracker,
    table: &str,
    records: &[RecordKey],
    set: &[String],
    skip_locked: bool,
) -> anyhow::Result<()> {
    let changes = super::parse_assignments(set)?;
    Interrupt::get().track_locks(t);
    let mut report = Vec::new();
    for &key in records {
        let outcome = Interrupt::get().editing(|| -> tt_records::Result<()> {
            let mut r = t.edit(table, key)?;
            for (k, v) in &changes {
                r.set(k, Value::from(v.as_str()))?;
            }
            Interrupt::get().yield_to_interrupt();
            r.save()
        });
        let (status, reason) = match outcome {
            Ok(()) => ("saved", None),
            Err(e @ tt_records::Error::Locked { .. }) if skip_locked => {
                eprintln!("tt: skipped: {}", output::error_line(&e.to_string(), false));
                ("skipped", Some(e.to_string()))
            }
            Err(e) => return Err(super::hint(table, key, e)),
        };
        report.push(EditOut { table: table.to_string(), record: key.to_string(), status, reason });
    }
    if format == Format::Json {
        return Ok(output::json(out, &report)?);
    }
    let rows: Vec<Vec<String>> =
        report.into_iter().map(|r| vec![r.record, r.status.to_string(), r.reason.unwrap_or_default()]).collect();
    Ok(output::rows(out, format, &["Record".into(), "Status".into(), "Reason".into()], &rows)?)
}
