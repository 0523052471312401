//! A real HTTP server for the tests that download: Python's `http.server` on loopback.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// Python's `http.server` serving `dir` on a free loopback port; killed on drop.
pub struct StaticServer {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
}

impl StaticServer {
    /// Serves `dir`; `None` (after saying so) when python3 is missing outside CI.
    pub fn start(dir: &Path) -> Option<StaticServer> {
        let spawned = Command::new("python3")
            .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory"])
            .arg(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        let mut child = match spawned {
            Ok(c) => c,
            Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
                println!("skipping: python3 not available ({e})");
                return None;
            }
            Err(e) => panic!("python3 is required in CI: {e}"),
        };
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
        let port = line.split(" port ").nth(1).and_then(|r| r.split_whitespace().next()).expect(&line).to_string();
        Some(StaticServer { child, origin: format!("http://127.0.0.1:{port}") })
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
