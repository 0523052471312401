//! `tt attach` and `tt download`.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde::Serialize;
use tt_records::{RecordKey, Tracker};

use crate::config::Usage;
use crate::interrupt::Interrupt;
use crate::output::{self, Format};

/// `attach`'s answer.
#[derive(Serialize)]
struct AttachOut {
    table: String,
    record: String,
    file_name: String,
    archive_name: Option<String>,
    attachment_id: i64,
    size: usize,
}

/// `tt attach`.
pub fn attach(
    out: &mut impl Write,
    format: Format,
    t: &Tracker,
    table: &str,
    record: RecordKey,
    file: &Path,
    name: Option<String>,
) -> anyhow::Result<()> {
    let data = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = match name {
        Some(n) => n,
        None => file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| Usage(format!("{} has no file name", file.display())))?,
    };
    let size = data.len();
    Interrupt::get().track_locks(t);
    let a = t.attach(table, record, &name, data).map_err(|e| super::hint(table, record, e))?;
    let v = AttachOut {
        table: table.to_string(),
        record: record.to_string(),
        file_name: a.file_name,
        archive_name: a.archive_name,
        attachment_id: a.record_id,
        size,
    };
    match format {
        Format::Json => output::json(out, &v)?,
        Format::Csv => output::csv_rows(
            out,
            &["table", "record", "file_name", "archive_name", "attachment_id", "size"].map(String::from),
            &[vec![
                v.table,
                v.record,
                v.file_name,
                v.archive_name.unwrap_or_default(),
                v.attachment_id.to_string(),
                v.size.to_string(),
            ]],
        )?,
        Format::Table => writeln!(
            out,
            "{}",
            output::clean(&format!(
                "attached {} ({size} bytes) to {table} {record} as {}",
                v.file_name,
                v.archive_name.as_deref().unwrap_or("?")
            ))
        )?,
    }
    Ok(())
}

/// `tt download`: to a file, or to standard output.
pub fn download(
    out: &mut impl Write,
    t: &Tracker,
    table: &str,
    record: RecordKey,
    name: &str,
    path: Option<&Path>,
) -> anyhow::Result<()> {
    let (a, data) = t.download(table, record, name).map_err(|e| super::hint(table, record, e))?;
    match path {
        Some(p) => {
            std::fs::write(p, &data).with_context(|| format!("cannot write {}", p.display()))?;
            let note = format!("wrote {} ({} bytes) to {}", a.file_name, data.len(), p.display());
            eprintln!("{}", output::clean(&note));
        }
        None => out.write_all(&data)?,
    }
    Ok(())
}
