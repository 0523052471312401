//! Claims and results on one test run, each under the run's edit lock: [`try_claim`],
//! [`renew`] and [`report`]; the claim notes ([`Claim`]) and the server's time
//! ([`ServerClock`]).

use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use testtrack::types::{AnyCEvent, CEvent, CFileAttachment};

use super::config::WorkerConfig;
use super::job::{Cancel, Job, Outcome};
use crate::edit::RecordEdit;
use crate::error::{Error, Result};
use crate::record::{EventEntry, Record, RecordKey};
use crate::tracker::Tracker;

/// The test-run table.
pub(crate) const TABLE: &str = "Test Run";

const CLAIM_PREFIX: &str = "claimed by ";
const UNTIL: &str = " until ";

fn local_secs() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// The server's time as this worker estimates it: its own clock plus the offset seen between
/// the server's stamps on its last saved claim and its own clock then. Before the first
/// claim the offset is 0.
#[derive(Debug, Default)]
pub struct ServerClock {
    offset: Mutex<Option<i64>>,
}

impl ServerClock {
    /// Seconds since the Unix epoch on the server, as estimated.
    pub fn now(&self) -> i64 {
        local_secs() + self.offset.lock().map(|o| o.unwrap_or(0)).unwrap_or(0)
    }

    /// Records that the server stamped `server_secs` about now.
    pub fn sample(&self, server_secs: i64) {
        if let Ok(mut o) = self.offset.lock() {
            *o = Some(server_secs - local_secs());
        }
    }
}

/// A claim as written in the notes of the claim event: `claimed by <worker> until <RFC 3339>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// The worker's name.
    pub worker: String,
    /// The lease end, seconds since the Unix epoch (server time).
    pub until: i64,
    /// The lease end as written.
    pub until_text: String,
}

impl Claim {
    /// The notes for a claim.
    pub fn notes(worker: &str, until: i64) -> String {
        format!("{CLAIM_PREFIX}{worker}{UNTIL}{}", ttsoap::DateTime::from_unix(until).as_str())
    }

    /// Parses claim notes; `None` for other notes.
    pub fn parse(notes: &str) -> Option<Claim> {
        let rest = notes.trim().strip_prefix(CLAIM_PREFIX)?;
        let (worker, until) = rest.rsplit_once(UNTIL)?;
        let t = ttsoap::DateTime::parse(until.trim()).ok()?;
        Some(Claim { worker: worker.to_string(), until: t.to_unix(), until_text: until.trim().to_string() })
    }

    /// The claim in force on a run: the newest claim event after the last event of any other
    /// name (a result or a Re-Run ends earlier claims).
    pub fn current(events: &[EventEntry], claim_event: &str) -> Option<Claim> {
        for e in events.iter().rev() {
            if !e.name.eq_ignore_ascii_case(claim_event) {
                return None;
            }
            if let Some(c) = e.notes.as_deref().and_then(Claim::parse) {
                return Some(c);
            }
        }
        None
    }

    /// True when a `result` event with these notes follows `worker`'s newest claim, with no
    /// other worker's claim between: that worker's report reached the server.
    pub fn reported(events: &[EventEntry], claim_event: &str, worker: &str, result: &str, notes: &str) -> bool {
        let claim_of = |e: &EventEntry| {
            e.name.eq_ignore_ascii_case(claim_event).then(|| e.notes.as_deref().and_then(Claim::parse)).flatten()
        };
        let Some(at) = events.iter().rposition(|e| claim_of(e).is_some_and(|c| c.worker == worker)) else {
            return false;
        };
        for e in &events[at + 1..] {
            if claim_of(e).is_some() {
                // A later claim is another worker's (this worker's newest is at `at`).
                return false;
            }
            if !e.name.eq_ignore_ascii_case(claim_event) {
                // Notes compared word by word: a server may change line ends or trailing blanks.
                let written = e.notes.as_deref().unwrap_or("");
                return e.name.eq_ignore_ascii_case(result) && written.split_whitespace().eq(notes.split_whitespace());
            }
        }
        false
    }
}

/// Why a run was not claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// Another session holds its edit lock (detail 22).
    Locked,
    /// It is no longer "not run".
    NotWaiting,
    /// Another worker's lease holds.
    Claimed(Claim),
    /// Its type or platform does not fit this worker.
    Mismatch,
}

/// A run's field as text ("" when the table has no such field).
fn text(r: &Record, field: &str) -> String {
    r.get(field).map(|v| v.to_string()).unwrap_or_default()
}

