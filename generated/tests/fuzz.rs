//! A mutation fuzzer for the decoders, on stable Rust (cargo-fuzz needs a nightly toolchain,
//! which these machines do not have).
//!
//! Seeds are well-formed responses and requests of several shapes (records, polymorphic
//! arrays, faults, Axis multi-refs, PHP-style typed elements). Each round mutates a seed
//! (bit flips, truncation, duplicated or deleted spans, spliced markup, huge numbers, bad
//! entities) and feeds it to the typed response decoders and to the server-side request
//! dispatch. Any outcome but a panic is fine: errors must be typed, never a crash.
//!
//! - The regular test suite replays every file in `tests/fuzz-corpus/` and runs 2,000
//!   random rounds with a fixed seed.
//! - For a long run: `FUZZ_ROUNDS=1000000 FUZZ_SEED=$RANDOM cargo test --release -p testtrack --test fuzz -- --nocapture`.
//!   An input that panics is written to `tests/fuzz-corpus/crash-<hash>.xml` before the
//!   test fails; keep it there (fixed) so it is replayed from then on.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use testtrack::ops::{GenerateTestRuns, GetDefect, GetProjectList, GetRecordListForTable, SaveDefect};
use testtrack::{AnyCEvent, AnyCField, CDefect, CEvent, CIntegerField, CStringField};
use ttsoap::xml::ReadOptions;
use ttsoap::{Operation, Style};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let defect = CDefect {
        recordid: 9,
        defectnumber: Some(12),
        summary: Some("a < b & c".into()),
        eventlist: vec![AnyCEvent::CEvent(CEvent {
            recordid: 1,
            name: Some("Fix".into()),
            date: ttsoap::DateTime::parse("2017-05-26T10:00:00Z").ok(),
            fieldlist: vec![
                AnyCField::CStringField(CStringField {
                    name: Some("OS".into()),
                    value: Some("Linux".into()),
                    ..Default::default()
                }),
                AnyCField::CIntegerField(CIntegerField { name: Some("Count".into()), value: 3, ..Default::default() }),
            ],
            ..Default::default()
        })],
        ..Default::default()
    };
    let mut out = vec![
        ttsoap::envelope::write_response::<GetDefect>(&testtrack::ops::GetDefectResponse { p_defect: defect.clone() }).unwrap(),
        ttsoap::envelope::write_request(&SaveDefect { p_defect: defect, ..Default::default() }).unwrap(),
        ttsoap::envelope::write_fault(&ttsoap::Fault::server("Session Dropped.", 17)),
        br#"<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:ttns="urn:testtrack-interface"><SOAP-ENV:Body><ttns:getRecordListForTableResponse><recordlist><columnlist SOAP-ENC:arrayType="ttns:CTableColumn[2]"><item><name>Number</name></item><item><name>Summary</name></item></columnlist><records SOAP-ENC:arrayType="ttns:CRecordRowSoap[1]"><item><row SOAP-ENC:arrayType="ttns:CRecordData[2]"><item><value>1</value></item><item SOAP-ENC:position="[1]"><value>x</value></item></row></item></records></recordlist></ttns:getRecordListForTableResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#.to_vec(),
        br##"<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><ns1:generateTestRunsResponse xmlns:ns1="urn:testtrack-interface"><pResults href="#id0"/></ns1:generateTestRunsResponse><multiRef id="id0" xsi:type="soapenc:Array" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"><item href="#id1"/></multiRef><multiRef id="id1" xsi:type="ns2:CTestRun" xmlns:ns2="urn:testtrack-interface"><recordid>5</recordid></multiRef></soapenv:Body></soapenv:Envelope>"##.to_vec(),
        br#"<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:testtrack-interface" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><SOAP-ENV:Body><ns1:getProjectListResponse><pProjList xsi:type="ns1:ArrayOfCProject"><item xsi:type="ns1:CProject"><database xsi:type="ns1:CDatabase"><name xsi:type="xsd:string">Demo</name></database><servernumber xsi:type="xsd:int">0</servernumber></item></pProjList></ns1:getProjectListResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#.to_vec(),
    ];
    out.push(ttsoap::envelope::write_request(&GetRecordListForTable::default()).unwrap());
    out
}

