//! Defects for failed tests (opt-in, [`DefectConfig`]): a test whose last result in an upload
//! failed or errored gets one open defect, found again on every later upload.
//!
//! - **Finding.** The test's defect is an open defect (its state not one of
//!   [`DefectConfig::closed_states`]) that is the parent of a link with
//!   [`DefectConfig::link_definition`] to the test case, or, with [`DefectConfig::key_field`],
//!   whose field equals the test's key. Several: the lowest record id. Read from TestTrack on
//!   every upload (`getLinksForItem`, a list query), never from a local cache.
//! - **Filing.** None open: `createDefectForTestRun` prepares a defect from the run (the server
//!   stores nothing), the client adds the failure to its found-by description
//!   (`Test <key> failed in test run set '<set>' (test run id:<run>)` and the notes) and the
//!   key to `key_field`, saves it with `addDefect`, then links it to the test case and to the
//!   run. A lost `addDefect` answer is reconciled by looking for a new defect with the same
//!   key (or summary) before adding again.
//! - **Updating.** An open defect that already names the run (linked to it, or the run's id
//!   in its description or an event's notes) is left alone: uploading the same results again
//!   changes nothing. Otherwise the test failed again in another run set: the defect gets
//!   [`DefectConfig::update_event`] (default `Comment`) with `Failed again in test run set
//!   '<set>' (test run id:<run>)` and the notes, and a link to the new run; a new defect is not
//!   filed. A closed defect is not reopened: the next failure files a new one.
//!
//! A cut between `addDefect` and the link to the test case (a kill, a lost connection) leaves
//! a defect without links: before filing, the next upload looks for an open defect with the
//! summary a new one would get whose found-by description opens with `Test <key> failed in
//! test run set`, links it to the test case and goes on with it as the test's defect.

use serde::{Deserialize, Serialize};

use super::model::{Outcome, TestResult};
use super::outcome::notes;
use super::report::UploadReport;
use crate::entity::Entity;
use crate::error::{Error, Result};
use crate::record::RecordKey;
use crate::retry::{is_ambiguous_error, read_again};
use crate::tracker::Tracker;
use crate::workflow::EventInput;
use crate::ItemRef;

/// Defect filing for failed tests (the `[defects]` table of a mapping file).
///
/// - **Finding**: the test's defect is an open one (state not in
///   [`closed_states`](Self::closed_states)) that is the parent of a
///   [`link_definition`](Self::link_definition) link to the test case, or whose
///   [`key_field`](Self::key_field) equals the test's key; read from TestTrack every time.
/// - **Filing** (none open): `createDefectForTestRun` prepares it (the server stores nothing);
///   the client adds `Test <key> failed in test run set '<set>' (test run id:<run>)` and the
///   event notes to the found-by description, the key to `key_field`, saves it with
///   `addDefect` and links it to the test case and the run.
/// - **Updating**: an open defect already linked to the run (or naming it) is left alone; else
///   it gets [`update_event`](Self::update_event) with `Failed again in test run set '<set>'
///   (test run id:<run>)` and the notes, and a link to the run. Closed defects are not
///   reopened: a new one is filed.
/// - **Lost answers and kills**: a lost `addDefect` or update answer is read back before it is
///   repeated. A defect left without links by a kill after `addDefect` is found again before
///   anything is filed (same summary, a found-by description naming the test) and linked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DefectConfig {
    /// The link definition from a defect (parent) to the test case and the runs it was filed
    /// for (required; "Peer", or the site's own).
    pub link_definition: String,
    /// A Defect field holding the test's key too (`Summary`, or a custom field such as
    /// "Automation Id"): new defects get the key there, and a defect whose field equals the key
    /// is the test's defect even without a link. Default none (links only).
    pub key_field: Option<String>,
    /// The Defect workflow event recorded when the test fails again (default `Comment`).
    pub update_event: String,
    /// Defect states that count as closed (case-insensitive). Empty (the default): every state
    /// whose name starts with `Closed` (TestTrack's `Closed` and `Closed (Verified)`).
    pub closed_states: Vec<String>,
}

