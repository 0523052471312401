//! No password or cookie value in `Debug` output, error text, or anything logged — with a
//! logger that captures every record at TRACE, from this crate and from the HTTP stack.

mod support;

use std::sync::{Mutex, Once};
use std::time::Duration;

use support::*;
use ttsoap::edit::{with_edit, EditGuard};
use ttsoap::transport::ProxyConfig;
use ttsoap::{Client, Error, Password, Session};

struct Capture(Mutex<Vec<String>>);

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        let line = format!("{} {} {}", record.level(), record.target(), record.args());
        lock(&self.0).push(line);
    }
    fn flush(&self) {}
}

static CAPTURE: Capture = Capture(Mutex::new(Vec::new()));
static INSTALL: Once = Once::new();

fn install() {
    INSTALL.call_once(|| {
        log::set_logger(&CAPTURE).expect("no other logger in this test binary");
        log::set_max_level(log::LevelFilter::Trace);
    });
}

fn captured() -> Vec<String> {
    lock(&CAPTURE.0).clone()
}

fn assert_clean(what: &str, text: &str, cookies: &[String]) {
    assert!(!text.contains(PASSWORD), "{what} shows the password: {text}");
    for c in cookies {
        assert!(!text.contains(c.as_str()), "{what} shows a cookie: {text}");
    }
}

/// Cookie values the fake can have handed out in this binary.
fn all_cookies() -> Vec<String> {
    (0..200).map(|i| (FIRST_COOKIE + i * COOKIE_STEP).to_string()).collect()
}

#[test]
fn nothing_secret_is_logged_or_shown() {
    install();
    let tt = FakeTestTrack::start();
    // An error page that echoes the request, as some proxies and debug pages do.
    tt.set_override(|req| {
        req.body_text()
            .contains("SetThing")
            .then(|| HttpReply::html(400, format!("<html><body>Bad request: {}</body></html>", req.body_text())))
    });
    let client =
        Client::builder(tt.server.url()).proxy(ProxyConfig::None).timeout(Duration::from_secs(30)).build().unwrap();
    let cookies = all_cookies();

    let session = logon(&client).unwrap();
    session.set_auto_relogon(true);
    let cookie = session.cookie();
    assert!(cookies.contains(&cookie.expose().to_string()));

    // Plain calls, a fault, an edit, a lost lock, an error page, a dropped session.
    session.call(GetThing { id: 1, ..Default::default() }).unwrap();
    let not_found = session.call(GetThing { id: 404, ..Default::default() }).unwrap_err();
    with_edit::<ThingEdit, _, Error>(
        &session,
        |s| edit_thing(s, 2),
        |t| {
            t.name = "edited".into();
            Ok(())
        },
    )
    .unwrap();
    let g = EditGuard::<ThingEdit>::new(&session, edit_thing(&session, 3).unwrap());
    tt.expire_lock(3);
    let lost = g.save().unwrap_err();
    let page = session.call(SetThing { id: 1, name: "x".into(), ..Default::default() }).unwrap_err();
    assert!(matches!(page, Error::Http { status: 400, .. }));
    tt.drop_session(session.cookie());
    session.call(GetThing { id: 1, ..Default::default() }).unwrap(); // re-logon
    let dropped = client.call(&GetThing { cookie, id: 1 }).unwrap_err();
    let bad_logon = client.call(&Logon { username: USER.into(), password: Password::new(PASSWORD.to_string() + "x") });

    for (what, text) in [
        ("Debug of the client", format!("{client:?}")),
        ("Debug of the session", format!("{session:?}")),
        ("Debug of a fault error", format!("{not_found:?} {not_found}")),
        ("Debug of LockLost", format!("{lost:?} {lost}")),
        ("an HTTP error page", format!("{page:?} {page}")),
        ("a dropped-session error", format!("{dropped:?} {dropped}")),
        ("a failed logon", format!("{bad_logon:?}")),
        ("Debug of a request", format!("{:?}", Logon { username: USER.into(), password: Password::new(PASSWORD) })),
    ] {
        assert_clean(what, &text, &cookies);
    }
    if let Error::Http { body_start, .. } = &page {
        assert!(body_start.contains("Bad request"), "{body_start}");
    }
    drop(session);

    let lines = captured();
    let wire: Vec<&String> = lines.iter().filter(|l| l.contains("ttsoap::wire")).collect();
    assert!(wire.len() >= 20, "the wire trace should log every request and response: {}", wire.len());
    assert!(wire.iter().any(|l| l.contains("<cookie xsi:type=\"xsd:long\">***</cookie>")));
    assert!(wire.iter().any(|l| l.contains("<password xsi:type=\"xsd:string\">***</password>")));
    assert!(wire.iter().any(|l| l.contains("<Cookie xsi:type=\"xsd:long\">***</Cookie>")));
    for line in &lines {
        assert_clean("a log record", line, &cookies);
    }
}

