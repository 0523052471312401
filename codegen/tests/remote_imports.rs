//! Imports of URLs: offline from a catalog (a folder laid out by host/path, or a JSON file
//! mapping URL -> file), the error that says how to give one, and the same through the CLI.
//! Downloading with `allow_network` is tested in `fetch.rs` (it needs a loopback server).

use std::path::{Path, PathBuf};
use std::process::Command;

use ttsoap_codegen::model::QName;
use ttsoap_codegen::{Builder, CodegenError};

const REMOTE_URL: &str = "http://schemas.example.com/orders/remote.xsd";

/// A WSDL whose schema imports `{origin}/orders/remote.xsd`.
fn service(origin: &str) -> String {
    format!(
        r#"<?xml version="1.0"?>
<definitions name="S" targetNamespace="urn:s" xmlns="http://schemas.xmlsoap.org/wsdl/"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  xmlns:tns="urn:s" xmlns:r="urn:remote">
  <types><xsd:schema targetNamespace="urn:s">
    <xsd:import namespace="urn:remote" schemaLocation="{origin}/orders/remote.xsd"/>
  </xsd:schema></types>
  <message name="getIn"><part name="id" type="xsd:long"/></message>
  <message name="getOut"><part name="order" type="r:Order"/></message>
  <portType name="P"><operation name="get"><input message="tns:getIn"/><output message="tns:getOut"/></operation></portType>
  <binding name="B" type="tns:P"><soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="get"><soap:operation soapAction=""/>
      <input><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></input>
      <output><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></output></operation>
  </binding>
  <service name="S"><port name="P" binding="tns:B"><soap:address location="http://localhost/s"/></port></service>
</definitions>"#
    )
}

/// The remote schema: it imports `common/part.xsd` relative to its own URL.
const REMOTE: &str = r#"<?xml version="1.0"?>
<xsd:schema targetNamespace="urn:remote" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:r="urn:remote">
  <xsd:include schemaLocation="common/part.xsd"/>
  <xsd:complexType name="Order"><xsd:sequence>
    <xsd:element name="id" type="xsd:long"/><xsd:element name="part" type="r:Part"/>
  </xsd:sequence></xsd:complexType>
</xsd:schema>"#;

const PART: &str = r#"<?xml version="1.0"?>
<xsd:schema targetNamespace="urn:remote" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:complexType name="Part"><xsd:sequence><xsd:element name="sku" type="xsd:string"/></xsd:sequence></xsd:complexType>
</xsd:schema>"#;

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ttsoap-remote-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

/// The WSDL in `dir/wsdl/`, and the two remote schemas in a host/path catalog `dir/catalog/`.
fn setup(tag: &str) -> (PathBuf, PathBuf) {
    let dir = tempdir(tag);
    let wsdl = service("http://schemas.example.com");
    write(
        &dir,
        &[
            ("wsdl/s.wsdl", &wsdl),
            ("catalog/schemas.example.com/orders/remote.xsd", REMOTE),
            ("catalog/schemas.example.com/orders/common/part.xsd", PART),
        ],
    );
    (dir.join("wsdl/s.wsdl"), dir)
}

fn has_remote_types(m: &ttsoap_codegen::Model) -> bool {
    m.type_def(&QName::new("urn:remote", "Order")).is_some() && m.type_def(&QName::new("urn:remote", "Part")).is_some()
}

