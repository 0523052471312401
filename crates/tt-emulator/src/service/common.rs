//! Helpers shared by the entity adapters: values, custom fields, workflow events,
//! attachments and validation.

use testtrack::types::{AnyCEvent, AnyCField, CEvent, CFileAttachment};
use tt_domain::custom::{self, FieldSpec};
use ttsoap::{Date, DateTime, Fault};

use super::CallContext;
use crate::clock;
use crate::faults;
use crate::fields::FieldDef;
use crate::fields::FieldKind;
use crate::tables::Table;
use crate::value::Value;
use crate::workflow::{Workflow, WorkflowError};
use crate::Profile;

/// Keeps the stored value of every listed `Option` field the client left out.
macro_rules! keep {
    ($new:expr, $old:expr; $($f:ident),* $(,)?) => {
        $( if $new.$f.is_none() { $new.$f = $old.$f.clone(); } )*
    };
}
pub(crate) use keep;

/// A date from a day number.
pub(crate) fn days_date(days: i64) -> Date {
    Date::parse(&clock::iso_date(days)).unwrap_or_default()
}

/// A dateTime (UTC, with `Z`) from Unix seconds.
pub(crate) fn secs_datetime(secs: i64) -> DateTime {
    DateTime::from_unix(secs)
}

/// Text of an optional string.
pub(crate) fn or_empty(o: &Option<String>) -> &str {
    o.as_deref().unwrap_or("")
}

/// Value of an optional boolean.
pub(crate) fn v_bool(b: &Option<bool>) -> Value {
    Value::Bool(b.unwrap_or(false))
}

/// A seed value (JSON) as a value of the field kind.
pub(crate) fn json_value(v: &serde_json::Value, kind: FieldKind) -> Result<Value, String> {
    use serde_json::Value as J;
    use FieldKind as K;
    let bad = || format!("{v} is not a valid {kind:?} value");
    Ok(match (kind, v) {
        (_, J::Null) => Value::Empty,
        (K::Integer, J::Number(n)) => Value::Integer(n.as_i64().ok_or_else(bad)?),
        (K::Integer, J::String(t)) => Value::Integer(t.trim().parse().map_err(|_| bad())?),
        (K::Decimal | K::Timespan, J::Number(n)) => Value::Decimal(n.as_f64().ok_or_else(bad)?),
        (K::Decimal | K::Timespan, J::String(t)) => Value::Decimal(t.trim().parse().map_err(|_| bad())?),
        (K::Boolean, J::Bool(b)) => Value::Bool(*b),
        (K::Date, J::String(t)) => {
            let (y, m, d) = Date::parse(t).map_err(|e| e.0)?.ymd();
            Value::from_days(clock::days_from_civil(y, m, d))
        }
        (K::DateTime, J::String(t)) => Value::from_unix(DateTime::parse(t).map_err(|e| e.0)?.to_unix()),
        (K::MultiSelect | K::Users, J::Array(items)) => {
            Value::List(items.iter().map(|i| i.as_str().map(str::to_string).ok_or_else(bad)).collect::<Result<_, _>>()?)
        }
        (K::MultiSelect | K::Users, J::String(t)) => Value::List(vec![t.clone()]),
        (k, J::String(t)) if k.is_text() => Value::text(t.clone()),
        (k, J::Number(n)) if k.is_text() => Value::Text(n.to_string()),
        _ => return Err(bad()),
    })
}

/// The name and value of a `CField` item. An unknown subtype is an error.
pub(crate) fn field_value(f: &AnyCField) -> Result<(String, Value), String> {
    if let AnyCField::Unknown(raw) = f {
        return Err(format!("unknown custom field type '{}'", raw.type_name));
    }
    Ok((f.name().cloned().unwrap_or_default(), custom::value(f)))
}

/// A `CField` item of the definition's kind carrying `v`; with `definition`, dropdown fields
/// list their allowed values.
pub(crate) fn make_field(id: i64, def: &FieldDef, v: &Value, definition: bool) -> AnyCField {
    let spec = FieldSpec {
        record_id: id,
        name: def.name.clone(),
        kind: def.kind,
        unit: Some(def.unit().to_string()),
        allowed: if definition { def.values.clone() } else { Vec::new() },
    };
    custom::build(&spec, v.clone())
}

