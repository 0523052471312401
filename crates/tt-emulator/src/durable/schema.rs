//! The SQLite file: connection settings, tables, and the check that a file is ours.
//!
//! ```sql
//! meta(key, value)                          -- format, version, seed, next_id, generation
//! records(scope, kind, record_id, number, body)   -- scope: project index, -1 for users
//! parts(scope, name, body)                  -- non-record parts (see `parts`)
//! locks(tbl, record_id, cookie, acquired_ms, expires_ms)
//! ```

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::error::{classify, StateError};

/// The `format` a state file's `meta` table names.
pub(crate) const FORMAT: &str = "tt-emulator state";
/// The format version this emulator writes and reads.
pub(crate) const VERSION: u32 = 1;

// `records` keeps its rowid: its rows (kilobytes of XML) are too large for a WITHOUT ROWID
// table, whose B-tree then spills most of every row to overflow pages.
const TABLES: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE records (
    scope INTEGER NOT NULL, kind TEXT NOT NULL, record_id INTEGER NOT NULL,
    number INTEGER NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (scope, kind, record_id));
CREATE TABLE parts (
    scope INTEGER NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (scope, name)) WITHOUT ROWID;
CREATE TABLE locks (
    tbl TEXT NOT NULL, record_id INTEGER NOT NULL, cookie INTEGER NOT NULL,
    acquired_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,
    PRIMARY KEY (tbl, record_id)) WITHOUT ROWID;
";

/// Opens (or creates) the file with the settings durability needs.
pub(crate) fn connect(path: &Path) -> Result<Connection, StateError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|e| StateError::Open { path: path.to_path_buf(), reason: e.to_string() })?;
    let err = |e: rusqlite::Error| classify(path, &e);
    // One emulator per file: the first write takes the file's lock and keeps it until the
    // connection closes (the operating system drops it when the process dies, even by
    // SIGKILL). A second emulator fails at once instead of waiting.
    conn.busy_timeout(Duration::ZERO).map_err(err)?;
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE").map_err(err)?;
    // Records are kilobytes of XML each: 16 KiB pages hold several (ignored for an existing
    // file, whose page size is fixed).
    conn.pragma_update(None, "page_size", 16384).map_err(err)?;
    // Durability: in WAL mode a commit appends to the log; with synchronous=FULL the log is
    // fsynced at every commit, so an acknowledged change survives a power loss as well as a
    // crash of the emulator. synchronous=NORMAL would fsync only at checkpoints: still safe
    // against SIGKILL (the log is in the OS cache) but a power loss could take back the
    // last acknowledged commits, which is what "durable before the answer" rules out.
    // Several requests waiting for the same commit share its fsync (see `StateFile::sync`).
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0)).map_err(err)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StateError::Open { path: path.to_path_buf(), reason: format!("journal mode {mode}, not WAL") });
    }
    conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
    Ok(conn)
}

/// What the file holds.
pub(crate) enum Content {
    /// No tables: a new (or empty) file.
    Empty,
    /// An emulator state file, with its `meta` entries.
    State(HashMap<String, String>),
}

/// Tells an empty file from a state file, and refuses anything else.
pub(crate) fn inspect(conn: &Connection, path: &Path) -> Result<Content, StateError> {
    let err = |e: rusqlite::Error| classify(path, &e);
    let not_ours = |reason: &str| StateError::NotAState { path: path.to_path_buf(), reason: reason.into() };
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).map_err(err)?;
    if tables == 0 {
        return Ok(Content::Empty);
    }
    let has_meta: Option<String> = conn
        .query_row("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'", [], |r| r.get(0))
        .optional()
        .map_err(err)?;
    if has_meta.is_none() {
        return Err(not_ours("a SQLite database without the emulator's tables"));
    }
    let meta = conn
        .prepare("SELECT key, value FROM meta")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                .collect::<Result<HashMap<_, _>, _>>()
        })
        .map_err(|_| not_ours("its meta table is not the emulator's"))?;
    if meta.get("format").map(String::as_str) != Some(FORMAT) {
        return Err(not_ours("its meta table names another format"));
    }
    let version = meta.get("version").cloned().unwrap_or_default();
    if version != VERSION.to_string() {
        return Err(StateError::Version { path: path.to_path_buf(), found: version, expected: VERSION });
    }
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(err)?;
    if check != "ok" {
        return Err(StateError::Corrupt { path: path.to_path_buf(), reason: check });
    }
    Ok(Content::State(meta))
}

/// Creates the tables and the format entries (inside the caller's transaction).
pub(crate) fn create(conn: &Connection, seed_json: &str) -> rusqlite::Result<()> {
    conn.execute_batch(TABLES)?;
    let mut put = conn.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)")?;
    for (k, v) in [("format", FORMAT.to_string()), ("version", VERSION.to_string()), ("seed", seed_json.into())] {
        put.execute((k, v))?;
    }
    put.execute(("generation", "0"))?;
    Ok(())
}
