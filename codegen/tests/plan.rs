//! `ttsoap-codegen plan FILE`: the emission plan as JSON, pinned on a few facts of our WSDL.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn plan(wsdl: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(wsdl);
    let out = Command::new(env!("CARGO_BIN_EXE_ttsoap-codegen")).arg("plan").arg(&path).output().expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("plan is JSON")
}

fn by<'a>(list: &'a Value, key: &str, value: &str) -> &'a Value {
    list.as_array().unwrap().iter().find(|x| x[key] == value).unwrap_or_else(|| panic!("no {key} = {value}"))
}

#[test]
fn plan_of_our_wsdl() {
    let p = plan("../wsdl/ttsoapcgi.wsdl");
    // Types: Rust names, families, own fields with mode and Rust type.
    let event = by(&p["types"], "rust", "CEvent");
    assert_eq!(event["family"]["rust"], "AnyCEvent");
    let subs = event["family"]["subtypes"].as_array().unwrap();
    assert!(subs.iter().any(|s| s == "{urn:testtrack-interface}CDefectEvent"), "{subs:?}");
    let defect = by(&p["types"], "rust", "CDefect");
    let events = by(&defect["fields"], "wire", "eventlist");
    assert_eq!((&events["mode"], &events["type"]), (&Value::from("OptionalArray"), &Value::from("Vec<AnyCEvent>")));
    let ty = by(&defect["fields"], "wire", "type");
    assert_eq!((&ty["rust"], &ty["type"]), (&Value::from("type_"), &Value::from("Option<String>")));
    // Operations: message names, the cookie, parts.
    let get = by(&p["operations"], "name", "getDefect");
    assert_eq!(
        (&get["request"], &get["response"], &get["cookie"]),
        (&"GetDefect".into(), &"GetDefectResponse".into(), &true.into())
    );
    assert_eq!(get["inputs"][0]["type"], "ttsoap::Cookie");
    assert_eq!((&get["inputs"][1]["rust"], &get["inputs"][1]["type"]), (&"defect_number".into(), &"i64".into()));
    assert_eq!(get["outputs"][0]["type"], "super::types::CDefect");
    // Nothing in our WSDL is recursive through required fields.
    assert_eq!(p["boxed"], Value::Array(Vec::new()));
}

#[test]
fn plan_names_boxed_fields() {
    let p = plan("tests/cases/recursive_direct/input.wsdl");
    let boxed: Vec<&str> = p["boxed"].as_array().unwrap().iter().map(|b| b["field"].as_str().unwrap()).collect();
    assert_eq!(boxed, ["next", "nilNode", "other"]);
    let node = by(&p["types"], "rust", "CNode");
    let next = by(&node["fields"], "wire", "next");
    assert!(next["type"].as_str().unwrap().contains("Box<"), "{next}");
}
