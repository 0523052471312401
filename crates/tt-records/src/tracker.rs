//! [`Tracker`]: a logged-on session with tables, records, queries, workflow and attachments
//! by name. Its edits are [`crate::RecordEdit`] and [`crate::NewRecord`].

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use testtrack::types::{AnyCEvent, CEvent, CFileAttachment};
use ttsoap::edit::EditAttempt;
use ttsoap::FaultKind;

use crate::custom;
use crate::edit::{NewRecord, RecordEdit};
use crate::entity::{Entity, RecordKind};
use crate::error::{record_error, Error, Result};
use crate::guard::Guard;
use crate::query::Query;
use crate::record::{Attachment, Record, RecordKey, Schema};
use crate::value::{FieldType, Value};
use crate::workflow::{EventApplied, EventDefinition, EventInput, StateRules};

/// A project as `getProjectList` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectInfo {
    /// The project name.
    pub name: String,
    /// Its data options ("TestTrack Pro", "TestTrack TCM", "TestTrack RM").
    pub options: Vec<String>,
}

/// Lists the projects `user` may open on the server at `url` (`getProjectList`; no logon).
pub fn projects(client: &testtrack::Client, user: &str, password: &ttsoap::Password) -> Result<Vec<ProjectInfo>> {
    Ok(client
        .get_project_list(user, password)?
        .into_iter()
        .map(|p| ProjectInfo {
            name: p.database.and_then(|d| d.name).unwrap_or_default(),
            options: p.options.into_iter().filter_map(|o| o.name).collect(),
        })
        .collect())
}

/// An edit lock taken or released, as reported to [`Tracker::on_lock`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockEvent {
    /// The session now holds the lock on this record.
    Taken {
        /// The kind of record.
        kind: RecordKind,
        /// The record id.
        record_id: i64,
    },
    /// The lock was released (saved, cancelled or dropped).
    Released {
        /// The kind of record.
        kind: RecordKind,
        /// The record id.
        record_id: i64,
    },
}

type LockListener = Arc<dyn Fn(&LockEvent) + Send + Sync>;

#[derive(Default)]
struct Cache {
    tables: Option<Vec<String>>,
    columns: HashMap<String, Arc<Vec<String>>>,
    schemas: HashMap<String, Arc<Schema>>,
    allowed: HashMap<(String, String), Option<Vec<String>>>,
    events: HashMap<String, Arc<Vec<EventDefinition>>>,
    rules: HashMap<String, StateRules>,
    user: Option<Option<String>>,
}

/// A logged-on session with the record layer on top. `Send + Sync`; metadata (tables,
/// columns, fields, dropdown values, event definitions) is fetched once and cached.
///
/// ```no_run
/// use tt_records::{EventInput, Tracker};
/// # fn main() -> Result<(), tt_records::Error> {
/// let tt = Tracker::login("https://tt.example.com/", "My Project", "ci-bot", "secret")?;
/// let mut defect = tt.edit("Defect", 42)?;          // locked; dropping it cancels
/// defect.set("Priority", "High")?;                  // checked against the dropdown list
/// defect.set("Severity Level", "S2")?;              // a custom field, by name
/// defect.save()?;
/// tt.apply_event("Defect", 42, "Fix", EventInput::new().field("Resolution", "Code Change"))?;
/// for row in tt.records("Defect").filter("Open defects").columns(["Number", "Summary"]).rows()? {
///     let row = row?;
///     println!("{} {}", &row["Number"], &row["Summary"]);
/// }
/// # Ok(()) }
/// ```
pub struct Tracker {
    session: testtrack::Session,
    cache: Mutex<Cache>,
    listener: Mutex<Option<LockListener>>,
}

impl fmt::Debug for Tracker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tracker").field("session", &self.session).finish()
    }
}

fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Tracker {
    /// Wraps a logged-on session.
    pub fn new(session: testtrack::Session) -> Tracker {
        Tracker { session, cache: Mutex::new(Cache::default()), listener: Mutex::new(None) }
    }

    /// Logs on to `project` at `url` (base, CGI or WSDL URL) as `user`.
    pub fn login(url: &str, project: &str, user: &str, password: impl Into<ttsoap::Password>) -> Result<Tracker> {
        let client = testtrack::Client::new(url)?;
        Ok(Tracker::new(client.login(project, user, password)?))
    }

    /// The generated session underneath (every operation of the API).
    pub fn session(&self) -> &testtrack::Session {
        &self.session
    }

    /// Logs off now (dropping the tracker logs off too, quietly).
    pub fn logoff(self) -> Result<()> {
        Ok(self.session.logoff()?)
    }

    /// Calls `f` whenever this tracker takes or releases an edit lock (e.g. to release it
    /// from a Ctrl-C handler with [`Tracker::release_lock`]).
    pub fn on_lock(&self, f: impl Fn(&LockEvent) + Send + Sync + 'static) {
        *lock(&self.listener) = Some(Arc::new(f));
    }

    pub(crate) fn notify(&self, ev: LockEvent) {
        let l = lock(&self.listener).clone();
        if let Some(l) = l {
            l(&ev);
        }
    }

    /// Releases an edit lock this session holds, without a guard (`cancelSaveX`). A lock
    /// that is already gone is not an error.
    pub fn release_lock(&self, kind: RecordKind, record_id: i64) -> Result<()> {
        let s = &self.session;
        let r = match kind {
            RecordKind::Defect => s.cancel_save_defect(record_id),
            RecordKind::TestCase => s.cancel_save_test_case(record_id),
            RecordKind::TestRun => s.cancel_save_test_run(record_id),
            RecordKind::Requirement => s.cancel_save_requirement(record_id),
            RecordKind::RequirementDocument => s.cancel_save_requirement_document(record_id),
            RecordKind::Task => s.cancel_save_task(record_id),
            RecordKind::TestConfig => s.cancel_save_test_config(record_id),
        };
        match r {
            Ok(_) => Ok(()),
            Err(e) if e.fault_kind() == Some(FaultKind::EditRecordNotFound) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// The tables the server lists for this project and user (`getTableList`).
    pub fn tables(&self) -> Result<Vec<String>> {
        if let Some(t) = &lock(&self.cache).tables {
            return Ok(t.clone());
        }
        let t: Vec<String> = self.session.get_table_list()?.into_iter().filter_map(|t| t.name).collect();
        lock(&self.cache).tables = Some(t.clone());
        Ok(t)
    }

    /// A table's name as the server spells it, from any spelling that differs only in case,
    /// blanks or punctuation (`test case`, `TestCase`), or in a plural `s` (`defects`, `Test
    /// Cases`: TestTrack's names are singular). Unknown: [`Error::UnknownTable`].
    pub fn table(&self, name: &str) -> Result<String> {
        let tables = self.tables()?;
        let n = norm(name);
        tables
            .iter()
            .find(|t| t.eq_ignore_ascii_case(name.trim()))
            .or_else(|| tables.iter().find(|t| norm(t) == n))
            .or_else(|| n.strip_suffix('s').and_then(|one| tables.iter().find(|t| norm(t) == one)))
            .cloned()
            .ok_or_else(|| Error::UnknownTable { name: name.to_string(), known: tables.clone() })
    }

    fn record_table(&self, name: &str) -> Result<(String, RecordKind)> {
        let t = self.table(name)?;
        match RecordKind::from_table(&t) {
            Some(k) => Ok((t, k)),
            None => Err(Error::Unsupported { table: t, operation: "reading and writing records".into() }),
        }
    }

    /// The list columns of a table (`getColumnsForTable`).
    pub fn columns(&self, table: &str) -> Result<Arc<Vec<String>>> {
        let t = self.table(table)?;
        if let Some(c) = lock(&self.cache).columns.get(&t) {
            return Ok(c.clone());
        }
        let c: Arc<Vec<String>> =
            Arc::new(self.session.get_columns_for_table(&t)?.into_iter().filter_map(|c| c.name).collect());
        lock(&self.cache).columns.insert(t, c.clone());
        Ok(c)
    }

    /// Saved filters: all of them, or those a table can use (`getFilterList[ForTable]`).
    pub fn filters(&self, table: Option<&str>) -> Result<Vec<String>> {
        let list = match table {
            Some(t) => {
                let t = self.table(t)?;
                self.session.get_filter_list_for_table(&t)?
            }
            None => self.session.get_filter_list()?,
        };
        Ok(list.into_iter().filter_map(|f| f.name).collect())
    }

    /// The fields of a record table: standard and custom, typed.
    pub fn schema(&self, table: &str) -> Result<Arc<Schema>> {
        let (t, kind) = self.record_table(table)?;
        if let Some(s) = lock(&self.cache).schemas.get(&t) {
            return Ok(s.clone());
        }
        let defs = self.session.get_custom_fields_definition_list(&t)?;
        let dropdowns: Vec<String> =
            self.session.get_dropdown_field_for_table(&t)?.into_iter().filter_map(|f| f.name).collect();
        let mut cache = lock(&self.cache);
        for d in &defs {
            if let Some(n) = custom::name(d) {
                let allowed = custom::allowed(d);
                if !allowed.is_empty() {
                    cache.allowed.insert((t.clone(), n.to_lowercase()), Some(allowed));
                }
            }
        }
        let s = Arc::new(Schema::new(t.clone(), kind, defs, &dropdowns));
        cache.schemas.insert(t, s.clone());
        Ok(s)
    }

    /// The values a dropdown or multi-select field allows (`getDropdownFieldValuesForTable`,
    /// or the custom field's definition); `None` for fields without a list.
    pub fn allowed_values(&self, table: &str, field: &str) -> Result<Option<Vec<String>>> {
        let schema = self.schema(table)?;
        let info = schema.field(field)?.clone();
        if !matches!(info.ty, FieldType::Dropdown | FieldType::MultiSelect) {
            return Ok(None);
        }
        let key = (schema.table().to_string(), info.name.to_lowercase());
        if let Some(v) = lock(&self.cache).allowed.get(&key) {
            return Ok(v.clone());
        }
        let v = match self.session.get_dropdown_field_values_for_table(schema.table(), &info.name) {
            Ok(list) => Some(list.into_iter().filter_map(|v| v.value).collect::<Vec<_>>()),
            Err(e) if e.fault().is_some() => {
                log::debug!("no value list for {}.{}: {e}", schema.table(), info.name);
                None
            }
            Err(e) => return Err(e.into()),
        };
        lock(&self.cache).allowed.insert(key, v.clone());
        Ok(v)
    }

    /// The session's user as the server writes users ("Last, First"), from
    /// `getUserForCurrentSession`; `None` when the server does not have that operation.
    pub fn current_user(&self) -> Result<Option<String>> {
        if let Some(u) = &lock(&self.cache).user {
            return Ok(u.clone());
        }
        let u = match self.session.get_user_for_current_session() {
            Ok(u) => {
                let last = u.lastname.unwrap_or_default();
                let first = u.firstname.unwrap_or_default();
                Some(if first.is_empty() { last } else { format!("{last}, {first}") })
            }
            // TestTrack 2013 has no such operation: gSOAP's unknown-method fault, which the
            // runtime reports as `UnknownOperation`.
            Err(e) if e.fault().is_some() || e.is_unknown_operation() => None,
            Err(e) => return Err(e.into()),
        };
        lock(&self.cache).user = Some(u.clone());
        Ok(u)
    }

    fn fetch(&self, kind: RecordKind, key: RecordKey, download: bool) -> std::result::Result<Entity, ttsoap::Error> {
        use RecordKey::{Id, Number};
        let s = &self.session;
        Ok(match (kind, key) {
            (RecordKind::Defect, Number(n)) => Entity::Defect(s.get_defect(n, "", download)?),
            (RecordKind::Defect, Id(i)) => Entity::Defect(s.get_defect_by_record_id(i, download)?),
            (RecordKind::TestCase, Number(n)) => Entity::TestCase(s.get_test_case(n, "", download)?),
            (RecordKind::TestCase, Id(i)) => Entity::TestCase(s.get_test_case_by_record_id(i, download)?),
            (RecordKind::TestRun, Number(n)) => Entity::TestRun(s.get_test_run(n, "", download)?),
            (RecordKind::TestRun, Id(i)) => Entity::TestRun(s.get_test_run_by_record_id(i, download)?),
            (RecordKind::Requirement, Number(n)) => Entity::Requirement(s.get_requirement(n, "", download)?),
            (RecordKind::Requirement, Id(i)) => Entity::Requirement(s.get_requirement_by_record_id(i, download)?),
            (RecordKind::RequirementDocument, Number(n)) => {
                Entity::RequirementDocument(s.get_requirement_document(n, "", download)?)
            }
            (RecordKind::RequirementDocument, Id(i)) => {
                Entity::RequirementDocument(s.get_requirement_document_by_record_id(i, download)?)
            }
            (RecordKind::Task, Number(i) | Id(i)) => Entity::Task(s.get_task_by_record_id(i)?),
            (RecordKind::TestConfig, Number(i) | Id(i)) => Entity::TestConfig(s.get_test_config_by_record_id(i)?),
        })
    }

    /// Reads one record (`getX` by number, or `getXByRecordID` for `RecordKey::Id` and for
    /// tables without numbers). File contents are not downloaded.
    pub fn get(&self, table: &str, key: impl Into<RecordKey>) -> Result<Record> {
        let key = key.into();
        let schema = self.schema(table)?;
        let e = self.fetch(schema.kind(), key, false).map_err(|e| record_error(e, schema.table(), &key.to_string()))?;
        Ok(Record::new(e, schema))
    }

    fn take_lock(&self, kind: RecordKind, key: RecordKey, table: &str) -> Result<Guard<'_>> {
        use RecordKey::{Id, Number};
        let s = &self.session;
        macro_rules! take {
            ($attempt:expr, $variant:ident) => {
                match $attempt.map_err(|e| record_error(e, table, &key.to_string()))? {
                    EditAttempt::Locked(g) => Guard::$variant(g),
                    EditAttempt::LockedElsewhere(_) => {
                        return Err(Error::Locked { table: table.to_string(), record: key.to_string() })
                    }
                }
            };
        }
        let g = match (kind, key) {
            (RecordKind::Defect, Number(n)) => take!(s.try_edit_defect(n, "", false), Defect),
            (RecordKind::Defect, Id(i)) => take!(s.try_edit_defect_by_record_id(i, false), Defect),
            (RecordKind::TestCase, Number(n)) => take!(s.try_edit_test_case(n, "", false), TestCase),
            (RecordKind::TestCase, Id(i)) => take!(s.try_edit_test_case_by_record_id(i, false), TestCase),
            (RecordKind::TestRun, Number(n)) => take!(s.try_edit_test_run(n, "", false), TestRun),
            (RecordKind::TestRun, Id(i)) => take!(s.try_edit_test_run_by_record_id(i, false), TestRun),
            (RecordKind::Requirement, Number(n)) => take!(s.try_edit_requirement(n, "", false), Requirement),
            (RecordKind::Requirement, Id(i)) => take!(s.try_edit_requirement_by_record_id(i, false), Requirement),
            (RecordKind::RequirementDocument, Number(n)) => {
                take!(s.try_edit_requirement_document(n, "", false), RequirementDocument)
            }
            (RecordKind::RequirementDocument, Id(i)) => {
                take!(s.try_edit_requirement_document_by_record_id(i, false), RequirementDocument)
            }
            (RecordKind::Task, Number(i) | Id(i)) => take!(s.try_edit_task_by_record_id(i), Task),
            (RecordKind::TestConfig, Number(i) | Id(i)) => take!(s.try_edit_test_config_by_record_id(i), TestConfig),
        };
        self.notify(LockEvent::Taken { kind, record_id: g.record_id() });
        Ok(g)
    }

    /// Takes the edit lock on a record (`editX`) and returns it for changes. Another user's
    /// lock is [`Error::Locked`]. The lock is released by [`RecordEdit::save`],
    /// [`RecordEdit::cancel`], or dropping the edit (also when unwinding from a panic).
    pub fn edit(&self, table: &str, key: impl Into<RecordKey>) -> Result<RecordEdit<'_>> {
        let key = key.into();
        let schema = self.schema(table)?;
        let guard = self.take_lock(schema.kind(), key, schema.table())?;
        let record = Record::new(guard.entity(), schema);
        Ok(RecordEdit { tracker: self, record, guard: Some(guard), key })
    }

    /// Edits a record: sets each `(field, value)` (checked) and saves, all under one lock.
    pub fn update<K: AsRef<str>, V: Into<Value>>(
        &self,
        table: &str,
        key: impl Into<RecordKey>,
        changes: impl IntoIterator<Item = (K, V)>,
    ) -> Result<()> {
        let mut r = self.edit(table, key)?;
        for (k, v) in changes {
            r.set(k.as_ref(), v)?;
        }
        r.save()
    }

    /// A new, empty record of a table, to fill with [`NewRecord::set`] and add with
    /// [`NewRecord::add`].
    pub fn new_record(&self, table: &str) -> Result<NewRecord<'_>> {
        let schema = self.schema(table)?;
        if schema.kind() == RecordKind::TestRun {
            return Err(Error::Unsupported {
                table: schema.table().to_string(),
                operation: "adding records (test runs are generated from test cases)".into(),
            });
        }
        let e = Entity::new(schema.kind());
        Ok(NewRecord { tracker: self, record: Record::new(e, schema) })
    }

    /// Checks `value` against the field (type, then allowed values) and sets it.
    pub(crate) fn set_field(&self, record: &mut Record, field: &str, value: Value) -> Result<()> {
        let info = record.schema().field(field)?.clone();
        if !info.writable {
            let hint = (info.name == "Status" && record.kind().has_workflow())
                .then(|| "it changes through workflow events".to_string());
            return Err(Error::ReadOnly { field: info.name, hint });
        }
        let mut v = value.coerce(&info.name, info.ty)?;
        if !v.is_empty() {
            if let Some(allowed) = self.allowed_values(record.table(), &info.name)? {
                v = check_allowed(&info.name, v, &allowed)?;
            }
        }
        record.set_checked(&info, v)
    }

    /// A query over a table: `records("Defect").filter("Open defects").columns(["Number",
    /// "Summary"]).query("{'Priority': 'High'}").rows()`.
    pub fn records(&self, table: &str) -> Query<'_> {
        Query::new(self, table)
    }

    /// The workflow events of a table (`getEventDefinitionList`).
    pub fn event_definitions(&self, table: &str) -> Result<Arc<Vec<EventDefinition>>> {
        let t = self.table(table)?;
        if let Some(e) = lock(&self.cache).events.get(&t) {
            return Ok(e.clone());
        }
        let list: Arc<Vec<EventDefinition>> = Arc::new(
            self.session.get_event_definition_list(&t)?.iter().filter_map(EventDefinition::from_any).collect(),
        );
        lock(&self.cache).events.insert(t, list.clone());
        Ok(list)
    }

    /// Tells the tracker which states each event of a table may be entered in (the SOAP API
    /// does not publish it). With rules, a disallowed event is refused before any lock is
    /// taken and the error lists exactly the allowed events.
    pub fn set_state_rules(&self, table: &str, rules: StateRules) {
        lock(&self.cache).rules.insert(norm(table), rules);
    }

    fn rules_for(&self, table: &str) -> Option<StateRules> {
        lock(&self.cache).rules.get(&norm(table)).cloned().filter(|r| !r.is_empty())
    }

    /// The events allowed in `state` when the table's rules are known.
    pub fn allowed_events(&self, table: &str, state: &str) -> Result<Option<Vec<String>>> {
        let defs = self.event_definitions(table)?;
        Ok(self.rules_for(table).map(|r| r.allowed_in(state, &defs)))
    }

    /// Applies a workflow event by name: looks the event up in the table's definitions,
    /// checks it against the record's state (with [`Tracker::set_state_rules`]; otherwise the
    /// server decides), fills it (the session's user, now, the resulting state, the custom
    /// fields of `input`, checked against the event's definition) and saves it under an edit
    /// lock. A refusal is [`Error::EventNotAllowed`] naming the allowed events.
    pub fn apply_event(
        &self,
        table: &str,
        key: impl Into<RecordKey>,
        event: &str,
        input: EventInput,
    ) -> Result<EventApplied> {
        self.apply_event_with(table, key.into(), event, input, true)
    }

    /// [`Tracker::apply_event`]; without `read_back` the state reported is the one the saved
    /// event leads to (the server accepted the save) instead of the record read again.
    pub(crate) fn apply_event_with(
        &self,
        table: &str,
        key: RecordKey,
        event: &str,
        input: EventInput,
        read_back: bool,
    ) -> Result<EventApplied> {
        let (t, kind) = self.record_table(table)?;
        if !kind.has_workflow() {
            return Err(Error::Unsupported { table: t, operation: "workflow events".into() });
        }
        let defs = self.event_definitions(&t)?;
        let def = defs.iter().find(|d| d.name.eq_ignore_ascii_case(event.trim())).cloned().ok_or_else(|| {
            Error::UnknownEvent {
                table: t.clone(),
                event: event.to_string(),
                known: defs.iter().map(|d| d.name.clone()).collect(),
            }
        })?;
        let rules = self.rules_for(&t);
        let refusal = |state: &str, detail: Option<String>| match &rules {
            Some(r) => Error::EventNotAllowed {
                event: def.name.clone(),
                state: state.to_string(),
                allowed: r.allowed_in(state, &defs),
                rules_known: true,
                detail,
            },
            None => Error::EventNotAllowed {
                event: def.name.clone(),
                state: state.to_string(),
                allowed: defs.iter().filter(|d| d.name != def.name).map(|d| d.name.clone()).collect(),
                rules_known: false,
                detail,
            },
        };
        // Build the event's custom fields first: a typo costs no lock.
        let mut fieldlist = Vec::new();
        for (name, value) in input.fields {
            let d = def
                .defs
                .iter()
                .find(|d| custom::name(d).is_some_and(|n| n.eq_ignore_ascii_case(name.trim())))
                .ok_or_else(|| Error::UnknownField {
                    name: name.clone(),
                    known: def.fields.iter().map(|f| f.name.clone()).collect(),
                })?;
            let fname = custom::name(d).unwrap_or_default().to_string();
            let mut v = value.coerce(&fname, custom::field_type(d))?;
            let allowed = custom::allowed(d);
            if !v.is_empty() && !allowed.is_empty() {
                v = check_allowed(&fname, v, &allowed)?;
            }
            fieldlist.push(custom::with_value(d, v));
        }
        if let Some(rs) = &input.resulting_state {
            if !def.resulting_states.iter().any(|s| s.eq_ignore_ascii_case(rs)) {
                return Err(Error::InvalidValue {
                    field: format!("resulting state of {}", def.name),
                    value: rs.clone(),
                    expected: format!("one of: {}", crate::error::list(&def.resulting_states)),
                });
            }
        }
        let user = self.current_user()?;
        let mut edit = self.edit(&t, key)?;
        let from_state = edit.state().map(str::to_string);
        let state = from_state.clone().unwrap_or_default();
        if let Some(r) = &rules {
            if !r.allows(&def.name, &state) {
                let _ = edit.cancel();
                return Err(refusal(&state, None));
            }
        }
        let resulting = input
            .resulting_state
            .as_ref()
            .and_then(|rs| def.resulting_states.iter().find(|s| s.eq_ignore_ascii_case(rs)).cloned())
            .or_else(|| def.resulting_states.first().cloned());
        let sent_state = resulting.clone();
        let ev = CEvent {
            name: Some(def.name.clone()),
            user,
            date: Some(ttsoap::DateTime::now_utc()),
            notes: input.notes,
            resultingstate: resulting.clone(),
            hours: input.hours,
            assigntolist: input.assign_to,
            attachmentlist: input
                .attachments
                .into_iter()
                .map(|(name, data)| CFileAttachment {
                    m_p_file_data: Some(ttsoap::Bytes(data)),
                    m_str_file_name: Some(name),
                    m_date_time_created: Some(ttsoap::DateTime::now_utc()),
                    m_date_time_modified: Some(ttsoap::DateTime::now_utc()),
                    ..Default::default()
                })
                .collect(),
            fieldlist,
            generatedeventtype: Some("User".into()),
            parenteventid: Some(0),
            ..Default::default()
        };
        match edit.record.entity.events_mut() {
            Some(list) => list.push(AnyCEvent::CEvent(ev)),
            None => return Err(Error::Unsupported { table: t, operation: "workflow events".into() }),
        }
        let record_id = edit.record_id();
        let number = edit.number();
        match edit.save() {
            Ok(()) => {}
            Err(Error::Rejected { fault, .. })
                if matches!(fault.kind(), FaultKind::WorkflowNotDefined)
                    || (fault.kind() == FaultKind::ValidationError
                        && fault.string.to_lowercase().contains("not allowed")) =>
            {
                return Err(refusal(&state, Some(fault.to_string())));
            }
            Err(e) => return Err(e),
        }
        let state = if read_back {
            self.get(&t, RecordKey::Id(record_id))?.state().map(str::to_string)
        } else {
            sent_state.filter(|s| !s.eq_ignore_ascii_case("<No State Change>")).or_else(|| from_state.clone())
        };
        Ok(EventApplied { table: t, record_id, number, event: def.name.clone(), from_state, state })
    }

    /// Attaches a file to a record: on defects to the first found-by report (as the real
    /// clients do), on other records to their attachment list; saved under an edit lock.
    /// Returns the attachment as the server stored it.
    pub fn attach(&self, table: &str, key: impl Into<RecordKey>, file_name: &str, data: Vec<u8>) -> Result<Attachment> {
        let key = key.into();
        let mut edit = self.edit(table, key)?;
        let t = edit.table().to_string();
        let before: Vec<i64> = edit.attachments().iter().map(|a| a.record_id).collect();
        let file = CFileAttachment {
            m_p_file_data: Some(ttsoap::Bytes(data)),
            m_str_file_name: Some(file_name.to_string()),
            m_date_time_created: Some(ttsoap::DateTime::now_utc()),
            m_date_time_modified: Some(ttsoap::DateTime::now_utc()),
            ..Default::default()
        };
        match edit.record.entity.attachments_mut() {
            Some(list) => list.push(file),
            None => return Err(Error::Unsupported { table: t, operation: "attachments".into() }),
        }
        let id = edit.record_id();
        edit.save()?;
        let after = self.get(&t, RecordKey::Id(id))?;
        after
            .attachments()
            .into_iter()
            .filter(|a| a.file_name == file_name && !before.contains(&a.record_id))
            .max_by_key(|a| a.record_id)
            .ok_or_else(|| Error::NotFound {
                table: t,
                record: format!("{key} attachment '{file_name}'"),
                from_server: false,
            })
    }

    /// The files attached to a record.
    pub fn attachments(&self, table: &str, key: impl Into<RecordKey>) -> Result<Vec<Attachment>> {
        Ok(self.get(table, key)?.attachments())
    }

    /// Downloads an attachment by file name or archive name (`getAttachment`).
    pub fn download(&self, table: &str, key: impl Into<RecordKey>, name: &str) -> Result<(Attachment, Vec<u8>)> {
        let key = key.into();
        let r = self.get(table, key)?;
        let a = r
            .attachments()
            .into_iter()
            .filter(|a| a.file_name == name || a.archive_name.as_deref() == Some(name))
            .max_by_key(|a| a.record_id)
            .ok_or_else(|| Error::NotFound {
                table: r.table().to_string(),
                record: format!("{key} attachment '{name}'"),
                from_server: false,
            })?;
        let archive = a.archive_name.clone().unwrap_or_else(|| a.file_name.clone());
        let f = self
            .session
            .get_attachment(r.table(), r.record_id(), a.event_id, &archive)
            .map_err(|e| record_error(e, r.table(), &key.to_string()))?;
        Ok((a, f.m_p_file_data.map(|b| b.0).unwrap_or_default()))
    }
}

/// Checks a (coerced) value against a list, returning it with the list's spelling.
fn check_allowed(field: &str, v: Value, allowed: &[String]) -> Result<Value> {
    let find = |s: &str| allowed.iter().find(|a| a.eq_ignore_ascii_case(s.trim())).cloned();
    let refuse =
        |s: &str| Error::NotAllowedValue { field: field.to_string(), value: s.to_string(), allowed: allowed.to_vec() };
    match v {
        Value::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in &items {
                out.push(find(i).ok_or_else(|| refuse(i))?);
            }
            Ok(Value::List(out))
        }
        other => {
            let s = other.to_string();
            Ok(Value::Text(find(&s).ok_or_else(|| refuse(&s))?))
        }
    }
}
