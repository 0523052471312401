//! [`WorkerConfig`]: where a worker finds jobs, what it can take, and its timings.

use std::time::Duration;

use serde::Serialize;

use super::events::ResultEvents;

/// This machine's platform as `os-arch` (`linux-x86_64`, `windows-aarch64`, `macos-aarch64`),
/// from [`std::env::consts`].
pub fn detect_platform() -> String {
    format!("{}-{}", std::env::consts::OS, std::env::consts::ARCH)
}

/// A default worker name: the host name (from `HOSTNAME`/`COMPUTERNAME`) and the process id.
pub fn default_name() -> String {
    let host = std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .ok()
        .filter(|h| !h.trim().is_empty())
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok().map(|h| h.trim().to_string()))
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "worker".into());
    format!("{host}-{}", std::process::id())
}

/// True when a job's platform value fits a worker's platform: equal ignoring case, a job
/// platform that is empty or `any`, or a job platform naming only the worker's OS (`linux`
/// fits `linux-x86_64`).
pub fn platform_matches(job: &str, worker: &str) -> bool {
    let j = job.trim();
    if j.is_empty() || j.eq_ignore_ascii_case("any") || j.eq_ignore_ascii_case(worker.trim()) {
        return true;
    }
    let os = worker.split('-').next().unwrap_or_default();
    !os.is_empty() && j.eq_ignore_ascii_case(os)
}

/// How a worker finds and takes jobs. Build with [`WorkerConfig::new`] and adjust the fields.
#[derive(Debug, Clone, Serialize)]
pub struct WorkerConfig {
    /// The worker's name, written in its claims (unique among the workers of a queue).
    pub name: String,
    /// The run set whose runs are the jobs.
    pub run_set: String,
    /// The test-run column holding the run set (default `Test Run Set`).
    pub run_set_field: String,
    /// The job types this worker takes (empty: any).
    pub job_types: Vec<String>,
    /// The test-run field holding the job type (default `Type`, the standard field).
    pub job_type_field: String,
    /// This worker's platform (default: [`detect_platform`]).
    pub platform: String,
    /// The test-run field holding the job's platform (default `Platform`, a custom field);
    /// `None`: jobs have no platform and any worker fits.
    pub platform_field: Option<String>,
    /// The workflow names.
    pub events: ResultEvents,
    /// How long a claim holds without renewal; an expired claim may be taken over.
    pub lease: Duration,
    /// How long to wait before looking again when there is nothing to take.
    pub poll_interval: Duration,
    /// The longest a handler may run (`None`: no limit); past it the job is reported as
    /// failed to run.
    pub job_timeout: Option<Duration>,
    /// Return from `run` once no job this worker could take is left "not run" (the CLI's
    /// `--exit-when-done`).
    pub exit_when_done: bool,
    /// Output kept per attachment, in bytes (the tail is kept).
    pub max_attachment: usize,
}

impl WorkerConfig {
    /// A configuration for the run set `run_set` with the defaults above.
    pub fn new(run_set: &str) -> WorkerConfig {
        WorkerConfig {
            name: default_name(),
            run_set: run_set.to_string(),
            run_set_field: "Test Run Set".into(),
            job_types: Vec::new(),
            job_type_field: "Type".into(),
            platform: detect_platform(),
            platform_field: Some("Platform".into()),
            events: ResultEvents::default(),
            lease: Duration::from_secs(600),
            poll_interval: Duration::from_secs(5),
            job_timeout: None,
            exit_when_done: false,
            max_attachment: 1 << 20,
        }
    }

    /// True when this worker takes jobs of type `job_type` on `platform`.
    pub fn accepts(&self, job_type: &str, platform: &str) -> bool {
        let type_ok =
            self.job_types.is_empty() || self.job_types.iter().any(|t| t.eq_ignore_ascii_case(job_type.trim()));
        type_ok && (self.platform_field.is_none() || platform_matches(platform, &self.platform))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platforms() {
        assert!(platform_matches("linux-x86_64", "Linux-x86_64"));
        assert!(platform_matches("linux", "linux-x86_64"));
        assert!(platform_matches("", "linux-x86_64"));
        assert!(platform_matches("any", "linux-x86_64"));
        assert!(!platform_matches("windows-x86_64", "linux-x86_64"));
        assert!(!platform_matches("linux-aarch64", "linux-x86_64"));
    }

    #[test]
    fn accepts_types() {
        let mut c = WorkerConfig::new("nightly");
        c.platform = "linux-x86_64".into();
        c.job_types = vec!["unit".into(), "ui".into()];
        assert!(c.accepts("UNIT", "linux"));
        assert!(!c.accepts("perf", "linux"));
        assert!(!c.accepts("unit", "macos-aarch64"));
    }
}
