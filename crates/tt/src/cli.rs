//! The command line model (clap): global connection and output options, and the commands.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use tt_records::RecordKey;

use crate::output::Format;

/// The long help after the options: connection, records, workflow rules, output shapes and
/// exit codes.
const AFTER_HELP: &str = concat!(
    "\
Connection: flags, else TT_URL / TT_PROJECT / TT_USER, else a profile of the config file
($TT_CONFIG or ~/.config/tt/config.toml; --profile NAME or TT_PROFILE). The password comes from
TT_PASSWORD, --password-file, --password-command (a secret store's command line, run by the
shell; its first line of output) or the profile's password_file / password_command, or a
prompt on a terminal; never from the command line. TLS and proxy: --ca-bundle,
--proxy/--no-proxy, --insecure (or the profile's ca_bundle, proxy, insecure). Trusted
certificate authorities: the built-in Mozilla set, the system's store (or SSL_CERT_FILE /
SSL_CERT_DIR when set) and --ca-bundle.

Network: --timeout SECS (default 60) bounds each call, --connect-timeout SECS (default 10) the
connecting, --retries N (default 2) the repeats of a call that failed for a passing reason
(connection refused, HTTP 503, session busy, too many SOAP users; HTTP 502/504 and lost
connections for reads only; a call that changes data and may have reached the server is never
repeated), all within 30 s. Also TT_TIMEOUT, TT_CONNECT_TIMEOUT, TT_RETRIES, or the profile's
timeout, connect_timeout, retries.

Records: NUMBER is the number users see (Defect 42); id:1001 addresses a record id. Tables
without numbers (Task, Test Config) are addressed by record id (id:N). Fields take display names
(\"Found By\") or XML names (foundby); custom fields their name.

Queries (--query, Helix ALM 2017+): {\"Priority\": \"High\"}, a date range
{\"Date Entered\": {\"<from>\": \"2024-01-01\", \"<through>\": \"2024-06-30\"}}.

Workflow rules: the SOAP API does not say which events each state allows. Give them with
--workflow FILE (or TT_WORKFLOW, or the profile's workflow) as JSON
{\"Defect\": {\"Fix\": [\"Open\", \"Assigned\"], \"Comment\": [], ...}} to have disallowed events
refused up front with the exact list of allowed ones; otherwise the server decides. A table's
rules name every event of the table ([] = any state); unknown tables, events and missing events
are refused (exit 2).

",
    include_str!("help-output.txt"),
    "
",
    include_str!("help-exit-codes.txt"),
    "
Errors go to stderr in one line, with TestTrack's detail code when there is one."
);

/// `tt`: TestTrack / Helix ALM from the command line.
#[derive(Debug, Parser)]
#[command(name = "tt", version, about = "TestTrack / Helix ALM from the command line", after_long_help = AFTER_HELP, after_help = AFTER_HELP)]
pub struct Cli {
    /// Server URL (base, CGI or WSDL URL)
    #[arg(long, global = true, value_name = "URL", env = "TT_URL", hide_env_values = true)]
    pub url: Option<String>,
    /// Project name
    #[arg(long, global = true, value_name = "NAME", env = "TT_PROJECT", hide_env_values = true)]
    pub project: Option<String>,
    /// User name
    #[arg(long, global = true, value_name = "NAME", env = "TT_USER", hide_env_values = true)]
    pub user: Option<String>,
    /// File whose first line is the password (TT_PASSWORD takes precedence)
    #[arg(long, global = true, value_name = "FILE", conflicts_with = "password_command")]
    pub password_file: Option<PathBuf>,
    /// Command whose first line of output is the password, e.g. a secret store's
    /// `secret-tool lookup service testtrack` (TT_PASSWORD takes precedence)
    #[arg(long, global = true, value_name = "COMMAND", env = "TT_PASSWORD_COMMAND", hide_env_values = true)]
    pub password_command: Option<String>,
    /// Profile of the config file
    #[arg(long, global = true, value_name = "NAME", env = "TT_PROFILE", hide_env_values = true)]
    pub profile: Option<String>,
    /// Config file [default: ~/.config/tt/config.toml]
    #[arg(long, global = true, value_name = "FILE", env = "TT_CONFIG", hide_env_values = true)]
    pub config: Option<PathBuf>,
    /// Workflow state rules, JSON {"Table": {"Event": ["State", ..]}}
    #[arg(long, global = true, value_name = "FILE", env = "TT_WORKFLOW", hide_env_values = true)]
    pub workflow: Option<PathBuf>,
    /// PEM file of certificate authorities to trust besides the system's
    #[arg(long, global = true, value_name = "FILE", env = "TT_CA_BUNDLE", hide_env_values = true)]
    pub ca_bundle: Option<PathBuf>,
    /// HTTP proxy URL (default: from https_proxy / http_proxy / ALL_PROXY)
    #[arg(
        long,
        global = true,
        value_name = "URL",
        env = "TT_PROXY",
        hide_env_values = true,
        conflicts_with = "no_proxy"
    )]
    pub proxy: Option<String>,
    /// Connect directly, whatever the proxy environment says
    #[arg(long, global = true)]
    pub no_proxy: bool,
    /// Do NOT check the server's TLS certificate (testing only; warns on every run)
    #[arg(long, global = true)]
    pub insecure: bool,
    /// Seconds allowed for each call, connecting included [default: 60]
    #[arg(
        long,
        global = true,
        value_name = "SECS",
        env = "TT_TIMEOUT",
        hide_env_values = true,
        value_parser = clap::value_parser!(u64).range(1..=86_400),
    )]
    pub timeout: Option<u64>,
    /// Seconds allowed for connecting (DNS, TCP, TLS, proxy) [default: 10]
    #[arg(
        long,
        global = true,
        value_name = "SECS",
        env = "TT_CONNECT_TIMEOUT",
        hide_env_values = true,
        value_parser = clap::value_parser!(u64).range(1..=3_600),
    )]
    pub connect_timeout: Option<u64>,
    /// Repeats of a call that failed for a passing reason (0 = none) [default: 2]
    #[arg(
        long,
        global = true,
        value_name = "N",
        env = "TT_RETRIES",
        hide_env_values = true,
        value_parser = clap::value_parser!(u32).range(0..=20),
    )]
    pub retries: Option<u32>,
    /// Output format
    #[arg(long, global = true, value_enum, default_value = "table")]
    pub format: Format,
    /// More output on stderr: -v calls, -vv the SOAP exchanges (passwords and cookies masked)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the projects the user may open
    Projects,
    /// List the tables of the project
    Tables,
    /// List the columns of a table (for `list --columns` and queries)
    Columns {
        /// Table name ("Defect", "Test Case", ...)
        table: String,
    },
    /// List saved filters (of one table, or all)
    Filters {
        /// Table name
        table: Option<String>,
    },
    /// List the fields of a record table with their types (for `edit --set`)
    Fields {
        /// Table name
        table: String,
    },
    /// List the workflow events of a table with their resulting states and fields
    Events {
        /// Table name
        table: String,
    },
    /// List records
    List {
        /// Table name
        table: String,
        /// Saved filter
        #[arg(long, value_name = "NAME")]
        filter: Option<String>,
        /// Columns, comma-separated
        #[arg(long, value_name = "A,B", value_delimiter = ',')]
        columns: Vec<String>,
        // The help is an attribute: rustdoc would read `<from>` as HTML.
        #[arg(
            long,
            value_name = "JSON",
            help = r#"JSON query, e.g. '{"Priority": "High"}' or '{"Date Entered": {"<from>": "2024-01-01", "<through>": "2024-06-30"}}' (Helix ALM 2017+)"#
        )]
        query: Option<String>,
        /// Records per request for large lists
        #[arg(long, default_value_t = 500, value_name = "N")]
        page_size: usize,
    },
    /// Show one record: fields, events, attachments
    Show {
        /// Table name
        table: String,
        /// Number (42) or record id (id:1001)
        record: RecordKey,
    },
    /// Change fields of records under an edit lock
    Edit {
        /// Table name
        table: String,
        /// Number(s), comma-separated (42 or 41,42 or id:1001)
        records: Keys,
        /// FIELD=VALUE (repeatable)
        #[arg(long = "set", value_name = "FIELD=VALUE", required = true)]
        set: Vec<String>,
        /// Report records locked by someone else and go on (exit 0)
        #[arg(long)]
        skip_locked: bool,
    },
    /// Apply a workflow event (Fix, Verify, ...) to records
    Event(EventArgs),
    /// Attach a file to a record (a defect's first found-by report)
    Attach {
        /// Table name
        table: String,
        /// Number or id:RECORDID
        record: RecordKey,
        /// The file
        file: PathBuf,
        /// Name to store it under (default: the file's name)
        #[arg(long)]
        name: Option<String>,
    },
    /// Download an attachment of a record
    Download {
        /// Table name
        table: String,
        /// Number or id:RECORDID
        record: RecordKey,
        /// File or archive name of the attachment
        name: String,
        /// Where to write it (default: standard output)
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Add a record
    Add {
        /// Table name
        table: String,
        /// FIELD=VALUE (repeatable)
        #[arg(long = "set", value_name = "FIELD=VALUE")]
        set: Vec<String>,
    },
    /// Test results from CI (`tt results upload FILE... --run-set NAME`)
    #[command(subcommand)]
    Results(crate::cli_results::ResultsCommand),
    /// Generate test runs from a test case into a test run set
    GenerateRuns {
        /// Test case number or id:RECORDID
        test_case: RecordKey,
        /// Test run set, e.g. "Build 1234"
        #[arg(long, value_name = "NAME")]
        run_set: String,
    },
    /// Link two records with a link definition (nothing changes when the link exists)
    Link(crate::cli_results::LinkArgs),
    /// Delete a record
    Delete {
        /// Table name
        table: String,
        /// Number or id:RECORDID
        record: RecordKey,
        /// Also delete a test case's runs, or a requirement document's requirements
        #[arg(long)]
        with_children: bool,
    },
    /// The server's version, the bindings' WSDL, and what an older server lacks
    Server,
    /// The server's WSDL
    #[command(subcommand)]
    Wsdl(WsdlCommand),
    /// Run the TestTrack emulator in the foreground (prints its URL, then the demo logins;
    /// Ctrl-C stops it)
    ///
    /// The same options as the `tt-emulator` binary (whose `--profile` is `--server-profile`
    /// here, as `--profile` names the config profile).
    Emulator(EmulatorArgs),
    /// Walk through a session against an embedded emulator
    Demo,
    /// Print shell completions
    Completions {
        /// Shell
        shell: clap_complete::Shell,
    },
    /// Take test runs of a run set as jobs and run COMMAND for each (job JSON on stdin, TT_*
    /// variables; exit 0 = Pass, other = Fail; output attached)
    Worker(WorkerArgs),
    /// List the test runs of a run set as jobs, with their state and claimant
    Jobs(QueueArgs),
}

