//! Schema and WSDL constructs beyond the golden cases, each in a small inline document
//! written to a scratch directory: choice, any, groups, attributes, simple content, lists,
//! unions, anonymous-type naming, duplicate declarations, array spellings, prefix choice,
//! resolvers, wsdl:import of interfaces, and binding details.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use ttsoap_codegen::model::{Compositor, Model, PartKind, QName, Style, TypeKind, Use};
use ttsoap_codegen::{load, CodegenError, LoadOptions};

const NS: &str = "urn:t";

/// Writes `files` (the first is the WSDL to load) under a directory named `dir`.
fn write(dir: &str, files: &[(&str, &str)]) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("load_xsd").join(dir);
    for (name, text) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, text).expect("write");
    }
    root.join(files[0].0)
}

fn load_files(dir: &str, files: &[(&str, &str)]) -> Result<Model, CodegenError> {
    load(&write(dir, files), &LoadOptions::default())
}

/// An rpc/encoded WSDL in `urn:t` with `schema` inline and one operation `op` whose input
/// parts are `parts`.
fn rpc(schema: &str, parts: &str) -> String {
    format!(
        r#"<?xml version="1.0"?>
<definitions name="T" targetNamespace="urn:t" xmlns:tns="urn:t" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"
  xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns="http://schemas.xmlsoap.org/wsdl/">
  <types><xsd:schema targetNamespace="urn:t">{schema}</xsd:schema></types>
  <message name="opRequest">{parts}</message>
  <message name="opResponse"><part name="result" type="xsd:int"/></message>
  <portType name="P"><operation name="op"><input message="tns:opRequest"/><output message="tns:opResponse"/></operation></portType>
  <binding name="B" type="tns:P">
    <soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="op"><soap:operation soapAction="urn:t#op"/>
      <input><soap:body use="encoded" namespace="urn:t"/></input>
      <output><soap:body use="encoded" namespace="urn:t"/></output>
    </operation>
  </binding>
  <service name="S"><port name="P" binding="tns:B"><soap:address location="http://localhost/t"/></port></service>
</definitions>"#
    )
}

fn t(name: &str) -> QName {
    QName::new(NS, name)
}

fn xsd(name: &str) -> QName {
    QName::xsd(name)
}

fn kind<'m>(m: &'m Model, name: &str) -> &'m TypeKind {
    &m.type_def(&t(name)).unwrap_or_else(|| panic!("no type {name}")).kind
}

fn fields(m: &Model, name: &str) -> Vec<(String, QName, u32, Option<u32>)> {
    match kind(m, name) {
        TypeKind::Struct(s) => {
            s.fields.iter().map(|f| (f.name.clone(), f.type_.clone(), f.min_occurs, f.max_occurs)).collect()
        }
        other => panic!("{name}: {other:?}"),
    }
}

fn f(name: &str, type_: QName, min: u32, max: Option<u32>) -> (String, QName, u32, Option<u32>) {
    (name.to_string(), type_, min, max)
}

