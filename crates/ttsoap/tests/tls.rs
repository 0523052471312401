//! TLS against a loopback server with a certificate made in the test: refused by default with
//! a message in words, trusted through a CA bundle, accepted when verification is off.
//! (`SSL_CERT_FILE` is tested in `tls_env.rs`: setting a process-wide variable here would let
//! a parallel test trust the wrong certificate.)

mod support;
// The front brings its own copy of `support/loopback.rs`: the `tt` tests include it alone.
#[allow(clippy::duplicate_mod)]
#[path = "support/front.rs"]
mod tls_front;

use support::*;
use tls_front::{TestCert, TlsFront};
use ttsoap::tls::CertProblem;
use ttsoap::{Client, Error};

fn backend() -> TestServer {
    TestServer::start(|_| HttpReply::xml(200, thing_response("over TLS")))
}

fn get_thing() -> GetThing {
    GetThing { id: 1, ..Default::default() }
}

fn problem(r: Result<ThingResponse, Error>) -> (CertProblem, String) {
    match r {
        Err(e @ Error::Tls { .. }) => {
            let text = e.to_string();
            let Error::Tls { problem, .. } = e else { unreachable!() };
            (problem, text)
        }
        other => panic!("expected a TLS certificate error, got {other:?}"),
    }
}

#[test]
fn a_self_signed_certificate_is_refused_in_words_and_not_retried() {
    let b = backend();
    let cert = TestCert::self_signed(&["localhost", "127.0.0.1"]);
    let front = TlsFront::start(&cert, b.addr());
    let client = Client::new(&front.url()).unwrap();
    let (p, text) = problem(client.call(get_thing()));
    assert_eq!(p, CertProblem::UnknownIssuer);
    assert!(text.contains("not trust") && text.contains("--ca-bundle") && text.contains("SSL_CERT_FILE"), "{text}");
    assert!(!text.contains("UnknownIssuer") && !text.contains("OtherError"), "{text}");
    assert_eq!(client.retry_count(), 0);
    assert!(b.requests().is_empty());
}

#[test]
fn a_ca_bundle_or_disabled_verification_lets_the_call_through() {
    let b = backend();
    let cert = TestCert::self_signed(&["localhost", "127.0.0.1"]);
    let front = TlsFront::start(&cert, b.addr());
    let trusted = Client::builder(front.url()).ca_bundle_pem(cert.pem.clone()).build().unwrap();
    assert_eq!(trusted.call(get_thing()).unwrap().thing.name, "over TLS");
    let pem = std::env::temp_dir().join(format!("ttsoap-tls-{}.pem", std::process::id()));
    cert.write_pem(&pem);
    let from_file = Client::builder(front.localhost_url()).ca_bundle(&pem).build().unwrap();
    assert_eq!(from_file.call(get_thing()).unwrap().thing.name, "over TLS");
    let _ = std::fs::remove_file(&pem);
    let insecure = Client::builder(front.url()).danger_accept_invalid_certs(true).build().unwrap();
    assert_eq!(insecure.call(get_thing()).unwrap().thing.name, "over TLS");
    assert_eq!(b.requests().len(), 3);
}

#[test]
fn a_certificate_for_another_host_names_its_hosts() {
    let b = backend();
    let cert = TestCert::self_signed(&["tt.example.com"]);
    let front = TlsFront::start(&cert, b.addr());
    let client = Client::builder(front.url()).ca_bundle_pem(cert.pem.clone()).build().unwrap();
    let (p, text) = problem(client.call(get_thing()));
    assert!(
        matches!(&p, CertProblem::WrongHost { presented } if presented.iter().any(|h| h.contains("tt.example.com"))),
        "{p:?}"
    );
    assert!(text.contains("made out for") && text.contains("tt.example.com"), "{text}");
}

#[test]
fn an_expired_certificate_says_so() {
    let b = backend();
    let cert = TestCert::make(&["127.0.0.1"], false, true);
    let front = TlsFront::start(&cert, b.addr());
    let client = Client::builder(front.url()).ca_bundle_pem(cert.pem.clone()).build().unwrap();
    let (p, text) = problem(client.call(get_thing()));
    assert_eq!(p, CertProblem::Expired);
    assert!(text.contains("expired"), "{text}");
}

#[test]
fn a_ca_certificate_served_as_the_servers_own_is_explained() {
    let b = backend();
    let cert = TestCert::make(&["127.0.0.1"], true, false);
    let front = TlsFront::start(&cert, b.addr());
    let client = Client::new(&front.url()).unwrap();
    let (p, text) = problem(client.call(get_thing()));
    assert_eq!(p, CertProblem::SelfSignedCa);
    assert!(text.contains("CA certificate as its own"), "{text}");
    assert!(!text.contains("CaUsedAsEndEntity"), "{text}");
}
