//! One test (all results with one key) uploaded on one session: its test case, its run in the
//! run set, each outcome's event, its attachments and its links. Every data-changing call
//! whose answer is lost is reconciled by reading the state back before it is done again.

use std::thread;

use super::defects::{failing, file_or_update};
use super::files::read_named;
use super::keys::LinkKeys;
use super::lookup::{find_runs, find_test_cases, CaseRef, RunRef};
use super::model::{Outcome, TestResult};
use super::outcome::{field_value, notes, shows_event};
use super::report::{NotRecorded, UploadReport};
use super::upload::Settings;
use crate::error::{Error, Result};
use crate::folders::Folder;
use crate::links::ItemRef;
use crate::record::RecordKey;
use crate::retry::{is_ambiguous_error, read_again};
use crate::tracker::Tracker;
use crate::workflow::EventInput;

/// The work for one key.
#[derive(Debug)]
pub(crate) struct Unit {
    pub key: String,
    pub results: Vec<TestResult>,
    pub case: Option<CaseRef>,
    pub run: Option<RunRef>,
    pub folder: Option<Folder>,
    pub folder_path: String,
    /// The test case was found but is not in its folder: put it there.
    pub refile: bool,
}

fn fail(rep: &mut UploadReport, r: &TestResult, reason: String) {
    rep.not_recorded.push(NotRecorded { test: r.key(), line: r.line, reason });
}

fn count(rep: &mut UploadReport, r: &TestResult) {
    match r.outcome {
        Outcome::Passed => rep.passed += 1,
        Outcome::Failed(_) => rep.failed += 1,
        Outcome::Errored(_) => rep.errors += 1,
        Outcome::Skipped { .. } => rep.skipped += 1,
    }
}

/// Does the unit's work on `t`; returns what it did.
pub(crate) fn run_unit(t: &Tracker, cfg: &Settings, keys: &LinkKeys, mut u: Unit) -> UploadReport {
    let mut rep = UploadReport::default();
    for r in &u.results {
        count(&mut rep, r);
    }
    if cfg.dry_run {
        plan(&mut rep, cfg, keys, &u);
        return rep;
    }
    let case = match u.case.take() {
        Some(c) => {
            rep.found += 1;
            if u.refile {
                refile(t, &u, &c, &mut rep);
            }
            c
        }
        None => match create_case(t, cfg, &u, &mut rep) {
            Ok(c) => c,
            Err(e) => {
                let reason = format!("creating test case '{}': {e}", u.key);
                u.results.iter().for_each(|r| fail(&mut rep, r, reason.clone()));
                return rep;
            }
        },
    };
    let mut run = match u.run.take() {
        Some(r) => {
            rep.runs_found += 1;
            r
        }
        None => match generate(t, cfg, &case, &mut rep) {
            Ok(r) => r,
            Err(e) => {
                let reason = format!("generating a run of test case {} in '{}': {e}", case.number, cfg.run_set);
                u.results.iter().for_each(|r| fail(&mut rep, r, reason.clone()));
                return rep;
            }
        },
    };
    for r in &u.results {
        if let Err(e) = record(t, cfg, &mut run, r, &mut rep) {
            fail(&mut rep, r, format!("recording the outcome on test run id:{}: {e}", run.record_id));
        }
    }
    if let Some(first) = u.results.first() {
        link_all(t, cfg, keys, first, &case, &mut rep);
    }
    if let (Some(d), Some(r)) = (&cfg.defects, failing(&u.results)) {
        file_or_update(t, d, &cfg.run_set, &u.key, case.record_id, run.record_id, r, &mut rep);
    }
    rep
}

