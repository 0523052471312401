//! Compiles and exercises the goldens of the recursive cases (`recursive_direct`: a type that
//! contains itself; `recursive_indirect`: two types that contain each other, and a family
//! whose subtype contains the base): `Default` must terminate, nested values must decode and
//! round trip, and deeply nested input must stop at the reader's depth limit with an error.

#[path = "case_examples/mod.rs"]
mod case_examples;

use std::fmt::Debug;

use ttsoap::envelope::{first_in_body, open_body};
use ttsoap::xml::ReadOptions;
use ttsoap::{Decode, DecodeError, Encode};

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod recursive_direct {
    include!("cases/recursive_direct/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod recursive_indirect {
    include!("cases/recursive_indirect/expected.rs");
}

/// Calls `T::default()` for every type and round trips it through the encoder and decoder.
struct Defaults {
    names: Vec<String>,
}

impl ttsoap::encoding::TypeVisitor for Defaults {
    fn visit<T: Encode + Decode + Default + Clone + PartialEq + Debug + 'static>(&mut self, xml_name: &str) {
        let v = T::default();
        let text = encode(&v);
        let back: T = decode(&text, ReadOptions::default()).unwrap_or_else(|e| panic!("{xml_name}: {e} in {text}"));
        assert_eq!(back, v, "{xml_name}: default round trip through {text}");
        self.names.push(xml_name.to_string());
    }
}

#[test]
fn recursive_defaults_terminate_and_round_trip() {
    let mut v = Defaults { names: Vec::new() };
    recursive_direct::types::for_each_type(&mut v);
    recursive_indirect::types::for_each_type(&mut v);
    assert_eq!(
        v.names,
        ["CNode", "CBranch", "CForest", "CGroup", "CShape", "CShape(any)", "CSquare", "CTree"],
        "every struct and family is visited"
    );
}

fn encode<T: Encode>(v: &T) -> String {
    let mut w = ttsoap::xml::XmlWriter::new();
    v.encode("v", &ttsoap::TypeInfo::named("xsd:anyType"), &mut w);
    w.as_str().to_string()
}

/// Decodes `fragment` (the first element of a SOAP Body) as a `T`.
fn decode<T: Decode>(fragment: &str, opts: ReadOptions) -> Result<T, DecodeError> {
    let doc = format!(
        "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" \
         xmlns:tns=\"urn:case-recursive-indirect\">\
         <SOAP-ENV:Body>{fragment}</SOAP-ENV:Body></SOAP-ENV:Envelope>"
    );
    let (mut r, body) = open_body(doc.as_bytes(), opts)?;
    let el = first_in_body(&mut r, &body)?.expect("an element in the Body");
    r.decode(el)
}

#[test]
fn required_self_reference_is_an_optional_box() {
    use recursive_direct::types::CNode;
    let n = CNode::default();
    assert_eq!((n.value, &n.next, &n.other, &n.nil_node), (0, &None, &None, &None));
    // `None` in the required-but-recursive field is not written; the nillable one is xsi:nil.
    let text = encode(&n);
    assert!(!text.contains("<next"), "{text}");
    assert!(text.contains("<nilNode xsi:nil=\"true\"/>"), "{text}");
}

#[test]
fn nested_self_references_decode_and_round_trip() {
    use recursive_direct::types::CNode;
    let fragment = "<v><value>1</value>\
                      <next><value>2</value><next><value>3</value><nilNode xsi:nil=\"true\"/></next>\
                      <nilNode xsi:nil=\"true\"/></next>\
                      <other><value>4</value><nilNode xsi:nil=\"true\"/></other>\
                      <nilNode><value>5</value><nilNode xsi:nil=\"true\"/></nilNode></v>";
    let leaf = |value| CNode { value, ..CNode::default() };
    let expected = CNode {
        value: 1,
        next: Some(Box::new(CNode { value: 2, next: Some(Box::new(leaf(3))), ..CNode::default() })),
        other: Some(Box::new(leaf(4))),
        nil_node: Some(Box::new(leaf(5))),
    };
    let got: CNode = decode(fragment, ReadOptions::strict()).expect("decodes");
    assert_eq!(got, expected);
    let back: CNode = decode(&encode(&got), ReadOptions::strict()).expect("round trip");
    assert_eq!(back, expected);
    // Operations carry it both ways.
    use ttsoap::envelope::{read_response, write_response};
    use ttsoap::Operation;
    let resp = recursive_direct::ops::EchoNodeResponse { value: expected.clone() };
    let bytes = write_response::<recursive_direct::ops::EchoNode>(&resp).unwrap();
    let back: recursive_direct::ops::EchoNodeResponse = read_response(
        &bytes,
        recursive_direct::ops::EchoNode::STYLE,
        recursive_direct::ops::EchoNode::RESPONSE_NAME,
        ReadOptions::strict(),
    )
    .expect("response decodes");
    assert_eq!(back, resp);
}