/// The value of a named field in a field list.
pub(crate) fn field_named(list: &[AnyCField], name: &str) -> Option<Value> {
    list.iter().filter_map(|f| field_value(f).ok()).find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

/// Merges the custom fields a client sent into the stored ones and returns the full list, one
/// item per definition in definition order. Unknown fields and invalid values fault 23.
pub(crate) fn merge_fields(
    defs: &[(i64, FieldDef)],
    stored: &[AnyCField],
    incoming: &[AnyCField],
    what: &str,
) -> Result<Vec<AnyCField>, Fault> {
    let mut values: Vec<Option<Value>> = defs.iter().map(|(_, d)| field_named(stored, &d.name)).collect();
    for f in incoming {
        let (name, v) = field_value(f).map_err(faults::validation)?;
        let Some(i) = defs.iter().position(|(_, d)| d.name.eq_ignore_ascii_case(name.trim())) else {
            return Err(faults::validation(format!("There is no custom field named '{name}' for {what}.")));
        };
        let v = defs[i].1.check(v).map_err(faults::validation)?;
        values[i] = Some(v);
    }
    let mut out = Vec::with_capacity(defs.len());
    for ((id, def), v) in defs.iter().zip(values) {
        let v = v.unwrap_or(Value::Empty);
        if def.required && v.is_empty() {
            return Err(faults::validation(format!("The field '{}' is required.", def.name)));
        }
        out.push(make_field(*id, def, &v, false));
    }
    Ok(out)
}

/// Custom fields set from seed JSON (by field name).
pub(crate) fn seed_fields(
    defs: &[(i64, FieldDef)],
    values: &std::collections::BTreeMap<String, serde_json::Value>,
    what: &str,
) -> Result<Vec<AnyCField>, String> {
    let mut incoming = Vec::new();
    for (name, j) in values {
        let (id, def) = defs
            .iter()
            .find(|(_, d)| d.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| format!("no custom field '{name}' for {what}"))?;
        let v = json_value(j, def.kind)?;
        incoming.push(make_field(*id, def, &v, false));
    }
    merge_fields(defs, &[], &incoming, what).map_err(|f| f.string)
}

/// An event item as a `CEvent` (the deprecated `CDefectEvent` has the same fields; the
/// generated `base()` copies them).
pub(crate) fn as_event(e: &AnyCEvent) -> Option<CEvent> {
    e.base()
}

/// Applies the events a client appended (see the crate docs: stored events are kept as they
/// are, events with a record id that is not stored are new and go through the workflow in
/// order). Returns the full event list; `state` is updated.
pub(crate) fn process_events(
    cx: &mut CallContext<'_>,
    table: Table,
    state: &mut String,
    stored: &[AnyCEvent],
    incoming: &[AnyCEvent],
) -> Result<Vec<AnyCEvent>, Fault> {
    let stored_ids: Vec<i64> = stored.iter().filter_map(as_event).map(|e| e.recordid).collect();
    let mut out: Vec<AnyCEvent> = stored.to_vec();
    let mut order = stored.len() as i16;
    for item in incoming {
        let Some(mut ev) = as_event(item) else {
            return Err(faults::validation("An event of an unknown type cannot be saved."));
        };
        if ev.recordid != 0 && stored_ids.contains(&ev.recordid) {
            continue;
        }
        let wf: Workflow = cx.proj().workflows.get(&table).cloned().ok_or_else(|| {
            faults::fault(faults::codes::WORKFLOW_NOT_DEFINED, format!("Workflow not defined for {table}."))
        })?;
        let name = ev.name.clone().unwrap_or_default();
        if name.trim().is_empty() {
            return Err(faults::validation("An event needs a name."));
        }
        let new_state = wf.apply(state, &name, ev.resultingstate.as_deref()).map_err(|e| match e {
            WorkflowError::UnknownEvent(_) => faults::fault(faults::codes::WORKFLOW_NOT_DEFINED, e.to_string()),
            _ => faults::validation(e.to_string()),
        })?;
        let def = wf.event(&name).cloned().ok_or_else(|| faults::validation("unknown event"))?;
        match ev.user.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            Some(u) => {
                let canon = cx
                    .user_display(u)
                    .ok_or_else(|| faults::validation(format!("The event user '{u}' is not a valid user string.")))?;
                ev.user = Some(canon);
            }
            None => ev.user = Some(cx.user_name.clone()),
        }
        let mut assignees = Vec::new();
        for a in &ev.assigntolist {
            assignees.push(
                cx.user_display(a)
                    .ok_or_else(|| faults::validation(format!("'{a}' is not a valid user to assign to.")))?,
            );
        }
        ev.assigntolist = assignees;
        let defs: Vec<(i64, FieldDef)> = def.fields.iter().map(|f| (0, f.clone())).collect();
        ev.fieldlist = if defs.is_empty() && ev.fieldlist.is_empty() {
            Vec::new()
        } else {
            merge_fields(&defs, &[], &ev.fieldlist, &format!("the event '{}'", def.name))?
        };
        ev.recordid = cx.next_id();
        ev.name = Some(def.name.clone());
        order = order.saturating_add(1);
        ev.eventaddorder = order;
        if ev.date.is_none() {
            ev.date = Some(secs_datetime(cx.now));
        }
        ev.resultingstate = Some(new_state.clone());
        if ev.generatedeventtype.as_deref().unwrap_or("").is_empty() {
            ev.generatedeventtype = Some("User".into());
        }
        if ev.parenteventid.is_none() {
            ev.parenteventid = Some(0);
        }
        ev.attachmentlist = merge_attachments(cx, &[], &ev.attachmentlist);
        *state = new_state;
        out.push(AnyCEvent::CEvent(ev));
    }
    Ok(out)
}

