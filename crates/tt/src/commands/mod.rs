//! The commands: [`run`] resolves the connection, logs on when the command needs a session,
//! and hands over to the command's module.

mod add;
mod edit;
mod emulator;
mod event;
mod files;
mod job_command;
mod jobs;
mod link;
mod list;
mod metadata;
pub(crate) mod results;
mod server;
mod show;
mod status_server;
mod worker;
mod wsdl;

use std::io::{self, Write};
use std::sync::Arc;

use clap::CommandFactory;
use tt_records::{RecordKey, RecordKind, Tracker};

use crate::cli::{Cli, Command, WsdlCommand};
use crate::cli_results::ResultsCommand;
use crate::config::{self, Connection, Usage};
use crate::exit::{code, Hinted, LogonFailed};
use crate::interrupt::Interrupt;
use crate::output::{self, Format};
use crate::{demo, workflow};

/// Runs the command; the result is the exit code.
pub fn run(cli: Cli) -> anyhow::Result<u8> {
    let mut out = io::stdout().lock();
    match &cli.command {
        Command::Completions { shell } => {
            // Into a buffer first: clap_complete panics when a write fails (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "tt", &mut script);
            out.write_all(&script)?;
            return Ok(code::OK);
        }
        Command::Demo => {
            demo::run(&mut out)?;
            return Ok(code::OK);
        }
        Command::Emulator(args) => return emulator::run(&mut out, args),
        _ => {}
    }
    let flags = config::Flags {
        url: cli.url.clone(),
        project: cli.project.clone(),
        user: cli.user.clone(),
        password_file: cli.password_file.clone(),
        password_command: cli.password_command.clone(),
        workflow: cli.workflow.clone(),
        ca_bundle: cli.ca_bundle.clone(),
        proxy: cli.proxy.clone(),
        no_proxy: cli.no_proxy,
        insecure: cli.insecure,
        timeout: cli.timeout,
        connect_timeout: cli.connect_timeout,
        retries: cli.retries,
    };
    let profile = config::load_profile(cli.config.as_deref(), cli.profile.as_deref())?;
    if config::transport(&flags, &profile).danger_accept_invalid_certs {
        warn_insecure();
    }
    let format = cli.format;
    if let Command::Wsdl(WsdlCommand::Fetch { out: dir }) = &cli.command {
        let url = config::url(&flags, &profile)?;
        return wsdl::fetch(&mut out, format, &url, dir, config::transport(&flags, &profile));
    }
    let conn = config::resolve(&flags, &profile)?;
    let password = config::password(&conn)?;
    output::add_secret(password.expose());
    let client = client(&conn)?;
    if let Command::Projects = cli.command {
        metadata::projects(&mut out, format, &client, &conn.user, &password)?;
        return Ok(code::OK);
    }
    let project = conn
        .project
        .clone()
        .ok_or_else(|| Usage("no project: pass --project, set TT_PROJECT, or use a config profile".into()))?;
    let login =
        Login { client: client.clone(), project: project.clone(), user: conn.user.clone(), password: password.clone() };
    if let Command::Worker(args) = &cli.command {
        // Its own sessions (one per worker) and its own Ctrl-C handling.
        return worker::run(&mut out, format, &client, &project, &conn.user, &password, args);
    }
    let interrupt = Interrupt::get();
    interrupt.install()?;
    let session = match interrupt.logging_on(|| client.login(&project, &conn.user, password)) {
        Ok(s) => s,
        Err(e) => {
            interrupt.logon_failed();
            return Err(LogonFailed(e).into());
        }
    };
    output::add_secret(&session.cookie().expose().to_string());
    let tracker = Arc::new(Tracker::new(session));
    interrupt.logged_on(&tracker);
    let result = match &conn.workflow {
        Some(path) => workflow::load(&tracker, path),
        None => Ok(()),
    }
    .and_then(|()| command(&tracker, cli.command, format, &mut out, &login));
    drop(out);
    // Log off (also after an error); the Ctrl-C handler only holds a weak reference.
    interrupt.log_off(tracker);
    result.map(|()| code::OK)
}

/// The warning printed on every run with `--insecure` (or the profile's `insecure`).
fn warn_insecure() {
    eprintln!(
        "tt: WARNING: TLS certificate checks are OFF (--insecure): anyone on the network path can read \
         the password and take over the session. Trust the server's CA with --ca-bundle FILE instead."
    );
}

