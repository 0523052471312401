//! `xsi:nil` on values the WSDL does not let be nil, as PHP ext/soap writes them: in lenient
//! mode a polymorphic item and an enumeration become their type's default; strict mode
//! refuses both.

use testtrack::ops::GetDefect;
use testtrack::types::AnyCField;
use ttsoap::envelope::read_response;
use ttsoap::xml::ReadOptions;
use ttsoap::{Operation, Style};

const RESPONSE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:ttns="urn:testtrack-interface"><SOAP-ENV:Body><ttns:getDefectResponse><pDefect><recordid>7</recordid><customFieldList SOAP-ENC:arrayType="ttns:CField[2]"><item xsi:nil="true"/><item xsi:type="ttns:CStringField"><recordid>0</recordid><name>OS</name><value>Linux</value></item></customFieldList></pDefect></ttns:getDefectResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;

fn read(opts: ReadOptions) -> Result<<GetDefect as Operation>::Response, ttsoap::Error> {
    read_response(RESPONSE.as_bytes(), Style::Rpc, GetDefect::RESPONSE_NAME, opts)
}

#[test]
fn nil_polymorphic_item_is_its_default_in_lenient_mode_only() {
    let r = read(ReadOptions::default()).expect("lenient mode reads a nil item");
    let fields = &r.p_defect.custom_field_list;
    assert_eq!(fields.len(), 2);
    assert_eq!(fields[0], AnyCField::default());
    assert!(matches!(&fields[1], AnyCField::CStringField(f) if f.value.as_deref() == Some("Linux")));
    let e = read(ReadOptions::strict()).unwrap_err().to_string();
    assert!(e.contains("xsi:nil"), "{e}");
}
