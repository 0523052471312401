//! Answers that must not decode as success or cost unbounded memory: `href` expansion bombs
//! (reader, stream, client), a response element that is not the operation's, a missing
//! response part, an HTTP 500 without a Fault, a fault sent as `text/html`, and `xsi:nil` on a
//! required value (lenient: the default; strict: an error). Servers are real HTTP servers on
//! 127.0.0.1.

mod support;

use support::*;
use ttsoap::encoding::xsd;
use ttsoap::xml::{ReadOptions, XmlReader};
use ttsoap::{Client, Cookie, DecodeError, Error, FaultKind, Style};

/// An element holding `refs` items that all point at one multiRef of `target_bytes` bytes.
fn bomb_list(refs: usize, target_bytes: usize) -> String {
    format!(
        "<list>{}</list><multiRef id=\"e\" xsi:type=\"xsd:string\">{}</multiRef>",
        "<item href=\"#e\"/>".repeat(refs),
        "x".repeat(target_bytes)
    )
}

/// `<doc>` around `inner`, with the xsi/xsd prefixes declared.
fn doc(inner: &str) -> String {
    format!(
        "<doc xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">{inner}</doc>"
    )
}

fn decode_list(xml: &str, opts: ReadOptions) -> Result<Vec<String>, DecodeError> {
    let mut r = XmlReader::new(xml.as_bytes(), opts);
    let root = r.root()?;
    let list = r.next_child(&root)?.expect("the list");
    r.decode::<Vec<String>>(list)
}

#[test]
fn href_bomb_stops_at_the_budget() {
    // 3,000 references to one 1 MiB string: 3 GB if expanded.
    let xml = doc(&bomb_list(3000, 1 << 20));
    match decode_list(&xml, ReadOptions::default()) {
        Err(DecodeError::RefBudgetExceeded { budget, total, path }) => {
            assert_eq!(budget, 8 * xml.len() as u64);
            assert!(total > budget, "{total} <= {budget}");
            assert!(path.contains("#e"), "{path}");
        }
        other => panic!("expected RefBudgetExceeded, got {:?}", other.map(|v| v.len())),
    }
    // Strict mode has the same budget.
    assert!(matches!(decode_list(&xml, ReadOptions::strict()), Err(DecodeError::RefBudgetExceeded { .. })));
}

#[test]
fn shared_references_within_the_budget_decode() {
    // Axis shares one multiRef between a few items: well within the budget.
    let xml = doc(&bomb_list(5, 1000));
    let v = decode_list(&xml, ReadOptions::default()).unwrap();
    assert_eq!(v.len(), 5);
    assert!(v.iter().all(|s| s.len() == 1000));
    // The budget is configurable: 120 references to 100 KB pass with a larger multiple and fail with 1.
    let xml = doc(&bomb_list(120, 100_000));
    let roomy = ReadOptions { max_ref_expansion: 200, ..ReadOptions::default() };
    assert_eq!(decode_list(&xml, roomy).unwrap().len(), 120);
    let tight = ReadOptions { max_ref_expansion: 1, ..ReadOptions::default() };
    assert!(matches!(decode_list(&xml, tight), Err(DecodeError::RefBudgetExceeded { .. })));
}

#[test]
fn nested_reference_chains_are_charged_too() {
    // Each level holds ten references to the level below: 10^6 strings of 1 KB at the bottom.
    let mut levels = String::new();
    for (i, next) in ["a", "b", "c", "d", "e"].iter().enumerate() {
        let id = ["r", "a", "b", "c", "d"][i];
        levels
            .push_str(&format!("<multiRef id=\"{id}\">{}</multiRef>", format!("<item href=\"#{next}\"/>").repeat(10)));
    }
    levels.push_str(&format!("<multiRef id=\"e\" xsi:type=\"xsd:string\">{}</multiRef>", "y".repeat(1024)));
    let xml = doc(&format!("<list><item href=\"#r\"/></list>{levels}"));
    let mut r = XmlReader::new(xml.as_bytes(), ReadOptions::default());
    let root = r.root().unwrap();
    let list = r.next_child(&root).unwrap().unwrap();
    type Deep = Vec<Vec<Vec<Vec<Vec<Vec<String>>>>>>;
    let e = r.decode::<Deep>(list).unwrap_err();
    assert!(matches!(e, DecodeError::RefBudgetExceeded { .. }), "{e:?}");
}

