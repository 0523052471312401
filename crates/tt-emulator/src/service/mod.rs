//! The adapter between the generated server trait (`testtrack::server::Service`) and the
//! emulator's rules: sessions, locks, records, workflow, lists.
//!
//! Every call with a cookie goes through [`EmulatorState::call`]: the session is checked and marked busy,
//! an injected delay (if any) runs, the operation runs under the world lock, and the session is
//! marked idle again.

use std::sync::{Mutex, MutexGuard, OnceLock};

use ttsoap::{Cookie, Fault};

use crate::clock::Clock;
use crate::faults;
use crate::fields::FieldKind;
use crate::lists::ColumnDef;
use crate::locks::LockError;
use crate::sessions::SessionError;
use crate::store::{Keyed, Lookup, RecordTable};
use crate::tables::Table;
use crate::value::Value;
use crate::world::{display_name, Project, World};
use crate::Profile;

mod api;
pub use api::{NEWER_THAN_2013, NOT_SUPPORTED};
mod hook;
pub(crate) use hook::Injected;
pub(crate) mod common;
pub(crate) mod entities;
pub(crate) mod folders;
pub(crate) mod meta;
pub(crate) mod seeding;

/// The shared state behind the HTTP handler and the test handle.
pub(crate) struct EmulatorState {
    pub clock: Clock,
    pub profile: Profile,
    pub world: Mutex<World>,
    /// Faults and delays injected by a test.
    pub injected: Injected,
    pub base_url: OnceLock<String>,
    /// The state file, when the world is kept on disk.
    #[cfg(feature = "state")]
    pub state: Option<crate::durable::StateFile>,
}

/// Locks a mutex, ignoring poisoning (a panicking request must not take the emulator down).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Clears the busy mark of a session when a call ends (also on panic).
struct BusyGuard<'a> {
    emu: &'a EmulatorState,
    cookie: i64,
}

impl Drop for BusyGuard<'_> {
    fn drop(&mut self) {
        let now = self.emu.clock.now_millis();
        lock(&self.emu.world).sessions.end(self.cookie, now);
    }
}

impl EmulatorState {
    /// Runs an operation for a session.
    pub(crate) fn call<T>(
        &self,
        cookie: Cookie,
        op: &str,
        f: impl FnOnce(&mut CallContext<'_>) -> Result<T, Fault>,
    ) -> Result<T, Fault> {
        let c = cookie.expose();
        let session = {
            let mut w = lock(&self.world);
            match w.sessions.begin(c, self.clock.now_millis()) {
                Ok(s) => s,
                Err(SessionError::Busy) => return Err(faults::session_busy()),
                Err(_) => {
                    w.locks.release_all(c);
                    return Err(faults::session_dropped());
                }
            }
        };
        let _busy = BusyGuard { emu: self, cookie: c };
        self.injected.delay(op);
        let mut w = lock(&self.world);
        let user_name = w.users.get(session.user_id).map(display_name).unwrap_or_default();
        let now_ms = self.clock.now_millis();
        let mut cx = CallContext {
            world: &mut w,
            project: session.project,
            cookie: c,
            user_id: session.user_id,
            user_name,
            now: now_ms.div_euclid(1000),
            now_ms,
            profile: self.profile,
        };
        f(&mut cx)
    }
}

/// The context of one operation: the world, the session's project and user, and the time.
pub(crate) struct CallContext<'a> {
    pub world: &'a mut World,
    pub project: usize,
    pub cookie: i64,
    pub user_id: i64,
    pub user_name: String,
    pub now: i64,
    pub now_ms: i64,
    pub profile: Profile,
}

impl CallContext<'_> {
    /// The session's project.
    pub fn proj(&self) -> &Project {
        &self.world.projects[self.project]
    }

    /// The session's project, for changes.
    pub fn proj_mut(&mut self) -> &mut Project {
        &mut self.world.projects[self.project]
    }

    /// A fresh record id.
    pub fn next_id(&mut self) -> i64 {
        self.world.ids.next_id()
    }

    /// The canonical "Last, First" of a user or customer.
    pub fn user_display(&self, name: &str) -> Option<String> {
        self.world.user_by_display(name).map(display_name)
    }

    /// Parses a table name: unknown (or not licensed in the project) faults 77.
    pub fn table(&self, name: &str) -> Result<Table, Fault> {
        Table::parse(name).filter(|t| self.proj().table_allowed(*t)).ok_or_else(|| faults::invalid_table(name))
    }
}

