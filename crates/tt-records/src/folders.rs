//! Folders by path: find or create `/Public/CI/suite/package/Class` level by level
//! (`getFolder`, `addFolder`), and put records in them (`addEntityToFolderByRecordID`).
//!
//! Paths use `/` (the separator `getFolderPathSeparator` reports) and start at a root,
//! `/Public` or `/Private`. A folder name cannot contain `/`: [`folder_name`] replaces it.

use ttsoap::FaultKind;

use crate::error::{Error, Result};
use crate::retry::is_ambiguous;
use crate::tracker::Tracker;

/// A folder as the server stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folder {
    /// The folder's record id.
    pub record_id: i64,
    /// Its path as the server spells it (`/Public/CI/unit`).
    pub path: String,
    /// Whether it is in the public tree.
    pub public: bool,
}

/// A text usable as one folder name: `/` becomes `-`, blanks around it are trimmed, an empty
/// name becomes `_`.
pub fn folder_name(s: &str) -> String {
    let n = s.trim().replace('/', "-");
    if n.is_empty() {
        "_".into()
    } else {
        n
    }
}

/// Splits a path into its non-empty levels.
fn levels(path: &str) -> Vec<&str> {
    path.split('/').map(str::trim).filter(|l| !l.is_empty()).collect()
}

fn from_soap(f: testtrack::types::CFolder, path: &str) -> Folder {
    Folder {
        record_id: f.recordid,
        path: f.path.unwrap_or_else(|| path.to_string()),
        public: f.ispublic.unwrap_or(false),
    }
}

impl Tracker {
    /// The folder at `path` (`getFolder`), or `None` when there is none.
    pub fn folder(&self, path: &str) -> Result<Option<Folder>> {
        match self.session().get_folder(path) {
            Ok(f) => Ok(Some(from_soap(f, path))),
            Err(e) if e.fault_kind() == Some(FaultKind::NotFound) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Finds the folder at `path`, creating it and any missing parents (`addFolder` per
    /// level). Returns the folder and how many folders were created. The root (`/Public` or
    /// `/Private`) must exist. A folder another session created meanwhile (fault 86), or an
    /// `addFolder` whose answer was lost, is found by reading it again, never added twice.
    pub fn ensure_folder(&self, path: &str) -> Result<(Folder, usize)> {
        let parts = levels(path);
        if parts.is_empty() {
            return Err(Error::InvalidValue {
                field: "folder path".into(),
                value: path.into(),
                expected: "a path under /Public or /Private".into(),
            });
        }
        let full = format!("/{}", parts.join("/"));
        if let Some(f) = self.folder(&full)? {
            return Ok((f, 0));
        }
        let mut created = 0;
        let mut current = match self.folder(&format!("/{}", parts[0]))? {
            Some(f) => f,
            None => {
                return Err(Error::NotFound {
                    table: "Folder".into(),
                    record: format!("root folder '/{}' (paths start at /Public or /Private)", parts[0]),
                    from_server: true,
                })
            }
        };
        for i in 1..parts.len() {
            let p = format!("/{}", parts[..=i].join("/"));
            if let Some(f) = self.folder(&p)? {
                current = f;
                continue;
            }
            let new = testtrack::types::CFolder {
                name: Some(parts[i].to_string()),
                parentid: Some(current.record_id),
                ..Default::default()
            };
            match self.session().add_folder(new) {
                Ok(_) => created += 1,
                Err(e) if e.fault_kind() == Some(FaultKind::DuplicateName) || is_ambiguous(&e) => {
                    log::debug!("addFolder {p}: {e}; reading it back");
                }
                Err(e) => return Err(e.into()),
            }
            current = self.folder(&p)?.ok_or_else(|| Error::NotFound {
                table: "Folder".into(),
                record: p.clone(),
                from_server: false,
            })?;
        }
        Ok((current, created))
    }

    /// Puts a record in a folder (`addEntityToFolderByRecordID`). `Ok(false)` when it was
    /// already there (fault 86).
    pub fn add_to_folder(&self, folder: &Folder, table: &str, record_id: i64) -> Result<bool> {
        let t = self.table(table)?;
        match self.session().add_entity_to_folder_by_record_id(folder.record_id, folder.public, record_id, &t) {
            Ok(_) => Ok(true),
            Err(e) if e.fault_kind() == Some(FaultKind::DuplicateName) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// The record ids of the records of `table` in a folder (`getEntityListForFolderByRecordID`;
    /// not its subfolders).
    pub fn folder_items(&self, folder: &Folder, table: &str) -> Result<Vec<i64>> {
        let t = self.table(table)?;
        let items = self.session().get_entity_list_for_folder_by_record_id(folder.record_id, folder.public)?;
        Ok(items
            .into_iter()
            .filter(|i| i.entitytablename.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(&t)))
            .map(|i| i.entityrecordid)
            .collect())
    }
}