const SNIPPETS: &[&[u8]] = &[
    b"<",
    b">",
    b"</",
    b"/>",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#x110000;",
    b"&bogus;",
    b"<![CDATA[",
    b"]]>",
    b"<!DOCTYPE x>",
    b"<!--",
    b"-->",
    b" xsi:nil=\"true\"",
    b" href=\"#id0\"",
    b" href=\"#\"",
    b" id=\"id0\"",
    b" SOAP-ENC:position=\"[99999999999]\"",
    b" SOAP-ENC:position=\"[3]\"",
    b" xsi:type=\"ttns:CNope\"",
    b" xsi:type=\"bad\"",
    b" xmlns:ttns=\"\"",
    b"99999999999999999999999",
    b"-0",
    b"NaN",
    b"1e999",
    b"\xff\xfe",
    b"<item>",
    b"</item>",
    b"<x><x><x>",
    b"\0",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        if v.is_empty() {
            v.extend_from_slice(SNIPPETS[rng.below(SNIPPETS.len())]);
            continue;
        }
        let at = rng.below(v.len());
        match rng.below(7) {
            0 => v[at] ^= 1 << rng.below(8),
            1 => v.truncate(at),
            2 => {
                let end = (at + rng.below(64)).min(v.len());
                v.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(200)).min(v.len());
                let span = v[at..end].to_vec();
                let to = rng.below(v.len());
                v.splice(to..to, span);
            }
            4 | 5 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())];
                v.splice(at..at, s.iter().copied());
            }
            _ => {
                // Replace a text run with a long number.
                let s = format!("{}", rng.next());
                v.splice(at..at, s.bytes());
            }
        }
    }
    v
}

struct Refuse;
impl testtrack::Service for Refuse {}

/// Runs every decoder on `input`; returns a description of the panic, if one happened.
fn exercise(input: &[u8]) -> Option<String> {
    let r = catch_unwind(AssertUnwindSafe(|| {
        for strict in [false, true] {
            let opts = ReadOptions { strict, ..ReadOptions::default() };
            let _ = ttsoap::envelope::read_response::<<GetDefect as Operation>::Response>(
                input,
                Style::Rpc,
                "getDefectResponse",
                opts,
            );
            let whole = ttsoap::envelope::read_response::<<GetRecordListForTable as Operation>::Response>(
                input,
                Style::Rpc,
                "getRecordListForTableResponse",
                opts,
            );
            // Streaming the rows never panics, and agrees with the buffered decoder whenever
            // both succeed on a list with one `records` element.
            let streamed = ttsoap::stream::items::<testtrack::CRecordRowSoap>(
                input,
                "getRecordListForTableResponse",
                &["recordlist", "records"],
                opts,
            )
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
            let once = |needle: &[u8]| input.windows(needle.len()).filter(|w| *w == needle).count() == 1;
            if let (Ok(whole), Ok(streamed)) = (&whole, &streamed) {
                if once(b"<recordlist") && once(b"<records") && !input.windows(4).any(|w| w == b"href") {
                    assert_eq!(&whole.recordlist.records, streamed, "streamed rows differ from decoded rows");
                }
            }
            let _ = ttsoap::envelope::read_response::<<GenerateTestRuns as Operation>::Response>(
                input,
                Style::Rpc,
                "generateTestRunsResponse",
                opts,
            );
            let _ = ttsoap::envelope::read_response::<<GetProjectList as Operation>::Response>(
                input,
                Style::Rpc,
                "getProjectListResponse",
                opts,
            );
            let reply = testtrack::server::dispatch(&Refuse, input, opts);
            assert!(reply.status == 200 || reply.status == 500);
        }
    }));
    r.err().map(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus")
}

#[test]
fn replay_saved_corpus() {
    let mut n = 0;
    for e in std::fs::read_dir(corpus_dir()).expect("corpus dir").flatten() {
        let bytes = std::fs::read(e.path()).expect("read corpus file");
        if let Some(p) = exercise(&bytes) {
            panic!("{} panics the decoder: {p}", e.path().display());
        }
        n += 1;
    }
    assert!(n >= 5, "the saved corpus has only {n} files");
}

#[test]
fn random_mutations_never_panic() {
    let rounds: usize = std::env::var("FUZZ_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
    let mut rng = Rng(seed);
    let seeds = seeds();
    let mut errors = 0usize;
    for round in 0..rounds {
        let input = mutate(&mut rng, &seeds[round % seeds.len()]);
        if let Some(p) = exercise(&input) {
            let hash =
                input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100_0000_01b3));
            let path = corpus_dir().join(format!("crash-{hash:016x}.xml"));
            let _ = std::fs::write(&path, &input);
            panic!("round {round} (seed {seed}) panicked: {p}; input saved to {}", path.display());
        }
        errors += usize::from(
            ttsoap::envelope::read_response::<<GetDefect as Operation>::Response>(
                &input,
                Style::Rpc,
                "getDefectResponse",
                ReadOptions::default(),
            )
            .is_err(),
        );
    }
    // Mutations must actually reach the error paths, or the fuzzer is not doing anything.
    assert!(errors > rounds / 10, "only {errors} of {rounds} mutated inputs were rejected");
    println!("{rounds} rounds, {errors} rejected by the getDefect decoder, no panic");
}
