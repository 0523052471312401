//! Fuzz targets that look for more than panics (see `fuzz.rs` for the panic fuzzer):
//!
//! - **memory**: decoding a mutated response never allocates more than
//!   [`MEMORY_FACTOR`] times the input's size plus [`MEMORY_CONSTANT`] at its peak (measured by
//!   a counting global allocator, per thread); seeds include `href` bombs.
//! - **semantics**: a `saveDefect` answer decodes as success only when the input holds the
//!   `saveDefectResponse` wrapper and a `result` element.
//! - **HTTP classification**: random status / content type / body combinations given to
//!   [`ttsoap::client::check_response`] never panic, a SOAP Fault envelope is always
//!   [`Error::Fault`] (for HTTP 200 once the body is decoded), an HTML page is never taken as
//!   SOAP, and HTTP 500 is never a success.
//!
//! The emulator's request path (bytes into its dispatch with a logged-on cookie) is fuzzed in
//! `crates/tt-emulator/tests/fuzz_dispatch.rs`, with the same knobs.
//!
//! `cargo test` runs a few hundred rounds of each with a fixed seed. Long runs:
//!
//! ```text
//! FUZZ_ROUNDS=200000 FUZZ_SEED=$RANDOM cargo test --release -p testtrack --test fuzz_bounds -- --nocapture
//! FUZZ_ROUNDS=50000 FUZZ_SEED=$RANDOM cargo test --release -p tt-emulator --test fuzz_dispatch -- --nocapture
//! ```
//!
//! A failing input is written to `tests/fuzz-corpus/bounds-<hash>.xml` (replayed by `fuzz.rs`
//! from then on) before the test fails.

mod fuzz_support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::PathBuf;

use fuzz_support::{mutate, seeds, Rng};
use testtrack::ops::{GetDefect, GetRecordListForTable, SaveDefect};
use ttsoap::client::check_response;
use ttsoap::transport::HttpResponse;
use ttsoap::xml::ReadOptions;
use ttsoap::{Endpoint, Error, Fault, Operation, Style};

// ---------------------------------------------------------------------------------------
// A counting allocator: bytes live and the peak, per thread, while a thread counts.
// ---------------------------------------------------------------------------------------

struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn note(delta: isize) {
    let _ = COUNTING.try_with(|c| {
        if c.get() {
            let live = LIVE.with(|l| {
                l.set(l.get() + delta);
                l.get()
            });
            PEAK.with(|p| p.set(p.get().max(live)));
        }
    });
}

// SAFETY: every call is forwarded to the system allocator unchanged; the counters are
// const-initialised thread locals, which do not allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size() as isize);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        note(-(layout.size() as isize));
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size as isize - layout.size() as isize);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// The peak bytes allocated on this thread while `f` runs, above what was live before.
fn peak_of(f: impl FnOnce()) -> usize {
    LIVE.with(|l| l.set(0));
    PEAK.with(|p| p.set(0));
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    PEAK.with(|p| p.get()).max(0) as usize
}

/// Peak allocation allowed per input byte.
const MEMORY_FACTOR: usize = 64;
/// Peak allocation allowed whatever the input (the reference budget's 1 MiB floor decoded
/// into values, plus the reader's own state).
const MEMORY_CONSTANT: usize = 24 << 20;

fn rounds(default: usize) -> usize {
    std::env::var("FUZZ_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

fn rng() -> (u64, Rng) {
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0xb0_0d5);
    (seed, Rng(seed))
}

/// Saves a failing input to the corpus and returns where.
fn save(input: &[u8]) -> String {
    let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100_0000_01b3));
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fuzz-corpus/bounds-{hash:016x}.xml"));
    let _ = std::fs::write(&path, input);
    path.display().to_string()
}

/// An envelope around `inner` with the usual prefixes declared.
fn envelope(inner: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:ttns="urn:testtrack-interface"><SOAP-ENV:Body>{inner}</SOAP-ENV:Body></SOAP-ENV:Envelope>"#
    )
}

