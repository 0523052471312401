//! The reader against the three rpc/encoded dialects, with small hand-written `Decode` types
//! (the generated TestTrack types are exercised in the `testtrack` crate's tests).

use ttsoap::xml::{Elem, ReadOptions, XmlReader};
use ttsoap::{Decode, DecodeError, RawXml};

#[derive(Debug, Default, Clone, PartialEq)]
struct Field {
    kind: String,
    name: Option<String>,
    value: Option<String>,
}

impl Decode for Field {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        let mut f = Field { kind: r.xsi_type(&el).map(|t| t.local).unwrap_or_default(), ..Field::default() };
        while let Some(c) = r.next_child(&el)? {
            match c.local_name() {
                b"name" => f.name = r.decode(c)?,
                b"value" => f.value = r.decode(c)?,
                _ => r.unknown(&c)?,
            }
        }
        Ok(f)
    }
}

#[derive(Debug, Default, PartialEq)]
struct Defect {
    recordid: i64,
    summary: Option<String>,
    fields: Vec<Field>,
}

impl Decode for Defect {
    fn decode<'a>(r: &mut XmlReader<'a>, el: Elem<'a>) -> Result<Self, DecodeError> {
        let mut d = Defect::default();
        while let Some(c) = r.next_child(&el)? {
            match c.local_name() {
                b"recordid" => d.recordid = r.decode(c)?,
                b"summary" => d.summary = r.decode(c)?,
                b"customFieldList" => d.fields = r.decode(c)?,
                _ => r.unknown(&c)?,
            }
        }
        Ok(d)
    }
}

fn body_value<T: Decode>(xml: &str, opts: ReadOptions) -> Result<T, DecodeError> {
    let (mut r, body) = ttsoap::envelope::open_body(xml.as_bytes(), opts)?;
    let wrapper = r.next_child(&body)?.ok_or_else(|| r.unexpected("no wrapper"))?;
    let part = r.next_child(&wrapper)?.ok_or_else(|| r.unexpected("no part"))?;
    r.decode(part)
}

const GSOAP: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:ttns="urn:testtrack-interface"><SOAP-ENV:Body SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><ttns:getDefectResponse><pDefect><recordid>7</recordid><summary>Crash &amp; burn</summary><customFieldList SOAP-ENC:arrayType="ttns:CField[2]"><item xsi:type="ttns:CStringField"><name>OS</name><value>Linux</value></item><item SOAP-ENC:position="[1]"><name>Plain</name></item></customFieldList></pDefect></ttns:getDefectResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;

const PHP: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:testtrack-interface" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
  <SOAP-ENV:Body>
    <ns1:getDefectResponse>
      <pDefect xsi:type="ns1:CDefect">
        <recordid xsi:type="xsd:long">7</recordid>
        <summary xsi:type="xsd:string">Crash &amp; burn</summary>
        <customFieldList SOAP-ENC:arrayType="ns1:CField[2]" xsi:type="ns1:ArrayOfCField">
          <item xsi:type="ns1:CStringField"><name xsi:type="xsd:string">OS</name><value xsi:type="xsd:string">Linux</value></item>
          <item xsi:type="ns1:CField"><name xsi:type="xsd:string">Plain</name></item>
        </customFieldList>
      </pDefect>
    </ns1:getDefectResponse>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>"#;

const AXIS: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <soapenv:Body>
  <ns1:getDefectResponse soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" xmlns:ns1="urn:testtrack-interface">
   <pDefect href="#id0"/>
  </ns1:getDefectResponse>
  <multiRef id="id0" soapenc:root="0" soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" xsi:type="ns2:CDefect" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:ns2="urn:testtrack-interface">
   <recordid xsi:type="xsd:long">7</recordid>
   <summary xsi:type="xsd:string">Crash &amp; burn</summary>
   <customFieldList xsi:type="soapenc:Array" soapenc:arrayType="ns2:CField[2]">
    <customFieldList href="#id1"/>
    <customFieldList href="#id2"/>
   </customFieldList>
  </multiRef>
  <multiRef id="id1" soapenc:root="0" xsi:type="ns3:CStringField" xmlns:ns3="urn:testtrack-interface" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/">
   <name xsi:type="xsd:string">OS</name>
   <value xsi:type="xsd:string">Linux</value>
  </multiRef>
  <multiRef id="id2" soapenc:root="0" xsi:type="ns4:CField" xmlns:ns4="urn:testtrack-interface">
   <name xsi:type="xsd:string">Plain</name>
   <value xsi:nil="true"/>
  </multiRef>
 </soapenv:Body>
