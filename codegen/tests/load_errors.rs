//! Malformed and odd documents: each gives the right error variant, and the message names
//! the file. Plus a sweep of truncated and mangled copies of the test cases that must never
//! panic.

use std::path::{Path, PathBuf};

use ttsoap_codegen::{load, CodegenError, LoadOptions};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("load_errors")
}

/// Writes `files` (the first is the one loaded) into a directory of their own and loads.
fn load_files(case: &str, files: &[(&str, &str)]) -> (PathBuf, CodegenError) {
    let root = dir().join(case);
    for (name, text) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, text).expect("write");
    }
    let main = root.join(files[0].0);
    match load(&main, &LoadOptions::default()) {
        Ok(m) => panic!("{case}: loaded, but an error was expected: {} bindings", m.bindings.len()),
        Err(e) => (main, e),
    }
}

/// A complete rpc/encoded WSDL; `edit` turns it into the odd document under test.
fn good() -> String {
    r#"<?xml version="1.0" encoding="UTF-8"?>
<definitions name="E" targetNamespace="urn:e" xmlns:tns="urn:e"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
  xmlns="http://schemas.xmlsoap.org/wsdl/">
  <types>
    <xsd:schema targetNamespace="urn:e">
      <xsd:complexType name="CDefect">
        <xsd:sequence>
          <xsd:element name="number" type="xsd:long"/>
          <xsd:element name="summary" type="xsd:string" minOccurs="0"/>
        </xsd:sequence>
      </xsd:complexType>
    </xsd:schema>
  </types>
  <message name="getDefectRequest">
    <part name="cookie" type="xsd:long"/>
    <part name="pDefect" type="tns:CDefect"/>
  </message>
  <message name="getDefectResponse">
    <part name="result" type="xsd:int"/>
  </message>
  <portType name="P">
    <operation name="getDefect">
      <input message="tns:getDefectRequest"/>
      <output message="tns:getDefectResponse"/>
    </operation>
  </portType>
  <binding name="B" type="tns:P">
    <soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="getDefect">
      <soap:operation soapAction="urn:e#getDefect"/>
      <input><soap:body use="encoded" namespace="urn:e"/></input>
      <output><soap:body use="encoded" namespace="urn:e"/></output>
    </operation>
  </binding>
  <service name="S">
    <port name="P" binding="tns:B"><soap:address location="http://localhost/e"/></port>
  </service>
</definitions>
"#
    .to_string()
}

/// `good()` with `from` replaced by `to` (which must occur).
fn edit(from: &str, to: &str) -> String {
    let g = good();
    assert!(g.contains(from), "the template has no {from:?}");
    g.replacen(from, to, 1)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Io,
    Xml,
    Dangling,
    Import,
    Unsupported,
    Invalid,
}

fn kind(e: &CodegenError) -> Kind {
    match e {
        CodegenError::Io { .. } => Kind::Io,
        CodegenError::Xml { .. } => Kind::Xml,
        CodegenError::Dangling { .. } => Kind::Dangling,
        CodegenError::Import { .. } => Kind::Import,
        CodegenError::Unsupported { .. } => Kind::Unsupported,
        CodegenError::Invalid { .. } => Kind::Invalid,
        other => panic!("unexpected variant {other:?}"),
    }
}

