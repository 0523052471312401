//! `SSL_CERT_FILE` adds its certificates to the built-in roots. Alone in its own test binary
//! because the variable is process-wide: set while other TLS tests run in parallel, it made
//! their clients trust a different self-signed certificate with the same name (a
//! `BadSignature` instead of `UnknownIssuer`).

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

fn problem(r: Result<ThingResponse, Error>) -> CertProblem {
    match r {
        Err(Error::Tls { problem, .. }) => problem,
        other => panic!("expected a TLS certificate error, got {other:?}"),
    }
}

#[test]
fn ssl_cert_file_is_trusted_besides_the_built_in_roots() {
    let b = backend();
    let cert = TestCert::self_signed(&["127.0.0.1"]);
    let front = TlsFront::start(&cert, b.addr());
    let pem = std::env::temp_dir().join(format!("ttsoap-ssl-cert-file-{}.pem", std::process::id()));
    cert.write_pem(&pem);
    std::env::set_var("SSL_CERT_FILE", &pem);
    let trusted = Client::new(&front.url()).unwrap();
    let without_system = Client::builder(front.url()).system_roots(false).build().unwrap();
    std::env::remove_var("SSL_CERT_FILE");
    let _ = std::fs::remove_file(&pem);
    assert_eq!(trusted.call(get_thing()).unwrap().thing.name, "over TLS");
    assert_eq!(problem(without_system.call(get_thing())), CertProblem::UnknownIssuer);
}
