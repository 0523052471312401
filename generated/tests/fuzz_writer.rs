//! A fuzzer for the request writer, on stable Rust: random strings are put in a `saveDefect`
//! (summary, workaround and an event's notes) and encoded. Each round must give either
//!
//! - well-formed XML with no character XML 1.0 forbids and no raw `]]>`, that the server-side
//!   reader decodes back to the very same defect, or
//! - `EncodeError` naming the element of the first string (in document order) that holds a
//!   forbidden character, with that character and its position,
//!
//! and never anything else (a panic fails the test). The strings mix characters XML forbids
//! (NUL, C0 controls, U+FFFE, U+FFFF) with their allowed neighbours (tab, LF, CR, U+FFFD,
//! U+D7FF, U+E000, U+10FFFF, C1 controls), markup (`]]>`, `<![CDATA[`, entities, character
//! references, comments), random characters, the empty string and huge strings.
//!
//! - The regular test suite runs 300 rounds with a fixed seed.
//! - For a long run: `FUZZ_ROUNDS=200000 FUZZ_SEED=$RANDOM cargo test --release -p testtrack --test fuzz_writer -- --nocapture`.
//!   A failing round prints its seed and round number; rerun with that `FUZZ_SEED`.

use testtrack::ops::SaveDefect;
use testtrack::{AnyCEvent, CDefect, CEvent};
use ttsoap::envelope::{first_in_body, open_body, write_request};
use ttsoap::xml::{find_forbidden, ReadOptions};
use ttsoap::{Cookie, Message};

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
        (self.next() % n.max(1) as u64) as usize
    }
}

const FORBIDDEN: &[char] =
    &['\0', '\u{1}', '\u{7}', '\u{8}', '\u{b}', '\u{c}', '\u{e}', '\u{1b}', '\u{1f}', '\u{fffe}', '\u{ffff}'];
const NEIGHBOURS: &[&str] = &[
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u{7f}",
    "\u{85}",
    "\u{9b}",
    "\u{d7ff}",
    "\u{e000}",
    "\u{fffd}",
    "\u{ffef}",
    "\u{feff}",
    "\u{10ffff}",
    "\u{efbf}",
    "\u{202e}",
    " ",
    "  ",
];
const MARKUP: &[&str] = &[
    "]]>",
    "]]",
    "<![CDATA[",
    "&amp;",
    "&",
    "&lt;",
    "<",
    ">",
    "\"",
    "'",
    "&#0;",
    "&#x1b;",
    "&#13;",
    "<!--",
    "-->",
    "<?xml version=\"1.0\"?>",
    "</summary>",
    "<item>",
    "&bogus;",
    "%",
    "\\",
];

fn piece(rng: &mut Rng, forbidden_odds: usize) -> String {
    match rng.below(8) {
        0 if rng.below(forbidden_odds) == 0 => FORBIDDEN[rng.below(FORBIDDEN.len())].to_string(),
        1 => NEIGHBOURS[rng.below(NEIGHBOURS.len())].to_string(),
        2 | 3 => MARKUP[rng.below(MARKUP.len())].to_string(),
        4 => {
            // Any Unicode scalar value.
            let c = loop {
                if let Some(c) = char::from_u32(rng.below(0x11_0000) as u32) {
                    break c;
                }
            };
            c.to_string()
        }
        _ => (0..rng.below(12)).map(|_| (b' ' + rng.below(95) as u8) as char).collect(),
    }
}

fn random_text(rng: &mut Rng) -> Option<String> {
    match rng.below(20) {
        0 => None,
        1 => Some(String::new()),
        2 => {
            // Huge: one piece repeated to about 200 KB.
            let p = piece(rng, 4);
            Some(p.repeat(200_000 / p.len().max(1)))
        }
        _ => {
            let forbidden_odds = if rng.below(2) == 0 { 1 } else { 1_000_000 };
            Some((0..rng.below(16)).map(|_| piece(rng, forbidden_odds)).collect())
        }
    }
}

/// The first forbidden character of the first text that has one, in document order, with the
/// element it belongs to.
fn expected_error(texts: &[(&str, &Option<String>)]) -> Option<(String, char, usize)> {
    texts.iter().find_map(|(path, t)| {
        let t = t.as_deref()?;
        t.chars().enumerate().find(|(_, c)| is_forbidden(*c)).map(|(i, c)| (path.to_string(), c, i))
    })
}

