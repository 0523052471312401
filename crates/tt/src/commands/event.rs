//! `tt event TABLE RECORDS EVENT`: workflow events under an edit lock.

use std::io::Write;

use serde::Serialize;
use tt_records::{EventInput, Tracker};

use crate::cli::EventArgs;
use crate::interrupt::Interrupt;
use crate::output::{self, Format};

/// One record's line in `event`'s report.
#[derive(Serialize)]
struct EventOut {
    table: String,
    record: String,
    /// 0 when the record was skipped.
    record_id: i64,
    event: String,
    from_state: Option<String>,
    state: Option<String>,
    status: &'static str,
    reason: Option<String>,
}

/// `tt event`.
pub fn run(out: &mut impl Write, format: Format, t: &Tracker, a: EventArgs) -> anyhow::Result<()> {
    let mut input = EventInput::new();
    for (k, v) in super::parse_assignments(&a.fields)? {
        input = input.field(&k, v);
    }
    input.notes = a.notes;
    input.resulting_state = a.state;
    input.hours = a.hours;
    input.assign_to = a.assign;
    Interrupt::get().track_locks(t);
    let mut report = Vec::new();
    for key in a.records.0 {
        let line = match Interrupt::get().editing(|| t.apply_event(&a.table, key, &a.event, input.clone())) {
            Ok(done) => EventOut {
                table: done.table,
                record: key.to_string(),
                record_id: done.record_id,
                event: done.event,
                from_state: done.from_state,
                state: done.state,
                status: "saved",
                reason: None,
            },
            Err(e @ tt_records::Error::Locked { .. }) if a.skip_locked => {
                eprintln!("tt: skipped: {}", output::error_line(&e.to_string(), false));
                EventOut {
                    table: a.table.clone(),
                    record: key.to_string(),
                    record_id: 0,
                    event: a.event.clone(),
                    from_state: None,
                    state: None,
                    status: "skipped",
                    reason: Some(e.to_string()),
                }
            }
            Err(e) => return Err(super::hint(&a.table, key, e)),
        };
        report.push(line);
    }
    if format == Format::Json {
        return Ok(output::json(out, &report)?);
    }
    let rows: Vec<Vec<String>> = report
        .into_iter()
        .map(|r| {
            vec![r.record, r.event, r.from_state.unwrap_or_default(), r.state.unwrap_or_default(), r.status.to_string()]
        })
        .collect();
    let h = ["Record", "Event", "From", "To", "Status"].map(String::from);
    Ok(output::rows(out, format, &h, &rows)?)
}
