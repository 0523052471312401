//! Workflow state rules files (`--workflow`): JSON `{"Table": {"Event": ["State", ..]}}`.
//!
//! A table's rules are checked against the table's event definitions when loaded: every
//! event the file names must exist, and the file must name every event of the table (`[]`
//! for "in any state"). Otherwise an event the file forgot would be reported as allowed
//! everywhere, and a misspelt one would silently never apply.

use std::path::Path;

use tt_records::{StateRules, Tracker};

use crate::config::Usage;

fn usage(path: &Path, msg: impl std::fmt::Display) -> anyhow::Error {
    Usage(format!("workflow file {}: {msg}", path.display())).into()
}

/// Reads the rules file at `path` and gives each table's rules to `tracker`.
pub fn load(tracker: &Tracker, path: &Path) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(path).map_err(|e| usage(path, format!("cannot read it: {e}")))?;
    let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| usage(path, format!("not JSON: {e}")))?;
    let obj = v.as_object().ok_or_else(|| usage(path, "expected {\"Table\": {\"Event\": [\"State\", ..]}}"))?;
    for (table, rules) in obj {
        let events = rules.as_object().ok_or_else(|| usage(path, format!("{table}: expected {{\"Event\": [..]}}")))?;
        let defs = match tracker.event_definitions(table) {
            Ok(d) => d,
            Err(tt_records::Error::UnknownTable { known, .. }) => {
                return Err(usage(path, format!("unknown table '{table}' (tables: {})", known.join(", "))))
            }
            Err(e) => return Err(e.into()),
        };
        let known: Vec<&str> = defs.iter().map(|d| d.name.as_str()).collect();
        let named = |e: &str| events.keys().any(|k| k.trim().eq_ignore_ascii_case(e));
        if let Some(unknown) = events.keys().find(|k| !known.iter().any(|e| e.eq_ignore_ascii_case(k.trim()))) {
            return Err(usage(path, format!("{table} has no event '{unknown}' (events: {})", known.join(", "))));
        }
        let missing: Vec<&str> = known.iter().copied().filter(|e| !named(e)).collect();
        if !missing.is_empty() {
            return Err(usage(
                path,
                format!(
                    "the rules for {table} do not say when {} may be entered (give each event its states, [] for any state)",
                    missing.join(", ")
                ),
            ));
        }
        let r = StateRules::from_json(rules).map_err(|e| usage(path, format!("{table}: {e}")))?;
        tracker.set_state_rules(table, r);
    }
    Ok(())
}
