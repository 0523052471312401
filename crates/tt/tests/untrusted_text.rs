//! Text from the server cannot mislead the terminal: `tt` escapes control characters in
//! table and error output, keeps an error on one bounded line (all of it with `-v`), and
//! never prints the password or the session cookie, even when the server quotes the request.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use tt_emulator::Emulator;

mod support;

use support::tt;
const PASSWORD: &str = "ada-secret";

/// No character a terminal acts on (C0/C1 controls other than the line break, DEL, bidi
/// overrides) in `text`.
#[track_caller]
fn assert_inert(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    assert!(bad.is_empty(), "{what} holds raw control characters {bad:?}: {text:?}");
}

/// A loopback HTTP server that answers every POST with a SOAP fault quoting the request, with
/// terminal escapes and a long tail in the faultstring. Stopped and joined on drop.
struct EchoServer {
    addr: std::net::SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

const TAIL: usize = 50_000;

impl EchoServer {
    fn start() -> EchoServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let s = stop.clone();
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(c) = conn {
                    let _ = answer(c);
                }
            }
        });
        EchoServer { addr, stop, thread: Some(thread) }
    }

    fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }
}

impl Drop for EchoServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn answer(stream: TcpStream) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut len = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        if line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.trim().eq_ignore_ascii_case("content-length") {
                len = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; len];
    reader.read_exact(&mut body)?;
    let request = String::from_utf8_lossy(&body);
    let text =
        format!("Cannot parse ESC-HERE[2J\u{9b}31mred\u{7f}\u{202e}gnirts\rfake: {request} {}", "x".repeat(TAIL));
    let fault = ttsoap::Fault::server(text, 11);
    // A raw ESC cannot be written in XML; servers send it as a character reference.
    let xml = String::from_utf8(ttsoap::envelope::write_fault(&fault)).unwrap().replace("ESC-HERE", "&#27;");
    let mut s = stream;
    write!(
        s,
        "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{xml}",
        xml.len()
    )?;
    s.flush()
}

#[test]
fn a_fault_is_one_escaped_bounded_line_without_the_password() {
    let server = EchoServer::start();
    let out = tt(&server.url(), &["tables"]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert_inert("the error line", &err);
    assert!(err.contains("Cannot parse"), "{err}");
    assert!(err.contains("\\u{9b}31mred\\u{7f}\\u{202e}gnirts"), "escaped: {err}");
    assert!(!err.contains(PASSWORD), "the password is shown: {err}");
    assert!(err.chars().count() < 600, "bounded: {} characters", err.chars().count());
    assert!(err.contains("more characters; -v shows all"), "{err}");

    // -v: the whole text, still escaped and without the password.
    let out = tt(&server.url(), &["-v", "tables"]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_inert("-v output", &err);
    assert!(!err.contains(PASSWORD), "the password is shown with -v");
    let last = err.trim_end().lines().last().unwrap_or_default();
    assert!(last.starts_with("tt: error: ") && last.contains(&"x".repeat(TAIL)), "the whole error with -v");

    // -vv traces the exchanges: still nothing raw, nothing secret.
    let out = tt(&server.url(), &["-vv", "tables"]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(err.contains("ttsoap::wire"), "the wire trace is on");
    assert_inert("-vv output", &err);
    assert!(!err.contains(PASSWORD), "the password is shown with -vv");
}

#[test]
fn record_text_is_escaped_in_tables_and_exact_in_json() {
    let emu = Emulator::builder().start().expect("start the emulator");
    let u = emu.url();
    let summary = "Title\u{9b}2J\u{7f} with \u{202e}reversed\r\ttab";
    let out = tt(&u, &["edit", "Defect", "1", "--set", &format!("Summary={summary}")]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));

    let json: serde_json::Value =
        serde_json::from_slice(&tt(&u, &["show", "Defect", "1", "--format", "json"]).stdout).expect("JSON");
    assert_eq!(json["summary"].as_str().or(json["fields"]["Summary"].as_str()), Some(summary), "{json}");

    for args in [&["show", "Defect", "1"][..], &["list", "Defect", "--columns", "Number,Summary"]] {
        let out = tt(&u, args);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert_inert(&format!("tt {args:?}"), &text);
        assert!(text.contains("Title\\u{9b}2J\\u{7f} with \\u{202e}reversed"), "{args:?}: {text}");
    }
    emu.stop();
}
