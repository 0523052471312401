//! The seed: the emulator's starting data, as JSON.
//!
//! ```json
//! {
//!   "server": { "server_version": "2017.1.0", "cgi_version": "2017.1.0" },
//!   "users": [
//!     { "first_name": "Ada", "last_name": "Lovelace", "login": "ada", "password": "secret",
//!       "soap_access": true, "customer": false, "active": true, "license_admin": false,
//!       "security_group": "Administrators", "email": "ada@example.com", "company": "",
//!       "projects": ["Demo"] }
//!   ],
//!   "projects": [
//!     { "name": "Demo",
//!       "options": ["TestTrack Pro", "TestTrack TCM", "TestTrack RM"],
//!       "dropdowns": { "Defect": { "Type": ["Bug", "Feature Request"], "Priority": ["Low", "High"] } },
//!       "custom_fields": { "Defect": [ { "name": "Severity Level", "type": "dropdown", "values": ["Low", "High"] } ] },
//!       "workflows": { "Defect": { "initial_state": "Open", "states": ["Open", "Fixed", "Closed"],
//!                                  "events": [ { "name": "Fix", "from": ["Open"], "to": ["Fixed"] } ] } },
//!       "filters": [ { "name": "Open defects", "table": "Defect", "query": { "Status": "Open" } } ],
//!       "link_definitions": ["Parent/Child", "Peer"],
//!       "folder_types": ["Release", "Sprint"],
//!       "folders": [ { "path": "/Public/To Review", "items": [ { "table": "Defect", "number": 1 } ] } ],
//!       "records": [
//!         { "table": "Defect", "number": 1,
//!           "fields": { "Summary": "Crash on save", "Type": "Bug", "Date Entered": "2017-05-26",
//!                       "Entered By": "Lovelace, Ada" },
//!           "custom": { "Severity Level": "High" },
//!           "events": [ { "name": "Assign", "user": "Lovelace, Ada", "date": "2017-05-27T09:00:00",
//!                         "assign_to": ["Lovelace, Ada"] } ],
//!           "attachments": [ { "file_name": "log.txt", "text": "boom" } ] }
//!       ],
//!       "links": [ { "definition": "Peer", "parent": { "table": "Defect", "number": 1 },
//!                    "children": [ { "table": "Test Case", "number": 1 } ] } ]
//!     }
//!   ]
//! }
//! ```
//!
//! - `users` are shared by all projects (they are also the `User` and, with `customer`, the
//!   `Customer` table). `projects` limits which projects a user may log on to (absent: all).
//!   `soap_access` is the "Allow Login Via SOAP" right; `license_admin` grants the License
//!   Server calls (getGlobalUserList, getGlobalCustomerList).
//! - Each project has its own dropdowns, custom fields (per table), workflows (per table),
//!   saved filters (a query in the JSON grammar of the emulator's `query` module, as a JSON object or a
//!   string), link definitions, folder types, folders and records.
//! - A record's `fields` are keyed by column name (as `getColumnsForTable` lists them; `Status`
//!   is not settable: states come from the workflow and the record's `events`, which are
//!   applied in order like events appended on save). `custom` holds custom-field values.
//!   Dates are ISO (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` for date-times); multi-select
//!   values are arrays. Attachments carry `text` or `base64` content; on defects they go to the
//!   first found-by report.
//! - Records without a `number` are numbered in order. Folder items and links refer to records
//!   by table and number (or `summary` for tables without numbers).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::fields::FieldDef;
use crate::workflow::Workflow;

/// The built-in demo seed (`seeds/demo.json`), used when no seed is given.
pub const DEMO_SEED_JSON: &str = include_str!("../seeds/demo.json");

fn yes() -> bool {
    true
}

fn default_options() -> Vec<String> {
    vec!["TestTrack Pro".into(), "TestTrack TCM".into(), "TestTrack RM".into()]
}

/// The whole seed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    /// Version strings reported by `getTTVersionInfo`.
    #[serde(default)]
    pub server: ServerInfo,
    /// Users and customers (all projects).
    #[serde(default)]
    pub users: Vec<SeedUser>,
    /// Projects.
    #[serde(default)]
    pub projects: Vec<SeedProject>,
}

/// Server version strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerInfo {
    /// `CTTVersionInfo.serverVersion`.
    #[serde(default = "default_version")]
    pub server_version: String,
    /// `CTTVersionInfo.cgiVersion`.
    #[serde(default = "default_version")]
    pub cgi_version: String,
}

fn default_version() -> String {
    "2017.1.0 (tt-emulator)".into()
}

impl Default for ServerInfo {
    fn default() -> Self {
        ServerInfo { server_version: default_version(), cgi_version: default_version() }
    }
}

/// A user or customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedUser {
    /// First name.
    pub first_name: String,
    /// Middle initials.
    #[serde(default)]
    pub middle_initials: String,
    /// Last name.
    pub last_name: String,
    /// Login name (customers usually have none).
    #[serde(default)]
    pub login: Option<String>,
    /// Password.
    #[serde(default)]
    pub password: String,
    /// The "Allow Login Via SOAP" right.
    #[serde(default = "yes")]
    pub soap_access: bool,
    /// A customer rather than a user.
    #[serde(default)]
    pub customer: bool,
    /// Active (inactive users cannot log on: fault 108).
    #[serde(default = "yes")]
    pub active: bool,
    /// License Server rights (global user lists).
    #[serde(default)]
    pub license_admin: bool,
    /// Security group.
    #[serde(default)]
    pub security_group: String,
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Company.
    #[serde(default)]
    pub company: String,
    /// Projects the user may log on to (absent: all).
    #[serde(default)]
    pub projects: Option<Vec<String>>,
}

