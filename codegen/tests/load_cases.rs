//! The small WSDLs in tests/cases, one construct each: each loads, and the model has the
//! expected counts and details. The same files feed the emitter's golden tests.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ttsoap_codegen::model::{
    ArrayType, Compositor, Model, Operation, PartKind, QName, SoapVersion, StructType, Style, TypeDef, TypeKind, Use,
};
use ttsoap_codegen::{load, LoadOptions};

fn cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

fn case(name: &str) -> Model {
    let path = cases().join(name);
    load(&path, &LoadOptions::default()).unwrap_or_else(|e| panic!("{name} does not load: {e}"))
}

fn all_case_files() -> Vec<PathBuf> {
    // One folder per case: `input.wsdl`, or `main.wsdl` with the files it imports.
    let mut files: Vec<PathBuf> = std::fs::read_dir(cases())
        .expect("tests/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|d| ["input.wsdl", "main.wsdl"].iter().map(|f| d.join(f)).find(|p| p.is_file()))
        .collect();
    files.sort();
    files
}

fn ty<'m>(m: &'m Model, name: &str) -> &'m TypeDef {
    m.types.iter().find(|t| t.name.name == name).unwrap_or_else(|| panic!("no type {name}"))
}

fn st<'m>(m: &'m Model, name: &str) -> &'m StructType {
    match &ty(m, name).kind {
        TypeKind::Struct(s) => s,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

fn arr<'m>(m: &'m Model, name: &str) -> &'m ArrayType {
    match &ty(m, name).kind {
        TypeKind::Array(a) => a,
        other => panic!("{name} is not an array: {other:?}"),
    }
}

fn op<'m>(m: &'m Model, name: &str) -> &'m Operation {
    let b = m.primary_binding().expect("a binding");
    b.operations.iter().find(|o| o.name == name).unwrap_or_else(|| panic!("no operation {name}"))
}

fn field_names(s: &StructType) -> Vec<&str> {
    s.fields.iter().map(|f| f.name.as_str()).collect()
}

fn part_names(parts: &[ttsoap_codegen::model::Part]) -> Vec<&str> {
    parts.iter().map(|p| p.name.as_str()).collect()
}

fn prefixes(m: &Model) -> Vec<(&str, &str)> {
    m.prefixes.iter().map(|p| (p.prefix.as_str(), p.namespace.as_str())).collect()
}

fn xsd(name: &str) -> QName {
    QName::xsd(name)
}

/// Every type is reachable from some operation (through parts, elements, fields, bases,
/// array items, and subtypes of reachable types).
fn unreachable_types(m: &Model) -> Vec<String> {
    let mut reached: BTreeSet<QName> = BTreeSet::new();
    let mut todo: Vec<QName> = Vec::new();
    for b in &m.bindings {
        for o in &b.operations {
            for body in std::iter::once(&o.input).chain(o.output.as_ref()) {
                for p in body.parts.iter().chain(body.headers.iter().map(|h| &h.part)) {
                    match &p.kind {
                        PartKind::Type(t) => todo.push(t.clone()),
                        PartKind::Element(e) => todo.extend(m.element(e).map(|e| e.type_.clone())),
                    }
                }
            }
        }
    }
    loop {
        while let Some(q) = todo.pop() {
            if !reached.insert(q.clone()) {
                continue;
            }
            let Some(t) = m.type_def(&q) else { continue };
            match &t.kind {
                TypeKind::Struct(s) => {
                    todo.extend(s.base.iter().cloned());
                    todo.extend(s.fields.iter().map(|f| f.type_.clone()));
                    todo.extend(s.attributes.iter().map(|a| a.type_.clone()));
                }
                TypeKind::Array(a) => todo.push(a.item.clone()),
                TypeKind::Enum(e) => todo.push(e.base.clone()),
                TypeKind::Simple(s) => todo.push(s.base.clone()),
            }
        }
        let subtypes: Vec<QName> = m
            .types
            .iter()
            .filter(|t| !reached.contains(&t.name))
            .filter(|t| matches!(&t.kind, TypeKind::Struct(s) if s.base.as_ref().is_some_and(|b| reached.contains(b))))
            .map(|t| t.name.clone())
            .collect();
        if subtypes.is_empty() {
            break;
        }
        todo = subtypes;
    }
    m.types.iter().filter(|t| !reached.contains(&t.name)).map(|t| t.name.name.clone()).collect()
}

