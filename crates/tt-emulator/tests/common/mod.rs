//! Helpers shared by the emulator's integration tests.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use testtrack::client::{Client, Session};
use tt_emulator::{Clock, Emulator, EmulatorBuilder, EmulatorHandle};

/// 2017-06-01T12:00:00Z, a Thursday.
pub const T0: i64 = 1_496_318_400;

/// A builder with a fixed clock and cookie seed.
pub fn builder() -> EmulatorBuilder {
    Emulator::builder().clock(Clock::fixed_unix(T0)).rng_seed(7)
}

/// A started demo emulator.
pub fn start() -> EmulatorHandle {
    builder().start().expect("emulator starts")
}

/// A client for the emulator.
pub fn client(h: &EmulatorHandle) -> Client {
    Client::new(&h.url()).expect("client")
}

/// Logs on as Ada (administrator) to the demo project.
pub fn ada(h: &EmulatorHandle) -> Session {
    client(h).login("Demo", "ada", "ada-secret").expect("ada logs on")
}

/// Logs on as Alan to the demo project.
pub fn alan(h: &EmulatorHandle) -> Session {
    client(h).login("Demo", "alan", "alan-secret").expect("alan logs on")
}

/// The fault detail code of an error.
pub fn code(e: &ttsoap::Error) -> i64 {
    e.fault().and_then(|f| f.detail_code()).unwrap_or_else(|| panic!("not a fault with a code: {e}"))
}

/// The fault of a result that must fail.
pub fn fault_code<T: std::fmt::Debug>(r: Result<T, ttsoap::Error>) -> i64 {
    code(&r.expect_err("the call must fault"))
}

/// A raw HTTP exchange: returns (status, headers, body).
pub fn http(h: &EmulatorHandle, request: &[u8]) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(h.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n").expect("head");
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head, buf[end + 4..].to_vec())
}

/// POSTs a SOAP envelope (Connection: close) to a path.
pub fn post(h: &EmulatorHandle, path: &str, soap_action: &str, envelope: &str) -> (u16, String, String) {
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: text/xml; charset=utf-8\r\nSOAPAction: {soap_action}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{envelope}",
        h.addr(),
        envelope.len()
    );
    let (s, head, body) = http(h, req.as_bytes());
    (s, head, String::from_utf8_lossy(&body).into_owned())
}

/// Wraps operation content in a PHP-style envelope (the examples' dialect).
pub fn envelope(op: &str, inner: &str) -> String {
    format!(
        r#"<soapenv:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:testtrack-interface"><soapenv:Header/><soapenv:Body><urn:{op} soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">{inner}</urn:{op}></soapenv:Body></soapenv:Envelope>"#
    )
}

/// The text of the first `<tag>` in a document.
pub fn text_of(doc: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}");
    let i = doc.find(&open)?;
    let start = i + doc[i..].find('>')? + 1;
    let end = start + doc[start..].find(&format!("</{tag}>"))?;
    Some(doc[start..end].to_string())
}

/// The demo seed plus `n` defects numbered after the demo's.
pub fn big_seed(n: usize) -> tt_emulator::Seed {
    tt_emulator::Seed::from_json(&big_seed_json(n)).unwrap()
}

/// The JSON of [`big_seed`].
pub fn big_seed_json(n: usize) -> String {
    let mut v: serde_json::Value = serde_json::from_str(tt_emulator::seed::DEMO_SEED_JSON).unwrap();
    let records = v["projects"][0]["records"].as_array_mut().unwrap();
    for i in 0..n {
        records.push(serde_json::json!({
            "table": "Defect",
            "fields": { "Summary": format!("Generated defect {i}"), "Type": "Bug", "Entered By": "Lovelace, Ada" }
        }));
    }
    v.to_string()
}