#[test]
fn a_remote_import_without_catalog_or_network_says_how_to_give_both() {
    let (wsdl, dir) = setup("none");
    let err = Builder::new().wsdl(&wsdl).rerun_if_changed(false).model().unwrap_err();
    assert!(matches!(err, CodegenError::Import { .. }), "{err:?}");
    let text = err.to_string();
    for hint in [REMOTE_URL, "network access is off", "--catalog DIR", "--catalog FILE.json", "Builder::catalog"] {
        assert!(text.contains(hint), "{hint:?} missing from: {text}");
    }
    assert!(text.contains("--allow-network") && text.contains("Builder::allow_network(true)"), "{text}");
    // A catalog that lacks the document says where it looked.
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let err = Builder::new().wsdl(&wsdl).catalog(&empty).rerun_if_changed(false).model().unwrap_err().to_string();
    assert!(
        err.contains(&format!("no file {}", empty.join("schemas.example.com/orders/remote.xsd").display())),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_catalog_folder_laid_out_by_host_and_path_serves_remote_imports_offline() {
    let (wsdl, dir) = setup("dir");
    let b = Builder::new().wsdl(&wsdl).catalog(dir.join("catalog")).rerun_if_changed(false);
    let model = b.model().expect("loads from the catalog");
    assert!(has_remote_types(&model));
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let file = b.generate(&out).expect("generates");
    assert!(std::fs::read_to_string(file).unwrap().contains("pub struct Order"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_catalog_file_maps_urls_to_files() {
    let (wsdl, dir) = setup("json");
    write(&dir, &[("copies/r.xsd", REMOTE), ("copies/p.xsd", PART)]);
    let map = format!(
        r#"{{ "{REMOTE_URL}": "copies/r.xsd", "http://schemas.example.com/orders/common/part.xsd": "copies/p.xsd" }}"#
    );
    write(&dir, &[("catalog.json", &map), ("bad.json", "[1, 2]")]);
    let model = Builder::new().wsdl(&wsdl).catalog(dir.join("catalog.json")).rerun_if_changed(false).model();
    assert!(has_remote_types(&model.expect("loads from the mapped files")));
    let bad = Builder::new().wsdl(&wsdl).catalog(dir.join("bad.json")).rerun_if_changed(false).model().unwrap_err();
    assert!(bad.to_string().contains("JSON object mapping each URL"), "{bad}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_cli_takes_a_catalog_and_explains_without_one() {
    let (wsdl, dir) = setup("cli");
    let exe = env!("CARGO_BIN_EXE_ttsoap-codegen");
    let ok = Command::new(exe).arg("ir").arg(&wsdl).arg("--catalog").arg(dir.join("catalog")).output().unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("urn:remote"));
    let no = Command::new(exe).arg("ir").arg(&wsdl).output().unwrap();
    assert_eq!(no.status.code(), Some(2));
    let err = String::from_utf8_lossy(&no.stderr);
    assert!(err.contains("--catalog") && err.contains("--allow-network"), "{err}");
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(feature = "fetch")]
mod static_server;

#[cfg(feature = "fetch")]
#[test]
fn allow_network_downloads_what_the_catalog_does_not_hold() {
    let served = tempdir("served");
    write(&served, &[("orders/remote.xsd", REMOTE), ("orders/common/part.xsd", PART)]);
    let Some(server) = static_server::StaticServer::start(&served) else { return };
    let dir = tempdir("net");
    write(&dir, &[("s.wsdl", &service(&server.origin))]);
    let wsdl = dir.join("s.wsdl");
    let offline = Builder::new().wsdl(&wsdl).rerun_if_changed(false).model().unwrap_err().to_string();
    assert!(offline.contains("network access is off"), "{offline}");
    let model = Builder::new().wsdl(&wsdl).allow_network(true).rerun_if_changed(false).model().expect("downloads");
    assert!(has_remote_types(&model));
    let cli = Command::new(env!("CARGO_BIN_EXE_ttsoap-codegen")).arg("ir").arg(&wsdl).arg("--allow-network").output();
    let cli = cli.unwrap();
    assert!(cli.status.success(), "{}", String::from_utf8_lossy(&cli.stderr));
    assert!(String::from_utf8_lossy(&cli.stdout).contains("urn:remote"));
    // A document the server does not have: the HTTP status, through the import error.
    std::fs::remove_file(served.join("orders/common/part.xsd")).unwrap();
    let err = Builder::new().wsdl(&wsdl).allow_network(true).rerun_if_changed(false).model().unwrap_err().to_string();
    assert!(err.contains("HTTP 404") && err.contains("common/part.xsd"), "{err}");
    drop(server);
    let _ = std::fs::remove_dir_all(served);
    let _ = std::fs::remove_dir_all(dir);
}
