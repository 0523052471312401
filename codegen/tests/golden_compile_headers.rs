//! The `soap_headers` golden case compiled and exercised: the model holds each operation's
//! `soap:header`s, the generated header types write `SOAP-ENV:Header` (with
//! `mustUnderstand` where the WSDL marks a header required), and a generated client sends
//! its headers to a server on 127.0.0.1 whose side decodes them with the generated
//! `server::dispatch` and the runtime's `ReceivedHeaders`, and answers a response header the
//! client reads back.

#[path = "case_examples/mod.rs"]
mod case_examples;

#[path = "../../crates/ttsoap/tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::sync::{Arc, Mutex};

use support::{lock, HttpReply, TestServer};
use ttsoap::envelope::{write_fault, write_request_headers, write_response_headers};
use ttsoap::xml::{ReadOptions, WriteOptions};
use ttsoap::{Error, Fault, Header, Headers, ReceivedHeaders};

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod soap_headers {
    include!("cases/soap_headers/expected.rs");
}

use soap_headers::ops::{Locale, Query, QueryResponse};
use soap_headers::{CallOptions, LimitInfoHeader, SessionHeader};

fn query(text: &str) -> Query {
    Query { parameters: soap_headers::types::Query { query_string: text.into() } }
}

#[test]
fn model_has_each_operations_headers() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/soap_headers/input.wsdl");
    let m = ttsoap_codegen::load(&path, &Default::default()).expect("loads");
    let b = m.primary_binding().expect("binding");
    let names = |hs: &[ttsoap_codegen::model::Header]| -> Vec<(String, bool)> {
        hs.iter().map(|h| (h.part.name.clone(), h.required)).collect()
    };
    assert_eq!(names(&b.operations[0].input.headers), [("CallOptions".to_string(), false)]);
    assert_eq!(
        names(&b.operations[1].input.headers),
        [("SessionHeader".to_string(), true), ("CallOptions".to_string(), false), ("Locale".to_string(), false)]
    );
    let out = b.operations[1].output.as_ref().expect("output");
    assert_eq!(names(&out.headers), [("LimitInfoHeader".to_string(), false)]);
    assert_eq!(out.headers[0].message.name, "Header", "the header's own message, not the operation's");
}

#[test]
fn case_records_its_wsdl() {
    assert_eq!((soap_headers::WSDL.name, soap_headers::WSDL.operations), ("input.wsdl", 2));
    assert_eq!(soap_headers::SOAP_ADDRESS, "http://127.0.0.1:1/services/Soap");
}

#[test]
fn headers_are_written_in_the_envelope_header() {
    // wsdl:required="true" on SessionHeader only.
    assert_eq!((SessionHeader::MUST_UNDERSTAND, CallOptions::MUST_UNDERSTAND), (true, false));
    let headers = Headers::new()
        .with(SessionHeader { session_id: "S-1".into() })
        .with(CallOptions { client: Some("ours".into()) })
        .with(Locale("fr".into()));
    let text =
        String::from_utf8(write_request_headers(&query("SELECT Id"), WriteOptions::default(), &headers).unwrap())
            .unwrap();
    let header = text.split("<SOAP-ENV:Header>").nth(1).and_then(|t| t.split("</SOAP-ENV:Header>").next());
    let header = header.unwrap_or_else(|| panic!("no SOAP-ENV:Header in {text}"));
    assert_eq!(
        header,
        "<tns:SessionHeader xmlns:tns=\"urn:case-soap-headers\" SOAP-ENV:mustUnderstand=\"1\">\
         <tns:sessionId>S-1</tns:sessionId></tns:SessionHeader>\
         <tns:CallOptions xmlns:tns=\"urn:case-soap-headers\"><tns:client>ours</tns:client></tns:CallOptions>\
         <tns:Locale xmlns:tns=\"urn:case-soap-headers\">fr</tns:Locale>"
    );
    assert!(text.find("</SOAP-ENV:Header>") < text.find("<SOAP-ENV:Body>"), "Header before Body: {text}");

    // The receiving side reads them back.
    let got = ReceivedHeaders::parse(text.into_bytes(), ReadOptions::default()).unwrap();
    assert_eq!(got.names(), ["SessionHeader", "CallOptions", "Locale"]);
    assert!(got.must_understand::<SessionHeader>() && !got.must_understand::<CallOptions>());
    assert_eq!(got.get::<SessionHeader>().unwrap().unwrap().session_id, "S-1");
    assert_eq!(got.get::<Locale>().unwrap().unwrap(), Locale("fr".into()));
    assert!(got.get::<LimitInfoHeader>().is_none());
}