fn event(tracker: &Tracker, name: &str, notes: String, assign: bool) -> Result<CEvent> {
    let user = tracker.current_user()?;
    let defs = tracker.event_definitions(TABLE)?;
    let def = defs.iter().find(|d| d.name.eq_ignore_ascii_case(name)).ok_or_else(|| Error::UnknownEvent {
        table: TABLE.into(),
        event: name.to_string(),
        known: defs.iter().map(|d| d.name.clone()).collect(),
    })?;
    Ok(CEvent {
        name: Some(def.name.clone()),
        assigntolist: if assign && def.assigns { user.clone().into_iter().collect() } else { Vec::new() },
        user,
        // No date: the server stamps the event with its own time.
        date: None,
        notes: Some(notes),
        resultingstate: def.resulting_states.first().cloned(),
        generatedeventtype: Some("User".into()),
        parenteventid: Some(0),
        ..Default::default()
    })
}

fn push(edit: &mut RecordEdit<'_>, ev: CEvent) -> Result<()> {
    match edit.record.entity.events_mut() {
        Some(list) => {
            list.push(AnyCEvent::CEvent(ev));
            Ok(())
        }
        None => Err(Error::Unsupported { table: TABLE.into(), operation: "workflow events".into() }),
    }
}

/// Takes the run `number` for this worker if it is still waiting, unclaimed (or its lease ran
/// out) and fits: under the edit lock, appends the claim event and saves (which releases the
/// lock), then reads the run back for the job's fields and the server's time.
pub fn try_claim(
    tracker: &Tracker,
    cfg: &WorkerConfig,
    clock: &ServerClock,
    number: i64,
) -> Result<Result<Job, Skipped>> {
    claim(tracker, cfg, clock, number, false)
}

/// [`try_claim`] after a claim of the same run whose outcome is unknown (its answer was lost
/// to a timeout or a restart): a claim in force that is this worker's own is that claim,
/// saved after all, and the run is taken again under a fresh one rather than after the lease
/// ran out.
pub fn try_claim_after_doubt(
    tracker: &Tracker,
    cfg: &WorkerConfig,
    clock: &ServerClock,
    number: i64,
) -> Result<Result<Job, Skipped>> {
    claim(tracker, cfg, clock, number, true)
}

fn claim(
    tracker: &Tracker,
    cfg: &WorkerConfig,
    clock: &ServerClock,
    number: i64,
    own_claim_is_ours: bool,
) -> Result<Result<Job, Skipped>> {
    let mut edit = match tracker.edit(TABLE, RecordKey::Number(number)) {
        Ok(e) => e,
        Err(Error::Locked { .. }) => return Ok(Err(Skipped::Locked)),
        Err(e) => return Err(e),
    };
    let waiting = edit.state().is_some_and(|s| s.eq_ignore_ascii_case(&cfg.events.not_run_state));
    let skip = if !waiting {
        Some(Skipped::NotWaiting)
    } else if let Some(c) = Claim::current(&edit.events(), &cfg.events.claim)
        .filter(|c| c.until > clock.now() && !(own_claim_is_ours && c.worker == cfg.name))
    {
        Some(Skipped::Claimed(c))
    } else {
        let platform = cfg.platform_field.as_deref().map(|f| text(&edit, f)).unwrap_or_default();
        (!cfg.accepts(&text(&edit, &cfg.job_type_field), &platform)).then_some(Skipped::Mismatch)
    };
    if let Some(s) = skip {
        edit.cancel()?;
        return Ok(Err(s));
    }
    let until = clock.now() + cfg.lease.as_secs().max(1) as i64;
    let notes = Claim::notes(&cfg.name, until);
    push(&mut edit, event(tracker, &cfg.events.claim, notes.clone(), true)?)?;
    let record_id = edit.record_id();
    edit.save()?;
    let r = tracker.get(TABLE, RecordKey::Id(record_id))?;
    if let Some(d) =
        r.events().iter().rev().find(|e| e.notes.as_deref() == Some(notes.as_str())).and_then(|e| e.date.clone())
    {
        if let Ok(t) = ttsoap::DateTime::parse(&d) {
            clock.sample(t.to_unix());
        }
    }
    let fields = r.fields().into_iter().map(|(f, v)| (f.name.clone(), v.to_string())).collect();
    Ok(Ok(Job {
        record_id,
        number,
        summary: text(&r, "Summary"),
        run_set: text(&r, &cfg.run_set_field),
        job_type: text(&r, &cfg.job_type_field),
        platform: cfg.platform_field.as_deref().map(|f| text(&r, f)).unwrap_or_default(),
        fields,
        worker: cfg.name.clone(),
        lease_until: ttsoap::DateTime::from_unix(until).as_str().to_string(),
        cancel: Cancel::default(),
    }))
}

/// Takes the run's lock and checks the claim in force is this worker's; when the run is no
/// longer ours, the lock is released and the run's events are returned instead.
fn ours<'t>(
    tracker: &'t Tracker,
    cfg: &WorkerConfig,
    job: &Job,
) -> Result<std::result::Result<RecordEdit<'t>, Vec<EventEntry>>> {
    let edit = tracker.edit(TABLE, RecordKey::Id(job.record_id))?;
    let waiting = edit.state().is_some_and(|s| s.eq_ignore_ascii_case(&cfg.events.not_run_state));
    let events = edit.events();
    let mine = Claim::current(&events, &cfg.events.claim).is_some_and(|c| c.worker == cfg.name);
    if waiting && mine {
        Ok(Ok(edit))
    } else {
        edit.cancel()?;
        Ok(Err(events))
    }
}