#[test]
fn streamed_items_obey_the_budget() {
    let xml = envelope(&format!("<ttns:GetListResponse>{}</ttns:GetListResponse>", bomb_list(3000, 1 << 20)));
    let items =
        ttsoap::stream::items::<String>(xml.as_bytes(), "GetListResponse", &["list"], ReadOptions::default()).unwrap();
    let mut seen = 0;
    let mut error = None;
    for item in items {
        match item {
            Ok(_) => seen += 1,
            Err(e) => error = Some(e),
        }
    }
    assert!(seen < 20, "{seen} items of 1 MiB were decoded before the budget stopped the stream");
    assert!(matches!(error, Some(Error::Decode(DecodeError::RefBudgetExceeded { .. }))), "{error:?}");
}

#[test]
fn client_refuses_an_href_bomb() {
    let refs = "<name href=\"#e\"/>".repeat(3000);
    let body = envelope(&format!(
        "<ttns:GetThingResponse><pThing><recordid>1</recordid>{refs}</pThing></ttns:GetThingResponse>\
         <multiRef id=\"e\" xsi:type=\"xsd:string\">{}</multiRef>",
        "z".repeat(1 << 20)
    ));
    let server = TestServer::start(move |_| HttpReply::xml(200, body.clone()));
    let r = Client::new(&server.url()).unwrap().call(&GetThing { cookie: Cookie::new(1), id: 1 });
    assert!(matches!(r, Err(Error::Decode(DecodeError::RefBudgetExceeded { .. }))), "{:?}", r.map(|_| ()));
}

// ---------------------------------------------------------------------------------------
// Answers that are not the operation's
// ---------------------------------------------------------------------------------------

/// A save operation declared the way the generator declares `saveDefect`.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct SaveIt {
    pub cookie: Cookie,
    pub name: String,
}
ttsoap::__message!(SaveIt { cookie: req("cookie") b"cookie" &xsd::LONG, name: req("name") b"name" &xsd::STRING });

#[derive(Debug, Default, Clone, PartialEq)]
pub struct SaveItResponse {
    pub result: i32,
}
ttsoap::__message!(SaveItResponse { result: req("result") b"result" &xsd::INT });
ttsoap::__operation!(
    SaveIt => SaveItResponse, name "saveIt", namespace "urn:testtrack-interface",
    action "urn:testtrack-interface#saveIt", response "saveItResponse", style Rpc, encoded true,
    namespaces NAMESPACES
);

/// A logon-like operation whose response part is an integer, as PHP servers send it nil.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Check {}
ttsoap::__message!(Check {});
#[derive(Debug, Default, Clone, PartialEq)]
pub struct CheckResponse {
    pub ok: bool,
    pub handler: i64,
}
ttsoap::__message!(CheckResponse { ok: req("return") b"return" &xsd::BOOLEAN, handler: req("handler") b"handler" &xsd::LONG });
ttsoap::__operation!(
    Check => CheckResponse, name "check", namespace "urn:testtrack-interface",
    action "", response "checkResponse", style Rpc, encoded true, namespaces NAMESPACES
);

fn save_it() -> SaveIt {
    SaveIt { cookie: Cookie::new(7), name: "n".into() }
}

fn answer(reply: HttpReply) -> (TestServer, Client, Client) {
    let server = TestServer::start(move |_| reply.clone());
    let lenient = Client::new(&server.url()).unwrap();
    let strict = Client::builder(server.url()).strict(true).build().unwrap();
    (server, lenient, strict)
}

#[test]
fn another_operations_response_is_not_a_success() {
    let (_s, lenient, strict) = answer(HttpReply::xml(
        200,
        envelope("<ttns:getSomethingElseResponse><result>0</result></ttns:getSomethingElseResponse>"),
    ));
    for client in [&lenient, &strict] {
        match client.call(save_it()) {
            Err(Error::Decode(DecodeError::WrongResponse { expected, found })) => {
                assert_eq!(expected, "saveItResponse");
                assert_eq!(found, "<ttns:getSomethingElseResponse>");
            }
            other => panic!("expected WrongResponse, got {other:?}"),
        }
    }
    let (_s, lenient, _) = answer(HttpReply::xml(200, envelope("")));
    assert!(matches!(lenient.call(save_it()), Err(Error::Decode(DecodeError::WrongResponse { .. }))));
}

