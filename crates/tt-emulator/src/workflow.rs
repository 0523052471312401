//! Workflow: states, events and the state an event leads to (QUIRKS.md section F).
//!
//! A record's state only changes through events. A client appends a `CEvent` to the record's
//! event list and saves; the emulator looks the event up in the table's workflow:
//! - an event name the workflow does not define faults 237 "Workflow not defined";
//! - an event that is not allowed in the record's current state faults 23 (validation);
//! - the resulting state is the one the client asks for in `resultingstate` when it is one of
//!   the event's targets, else the event's first target; `<No State Change>`, an empty value
//!   or no value mean "the default"; an event without targets leaves the state alone; asking
//!   for a state the event cannot lead to faults 23.
//!
//! Event and state names are matched without regard to case; the workflow's spelling is kept.

use serde::{Deserialize, Serialize};

use crate::fields::FieldDef;

/// The literal clients send for "keep the current state".
pub const NO_STATE_CHANGE: &str = "<No State Change>";

/// One workflow event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    /// Event name ("Fix", "Comment", "SCM Update", ...).
    pub name: String,
    /// States the event may be entered in; empty means any state.
    #[serde(default)]
    pub from: Vec<String>,
    /// States the event can lead to; the first is the default. Empty: no state change.
    #[serde(default)]
    pub to: Vec<String>,
    /// The event assigns the record (its `assigntolist` becomes "Currently Assigned To").
    #[serde(default)]
    pub assign: bool,
    /// The event records time (its `hours` count).
    #[serde(default)]
    pub time_tracking: bool,
    /// Custom fields of the event (its `fieldlist`).
    #[serde(default)]
    pub fields: Vec<FieldDef>,
}

/// A table's workflow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workflow {
    /// State of a new record.
    pub initial_state: String,
    /// All states.
    #[serde(default)]
    pub states: Vec<String>,
    /// All events.
    #[serde(default)]
    pub events: Vec<EventDef>,
}

/// Why an event cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkflowError {
    /// The workflow has no event of that name (237).
    UnknownEvent(String),
    /// The event is not allowed in the current state (23).
    NotAllowed {
        /// The event.
        event: String,
        /// The current state.
        state: String,
    },
    /// The requested resulting state is not one the event leads to (23).
    BadResultingState {
        /// The event.
        event: String,
        /// The requested state.
        requested: String,
    },
}

impl std::fmt::Display for WorkflowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkflowError::UnknownEvent(e) => write!(f, "Workflow not defined: there is no event '{e}'."),
            WorkflowError::NotAllowed { event, state } => {
                write!(f, "The event '{event}' is not allowed in the state '{state}'.")
            }
            WorkflowError::BadResultingState { event, requested } => {
                write!(f, "The event '{event}' cannot lead to the state '{requested}'.")
            }
        }
    }
}

impl Workflow {
    /// The event definition for a name.
    pub fn event(&self, name: &str) -> Option<&EventDef> {
        let n = name.trim();
        self.events.iter().find(|e| e.name.eq_ignore_ascii_case(n))
    }

    /// The state after applying `event` in `state`, with the client's requested resulting
    /// state (if any).
    pub fn apply(&self, state: &str, event: &str, requested: Option<&str>) -> Result<String, WorkflowError> {
        let def = self.event(event).ok_or_else(|| WorkflowError::UnknownEvent(event.trim().to_string()))?;
        if !def.from.is_empty() && !def.from.iter().any(|s| s.eq_ignore_ascii_case(state.trim())) {
            return Err(WorkflowError::NotAllowed { event: def.name.clone(), state: state.to_string() });
        }
        let requested = requested.map(str::trim).filter(|r| !r.is_empty() && *r != NO_STATE_CHANGE);
        if def.to.is_empty() {
            return match requested {
                Some(r) if !r.eq_ignore_ascii_case(state.trim()) => {
                    Err(WorkflowError::BadResultingState { event: def.name.clone(), requested: r.to_string() })
                }
                _ => Ok(state.to_string()),
            };
        }
        match requested {
            None => Ok(def.to[0].clone()),
            Some(r) => {
                def.to.iter().find(|s| s.eq_ignore_ascii_case(r)).cloned().ok_or_else(|| {
                    WorkflowError::BadResultingState { event: def.name.clone(), requested: r.to_string() }
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(name: &str, from: &[&str], to: &[&str]) -> EventDef {
        EventDef {
            name: name.into(),
            from: from.iter().map(|s| s.to_string()).collect(),
            to: to.iter().map(|s| s.to_string()).collect(),
            assign: false,
            time_tracking: false,
            fields: vec![],
        }
    }

    fn wf() -> Workflow {
        Workflow {
            initial_state: "Open".into(),
            states: vec!["Open".into(), "Fixed".into(), "Closed".into(), "Closed (Verified)".into()],
            events: vec![
                ev("Fix", &["Open"], &["Fixed"]),
                ev("Verify", &["Fixed"], &["Closed (Verified)", "Open"]),
                ev("Close", &[], &["Closed"]),
                ev("Re-Open", &["Closed", "Closed (Verified)", "Fixed"], &["Open"]),
                ev("Comment", &[], &[]),
            ],
        }
    }

    #[test]
    fn transitions() {
        let w = wf();
        assert_eq!(w.apply("Open", "Fix", None).unwrap(), "Fixed");
        assert_eq!(w.apply("Open", "fix", Some(NO_STATE_CHANGE)).unwrap(), "Fixed");
        assert_eq!(w.apply("Fixed", "Verify", None).unwrap(), "Closed (Verified)");
        assert_eq!(w.apply("Fixed", "Verify", Some("open")).unwrap(), "Open");
        assert_eq!(w.apply("Closed", "Re-Open", Some("Open")).unwrap(), "Open");
        assert_eq!(w.apply("Fixed", "Comment", Some(NO_STATE_CHANGE)).unwrap(), "Fixed");
        assert_eq!(w.apply("Fixed", "Comment", Some("Fixed")).unwrap(), "Fixed");
        assert_eq!(w.apply("Anything", "Close", Some("")).unwrap(), "Closed");
    }

    #[test]
    fn refusals() {
        let w = wf();
        assert_eq!(w.apply("Open", "Teleport", None), Err(WorkflowError::UnknownEvent("Teleport".into())));
        assert!(matches!(w.apply("Closed", "Fix", None), Err(WorkflowError::NotAllowed { .. })));
        assert!(matches!(w.apply("Fixed", "Verify", Some("Closed")), Err(WorkflowError::BadResultingState { .. })));
        assert!(matches!(w.apply("Open", "Comment", Some("Closed")), Err(WorkflowError::BadResultingState { .. })));
        assert!(w.apply("Closed", "Fix", None).unwrap_err().to_string().contains("not allowed"));
    }
}
