//! Folders: the public tree under `/Public` and the private tree under `/Private`, folder
//! items, item ranks and folder trees.
//!
//! Rules (from the WSDL documentation of saveFolder):
//! - paths use `/` (getFolderPathSeparator answers 47) and start at a root; lookups accept the
//!   path with or without the leading `/`, in any case;
//! - a new folder names its parent by `parentid` or by `path`; it inherits `ispublic`; a
//!   sibling with the same name faults 86;
//! - on save, a changed `path` moves/renames the folder (its `parentid` and `ispublic` follow),
//!   a changed `parentid` moves it (the path follows); changing only the name or only `ispublic`
//!   faults 23, as do inconsistent values; the roots cannot be changed or deleted (5);
//! - deleting a folder deletes its subfolders and their items.

use testtrack::types::{AnyCTreeNodeSoap, CFolder, CFolderItem, CTreeNodeSoap};
use ttsoap::Fault;

use super::common::{keep, or_empty, secs_datetime, v_bool};
use super::{column, stored_in, CallContext, Field, Key, Kind};
use crate::faults;
use crate::store::RecordTable;
use crate::tables::Table;
use crate::value::Value;
use crate::world::{FolderItem, World};

/// The folder path separator, `/`.
pub(crate) const SEPARATOR: u8 = b'/';

/// Normalises a path: trimmed, one leading `/`, no trailing `/`.
pub(crate) fn norm(path: &str) -> String {
    let t = path.trim().trim_matches('/');
    format!("/{t}")
}

fn parent_path(path: &str) -> (String, String) {
    let p = norm(path);
    match p.rfind('/') {
        Some(0) | None => ("/".into(), p.trim_start_matches('/').to_string()),
        Some(i) => (p[..i].to_string(), p[i + 1..].to_string()),
    }
}

fn folder_by_path<'a>(t: &'a RecordTable<CFolder>, path: &str) -> Option<&'a CFolder> {
    let p = norm(path);
    t.iter().find(|f| norm(or_empty(&f.path)).eq_ignore_ascii_case(&p))
}

fn is_root(cx: &CallContext<'_>, id: i64) -> bool {
    id == cx.proj().public_root || id == cx.proj().private_root
}

fn descendants(t: &RecordTable<CFolder>, id: i64) -> Vec<i64> {
    let mut out = Vec::new();
    let mut stack = vec![id];
    while let Some(x) = stack.pop() {
        for f in t.iter().filter(|f| f.parentid == Some(x)) {
            out.push(f.recordid);
            stack.push(f.recordid);
        }
    }
    out
}

fn check_sibling(cx: &CallContext<'_>, parent: i64, name: &str, own: i64) -> Result<(), Fault> {
    let clash = cx
        .proj()
        .folders
        .iter()
        .any(|f| f.recordid != own && f.parentid == Some(parent) && or_empty(&f.name).eq_ignore_ascii_case(name));
    if clash {
        return Err(faults::fault(
            faults::codes::DUPLICATE_NAME,
            format!("A folder named '{name}' already exists there."),
        ));
    }
    Ok(())
}

fn check_type(cx: &CallContext<'_>, r: &mut CFolder) -> Result<(), Fault> {
    let Some(t) = r.foldertypename.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(());
    };
    let canon = cx
        .proj()
        .folder_types
        .iter()
        .find_map(|ft| ft.name.as_deref().filter(|n| n.eq_ignore_ascii_case(t)).map(str::to_string))
        .ok_or_else(|| faults::validation(format!("'{t}' is not a folder type.")))?;
    r.foldertypename = Some(canon);
    Ok(())
}

/// Folders.
pub(crate) struct Folders;

impl Kind for Folders {
    type Record = CFolder;
    const TABLE: Table = Table::Folder;

    stored_in!(projects.folders);
    fn matches(r: &CFolder, key: &Key) -> bool {
        match key {
            Key::Text(p) => norm(or_empty(&r.path)).eq_ignore_ascii_case(&norm(p)),
            _ => false,
        }
    }