#[test]
fn every_case_loads_is_complete_and_dumps_stably() {
    let files = all_case_files();
    assert_eq!(files.len(), 26, "{files:?}");
    for f in files {
        let opts = LoadOptions::default();
        let a = load(&f, &opts).unwrap_or_else(|e| panic!("{e}"));
        let b = load(&f, &opts).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.to_json(), b.to_json(), "{} dumps differently twice", f.display());
        let services = if f.ends_with("three_services/input.wsdl") { 3 } else { 1 };
        assert_eq!(a.services.len(), services, "{}", f.display());
        assert!(a.primary_binding().is_some(), "{}", f.display());
        assert_eq!(unreachable_types(&a), Vec::<String>::new(), "{}: types no operation uses", f.display());
        let mut sorted = a.types.clone();
        sorted.sort_by(|x, y| x.name.cmp(&y.name));
        assert_eq!(sorted, a.types, "types are sorted");
    }
}

#[test]
fn extension() {
    let m = case("extension/input.wsdl");
    assert_eq!(m.name.as_deref(), Some("Extension"));
    assert_eq!(m.target_namespace, "urn:case-extension");
    assert_eq!(m.types.len(), 3);
    let thing = st(&m, "CThing");
    assert_eq!(thing.base, Some(QName::new("urn:case-extension", "CItem")));
    assert_eq!(field_names(thing), ["name", "count"], "own fields only");
    assert_eq!(st(&m, "CSpecialThing").base, Some(QName::new("urn:case-extension", "CThing")));
    assert_eq!(st(&m, "CItem").base, None);
    assert_eq!(ty(&m, "CItem").documentation.as_deref(), Some("Base of every record: its database id."));
    let get = op(&m, "getThing");
    assert_eq!(get.documentation.as_deref(), Some("Returns the thing with the given record id."));
    assert_eq!(get.soap_action, "urn:case-extension#getThing");
    assert_eq!(get.style, Style::Rpc);
    assert_eq!(get.input.use_, Use::Encoded);
    assert_eq!(get.input.namespace.as_deref(), Some("urn:case-extension"));
    assert_eq!(part_names(&get.input.parts), ["cookie", "recordID"]);
    let out = get.output.as_ref().expect("output");
    assert_eq!(out.parts[0].kind, PartKind::Type(QName::new("urn:case-extension", "CThing")));
    assert_eq!(prefixes(&m), [("tns", "urn:case-extension")]);
    assert_eq!(m.address_of(&m.bindings[0].name), Some("http://localhost:8080/extension"));
}

#[test]
fn soapenc_array() {
    let m = case("soapenc_array/input.wsdl");
    assert_eq!(m.types.len(), 4);
    let items = arr(&m, "ArrayOfCItem");
    assert_eq!(items.item, QName::new("urn:case-soapenc-array", "CItem"));
    assert_eq!(items.item_name, "item");
    assert!(items.soap_encoded);
    let strings = arr(&m, "ArrayOfstring");
    assert_eq!(strings.item, xsd("string"), "from wsdl:arrayType alone");
    assert_eq!(strings.item_name, "item");
    assert_eq!(arr(&m, "ArrayOflong").item, xsd("long"), "from the sequence alone");
    let tags = &st(&m, "CItem").fields[2];
    assert_eq!(tags.type_, QName::new("urn:case-soapenc-array", "ArrayOfstring"));
    assert_eq!(st(&m, "CItem").attributes, vec![], "SOAP-ENC attributes are not struct attributes");
}

#[test]
fn polymorphic_array() {
    let m = case("polymorphic_array/input.wsdl");
    let ns = "urn:case-polymorphic";
    assert_eq!(m.types.len(), 4);
    assert_eq!(arr(&m, "ArrayOfCField").item, QName::new(ns, "CField"));
    for sub in ["CStringField", "CIntegerField"] {
        assert_eq!(st(&m, sub).base, Some(QName::new(ns, "CField")), "{sub}");
        assert_eq!(field_names(st(&m, sub)), ["value"]);
    }
    // The schema's default namespace is XSD: `type="string"` is xsd:string.
    assert_eq!(st(&m, "CField").fields[0].type_, xsd("string"));
    assert_eq!(st(&m, "CIntegerField").fields[0].type_, xsd("int"));
    let get = op(&m, "getFields");
    assert_eq!(get.output.as_ref().expect("output").parts[0].kind, PartKind::Type(QName::new(ns, "ArrayOfCField")));
    assert_eq!(prefixes(&m), [("ttns", ns)]);
}

