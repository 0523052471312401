//! Workflow by name: event definitions ([`EventDefinition`]), optional per-state rules
//! ([`StateRules`]), what to fill into an event ([`EventInput`]) and what happened
//! ([`EventApplied`]).
//!
//! `getEventDefinitionList` describes each event (its resulting states and custom fields) but
//! not the states it may be entered in. When the caller knows the workflow's rules (an
//! administrator's export, or a test seed), [`StateRules`] lets the layer refuse a disallowed
//! event before taking a lock and name exactly the events allowed; otherwise the server's
//! refusal is mapped to the same [`crate::Error::EventNotAllowed`].

use std::collections::BTreeMap;

use testtrack::types::{AnyCEventDefinition, AnyCField};

use crate::custom;
use crate::record::FieldInfo;
use crate::value::Value;

/// One event of a table's workflow, from `getEventDefinitionList`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDefinition {
    /// The event name ("Fix").
    pub name: String,
    /// The states the event can lead to; the first is the default. Empty: no state change.
    pub resulting_states: Vec<String>,
    /// The event assigns the record to users.
    pub assigns: bool,
    /// The event records hours.
    pub time_tracking: bool,
    /// The event's custom fields.
    pub fields: Vec<FieldInfo>,
    pub(crate) defs: Vec<AnyCField>,
}

impl EventDefinition {
    pub(crate) fn from_any(d: &AnyCEventDefinition) -> Option<EventDefinition> {
        let c = d.base()?;
        let name = c.name.clone().filter(|n| !n.trim().is_empty())?;
        Some(EventDefinition {
            name,
            resulting_states: c.resulting_state_values.iter().filter_map(|v| v.value.clone()).collect(),
            assigns: c.new_assignment.unwrap_or(false),
            time_tracking: c.time_tracking.unwrap_or(false),
            fields: c
                .custom_fields
                .iter()
                .filter_map(|f| {
                    custom::name(f).map(|n| FieldInfo {
                        name: n.to_string(),
                        xml_name: None,
                        ty: custom::field_type(f),
                        custom: true,
                        writable: true,
                    })
                })
                .collect(),
            defs: c.custom_fields,
        })
    }

    /// The allowed values of one of the event's dropdown fields.
    pub fn allowed_values(&self, field: &str) -> Vec<String> {
        self.defs
            .iter()
            .find(|d| custom::name(d).is_some_and(|n| n.eq_ignore_ascii_case(field)))
            .map(custom::allowed)
            .unwrap_or_default()
    }
}

/// Which states each event may be entered in, for one table. Events not listed are allowed
/// in every state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StateRules {
    from: BTreeMap<String, (String, Vec<String>)>,
}

impl StateRules {
    /// No rules.
    pub fn new() -> StateRules {
        StateRules::default()
    }

    /// `event` may be entered only in `states` (empty: in any state).
    pub fn event<S: Into<String>>(mut self, event: &str, states: impl IntoIterator<Item = S>) -> StateRules {
        self.from.insert(
            event.trim().to_lowercase(),
            (event.trim().to_string(), states.into_iter().map(Into::into).collect()),
        );
        self
    }

    /// Rules from JSON `{"Fix": ["Open", "Assigned"], "Comment": []}`.
    pub fn from_json(v: &serde_json::Value) -> Result<StateRules, String> {
        let obj = v.as_object().ok_or("workflow rules must be an object of event: [states]")?;
        let mut r = StateRules::new();
        for (event, states) in obj {
            let list = states.as_array().ok_or_else(|| format!("the states of '{event}' must be a list"))?;
            let names: Result<Vec<String>, String> = list
                .iter()
                .map(|s| s.as_str().map(str::to_string).ok_or_else(|| format!("a state of '{event}' is not text")))
                .collect();
            r = r.event(event, names?);
        }
        Ok(r)
    }

    /// True when no event has a rule.
    pub fn is_empty(&self) -> bool {
        self.from.is_empty()
    }

    /// True when `event` may be entered in `state`.
    pub fn allows(&self, event: &str, state: &str) -> bool {
        match self.from.get(&event.trim().to_lowercase()) {
            None => true,
            Some((_, states)) => states.is_empty() || states.iter().any(|s| s.eq_ignore_ascii_case(state.trim())),
        }
    }

    /// The events of `events` allowed in `state`.
    pub fn allowed_in(&self, state: &str, events: &[EventDefinition]) -> Vec<String> {
        events.iter().filter(|e| self.allows(&e.name, state)).map(|e| e.name.clone()).collect()
    }
}

/// What to fill into an event besides the user (the session's user) and the date (now).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventInput {
    /// The event's custom fields, by name.
    pub fields: Vec<(String, Value)>,
    /// Notes.
    pub notes: Option<String>,
    /// The resulting state, when the event can lead to several (default: the first).
    pub resulting_state: Option<String>,
    /// Hours spent (time-tracking events).
    pub hours: Option<f64>,
    /// Users to assign the record to ("Last, First"; assigning events).
    pub assign_to: Vec<String>,
    /// Files attached to the event: (file name, contents).
    pub attachments: Vec<(String, Vec<u8>)>,
}

impl EventInput {
    /// Nothing filled in.
    pub fn new() -> EventInput {
        EventInput::default()
    }

    /// Sets one of the event's custom fields.
    pub fn field(mut self, name: &str, value: impl Into<Value>) -> EventInput {
        self.fields.push((name.to_string(), value.into()));
        self
    }

    /// Sets the notes.
    pub fn notes(mut self, notes: impl Into<String>) -> EventInput {
        self.notes = Some(notes.into());
        self
    }

    /// Asks for a resulting state.
    pub fn resulting_state(mut self, state: impl Into<String>) -> EventInput {
        self.resulting_state = Some(state.into());
        self
    }

    /// Records hours.
    pub fn hours(mut self, hours: f64) -> EventInput {
        self.hours = Some(hours);
        self
    }

    /// Adds a user to assign to.
    pub fn assign_to(mut self, user: impl Into<String>) -> EventInput {
        self.assign_to.push(user.into());
        self
    }

    /// Attaches a file to the event.
    pub fn attach(mut self, file_name: impl Into<String>, data: Vec<u8>) -> EventInput {
        self.attachments.push((file_name.into(), data));
        self
    }
}

/// An event that was applied and saved.
#[derive(Debug, Clone, PartialEq)]
pub struct EventApplied {
    /// The table.
    pub table: String,
    /// The record id.
    pub record_id: i64,
    /// The record's number, if its table has numbers.
    pub number: Option<i64>,
    /// The event's name as the workflow spells it.
    pub event: String,
    /// The state before.
    pub from_state: Option<String>,
    /// The state after (read back from the server).
    pub state: Option<String>,
}

impl EventApplied {
    /// As JSON: `{"table", "record_id", "number", "event", "from_state", "state"}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "table": self.table,
            "record_id": self.record_id,
            "number": self.number,
            "event": self.event,
            "from_state": self.from_state,
            "state": self.state,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        let r = StateRules::new().event("Fix", ["Open", "Assigned"]).event("Comment", Vec::<String>::new());
        assert!(r.allows("fix", "open"));
        assert!(!r.allows("Fix", "Closed"));
        assert!(r.allows("Comment", "Closed"));
        assert!(r.allows("Unlisted", "Closed"));
        let j = serde_json::json!({"Fix": ["Open"], "Verify": ["Fixed"]});
        let r = StateRules::from_json(&j).unwrap();
        assert!(!r.allows("Verify", "Open"));
        assert!(StateRules::from_json(&serde_json::json!([1])).is_err());
    }
}
