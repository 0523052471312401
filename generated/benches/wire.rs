//! Wire-format speed and memory, measured against a raw quick-xml event scan of the same
//! bytes in the same run. Run with `cargo bench -p testtrack --bench wire`.
//!
//! Figures printed (no assertions: speed is measured, not asserted):
//! - typed decode of a 10,000-row `getRecordListForTable` response (gSOAP style) vs raw scan;
//! - typed decode of a `getDefect` with 200 events and 50 custom fields vs raw scan;
//! - encode of `saveDefect` with 200 events;
//! - peak heap while decoding 100,000 rows, as a multiple of the response size.
//!
//! `BENCH_RUNS=41` takes more samples per figure; `BENCH_ONLY=list|defect|encode|memory` runs
//! one case. `BENCH_ONLY=profile` decodes the record list and the getDefect once each, typed
//! then raw, in functions of their own (`typed_once`, `raw_once`), for instruction counts:
//! `valgrind --tool=callgrind` then `callgrind_annotate --inclusive=yes` shows each call's
//! cost.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use testtrack::ops::{GetDefect, GetRecordListForTable, SaveDefect};
use testtrack::{
    AnyCEvent, AnyCField, CDefect, CDropdownField, CEvent, CIntegerField, CRecordRowSoap, CReportedByRecord,
    CStringField,
};
use ttsoap::xml::ReadOptions;
use ttsoap::{DateTime, Operation};