/// Responses whose references repeat one element many times, at sizes the memory target can
/// afford to expand wrongly (a few hundred MB at most) if the budget were missing.
fn bomb_seeds() -> Vec<Vec<u8>> {
    let columns = format!(
        "<ttns:getRecordListForTableResponse><recordlist><columnlist>{}</columnlist></recordlist></ttns:getRecordListForTableResponse><multiRef id=\"c\"><name>{}</name></multiRef>",
        "<item href=\"#c\"/>".repeat(2000),
        "n".repeat(64 << 10)
    );
    let events = format!(
        "<ttns:getDefectResponse><pDefect><recordid>1</recordid><eventlist>{}</eventlist></pDefect></ttns:getDefectResponse><multiRef id=\"e\" xsi:type=\"ttns:CEvent\"><notes>{}</notes></multiRef>",
        "<item href=\"#e\"/>".repeat(2000),
        "x".repeat(64 << 10)
    );
    let tiny = format!(
        "<ttns:getDefectResponse><pDefect><recordid>1</recordid><eventlist>{}</eventlist></pDefect></ttns:getDefectResponse><multiRef id=\"t\" xsi:type=\"ttns:CEvent\"/>",
        "<item href=\"#t\"/>".repeat(20_000)
    );
    vec![envelope(&columns).into_bytes(), envelope(&events).into_bytes(), envelope(&tiny).into_bytes()]
}

fn decode_all(input: &[u8]) {
    for strict in [false, true] {
        let opts = ReadOptions { strict, ..ReadOptions::default() };
        let _ = ttsoap::envelope::read_response::<<GetDefect as Operation>::Response>(
            input,
            Style::Rpc,
            "getDefectResponse",
            opts,
        );
        let _ = ttsoap::envelope::read_response::<<GetRecordListForTable as Operation>::Response>(
            input,
            Style::Rpc,
            "getRecordListForTableResponse",
            opts,
        );
        if let Ok(items) = ttsoap::stream::items::<testtrack::CTableColumn>(
            input,
            "getRecordListForTableResponse",
            &["recordlist", "columnlist"],
            opts,
        ) {
            for item in items {
                drop(item);
            }
        }
    }
}

#[test]
fn memory_stays_within_a_multiple_of_the_input() {
    let n = rounds(300);
    let (seed, mut rng) = rng();
    let mut all = seeds();
    all.extend(bomb_seeds());
    let mut worst = 0f64;
    for round in 0..n + all.len() {
        // Every seed once as is, then mutations.
        let input = if round < all.len() { all[round].clone() } else { mutate(&mut rng, &all[round % all.len()]) };
        let peak = peak_of(|| decode_all(&input));
        let allowed = MEMORY_FACTOR * input.len() + MEMORY_CONSTANT;
        if peak > allowed {
            panic!(
                "round {round} (seed {seed}): {peak} bytes at the peak for {} input bytes (allowed {allowed}); input saved to {}",
                input.len(),
                save(&input)
            );
        }
        if input.len() >= 16 << 10 {
            worst = worst.max(peak as f64 / input.len() as f64);
        }
    }
    println!("memory: {n} rounds (seed {seed}), worst peak {worst:.1} bytes per input byte (inputs of 16 KiB or more)");
}

fn save_defect_seeds() -> Vec<Vec<u8>> {
    let ok = ttsoap::envelope::write_response::<SaveDefect>(&testtrack::ops::SaveDefectResponse { result: 0 }).unwrap();
    vec![
        ok.clone(),
        envelope("<ttns:saveDefectResponse><result>0</result></ttns:saveDefectResponse>").into_bytes(),
        envelope("<ttns:saveDefectResponse></ttns:saveDefectResponse>").into_bytes(),
        envelope("<ttns:saveDefectResponse><result xsi:nil=\"true\"/></ttns:saveDefectResponse>").into_bytes(),
        envelope("<ttns:getSomethingElseResponse><result>0</result></ttns:getSomethingElseResponse>").into_bytes(),
        envelope("<ttns:saveDefectResponse><results>0</results><Result>0</Result></ttns:saveDefectResponse>")
            .into_bytes(),
        envelope("").into_bytes(),
    ]
}

