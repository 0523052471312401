//! The client against a real HTTP server on 127.0.0.1: endpoints, headers, keep-alive,
//! timeouts, status handling, size limits, gzip, and the exchange hook.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::*;
use ttsoap::transport::ProxyConfig;
use ttsoap::{Client, Cookie, DecodeError, Error, FaultKind};

fn get_thing() -> GetThing {
    GetThing { cookie: Cookie::new(1), id: 1 }
}

fn canned(reply: HttpReply) -> TestServer {
    TestServer::start(move |_| reply.clone())
}

#[test]
fn every_endpoint_form_reaches_the_cgi() {
    let server = canned(HttpReply::xml(200, thing_response("x")));
    let base = server.url(); // http://127.0.0.1:PORT/
    let host = base.trim_end_matches('/').to_string();
    let forms = [
        (base.clone(), "/scripts/ttsoapcgi.exe"),
        (host.clone(), "/scripts/ttsoapcgi.exe"),
        (format!("{host}/ttsoapcgi.wsdl"), "/scripts/ttsoapcgi.exe"),
        (format!("{host}/scripts/ttsoapcgi.exe"), "/scripts/ttsoapcgi.exe"),
        (format!("{host}/cgi-bin/ttsoapcgi.exe"), "/cgi-bin/ttsoapcgi.exe"),
        (format!("{host}/Scripts/TTSOAPCGI.EXE?wsdl"), "/Scripts/TTSOAPCGI.EXE"),
        (format!("{host}/cgi-bin/ttsoapcgi.wsdl"), "/cgi-bin/ttsoapcgi.exe"),
    ];
    for (url, _) in &forms {
        let client = Client::new(url).unwrap();
        client.call(get_thing()).unwrap();
    }
    let paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    let expected: Vec<&str> = forms.iter().map(|(_, p)| *p).collect();
    assert_eq!(paths, expected);
    // An Apache server: a bare host with the cgi-bin default.
    let client = Client::builder(&base).default_cgi_path("/cgi-bin/ttsoapcgi.exe").build().unwrap();
    client.call(get_thing()).unwrap();
    assert_eq!(server.requests().last().unwrap().path, "/cgi-bin/ttsoapcgi.exe");
}

#[test]
fn posts_text_xml_with_a_quoted_soap_action() {
    let tt = FakeTestTrack::start();
    let client = tt.client();
    let session = logon(&client).unwrap();
    session.call(GetThing { id: 2, ..Default::default() }).unwrap();
    client.call(&Ping {}).unwrap();
    drop(session);
    let reqs = tt.server.requests();
    let get = reqs.iter().find(|r| r.body_text().contains("GetThing")).unwrap();
    assert_eq!(get.method, "POST");
    assert_eq!(get.header("content-type"), Some("text/xml; charset=utf-8"));
    assert_eq!(get.header("soapaction"), Some("\"urn:testtrack-interface#GetThing\""));
    assert!(get.header("accept-encoding").unwrap_or("").contains("gzip"));
    assert!(get.header("user-agent").unwrap_or("").starts_with("ttsoap/"));
    let ping = reqs.iter().find(|r| r.body_text().contains("Ping")).unwrap();
    assert_eq!(ping.header("soapaction"), Some("\"\""));
}

#[test]
fn keeps_one_connection_alive_for_many_calls() {
    let tt = FakeTestTrack::start();
    let client = tt.client();
    let session = logon(&client).unwrap();
    for i in 0..25 {
        let r = session.call(GetThing { id: 1 + i % 5, ..Default::default() }).unwrap();
        assert_eq!(r.thing.recordid, 1 + i % 5);
    }
    // A clone shares the agent and its pool.
    client.clone().call(&Ping {}).unwrap();
    drop(session); // logoff goes over the same connection
    assert_eq!(tt.server.requests().len(), 28);
    assert_eq!(tt.server.accepts(), 1, "every call should reuse the first connection");
}