</soapenv:Envelope>"##;

fn expected() -> Defect {
    Defect {
        recordid: 7,
        summary: Some("Crash & burn".into()),
        fields: vec![
            Field { kind: "CStringField".into(), name: Some("OS".into()), value: Some("Linux".into()) },
            Field { kind: String::new(), name: Some("Plain".into()), value: None },
        ],
    }
}

#[test]
fn gsoap_dialect() {
    assert_eq!(body_value::<Defect>(GSOAP, ReadOptions::default()).unwrap(), expected());
}

#[test]
fn php_dialect() {
    let mut want = expected();
    want.fields[1].kind = "CField".into();
    assert_eq!(body_value::<Defect>(PHP, ReadOptions::default()).unwrap(), want);
}

#[test]
fn axis_dialect_with_multirefs() {
    let mut want = expected();
    want.fields[1].kind = "CField".into();
    assert_eq!(body_value::<Defect>(AXIS, ReadOptions::default()).unwrap(), want);
}

#[test]
fn xsi_type_prefix_is_resolved_in_scope() {
    let (mut r, body) = ttsoap::envelope::open_body(AXIS.as_bytes(), ReadOptions::default()).unwrap();
    let wrapper = r.next_child(&body).unwrap().unwrap();
    let part = r.next_child(&wrapper).unwrap().unwrap();
    assert!(r.xsi_type(&part).is_none());
    r.skip(&part).unwrap();
    assert!(r.next_child(&wrapper).unwrap().is_none());
    let multi = r.next_child(&body).unwrap().unwrap();
    let t = r.xsi_type(&multi).unwrap();
    assert_eq!(t.local, "CDefect");
    assert_eq!(t.namespace.as_deref(), Some("urn:testtrack-interface"));
}

#[test]
fn sparse_positions_fill_gaps() {
    let xml = GSOAP.replace("SOAP-ENC:position=\"[1]\"", "SOAP-ENC:position=\"[3]\"");
    let d: Defect = body_value(&xml, ReadOptions::default()).unwrap();
    assert_eq!(d.fields.len(), 4);
    assert_eq!(d.fields[3].name.as_deref(), Some("Plain"));
    assert_eq!(d.fields[1], Field::default());
}

/// An array written empty (both ways), nil, or left out.
const EMPTY_LISTS: [&str; 4] = [
    r#"<customFieldList SOAP-ENC:arrayType="ttns:CField[0]"/>"#,
    r#"<customFieldList SOAP-ENC:arrayType="ttns:CField[0]"></customFieldList>"#,
    r#"<customFieldList xsi:nil="true"/>"#,
    "",
];

#[test]
fn empty_absent_and_nil_arrays() {
    let start = GSOAP.find("<customFieldList").unwrap();
    let end = GSOAP.find("</pDefect>").unwrap();
    for list in EMPTY_LISTS {
        let xml = format!("{}{list}{}", &GSOAP[..start], &GSOAP[end..]);
        let d: Defect = body_value(&xml, ReadOptions::default()).unwrap();
        assert!(d.fields.is_empty(), "{list}");
        assert_eq!(d.recordid, 7);
    }
}

