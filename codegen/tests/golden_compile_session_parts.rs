//! Session parts: the `session_parts` golden case (4 of 5 operations start with `username`,
//! `password`) compiled, its `Session` against its generated service on 127.0.0.1, and
//! `Builder::session_parts` naming the parts instead of the rule; the `session_token` case (a
//! token issued by `login`, Axis's `in0` names) likewise.

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

#[allow(unused_imports, dead_code)]
mod session_token {
    include!("cases/session_token/expected.rs");
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

/// Issues token `tok-<n>` to `ann`/`right` and records the token of every other call.
#[derive(Default)]
struct TokenTracker {
    issued: Mutex<Vec<String>>,
    seen: Mutex<Vec<(&'static str, String)>>,
}

impl TokenTracker {
    fn check(&self, op: &'static str, token: &str) -> Result<(), Fault> {
        lock(&self.seen).push((op, token.to_string()));
        if lock(&self.issued).iter().any(|t| t == token) {
            Ok(())
        } else {
            Err(Fault::server("RemoteAuthenticationException: the token is not valid", 1))
        }
    }
}

impl session_token::Service for TokenTracker {
    fn login(&self, r: session_token::ops::Login) -> Result<session_token::ops::LoginResponse, Fault> {
        if (r.in0.as_str(), r.in1.as_str()) != ("ann", "right") {
            return Err(Fault::server("RemoteAuthenticationException: invalid user name or password", 1));
        }
        let mut issued = lock(&self.issued);
        let token = format!("tok-{}", issued.len() + 1);
        issued.push(token.clone());
        Ok(session_token::ops::LoginResponse { login_return: token })
    }
    fn get_issue(&self, r: session_token::ops::GetIssue) -> Result<session_token::ops::GetIssueResponse, Fault> {
        self.check("getIssue", &r.in0)?;
        Ok(session_token::ops::GetIssueResponse { get_issue_return: format!("issue {}", r.in1) })
    }
    fn get_server_info(
        &self,
        r: session_token::ops::GetServerInfo,
    ) -> Result<session_token::ops::GetServerInfoResponse, Fault> {
        self.check("getServerInfo", &r.in0)?;
        Ok(session_token::ops::GetServerInfoResponse { get_server_info_return: "4.4.5".into() })
    }
}

#[test]
fn a_token_session_is_opened_by_the_clients_login_and_fills_in_the_token() {
    let tracker = std::sync::Arc::new(TokenTracker::default());
    let t = tracker.clone();
    let http = TestServer::start(move |req| {
        let reply = session_token::server::dispatch(&*t, &req.body, ttsoap::xml::ReadOptions::default());
        HttpReply::new(reply.status, reply.content_type(), reply.body)
    });
    let client = session_token::Client::new(&format!("{}session-token", http.url())).unwrap();
    // The operation `login` keeps its name on the client: nothing else there is called so.
    let token = client.login("ann", "right").unwrap();
    assert_eq!(token, "tok-1");
    let session = client.session(&token);
    assert_eq!(session.get_issue("KEY-7").unwrap(), "issue KEY-7");
    // `getServerInfo(in0)` returns a string too, but is no logon: a session method.
    assert_eq!(session.get_server_info().unwrap(), "4.4.5");
    assert_eq!(*lock(&tracker.seen), [("getIssue", "tok-1".to_string()), ("getServerInfo", "tok-1".to_string())]);
    match client.session("tok-forged").get_issue("KEY-7") {
        Err(Error::Fault(f)) => assert!(f.string.contains("token is not valid"), "{f:?}"),
        other => panic!("expected the server's fault, got {other:?}"),
    }
    // The session has no `login` (it would send the token as the user name), and no method
    // was pushed to a suffixed name.
    let text = emit("session_token/input.wsdl", None);
    assert_eq!(text.matches("pub fn login(").count(), 1, "only Client::login:\n{text}");
    assert!(text.contains("pub fn login(&self, in0: &str, in1: &str) -> Result<String, ttsoap::Error>"), "{text}");
    assert!(!text.contains("login_2"), "{text}");
    assert!(text.contains("pub fn session(&self, in0: &str) -> Session"), "{text}");
}

#[test]
fn a_credentials_session_keeps_login_and_the_client_keeps_its_name() {
    // `login(username, password)` returning a boolean checks the credentials: a session
    // method, and the client's raw operation is `login` (no TestTrack logon helper here).
    let text = emit("session_parts/input.wsdl", None);
    assert_eq!(text.matches("pub fn login(").count(), 2, "{text}");
    assert!(!text.contains("login_2"), "{text}");
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
    case_examples::check::<session_token::ops::Login>("session_token");
}
