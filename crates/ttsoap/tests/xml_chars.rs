//! Characters XML 1.0 forbids (NUL, C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) never
//! reach the wire: a request holding one is an `Error::Encode` naming the element, and nothing
//! is sent; a response holding one becomes a SOAP fault; a fault's own text is made safe.

mod support;

use support::*;
use ttsoap::envelope::{write_fault, write_request, write_response};
use ttsoap::xml::{find_forbidden, XmlWriter};
use ttsoap::{EncodeError, Error, Fault, RawXml};

fn assert_clean_xml(bytes: &[u8]) -> &str {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    assert_eq!(find_forbidden(text), None, "a forbidden character was written: {text:?}");
    text
}

#[test]
fn a_request_with_a_forbidden_character_is_an_error_naming_the_element() {
    for (name, ch, position) in
        [("a\0b", '\0', 1), ("\u{1b}[31mred", '\u{1b}', 0), ("ok\tthen\u{7}", '\u{7}', 7), ("x\u{FFFF}", '\u{FFFF}', 1)]
    {
        let op = SaveThing { thing: Thing { recordid: 3, name: name.into() }, ..Default::default() };
        let e = write_request(&op).unwrap_err();
        assert_eq!(
            e,
            EncodeError { path: "/Envelope/Body/SaveThing/pThing/name".into(), character: ch, position },
            "{name:?}"
        );
        let text = e.to_string();
        assert!(text.contains("/SaveThing/pThing/name") && text.contains(&format!("U+{:04X}", ch as u32)), "{text}");
    }
    // Everything XML allows goes through, tab, LF and CR included.
    let op =
        SaveThing { thing: Thing { recordid: 3, name: "tab\tLF\nCR\r\u{85}\u{FFFD}".into() }, ..Default::default() };
    assert_clean_xml(&write_request(&op).unwrap());
}

#[test]
fn attributes_and_any_type_markup_are_checked_too() {
    let mut w = XmlWriter::new();
    w.start("a");
    w.attr("x", "v\u{1}");
    w.end("a");
    assert_eq!(w.error().map(|e| e.path.as_str()), Some("/a/@x"));
    assert_clean_xml(&w.clone().into_bytes());
    assert_eq!(w.finish().unwrap_err().character, '\u{1}');

    let mut w = XmlWriter::new();
    w.start("ns:op");
    RawXml::new("xsd:anyType", "<b>\u{0}</b>").encode_as("any", &mut w);
    w.end("ns:op");
    let e = w.finish().unwrap_err();
    assert_eq!((e.path.as_str(), e.character), ("/op", '\0'));
}

/// `Encode` through the trait, for a value of any type.
trait EncodeAs {
    fn encode_as(&self, name: &str, w: &mut XmlWriter);
}

impl<T: ttsoap::Encode> EncodeAs for T {
    fn encode_as(&self, name: &str, w: &mut XmlWriter) {
        self.encode(name, &ttsoap::encoding::xsd::ANY_TYPE, w)
    }
}

#[test]
fn the_client_sends_nothing_for_such_a_request() {
    let tt = FakeTestTrack::start();
    let client = tt.client();
    let session = logon(&client).unwrap();
    let before = tt.server.requests().len();
    let e = session.call(SetThing { id: 1, name: "bell\u{7}".into(), ..Default::default() }).unwrap_err();
    match &e {
        Error::Encode(enc) => assert_eq!(enc.path, "/Envelope/Body/SetThing/name"),
        other => panic!("expected Error::Encode, got {other:?}"),
    }
    assert_eq!(tt.server.requests().len(), before, "the request must not be sent");
    assert_eq!(tt.name_of(1).as_deref(), Some("thing 1"));
    // The deferred call refuses it the same way.
    let e = client.call_deferred(&SetThing { id: 1, name: "\0".into(), ..Default::default() }).unwrap_err();
    assert!(matches!(e, Error::Encode(_)), "{e:?}");
    assert_eq!(tt.server.requests().len(), before);
}

#[test]
fn a_server_answers_a_response_it_cannot_write_with_a_fault() {
    let tt = FakeTestTrack::start();
    tt.state().things.insert(7, "stored with an escape \u{1b}[2J".into());
    let client = tt.client();
    let session = logon(&client).unwrap();
    let e = session.call(GetThing { id: 7, ..Default::default() }).unwrap_err();
    let fault = e.fault().unwrap_or_else(|| panic!("expected a fault, got {e:?}"));
    assert_eq!(fault.code, "SOAP-ENV:Server");
    assert!(fault.string.contains("/GetThingResponse/pThing/name"), "{}", fault.string);
    assert!(fault.string.contains("U+001B"), "{}", fault.string);
    // And the server's own encoder says the same.
    let resp = ThingResponse { thing: Thing { recordid: 7, name: "\u{1b}".into() } };
    assert!(write_response::<GetThing>(&resp).is_err());
}

#[test]
fn a_fault_with_forbidden_characters_is_still_well_formed() {
    let f = Fault::new("SOAP-ENV:Server\u{0}", "bad \u{1b}[31m text \u{FFFE}", Some("22\u{8}".into()));
    let bytes = write_fault(&f);
    let text = assert_clean_xml(&bytes);
    let Err(Error::Fault(got)) = ttsoap::envelope::open_response(text.as_bytes(), Default::default()) else {
        panic!("expected a fault: {text}");
    };
    assert_eq!(got.string, "bad \u{FFFD}[31m text \u{FFFD}");
    assert_eq!(got.code, "SOAP-ENV:Server\u{FFFD}");
    assert_eq!(got.detail.as_deref(), Some("22\u{FFFD}"));
}
