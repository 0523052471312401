//! Output: readable tables, CSV and JSON, and the one-line error. Text from the server is
//! shown with control characters escaped (table and error output), so that a record field
//! or a fault cannot move the cursor, recolour or clear the terminal, or fake a line.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::sync::Mutex;

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

/// Writes one CSV line (RFC 4180 quoting by the `csv` crate).
pub fn csv_line<S: AsRef<[u8]>>(out: &mut impl Write, cells: &[S]) -> io::Result<()> {
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(out);
    w.write_record(cells)?;
    w.flush()
}

/// Writes CSV rows with a header line.
pub fn csv_rows(out: &mut impl Write, headers: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    csv_line(out, headers)?;
    for r in rows {
        csv_line(out, r)?;
    }
    Ok(())
}

/// True for characters a terminal may act on: C0 and C1 controls, DEL, and the Unicode
/// bidirectional controls that reorder what is shown.
fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every control character written as an escape (`\u{1b}`), except the ones in
/// `keep`.
fn escape_controls<'a>(s: &'a str, keep: &[char]) -> Cow<'a, str> {
    if !s.chars().any(|c| is_control(c) && !keep.contains(&c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_control(c) && !keep.contains(&c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Server text made safe for a terminal: control characters escaped (`\u{1b}`).
///
/// ```ignore
/// assert_eq!(clean("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
/// ```
pub fn clean(s: &str) -> Cow<'_, str> {
    escape_controls(s, &[])
}

/// Like [`clean`], keeping line breaks and tabs (for `-v` log records, which span lines).
pub fn clean_lines(s: &str) -> Cow<'_, str> {
    escape_controls(s, &['\n', '\t'])
}

/// Secrets (the password, the session cookie) cut out of every error and log line.
static SECRETS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Adds a secret that no error or log line may show.
pub fn add_secret(secret: &str) {
    let mut s = SECRETS.lock().unwrap_or_else(|e| e.into_inner());
    if !s.iter().any(|x| x == secret) {
        s.push(secret.to_string());
    }
}

/// `s` with the known secrets replaced by `***`.
pub fn redact(s: &str) -> String {
    let secrets = SECRETS.lock().unwrap_or_else(|e| e.into_inner());
    ttsoap::trace::redact(s, &secrets).into_owned()
}

/// Longest error line shown without `-v`, in characters.
pub const ERROR_MAX_CHARS: usize = 400;

/// The error line for `msg`: secrets redacted, on one line, control characters escaped, and
/// (unless `full`) cut at [`ERROR_MAX_CHARS`] with a note of how much was left out.
pub fn error_line(msg: &str, full: bool) -> String {
    let text = redact(&one_line(msg));
    let text = clean(&text);
    let total = text.chars().count();
    if full || total <= ERROR_MAX_CHARS {
        return text.into_owned();
    }
    let mut out: String = text.chars().take(ERROR_MAX_CHARS).collect();
    out.push_str(&format!("… ({} more characters; -v shows all)", total - ERROR_MAX_CHARS));
    out
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
// Hand-written (40 lines) rather than a table crate: every cell must pass through `clean`
// and `one_line` first, and the plain two-space layout is what scripts and tests match.
pub fn table(out: &mut impl Write, headers: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    let max = if io::stdout().is_terminal() { 60 } else { usize::MAX };
    let cells: Vec<Vec<String>> =
        rows.iter().map(|r| r.iter().map(|c| cut(&clean(&one_line(c)), max)).collect()).collect();
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
        Format::Csv => csv_rows(out, headers, rows),
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
                writeln!(out, "{}", clean(&one_line(n)))?;
            }
            Ok(())
        }
    }
}

/// Pretty JSON and a newline.
pub fn json<T: serde::Serialize + ?Sized>(out: &mut impl Write, v: &T) -> io::Result<()> {
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
        let mut out = Vec::new();
        csv_line(&mut out, &["plain", "a,b", "say \"hi\"", "two\nlines"]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(clean("plain é ✓"), "plain é ✓");
        assert_eq!(clean("a\u{1b}[2Jb\u{7}\r\u{9b}\u{7f}\u{202e}"), "a\\u{1b}[2Jb\\u{7}\\u{d}\\u{9b}\\u{7f}\\u{202e}");
        assert_eq!(clean_lines("a\nb\tc\u{1b}"), "a\nb\tc\\u{1b}");
        let mut out = Vec::new();
        table(&mut out, &["A".into()], &[vec!["x\u{1b}]0;title\u{7}".into()]]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "A\n--------------------\nx\\u{1b}]0;title\\u{7}\n");
    }

    #[test]
    fn error_lines_are_one_bounded_line() {
        let long = format!("fault: {}", "x".repeat(10_000));
        let line = error_line(&format!("{long}\nsecond\rline\u{1b}[31m"), false);
        assert!(!line.contains(['\n', '\r', '\u{1b}']), "{line}");
        assert!(line.ends_with("… (9629 more characters; -v shows all)"), "{line}");
        let full = error_line(&format!("{long}\nsecond"), true);
        assert_eq!(full, format!("{long} second"));
        add_secret("hunter22");
        assert_eq!(error_line("bad password hunter22", false), "bad password ***");
    }

    #[test]
    fn aligned_table() {
        let mut out = Vec::new();
        table(&mut out, &["A".into(), "Long".into()], &[vec!["xyz".into(), "1".into()]]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "A    Long\n---  ----\nxyz  1\n");
    }
}