fn plan(rep: &mut UploadReport, cfg: &Settings, keys: &LinkKeys, u: &Unit) {
    let Some(first) = u.results.first() else { return };
    match &u.case {
        Some(c) => {
            rep.found += 1;
            if u.refile {
                rep.refiled += 1;
                rep.planned.push(format!("put test case {} in {}", c.number, u.folder_path));
            }
            if u.run.is_none() {
                rep.runs += 1;
                rep.planned.push(format!("generate a run of test case {} in '{}'", c.number, cfg.run_set));
            } else {
                rep.runs_found += 1;
            }
        }
        None => {
            rep.created += 1;
            rep.runs += 1;
            rep.planned.push(format!("create test case '{}' in {}", u.key, u.folder_path));
            rep.planned.push(format!("generate a run of '{}' in '{}'", u.key, cfg.run_set));
        }
    }
    for r in &u.results {
        if let Some(ev) = cfg.events.event_for(&r.outcome) {
            let shown = u.run.as_ref().and_then(|run| {
                let def = cfg.defs.iter().find(|d| d.name.eq_ignore_ascii_case(ev))?;
                shows_event(def, &run.state)
            });
            if shown == Some(true) {
                rep.unchanged += 1;
            } else {
                rep.events += 1;
                rep.planned.push(format!("record '{ev}' on the run of '{}' ({})", u.key, r.outcome.as_str()));
            }
        }
    }
    if let (Some(d), Some(_)) = (&cfg.defects, failing(&u.results)) {
        rep.planned.push(format!("file a defect for '{}' unless one is open ({})", u.key, d.link_definition));
    }
    if let Some(def) = &cfg.link_definition {
        for k in keys.keys_for(first) {
            rep.planned.push(format!("link '{}' to {k} ({def}) unless linked", u.key));
        }
    }
}

fn create_case(t: &Tracker, cfg: &Settings, u: &Unit, rep: &mut UploadReport) -> Result<CaseRef> {
    let add = || -> Result<CaseRef> {
        let mut new = t.new_record("Test Case")?;
        new.set("Summary", u.key.as_str())?;
        if !cfg.key_field.eq_ignore_ascii_case("Summary") {
            new.set(&cfg.key_field, u.key.as_str())?;
        }
        // The number is read only if a lost answer to generateTestRuns needs it.
        Ok(CaseRef { record_id: new.add_id()?, number: 0 })
    };
    let case = match add() {
        Ok(c) => c,
        Err(e) if is_ambiguous_error(&e) => {
            rep.retried += 1;
            let (found, again) = read_again(3, || find_test_cases(t, &cfg.key_field, std::slice::from_ref(&u.key)));
            rep.retried += u64::from(again);
            match found?.remove(&u.key) {
                Some(c) => c,
                None => add()?,
            }
        }
        Err(e) => return Err(e),
    };
    rep.created += 1;
    if let Some(f) = &u.folder {
        match t.add_to_folder(f, "Test Case", case.record_id) {
            Ok(_) => {}
            Err(e) if is_ambiguous_error(&e) => {
                rep.retried += 1;
                t.add_to_folder(f, "Test Case", case.record_id)?;
            }
            Err(e) => rep.warnings.push(format!("test case {} not put in {}: {e}", case.number, f.path)),
        }
    }
    Ok(case)
}

/// Puts a found test case in its folder (the folder's contents said it is not there).
fn refile(t: &Tracker, u: &Unit, case: &CaseRef, rep: &mut UploadReport) {
    let Some(f) = &u.folder else { return };
    let put = || t.add_to_folder(f, "Test Case", case.record_id);
    let r = match put() {
        Err(e) if is_ambiguous_error(&e) => {
            rep.retried += 1;
            put()
        }
        r => r,
    };
    match r {
        Ok(true) => rep.refiled += 1,
        Ok(false) => {}
        Err(e) => rep.warnings.push(format!("test case {} not put in {}: {e}", case.number, f.path)),
    }
}

fn generate(t: &Tracker, cfg: &Settings, case: &CaseRef, rep: &mut UploadReport) -> Result<RunRef> {
    let make = || -> Result<RunRef> {
        let ids = t.generate_runs(RecordKey::Id(case.record_id), &cfg.run_set)?;
        let id = ids.first().copied().ok_or_else(|| Error::NotFound {
            table: "Test Run".into(),
            record: format!("run generated from test case {}", case.number),
            from_server: false,
        })?;
        Ok(RunRef { record_id: id, state: String::new() })
    };
    let run = match make() {
        Ok(r) => r,
        Err(e) if is_ambiguous_error(&e) => {
            rep.retried += 1;
            let number = match case.number {
                0 => {
                    read_again(3, || t.get("Test Case", RecordKey::Id(case.record_id))).0?.number().unwrap_or_default()
                }
                n => n,
            };
            let (found, again) = read_again(3, || find_runs(t, &cfg.run_set, &[number]));
            rep.retried += u64::from(again);
            match found?.remove(&number) {
                Some(r) => r,
                None => make()?,
            }
        }
        Err(e) => return Err(e),
    };
    rep.runs += 1;
    Ok(run)
}

