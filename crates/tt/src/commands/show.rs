//! `tt show TABLE RECORD`: fields, events and attachments of one record.

use std::io::Write;

use tt_records::{RecordKey, Tracker};

use crate::output::{self, Format};

/// The CSV columns of `show`: one line per field, event and attachment.
const CSV_HEADER: [&str; 7] = ["kind", "name", "value", "user", "date", "resulting_state", "notes"];

/// `tt show`. JSON is the record's own shape (`Record::to_json`, documented in `tt --help`).
pub fn run(out: &mut impl Write, format: Format, t: &Tracker, table: &str, key: RecordKey) -> anyhow::Result<()> {
    let r = t.get(table, key).map_err(|e| super::hint(table, key, e))?;
    match format {
        Format::Json => output::json(out, &r.to_json())?,
        Format::Csv => {
            output::csv_line(out, &CSV_HEADER)?;
            for (f, v) in r.fields() {
                output::csv_line(out, &["field", &f.name, &v.to_string(), "", "", "", ""])?;
            }
            for e in r.events() {
                let fields: Vec<String> = e.fields.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                output::csv_line(
                    out,
                    &[
                        "event",
                        &e.name,
                        &fields.join("; "),
                        e.user.as_deref().unwrap_or_default(),
                        e.date.as_deref().unwrap_or_default(),
                        e.resulting_state.as_deref().unwrap_or_default(),
                        e.notes.as_deref().unwrap_or_default(),
                    ],
                )?;
            }
            for a in r.attachments() {
                output::csv_line(
                    out,
                    &[
                        "attachment",
                        &a.file_name,
                        a.archive_name.as_deref().unwrap_or_default(),
                        "",
                        a.created.as_deref().unwrap_or_default(),
                        "",
                        "",
                    ],
                )?;
            }
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = r
                .fields()
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(f, v)| vec![f.name.clone(), v.to_string()])
                .collect();
            writeln!(out, "{}", output::clean(&format!("{} {}", r.table(), r.key())))?;
            output::table(out, &["Field".into(), "Value".into()], &rows)?;
            let events = r.events();
            if !events.is_empty() {
                writeln!(out)?;
                let rows: Vec<Vec<String>> = events
                    .iter()
                    .map(|e| {
                        vec![
                            e.name.clone(),
                            e.user.clone().unwrap_or_default(),
                            e.date.clone().unwrap_or_default(),
                            e.resulting_state.clone().unwrap_or_default(),
                            e.notes.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                let h = ["Event", "User", "Date", "Resulting state", "Notes"].map(String::from);
                output::table(out, &h, &rows)?;
            }
            let files = r.attachments();
            if !files.is_empty() {
                writeln!(out)?;
                let rows: Vec<Vec<String>> = files
                    .iter()
                    .map(|a| {
                        vec![
                            a.file_name.clone(),
                            a.archive_name.clone().unwrap_or_default(),
                            a.created.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                output::table(out, &["Attachment".into(), "Archive name".into(), "Added".into()], &rows)?;
            }
        }
    }
    Ok(())
}