/// `tt event`'s arguments.
#[derive(Debug, clap::Args)]
pub struct EventArgs {
    /// Table name
    pub table: String,
    /// Number(s), comma-separated (42 or 41,42 or id:1001)
    pub records: Keys,
    /// Event name
    pub event: String,
    /// An event field, K=V (repeatable)
    #[arg(long = "field", value_name = "K=V")]
    pub fields: Vec<String>,
    /// Notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// Resulting state, when the event can lead to several
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
    /// Hours spent
    #[arg(long, value_name = "H")]
    pub hours: Option<f64>,
    /// Assign to this user ("Last, First"; repeatable)
    #[arg(long, value_name = "USER")]
    pub assign: Vec<String>,
    /// Report records locked by someone else and go on (exit 0)
    #[arg(long)]
    pub skip_locked: bool,
}

/// `tt wsdl ...`.
#[derive(Debug, Subcommand)]
pub enum WsdlCommand {
    /// Download the server's WSDL and everything it imports into DIR, with a lock file
    /// (wsdl.lock.json) of URLs and SHA-256s; uses tt's URL, TLS and proxy settings
    Fetch {
        /// Folder to write to
        #[arg(short = 'o', long = "out", value_name = "DIR")]
        out: PathBuf,
    },
}

/// `tt emulator`'s arguments.
#[derive(Debug, clap::Args)]
pub struct EmulatorArgs {
    /// Address to listen on (port 0: a free port)
    #[arg(long, default_value = "127.0.0.1:0")]
    pub listen: std::net::SocketAddr,
    /// Seed file (JSON; default: the built-in demo seed)
    #[arg(long)]
    pub seed: Option<PathBuf>,
    /// Server version to behave as
    #[arg(long = "server-profile", value_enum, default_value = "2017")]
    pub server_profile: EmulatorProfile,
    /// Fixed seed for session cookies (reproducible runs; predictable cookies)
    #[arg(long)]
    pub rng_seed: Option<u64>,
    /// Maximum number of concurrent SOAP sessions
    #[arg(long, default_value_t = 32)]
    pub max_sessions: usize,
    /// Keep the world in this SQLite file: every acknowledged change is on disk, and a restart
    /// with the same file continues where it stopped (an existing file is used as it is; the
    /// seed is read only to create a new one)
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

/// The emulator's server version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EmulatorProfile {
    /// TestTrack 2013: no getTTVersionInfo, the 2013 WSDL.
    #[value(name = "2013")]
    V2013,
    /// Helix ALM 2017.
    #[value(name = "2017")]
    V2017,
}

