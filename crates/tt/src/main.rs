//! `tt`: TestTrack / Helix ALM from the command line, on the `tt-records` layer.
//!
//! ```text
//! tt [--url URL] [--project NAME] [--user NAME] [--password-file FILE] [--profile NAME]
//!    [--format table|json|csv] [-v] COMMAND
//! ```
//!
//! Commands: `projects`, `tables`, `columns TABLE`, `filters [TABLE]`, `fields TABLE`,
//! `events TABLE`, `list TABLE [--filter NAME] [--columns a,b] [--query JSON]`,
//! `show TABLE NUMBER`, `edit TABLE NUMBER[,NUMBER...] --set FIELD=VALUE...`,
//! `event TABLE NUMBER[,...] EVENT [--field K=V] [--notes TEXT]`, `attach TABLE NUMBER FILE`,
//! `download TABLE NUMBER NAME`, `add TABLE --set ...`, `emulator [--listen ADDR] [--seed FILE]`,
//! `demo`, `completions SHELL`.
//!
//! Exit codes: 0 ok; 1 other error; 2 usage; 3 authentication refused; 4 server not
//! reachable; 5 not found; 6 record locked by someone else; 7 invalid field, value or event
//! (also a change the server rejects); 130 interrupted. See `tt --help` for the JSON shapes.

mod config;
mod demo;
mod interrupt;
mod output;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{anyhow, Context};
use clap::{CommandFactory, Parser, Subcommand};
use tt_records::{EventInput, RecordKey, StateRules, Tracker, Value};

use crate::config::Usage;
use crate::output::Format;

