//! Peer servers run as child processes (PHP's built-in web server, a JVM running Axis): found
//! or reported missing, started on 127.0.0.1, waited for, and killed when dropped.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a peer may take to start listening before the test gives up (a bound on
/// waiting, not an assertion about speed: a JVM on a loaded CI machine is slow).
const START_BOUND: Duration = Duration::from_secs(120);

/// True when running in CI: the `CI` variable is set to anything but empty, `0` or `false`.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// Handles a peer that cannot run: a failure in CI (where `.ci/run` installs every peer),
/// otherwise a line on the real standard error (not captured by the test harness) and `false`.
pub fn peer_missing(test: &str, why: &str) -> bool {
    if in_ci() {
        panic!("{test}: {why}; CI must have this peer installed (.ci/run installs it)");
    }
    let _ = writeln!(std::io::stderr().lock(), "SKIPPED {test}: {why}");
    false
}

/// True when `program args...` runs and exits successfully (a probe for an installed peer).
pub fn probe(program: &str, args: &[&str]) -> bool {
    Command::new(program).args(args).stdin(Stdio::null()).output().map(|o| o.status.success()).unwrap_or(false)
}

/// A port on 127.0.0.1 that was free a moment ago, for peers that cannot report the port
/// they bound (`php -S` needs one on its command line).
pub fn free_port() -> u16 {
    let l = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind 127.0.0.1:0");
    l.local_addr().expect("local address").port()
}

/// A running peer process. Dropping it closes its standard input, kills it and waits for it.
pub struct PeerProcess {
    name: String,
    child: Child,
    stdin: Option<ChildStdin>,
    log: PathBuf,
}

impl PeerProcess {
    /// Starts `cmd` with its standard error (and, unless `capture_stdout`, its standard
    /// output) appended to `log`, and its standard input a pipe kept open until drop.
    pub fn spawn(name: &str, mut cmd: Command, log: &Path, capture_stdout: bool) -> PeerProcess {
        let file = File::create(log).unwrap_or_else(|e| panic!("{name}: creating {}: {e}", log.display()));
        let err = file.try_clone().unwrap_or_else(|e| panic!("{name}: {e}"));
        cmd.stdin(Stdio::piped()).stderr(Stdio::from(err));
        cmd.stdout(if capture_stdout { Stdio::piped() } else { Stdio::from(file) });
        let mut child = cmd.spawn().unwrap_or_else(|e| panic!("{name}: starting {cmd:?}: {e}"));
        let stdin = child.stdin.take();
        PeerProcess { name: name.to_string(), child, stdin, log: log.to_path_buf() }
    }

    /// What the peer wrote to its log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Panics with the peer's log when it has exited.
    fn check_running(&mut self, waiting_for: &str) {
        if let Ok(Some(status)) = self.child.try_wait() {
            panic!("{}: exited ({status}) while {waiting_for}:\n{}", self.name, self.log());
        }
    }

    /// Waits until something accepts connections on `addr`, or fails (with the peer's log)
    /// when the peer exits or does not listen within the start bound.
    pub fn wait_for_port(&mut self, addr: SocketAddr) {
        let start = Instant::now();
        loop {
            self.check_running(&format!("waiting for {addr}"));
            if TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_ok() {
                return;
            }
            if start.elapsed() > START_BOUND {
                panic!("{}: nothing listens on {addr} after {START_BOUND:?}:\n{}", self.name, self.log());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Reads the peer's standard output (it was started with `capture_stdout`) until a line
    /// starts with `prefix`, and returns the rest of that line. Fails with the log when the
    /// output ends first.
    pub fn wait_for_line(&mut self, prefix: &str) -> String {
        let out: ChildStdout = self.child.stdout.take().unwrap_or_else(|| panic!("{}: stdout not captured", self.name));
        let mut lines = BufReader::new(out).lines();
        let found = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(rest) = line.strip_prefix(prefix) {
                        break rest.trim().to_string();
                    }
                }
                Some(Err(e)) => panic!("{}: reading its output: {e}", self.name),
                None => {
                    let _ = self.child.wait();
                    panic!("{}: ended without printing {prefix:?}:\n{}", self.name, self.log());
                }
            }
        };
        // Keep draining so that the peer never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        found
    }
}

impl Drop for PeerProcess {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn log_in(dir: &crate::TempDir) -> PathBuf {
        dir.0.join("peer.log")
    }

    #[test]
    fn a_peer_is_read_until_its_line_and_killed_on_drop() {
        let dir = crate::TempDir::new("peer-process");
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo starting; echo 'listening on 4242'; echo more; exec sleep 600"]);
        let mut p = PeerProcess::spawn("sh", cmd, &log_in(&dir), true);
        assert_eq!(p.wait_for_line("listening on "), "4242");
        let pid = p.child.id();
        drop(p);
        // Reaped: no process with that id is left (`kill -0` fails).
        assert!(!probe("kill", &["-0", &pid.to_string()]), "process {pid} still runs after drop");
    }

    #[test]
    fn a_peer_that_exits_before_listening_fails_with_its_log() {
        let dir = crate::TempDir::new("peer-process");
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo 'no such extension: soap' >&2; exit 3"]);
        let mut p = PeerProcess::spawn("sh", cmd, &log_in(&dir), false);
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, free_port()));
        let err = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| p.wait_for_port(addr))).unwrap_err();
        let text = err.downcast_ref::<String>().cloned().unwrap_or_default();
        assert!(text.contains("exited") && text.contains("no such extension: soap"), "{text}");

        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo 'bind failed' >&2"]);
        let mut p = PeerProcess::spawn("sh", cmd, &log_in(&dir), true);
        let err =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| p.wait_for_line("listening on "))).unwrap_err();
        let text = err.downcast_ref::<String>().cloned().unwrap_or_default();
        assert!(text.contains("ended without printing") && text.contains("bind failed"), "{text}");
    }
}
