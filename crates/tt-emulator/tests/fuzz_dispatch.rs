//! Fuzzes the emulator's real request path: mutated request envelopes, carrying the cookie of
//! a logged-on session, go into the same handler the HTTP server calls
//! ([`tt_emulator::EmulatorHandle::serve_soap`]). Every answer must be a response (200) or a
//! fault (500), never the "Internal error" fault that the handler's panic net gives; `href`
//! bombs must be refused; and the emulator must still serve the session afterwards.
//!
//! `cargo test` runs 1,000 rounds with a fixed seed. A long run:
//! `FUZZ_ROUNDS=50000 FUZZ_SEED=$RANDOM cargo test --release -p tt-emulator --test fuzz_dispatch -- --nocapture`.

mod common;
#[path = "../../../generated/tests/fuzz_support/mod.rs"]
mod fuzz_support;

use common::*;
use fuzz_support::{mutate, Rng};
use testtrack::ops::{CancelSaveDefect, EditDefect, GetDefect, GetRecordListForTable, SaveDefect};
use testtrack::types::{CDefect, CTableColumn};
use ttsoap::Cookie;

fn requests(cookie: Cookie) -> Vec<Vec<u8>> {
    let defect =
        CDefect { recordid: 1003, defectnumber: Some(3), summary: Some("fuzzed".into()), ..Default::default() };
    let columns = vec![CTableColumn { name: Some("Number".into()) }, CTableColumn { name: Some("Summary".into()) }];
    let bomb = format!(
        "<cookie>{}</cookie><tablename>Defect</tablename><filtername></filtername><columnlist>{}</columnlist>",
        cookie.expose(),
        "<item href=\"#e\"/>".repeat(2000)
    );
    let bomb = envelope("getRecordListForTable", &bomb).replace(
        "</soapenv:Body>",
        &format!("<multiRef id=\"e\"><name>{}</name></multiRef></soapenv:Body>", "x".repeat(64 << 10)),
    );
    vec![
        ttsoap::envelope::write_request(&GetDefect { cookie, defect_number: 1, ..Default::default() }).unwrap(),
        ttsoap::envelope::write_request(&EditDefect { cookie, defect_number: 3, ..Default::default() }).unwrap(),
        ttsoap::envelope::write_request(&SaveDefect { cookie, p_defect: defect }).unwrap(),
        ttsoap::envelope::write_request(&CancelSaveDefect { cookie, record_id: 1003 }).unwrap(),
        ttsoap::envelope::write_request(&GetRecordListForTable {
            cookie,
            tablename: "Defect".into(),
            columnlist: columns,
            ..Default::default()
        })
        .unwrap(),
        bomb.into_bytes(),
    ]
}

#[test]
fn mutated_requests_with_a_live_cookie_get_answers_not_panics() {
    let rounds: usize = std::env::var("FUZZ_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0xd15_7a7c);
    let h = start();
    let s = ada(&h);
    let seeds = requests(s.cookie());
    // The seeds themselves reach the service: the cookie is accepted (no Session Dropped).
    for (i, req) in seeds.iter().enumerate() {
        let (status, body) = h.serve_soap(req);
        let text = String::from_utf8_lossy(&body);
        assert!(!text.contains("Session Dropped"), "seed {i}: {text}");
        if i + 1 == seeds.len() {
            assert!(status == 500 && text.contains("budget"), "the bomb: {text}");
        }
    }
    let mut rng = Rng(seed);
    let (mut ok, mut faults) = (0, 0);
    for round in 0..rounds {
        let input = mutate(&mut rng, &seeds[round % seeds.len()]);
        let (status, body) = h.serve_soap(&input);
        let text = String::from_utf8_lossy(&body);
        assert!(status == 200 || status == 500, "round {round} (seed {seed}): HTTP {status}");
        assert!(
            !text.contains("Internal error in the TestTrack emulator"),
            "round {round} (seed {seed}) panicked the emulator with {}",
            String::from_utf8_lossy(&input)
        );
        if status == 200 {
            ok += 1;
        } else {
            faults += 1;
        }
    }
    // The session still works, and nothing is left half done.
    assert_eq!(s.get_defect(1, "", false).unwrap().defectnumber, Some(1));
    println!("emulator dispatch: {rounds} rounds (seed {seed}), {ok} answered, {faults} faults, no panic");
}
