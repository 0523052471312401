//! Real-world WSDLs: our TestTrack WSDL (in the repository), the public TestTrack 2013 WSDL
//! and the third-party corpus (both in ../shared, next to the workspace). Each loads, with
//! operation and type counts established independently with grep (commands in comments),
//! and dumps to the same JSON twice.
//!
//! When ../shared is absent the tests that need it print "skipping: ../shared not found",
//! except with CI=true, where an absent peer directory is a failure.

use std::path::Path;

mod shared_dir;

use shared_dir::{shared, workspace};
use ttsoap_codegen::model::{Model, PartKind, QName, SoapVersion, Style, TypeKind, Use};
use ttsoap_codegen::{load, LoadOptions};

/// Loads `path` twice and checks that both dumps are identical.
fn load_stable(path: &Path) -> Model {
    let opts = LoadOptions::default();
    let a = load(path, &opts).unwrap_or_else(|e| panic!("{e}"));
    let b = load(path, &opts).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.to_json(), b.to_json(), "{}: two loads differ", path.display());
    a
}

/// (structs, arrays, enums, simple types)
fn kinds(m: &Model) -> (usize, usize, usize, usize) {
    let count = |f: fn(&TypeKind) -> bool| m.types.iter().filter(|t| f(&t.kind)).count();
    (
        count(|k| matches!(k, TypeKind::Struct(_))),
        count(|k| matches!(k, TypeKind::Array(_))),
        count(|k| matches!(k, TypeKind::Enum(_))),
        count(|k| matches!(k, TypeKind::Simple(_))),
    )
}

fn operations(m: &Model) -> usize {
    m.primary_binding().map(|b| b.operations.len()).unwrap_or(0)
}

fn empty_actions(m: &Model) -> Vec<&str> {
    let b = m.primary_binding().expect("binding");
    b.operations.iter().filter(|o| o.soap_action.is_empty()).map(|o| o.name.as_str()).collect()
}

/// TestTrack-specific checks shared by both TestTrack WSDLs.
fn testtrack_shape(m: &Model) {
    let tt = "urn:testtrack-interface";
    assert_eq!(m.name.as_deref(), Some("ttsoapcgi"));
    assert_eq!(m.target_namespace, tt);
    assert_eq!(m.prefix_of(tt), Some("ttns"), "the prefix the binding's type= uses, not tns");
    assert_eq!(m.prefixes.len(), 1);
    assert_eq!(m.bindings.len(), 1);
    let b = &m.bindings[0];
    assert_eq!((b.soap_version, b.style), (SoapVersion::Soap11, Style::Rpc));
    assert_eq!(b.port_type, QName::new(tt, "ttsoapcgiPortType"));
    for op in &b.operations {
        assert_eq!(op.style, Style::Rpc, "{}", op.name);
        assert_eq!(op.input.use_, Use::Encoded, "{}", op.name);
        assert_eq!(op.input.namespace.as_deref(), Some(tt), "{}", op.name);
        assert!(op.soap_action.is_empty() || op.soap_action == format!("{tt}#{}", op.name), "{}", op.name);
    }
    // grep -c 'soapAction=""' FILE  -> 5 in both.
    assert_eq!(
        empty_actions(m),
        ["formattedTextSupport", "promoteUser", "addGlobalUser", "promoteCustomer", "addGlobalCustomer"]
    );
    let field = m.type_def(&QName::new(tt, "ArrayOfCField")).expect("ArrayOfCField");
    match &field.kind {
        TypeKind::Array(a) => assert_eq!(a.item, QName::new(tt, "CField")),
        other => panic!("{other:?}"),
    }
    let file = m.type_def(&QName::new(tt, "CFileAttachment")).expect("CFileAttachment");
    match &file.kind {
        TypeKind::Struct(s) => {
            assert_eq!(s.base, Some(QName::new(tt, "CFile")));
            assert_eq!(s.fields[0].name, "m-recordid");
        }
        other => panic!("{other:?}"),
    }
    let logon = b.operations.iter().find(|o| o.name == "ProjectLogon").expect("ProjectLogon");
    let out = logon.output.as_ref().expect("output");
    assert_eq!(out.parts[0].name, "Cookie");
    assert_eq!(out.parts[0].kind, PartKind::Type(QName::xsd("long")));
    assert!(logon.documentation.as_deref().is_some_and(|d| d.contains("change password option")));
}

#[test]
fn our_testtrack_wsdl() {
    let path = workspace().join("wsdl/ttsoapcgi.wsdl");
    let m = load_stable(&path);
    // grep -c '<SOAP:operation ' wsdl/ttsoapcgi.wsdl                      -> 161
    assert_eq!(operations(&m), 161);
    // grep -c 'complexType name=' wsdl/ttsoapcgi.wsdl                     -> 96
    // grep -c 'restriction base="SOAP-ENC:Array"' wsdl/ttsoapcgi.wsdl     -> 35
    assert_eq!(m.types.len(), 96);
    assert_eq!(kinds(&m), (61, 35, 0, 0));
    testtrack_shape(&m);
    assert!(m.type_def(&QName::new("urn:testtrack-interface", "CTTVersionInfo")).is_some());
}

#[test]
fn testtrack_2013_wsdl() {
    let Some(shared) = shared() else { return };
    let m = load_stable(&shared.join("testtrack/wsdl/ttsoapcgi-2013.wsdl"));
    // grep -c '<SOAP:operation ' ttsoapcgi-2013.wsdl                      -> 155
    assert_eq!(operations(&m), 155);
    // grep -c 'complexType name=' ttsoapcgi-2013.wsdl                     -> 94
    // grep -c 'restriction base="SOAP-ENC:Array"' ttsoapcgi-2013.wsdl     -> 35
    assert_eq!(m.types.len(), 94);
    assert_eq!(kinds(&m), (59, 35, 0, 0));
    testtrack_shape(&m);
    assert_eq!(m.address_of(&m.bindings[0].name), Some("http://bmseapinesv2:80/scripts/ttsoapcgi.exe"));
}