#[test]
fn mutually_recursive_types_and_families_decode() {
    use recursive_indirect::types::{AnyCShape, CBranch, CForest, CGroup, CSquare, CTree};
    let fragment = "<v xsi:type=\"tns:CForest\">\
          <tree><name>a</name><branch><weight>1</weight>\
            <tree><name>b</name><branch><weight>2</weight></branch></tree>\
          </branch></tree>\
          <shape xsi:type=\"tns:CGroup\"><label>g</label>\
            <first xsi:type=\"tns:CGroup\"><label>h</label>\
              <first xsi:type=\"tns:CSquare\"><label>s</label><side>3</side></first>\
            </first>\
          </shape></v>";
    let inner_tree = CTree { name: "b".into(), branch: Some(Box::new(CBranch { weight: 2, tree: None })) };
    let expected = CForest {
        tree: CTree {
            name: "a".into(),
            branch: Some(Box::new(CBranch { weight: 1, tree: Some(Box::new(inner_tree)) })),
        },
        shape: AnyCShape::CGroup(CGroup {
            label: "g".into(),
            first: Some(Box::new(AnyCShape::CGroup(CGroup {
                label: "h".into(),
                first: Some(Box::new(AnyCShape::CSquare(CSquare { label: "s".into(), side: 3 }))),
            }))),
        }),
    };
    let got: CForest = decode(fragment, ReadOptions::default()).expect("decodes");
    assert_eq!(got, expected);
    let back: CForest = decode(&encode(&got), ReadOptions::default()).expect("round trip");
    assert_eq!(back, expected);
    // The family's default is its first concrete member, and terminates.
    assert_eq!(AnyCShape::default(), AnyCShape::CGroup(CGroup { label: String::new(), first: None }));
}

#[test]
fn deeply_nested_recursive_input_is_a_depth_error() {
    use recursive_direct::types::CNode;
    let levels = 100_000;
    let mut fragment = String::from("<v><value>0</value>");
    for _ in 0..levels {
        fragment.push_str("<next><value>1</value>");
    }
    for _ in 0..levels {
        fragment.push_str("</next>");
    }
    fragment.push_str("</v>");
    for opts in [ReadOptions::default(), ReadOptions::strict()] {
        match decode::<CNode>(&fragment, opts) {
            Err(DecodeError::Malformed { message, .. }) => {
                assert!(message.contains("nested deeper than"), "{message}")
            }
            other => panic!("expected the depth limit's error, got {:?}", other.map(|_| "a value")),
        }
    }
    // Within the limit, it decodes.
    let mut ok = String::from("<v><value>0</value>");
    ok.push_str(&"<next><value>1</value>".repeat(50));
    ok.push_str(&"</next>".repeat(50));
    ok.push_str("</v>");
    let mut n: CNode = decode(&ok, ReadOptions::default()).expect("50 levels decode");
    let mut depth = 0;
    while let Some(next) = n.next {
        n = *next;
        depth += 1;
    }
    assert_eq!(depth, 50);
}

/// These cases record their WSDL too (see `golden_compile.rs`).
#[test]
fn recursive_cases_record_their_wsdl() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    for (file, info) in [
        ("recursive_direct/input.wsdl", recursive_direct::WSDL),
        ("recursive_indirect/input.wsdl", recursive_indirect::WSDL),
    ] {
        assert_eq!(info.name, "input.wsdl");
        assert_eq!(info.sha256, ttsoap_codegen::lock::sha256_hex(&std::fs::read(dir.join(file)).unwrap()));
    }
}

#[test]
fn port_addresses_are_constants() {
    assert_eq!(recursive_direct::RECURSIVE_DIRECT_ADDRESS, "http://localhost:8080/recursive-direct");
    assert_eq!(recursive_indirect::RECURSIVE_INDIRECT_ADDRESS, "http://localhost:8080/recursive-indirect");
}

/// Each case's `request.xml` and `response.xml` decode and encode back to the same bytes.
#[test]
fn case_examples_round_trip() {
    case_examples::check::<recursive_direct::ops::EchoNode>("recursive_direct");
    case_examples::check::<recursive_indirect::ops::EchoForest>("recursive_indirect");
}
