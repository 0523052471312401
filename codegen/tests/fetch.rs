//! `fetch`: the WSDL from the emulator over loopback, given in every endpoint form; a WSDL
//! whose schemas import and include each other in subfolders, served by Python's http.server
//! (a real HTTP server; without python3 that test says it skipped, and fails under CI=true);
//! refusals (an HTML page, an import outside the folder); and the build-time lock check.

use std::path::{Path, PathBuf};
use std::process::Command;

mod static_server;

use static_server::StaticServer;
use ttsoap::transport::TransportConfig;
use ttsoap_codegen::lock::{sha256_hex, Lock, LOCK_FILE};
use ttsoap_codegen::{fetch::fetch, Builder};

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ttsoap-fetch-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn fetches_the_emulators_wsdl_in_every_endpoint_form_and_locks_it() {
    let emu = tt_emulator::Emulator::builder().start().expect("emulator starts");
    let served = ureq_get(&emu.wsdl_url());
    let base = emu.url();
    let host_port = emu.addr().to_string();
    let origin = format!("http://{host_port}");
    for (i, given) in [base.clone(), format!("{origin}/"), host_port.clone(), emu.wsdl_url()].iter().enumerate() {
        let dir = tempdir(&format!("emu{i}"));
        let lock = fetch(given, &dir, TransportConfig::default()).unwrap_or_else(|e| panic!("{given}: {e}"));
        assert_eq!(lock.source, format!("{origin}/ttsoapcgi.wsdl"), "{given}");
        assert_eq!(lock.root, "ttsoapcgi.wsdl");
        assert_eq!(lock.documents.len(), 1);
        let bytes = std::fs::read(dir.join("ttsoapcgi.wsdl")).unwrap();
        assert_eq!(bytes, served, "stored byte for byte");
        assert_eq!(lock.documents[0].sha256, sha256_hex(&served));
        assert_eq!(Lock::read(&dir.join(LOCK_FILE)).unwrap(), lock);
        // The fetched WSDL generates, checked against its lock.
        let model = Builder::new()
            .wsdl(dir.join("ttsoapcgi.wsdl"))
            .lock_file(dir.join(LOCK_FILE))
            .rerun_if_changed(false)
            .model()
            .unwrap();
        assert_eq!(model.primary_binding().unwrap().operations.len(), 161);
        let _ = std::fs::remove_dir_all(dir);
    }
    emu.stop();
}

/// The lock refuses a WSDL edited after it was fetched, and a WSDL it does not list.
#[test]
fn the_lock_check_refuses_a_changed_document() {
    let emu = tt_emulator::Emulator::builder().start().expect("emulator starts");
    let dir = tempdir("lock");
    fetch(&emu.url(), &dir, TransportConfig::default()).unwrap();
    emu.stop();
    let wsdl = dir.join("ttsoapcgi.wsdl");
    let text = std::fs::read_to_string(&wsdl).unwrap();
    std::fs::write(&wsdl, text.replace("getDefect", "getDefectX")).unwrap();
    let builder = || Builder::new().wsdl(&wsdl).lock_file(dir.join(LOCK_FILE)).rerun_if_changed(false);
    let err = builder().model().unwrap_err().to_string();
    assert!(err.contains("ttsoapcgi.wsdl changed since it was fetched from http://127.0.0.1:"), "{err}");
    assert!(err.contains("ttsoap-codegen fetch"), "says how to renew: {err}");
    std::fs::write(&wsdl, text).unwrap();
    builder().model().expect("the original bytes pass again");
    let other = dir.join("other.wsdl");
    std::fs::copy(&wsdl, &other).unwrap();
    let err = Builder::new().wsdl(&other).lock_file(dir.join(LOCK_FILE)).model().unwrap_err().to_string();
    assert!(err.contains("other.wsdl is not one of the locked documents"), "{err}");
    let _ = std::fs::remove_dir_all(dir);
}

fn ureq_get(url: &str) -> Vec<u8> {
    let endpoint = ttsoap::endpoint::Endpoint::exact(url).unwrap();
    let t = ttsoap::transport::Transport::new(endpoint, TransportConfig::default()).unwrap();
    let r = t.get(url).unwrap();
    assert_eq!(r.status, 200);
    r.body
}