#[test]
fn a_server_writes_response_headers() {
    let resp = QueryResponse { parameters: soap_headers::types::QueryResponse { size: 3 } };
    let limit = Headers::new().with(LimitInfoHeader { current: 1, limit: 5 });
    let direct = write_response_headers::<Query>(&resp, &limit).unwrap();
    let body = ttsoap::envelope::write_response::<Query>(&resp).unwrap();
    let reply = ttsoap::server::Reply { status: 200, body, operation: Some("query") }.with_headers::<Query>(&limit);
    assert_eq!(String::from_utf8_lossy(&reply.body), String::from_utf8_lossy(&direct), "the same envelope");
    let got = ReceivedHeaders::parse(direct, ReadOptions::strict()).unwrap();
    assert_eq!(got.get::<LimitInfoHeader>().unwrap().unwrap(), LimitInfoHeader { current: 1, limit: 5 });
    // Adding headers twice does not make a second Header.
    let again = reply.clone().with_headers::<Query>(&limit);
    assert_eq!(again, reply);
}

#[test]
fn later_headers_replace_earlier_ones_of_the_same_element() {
    let mut h = Headers::new().with(SessionHeader { session_id: "old".into() });
    let per_call = Headers::new().with(SessionHeader { session_id: "new".into() }).with(Locale("de".into()));
    let merged = h.merged(&per_call);
    assert_eq!(merged.len(), 2);
    assert_eq!(merged.get::<SessionHeader>().map(|s| s.session_id.as_str()), Some("new"));
    assert_eq!(h.get::<SessionHeader>().map(|s| s.session_id.as_str()), Some("old"), "merging copies");
    h.set_must_understand(CallOptions::default(), true);
    assert!(h.remove::<SessionHeader>() && !h.remove::<SessionHeader>());
    assert_eq!(format!("{h:?}"), "Headers([\"tns:CallOptions (mustUnderstand)\"])");
}

#[test]
fn header_values_stay_out_of_debug() {
    let h = Headers::new().with(SessionHeader { session_id: "secret-session-id".into() });
    assert!(!format!("{h:?}").contains("secret-session-id"), "{h:?}");
    let c = ttsoap::Client::builder("http://127.0.0.1:1/").exact_endpoint(true).build().unwrap().with_headers(h);
    assert!(!format!("{c:?}").contains("secret-session-id"), "{c:?}");
}

/// The server side of the loopback test: the generated `Service`, holding what the request's
/// headers said.
#[derive(Default)]
struct Server {
    session: Mutex<Option<String>>,
}

impl soap_headers::Service for Server {
    fn query(&self, request: Query) -> Result<QueryResponse, Fault> {
        if lock(&self.session).as_deref() != Some("S-42") {
            return Err(Fault::client("INVALID_SESSION_ID: no valid SessionHeader"));
        }
        let size = request.parameters.query_string.len() as i32;
        Ok(QueryResponse { parameters: soap_headers::types::QueryResponse { size } })
    }
}

/// Decodes the request's headers, refuses a `mustUnderstand` header it does not know,
/// dispatches to [`Server`], and adds `LimitInfoHeader` to a query's response.
fn serve(server: &Server, body: &[u8]) -> HttpReply {
    let opts = ReadOptions::default();
    let headers = match ReceivedHeaders::parse(body.to_vec(), opts) {
        Ok(h) => h,
        Err(e) => return HttpReply::xml(500, write_fault(&ttsoap::server::bad_request(&e))),
    };
    // This server does not handle Locale, which the WSDL declares too.
    assert_eq!(soap_headers::server::HEADERS, [&b"CallOptions"[..], b"SessionHeader", b"Locale", b"LimitInfoHeader"]);
    if let Some(fault) = headers.not_understood(&[SessionHeader::LOCAL, CallOptions::LOCAL]) {
        return HttpReply::xml(500, write_fault(&fault));
    }
    *lock(&server.session) = headers.get::<SessionHeader>().and_then(Result::ok).map(|s| s.session_id);
    let mut reply = soap_headers::server::dispatch(server, body, opts);
    if reply.status == 200 && reply.operation == Some("query") {
        reply = reply.with_headers::<Query>(&Headers::new().with(LimitInfoHeader { current: 7, limit: 100 }));
    }
    HttpReply::xml(reply.status, reply.body)
}

