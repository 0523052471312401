//! `cargo xtask synth-wsdl --types N [-o FILE]`: writes a synthetic rpc/encoded WSDL of `N`
//! types for measuring the generator on big inputs (a 50 MB WSDL is about 100,000 types).
//!
//! The types come in groups of ten: a base struct, a chain of four extensions (each
//! extending the previous one), an enumeration, a SOAP-ENC array of the base, and three
//! plain structs whose fields refer to earlier types (structs, families, enumerations and
//! arrays). Every group also gets one operation taking and returning its types. The output
//! is deterministic. Large outputs belong in `target/`, never in git.

use std::fmt::Write as _;

/// The WSDL text for `types` types (rounded up to a multiple of ten).
pub fn synth_wsdl(types: usize) -> String {
    let groups = types.div_ceil(10).max(1);
    let mut s = String::with_capacity(groups * 5_000);
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
"#,
    );
    for g in 0..groups {
        group_types(&mut s, g);
    }
    s.push_str("    </schema>\n  </types>\n");
    for g in 0..groups {
        let _ = write!(
            s,
            r#"  <message name="op{g}Request"><part name="cookie" type="xsd:long"/><part name="pItem" type="tns:CBase{g}"/><part name="pList" type="tns:ArrayOfCBase{g}"/></message>
  <message name="op{g}Response"><part name="pResult" type="tns:CPlain{g}c"/><part name="pKind" type="tns:EKind{g}"/></message>
"#
        );
    }
    s.push_str("  <portType name=\"synthPortType\">\n");
    for g in 0..groups {
        let _ = writeln!(
            s,
            r#"    <operation name="op{g}"><documentation>Operation {g}.</documentation><input message="tns:op{g}Request"/><output message="tns:op{g}Response"/></operation>"#
        );
    }
    s.push_str("  </portType>\n  <binding name=\"synth\" type=\"tns:synthPortType\">\n    <SOAP:binding style=\"rpc\" transport=\"http://schemas.xmlsoap.org/soap/http\"/>\n");
    let body =
        r#"<SOAP:body use="encoded" namespace="urn:synth" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/>"#;
    for g in 0..groups {
        let _ = writeln!(
            s,
            r#"    <operation name="op{g}"><SOAP:operation soapAction=""/><input>{body}</input><output>{body}</output></operation>"#
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

fn group_types(s: &mut String, g: usize) {
    let field = |s: &mut String, name: &str, ty: &str, min: u32| {
        let _ = writeln!(s, r#"          <element name="{name}" type="{ty}" minOccurs="{min}" nillable="true"/>"#);
    };
    let _ = writeln!(s, r#"      <complexType name="CBase{g}"><sequence>"#);
    field(s, "recordid", "xsd:long", 1);
    field(s, "name", "xsd:string", 0);
    s.push_str("        </sequence></complexType>\n");
    let mut parent = format!("CBase{g}");
    for d in 1..=4 {
        let name = format!("CDerived{g}x{d}");
        let _ = writeln!(
            s,
            r#"      <complexType name="{name}"><complexContent><extension base="tns:{parent}"><sequence>"#
        );
        field(s, &format!("level{d}"), "xsd:int", 1);
        field(s, &format!("note{d}"), "xsd:string", 0);
        s.push_str("        </sequence></extension></complexContent></complexType>\n");
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
    let prev = g.saturating_sub(1);
    for (i, suffix) in ["a", "b", "c"].iter().enumerate() {
        let _ = writeln!(s, r#"      <complexType name="CPlain{g}{suffix}"><sequence>"#);
        field(s, "id", "xsd:long", 1);
        field(s, "kind", &format!("tns:EKind{g}"), 1);
        field(s, "item", &format!("tns:CBase{g}"), 0);
        field(s, "items", &format!("tns:ArrayOfCBase{g}"), 0);
        field(s, "deepest", &format!("tns:CDerived{g}x4"), 0);
        field(s, "earlier", &format!("tns:CPlain{prev}a"), 0);
        if i > 0 {
            field(s, "sibling", &format!("tns:CPlain{g}{}", ["a", "b"][i - 1]), 0);
        }
        field(s, "created", "xsd:dateTime", 0);
        s.push_str("        </sequence></complexType>\n");
    }
}
