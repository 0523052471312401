//! A loopback HTTP proxy for tests that need answers to go wrong on the way back: it forwards
//! one request per client connection to an upstream emulator and, when a rule says so, cuts
//! the connection or corrupts the answer. Written with `std::net` only; the upstream can be
//! switched (a "restarted" server).
#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the proxy does with one exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Forward the request and the answer unchanged.
    Pass,
    /// Close the client's connection without forwarding: the server never sees the request.
    CutBeforeSend,
    /// Forward the request, let the server answer, then close the client's connection
    /// without an answer.
    CutAfterSend,
    /// Forward, then replace the first `recordid` value of the answer with text.
    TextInRecordId,
    /// Forward, then hold the answer for this many milliseconds before passing it on.
    DelayAnswer(u64),
    /// Forward, then send only the first half of the answer's body.
    Truncate,
    /// Forward, then put bytes that are not UTF-8 into the answer's first text value
    /// (`summary`, `name`, `recordid` or `result`).
    BadUtf8,
}

impl Action {
    /// The actions that lose an answer the server has produced.
    pub const LOSING: [Action; 4] = [Action::CutAfterSend, Action::TextInRecordId, Action::Truncate, Action::BadUtf8];
}

#[derive(Default)]
struct Shared {
    /// (operation, action) rules, used once each, first match wins.
    rules: Mutex<VecDeque<(String, Action)>>,
    /// Operations seen, in order.
    seen: Mutex<Vec<String>>,
    upstream: Mutex<Option<SocketAddr>>,
    stop: AtomicBool,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A running proxy; dropping it stops it and joins its threads.
pub struct Proxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
    workers: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Proxy {
    /// A proxy on 127.0.0.1 forwarding to `upstream`.
    pub fn start(upstream: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("proxy binds");
        let addr = listener.local_addr().expect("proxy address");
        let shared = Arc::new(Shared::default());
        *lock(&shared.upstream) = Some(upstream);
        let workers: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let (s, w) = (shared.clone(), workers.clone());
        let acceptor = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if s.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let s2 = s.clone();
                let h = std::thread::spawn(move || {
                    let _ = serve(&s2, conn);
                });
                let mut all = lock(&w);
                all.retain(|h| !h.is_finished());
                all.push(h);
            }
        });
        Proxy { addr, shared, acceptor: Some(acceptor), workers }
    }

    /// The SOAP endpoint through the proxy.
    pub fn url(&self) -> String {
        format!("http://{}/scripts/ttsoapcgi.exe", self.addr)
    }

    /// Sends the following requests to another server.
    pub fn set_upstream(&self, upstream: SocketAddr) {
        *lock(&self.shared.upstream) = Some(upstream);
    }

    /// The next call of `op` gets `action` (rules queue up).
    pub fn once(&self, op: &str, action: Action) {
        lock(&self.shared.rules).push_back((op.to_string(), action));
    }

    /// Drops rules not used yet.
    pub fn clear_rules(&self) {
        lock(&self.shared.rules).clear();
    }

    /// The operations seen so far (and forgets them).
    pub fn take_seen(&self) -> Vec<String> {
        std::mem::take(&mut *lock(&self.shared.seen))
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(a) = self.acceptor.take() {
            let _ = a.join();
        }
        for h in std::mem::take(&mut *lock(&self.workers)) {
            let _ = h.join();
        }
    }
}

struct Message {
    head: Vec<String>,
    body: Vec<u8>,
}

fn read_message(r: &mut impl BufRead) -> std::io::Result<Option<Message>> {
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim_end_matches(['\r', '\n']).to_string();
        if line.is_empty() {
            break;
        }
        head.push(line);
    }
    let header = |name: &str| {
        head.iter().skip(1).find_map(|h| {
            let (k, v) = h.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    };
    let mut body = Vec::new();
    if let Some(n) = header("content-length").and_then(|v| v.parse::<usize>().ok()) {
        body.resize(n, 0);
        r.read_exact(&mut body)?;
    } else if header("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked")) {
        loop {
            let mut size = String::new();
            r.read_line(&mut size)?;
            let n = usize::from_str_radix(size.trim().split(';').next().unwrap_or("0"), 16).unwrap_or(0);
            if n == 0 {
                let mut end = String::new();
                r.read_line(&mut end)?;
                break;
            }
            let start = body.len();
            body.resize(start + n, 0);
            r.read_exact(&mut body[start..])?;
            let mut crlf = [0u8; 2];
            r.read_exact(&mut crlf)?;
        }
    } else if !head[0].starts_with("POST") && !head[0].starts_with("GET") {
        r.read_to_end(&mut body)?;
    }
    Ok(Some(Message { head, body }))
}

