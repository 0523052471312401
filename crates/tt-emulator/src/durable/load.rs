//! Reads a world back from a state file, into a world built from the file's stored seed (which
//! gives what requests never change: workflows, filters, options, link definitions).

use std::collections::HashMap;

use rusqlite::Connection;

use super::parts::{self, PROJECT_PARTS};
use super::tables::{for_each_table, table_of, SERVER_SCOPE};
use crate::locks::LockInfo;
use crate::tables::Table;
use crate::world::World;

fn sql(e: rusqlite::Error) -> String {
    e.to_string()
}

/// Replaces the records, parts, locks and record-id counter of `w` with the file's.
pub(crate) fn load(conn: &Connection, meta: &HashMap<String, String>, w: &mut World) -> Result<(), String> {
    for_each_table(w, |_, t| t.clear());
    let mut stmt = conn.prepare("SELECT scope, kind, record_id, body FROM records").map_err(sql)?;
    let mut rows = stmt.query([]).map_err(sql)?;
    while let Some(row) = rows.next().map_err(sql)? {
        let (scope, kind, id, body): (i64, String, i64, String) =
            (row.get(0).map_err(sql)?, row.get(1).map_err(sql)?, row.get(2).map_err(sql)?, row.get(3).map_err(sql)?);
        let t = table_of(w, scope, &kind).ok_or_else(|| format!("record {id}: no table '{kind}' in scope {scope}"))?;
        let got = t.load(&body).map_err(|e| format!("{kind} record {id}: {e}"))?;
        if got != id {
            return Err(format!("{kind} record {id} holds record id {got}"));
        }
    }
    let mut stmt = conn.prepare("SELECT scope, name, body FROM parts").map_err(sql)?;
    let mut rows = stmt.query([]).map_err(sql)?;
    let mut seen: Vec<(i64, String)> = Vec::new();
    while let Some(row) = rows.next().map_err(sql)? {
        let (scope, name, body): (i64, String, String) =
            (row.get(0).map_err(sql)?, row.get(1).map_err(sql)?, row.get(2).map_err(sql)?);
        if scope == SERVER_SCOPE && name == "auth" {
            *w.auth = parts::load_auth(&body)?;
        } else {
            let p = usize::try_from(scope)
                .ok()
                .and_then(|i| w.projects.get_mut(i))
                .ok_or_else(|| format!("part '{name}' of a project {scope} the seed does not have"))?;
            parts::load_project_part(p, &name, &body).map_err(|e| format!("project '{}': {e}", p.name))?;
        }
        seen.push((scope, name));
    }
    let has = |scope: i64, name: &str| seen.iter().any(|(s, n)| *s == scope && n == name);
    if !has(SERVER_SCOPE, "auth") {
        return Err("the users' login data is missing".into());
    }
    for (i, p) in w.projects.iter().enumerate() {
        if let Some(missing) = PROJECT_PARTS.iter().find(|n| !has(i as i64, n)) {
            return Err(format!("project '{}': part '{missing}' is missing", p.name));
        }
    }
    let mut stmt = conn.prepare("SELECT tbl, record_id, cookie, acquired_ms, expires_ms FROM locks").map_err(sql)?;
    let mut rows = stmt.query([]).map_err(sql)?;
    while let Some(row) = rows.next().map_err(sql)? {
        let name: String = row.get(0).map_err(sql)?;
        let table = Table::parse(&name).ok_or_else(|| format!("a lock on the unknown table '{name}'"))?;
        w.locks.restore(LockInfo {
            table,
            record_id: row.get(1).map_err(sql)?,
            cookie: row.get(2).map_err(sql)?,
            acquired_ms: row.get(3).map_err(sql)?,
            expires_ms: row.get(4).map_err(sql)?,
        });
    }
    let next: i64 = meta.get("next_id").and_then(|v| v.parse().ok()).ok_or("the record-id counter is missing")?;
    w.ids.resume_at(next);
    Ok(())
}
