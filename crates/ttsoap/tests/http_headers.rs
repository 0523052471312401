//! Extra HTTP headers, HTTP Basic auth and secret header values, against a real HTTP server
//! on 127.0.0.1.

mod support;

use std::sync::{Arc, Mutex};

use support::*;
use ttsoap::{Client, Error, Password};

fn ping_ok() -> HttpReply {
    HttpReply::xml(200, envelope("<ttns:PingResponse><result>0</result></ttns:PingResponse>"))
}

#[test]
fn custom_headers_and_basic_auth_arrive_with_every_request() {
    let server = TestServer::start(|_| ping_ok());
    let client = Client::builder(server.url())
        .exact_endpoint(true)
        .http_header("X-Api-Key", "gateway-key-1")
        .secret_http_header("X-Session-Token", "tok-secret-9")
        .basic_auth("bob", &Password::new("hunter2"))
        .build()
        .unwrap();
    client.call(Ping {}).unwrap();
    client.call(Ping {}).unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for r in &requests {
        assert_eq!(r.header("x-api-key"), Some("gateway-key-1"));
        assert_eq!(r.header("x-session-token"), Some("tok-secret-9"));
        // base64("bob:hunter2")
        assert_eq!(r.header("authorization"), Some("Basic Ym9iOmh1bnRlcjI="));
        // The transport's own headers are unchanged.
        assert_eq!(r.header("content-type"), Some("text/xml; charset=utf-8"));
    }
    let shown = format!("{client:?}");
    assert!(shown.contains("gateway-key-1"), "{shown}");
    for secret in ["tok-secret-9", "hunter2", "Ym9iOmh1bnRlcjI"] {
        assert!(!shown.contains(secret), "{shown}");
    }
}

#[test]
fn a_bearer_token_is_secret_and_absent_from_errors_and_traces() {
    let server = TestServer::start(|_| HttpReply::html(401, "<html>Bearer tok-777 refused</html>"));
    let traced = Arc::new(Mutex::new(Vec::<String>::new()));
    let t = traced.clone();
    let client = Client::builder(server.url())
        .exact_endpoint(true)
        .http_header("Authorization", "Bearer tok-777")
        .on_exchange(move |x| lock(&t).push(format!("{x:?}")))
        .build()
        .unwrap();
    assert!(!format!("{client:?}").contains("tok-777"));
    let e = client.call(Ping {}).unwrap_err();
    assert_eq!(server.requests()[0].header("authorization"), Some("Bearer tok-777"));
    assert!(!e.to_string().contains("tok-777") && !format!("{e:?}").contains("tok-777"), "{e}");
    assert!(lock(&traced).iter().all(|t| !t.contains("tok-777")), "{:?}", lock(&traced));
}

#[test]
fn headers_the_transport_writes_or_bad_values_are_refused() {
    for (name, value) in [("SOAPAction", "\"x\""), ("Content-Type", "text/plain"), ("Bad Name", "v")] {
        let e = Client::builder("http://127.0.0.1:9/").http_header(name, value).build().unwrap_err();
        assert!(matches!(e, Error::Config(_)), "{name}: {e:?}");
    }
    let e = Client::builder("http://127.0.0.1:9/").http_header("Authorization", "Bearer a\r\nX-Evil: 1").build();
    let e = e.unwrap_err();
    assert!(matches!(e, Error::Config(_)) && !e.to_string().contains("Bearer"), "{e}");
}

#[test]
fn the_cookie_store_sends_back_the_cookies_the_service_set() {
    let calls = Arc::new(Mutex::new(0usize));
    let c = calls.clone();
    let server = TestServer::start(move |_| {
        let mut n = lock(&c);
        *n += 1;
        match *n {
            1 => ping_ok().header("Set-Cookie", "JSESSIONID=js-55; Path=/; HttpOnly"),
            2 => ping_ok().header("Set-Cookie", "other=o; Path=/elsewhere"),
            _ => ping_ok(),
        }
    });
    let client = Client::builder(server.url()).exact_endpoint(true).cookie_store(true).build().unwrap();
    for _ in 0..3 {
        client.call(Ping {}).unwrap();
    }
    let sent: Vec<Option<String>> = server.requests().iter().map(|r| r.header("cookie").map(str::to_string)).collect();
    // The first request has no cookie; later ones carry the session cookie, and not the
    // cookie scoped to another path.
    assert_eq!(sent, [None, Some("JSESSIONID=js-55".to_string()), Some("JSESSIONID=js-55".to_string())]);
    assert!(!format!("{client:?}").contains("js-55"), "{client:?}");

    // Without the store (the default), cookies are not sent back.
    *lock(&calls) = 0;
    let plain = Client::builder(server.url()).exact_endpoint(true).build().unwrap();
    plain.call(Ping {}).unwrap();
    plain.call(Ping {}).unwrap();
    assert!(server.requests().iter().skip(3).all(|r| r.header("cookie").is_none()));
}
