//! Requests built to make decoding explode (thousands of `href`s to one large multiRef) get a
//! `SOAP-ENV:Client` fault, sent before logging on, and the emulator keeps serving everyone else.

mod common;

use common::*;

/// A `getRecordListForTable` whose 3,000 columns all point at one multiRef of `target` bytes:
/// about 3 GB of column names if the references were expanded.
fn href_bomb(target: usize) -> String {
    let items = "<item href=\"#e\"/>".repeat(3000);
    let body = format!(
        "<cookie>12345</cookie><tablename>Defect</tablename><filtername></filtername><columnlist>{items}</columnlist>"
    );
    let env = envelope("getRecordListForTable", &body);
    let multi_ref = format!("<multiRef id=\"e\"><name>{}</name></multiRef>", "x".repeat(target));
    env.replace("</soapenv:Body>", &format!("{multi_ref}</soapenv:Body>"))
}

#[test]
fn href_bomb_gets_a_client_fault_and_the_emulator_keeps_serving() {
    let h = start();
    // Someone else is logged on before the bomb.
    let before = ada(&h);
    let bomb = href_bomb(1 << 20);
    assert!(bomb.len() < 1_200_000);
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &bomb);
    assert_eq!(status, 500, "{xml}");
    assert!(xml.contains("SOAP-ENV:Client"), "{xml}");
    assert!(xml.contains("budget"), "{xml}");
    // The emulator is still up: the earlier session works, and a new client logs on, calls
    // and logs off.
    assert_eq!(before.get_defect(1, "", false).unwrap().defectnumber, Some(1));
    let s = alan(&h);
    assert_eq!(s.get_defect(2, "", false).unwrap().defectnumber, Some(2));
    s.logoff().unwrap();
    // And the same bomb again, after logging on, is refused the same way.
    let cookie = before.cookie().expose().to_string();
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &bomb.replace("12345", &cookie));
    assert_eq!(status, 500);
    assert!(xml.contains("SOAP-ENV:Client") && xml.contains("budget"), "{xml}");
    assert_eq!(before.get_defect(1, "", false).unwrap().defectnumber, Some(1));
}
