//! Everything the emulator knows, behind one mutex: sessions, locks, users and projects.
//!
//! The parts requests change are [`RecordTable`]s and [`Tracked`] values, so that a state file
//! can write just what changed; the rest comes from the seed and never changes.

use std::collections::{BTreeMap, HashMap};

use testtrack::types::{
    CDefect, CFolder, CFolderType, CLink, CRequirement, CRequirementDocument, CSystem, CTask, CTestCase, CTestRun,
    CUser,
};

use crate::fields::{Dropdown, FieldDef};
use crate::locks::Locks;
use crate::rng::CookieRng;
use crate::seed::ServerInfo;
use crate::sessions::Sessions;
use crate::store::{IdAllocator, Keyed, RecordTable};
use crate::tables::Table;
use crate::tracked::Tracked;
use crate::workflow::Workflow;

/// Login data of a user (kept apart from the `CUser` record, which never shows a password).
#[derive(Debug, Clone, Default)]
pub(crate) struct Auth {
    pub password: String,
    pub soap: bool,
    pub license_admin: bool,
    pub projects: Option<Vec<String>>,
}

/// A saved filter.
#[derive(Debug, Clone)]
pub(crate) struct Filter {
    pub name: String,
    pub table: Table,
    pub query: String,
}

/// A record in a folder.
#[derive(Debug, Clone)]
pub(crate) struct FolderItem {
    pub id: i64,
    pub folder: i64,
    pub table: Table,
    pub record: i64,
    pub rank: i64,
}

/// A requirement in a requirement document, with its parent requirement (0 = top level).
#[derive(Debug, Clone, Copy)]
pub(crate) struct DocMember {
    pub requirement: i64,
    pub parent: i64,
}

/// One project's data.
#[derive(Debug, Default)]
pub(crate) struct Project {
    pub name: String,
    pub options: Vec<String>,
    pub defects: RecordTable<CDefect>,
    pub test_cases: RecordTable<CTestCase>,
    pub test_runs: RecordTable<CTestRun>,
    pub requirements: RecordTable<CRequirement>,
    pub req_docs: RecordTable<CRequirementDocument>,
    pub tasks: RecordTable<CTask>,
    pub folders: RecordTable<CFolder>,
    pub test_configs: RecordTable<CSystem>,
    pub links: RecordTable<CLink>,
    pub dropdowns: Tracked<BTreeMap<Table, Vec<Dropdown>>>,
    /// Custom field definitions with their record ids.
    pub custom: Tracked<BTreeMap<Table, Vec<(i64, FieldDef)>>>,
    pub workflows: BTreeMap<Table, Workflow>,
    pub filters: Vec<Filter>,
    pub link_defs: Vec<String>,
    pub folder_types: Vec<CFolderType>,
    pub req_types: Vec<String>,
    pub folder_items: Tracked<Vec<FolderItem>>,
    pub doc_members: Tracked<BTreeMap<i64, Vec<DocMember>>>,
    /// Record id of the `/Public` root folder.
    pub public_root: i64,
    /// Record id of the `/Private` root folder.
    pub private_root: i64,
}

