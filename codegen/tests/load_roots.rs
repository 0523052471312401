//! Imports may only read files under the main WSDL's folder (sub-folders and `..` that stays
//! inside are fine); anything else (an absolute path, `../..`, a `file:` URL, a symlink that
//! leads out) is refused with [`CodegenError::OutsideRoot`] unless the caller allows another
//! folder (`Builder::allow_root`, `LoadOptions::allowed_roots`, `--allow-root`).

use std::path::{Path, PathBuf};

use ttsoap_codegen::model::QName;
use ttsoap_codegen::{load, Builder, CodegenError, LoadOptions};

/// A fresh directory for `case` with `files` written into it; returns it.
fn write(case: &str, files: &[(&str, &str)]) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("load_roots").join(case);
    let _ = std::fs::remove_dir_all(&root);
    for (name, text) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, text).expect("write");
    }
    root
}

/// A WSDL whose schema imports `urn:x` from `location` (and `extra` after it).
fn wsdl(location: &str, extra: &str) -> String {
    format!(
        r#"<?xml version="1.0"?>
<definitions targetNamespace="urn:main" xmlns="http://schemas.xmlsoap.org/wsdl/"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:x="urn:x" xmlns:m="urn:main"
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/">
  {extra}
  <types><xsd:schema targetNamespace="urn:main">
    <xsd:import namespace="urn:x" schemaLocation="{location}"/>
  </xsd:schema></types>
  <message name="M"><part name="t" type="x:T"/></message>
  <portType name="P"><operation name="op"><input message="m:M"/></operation></portType>
  <binding name="B" type="m:P">
    <soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="op"><soap:operation soapAction=""/>
      <input><soap:body use="encoded" namespace="urn:main"/></input></operation>
  </binding>
</definitions>"#
    )
}

const XSD: &str = r#"<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x">
  <complexType name="T"><sequence><element name="a" type="string"/></sequence></complexType></schema>"#;

fn t_loaded(m: &ttsoap_codegen::Model) -> bool {
    m.type_def(&QName::new("urn:x", "T")).is_some()
}

fn expect_outside(main: &Path, opts: &LoadOptions, wanted_location: &str) {
    match load(main, opts) {
        Err(e @ CodegenError::OutsideRoot { .. }) => {
            let text = e.to_string();
            assert!(text.contains(wanted_location), "{text}");
            assert!(text.contains("allow_root") && text.contains("--allow-root"), "says how to allow it: {text}");
        }
        other => panic!("{}: expected OutsideRoot, got {other:?}", main.display()),
    }
}

#[test]
fn parent_escapes_are_refused() {
    let root = write("parent", &[("secret.xsd", XSD), ("a/b/main.wsdl", &wsdl("../../secret.xsd", ""))]);
    let main = root.join("a/b/main.wsdl");
    expect_outside(&main, &LoadOptions::default(), "../../secret.xsd");
    // A missing file outside is refused the same way (its existence is not revealed).
    let root = write("parent_missing", &[("a/main.wsdl", &wsdl("../../../../nothing/here.xsd", ""))]);
    expect_outside(&root.join("a/main.wsdl"), &LoadOptions::default(), "here.xsd");
}

#[test]
fn absolute_paths_and_file_urls_are_refused() {
    let outside = write("abs_outside", &[("t.xsd", XSD)]).join("t.xsd");
    let abs = outside.to_string_lossy().into_owned();
    let root = write("abs", &[("main.wsdl", &wsdl(&abs, ""))]);
    expect_outside(&root.join("main.wsdl"), &LoadOptions::default(), &abs);
    let url = format!("file://{abs}");
    let root = write("file_url", &[("main.wsdl", &wsdl(&url, ""))]);
    expect_outside(&root.join("main.wsdl"), &LoadOptions::default(), &abs);
}

