//! Golden cases of WSDL shapes (unprefixed QNames, several bindings and services, SOAP 1.2
//! encoded arrays) compiled and exercised on the wire.

use ttsoap::envelope::{read_response, write_request, write_response};
use ttsoap::xml::ReadOptions;
use ttsoap::Operation;

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod unprefixed_qnames {
    include!("golden/unprefixed_qnames.rs");
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