#[test]
fn generated_client_sends_headers_to_a_loopback_server() {
    let server = Arc::new(Server::default());
    let s = server.clone();
    let http = TestServer::start(move |req| serve(&s, &req.body));
    let traced = Arc::new(Mutex::new(Vec::<String>::new()));
    let t = traced.clone();
    let runtime = ttsoap::Client::builder(format!("{}services/Soap", http.url()))
        .exact_endpoint(true)
        .on_exchange(move |x| lock(&t).push(x.request.clone()))
        .build()
        .unwrap();
    let client = soap_headers::Client::from_runtime(runtime);
    let q = soap_headers::types::Query { query_string: "SELECT Id FROM Account".into() };

    // Without the session header the server refuses the call.
    match client.query(q.clone()) {
        Err(Error::Fault(f)) => assert!(f.string.contains("INVALID_SESSION_ID"), "{f:?}"),
        other => panic!("expected the server's fault, got {other:?}"),
    }

    // Set once on the client: every call carries it.
    let client = client.with_header(SessionHeader { session_id: "S-42".into() });
    assert_eq!(client.query(q.clone()).unwrap().size, 22);
    let sent = http.requests().last().map(|r| r.body_text()).unwrap_or_default();
    assert!(
        sent.contains(
            "<tns:SessionHeader xmlns:tns=\"urn:case-soap-headers\" SOAP-ENV:mustUnderstand=\"1\">\
             <tns:sessionId>S-42</tns:sessionId></tns:SessionHeader>"
        ),
        "{sent}"
    );

    // The session id is a secret: masked in what is traced.
    let last_traced = lock(&traced).last().cloned().unwrap_or_default();
    assert!(
        last_traced.contains("<tns:sessionId>***</tns:sessionId>") && !last_traced.contains("S-42"),
        "{last_traced}"
    );

    // Per call: an extra header, and the response's header read back.
    let per_call = Headers::new().with(CallOptions { client: Some("tests".into()) });
    let reply = client.call_with_headers(Query { parameters: q.clone() }, &per_call).unwrap();
    assert_eq!(reply.value.parameters.size, 22);
    assert_eq!(reply.headers.names(), ["LimitInfoHeader"]);
    assert_eq!(reply.headers.get::<LimitInfoHeader>().unwrap().unwrap(), LimitInfoHeader { current: 7, limit: 100 });
    let sent = http.requests().last().map(|r| r.body_text()).unwrap_or_default();
    assert!(sent.contains("<tns:client>tests</tns:client>") && sent.contains("S-42"), "{sent}");
    assert!(client.headers().get::<CallOptions>().is_none(), "a per-call header is not kept");

    // A per-call header replaces the client's header of the same element.
    let wrong = Headers::new().with(SessionHeader { session_id: "S-0".into() });
    assert!(matches!(client.call_with_headers(Query { parameters: q.clone() }, &wrong), Err(Error::Fault(_))));

    // A mustUnderstand header the server does not know is refused, as SOAP requires.
    let mut unknown = Headers::new();
    unknown.set_must_understand(Locale("fr".into()), true);
    match client.call_with_headers(Query { parameters: q }, &unknown) {
        Err(Error::Fault(f)) => assert_eq!(f.code, "SOAP-ENV:MustUnderstand", "{f:?}"),
        other => panic!("expected a MustUnderstand fault, got {other:?}"),
    }
}

#[test]
fn session_headers_are_added_to_every_session_call() {
    let http = TestServer::start(|req| {
        let got = ReceivedHeaders::parse(req.body.clone(), ReadOptions::default()).unwrap();
        // Echo the session id back in the fault string, reversed: quoted as it is, it would
        // be cut out of the error as a secret of the request.
        let id = got.get::<SessionHeader>().and_then(Result::ok).map(|s| s.session_id).unwrap_or_default();
        let id: String = id.chars().rev().collect();
        let locale = got.get::<Locale>().and_then(Result::ok).map(|l| l.0).unwrap_or_default();
        HttpReply::xml(500, write_fault(&Fault::client(format!("saw {id}/{locale}"))))
    });
    let runtime = ttsoap::Client::builder(http.url()).exact_endpoint(true).build().unwrap();
    let client = runtime.with_header(SessionHeader { session_id: "from-client".into() });
    let session = ttsoap::Session::new(client, ttsoap::Cookie::new(1), support::FakeHooks::new());
    session.set_header(Locale("it".into()));
    assert_eq!(session.headers().len(), 1);
    // Any cookie operation will do: the support module's hand-written `GetThing`.
    let e = session.call(support::GetThing { cookie: ttsoap::Cookie::new(0), id: 1 }).unwrap_err();
    assert!(e.to_string().contains("saw tneilc-morf/it"), "{e}");
    session.set_header(SessionHeader { session_id: "from-session".into() });
    let e = session.call(support::GetThing { cookie: ttsoap::Cookie::new(0), id: 1 }).unwrap_err();
    assert!(e.to_string().contains("saw noisses-morf/it"), "{e}");
    let _ = session.into_cookie();
}

/// Each case's `request.xml` and `response.xml` decode and encode back to the same bytes.
#[test]
fn case_examples_round_trip() {
    case_examples::check::<soap_headers::ops::Login>("soap_headers");
}