impl Default for DefectConfig {
    fn default() -> Self {
        DefectConfig {
            link_definition: String::new(),
            key_field: None,
            update_event: "Comment".into(),
            closed_states: Vec::new(),
        }
    }
}

impl DefectConfig {
    /// Filing with `link_definition` and the defaults.
    pub fn new(link_definition: &str) -> DefectConfig {
        DefectConfig { link_definition: link_definition.trim().to_string(), ..Default::default() }
    }

    /// Whether a defect in `state` counts as closed.
    pub fn is_closed(&self, state: &str) -> bool {
        let s = state.trim();
        if self.closed_states.is_empty() {
            s.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("closed"))
        } else {
            self.closed_states.iter().any(|c| c.trim().eq_ignore_ascii_case(s))
        }
    }

    /// Checks the configuration against the project before anything changes; returns it with
    /// the link definition, event and key field spelled as the server spells them.
    pub(crate) fn checked(&self, t: &Tracker) -> Result<DefectConfig> {
        let mut c = self.clone();
        let table = t.table("Defect")?;
        let defs = t.link_definitions()?;
        c.link_definition =
            defs.iter().find(|d| d.eq_ignore_ascii_case(self.link_definition.trim())).cloned().ok_or_else(|| {
                Error::NotAllowedValue {
                    field: "defect link definition".into(),
                    value: self.link_definition.clone(),
                    allowed: defs.clone(),
                }
            })?;
        let events = t.event_definitions(&table)?;
        c.update_event = events
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(self.update_event.trim()))
            .map(|e| e.name.clone())
            .ok_or_else(|| Error::UnknownEvent {
                table: table.clone(),
                event: self.update_event.clone(),
                known: events.iter().map(|e| e.name.clone()).collect(),
            })?;
        if let Some(k) = self.key_field.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
            let cols = t.columns(&table)?;
            let k = cols.iter().find(|c| c.eq_ignore_ascii_case(k)).cloned();
            c.key_field = Some(k.ok_or_else(|| Error::UnknownField { name: k_name(self), known: cols.to_vec() })?);
        } else {
            c.key_field = None;
        }
        Ok(c)
    }
}

fn k_name(c: &DefectConfig) -> String {
    format!("{} (defect key field)", c.key_field.as_deref().unwrap_or_default())
}

/// What the defect step did for one test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Done {
    Filed,
    Updated,
    Found,
}

/// The result that decides: the last one, when it failed or errored.
pub(crate) fn failing(results: &[TestResult]) -> Option<&TestResult> {
    results.last().filter(|r| matches!(r.outcome, Outcome::Failed(_) | Outcome::Errored(_)))
}

fn marker(run: i64) -> String {
    format!("(test run id:{run})")
}

/// Files or updates the defect of a failed test whose case is `case` and run `run` in
/// `run_set`; counts it in `rep` or reports why not.
#[allow(clippy::too_many_arguments)]
pub(crate) fn file_or_update(
    t: &Tracker,
    c: &DefectConfig,
    run_set: &str,
    key: &str,
    case: i64,
    run: i64,
    r: &TestResult,
    rep: &mut UploadReport,
) {
    match defect_step(t, c, run_set, key, case, run, r, rep) {
        Ok(Done::Filed) => rep.defects_filed += 1,
        Ok(Done::Updated) => rep.defects_updated += 1,
        Ok(Done::Found) => rep.defects_found += 1,
        Err(e) => rep.warnings.push(format!("'{key}': no defect filed or updated: {e}")),
    }
}

