//! The checked-in `testtrack` crate against the model the generator builds from
//! `wsdl/ttsoapcgi.wsdl`: every operation is there with the right names, SOAPAction, style
//! and response name, and every struct, enumeration and polymorphic family is visited by
//! `types::for_each_type`.

use std::collections::BTreeSet;
use std::path::Path;

use ttsoap::encoding::{Decode, Encode, TypeVisitor};
use ttsoap::operation::{Operation, OperationVisitor, Style};
use ttsoap_codegen::model::{Model, Style as ModelStyle, TypeKind, Use};

/// `grep -c '<operation name=' wsdl/ttsoapcgi.wsdl` gives 322: 161 in the portType and 161
/// in the binding.
const OPERATIONS: usize = 161;

/// Operations whose binding declares `soapAction=""`.
const EMPTY_SOAP_ACTION: [&str; 5] =
    ["formattedTextSupport", "promoteUser", "addGlobalUser", "promoteCustomer", "addGlobalCustomer"];

fn model() -> Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../wsdl/ttsoapcgi.wsdl");
    ttsoap_codegen::load(&path, &Default::default()).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[derive(Debug, PartialEq)]
struct OpInfo {
    name: &'static str,
    namespace: &'static str,
    soap_action: &'static str,
    response_name: &'static str,
    style: Style,
    encoded: bool,
}

#[derive(Default)]
struct Ops(Vec<OpInfo>);

impl OperationVisitor for Ops {
    fn visit<O: Operation + std::fmt::Debug + PartialEq + Clone + 'static>(&mut self)
    where
        O::Response: std::fmt::Debug + PartialEq + Clone + 'static,
    {
        self.0.push(OpInfo {
            name: O::NAME,
            namespace: O::NAMESPACE,
            soap_action: O::SOAP_ACTION,
            response_name: O::RESPONSE_NAME,
            style: O::STYLE,
            encoded: O::ENCODED,
        });
    }
}

fn generated_ops() -> Vec<OpInfo> {
    let mut v = Ops::default();
    testtrack::ops::for_each_operation(&mut v);
    v.0
}

#[test]
fn every_operation_is_generated() {
    let ops = generated_ops();
    assert_eq!(ops.len(), OPERATIONS);
    let m = model();
    let binding = m.primary_binding().expect("a SOAP binding");
    assert_eq!(binding.operations.len(), OPERATIONS, "the model agrees with the WSDL text");
    let names: BTreeSet<&str> = ops.iter().map(|o| o.name).collect();
    assert_eq!(names.len(), OPERATIONS, "operation names are unique");
    for (g, o) in ops.iter().zip(&binding.operations) {
        assert_eq!(g.name, o.name, "operations are visited in WSDL order");
        assert_eq!(g.soap_action, o.soap_action, "{}", o.name);
        assert_eq!(g.response_name, format!("{}Response", o.name), "{}", o.name);
        assert_eq!(Some(g.namespace), o.input.namespace.as_deref(), "{}", o.name);
        assert_eq!(g.namespace, "urn:testtrack-interface", "{}", o.name);
        assert_eq!(g.style == Style::Rpc, o.style == ModelStyle::Rpc, "{}", o.name);
        assert_eq!(g.style, Style::Rpc, "{}", o.name);
        assert_eq!(g.encoded, o.input.use_ == Use::Encoded, "{}", o.name);
        assert!(g.encoded, "{}", o.name);
        assert!(o.output.is_some(), "{} has a response", o.name);
    }
}

#[test]
fn empty_soap_actions() {
    let ops = generated_ops();
    let empty: Vec<&str> = ops.iter().filter(|o| o.soap_action.is_empty()).map(|o| o.name).collect();
    assert_eq!(empty, EMPTY_SOAP_ACTION);
    use testtrack::ops::{AddGlobalCustomer, AddGlobalUser, FormattedTextSupport, PromoteCustomer, PromoteUser};
    assert_eq!(FormattedTextSupport::SOAP_ACTION, "");
    assert_eq!(PromoteUser::SOAP_ACTION, "");
    assert_eq!(AddGlobalUser::SOAP_ACTION, "");
    assert_eq!(PromoteCustomer::SOAP_ACTION, "");
    assert_eq!(AddGlobalCustomer::SOAP_ACTION, "");
    // The others are non-empty (TestTrack's are `urn:testtrack-interface#<name>`).
    for o in ops.iter().filter(|o| !o.soap_action.is_empty()) {
        assert_eq!(o.soap_action, format!("urn:testtrack-interface#{}", o.name), "{}", o.name);
    }
}

#[derive(Default)]
struct Types(Vec<String>);

impl TypeVisitor for Types {
    fn visit<T: Encode + Decode + Default + Clone + PartialEq + std::fmt::Debug + 'static>(&mut self, xml_name: &str) {
        self.0.push(xml_name.to_string());
    }
}

#[test]
fn every_struct_enum_and_family_is_visited() {
    let mut v = Types::default();
    testtrack::types::for_each_type(&mut v);
    let visited: BTreeSet<String> = v.0.iter().cloned().collect();
    assert_eq!(visited.len(), v.0.len(), "each type is visited once: {:?}", v.0);

    let m = model();
    let mut want = BTreeSet::new();
    let mut bases = BTreeSet::new();
    for t in &m.types {
        if let TypeKind::Struct(s) = &t.kind {
            if let Some(b) = &s.base {
                if !b.is_builtin() {
                    bases.insert(b.name.clone());
                }
            }
        }
    }
    let (mut structs, mut enums) = (0, 0);
    for t in &m.types {
        match &t.kind {
            TypeKind::Struct(_) => {
                structs += 1;
                want.insert(t.name.name.clone());
                if bases.contains(&t.name.name) {
                    want.insert(format!("{}(any)", t.name.name));
                }
            }
            TypeKind::Enum(_) => {
                enums += 1;
                want.insert(t.name.name.clone());
            }
            TypeKind::Array(_) | TypeKind::Simple(_) => {}
        }
    }
    let missing: Vec<&String> = want.difference(&visited).collect();
    let extra: Vec<&String> = visited.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "not visited: {missing:?}; visited but not in the model: {extra:?}"
    );
    // The WSDL's comment says 61 structures; the families are the structs something extends.
    assert_eq!(structs, 61, "structs in the model");
    assert_eq!(enums, 0, "the TestTrack WSDL declares no enumerations");
    assert_eq!(visited.len(), structs + bases.len());
}