/// What another logon of the same user needs (`tt results upload --sessions`).
pub struct Login {
    client: testtrack::Client,
    project: String,
    user: String,
    password: ttsoap::Password,
}

impl Login {
    /// Logs on once more.
    pub fn open(&self) -> tt_records::Result<Tracker> {
        let s = self.client.login(&self.project, &self.user, self.password.clone())?;
        output::add_secret(&s.cookie().expose().to_string());
        Interrupt::get().extra_session(&self.client, s.cookie());
        Ok(Tracker::new(s))
    }
}

/// The typed client for the connection (URL, TLS, proxy, timeouts and retries).
fn client(conn: &Connection) -> anyhow::Result<testtrack::Client> {
    let t = &conn.transport;
    let mut b = ttsoap::Client::builder(conn.url.clone())
        .danger_accept_invalid_certs(t.danger_accept_invalid_certs)
        .proxy(t.proxy.clone())
        .timeout(t.timeout)
        .connect_timeout(t.connect_timeout)
        .retry(conn.retry.clone());
    if let Some(ca) = &t.ca_bundle {
        b = b.ca_bundle(ca.clone());
    }
    let c = b.build().map_err(|e| anyhow::Error::new(Usage(format!("bad URL or TLS settings: {e}"))))?;
    Ok(testtrack::Client::from_runtime(c))
}

/// The commands that run in a session.
fn command(
    tracker: &Arc<Tracker>,
    cmd: Command,
    format: Format,
    out: &mut impl Write,
    login: &Login,
) -> anyhow::Result<()> {
    let t: &Tracker = tracker;
    match cmd {
        Command::Tables => output::names(out, format, "Table", &t.tables()?)?,
        Command::Columns { table } => output::names(out, format, "Column", &t.columns(&table)?)?,
        Command::Filters { table } => output::names(out, format, "Filter", &t.filters(table.as_deref())?)?,
        Command::Fields { table } => metadata::fields(out, format, t, &table)?,
        Command::Events { table } => metadata::events(out, format, t, &table)?,
        Command::List { table, filter, columns, query, page_size } => {
            list::run(out, format, t, &table, filter.as_deref(), &columns, query.as_deref(), page_size)?
        }
        Command::Show { table, record } => show::run(out, format, t, &table, record)?,
        Command::Edit { table, records, set, skip_locked } => {
            edit::run(out, format, t, &table, &records.0, &set, skip_locked)?
        }
        Command::Event(args) => event::run(out, format, t, args)?,
        Command::Attach { table, record, file, name } => files::attach(out, format, t, &table, record, &file, name)?,
        Command::Download { table, record, name, output: path } => {
            files::download(out, t, &table, record, &name, path.as_deref())?
        }
        Command::Add { table, set } => add::run(out, format, t, &table, &set)?,
        Command::Results(ResultsCommand::Upload(a)) => results::upload(out, format, t, a, login)?,
        Command::GenerateRuns { test_case, run_set } => link::generate_runs(out, format, t, test_case, &run_set)?,
        Command::Link(a) => link::link(out, format, t, a)?,
        Command::Delete { table, record, with_children } => {
            link::delete(out, format, t, &table, record, with_children)?
        }
        Command::Server => server::run(out, format, t)?,
        Command::Jobs(q) => jobs::run(out, format, t, &q)?,
        Command::Projects
        | Command::Wsdl(_)
        | Command::Emulator(_)
        | Command::Demo
        | Command::Completions { .. }
        | Command::Worker(_) => {
            return Err(anyhow::anyhow!("internal: command handled elsewhere"));
        }
    }
    Ok(())
}

/// `FIELD=VALUE` arguments as pairs.
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

/// `e`, with a hint when a number was given for a table whose records have no numbers.
fn hint(table: &str, key: RecordKey, e: tt_records::Error) -> anyhow::Error {
    let numberless = RecordKind::from_table(table).is_some_and(|k| !k.has_numbers());
    match (&e, key) {
        (tt_records::Error::NotFound { .. }, RecordKey::Number(n)) if numberless => anyhow::Error::new(Hinted {
            error: e,
            hint: format!(
                "{table} records have no numbers: address them by record id as id:N; \
                 `tt list '{table}' --columns 'Record ID'` lists the ids, and {n} is not one"
            ),
        }),
        _ => e.into(),
    }
}
