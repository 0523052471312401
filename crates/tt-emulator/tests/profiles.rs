//! Profiles (2013 vs 2017), determinism, fault injection, seeds (the binary's tests are in `crates/tt-emulator-bin`).

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use tt_emulator::{Profile, Seed};
use ttsoap::Fault;

#[test]
fn profile_2013_writes_bare_dates_and_lacks_newer_operations() {
    let h = builder().profile(Profile::V2013).start().unwrap();
    assert_eq!(h.profile(), Profile::V2013);
    let s = ada(&h);
    let c = s.cookie().expose();
    let get = envelope("getDefect", &format!("<cookie>{c}</cookie><defectNumber>1</defectNumber>"));
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &get);
    assert_eq!(status, 200);
    assert!(xml.contains(r#"<date xsi:type="xsd:dateTime">2017-05-27</date>"#), "{xml}");
    assert!(!xml.contains("<dateentered"), "CDefect.dateentered is not in the 2013 interface");
    // Our client reads the bare date in a dateTime field.
    let d = s.get_defect(1, "", false).unwrap();
    let testtrack::types::AnyCEvent::CEvent(ev) = &d.eventlist[0] else { panic!() };
    assert_eq!(ev.date.as_ref().unwrap().as_str(), "2017-05-27");
    // Operations added after 2013 are unknown methods: a typed error naming the operation and
    // the server's version.
    let e = s.get_tt_version_info().unwrap_err();
    let ttsoap::Error::UnknownOperation { operation, server } = &e else { panic!("{e:?}") };
    assert_eq!(operation, "getTTVersionInfo");
    assert!(server.contains(&h.url()) && server.contains("unknown (pre-2017"), "{server}");
    assert!(e.fault().is_none() && e.is_unknown_operation());
    let e = s.get_user_for_current_session().unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "the server has no operation getUserForCurrentSession (at {}, version unknown (pre-2017: the \
             server has no getTTVersionInfo))",
            h.url()
        )
    );
    // Through the client alone (no session to ask the version with): the endpoint.
    let e = s.runtime().client().call(testtrack::ops::GetTTVersionInfo { cookie: s.cookie() }).unwrap_err();
    let ttsoap::Error::UnknownOperation { operation, server } = &e else { panic!("{e:?}") };
    assert_eq!((operation.as_str(), server.clone()), ("getTTVersionInfo", format!("at {}", h.url())));
    // A fault for another reason stays a fault.
    assert!(s.get_defect(999, "", false).unwrap_err().is_not_found());
    let cols = vec![testtrack::types::CTableColumn { name: Some("Number".into()) }];
    assert!(s.get_record_list_for_table_with_query("Defect", "", "", cols.clone()).is_err());
    assert_eq!(s.get_record_list_for_table("Defect", "", cols).unwrap().records.len(), 4);

    let h = start();
    assert_eq!(h.profile(), Profile::V2017);
    let s = ada(&h);
    let c = s.cookie().expose();
    let get = envelope("getDefect", &format!("<cookie>{c}</cookie><defectNumber>1</defectNumber>"));
    let (_, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &get);
    assert!(xml.contains(r#"<date xsi:type="xsd:dateTime">2017-05-27T09:00:00</date>"#), "{xml}");
    assert!(xml.contains(r#"<dateentered xsi:type="xsd:date">2017-05-26</dateentered>"#));
}

/// Each profile serves its own WSDL: the 2013 one lists exactly the operations the 2013 profile
/// answers, the 2017 one all 161.
#[test]
fn each_profile_serves_its_own_wsdl() {
    let operations = |wsdl: &str| -> Vec<String> {
        let binding = &wsdl[wsdl.find("<binding ").unwrap()..];
        binding.split("<operation name=\"").skip(1).map(|r| r[..r.find('"').unwrap()].to_string()).collect()
    };
    for (profile, count) in [(Profile::V2013, 155), (Profile::V2017, 161)] {
        let h = builder().profile(profile).start().unwrap();
        let served = ureq_text(&h.wsdl_url());
        let ops = operations(&served);
        assert_eq!(ops.len(), count, "{profile:?}");
        for newer in tt_emulator::NEWER_THAN_2013 {
            assert_eq!(ops.iter().any(|o| o == newer), profile == Profile::V2017, "{profile:?} {newer}");
        }
        assert!(served.contains(&format!("location=\"{}\"", h.url())), "the address points here");
        let datefound = served.split("name=\"datefound\" type=\"").nth(1).unwrap();
        let want = if profile == Profile::V2013 { "xsd:dateTime\"" } else { "xsd:date\"" };
        assert!(datefound.starts_with(want), "{profile:?}: {}", &datefound[..20]);
        h.stop();
    }
}

/// `server_version()`: the 2017 profile answers getTTVersionInfo, the 2013 one does not know it;
/// the bindings say which WSDL they came from.
#[test]
fn server_version_tells_2017_from_older_servers() {
    let h = builder().profile(Profile::V2017).start().unwrap();
    let v = ada(&h).runtime().server_version().unwrap();
    let ttsoap::ServerVersion::Known { server, cgi } = &v else { panic!("{v:?}") };
    assert!(!server.is_empty() && !cgi.is_empty(), "{v:?}");
    h.stop();
    let h = builder().profile(Profile::V2013).start().unwrap();
    let v = ada(&h).runtime().server_version().unwrap();
    assert_eq!(v, ttsoap::ServerVersion::Pre2017);
    assert!(v.to_string().starts_with("unknown (pre-2017"));
    h.stop();
    assert_eq!(testtrack::WSDL.name, "ttsoapcgi.wsdl");
    assert_eq!(testtrack::WSDL.label, "Helix ALM 2017");
    assert_eq!(testtrack::WSDL.operations, 161);
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../wsdl/ttsoapcgi.wsdl")).unwrap();
    assert_eq!(testtrack::WSDL.sha256, sha256sum(&bytes), "the constant names the checked-in WSDL");
}

/// SHA-256 by the system's `sha256sum` (an independent implementation).
fn sha256sum(bytes: &[u8]) -> String {
    use std::io::Write;
    let mut child = Command::new("sha256sum").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).split_whitespace().next().unwrap().to_string()
}

fn ureq_text(url: &str) -> String {
    let t = ttsoap::transport::Transport::new(
        ttsoap::endpoint::Endpoint::exact(url).unwrap(),
        ttsoap::transport::TransportConfig::default(),
    )
    .unwrap();
    let r = t.get(url).unwrap();
    assert_eq!(r.status, 200);
    String::from_utf8(r.body).unwrap()
}

/// A scripted session whose every response is recorded.
fn script() -> Vec<String> {
    let h = start();
    let mut out = Vec::new();
    let login =
        envelope("DatabaseLogon", "<dbname>Demo</dbname><username>ada</username><password>ada-secret</password>");
    let (_, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &login);
    let c = text_of(&xml, "Cookie").unwrap();
    out.push(xml);
    let calls = [
        envelope(
            "addDefect",
            &format!("<cookie>{c}</cookie><pDefect><recordid>0</recordid><summary>Scripted</summary></pDefect>"),
        ),
        envelope(
            "getDefect",
            &format!(
                "<cookie>{c}</cookie><defectNumber>5</defectNumber><bDownloadAttachments>1</bDownloadAttachments>"
            ),
        ),
        envelope("editDefect", &format!("<cookie>{c}</cookie><defectNumber>1</defectNumber>")),
        envelope("getTableList", &format!("<cookie>{c}</cookie>")),
    ];
    for call in calls {
        h.advance_clock(Duration::from_secs(61));
        out.push(post(&h, "/scripts/ttsoapcgi.exe", "", &call).2);
    }
    out
}

#[test]
fn fixed_clock_and_rng_seed_reproduce_every_byte() {
    let a = script();
    assert_eq!(a, script());
    assert!(a[2].contains("2017-06-01T12:01:01Z"), "the clock moved only as told: {}", a[2]);
}

#[test]
fn injected_faults() {
    let h = start();
    let s = ada(&h);
    h.inject_fault("getDefect", Fault::server("Database error.", 12), 2);
    assert_eq!(fault_code(s.get_defect(1, "", false)), 12);
    let e = s.get_defect(1, "", false).unwrap_err();
    assert_eq!(e.fault().unwrap().string, "Database error.");
    s.get_defect(1, "", false).expect("only twice");
    // Any operation, even before logon; a zero count removes the injection.
    h.inject_fault("ProjectLogon", Fault::server("License in use.", 21), 5);
    let c = client(&h);
    assert_eq!(
        fault_code(c.project_logon(testtrack::client::project_by_name("Demo"), "ada", &"ada-secret".into())),
        21
    );
    h.inject_fault("ProjectLogon", Fault::server("x", 21), 0);
    assert!(c.project_logon(testtrack::client::project_by_name("Demo"), "ada", &"ada-secret".into()).is_ok());
}

#[test]
fn seed_errors_are_reported() {
    let bad = |json: &str| builder().seed(Seed::from_json(json).unwrap()).start().unwrap_err().to_string();
    assert!(bad(r#"{"projects":[{"name":"P","records":[{"table":"Bugs"}]}]}"#).contains("unknown table 'Bugs'"));
    assert!(bad(r#"{"projects":[{"name":"P","records":[{"table":"Defect","fields":{"Nope":1}}]}]}"#).contains("Nope"));
    assert!(bad(r#"{"projects":[{"name":"P","records":[{"table":"Defect","fields":{"Summary":"x","Type":"Bogus"}}],
        "dropdowns":{"Defect":{"Type":["Bug"]}}}]}"#)
    .contains("Bogus"));
    assert!(bad(r#"{"projects":[{"name":"P","filters":[{"name":"f","table":"Defect","query":{"Nope":1}}]}]}"#)
        .contains("unknown field"));
    assert!(bad(r#"{"projects":[{"name":"P"},{"name":"p"}]}"#).contains("two projects"));
    assert!(Seed::from_json(r#"{"nope": 1}"#).is_err());
    // The demo seed file in the repository is the built-in one.
    let file = Seed::from_file(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/demo.json"))).unwrap();
    assert_eq!(file, Seed::demo());
}

#[test]
fn explicit_xsi_type_contradicting_the_wsdl_faults_in_2017_only() {
    let get = |c: i64, ty: &str| {
        envelope("getDefect", &format!(r#"<cookie>{c}</cookie><defectNumber xsi:type="xsd:{ty}">1</defectNumber>"#))
    };
    let h = start();
    let s = ada(&h);
    let c = s.cookie().expose();
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &get(c, "string"));
    assert_eq!(status, 500, "{xml}");
    assert_eq!(text_of(&xml, "faultcode").as_deref(), Some("SOAP-ENV:Client"));
    let text = text_of(&xml, "faultstring").unwrap();
    assert!(text.starts_with("Validation constraint violation: type mismatch"), "{text}");
    // The declared type (or none) is fine.
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &get(c, "long"));
    assert_eq!(status, 200, "{xml}");

    let h = builder().profile(Profile::V2013).start().unwrap();
    let s = ada(&h);
    let c = s.cookie().expose();
    let (status, _, xml) = post(&h, "/scripts/ttsoapcgi.exe", "", &get(c, "string"));
    assert_eq!(status, 200, "{xml}");
}
