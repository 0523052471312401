//! Golden cases of WSDL shapes (unprefixed QNames, several bindings and services, SOAP 1.2
//! encoded arrays) compiled and exercised on the wire.

use ttsoap::envelope::{read_response, write_request, write_response};
use ttsoap::xml::ReadOptions;
use ttsoap::Operation;

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod unprefixed_qnames {
    include!("golden/unprefixed_qnames.rs");
}

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod soap12_encoding {
    include!("golden/soap12_encoding.rs");
}

// ---- unprefixed_qnames ----

#[test]
fn unprefixed_qnames_resolve_to_the_target_namespace() {
    use unprefixed_qnames::ops::{Add, AddResponse};
    use unprefixed_qnames::types::{AnyItem, Basket, Gift, Item};

    assert_eq!((unprefixed_qnames::WSDL.name, unprefixed_qnames::WSDL.operations), ("unprefixed_qnames.wsdl", 1));
    assert_eq!(Add::NAMESPACE, "urn:case-unprefixed");
    assert_eq!(Add::SOAP_ACTION, "/cart/Add");
    let item = AnyItem::Item(Item { name: "pen".into(), price: 1.5 });
    let gift = Gift { name: "box".into(), price: 2.0, wrapped: true };
    let add = Add { basket: Basket { first: item, count: 2 }, gift };
    let text = String::from_utf8(write_request(&add).unwrap()).unwrap();
    // Gift's base and Basket's field were written without a prefix and are the schema's types.
    assert!(text.contains("<basket xsi:type=\"ns1:Basket\"><first xsi:type=\"ns1:Item\">"), "{text}");
    assert!(text.contains("xmlns:ns1=\"urn:case-unprefixed\""), "{text}");
    assert!(text.contains("<gift xsi:type=\"ns1:Gift\"><name xsi:type=\"xsd:string\">box</name>"), "{text}");
    let resp = write_response::<Add>(&AddResponse { return_: 3 }).unwrap();
    let back: AddResponse = read_response(&resp, Add::STYLE, Add::RESPONSE_NAME, ReadOptions::strict()).unwrap();
    assert_eq!(back.return_, 3);
}

// ---- soap12_encoding ----

#[test]
fn soap12_encoded_arrays_round_trip() {
    use soap12_encoding::ops::{ListItems, ListItemsResponse};
    use soap12_encoding::types::Item;

    assert_eq!((soap12_encoding::WSDL.name, soap12_encoding::WSDL.operations), ("soap12_encoding.wsdl", 1));
    assert!(ListItems::ENCODED);
    let text = String::from_utf8(write_request(&ListItems { tags: vec!["a".into(), "b".into()] }).unwrap()).unwrap();
    assert!(text.contains("SOAP-ENC:arrayType=\"xsd:string[2]\""), "{text}");
    let items = vec![Item { id: 1, label: "one".into() }, Item { id: 2, label: "two".into() }];
    let resp = write_response::<ListItems>(&ListItemsResponse { items: items.clone() }).unwrap();
    let back: ListItemsResponse = read_response(&resp, ListItems::STYLE, "ListItemsResponse", ReadOptions::strict()).unwrap();
    assert_eq!(back.items, items);
}

#[test]
fn soap12_encoded_arrays_are_read_as_a_soap12_peer_writes_them() {
    use soap12_encoding::ops::ListItemsResponse;
    use soap12_encoding::types::Item;

    // A SOAP 1.2 envelope whose array says its items' type and count with enc:itemType and
    // enc:arraySize (SOAP 1.2 part 2, section 3.1.6).
    let doc = br#"<?xml version="1.0"?>
<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
  xmlns:enc="http://www.w3.org/2003/05/soap-encoding" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:tns="urn:case-soap12-encoding">
 <env:Body>
  <tns:ListItemsResponse env:encodingStyle="http://www.w3.org/2003/05/soap-encoding">
   <items enc:itemType="tns:Item" enc:arraySize="2">
    <item><id xsi:type="xsd:int">1</id><label xsi:type="xsd:string">one</label></item>
    <item><id xsi:type="xsd:int">2</id><label xsi:type="xsd:string">two</label></item>
   </items>
  </tns:ListItemsResponse>
 </env:Body>
</env:Envelope>"#;
    let back: ListItemsResponse = read_response(doc, ttsoap::Style::Rpc, "ListItemsResponse", ReadOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.items, [Item { id: 1, label: "one".into() }, Item { id: 2, label: "two".into() }]);
}
