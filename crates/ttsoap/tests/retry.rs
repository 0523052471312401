//! RetryPolicy against real HTTP servers on 127.0.0.1: what is repeated, what never is, and
//! how attempts are bounded (counted, not timed).

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::*;
use ttsoap::{Client, Error, FaultKind, RetryPolicy};

/// Retries with short waits, so the tests run quickly.
fn fast(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(attempts)
        .base_delay(Duration::from_millis(10))
        .max_delay(Duration::from_millis(40))
}

/// The operation a request calls, from its SOAPAction.
fn action(req: &HttpRequest) -> String {
    let a = req.header("soapaction").unwrap_or("").trim_matches('"');
    a.rsplit('#').next().unwrap_or("").to_string()
}

fn fault(string: &str, detail: i64) -> HttpReply {
    HttpReply::xml(
        500,
        envelope(&format!(
            "<SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>{string}</faultstring>\
             <detail>{detail}</detail></SOAP-ENV:Fault>"
        )),
    )
}

fn client(url: &str, policy: RetryPolicy) -> Client {
    Client::builder(url).retry(policy).build().unwrap()
}

fn calls_of(tt: &FakeTestTrack, op: &str) -> usize {
    tt.state().calls.iter().filter(|(o, _)| o == op).count()
}

#[test]
fn a_session_completes_through_a_proxy_that_refuses_every_third_request() {
    let tt = FakeTestTrack::start();
    let seen = Arc::new(AtomicUsize::new(0));
    let refused = Arc::new(AtomicUsize::new(0));
    let (s, r) = (seen.clone(), refused.clone());
    tt.set_override(move |_| {
        if (s.fetch_add(1, Ordering::SeqCst) + 1).is_multiple_of(3) {
            r.fetch_add(1, Ordering::SeqCst);
            Some(HttpReply::html(503, "<html><body>Service Unavailable</body></html>"))
        } else {
            None
        }
    });
    let client = client(&tt.server.url(), fast(4));
    let session = logon(&client).unwrap();
    for id in 1..=5 {
        let r = session.call(GetThing { id, ..Default::default() }).unwrap();
        assert_eq!(r.thing.name, format!("thing {id}"));
    }
    for id in 10..13 {
        session.call(SetThing { id, name: format!("new {id}"), ..Default::default() }).unwrap();
    }
    session.logoff().unwrap();
    assert!(refused.load(Ordering::SeqCst) >= 3);
    assert_eq!(client.retry_count() as usize, refused.load(Ordering::SeqCst));
    let st = tt.state();
    assert_eq!(st.logons, 1);
    assert_eq!(st.logoffs.len(), 1);
    assert_eq!(st.calls.iter().filter(|(o, _)| o == "SetThing").count(), 3, "no duplicate writes");
    assert_eq!(st.calls.iter().filter(|(o, _)| o == "GetThing").count(), 5);
    for id in 10..13 {
        assert_eq!(st.things.get(&id).map(String::as_str), Some(format!("new {id}").as_str()));
    }
}

#[test]
fn a_data_changing_call_cut_after_sending_is_not_repeated() {
    let tt = FakeTestTrack::start();
    let sets = Arc::new(AtomicUsize::new(0));
    let gets = Arc::new(AtomicUsize::new(0));
    let (s, g) = (sets.clone(), gets.clone());
    tt.set_override(move |req| match action(req).as_str() {
        "SetThing" => {
            s.fetch_add(1, Ordering::SeqCst);
            Some(HttpReply::hang_up())
        }
        // The first read is cut too; reads are repeated.
        "GetThing" if g.fetch_add(1, Ordering::SeqCst) == 0 => Some(HttpReply::hang_up()),
        _ => None,
    });
    let client = client(&tt.server.url(), fast(5));
    let session = logon(&client).unwrap();
    let r = session.call(SetThing { id: 1, name: "x".into(), ..Default::default() });
    assert!(matches!(r, Err(Error::Connect { .. })), "{r:?}");
    assert_eq!(sets.load(Ordering::SeqCst), 1, "sent once, never repeated");
    assert_eq!(client.retry_count(), 0);
    let r = session.call(GetThing { id: 2, ..Default::default() }).unwrap();
    assert_eq!(r.thing.name, "thing 2");
    assert_eq!(gets.load(Ordering::SeqCst), 2);
    assert_eq!(client.retry_count(), 1);
}

#[test]
fn a_refused_connection_is_retried_until_the_server_appears() {
    let port = closed_port();
    let server: Arc<Mutex<Option<TestServer>>> = Arc::default();
    let slot = server.clone();
    let client = Client::builder(format!("http://127.0.0.1:{port}/"))
        .retry(fast(5))
        .on_exchange(move |x| {
            // The server starts once the first attempt has been refused.
            let mut s = lock(&slot);
            if x.error.is_some() && s.is_none() {
                *s = Some(TestServer::start_on(port, |_| {
                    HttpReply::xml(200, envelope("<ttns:PingResponse><result>0</result></ttns:PingResponse>"))
                }));
            }
        })
        .build()
        .unwrap();
    // Ping changes data as far as the policy knows; it is repeated because it was never sent.
    assert!(!client.retry_policy().is_read_only("Ping"));
    let r = client.call(Ping {}).unwrap();
    assert_eq!(r.result, 0);
    assert_eq!(client.retry_count(), 1);
    assert_eq!(lock(&server).as_ref().map(|s| s.requests().len()), Some(1));
}

