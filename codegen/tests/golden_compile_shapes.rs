//! Golden cases of WSDL shapes (unprefixed QNames, several bindings and services, SOAP 1.2
//! encoded arrays) compiled and exercised on the wire.

#[path = "case_examples/mod.rs"]
mod case_examples;

#[path = "../../crates/ttsoap/tests/support/mod.rs"]
mod support;

use ttsoap::envelope::{read_response, write_request, write_response};
use ttsoap::xml::ReadOptions;
use ttsoap::Operation;

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod unprefixed_qnames {
    include!("cases/unprefixed_qnames/expected.rs");
}

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod soap12_encoding {
    include!("cases/soap12_encoding/expected.rs");
}

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod three_services {
    include!("cases/three_services/expected.rs");
}

// ---- unprefixed_qnames ----

#[test]
fn unprefixed_qnames_resolve_to_the_target_namespace() {
    use unprefixed_qnames::ops::{Add, AddResponse};
    use unprefixed_qnames::types::{AnyItem, Basket, Gift, Item};

    assert_eq!((unprefixed_qnames::WSDL.name, unprefixed_qnames::WSDL.operations), ("input.wsdl", 1));
    assert_eq!(unprefixed_qnames::CART_PORT_ADDRESS, "http://127.0.0.1:1/cart/api", "binding=\"CartBinding\" resolved");
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

    assert_eq!((soap12_encoding::WSDL.name, soap12_encoding::WSDL.operations), ("input.wsdl", 1));
    assert_eq!(soap12_encoding::LIST_SOAP12_ADDRESS, "http://127.0.0.1:1/list");
    let text = String::from_utf8(write_request(&ListItems { tags: vec!["a".into(), "b".into()] }).unwrap()).unwrap();
    // SOAP 1.2 encoding (part 2, section 3.1.6): item type and size in the 2003/05 namespace,
    // not SOAP 1.1's `arrayType="xsd:string[2]"`.
    assert!(
        text.contains("<tags xsi:type=\"tns:ArrayOfString\" enc:itemType=\"xsd:string\" enc:arraySize=\"2\">"),
        "{text}"
    );
    assert!(text.contains("xmlns:enc=\"http://www.w3.org/2003/05/soap-encoding\""), "{text}");
    assert!(!text.contains("arrayType"), "{text}");
    assert!(
        text.contains("SOAP-ENV:encodingStyle=\"http://www.w3.org/2003/05/soap-encoding\""),
        "use=\"encoded\": {text}"
    );
    let items = vec![Item { id: 1, label: "one".into() }, Item { id: 2, label: "two".into() }];
    let resp = write_response::<ListItems>(&ListItemsResponse { items: items.clone() }).unwrap();
    let resp_text = String::from_utf8(resp.clone()).unwrap();
    assert!(resp_text.contains("enc:itemType=\"tns:Item\" enc:arraySize=\"2\""), "{resp_text}");
    let back: ListItemsResponse =
        read_response(&resp, ListItems::STYLE, "ListItemsResponse", ReadOptions::strict()).unwrap();
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

#[test]
fn soap12_envelopes_with_soap11_array_annotations_still_decode() {
    use soap12_encoding::ops::ListItemsResponse;
    use soap12_encoding::types::Item;

    // Some SOAP 1.2 peers keep SOAP 1.1's `arrayType` form; it is read alike.
    let doc = br#"<?xml version="1.0"?>
<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
  xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:tns="urn:case-soap12-encoding">
 <env:Body>
  <tns:ListItemsResponse env:encodingStyle="http://www.w3.org/2003/05/soap-encoding">
   <items SOAP-ENC:arrayType="tns:Item[1]"><item><id>7</id><label>seven</label></item></items>
  </tns:ListItemsResponse>
 </env:Body>
</env:Envelope>"#;
    let back: ListItemsResponse = read_response(doc, ttsoap::Style::Rpc, "ListItemsResponse", ReadOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.items, [Item { id: 7, label: "seven".into() }]);
}

// ---- three_services ----

#[test]
fn every_port_has_its_address() {
    use three_services::*;
    assert_eq!(ORDER_SERVICE_SOAP_ADDRESS, "http://127.0.0.1:1/orders/soap11");
    assert_eq!(SOAP12_ADDRESS, "http://127.0.0.1:1/orders/soap12");
    assert_eq!(STOCK_SOAP_ADDRESS, "http://127.0.0.1:1/stock");
    assert_eq!(AUDIT_SERVICE_SOAP_ADDRESS, "http://127.0.0.1:1/audit/orders");
    assert_eq!((WSDL.name, WSDL.operations), ("input.wsdl", 1), "the primary binding's operations");
}

#[test]
fn every_binding_has_its_messages() {
    use three_services::ops::{GetOrder, GetStock, OrdersSoap12GetOrder};
    // The SOAP 1.2 twin of OrdersSoap: the same operation on the wire, under a prefixed name.
    assert_eq!(
        (OrdersSoap12GetOrder::NAME, OrdersSoap12GetOrder::SOAP_ACTION),
        (GetOrder::NAME, GetOrder::SOAP_ACTION)
    );
    // The same message, in the SOAP 1.2 envelope and encodingStyle.
    let twin = String::from_utf8(write_request(&OrdersSoap12GetOrder { id: 7 }).unwrap()).unwrap();
    let primary = String::from_utf8(write_request(&GetOrder { id: 7 }).unwrap()).unwrap();
    assert!(twin.contains("\"http://www.w3.org/2003/05/soap-envelope\""), "{twin}");
    // SOAP 1.2 declares its encoding namespace for arrays (`enc:itemType`), SOAP 1.1 does not.
    let as_11 = twin
        .replace(" xmlns:enc=\"http://www.w3.org/2003/05/soap-encoding\"", "")
        .replace("http://www.w3.org/2003/05/soap-envelope", "http://schemas.xmlsoap.org/soap/envelope/")
        .replace("http://www.w3.org/2003/05/soap-encoding", "http://schemas.xmlsoap.org/soap/encoding/");
    assert_eq!(as_11, primary);
    assert_eq!((GetStock::NAME, GetStock::SOAP_ACTION), ("GetStock", "urn:case-three-services#GetStock"));

    struct Count(Vec<&'static str>);
    impl ttsoap::operation::OperationVisitor for Count {
        fn visit<O: Operation + std::fmt::Debug + PartialEq + Clone + 'static>(&mut self)
        where
            O::Response: std::fmt::Debug + PartialEq + Clone + 'static,
        {
            self.0.push(O::NAME);
        }
    }
    let mut c = Count(Vec::new());
    three_services::ops::for_each_operation(&mut c);
    assert_eq!(c.0, ["GetOrder"], "the primary binding");
    let mut c = Count(Vec::new());
    three_services::ops::for_each_other_binding_operation(&mut c);
    assert_eq!(c.0, ["GetOrder", "GetStock"], "OrdersSoap12, StockSoap");
}

struct Stock;

impl three_services::StockSoapService for Stock {
    fn get_stock(
        &self,
        request: three_services::ops::GetStock,
    ) -> Result<three_services::ops::GetStockResponse, ttsoap::Fault> {
        match request.sku.as_str() {
            "pen" => Ok(three_services::ops::GetStockResponse { count: 12 }),
            other => Err(ttsoap::Fault::client(format!("unknown sku {other}"))),
        }
    }
}

#[test]
fn a_second_bindings_client_and_service_talk_on_loopback() {
    let http = support::TestServer::start(|req| {
        let reply = three_services::server::stock_soap_dispatch(&Stock, &req.body, ReadOptions::default());
        support::HttpReply::xml(reply.status, reply.body)
    });
    // The extra binding's client posts to the URL exactly (no TestTrack CGI path).
    let client = three_services::StockSoapClient::new(&format!("{}stock", http.url())).unwrap();
    assert_eq!(client.runtime().endpoint().as_str(), format!("{}stock", http.url()));
    assert_eq!(client.get_stock("pen").unwrap(), 12);
    match client.get_stock("ink") {
        Err(ttsoap::Error::Fault(f)) => assert!(f.string.contains("unknown sku ink"), "{f:?}"),
        other => panic!("expected the service's fault, got {other:?}"),
    }
    let sent = http.requests().last().map(|r| r.body_text()).unwrap_or_default();
    assert!(sent.contains("<tns:GetStock><sku xsi:type=\"xsd:string\">ink</sku></tns:GetStock>"), "{sent}");
    // The primary binding's service does not know GetStock.
    let request = write_request(&three_services::ops::GetStock { sku: "pen".into() }).unwrap();
    struct Orders;
    impl three_services::Service for Orders {}
    let reply = three_services::server::dispatch(&Orders, &request, ReadOptions::default());
    assert_eq!(reply.status, 500);
}

/// Each case's `request.xml` and `response.xml` decode and encode back to the same bytes.
#[test]
fn case_examples_round_trip() {
    case_examples::check::<unprefixed_qnames::ops::Add>("unprefixed_qnames");
    case_examples::check::<soap12_encoding::ops::ListItems>("soap12_encoding");
    case_examples::check::<three_services::ops::GetOrder>("three_services");
}
