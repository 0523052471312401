//! An upload through a proxy that loses the answer of every third data-changing call (the
//! call reached the emulator and changed data; the client gets HTTP 502 from the gateway) still
//! ends complete, with no duplicate: the runtime's retry policy repeats a 502 only for read-only
//! calls, and the uploader reads the state back instead of repeating a write blindly. (A 503
//! means the request was not passed on, so the runtime retries it for any call.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

use tt_emulator::Emulator;
use tt_records::results::{DefectConfig, JunitReader, LinkConfig, Upload};
use tt_records::Tracker;

const WRITES: &[&str] =
    &["addTestCase", "addFolder", "addEntityToFolderByRecordID", "generateTestRuns", "saveTestRun", "addLink"];
const WRITES_AND_LOOKUPS: &[&str] = &[
    "addTestCase",
    "addFolder",
    "addEntityToFolderByRecordID",
    "generateTestRuns",
    "saveTestRun",
    "addLink",
    "getRecordListForTableWithQuery",
    "getTestCaseByRecordID",
    "getTestRunByRecordID",
];

struct Proxy {
    port: u16,
    stop: Arc<AtomicBool>,
    lost: Arc<AtomicUsize>,
    handle: Option<thread::JoinHandle<()>>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// Reads one HTTP request (head and Content-Length body); `None` at the end of the stream.
fn read_request(r: &mut BufReader<TcpStream>) -> Option<(String, Vec<u8>)> {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let end = line == "\r\n";
        head.push_str(&line);
        if end {
            break;
        }
    }
    let len = head
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse::<usize>()))
        .and_then(Result::ok)
        .unwrap_or(0);
    let mut body = vec![0; len];
    r.read_exact(&mut body).ok()?;
    Some((head, body))
}

fn forward(upstream: u16, head: &str, body: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect(("127.0.0.1", upstream)).unwrap();
    let head: String = head
        .lines()
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:") && !l.is_empty())
        .map(|l| format!("{l}\r\n"))
        .collect();
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(b"Connection: close\r\n\r\n").unwrap();
    s.write_all(body).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    out
}

fn serve(conn: TcpStream, upstream: u16, ops: &[&str], writes: Arc<AtomicUsize>, lost: Arc<AtomicUsize>) {
    let mut w = conn.try_clone().unwrap();
    let mut r = BufReader::new(conn);
    while let Some((head, body)) = read_request(&mut r) {
        let text = String::from_utf8_lossy(&body);
        let is_write = ops.iter().any(|op| text.contains(&format!(":{op}>")) || text.contains(&format!("<{op}>")));
        let answer = forward(upstream, &head, &body);
        if is_write && writes.fetch_add(1, Ordering::SeqCst) % 3 == 2 {
            lost.fetch_add(1, Ordering::SeqCst);
            let page = "<html><body>502 Bad Gateway</body></html>";
            let resp = format!(
                "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{page}",
                page.len()
            );
            if w.write_all(resp.as_bytes()).is_err() {
                return;
            }
        } else {
            // The emulator's answer, re-framed for a kept-alive connection.
            let split = answer.windows(4).position(|x| x == b"\r\n\r\n").unwrap() + 4;
            let (h, b) = answer.split_at(split);
            let h = String::from_utf8_lossy(h);
            let status = h.lines().next().unwrap();
            let ctype = h.lines().find(|l| l.to_ascii_lowercase().starts_with("content-type:")).unwrap_or("");
            let resp = format!("{status}\r\n{ctype}\r\nContent-Length: {}\r\n\r\n", b.len());
            if w.write_all(resp.as_bytes()).and_then(|()| w.write_all(b)).is_err() {
                return;
            }
        }
    }
}

fn proxy(upstream: u16, ops: &'static [&'static str]) -> Proxy {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let stop = Arc::new(AtomicBool::new(false));
    let lost = Arc::new(AtomicUsize::new(0));
    let (st, lo) = (stop.clone(), lost.clone());
    let handle = thread::spawn(move || {
        let writes = Arc::new(AtomicUsize::new(0));
        let mut conns = Vec::new();
        for c in l.incoming() {
            if st.load(Ordering::SeqCst) {
                break;
            }
            let Ok(c) = c else { continue };
            let (w, lo) = (writes.clone(), lo.clone());
            conns.push(thread::spawn(move || serve(c, upstream, ops, w, lo)));
        }
        drop(conns);
    });
    Proxy { port, stop, lost, handle: Some(handle) }
}

