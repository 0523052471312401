//! Saving to a TestTrack 2013 server with our 2017 bindings: the 2013 WSDL declares every
//! date as `xsd:dateTime` (`CReportedByRecord.datefound`, `CDateField.value` included) and
//! TestTrack's gSOAP stack rejects a request that labels one `xsd:date` ("Validation constraint
//! violation: type mismatch xsd:date in element 'datefound'"). With
//! `ClientBuilder::date_style(DateStyle::DateTimeOnly)` every date goes out as a dateTime.
//!
//! The emulator's 2013 profile does not check declared types, so the requests the client sends
//! to it (captured with `on_exchange`) are checked here, and then posted to a real gSOAP
//! server compiled from our copy of the 2013 WSDL (`ttsoap_tests::gsoap_2013`), whose
//! operations all answer a "reached <operation>" fault once gSOAP has validated and
//! deserialised the request.

use std::path::Path;
use std::sync::{Arc, Mutex};

use testtrack::types::{AnyCField, CDateField, CDefect};
use tt_emulator::{Clock, Emulator, EmulatorHandle, Profile};
use ttsoap::values::DateStyle;
use ttsoap::{Date, Exchange};
use ttsoap_tests::gsoap_2013::GsoapServer2013;

/// Requests sent, as `(operation, masked request)`.
type Captured = Arc<Mutex<Vec<(String, String)>>>;

fn session(h: &EmulatorHandle, style: DateStyle) -> (testtrack::client::Session, Captured) {
    let captured: Captured = Arc::default();
    let sink = captured.clone();
    let runtime = ttsoap::Client::builder(h.url())
        .date_style(style)
        .on_exchange(move |x: &Exchange| sink.lock().unwrap().push((x.operation.clone(), x.request.clone())))
        .build()
        .unwrap();
    let s = testtrack::client::Client::from_runtime(runtime).login("Demo", "ada", "ada-secret").unwrap();
    (s, captured)
}

/// Saves defect 1 with a new summary, a `datefound` holding the dateTime text a 2013 server
/// sends, and a date custom field holding a bare date; returns the saveDefect request sent.
fn save_edited_defect(h: &EmulatorHandle, style: DateStyle) -> String {
    let (s, captured) = session(h, style);
    let mut d = s.edit_defect(1, "", false).unwrap();
    let defect: &mut CDefect = &mut d;
    defect.summary = Some("x".into());
    assert!(!defect.reportedbylist.is_empty(), "defect 1 has a reported-by record");
    defect.reportedbylist[0].datefound = Some(Date::parse("2013-10-03T09:30:00Z").unwrap());
    defect.custom_field_list.push(AnyCField::CDateField(CDateField {
        recordid: 0,
        name: Some("Target Date".into()),
        value: Some(Date::parse("2013-10-04").unwrap()),
    }));
    d.save().unwrap();
    drop(s);
    let sent = captured.lock().unwrap();
    let (_, request) = sent.iter().find(|(op, _)| op == "saveDefect").expect("saveDefect was sent");
    request.clone()
}

/// The `(xsi:type, text)` of every `<name ...>` element in `xml`.
fn typed_elements(xml: &str, name: &str) -> Vec<(String, String)> {
    xml.split(&format!("<{name} "))
        .skip(1)
        .map(|rest| {
            let ty = rest.split("xsi:type=\"").nth(1).and_then(|t| t.split('"').next()).unwrap_or("").to_string();
            let text = rest.split_once('>').map(|(_, t)| t.split('<').next().unwrap_or("")).unwrap_or("");
            (ty, text.to_string())
        })
        .collect()
}

fn emulator_2013() -> EmulatorHandle {
    Emulator::builder().profile(Profile::V2013).clock(Clock::fixed_unix(1_496_318_400)).rng_seed(7).start().unwrap()
}

#[test]
fn saving_to_a_2013_server_writes_every_date_as_datetime() {
    let h = emulator_2013();
    let request = save_edited_defect(&h, DateStyle::DateTimeOnly);
    let datefound = typed_elements(&request, "datefound");
    assert_eq!(datefound, [("xsd:dateTime".to_string(), "2013-10-03T09:30:00Z".to_string())], "{request}");
    let values = typed_elements(&request, "value");
    assert!(values.contains(&("xsd:dateTime".into(), "2013-10-04T00:00:00".into())), "{request}");
    assert!(!request.contains("\"xsd:date\""), "no xsd:date in a request to a 2013 server:\n{request}");
    h.stop();
}

#[test]
fn by_default_each_date_is_labelled_by_its_text() {
    let h = emulator_2013();
    let request = save_edited_defect(&h, DateStyle::FollowText);
    // The dateTime text received back goes out as a dateTime, not as the declared xsd:date.
    let datefound = typed_elements(&request, "datefound");
    assert_eq!(datefound, [("xsd:dateTime".to_string(), "2013-10-03T09:30:00Z".to_string())], "{request}");
    let values = typed_elements(&request, "value");
    assert!(values.contains(&("xsd:date".into(), "2013-10-04".into())), "{request}");
    h.stop();
}

// ---- the real check: a gSOAP server built from the 2013 WSDL ----

#[test]
fn a_gsoap_2013_server_accepts_what_the_2013_style_writes() {
    let Some(server) = GsoapServer2013::build(Path::new(env!("CARGO_TARGET_TMPDIR"))) else { return };
    let h = emulator_2013();
    // The request exactly as the client sent it, with the masked cookie put back.
    let sendable = |request: String| request.replace(">***</cookie>", ">5</cookie>");

    let with_setting = sendable(save_edited_defect(&h, DateStyle::DateTimeOnly));
    assert_eq!(server.fault_string(&with_setting), "reached ns1__saveDefect", "{with_setting}");

    // Without the setting, bare dates (the event dates the 2013 server sent, the custom
    // field's value) are labelled xsd:date, which the 2013 server rejects: the setting is what
    // makes the difference.
    let without = sendable(save_edited_defect(&h, DateStyle::FollowText));
    assert!(without.contains(r#"<value xsi:type="xsd:date">2013-10-04</value>"#), "{without}");
    let fault = server.fault_string(&without);
    assert!(fault.starts_with("Validation constraint violation: type mismatch xsd:date in element"), "{fault}");

    // The original failure: xsd:date on datefound.
    let old = with_setting.replace(
        r#"<datefound xsi:type="xsd:dateTime">2013-10-03T09:30:00Z"#,
        r#"<datefound xsi:type="xsd:date">2013-10-03T09:30:00Z"#,
    );
    assert_ne!(old, with_setting);
    assert!(server.fault_string(&old).contains("type mismatch xsd:date in element 'datefound'"));
    h.stop();
}
