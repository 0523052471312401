//! The HTTP front and the wire: WSDL, endpoints, dispatch on the body, fault statuses, 404s,
//! and the real clients' request bodies from shared/testtrack/examples (02 to 07), which the
//! real server accepted and so must the emulator (QUIRKS.md section E).

mod common;

use common::*;
use tt_emulator::EmulatorHandle;

fn cookie(h: &EmulatorHandle) -> i64 {
    let s = ada(h);
    s.into_cookie().expose()
}

#[test]
fn wsdl_is_served_with_our_address() {
    let h = start();
    let (status, head, body) = http(&h, b"GET /ttsoapcgi.wsdl HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 200);
    assert!(head.contains("Content-Type: text/xml"));
    let wsdl = String::from_utf8(body).unwrap();
    assert!(wsdl.contains(r#"<definitions name="ttsoapcgi""#));
    assert!(wsdl.contains(&format!(r#"location="{}""#, h.url())), "address rewritten");
    assert!(h.wsdl_url().ends_with("/ttsoapcgi.wsdl"));
    assert!(h.url().starts_with("http://127.0.0.1:") && h.url().ends_with("/scripts/ttsoapcgi.exe"));
    let (status, _, _) = http(&h, b"GET /TTSOAPCGI.WSDL HTTP/1.0\r\n\r\n");
    assert_eq!(status, 200);
}

#[test]
fn endpoints_paths_and_statuses() {
    let h = start();
    let c = cookie(&h);
    let body = envelope("getTableList", &format!("<cookie>{c}</cookie>"));
    for path in
        ["/scripts/ttsoapcgi.exe", "/cgi-bin/ttsoapcgi.exe", "/Scripts/TTSOAPCGI.EXE", "/cgi-bin/ttsoapcgi.exe?x=1"]
    {
        let (status, head, xml) = post(&h, path, "\"urn:testtrack-interface#getTableList\"", &body);
        assert_eq!(status, 200, "{path}");
        assert!(head.contains("Content-Type: text/xml; charset=utf-8"));
        assert!(xml.contains("<ttns:getTableListResponse>"), "{xml}");
        assert!(xml.contains("<pTableList"));
    }
    // The SOAPAction is not looked at: the body decides.
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "\"urn:testtrack-interface#getDefect\"", &body);
    assert_eq!(status, 200);
    assert!(xml.contains("getTableListResponse"));
    let (status, _, _) = post(&h, "/scripts/ttsoapcgi.exe", "\"\"", &body);
    assert_eq!(status, 200);
    // The response is one line from the wrapper on (PHP clients match it without /s).
    let start = xml.find("<ttns:getTableListResponse>").unwrap();
    assert!(!xml[start..].contains('\n'));

    // Faults: HTTP 500, text detail.
    let dropped = envelope("getTableList", "<cookie>1</cookie>");
    let (status, head, xml) = post(&h, "/scripts/ttsoapcgi.exe", "\"urn:testtrack-interface#getTableList\"", &dropped);
    assert_eq!(status, 500);
    assert!(head.contains("Content-Type: text/xml; charset=utf-8"));
    assert_eq!(text_of(&xml, "faultcode").as_deref(), Some("SOAP-ENV:Server"));
    assert_eq!(text_of(&xml, "faultstring").as_deref(), Some("Session Dropped."));
    assert_eq!(text_of(&xml, "detail").as_deref(), Some("17"));

    // Other paths: an IIS-style HTML 404; GET on the endpoint: 405.
    let (status, head, html) = http(&h, b"GET /index.html HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 404);
    assert!(head.contains("text/html"));
    assert!(String::from_utf8_lossy(&html).contains("404 - File or directory not found."));
    let (status, _, _) = post(&h, "/ttsoapcgi.exe", "", &body);
    assert_eq!(status, 404);
    let (status, _, _) = http(&h, b"GET /scripts/ttsoapcgi.exe HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 405);
}

#[test]
fn bad_requests_are_client_faults() {
    let h = start();
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", "<not-xml");
    assert_eq!(status, 500);
    assert_eq!(text_of(&xml, "faultcode").as_deref(), Some("SOAP-ENV:Client"));
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &envelope("fooBar", ""));
    assert_eq!(status, 500);
    let text = text_of(&xml, "faultstring").unwrap();
    assert!(text.contains("fooBar") && text.contains("not implemented"), "{xml}");
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &envelope("getDefect", "<cookie>abc</cookie>"));
    assert_eq!(status, 500);
    assert!(text_of(&xml, "faultstring").unwrap().contains("Validation constraint violation"), "{xml}");
    // A mismatching explicit xsi:type on a scalar.
    let (status, _, _) = post(
        &h,
        "/scripts/ttsoapcgi.exe",
        "",
        &envelope("getDefect", r#"<cookie xsi:type="xsd:string">hello</cookie>"#),
    );
    assert_eq!(status, 500);
}

/// examples/02: PHP raw client, undeclared `soapenc:` prefix, `urn:CProjectDataOption[]`.
const EX02: &str = r#"<soapenv:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:testtrack-interface">
   <soapenv:Header/>
   <soapenv:Body>
     <urn:ProjectLogon soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
       <pProj xsi:type="urn:CProject">
         <database xsi:type="urn:CDatabase">
           <name xsi:type="xsd:string">PROJECT_NAME</name>
         </database>
         <options xsi:type="urn:ArrayOfCProjectDataOption" soapenc:arrayType="urn:CProjectDataOption[]">
           <item xsi:type="urn:CProjectDataOption">
             <name xsi:type="xsd:string">TestTrack Pro</name>
           </item>
         </options>
         <servernumber xsi:type="xsd:int">0</servernumber>
       </pProj>
       <username xsi:type="xsd:string">USERNAME</username>
       <password xsi:type="xsd:string">PASSWORD</password>
     </urn:ProjectLogon>
   </soapenv:Body>
 </soapenv:Envelope>"#;

/// examples/03: `soap-enc:arraytype` (undeclared prefix, lower-case t).
const EX03: &str = r#"<soapenv:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:testtrack-interface">
   <soapenv:Header/>
   <soapenv:Body>
      <urn:getRecordListForTable soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
		<cookie xsi:type="xsd:long">COOKIE</cookie>
		<tablename xsi:type="xsd:string">Defect</tablename>
		<filtername xsi:type="xsd:string">FILTER_NAME</filtername>
		<columnlist soap-enc:arraytype="urn:CTableColumn[7]" xsi:type="urn:ArrayOfCTableColumn">
			<item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Number</name></item>
			<item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Product</name></item>
			<item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Summary</name></item>
			<item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Type</name></item>
			<item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Reference</name></item>
			<item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Status</name></item>
			<item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Date Modified</name></item>
		</columnlist>
      </urn:getRecordListForTable>
   </soapenv:Body>
</soapenv:Envelope>"#;

/// examples/04: JSON query with escaped angle brackets.
const EX04: &str = r#"<soapenv:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:testtrack-interface">
   <soapenv:Header/>
   <soapenv:Body>
      <urn:getRecordListForTableWithQuery soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
		<cookie xsi:type="xsd:long">COOKIE</cookie>
		<tablename xsi:type="xsd:string">Defect</tablename>
		<filtername xsi:type="xsd:string"></filtername>
		<query xsi:type="xsd:string">{"Date Entered":{"&lt;from&gt;":"2017-05-26","&lt;through&gt;":"2017-06-27"}}</query><columnlist soap-enc:arraytype="urn:CTableColumn[2]" xsi:type="urn:ArrayOfCTableColumn"><item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Number</name></item><item xsi:type="urn:CTableColumn"><name xsi:type="xsd:string">Summary</name></item></columnlist></urn:getRecordListForTableWithQuery>
   </soapenv:Body>
</soapenv:Envelope>"#;

/// examples/05: logoff, and getDefect without its `summary` part.
const EX05_LOGOFF: &str = r#"<soapenv:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:testtrack-interface">
   <soapenv:Header/>
   <soapenv:Body>
      <urn:DatabaseLogoff soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
         <cookie xsi:type="xsd:long">COOKIE</cookie>
      </urn:DatabaseLogoff>
   </soapenv:Body>
</soapenv:Envelope>"#;

const EX05_GET: &str = r#"<soapenv:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:testtrack-interface">
   <soapenv:Header/>
   <soapenv:Body>
      <urn:getDefect soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
		<cookie xsi:type="xsd:long">COOKIE</cookie>
		<defectNumber xsi:type="xsd:long">12345</defectNumber>
		<bDownloadAttachments xsi:type="xsd:boolean">true</bDownloadAttachments>
      </urn:getDefect>
   </soapenv:Body>
</soapenv:Envelope>"#;

/// A SOAP::Lite-style envelope around a Perl fragment (examples/06 and 07).
fn perl_envelope(op: &str, inner: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ttns="urn:testtrack-interface" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><SOAP-ENV:Body><ttns:{op}>{inner}</ttns:{op}></SOAP-ENV:Body></SOAP-ENV:Envelope>"#
    )
}

/// examples/06: hand-built ProjectLogon with `ttns=CProjectDataOption[1]` and `SOAP-ENC:Array`.
const EX06: &str = r#"<pProj xsi:type="ttns:CProject"><database><name xsi:type="xsd:string">$database</name></database><options SOAP-ENC:arrayType="ttns=CProjectDataOption[1]" xsi:type="SOAP-ENC:Array"><item xsi:type="ttns:CProjectDataOption"><name xsi:type="xsd:string">TestTrack Pro</name></item></options><servernumber xsi:type="xsd:int">0</servernumber></pProj><username xsi:type="xsd:string">$soap_user</username><password xsi:type="xsd:string">$soap_pw</password>"#;

#[test]
fn example_02_php_project_logon() {
    let h = start();
    let body = EX02.replace("PROJECT_NAME", "Demo").replace("USERNAME", "ada").replace("PASSWORD", "ada-secret");
    let (status, _, xml) = post(&h, "/cgi-bin/ttsoapcgi.exe", "\"urn:testtrack-interface#ProjectLogon\"", &body);
    assert_eq!(status, 200, "{xml}");
    let c: i64 = text_of(&xml, "Cookie").unwrap().parse().unwrap();
    assert!(c > 0);
    assert!(xml.contains("<ttns:ProjectLogonResponse><Cookie"), "{xml}");
}

#[test]
fn example_03_php_record_list() {
    let h = start();
    let c = cookie(&h);
    for filter in ["", "Expert defects"] {
        let body = EX03.replace("COOKIE", &c.to_string()).replace("FILTER_NAME", filter);
        let (status, _, xml) =
            post(&h, "/cgi-bin/ttsoapcgi.exe", "\"urn:testtrack-interface#getRecordListForTable\"", &body);
        assert_eq!(status, 200, "{xml}");
        let rows = xml.matches("<row").count();
        assert_eq!(rows, if filter.is_empty() { 4 } else { 2 }, "{xml}");
        assert_eq!(xml.matches("<value").count(), rows * 7, "seven columns per row");
    }
}

#[test]
fn example_04_php_query() {
    let h = start();
    let c = cookie(&h);
    let (status, _, xml) = post(&h, "/cgi-bin/ttsoapcgi.exe", "", &EX04.replace("COOKIE", &c.to_string()));
    assert_eq!(status, 200, "{xml}");
    assert!(xml.contains("Crash when saving a file with a long name"));
    assert!(xml.contains("Typo in the About box"), "{xml}");
    assert!(!xml.contains("Installer needs a silent mode"));
}

#[test]
fn example_05_php_get_defect_without_summary_and_logoff() {
    let h = start();
    let c = cookie(&h);
    let (status, _, xml) = post(&h, "/cgi-bin/ttsoapcgi.exe", "", &EX05_GET.replace("COOKIE", &c.to_string()));
    assert_eq!(status, 500);
    assert_eq!(text_of(&xml, "faultstring").as_deref(), Some("The specified record does not exist in the database."));
    let body = EX05_GET.replace("COOKIE", &c.to_string()).replace(">12345<", ">1<").replace(">true<", ">0<");
    let (status, _, xml) = post(&h, "/cgi-bin/ttsoapcgi.exe", "", &body);
    assert_eq!(status, 200, "{xml}");
    assert!(xml.contains("<pDefect"));
    assert!(!xml.contains("<m-pFileData"), "bDownloadAttachments=0");
    let (status, _, xml) = post(&h, "/cgi-bin/ttsoapcgi.exe", "", &EX05_LOGOFF.replace("COOKIE", &c.to_string()));
    assert_eq!(status, 200);
    assert_eq!(text_of(&xml, "result").as_deref(), Some("0"));
    assert!(h.sessions().is_empty());
}

#[test]
fn example_06_perl_project_logon() {
    let h = start();
    let inner = EX06.replace("$database", "Demo").replace("$soap_user", "alan").replace("$soap_pw", "alan-secret");
    let (status, _, xml) = post(
        &h,
        "/scripts/ttsoapcgi.exe",
        "urn:testtrack-interface#ProjectLogon",
        &perl_envelope("ProjectLogon", &inner),
    );
    assert_eq!(status, 200, "{xml}");
    assert_eq!(h.sessions()[0].login, "alan");
}

#[test]
fn example_07_perl_save_defect_with_event_and_attachment() {
    let h = start();
    let s = ada(&h);
    let mut d = s.edit_defect(1, "", false).unwrap();
    let stored = (*d).clone();
    let report = stored.reportedbylist[0].recordid;
    let old_attachment = stored.reportedbylist[0].attachmentlist[0].m_recordid;
    let testtrack::types::AnyCEvent::CEvent(ev) = &stored.eventlist[0] else { panic!() };
    let c = s.cookie().expose();
    // Untyped scalars, arrays typed SOAP-ENC:Array, SOAP-ENC:position, an event without recordid.
    let inner = format!(
        r#"<cookie>{c}</cookie>
<pDefect xsi:type="ttns:CDefect">
  <recordid>{id}</recordid><defectnumber>1</defectnumber><summary>{summary}</summary><state>Assigned</state>
  <type>Bug</type><priority>High</priority><product>Expert</product><enteredby>Lovelace, Ada</enteredby><dateentered>2017-05-26</dateentered>
  <reportedbylist xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="ttns:CReportedByRecord[1]">
    <item xsi:type="ttns:CReportedByRecord"><recordid>{report}</recordid><foundby>Customer, Carl</foundby><datefound>2017-05-25</datefound>
      <attachmentlist xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="ttns:CFileAttachment[2]">
        <item xsi:type="ttns:CFileAttachment"><m-strFileName>crash.log</m-strFileName><m-recordid>{old_attachment}</m-recordid></item>
        <item xsi:type="ttns:CFileAttachment" SOAP-ENC:position="[1]"><m-pFileData>ZGlmZiAtLWdpdA==</m-pFileData><m-strFileName>commit_abc.txt</m-strFileName></item>
      </attachmentlist>
      <showorder>1</showorder></item>
  </reportedbylist>
  <eventlist xsi:type="SOAP-ENC:Array" SOAP-ENC:arrayType="ttns:CEvent[2]">
    <item xsi:type="ttns:CEvent"><recordid>{ev}</recordid><user>Lovelace, Ada</user><date>2017-05-27T09:00:00</date><eventaddorder>1</eventaddorder><name>Assign</name></item>
    <item xsi:type="ttns:CEvent"><user>Lovelace, Ada</user><notes>commit text</notes><name>SCM Update</name><date>2016-01-31T13:45:00</date><resultingstate>&lt;No State Change&gt;</resultingstate><hours>0</hours><generatedeventtype>User</generatedeventtype><totaltimespent>-1</totaltimespent><marksuspect>false</marksuspect></item>
  </eventlist>
</pDefect>"#,
        id = stored.recordid,
        summary = stored.summary.clone().unwrap(),
        ev = ev.recordid,
    );
    let (status, _, xml) =
        post(&h, "/scripts/ttsoapcgi.exe", "urn:testtrack-interface#saveDefect", &perl_envelope("saveDefect", &inner));
    assert_eq!(status, 200, "{xml}");
    assert_eq!(text_of(&xml, "result").as_deref(), Some("0"));
    // The raw save released the lock the guard was holding: forget the guard.
    d.summary = None;
    std::mem::forget(d);
    let got = s.get_defect(1, "", true).unwrap();
    assert_eq!(got.state.as_deref(), Some("Assigned"));
    let names: Vec<_> = got
        .eventlist
        .iter()
        .map(|e| match e {
            testtrack::types::AnyCEvent::CEvent(e) => e.name.clone().unwrap(),
            _ => String::new(),
        })
        .collect();
    assert_eq!(names, ["Assign", "SCM Update"]);
    let files = &got.reportedbylist[0].attachmentlist;
    assert_eq!(files.len(), 2);
    assert_eq!(files[0].m_p_file_data.as_ref().unwrap().0, b"Segmentation fault at 0xdeadbeef\n");
    assert_eq!(files[1].m_p_file_data.as_ref().unwrap().0, b"diff --git");
    assert_eq!(got.reportedbylist[0].foundby.as_deref(), Some("Customer, Carl"));
    assert!(h.locks().is_empty());
}

#[test]
fn keep_alive_connection_serves_many_calls() {
    let h = start();
    let c = cookie(&h);
    let body = envelope("getTableList", &format!("<cookie>{c}</cookie>"));
    let one =
        format!("POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    let last = format!(
        "POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let req = format!("{one}{one}{last}");
    let (status, _, rest) = http(&h, req.as_bytes());
    assert_eq!(status, 200);
    let all = String::from_utf8_lossy(&rest);
    // Three responses, each with an opening and a closing wrapper tag.
    assert_eq!(all.matches("getTableListResponse>").count(), 6);
}