/// True when `input` holds an element whose local name is `local` (`<local` or `<p:local`
/// followed by a tag delimiter).
fn has_element(input: &[u8], local: &[u8]) -> bool {
    input.windows(local.len() + 2).enumerate().any(|(i, w)| {
        let before = if i > 0 { input[i] } else { 0 };
        let tag_start = before == b'<' || before == b':';
        tag_start
            && &w[1..=local.len()] == local
            && matches!(w[local.len() + 1], b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r')
    })
}

#[test]
fn a_save_succeeds_only_with_its_result() {
    let n = rounds(1_000);
    let (seed, mut rng) = rng();
    let all = save_defect_seeds();
    let mut successes = 0;
    for round in 0..n + all.len() {
        let input = if round < all.len() { all[round].clone() } else { mutate(&mut rng, &all[round % all.len()]) };
        for opts in [ReadOptions::default(), ReadOptions::strict()] {
            let r = ttsoap::envelope::read_response::<<SaveDefect as Operation>::Response>(
                &input,
                Style::Rpc,
                "saveDefectResponse",
                opts,
            );
            if r.is_ok() {
                successes += 1;
                if !has_element(&input, b"result") || !has_element(&input, b"saveDefectResponse") {
                    panic!("round {round} (seed {seed}): a success without <result>; input saved to {}", save(&input));
                }
            }
        }
    }
    assert!(successes > 0, "no input decoded at all: the target checks nothing");
    println!("semantics: {n} rounds (seed {seed}), {successes} successes, each with its result");
}

#[test]
fn http_answers_are_classified_by_their_body() {
    let n = rounds(2_000);
    let (seed, mut rng) = rng();
    let endpoint = Endpoint::exact("http://127.0.0.1:1/scripts/ttsoapcgi.exe").unwrap();
    let fault = ttsoap::envelope::write_fault(&Fault::server("Session Dropped.", 17));
    let response = envelope("<ttns:saveDefectResponse><result>0</result></ttns:saveDefectResponse>").into_bytes();
    let html = b"<!DOCTYPE html><html><head><title>500 - Internal server error.</title></head><body>x</body></html>";
    let prefixes: [&[u8]; 5] = [b"", b"\xEF\xBB\xBF", b"  \r\n", b"<?xml version=\"1.0\"?>\n", b"<!-- php -->\n"];
    let types = [None, Some("text/xml; charset=utf-8"), Some("text/html"), Some("application/soap+xml"), Some("x")];
    let statuses = [200u16, 500, 400, 404, 302, 503, 0, 999];
    let mut faults = 0;
    for round in 0..n {
        let kind = rng.below(4);
        let prefix = prefixes[rng.below(prefixes.len())];
        let base: &[u8] = match kind {
            0 => &fault,
            1 => &response,
            2 => html,
            _ => b"",
        };
        let mut body = [prefix, base].concat();
        if rng.below(3) == 0 && kind != 0 {
            body = mutate(&mut rng, &body);
        }
        let http = HttpResponse {
            status: statuses[rng.below(statuses.len())],
            content_type: types[rng.below(types.len())].map(str::to_string),
            location: None,
            body,
        };
        let verdict = check_response(&endpoint, &http, ReadOptions::default());
        let decoded = verdict.as_ref().ok().map(|_| {
            ttsoap::envelope::read_response::<<SaveDefect as Operation>::Response>(
                &http.body,
                Style::Rpc,
                "saveDefectResponse",
                ReadOptions::default(),
            )
        });
        let context = || format!("round {round} (seed {seed}): {http:?}");
        if http.status != 200 {
            assert!(verdict.is_err(), "{}: HTTP {} taken as a success", context(), http.status);
        }
        match kind {
            0 => {
                // A Fault envelope is a Fault whatever the status and content type.
                let e = match decoded {
                    Some(d) => d.err(),
                    None => verdict.err(),
                };
                assert!(matches!(e, Some(Error::Fault(_))), "{}: {e:?}", context());
                faults += 1;
            }
            2 => assert!(matches!(verdict, Err(Error::Http { .. })), "{}: {verdict:?}", context()),
            _ => {}
        }
    }
    println!("http: {n} rounds (seed {seed}), {faults} fault envelopes all classified as faults");
}
