//! The record kinds: where each is stored, its list columns, and its add/save rules.
//!
//! Common rules (see the crate docs for the full list):
//! - the server owns record ids, numbers, the workflow state, the created/modified stamps and
//!   the location added from; client values for them are ignored;
//! - on save, an optional field the client leaves out keeps its stored value; an empty array
//!   (event list, reports, custom fields, attachments) keeps the stored items;
//! - user-valued fields must name a user or customer ("Last, First"), dropdown fields a value
//!   of their list (fault 23 otherwise).

use testtrack::types::{
    AnyCEvent, AnyCField, AnyCVersionInfo, CDefect, CFileAttachment, CLink, CLinkHistoryItem, CLinkedItem,
    CReportedByRecord, CRequirement, CRequirementDocument, CSystem, CTask, CTestCase, CTestRun, CUser, CVersionInfo,
};
use ttsoap::Fault;

use super::common::{
    check_dropdown, check_user, days_date, keep, merge_attachments, merge_fields, or_empty, outgoing_events,
    process_events, require, secs_datetime, strip, v_bool,
};
use super::{CallContext, Field, Key, Kind};
use crate::clock;
use crate::faults;
use crate::store::RecordTable;
use crate::tables::Table;
use crate::value::Value;
use crate::world::{display_name, Auth, World};
use crate::Profile;

mod config;
mod defect;
mod link;
mod people;
mod requirements;
mod task;
mod test_records;

pub(crate) use config::TestConfigs;
pub(crate) use defect::Defects;
pub(crate) use link::Links;
pub(crate) use people::{Customers, Users};
pub(crate) use requirements::{RequirementDocuments, Requirements};
pub(crate) use task::Tasks;
pub(crate) use test_records::{TestCases, TestRuns};

/// Where a record was added from.
pub(super) const LOCATION: &str = "SOAP";

pub(crate) fn text_matches(v: &Option<String>, key: &Key) -> bool {
    match key {
        Key::Text(t) => or_empty(v).trim().eq_ignore_ascii_case(t.trim()),
        _ => false,
    }
}

/// The initial state of a table's workflow, if it has one.
pub(super) fn initial_state(cx: &CallContext<'_>, t: Table) -> Option<String> {
    cx.proj().workflows.get(&t).map(|w| w.initial_state.clone())
}

/// Runs the events of an added record through the workflow (from the initial state).
pub(super) fn add_events(
    cx: &mut CallContext<'_>,
    t: Table,
    state: &mut Option<String>,
    events: &mut Vec<AnyCEvent>,
) -> Result<(), Fault> {
    let incoming = std::mem::take(events);
    match initial_state(cx, t) {
        Some(init) => {
            let mut st = init;
            *events = process_events(cx, t, &mut st, &[], &incoming)?;
            *state = Some(st);
        }
        None if incoming.is_empty() => {}
        None => {
            return Err(faults::fault(faults::codes::WORKFLOW_NOT_DEFINED, format!("Workflow not defined for {t}.")))
        }
    }
    Ok(())
}

/// Runs the events of a saved record through the workflow (from the stored state).
pub(super) fn save_events(
    cx: &mut CallContext<'_>,
    t: Table,
    stored_state: &Option<String>,
    stored: &[AnyCEvent],
    state: &mut Option<String>,
    events: &mut Vec<AnyCEvent>,
) -> Result<(), Fault> {
    let incoming = std::mem::take(events);
    if cx.proj().workflows.contains_key(&t) {
        let mut st = stored_state.clone().unwrap_or_default();
        *events = process_events(cx, t, &mut st, stored, &incoming)?;
        *state = Some(st);
    } else {
        *events = process_events(cx, t, &mut String::new(), stored, &incoming)?;
        if state.is_none() {
            state.clone_from(stored_state);
        }
    }
    Ok(())
}

pub(super) fn custom_for(
    cx: &CallContext<'_>,
    t: Table,
    stored: &[AnyCField],
    incoming: &[AnyCField],
) -> Result<Vec<AnyCField>, Fault> {
    let defs = cx.proj().custom_defs(t).to_vec();
    merge_fields(&defs, stored, incoming, t.name())
}

pub(super) fn now_dt(cx: &CallContext<'_>) -> Option<ttsoap::DateTime> {
    Some(secs_datetime(cx.now))
}

/// The stamps the server owns (created, created by, modified, modified by, added from):
/// `stamps!(added cx, r; fields)` sets them for a new record, `stamps!(saved cx, old, r;
/// fields)` keeps the created ones from the stored record and renews the modified ones.
macro_rules! stamps {
    (added $cx:expr, $r:expr; $c:ident, $cb:ident, $m:ident, $mb:ident, $l:ident) => {{
        $r.$c = now_dt($cx);
        $r.$m = now_dt($cx);
        $r.$cb = Some($cx.user_name.clone());
        $r.$mb = Some($cx.user_name.clone());
        $r.$l = Some(LOCATION.into());
    }};
    (saved $cx:expr, $old:expr, $r:expr; $c:ident, $cb:ident, $m:ident, $mb:ident, $l:ident) => {{
        $r.$c.clone_from(&$old.$c);
        $r.$cb.clone_from(&$old.$cb);
        $r.$l.clone_from(&$old.$l);
        $r.$m = now_dt($cx);
        $r.$mb = Some($cx.user_name.clone());
    }};
}
pub(super) use stamps;

/// On save, an empty list from the client keeps the stored items.
pub(super) fn keep_if_empty<T: Clone>(list: &mut Vec<T>, stored: &[T]) {
    if list.is_empty() {
        *list = stored.to_vec();
    }
}

/// Prepares a record's attachments (data left out unless downloading) and events for a response.
pub(super) fn outgoing_files_and_events(
    cx: &CallContext<'_>,
    files: &mut [CFileAttachment],
    events: &mut [AnyCEvent],
    download: bool,
) {
    if !download {
        strip(files);
    }
    outgoing_events(cx.profile, events, download);
}

/// A new record's "entered by" and "date entered" default to the session's user and today.
pub(super) fn entered_defaults(cx: &CallContext<'_>, by: &mut Option<String>, date: &mut Option<ttsoap::Date>) {
    if or_empty(by).is_empty() {
        *by = Some(cx.user_name.clone());
    }
    if date.is_none() {
        *date = Some(days_date(cx.now.div_euclid(86_400)));
    }
}