/// One odd document: its files, the expected variant, and text the message must contain.
struct Case {
    name: &'static str,
    files: Vec<(&'static str, String)>,
    kind: Kind,
    contains: &'static str,
}

fn case(name: &'static str, text: String, kind: Kind, contains: &'static str) -> Case {
    Case { name, files: vec![("doc.wsdl", text)], kind, contains }
}

fn cases() -> Vec<Case> {
    let truncated = {
        let g = good();
        g[..g.len() / 2].to_string()
    };
    let missing_op = good().replace(
        r#"<operation name="getDefect">
      <soap:operation"#,
        r#"<operation name="somethingElse">
      <soap:operation"#,
    );
    vec![
        case("empty", String::new(), Kind::Xml, "not well-formed"),
        case("whitespace_only", "  \n\n ".into(), Kind::Xml, "not well-formed"),
        case("plain_text", "Service Unavailable".into(), Kind::Xml, "not well-formed"),
        case(
            "html_page",
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head>\n<body><p>Not found</body></html>"
                .into(),
            Kind::Xml,
            "not well-formed",
        ),
        case("xhtml_page", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>".into(), Kind::Invalid, "html"),
        case("truncated", truncated, Kind::Xml, "not well-formed"),
        case(
            "deeply_nested",
            edit("<types>", &format!("<documentation>{}{}</documentation><types>", "<p>".repeat(500), "</p>".repeat(500))),
            Kind::Xml,
            "nested more than",
        ),
        case("two_roots", format!("{}<definitions/>", good()), Kind::Xml, "second root"),
        case(
            "schema_root",
            r#"<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"/>"#.into(),
            Kind::Invalid,
            "expected wsdl:definitions",
        ),
        case(
            "wsdl_2_0",
            r#"<description xmlns="http://www.w3.org/ns/wsdl"/>"#.into(),
            Kind::Invalid,
            "WSDL 2.0",
        ),
        case("unqualified_root", "<definitions/>".into(), Kind::Invalid, "expected wsdl:definitions"),
        case("no_binding", edit(r#"<soap:binding style="rpc""#, r#"<other:binding xmlns:other="urn:x" style="rpc""#), Kind::Invalid, "no SOAP"),
        case(
            "only_http_binding",
            edit(r#"<soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>"#, r#"<http:binding verb="GET" xmlns:http="http://schemas.xmlsoap.org/wsdl/http/"/>"#),
            Kind::Invalid,
            "no SOAP",
        ),
        case("part_undeclared_type", edit("tns:CDefect\"/>\n  </message>", "tns:CMissing\"/>\n  </message>"), Kind::Dangling, "message getDefectRequest part pDefect refers to undeclared type {urn:e}CMissing"),
        case("part_undeclared_prefix", edit("type=\"tns:CDefect\"/>\n  </message>", "type=\"nope:CDefect\"/>\n  </message>"), Kind::Dangling, "nope:CDefect"),
        case("part_undeclared_element", edit("type=\"tns:CDefect\"/>\n  </message>", "element=\"tns:Missing\"/>\n  </message>"), Kind::Dangling, "undeclared element {urn:e}Missing"),
        case("part_without_type", edit("<part name=\"cookie\" type=\"xsd:long\"/>", "<part name=\"cookie\"/>"), Kind::Invalid, "neither type nor element"),
        case("field_undeclared_type", edit("type=\"xsd:string\" minOccurs", "type=\"tns:Nope\" minOccurs"), Kind::Dangling, "type CDefect field summary refers to undeclared type {urn:e}Nope"),
        case("field_misspelt_builtin", edit("type=\"xsd:string\" minOccurs", "type=\"xsd:strnig\" minOccurs"), Kind::Dangling, "strnig"),
        case(
            "base_undeclared",
            edit("<xsd:sequence>\n          <xsd:element name=\"number\"", "<xsd:complexContent><xsd:extension base=\"tns:CBase\"/></xsd:complexContent><xsd:sequence>\n          <xsd:element name=\"number\""),
            Kind::Dangling,
            "CBase",
        ),
        case("element_ref_undeclared", edit("<xsd:element name=\"number\" type=\"xsd:long\"/>", "<xsd:element ref=\"tns:number\"/>"), Kind::Dangling, "undeclared element {urn:e}number"),
        case("group_ref_undeclared", edit("<xsd:element name=\"number\" type=\"xsd:long\"/>", "<xsd:group ref=\"tns:G\"/>"), Kind::Dangling, "undeclared group"),
        case("bad_min_occurs", edit("minOccurs=\"0\"", "minOccurs=\"many\""), Kind::Invalid, "minOccurs=\"many\""),
        case("binding_missing_port_type", edit("<binding name=\"B\" type=\"tns:P\">", "<binding name=\"B\" type=\"tns:Q\">"), Kind::Dangling, "binding B refers to undeclared portType {urn:e}Q"),
        case("port_missing_binding", edit("binding=\"tns:B\"", "binding=\"tns:Nope\""), Kind::Dangling, "service S port P refers to undeclared binding"),
        case("input_missing_message", edit("<input message=\"tns:getDefectRequest\"/>", "<input message=\"tns:gone\"/>"), Kind::Dangling, "undeclared message {urn:e}gone"),
        case("fault_missing_message", edit("<output message=\"tns:getDefectResponse\"/>", "<output message=\"tns:getDefectResponse\"/><fault name=\"F\" message=\"tns:F\"/>"), Kind::Dangling, "fault F"),
        case("binding_misses_an_operation", missing_op, Kind::Invalid, "does not bind operation getDefect"),
        case("bad_style", edit("style=\"rpc\"", "style=\"procedural\""), Kind::Invalid, "procedural"),
        case("bad_use", edit("use=\"encoded\"", "use=\"fancy\""), Kind::Invalid, "fancy"),
        case("body_parts_unknown", edit("use=\"encoded\" namespace=\"urn:e\"/></input>", "use=\"encoded\" parts=\"nothere\"/></input>"), Kind::Dangling, "nothere"),
        case("notification_operation", edit("<input message=\"tns:getDefectRequest\"/>", ""), Kind::Unsupported, "no input"),
        case(
            "nested_array",
            edit("<xsd:complexType name=\"CDefect\">", "<xsd:complexType name=\"Grid\"><xsd:complexContent><xsd:restriction base=\"soapenc:Array\"><xsd:attribute ref=\"soapenc:arrayType\" wsdl:arrayType=\"xsd:int[][]\"/></xsd:restriction></xsd:complexContent></xsd:complexType><xsd:complexType name=\"CDefect\">"),
            Kind::Unsupported,
            "array of arrays wsdl:arrayType=\"xsd:int[][]\" in type Grid",
        ),
        case("redefine", edit("<xsd:complexType name=\"CDefect\">", "<xsd:redefine schemaLocation=\"x.xsd\"/><xsd:complexType name=\"CDefect\">"), Kind::Unsupported, "xsd:redefine"),
        case(
            "self_extension",
            edit("<xsd:sequence>\n          <xsd:element name=\"number\"", "<xsd:complexContent><xsd:extension base=\"tns:CDefect\"/></xsd:complexContent><xsd:sequence>\n          <xsd:element name=\"number\""),
            Kind::Invalid,
            "its own base",
        ),
        case(
            "unknown_namespace_used",
            edit("<xsd:complexType name=\"CDefect\">", "<xsd:import namespace=\"urn:elsewhere\"/><xsd:complexType name=\"CDefect\">")
                .replace("type=\"xsd:string\" minOccurs", "type=\"o:T\" xmlns:o=\"urn:elsewhere\" minOccurs"),
            Kind::Dangling,
            "{urn:elsewhere}T",
        ),
        case(
            "url_import_without_resolver",
            edit("<xsd:complexType name=\"CDefect\">", "<xsd:import namespace=\"urn:r\" schemaLocation=\"https://example.com/r.xsd\"/><xsd:complexType name=\"CDefect\">"),
            Kind::Import,
            "network access is off",
        ),
        case(
            "import_of_missing_file",
            edit("<xsd:complexType name=\"CDefect\">", "<xsd:import namespace=\"urn:r\" schemaLocation=\"missing/r.xsd\"/><xsd:complexType name=\"CDefect\">"),
            Kind::Import,
            "missing/r.xsd",
        ),
        case("wsdl_import_without_location", edit("<types>", "<import namespace=\"urn:x\"/><types>"), Kind::Invalid, "no location"),
        Case {
            name: "imported_file_not_xml",
            files: vec![
                ("doc.wsdl", edit("<xsd:complexType name=\"CDefect\">", "<xsd:include schemaLocation=\"broken.xsd\"/><xsd:complexType name=\"CDefect\">")),
                ("broken.xsd", "<schema>\n<oops\n".into()),
            ],
            kind: Kind::Xml,
            contains: "broken.xsd",
        },
        Case {
            name: "imported_file_not_a_schema",
            files: vec![
                ("doc.wsdl", edit("<xsd:complexType name=\"CDefect\">", "<xsd:import namespace=\"urn:x\" schemaLocation=\"page.html\"/><xsd:complexType name=\"CDefect\">")),
                ("page.html", "<html><body/></html>".into()),
            ],
            kind: Kind::Invalid,
            contains: "expected xsd:schema",
        },
        Case {
            name: "duplicate_type_differs",
            files: vec![
                ("doc.wsdl", edit("<xsd:complexType name=\"CDefect\">", "<xsd:include schemaLocation=\"dup.xsd\"/><xsd:complexType name=\"CDefect\">")),
                ("dup.xsd", r#"<s:schema xmlns:s="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:e"><s:complexType name="CDefect"><s:sequence/></s:complexType></s:schema>"#.into()),
            ],
            kind: Kind::Invalid,
            contains: "declared twice with different content",
        },
        Case {
            name: "chameleon_with_wrong_namespace",
            files: vec![
                ("doc.wsdl", edit("<xsd:complexType name=\"CDefect\">", "<xsd:include schemaLocation=\"other.xsd\"/><xsd:complexType name=\"CDefect\">")),
                ("other.xsd", r#"<s:schema xmlns:s="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other"/>"#.into()),
            ],
            kind: Kind::Invalid,
            contains: "includer's targetNamespace",
        },
    ]
}

#[test]
fn odd_documents_give_the_right_error_naming_the_file() {
    let all = cases();
    assert!(all.len() >= 20);
    let mut failures = Vec::new();
    for c in all {
        let (_, err) = load_files(c.name, &c.files.iter().map(|(n, t)| (*n, t.as_str())).collect::<Vec<_>>());
        let msg = err.to_string();
        println!("{:<32} {msg}", c.name);
        // The error names the file it is about: the loaded one, or the imported one.
        let file_named =
            c.files.iter().any(|(n, _)| msg.contains(n)) && msg.contains(&*dir().join(c.name).to_string_lossy());
        if kind(&err) != c.kind || !msg.contains(c.contains) || !file_named {
            failures.push(format!(
                "{}: expected {:?} containing {:?}, got {:?}: {msg}",
                c.name,
                c.kind,
                c.contains,
                kind(&err)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn xml_errors_carry_the_line() {
    let text = "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://schemas.xmlsoap.org/wsdl/\">\n  <types>\n  </typo>\n</definitions>\n";
    let (_, err) = load_files("line", &[("line.wsdl", text)]);
    match &err {
        CodegenError::Xml { line, path, .. } => {
            assert_eq!(*line, Some(4), "{err}");
            assert!(path.ends_with("line.wsdl"));
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("line.wsdl:4: not well-formed XML"), "{err}");
}

/// Errors found after parsing name the line of the element at fault too.
#[test]
fn model_errors_carry_the_line_of_the_element() {
    let line_of = |needle: &str, text: &str| 1 + text[..text.find(needle).expect(needle)].matches('\n').count();
    let checks = [
        // An undeclared type in a part (line of the <part>).
        ("dangling_part", edit("type=\"tns:CDefect\"/>", "type=\"tns:Nope\"/>"), "<part name=\"pDefect\""),
        // An undeclared prefix in a field's type (line of the <xsd:element>).
        (
            "prefix",
            edit(
                "type=\"xsd:long\"/>\n          <xsd:element name=\"summary\"",
                "type=\"zz:long\"/>\n          <xsd:element name=\"summary\"",
            ),
            "<xsd:element name=\"number\"",
        ),
        // An undeclared type of a field, found once all types are known (line of the field).
        (
            "field_type",
            edit("type=\"xsd:string\" minOccurs", "type=\"tns:Nope\" minOccurs"),
            "<xsd:element name=\"summary\"",
        ),
        // use="weird" on a soap:body (line of the soap:body).
        ("use", edit("<input><soap:body use=\"encoded\"", "<input><soap:body use=\"weird\""), "<input><soap:body use="),
    ];
    for (case, text, at) in checks {
        let (path, err) = load_files(case, &[("e.wsdl", &text)]);
        let want = format!("{}:{}: ", path.display(), line_of(at, &text));
        assert!(err.to_string().starts_with(&want), "{case}: want {want:?} in: {err}");
    }
}

#[test]
fn a_missing_main_file_is_an_io_error() {
    let path = dir().join("does-not-exist.wsdl");
    match load(&path, &LoadOptions::default()) {
        Err(e @ CodegenError::Io { .. }) => assert!(e.to_string().contains("does-not-exist.wsdl")),
        other => panic!("{other:?}"),
    }
}

/// Loads every truncation (each `step` bytes) and every one-line deletion of `path`,
/// which must return (Ok or Err) without panicking.
fn never_panics_on_damaged_copies(path: &Path, step: usize) -> usize {
    let text = std::fs::read_to_string(path).expect("read");
    let name = path.file_name().expect("name").to_string_lossy().to_string();
    let scratch = dir().join("damaged").join(&name);
    std::fs::create_dir_all(&scratch).expect("mkdir");
    let target = scratch.join(&name);
    let mut variants: Vec<String> =
        (0..text.len()).step_by(step).filter(|i| text.is_char_boundary(*i)).map(|i| text[..i].to_string()).collect();
    let lines: Vec<&str> = text.lines().collect();
    for skip in 0..lines.len() {
        variants
            .push(lines.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, l)| *l).collect::<Vec<_>>().join("\n"));
    }
    for v in &variants {
        std::fs::write(&target, v).expect("write");
        let _ = load(&target, &LoadOptions::default());
    }
    variants.len()
}

#[test]
fn damaged_copies_of_the_cases_never_panic() {
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut loads = 0;
    for name in ["extension", "soapenc_array", "soap12", "document_literal", "keywords"] {
        loads += never_panics_on_damaged_copies(&cases.join(name).join("input.wsdl"), 61);
    }
    assert!(loads > 500, "{loads}");
}