#[test]
fn wsdl_import_locations_are_confined_too() {
    let iface = r#"<definitions targetNamespace="urn:i" xmlns="http://schemas.xmlsoap.org/wsdl/"/>"#;
    let import = r#"<import namespace="urn:i" location="../iface.wsdl"/>"#;
    let root =
        write("wsdl_import", &[("iface.wsdl", iface), ("svc/t.xsd", XSD), ("svc/main.wsdl", &wsdl("t.xsd", import))]);
    expect_outside(&root.join("svc/main.wsdl"), &LoadOptions::default(), "../iface.wsdl");
    // Allowed explicitly, it loads.
    let opts = LoadOptions { allowed_roots: vec![root.clone()], ..Default::default() };
    assert!(t_loaded(&load(&root.join("svc/main.wsdl"), &opts).expect("loads with the root allowed")));
}

#[test]
fn subfolders_and_inner_parent_steps_are_fine() {
    let inner = r#"<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x">
      <include schemaLocation="../common/t.xsd"/></schema>"#;
    let root =
        write("inside", &[("main.wsdl", &wsdl("sub/inner.xsd", "")), ("sub/inner.xsd", inner), ("common/t.xsd", XSD)]);
    let m = load(&root.join("main.wsdl"), &LoadOptions::default()).expect("loads");
    assert!(t_loaded(&m));
    // An absolute path that points inside the folder is fine too.
    let abs = root.join("common/t.xsd").to_string_lossy().into_owned();
    let root2 = write("inside_abs", &[("common/t.xsd", XSD)]);
    std::fs::write(root2.join("main.wsdl"), wsdl(&root2.join("common/t.xsd").to_string_lossy(), "")).expect("write");
    assert!(t_loaded(&load(&root2.join("main.wsdl"), &LoadOptions::default()).expect("loads")), "{abs}");
}

#[test]
fn builder_allow_root_lets_a_folder_in() {
    let root = write("builder", &[("shared/t.xsd", XSD), ("svc/main.wsdl", &wsdl("../shared/t.xsd", ""))]);
    let main = root.join("svc/main.wsdl");
    match Builder::new().wsdl(&main).model() {
        Err(CodegenError::OutsideRoot { .. }) => {}
        other => panic!("expected OutsideRoot, got {other:?}"),
    }
    let m = Builder::new().wsdl(&main).allow_root(root.join("shared")).model().expect("allowed");
    assert!(t_loaded(&m));
    // Allowing a sibling folder does not allow everything.
    let other = write("builder_other", &[("t.xsd", XSD)]);
    std::fs::write(&main, wsdl(&other.join("t.xsd").to_string_lossy(), "")).expect("write");
    match Builder::new().wsdl(&main).allow_root(root.join("shared")).model() {
        Err(CodegenError::OutsideRoot { .. }) => {}
        other => panic!("expected OutsideRoot, got {other:?}"),
    }
}

#[cfg(unix)]
#[test]
fn symlinks_that_lead_out_are_refused() {
    let outside = write("symlink_outside", &[("t.xsd", XSD)]);
    let root = write("symlink", &[("main.wsdl", &wsdl("link/t.xsd", ""))]);
    std::os::unix::fs::symlink(&outside, root.join("link")).expect("symlink");
    expect_outside(&root.join("main.wsdl"), &LoadOptions::default(), "t.xsd");
}

#[test]
fn the_cli_refuses_and_allow_root_allows() {
    let root = write("cli", &[("shared/t.xsd", XSD), ("svc/main.wsdl", &wsdl("../shared/t.xsd", ""))]);
    let main = root.join("svc/main.wsdl");
    let run = |extra: &[&Path]| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_ttsoap-codegen"));
        c.arg("ir").arg(&main);
        for p in extra {
            c.arg("--allow-root").arg(p);
        }
        c.output().expect("run ttsoap-codegen")
    };
    let refused = run(&[]);
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success() && err.contains("outside") && err.contains("--allow-root"), "{err}");
    let allowed = run(&[&root]);
    assert!(allowed.status.success(), "{}", String::from_utf8_lossy(&allowed.stderr));
    assert!(String::from_utf8_lossy(&allowed.stdout).contains("\"T\""));
}