/// A standard field of a record type: the shared tables of `tt_domain::fields` for the
/// record types `tt-records` also handles, [`column!`] for the others.
pub(crate) use tt_domain::fields::Field;

/// `column!("Name", "xml", Kind, |r| getter)`: a listed, read-only [`Field`] of a record type
/// (`xml` is empty for a computed column, such as a user's "Last, First" name)
/// only the emulator lists (users, links, folders).
macro_rules! column {
    ($name:literal, $xml:literal, $kind:ident, |$r:ident| $get:expr) => {
        $crate::service::Field {
            name: $name,
            xml: $xml,
            kind: tt_domain::FieldKind::$kind,
            get: |$r| $get,
            set: None,
            client_writable: false,
            listed: true,
        }
    };
}
pub(crate) use column;

/// Writes a [`Kind`]'s `store`, `store_mut` and `set_ids` for records kept in a project's
/// table (`projects.field`), with `text field` the `matches` on that text field too, and with
/// `number field` the per-table number the server assigns.
macro_rules! stored_in {
    (projects.$table:ident $(, number $num:ident)?) => {
        fn store(w: &World, p: usize) -> &RecordTable<Self::Record> {
            &w.projects[p].$table
        }
        fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<Self::Record> {
            &mut w.projects[p].$table
        }
        fn set_ids(r: &mut Self::Record, id: i64, _number: i64) {
            r.recordid = id;
            $(r.$num = Some(_number);)?
        }
    };
    (projects.$table:ident, text $text:ident $(, number $num:ident)?) => {
        $crate::service::stored_in!(projects.$table $(, number $num)?);
        fn matches(r: &Self::Record, key: &Key) -> bool {
            $crate::service::entities::text_matches(&r.$text, key)
        }
    };
}
pub(crate) use stored_in;

/// Writes a [`Kind`]'s `custom`, `seed_custom`, `seed_attachments` and `seed_events` for a
/// record type with those three lists (`custom field, attachments field, events field`).
macro_rules! record_lists {
    (custom $custom:ident, attachments $files:ident, events $events:ident) => {
        fn custom(r: &Self::Record) -> &[testtrack::types::AnyCField] {
            &r.$custom
        }
        fn seed_custom(r: &mut Self::Record, fields: Vec<testtrack::types::AnyCField>) -> Result<(), String> {
            r.$custom = fields;
            Ok(())
        }
        fn seed_attachments(r: &mut Self::Record, files: Vec<testtrack::types::CFileAttachment>) -> Result<(), String> {
            r.$files.extend(files);
            Ok(())
        }
        fn seed_events(r: &mut Self::Record, events: Vec<testtrack::types::AnyCEvent>) -> Result<(), String> {
            r.$events = events;
            Ok(())
        }
    };
}
pub(crate) use record_lists;

/// How a record is identified by a request.
#[derive(Debug, Clone)]
pub(crate) enum Key {
    /// By record id.
    Id(i64),
    /// By number; with number 0, by summary (or name).
    Number(i64, String),
    /// By summary or name alone.
    Text(String),
    /// By first name, middle initials and last name (users, customers).
    Person(String, String, String),
}

