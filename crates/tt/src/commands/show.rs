//! `tt show TABLE RECORD`: fields, events and attachments of one record.

use std::io::{self, Write};

use serde::Serialize;
use tt_records::{Attachment, EventEntry, Record, RecordKey, Tracker};

use crate::output::{self, Format};

type JsonMap = serde_json::Map<String, serde_json::Value>;

/// `show`'s JSON.
#[derive(Serialize)]
struct ShowOut<'a> {
    table: &'a str,
    record_id: i64,
    number: Option<i64>,
    state: Option<&'a str>,
    /// Values typed as the field is: text, number, boolean, list (multi-select), null.
    fields: JsonMap,
    events: Vec<EventOut<'a>>,
    attachments: Vec<AttachmentOut<'a>>,
}

/// One event of `show`'s JSON.
#[derive(Serialize)]
struct EventOut<'a> {
    name: &'a str,
    user: Option<&'a str>,
    date: Option<&'a str>,
    notes: Option<&'a str>,
    resulting_state: Option<&'a str>,
    assign_to: &'a [String],
    hours: Option<f64>,
    fields: JsonMap,
}

/// One attachment of `show`'s JSON.
#[derive(Serialize)]
struct AttachmentOut<'a> {
    file_name: &'a str,
    archive_name: Option<&'a str>,
    record_id: i64,
    event_id: i64,
    #[serde(rename = "type")]
    kind: Option<&'a str>,
    created: Option<&'a str>,
    size: Option<usize>,
}

impl<'a> EventOut<'a> {
    fn new(e: &'a EventEntry) -> Self {
        EventOut {
            name: &e.name,
            user: e.user.as_deref(),
            date: e.date.as_deref(),
            notes: e.notes.as_deref(),
            resulting_state: e.resulting_state.as_deref(),
            assign_to: &e.assign_to,
            hours: e.hours,
            fields: e.fields.iter().map(|(k, v)| (k.clone(), v.to_json())).collect(),
        }
    }
}

impl<'a> AttachmentOut<'a> {
    fn new(a: &'a Attachment) -> Self {
        AttachmentOut {
            file_name: &a.file_name,
            archive_name: a.archive_name.as_deref(),
            record_id: a.record_id,
            event_id: a.event_id,
            kind: a.kind.as_deref(),
            created: a.created.as_deref(),
            size: a.size,
        }
    }
}

impl<'a> ShowOut<'a> {
    fn new(r: &'a Record, events: &'a [EventEntry], attachments: &'a [Attachment]) -> Self {
        ShowOut {
            table: r.table(),
            record_id: r.record_id(),
            number: r.number(),
            state: r.state(),
            fields: r.fields().into_iter().map(|(f, v)| (f.name.clone(), v.to_json())).collect(),
            events: events.iter().map(EventOut::new).collect(),
            attachments: attachments.iter().map(AttachmentOut::new).collect(),
        }
    }
}

/// The CSV columns of `show`: one line per field, event and attachment.
const CSV_HEADER: [&str; 7] = ["kind", "name", "value", "user", "date", "resulting_state", "notes"];

/// `tt show`.
pub fn run(out: &mut impl Write, format: Format, t: &Tracker, table: &str, key: RecordKey) -> anyhow::Result<()> {
    let r = t.get(table, key).map_err(|e| super::hint(table, key, e))?;
    match format {
        Format::Json => {
            let (events, attachments) = (r.events(), r.attachments());
            output::json(out, &ShowOut::new(&r, &events, &attachments))?
        }
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
            let events: Vec<Vec<String>> = r
                .events()
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
            section(out, &["Event", "User", "Date", "Resulting state", "Notes"], events)?;
            let files: Vec<Vec<String>> = r
                .attachments()
                .iter()
                .map(|a| {
                    vec![
                        a.file_name.clone(),
                        a.archive_name.clone().unwrap_or_default(),
                        a.created.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            section(out, &["Attachment", "Archive name", "Added"], files)?;
        }
    }
    Ok(())
}

/// A table after a blank line, or nothing when there are no rows.
fn section(out: &mut impl Write, headers: &[&str], rows: Vec<Vec<String>>) -> io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    output::table(out, &headers, &rows)
}