const SERVICE: &str = r#"<?xml version="1.0"?>
<definitions name="S" targetNamespace="urn:s" xmlns="http://schemas.xmlsoap.org/wsdl/"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:s">
  <types><xsd:schema targetNamespace="urn:s">
    <xsd:import namespace="http://schemas.xmlsoap.org/soap/encoding/" schemaLocation="http://schemas.xmlsoap.org/soap/encoding/"/>
    <xsd:import namespace="urn:t" schemaLocation="schemas/types.xsd"/>
  </xsd:schema></types>
  <message name="getIn"><part name="id" type="xsd:long"/></message>
  <message name="getOut"><part name="item" xmlns:t="urn:t" type="t:Item"/></message>
  <portType name="P"><operation name="get"><input message="tns:getIn"/><output message="tns:getOut"/></operation></portType>
  <binding name="B" type="tns:P"><soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="get"><soap:operation soapAction=""/>
      <input><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></input>
      <output><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></output></operation>
  </binding>
  <service name="S"><port name="P" binding="tns:B"><soap:address location="http://localhost/s"/></port></service>
</definitions>"#;

const TYPES: &str = r#"<?xml version="1.0"?>
<xsd:schema targetNamespace="urn:t" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t">
  <xsd:include schemaLocation="../common/./base.xsd"/>
  <xsd:complexType name="Item"><xsd:complexContent><xsd:extension base="t:Base"><xsd:sequence>
    <xsd:element name="name" type="xsd:string"/>
  </xsd:sequence></xsd:extension></xsd:complexContent></xsd:complexType>
</xsd:schema>"#;

const BASE: &str = r#"<?xml version="1.0"?>
<xsd:schema targetNamespace="urn:t" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:complexType name="Base"><xsd:sequence><xsd:element name="id" type="xsd:long"/></xsd:sequence></xsd:complexType>
</xsd:schema>"#;

fn site(root: &Path) {
    for (path, text) in [
        ("svc/service.wsdl", SERVICE.to_string()),
        ("svc/schemas/types.xsd", TYPES.to_string()),
        ("svc/common/base.xsd", BASE.to_string()),
        ("svc/login.html", "<html><body>Please log in</body></html>".to_string()),
        ("svc/escape.wsdl", SERVICE.replace("schemas/types.xsd", "../outside.xsd")),
        ("outside.xsd", BASE.to_string()),
    ] {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

#[test]
fn follows_imports_and_includes_keeping_the_layout_and_refuses_what_is_not_a_wsdl() {
    let served = tempdir("site");
    site(&served);
    let Some(server) = StaticServer::start(&served) else { return };
    let out = tempdir("site-out");
    let url = format!("{}/svc/service.wsdl", server.origin);
    let lock = fetch(&url, &out, TransportConfig::default()).unwrap();
    let paths: Vec<&str> = lock.documents.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["service.wsdl", "schemas/types.xsd", "common/base.xsd"]);
    assert_eq!(lock.documents[2].url, format!("{}/svc/common/base.xsd", server.origin));
    for d in &lock.documents {
        let here = std::fs::read(out.join(&d.path)).unwrap();
        assert_eq!(here, std::fs::read(served.join("svc").join(&d.path)).unwrap(), "{} unchanged", d.path);
        assert_eq!(d.sha256, sha256_hex(&here));
    }
    // The fetched files load as they are (nothing rewritten), under the lock.
    let model = Builder::new()
        .wsdl(out.join("service.wsdl"))
        .lock_file(out.join(LOCK_FILE))
        .rerun_if_changed(false)
        .model()
        .unwrap();
    assert!(model.types.iter().any(|t| t.name.name == "Base"));

    let html = fetch(&format!("{}/svc/login.html?wsdl", server.origin), &tempdir("html"), TransportConfig::default());
    let err = html.unwrap_err().to_string();
    assert!(err.contains("is not a WSDL") && err.contains("Please log in"), "{err}");
    let missing = fetch(&format!("{}/svc/none.wsdl", server.origin), &tempdir("none"), TransportConfig::default());
    assert!(missing.unwrap_err().to_string().contains("HTTP 404"));
    let escape = fetch(&format!("{}/svc/escape.wsdl", server.origin), &tempdir("escape"), TransportConfig::default());
    let err = escape.unwrap_err().to_string();
    assert!(err.contains("/outside.xsd, which is not in the WSDL's folder"), "{err}");
    drop(server);
    let _ = std::fs::remove_dir_all(served);
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn generate_given_a_url_says_how_to_fetch_it() {
    let out = Command::new(env!("CARGO_BIN_EXE_ttsoap-codegen"))
        .args(["generate", "http://tt.example.com/ttsoapcgi.wsdl", "-o", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Fetch it first") && err.contains("ttsoap-codegen fetch http://tt.example.com/ttsoapcgi.wsdl"),
        "{err}"
    );
}
