//! Compiles every golden file of `golden.rs` (so an expected output that stops compiling
//! fails here) and exercises each one: values are encoded with the runtime and decoded back,
//! and the wire text is checked for the construct the case is about.
//!
//! Every case in `tests/cases` needs a `mod <case> { include!("golden/<case>.rs"); }` here;
//! `golden.rs` checks that none is forgotten.

#[path = "case_examples/mod.rs"]
mod case_examples;

use std::fmt::Debug;

use case_examples::read_request;
use ttsoap::envelope::{first_in_body, open_body, read_response, write_request, write_response};
use ttsoap::xml::{ReadOptions, XmlWriter};
use ttsoap::{Bytes, Date, DateTime, Decimal, Decode, DecodeError, Encode, Error, Operation, Style, TypeInfo};

#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod dates_binary {
    include!("cases/dates_binary/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod document_literal {
    include!("cases/document_literal/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod empty_soapaction {
    include!("cases/empty_soapaction/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod enumeration {
    include!("cases/enumeration/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod extension {
    include!("cases/extension/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod import_include {
    include!("cases/import_include/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod keywords {
    include!("cases/keywords/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod mixed_use {
    include!("cases/mixed_use/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod nillable {
    include!("cases/nillable/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod polymorphic_array {
    include!("cases/polymorphic_array/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod soap12 {
    include!("cases/soap12/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod soapenc_array {
    include!("cases/soapenc_array/expected.rs");
}
#[allow(unused_imports)] // the root re-exports (`pub use types::*`, ...)
mod xsd_all {
    include!("cases/xsd_all/expected.rs");
}

/// Every golden crate records the WSDL it came from: its file name, the SHA-256 of its bytes
/// and its operation count.
#[test]
fn each_case_records_its_wsdl() {
    let cases = [
        ("dates_binary/input.wsdl", dates_binary::WSDL),
        ("document_literal/input.wsdl", document_literal::WSDL),
        ("empty_soapaction/input.wsdl", empty_soapaction::WSDL),
        ("enumeration/input.wsdl", enumeration::WSDL),
        ("extension/input.wsdl", extension::WSDL),
        ("import_include/main.wsdl", import_include::WSDL),
        ("keywords/input.wsdl", keywords::WSDL),
        ("mixed_use/input.wsdl", mixed_use::WSDL),
        ("nillable/input.wsdl", nillable::WSDL),
        ("polymorphic_array/input.wsdl", polymorphic_array::WSDL),
        ("soap12/input.wsdl", soap12::WSDL),
        ("soapenc_array/input.wsdl", soapenc_array::WSDL),
        ("xsd_all/input.wsdl", xsd_all::WSDL),
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    for (file, info) in cases {
        let path = dir.join(file);
        assert_eq!(info.name, path.file_name().unwrap().to_str().unwrap());
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(info.sha256, ttsoap_codegen::lock::sha256_hex(&bytes), "{file}");
        let model = ttsoap_codegen::Builder::new().wsdl(&path).rerun_if_changed(false).model().unwrap();
        assert_eq!(info.operations, model.primary_binding().map_or(0, |b| b.operations.len()), "{file}");
        assert_eq!(info.label, "");
    }
}

// ---- helpers ----

fn utf8(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("the writer produces UTF-8")
}

/// `write_request`, then decode it back (strict) and compare. Returns the envelope text.
fn request_roundtrip<O: Operation + PartialEq + Debug>(op: &O) -> String {
    let bytes = write_request(op).unwrap();
    let text = utf8(&bytes);
    let back: O = read_request(&bytes).unwrap_or_else(|e| panic!("{}: request does not decode: {e}\n{text}", O::NAME));
    assert_eq!(&back, op, "{}: request round trip\n{text}", O::NAME);
    text
}

/// `write_response`, then `read_response` (strict) and compare. Returns the envelope text.
fn response_roundtrip<O: Operation>(resp: &O::Response) -> String
where
    O::Response: PartialEq + Debug,
{
    let bytes = write_response::<O>(resp).unwrap();
    let text = utf8(&bytes);
    let back: O::Response = read_response(&bytes, O::STYLE, O::RESPONSE_NAME, ReadOptions::strict())
        .unwrap_or_else(|e| panic!("{}: response does not decode: {e}\n{text}", O::NAME));
    assert_eq!(&back, resp, "{}: response round trip\n{text}", O::NAME);
    text
}

/// An envelope around `fragment`, declaring the usual prefixes plus `namespaces`.
fn envelope(fragment: &str, namespaces: &[(&str, &str)]) -> String {
    let mut decls = String::new();
    for (p, u) in namespaces {
        decls.push_str(&format!(" xmlns:{p}=\"{u}\""));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" \
         xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"{decls}>\
         <SOAP-ENV:Body>{fragment}</SOAP-ENV:Body></SOAP-ENV:Envelope>"
    )
}

/// Decodes the first element of the Body of an envelope around `fragment` as a `T`.
fn decode_fragment<T: Decode>(
    fragment: &str,
    namespaces: &[(&str, &str)],
    opts: ReadOptions,
) -> Result<T, DecodeError> {
    let doc = envelope(fragment, namespaces);
    let (mut r, body) = open_body(doc.as_bytes(), opts)?;
    let el = first_in_body(&mut r, &body)?.expect("an element in the Body");
    r.decode(el)
}

/// Encodes one value as element `name`.
fn encode_value<T: Encode + ?Sized>(v: &T, name: &str, ty: &TypeInfo) -> String {
    let mut w = XmlWriter::new();
    v.encode(name, ty, &mut w);
    w.as_str().to_string()
}

/// Byte offsets of each needle in `hay`, asserting they appear in that order.
fn assert_in_order(hay: &str, needles: &[&str]) {
    let mut from = 0;
    for n in needles {
        match hay[from..].find(n) {
            Some(i) => from += i + n.len(),
            None => panic!("{n:?} not found (in order) after byte {from} of\n{hay}"),
        }
    }
}

fn fault_of<T: Debug>(r: Result<T, Error>) -> ttsoap::Fault {
    match r {
        Err(Error::Fault(f)) => f,
        other => panic!("expected a fault, got {other:?}"),
    }
}

// ---- extension ----

#[test]
fn extension_base_fields_are_flattened_and_written_first() {
    use extension::ops::{GetThing, SaveSpecialThing, SaveSpecialThingResponse};
    use extension::types::{AnyCThing, CSpecialThing, CThing};

    let thing = CSpecialThing { recordid: 42, name: Some("widget".into()), count: Some(3), special: Some(true) };
    let op = SaveSpecialThing { cookie: ttsoap::Cookie::new(77), p_thing: thing.clone() };
    let text = request_roundtrip(&op);
    assert_in_order(
        &text,
        &[
            "<tns:saveSpecialThing>",
            "<cookie xsi:type=\"xsd:long\">77</cookie>",
            "<pThing xsi:type=\"tns:CSpecialThing\">",
            "<recordid xsi:type=\"xsd:long\">42</recordid>",
            "<name xsi:type=\"xsd:string\">widget</name>",
            "<count xsi:type=\"xsd:int\">3</count>",
            "<special xsi:type=\"xsd:boolean\">true</special>",
            "</pThing>",
            "</tns:saveSpecialThing>",
        ],
    );
    assert!(text.contains("xmlns:tns=\"urn:case-extension\""), "{text}");
    assert!(text.contains("SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\""), "{text}");

    // A response whose declared type has a subtype keeps the concrete type.
    let special = extension::ops::GetThingResponse { p_thing: AnyCThing::CSpecialThing(thing.clone()) };
    let text = response_roundtrip::<GetThing>(&special);
    assert!(text.contains("<pThing xsi:type=\"tns:CSpecialThing\">"), "{text}");
    let plain = extension::ops::GetThingResponse { p_thing: CThing { recordid: 1, name: None, count: Some(0) }.into() };
    let text = response_roundtrip::<GetThing>(&plain);
    assert!(text.contains("<pThing xsi:type=\"tns:CThing\"><recordid"), "{text}");
    assert!(!text.contains("<name"), "an absent optional field is not written: {text}");

    // Untyped element: the declared (base) type.
    let v: AnyCThing =
        decode_fragment("<pThing><recordid>5</recordid><name>x</name></pThing>", &[], ReadOptions::strict()).unwrap();
    assert_eq!(v, AnyCThing::CThing(CThing { recordid: 5, name: Some("x".into()), count: None }));
    assert_eq!(v.type_name(), "CThing");

    // The base's required field is still required in the subtype (strict).
    let err = decode_fragment::<CSpecialThing>(
        "<pThing xsi:type=\"tns:CSpecialThing\"><special>true</special></pThing>",
        &[("tns", "urn:case-extension")],
        ReadOptions::strict(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("recordid"), "{err}");

    // Server side: dispatch decodes the request and encodes the handler's answer.
    struct Svc;
    impl extension::Service for Svc {
        fn save_special_thing(&self, q: SaveSpecialThing) -> Result<SaveSpecialThingResponse, ttsoap::Fault> {
            assert_eq!(q.cookie.expose(), 77);
            Ok(SaveSpecialThingResponse { result: q.p_thing.recordid as i32 + q.p_thing.count.unwrap_or(0) })
        }
    }
    let reply = extension::server::dispatch(&Svc, &write_request(&op).unwrap(), ReadOptions::strict());
    assert_eq!(reply.status, 200, "{}", utf8(&reply.body));
    assert_eq!(reply.operation, Some("saveSpecialThing"));
    let resp: SaveSpecialThingResponse =
        read_response(&reply.body, Style::Rpc, "saveSpecialThingResponse", ReadOptions::strict()).unwrap();
    assert_eq!(resp.result, 45);
    // An operation the service does not implement: a Server fault, with no detail code.
    let get = GetThing { cookie: ttsoap::Cookie::new(1), record_id: 2 };
    let reply = extension::server::dispatch(&Svc, &write_request(&get).unwrap(), ReadOptions::strict());
    assert_eq!(reply.status, 500);
    let f = fault_of(read_response::<extension::ops::GetThingResponse>(
        &reply.body,
        Style::Rpc,
        "getThingResponse",
        ReadOptions::strict(),
    ));
    assert_eq!((f.code.as_str(), f.detail_code()), ("SOAP-ENV:Server", None), "{f:?}");
    assert!(f.string.contains("getThing is not implemented"), "{f:?}");
}

// ---- soapenc_array ----

#[test]
fn soapenc_arrays_declare_item_type_and_length() {
    use soapenc_array::ops::{GetItems, GetItemsResponse, GetLabels, GetLabelsResponse};
    use soapenc_array::types::CItem;

    let text = request_roundtrip(&GetItems { ids: vec![3, -1, i64::MAX] });
    assert!(
        text.contains(
            "<ids xsi:type=\"tns:ArrayOflong\" SOAP-ENC:arrayType=\"xsd:long[3]\">\
             <item xsi:type=\"xsd:long\">3</item><item xsi:type=\"xsd:long\">-1</item>"
        ),
        "{text}"
    );
    request_roundtrip(&GetItems { ids: vec![] });

    let resp = GetItemsResponse {
        p_item_list: vec![
            CItem { id: 1, label: Some("one & <two>".into()), tags: vec!["a".into(), "".into(), "c".into()] },
            CItem { id: 2, label: None, tags: vec![] },
        ],
    };
    let text = response_roundtrip::<GetItems>(&resp);
    assert_in_order(
        &text,
        &[
            "<pItemList xsi:type=\"tns:ArrayOfCItem\" SOAP-ENC:arrayType=\"tns:CItem[2]\">",
            "<item xsi:type=\"tns:CItem\"><id xsi:type=\"xsd:long\">1</id>",
            "one &amp; &lt;two&gt;",
            "<tags xsi:type=\"tns:ArrayOfstring\" SOAP-ENC:arrayType=\"xsd:string[3]\">",
            "<item xsi:type=\"tns:CItem\"><id xsi:type=\"xsd:long\">2</id></item>",
        ],
    );
    let text = response_roundtrip::<GetLabels>(&GetLabelsResponse { labels: vec!["x".into(); 4] });
    assert!(text.contains("SOAP-ENC:arrayType=\"xsd:string[4]\""), "{text}");
    request_roundtrip(&GetLabels { filter: vec!["f".into()] });

    // Read back the way other peers write arrays: sparse positions, no types, nil array.
    let v: Vec<String> = decode_fragment(
        "<labels SOAP-ENC:arrayType=\"xsd:string[3]\"><item SOAP-ENC:position=\"[2]\">c</item>\
         <item SOAP-ENC:position=\"[0]\">a</item></labels>",
        &[],
        ReadOptions::strict(),
    )
    .unwrap();
    assert_eq!(v, ["a", "", "c"]);
    let v: Vec<i64> = decode_fragment("<ids xsi:nil=\"true\"/>", &[], ReadOptions::strict()).unwrap();
    assert!(v.is_empty());
}

// ---- polymorphic_array ----

#[test]
fn polymorphic_array_items_keep_their_concrete_type() {
    use polymorphic_array::ops::{GetFields, GetFieldsResponse, SetFields};
    use polymorphic_array::types::{AnyCField, CField, CIntegerField, CStringField};

    let fields = vec![
        AnyCField::CStringField(CStringField { name: "Summary".into(), value: Some("crash".into()) }),
        AnyCField::CIntegerField(CIntegerField { name: "Number".into(), value: -7 }),
        AnyCField::CField(CField { name: "Plain".into() }),
        CStringField { name: "Empty".into(), value: None }.into(),
    ];
    let op = SetFields { cookie: ttsoap::Cookie::new(9), record_id: 12, p_field_list: fields.clone() };
    let text = request_roundtrip(&op);
    assert_in_order(
        &text,
        &[
            "<pFieldList xsi:type=\"ttns:ArrayOfCField\" SOAP-ENC:arrayType=\"ttns:CField[4]\">",
            "<item xsi:type=\"ttns:CStringField\"><name xsi:type=\"xsd:string\">Summary</name>",
            "<item xsi:type=\"ttns:CIntegerField\"><name xsi:type=\"xsd:string\">Number</name>\
             <value xsi:type=\"xsd:int\">-7</value></item>",
            "<item xsi:type=\"ttns:CField\">",
            "<item xsi:type=\"ttns:CStringField\">",
        ],
    );
    assert_eq!(
        fields.iter().map(|f| f.type_name()).collect::<Vec<_>>(),
        ["CStringField", "CIntegerField", "CField", "CStringField"]
    );

    // A subtype this code does not know comes back raw, and is written back verbatim.
    let unknown = "<item xsi:type=\"ttns:CDateField\"><name xsi:type=\"xsd:string\">Due</name>\
                   <value xsi:type=\"xsd:date\">2024-01-31</value></item>";
    let body = format!(
        "<ttns:getFieldsResponse><pFieldList xsi:type=\"ttns:ArrayOfCField\" SOAP-ENC:arrayType=\"ttns:CField[2]\">\
         <item xsi:type=\"ttns:CIntegerField\"><name>n</name><value>1</value></item>{unknown}\
         </pFieldList></ttns:getFieldsResponse>"
    );
    let doc = envelope(&body, &[("ttns", "urn:case-polymorphic")]);
    let resp: GetFieldsResponse =
        read_response(doc.as_bytes(), Style::Rpc, "getFieldsResponse", ReadOptions::strict()).unwrap();
    assert_eq!(resp.p_field_list.len(), 2);
    assert_eq!(resp.p_field_list[0], AnyCField::CIntegerField(CIntegerField { name: "n".into(), value: 1 }));
    match &resp.p_field_list[1] {
        AnyCField::Unknown(raw) => {
            assert_eq!(raw.type_name, "ttns:CDateField");
            assert_eq!(raw.xml, unknown);
        }
        other => panic!("expected Unknown, got {other:?}"),
    }
    assert_eq!(resp.p_field_list[1].type_name(), "CDateField");
    let text = response_roundtrip::<GetFields>(&resp);
    assert!(text.contains(unknown), "{text}");
}

// ---- enumeration ----

#[test]
fn enumeration_values_round_trip_and_unknown_values_are_kept() {
    use enumeration::ops::{FindIssue, FindIssueResponse};
    use enumeration::types::{CIssue, Severity};

    let all = [Severity::Low, Severity::Medium, Severity::High, Severity::ShowStopper, Severity::NA];
    let texts = ["low", "medium", "high", "Show Stopper", "n/a"];
    for (v, t) in all.iter().zip(texts) {
        assert_eq!(v.as_str(), t);
        assert_eq!(v.to_string(), t);
        assert_eq!(&Severity::from_text(t), v);
        let op = FindIssue { cookie: ttsoap::Cookie::new(1), severity: v.clone() };
        let text = request_roundtrip(&op);
        assert!(text.contains(&format!("<severity xsi:type=\"tns:Severity\">{t}</severity>")), "{text}");
    }
    assert_eq!(Severity::default(), Severity::Low, "the first value is the default");

    // An unknown value is written back as received, and read back (leniently) unchanged.
    let issue = CIssue { number: 8, summary: Some("s".into()), severity: Severity::Unknown("Catastrophic".into()) };
    let bytes = write_response::<FindIssue>(&FindIssueResponse { p_issue: issue.clone() }).unwrap();
    let text = utf8(&bytes);
    assert!(text.contains("<severity xsi:type=\"tns:Severity\">Catastrophic</severity>"), "{text}");
    let back: FindIssueResponse =
        read_response(&bytes, Style::Rpc, FindIssue::RESPONSE_NAME, ReadOptions::default()).unwrap();
    assert_eq!(back.p_issue, issue);
    // (`summary` has a restricted simple type: see `restricted_simple_type_round_trips`.)
    let issue = CIssue { severity: Severity::ShowStopper, summary: None, ..issue };
    response_roundtrip::<FindIssue>(&FindIssueResponse { p_issue: issue });

    // Lenient reading keeps an unknown value; strict reading refuses it.
    let frag = "<severity xsi:type=\"tns:Severity\">Catastrophic</severity>";
    let ns = [("tns", "urn:case-enumeration")];
    let lenient: Severity = decode_fragment(frag, &ns, ReadOptions::default()).unwrap();
    assert_eq!(lenient, Severity::Unknown("Catastrophic".into()));
    let err = decode_fragment::<Severity>(frag, &ns, ReadOptions::strict()).unwrap_err();
    assert!(err.to_string().contains("Catastrophic"), "{err}");
    let spaced: Severity = decode_fragment("<severity> high </severity>", &ns, ReadOptions::strict()).unwrap();
    assert_eq!(spaced, Severity::High);
}

#[test]
fn restricted_simple_type_round_trips() {
    use enumeration::ops::{FindIssue, FindIssueResponse};
    use enumeration::types::{CIssue, Severity};

    let issue = CIssue { number: 1, summary: Some("short".into()), severity: Severity::Low };
    let text = response_roundtrip::<FindIssue>(&FindIssueResponse { p_issue: issue });
    assert!(text.contains("<summary xsi:type=\"tns:Summary\">short</summary>"), "{text}");
}

// ---- nillable ----

#[test]
fn nillable_required_none_is_written_as_xsi_nil() {
    use nillable::ops::{EchoOptional, EchoOptionalResponse};
    use nillable::types::{COptional, CPoint};

    let empty = COptional::default();
    let text = encode_value(&empty, "value", &nillable::ti::C_OPTIONAL);
    assert_eq!(
        text,
        "<value xsi:type=\"tns:COptional\">\
         <requiredString xsi:type=\"xsd:string\"></requiredString>\
         <requiredNillableString xsi:nil=\"true\"/>\
         <requiredLong xsi:type=\"xsd:long\">0</requiredLong>\
         <requiredBoolean xsi:type=\"xsd:boolean\">false</requiredBoolean>\
         <requiredPoint xsi:type=\"tns:CPoint\"><x xsi:type=\"xsd:int\">0</x><y xsi:type=\"xsd:int\">0</y></requiredPoint>\
         </value>",
        "required fields always, nillable-required None as xsi:nil, optional None omitted"
    );
    request_roundtrip(&EchoOptional { value: empty });

    let full = COptional {
        required_string: "r".into(),
        required_nillable_string: Some("rn".into()),
        optional_string: Some("".into()),
        required_long: -1,
        optional_long: Some(i64::MIN),
        nillable_int: Some(0),
        required_boolean: true,
        optional_boolean: Some(false),
        optional_double: Some(2.5),
        required_point: CPoint { x: 1, y: 2 },
        optional_point: Some(CPoint { x: -3, y: 4 }),
    };
    let text = response_roundtrip::<EchoOptional>(&EchoOptionalResponse { value: full });
    assert!(!text.contains("xsi:nil"), "{text}");

    // xsi:nil on optional fields reads as None; a missing required element is an error (strict).
    let v: COptional = decode_fragment(
        "<value><requiredString/><requiredNillableString xsi:nil=\"true\"/><optionalString xsi:nil=\"1\"/>\
         <requiredLong>5</requiredLong><nillableInt xsi:nil=\"true\"/><requiredBoolean>1</requiredBoolean>\
         <requiredPoint><x>1</x><y>2</y></requiredPoint><optionalPoint xsi:nil=\"true\"/></value>",
        &[],
        ReadOptions::strict(),
    )
    .unwrap();
    assert_eq!(v.required_nillable_string, None);
    assert_eq!(v.optional_string, None);
    assert_eq!(v.nillable_int, None);
    assert_eq!(v.optional_point, None);
    assert_eq!((v.required_long, v.required_boolean), (5, true));
    let err =
        decode_fragment::<COptional>("<value><requiredString>a</requiredString></value>", &[], ReadOptions::strict())
            .unwrap_err();
    let msg = err.to_string();
    for name in ["requiredNillableString", "requiredLong", "requiredBoolean", "requiredPoint"] {
        assert!(msg.contains(name), "{name} not reported missing: {msg}");
    }
    assert!(!msg.contains("optionalString"), "{msg}");
    // A required, non-nillable value refuses xsi:nil.
    let err = decode_fragment::<CPoint>("<p><x xsi:nil=\"true\"/><y>1</y></p>", &[], ReadOptions::strict());
    assert!(err.is_err(), "{err:?}");
}

// ---- xsd_all ----

#[test]
fn xsd_all_fields_decode_in_any_order() {
    use xsd_all::ops::{GetAccount, GetAccountResponse};
    use xsd_all::types::AccountData;

    let want = AccountData {
        id: Some(17),
        name: Some("jdoe".into()),
        real_name: Some("Jane Doe".into()),
        email: Some("jd@example.org".into()),
    };
    let orders = [
        ["id", "name", "real_name", "email"],
        ["email", "real_name", "name", "id"],
        ["name", "email", "id", "real_name"],
    ];
    for order in orders {
        let mut inner = String::new();
        for f in order {
            let v = match f {
                "id" => "17",
                "name" => "jdoe",
                "real_name" => "Jane Doe",
                _ => "jd@example.org",
            };
            inner.push_str(&format!("<{f}>{v}</{f}>"));
        }
        let body = format!(
            "<ns1:getAccountResponse><return xsi:type=\"ns1:AccountData\">{inner}</return></ns1:getAccountResponse>"
        );
        let doc = envelope(&body, &[("ns1", "urn:case-xsd-all")]);
        let resp: GetAccountResponse =
            read_response(doc.as_bytes(), Style::Rpc, "getAccountResponse", ReadOptions::strict())
                .unwrap_or_else(|e| panic!("{order:?}: {e}"));
        assert_eq!(resp.return_, want, "{order:?}");
    }
    // All fields are optional: an empty struct is fine even in strict mode.
    let v: AccountData = decode_fragment("<return/>", &[], ReadOptions::strict()).unwrap();
    assert_eq!(v, AccountData::default());
    response_roundtrip::<GetAccount>(&GetAccountResponse { return_: want });
    request_roundtrip(&GetAccount { username: "jdoe".into() });
}

#[path = "golden_compile/later_cases.rs"]
mod later_cases;

/// Each case's `request.xml` and `response.xml` decode and encode back to the same bytes.
#[test]
fn case_examples_round_trip() {
    case_examples::check::<dates_binary::ops::EchoSample>("dates_binary");
    case_examples::check::<document_literal::ops::GetOrder>("document_literal");
    case_examples::check::<empty_soapaction::ops::FormattedTextSupport>("empty_soapaction");
    case_examples::check::<enumeration::ops::FindIssue>("enumeration");
    case_examples::check::<extension::ops::GetThing>("extension");
    case_examples::check::<import_include::ops::GetTicket>("import_include");
    case_examples::check::<keywords::ops::CDefect>("keywords");
    case_examples::check::<mixed_use::ops::Draw>("mixed_use");
    case_examples::check::<nillable::ops::EchoOptional>("nillable");
    case_examples::check::<polymorphic_array::ops::GetFields>("polymorphic_array");
    case_examples::check::<soap12::ops::Multiply>("soap12");
    case_examples::check::<soapenc_array::ops::GetItems>("soapenc_array");
    case_examples::check::<xsd_all::ops::GetAccount>("xsd_all");
}
