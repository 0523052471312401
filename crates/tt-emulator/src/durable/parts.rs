//! The parts of the world that are not records: per project the dropdown lists, custom field
//! definitions, folder items, requirement-document trees, folder types and root folders; for
//! the whole server the users' login data. Each part is one JSON (or XML) document.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use testtrack::types::CFolderType;

use super::codec;
use crate::fields::{Dropdown, FieldDef};
use crate::tables::Table;
use crate::world::{Auth, DocMember, FolderItem, Project};

/// A part's name and document.
pub(crate) type Part = (&'static str, String);

fn table(name: &str) -> Result<Table, String> {
    Table::parse(name).ok_or_else(|| format!("unknown table '{name}'"))
}

fn json<T: Serialize>(v: &T) -> String {
    // Plain data (strings, numbers, vectors): serializing cannot fail.
    serde_json::to_string(v).unwrap_or_default()
}

fn parse<'a, T: Deserialize<'a>>(name: &str, body: &'a str) -> Result<T, String> {
    serde_json::from_str(body).map_err(|e| format!("part '{name}': {e}"))
}

/// A project's parts: the changed ones (clearing their marks), or all of them.
pub(crate) fn project_parts(p: &mut Project, all: bool) -> Vec<Part> {
    let mut out = Vec::new();
    if p.dropdowns.take_changed() || all {
        let v: Vec<(&str, &Vec<Dropdown>)> = p.dropdowns.iter().map(|(t, d)| (t.name(), d)).collect();
        out.push(("dropdowns", json(&v)));
    }
    if p.custom.take_changed() || all {
        let v: Vec<(&str, &Vec<(i64, FieldDef)>)> = p.custom.iter().map(|(t, d)| (t.name(), d)).collect();
        out.push(("custom", json(&v)));
    }
    if p.folder_items.take_changed() || all {
        let v: Vec<(i64, i64, &str, i64, i64)> =
            p.folder_items.iter().map(|i| (i.id, i.folder, i.table.name(), i.record, i.rank)).collect();
        out.push(("folder_items", json(&v)));
    }
    if p.doc_members.take_changed() || all {
        let v: Vec<(i64, Vec<(i64, i64)>)> = p
            .doc_members
            .iter()
            .map(|(doc, m)| (*doc, m.iter().map(|x| (x.requirement, x.parent)).collect()))
            .collect();
        out.push(("doc_members", json(&v)));
    }
    if all {
        // Set by the seed, never changed by a request.
        out.push(("folder_types", codec::encode_list(&p.folder_types, &codec::FOLDER_TYPE)));
        out.push(("roots", json(&(p.public_root, p.private_root))));
    }
    out
}

/// True when a project part waits to be written.
pub(crate) fn project_changed(p: &Project) -> bool {
    p.dropdowns.is_changed() || p.custom.is_changed() || p.folder_items.is_changed() || p.doc_members.is_changed()
}

/// Every part a project must have in a state file.
pub(crate) const PROJECT_PARTS: [&str; 6] =
    ["dropdowns", "custom", "folder_items", "doc_members", "folder_types", "roots"];

/// Puts a stored part into a project.
pub(crate) fn load_project_part(p: &mut Project, name: &str, body: &str) -> Result<(), String> {
    match name {
        "dropdowns" => {
            let v: Vec<(String, Vec<Dropdown>)> = parse(name, body)?;
            let mut m = BTreeMap::new();
            for (t, d) in v {
                m.insert(table(&t)?, d);
            }
            *p.dropdowns = m;
        }
        "custom" => {
            let v: Vec<(String, Vec<(i64, FieldDef)>)> = parse(name, body)?;
            let mut m = BTreeMap::new();
            for (t, d) in v {
                m.insert(table(&t)?, d);
            }
            *p.custom = m;
        }
        "folder_items" => {
            let v: Vec<(i64, i64, String, i64, i64)> = parse(name, body)?;
            *p.folder_items = v
                .into_iter()
                .map(|(id, folder, t, record, rank)| Ok(FolderItem { id, folder, table: table(&t)?, record, rank }))
                .collect::<Result<_, String>>()?;
        }
        "doc_members" => {
            let v: Vec<(i64, Vec<(i64, i64)>)> = parse(name, body)?;
            *p.doc_members = v
                .into_iter()
                .map(|(doc, m)| {
                    (doc, m.into_iter().map(|(requirement, parent)| DocMember { requirement, parent }).collect())
                })
                .collect();
        }
        "folder_types" => {
            p.folder_types = codec::decode_list::<CFolderType>(body).map_err(|e| format!("part '{name}': {e}"))?;
        }
        "roots" => (p.public_root, p.private_root) = parse(name, body)?,
        other => return Err(format!("unknown part '{other}'")),
    }
    Ok(())
}

/// A user's login data as stored.
#[derive(Serialize, Deserialize)]
struct AuthRow {
    password: String,
    soap: bool,
    license_admin: bool,
    projects: Option<Vec<String>>,
}

/// The users' login data.
pub(crate) fn auth_part(auth: &HashMap<i64, Auth>) -> Part {
    let mut v: Vec<(i64, AuthRow)> = auth
        .iter()
        .map(|(id, a)| {
            let row = AuthRow {
                password: a.password.clone(),
                soap: a.soap,
                license_admin: a.license_admin,
                projects: a.projects.clone(),
            };
            (*id, row)
        })
        .collect();
    v.sort_by_key(|(id, _)| *id);
    ("auth", json(&v))
}

/// Reads the users' login data.
pub(crate) fn load_auth(body: &str) -> Result<HashMap<i64, Auth>, String> {
    let v: Vec<(i64, AuthRow)> = parse("auth", body)?;
    Ok(v.into_iter()
        .map(|(id, r)| {
            (id, Auth { password: r.password, soap: r.soap, license_admin: r.license_admin, projects: r.projects })
        })
        .collect())
}
