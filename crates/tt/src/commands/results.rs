//! `tt results upload FILE... --run-set NAME`: JUnit reports into TestTrack as test runs.

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use tt_records::results::{JunitReader, Upload, UploadMap, UploadReport};
use tt_records::Tracker;

use super::Login;
use crate::cli_results::UploadArgs;
use crate::config::Usage;
use crate::output::{self, Format};

/// Some results could not be recorded (they are listed on stderr before this error).
#[derive(Debug)]
pub struct Incomplete {
    /// Results not recorded.
    pub not_recorded: usize,
    /// The input error that stopped the reading, if any.
    pub input_error: Option<String>,
}

impl std::fmt::Display for Incomplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "upload incomplete: {} result(s) not recorded", self.not_recorded)?;
        if let Some(e) = &self.input_error {
            write!(f, "; reading stopped: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Incomplete {}

fn progress(json: bool) -> ProgressBar {
    if json || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} results uploaded ({elapsed})") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// `tt results upload`.
pub fn upload(out: &mut impl Write, format: Format, t: &Tracker, a: UploadArgs, login: &Login) -> anyhow::Result<()> {
    let json = a.json || format == Format::Json;
    let mut map = UploadMap::default();
    if let Some(path) = &a.map {
        let text = std::fs::read_to_string(path).map_err(|e| Usage(format!("map file {}: {e}", path.display())))?;
        map = UploadMap::from_toml(&text).map_err(|e| Usage(format!("map file {}: {e}", path.display())))?;
    }
    if let Some(p) = a.link_pattern {
        map.links.pattern = Some(p);
    }
    if let Some(d) = a.link_definition {
        map.links.definition = Some(d);
    }
    if let Some(f) = &a.folder {
        map.folder = Some(f.to_string_lossy().into_owned());
    }
    if let Some(k) = a.key_field {
        map.key_field = Some(k);
    }
    let mut readers = Vec::new();
    for f in &a.files {
        readers.push(JunitReader::open(f).map_err(|e| Usage(format!("{}: {e}", f.display())))?);
    }
    let bar = progress(json);
    let report = Upload::new(t)
        .run_set(&a.run_set)
        .map(&map)
        .dry_run(a.dry_run)
        .sessions(a.sessions, || login.open())
        .on_progress(|n| bar.set_position(n))
        .run(readers.into_iter().flatten())?;
    bar.finish_and_clear();
    print(out, json, &report)?;
    for w in &report.warnings {
        eprintln!("tt: warning: {}", output::error_line(w, false));
    }
    for n in &report.not_recorded {
        let what = if n.test.is_empty() { String::from("(unreadable test case)") } else { n.test.clone() };
        eprintln!(
            "tt: not recorded: {} (line {}): {}",
            output::clean(&what),
            n.line,
            output::error_line(&n.reason, false)
        );
    }
    if report.is_complete() {
        Ok(())
    } else {
        Err(Incomplete { not_recorded: report.not_recorded.len(), input_error: report.input_error.clone() }.into())
    }
}

fn print(out: &mut impl Write, json: bool, r: &UploadReport) -> io::Result<()> {
    if json {
        return output::json(out, r);
    }
    for p in &r.planned {
        writeln!(out, "would {}", output::clean(p))?;
    }
    let verb = if r.dry_run { "would upload" } else { "uploaded" };
    writeln!(
        out,
        "{verb} {} results into '{}' with {} session(s): test cases {} created, {} found; runs {} generated, {} found; \
         {} passed, {} failed, {} errors, {} skipped; events {} recorded, {} unchanged; {} attachments; links {} created, \
         {} found; {} retried; {} not recorded",
        r.results,
        output::clean(&r.run_set),
        r.sessions,
        r.created,
        r.found,
        r.runs,
        r.runs_found,
        r.passed,
        r.failed,
        r.errors,
        r.skipped,
        r.events,
        r.unchanged,
        r.attachments,
        r.linked,
        r.links_found,
        r.retried,
        r.not_recorded.len(),
    )
}