#[test]
fn session_and_client_debug_on_their_own() {
    install();
    let tt = FakeTestTrack::start();
    let client = Client::builder(tt.server.url()).danger_accept_invalid_certs(true).build().unwrap();
    let s: Session = logon(&client).unwrap();
    let text = format!("{client:?}\n{s:?}\n{:?}", s.cookie());
    assert_clean("Debug", &text, &all_cookies());
    assert!(text.contains("Cookie(***)"), "{text}");
    assert!(text.contains("danger_accept_invalid_certs: true"), "{text}");
}

#[test]
fn masking_is_by_element_whatever_the_text_form() {
    use ttsoap::trace::mask_secrets;
    for (xml, masked) in [
        ("<a><cookie><![CDATA[42]]></cookie></a>", "<a><cookie>***</cookie></a>"),
        ("<cookie><!-- c -->42</cookie>", "<cookie>***</cookie>"),
        ("<cookie><?pi x?>42</cookie><b>1</b>", "<cookie>***</cookie><b>1</b>"),
        ("<password>a<![CDATA[<b>]]>c</password>", "<password>***</password>"),
        ("<password>p&amp;w</password>", "<password>***</password>"),
        ("<ns:Cookie xsi:type=\"xsd:long\">\n 42 \n</ns:Cookie>", "<ns:Cookie xsi:type=\"xsd:long\">***</ns:Cookie>"),
        ("<cookie a=\">\">42</cookie>", "<cookie a=\">\">***</cookie>"),
        ("<cookie/><b>keep</b>", "<cookie/><b>keep</b>"),
        ("<password><![CDATA[</password>]]>pw</password><b>x</b>", "<password>***</password><b>x</b>"),
        // Cut off inside the secret: everything after the start tag is hidden.
        ("<a><password>pw-and-more", "<a><password>***"),
        ("<a><password><![CDATA[pw", "<a><password>***"),
        // Markup that only looks like a secret element is left as it is.
        (
            "<!-- <cookie>1</cookie> --><b><![CDATA[<password>x</password>]]></b>",
            "<!-- <cookie>1</cookie> --><b><![CDATA[<password>x</password>]]></b>",
        ),
    ] {
        assert_eq!(mask_secrets(xml.as_bytes()), masked, "{xml}");
    }
}

#[test]
fn a_server_that_echoes_the_request_reveals_no_secret() {
    install();
    let tt = FakeTestTrack::start();
    let session = logon(&tt.client()).unwrap();
    let cookie = session.cookie();
    // A server that quotes the whole request in its faultstring, as debug builds do.
    tt.set_override(|req| {
        let body = req.body_text();
        (body.contains("Logon") || body.contains("GetThing")).then(|| {
            let f = ttsoap::Fault::server(format!("Cannot parse request: {body}"), 11);
            HttpReply::xml(500, ttsoap::envelope::write_fault(&f))
        })
    });
    let client = tt.client();
    let bad = client.call(&Logon { username: USER.into(), password: Password::new(PASSWORD) }).unwrap_err();
    let odd = Password::new("p<&>\"'-ssword");
    let bad_odd = client.call(&Logon { username: USER.into(), password: odd.clone() }).unwrap_err();
    let get = session.call(GetThing { id: 1, ..Default::default() }).unwrap_err();
    let cookies = vec![cookie.expose().to_string()];
    for (what, e) in [("a logon fault", &bad), ("a logon fault (odd password)", &bad_odd), ("a call's fault", &get)] {
        let text = format!("{e} {e:?}");
        assert!(text.contains("Cannot parse request"), "{what}: {text}");
        assert!(text.contains("***"), "{what}: the secret is replaced: {text}");
        assert_clean(what, &text, &cookies);
        assert!(!text.contains(odd.expose()) && !text.contains("p&lt;&amp;&gt;"), "{what}: {text}");
    }
    for line in captured() {
        assert_clean("a log record", &line, &cookies);
        assert!(!line.contains(odd.expose()) && !line.contains("p&lt;&amp;&gt;"), "{line}");
    }
}

