//! `tt worker`: takes test runs of a run set as jobs (see `tt_records::worker`) and runs a
//! command per job, `--concurrency` workers at once, each on its own session. Ctrl-C or
//! SIGTERM stops after the jobs in progress are reported; a second one cancels them (reported
//! "failed to run: interrupted").

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tt_records::worker::{Control, ResultEvents, Worker, WorkerConfig, WorkerStatus};
use tt_records::Tracker;

use super::job_command::CommandHandler;
use super::status_server::StatusServer;
use crate::cli::{QueueArgs, WorkerArgs};
use crate::config::Usage;
use crate::exit::code;
use crate::output::{self, Format};

/// The worker configuration the queue options describe.
pub fn config(q: &QueueArgs) -> anyhow::Result<WorkerConfig> {
    let mut c = WorkerConfig::new(&q.run_set);
    c.job_type_field = q.job_type_field.clone();
    c.platform_field = Some(q.platform_field.trim().to_string()).filter(|p| !p.is_empty());
    if let Some(path) = &q.events {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        c.events = serde_json::from_str::<ResultEvents>(&text)
            .map_err(|e| Usage(format!("events {}: {e}", path.display())))?;
    }
    Ok(c)
}

/// A line on stderr; a closed stderr is not worth a panic (in the Ctrl-C handler least of all).
fn note(msg: &str) {
    let _ = writeln!(std::io::stderr(), "tt worker: {}", output::redact(msg));
}

/// Aggregated status of all the workers, for `GET /status` and the final summary.
fn summary(statuses: &[WorkerStatus]) -> serde_json::Value {
    let mut total = tt_records::worker::Counts::default();
    for s in statuses {
        let c = &s.counts;
        total.claimed += c.claimed;
        total.passed += c.passed;
        total.failed += c.failed;
        total.blocked += c.blocked;
        total.failed_to_run += c.failed_to_run;
        total.lost += c.lost;
        total.errors += c.errors;
    }
    let first = statuses.first();
    serde_json::json!({
        "run_set": first.map(|s| s.run_set.clone()),
        "job_types": first.map(|s| s.job_types.clone()),
        "platform": first.map(|s| s.platform.clone()),
        "counts": total,
        "workers": statuses,
    })
}

/// Runs the workers until stopped (or done, with `--exit-when-done`).
pub fn run(
    out: &mut impl Write,
    format: Format,
    client: &testtrack::Client,
    project: &str,
    user: &str,
    password: &ttsoap::Password,
    args: &WorkerArgs,
) -> anyhow::Result<u8> {
    if args.command.is_empty() {
        return Err(Usage("no command: tt worker ... -- COMMAND [ARGS]".into()).into());
    }
    if args.concurrency == 0 {
        return Err(Usage("--concurrency must be at least 1".into()).into());
    }
    let mut base = config(&args.queue)?;
    base.job_types = args.jobtypes.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    if let Some(p) = &args.platform {
        base.platform = p.clone();
    }
    if let Some(n) = &args.name {
        base.name = n.clone();
    }
    base.lease = Duration::from_secs(args.lease.max(1));
    base.poll_interval = Duration::from_secs_f64(args.poll.max(0.01));
    base.job_timeout = args.timeout.map(Duration::from_secs);
    base.exit_when_done = args.exit_when_done;
    base.max_attachment = args.max_output;
    let handler = CommandHandler { argv: args.command.clone(), max_output: args.max_output };

    let mut handles = Vec::new();
    for i in 0..args.concurrency {
        let mut cfg = base.clone();
        if args.concurrency > 1 {
            cfg.name = format!("{}-{}", base.name, i + 1);
        }
        let (client, project, user, password) =
            (client.clone(), project.to_string(), user.to_string(), password.clone());
        let w = Worker::with_login(cfg, move || {
            let s = client.login(&project, &user, password)?;
            output::add_secret(&s.cookie().expose().to_string());
            Ok(Tracker::new(s))
        });
        handles.push(w.start(handler.clone()).context("cannot start a worker thread")?);
    }
    let controls: Arc<Vec<Control>> = Arc::new(handles.iter().map(|h| h.control()).collect());
    let presses = Arc::new(AtomicUsize::new(0));
    {
        let controls = controls.clone();
        ctrlc::set_handler(move || {
            if presses.fetch_add(1, SeqCst) == 0 {
                note("stopping after the jobs in progress (again to cancel them)");
                controls.iter().for_each(Control::stop);
            } else {
                note("cancelling the jobs in progress");
                controls.iter().for_each(Control::interrupt);
            }
        })
        .context("cannot install the Ctrl-C handler")?;
    }
    let server = match args.status_addr {
        Some(addr) => {
            let c = controls.clone();
            let s = StatusServer::start(
                addr,
                Arc::new(move || summary(&c.iter().map(Control::status).collect::<Vec<_>>())),
            )?;
            note(&format!("status on http://{}/status", s.addr()));
            Some(s)
        }
        None => None,
    };
    let mut finals = Vec::new();
    let mut first_error = None;
    for h in handles {
        match h.join() {
            Ok(s) => finals.push(s),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if let Some(s) = server {
        s.stop();
    }
    if let Some(e) = first_error {
        // Every worker failed the same way (logon), or one did: stop the others and report it.
        controls.iter().for_each(Control::stop);
        if finals.is_empty() {
            // Every worker failed to log on: exit as any command whose logon fails.
            return Err(match e {
                tt_records::Error::Soap(s) => crate::exit::LogonFailed(s).into(),
                other => other.into(),
            });
        }
        note(&e.to_string());
    }
    match format {
        Format::Json => output::json(out, &summary(&finals))?,
        _ => {
            let headers: Vec<String> =
                ["Worker", "Claimed", "Passed", "Failed", "Blocked", "Failed To Run", "Lost", "Errors"]
                    .map(String::from)
                    .into();
            let rows: Vec<Vec<String>> = finals
                .iter()
                .map(|s| {
                    let c = &s.counts;
                    vec![
                        s.name.clone(),
                        c.claimed.to_string(),
                        c.passed.to_string(),
                        c.failed.to_string(),
                        c.blocked.to_string(),
                        c.failed_to_run.to_string(),
                        c.lost.to_string(),
                        c.errors.to_string(),
                    ]
                })
                .collect();
            output::rows(out, format, &headers, &rows)?;
        }
    }
    Ok(code::OK)
}
