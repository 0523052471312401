//! Outcomes as workflow events on a test run: which event each outcome is, what its notes
//! say, and whether a run already shows it.

use serde::{Deserialize, Serialize};

use super::model::{Failure, Outcome, TestResult};
use crate::error::{Error, Result};
use crate::workflow::EventDefinition;

/// The workflow event recorded for each outcome. Defaults follow the Test Run workflow of a
/// default TestTrack project: `Pass` (to Passed) for passed tests, `Fail` (to Failed) for
/// failures and errors; skipped tests get no event and stay in the initial state (Not Run).
/// Set `skipped` to an event such as `Block` to record skips.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EventMap {
    /// Event for a passed test (default `Pass`).
    pub passed: Option<String>,
    /// Event for a failed assertion (default `Fail`).
    pub failed: Option<String>,
    /// Event for a test that errored (default `Fail`).
    pub error: Option<String>,
    /// Event for a skipped test (default none).
    pub skipped: Option<String>,
}

impl Default for EventMap {
    fn default() -> Self {
        EventMap { passed: Some("Pass".into()), failed: Some("Fail".into()), error: Some("Fail".into()), skipped: None }
    }
}

impl EventMap {
    /// The event name for an outcome, if any (an empty name counts as none).
    pub fn event_for(&self, outcome: &Outcome) -> Option<&str> {
        let e = match outcome {
            Outcome::Passed => &self.passed,
            Outcome::Failed(_) => &self.failed,
            Outcome::Errored(_) => &self.error,
            Outcome::Skipped { .. } => &self.skipped,
        };
        e.as_deref().map(str::trim).filter(|e| !e.is_empty())
    }

    /// Checks every mapped event against the table's definitions: a missing one is
    /// [`Error::UnknownEvent`] listing the events the site defines.
    pub fn check(&self, table: &str, defs: &[EventDefinition]) -> Result<()> {
        for e in [&self.passed, &self.failed, &self.error, &self.skipped].into_iter().flatten() {
            let e = e.trim();
            if !e.is_empty() && !defs.iter().any(|d| d.name.eq_ignore_ascii_case(e)) {
                return Err(Error::UnknownEvent {
                    table: table.to_string(),
                    event: e.to_string(),
                    known: defs.iter().map(|d| d.name.clone()).collect(),
                });
            }
        }
        Ok(())
    }
}

/// Whether a run in `state` already shows `event`: true when the event changes state and the
/// run is in one of its resulting states. `None` when the event does not change state (the
/// run's events must be read to know).
pub fn shows_event(def: &EventDefinition, state: &str) -> Option<bool> {
    let targets: Vec<&String> =
        def.resulting_states.iter().filter(|s| !s.is_empty() && !s.eq_ignore_ascii_case("<No State Change>")).collect();
    if targets.is_empty() {
        return None;
    }
    Some(targets.iter().any(|s| s.eq_ignore_ascii_case(state.trim())))
}

fn failure_notes(out: &mut String, label: &str, f: &Failure) {
    out.push_str(label);
    if let Some(k) = &f.kind {
        out.push_str(&format!(" ({k})"));
    }
    if let Some(m) = &f.message {
        out.push_str(&format!(": {m}"));
    }
    out.push('\n');
    if !f.details.trim().is_empty() {
        out.push('\n');
        out.push_str(f.details.trim_end());
        out.push('\n');
    }
}

/// The event notes for a result: the failure's type, message and stack trace (or the skip
/// message), earlier failed attempts of a rerun test, then the test's key, duration,
/// timestamp, host, source file and properties, one per line.
pub fn notes(result: &TestResult) -> String {
    let mut out = String::new();
    match &result.outcome {
        Outcome::Passed => {}
        Outcome::Failed(f) => failure_notes(&mut out, "Failure", f),
        Outcome::Errored(f) => failure_notes(&mut out, "Error", f),
        Outcome::Skipped { message } => {
            out.push_str("Skipped");
            if let Some(m) = message {
                out.push_str(&format!(": {m}"));
            }
            out.push('\n');
        }
    }
    for (i, f) in result.reruns.iter().enumerate() {
        failure_notes(&mut out, &format!("Attempt {} failed", i + 1), f);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&format!("Test: {}\n", result.key()));
    if let Some(d) = result.duration {
        out.push_str(&format!("Duration: {:.3}s\n", d.as_secs_f64()));
    }
    if let Some(t) = &result.timestamp {
        out.push_str(&format!("Timestamp: {t}\n"));
    }
    if let Some(h) = &result.hostname {
        out.push_str(&format!("Host: {h}\n"));
    }
    if let Some(f) = &result.file {
        out.push_str(&format!("File: {f}\n"));
    }
    for (k, v) in &result.properties {
        out.push_str(&format!("Property {k}: {v}\n"));
    }
    out
}

/// The sources a mapped event field can take its value from: `duration` (seconds),
/// `timestamp`, `hostname`, `file`, `message` (the failure or skip message), `type` (the
/// failure type), `key` (`classname.name`) or `property:NAME`.
pub const FIELD_SOURCES: &[&str] =
    &["duration", "timestamp", "hostname", "file", "message", "type", "key", "property:NAME"];

/// Whether `source` is one of [`FIELD_SOURCES`].
pub fn is_field_source(source: &str) -> bool {
    let s = source.trim();
    FIELD_SOURCES[..FIELD_SOURCES.len() - 1].contains(&s) || s.strip_prefix("property:").is_some_and(|n| !n.is_empty())
}

/// The value of a field source for a result, when the result has one.
pub fn field_value(r: &TestResult, source: &str) -> Option<String> {
    let failure = match &r.outcome {
        Outcome::Failed(f) | Outcome::Errored(f) => Some(f),
        _ => None,
    };
    match source.trim() {
        "duration" => r.duration.map(|d| format!("{:.3}", d.as_secs_f64())),
        "timestamp" => r.timestamp.clone(),
        "hostname" => r.hostname.clone(),
        "file" => r.file.clone(),
        "message" => match &r.outcome {
            Outcome::Skipped { message } => message.clone(),
            _ => failure.and_then(|f| f.message.clone()),
        },
        "type" => failure.and_then(|f| f.kind.clone()),
        "key" => Some(r.key()),
        s => s.strip_prefix("property:").and_then(|n| r.property(n)).map(str::to_string),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::JunitReader;

    #[test]
    fn notes_carry_the_failure_then_the_facts() {
        let xml = br#"<testsuite hostname="h1"><testcase classname="a.B" name="c" time="1.5"><failure message="m" type="T">trace line</failure></testcase></testsuite>"#;
        let r = JunitReader::new(&xml[..]).next().unwrap().unwrap();
        let n = notes(&r);
        assert!(n.starts_with("Failure (T): m\n\ntrace line\n"), "{n}");
        assert!(n.contains("Test: a.B.c\nDuration: 1.500s\nHost: h1\n"), "{n}");
        let m = EventMap::default();
        assert_eq!(m.event_for(&r.outcome), Some("Fail"));
        assert_eq!(m.event_for(&Outcome::Skipped { message: None }), None);
        let blank = EventMap { passed: Some(" ".into()), ..Default::default() };
        assert_eq!(blank.event_for(&Outcome::Passed), None);
    }
}
