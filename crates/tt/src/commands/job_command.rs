//! The `tt worker` job handler: runs a command per job with the job as JSON on standard input
//! and as `TT_*` environment variables; exit status 0 is a pass, another a failure, a signal a
//! "failed to run"; its output is attached, the tail kept within a bound.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use tt_records::worker::{Job, JobHandler, Outcome};

/// Runs `program args` per job.
#[derive(Debug, Clone)]
pub struct CommandHandler {
    /// The program and its arguments.
    pub argv: Vec<String>,
    /// The most output kept per stream (its tail).
    pub max_output: usize,
}

/// Keeps the last `max` bytes read from `r`.
fn tail(mut r: impl Read, max: usize) -> (Vec<u8>, bool) {
    let mut kept = Vec::new();
    let mut cut = false;
    let mut buf = [0u8; 8192];
    loop {
        match r.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                kept.extend_from_slice(&buf[..n]);
                if kept.len() > max {
                    let excess = kept.len() - max;
                    kept.drain(..excess);
                    cut = true;
                }
            }
        }
    }
    (kept, cut)
}

/// The environment a job's command gets.
pub fn job_env(job: &Job) -> Vec<(&'static str, String)> {
    vec![
        ("TT_JOB_NUMBER", job.number.to_string()),
        ("TT_JOB_RECORD_ID", job.record_id.to_string()),
        ("TT_JOB_SUMMARY", job.summary.clone()),
        ("TT_JOB_TYPE", job.job_type.clone()),
        ("TT_JOB_PLATFORM", job.platform.clone()),
        ("TT_RUN_SET", job.run_set.clone()),
        ("TT_WORKER", job.worker.clone()),
        ("TT_LEASE_UNTIL", job.lease_until.clone()),
    ]
}

impl CommandHandler {
    fn start(&self, job: &Job) -> std::io::Result<std::process::Child> {
        let mut cmd = Command::new(&self.argv[0]);
        cmd.args(&self.argv[1..])
            .envs(job_env(job))
            // The worker's own secret is not the job's business.
            .env_remove("TT_PASSWORD")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd.spawn()
    }
}

impl JobHandler for CommandHandler {
    fn run(&mut self, job: &Job) -> Outcome {
        let mut child = match self.start(job) {
            Ok(c) => c,
            Err(e) => return Outcome::failed_to_run(format!("failed to run: cannot start {}: {e}", self.argv[0])),
        };
        let json = serde_json::to_vec(job).unwrap_or_default();
        if let Some(mut stdin) = child.stdin.take() {
            // A command that does not read its input closes the pipe: not an error.
            thread::spawn(move || {
                let _ = stdin.write_all(&json);
            });
        }
        let max = self.max_output;
        let readers: Vec<_> = [
            child.stdout.take().map(|s| Box::new(s) as Box<dyn Read + Send>),
            child.stderr.take().map(|s| Box::new(s) as Box<dyn Read + Send>),
        ]
        .into_iter()
        .map(|s| {
            let slot = Arc::new(Mutex::new((Vec::new(), false)));
            let out = slot.clone();
            let t = s.map(|s| thread::spawn(move || *out.lock().unwrap_or_else(|e| e.into_inner()) = tail(s, max)));
            (slot, t)
        })
        .collect();
        let status = loop {
            match child.try_wait() {
                Ok(Some(s)) => break Ok(s),
                Ok(None) if job.cancel.is_cancelled() => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Err("interrupted: the command was killed".to_string());
                }
                Ok(None) => thread::sleep(Duration::from_millis(20)),
                Err(e) => break Err(format!("cannot wait for the command: {e}")),
            }
        };
        let mut streams = Vec::new();
        for (slot, t) in readers {
            if let Some(t) = t {
                let _ = t.join();
            }
            streams.push(std::mem::take(&mut *slot.lock().unwrap_or_else(|e| e.into_inner())));
        }
        let mut outcome = match status {
            Ok(s) if s.success() => Outcome::pass("exit status 0"),
            Ok(s) => match s.code() {
                Some(c) => Outcome::fail(format!("exit status {c}")),
                None => Outcome::failed_to_run(format!("failed to run: the command was killed ({s})")),
            },
            Err(why) => Outcome::failed_to_run(format!("failed to run: {why}")),
        };
        for ((data, cut), name) in streams.into_iter().zip(["stdout.txt", "stderr.txt"]) {
            if !data.is_empty() {
                if cut {
                    outcome.notes.push_str(&format!("\n{name}: only the last {max} bytes are attached"));
                }
                outcome = outcome.attach(name, data);
            }
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_keeps_the_end() {
        let (kept, cut) = tail(&b"0123456789"[..], 4);
        assert_eq!((kept.as_slice(), cut), (&b"6789"[..], true));
        let (kept, cut) = tail(&b"ab"[..], 4);
        assert_eq!((kept.as_slice(), cut), (&b"ab"[..], false));
    }
}
