//! The arguments of `tt results`, `tt link`, `tt delete` and `tt generate-runs`.

use std::path::PathBuf;

use clap::Subcommand;
use tt_records::RecordKey;

/// `tt results ...`.
#[derive(Debug, Subcommand)]
pub enum ResultsCommand {
    /// Upload JUnit XML reports as test runs in one test run set
    // The long help is an attribute: rustdoc would read `<suite>` as HTML.
    #[command(long_about = "Upload JUnit XML reports as test runs in one test run set.\n\n\
        Each test case (classname + name) is a Test Case found by key (its Summary, or \
        --key-field) or created under FOLDER/<suite>/<package>/<class>; each result a Test Run \
        generated in the run set, its outcome a workflow event (Pass, Fail; --map to change) \
        with the failure in the notes and system-out/err attached; with --file-defects a failing \
        test gets one defect, updated when it fails again. Uploading the same reports \
        again changes nothing; an interrupted upload run again does the rest.")]
    Upload(UploadArgs),
}

/// `tt results upload`'s arguments.
#[derive(Debug, clap::Args)]
pub struct UploadArgs {
    /// JUnit XML reports (Surefire, pytest, jest-junit, gotestsum, cargo-nextest, xUnit.net, ...)
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Test run set to upload into, e.g. "Build 1234"
    #[arg(long, value_name = "NAME")]
    pub run_set: String,
    /// Base folder for new test cases [default: /Public/CI, or the map's]
    #[arg(long, value_name = "PATH")]
    pub folder: Option<PathBuf>,
    #[arg(long, value_name = "FILE", help = "Mapping file (TOML): folder, key_field, [events], [links]")]
    pub map: Option<PathBuf>,
    /// Test case field holding the key [default: Summary]
    #[arg(long, value_name = "FIELD")]
    pub key_field: Option<String>,
    #[arg(
        long,
        value_name = "REGEX",
        help = r"Regular expression for item keys in test names and properties; group 1 is the key [default: \[([A-Z]+-\d+)\]]"
    )]
    pub link_pattern: Option<String>,
    /// Link definition for keys found ("Tested By"); without one nothing is linked
    #[arg(long, value_name = "NAME")]
    pub link_definition: Option<String>,
    /// Key mapping file (CSV): a test (classname.name, or its name), then its keys
    #[arg(long, value_name = "FILE")]
    pub link_map: Option<PathBuf>,
    /// Table of keys that are a bare number (a --link-pattern such as '#(\d+)')
    #[arg(long, value_name = "TABLE")]
    pub link_table: Option<String>,
    /// File a defect for each failed test, or update the open one filed before
    #[arg(long)]
    pub file_defects: bool,
    /// Link definition from a defect to its test case and runs (needed by --file-defects)
    #[arg(long, value_name = "NAME")]
    pub defect_link: Option<String>,
    /// Defect field that also holds the test key (finds a defect whose links were cut off)
    #[arg(long, value_name = "FIELD")]
    pub defect_key_field: Option<String>,
    /// Sessions working at once (each is a logon)
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub sessions: usize,
    /// Show what would be created and changed; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The summary as JSON (same as --format json)
    #[arg(long)]
    pub json: bool,
}

/// `tt link`'s arguments.
#[derive(Debug, clap::Args)]
pub struct LinkArgs {
    /// Link definition ("Tested By", "Parent/Child", ...)
    pub definition: String,
    /// Parent's table
    pub parent_table: String,
    /// Parent's number or id:RECORDID
    pub parent: RecordKey,
    /// Child's table
    pub child_table: String,
    /// Child's number or id:RECORDID
    pub child: RecordKey,
}
