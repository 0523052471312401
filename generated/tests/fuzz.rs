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

mod fuzz_support;

use fuzz_support::{mutate, seeds, Rng};
use testtrack::ops::{GenerateTestRuns, GetDefect, GetProjectList, GetRecordListForTable};
use ttsoap::xml::ReadOptions;
use ttsoap::{Operation, Style};

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