#[test]
fn choice_groups_any_and_attributes() {
    let schema = r###"
      <xsd:group name="Extra"><xsd:sequence>
        <xsd:element name="e1" type="xsd:string"/><xsd:element name="e2" type="xsd:int" maxOccurs="3"/>
      </xsd:sequence></xsd:group>
      <xsd:complexType name="T"><xsd:sequence>
          <xsd:element name="a" type="xsd:string"/>
          <xsd:choice><xsd:element name="b" type="xsd:int"/><xsd:element name="c" type="xsd:long"/></xsd:choice>
          <xsd:group ref="tns:Extra"/>
          <xsd:sequence minOccurs="0" maxOccurs="unbounded"><xsd:element name="d" type="xsd:string"/></xsd:sequence>
          <xsd:any namespace="##other" processContents="lax"/>
          <xsd:any/>
        </xsd:sequence>
        <xsd:attribute name="id" type="xsd:ID" use="required"/>
        <xsd:attribute name="language" type="xsd:language"/>
        <xsd:attribute ref="xml:lang"/>
        <xsd:attribute name="gone" type="xsd:string" use="prohibited"/>
        <xsd:attributeGroup ref="tns:Audit"/>
        <xsd:anyAttribute/>
      </xsd:complexType>
      <xsd:attributeGroup name="Audit">
        <xsd:attribute name="by" type="xsd:string" use="required"/>
        <xsd:attributeGroup ref="tns:Stamp"/>
      </xsd:attributeGroup>
      <xsd:attributeGroup name="Stamp"><xsd:attribute name="at" type="xsd:dateTime"/></xsd:attributeGroup>
      <xsd:complexType name="C"><xsd:choice>
        <xsd:element name="x" type="xsd:int"/><xsd:element name="y" type="xsd:string" maxOccurs="unbounded"/>
      </xsd:choice></xsd:complexType>
      <xsd:complexType name="G"><xsd:group ref="tns:Extra"/></xsd:complexType>"###;
    let parts = r#"<part name="t" type="tns:T"/><part name="c" type="tns:C"/><part name="g" type="tns:G"/>"#;
    let m = load_files("choice", &[("t.wsdl", &rpc(schema, parts))]).expect("loads");
    assert_eq!(
        fields(&m, "T"),
        [
            f("a", xsd("string"), 1, Some(1)),
            f("b", xsd("int"), 0, Some(1)),
            f("c", xsd("long"), 0, Some(1)),
            f("e1", xsd("string"), 1, Some(1)),
            f("e2", xsd("int"), 1, Some(3)),
            f("d", xsd("string"), 0, None),
            f("any", xsd("anyType"), 0, None),
            f("any2", xsd("anyType"), 0, None),
        ]
    );
    let TypeKind::Struct(s) = kind(&m, "T") else { panic!() };
    let attrs: Vec<(&str, &QName, bool)> =
        s.attributes.iter().map(|a| (a.name.as_str(), &a.type_, a.required)).collect();
    assert_eq!(
        attrs,
        [
            ("id", &xsd("ID"), true),
            ("language", &xsd("language"), false),
            ("lang", &xsd("string"), false),
            // The attribute group, expanded in place (nested groups too).
            ("by", &xsd("string"), true),
            ("at", &xsd("dateTime"), false),
        ]
    );
    assert_eq!(s.attributes[2].namespace, "http://www.w3.org/XML/1998/namespace", "xml:lang is qualified");
    assert!(s.fields[6].wildcard && s.fields[7].wildcard && !s.fields[5].wildcard, "xsd:any is a wildcard");
    // anyAttribute is reported, with its file and line.
    let w: Vec<String> = m.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("t.wsdl:") && w[0].contains("xsd:anyAttribute in type T"), "{w:?}");
    let TypeKind::Struct(c) = kind(&m, "C") else { panic!() };
    assert_eq!(c.compositor, Compositor::Choice);
    assert_eq!(fields(&m, "C"), [f("x", xsd("int"), 0, Some(1)), f("y", xsd("string"), 0, None)]);
    assert_eq!(fields(&m, "G").len(), 2);
}