#[test]
fn refused_connection_is_a_connect_error() {
    let url = format!("http://127.0.0.1:{}/", closed_port());
    let client = Client::builder(&url).connect_timeout(Duration::from_secs(5)).build().unwrap();
    match client.call(get_thing()) {
        Err(Error::Connect { endpoint, message }) => {
            assert!(endpoint.ends_with("/scripts/ttsoapcgi.exe"), "{endpoint}");
            assert!(!message.is_empty());
        }
        other => panic!("expected a connect error, got {other:?}"),
    }
}

#[test]
fn slow_server_is_a_timeout() {
    let server = canned(HttpReply::xml(200, thing_response("late")).delayed(Duration::from_secs(10)));
    let client = Client::builder(server.url()).timeout(Duration::from_millis(300)).build().unwrap();
    match client.call(get_thing()) {
        Err(Error::Timeout { message, .. }) => assert!(message.contains("timeout"), "{message}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
}

#[test]
fn tls_to_a_plain_http_server_is_a_connect_error() {
    let server = canned(HttpReply::xml(200, thing_response("x")));
    let url = format!("https://{}/", server.addr());
    let client = Client::builder(&url).timeout(Duration::from_secs(10)).build().unwrap();
    let r = client.call(get_thing());
    assert!(matches!(r, Err(Error::Connect { .. })), "{r:?}");
}

#[test]
fn html_error_page_is_an_http_error_with_readable_text() {
    let server = canned(HttpReply::html(404, IIS_404));
    let client = Client::new(&server.url()).unwrap();
    match client.call(get_thing()) {
        Err(Error::Http { status, endpoint, body_start }) => {
            assert_eq!(status, 404);
            assert_eq!(endpoint, server.cgi_url());
            assert!(body_start.starts_with("404 - File or directory not found. Server Error"), "{body_start}");
            assert!(!body_start.contains('<') && !body_start.contains("margin"), "{body_start}");
            assert!(body_start.chars().count() <= 201);
        }
        other => panic!("expected an HTTP error, got {other:?}"),
    }
}

#[test]
fn html_with_status_200_or_500_is_still_an_http_error() {
    for status in [200, 500] {
        // Served as text/xml, so only the body gives it away.
        let server = canned(HttpReply::xml(
            status,
            "\r\n<HTML><BODY>CGI Error: the specified CGI application misbehaved</BODY></HTML>",
        ));
        let client = Client::new(&server.url()).unwrap();
        match client.call(get_thing()) {
            Err(Error::Http { status: s, body_start, .. }) => {
                assert_eq!(s, status);
                assert_eq!(body_start, "CGI Error: the specified CGI application misbehaved");
            }
            other => panic!("expected an HTTP error, got {other:?}"),
        }
    }
}

#[test]
fn empty_body_and_other_statuses_are_http_errors() {
    let server = canned(HttpReply::xml(200, ""));
    let r = Client::new(&server.url()).unwrap().call(get_thing());
    assert!(matches!(r, Err(Error::Http { status: 200, .. })), "{r:?}");

    let server = canned(HttpReply::xml(503, thing_response("x")));
    let r = Client::new(&server.url()).unwrap().call(get_thing());
    assert!(matches!(r, Err(Error::Http { status: 503, .. })), "{r:?}");

    let server = canned(HttpReply::html(302, "").header("Location", "https://elsewhere.example/scripts/ttsoapcgi.exe"));
    match Client::new(&server.url()).unwrap().call(get_thing()) {
        Err(Error::Http { status: 302, body_start, .. }) => {
            assert_eq!(body_start, "redirected to https://elsewhere.example/scripts/ttsoapcgi.exe")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn soap_fault_with_status_500_is_a_typed_fault() {
    let tt = FakeTestTrack::start();
    let session = logon(&tt.client()).unwrap();
    let err = session.call(GetThing { id: 99, ..Default::default() }).unwrap_err();
    assert_eq!(err.fault_kind(), Some(FaultKind::NotFound));
    assert!(err.is_not_found());
    let f = err.fault().unwrap();
    assert_eq!(f.code, "SOAP-ENV:Server");
    assert_eq!(f.detail.as_deref(), Some("6"));
    // And the session dropped fault.
    let err = tt.client().call(&GetThing { cookie: Cookie::new(12345), id: 1 }).unwrap_err();
    assert!(err.is_session_dropped());
}

#[test]
fn truncated_body_is_malformed() {
    let full = thing_response("cut short");
    let server = canned(HttpReply::xml(200, &full.as_bytes()[..full.len() - 40]));
    let r = Client::new(&server.url()).unwrap().call(get_thing());
    assert!(matches!(r, Err(Error::Decode(DecodeError::Malformed { .. }))), "{r:?}");
}

#[test]
fn doctype_is_refused_as_malformed() {
    let body = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaa\">]>{}",
        thing_response("&a;").trim_start_matches("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    );
    let server = canned(HttpReply::xml(200, body));
    let r = Client::new(&server.url()).unwrap().call(get_thing());
    match r {
        Err(Error::Decode(DecodeError::Malformed { message, .. })) => assert!(message.contains("DOCTYPE"), "{message}"),
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn oversize_response_is_too_large() {
    let big = thing_response(&"x".repeat(10_000));
    let server = canned(HttpReply::xml(200, big.clone()));
    let client = Client::builder(server.url()).max_response_size(4096).build().unwrap();
    assert!(matches!(client.call(get_thing()), Err(Error::TooLarge { limit: 4096 })));
    // The limit applies after decompression: a small gzip body that inflates past it.
    let server = canned(HttpReply::xml(200, thing_response(&" ".repeat(1_000_000))).gzipped());
    assert!(server.requests().is_empty());
    let client = Client::builder(server.url()).max_response_size(64 * 1024).build().unwrap();
    assert!(matches!(client.call(get_thing()), Err(Error::TooLarge { limit: 65536 })));
    // Within the limit it is fine.
    let server = canned(HttpReply::xml(200, big));
    let client = Client::builder(server.url()).max_response_size(20_000).build().unwrap();
    assert_eq!(client.call(get_thing()).unwrap().thing.name.len(), 10_000);
}

#[test]
fn gzip_response_is_decoded() {
    let server = canned(HttpReply::xml(200, thing_response("squeezed &amp; stretched")).gzipped());
    let r = Client::new(&server.url()).unwrap().call(get_thing()).unwrap();
    assert_eq!(r.thing.name, "squeezed & stretched");
}

#[test]
fn strict_mode_refuses_unknown_elements() {
    let body = envelope(
        "<ttns:GetThingResponse><pThing><recordid>1</recordid><extra>?</extra><name>n</name></pThing></ttns:GetThingResponse>",
    );
    let server = canned(HttpReply::xml(200, body));
    let lenient = Client::new(&server.url()).unwrap();
    assert_eq!(lenient.call(get_thing()).unwrap().thing.name, "n");
    let strict = Client::builder(server.url()).strict(true).build().unwrap();
    assert!(strict.read_options().strict);
    let r = strict.call(get_thing());
    assert!(matches!(r, Err(Error::Decode(DecodeError::Unexpected { .. }))), "{r:?}");
}

#[test]
fn exchange_hook_sees_masked_traffic() {
    let tt = FakeTestTrack::start();
    let seen: Arc<Mutex<Vec<ttsoap::Exchange>>> = Arc::default();
    let sink = seen.clone();
    let client = Client::builder(tt.server.url()).on_exchange(move |x| lock(&sink).push(x.clone())).build().unwrap();
    let session = logon(&client).unwrap();
    let cookie = session.cookie().expose().to_string();
    session.call(GetThing { id: 3, ..Default::default() }).unwrap();
    let _ = session.call(GetThing { id: 42, ..Default::default() });
    drop(session);
    let seen = lock(&seen);
    let ops: Vec<&str> = seen.iter().map(|x| x.operation.as_str()).collect();
    assert_eq!(ops, ["Logon", "GetThing", "GetThing", "Logoff"]);
    assert_eq!(seen[1].soap_action, "urn:testtrack-interface#GetThing");
    assert_eq!(seen[1].status, Some(200));
    assert_eq!(seen[2].status, Some(500));
    assert!(seen[1].response.contains("thing 3"));
    assert!(seen[0].request.contains("<password xsi:type=\"xsd:string\">***</password>"), "{}", seen[0].request);
    assert!(seen[0].response.contains("<Cookie xsi:type=\"xsd:long\">***</Cookie>"), "{}", seen[0].response);
    assert!(seen[1].request.contains("<cookie xsi:type=\"xsd:long\">***</cookie>"), "{}", seen[1].request);
    for x in seen.iter() {
        assert!(!x.request.contains(PASSWORD) && !x.response.contains(PASSWORD));
        assert!(!x.request.contains(&cookie) && !x.response.contains(&cookie));
        assert!(x.error.is_none());
    }
    // A failed exchange reaches the hook too.
    let failed: Arc<Mutex<Vec<ttsoap::Exchange>>> = Arc::default();
    let sink = failed.clone();
    let url = format!("http://127.0.0.1:{}/", closed_port());
    // (One attempt: the default policy would retry a refused connection.)
    let client = Client::builder(url)
        .on_exchange(move |x| lock(&sink).push(x.clone()))
        .retry(ttsoap::RetryPolicy::none())
        .build()
        .unwrap();
    assert!(client.call(get_thing()).is_err());
    let failed = lock(&failed);
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].status, None);
    assert!(failed[0].error.is_some());
    assert_eq!(client.retry_count(), 0);
}

#[test]
fn clones_share_work_across_threads() {
    let tt = FakeTestTrack::start();
    let client = tt.client();
    std::thread::scope(|s| {
        for t in 0..4 {
            let client = client.clone();
            s.spawn(move || {
                let session = logon(&client).unwrap();
                for i in 0..5 {
                    let id = 1 + (t + i) % 5;
                    assert_eq!(session.call(GetThing { id, ..Default::default() }).unwrap().thing.recordid, id);
                }
            });
        }
    });
    assert_eq!(tt.state().logons, 4);
    assert_eq!(tt.state().logoffs.len(), 4);
    assert!(tt.server.accepts() <= 4);
}

#[test]
fn requests_go_through_a_configured_proxy() {
    // The test server answers CONNECT and then serves the tunnelled requests itself, so the
    // endpoint's host never has to resolve: the proxy is the only thing contacted.
    let proxy = canned(HttpReply::xml(200, thing_response("via proxy")));
    let client = Client::builder("http://tt.example.invalid/")
        .proxy(ProxyConfig::Url(format!("http://{}", proxy.addr())))
        .build()
        .unwrap();
    assert!(format!("{client:?}").contains(&format!("{}", proxy.addr().port())));
    assert_eq!(client.call(get_thing()).unwrap().thing.name, "via proxy");
    assert_eq!(client.call(get_thing()).unwrap().thing.name, "via proxy");
    let reqs = proxy.requests();
    assert_eq!(reqs[0].method, "CONNECT");
    assert_eq!(reqs[0].path, "tt.example.invalid:80");
    assert_eq!(reqs[1].method, "POST");
    assert_eq!(reqs[1].path, "/scripts/ttsoapcgi.exe");
    assert_eq!(proxy.accepts(), 1);
    // A proxy URL that does not parse is a configuration error, without its password.
    let r = Client::builder("http://h/").proxy(ProxyConfig::Url("http://u:hunter2@[bad".into())).build();
    match r {
        Err(Error::Config(m)) => assert!(!m.contains("hunter2"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn bom_and_leading_whitespace_are_tolerated() {
    for prefix in ["\u{feff}", "\r\n", "\u{feff}\n  "] {
        let server = canned(HttpReply::xml(200, format!("{prefix}{}", thing_response("ok"))));
        let r = Client::new(&server.url()).unwrap().call(get_thing());
        assert_eq!(r.unwrap().thing.name, "ok", "{prefix:?}");
    }
}