impl Project {
    /// Custom field definitions of a table.
    pub fn custom_defs(&self, t: Table) -> &[(i64, FieldDef)] {
        self.custom.get(&t).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The standard dropdown of a table by field name.
    pub fn dropdown(&self, t: Table, field: &str) -> Option<&Dropdown> {
        self.dropdowns.get(&t)?.iter().find(|d| d.name.eq_ignore_ascii_case(field))
    }

    /// True when the project's data options give access to the table (TCM for test cases and
    /// runs, RM for requirements and documents).
    pub fn table_allowed(&self, t: Table) -> bool {
        let has = |o: &str| self.options.iter().any(|x| x.eq_ignore_ascii_case(o));
        match t {
            Table::TestCase | Table::TestRun | Table::TestVariant => has("TestTrack TCM"),
            Table::Requirement | Table::RequirementDocument => has("TestTrack RM"),
            _ => true,
        }
    }

    /// Summary, number and state of a record, for link items and hyperlinks.
    pub fn describe(&self, t: Table, id: i64) -> Option<(i64, String, String)> {
        let or_empty = |o: &Option<String>| o.clone().unwrap_or_default();
        match t {
            Table::Defect => self.defects.get(id).map(|r| (r.number(), or_empty(&r.summary), or_empty(&r.state))),
            Table::TestCase => self.test_cases.get(id).map(|r| (r.number(), or_empty(&r.summary), or_empty(&r.state))),
            Table::TestRun => self.test_runs.get(id).map(|r| (r.number(), or_empty(&r.summary), or_empty(&r.state))),
            Table::Requirement => {
                self.requirements.get(id).map(|r| (r.number(), or_empty(&r.summary), or_empty(&r.state)))
            }
            Table::RequirementDocument => {
                self.req_docs.get(id).map(|r| (r.number(), or_empty(&r.name), or_empty(&r.state)))
            }
            Table::Task => self.tasks.get(id).map(|r| (0, or_empty(&r.summary), or_empty(&r.status))),
            Table::Folder => self.folders.get(id).map(|r| (0, or_empty(&r.path), String::new())),
            Table::TestConfig => self.test_configs.get(id).map(|r| (0, or_empty(&r.systemname), String::new())),
            Table::Links => self.links.get(id).map(|r| (0, or_empty(&r.link_definition_name), String::new())),
            _ => None,
        }
    }
}

/// The whole emulated server.
#[derive(Debug)]
pub(crate) struct World {
    pub rng: CookieRng,
    pub sessions: Sessions,
    pub locks: Locks,
    pub ids: IdAllocator,
    pub users: RecordTable<CUser>,
    pub auth: Tracked<HashMap<i64, Auth>>,
    pub projects: Vec<Project>,
    pub server: ServerInfo,
}

/// The "Last, First" display name of a user.
pub(crate) fn display_name(u: &CUser) -> String {
    let last = u.lastname.as_deref().unwrap_or("").trim();
    let first = u.firstname.as_deref().unwrap_or("").trim();
    match (last.is_empty(), first.is_empty()) {
        (false, false) => format!("{last}, {first}"),
        (false, true) => last.to_string(),
        _ => first.to_string(),
    }
}

impl World {
    /// The user whose display name is `name` (users and customers), ignoring case.
    pub fn user_by_display(&self, name: &str) -> Option<&CUser> {
        let n = name.trim();
        self.users.iter().find(|u| display_name(u).eq_ignore_ascii_case(n))
    }

    /// A user (not a customer) by login name, ignoring case.
    pub fn user_by_login(&self, login: &str) -> Option<&CUser> {
        let l = login.trim();
        self.users.iter().find(|u| {
            !u.iscustomer.unwrap_or(false) && u.loginname.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(l))
        })
    }

    /// Index of a project by name, ignoring case.
    pub fn project_index(&self, name: &str) -> Option<usize> {
        self.projects.iter().position(|p| p.name.eq_ignore_ascii_case(name.trim()))
    }
}

macro_rules! keyed {
    ($t:ty, $num:ident) => {
        impl Keyed for $t {
            fn record_id(&self) -> i64 {
                self.recordid
            }
            fn number(&self) -> i64 {
                self.$num.unwrap_or(0)
            }
        }
    };
    ($t:ty) => {
        impl Keyed for $t {
            fn record_id(&self) -> i64 {
                self.recordid
            }
        }
    };
}

keyed!(CDefect, defectnumber);
keyed!(CTestCase, testcasenumber);
keyed!(CTestRun, testrunnumber);
keyed!(CRequirement, number);
keyed!(CRequirementDocument, number);
keyed!(CTask);
keyed!(CUser);
keyed!(CFolder);
keyed!(CSystem);
keyed!(CLink);