/// A saved filter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedFilter {
    /// Name.
    pub name: String,
    /// Table it applies to.
    pub table: String,
    /// The query: a JSON object, or a string in the lenient grammar.
    pub query: serde_json::Value,
}

/// A reference to a record: table plus number, or plus summary/name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedRef {
    /// Table name.
    pub table: String,
    /// Record number.
    #[serde(default)]
    pub number: Option<i64>,
    /// Summary or name, for tables without numbers.
    #[serde(default)]
    pub summary: Option<String>,
}

/// A folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedFolder {
    /// Full path, e.g. `/Public/Release 1/Sprint 2` (parents are created as needed).
    pub path: String,
    /// Description.
    #[serde(default)]
    pub description: String,
    /// Folder type name.
    #[serde(default)]
    pub folder_type: String,
    /// Items in the folder.
    #[serde(default)]
    pub items: Vec<SeedRef>,
}

/// A link between records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedLink {
    /// Link definition name.
    pub definition: String,
    /// Comment.
    #[serde(default)]
    pub comment: String,
    /// Parent item.
    pub parent: SeedRef,
    /// Child items.
    #[serde(default)]
    pub children: Vec<SeedRef>,
}

/// A workflow event in a seed record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedEvent {
    /// Event name.
    pub name: String,
    /// User ("Last, First"); default: the record's creator.
    #[serde(default)]
    pub user: Option<String>,
    /// ISO date-time; default: the emulator's start time.
    #[serde(default)]
    pub date: Option<String>,
    /// Notes.
    #[serde(default)]
    pub notes: String,
    /// Requested resulting state.
    #[serde(default)]
    pub resulting_state: Option<String>,
    /// Users to assign ("Last, First").
    #[serde(default)]
    pub assign_to: Vec<String>,
    /// Hours.
    #[serde(default)]
    pub hours: Option<f64>,
    /// Event custom fields by name.
    #[serde(default)]
    pub fields: BTreeMap<String, serde_json::Value>,
}

/// An attachment in a seed record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedAttachment {
    /// File name.
    pub file_name: String,
    /// Text content.
    #[serde(default)]
    pub text: Option<String>,
    /// Base64 content.
    #[serde(default)]
    pub base64: Option<String>,
}

/// A starting record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedRecord {
    /// Table name.
    pub table: String,
    /// Number (numbered tables); default: the next free one.
    #[serde(default)]
    pub number: Option<i64>,
    /// Standard fields by column name.
    #[serde(default)]
    pub fields: BTreeMap<String, serde_json::Value>,
    /// Custom fields by name.
    #[serde(default)]
    pub custom: BTreeMap<String, serde_json::Value>,
    /// Workflow events, applied in order.
    #[serde(default)]
    pub events: Vec<SeedEvent>,
    /// Attachments.
    #[serde(default)]
    pub attachments: Vec<SeedAttachment>,
}

/// A project and its data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedProject {
    /// Project name (`CDatabase.name`).
    pub name: String,
    /// Project data options (`CProjectDataOption.name`).
    #[serde(default = "default_options")]
    pub options: Vec<String>,
    /// Standard dropdown lists: table → field → values.
    #[serde(default)]
    pub dropdowns: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Custom fields: table → definitions.
    #[serde(default)]
    pub custom_fields: BTreeMap<String, Vec<FieldDef>>,
    /// Workflows: table → workflow.
    #[serde(default)]
    pub workflows: BTreeMap<String, Workflow>,
    /// Saved filters.
    #[serde(default)]
    pub filters: Vec<SeedFilter>,
    /// Link definition names.
    #[serde(default)]
    pub link_definitions: Vec<String>,
    /// Folder type names.
    #[serde(default)]
    pub folder_types: Vec<String>,
    /// Requirement types (`changeRequirementType`, the Requirement `Type` dropdown).
    #[serde(default)]
    pub requirement_types: Vec<String>,
    /// Folders.
    #[serde(default)]
    pub folders: Vec<SeedFolder>,
    /// Records.
    #[serde(default)]
    pub records: Vec<SeedRecord>,
    /// Links.
    #[serde(default)]
    pub links: Vec<SeedLink>,
}

impl Seed {
    /// Parses seed JSON.
    pub fn from_json(text: &str) -> Result<Seed, String> {
        serde_json::from_str(text).map_err(|e| format!("invalid seed: {e}"))
    }

    /// Reads a seed file.
    pub fn from_file(path: &std::path::Path) -> Result<Seed, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Seed::from_json(&text)
    }

    /// The built-in demo seed.
    pub fn demo() -> Seed {
        // The demo seed is checked by a unit test; an error here is a build defect.
        Seed::from_json(DEMO_SEED_JSON).unwrap_or_else(|_| Seed {
            server: ServerInfo::default(),
            users: vec![],
            projects: vec![],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_seed_parses() {
        let s = Seed::from_json(DEMO_SEED_JSON).unwrap();
        assert!(!s.users.is_empty());
        assert!(!s.projects.is_empty());
        assert_eq!(Seed::demo(), s);
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(Seed::from_json(r#"{"users": [], "projcts": []}"#).unwrap_err().contains("projcts"));
        let s = Seed::from_json(r#"{"users":[{"first_name":"A","last_name":"B"}]}"#).unwrap();
        assert!(s.users[0].soap_access && s.users[0].active && !s.users[0].customer);
    }
}
