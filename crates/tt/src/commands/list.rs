//! `tt list TABLE`: rows as the server formats them.

use std::io::Write;

use tt_records::Tracker;

use crate::output::{self, Format};

/// `tt list`. CSV streams row by row; table and JSON need every row first.
#[allow(clippy::too_many_arguments)]
pub fn run(
    out: &mut impl Write,
    format: Format,
    t: &Tracker,
    table: &str,
    filter: Option<&str>,
    columns: &[String],
    query: Option<&str>,
    page_size: usize,
) -> anyhow::Result<()> {
    let mut progress = output::Progress::new(table);
    let mut q = t.records(table).columns(columns).page_size(page_size);
    if let Some(f) = filter {
        q = q.filter(f);
    }
    if let Some(j) = query {
        q = q.query(j);
    }
    let rows = q.on_progress(|d, n| progress.update(d, n)).rows()?;
    let headers = rows.columns().to_vec();
    if format == Format::Csv {
        output::csv_line(out, &headers)?;
        for r in rows {
            output::csv_line(out, r?.values())?;
        }
    } else {
        let all: Vec<Vec<String>> = rows.map(|r| r.map(|r| r.values().to_vec())).collect::<Result<_, _>>()?;
        progress.finish();
        output::rows(out, format, &headers, &all)?;
    }
    Ok(())
}