#[test]
fn a_response_without_its_part_is_not_a_success() {
    let (_s, lenient, strict) = answer(HttpReply::xml(200, envelope("<ttns:saveItResponse></ttns:saveItResponse>")));
    for client in [&lenient, &strict] {
        match client.call(save_it()) {
            Err(Error::Decode(DecodeError::MissingPart { response, part })) => {
                assert_eq!((response.as_str(), part.as_str()), ("saveItResponse", "result"));
            }
            other => panic!("expected MissingPart, got {other:?}"),
        }
    }
    // Unknown elements next to the part are still forgiven in lenient mode.
    let (_s, lenient, _) =
        answer(HttpReply::xml(200, envelope("<ttns:saveItResponse><extra/><result>0</result></ttns:saveItResponse>")));
    assert_eq!(lenient.call(save_it()).unwrap().result, 0);
}

#[test]
fn http_500_without_a_fault_is_an_error() {
    let (_s, lenient, _) =
        answer(HttpReply::xml(500, envelope("<ttns:saveItResponse><result>0</result></ttns:saveItResponse>")));
    match lenient.call(save_it()) {
        Err(Error::FaultMissing { status: 500, found, .. }) => assert_eq!(found, "<ttns:saveItResponse>"),
        other => panic!("expected FaultMissing, got {other:?}"),
    }
    let (_s, lenient, _) = answer(HttpReply::xml(500, envelope("")));
    assert!(matches!(lenient.call(save_it()), Err(Error::FaultMissing { status: 500, .. })));
    // A real fault with 500 is still the fault.
    let fault = ttsoap::envelope::write_fault(&ttsoap::Fault::server("Record locked", 22));
    let (_s, lenient, _) = answer(HttpReply::xml(500, fault));
    assert_eq!(lenient.call(save_it()).unwrap_err().fault_kind(), Some(FaultKind::RecordLocked));
}

#[test]
fn a_fault_sent_as_text_html_is_a_fault() {
    let fault = ttsoap::envelope::write_fault(&ttsoap::Fault::server("Session Dropped.", 17));
    for status in [200, 500] {
        let (_s, lenient, _) = answer(HttpReply::html(status, fault.clone()));
        let e = lenient.call(save_it()).unwrap_err();
        assert!(e.is_session_dropped(), "{status}: {e:?}");
    }
    // An HTML error page is still an HTTP error, whatever its content type claims.
    for ct in ["text/html", "text/xml"] {
        let (_s, lenient, _) = answer(HttpReply::new(500, ct, IIS_404));
        assert!(matches!(lenient.call(save_it()), Err(Error::Http { status: 500, .. })), "{ct}");
    }
}

#[test]
fn nil_on_a_required_value_is_its_default_in_lenient_mode_only() {
    let body =
        envelope("<ttns:checkResponse><return xsi:nil=\"true\"/><handler xsi:nil=\"true\"/></ttns:checkResponse>");
    let (_s, lenient, strict) = answer(HttpReply::xml(200, body));
    assert_eq!(lenient.call(&Check {}).unwrap(), CheckResponse { ok: false, handler: 0 });
    match strict.call(&Check {}) {
        Err(Error::Decode(DecodeError::InvalidValue { message, .. })) => assert!(message.contains("nil"), "{message}"),
        other => panic!("expected InvalidValue, got {other:?}"),
    }
}

#[test]
fn document_style_messages_still_read_without_a_wrapper() {
    // The Body's children are the parts; the part check applies to them.
    let ok = envelope("<result>3</result>");
    let r = ttsoap::envelope::read_response::<SaveItResponse>(
        ok.as_bytes(),
        Style::Document,
        "saveItResponse",
        ReadOptions::default(),
    );
    assert_eq!(r.unwrap().result, 3);
    let missing = envelope("<other>3</other>");
    let r = ttsoap::envelope::read_response::<SaveItResponse>(
        missing.as_bytes(),
        Style::Document,
        "saveItResponse",
        ReadOptions::default(),
    );
    assert!(matches!(r, Err(Error::Decode(DecodeError::MissingPart { .. }))), "{r:?}");
}