fn write_message(w: &mut impl Write, m: &Message) -> std::io::Result<()> {
    let mut out = Vec::new();
    out.extend_from_slice(m.head[0].as_bytes());
    out.extend_from_slice(b"\r\n");
    for h in &m.head[1..] {
        let name = h.split(':').next().unwrap_or("").trim().to_ascii_lowercase();
        if matches!(name.as_str(), "content-length" | "connection" | "transfer-encoding" | "keep-alive") {
            continue;
        }
        out.extend_from_slice(h.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("Content-Length: {}\r\nConnection: close\r\n\r\n", m.body.len()).as_bytes());
    out.extend_from_slice(&m.body);
    w.write_all(&out)?;
    w.flush()
}

/// The local name of the first element inside the SOAP Body.
pub fn operation_of(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let Some(b) = text.find("Body") else { return String::new() };
    let rest = &text[b..];
    let Some(open) = rest.find('>').and_then(|i| rest[i..].find('<').map(|j| i + j + 1)) else {
        return String::new();
    };
    let name: String = rest[open..].chars().take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/').collect();
    name.rsplit(':').next().unwrap_or("").to_string()
}

fn serve(s: &Shared, client: TcpStream) -> std::io::Result<()> {
    client.set_read_timeout(Some(Duration::from_secs(20)))?;
    let mut reader = BufReader::new(client.try_clone()?);
    let Some(request) = read_message(&mut reader)? else { return Ok(()) };
    let mut client = client;
    let op = operation_of(&request.body);
    lock(&s.seen).push(op.clone());
    let action = {
        let mut rules = lock(&s.rules);
        match rules.iter().position(|(o, _)| *o == op) {
            Some(i) => rules.remove(i).map_or(Action::Pass, |r| r.1),
            None => Action::Pass,
        }
    };
    if action == Action::CutBeforeSend {
        return client.shutdown(Shutdown::Both);
    }
    let Some(upstream) = *lock(&s.upstream) else { return client.shutdown(Shutdown::Both) };
    let up = TcpStream::connect(upstream)?;
    up.set_read_timeout(Some(Duration::from_secs(20)))?;
    write_message(&mut &up, &request)?;
    let Some(mut answer) = read_message(&mut BufReader::new(&up))? else {
        return client.shutdown(Shutdown::Both);
    };
    match action {
        Action::Pass | Action::CutBeforeSend => {}
        Action::DelayAnswer(ms) => std::thread::sleep(Duration::from_millis(ms)),
        Action::CutAfterSend => return client.shutdown(Shutdown::Both),
        Action::TextInRecordId => answer.body = replace_value(&answer.body, b"<recordid", b"not-a-number"),
        Action::Truncate => {
            let half = answer.body.len() / 2;
            answer.body.truncate(half);
        }
        Action::BadUtf8 => {
            let at = value_start(&answer.body, b"<summary")
                .or_else(|| value_start(&answer.body, b"<name"))
                .or_else(|| value_start(&answer.body, b"<recordid"))
                .or_else(|| value_start(&answer.body, b"<result"))
                .unwrap_or(answer.body.len() / 2);
            answer.body.splice(at..at, [0xC3, 0x28, 0xFF]);
        }
    }
    write_message(&mut client, &answer)?;
    let _ = client.shutdown(Shutdown::Write);
    // Let the client read everything before the socket closes.
    let mut sink = [0u8; 64];
    let _ = client.read(&mut sink);
    Ok(())
}

/// Where the text of the first `tag` element begins.
fn value_start(body: &[u8], tag: &[u8]) -> Option<usize> {
    let i = body.windows(tag.len()).position(|w| w == tag)?;
    let gt = body[i..].iter().position(|&b| b == b'>')?;
    Some(i + gt + 1)
}

/// Replaces the text of the first `tag` element.
fn replace_value(body: &[u8], tag: &[u8], with: &[u8]) -> Vec<u8> {
    let Some(start) = value_start(body, tag) else {
        return body[..body.len() / 2].to_vec();
    };
    let end = body[start..].iter().position(|&b| b == b'<').map_or(body.len(), |e| start + e);
    let mut out = body[..start].to_vec();
    out.extend_from_slice(with);
    out.extend_from_slice(&body[end..]);
    out
}