#[test]
fn unknown_elements_are_skipped_unless_strict() {
    let xml = GSOAP.replace("<summary>", "<extra><deep>1</deep></extra><summary>");
    assert_eq!(body_value::<Defect>(&xml, ReadOptions::default()).unwrap(), expected());
    match body_value::<Defect>(&xml, ReadOptions::strict()).unwrap_err() {
        DecodeError::Unexpected { path, message } => {
            assert!(path.ends_with("pDefect/extra"), "{path}");
            assert!(message.contains("unknown element <extra>"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn integer_errors_name_the_path() {
    for (text, why) in [("99999999999999999999", "out of range"), ("12x", "not a valid xsd:long"), ("", "empty")] {
        let xml = GSOAP.replace("<recordid>7</recordid>", &format!("<recordid>{text}</recordid>"));
        match body_value::<Defect>(&xml, ReadOptions::default()).unwrap_err() {
            DecodeError::InvalidValue { path, message } => {
                assert!(path.ends_with("getDefectResponse/pDefect/recordid"), "{path}");
                assert!(message.contains(why), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn malformed_and_truncated_documents() {
    let cut = &GSOAP[..GSOAP.len() / 2];
    for bad in [cut, "<a><b></a>", "", "   ", "not xml at all", "<SOAP-ENV:Envelope><x>&bogus;</x>"] {
        let e = body_value::<Defect>(bad, ReadOptions::default()).unwrap_err();
        assert!(matches!(e, DecodeError::Malformed { .. } | DecodeError::Unexpected { .. }), "{bad:?} -> {e:?}");
    }
    let e = body_value::<Defect>(cut, ReadOptions::default()).unwrap_err();
    assert!(matches!(e, DecodeError::Malformed { .. }), "{e:?}");
}

#[test]
fn doctype_is_refused() {
    let xml = GSOAP.replacen("<SOAP-ENV:Envelope", "<!DOCTYPE x [<!ENTITY big \"aaaaaaaaaa\">]><SOAP-ENV:Envelope", 1);
    match body_value::<Defect>(&xml, ReadOptions::default()).unwrap_err() {
        DecodeError::Malformed { message, .. } => assert!(message.contains("DOCTYPE"), "{message}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let mut xml = String::from(&GSOAP[..GSOAP.find("<summary>").unwrap()]);
    for _ in 0..10_000 {
        xml.push_str("<x>");
    }
    let e = body_value::<Defect>(&xml, ReadOptions::default()).unwrap_err();
    assert!(matches!(e, DecodeError::Malformed { .. }), "{e:?}");
}

#[test]
fn unknown_subtype_kept_raw() {
    let (mut r, body) = ttsoap::envelope::open_body(GSOAP.as_bytes(), ReadOptions::default()).unwrap();
    let w = r.next_child(&body).unwrap().unwrap();
    let p = r.next_child(&w).unwrap().unwrap();
    let mut raws = Vec::new();
    while let Some(c) = r.next_child(&p).unwrap() {
        if c.local_name() == b"customFieldList" {
            while let Some(item) = r.next_child(&c).unwrap() {
                raws.push(r.decode::<RawXml>(item).unwrap());
            }
        } else {
            r.skip(&c).unwrap();
        }
    }
    assert_eq!(raws[0].type_name, "ttns:CStringField");
    assert!(raws[0].xml.starts_with("<item xsi:type=\"ttns:CStringField\"><name>OS</name>"), "{}", raws[0].xml);
    assert!(raws[0].xml.ends_with("</item>"));
}

#[test]
fn dangling_href_is_a_typed_error() {
    let xml = AXIS.replace("href=\"#id0\"", "href=\"#nope\"");
    match body_value::<Defect>(&xml, ReadOptions::default()).unwrap_err() {
        DecodeError::InvalidValue { message, .. } => assert!(message.contains("#nope"), "{message}"),
        other => panic!("{other:?}"),
    }
}

/// End tags are matched by the reader itself (the leaf fast path consumes end tags quick-xml
/// never sees): every kind of mismatch is a malformed-document error with its offset.
#[test]
fn mismatched_end_tags_are_malformed() {
    let cases = [
        // a leaf read by the fast path whose end tag names another element
        ("<summary>Crash &amp; burn</summary>", "<summary>Crash &amp; burn</summry>"),
        // a struct whose end tag is wrong
        ("</pDefect>", "</pDefekt>"),
        // inside an unknown element that is skipped
        ("<recordid>7</recordid>", "<recordid>7</recordid><extra><a>1</b></extra>"),
        // a leaf whose content is not plain text
        ("<recordid>7</recordid>", "<recordid><!-- c -->7</recordidd>"),
    ];
    for (from, to) in cases {
        let xml = GSOAP.replace(from, to);
        assert_ne!(xml, GSOAP);
        match body_value::<Defect>(&xml, ReadOptions::default()).unwrap_err() {
            DecodeError::Malformed { message, offset } => {
                assert!(message.contains("does not match"), "{to}: {message}");
                assert!(offset > 0 && (offset as usize) <= xml.len(), "{offset}");
            }
            other => panic!("{to}: {other:?}"),
        }
    }
}

/// Leaf text in every form it may take: entities, character references, CDATA, comments,
/// spaces inside the end tag, and empty content.
#[test]
fn leaf_text_forms() {
    for (written, value) in [
        ("<summary>a &lt;b&gt; &#x41;&#66;</summary>", "a <b> AB"),
        ("<summary><![CDATA[x <y> & z]]></summary>", "x <y> & z"),
        ("<summary>a<!-- note -->b</summary>", "ab"),
        ("<summary>spaced</summary  >", "spaced"),
        ("<summary></summary>", ""),
        ("<summary/>", ""),
        ("<summary>  keeps  spaces </summary>", "  keeps  spaces "),
        ("<summary>ünïcödé ✓</summary>", "ünïcödé ✓"),
    ] {
        let xml = GSOAP.replace("<summary>Crash &amp; burn</summary>", written);
        let d = body_value::<Defect>(&xml, ReadOptions::default()).unwrap();
        assert_eq!(d.summary.as_deref(), Some(value), "{written}");
        assert_eq!(d.fields, expected().fields, "{written}");
    }
}

/// Many thousands of leaves (past the point where the reader renews its tokenizer) decode
/// completely, and an error after them still reports the right byte offset.
#[test]
fn long_documents_keep_offsets() {
    let mut items = String::new();
    for i in 0..10_000 {
        items.push_str(&format!("<item><name>n{i}</name><value>v&amp;{i}</value></item>"));
    }
    let xml = GSOAP.replace(
        r#"<customFieldList SOAP-ENC:arrayType="ttns:CField[2]"><item xsi:type="ttns:CStringField"><name>OS</name><value>Linux</value></item><item SOAP-ENC:position="[1]"><name>Plain</name></item></customFieldList>"#,
        &format!("<customFieldList>{items}</customFieldList>"),
    );
    let d = body_value::<Defect>(&xml, ReadOptions::default()).unwrap();
    assert_eq!(d.fields.len(), 10_000);
    assert_eq!(d.fields[9_999].value.as_deref(), Some("v&9999"));

    let bad = xml.replace("<value>v&amp;9000</value>", "<value>v&amp;9000</valu>");
    let at = bad.find("</valu>").unwrap();
    match body_value::<Defect>(&bad, ReadOptions::default()).unwrap_err() {
        DecodeError::Malformed { offset, message } => {
            // The error is reported at or just after the bad end tag, not thousands of bytes off.
            assert!((at..=at + 8).contains(&(offset as usize)), "offset {offset}, end tag at {at}: {message}");
        }
        other => panic!("{other:?}"),
    }
}

/// Arrays reserve the length `SOAP-ENC:arrayType` declares, but a false length cannot make
/// the reader allocate beyond what the document could hold.
#[test]
fn declared_array_length_reserves_but_is_bounded() {
    let d = body_value::<Defect>(GSOAP, ReadOptions::default()).unwrap();
    assert_eq!(d.fields.len(), 2);
    assert_eq!(d.fields.capacity(), 2);

    for lie in ["ttns:CField[4000000000]", "ttns:CField[18446744073709551615]", "ttns:CField[2,3]", "x[", "[]"] {
        let xml = GSOAP.replace("ttns:CField[2]", lie);
        let d = body_value::<Defect>(&xml, ReadOptions::default()).unwrap();
        assert_eq!(d.fields, expected().fields, "{lie}");
        let bound = xml.len() / std::mem::size_of::<Field>();
        assert!(d.fields.capacity() <= bound.max(2), "{lie}: capacity {}", d.fields.capacity());
    }
}

fn streamed(xml: &str) -> Vec<Result<Field, ttsoap::Error>> {
    ttsoap::stream::items::<Field>(
        xml.as_bytes(),
        "getDefectResponse",
        &["pDefect", "customFieldList"],
        ReadOptions::default(),
    )
    .unwrap()
    .collect()
}

/// Streaming the items of an array gives what the buffered decoder gives, in all three
/// dialects (Axis: the defect and every item are `href`s to multiRefs).
#[test]
fn array_items_stream_in_every_dialect() {
    for (name, xml) in [("gsoap", GSOAP), ("php", PHP), ("axis", AXIS)] {
        let items: Vec<Field> = streamed(xml).into_iter().collect::<Result<_, _>>().unwrap();
        let whole: Defect = body_value(xml, ReadOptions::default()).unwrap();
        assert_eq!(items, whole.fields, "{name}");
        assert_eq!(items[0], expected().fields[0], "{name}");
    }
}

#[test]
fn streamed_arrays_that_are_empty_absent_nil_or_sparse() {
    let start = GSOAP.find("<customFieldList").unwrap();
    let end = GSOAP.find("</pDefect>").unwrap();
    for list in EMPTY_LISTS {
        let xml = format!("{}{list}{}", &GSOAP[..start], &GSOAP[end..]);
        assert!(streamed(&xml).is_empty(), "{list}");
        // ...and the tail of the document was still checked: when the stream opens, or as
        // its one item.
        let cut = &xml[..xml.len() - 12];
        let e = ttsoap::stream::items::<Field>(
            cut.as_bytes(),
            "getDefectResponse",
            &["pDefect", "customFieldList"],
            ReadOptions::default(),
        )
        .and_then(|items| items.collect::<Result<Vec<_>, _>>());
        assert!(matches!(e, Err(ttsoap::Error::Decode(DecodeError::Malformed { .. }))), "{list}: {e:?}");
    }
    // Gaps before a positioned item are default items, as in the buffered decoder.
    let xml = GSOAP.replace("SOAP-ENC:position=\"[1]\"", "SOAP-ENC:position=\"[3]\"");
    let items: Vec<Field> = streamed(&xml).into_iter().collect::<Result<_, _>>().unwrap();
    let whole: Defect = body_value(&xml, ReadOptions::default()).unwrap();
    assert_eq!(items, whole.fields);
    // A position that goes back cannot be streamed: a typed error, after the items before it.
    let xml = GSOAP.replace("SOAP-ENC:position=\"[1]\"", "SOAP-ENC:position=\"[0]\"");
    let items = streamed(&xml);
    assert_eq!(items.len(), 2);
    assert!(items[0].is_ok());
    assert!(matches!(&items[1], Err(ttsoap::Error::Decode(DecodeError::InvalidValue { .. }))), "{:?}", items[1]);
}

/// A truncated response yields the items it holds, then an error: never a silent short list.
#[test]
fn streamed_truncated_response_ends_with_an_error() {
    let cut = &GSOAP[..GSOAP.find("<item SOAP-ENC:position").unwrap() + 10];
    let items = streamed(cut);
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().name.as_deref(), Some("OS"));
    assert!(matches!(&items[1], Err(ttsoap::Error::Decode(DecodeError::Malformed { .. }))), "{:?}", items[1]);
    // Cut after the array: every item, then the error for the missing tail.
    let cut = &GSOAP[..GSOAP.find("</pDefect>").unwrap()];
    let items = streamed(cut);
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(items[2].is_err());
}

#[test]
fn streamed_fault_is_a_fault() {
    let fault = r#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring>Session Dropped.</faultstring><detail>17</detail></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;
    let e = ttsoap::stream::items::<Field>(fault.as_bytes(), "x", &["a"], ReadOptions::default()).unwrap_err();
    assert!(e.is_session_dropped(), "{e:?}");
}

/// gSOAP with `SOAP_XML_NIL` writes a SOAP 1.1 fault followed by nil SOAP 1.2 elements; the
/// nil ones must not blank out the code, string and detail read before them.
#[test]
fn nil_soap12_fault_elements_do_not_hide_the_soap11_ones() {
    let fault = r#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring>Session Dropped.</faultstring><faultactor xsi:nil="true"/><detail>17</detail><SOAP-ENV:Code xsi:nil="true"/><SOAP-ENV:Reason xsi:nil="true"/><SOAP-ENV:Node xsi:nil="true"/><SOAP-ENV:Role xsi:nil="true"/><SOAP-ENV:Detail xsi:nil="true"/></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;
    let e = ttsoap::stream::items::<Field>(fault.as_bytes(), "x", &["a"], ReadOptions::default()).unwrap_err();
    let ttsoap::Error::Fault(f) = &e else { panic!("{e:?}") };
    assert_eq!(
        (f.code.as_str(), f.string.as_str(), f.detail.as_deref()),
        ("SOAP-ENV:Client", "Session Dropped.", Some("17"))
    );
    assert!(e.is_session_dropped(), "{e:?}");
}

/// The local name of `xsi:type`, however the attribute is written.
#[test]
fn xsi_type_local_in_every_spelling() {
    let cases = [
        (r#"<v xsi:type="ttns:CStringField">x</v>"#, Some("CStringField")),
        (r#"<v xsi:type="ttns:CStringField" >x</v>"#, Some("CStringField")),
        (r#"<v xsi:type='ttns:CStringField'>x</v>"#, Some("CStringField")),
        (r#"<v xsi:type=" CStringField ">x</v>"#, Some("CStringField")),
        (r#"<v id="a" xsi:type="ttns:CIntegerField">x</v>"#, Some("CIntegerField")),
        (r#"<v xsi:type="ttns:CIntegerField" id="a">x</v>"#, Some("CIntegerField")),
        (r#"<v xsi:type="ttns:C&#x49;ntegerField">x</v>"#, Some("CIntegerField")),
        (
            r#"<v xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:type="ttns:CDateField">x</v>"#,
            Some("CDateField"),
        ),
        (r#"<v type="ttns:CDateField">x</v>"#, None),
        (r#"<v>x</v>"#, None),
    ];
    for (xml, want) in cases {
        let doc = format!(r#"<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{xml}</r>"#);
        let mut r = XmlReader::new(doc.as_bytes(), ReadOptions::default());
        let root = r.root().unwrap();
        let v = r.next_child(&root).unwrap().unwrap();
        assert_eq!(r.xsi_type_local(&v).as_deref(), want, "{xml}");
        assert_eq!(r.read_text(&v).unwrap(), "x", "{xml}");
        assert!(r.next_child(&root).unwrap().is_none(), "{xml}");
    }
}

/// Bytes that are not UTF-8 make the whole document malformed, wherever they are: in a
/// namespace URI or a skipped element as much as in a value that is read.
#[test]
fn invalid_utf8_anywhere_is_malformed() {
    let ok = GSOAP.as_bytes().to_vec();
    let at = |needle: &str| GSOAP.find(needle).unwrap_or_else(|| panic!("{needle}")) + needle.len();
    for pos in [at("xmlns:SOAP-ENV=\"http://"), at("encodingStyle=\"http://"), at("<summary>")] {
        let mut bad = ok.clone();
        bad.insert(pos, 0xFF);
        let mut r = XmlReader::new(&bad, ReadOptions::default());
        match r.root() {
            Err(DecodeError::Malformed { offset, message }) => {
                assert_eq!(offset as usize, pos);
                assert!(message.contains("UTF-8"), "{message}");
            }
            other => panic!("byte 0xFF at {pos}: {other:?}"),
        }
    }
    assert!(XmlReader::new(&ok, ReadOptions::default()).root().is_ok());
}

/// A contradicting `xsi:type` on a simple value: lenient reading takes the value;
/// `check_declared_types` (and strict mode) refuse it with a type mismatch.
#[test]
fn declared_type_check_is_an_option() {
    let doc = r#"<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><n xsi:type="xsd:string">5</n><m xsi:type="xsd:long">6</m></r>"#;
    let read = |opts: ReadOptions| -> Result<(i64, i64), DecodeError> {
        let mut r = XmlReader::new(doc.as_bytes(), opts);
        let root = r.root()?;
        let n = r.next_child(&root)?.unwrap();
        let n: i64 = r.decode(n)?;
        let m = r.next_child(&root)?.unwrap();
        Ok((n, r.decode(m)?))
    };
    assert_eq!(read(ReadOptions::default()), Ok((5, 6)));
    for opts in [ReadOptions { check_declared_types: true, ..ReadOptions::default() }, ReadOptions::strict()] {
        match read(opts) {
            Err(e @ DecodeError::TypeMismatch { .. }) => {
                assert!(e.to_string().starts_with("type mismatch at "), "{e}");
                let DecodeError::TypeMismatch { declared, sent, .. } = e else { unreachable!() };
                assert_eq!((declared.as_str(), sent.as_str()), ("long", "string"));
            }
            other => panic!("{other:?}"),
        }
    }
}

/// Start and end tags in every form a document may write them (spaces and line breaks
/// between elements, comments and processing instructions between them, `>` inside quoted
/// attribute values, a space before `>` in an end tag, empty elements), mixed over more
/// elements than the reader reads before renewing its tokenizer, decode exactly like the
/// plain form.
#[test]
fn tag_forms_decode_alike_past_tokenizer_renewal() {
    let forms = [
        "<item><name>n{i}</name><value>v{i}</value></item>",
        "\n  <item>\r\n\t<name>n{i}</name>  <value>v{i}</value>\n</item>",
        "<!-- c {i} --><item><?pi x?><name>n{i}</name><value>v{i}</value></item >",
        "<item note='a>b' other=\"/>\"><name>n{i}</name><value>v{i}</value><extra/></item>",
        "<item xsi:type=\"ttns:CStringField\"><name>n{i}</name><value><![CDATA[v{i}]]></value></item>",
        "<item><name>n{i}</name><value>v{i}</value><skipped a=\"1\"><x>y</x ></skipped></item>",
    ];
    let mut plain = String::new();
    let mut mixed = String::new();
    for i in 0..9_000 {
        plain.push_str(&forms[0].replace("{i}", &i.to_string()));
        mixed.push_str(&forms[i % forms.len()].replace("{i}", &i.to_string()));
    }
    let list = r#"<customFieldList SOAP-ENC:arrayType="ttns:CField[2]"><item xsi:type="ttns:CStringField"><name>OS</name><value>Linux</value></item><item SOAP-ENC:position="[1]"><name>Plain</name></item></customFieldList>"#;
    let doc = |items: &str| GSOAP.replace(list, &format!("<customFieldList>{items}</customFieldList>"));
    let want = body_value::<Defect>(&doc(&plain), ReadOptions::default()).unwrap();
    let got = body_value::<Defect>(&doc(&mixed), ReadOptions::default()).unwrap();
    assert_eq!(want.fields.len(), 9_000);
    let strip = |d: &Defect| d.fields.iter().map(|f| (f.name.clone(), f.value.clone())).collect::<Vec<_>>();
    assert_eq!(strip(&got), strip(&want));
    assert_eq!(got.fields[4].kind, "CStringField");
    assert_eq!((got.recordid, got.summary.as_deref()), (7, Some("Crash & burn")));

    // A wrong end tag among them is still found, at its place in the document.
    let bad = doc(&mixed).replacen("<value>v8004</value></item>", "<value>v8004</value></iten>", 1);
    let at = bad.find("</iten>").unwrap();
    match body_value::<Defect>(&bad, ReadOptions::default()).unwrap_err() {
        DecodeError::Malformed { offset, message } => {
            assert!(message.contains("does not match"), "{message}");
            assert!((at..=at + 8).contains(&(offset as usize)), "offset {offset}, end tag at {at}: {message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn prefixes_resolve_to_the_innermost_declaration_in_scope() {
    let doc = r#"<a xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:p="urn:outer">
        <b xmlns:p="urn:inner" xmlns:q="urn:q"><v xsi:type="p:T">1</v><w xsi:type="q:T"/></b>
        <e xmlns:p="urn:empty" xsi:type="p:T"/>
        <v xsi:type="p:T">2</v><w xsi:type="q:T"/></a>"#;
    let mut r = XmlReader::new(doc.as_bytes(), ReadOptions::default());
    let ns = |r: &XmlReader<'_>, el: &Elem<'_>| r.xsi_type(el).unwrap().namespace;
    let a = r.root().unwrap();
    let b = r.next_child(&a).unwrap().unwrap();
    let v = r.next_child(&b).unwrap().unwrap();
    assert_eq!(ns(&r, &v).as_deref(), Some("urn:inner"));
    r.skip(&v).unwrap();
    let w = r.next_child(&b).unwrap().unwrap();
    assert_eq!(ns(&r, &w).as_deref(), Some("urn:q"));
    assert!(r.next_child(&b).unwrap().is_none());
    // An empty element's own declaration applies to its own attributes.
    let e = r.next_child(&a).unwrap().unwrap();
    assert_eq!(ns(&r, &e).as_deref(), Some("urn:empty"));
    // Out of <b> and <e>, their declarations are gone.
    let v = r.next_child(&a).unwrap().unwrap();
    assert_eq!(ns(&r, &v).as_deref(), Some("urn:outer"));
    r.skip(&v).unwrap();
    let w = r.next_child(&a).unwrap().unwrap();
    assert_eq!(ns(&r, &w), None, "q is not declared here");
    assert_eq!(r.xsi_type(&w).unwrap().local, "T");
}