#[test]
fn simple_content_lists_unions_and_restrictions() {
    let schema = r#"
      <xsd:complexType name="Money"><xsd:simpleContent>
        <xsd:extension base="xsd:decimal"><xsd:attribute name="currency" type="xsd:string"/></xsd:extension>
      </xsd:simpleContent></xsd:complexType>
      <xsd:complexType name="Color"><xsd:simpleContent><xsd:restriction base="xsd:string">
        <xsd:enumeration value="red"/><xsd:enumeration value="blue"/>
      </xsd:restriction></xsd:simpleContent></xsd:complexType>
      <xsd:simpleType name="Ids"><xsd:list itemType="xsd:int"/></xsd:simpleType>
      <xsd:simpleType name="IntOrString"><xsd:union memberTypes="xsd:int xsd:string"/></xsd:simpleType>
      <xsd:simpleType name="Small"><xsd:restriction><xsd:simpleType>
        <xsd:restriction base="xsd:int"><xsd:maxInclusive value="9"/></xsd:restriction>
      </xsd:simpleType></xsd:restriction></xsd:simpleType>
      <xsd:complexType name="Restricted"><xsd:complexContent><xsd:restriction base="xsd:anyType">
        <xsd:sequence><xsd:element name="z" type="xsd:int"/></xsd:sequence>
      </xsd:restriction></xsd:complexContent></xsd:complexType>
      <xsd:complexType name="Empty"/>"#;
    let parts = r#"<part name="a" type="tns:Money"/><part name="b" type="tns:Ids"/><part name="c" type="tns:IntOrString"/>
      <part name="d" type="tns:Small"/><part name="e" type="tns:Restricted"/><part name="f" type="tns:Empty"/>
      <part name="g" type="tns:Color"/>"#;
    let m = load_files("simple", &[("t.wsdl", &rpc(schema, parts))]).expect("loads");
    let simple = |name| match kind(&m, name) {
        TypeKind::Simple(s) => s.base.clone(),
        other => panic!("{name}: {other:?}"),
    };
    // simpleContent with an attribute: a struct whose text is a decimal.
    let TypeKind::Struct(money) = kind(&m, "Money") else { panic!("{:?}", kind(&m, "Money")) };
    assert_eq!(money.simple_content, Some(xsd("decimal")));
    assert_eq!(money.attributes.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["currency"]);
    assert!(money.fields.is_empty());
    assert_eq!(simple("Ids"), xsd("string"));
    assert_eq!(simple("IntOrString"), xsd("string"));
    assert_eq!(simple("Small"), xsd("int"));
    match kind(&m, "Color") {
        TypeKind::Enum(e) => assert_eq!(e.values, ["red", "blue"]),
        other => panic!("{other:?}"),
    }
    let TypeKind::Struct(r) = kind(&m, "Restricted") else { panic!() };
    assert_eq!(r.base, None);
    assert_eq!(fields(&m, "Restricted"), [f("z", xsd("int"), 1, Some(1))]);
    assert_eq!(fields(&m, "Empty"), []);
}

#[test]
fn anonymous_types_get_unique_names() {
    let schema = r#"
      <xsd:complexType name="OuterInner"><xsd:sequence/></xsd:complexType>
      <xsd:complexType name="Outer"><xsd:sequence>
        <xsd:element name="inner"><xsd:complexType><xsd:sequence>
          <xsd:element name="deep"><xsd:simpleType><xsd:restriction base="xsd:string">
            <xsd:enumeration value="a"/></xsd:restriction></xsd:simpleType></xsd:element>
        </xsd:sequence></xsd:complexType></xsd:element>
        <xsd:element name="other"><xsd:complexType><xsd:attribute name="flag">
          <xsd:simpleType><xsd:restriction base="xsd:boolean"/></xsd:simpleType></xsd:attribute></xsd:complexType></xsd:element>
      </xsd:sequence></xsd:complexType>
      <xsd:element name="Outer"><xsd:complexType><xsd:sequence>
        <xsd:element name="v" type="xsd:int"/></xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element name="Plain"><xsd:complexType><xsd:sequence>
        <xsd:element ref="xsd:schema"/><xsd:any/></xsd:sequence></xsd:complexType></xsd:element>"#;
    let parts = r#"<part name="a" type="tns:Outer"/><part name="b" type="tns:OuterInner"/><part name="c" element="tns:Outer"/>
      <part name="d" element="tns:Plain"/>"#;
    let m = load_files("anonymous", &[("t.wsdl", &rpc(schema, parts))]).expect("loads");
    let names: Vec<&str> = m.types.iter().map(|t| t.name.name.as_str()).collect();
    assert_eq!(
        names,
        ["Outer", "Outer2", "OuterInner", "OuterInner2", "OuterInner2Deep", "OuterOther", "OuterOtherFlag", "Plain"]
    );
    assert_eq!(fields(&m, "Outer")[0].1, t("OuterInner2"));
    assert_eq!(fields(&m, "OuterInner2")[0].1, t("OuterInner2Deep"));
    assert!(matches!(kind(&m, "OuterInner2Deep"), TypeKind::Enum(_)));
    assert_eq!(m.element(&t("Outer")).map(|e| &e.type_), Some(&t("Outer2")));
    assert_eq!(fields(&m, "Outer2"), [f("v", xsd("int"), 1, Some(1))]);
    // The .NET DataSet pattern: an xsd:schema element reference and xsd:any.
    assert_eq!(fields(&m, "Plain"), [f("schema", xsd("anyType"), 1, Some(1)), f("any", xsd("anyType"), 0, None)]);
}

