//! Writes a [`Batch`] in one SQLite transaction.

use rusqlite::Connection;

use super::changes::Batch;

/// Writes the batch and commits; nothing of it is kept when any write fails.
pub(crate) fn commit(conn: &mut Connection, b: &Batch) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    apply(&tx, b)?;
    tx.commit()
}

/// Writes the batch inside the caller's transaction.
pub(crate) fn apply(conn: &Connection, b: &Batch) -> rusqlite::Result<()> {
    if !b.rows.is_empty() {
        let mut put = conn.prepare_cached(
            "INSERT OR REPLACE INTO records (scope, kind, record_id, number, body) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut del = conn.prepare_cached("DELETE FROM records WHERE scope = ?1 AND kind = ?2 AND record_id = ?3")?;
        for r in &b.rows {
            match &r.row {
                Some((number, body)) => put.execute((r.scope, r.kind, r.record_id, number, body))?,
                None => del.execute((r.scope, r.kind, r.record_id))?,
            };
        }
    }
    if !b.parts.is_empty() {
        let mut put = conn.prepare_cached("INSERT OR REPLACE INTO parts (scope, name, body) VALUES (?1, ?2, ?3)")?;
        for (scope, (name, body)) in &b.parts {
            put.execute((scope, name, body))?;
        }
    }
    if let Some(locks) = &b.locks {
        conn.execute("DELETE FROM locks", [])?;
        let mut put = conn.prepare_cached(
            "INSERT INTO locks (tbl, record_id, cookie, acquired_ms, expires_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for l in locks {
            put.execute((l.table.name(), l.record_id, l.cookie, l.acquired_ms, l.expires_ms))?;
        }
    }
    if let Some(n) = b.next_id {
        conn.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('next_id', ?1)")?
            .execute([n.to_string()])?;
    }
    Ok(())
}