#[test]
fn attempts_and_the_deadline_bound_the_retries() {
    let server = TestServer::start(|_| HttpReply::html(503, "busy"));
    let c = client(&server.url(), fast(4));
    let r = c.call(SetThing::default());
    assert!(matches!(r, Err(Error::Http { status: 503, .. })), "{r:?}");
    assert_eq!(server.requests().len(), 4);
    assert_eq!(c.retry_count(), 3);

    // A deadline already passed: no retry at all.
    let c = c.with_retry(fast(100).deadline(Duration::ZERO));
    let before = server.requests().len();
    assert!(c.call(SetThing::default()).is_err());
    assert_eq!(server.requests().len() - before, 1);
    // `with_retry` shares the counter.
    assert_eq!(c.retry_count(), 3);

    // A short deadline stops long before the attempt limit.
    let c = c.with_retry(fast(10_000).deadline(Duration::from_millis(200)));
    let before = server.requests().len();
    assert!(c.call(SetThing::default()).is_err());
    let made = server.requests().len() - before;
    assert!((2..10_000).contains(&made), "{made} attempts");

    let c = c.with_retry(RetryPolicy::none());
    let before = server.requests().len();
    assert!(c.call(GetThing::default()).is_err());
    assert_eq!(server.requests().len() - before, 1);
}

#[test]
fn gateway_errors_are_retried_for_reads_only() {
    let server = TestServer::start(|_| HttpReply::html(502, "bad gateway"));
    let c = client(&server.url(), fast(3));
    assert!(matches!(c.call(GetThing::default()), Err(Error::Http { status: 502, .. })));
    assert_eq!(server.requests().len(), 3);
    assert!(matches!(c.call(SetThing::default()), Err(Error::Http { status: 502, .. })));
    assert_eq!(server.requests().len(), 4);
    assert_eq!(c.retry_count(), 2);
}

#[test]
fn session_busy_is_retried_inside_the_session() {
    let tt = FakeTestTrack::start();
    let n = Arc::new(AtomicUsize::new(0));
    let k = n.clone();
    tt.set_override(move |req| {
        (action(req) == "SetThing" && k.fetch_add(1, Ordering::SeqCst) == 0)
            .then(|| fault("Session busy with prior request", 16))
    });
    let client = client(&tt.server.url(), fast(3));
    let session = logon(&client).unwrap();
    session.call(SetThing { id: 1, name: "once".into(), ..Default::default() }).unwrap();
    assert_eq!(calls_of(&tt, "SetThing"), 1);
    assert_eq!(n.load(Ordering::SeqCst), 2);
    assert_eq!(client.retry_count(), 1);
    assert_eq!(tt.name_of(1).as_deref(), Some("once"));
}

#[test]
fn too_many_soap_users_at_logon_is_retried() {
    let tt = FakeTestTrack::start();
    let n = Arc::new(AtomicUsize::new(0));
    let k = n.clone();
    tt.set_override(move |req| {
        (action(req) == "Logon" && k.fetch_add(1, Ordering::SeqCst) < 2).then(|| fault("Too many SOAP users.", 72))
    });
    let client = client(&tt.server.url(), fast(3));
    let session = logon(&client).unwrap();
    assert_eq!(client.retry_count(), 2);
    assert_eq!(tt.state().logons, 1);
    drop(session);

    // Out of attempts: the fault itself comes back.
    n.store(0, Ordering::SeqCst);
    let r = logon(&client.with_retry(fast(2)));
    assert_eq!(r.err().and_then(|e| e.fault_kind()), Some(FaultKind::TooManySoapUsers));
}

#[test]
fn retry_after_is_honoured_and_one_past_the_deadline_ends_the_retries() {
    let n = Arc::new(AtomicUsize::new(0));
    let k = n.clone();
    let server = TestServer::start(move |_| match k.fetch_add(1, Ordering::SeqCst) {
        0 => HttpReply::html(503, "busy").header("Retry-After", "1"),
        _ => HttpReply::xml(200, thing_response("after the wait")),
    });
    let c = client(&server.url(), fast(3));
    assert_eq!(c.call(GetThing::default()).unwrap().thing.name, "after the wait");
    assert_eq!(server.requests().len(), 2);
    assert_eq!(c.retry_count(), 1);

    // The server asks for an hour; the deadline is 30 s: no retry.
    let late = TestServer::start(|_| HttpReply::html(503, "busy").header("Retry-After", "3600"));
    let c = client(&late.url(), fast(3));
    assert!(matches!(c.call(SetThing::default()), Err(Error::Http { status: 503, .. })));
    assert_eq!(late.requests().len(), 1);
    assert_eq!(c.retry_count(), 0);
}