/// Comma-separated record keys.
#[derive(Debug, Clone)]
pub struct Keys(pub Vec<RecordKey>);

impl std::str::FromStr for Keys {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let keys = s.split(',').filter(|p| !p.trim().is_empty()).map(str::parse).collect::<Result<Vec<_>, _>>()?;
        if keys.is_empty() {
            return Err("give at least one record number".into());
        }
        Ok(Keys(keys))
    }
}

/// Where jobs are: the run set and the fields that hold job type and platform.
#[derive(Debug, clap::Args)]
pub struct QueueArgs {
    /// The test run set whose runs are the jobs
    #[arg(long, value_name = "NAME")]
    pub run_set: String,
    /// The test-run field holding the job type
    #[arg(long, default_value = "Type", value_name = "FIELD")]
    pub job_type_field: String,
    /// The test-run field holding the platform ('' = jobs have no platform)
    #[arg(long, default_value = "Platform", value_name = "FIELD")]
    pub platform_field: String,
    /// Workflow names, JSON {"not_run_state", "pass", "fail", "block", "failed_to_run", "claim", ...}
    /// (default: TestTrack's test-run workflow)
    #[arg(long, value_name = "FILE")]
    pub events: Option<PathBuf>,
}

/// `tt worker`'s arguments.
#[derive(Debug, clap::Args)]
pub struct WorkerArgs {
    /// Where the jobs are.
    #[command(flatten)]
    pub queue: QueueArgs,
    /// Job types to take, comma-separated (default: any)
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub jobtypes: Vec<String>,
    /// This machine's platform [default: os-arch, e.g. linux-x86_64]
    #[arg(long, value_name = "P")]
    pub platform: Option<String>,
    /// The worker's name in its claims [default: host-pid]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Jobs run at once (one session each)
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub concurrency: usize,
    /// Seconds a claim holds without renewal
    #[arg(long, default_value_t = 600, value_name = "SECS")]
    pub lease: u64,
    /// Seconds between looks at the queue when there is nothing to take
    #[arg(long, default_value_t = 5.0, value_name = "SECS")]
    pub poll: f64,
    /// Seconds a job's command may run (then killed; reported failed to run)
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<u64>,
    /// Stop once no job this worker could take is waiting
    #[arg(long)]
    pub exit_when_done: bool,
    /// Output kept per stream and job, in bytes (the tail)
    #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
    pub max_output: usize,
    /// Serve GET /status (JSON) on this address
    #[arg(long, value_name = "ADDR")]
    pub status_addr: Option<std::net::SocketAddr>,
    /// The command to run per job, after --
    #[arg(last = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}
