//! Bindings build.rs generates from third-party WSDLs (`../shared/wsdl-corpus`): each has
//! exactly the operations its binding declares, and a request of each encodes as the service
//! expects while a response written the way that service's stack writes it decodes.
//!
//! Operation counts were taken from the WSDL text, independently of the generator, by
//! counting the `operation name=` elements inside each `binding` element:
//!
//! ```text
//! python3 -c 'import re,sys; s=open(sys.argv[1]).read(); [print(m.group(1), len(re.findall(
//!   r"<(?:\w+:)?operation\s+name=", m.group(2)))) for m in re.finditer(
//!   r"<(?:\w+:)?binding\s+name=\"([^\"]+)\"[^>]*>(.*?)</(?:\w+:)?binding>", s, re.S)]' FILE
//! ```
//!
//! mantisconnect.wsdl: MantisConnectBinding 72; jirasoapservice-v2.wsdl:
//! jirasoapservice-v2SoapBinding 113; ndfdXML.wsdl: ndfdXMLBinding 12; calculator.wsdl:
//! CalculatorSoap 4 and CalculatorSoap12 4 (both generated; `for_each_operation` visits the
//! first binding, the SOAP 1.2 one's operations are `CalculatorSoap12Add` and so on).
// Without ../shared the helpers below have no users.
#![cfg_attr(not(all(has_mantis, has_jira, has_noaa, has_calculator)), allow(unused_imports, dead_code, unused_macros))]

use std::fmt::Debug;

use ttsoap::envelope::{first_in_body, open_body, read_response, write_request};
use ttsoap::operation::{Operation, OperationVisitor, Style};
use ttsoap::xml::ReadOptions;

