//! Durable state (`EmulatorBuilder::state_file`): the world kept in a SQLite file.
//!
//! - A new (or empty) file gets the world built from the seed, written in one transaction
//!   together with the seed itself (without its records, which are stored as records).
//! - An existing file is opened as it is: the world is rebuilt from the seed stored in it
//!   (workflows, filters and other settings requests never change) and then takes the file's
//!   records, parts, locks and record-id counter. The seed given to the builder is not read.
//! - After every request, [`StateFile::sync`] writes the rows, parts, locks and counter the
//!   request changed, in one transaction, before the answer is sent. Requests that find
//!   their changes already taken by another request's write wait for that write to commit,
//!   so no answer ever shows a change that is not on disk.
//! - A write that fails leaves the emulator refusing every request (a server fault naming
//!   the file): memory would otherwise be ahead of the file.

mod changes;
mod codec;
mod error;
mod load;
mod parts;
mod schema;
mod tables;
mod write;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Mutex, OnceLock, TryLockError};

use rusqlite::Connection;

pub use error::StateError;

use crate::seed::Seed;
use crate::service::lock;
use crate::world::World;
use crate::EmulatorError;

/// True when `path` names a non-empty file: [`crate::EmulatorBuilder::state_file`] then uses it
/// as it is and does not read the seed.
pub fn state_file_exists(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > 0)
}

/// An open state file.
pub(crate) struct StateFile {
    path: PathBuf,
    /// The connection; held from taking a batch of changes until it is committed, so that
    /// batches are committed in the order they were taken.
    conn: Mutex<Connection>,
    /// The record-id counter as last written (changed with `conn` held).
    written_next_id: AtomicI64,
    /// A batch has been taken from the world and is not committed yet (set with the world
    /// locked, cleared after the commit).
    writing: AtomicBool,
    /// Set when a write failed; every request is refused from then on.
    failed: OnceLock<String>,
}

/// The seed as stored in a file: everything but the records, folders and links, which the
/// file keeps as records.
fn settings_of(seed: &Seed) -> Seed {
    let mut s = seed.clone();
    for p in &mut s.projects {
        p.records.clear();
        p.folders.clear();
        p.links.clear();
    }
    s
}

/// Clears the change marks building or loading left, and starts tracking changes.
fn start_tracking(w: &mut World) {
    tables::for_each_table(w, |_, t| t.track());
    for p in &mut w.projects {
        parts::project_parts(p, false);
    }
    w.auth.take_changed();
    w.locks.take_changed();
}

/// Opens `path` (creating it from `seed` when it is new) and returns it with its world.
/// `build` builds a world from a seed; its second argument counts the openings of the file
/// (0 when it is created), for cookie generators that must not repeat a previous run's.
pub(crate) fn open(
    path: &Path,
    seed: impl FnOnce() -> Result<Seed, EmulatorError>,
    build: impl FnOnce(&Seed, u64) -> Result<World, String>,
) -> Result<(StateFile, World), EmulatorError> {
    let existed = path.exists();
    let mut conn = schema::connect(path).map_err(EmulatorError::State)?;
    let mut world = match schema::inspect(&conn, path).map_err(EmulatorError::State)? {
        schema::Content::Empty => match create(&mut conn, path, seed, build) {
            Ok(world) => world,
            Err(e) => {
                // Leave no file behind that a later start would take for a state file.
                drop(conn);
                if !existed {
                    for suffix in ["", "-wal", "-shm", "-journal"] {
                        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                    }
                }
                return Err(e);
            }
        },
        schema::Content::State(meta) => {
            let corrupt =
                |reason: String| EmulatorError::State(StateError::Corrupt { path: path.to_path_buf(), reason });
            let settings = meta.get("seed").ok_or_else(|| corrupt("the stored seed is missing".into()))?;
            let seed = Seed::from_json(settings)
                .map_err(|reason| EmulatorError::State(StateError::Seed { path: path.to_path_buf(), reason }))?;
            let generation: u64 = meta
                .get("generation")
                .and_then(|g| g.parse().ok())
                .ok_or_else(|| corrupt("the opening counter is missing".into()))?;
            let generation = generation + 1;
            // Taking the write lock first: a second emulator on the same file fails here.
            conn.execute("UPDATE meta SET value = ?1 WHERE key = 'generation'", [generation.to_string()])
                .map_err(|e| EmulatorError::State(error::classify(path, &e)))?;
            let mut world = build(&seed, generation)
                .map_err(|reason| EmulatorError::State(StateError::Seed { path: path.to_path_buf(), reason }))?;
            load::load(&conn, &meta, &mut world).map_err(corrupt)?;
            world
        }
    };
    start_tracking(&mut world);
    let file = StateFile {
        path: path.to_path_buf(),
        conn: Mutex::new(conn),
        written_next_id: AtomicI64::new(world.ids.peek()),
        writing: AtomicBool::new(false),
        failed: OnceLock::new(),
    };
    Ok((file, world))
}