/// The system allocator, counting bytes only while [`COUNTING`] is set, so that the timed
/// cases pay nothing for the memory case's instrumentation.
struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
/// Bytes allocated minus bytes freed since counting started (frees of older memory make it
/// go below zero, hence signed).
static CURRENT: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn count(delta: isize) {
    if COUNTING.load(Ordering::Relaxed) {
        let now = CURRENT.fetch_add(delta, Ordering::Relaxed) + delta;
        PEAK.fetch_max(now, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            count(l.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        count(-(l.size() as isize));
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            count(new as isize - l.size() as isize);
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const ENVELOPE_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:ttns="urn:testtrack-interface"><SOAP-ENV:Body SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">"#;
const ENVELOPE_TAIL: &str = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

/// A gSOAP-style record list: one line, no xsi:type, `<item>` rows.
fn record_list(rows: usize) -> Vec<u8> {
    let columns = [
        "Number",
        "Summary",
        "Status",
        "Type",
        "Priority",
        "Product",
        "Component",
        "Currently Assigned To",
        "Entered By",
        "Date Entered",
        "Date Modified",
        "Description",
    ];
    let mut s = String::with_capacity(rows * 1000 + 4096);
    s.push_str(ENVELOPE_HEAD);
    s.push_str(
        "<ttns:getRecordListForTableResponse><recordlist><columnlist SOAP-ENC:arrayType=\"ttns:CTableColumn[12]\">",
    );
    for c in columns {
        s.push_str("<item><name>");
        s.push_str(c);
        s.push_str("</name></item>");
    }
    s.push_str(&format!("</columnlist><records SOAP-ENC:arrayType=\"ttns:CRecordRowSoap[{rows}]\">"));
    for i in 0..rows {
        s.push_str("<item><row SOAP-ENC:arrayType=\"ttns:CRecordData[12]\">");
        let values = [
            format!("{}", 10_000 + i),
            format!("Crash in module {} when saving a record with a long summary &amp; more", i % 97),
            "Open (Re-Opened)".to_string(),
            "Incorrect Functionality".to_string(),
            "Immediate".to_string(),
            "Helix ALM Server".to_string(),
            "SOAP interface".to_string(),
            format!("Developer{}, Dana", i % 13),
            "Tester, Terry".to_string(),
            "8/14/2015 at 6:31 AM".to_string(),
            "9/01/2016 at 11:02 PM".to_string(),
            format!("Steps to reproduce {i}: log on, open the defect, edit, save; the server answers 22."),
        ];
        for v in values {
            s.push_str("<item><value>");
            s.push_str(&v);
            s.push_str("</value></item>");
        }
        s.push_str("</row></item>");
    }
    s.push_str("</records></recordlist></ttns:getRecordListForTableResponse>");
    s.push_str(ENVELOPE_TAIL);
    s.into_bytes()
}

fn rich_defect(events: usize, fields: usize) -> CDefect {
    let custom: Vec<AnyCField> = (0..fields)
        .map(|i| match i % 3 {
            0 => AnyCField::CStringField(CStringField {
                recordid: i as i64,
                name: Some(format!("Custom text {i}")),
                value: Some(format!("Value of custom field {i} with some words in it")),
                ..Default::default()
            }),
            1 => AnyCField::CIntegerField(CIntegerField {
                recordid: i as i64,
                name: Some(format!("Custom number {i}")),
                value: i as i32 * 7,
            }),
            _ => AnyCField::CDropdownField(CDropdownField {
                recordid: i as i64,
                name: Some(format!("Custom choice {i}")),
                value: Some("Medium".into()),
                ..Default::default()
            }),
        })
        .collect();
    let eventlist: Vec<AnyCEvent> = (0..events)
        .map(|i| {
            AnyCEvent::CEvent(CEvent {
                recordid: 1000 + i as i64,
                user: Some("Tester, Terry".into()),
                date: Some(DateTime::from_unix(1_500_000_000 + i as i64 * 3600)),
                notes: Some(format!("Event {i}: looked at it again, still failing on <save> & reopen.")),
                eventaddorder: i as i16,
                name: Some(["Assign", "Fix", "Verify", "Comment", "Re-Open"][i % 5].into()),
                resultingstate: Some("Open".into()),
                hours: Some(1.5),
                fieldlist: custom.iter().take(3).cloned().collect(),
                ..Default::default()
            })
        })
        .collect();
    CDefect {
        recordid: 42,
        defectnumber: Some(4242),
        summary: Some("Benchmark defect".into()),
        state: Some("Open".into()),
        reportedbylist: vec![CReportedByRecord {
            recordid: 1,
            foundby: Some("Tester, Terry".into()),
            comments: Some("Found during the nightly run.".into()),
            ..Default::default()
        }],
        eventlist,
        custom_field_list: custom,
        ..Default::default()
    }
}

fn raw_scan(bytes: &[u8]) -> usize {
    let mut r = quick_xml::Reader::from_reader(bytes);
    let mut n = 0;
    loop {
        match r.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => n += 1,
            Err(e) => panic!("{e}"),
        }
    }
    n
}

/// Median of `runs` timings of `f` (after one warm-up). Dropping the result is not timed.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    black_box(f());
    let mut v: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let out = black_box(f());
            let d = t.elapsed();
            drop(out);
            d
        })
        .collect();
    v.sort();
    v[v.len() / 2]
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

/// Times the typed decode and the raw scan alternately, so that both see the same machine
/// (this one's speed drifts by 2x over seconds), and reports the medians and the median of
/// the per-pair ratios.
fn compare_decode<T>(label: &str, bytes: &[u8], runs: usize, mut typed: impl FnMut() -> T) {
    black_box(typed());
    black_box(raw_scan(bytes));
    let mut t = Vec::with_capacity(runs);
    let mut r = Vec::with_capacity(runs);
    let mut ratios = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let out = black_box(typed());
        let dt = start.elapsed();
        drop(out);
        let start = Instant::now();
        black_box(raw_scan(bytes));
        let dr = start.elapsed();
        t.push(dt);
        r.push(dr);
        ratios.push(dt.as_secs_f64() / dr.as_secs_f64());
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (typed, raw) = (median(&mut t), median(&mut r));
    ratios.sort_by(f64::total_cmp);
    println!(
        "{label}: {:.2} MB; typed decode {:.2} ms ({:.0} MB/s); raw quick-xml scan {:.2} ms ({:.0} MB/s); typed/raw = {:.2}x (median of {runs} pairs)",
        bytes.len() as f64 / 1e6,
        typed.as_secs_f64() * 1e3,
        mbps(bytes.len(), typed),
        raw.as_secs_f64() * 1e3,
        mbps(bytes.len(), raw),
        ratios[ratios.len() / 2]
    );
}

fn main() {
    let opts = ReadOptions::default();
    let runs = std::env::var("BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(15);
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let wanted = |case: &str| only.is_empty() || only == case;

    if wanted("list") {
        bench_list(opts, runs);
    }
    let defect = rich_defect(200, 50);
    if wanted("defect") {
        bench_defect(&defect, opts, runs);
    }
    if wanted("encode") {
        bench_encode(defect.clone(), runs);
    }
    if wanted("memory") {
        bench_memory(opts);
    }
    if only == "profile" {
        profile(&defect, opts);
    }
}

/// One typed decode and one raw scan of each document, for an instruction profiler.
fn profile(defect: &CDefect, opts: ReadOptions) {
    let list = record_list(10_000);
    let resp = testtrack::ops::GetDefectResponse { p_defect: defect.clone() };
    let one = ttsoap::envelope::write_response::<GetDefect>(&resp).unwrap();
    let list_rows =
        typed_once::<<GetRecordListForTable as Operation>::Response>(&list, "getRecordListForTableResponse", opts);
    assert_eq!(list_rows.recordlist.records.len(), 10_000);
    black_box(raw_once(&list));
    let d = typed_once::<<GetDefect as Operation>::Response>(&one, "getDefectResponse", opts);
    assert_eq!(&d.p_defect, defect);
    black_box(raw_once(&one));
}

#[inline(never)]
fn typed_once<T: ttsoap::Message + Default>(bytes: &[u8], response: &str, opts: ReadOptions) -> T {
    ttsoap::envelope::read_response::<T>(bytes, ttsoap::Style::Rpc, response, opts).expect("decode")
}

#[inline(never)]
fn raw_once(bytes: &[u8]) -> usize {
    raw_scan(bytes)
}

fn bench_list(opts: ReadOptions, runs: usize) {
    let list = record_list(10_000);
    let decode_list = || {
        ttsoap::envelope::read_response::<<GetRecordListForTable as Operation>::Response>(
            &list,
            ttsoap::Style::Rpc,
            "getRecordListForTableResponse",
            opts,
        )
        .expect("decode")
    };
    let rows = decode_list().recordlist.records.len();
    assert_eq!(rows, 10_000);
    compare_decode("getRecordListForTable 10,000 rows", &list, runs, decode_list);
    let stream_list = || {
        ttsoap::stream::items::<CRecordRowSoap>(
            &list,
            "getRecordListForTableResponse",
            &["recordlist", "records"],
            opts,
        )
        .expect("open")
        .map(|row| black_box(row.expect("row")).row.len())
        .sum::<usize>()
    };
    assert_eq!(stream_list(), 120_000);
    compare_decode("getRecordListForTable 10,000 rows, streamed row by row", &list, runs, stream_list);

    // The same rows as our emulator (and PHP) write them: `xsi:type` on every element.
    let typed_style = ttsoap::envelope::write_response::<GetRecordListForTable>(&decode_list()).unwrap();
    let decode_typed_style = || {
        ttsoap::envelope::read_response::<<GetRecordListForTable as Operation>::Response>(
            &typed_style,
            ttsoap::Style::Rpc,
            "getRecordListForTableResponse",
            opts,
        )
        .expect("decode")
    };
    assert_eq!(decode_typed_style(), decode_list());
    compare_decode("getRecordListForTable 10,000 rows, xsi:type everywhere", &typed_style, runs, decode_typed_style);
}

/// getDefect with 200 events and 50 custom fields, as our server writes it.
fn bench_defect(defect: &CDefect, opts: ReadOptions, runs: usize) {
    let resp = testtrack::ops::GetDefectResponse { p_defect: defect.clone() };
    let bytes = ttsoap::envelope::write_response::<GetDefect>(&resp).unwrap();
    let decode_defect = || {
        ttsoap::envelope::read_response::<<GetDefect as Operation>::Response>(
            &bytes,
            ttsoap::Style::Rpc,
            "getDefectResponse",
            opts,
        )
        .expect("decode")
    };
    assert_eq!(&decode_defect().p_defect, defect);
    compare_decode("getDefect 200 events + 50 custom fields", &bytes, runs * 10, decode_defect);
}

/// Encode saveDefect with 200 events.
fn bench_encode(defect: CDefect, runs: usize) {
    let save = SaveDefect { p_defect: defect, ..Default::default() };
    let size = ttsoap::envelope::write_request(&save).unwrap().len();
    let enc = time(runs * 10, || ttsoap::envelope::write_request(&save).unwrap());
    println!(
        "saveDefect 200 events encode: {:.2} MB in {:.3} ms ({:.0} MB/s)",
        size as f64 / 1e6,
        enc.as_secs_f64() * 1e3,
        mbps(size, enc)
    );
}

/// Peak memory decoding 100,000 rows.
fn bench_memory(opts: ReadOptions) {
    let big = record_list(100_000);
    CURRENT.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let decoded = ttsoap::envelope::read_response::<<GetRecordListForTable as Operation>::Response>(
        &big,
        ttsoap::Style::Rpc,
        "getRecordListForTableResponse",
        opts,
    )
    .expect("decode");
    COUNTING.store(false, Ordering::Relaxed);
    let peak = PEAK.load(Ordering::Relaxed) as usize;
    let held = CURRENT.load(Ordering::Relaxed) as usize;
    println!(
        "getRecordListForTable 100,000 rows: response {:.1} MB; peak heap during decode {:.1} MB ({:.2}x the response); decoded rows hold {:.1} MB",
        big.len() as f64 / 1e6,
        peak as f64 / 1e6,
        peak as f64 / big.len() as f64,
        held as f64 / 1e6
    );
    drop(decoded);

    // The same rows read one at a time: only the current row is held.
    CURRENT.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let rows = ttsoap::stream::items::<CRecordRowSoap>(
        &big,
        "getRecordListForTableResponse",
        &["recordlist", "records"],
        opts,
    )
    .expect("open")
    .map(|row| black_box(row.expect("row")).row.len())
    .sum::<usize>();
    COUNTING.store(false, Ordering::Relaxed);
    assert_eq!(rows, 1_200_000);
    let peak = PEAK.load(Ordering::Relaxed) as usize;
    println!(
        "getRecordListForTable 100,000 rows streamed: peak heap {:.3} MB ({:.4}x the response)",
        peak as f64 / 1e6,
        peak as f64 / big.len() as f64,
    );
}
