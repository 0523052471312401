//! `tt add TABLE --set FIELD=VALUE...`.

use std::io::Write;

use serde::Serialize;
use tt_records::{Tracker, Value};

use crate::output::{self, Format};

/// `add`'s answer.
#[derive(Serialize)]
struct AddOut {
    table: String,
    record_id: i64,
    number: Option<i64>,
    state: Option<String>,
}

/// `tt add`.
pub fn run(out: &mut impl Write, format: Format, t: &Tracker, table: &str, set: &[String]) -> anyhow::Result<()> {
    let mut r = t.new_record(table).map_err(|e| match e {
        e @ tt_records::Error::Unsupported { .. } if t.table(table).is_ok_and(|n| n == "Test Run") => {
            anyhow::Error::new(crate::exit::Hinted {
                error: e,
                hint: "generate runs from a test case with `tt generate-runs TEST_CASE --run-set NAME`, \
                       or upload CI results with `tt results upload FILE --run-set NAME`"
                    .into(),
            })
        }
        e => e.into(),
    })?;
    for (k, v) in super::parse_assignments(set)? {
        r.set(&k, Value::from(v))?;
    }
    let added = r.add()?;
    let v = AddOut {
        table: added.table().to_string(),
        record_id: added.record_id(),
        number: added.number(),
        state: added.state().map(str::to_string),
    };
    match format {
        Format::Json => output::json(out, &v)?,
        Format::Csv => output::csv_rows(
            out,
            &["table", "record_id", "number", "state"].map(String::from),
            &[vec![
                v.table,
                v.record_id.to_string(),
                v.number.map(|n| n.to_string()).unwrap_or_default(),
                v.state.unwrap_or_default(),
            ]],
        )?,
        Format::Table => {
            let note = format!("added {} {} (record id {})", added.table(), added.key(), added.record_id());
            writeln!(out, "{}", output::clean(&note))?
        }
    }
    Ok(())
}