    fn on_add(cx: &mut CallContext<'_>, r: &mut CFolder) -> Result<(), Fault> {
        let parent = match r.parentid.filter(|p| *p > 0) {
            Some(pid) => cx.proj().folders.get(pid).cloned().ok_or_else(faults::not_found)?,
            None => {
                let path = r
                    .path
                    .clone()
                    .filter(|p| !p.trim().is_empty())
                    .ok_or_else(|| faults::missing_parameter("parentid or path"))?;
                let (pp, base) = parent_path(&path);
                if or_empty(&r.name).trim().is_empty() {
                    r.name = Some(base);
                }
                folder_by_path(&cx.proj().folders, &pp)
                    .cloned()
                    .ok_or_else(|| faults::validation(format!("The parent folder '{pp}' does not exist.")))?
            }
        };
        let name = or_empty(&r.name).trim().to_string();
        if name.is_empty() || name.contains('/') {
            return Err(faults::validation("A folder needs a name without '/'."));
        }
        check_sibling(cx, parent.recordid, &name, r.recordid)?;
        check_type(cx, r)?;
        r.name = Some(name.clone());
        r.parentid = Some(parent.recordid);
        r.ispublic = parent.ispublic;
        r.path = Some(format!("{}/{name}", norm(or_empty(&parent.path))));
        r.order = Some(cx.proj().folders.iter().filter(|f| f.parentid == Some(parent.recordid)).count() as i64 + 1);
        r.createdbyuser = Some(cx.user_id);
        r.modifiedbyuser = Some(cx.user_id);
        r.datetimecreated = Some(secs_datetime(cx.now));
        r.datetimemodified = Some(secs_datetime(cx.now));
        r.locationaddedfrom = Some("SOAP".into());
        Ok(())
    }

    fn on_save(cx: &mut CallContext<'_>, old: &CFolder, r: &mut CFolder) -> Result<(), Fault> {
        if is_root(cx, old.recordid) {
            return Err(faults::fault(faults::codes::NOT_ALLOWED, "The root folders cannot be changed."));
        }
        keep!(r, old; name, description, path, order, parentid, foldertypename, webview, notes, noteseditable,
            scheduleinfo, taskboardname, ispublic);
        check_type(cx, r)?;
        let name = or_empty(&r.name).trim().to_string();
        let name_changed = name != or_empty(&old.name);
        let path_changed = !norm(or_empty(&r.path)).eq_ignore_ascii_case(&norm(or_empty(&old.path)));
        let parent_changed = r.parentid != old.parentid;
        let public_changed = r.ispublic != old.ispublic;
        let new_parent = if path_changed {
            let (pp, base) = parent_path(or_empty(&r.path));
            let parent = folder_by_path(&cx.proj().folders, &pp)
                .cloned()
                .ok_or_else(|| faults::validation(format!("The parent folder '{pp}' does not exist.")))?;
            if name_changed && !base.eq_ignore_ascii_case(&name) {
                return Err(faults::validation("The path must end with the folder name."));
            }
            if parent_changed && r.parentid != Some(parent.recordid) {
                return Err(faults::validation("The path and parentid do not agree."));
            }
            if public_changed && r.ispublic != parent.ispublic {
                return Err(faults::validation("The path and ispublic do not agree."));
            }
            r.name = Some(base);
            parent
        } else if parent_changed {
            let pid = r.parentid.unwrap_or(0);
            let parent = cx
                .proj()
                .folders
                .get(pid)
                .cloned()
                .ok_or_else(|| faults::validation("The new parent folder does not exist."))?;
            if name_changed {
                return Err(faults::validation("If the folder name changes, the path must also change."));
            }
            if public_changed && r.ispublic != parent.ispublic {
                return Err(faults::validation("The parentid and ispublic do not agree."));
            }
            parent
        } else if name_changed {
            return Err(faults::validation("If the folder name changes, the path must also change."));
        } else if public_changed {
            return Err(faults::validation("Changing only ispublic is an error: move the folder instead."));
        } else {
            cx.proj().folders.get(old.parentid.unwrap_or(0)).cloned().ok_or_else(faults::not_found)?
        };
        let subtree = descendants(&cx.proj().folders, old.recordid);
        if new_parent.recordid == old.recordid || subtree.contains(&new_parent.recordid) {
            return Err(faults::validation("A folder cannot be moved into itself."));
        }
        let name = or_empty(&r.name).to_string();
        check_sibling(cx, new_parent.recordid, &name, old.recordid)?;
        let new_path = format!("{}/{name}", norm(or_empty(&new_parent.path)));
        let old_path = norm(or_empty(&old.path));
        r.parentid = Some(new_parent.recordid);
        r.ispublic = new_parent.ispublic;
        r.path = Some(new_path.clone());
        for id in subtree {
            if let Some(mut f) = cx.proj_mut().folders.get_mut(id) {
                let p = norm(or_empty(&f.path));
                f.path = Some(format!("{new_path}{}", p.get(old_path.len()..).unwrap_or("")));
                f.ispublic = new_parent.ispublic;
            }
        }
        r.createdbyuser = old.createdbyuser;
        r.datetimecreated.clone_from(&old.datetimecreated);
        r.locationaddedfrom.clone_from(&old.locationaddedfrom);
        r.modifiedbyuser = Some(cx.user_id);
        r.datetimemodified = Some(secs_datetime(cx.now));
        Ok(())
    }