/// Writes a new file: the world built from `seed`, and the seed's settings.
fn create(
    conn: &mut Connection,
    path: &Path,
    seed: impl FnOnce() -> Result<Seed, EmulatorError>,
    build: impl FnOnce(&Seed, u64) -> Result<World, String>,
) -> Result<World, EmulatorError> {
    let seed = seed()?;
    let mut world = build(&seed, 0).map_err(EmulatorError::Seed)?;
    let settings = serde_json::to_string(&settings_of(&seed))
        .map_err(|e| EmulatorError::Seed(format!("the seed cannot be stored: {e}")))?;
    let batch = changes::collect(&mut world, true, 0);
    let write = |e: rusqlite::Error| {
        EmulatorError::State(StateError::Write { path: path.to_path_buf(), reason: e.to_string() })
    };
    let tx = conn.transaction().map_err(write)?;
    schema::create(&tx, &settings).map_err(write)?;
    write::apply(&tx, &batch).map_err(write)?;
    tx.commit().map_err(|e| EmulatorError::State(error::classify(path, &e)))?;
    Ok(world)
}

impl StateFile {
    /// Why the file can no longer be written, once a write failed.
    pub(crate) fn failure(&self) -> Option<&str> {
        self.failed.get().map(String::as_str)
    }

    /// Writes what changed in `world` since the last write, and commits. Returns once every
    /// change made before the call is on disk (written by this call or by an earlier one).
    ///
    /// A request that finds nothing changed and no write under way (the usual read) returns
    /// at once, without waiting for the connection, which another request may hold for the
    /// same check. Waiting for another request's write and writing go through
    /// [`crate::http::blocking`], so the HTTP worker's other connections move on meanwhile.
    pub(crate) fn sync(&self, world: &Mutex<World>) -> Result<(), String> {
        {
            // Any change this request could have seen is either still in the world or in a
            // batch taken with the world locked, which sets `writing` until it is committed.
            let mut w = lock(world);
            if !self.writing.load(Ordering::SeqCst)
                && !changes::pending(&mut w, self.written_next_id.load(Ordering::SeqCst))
            {
                return self.failure().map_or(Ok(()), |e| Err(e.to_string()));
            }
        }
        let mut conn = match self.conn.try_lock() {
            Ok(g) => g,
            Err(TryLockError::Poisoned(e)) => e.into_inner(),
            Err(TryLockError::WouldBlock) => crate::http::blocking(|| lock(&self.conn)),
        };
        if let Some(e) = self.failure() {
            return Err(e.to_string());
        }
        let batch = {
            let mut w = lock(world);
            let batch = changes::collect(&mut w, false, self.written_next_id.load(Ordering::SeqCst));
            if batch.is_empty() {
                return Ok(());
            }
            self.writing.store(true, Ordering::SeqCst);
            batch
        };
        let result = crate::http::blocking(|| write::commit(&mut conn, &batch));
        if result.is_ok() {
            if let Some(n) = batch.next_id {
                self.written_next_id.store(n, Ordering::SeqCst);
            }
        }
        // Cleared after a failure too: `failed` is set first, and refuses every request.
        let outcome = result.map_err(|e| {
            let msg = StateError::Write { path: self.path.clone(), reason: e.to_string() }.to_string();
            log::error!("tt-emulator: {msg}; refusing every request from now on");
            self.failed.get_or_init(|| msg).clone()
        });
        self.writing.store(false, Ordering::SeqCst);
        outcome
    }
}

/// Everything a state file keeps, as text, for comparing a world with its reopened copy.
#[cfg(test)]
pub(crate) fn digest(w: &World) -> String {
    let mut auth: Vec<String> = w.auth.iter().map(|(id, a)| format!("{id}: {a:?}")).collect();
    auth.sort();
    let mut locks: Vec<String> = w.locks.entries().map(|l| format!("{l:?}")).collect();
    locks.sort();
    format!(
        "{:#?}\nusers {:#?}\nauth {auth:#?}\nlocks {locks:#?}\nnext id {}\nserver {:?}",
        w.projects,
        w.users,
        w.ids.peek(),
        w.server
    )
}

#[cfg(test)]
mod tests;
