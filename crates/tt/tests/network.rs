//! Network behaviour end to end against the emulator: retries through a busy proxy (Rust API
//! and `tt`), `--retries`/`TT_RETRIES`, `--timeout`, and TLS with a certificate made in the
//! test (refused in words, trusted with --ca-bundle or SSL_CERT_FILE, --insecure warns).

#[path = "../../ttsoap/tests/support/front.rs"]
mod front;
mod support;

use std::time::Duration;

use front::{Front, TestCert};
use support::{emulator, fails, json, ok, scratch, text, tt, tt_cmd};

fn defects(url: &str) -> usize {
    json(&tt(url, &["list", "Defect", "--format", "json"])).as_array().map_or(0, Vec::len)
}

#[test]
fn a_full_session_completes_through_a_proxy_that_refuses_every_third_request() {
    let emu = emulator();
    let before = defects(&emu.url());
    let proxy = Front::flaky(emu.addr(), 3);
    let policy = ttsoap::RetryPolicy::retries(4).base_delay(Duration::from_millis(10));
    let runtime = ttsoap::Client::builder(proxy.url()).retry(policy).build().unwrap();
    let client = testtrack::Client::from_runtime(runtime.clone());
    let s = client.login("Demo", "ada", "ada-secret").unwrap();
    assert!(s.get_defect(1, "", false).unwrap().summary.is_some());
    let mut ids = Vec::new();
    for i in 0..3 {
        let d = testtrack::types::CDefect { summary: Some(format!("through the proxy {i}")), ..Default::default() };
        ids.push(s.add_defect(d).unwrap());
    }
    for &id in &ids {
        let mut d = s.edit_defect_by_record_id(id, false).unwrap();
        d.priority = Some("High".into());
        d.save().unwrap();
    }
    s.logoff().unwrap();
    assert!(proxy.refused() >= 3, "{} refused", proxy.refused());
    assert_eq!(runtime.retry_count() as usize, proxy.refused());
    // Exactly the records made, each saved once.
    assert_eq!(defects(&emu.url()), before + 3);
    let direct = testtrack::Client::new(&emu.url()).unwrap().login("Demo", "ada", "ada-secret").unwrap();
    for &id in &ids {
        assert_eq!(direct.get_defect_by_record_id(id, false).unwrap().priority.as_deref(), Some("High"));
    }
}

#[test]
fn tt_retries_a_busy_proxy_and_the_flag_and_variable_bound_it() {
    let emu = emulator();
    let before = defects(&emu.url());
    let every_third = Front::flaky(emu.addr(), 3);
    for i in 0..3 {
        let summary = format!("Summary=added through a busy proxy {i}");
        ok(&tt(&every_third.url(), &["add", "Defect", "--set", &summary]));
    }
    assert!(every_third.refused() >= 3);
    assert_eq!(defects(&emu.url()), before + 3);

    // A proxy that refuses everything: one attempt plus the repeats asked for.
    let always = Front::flaky(emu.addr(), 1);
    fails(&tt(&always.url(), &["projects", "--retries", "0"]), 4, "HTTP 503");
    assert_eq!(always.requests(), 1);
    fails(&tt(&always.url(), &["projects", "--retries", "2"]), 4, "HTTP 503");
    assert_eq!(always.requests(), 4);
    fails(&tt_cmd(&always.url(), &["projects"]).env("TT_RETRIES", "1").output().unwrap(), 4, "HTTP 503");
    assert_eq!(always.requests(), 6);
    fails(&tt(&always.url(), &["projects", "--retries", "99"]), 2, "--retries");
}

#[test]
fn timeout_bounds_a_server_that_never_answers() {
    // The kernel accepts the connection; nothing ever answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", silent.local_addr().unwrap());
    let err = fails(&tt(&url, &["projects", "--timeout", "1", "--retries", "0"]), 4, "timed out");
    assert!(err.contains("timeout"), "{err}");
    fails(&tt(&url, &["projects", "--timeout", "0"]), 2, "--timeout");
    fails(&tt(&url, &["projects", "--connect-timeout", "0"]), 2, "--connect-timeout");
}

#[test]
fn tls_certificate_refused_in_words_then_trusted_three_ways() {
    let emu = emulator();
    let cert = TestCert::self_signed(&["127.0.0.1"]);
    let front = Front::start(&cert, emu.addr());
    let pem = scratch("tls").join("server.pem");
    cert.write_pem(&pem);
    let pem = pem.to_str().unwrap();

    let err = fails(&tt(&front.url(), &["projects"]), 2, "not trust");
    assert!(err.contains("--ca-bundle") && !err.contains("UnknownIssuer"), "{err}");

    assert!(ok(&tt(&front.url(), &["projects", "--ca-bundle", pem])).contains("Demo"));
    let o = tt_cmd(&front.url(), &["projects"]).env("SSL_CERT_FILE", pem).output().unwrap();
    assert!(ok(&o).contains("Demo"));

    let o = tt(&front.url(), &["projects", "--insecure"]);
    let (out, err) = text(&o);
    assert!(ok(&o).contains("Demo"), "{out}");
    assert!(err.contains("WARNING") && err.contains("--insecure"), "{err}");
}