/// Merges attachments: items with a stored `m-recordid` keep their stored content; new items
/// get a record id, an archive name `A<recordid>.att`, type `Standard` and (after 2013) a creation time. A
/// client that sends no attachments keeps the stored ones; a non-empty list replaces them.
pub(crate) fn merge_attachments(
    cx: &mut CallContext<'_>,
    stored: &[CFileAttachment],
    incoming: &[CFileAttachment],
) -> Vec<CFileAttachment> {
    if incoming.is_empty() {
        return stored.to_vec();
    }
    let mut out = Vec::with_capacity(incoming.len());
    for a in incoming {
        if a.m_recordid != 0 {
            if let Some(old) = stored.iter().find(|s| s.m_recordid == a.m_recordid) {
                out.push(old.clone());
                continue;
            }
        }
        let mut n = a.clone();
        n.m_recordid = cx.next_id();
        n.m_str_archive_name = Some(format!("A{}.att", n.m_recordid));
        if n.m_str_type.as_deref().unwrap_or("").is_empty() {
            n.m_str_type = Some("Standard".into());
        }
        if n.m_p_file_data.is_none() {
            n.m_p_file_data = Some(ttsoap::Bytes::default());
        }
        if cx.profile == Profile::V2013 {
            // The 2013 server's CFile has only the data and the file name: no timestamps.
            n.m_date_time_created = None;
            n.m_date_time_modified = None;
        } else {
            let now = secs_datetime(cx.now);
            n.m_date_time_created.get_or_insert_with(|| now.clone());
            n.m_date_time_modified.get_or_insert(now);
        }
        out.push(n);
    }
    out
}

/// Drops file contents (`bDownloadAttachments=false`).
pub(crate) fn strip(list: &mut [CFileAttachment]) {
    for a in list {
        a.m_p_file_data = None;
    }
}

/// Prepares events for a response: strips attachment data when asked and, in the 2013
/// profile, writes event dates as bare dates (the 2013 server's bug).
pub(crate) fn outgoing_events(profile: Profile, events: &mut [AnyCEvent], download: bool) {
    for e in events {
        if let AnyCEvent::CEvent(ev) = e {
            if !download {
                strip(&mut ev.attachmentlist);
            }
            if profile == Profile::V2013 {
                if let Some(d) = &ev.date {
                    ev.date = DateTime::parse(&clock::iso_date(d.to_unix().div_euclid(86_400))).ok();
                }
            }
        }
    }
}

/// Finds an attachment by archive name (or, failing that, file name) in a list.
pub(crate) fn find_attachment<'a>(list: &'a [CFileAttachment], archive: &str) -> Option<&'a CFileAttachment> {
    let a = archive.trim();
    list.iter()
        .find(|x| x.m_str_archive_name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(a)))
        .or_else(|| list.iter().find(|x| x.m_str_file_name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(a))))
}

/// Checks a user-valued field ("Last, First") and stores the canonical spelling. Empty is
/// allowed.
pub(crate) fn check_user(cx: &CallContext<'_>, what: &str, v: &mut Option<String>) -> Result<(), Fault> {
    let Some(name) = v.as_deref().map(str::trim).filter(|x| !x.is_empty()) else {
        return Ok(());
    };
    let canon = cx
        .user_display(name)
        .ok_or_else(|| faults::validation(format!("'{name}' in {what} is not set as a valid user string.")))?;
    *v = Some(canon);
    Ok(())
}

/// Checks a standard dropdown value against the project's list for (table, field) and stores
/// the list's spelling. Fields without a list accept anything.
pub(crate) fn check_dropdown(
    cx: &CallContext<'_>,
    table: Table,
    field: &str,
    v: &mut Option<String>,
) -> Result<(), Fault> {
    let Some(dd) = cx.proj().dropdown(table, field) else {
        return Ok(());
    };
    let Some(val) = v.as_deref() else {
        return Ok(());
    };
    let canon =
        dd.canonical(val).ok_or_else(|| faults::validation(format!("'{val}' is not a valid value for {field}.")))?;
    *v = if canon.is_empty() { None } else { Some(canon) };
    Ok(())
}

/// A required text field.
pub(crate) fn require(v: &Option<String>, what: &str) -> Result<(), Fault> {
    if v.as_deref().unwrap_or("").trim().is_empty() {
        Err(faults::validation(format!("{what} is required.")))
    } else {
        Ok(())
    }
}
