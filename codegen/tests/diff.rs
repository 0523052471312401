//! `diff`: the TestTrack 2013 WSDL (../shared) against ours (Helix ALM 2017) gives exactly the
//! documented differences (FACTS.md section 2: six operations, the `password` part of
//! promoteUser/promoteCustomer, two types, the inserted fields, date-only fields retyped from
//! `xsd:dateTime` to `xsd:date`) plus the 19 fields that became nillable; and small models
//! written here show each kind of change with its classification, and the CLI's exit codes.
//!
//! When ../shared is absent the 2013 test prints "skipping: ../shared not found", except with
//! CI=true, where it fails.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

mod shared_dir;

use shared_dir::{shared, workspace};
use ttsoap_codegen::diff::{diff, ChangeKind, Format, ModelDiff};
use ttsoap_codegen::{load, LoadOptions};

fn subjects(d: &ModelDiff, kind: ChangeKind) -> BTreeSet<String> {
    d.of_kind(kind).map(|c| c.subject.clone()).collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn testtrack_2013_to_2017_is_exactly_the_documented_differences() {
    let Some(shared) = shared() else { return };
    let real = load(&shared.join("testtrack/wsdl/ttsoapcgi-2013.wsdl"), &LoadOptions::default()).unwrap();
    let ours = load(&workspace().join("wsdl/ttsoapcgi.wsdl"), &LoadOptions::default()).unwrap();
    assert_documented_2013_to_2017(&diff(&real, &ours, "2013", "2017").unwrap());
    // Our own 2013 WSDL (written from the 2013 facts) models exactly as the real one does.
    let ours_2013 = load(&workspace().join("wsdl/ttsoapcgi-2013.wsdl"), &LoadOptions::default()).unwrap();
    let same = diff(&real, &ours_2013, "real 2013", "our 2013").unwrap();
    assert!(same.changes.is_empty(), "{}", same.render(Format::Text));
}

/// Needs nothing from ../shared: our two WSDLs differ exactly as the two server versions do.
#[test]
fn our_2013_and_2017_wsdls_differ_as_documented() {
    let old = load(&workspace().join("wsdl/ttsoapcgi-2013.wsdl"), &LoadOptions::default()).unwrap();
    let new = load(&workspace().join("wsdl/ttsoapcgi.wsdl"), &LoadOptions::default()).unwrap();
    assert_documented_2013_to_2017(&diff(&old, &new, "2013", "2017").unwrap());
}

fn assert_documented_2013_to_2017(d: &ModelDiff) {
    let ops = [
        "getUserForCurrentSession",
        "getRecordListForTableWithQuery",
        "getTTVersionInfo",
        "getDocForExportTemplate",
        "getDocForExportTemplateReqDoc",
        "getDocForExportTemplateFolder",
    ];
    assert_eq!(subjects(d, ChangeKind::OperationAdded), set(&ops));
    assert!(d.of_kind(ChangeKind::OperationAdded).all(|c| !c.breaks_source && c.breaks_wire));
    assert_eq!(subjects(d, ChangeKind::PartAdded), set(&["promoteUser(in).password", "promoteCustomer(in).password"]));
    assert_eq!(subjects(d, ChangeKind::TypeAdded), set(&["CTTVersionInfo", "CTimespanField"]));
    let added_fields = [
        "CDefect.dateentered",
        "CFile.m-dateTimeCreated",
        "CFile.m-dateTimeModified",
        "CFolder.taskboardname",
        "CFolderType.isactive",
        "CFolderType.taskboardenabled",
        "CFolderType.defaulttaskboardname",
        "CUser.userLicenseRMReviewer",
        "CUser.userLicenseSuite",
    ];
    assert_eq!(subjects(d, ChangeKind::FieldAdded), set(&added_fields));
    let dateentered = d.of_kind(ChangeKind::FieldAdded).find(|c| c.subject == "CDefect.dateentered").unwrap();
    assert!(dateentered.detail.starts_with("inserted after workaroundInlineAttachList"), "{}", dateentered.detail);
    let reviewer = d.of_kind(ChangeKind::FieldAdded).find(|c| c.subject == "CUser.userLicenseRMReviewer").unwrap();
    assert!(reviewer.detail.starts_with("inserted after userLicenseRM "), "{}", reviewer.detail);

    let retyped = [
        "CReportedByRecord.datefound",
        "CRequirement.dateEntered",
        "CScheduleInfo.startdate",
        "CScheduleInfo.enddate",
        "CTask.datedue",
        "CTask.dateassigned",
        "CDateField.value",
    ];
    assert_eq!(subjects(d, ChangeKind::FieldRetyped), set(&retyped));
    for c in d.of_kind(ChangeKind::FieldRetyped) {
        assert!(c.detail.starts_with("xsd:dateTime") && c.detail.contains("-> xsd:date "), "{c:?}");
        assert!(c.breaks_wire && c.breaks_source, "{c:?}");
    }

    let nillable = subjects(d, ChangeKind::FieldNillability);
    assert_eq!(nillable.len(), 19, "{nillable:?}");
    assert!(nillable.contains("CTableColumn.name"));
    assert!(d.of_kind(ChangeKind::FieldNillability).all(|c| c.detail == "became nillable" && !c.breaks_wire));
    // `String` -> `Option<String>` breaks source; an array stays a `Vec` and does not.
    let row = d.of_kind(ChangeKind::FieldNillability).find(|c| c.subject == "CRecordRowSoap.row").unwrap();
    assert!(!row.breaks_source);
    let name = d.of_kind(ChangeKind::FieldNillability).find(|c| c.subject == "CTableColumn.name").unwrap();
    assert!(name.breaks_source);

    let families: BTreeSet<String> = d.of_kind(ChangeKind::FamilyMemberAdded).map(|c| c.detail.clone()).collect();
    assert_eq!(families, set(&["CTimespanField joined the family"]));

    // Nothing else: every change is one of the kinds above.
    let expected_total = ops.len() + 2 + 2 + added_fields.len() + retyped.len() + 19;
    let family_changes = d.of_kind(ChangeKind::FamilyMemberAdded).count();
    assert_eq!(d.changes.len(), expected_total + family_changes, "{}", d.render(Format::Text));
    assert!(d.breaks_source() && d.breaks_wire());
}

const OLD: &str = r#"<?xml version="1.0"?>
<definitions name="S" targetNamespace="urn:s" xmlns="http://schemas.xmlsoap.org/wsdl/"
  xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  xmlns:tns="urn:s">
  <types><xsd:schema targetNamespace="urn:s">
    <xsd:complexType name="Base"><xsd:sequence><xsd:element name="id" type="xsd:long"/></xsd:sequence></xsd:complexType>
    <xsd:complexType name="Item"><xsd:complexContent><xsd:extension base="tns:Base"><xsd:sequence>
      <xsd:element name="a" type="xsd:string"/>
      <xsd:element name="b" type="xsd:int" minOccurs="0"/>
      <xsd:element name="c" type="xsd:string"/>
      <xsd:element name="gone" type="xsd:string"/>
    </xsd:sequence></xsd:extension></xsd:complexContent></xsd:complexType>
    <xsd:simpleType name="Color"><xsd:restriction base="xsd:string">
      <xsd:enumeration value="red"/><xsd:enumeration value="green"/>
    </xsd:restriction></xsd:simpleType>
    <xsd:complexType name="Old"><xsd:sequence><xsd:element name="x" type="xsd:string"/></xsd:sequence></xsd:complexType>
  </xsd:schema></types>
  <message name="getIn"><part name="id" type="xsd:long"/><part name="flag" type="xsd:boolean"/></message>
  <message name="getOut"><part name="item" type="tns:Item"/></message>
  <message name="dropIn"><part name="id" type="xsd:long"/></message>
  <message name="dropOut"><part name="result" type="xsd:int"/></message>
  <portType name="P">
    <operation name="get"><input message="tns:getIn"/><output message="tns:getOut"/></operation>
    <operation name="drop"><input message="tns:dropIn"/><output message="tns:dropOut"/></operation>
  </portType>
  <binding name="B" type="tns:P"><soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="get"><soap:operation soapAction="get"/>
      <input><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></input>
      <output><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></output></operation>
    <operation name="drop"><soap:operation soapAction=""/>
      <input><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></input>
      <output><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></output></operation>
  </binding>
  <service name="S"><port name="P" binding="tns:B"><soap:address location="http://localhost/s"/></port></service>
</definitions>"#;

/// `OLD` with one change of each kind.
fn new_wsdl() -> String {
    OLD.replace(
        r#"<xsd:element name="a" type="xsd:string"/>
      <xsd:element name="b" type="xsd:int" minOccurs="0"/>
      <xsd:element name="c" type="xsd:string"/>
      <xsd:element name="gone" type="xsd:string"/>"#,
        r#"<xsd:element name="c" type="xsd:string" nillable="true"/>
      <xsd:element name="a" type="xsd:long"/>
      <xsd:element name="b" type="xsd:int"/>
      <xsd:element name="new" type="tns:Color"/>"#,
    )
    .replace(r#"<xsd:enumeration value="green"/>"#, r#"<xsd:enumeration value="blue"/>"#)
    .replace(
        r#"<xsd:complexType name="Old"><xsd:sequence><xsd:element name="x" type="xsd:string"/></xsd:sequence></xsd:complexType>"#,
        r#"<xsd:complexType name="Special"><xsd:complexContent><xsd:extension base="tns:Base"><xsd:sequence/></xsd:extension></xsd:complexContent></xsd:complexType>"#,
    )
    .replace(r#"<part name="flag" type="xsd:boolean"/>"#, r#"<part name="enabled" type="xsd:boolean"/>"#)
    .replace(r#"<soap:operation soapAction="get"/>"#, r#"<soap:operation soapAction="urn:s#get"/>"#)
    .replace(r#"<part name="result" type="xsd:int"/>"#, r#"<part name="result" type="xsd:long"/>"#)
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ttsoap-diff-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn each_kind_of_change_is_found_and_classified() {
    let dir = tempdir("kinds");
    let old = load(&write(&dir, "old.wsdl", OLD), &LoadOptions::default()).unwrap();
    let new = load(&write(&dir, "new.wsdl", &new_wsdl()), &LoadOptions::default()).unwrap();
    let d = diff(&old, &new, "old", "new").unwrap();
    let find = |kind: ChangeKind, subject: &str| {
        d.of_kind(kind)
            .find(|c| c.subject == subject)
            .unwrap_or_else(|| panic!("no {kind:?} for {subject}:\n{}", d.render(Format::Text)))
            .clone()
    };
    let c = find(ChangeKind::FieldRetyped, "Item.a");
    assert!(c.breaks_source && c.breaks_wire && c.detail == "xsd:string 1..1 -> xsd:long 1..1", "{c:?}");
    let c = find(ChangeKind::FieldOptionality, "Item.b");
    assert!(c.breaks_source && !c.breaks_wire, "Option<i32> -> i32: {c:?}");
    let c = find(ChangeKind::FieldNillability, "Item.c");
    assert!(c.breaks_source && !c.breaks_wire, "{c:?}");
    let c = find(ChangeKind::FieldRemoved, "Item.gone");
    assert!(c.breaks_source && !c.breaks_wire);
    let c = find(ChangeKind::FieldAdded, "Item.new");
    assert!(c.detail.starts_with("appended after b"), "{c:?}");
    let c = find(ChangeKind::FieldsReordered, "Item");
    assert_eq!(c.detail, "order a, b, c -> c, a, b");
    assert!(!c.breaks_source && !c.breaks_wire, "an encoded binding matches children by name");
    assert!(find(ChangeKind::EnumValueAdded, "Color::blue").breaks_wire);
    assert!(find(ChangeKind::EnumValueRemoved, "Color::green").breaks_source);
    assert!(find(ChangeKind::TypeRemoved, "Old").breaks_source);
    assert!(!find(ChangeKind::TypeAdded, "Special").breaks_source);
    assert_eq!(find(ChangeKind::FamilyMemberAdded, "Base").detail, "Special joined the family");
    let c = find(ChangeKind::PartRenamed, "get(in).flag");
    assert!(c.detail == "renamed to enabled" && c.breaks_source && c.breaks_wire, "{c:?}");
    let c = find(ChangeKind::SoapActionChanged, "get");
    assert!(!c.breaks_source && c.breaks_wire);
    let c = find(ChangeKind::PartRetyped, "drop(out).result");
    assert!(c.breaks_source && c.breaks_wire && c.detail == "xsd:int -> xsd:long", "{c:?}");

    // Reversed, additions become removals and the reverse.
    let back = diff(&new, &old, "new", "old").unwrap();
    assert!(back.of_kind(ChangeKind::FieldRemoved).any(|c| c.subject == "Item.new"));
    assert!(back.of_kind(ChangeKind::FamilyMemberRemoved).any(|c| c.detail == "Special left the family"));

    // The same model: no change at all.
    assert!(diff(&old, &old, "a", "b").unwrap().changes.is_empty());

    // Each format carries every change.
    let md = d.render(Format::Markdown);
    assert!(md.contains("| ~ | `Item.a` | xsd:string 1..1 -> xsd:long 1..1 | breaks | breaks |"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&d.render(Format::Json)).unwrap();
    assert_eq!(json["changes"].as_array().unwrap().len(), d.changes.len());
    assert_eq!(json["changes"][0]["kind"], "soap_action_changed");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn cli_exit_code_says_whether_source_breaks() {
    let dir = tempdir("cli");
    let old = write(&dir, "old.wsdl", OLD);
    let new = write(&dir, "new.wsdl", &new_wsdl());
    // Only an added operation: compatible for source.
    let added = OLD.replace(
        r#"<operation name="drop"><input message="tns:dropIn"/><output message="tns:dropOut"/></operation>"#,
        r#"<operation name="drop"><input message="tns:dropIn"/><output message="tns:dropOut"/></operation>
    <operation name="drop2"><input message="tns:dropIn"/><output message="tns:dropOut"/></operation>"#,
    )
    .replace(
        r#"  </binding>"#,
        r#"    <operation name="drop2"><soap:operation soapAction=""/>
      <input><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></input>
      <output><soap:body use="encoded" namespace="urn:s" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></output></operation>
  </binding>"#,
    );
    let compatible = write(&dir, "added.wsdl", &added);
    let run = |args: &[&Path], extra: &[&str]| {
        let out =
            Command::new(env!("CARGO_BIN_EXE_ttsoap-codegen")).arg("diff").args(args).args(extra).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, text, _) = run(&[&old, &new], &[]);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.starts_with("old.wsdl -> new.wsdl: "), "{text}");
    assert!(text.contains("  ~ Item.a "), "{text}");
    let (code, text, _) = run(&[&old, &compatible], &["--format", "markdown"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("| + | `drop2` | added |  | breaks |"), "{text}");
    let (code, _, err) = run(&[&old], &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("diff needs two WSDL files"), "{err}");
    let (code, _, err) = run(&[&old, &new], &["--format", "yaml"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown format"), "{err}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn header_changes_are_found_and_classified() {
    let dir = tempdir("headers");
    let case = workspace().join("codegen/tests/cases/soap_headers/input.wsdl");
    let text = std::fs::read_to_string(&case).unwrap();
    // The new version: query no longer takes SessionHeader (required) or Locale, login
    // takes SessionHeader, and login's output gains LimitInfoHeader.
    let required =
        "<soap:header use=\"literal\" message=\"tns:Header\" part=\"SessionHeader\" wsdl:required=\"true\"/>";
    let locale =
        "<soap:header use=\"literal\" message=\"tns:Header\" part=\"Locale\" namespace=\"urn:case-soap-headers\"/>";
    let login_in = "<soap:header use=\"literal\" message=\"tns:Header\" part=\"CallOptions\"/>\n        <soap:body use=\"literal\" parts=\"parameters\"/>\n      </input>\n      <output>\n        <soap:body use=\"literal\"/>";
    assert!(text.contains(required) && text.contains(locale) && text.contains(login_in), "the case changed");
    let new_text = text.replace(required, "").replace(locale, "").replacen(
        login_in,
        "<soap:header use=\"literal\" message=\"tns:Header\" part=\"CallOptions\"/>\n        <soap:header use=\"literal\" message=\"tns:Header\" part=\"SessionHeader\"/>\n        <soap:body use=\"literal\" parts=\"parameters\"/>\n      </input>\n      <output>\n        <soap:header use=\"literal\" message=\"tns:Header\" part=\"LimitInfoHeader\"/>\n        <soap:body use=\"literal\"/>",
        1,
    );
    let old = load(&case, &LoadOptions::default()).unwrap();
    let new = load(&write(&dir, "new.wsdl", &new_text), &LoadOptions::default()).unwrap();
    let d = diff(&old, &new, "old", "new").unwrap();
    let impact = |kind: ChangeKind, subject: &str| {
        let c = d.of_kind(kind).find(|c| c.subject == subject);
        let c = c.unwrap_or_else(|| panic!("no {kind:?} for {subject}:\n{}", d.render(Format::Text)));
        (c.breaks_source, c.breaks_wire)
    };
    assert_eq!(impact(ChangeKind::HeaderAdded, "login(in) header SessionHeader"), (false, true));
    assert_eq!(impact(ChangeKind::HeaderAdded, "login(out) header LimitInfoHeader"), (false, false));
    // Still a header of login: the type keeps implementing Header; the old bindings sent it
    // with mustUnderstand, which a server that no longer knows it refuses.
    assert_eq!(impact(ChangeKind::HeaderRemoved, "query(in) header SessionHeader"), (false, true));
    // No operation has Locale any more: the generated newtype is gone.
    assert_eq!(impact(ChangeKind::HeaderRemoved, "query(in) header Locale"), (true, false));
    assert_eq!(d.changes.iter().filter(|c| c.kind.section() == "Headers").count(), 4, "{}", d.render(Format::Text));
    assert!(d.render(Format::Text).contains("Headers (4)"), "{}", d.render(Format::Text));
    let _ = std::fs::remove_dir_all(dir);
}