/// One entity type: where it is stored and its rules.
pub(crate) trait Kind: 'static {
    /// The SOAP type.
    type Record: Clone + Keyed + Default;
    /// Its table.
    const TABLE: Table;
    /// The records.
    fn store(w: &World, p: usize) -> &RecordTable<Self::Record>;
    /// The records, for changes.
    fn store_mut(w: &mut World, p: usize) -> &mut RecordTable<Self::Record>;
    /// True when the record belongs to this kind (users vs customers share a store).
    fn visible(_r: &Self::Record) -> bool {
        true
    }
    /// True when a text or person key names this record.
    fn matches(r: &Self::Record, key: &Key) -> bool;
    /// Sets the record id (and number, for numbered tables).
    fn set_ids(r: &mut Self::Record, id: i64, number: i64);
    /// Validates a new record and fills the fields the server owns.
    fn on_add(cx: &mut CallContext<'_>, r: &mut Self::Record) -> Result<(), Fault>;
    /// Validates a saved record, merging what the client left out from the stored one.
    fn on_save(cx: &mut CallContext<'_>, stored: &Self::Record, r: &mut Self::Record) -> Result<(), Fault>;
    /// Prepares a record for a response.
    fn outgoing(cx: &CallContext<'_>, r: &mut Self::Record, download: bool);
    /// Removes what depends on a record being deleted.
    fn on_delete(_cx: &mut CallContext<'_>, _r: &Self::Record) -> Result<(), Fault> {
        Ok(())
    }
    /// Standard fields (besides "Record ID", "Is Locked" and custom fields): the listed ones
    /// are the table's columns; those with a setter a seed may set.
    const COLUMNS: &'static [Field<Self::Record>];
    /// A standard column (names match without regard to case).
    fn column_def(name: &str) -> Option<&'static Field<Self::Record>> {
        Self::COLUMNS.iter().find(|c| c.listed && c.name.eq_ignore_ascii_case(name))
    }
    /// A standard column's value.
    fn column(r: &Self::Record, name: &str) -> Value {
        Self::column_def(name).map_or(Value::Empty, |c| (c.get)(r))
    }
    /// Custom fields of a record.
    fn custom(_r: &Self::Record) -> &[testtrack::types::AnyCField] {
        &[]
    }
    /// Sets a standard column from seed JSON.
    fn seed_field(r: &mut Self::Record, name: &str, v: Value) -> Result<(), String> {
        match Self::column_def(name).and_then(|c| c.set) {
            Some(set) => {
                set(r, v);
                Ok(())
            }
            None => Err(Self::seed_refusal(name)),
        }
    }
    /// Why a seed may not set a column.
    fn seed_refusal(name: &str) -> String {
        format!("unknown or read-only field '{name}'")
    }
    /// Sets the custom fields from a seed.
    fn seed_custom(_r: &mut Self::Record, _fields: Vec<testtrack::types::AnyCField>) -> Result<(), String> {
        Err("this table has no custom fields".into())
    }
    /// Adds seed attachments.
    fn seed_attachments(_r: &mut Self::Record, _files: Vec<testtrack::types::CFileAttachment>) -> Result<(), String> {
        Err("this table has no attachments".into())
    }
    /// Appends seed events.
    fn seed_events(_r: &mut Self::Record, _events: Vec<testtrack::types::AnyCEvent>) -> Result<(), String> {
        Err("this table has no workflow events".into())
    }
}

/// All columns of a kind's table in the project: "Record ID", the standard ones, "Is Locked"
/// and the custom fields.
pub(crate) fn all_columns<K: Kind>(p: &Project) -> Vec<ColumnDef> {
    let mut v = vec![ColumnDef::new("Record ID", FieldKind::Integer)];
    v.extend(K::COLUMNS.iter().filter(|c| c.listed).map(|c| ColumnDef::new(c.name, c.kind)));
    v.push(ColumnDef::new("Is Locked", FieldKind::Boolean));
    v.extend(p.custom_defs(K::TABLE).iter().map(|(_, d)| ColumnDef::new(&d.name, d.kind)));
    v
}

/// Finds the record a key names.
pub(crate) fn find<K: Kind>(cx: &CallContext<'_>, key: &Key) -> Result<i64, Fault> {
    let t = K::store(cx.world, cx.project);
    let found = match key {
        Key::Id(id) => t.get(*id).filter(|r| K::visible(r)).map_or(Lookup::None, |_| Lookup::One(*id)),
        Key::Number(n, summary) if *n > 0 || !summary.trim().is_empty() => {
            if *n > 0 {
                t.lookup(*n, |_| false)
            } else {
                t.lookup_by(|r| K::visible(r) && K::matches(r, &Key::Text(summary.clone())))
            }
        }
        Key::Number(..) => return Err(faults::missing_parameter("a record number or summary")),
        other => t.lookup_by(|r| K::visible(r) && K::matches(r, other)),
    };
    match found {
        Lookup::One(id) => Ok(id),
        Lookup::None => Err(faults::not_found()),
        Lookup::Many => Err(faults::multiple_records("the given summary or name")),
    }
}

/// `get*`: the record for a response.
pub(crate) fn get<K: Kind>(cx: &mut CallContext<'_>, key: &Key, download: bool) -> Result<K::Record, Fault> {
    let id = find::<K>(cx, key)?;
    let mut r = K::store(cx.world, cx.project).get(id).cloned().ok_or_else(faults::not_found)?;
    K::outgoing(cx, &mut r, download);
    Ok(r)
}

/// `edit*`: takes the edit lock and returns the record.
pub(crate) fn edit<K: Kind>(cx: &mut CallContext<'_>, key: &Key, download: bool) -> Result<K::Record, Fault> {
    let id = find::<K>(cx, key)?;
    cx.world.locks.acquire(K::TABLE, id, cx.cookie, cx.now_ms).map_err(|_| faults::record_locked())?;
    get::<K>(cx, &Key::Id(id), download)
}

/// `add*`: stores a new record and returns its record id.
pub(crate) fn add<K: Kind>(cx: &mut CallContext<'_>, mut r: K::Record) -> Result<i64, Fault> {
    let id = cx.next_id();
    let number = K::store(cx.world, cx.project).next_number();
    K::set_ids(&mut r, id, number);
    K::on_add(cx, &mut r)?;
    K::store_mut(cx.world, cx.project).put(r);
    Ok(id)
}

/// `save*`: needs the caller's edit lock; writes the record and releases the lock. A save
/// that fails validation keeps the lock.
pub(crate) fn save<K: Kind>(cx: &mut CallContext<'_>, mut r: K::Record) -> Result<i32, Fault> {
    let id = r.record_id();
    cx.world.locks.check_owner(K::TABLE, id, cx.cookie, cx.now_ms).map_err(|_| faults::edit_record_not_found())?;
    let stored =
        K::store(cx.world, cx.project).get(id).filter(|x| K::visible(x)).cloned().ok_or_else(faults::not_found)?;
    K::set_ids(&mut r, id, stored.number());
    K::on_save(cx, &stored, &mut r)?;
    K::store_mut(cx.world, cx.project).put(r);
    let _ = cx.world.locks.release(K::TABLE, id, cx.cookie, cx.now_ms);
    Ok(0)
}

/// `cancelSave*`: releases the caller's edit lock.
pub(crate) fn cancel<K: Kind>(cx: &mut CallContext<'_>, id: i64) -> Result<i32, Fault> {
    cx.world.locks.release(K::TABLE, id, cx.cookie, cx.now_ms).map_err(|_| faults::edit_record_not_found())?;
    Ok(0)
}

/// `delete*`: refuses a record another session is editing (22).
pub(crate) fn delete<K: Kind>(cx: &mut CallContext<'_>, key: &Key) -> Result<i32, Fault> {
    let id = find::<K>(cx, key)?;
    if cx.world.locks.check_free_for(K::TABLE, id, cx.cookie, cx.now_ms) == Err(LockError::HeldByOther) {
        return Err(faults::record_locked());
    }
    let r = K::store(cx.world, cx.project).get(id).cloned().ok_or_else(faults::not_found)?;
    K::on_delete(cx, &r)?;
    K::store_mut(cx.world, cx.project).remove(id);
    cx.world.locks.forget(K::TABLE, id);
    remove_references(cx, K::TABLE, id);
    Ok(0)
}

/// Drops folder items and link ends that point at a deleted record (a link without a parent or
/// without children is deleted).
pub(crate) fn remove_references(cx: &mut CallContext<'_>, table: Table, id: i64) {
    let p = cx.proj_mut();
    p.folder_items.retain(|i| !(i.table == table && i.record == id));
    let names = |t: &Option<String>| t.as_deref().and_then(Table::parse);
    let mut dead = Vec::new();
    for l in p.links.iter() {
        let parent_gone =
            l.linkparent.as_ref().is_some_and(|x| names(&x.tablename) == Some(table) && x.entity_id == id);
        let children_left =
            l.child_list.iter().filter(|c| !(names(&c.tablename) == Some(table) && c.entity_id == id)).count();
        if parent_gone || (children_left == 0 && !l.child_list.is_empty()) {
            dead.push(l.recordid);
        }
    }
    for d in &dead {
        p.links.remove(*d);
    }
    let ids: Vec<i64> = p.links.iter().map(|l| l.recordid).collect();
    for lid in ids {
        if let Some(mut l) = p.links.get_mut(lid) {
            l.child_list.retain(|c| !(names(&c.tablename) == Some(table) && c.entity_id == id));
        }
    }
    for d in dead {
        cx.world.locks.forget(Table::Links, d);
    }
}