/// Names of every operation of a generated binding, in order.
#[derive(Default)]
struct Names(Vec<&'static str>);

impl OperationVisitor for Names {
    fn visit<O: Operation + Debug + PartialEq + Clone + 'static>(&mut self)
    where
        O::Response: Debug + PartialEq + Clone + 'static,
    {
        self.0.push(O::NAME);
    }
}

/// Decodes a request the way a server does (strict).
fn read_request<O: Operation>(doc: &[u8]) -> Result<O, ttsoap::DecodeError> {
    let (mut r, body) = open_body(doc, ReadOptions::strict())?;
    match O::STYLE {
        Style::Rpc => {
            let wrapper = first_in_body(&mut r, &body)?.ok_or_else(|| r.unexpected("empty Body"))?;
            assert_eq!(wrapper.name_lossy(), O::NAME);
            O::read_parts(&mut r, &wrapper)
        }
        Style::Document => O::read_parts(&mut r, &body),
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8")
}

/// Skips (printing why) when `../shared` is absent; fails in CI.
macro_rules! need {
    ($name:literal) => {
        if !ttsoap_tests::shared_available($name) {
            return;
        }
    };
}

#[cfg(not(all(has_mantis, has_jira, has_noaa, has_calculator)))]
#[test]
fn corpus_bindings_are_generated() {
    if ttsoap_tests::shared_available("corpus") {
        panic!("../shared is present but build.rs did not generate every corpus binding");
    }
}

// ---- MantisBT (PHP ext/soap, rpc/encoded) ----

#[cfg(has_mantis)]
mod mantis {
    use super::*;
    use ttsoap_tests::mantis;

    #[test]
    fn operation_count() {
        need!("mantis");
        let mut n = Names::default();
        mantis::ops::for_each_operation(&mut n);
        assert_eq!(n.0.len(), 72);
        assert_eq!(n.0[..3], ["mc_version", "mc_login", "mc_enum_status"]);
    }

    #[test]
    fn mc_version_and_mc_enum_status() {
        need!("mantis");
        use mantis::ops::{McEnumStatus, McEnumStatusResponse, McVersion, McVersionResponse};

        assert_eq!(McVersion::SOAP_ACTION, "http://www.mantisbt.org/bugs/api/soap/mantisconnect.php/mc_version");
        let req = text(&write_request(&McVersion {}).unwrap());
        assert!(req.contains("xmlns:tns=\"http://futureware.biz/mantisconnect\""), "{req}");
        assert!(req.contains("<SOAP-ENV:Body><tns:mc_version/></SOAP-ENV:Body>"), "{req}");

        // As PHP's ext/soap answers.
        let res = r#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="http://futureware.biz/mantisconnect" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><SOAP-ENV:Body><ns1:mc_versionResponse><return xsi:type="xsd:string">1.2.19</return></ns1:mc_versionResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;
        let v: McVersionResponse =
            read_response(res.as_bytes(), Style::Rpc, McVersion::RESPONSE_NAME, ReadOptions::strict()).unwrap();
        assert_eq!(v.return_, "1.2.19");

        let op = McEnumStatus { username: "administrator".into(), password: ttsoap::Password::new("root") };
        let req = write_request(&op).unwrap();
        let t = text(&req);
        assert!(t.contains("<password xsi:type=\"xsd:string\">root</password>"), "{t}");
        assert_eq!(read_request::<McEnumStatus>(&req).unwrap(), op);

        let res = r#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="http://futureware.biz/mantisconnect" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><SOAP-ENV:Body><ns1:mc_enum_statusResponse><return SOAP-ENC:arrayType="ns1:ObjectRef[2]" xsi:type="SOAP-ENC:Array"><item xsi:type="ns1:ObjectRef"><name xsi:type="xsd:string">new</name><id xsi:type="xsd:integer">10</id></item><item xsi:type="ns1:ObjectRef"><id xsi:type="xsd:integer">80</id><name xsi:type="xsd:string">resolved</name></item></return></ns1:mc_enum_statusResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;
        let v: McEnumStatusResponse =
            read_response(res.as_bytes(), Style::Rpc, McEnumStatus::RESPONSE_NAME, ReadOptions::strict()).unwrap();
        let got: Vec<(Option<i64>, Option<&str>)> = v.return_.iter().map(|o| (o.id, o.name.as_deref())).collect();
        assert_eq!(got, [(Some(10), Some("new")), (Some(80), Some("resolved"))], "xsd:all fields in any order");
    }
}

// ---- JIRA 4 (Apache Axis 1, rpc/encoded, multiRef) ----

#[cfg(has_jira)]
mod jira {
    use super::*;
    use ttsoap_tests::jira;

    #[test]
    fn operation_count() {
        need!("jira");
        let mut n = Names::default();
        jira::ops::for_each_operation(&mut n);
        assert_eq!(n.0.len(), 113);
        assert!(n.0.contains(&"getServerInfo") && n.0.contains(&"login") && n.0.contains(&"getIssue"));
    }

    #[test]
    fn get_server_info_with_axis_multirefs() {
        need!("jira");
        use jira::ops::{GetServerInfo, GetServerInfoResponse};

        assert_eq!(GetServerInfo::NAMESPACE, "http://soap.rpc.jira.atlassian.com");
        let op = GetServerInfo { in0: "token-1".into() };
        let req = write_request(&op).unwrap();
        let t = text(&req);
        assert!(t.contains("xmlns:ns1=\"http://soap.rpc.jira.atlassian.com\""), "{t}");
        assert!(t.contains("<ns1:getServerInfo><in0 xsi:type=\"xsd:string\">token-1</in0></ns1:getServerInfo>"), "{t}");
        assert_eq!(read_request::<GetServerInfo>(&req).unwrap(), op);

        // Axis answers with the struct (and the struct inside it) as multiRefs after the
        // wrapper, each declaring its own prefixes.
        let res = r##"<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><ns1:getServerInfoResponse soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" xmlns:ns1="http://soap.rpc.jira.atlassian.com"><getServerInfoReturn href="#id0"/></ns1:getServerInfoResponse><multiRef id="id0" soapenc:root="0" soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" xsi:type="ns2:RemoteServerInfo" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:ns2="http://beans.soap.rpc.jira.atlassian.com"><baseUrl xsi:type="xsd:string">https://jira.example.com</baseUrl><buildDate xsi:type="xsd:dateTime">2010-06-08T00:00:00.000Z</buildDate><buildNumber xsi:type="xsd:string">591</buildNumber><edition xsi:type="xsd:string">Enterprise</edition><serverTime href="#id1"/><version xsi:type="xsd:string">4.1.2</version></multiRef><multiRef id="id1" soapenc:root="0" soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" xsi:type="ns3:RemoteTimeInfo" xmlns:ns3="http://beans.soap.rpc.jira.atlassian.com" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"><serverTime xsi:type="xsd:string">2010-07-01T10:11:12.000+1000</serverTime><timeZoneId xsi:type="xsd:string">Australia/Sydney</timeZoneId></multiRef></soapenv:Body></soapenv:Envelope>"##;
        // Lenient: JIRA 4.1's <edition> is not in this WSDL and is skipped.
        let v: GetServerInfoResponse =
            read_response(res.as_bytes(), Style::Rpc, GetServerInfo::RESPONSE_NAME, ReadOptions::default()).unwrap();
        let info = v.get_server_info_return;
        assert_eq!(info.base_url.as_deref(), Some("https://jira.example.com"));
        assert_eq!(info.build_date.as_ref().map(|d| d.ymd()), Some((2010, 6, 8)));
        assert_eq!(info.version.as_deref(), Some("4.1.2"));
        let time = info.server_time.expect("serverTime followed through href=#id1");
        assert_eq!(time.time_zone_id.as_deref(), Some("Australia/Sydney"));
        // Strict: the unknown element is reported with its path through the multiRef.
        let err = read_response::<GetServerInfoResponse>(
            res.as_bytes(),
            Style::Rpc,
            GetServerInfo::RESPONSE_NAME,
            ReadOptions::strict(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("edition"), "{err}");
    }
}

// ---- NOAA NDFD (rpc/encoded, enumerations) ----

#[cfg(has_noaa)]
mod noaa {
    use super::*;
    use ttsoap_tests::noaa;

    #[test]
    fn operation_count() {
        need!("noaa");
        let mut n = Names::default();
        noaa::ops::for_each_operation(&mut n);
        assert_eq!(n.0.len(), 12);
        assert_eq!(n.0[..2], ["NDFDgen", "NDFDgenByDay"]);
    }

    #[test]
    fn ndfdgen_with_enumeration_parts() {
        need!("noaa");
        use noaa::ops::{NDFDgen, NDFDgenResponse};
        use noaa::types::{ProductType, UnitType, WeatherParametersType};

        let op = NDFDgen {
            latitude: ttsoap::Decimal::parse("38.99").unwrap(),
            longitude: ttsoap::Decimal::parse("-77.01").unwrap(),
            product: ProductType::TimeSeries,
            start_time: ttsoap::DateTime::parse("2024-01-01T00:00:00").unwrap(),
            end_time: ttsoap::DateTime::parse("2024-01-02T00:00:00").unwrap(),
            unit: UnitType::E,
            weather_parameters: WeatherParametersType { maxt: true, mint: true, ..Default::default() },
        };
        let req = write_request(&op).unwrap();
        let t = text(&req);
        for piece in [
            "<tns:NDFDgen>",
            "<latitude xsi:type=\"xsd:decimal\">38.99</latitude>",
            "<product xsi:type=\"typens:productType\">time-series</product>",
            "<Unit xsi:type=\"typens:unitType\">e</Unit>",
            "<weatherParameters xsi:type=\"typens:weatherParametersType\"><maxt xsi:type=\"xsd:boolean\">true</maxt>",
        ] {
            assert!(t.contains(piece), "{piece} not in {t}");
        }
        assert!(t.contains("xmlns:typens=\"http://graphical.weather.gov/xml/DWMLgen/schema/DWML.xsd\""), "{t}");
        assert_eq!(read_request::<NDFDgen>(&req).unwrap(), op);
        assert_eq!(ProductType::from_text("glance"), ProductType::Glance);
        assert_eq!(UnitType::from_text("x"), UnitType::Unknown("x".into()));

        // NuSOAP-style answer: the DWML document as an escaped string.
        let res = r#"<?xml version="1.0" encoding="ISO-8859-1"?><SOAP-ENV:Envelope SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/"><SOAP-ENV:Body><ns1:NDFDgenResponse xmlns:ns1="http://graphical.weather.gov/xml/DWMLgen/wsdl/ndfdXML.wsdl"><dwmlOut xsi:type="xsd:string">&lt;?xml version=&quot;1.0&quot;?&gt;&lt;dwml version=&quot;1.0&quot;&gt;&lt;/dwml&gt;</dwmlOut></ns1:NDFDgenResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;
        let v: NDFDgenResponse =
            read_response(res.as_bytes(), Style::Rpc, NDFDgen::RESPONSE_NAME, ReadOptions::strict()).unwrap();
        assert_eq!(v.dwml_out, "<?xml version=\"1.0\"?><dwml version=\"1.0\"></dwml>");
    }
}

// ---- Calculator (.asmx, document/literal) ----

#[cfg(has_calculator)]
mod calculator {
    use super::*;
    use ttsoap_tests::calculator;

    #[test]
    fn operation_count() {
        need!("calculator");
        let mut n = Names::default();
        calculator::ops::for_each_operation(&mut n);
        assert_eq!(n.0, ["Add", "Subtract", "Multiply", "Divide"], "the first (SOAP 1.1) binding");
    }

    #[test]
    fn add_request_is_the_wrapper_element() {
        need!("calculator");
        use calculator::ops::Add;

        assert_eq!(Add::SOAP_ACTION, "http://tempuri.org/Add");
        assert_eq!((Add::STYLE, Add::ENCODED), (Style::Document, false));
        let t = text(&write_request(&Add { parameters: calculator::types::Add { int_a: 2, int_b: 3 } }).unwrap());
        assert!(!t.contains("encodingStyle"), "{t}");
        assert!(t.contains("xmlns:tns=\"http://tempuri.org/\""), "{t}");
        // The Body holds <tns:Add> directly (no rpc wrapper), with intA then intB.
        let body = &t[t.find("<SOAP-ENV:Body>").expect("Body") + "<SOAP-ENV:Body>".len()..];
        assert!(body.starts_with("<tns:Add"), "{t}");
        let (a, b) = (body.find("<tns:intA").expect("intA"), body.find("<tns:intB").expect("intB"));
        assert!(a < b, "{t}");
    }

    /// What an .asmx service expects: `<Add xmlns="http://tempuri.org/"><intA>2</intA>…`,
    /// i.e. the children in the target namespace (the schema is
    /// `elementFormDefault="qualified"`) and no `xsi:type` (.NET's XmlSerializer rejects
    /// `xsi:type="tns:Add"`: Add is an element with an anonymous type, not a type name).
    #[test]
    fn add_request_matches_what_asmx_expects() {
        need!("calculator");
        use calculator::ops::Add;

        let t = text(&write_request(&Add { parameters: calculator::types::Add { int_a: 2, int_b: 3 } }).unwrap());
        assert!(!t.contains("xsi:type"), "{t}");
        assert!(
            t.contains("<tns:Add><tns:intA>2</tns:intA><tns:intB>3</tns:intB></tns:Add>")
                || t.contains("<Add xmlns=\"http://tempuri.org/\"><intA>2</intA><intB>3</intB></Add>"),
            "{t}"
        );
    }

    #[test]
    fn add_response_from_asmx_decodes() {
        need!("calculator");
        use calculator::ops::{Add, AddResponse};

        let res = r#"<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body><AddResponse xmlns="http://tempuri.org/"><AddResult>5</AddResult></AddResponse></soap:Body></soap:Envelope>"#;
        let v: AddResponse =
            read_response(res.as_bytes(), Add::STYLE, Add::RESPONSE_NAME, ReadOptions::strict()).unwrap();
        assert_eq!(v.parameters.add_result, 5);
    }
}
