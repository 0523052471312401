//! Output: readable tables, CSV and JSON.

use std::io::{self, IsTerminal, Write};

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON for scripts (stable shapes, see `tt --help`).
    Json,
    /// CSV (RFC 4180 quoting), header first.
    Csv,
}

/// Quotes a CSV cell when needed.
pub fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Writes one CSV line.
pub fn csv_line(out: &mut impl Write, cells: &[String]) -> io::Result<()> {
    let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
    writeln!(out, "{}", line.join(","))
}

fn one_line(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\n', '\r', '\t'], " ")
}

fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Writes an aligned table with a header line. On a terminal long cells are shortened.
pub fn table(out: &mut impl Write, headers: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    let max = if io::stdout().is_terminal() { 60 } else { usize::MAX };
    let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| cut(&one_line(c), max)).collect()).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
    }
    let line = |out: &mut dyn Write, items: &[String]| -> io::Result<()> {
        let mut s = String::new();
        for (i, c) in items.iter().enumerate() {
            if i + 1 == items.len() {
                s.push_str(c);
            } else {
                let pad = widths.get(i).copied().unwrap_or(0).saturating_sub(c.chars().count());
                s.push_str(c);
                s.push_str(&" ".repeat(pad + 2));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, headers)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rule)?;
    for r in &cells {
        line(out, r)?;
    }
    Ok(())
}

/// Writes rows in the chosen format; JSON is an array of `{column: value}` objects.
pub fn rows(out: &mut impl Write, format: Format, headers: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    match format {
        Format::Table => table(out, headers, rows),
        Format::Csv => {
            csv_line(out, headers)?;
            for r in rows {
                csv_line(out, r)?;
            }
            Ok(())
        }
        Format::Json => {
            let v: Vec<serde_json::Value> = rows
                .iter()
                .map(|r| {
                    serde_json::Value::Object(
                        headers.iter().cloned().zip(r.iter().map(|c| serde_json::Value::String(c.clone()))).collect(),
                    )
                })
                .collect();
            json(out, &serde_json::Value::Array(v))
        }
    }
}

/// Writes a list of names: one per line (table), a JSON array, or a one-column CSV.
pub fn names(out: &mut impl Write, format: Format, header: &str, names: &[String]) -> io::Result<()> {
    match format {
        Format::Json => json(out, &serde_json::json!(names)),
        Format::Csv => {
            csv_line(out, &[header.to_string()])?;
            for n in names {
                csv_line(out, std::slice::from_ref(n))?;
            }
            Ok(())
        }
        Format::Table => {
            for n in names {
                writeln!(out, "{n}")?;
            }
            Ok(())
        }
    }
}

/// Pretty JSON and a newline.
pub fn json(out: &mut impl Write, v: &serde_json::Value) -> io::Result<()> {
    let text = serde_json::to_string_pretty(v).map_err(io::Error::other)?;
    writeln!(out, "{text}")
}

/// A progress line on stderr, only when stderr is a terminal.
pub struct Progress {
    on: bool,
    shown: bool,
    label: String,
}

impl Progress {
    /// A progress line labelled `label`.
    pub fn new(label: &str) -> Progress {
        Progress { on: io::stderr().is_terminal(), shown: false, label: label.to_string() }
    }

    /// Shows `done/total`.
    pub fn update(&mut self, done: usize, total: usize) {
        if self.on {
            eprint!("\r{}: {done}/{total} records", self.label);
            let _ = io::stderr().flush();
            self.shown = true;
        }
    }

    /// Clears the line.
    pub fn finish(&mut self) {
        if self.shown {
            eprint!("\r\x1b[2K");
            let _ = io::stderr().flush();
            self.shown = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn aligned_table() {
        let mut out = Vec::new();
        table(&mut out, &["A".into(), "Long".into()], &[vec!["xyz".into(), "1".into()]]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "A    Long\n---  ----\nxyz  1\n");
    }
}