const AFTER_HELP: &str = "\
Connection: flags, else TT_URL / TT_PROJECT / TT_USER, else a profile of the config file
($TT_CONFIG or ~/.config/tt/config.toml; --profile NAME or TT_PROFILE). The password comes from
TT_PASSWORD, --password-file (or the profile's password_file), or a prompt on a terminal;
never from the command line.

Records: NUMBER is the number users see (Defect 42); id:1001 addresses a record id. Tables
without numbers (Task, Test Config) take record ids. Fields take display names (\"Found By\") or
XML names (foundby); custom fields their name.

Workflow rules: the SOAP API does not say which events each state allows. Give them with
--workflow FILE (or TT_WORKFLOW, or the profile's workflow) as JSON
{\"Defect\": {\"Fix\": [\"Open\", \"Assigned\"], ...}} to have disallowed events refused up front
with the exact list of allowed ones; otherwise the server decides.

Output (--format; default table): JSON shapes are stable:
  projects      [{\"name\", \"options\": [..]}]
  tables, columns, filters   [\"name\", ..]
  list          [{column: value, ..}]       (values as the server formats them)
  show          {\"table\", \"record_id\", \"number\", \"state\", \"fields\": {name: value},
                 \"events\": [{\"name\", \"user\", \"date\", \"notes\", \"resulting_state\", ..}],
                 \"attachments\": [{\"file_name\", \"archive_name\", \"record_id\", ..}]}
  edit, event   [{\"table\", \"record\", \"status\": \"saved\"|\"skipped\", ..}]
  add, attach   {\"table\", \"record_id\", \"number\", ..}

Exit codes:
  0  ok
  1  other error
  2  usage (bad arguments, missing URL/user/password)
  3  authentication refused (wrong user or password, no SOAP right, inactive user, no such project)
  4  server not reachable (connection refused, timeout, HTTP error page)
  5  not found (record, filter, attachment)
  6  record locked by another user (detail 22); --skip-locked reports and goes on
  7  invalid field, value or event, or a change the server rejects
  130 interrupted (Ctrl-C; any edit lock is released first)

Errors go to stderr in one line, with TestTrack's detail code when there is one.";

#[derive(Debug, Parser)]
#[command(name = "tt", version, about = "TestTrack / Helix ALM from the command line", after_help = AFTER_HELP)]
struct Cli {
    /// Server URL (base, CGI or WSDL URL) [env: TT_URL]
    #[arg(long, global = true, value_name = "URL")]
    url: Option<String>,
    /// Project name [env: TT_PROJECT]
    #[arg(long, global = true, value_name = "NAME")]
    project: Option<String>,
    /// User name [env: TT_USER]
    #[arg(long, global = true, value_name = "NAME")]
    user: Option<String>,
    /// File whose first line is the password (TT_PASSWORD takes precedence)
    #[arg(long, global = true, value_name = "FILE")]
    password_file: Option<PathBuf>,
    /// Profile of the config file [env: TT_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    profile: Option<String>,
    /// Config file [env: TT_CONFIG; default ~/.config/tt/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Workflow state rules, JSON {"Table": {"Event": ["State", ..]}} [env: TT_WORKFLOW]
    #[arg(long, global = true, value_name = "FILE")]
    workflow: Option<PathBuf>,
    /// Output format
    #[arg(long, global = true, value_enum, default_value = "table")]
    format: Format,
    /// More output on stderr: -v calls, -vv the SOAP exchanges (passwords and cookies masked)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
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
        /// JSON query, e.g. '{"Priority": "High"}' (Helix ALM 2017+)
        #[arg(long, value_name = "JSON")]
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
    Event {
        /// Table name
        table: String,
        /// Number(s), comma-separated (42 or 41,42 or id:1001)
        records: Keys,
        /// Event name
        event: String,
        /// An event field, K=V (repeatable)
        #[arg(long = "field", value_name = "K=V")]
        fields: Vec<String>,
        /// Notes
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
        /// Resulting state, when the event can lead to several
        #[arg(long, value_name = "STATE")]
        state: Option<String>,
        /// Hours spent
        #[arg(long, value_name = "H")]
        hours: Option<f64>,
        /// Assign to this user ("Last, First"; repeatable)
        #[arg(long, value_name = "USER")]
        assign: Vec<String>,
        /// Report records locked by someone else and go on (exit 0)
        #[arg(long)]
        skip_locked: bool,
    },
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
    /// Run the TestTrack emulator in the foreground (prints its URL; Ctrl-C stops it)
    Emulator {
        /// Address to listen on (port 0: a free port)
        #[arg(long, default_value = "127.0.0.1:0")]
        listen: std::net::SocketAddr,
        /// Seed file (JSON; default: the built-in demo seed)
        #[arg(long)]
        seed: Option<PathBuf>,
    },
    /// Walk through a session against an embedded emulator
    Demo,
    /// Print shell completions
    Completions {
        /// Shell
        shell: clap_complete::Shell,
    },
}

/// Comma-separated record keys.
#[derive(Debug, Clone)]
struct Keys(Vec<RecordKey>);

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

/// Exit codes (documented in `tt --help`).
mod code {
    pub const OK: u8 = 0;
    pub const ERROR: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const AUTH: u8 = 3;
    pub const CONNECTION: u8 = 4;
    pub const NOT_FOUND: u8 = 5;
    pub const LOCKED: u8 = 6;
    pub const INVALID: u8 = 7;
    pub const INTERRUPTED: i32 = 130;
}

/// A logon failure (classified as authentication unless it is a connection problem).
#[derive(Debug)]
struct LogonFailed(ttsoap::Error);

impl std::fmt::Display for LogonFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "logon failed: {}", self.0)
    }
}

impl std::error::Error for LogonFailed {}

fn soap_code(e: &ttsoap::Error) -> u8 {
    match e {
        ttsoap::Error::Connect { .. } | ttsoap::Error::Timeout { .. } | ttsoap::Error::Http { .. } => code::CONNECTION,
        _ => match e.fault_kind() {
            Some(ttsoap::FaultKind::RecordLocked) => code::LOCKED,
            Some(ttsoap::FaultKind::NotFound) => code::NOT_FOUND,
            Some(ttsoap::FaultKind::ValidationError | ttsoap::FaultKind::InvalidParameter) => code::INVALID,
            _ => code::ERROR,
        },
    }
}

fn exit_code(e: &anyhow::Error) -> u8 {
    for cause in e.chain() {
        if cause.downcast_ref::<Usage>().is_some() {
            return code::USAGE;
        }
        if let Some(LogonFailed(s)) = cause.downcast_ref::<LogonFailed>() {
            return if soap_code(s) == code::CONNECTION { code::CONNECTION } else { code::AUTH };
        }
        if let Some(r) = cause.downcast_ref::<tt_records::Error>() {
            use tt_records::Error as E;
            return match r {
                E::Locked { .. } => code::LOCKED,
                E::NotFound { .. } => code::NOT_FOUND,
                E::Soap(s) => soap_code(s),
                E::UnknownTable { .. }
                | E::UnknownField { .. }
                | E::ReadOnly { .. }
                | E::InvalidValue { .. }
                | E::NotAllowedValue { .. }
                | E::UnknownEvent { .. }
                | E::EventNotAllowed { .. }
                | E::Rejected { .. }
                | E::InvalidQuery(_)
                | E::Unsupported { .. } => code::INVALID,
                _ => code::ERROR,
            };
        }
        if let Some(s) = cause.downcast_ref::<ttsoap::Error>() {
            return soap_code(s);
        }
    }
    code::ERROR
}

/// A minimal stderr logger for `-v`.
struct Logger(log::LevelFilter);

impl log::Log for Logger {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        m.level() <= self.0 && (m.target().starts_with("ttsoap") || m.target().starts_with("tt"))
    }
    fn log(&self, r: &log::Record<'_>) {
        if self.enabled(r.metadata()) {
            // Records quote server text: secrets cut out, control characters escaped.
            let text = output::redact(&r.args().to_string());
            eprintln!("[{} {}] {}", r.level().as_str().to_lowercase(), r.target(), output::clean_lines(&text));
        }
    }
    fn flush(&self) {}
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) if e.use_stderr() => {
            // One line, like every other error.
            let rendered = e.render().to_string();
            let first = rendered.lines().find(|l| !l.trim().is_empty()).unwrap_or("error: bad arguments");
            eprintln!("tt: {} (see tt --help)", output::clean(first.trim()));
            return ExitCode::from(code::USAGE);
        }
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(code::OK);
        }
    };
    if cli.verbose > 0 {
        let level = if cli.verbose > 1 { log::LevelFilter::Trace } else { log::LevelFilter::Debug };
        let logger: &'static Logger = Box::leak(Box::new(Logger(level)));
        if log::set_logger(logger).is_ok() {
            log::set_max_level(level);
        }
    }
    let verbose = cli.verbose > 0;
    let result = run(cli);
    interrupt::yield_to_interrupt();
    match result {
        Ok(c) => ExitCode::from(c),
        Err(e) => {
            // One line, secrets cut out, control characters escaped; cut short unless -v.
            eprintln!("tt: error: {}", output::error_line(&format!("{e:#}"), verbose));
            ExitCode::from(exit_code(&e))
        }
    }
}

fn stdout() -> io::StdoutLock<'static> {
    io::stdout().lock()
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    match &cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "tt", &mut io::stdout());
            return Ok(code::OK);
        }
        Command::Demo => {
            demo::run(&mut stdout())?;
            return Ok(code::OK);
        }
        Command::Emulator { listen, seed } => return run_emulator(*listen, seed.as_deref()),
        _ => {}
    }
    let profile = config::load_profile(cli.config.as_deref(), cli.profile.as_deref())?;
    let conn = config::resolve(
        cli.url.clone(),
        cli.project.clone(),
        cli.user.clone(),
        cli.password_file.clone(),
        cli.workflow.clone(),
        &profile,
    )?;
    let password = config::password(&conn)?;
    output::add_secret(password.expose());
    let client = testtrack::Client::new(&conn.url).map_err(|e| anyhow::Error::new(Usage(format!("bad URL: {e}"))))?;
    let format = cli.format;
    let mut out = stdout();
    if let Command::Projects = cli.command {
        let list = tt_records::projects(&client, &conn.user, &password).map_err(|e| match e {
            tt_records::Error::Soap(s) => anyhow::Error::new(LogonFailed(s)),
            other => other.into(),
        })?;
        match format {
            Format::Json => output::json(
                &mut out,
                &serde_json::Value::Array(
                    list.iter().map(|p| serde_json::json!({"name": p.name, "options": p.options})).collect(),
                ),
            )?,
            _ => {
                let rows: Vec<Vec<String>> = list.iter().map(|p| vec![p.name.clone(), p.options.join(", ")]).collect();
                output::rows(&mut out, format, &["Project".into(), "Options".into()], &rows)?;
            }
        }
        return Ok(code::OK);
    }
    let project = conn
        .project
        .clone()
        .ok_or_else(|| Usage("no project: pass --project, set TT_PROJECT, or use a config profile".into()))?;
    interrupt::install()?;
    let session = match interrupt::logging_on(|| client.login(&project, &conn.user, password)) {
        Ok(s) => s,
        Err(e) => {
            interrupt::logon_failed();
            return Err(LogonFailed(e).into());
        }
    };
    output::add_secret(&session.cookie().expose().to_string());
    let tracker = Arc::new(Tracker::new(session));
    interrupt::logged_on(&tracker);
    if let Some(path) = &conn.workflow {
        load_rules(&tracker, path)?;
    }
    let result = command(&tracker, cli.command, format, &mut out);
    drop(out);
    // Log off (also after an error); the Ctrl-C handler only holds a weak reference.
    interrupt::log_off(tracker);
    result
}