#[test]
fn each_retry_logs_one_line_without_secrets() {
    install();
    let tt = FakeTestTrack::start();
    let first = std::sync::atomic::AtomicBool::new(true);
    // A busy page that quotes the request (and so the password) back.
    tt.set_override(move |req| {
        (req.body_text().contains("Ping") && first.swap(false, std::sync::atomic::Ordering::SeqCst))
            .then(|| HttpReply::html(503, format!("<pre>busy: {}</pre>", req.body_text())))
    });
    let client = tt.client();
    let secret = Password::new(PASSWORD);
    let envelope = support::envelope(&format!("<ttns:Ping><password>{}</password></ttns:Ping>", secret.expose()));
    let body = client.call_raw("Ping", "", envelope.as_bytes()).unwrap();
    assert!(String::from_utf8_lossy(&body).contains("PingResponse"));
    assert_eq!(client.retry_count(), 1);
    let lines: Vec<String> = captured().into_iter().filter(|l| l.contains("ttsoap::retry Ping:")).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("HTTP 503") && lines[0].contains("attempt 2 of 3"), "{lines:?}");
    for line in captured() {
        assert_clean("a log line", &line, &[]);
    }
}

/// An API key in the endpoint's query string (a gateway's `?api_key=`) appears in no error
/// and no Debug output: error pages, redirects, a 500 without a fault, a refused connection
/// and a timeout all name the endpoint with the query values masked.
#[test]
fn a_key_in_the_query_string_shows_in_no_error() {
    const KEY: &str = "k3y-0f-the-gateway";
    let server = TestServer::start(|req| {
        let body = req.body_text();
        if body.contains("Moved") {
            HttpReply::html(302, "").header("Location", &format!("http://127.0.0.1:1/soap?api_key={KEY}"))
        } else if body.contains("Slow") {
            HttpReply::xml(200, "").delayed(Duration::from_secs(3))
        } else if body.contains("NoFault") {
            HttpReply::xml(500, support::envelope("<ttns:Other/>"))
        } else {
            HttpReply::html(404, "<html><body>Not Found</body></html>")
        }
    });
    let url = |base: &str| format!("{}/soap?api_key={KEY}&v=2", base.trim_end_matches('/'));
    let client = |base: &str| {
        Client::builder(url(base)).exact_endpoint(true).timeout(Duration::from_millis(500)).build().unwrap()
    };
    let live = client(&server.url());
    let closed = {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        client(&format!("http://127.0.0.1:{port}"))
    };
    let envelope = |op: &str| support::envelope(&format!("<ttns:{op}/>"));
    let errors = [
        ("an error page", live.call_raw("Missing", "", envelope("Missing").as_bytes()).unwrap_err()),
        ("a redirect", live.call_raw("Moved", "", envelope("Moved").as_bytes()).unwrap_err()),
        ("a 500 without a fault", live.call_raw("NoFault", "", envelope("NoFault").as_bytes()).unwrap_err()),
        ("a timeout", live.call_raw("Slow", "", envelope("Slow").as_bytes()).unwrap_err()),
        ("a refused connection", closed.call_raw("Ping", "", envelope("Ping").as_bytes()).unwrap_err()),
    ];
    for (what, e) in &errors {
        let text = format!("{e} {e:?}");
        assert!(!text.contains(KEY), "{what} shows the key: {text}");
        assert!(text.contains("api_key=***"), "{what} names the endpoint, masked: {text}");
    }
    for shown in
        [format!("{live:?}"), format!("{:?}", live.transport()), format!("{:?}", Client::builder(url("http://h")))]
    {
        assert!(!shown.contains(KEY), "{shown}");
    }
}