#[test]
fn enumeration() {
    let m = case("enumeration/input.wsdl");
    let ns = "urn:case-enumeration";
    assert_eq!(m.types.len(), 3);
    match &ty(&m, "Severity").kind {
        TypeKind::Enum(e) => {
            assert_eq!(e.base, xsd("string"));
            assert_eq!(e.values, ["low", "medium", "high", "Show Stopper", "n/a"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(ty(&m, "Severity").documentation.as_deref(), Some("How bad an issue is."));
    match &ty(&m, "Summary").kind {
        TypeKind::Simple(s) => assert_eq!(s.base, xsd("string")),
        other => panic!("{other:?}"),
    }
    assert_eq!(st(&m, "CIssue").fields[2].type_, QName::new(ns, "Severity"));
    let find = op(&m, "findIssue");
    assert_eq!(find.input.parts[1].kind, PartKind::Type(QName::new(ns, "Severity")));
}

#[test]
fn nillable() {
    let m = case("nillable/input.wsdl");
    let s = st(&m, "COptional");
    let got: Vec<(&str, u32, Option<u32>, bool)> =
        s.fields.iter().map(|f| (f.name.as_str(), f.min_occurs, f.max_occurs, f.nillable)).collect();
    assert_eq!(
        got,
        [
            ("requiredString", 1, Some(1), false),
            ("requiredNillableString", 1, Some(1), true),
            ("optionalString", 0, Some(1), true),
            ("requiredLong", 1, Some(1), false),
            ("optionalLong", 0, Some(1), false),
            ("nillableInt", 0, Some(1), true),
            ("requiredBoolean", 1, Some(1), false),
            ("optionalBoolean", 0, Some(1), false),
            ("optionalDouble", 0, Some(1), false),
            ("requiredPoint", 1, Some(1), false),
            ("optionalPoint", 0, Some(1), true),
        ]
    );
    assert_eq!(s.fields[9].type_, QName::new("urn:case-nillable", "CPoint"));
}

#[test]
fn xsd_all() {
    let m = case("xsd_all/input.wsdl");
    let s = st(&m, "AccountData");
    assert_eq!(s.compositor, Compositor::All);
    assert_eq!(field_names(s), ["id", "name", "real_name", "email"]);
    assert!(s.fields.iter().all(|f| f.min_occurs == 0 && f.max_occurs == Some(1)));
    assert_eq!(s.fields[0].type_, xsd("integer"));
    assert_eq!(op(&m, "getAccount").output.as_ref().expect("output").parts[0].name, "return");
}

#[test]
fn import_include() {
    let m = case("import_include/main.wsdl");
    let (main, types) = ("urn:case-import", "urn:case-import-types");
    let names: Vec<(&str, &str)> = m.types.iter().map(|t| (t.name.namespace.as_str(), t.name.name.as_str())).collect();
    assert_eq!(names, [(main, "CStatus"), (main, "CTicket"), (types, "CAudit"), (types, "CPerson")]);
    let ticket = st(&m, "CTicket");
    assert_eq!(ticket.fields[1].type_, QName::new(main, "CStatus"), "from the include");
    assert_eq!(ticket.fields[2].type_, QName::new(types, "CPerson"), "from the import");
    assert_eq!(ticket.fields[3].type_, QName::new(types, "CAudit"), "from the chameleon include");
    assert_eq!(st(&m, "CPerson").fields[0].type_, xsd("string"));
    assert_eq!(prefixes(&m), [("tns", main), ("types", types)]);
    let person = op(&m, "getPerson");
    assert_eq!(person.output.as_ref().expect("output").parts[0].kind, PartKind::Type(QName::new(types, "CPerson")));
}

#[test]
fn empty_soapaction() {
    let m = case("empty_soapaction/input.wsdl");
    assert!(m.types.is_empty());
    let actions: Vec<(&str, &str)> =
        m.bindings[0].operations.iter().map(|o| (o.name.as_str(), o.soap_action.as_str())).collect();
    assert_eq!(
        actions,
        [("formattedTextSupport", ""), ("ping", ""), ("getVersion", "urn:case-empty-soapaction#getVersion")]
    );
    assert!(op(&m, "ping").input.parts.is_empty());
    assert_eq!(prefixes(&m), [("tns", "urn:case-empty-soapaction")], "the rpc body namespace gets a prefix");
}

#[test]
fn keywords() {
    let m = case("keywords/input.wsdl");
    let ns = "urn:case-keywords";
    assert_eq!(m.types.len(), 2);
    assert_eq!(field_names(st(&m, "type")), ["self", "match"]);
    let d = st(&m, "CDefect");
    assert_eq!(field_names(d), ["type", "self", "match", "async", "m-pFileData", "summary", "Summary"]);
    assert_eq!(d.fields[0].type_, QName::new(ns, "type"));
    assert_eq!(d.fields[4].type_, xsd("base64Binary"));
    let c = op(&m, "cDefect");
    assert_eq!(part_names(&c.input.parts), ["cookie", "recordID", "recordid"]);
    assert_eq!(op(&m, "type").input.parts[0].kind, PartKind::Type(QName::new(ns, "type")));
}

#[test]
fn soap12() {
    let m = case("soap12/input.wsdl");
    let ns = "http://example.org/case-soap12/";
    let bindings: Vec<(&str, SoapVersion, Style)> =
        m.bindings.iter().map(|b| (b.name.name.as_str(), b.soap_version, b.style)).collect();
    assert_eq!(
        bindings,
        [("CalcSoap", SoapVersion::Soap11, Style::Document), ("CalcSoap12", SoapVersion::Soap12, Style::Document)],
        "the HTTP POST binding is skipped"
    );
    assert_eq!(m.primary_binding().map(|b| b.name.name.as_str()), Some("CalcSoap"));
    let ports: Vec<&str> = m.services[0].ports.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(ports, ["CalcSoap", "CalcSoap12"]);
    for b in &m.bindings {
        let mult = &b.operations[0];
        assert_eq!(mult.name, "Multiply");
        assert_eq!(mult.soap_action, "http://example.org/case-soap12/Multiply");
        assert_eq!(mult.style, Style::Document);
        assert_eq!(mult.input.use_, Use::Literal);
        assert_eq!(mult.input.namespace, None);
        assert_eq!(mult.documentation.as_deref(), Some("Multiplies two integers."));
        assert_eq!(mult.input.parts[0].kind, PartKind::Element(QName::new(ns, "Multiply")));
    }
    let e = m.element(&QName::new(ns, "Multiply")).expect("element");
    assert_eq!(e.type_, QName::new(ns, "Multiply"), "anonymous type named after its element");
    assert_eq!(field_names(st(&m, "Multiply")), ["a", "b"]);
    assert_eq!(m.element(&QName::new(ns, "int")).map(|e| e.type_.clone()), Some(xsd("int")));
    assert_eq!(m.types.len(), 4);
    assert_eq!(m.elements.len(), 5);
}

#[test]
fn unprefixed_qnames() {
    let m = case("unprefixed_qnames/input.wsdl");
    let ns = "urn:case-unprefixed";
    let b = m.primary_binding().expect("binding CartBinding, found by binding=\"CartBinding\"");
    assert_eq!(b.port_type, QName::new(ns, "CartPort"), "type=\"CartPort\" falls back to the target namespace");
    let add = op(&m, "Add");
    assert_eq!(add.input.message, QName::new(ns, "AddIn"));
    let kinds: Vec<&PartKind> = add.input.parts.iter().map(|p| &p.kind).collect();
    assert_eq!(kinds, [&PartKind::Type(QName::new(ns, "Basket")), &PartKind::Type(QName::new(ns, "Gift"))]);
    let basket = st(&m, "Basket");
    assert_eq!(basket.fields[0].type_, QName::new(ns, "Item"), "the schema's default namespace");
    assert_eq!(st(&m, "Gift").base, Some(QName::new(ns, "Item")), "no default namespace: the target namespace");
    assert_eq!(m.services[0].ports[0].binding, QName::new(ns, "CartBinding"));
}

#[test]
fn soap12_encoding() {
    let m = case("soap12_encoding/input.wsdl");
    let ns = "urn:case-soap12-encoding";
    assert_eq!(m.bindings.len(), 1);
    assert_eq!(m.bindings[0].soap_version, SoapVersion::Soap12);
    let strings = arr(&m, "ArrayOfString");
    assert_eq!((&strings.item, strings.soap_encoded), (&xsd("string"), true), "enc:arrayType, wsdl:arrayType");
    let items = arr(&m, "ArrayOfItem");
    assert_eq!((&items.item, items.soap_encoded), (&QName::new(ns, "Item"), true), "enc:itemType, wsdl:itemType");
    assert_eq!(op(&m, "ListItems").input.use_, Use::Encoded);
}

#[test]
fn three_services() {
    let m = case("three_services/input.wsdl");
    let bindings: Vec<(&str, SoapVersion)> =
        m.bindings.iter().map(|b| (b.name.name.as_str(), b.soap_version)).collect();
    assert_eq!(
        bindings,
        [
            ("OrdersSoap", SoapVersion::Soap11),
            ("OrdersSoap12", SoapVersion::Soap12),
            ("StockSoap", SoapVersion::Soap11)
        ],
        "the HTTP GET binding is skipped"
    );
    let services: Vec<(&str, Vec<&str>)> =
        m.services.iter().map(|s| (s.name.as_str(), s.ports.iter().map(|p| p.name.as_str()).collect())).collect();
    assert_eq!(
        services,
        [("OrderService", vec!["Soap", "Soap12"]), ("StockService", vec!["StockSoap"]), ("AuditService", vec!["Soap"])]
    );
}

#[test]
fn document_literal() {
    let m = case("document_literal/input.wsdl");
    let ns = "urn:case-document-literal";
    let names: Vec<&str> = m.types.iter().map(|t| t.name.name.as_str()).collect();
    assert_eq!(names, ["GetOrder", "GetOrderOptions", "GetOrderResponse", "Order", "OrderLine", "PutOrderResponse"]);
    let elements: Vec<&str> = m.elements.iter().map(|e| e.name.name.as_str()).collect();
    assert_eq!(elements, ["GetOrder", "GetOrderResponse", "Note", "Order", "PutOrderResponse"]);
    assert_eq!(st(&m, "GetOrder").fields[1].type_, QName::new(ns, "GetOrderOptions"));
    assert_eq!(st(&m, "GetOrder").fields[1].min_occurs, 0);
    let line = &st(&m, "Order").fields[2];
    assert_eq!((line.name.as_str(), line.min_occurs, line.max_occurs), ("line", 0, None), "a repeated element");
    assert!(matches!(ty(&m, "Order").kind, TypeKind::Struct(_)), "literal repetition is not an array type");
    let note = &st(&m, "OrderLine").fields[2];
    assert_eq!((note.name.as_str(), &note.type_, note.min_occurs), ("Note", &xsd("string"), 0), "element ref");
    assert_eq!(m.element(&QName::new(ns, "Order")).map(|e| &e.type_), Some(&QName::new(ns, "Order")));
    assert_eq!(m.bindings[0].style, Style::Document);
    assert_eq!(op(&m, "PutOrder").input.parts[0].kind, PartKind::Element(QName::new(ns, "Order")));
    assert_eq!(prefixes(&m), [("tns", ns)]);
    // elementFormDefault="qualified": every field is in the target namespace, the ref too.
    for t in ["GetOrder", "GetOrderOptions", "GetOrderResponse", "Order", "OrderLine", "PutOrderResponse"] {
        for f in &st(&m, t).fields {
            assert!(f.qualified && f.namespace == ns, "{t}.{}: {f:?}", f.name);
        }
    }
}

#[test]
fn mixed_use() {
    let m = case("mixed_use/input.wsdl");
    let ns = "urn:case-mixed-use";
    let b = m.primary_binding().expect("binding");
    let ops: Vec<(&str, Style, Use)> = b.operations.iter().map(|o| (o.name.as_str(), o.style, o.input.use_)).collect();
    assert_eq!(ops, [("Draw", Style::Document, Use::Literal), ("getDrawing", Style::Rpc, Use::Encoded)]);
    assert_eq!(st(&m, "Circle").base, Some(QName::new(ns, "Shape")));
    let drawing: Vec<(&str, bool, &str)> =
        st(&m, "Drawing").fields.iter().map(|f| (f.name.as_str(), f.qualified, f.namespace.as_str())).collect();
    assert_eq!(drawing, [("title", false, ""), ("shape", true, ns)], "form=\"unqualified\" overrides the default");
}

#[test]
fn dates_binary() {
    let m = case("dates_binary/input.wsdl");
    let s = st(&m, "CSample");
    let types: Vec<&str> = s.fields.iter().map(|f| f.type_.name.as_str()).collect();
    assert_eq!(types, ["date", "dateTime", "base64Binary", "decimal", "boolean", "byte", "short", "float", "double"]);
    assert!(s.fields.iter().all(|f| f.type_.namespace == ttsoap_codegen::model::XSD_NS));
    let echo = op(&m, "echoSample");
    let parts: Vec<PartKind> = echo.input.parts.iter().map(|p| p.kind.clone()).collect();
    assert_eq!(
        parts[1..],
        [PartKind::Type(xsd("dateTime")), PartKind::Type(xsd("date")), PartKind::Type(xsd("base64Binary"))]
    );
}
