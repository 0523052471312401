//! The mapping file (TOML) of an upload: where sites differ from the defaults.
//!
//! ```toml
//! folder = "/Public/CI"          # base folder; default /Public/CI
//! key_field = "Automation Id"    # test case field holding the key; default Summary
//! attach_output = true           # system-out/system-err as attachments; default true
//!
//! [events]                       # outcome -> Test Run workflow event ("" = none)
//! passed = "Pass"
//! failed = "Fail"
//! error = "Fail"
//! skipped = "Block"              # default: none (the run stays Not Run)
//!
//! [fields]                       # event field = source (see FIELD_SOURCES)
//! "Run Time" = "duration"
//! "Agent" = "hostname"
//! "Commit" = "property:git.commit"
//!
//! [links]
//! definition = "Tested By"       # link definition; without it nothing is linked
//! pattern = '\[([A-Z]+-\d+)\]'   # keys in names and property values
//! prefixes = { FS = "Requirement" }
//! tests = { "com.example.LoginTest.rejectsBadPassword" = ["REQ-12", "DR-3"] }
//!
//! [defects]                      # file or update a defect per failed test (off without it)
//! link_definition = "Peer"       # defect -> test case and runs; required
//! key_field = "Automation Id"    # Defect field holding the test key too; default none
//! update_event = "Comment"       # on an open defect when the test fails again
//! closed_states = ["Closed", "Closed (Verified)"]  # default: states starting with Closed
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::defects::DefectConfig;
use super::keys::LinkConfig;
use super::outcome::EventMap;

/// A parsed mapping file; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UploadMap {
    /// Base folder for the test cases created.
    pub folder: Option<String>,
    /// The test case field that holds the key (default `Summary`).
    pub key_field: Option<String>,
    /// Whether `system-out`/`system-err` become attachments (default true).
    pub attach_output: Option<bool>,
    /// Outcome events.
    pub events: EventMap,
    /// Custom fields of the outcome events, filled from the result: field name -> source
    /// ([`super::FIELD_SOURCES`]). Everything is in the notes as well.
    pub fields: BTreeMap<String, String>,
    /// Links by key.
    pub links: LinkConfig,
    /// Defects for failed tests; present = on (`tt results upload --file-defects` turns it on
    /// without a table).
    pub defects: Option<DefectConfig>,
}

impl UploadMap {
    /// Parses TOML; an error names the line and the key.
    pub fn from_toml(text: &str) -> Result<UploadMap, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }
}