    fn outgoing(_cx: &CallContext<'_>, r: &mut CFolder, download: bool) {
        if !download {
            super::common::strip(&mut r.notes_inline_attach_list);
        }
    }

    fn on_delete(cx: &mut CallContext<'_>, r: &CFolder) -> Result<(), Fault> {
        if is_root(cx, r.recordid) {
            return Err(faults::fault(faults::codes::NOT_ALLOWED, "The root folders cannot be deleted."));
        }
        let sub = descendants(&cx.proj().folders, r.recordid);
        for id in &sub {
            if cx.world.locks.holder(Table::Folder, *id, cx.now_ms).is_some_and(|c| c != cx.cookie) {
                return Err(faults::record_locked());
            }
        }
        let p = cx.proj_mut();
        for id in &sub {
            p.folders.remove(*id);
        }
        p.folder_items.retain(|i| i.folder != r.recordid && !sub.contains(&i.folder));
        Ok(())
    }

    fn seed_refusal(name: &str) -> String {
        format!("folders are seeded with \"folders\", not records (field '{name}')")
    }

    const COLUMNS: &'static [Field<CFolder>] = &[
        column!("Name", "name", Text, |r| Value::opt_text(&r.name)),
        column!("Path", "path", Text, |r| Value::opt_text(&r.path)),
        column!("Description", "description", Text, |r| Value::opt_text(&r.description)),
        column!("Folder Type", "foldertypename", Text, |r| Value::opt_text(&r.foldertypename)),
        column!("Public", "ispublic", Boolean, |r| v_bool(&r.ispublic)),
        column!("Parent ID", "parentid", Integer, |r| Value::opt_int(&r.parentid)),
        column!("Order", "order", Integer, |r| Value::opt_int(&r.order)),
    ];
}

/// A folder by record id whose `ispublic` matches (6 otherwise).
pub(crate) fn folder_by_id(cx: &CallContext<'_>, id: i64, public: bool) -> Result<CFolder, Fault> {
    cx.proj().folders.get(id).filter(|f| f.ispublic.unwrap_or(false) == public).cloned().ok_or_else(faults::not_found)
}

/// `addEntityToFolderByRecordID`: returns the folder item's record id.
pub(crate) fn add_item(
    cx: &mut CallContext<'_>,
    folder: i64,
    public: bool,
    entity: i64,
    table: &str,
) -> Result<i64, Fault> {
    folder_by_id(cx, folder, public)?;
    let t = cx.table(table)?;
    cx.proj().describe(t, entity).ok_or_else(faults::not_found)?;
    if cx.proj().folder_items.iter().any(|i| i.folder == folder && i.table == t && i.record == entity) {
        return Err(faults::fault(faults::codes::DUPLICATE_NAME, "The item is already in the folder."));
    }
    let id = cx.next_id();
    let rank = cx.proj().folder_items.iter().filter(|i| i.folder == folder).count() as i64 + 1;
    cx.proj_mut().folder_items.push(FolderItem { id, folder, table: t, record: entity, rank });
    Ok(id)
}