fn attachments(cfg: &Settings, r: &TestResult, warnings: &mut Vec<String>) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    if !cfg.attach_output {
        return out;
    }
    for (name, text) in [("system-out.txt", &r.system_out), ("system-err.txt", &r.system_err)] {
        if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
            out.push((name.to_string(), text.as_bytes().to_vec()));
        }
    }
    let (files, w) = read_named(&cfg.files_dir, r);
    out.extend(files);
    warnings.extend(w);
    out
}

/// Whether the run already has an event `name` with these notes (for events that do not
/// change state).
fn has_event(t: &Tracker, run: i64, name: &str, notes: &str) -> Result<bool> {
    let r = t.get("Test Run", RecordKey::Id(run))?;
    Ok(r.events()
        .iter()
        .any(|e| e.name.eq_ignore_ascii_case(name) && e.notes.as_deref().unwrap_or("").trim() == notes.trim()))
}

fn record(t: &Tracker, cfg: &Settings, run: &mut RunRef, r: &TestResult, rep: &mut UploadReport) -> Result<()> {
    let Some(ev) = cfg.events.event_for(&r.outcome) else { return Ok(()) };
    let def = cfg.defs.iter().find(|d| d.name.eq_ignore_ascii_case(ev)).cloned();
    let text = notes(r);
    let shown = |t: &Tracker, run: &RunRef| -> Result<bool> {
        match def.as_ref().and_then(|d| shows_event(d, &run.state)) {
            Some(s) => Ok(s),
            None => has_event(t, run.record_id, ev, &text),
        }
    };
    if !run.state.is_empty() && shown(t, run)? {
        rep.unchanged += 1;
        return Ok(());
    }
    let mut attempt = 0;
    loop {
        let mut input = EventInput::new().notes(text.clone());
        for (field, source) in &cfg.fields {
            if let Some(v) = field_value(r, source) {
                input = input.field(field, v);
            }
        }
        let mut warnings = Vec::new();
        let files = attachments(cfg, r, &mut warnings);
        if attempt == 0 {
            rep.warnings.extend(warnings);
        }
        let n_files = files.len() as u64;
        input.attachments = files;
        match t.apply_event_with("Test Run", RecordKey::Id(run.record_id), ev, input, false) {
            Ok(done) => {
                run.state = done.state.unwrap_or_default();
                rep.events += 1;
                rep.attachments += n_files;
                return Ok(());
            }
            Err(Error::Locked { .. }) if attempt < cfg.lock_retries => {
                attempt += 1;
                rep.retried += 1;
                thread::sleep(cfg.lock_wait * 2u32.saturating_pow(attempt - 1));
            }
            Err(Error::Locked { table, record }) => {
                return Err(Error::Locked { table, record: format!("{record} (still locked after {attempt} retries)") })
            }
            Err(e) if is_ambiguous_error(&e) && attempt < cfg.lock_retries => {
                attempt += 1;
                rep.retried += 1;
                let now = read_again(3, || t.get("Test Run", RecordKey::Id(run.record_id))).0?;
                run.state = now.state().unwrap_or_default().to_string();
                if shown(t, run)? {
                    rep.events += 1;
                    return Ok(());
                }
            }
            Err(e) => return Err(e),
        }
    }
}

fn link_all(t: &Tracker, cfg: &Settings, keys: &LinkKeys, r: &TestResult, case: &CaseRef, rep: &mut UploadReport) {
    let found = keys.keys_for(r);
    if found.is_empty() {
        return;
    }
    let Some(def) = &cfg.link_definition else {
        rep.warnings.push(format!("'{}': keys {} not linked (no link definition given)", r.key(), found.join(", ")));
        return;
    };
    let child = ItemRef::new("Test Case", RecordKey::Id(case.record_id));
    for k in found {
        let parent = match keys.resolve(&k) {
            Ok(p) => p,
            Err(e) => {
                rep.warnings.push(format!("'{}': {e}", r.key()));
                continue;
            }
        };
        match t.link(def, &parent, &child) {
            Ok(l) if l.created => rep.linked += 1,
            Ok(_) => rep.links_found += 1,
            Err(e) => rep.warnings.push(format!("'{}': not linked to {k}: {e}", r.key())),
        }
    }
}
