//! Session parts: the `session_parts` golden case (4 of 5 operations start with `username`,
//! `password`) compiled, its `Session` against its generated service on 127.0.0.1, and
//! `Builder::session_parts` naming the parts instead of the rule.

#[path = "case_examples/mod.rs"]
mod case_examples;

#[path = "../../crates/ttsoap/tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::sync::Mutex;

use support::{lock, HttpReply, TestServer};
use ttsoap::{Error, Fault, Password};

#[allow(unused_imports, dead_code)] // the root re-exports (`pub use types::*`, ...)
mod session_parts {
    include!("cases/session_parts/expected.rs");
}

use session_parts::ops::{AddNote, AddNoteResponse, GetIssue, GetIssueResponse, Version, VersionResponse};

/// Records the credentials every call carried.
#[derive(Default)]
struct Tracker {
    seen: Mutex<Vec<(String, String)>>,
}

impl Tracker {
    fn check(&self, user: &str, password: &Password) -> Result<(), Fault> {
        lock(&self.seen).push((user.to_string(), password.expose().to_string()));
        if password.expose() == "right" {
            Ok(())
        } else {
            Err(Fault::client("Access denied"))
        }
    }
}

impl session_parts::Service for Tracker {
    fn version(&self, _: Version) -> Result<VersionResponse, Fault> {
        Ok(VersionResponse { return_: "1.0".into() })
    }
    fn get_issue(&self, r: GetIssue) -> Result<GetIssueResponse, Fault> {
        self.check(&r.username, &r.password)?;
        Ok(GetIssueResponse { return_: format!("issue {}", r.id) })
    }
    fn add_note(&self, r: AddNote) -> Result<AddNoteResponse, Fault> {
        self.check(&r.username, &r.password)?;
        Ok(AddNoteResponse { return_: r.text.len() as i64 })
    }
}

#[test]
fn the_session_fills_in_the_leading_parts() {
    let tracker = std::sync::Arc::new(Tracker::default());
    let t = tracker.clone();
    let http = TestServer::start(move |req| {
        let reply = session_parts::server::dispatch(&*t, &req.body, ttsoap::xml::ReadOptions::default());
        HttpReply::new(reply.status, reply.content_type(), reply.body)
    });
    let client = session_parts::Client::new(&format!("{}session-parts", http.url())).unwrap();
    let session = client.session("ann", &Password::new("right"));
    assert!(!format!("{session:?}").contains("right"), "{session:?}");
    assert_eq!(session.get_issue(12).unwrap(), "issue 12");
    assert_eq!(session.add_note(12, "four").unwrap(), 4);
    // `version` takes no credentials: on the client only.
    assert_eq!(session.client().version().unwrap(), "1.0");
    assert_eq!(*lock(&tracker.seen), [("ann".to_string(), "right".to_string()), ("ann".into(), "right".into())]);
    let wrong = client.session("ann", &Password::new("wrong"));
    match wrong.get_issue(1) {
        Err(Error::Fault(f)) => assert_eq!(f.string, "Access denied"),
        other => panic!("expected the server's fault, got {other:?}"),
    }
}

fn emit(case: &str, parts: Option<&[&str]>) -> String {
    let wsdl = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(case);
    let mut b = ttsoap_codegen::Builder::new().wsdl(wsdl);
    if let Some(parts) = parts {
        b = b.session_parts(parts.iter().copied());
    }
    b.emit().unwrap().single_file()
}

#[test]
fn the_build_script_can_name_the_session_parts() {
    let text = emit("session_parts/input.wsdl", Some(&["username"]));
    assert!(text.contains("pub fn session(&self, username: &str) -> Session"), "named: username only");
    assert!(text.contains("pub fn get_issue(\n            &self,\n            password: &ttsoap::Password,"), "{text}");
    // By rule, both leading parts.
    let text = emit("session_parts/input.wsdl", None);
    assert!(text.contains("pub fn session(&self, username: &str, password: &ttsoap::Password) -> Session"));
}

#[test]
fn a_service_without_session_parts_gets_no_session() {
    // One operation (a `username` part, but leading fewer than two operations) and a
    // document/literal service: no Session, no logoff hook, no Raw.
    for case in ["xsd_all/input.wsdl", "document_literal/input.wsdl"] {
        let text = emit(case, None);
        for absent in ["pub struct Session", "SessionHooks", "pub struct Raw", "fn session("] {
            assert!(!text.contains(absent), "{case}: {absent}");
        }
        assert!(text.contains("pub use client::Client;"), "{case}");
    }
}

/// Each case's `request.xml` and `response.xml` decode and encode back to the same bytes.
#[test]
fn case_examples_round_trip() {
    case_examples::check::<session_parts::ops::Version>("session_parts");
}