#[test]
fn identical_duplicate_declarations_are_merged() {
    let ty = r#"<xsd:complexType name="Dup"><xsd:sequence>
        <xsd:element name="nested"><xsd:complexType><xsd:sequence><xsd:element name="n" type="xsd:int"/></xsd:sequence></xsd:complexType></xsd:element>
      </xsd:sequence></xsd:complexType>
      <xsd:element name="DupElement"><xsd:complexType><xsd:sequence><xsd:element name="k" type="xsd:int"/></xsd:sequence></xsd:complexType></xsd:element>"#;
    let other = format!(
        r#"<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:t" targetNamespace="urn:t">{ty}</xsd:schema>"#
    );
    let schema = format!(r#"{ty}<xsd:include schemaLocation="other.xsd"/>"#);
    let parts = r#"<part name="a" type="tns:Dup"/><part name="b" element="tns:DupElement"/>"#;
    let m = load_files("duplicates", &[("t.wsdl", &rpc(&schema, parts)), ("other.xsd", &other)]).expect("loads");
    let names: Vec<&str> = m.types.iter().map(|t| t.name.name.as_str()).collect();
    assert_eq!(names, ["Dup", "DupElement", "DupNested"]);
    assert_eq!(m.elements.len(), 1);
}

#[test]
fn soap_encoded_array_spellings() {
    let schema = r#"
      <xsd:complexType name="Item"><xsd:sequence><xsd:element name="v" type="xsd:int"/></xsd:sequence></xsd:complexType>
      <xsd:element name="item" type="tns:Item"/>
      <xsd:complexType name="Matrix"><xsd:complexContent><xsd:restriction base="soapenc:Array">
        <xsd:attribute ref="soapenc:arrayType" wsdl:arrayType="xsd:double[,]"/></xsd:restriction></xsd:complexContent></xsd:complexType>
      <xsd:complexType name="Blobs"><xsd:complexContent><xsd:restriction base="soapenc:Array">
        <xsd:attribute ref="soapenc:arrayType" wsdl:arrayType="xsd:byte[][]"/></xsd:restriction></xsd:complexContent></xsd:complexType>
      <xsd:complexType name="ByRef"><xsd:complexContent><xsd:restriction base="soapenc:Array">
        <xsd:sequence><xsd:element ref="tns:item" maxOccurs="unbounded"/></xsd:sequence></xsd:restriction></xsd:complexContent></xsd:complexType>
      <xsd:complexType name="Anything"><xsd:complexContent><xsd:restriction base="soapenc:Array">
        <xsd:attribute ref="soapenc:arrayType"/></xsd:restriction></xsd:complexContent></xsd:complexType>
      <xsd:complexType name="Sized"><xsd:complexContent><xsd:restriction base="soapenc:Array">
        <xsd:attribute ref="soapenc:arrayType" wsdl:arrayType="tns:Item[5]"/></xsd:restriction></xsd:complexContent></xsd:complexType>"#;
    let parts = r#"<part name="a" type="tns:Matrix"/><part name="b" type="tns:Blobs"/><part name="c" type="tns:ByRef"/>
      <part name="d" type="tns:Anything"/><part name="e" type="tns:Sized"/>"#;
    let m = load_files("arrays", &[("t.wsdl", &rpc(schema, parts))]).expect("loads");
    let item = |name| match kind(&m, name) {
        TypeKind::Array(a) => (a.item.clone(), a.item_name.clone()),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(item("Matrix"), (xsd("double"), "item".into()));
    assert_eq!(item("Blobs"), (xsd("base64Binary"), "item".into()));
    assert_eq!(item("ByRef"), (t("Item"), "item".into()));
    assert_eq!(item("Anything"), (xsd("anyType"), "item".into()));
    assert_eq!(item("Sized"), (t("Item"), "item".into()));
}

#[test]
fn prefixes_fall_back_to_schema_then_generated_and_avoid_reserved_names() {
    let wsdl = r#"<?xml version="1.0"?>
<definitions targetNamespace="urn:t" xmlns:SOAP-ENC="urn:t" xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns="http://schemas.xmlsoap.org/wsdl/">
  <types>
    <xs:schema targetNamespace="urn:other" xmlns:oth="urn:other"><xs:complexType name="O"><xs:sequence/></xs:complexType></xs:schema>
  </types>
  <message name="In"><part name="o" type="oth:O" xmlns:oth="urn:other"/></message>
  <message name="Out"/>
  <portType name="P"><operation name="op"><input message="SOAP-ENC:In"/><output message="SOAP-ENC:Out"/></operation></portType>
  <binding name="B" type="SOAP-ENC:P">
    <soap:binding style="rpc"/>
    <operation name="op"><soap:operation/>
      <input><soap:body use="encoded" namespace="urn:body"/></input>
      <output><soap:body use="encoded" namespace="urn:body"/></output>
    </operation>
  </binding>
  <service name="S"><port name="P" binding="SOAP-ENC:B"><soap:address location="http://localhost/t"/></port></service>
</definitions>"#;
    let m = load_files("prefixes", &[("t.wsdl", wsdl)]).expect("loads");
    let got: Vec<(&str, &str)> = m.prefixes.iter().map(|p| (p.prefix.as_str(), p.namespace.as_str())).collect();
    assert_eq!(got, [("ns1", "urn:body"), ("oth", "urn:other")]);
    assert_eq!(m.bindings[0].port_type, t("P"));
    assert_eq!(m.bindings[0].operations[0].soap_action, "");
}

#[test]
fn reserved_prefix_of_a_type_namespace_is_renamed() {
    let wsdl =
        rpc(r#"<xsd:complexType name="X"><xsd:sequence/></xsd:complexType>"#, r#"<part name="x" type="tns:X"/>"#)
            .replace(r#"xmlns:tns="urn:t""#, r#"xmlns:xsi="urn:t""#)
            .replace("tns:", "xsi:");
    let m = load_files("reserved", &[("t.wsdl", &wsdl)]).expect("loads");
    assert_eq!(m.prefix_of(NS), Some("xsi2"));
}

#[test]
fn url_imports_go_through_the_resolver() {
    let schema = r#"<xsd:import namespace="urn:remote" schemaLocation="http://example.com/schemas/remote.xsd"/>"#;
    let parts = r#"<part name="r" type="rem:R" xmlns:rem="urn:remote"/>"#;
    let path = write("resolver", &[("t.wsdl", &rpc(schema, parts))]);
    let calls = Arc::new(Mutex::new(Vec::<String>::new()));
    let seen = Arc::clone(&calls);
    let opts = LoadOptions {
        resolver: Some(Box::new(move |url: &str| {
            seen.lock().map_err(|e| e.to_string())?.push(url.to_string());
            match url {
                "http://example.com/schemas/remote.xsd" => Ok(r#"<schema xmlns="http://www.w3.org/2001/XMLSchema"
                    targetNamespace="urn:remote" xmlns:r="urn:remote"><include schemaLocation="part.xsd"/>
                    <complexType name="R"><sequence><element name="p" type="r:Part"/></sequence></complexType></schema>"#
                    .to_string()),
                "http://example.com/schemas/part.xsd" => Ok(r#"<schema xmlns="http://www.w3.org/2001/XMLSchema">
                    <complexType name="Part"><sequence/></complexType></schema>"#
                    .to_string()),
                other => Err(format!("404 for {other}")),
            }
        })),
        ..Default::default()
    };
    let m = load(&path, &opts).expect("loads through the resolver");
    assert_eq!(
        *calls.lock().expect("lock"),
        ["http://example.com/schemas/remote.xsd", "http://example.com/schemas/part.xsd"]
    );
    assert!(m.type_def(&QName::new("urn:remote", "Part")).is_some());
    assert_eq!(m.prefix_of("urn:remote"), Some("r"));

    let failing =
        LoadOptions { resolver: Some(Box::new(|url: &str| Err(format!("refused {url}")))), ..Default::default() };
    match load(&path, &failing) {
        Err(e @ CodegenError::Import { .. }) => assert!(e.to_string().contains("refused http://example.com"), "{e}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn interface_in_an_imported_wsdl() {
    let iface = r#"<?xml version="1.0"?>
<wsdl:definitions targetNamespace="urn:iface" xmlns:i="urn:iface" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <wsdl:types><xsd:schema targetNamespace="urn:iface"><xsd:complexType name="Q"><xsd:sequence/></xsd:complexType></xsd:schema></wsdl:types>
  <wsdl:message name="In"><wsdl:part name="q" type="i:Q"/></wsdl:message>
  <wsdl:message name="Out"><wsdl:part name="r" type="xsd:string"/></wsdl:message>
  <wsdl:message name="Oops"><wsdl:part name="why" type="xsd:string"/></wsdl:message>
  <wsdl:portType name="P">
    <wsdl:operation name="second"><wsdl:input message="i:In"/></wsdl:operation>
    <wsdl:operation name="first"><wsdl:input message="i:In"/><wsdl:output message="i:Out"/>
      <wsdl:fault name="Oops" message="i:Oops"/></wsdl:operation>
  </wsdl:portType>
</wsdl:definitions>"#;
    let main = r#"<?xml version="1.0"?>
<definitions targetNamespace="urn:impl" xmlns:i="urn:iface" xmlns:impl="urn:impl"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns="http://schemas.xmlsoap.org/wsdl/">
  <import namespace="urn:iface" location="sub/iface.wsdl"/>
  <binding name="B" type="i:P">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="first"><soap:operation soapAction="A" style="rpc"/>
      <input><soap:body use="literal" namespace="urn:iface" parts="q"/></input>
      <output><soap:body/></output>
      <fault name="Oops"><soap:fault name="Oops" use="literal"/></fault>
    </operation>
    <operation name="second"><soap:operation soapAction="B"/>
      <input><soap:body use="literal"/></input>
    </operation>
  </binding>
  <service name="S"><port name="P" binding="impl:B"><soap:address location="http://localhost/t"/></port></service>
</definitions>"#;
    let m = load_files("wsdl_import", &[("main.wsdl", main), ("sub/iface.wsdl", iface)]).expect("loads");
    let b = &m.bindings[0];
    assert_eq!(b.style, Style::Document, "no style on soap:binding");
    let ops: Vec<(&str, Style, bool)> =
        b.operations.iter().map(|o| (o.name.as_str(), o.style, o.output.is_some())).collect();
    assert_eq!(ops, [("second", Style::Document, false), ("first", Style::Rpc, true)], "portType order");
    let first = &b.operations[1];
    assert_eq!(first.faults, ["Oops"]);
    assert_eq!(first.input.use_, Use::Literal);
    assert_eq!(first.input.parts[0].kind, PartKind::Type(QName::new("urn:iface", "Q")));
    assert_eq!(m.target_namespace, "urn:impl");
    assert_eq!(m.prefix_of("urn:iface"), Some("i"));
}

#[test]
fn soap_body_parts_filter_keeps_message_order() {
    let wsdl = rpc(
        r#"<xsd:complexType name="X"><xsd:sequence/></xsd:complexType>"#,
        r#"<part name="a" type="xsd:int"/><part name="b" type="tns:X"/><part name="c" type="xsd:int"/>"#,
    )
    .replace(
        r#"<input><soap:body use="encoded" namespace="urn:t"/>"#,
        r#"<input><soap:body use="encoded" parts="c b"/>"#,
    );
    let m = load_files("parts", &[("t.wsdl", &wsdl)]).expect("loads");
    let input = &m.bindings[0].operations[0].input;
    let parts: Vec<(&str, &PartKind)> = input.parts.iter().map(|p| (p.name.as_str(), &p.kind)).collect();
    assert_eq!(parts, [("b", &PartKind::Type(t("X"))), ("c", &PartKind::Type(xsd("int")))], "message order kept");
    assert_eq!(input.namespace, None);
}

#[test]
fn unreferenced_unknown_imports_are_fine() {
    let schema = r#"<xsd:import namespace="urn:nowhere"/><xsd:import namespace="http://schemas.xmlsoap.org/wsdl/"/>"#;
    let m = load_files("unknown_import", &[("t.wsdl", &rpc(schema, ""))]).expect("loads");
    assert!(m.types.is_empty());
}

#[test]
fn element_qualification_follows_form_element_form_default_and_refs() {
    let wsdl = r#"<?xml version="1.0"?>
<definitions targetNamespace="urn:t" xmlns:tns="urn:t" xmlns:o="urn:o" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns="http://schemas.xmlsoap.org/wsdl/">
  <types>
    <xsd:schema targetNamespace="urn:o">
      <xsd:element name="Remark" type="xsd:string"/>
      <xsd:group name="G"><xsd:sequence><xsd:element name="g" type="xsd:int"/></xsd:sequence></xsd:group>
      <xsd:complexType name="Plain"><xsd:sequence>
        <xsd:element name="a" type="xsd:int"/>
        <xsd:element name="b" type="xsd:int" form="qualified"/>
      </xsd:sequence></xsd:complexType>
    </xsd:schema>
    <xsd:schema targetNamespace="urn:t" elementFormDefault="qualified">
      <xsd:import namespace="urn:o"/>
      <xsd:element name="Top" type="xsd:int"/>
      <xsd:complexType name="Q"><xsd:sequence>
        <xsd:element name="a" type="xsd:int"/>
        <xsd:element name="b" type="xsd:int" form="unqualified"/>
        <xsd:element ref="o:Remark"/>
        <xsd:element ref="tns:Top"/>
        <xsd:group ref="o:G"/>
        <xsd:element name="inner"><xsd:complexType><xsd:sequence>
          <xsd:element name="x" type="xsd:int"/>
        </xsd:sequence></xsd:complexType></xsd:element>
        <xsd:any/>
      </xsd:sequence></xsd:complexType>
    </xsd:schema>
  </types>
  <message name="In"><part name="top" element="tns:Top"/></message>
  <portType name="P"><operation name="op"><input message="tns:In"/></operation></portType>
  <binding name="B" type="tns:P">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="op"><soap:operation soapAction="urn:t#op"/><input><soap:body use="literal"/></input></operation>
  </binding>
</definitions>"#;
    let m = load_files("qualified", &[("t.wsdl", wsdl)]).expect("loads");
    let qualification = |ns: &str, name: &str| -> Vec<(String, bool, String)> {
        match &m.type_def(&QName::new(ns, name)).unwrap_or_else(|| panic!("no type {name}")).kind {
            TypeKind::Struct(s) => {
                s.fields.iter().map(|f| (f.name.clone(), f.qualified, f.namespace.clone())).collect()
            }
            other => panic!("{name}: {other:?}"),
        }
    };
    let q = |name: &str, qualified: bool, ns: &str| (name.to_string(), qualified, ns.to_string());
    assert_eq!(
        qualification(NS, "Q"),
        [
            q("a", true, NS),           // elementFormDefault="qualified"
            q("b", false, ""),          // form="unqualified" overrides it
            q("Remark", true, "urn:o"), // a ref is qualified, in the referenced element's namespace
            q("Top", true, NS),
            q("g", false, ""), // declared in urn:o's group: that schema's default
            q("inner", true, NS),
            q("any", false, ""),
        ]
    );
    assert_eq!(qualification(NS, "QInner"), [q("x", true, NS)], "anonymous types follow their schema");
    assert_eq!(
        qualification("urn:o", "Plain"),
        [q("a", false, ""), q("b", true, "urn:o")],
        "unqualified by default; form=\"qualified\" overrides"
    );
    // Qualified names need a prefix for their namespace.
    assert_eq!(m.prefix_of("urn:o"), Some("o"));
    // The model dump shows it.
    assert!(m.to_json().contains("\"qualified\": true"));
}