#[allow(clippy::too_many_arguments)]
fn defect_step(
    t: &Tracker,
    c: &DefectConfig,
    run_set: &str,
    key: &str,
    case: i64,
    run: i64,
    r: &TestResult,
    rep: &mut UploadReport,
) -> Result<Done> {
    let (known, again) = read_again(3, || candidates(t, c, key, case));
    rep.retried += u64::from(again);
    let known = known?;
    let mut open = None;
    for &id in &known {
        let d = t.get("Defect", RecordKey::Id(id))?;
        if !c.is_closed(d.state().unwrap_or_default()) {
            open = Some(d);
            break;
        }
    }
    let child = |table: &str, id: i64| ItemRef::new(table, RecordKey::Id(id));
    let d = match open {
        Some(d) => d,
        None => {
            let prepared = prepare(t, key, run)?;
            match orphan(t, c, key, prepared.summary.as_deref().unwrap_or_default(), &known)? {
                // A defect an earlier upload filed but did not link (stopped after
                // `addDefect`): linked to the test case now, then handled as the test's.
                Some(d) => {
                    t.link(&c.link_definition, &child("Defect", d.record_id()), &child("Test Case", case))?;
                    d
                }
                None => {
                    let id = file(t, c, prepared, run_set, key, run, r, &known, rep)?;
                    let parent = child("Defect", id);
                    t.link(&c.link_definition, &parent, &child("Test Case", case))?;
                    t.link(&c.link_definition, &parent, &child("Test Run", run))?;
                    return Ok(Done::Filed);
                }
            }
        }
    };
    let id = d.record_id();
    let parent = child("Defect", id);
    if linked(t, c, id, run)? {
        return Ok(Done::Found);
    }
    if names_run(&d, run) {
        // Filed or updated for this run, the link cut off: only the link is missing.
        t.link(&c.link_definition, &parent, &child("Test Run", run))?;
        return Ok(Done::Found);
    }
    let text = format!("Failed again in test run set '{run_set}' {}\n\n{}", marker(run), notes(r));
    let apply = || t.apply_event("Defect", RecordKey::Id(id), &c.update_event, EventInput::new().notes(&text));
    match apply() {
        Ok(_) => {}
        Err(e) if is_ambiguous_error(&e) => {
            // The answer was lost: the event is there or it is not.
            rep.retried += 1;
            let (now, again) = read_again(3, || t.get("Defect", RecordKey::Id(id)));
            rep.retried += u64::from(again);
            if !names_run(&now?, run) {
                apply()?;
            }
        }
        Err(e) => return Err(e),
    }
    t.link(&c.link_definition, &parent, &child("Test Run", run))?;
    Ok(Done::Updated)
}