fn load_rules(tracker: &Tracker, path: &std::path::Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read the workflow file {}", path.display()))?;
    let v: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("the workflow file {} is not JSON", path.display()))?;
    let obj = v.as_object().ok_or_else(|| Usage(format!("{}: expected {{\"Table\": {{...}}}}", path.display())))?;
    for (table, rules) in obj {
        let r = StateRules::from_json(rules).map_err(|e| Usage(format!("{}: {table}: {e}", path.display())))?;
        tracker.set_state_rules(table, r);
    }
    Ok(())
}

fn parse_assignments(items: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    items
        .iter()
        .map(|s| {
            s.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                .ok_or_else(|| Usage(format!("'{s}' is not FIELD=VALUE")).into())
        })
        .collect()
}

fn command(tracker: &Arc<Tracker>, cmd: Command, format: Format, out: &mut impl Write) -> anyhow::Result<u8> {
    let t: &Tracker = tracker;
    match cmd {
        Command::Tables => output::names(out, format, "Table", &t.tables()?)?,
        Command::Columns { table } => output::names(out, format, "Column", &t.columns(&table)?)?,
        Command::Filters { table } => output::names(out, format, "Filter", &t.filters(table.as_deref())?)?,
        Command::Fields { table } => {
            let schema = t.schema(&table)?;
            let mut rows = Vec::new();
            for f in schema.fields() {
                let allowed = if f.writable { t.allowed_values(&table, &f.name)? } else { None };
                rows.push(vec![
                    f.name.clone(),
                    f.xml_name.clone().unwrap_or_else(|| "(custom)".into()),
                    f.ty.to_string(),
                    if f.writable { "yes" } else { "no" }.to_string(),
                    allowed.map(|a| a.join(", ")).unwrap_or_default(),
                ]);
            }
            let h = ["Field", "XML name", "Type", "Writable", "Allowed values"].map(String::from);
            output::rows(out, format, &h, &rows)?;
        }
        Command::Events { table } => {
            let defs = t.event_definitions(&table)?;
            let rows: Vec<Vec<String>> = defs
                .iter()
                .map(|d| {
                    vec![
                        d.name.clone(),
                        d.resulting_states.join(", "),
                        d.fields.iter().map(|f| format!("{} ({})", f.name, f.ty)).collect::<Vec<_>>().join(", "),
                    ]
                })
                .collect();
            output::rows(out, format, &["Event".into(), "Resulting states".into(), "Fields".into()], &rows)?;
        }
        Command::List { table, filter, columns, query, page_size } => {
            let mut progress = output::Progress::new(&table);
            let mut q = t.records(&table).columns(&columns).page_size(page_size);
            if let Some(f) = &filter {
                q = q.filter(f);
            }
            if let Some(j) = &query {
                q = q.query(j);
            }
            let rows = q.on_progress(|d, n| progress.update(d, n)).rows()?;
            let headers = rows.columns().to_vec();
            if format == Format::Csv {
                output::csv_line(out, &headers)?;
                for r in rows {
                    output::csv_line(out, r?.values())?;
                }
            } else {
                let all: Vec<Vec<String>> = rows.map(|r| r.map(|r| r.values().to_vec())).collect::<Result<_, _>>()?;
                progress.finish();
                output::rows(out, format, &headers, &all)?;
            }
        }
        Command::Show { table, record } => {
            let r = t.get(&table, record)?;
            match format {
                Format::Json => output::json(out, &r.to_json())?,
                Format::Csv => {
                    output::csv_line(out, &["Field".into(), "Value".into()])?;
                    for (f, v) in r.fields() {
                        output::csv_line(out, &[f.name.clone(), v.to_string()])?;
                    }
                }
                Format::Table => {
                    let rows: Vec<Vec<String>> = r
                        .fields()
                        .into_iter()
                        .filter(|(_, v)| !v.is_empty())
                        .map(|(f, v)| vec![f.name.clone(), v.to_string()])
                        .collect();
                    writeln!(out, "{}", output::clean(&format!("{} {}", r.table(), r.key())))?;
                    output::table(out, &["Field".into(), "Value".into()], &rows)?;
                    let events = r.events();
                    if !events.is_empty() {
                        writeln!(out)?;
                        let rows: Vec<Vec<String>> = events
                            .iter()
                            .map(|e| {
                                vec![
                                    e.name.clone(),
                                    e.user.clone().unwrap_or_default(),
                                    e.date.clone().unwrap_or_default(),
                                    e.resulting_state.clone().unwrap_or_default(),
                                    e.notes.clone().unwrap_or_default(),
                                ]
                            })
                            .collect();
                        let h = ["Event", "User", "Date", "Resulting state", "Notes"].map(String::from);
                        output::table(out, &h, &rows)?;
                    }
                    let files = r.attachments();
                    if !files.is_empty() {
                        writeln!(out)?;
                        let rows: Vec<Vec<String>> = files
                            .iter()
                            .map(|a| {
                                vec![
                                    a.file_name.clone(),
                                    a.archive_name.clone().unwrap_or_default(),
                                    a.created.clone().unwrap_or_default(),
                                ]
                            })
                            .collect();
                        output::table(out, &["Attachment".into(), "Archive name".into(), "Added".into()], &rows)?;
                    }
                }
            }
        }
        Command::Edit { table, records, set, skip_locked } => {
            let changes = parse_assignments(&set)?;
            interrupt::track_locks(t);
            let mut report = Vec::new();
            for key in records.0 {
                let outcome = interrupt::editing(|| -> tt_records::Result<()> {
                    let mut r = t.edit(&table, key)?;
                    for (k, v) in &changes {
                        r.set(k, Value::from(v.as_str()))?;
                    }
                    interrupt::yield_to_interrupt();
                    r.save()
                });
                match outcome {
                    Ok(()) => report.push((key, "saved", None)),
                    Err(e @ tt_records::Error::Locked { .. }) if skip_locked => {
                        eprintln!("tt: skipped: {}", output::error_line(&e.to_string(), false));
                        report.push((key, "skipped", Some(e.to_string())));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            write_report(out, format, &table, &report)?;
        }
        Command::Event { table, records, event, fields, notes, state, hours, assign, skip_locked } => {
            let mut input = EventInput::new();
            for (k, v) in parse_assignments(&fields)? {
                input = input.field(&k, v);
            }
            input.notes = notes;
            input.resulting_state = state;
            input.hours = hours;
            input.assign_to = assign;
            interrupt::track_locks(t);
            let mut report = Vec::new();
            let mut applied = Vec::new();
            for key in records.0 {
                match interrupt::editing(|| t.apply_event(&table, key, &event, input.clone())) {
                    Ok(a) => {
                        report.push((key, "saved", None));
                        applied.push(a);
                    }
                    Err(e @ tt_records::Error::Locked { .. }) if skip_locked => {
                        eprintln!("tt: skipped: {}", output::error_line(&e.to_string(), false));
                        report.push((key, "skipped", Some(e.to_string())));
                        applied.push(tt_records::EventApplied {
                            table: table.clone(),
                            record_id: 0,
                            number: None,
                            event: event.clone(),
                            from_state: None,
                            state: None,
                        });
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            match format {
                Format::Json => {
                    let v: Vec<serde_json::Value> = report
                        .iter()
                        .zip(&applied)
                        .map(|((k, status, reason), a)| {
                            serde_json::json!({
                                "table": a.table, "record": k.to_string(), "record_id": a.record_id,
                                "event": a.event, "from_state": a.from_state, "state": a.state,
                                "status": status, "reason": reason,
                            })
                        })
                        .collect();
                    output::json(out, &serde_json::Value::Array(v))?;
                }
                _ => {
                    let rows: Vec<Vec<String>> = report
                        .iter()
                        .zip(&applied)
                        .map(|((k, status, _), a)| {
                            vec![
                                k.to_string(),
                                a.event.clone(),
                                a.from_state.clone().unwrap_or_default(),
                                a.state.clone().unwrap_or_default(),
                                status.to_string(),
                            ]
                        })
                        .collect();
                    let h = ["Record", "Event", "From", "To", "Status"].map(String::from);
                    output::rows(out, format, &h, &rows)?;
                }
            }
        }
        Command::Attach { table, record, file, name } => {
            let data = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let name = match name {
                Some(n) => n,
                None => file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .ok_or_else(|| Usage(format!("{} has no file name", file.display())))?,
            };
            let size = data.len();
            interrupt::track_locks(t);
            let a = t.attach(&table, record, &name, data)?;
            let v = serde_json::json!({
                "table": table, "record": record.to_string(), "file_name": a.file_name,
                "archive_name": a.archive_name, "attachment_id": a.record_id, "size": size,
            });
            match format {
                Format::Json => output::json(out, &v)?,
                _ => writeln!(
                    out,
                    "{}",
                    output::clean(&format!(
                        "attached {} ({size} bytes) to {table} {record} as {}",
                        a.file_name,
                        a.archive_name.as_deref().unwrap_or("?")
                    ))
                )?,
            }
        }
        Command::Download { table, record, name, output: path } => {
            let (a, data) = t.download(&table, record, &name)?;
            match path {
                Some(p) => {
                    std::fs::write(&p, &data).with_context(|| format!("cannot write {}", p.display()))?;
                    let note = format!("wrote {} ({} bytes) to {}", a.file_name, data.len(), p.display());
                    eprintln!("{}", output::clean(&note));
                }
                None => out.write_all(&data)?,
            }
        }
        Command::Add { table, set } => {
            let mut r = t.new_record(&table)?;
            for (k, v) in parse_assignments(&set)? {
                r.set(&k, Value::from(v))?;
            }
            let added = r.add()?;
            let v = serde_json::json!({
                "table": added.table(), "record_id": added.record_id(), "number": added.number(),
                "state": added.state(),
            });
            match format {
                Format::Json => output::json(out, &v)?,
                _ => {
                    let note = format!("added {} {} (record id {})", added.table(), added.key(), added.record_id());
                    writeln!(out, "{}", output::clean(&note))?
                }
            }
        }
        Command::Projects | Command::Emulator { .. } | Command::Demo | Command::Completions { .. } => {
            return Err(anyhow!("internal: command handled elsewhere"));
        }
    }
    Ok(code::OK)
}

type Report<'a> = [(RecordKey, &'a str, Option<String>)];

fn write_report(out: &mut impl Write, format: Format, table: &str, report: &Report<'_>) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            let v: Vec<serde_json::Value> = report
                .iter()
                .map(|(k, status, reason)| {
                    serde_json::json!({"table": table, "record": k.to_string(), "status": status, "reason": reason})
                })
                .collect();
            output::json(out, &serde_json::Value::Array(v))?;
        }
        _ => {
            let rows: Vec<Vec<String>> = report
                .iter()
                .map(|(k, s, r)| vec![k.to_string(), s.to_string(), r.clone().unwrap_or_default()])
                .collect();
            output::rows(out, format, &["Record".into(), "Status".into(), "Reason".into()], &rows)?;
        }
    }
    Ok(())
}

fn run_emulator(listen: std::net::SocketAddr, seed: Option<&std::path::Path>) -> anyhow::Result<u8> {
    let seed = match seed {
        Some(p) => tt_emulator::Seed::from_file(p).map_err(|e| Usage(format!("seed {}: {e}", p.display())))?,
        None => tt_emulator::Seed::demo(),
    };
    let (tx, rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = tx.send(());
    })
    .context("cannot install the Ctrl-C handler")?;
    let handle = tt_emulator::Emulator::builder().listen(listen).seed(seed).start().map_err(|e| anyhow!("{e}"))?;
    println!("{}", handle.url());
    let _ = io::stdout().flush();
    if io::stderr().is_terminal() {
        eprintln!("TestTrack emulator at {} (WSDL {}); Ctrl-C stops it", handle.url(), handle.wsdl_url());
        eprintln!("try: TT_URL={} TT_PROJECT=Demo TT_USER=ada TT_PASSWORD=ada-secret tt list Defect", handle.url());
    }
    let _ = rx.recv();
    handle.stop();
    eprintln!("tt: emulator stopped");
    Ok(code::OK)
}