/// `removeEntityFromFolderByRecordID`.
pub(crate) fn remove_item(
    cx: &mut CallContext<'_>,
    folder: i64,
    public: bool,
    item: &CFolderItem,
) -> Result<i32, Fault> {
    folder_by_id(cx, folder, public)?;
    let t = item.entitytablename.as_deref().and_then(Table::parse);
    let items = &mut cx.proj_mut().folder_items;
    let before = items.len();
    items.retain(|i| {
        !(i.folder == folder
            && ((item.recordid != 0 && i.id == item.recordid)
                || (Some(i.table) == t && i.record == item.entityrecordid && item.entityrecordid != 0)))
    });
    if items.len() == before {
        return Err(faults::not_found());
    }
    Ok(0)
}

/// The items of a folder in rank order.
pub(crate) fn items(cx: &CallContext<'_>, folder: i64) -> Vec<CFolderItem> {
    let mut v: Vec<&FolderItem> = cx.proj().folder_items.iter().filter(|i| i.folder == folder).collect();
    v.sort_by_key(|i| (i.rank, i.id));
    v.iter()
        .map(|i| CFolderItem {
            recordid: i.id,
            entitytablename: Some(i.table.name().to_string()),
            entityrecordid: i.record,
            rank: Some(i.rank),
        })
        .collect()
}

/// `saveFolderItemRank`: the list's order becomes the ranks. Items are named by record id or
/// by table and entity id; an unknown item faults 23.
pub(crate) fn save_ranks(cx: &mut CallContext<'_>, folder: i64, list: &[CFolderItem]) -> Result<(), Fault> {
    let mut new_ranks = Vec::new();
    for (n, it) in list.iter().enumerate() {
        let t = it.entitytablename.as_deref().and_then(Table::parse);
        let pos = cx
            .proj()
            .folder_items
            .iter()
            .position(|i| {
                i.folder == folder
                    && ((it.recordid != 0 && i.id == it.recordid)
                        || (Some(i.table) == t && i.record == it.entityrecordid))
            })
            .ok_or_else(|| faults::validation("An item in the list is not in the folder."))?;
        new_ranks.push((pos, it.rank.filter(|r| *r > 0).unwrap_or(n as i64 + 1)));
    }
    for (pos, rank) in new_ranks {
        cx.proj_mut().folder_items[pos].rank = rank;
    }
    Ok(())
}

/// The folders an item is in.
pub(crate) fn folders_of(cx: &CallContext<'_>, t: Table, id: i64) -> Vec<CFolder> {
    let p = cx.proj();
    let mut v: Vec<CFolder> = p
        .folder_items
        .iter()
        .filter(|i| i.table == t && i.record == id)
        .filter_map(|i| p.folders.get(i.folder).cloned())
        .collect();
    v.sort_by_key(|f| f.recordid);
    v.dedup_by_key(|f| f.recordid);
    v
}

/// The folder tree below a folder.
pub(crate) fn tree(cx: &CallContext<'_>, id: i64) -> AnyCTreeNodeSoap {
    let mut children: Vec<&CFolder> = cx.proj().folders.iter().filter(|f| f.parentid == Some(id)).collect();
    children.sort_by_key(|f| (f.order.unwrap_or(0), f.recordid));
    AnyCTreeNodeSoap::CTreeNodeSoap(CTreeNodeSoap {
        entity_table_name: Some(Table::Folder.name().to_string()),
        entity_record_id: id,
        child_list: children.iter().map(|c| tree(cx, c.recordid)).collect(),
    })
}

/// Creates the folders of a seed path (parents as needed) and returns the last one's id.
pub(crate) fn ensure_path(cx: &mut CallContext<'_>, path: &str) -> Result<i64, String> {
    let p = norm(path);
    if let Some(f) = folder_by_path(&cx.proj().folders, &p) {
        return Ok(f.recordid);
    }
    let (pp, base) = parent_path(&p);
    if pp == "/" {
        return Err(format!("folder paths start at /Public or /Private, not '{p}'"));
    }
    let parent = ensure_path(cx, &pp)?;
    let f = CFolder { parentid: Some(parent), name: Some(base), ..Default::default() };
    super::add::<Folders>(cx, f).map_err(|e| e.string)
}