/// Defects that are the test's by link or key field, lowest record id first.
fn candidates(t: &Tracker, c: &DefectConfig, key: &str, case: i64) -> Result<Vec<i64>> {
    let defect = t.table("Defect")?;
    let links = t.session().get_links_for_item("Test Case", case)?;
    let mut ids: Vec<i64> = links
        .into_iter()
        .filter(|l| l.link_definition_name.as_deref().is_some_and(|d| d.eq_ignore_ascii_case(&c.link_definition)))
        .filter(|l| l.child_list.iter().any(|i| i.entity_id == case && is_table(i.tablename.as_deref(), "Test Case")))
        .filter_map(|l| l.linkparent.filter(|p| is_table(p.tablename.as_deref(), &defect)).map(|p| p.entity_id))
        .collect();
    if let Some(f) = &c.key_field {
        ids.extend(by_field(t, f, key)?);
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

fn is_table(name: Option<&str>, table: &str) -> bool {
    name.is_some_and(|n| n.eq_ignore_ascii_case(table))
}

/// The defects whose `field` equals `value` (a list query).
fn by_field(t: &Tracker, field: &str, value: &str) -> Result<Vec<i64>> {
    let q = serde_json::json!({ field: value }).to_string();
    let rows = t.records("Defect").columns(["Record ID", field]).query(&q).collect()?;
    // List cells are cut to 128 characters.
    let want: String = value.chars().take(128).collect();
    Ok(rows
        .iter()
        .filter(|r| r.get(field) == Some(want.as_str()))
        .filter_map(|r| r.get("Record ID")?.trim().parse().ok())
        .collect())
}

/// Whether the defect's description or an event's notes name the run.
fn names_run(d: &crate::Record, run: i64) -> bool {
    let m = marker(run);
    let described = match d.entity() {
        Entity::Defect(x) => x.reportedbylist.iter().any(|f| f.comments.as_deref().is_some_and(|c| c.contains(&m))),
        _ => false,
    };
    described || d.events().iter().any(|e| e.notes.as_deref().is_some_and(|n| n.contains(&m)))
}

/// Whether the defect is linked to the run with the definition.
fn linked(t: &Tracker, c: &DefectConfig, defect: i64, run: i64) -> Result<bool> {
    let links = t.session().get_links_for_item("Test Run", run)?;
    Ok(links.iter().any(|l| {
        l.link_definition_name.as_deref().is_some_and(|d| d.eq_ignore_ascii_case(&c.link_definition))
            && l.linkparent.as_ref().is_some_and(|p| p.entity_id == defect)
    }))
}

/// The defect the server prepares from the run (`createDefectForTestRun`, which stores
/// nothing), its summary the test's key when the run gives none.
fn prepare(t: &Tracker, key: &str, run: i64) -> Result<testtrack::types::CDefect> {
    let mut prepared = t.session().create_defect_for_test_run(run)?;
    if prepared.summary.as_deref().is_none_or(|s| s.trim().is_empty()) {
        prepared.summary = Some(key.to_string());
    }
    Ok(prepared)
}

/// The words that open the found-by description of every defect filed for the test.
fn filed_for(key: &str) -> String {
    format!("Test {key} failed in test run set '")
}

/// An open defect, none of `known`, with the summary a new defect would get and a found-by
/// description this uploader wrote for the test: one filed by an upload that stopped before
/// linking it. Lowest record id first.
fn orphan(t: &Tracker, c: &DefectConfig, key: &str, summary: &str, known: &[i64]) -> Result<Option<crate::Record>> {
    let (ids, _) = read_again(3, || by_field(t, "Summary", summary));
    let mut ids = ids?;
    ids.sort_unstable();
    let opening = filed_for(key);
    for id in ids.into_iter().filter(|id| !known.contains(id)) {
        let d = t.get("Defect", RecordKey::Id(id))?;
        let ours = match d.entity() {
            Entity::Defect(x) => {
                x.reportedbylist.first().and_then(|f| f.comments.as_deref()).is_some_and(|c| c.starts_with(&opening))
            }
            _ => false,
        };
        if ours && !c.is_closed(d.state().unwrap_or_default()) {
            return Ok(Some(d));
        }
    }
    Ok(None)
}

/// Files a new defect from the run; returns its record id.
#[allow(clippy::too_many_arguments)]
fn file(
    t: &Tracker,
    c: &DefectConfig,
    mut prepared: testtrack::types::CDefect,
    run_set: &str,
    key: &str,
    run: i64,
    r: &TestResult,
    known: &[i64],
    rep: &mut UploadReport,
) -> Result<i64> {
    let summary = prepared.summary.clone().unwrap_or_default();
    let text = format!("{}{run_set}' {}\n\n{}", filed_for(key), marker(run), notes(r));
    if prepared.reportedbylist.is_empty() {
        prepared.reportedbylist.push(Default::default());
    }
    let report = &mut prepared.reportedbylist[0];
    report.comments = Some(match report.comments.take().filter(|s| !s.trim().is_empty()) {
        Some(steps) => format!("{text}\n\n{steps}"),
        None => text,
    });
    let add = || -> Result<i64> {
        let mut new = t.new_record("Defect")?;
        *new.record_mut().entity_mut() = Entity::Defect(prepared.clone());
        if let Some(f) = &c.key_field {
            new.set(f, key)?;
        }
        new.add_id()
    };
    match add() {
        Ok(id) => Ok(id),
        Err(e) if is_ambiguous_error(&e) => {
            // The answer was lost: a defect with the key (or the summary) that was not there
            // before is ours.
            rep.retried += 1;
            let (field, value) = match &c.key_field {
                Some(f) => (f.as_str(), key),
                None => ("Summary", summary.as_str()),
            };
            let (now, again) = read_again(3, || by_field(t, field, value));
            rep.retried += u64::from(again);
            match now?.into_iter().filter(|id| !known.contains(id)).max() {
                Some(id) => Ok(id),
                None => add(),
            }
        }
        Err(e) => Err(e),
    }
}
