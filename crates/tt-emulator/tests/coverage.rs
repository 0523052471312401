//! Every WSDL operation answers; the not-supported list in the crate docs is the one the
//! emulator uses; every fault code the emulator can raise is documented.

mod common;

use common::*;
use tt_emulator::{faults, LIB_SOURCE, NEWER_THAN_2013, NOT_SUPPORTED, WSDL};

/// The operation names of the WSDL's portType, in order.
fn wsdl_operations() -> Vec<String> {
    let start = WSDL.find("<portType").expect("portType");
    let end = start + WSDL[start..].find("</portType>").expect("end of portType");
    let mut ops = Vec::new();
    let mut rest = &WSDL[start..end];
    while let Some(i) = rest.find("<operation name=\"") {
        rest = &rest[i + "<operation name=\"".len()..];
        let q = rest.find('"').unwrap();
        ops.push(rest[..q].to_string());
    }
    ops
}

/// The list between the markers in the crate docs.
fn documented_not_supported() -> Vec<String> {
    let begin = LIB_SOURCE.find("<!-- not-supported:begin -->").expect("begin marker");
    let end = LIB_SOURCE.find("<!-- not-supported:end -->").expect("end marker");
    LIB_SOURCE[begin..end]
        .lines()
        .filter_map(|l| l.trim().strip_prefix("//! - `"))
        .map(|l| l.trim_end_matches('`').to_string())
        .collect()
}

#[test]
fn the_documented_list_is_the_real_one() {
    let ops = wsdl_operations();
    assert_eq!(ops.len(), 161);
    assert_eq!(documented_not_supported(), NOT_SUPPORTED);
    for op in NOT_SUPPORTED.iter().chain(NEWER_THAN_2013) {
        assert!(ops.iter().any(|o| o == op), "{op} is not a WSDL operation");
    }
    let line = LIB_SOURCE.lines().find(|l| l.contains("See [`faults::codes`]:")).expect("the fault code list");
    let mut documented: Vec<i64> =
        line.split(|c: char| !c.is_ascii_digit()).filter(|t| !t.is_empty()).map(|t| t.parse().unwrap()).collect();
    documented.sort_unstable();
    let mut all = faults::ALL_CODES.to_vec();
    all.sort_unstable();
    assert_eq!(documented, all, "the crate docs list every fault code the emulator raises");
}

#[test]
fn every_operation_answers_and_only_the_listed_ones_are_not_supported() {
    let h = builder().max_sessions(4).start().unwrap();
    let mut implemented = 0;
    for op in wsdl_operations() {
        let login =
            envelope("DatabaseLogon", "<dbname>Demo</dbname><username>ada</username><password>ada-secret</password>");
        let (_, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &login);
        let c = text_of(&xml, "Cookie").expect("logon");
        let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &envelope(&op, &format!("<cookie>{c}</cookie>")));
        assert!(status == 200 || status == 500, "{op}: HTTP {status}");
        let detail = text_of(&xml, "detail");
        if NOT_SUPPORTED.contains(&op.as_str()) {
            assert_eq!(status, 500, "{op}");
            assert_eq!(detail.as_deref(), Some("9001"), "{op}");
            assert!(text_of(&xml, "faultstring").unwrap().contains("not supported by the TestTrack emulator"), "{op}");
        } else {
            implemented += 1;
            assert_ne!(detail.as_deref(), Some("9001"), "{op} is not implemented: {xml}");
            if status == 500 {
                assert_eq!(text_of(&xml, "faultcode").as_deref(), Some("SOAP-ENV:Server"), "{op}: {xml}");
            }
        }
        let _ = post(&h, "/scripts/ttsoapcgi.exe", "", &envelope("DatabaseLogoff", &format!("<cookie>{c}</cookie>")));
    }
    assert_eq!(implemented, 161 - NOT_SUPPORTED.len());
    assert!(h.locks().is_empty());
}
