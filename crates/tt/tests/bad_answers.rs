//! `tt` never reports a success the server's answer does not show: a loopback proxy in front of
//! the emulator replaces one operation's answer with another operation's response element, a
//! response without its part, or an HTTP 500 without a Fault, and `tt edit`, `tt show` and
//! `tt list` must fail (non-zero exit, no "saved").

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Output;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;

use tt_emulator::Emulator;
use ttsoap::transport::{Transport, TransportConfig};
use ttsoap::xml::ReadOptions;
use ttsoap::Endpoint;

mod support;

use support::tt;

/// How the proxy changes the answer to one operation: (status, body) in, (status, body) out.
type Rewrite = Arc<dyn Fn(u16, String) -> (u16, String) + Send + Sync>;

/// A proxy on 127.0.0.1 that forwards every request to the emulator and rewrites the answers
/// to `op` (one connection at a time, `Connection: close`). Stopped and joined when dropped.
struct Proxy {
    addr: std::net::SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Proxy {
    fn start(upstream: String, op: &'static str, rewrite: Rewrite) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let s = stop.clone();
        let transport = Transport::new(Endpoint::exact(&upstream).unwrap(), TransportConfig::default()).unwrap();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    serve(stream, &transport, op, &*rewrite);
                }
            }
        });
        Proxy { addr, stop, thread: Some(thread) }
    }

    fn url(&self) -> String {
        format!("http://{}/scripts/ttsoapcgi.exe", self.addr)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(stream: TcpStream, transport: &Transport, op: &str, rewrite: &dyn Fn(u16, String) -> (u16, String)) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let (mut length, mut action) = (0usize, String::new());
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        } else if lower.starts_with("soapaction:") {
            action = line["soapaction:".len()..].trim().trim_matches('"').to_string();
        }
    }
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let answer = transport.post(&action, &body).expect("the emulator answers");
    let (mut status, mut text) = (answer.status, String::from_utf8_lossy(&answer.body).into_owned());
    if operation_of(&body).as_deref() == Some(op) {
        (status, text) = rewrite(status, text);
    }
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        text.len()
    );
    let mut out = stream;
    let _ = out.write_all(head.as_bytes()).and_then(|_| out.write_all(text.as_bytes()));
}

fn operation_of(body: &[u8]) -> Option<String> {
    let (mut r, b) = ttsoap::envelope::open_body(body, ReadOptions::default()).ok()?;
    let el = ttsoap::envelope::first_in_body(&mut r, &b).ok()??;
    Some(String::from_utf8_lossy(el.local_name()).into_owned())
}

#[track_caller]
fn refused(o: &Output, what: &str, needle: &str) {
    let (out, err) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert_ne!(o.status.code(), Some(0), "{what}: exit 0\nstdout: {out}\nstderr: {err}");
    assert!(!out.contains("saved"), "{what}: stdout says saved: {out}");
    assert!(err.contains(needle), "{what}: stderr lacks {needle:?}: {err}");
}

/// The three bad answers for `op`, each with a word its error must name.
fn bad_answers(op: &'static str, part: &'static str) -> Vec<(&'static str, Rewrite, &'static str)> {
    let response = format!("{op}Response");
    let wrong = response.clone();
    let missing = Arc::new(move |s: u16, body: String| {
        let start = body.find(&format!("<{part}")).expect("the part");
        let close = format!("</{part}>");
        let end = body[start..]
            .find(&close)
            .map(|i| start + i + close.len())
            .unwrap_or_else(|| start + body[start..].find("/>").expect("an empty part") + 2);
        (s, format!("{}{}", &body[..start], &body[end..]))
    });
    vec![
        (
            "wrong element",
            Arc::new(move |s: u16, body: String| (s, body.replace(&wrong, "getSomethingElseResponse"))),
            "getSomethingElseResponse",
        ),
        ("missing part", missing, part),
        ("500 without a fault", Arc::new(|_, body| (500, body)), "without a SOAP Fault"),
    ]
}

#[test]
fn edit_show_and_list_fail_on_answers_that_are_not_the_operations() {
    let emu = Emulator::builder().start().expect("start the emulator");
    for (what, rewrite, needle) in bad_answers("saveDefect", "result") {
        let proxy = Proxy::start(emu.url(), "saveDefect", rewrite);
        refused(&tt(&proxy.url(), &["edit", "Defect", "3", "--set", "Priority=Low"]), what, needle);
    }
    for (what, rewrite, needle) in bad_answers("getDefect", "pDefect") {
        let proxy = Proxy::start(emu.url(), "getDefect", rewrite);
        refused(&tt(&proxy.url(), &["show", "Defect", "1"]), what, needle);
    }
    for (what, rewrite, needle) in bad_answers("getRecordListForTable", "recordlist") {
        let proxy = Proxy::start(emu.url(), "getRecordListForTable", rewrite);
        refused(&tt(&proxy.url(), &["list", "Defect"]), what, needle);
    }
    // Through the proxy without rewriting, the same commands work.
    let proxy = Proxy::start(emu.url(), "none", Arc::new(|s, b| (s, b)));
    let out = tt(&proxy.url(), &["edit", "Defect", "3", "--set", "Priority=Low"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("saved"));
}