#[test]
fn calculator_asmx() {
    let Some(shared) = shared() else { return };
    let m = load_stable(&shared.join("wsdl-corpus/dneonline-calculator/calculator.wsdl"));
    // grep -cE '<[a-z0-9]+:operation [^>]*soapAction' calculator.wsdl     -> 8 (4 per binding)
    let bindings: Vec<(SoapVersion, usize)> = m.bindings.iter().map(|b| (b.soap_version, b.operations.len())).collect();
    assert_eq!(bindings, [(SoapVersion::Soap11, 4), (SoapVersion::Soap12, 4)]);
    // grep -cE '<s:complexType>' calculator.wsdl                          -> 8 anonymous types
    // grep -cE '<s:element name=' calculator.wsdl | (global ones)          -> 8 elements
    assert_eq!(m.types.len(), 8);
    assert_eq!(m.elements.len(), 8);
    assert_eq!(kinds(&m), (8, 0, 0, 0));
    let add = &m.bindings[0].operations[0];
    assert_eq!((add.name.as_str(), add.style, add.input.use_), ("Add", Style::Document, Use::Literal));
    assert_eq!(add.soap_action, "http://tempuri.org/Add");
    assert_eq!(add.input.parts[0].kind, PartKind::Element(QName::new("http://tempuri.org/", "Add")));
    assert_eq!(m.prefix_of("http://tempuri.org/"), Some("tns"));
}

#[test]
fn jira_axis() {
    let Some(shared) = shared() else { return };
    let m = load_stable(&shared.join("wsdl-corpus/jira-v2/jirasoapservice-v2.wsdl"));
    // grep -cE '<wsdlsoap:operation ' jirasoapservice-v2.wsdl             -> 113
    assert_eq!(operations(&m), 113);
    // grep -cE '<complexType ' jirasoapservice-v2.wsdl                    -> 68
    // grep -ciE 'restriction base="soapenc:Array"' jirasoapservice-v2.wsdl -> 28
    assert_eq!(m.types.len(), 68);
    assert_eq!(kinds(&m), (40, 28, 0, 0));
    let beans = "http://beans.soap.rpc.jira.atlassian.com";
    let impl_ns = "https://jira.atlassian.com/rpc/soap/jirasoapservice-v2";
    // Axis writes a Java byte[][] as wsdl:arrayType="xsd:byte[][]".
    match &m.type_def(&QName::new(impl_ns, "ArrayOf_xsd_base64Binary")).expect("type").kind {
        TypeKind::Array(a) => assert_eq!(a.item, QName::xsd("base64Binary")),
        other => panic!("{other:?}"),
    }
    match &m.type_def(&QName::new(beans, "AbstractRemoteEntity")).expect("type").kind {
        TypeKind::Struct(s) => assert!(s.is_abstract),
        other => panic!("{other:?}"),
    }
    let op = &m.bindings[0].operations[0];
    assert_eq!(op.faults, ["RemoteException"]);
    assert_eq!(op.input.namespace.as_deref(), Some("http://soap.rpc.jira.atlassian.com"));
    assert_eq!(m.prefix_of(beans), Some("tns1"));
    assert_eq!(m.prefix_of(impl_ns), Some("impl"));
    assert_eq!(m.prefix_of("http://soap.rpc.jira.atlassian.com"), Some("ns1"), "declared nowhere");
}

#[test]
fn mantis_php() {
    let Some(shared) = shared() else { return };
    let m = load_stable(&shared.join("wsdl-corpus/mantisbt/mantisconnect.wsdl"));
    // grep -cE '<soap:operation ' mantisconnect.wsdl                      -> 72
    assert_eq!(operations(&m), 72);
    // grep -cE '<xsd:complexType name=' mantisconnect.wsdl                -> 42
    // grep -ciE 'restriction base="SOAP-ENC:Array"' mantisconnect.wsdl    -> 20
    assert_eq!(m.types.len(), 42);
    assert_eq!(kinds(&m), (22, 20, 0, 0));
    let ns = "http://futureware.biz/mantisconnect";
    match &m.type_def(&QName::new(ns, "ObjectRefArray")).expect("type").kind {
        TypeKind::Array(a) => assert_eq!((&a.item, a.item_name.as_str()), (&QName::new(ns, "ObjectRef"), "item")),
        other => panic!("{other:?}"),
    }
    match &m.type_def(&QName::new(ns, "AccountData")).expect("type").kind {
        TypeKind::Struct(s) => assert_eq!(s.compositor, ttsoap_codegen::model::Compositor::All),
        other => panic!("{other:?}"),
    }
}

#[test]
fn noaa_ndfd() {
    let Some(shared) = shared() else { return };
    let m = load_stable(&shared.join("wsdl-corpus/noaa-ndfd/ndfdXML.wsdl"));
    // grep -cE '<soap:operation ' ndfdXML.wsdl                            -> 12
    assert_eq!(operations(&m), 12);
    // grep -cE '<xsd:complexType name=' ndfdXML.wsdl -> 1; grep -cE '<xsd:simpleType name=' -> 12,
    // of which 7 hold xsd:enumeration facets.
    assert_eq!(m.types.len(), 13);
    assert_eq!(kinds(&m), (1, 0, 7, 5));
    let typens = "http://graphical.weather.gov/xml/DWMLgen/schema/DWML.xsd";
    assert_eq!(m.prefix_of(typens), Some("typens"));
}
