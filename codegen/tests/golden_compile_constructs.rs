//! Golden cases of XML Schema constructs (choice, group, attributes, simpleContent with
//! attributes, attributeGroup, xsd:any, substitution groups, and what is read only in part),
//! compiled and exercised: values are encoded, decoded back, and the wire text is checked.

#[path = "case_examples/mod.rs"]
mod case_examples;

use std::path::{Path, PathBuf};

use ttsoap::envelope::{read_response, write_request, write_response};
use ttsoap::xml::ReadOptions;
use ttsoap::{Decimal, Error, Operation, RawXml};

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod choice_group {
    include!("cases/choice_group/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod attributes {
    include!("cases/attributes/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod any_wildcard {
    include!("cases/any_wildcard/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod substitution_group {
    include!("cases/substitution_group/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod unsupported {
    include!("cases/unsupported/expected.rs");
}

fn case(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(name).join("input.wsdl")
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("UTF-8")
}

/// The response envelope of `O` around `body` (the Body's content), in `namespace`.
fn response_doc(namespace: &str, body: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" \
         xmlns:tns=\"{namespace}\"><soap:Body>{body}</soap:Body></soap:Envelope>"
    )
}

fn decode_response<O: Operation>(doc: &str) -> Result<O::Response, Error> {
    read_response(doc.as_bytes(), O::STYLE, O::RESPONSE_NAME, ReadOptions::strict())
}

#[test]
fn case_examples_round_trip() {
    case_examples::check::<choice_group::ops::Checkout>("choice_group");
    case_examples::check::<attributes::ops::PutItem>("attributes");
    case_examples::check::<any_wildcard::ops::Store>("any_wildcard");
    case_examples::check::<substitution_group::ops::Append>("substitution_group");
    case_examples::check::<unsupported::ops::Send>("unsupported");
}

// ---- choice_group ----

#[test]
fn a_choice_writes_only_the_chosen_element_and_groups_are_expanded() {
    use choice_group::ops::{Checkout, CheckoutResponse};
    use choice_group::types::{self as t, Customer, Payment, Shop};

    let op = Checkout {
        parameters: t::Checkout {
            customer: Customer {
                name: "Ann".into(),
                street: "Main St 1".into(),
                city: "Bern".into(),
                phone: vec!["+41 1".into(), "+41 2".into()],
                email: vec!["ann@example.com".into()],
            },
            payment: Payment { iban: Some("CH93".into()), ..Payment::default() },
            shop: Some(Shop { street: "Market 2".into(), city: "Basel".into() }),
        },
    };
    let wire = text(write_request(&op).unwrap());
    // The group's particles stand where the group was referenced, in both types.
    assert!(
        wire.contains("<tns:name>Ann</tns:name><tns:street>Main St 1</tns:street><tns:city>Bern</tns:city>"),
        "{wire}"
    );
    assert!(
        wire.contains("<tns:shop><tns:street>Market 2</tns:street><tns:city>Basel</tns:city></tns:shop>"),
        "{wire}"
    );
    // Only the chosen branch of the choice is written.
    assert!(wire.contains("<tns:payment><tns:iban>CH93</tns:iban></tns:payment>"), "{wire}");
    assert!(!wire.contains("card") && !wire.contains("voucher"), "{wire}");
    assert_eq!(case_examples::read_request::<Checkout>(wire.as_bytes()).unwrap(), op);

    // Whichever branch a peer chose decodes into its field.
    let doc = response_doc(
        "urn:case-choice-group",
        "<tns:CheckoutResponse><tns:payment><tns:voucher>42</tns:voucher></tns:payment></tns:CheckoutResponse>",
    );
    let back: CheckoutResponse = decode_response::<Checkout>(&doc).unwrap();
    assert_eq!(back.parameters.payment, Payment { voucher: Some(42), ..Payment::default() });
}

#[test]
fn a_repeating_choice_collects_each_branch() {
    use choice_group::ops::Checkout;
    let doc =
        br#"<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tns="urn:case-choice-group">
      <soap:Body><tns:Checkout><tns:customer><tns:name>B</tns:name><tns:street>s</tns:street><tns:city>c</tns:city>
      <tns:email>a@x</tns:email><tns:phone>1</tns:phone><tns:email>b@x</tns:email></tns:customer>
      <tns:payment><tns:card>4111</tns:card></tns:payment></tns:Checkout></soap:Body></soap:Envelope>"#;
    let op: Checkout = case_examples::read_request(doc).unwrap();
    assert_eq!(op.parameters.customer.email, ["a@x", "b@x"]);
    assert_eq!(op.parameters.customer.phone, ["1"]);
    assert_eq!(op.parameters.payment.card.as_deref(), Some("4111"));
}

// ---- attributes ----

fn price(currency: &str, value: &str) -> attributes::types::Price {
    attributes::types::Price { currency: currency.into(), value: Decimal::parse(value).unwrap() }
}

#[test]
fn attributes_and_attribute_groups_are_written_on_the_element() {
    use attributes::ops::PutItem;
    use attributes::types::{self as t, Discount, Item};

    let item = Item {
        id: "7".into(),
        status: None,
        lang: Some("de".into()),
        by: "ann & bob".into(),
        at: Some("2024-02-29T10:00:00Z".into()),
        name: "Tisch".into(),
        price: price("CHF", "120.50"),
        discount: Some(Discount {
            currency: "CHF".into(),
            reason: Some("sale".into()),
            value: Decimal::parse("10").unwrap(),
        }),
    };
    let op = PutItem { parameters: t::PutItem { item: item.clone() } };
    let wire = text(write_request(&op).unwrap());
    // Declared order; an absent optional attribute is not written; values are escaped.
    assert!(
        wire.contains(
            "<tns:item id=\"7\" xml:lang=\"de\" by=\"ann &amp; bob\" at=\"2024-02-29T10:00:00Z\"><tns:name>Tisch</tns:name>"
        ),
        "{wire}"
    );
    // simpleContent: the text is the value, the attributes (inherited ones first) are on it.
    assert!(wire.contains("<tns:price currency=\"CHF\">120.50</tns:price>"), "{wire}");
    assert!(wire.contains("<tns:discount currency=\"CHF\" reason=\"sale\">10</tns:discount>"), "{wire}");
    let back = case_examples::read_request::<PutItem>(wire.as_bytes()).unwrap();
    assert_eq!(back.parameters.item, item);
}

#[test]
fn simple_content_with_attributes_decodes_and_required_attributes_are_checked() {
    use attributes::ops::PutItem;
    let doc = response_doc(
        "urn:case-attributes",
        "<tns:PutItemResponse><tns:total currency=\"EUR\">9.50</tns:total></tns:PutItemResponse>",
    );
    let back = decode_response::<PutItem>(&doc).unwrap();
    assert_eq!(back.parameters.total, price("EUR", "9.50"));
    let again = text(write_response::<PutItem>(&back).unwrap());
    assert!(again.contains("<tns:total currency=\"EUR\">9.50</tns:total>"), "{again}");

    // Strict reading names a missing required attribute.
    let doc =
        response_doc("urn:case-attributes", "<tns:PutItemResponse><tns:total>9.50</tns:total></tns:PutItemResponse>");
    let err = decode_response::<PutItem>(&doc).unwrap_err().to_string();
    assert!(err.contains("currency"), "{err}");
    // Lenient reading takes it as empty.
    let lenient: attributes::ops::PutItemResponse =
        read_response(doc.as_bytes(), PutItem::STYLE, PutItem::RESPONSE_NAME, ReadOptions::default()).unwrap();
    assert_eq!(lenient.parameters.total, price("", "9.50"));
}

#[test]
fn a_forbidden_character_in_an_attribute_is_an_encode_error() {
    use attributes::ops::PutItem;
    let mut op = PutItem::default();
    op.parameters.item.by = "a\u{1}b".into();
    let err = write_request(&op).unwrap_err().to_string();
    assert!(err.contains("by"), "{err}");
}

// ---- any_wildcard ----

#[test]
fn a_wildcard_keeps_unknown_children_as_raw_xml() {
    use any_wildcard::ops::Store;
    use any_wildcard::types::Bag;
    let doc = response_doc(
        "urn:case-any-wildcard",
        "<tns:StoreResponse><tns:bag><tns:kind>box</tns:kind>\
         <o:extra xmlns:o=\"urn:other\" o:n=\"1\">one<o:deep/></o:extra><o:more xmlns:o=\"urn:other\"/>\
         <tns:count>2</tns:count></tns:bag></tns:StoreResponse>",
    );
    let back = decode_response::<Store>(&doc).unwrap();
    let bag = &back.parameters.bag;
    assert_eq!((bag.kind.as_str(), bag.count), ("box", 2));
    let raw: Vec<&str> = bag.any.iter().map(|r| r.xml.as_str()).collect();
    assert_eq!(
        raw,
        ["<o:extra xmlns:o=\"urn:other\" o:n=\"1\">one<o:deep/></o:extra>", "<o:more xmlns:o=\"urn:other\"/>"]
    );

    // Written back in place of the wildcard, as they came.
    let op = Store { parameters: any_wildcard::types::Store { bag: bag.clone() } };
    let wire = text(write_request(&op).unwrap());
    assert!(
        wire.contains(
            "<tns:bag><tns:kind>box</tns:kind><o:extra xmlns:o=\"urn:other\" o:n=\"1\">one<o:deep/></o:extra>\
             <o:more xmlns:o=\"urn:other\"/><tns:count>2</tns:count></tns:bag>"
        ),
        "{wire}"
    );
    let bag2 = Bag { any: vec![RawXml::new("", "<x:y xmlns:x=\"urn:x\">z</x:y>")], ..bag.clone() };
    let op = Store { parameters: any_wildcard::types::Store { bag: bag2.clone() } };
    let back = case_examples::read_request::<Store>(&write_request(&op).unwrap()).unwrap();
    assert_eq!(back.parameters.bag, bag2);
}

// ---- substitution_group ----

#[test]
fn substitution_group_members_are_accepted_in_place_of_the_head() {
    use substitution_group::ops::Append;
    use substitution_group::types::{AnyEventType, EventType};
    let doc = response_doc(
        "urn:case-substitution-group",
        "<tns:AppendResponse><tns:log>\
         <tns:Event><tns:text>e</tns:text></tns:Event>\
         <tns:Alert><tns:text>a</tns:text></tns:Alert>\
         <tns:Notice><tns:text>n</tns:text></tns:Notice>\
         </tns:log></tns:AppendResponse>",
    );
    let back = decode_response::<Append>(&doc).unwrap_or_else(|e| panic!("{e}"));
    let texts: Vec<&str> = back
        .parameters
        .log
        .event
        .iter()
        .map(|e| match e {
            AnyEventType::EventType(EventType { text }) => text.as_str(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(texts, ["e", "a", "n"]);

    let model = ttsoap_codegen::Builder::new().wsdl(case("substitution_group")).model().unwrap();
    let log = model.types.iter().find(|t| t.name.name == "Log").unwrap();
    let ttsoap_codegen::model::TypeKind::Struct(s) = &log.kind else { panic!() };
    assert_eq!(s.fields[0].substitutes, ["Alert", "Incident", "Notice"]);
    // A member of another type is read with the head's type: reported, with file and line.
    let warnings: Vec<String> = model.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("input.wsdl:31:") && warnings[0].contains("member Incident"), "{warnings:?}");
}

// ---- unsupported ----

#[test]
fn what_is_read_in_part_is_reported_with_file_and_line() {
    let path = case("unsupported");
    let model = ttsoap_codegen::Builder::new().wsdl(&path).model().unwrap();
    let got: Vec<(Option<u64>, &str)> = model.warnings.iter().map(|w| (w.line, w.construct.as_str())).collect();
    assert_eq!(got, [(Some(11), "mixed=\"true\" on complexType Note"), (Some(16), "xsd:anyAttribute in type Note")]);
    assert!(model.warnings.iter().all(|w| w.path == path));
    // The rest of the type is generated and works.
    let note = unsupported::types::Note { kind: Some("k".into()), b: Some("bold".into()) };
    let op = unsupported::ops::Send { parameters: unsupported::types::Send { note: note.clone() } };
    let back = case_examples::read_request::<unsupported::ops::Send>(&write_request(&op).unwrap()).unwrap();
    assert_eq!(back.parameters.note, note);

    // The CLI prints each warning on stderr.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ttsoap-codegen")).arg("ir").arg(&path).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("warning: {}:16: xsd:anyAttribute in type Note", path.display())), "{stderr}");
    assert!(stderr.contains(":11: mixed=\"true\""), "{stderr}");
    // A case without such constructs has none.
    let clean = ttsoap_codegen::Builder::new().wsdl(case("attributes")).model().unwrap();
    assert_eq!(clean.warnings, []);
}

/// These cases record their WSDL and port address too (see `golden_compile.rs`).
#[test]
fn construct_cases_record_their_wsdl_and_address() {
    let cases = [
        ("choice_group", choice_group::WSDL, choice_group::CHOICE_GROUP_PORT_ADDRESS),
        ("attributes", attributes::WSDL, attributes::ATTRIBUTES_PORT_ADDRESS),
        ("any_wildcard", any_wildcard::WSDL, any_wildcard::ANY_WILDCARD_PORT_ADDRESS),
        ("substitution_group", substitution_group::WSDL, substitution_group::SUBSTITUTION_GROUP_PORT_ADDRESS),
        ("unsupported", unsupported::WSDL, unsupported::UNSUPPORTED_PORT_ADDRESS),
    ];
    for (name, info, address) in cases {
        assert_eq!((info.name, info.operations), ("input.wsdl", 1), "{name}");
        assert_eq!(info.sha256, ttsoap_codegen::lock::sha256_hex(&std::fs::read(case(name)).unwrap()), "{name}");
        assert_eq!(address, format!("http://127.0.0.1:1/{name}"));
    }
}