/// The characters XML 1.0 forbids (a Rust string cannot hold a surrogate).
fn is_forbidden(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

fn decode_request(bytes: &[u8]) -> SaveDefect {
    let (mut r, body) = open_body(bytes, ReadOptions::strict()).expect("the Envelope opens");
    let wrapper = first_in_body(&mut r, &body).expect("the Body reads").expect("a wrapper");
    SaveDefect::read_parts(&mut r, &wrapper).expect("the request decodes")
}

/// One round; true when the request was refused.
fn round(rng: &mut Rng) -> bool {
    let summary = random_text(rng);
    let workaround = random_text(rng);
    let notes = random_text(rng);
    let defect = CDefect {
        recordid: rng.next() as i64,
        summary: summary.clone(),
        workaround: workaround.clone(),
        eventlist: vec![AnyCEvent::CEvent(CEvent { recordid: 1, notes: notes.clone(), ..Default::default() })],
        ..Default::default()
    };
    let op = SaveDefect { cookie: Cookie::new(7), p_defect: defect };
    let base = "/Envelope/Body/saveDefect/pDefect";
    let mut texts = [
        (format!("{base}/summary"), &summary, 0usize),
        (format!("{base}/workaround"), &workaround, 0),
        (format!("{base}/eventlist/item/notes"), &notes, 0),
    ];
    let probe = write_request(&op);
    // Order the texts as the writer met them: by where their element starts in a forbidden-free
    // encoding of the same shape.
    let shape = SaveDefect {
        p_defect: CDefect {
            summary: summary.as_ref().map(|_| "S".into()),
            workaround: workaround.as_ref().map(|_| "D".into()),
            eventlist: vec![AnyCEvent::CEvent(CEvent {
                recordid: 1,
                notes: notes.as_ref().map(|_| "N".into()),
                ..Default::default()
            })],
            ..op.p_defect.clone()
        },
        ..op.clone()
    };
    let shape_xml = String::from_utf8(write_request(&shape).expect("a forbidden-free request encodes")).unwrap();
    for (i, marker) in [">S<", ">D<", ">N<"].iter().enumerate() {
        texts[i].2 = shape_xml.find(marker).unwrap_or(usize::MAX);
    }
    texts.sort_by_key(|t| t.2);
    let ordered: Vec<(&str, &Option<String>)> = texts.iter().map(|(p, t, _)| (p.as_str(), *t)).collect();
    match (probe, expected_error(&ordered)) {
        (Ok(bytes), None) => {
            let text = std::str::from_utf8(&bytes).expect("UTF-8");
            assert_eq!(find_forbidden(text), None, "a forbidden character was written");
            assert!(!text.contains("]]>"), "a raw ]]> was written");
            let back = decode_request(&bytes);
            assert_eq!(back.p_defect.summary, summary);
            assert_eq!(back.p_defect.workaround, workaround);
            let back_notes = match back.p_defect.eventlist.first() {
                Some(AnyCEvent::CEvent(e)) => e.notes.clone(),
                other => panic!("the event did not come back: {other:?}"),
            };
            assert_eq!(back_notes, notes);
            assert_eq!(back.p_defect.recordid, op.p_defect.recordid);
            false
        }
        (Err(e), Some((path, ch, position))) => {
            assert_eq!((e.path.as_str(), e.character, e.position), (path.as_str(), ch, position), "{e}");
            true
        }
        (Ok(_), Some(expected)) => panic!("encoded a request holding a forbidden character: {expected:?}"),
        (Err(e), None) => panic!("refused a request with no forbidden character: {e}"),
    }
}

#[test]
fn random_strings_encode_to_well_formed_xml_or_a_typed_error() {
    let rounds: usize = std::env::var("FUZZ_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(300);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x005E_ED0F_0A11);
    let mut rng = Rng(seed);
    let (mut refused, mut encoded) = (0usize, 0usize);
    for n in 0..rounds {
        let mut r = Rng(rng.next());
        let state = r.0;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| round(&mut r))) {
            Ok(true) => refused += 1,
            Ok(false) => encoded += 1,
            Err(p) => {
                eprintln!("round {n} failed (FUZZ_SEED={seed}, round state {state})");
                std::panic::resume_unwind(p);
            }
        }
    }
    eprintln!("fuzz_writer: {rounds} rounds (seed {seed}): {encoded} encoded and decoded back, {refused} refused");
    assert!(rounds < 50 || (refused > rounds / 10 && encoded > rounds / 10), "both outcomes are exercised");
}
