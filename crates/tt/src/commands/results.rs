//! `tt results upload FILE... --run-set NAME`: JUnit reports into TestTrack as test runs.

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use tt_records::results::{tests_from_csv, DefectConfig, JunitReader, Upload, UploadMap, UploadReport};
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
    if let Some(path) = &a.link_map {
        let text = std::fs::read_to_string(path).map_err(|e| Usage(format!("key map {}: {e}", path.display())))?;
        tests_from_csv(&text, &mut map.links.tests).map_err(|e| Usage(format!("{}: {e}", path.display())))?;
    }
    if let Some(t) = a.link_table {
        map.links.table = Some(t);
    }
    if a.file_defects || a.defect_link.is_some() || a.defect_key_field.is_some() {
        if !a.file_defects && map.defects.is_none() {
            return Err(Usage("--defect-link and --defect-key-field go with --file-defects".into()).into());
        }
        let d = map.defects.get_or_insert_with(DefectConfig::default);
        if let Some(l) = a.defect_link {
            d.link_definition = l;
        }
        if let Some(k) = a.defect_key_field {
            d.key_field = Some(k);
        }
    }
    if map.defects.as_ref().is_some_and(|d| d.link_definition.trim().is_empty()) {
        return Err(Usage("--file-defects needs --defect-link NAME (or link_definition in [defects])".into()).into());
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
    let mut extra = String::new();
    if r.defects_filed + r.defects_updated + r.defects_found > 0 {
        extra.push_str(&format!(
            "defects {} filed, {} updated, {} found; ",
            r.defects_filed, r.defects_updated, r.defects_found
        ));
    }
    if r.refiled > 0 {
        extra.push_str(&format!("{} test cases put back in their folder; ", r.refiled));
    }
    writeln!(
        out,
        "{verb} {} results into '{}' with {} session(s): test cases {} created, {} found; runs {} generated, {} found; \
         {} passed, {} failed, {} errors, {} skipped; events {} recorded, {} unchanged; {} attachments; links {} created, \
         {} found; {extra}{} retried; {} not recorded",
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