#[test]
fn lost_answers_to_writes_are_reconciled_without_duplicates() {
    let emu = Emulator::builder().start().unwrap();
    let upstream: u16 = emu.url().split(':').nth(2).unwrap().split('/').next().unwrap().parse().unwrap();
    let p = proxy(upstream, WRITES);
    let url = format!("http://127.0.0.1:{}/", p.port);
    let tt = Tracker::login(&url, "Demo", "ada", "ada-secret").unwrap();
    let file = format!("{}/tests/fixtures/junit/surefire.xml", env!("CARGO_MANIFEST_DIR"));
    let links = LinkConfig { definition: Some("Tested By".into()), ..Default::default() };
    let r = Upload::new(&tt).run_set("Build 503").links(links).run(JunitReader::open(&file).unwrap()).unwrap();
    assert!(p.lost.load(Ordering::SeqCst) >= 3, "the proxy lost answers");
    assert!(r.is_complete(), "{r:?}");
    assert!(r.retried >= 3, "{r:?}");
    assert_eq!((r.created, r.runs, r.events, r.linked), (5, 5, 4, 1), "{r:?}");

    // Read directly from the emulator: one test case per key, one run per test case.
    let direct = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").unwrap();
    let q = serde_json::json!({ "Test Run Set": "Build 503" }).to_string();
    let runs = direct.records("Test Run").columns(["Test Case Number", "Status"]).query(&q).collect().unwrap();
    assert_eq!(runs.len(), 5, "{runs:?}");
    let mut cases: Vec<String> = runs.iter().map(|r| r["Test Case Number"].to_string()).collect();
    cases.dedup();
    assert_eq!(cases.len(), 5);
    let summaries = direct.records("Test Case").columns(["Summary"]).collect().unwrap();
    let ours = summaries.iter().filter(|r| r["Summary"].starts_with("com.example.")).count();
    assert_eq!(ours, 5);
    drop(tt);
    drop(p);
}

#[test]
fn lost_answers_to_lookups_are_read_again() {
    let emu = Emulator::builder().start().unwrap();
    let upstream: u16 = emu.url().split(':').nth(2).unwrap().split('/').next().unwrap().parse().unwrap();
    let p = proxy(upstream, WRITES_AND_LOOKUPS);
    let url = format!("http://127.0.0.1:{}/", p.port);
    let tt = Tracker::login(&url, "Demo", "ada", "ada-secret").unwrap();
    let file = format!("{}/tests/fixtures/junit/pytest.xml", env!("CARGO_MANIFEST_DIR"));
    for set in ["Build A", "Build A", "Build B"] {
        let r = Upload::new(&tt).run_set(set).batch_size(1).run(JunitReader::open(&file).unwrap()).unwrap();
        assert!(r.is_complete(), "{r:?}");
    }
    assert!(p.lost.load(Ordering::SeqCst) >= 4, "the proxy lost answers");
    let direct = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").unwrap();
    for set in ["Build A", "Build B"] {
        let q = serde_json::json!({ "Test Run Set": set }).to_string();
        let runs = direct.records("Test Run").columns(["Test Case Number"]).query(&q).collect().unwrap();
        assert_eq!(runs.len(), 3, "{set}: {runs:?}");
    }
    let cases = direct.records("Test Case").columns(["Summary"]).collect().unwrap();
    assert_eq!(cases.iter().filter(|r| r["Summary"].starts_with("tests.test_api")).count(), 3);
    drop(tt);
    drop(p);
}

const DEFECT_WRITES: &[&str] = &["addDefect", "saveDefect", "addLink"];

#[test]
fn lost_answers_while_filing_and_updating_defects_leave_one_defect_per_test() {
    let emu = Emulator::builder().start().unwrap();
    let upstream: u16 = emu.url().split(':').nth(2).unwrap().split('/').next().unwrap().parse().unwrap();
    let p = proxy(upstream, DEFECT_WRITES);
    let url = format!("http://127.0.0.1:{}/", p.port);
    let tt = Tracker::login(&url, "Demo", "ada", "ada-secret").unwrap();
    let direct = Tracker::login(&emu.url(), "Demo", "ada", "ada-secret").unwrap();
    let ids = || -> Vec<i64> {
        let rows = direct.records("Defect").columns(["Record ID"]).collect().unwrap();
        rows.iter().map(|r| r["Record ID"].parse().unwrap()).collect()
    };
    let before = ids();
    let file = format!("{}/tests/fixtures/junit/surefire.xml", env!("CARGO_MANIFEST_DIR"));
    let cfg = DefectConfig::new("Peer");
    let mut filed = 0;
    let mut updated = 0;
    for set in ["Build A", "Build A", "Build B", "Build B"] {
        let r = Upload::new(&tt).run_set(set).file_defects(cfg.clone()).run(JunitReader::open(&file).unwrap()).unwrap();
        assert!(r.is_complete(), "{r:?}");
        assert!(r.warnings.iter().all(|w| w.contains("no link definition given")), "{r:?}");
        filed += r.defects_filed;
        updated += r.defects_updated;
    }
    assert!(p.lost.load(Ordering::SeqCst) >= 3, "the proxy lost answers");
    // Surefire's report has one failure and one error: two defects, each updated once.
    assert_eq!((filed, updated), (2, 2));
    let new: Vec<i64> = ids().into_iter().filter(|i| !before.contains(i)).collect();
    assert_eq!(new.len(), 2, "{new:?}");
    for d in new {
        let rec = direct.get("Defect", tt_records::RecordKey::Id(d)).unwrap();
        assert_eq!(rec.events().iter().filter(|e| e.name == "Comment").count(), 1, "{:?}", rec.events());
        let links = direct.session().get_links_for_item("Defect", d).unwrap();
        assert_eq!(links.len(), 3, "the test case and two runs, each once: {links:?}");
    }
    drop(tt);
    drop(p);
}