/// Extends this worker's lease on a job; false when the run is no longer ours.
pub fn renew(tracker: &Tracker, cfg: &WorkerConfig, clock: &ServerClock, job: &mut Job) -> Result<bool> {
    let Ok(mut edit) = ours(tracker, cfg, job)? else { return Ok(false) };
    let until = clock.now() + cfg.lease.as_secs().max(1) as i64;
    push(&mut edit, event(tracker, &cfg.events.claim, Claim::notes(&cfg.name, until), false)?)?;
    edit.save()?;
    job.lease_until = ttsoap::DateTime::from_unix(until).as_str().to_string();
    Ok(true)
}

/// Reports a job's outcome: under the edit lock, checks the run is still this worker's and
/// appends the result event with the notes and files. Returns the event name, or `None` when
/// the run was taken over (its lease ran out) or has another result. A repeated report whose
/// earlier save reached the server (its answer was lost to a timeout or a restart) finds its
/// own result on the run and returns the event name without saving it twice.
pub fn report(tracker: &Tracker, cfg: &WorkerConfig, job: &Job, outcome: &Outcome) -> Result<Option<String>> {
    let name = cfg.events.event_for(outcome.verdict).to_string();
    let mut edit = match ours(tracker, cfg, job)? {
        Ok(edit) => edit,
        Err(events) => {
            let done = Claim::reported(&events, &cfg.events.claim, &cfg.name, &name, &outcome.notes);
            return Ok(done.then_some(name));
        }
    };
    let mut ev = event(tracker, &name, outcome.notes.clone(), false)?;
    let now = ttsoap::DateTime::now_utc();
    ev.attachmentlist = outcome
        .attachments
        .iter()
        .map(|a| CFileAttachment {
            m_p_file_data: Some(ttsoap::Bytes(a.data.clone())),
            m_str_file_name: Some(a.file_name.clone()),
            m_date_time_created: Some(now.clone()),
            m_date_time_modified: Some(now.clone()),
            ..Default::default()
        })
        .collect();
    push(&mut edit, ev)?;
    edit.save()?;
    Ok(Some(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(name: &str, notes: &str) -> EventEntry {
        EventEntry {
            record_id: 1,
            name: name.into(),
            user: None,
            date: None,
            notes: Some(notes.into()),
            resulting_state: None,
            assign_to: vec![],
            hours: None,
            fields: vec![],
        }
    }

    #[test]
    fn claim_notes_round_trip() {
        let n = Claim::notes("ci-7 on host", 1_700_000_000);
        assert_eq!(n, "claimed by ci-7 on host until 2023-11-14T22:13:20Z");
        let c = Claim::parse(&n).unwrap();
        assert_eq!((c.worker.as_str(), c.until), ("ci-7 on host", 1_700_000_000));
        assert!(Claim::parse("just a comment").is_none());
        assert!(Claim::parse("claimed by x until never").is_none());
    }

    #[test]
    fn current_claim_ends_at_other_events() {
        let a = Claim::notes("a", 100);
        let b = Claim::notes("b", 200);
        let list = vec![ev("Comment", &a), ev("Comment", "hello"), ev("Comment", &b), ev("Comment", "more")];
        assert_eq!(Claim::current(&list, "Comment").unwrap().worker, "b");
        let list = vec![ev("Comment", &a), ev("Fail", ""), ev("Re-Run", "")];
        assert_eq!(Claim::current(&list, "Comment"), None);
        let list = vec![ev("Re-Run", ""), ev("Comment", &a)];
        assert_eq!(Claim::current(&list, "comment").unwrap().until, 100);
    }

    #[test]
    fn a_result_after_this_workers_claim_is_its_report() {
        let (a, a2, b) = (Claim::notes("a", 100), Claim::notes("a", 130), Claim::notes("b", 200));
        let reported = |list: &[EventEntry]| Claim::reported(list, "Comment", "a", "Pass", "ok\r\nall  good");
        assert!(reported(&[ev("Comment", &a), ev("Comment", &a2), ev("Comment", "hi"), ev("Pass", "ok\nall good ")]));
        // Not this worker's: another claim came between, another result, other notes, no claim.
        assert!(!reported(&[ev("Comment", &a), ev("Comment", &b), ev("Pass", "ok all good")]));
        assert!(!reported(&[ev("Comment", &a), ev("Fail", "ok all good")]));
        assert!(!reported(&[ev("Comment", &a), ev("Pass", "passed by hand")]));
        assert!(!reported(&[ev("Comment", &b), ev("Pass", "ok all good")]));
        assert!(!reported(&[ev("Comment", &a)]));
    }
}
