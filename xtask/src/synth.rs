//! `cargo xtask synth-wsdl --types N [--ops M] [-o FILE]`: writes a synthetic rpc/encoded
//! WSDL shaped like VMware's vim25 for measuring the generator and the generated crate on big
//! inputs (vim25: about 4,000 complex types, nearly all extending `DynamicData`, and 600
//! operations).
//!
//! One root type, `DynamicData`, and groups of ten types: a base extending `DynamicData`, a
//! chain of four extensions (each extending the previous one), an enumeration, a SOAP-ENC
//! array of the base, a struct with a `choice`, and two plain structs (also extending
//! `DynamicData`) whose fields refer to earlier types (structs, families, enumerations,
//! arrays, an earlier group). Operations cycle over the groups and over three shapes: a
//! retrieve (an id in, a struct out), an update (a family member and an enumeration in, an
//! int out) and a list (a choice in, an array out). The output is deterministic. Large outputs
//! belong in `target/`, never in git.

use std::fmt::Write as _;

/// The WSDL text for `types` types (rounded up to a multiple of ten, plus `DynamicData`) and
/// `ops` operations (default: three per group).
pub fn synth_wsdl(types: usize, ops: Option<usize>) -> String {
    let groups = types.div_ceil(10).max(1);
    let ops = ops.unwrap_or(groups * 3);
    let mut s = String::with_capacity(groups * 6_000 + ops * 1_500);
    s.push_str(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!-- Synthetic WSDL written by `cargo xtask synth-wsdl`. -->
<definitions name="synth" targetNamespace="urn:synth" xmlns:tns="urn:synth"
  xmlns:SOAP="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:WSDL="http://schemas.xmlsoap.org/wsdl/"
  xmlns="http://schemas.xmlsoap.org/wsdl/">
  <types>
    <schema targetNamespace="urn:synth" xmlns="http://www.w3.org/2001/XMLSchema">
      <import namespace="http://schemas.xmlsoap.org/soap/encoding/"/>
      <complexType name="DynamicData"><sequence>
          <element name="dynamicType" type="xsd:string" minOccurs="0"/>
          <element name="dynamicTag" type="xsd:string" minOccurs="0"/>
        </sequence></complexType>
"#,
    );
    for g in 0..groups {
        group_types(&mut s, g);
    }
    s.push_str("    </schema>\n  </types>\n");
    let op_list: Vec<Op> = (0..ops).map(|i| Op::new(i, groups)).collect();
    for op in &op_list {
        let (g, name) = (op.group, &op.name);
        let (input, output) = match op.verb {
            Verb::Retrieve => (
                r#"<part name="id" type="xsd:long"/>"#.to_string(),
                format!(r#"<part name="result" type="tns:CPlain{g}b"/>"#),
            ),
            Verb::Update => (
                format!(r#"<part name="item" type="tns:CDerived{g}x2"/><part name="kind" type="tns:EKind{g}"/>"#),
                r#"<part name="result" type="xsd:int"/>"#.to_string(),
            ),
            Verb::List => (
                format!(r#"<part name="filter" type="tns:CChoice{g}"/>"#),
                format!(r#"<part name="result" type="tns:ArrayOfCBase{g}"/>"#),
            ),
        };
        let _ = write!(
            s,
            r#"  <message name="{name}Request"><part name="cookie" type="xsd:long"/>{input}</message>
  <message name="{name}Response">{output}</message>
"#
        );
    }
    s.push_str("  <portType name=\"synthPortType\">\n");
    for op in &op_list {
        let name = &op.name;
        let _ = writeln!(
            s,
            r#"    <operation name="{name}"><documentation>Operation {name}.</documentation><input message="tns:{name}Request"/><output message="tns:{name}Response"/></operation>"#
        );
    }
    s.push_str("  </portType>\n  <binding name=\"synth\" type=\"tns:synthPortType\">\n    <SOAP:binding style=\"rpc\" transport=\"http://schemas.xmlsoap.org/soap/http\"/>\n");
    let body =
        r#"<SOAP:body use="encoded" namespace="urn:synth" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/>"#;
    for op in &op_list {
        let name = &op.name;
        let _ = writeln!(
            s,
            r#"    <operation name="{name}"><SOAP:operation soapAction="urn:synth#{name}"/><input>{body}</input><output>{body}</output></operation>"#
        );
    }
    s.push_str(
        r#"  </binding>
  <service name="synth"><port name="synth" binding="tns:synth"><SOAP:address location="http://localhost/synth"/></port></service>
</definitions>
"#,
    );
    s
}

#[derive(Clone, Copy)]
enum Verb {
    Retrieve,
    Update,
    List,
}

/// Operation `i` of `groups` groups: group `i % groups`, shape `(i / groups) % 3`.
struct Op {
    group: usize,
    verb: Verb,
    name: String,
}

impl Op {
    fn new(i: usize, groups: usize) -> Op {
        let group = i % groups;
        let round = i / groups;
        let (verb, word) = match round % 3 {
            0 => (Verb::Retrieve, "retrieve"),
            1 => (Verb::Update, "update"),
            _ => (Verb::List, "list"),
        };
        let again = if round >= 3 { format!("V{}", round / 3) } else { String::new() };
        Op { group, verb, name: format!("{word}Item{group}{again}") }
    }
}

fn field(s: &mut String, name: &str, ty: &str, min: u32) {
    let _ = writeln!(s, r#"          <element name="{name}" type="{ty}" minOccurs="{min}" nillable="true"/>"#);
}

fn extension(s: &mut String, name: &str, base: &str, body: impl FnOnce(&mut String)) {
    let _ = writeln!(s, r#"      <complexType name="{name}"><complexContent><extension base="tns:{base}"><sequence>"#);
    body(s);
    s.push_str("        </sequence></extension></complexContent></complexType>\n");
}

fn group_types(s: &mut String, g: usize) {
    extension(s, &format!("CBase{g}"), "DynamicData", |s| {
        field(s, "recordid", "xsd:long", 1);
        field(s, "name", "xsd:string", 0);
    });
    let mut parent = format!("CBase{g}");
    for d in 1..=4 {
        let name = format!("CDerived{g}x{d}");
        extension(s, &name, &parent, |s| {
            field(s, &format!("level{d}"), "xsd:int", 1);
            field(s, &format!("note{d}"), "xsd:string", 0);
        });
        parent = name;
    }
    let _ = writeln!(s, r#"      <simpleType name="EKind{g}"><restriction base="xsd:string">"#);
    for v in ["open", "closed", "fixed", "verified", "deferred"] {
        let _ = writeln!(s, r#"        <enumeration value="{v}{g}"/>"#);
    }
    s.push_str("      </restriction></simpleType>\n");
    let _ = writeln!(
        s,
        r#"      <complexType name="ArrayOfCBase{g}"><complexContent><restriction base="SOAP-ENC:Array"><attribute ref="SOAP-ENC:arrayType" WSDL:arrayType="tns:CBase{g}[]"/></restriction></complexContent></complexType>"#
    );
    let _ = writeln!(s, r#"      <complexType name="CChoice{g}"><choice>"#);
    field(s, "byId", "xsd:long", 1);
    field(s, "byName", "xsd:string", 1);
    field(s, "byKind", &format!("tns:EKind{g}"), 1);
    field(s, "byItem", &format!("tns:CBase{g}"), 1);
    s.push_str("        </choice></complexType>\n");
    // An earlier group's struct, by value: halving keeps the nesting of structs in structs
    // logarithmic (a chain through every group nests 400 deep, past rustc's layout limit).
    let prev = g / 2;
    for (i, suffix) in ["a", "b"].iter().enumerate() {
        extension(s, &format!("CPlain{g}{suffix}"), "DynamicData", |s| {
            field(s, "id", "xsd:long", 1);
            field(s, "kind", &format!("tns:EKind{g}"), 1);
            field(s, "item", &format!("tns:CBase{g}"), 0);
            field(s, "items", &format!("tns:ArrayOfCBase{g}"), 0);
            field(s, "deepest", &format!("tns:CDerived{g}x4"), 0);
            field(s, "filter", &format!("tns:CChoice{g}"), 0);
            if g > 0 {
                field(s, "earlier", &format!("tns:CPlain{prev}a"), 0);
            }
            if i > 0 {
                field(s, "sibling", &format!("tns:CPlain{g}a"), 0);
            }
            field(s, "created", "xsd:dateTime", 0);
        });
    }
}
