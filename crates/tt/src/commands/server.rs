//! `tt server`: the server's version, the bindings' WSDL, and, for a server older than the
//! bindings, the operations and fields it lacks (from the generator's diff of the two WSDLs,
//! checked in as `upgrade-2013-2017.json` and kept current by a test).

use std::io::Write;

use serde::{Deserialize, Serialize};
use tt_records::Tracker;
use ttsoap::ServerVersion;

use crate::output::{self, Format};

/// `ttsoap-codegen diff wsdl/ttsoapcgi-2013.wsdl wsdl/ttsoapcgi.wsdl --format json`.
pub const UPGRADE_2013_2017: &str = include_str!("../upgrade-2013-2017.json");

/// The part of the diff report tt reads.
#[derive(Debug, Deserialize)]
pub struct Diff {
    /// The old WSDL's file name.
    pub old: String,
    /// The new WSDL's file name.
    pub new: String,
    /// Every change.
    pub changes: Vec<Change>,
}

/// One change of the diff report.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Change {
    /// `operation_added`, `field_added`, ...
    pub kind: String,
    /// What changed (`getTTVersionInfo`, `CDefect.dateentered`).
    pub subject: String,
    /// The change in words.
    pub detail: String,
    /// Bindings of one version talking to a server of the other fail or lose data.
    #[serde(skip_serializing)]
    pub breaks_wire: bool,
}

/// The embedded diff.
pub fn upgrade_diff() -> anyhow::Result<Diff> {
    Ok(serde_json::from_str(UPGRADE_2013_2017)?)
}

/// What a pre-2017 server lacks that 2017 bindings use: operations and message parts, types
/// and fields only the 2017 WSDL has, and other changes that break the wire.
pub fn missing_on_old_server(d: &Diff) -> Vec<Change> {
    const ADDED: [&str; 4] = ["operation_added", "part_added", "field_added", "type_added"];
    d.changes.iter().filter(|c| c.breaks_wire || ADDED.contains(&c.kind.as_str())).cloned().collect()
}

#[derive(Serialize)]
struct ServerOut {
    /// "known" (getTTVersionInfo answered) or "pre-2017".
    version: &'static str,
    server: Option<String>,
    cgi: Option<String>,
}

#[derive(Serialize)]
struct BindingsOut {
    name: &'static str,
    sha256: &'static str,
    label: &'static str,
    operations: usize,
}

#[derive(Serialize)]
struct Report {
    server: ServerOut,
    bindings: BindingsOut,
    /// Empty unless the server is older than the bindings.
    missing_on_server: Vec<Change>,
}

/// `tt server`.
pub fn run(out: &mut impl Write, format: Format, t: &Tracker) -> anyhow::Result<()> {
    let version = t.session().runtime().server_version()?;
    let w = &testtrack::WSDL;
    let bindings = BindingsOut { name: w.name, sha256: w.sha256, label: w.label, operations: w.operations };
    let diff = upgrade_diff()?;
    let (server, missing) = match version {
        ServerVersion::Known { server, cgi } => {
            (ServerOut { version: "known", server: Some(server), cgi: Some(cgi) }, Vec::new())
        }
        ServerVersion::Pre2017 => {
            // The list applies when the bindings are the diff's newer WSDL.
            let missing = if w.name == diff.new { missing_on_old_server(&diff) } else { Vec::new() };
            (ServerOut { version: "pre-2017", server: None, cgi: None }, missing)
        }
    };
    let report = Report { server, bindings, missing_on_server: missing };
    match format {
        Format::Json => output::json(out, &report)?,
        Format::Table | Format::Csv => {
            let s = &report.server;
            let server_line = match (&s.server, &s.cgi) {
                (Some(v), Some(c)) => format!("{v} (CGI {c})"),
                _ => "older than Helix ALM 2017 (no getTTVersionInfo)".to_string(),
            };
            let b = &report.bindings;
            let mut rows = vec![
                vec!["server".to_string(), "version".to_string(), server_line],
                vec![
                    "bindings".into(),
                    "wsdl".into(),
                    format!("{} ({}, {} operations)", b.name, b.label, b.operations),
                ],
                vec!["bindings".into(), "sha256".into(), b.sha256.to_string()],
            ];
            for c in &report.missing_on_server {
                rows.push(vec!["missing on server".into(), c.subject.clone(), format!("{}: {}", c.kind, c.detail)]);
            }
            output::rows(out, format, &["What".into(), "Name".into(), "Value".into()], &rows)?;
            if format == Format::Table && !report.missing_on_server.is_empty() {
                writeln!(
                    out,
                    "\nThe server predates the bindings ({} -> {}): the calls above fail or lose data on it.",
                    diff.old, diff.new
                )?;
            }
        }
    }
    Ok(())
}
