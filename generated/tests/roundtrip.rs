//! Every generated TestTrack type survives encode -> decode -> encode.
//!
//! - `every_type_round_trips_its_default`: `T::default()` for every type of
//!   `types::for_each_type`, decoded back (strict) equal, re-encoded byte-identical.
//! - `every_type_round_trips_a_populated_value`: for every type, a document filled from the
//!   model the generator loads from `wsdl/ttsoapcgi.wsdl` (every field present, arrays of two,
//!   polymorphic slots rotating through the family's subtypes, some nils), written exactly as
//!   the encoder writes it. It must decode (strict) and encode back to the same text.
//! - `rich_records_through_client_and_server`: hand-built `CDefect`, `CTestRun`, `CUser`,
//!   `CFolder` and `CRequirement` with nested arrays (events with field lists of several
//!   subtypes and an unknown one, attachments with bytes, reported-by records, date-only and
//!   zoned dateTime values) sent as requests through `write_request` and the generated
//!   `server::dispatch`, and served back as responses read with `read_response`.

use std::any::Any;
use std::collections::HashMap;
use std::fmt::Debug;
use std::path::Path;
use std::sync::Mutex;

use testtrack::ops;
use testtrack::types::*;
use ttsoap::envelope::{first_in_body, open_body, read_response, write_request};
use ttsoap::xml::{ReadOptions, XmlWriter};
use ttsoap::{Bytes, Cookie, Date, DateTime, Decode, Encode, Fault, Operation, Password, RawXml, Style, TypeInfo};
use ttsoap_codegen::model::{Field, Model, QName, TypeKind, SOAP_ENC_NS, XSD_NS};

fn model() -> Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../wsdl/ttsoapcgi.wsdl");
    ttsoap_codegen::load(&path, &Default::default()).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const ENVELOPE_START: &str = "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" \
    xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\" \
    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" \
    xmlns:ttns=\"urn:testtrack-interface\"><SOAP-ENV:Body>";
const ENVELOPE_END: &str = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

fn encode_value<T: Encode>(v: &T) -> String {
    let mut w = XmlWriter::new();
    v.encode("v", &TypeInfo::named("xsd:anyType"), &mut w);
    w.as_str().to_string()
}

fn decode_value<T: Decode>(fragment: &str, opts: ReadOptions) -> Result<T, ttsoap::DecodeError> {
    let doc = format!("{ENVELOPE_START}{fragment}{ENVELOPE_END}");
    let (mut r, body) = open_body(doc.as_bytes(), opts)?;
    let el = first_in_body(&mut r, &body)?.expect("an element in the Body");
    r.decode(el)
}

// ---- defaults ----

#[derive(Default)]
struct Defaults {
    count: usize,
    failures: Vec<String>,
}

impl ttsoap::encoding::TypeVisitor for Defaults {
    fn visit<T: Encode + Decode + Default + Clone + PartialEq + Debug + 'static>(&mut self, xml_name: &str) {
        self.count += 1;
        let v = T::default();
        let text = encode_value(&v);
        let back: T = match decode_value(&text, ReadOptions::strict()) {
            Ok(b) => b,
            Err(e) => return self.failures.push(format!("{xml_name}: {e}\n  {text}")),
        };
        if back != v {
            return self.failures.push(format!("{xml_name}: {v:?} came back as {back:?}"));
        }
        let again = encode_value(&back);
        if again != text {
            self.failures.push(format!("{xml_name}: not idempotent:\n  {text}\n  {again}"));
        }
    }
}

#[test]
fn every_type_round_trips_its_default() {
    let mut v = Defaults::default();
    testtrack::types::for_each_type(&mut v);
    assert!(v.count >= 70, "{} types", v.count);
    assert!(v.failures.is_empty(), "{}", v.failures.join("\n"));
}

// ---- populated values generated from the model ----

/// Below this depth, optional struct fields and arrays are filled; at it, they are left out
/// (or written empty when required), so recursive types stay finite.
const MAX_DEPTH: usize = 3;

const BASE64: [&str; 3] = ["AAEC/v8=", "3q2+7w==", "VGVzdFRyYWNr"];

/// Writes documents the way the encoder writes them, from the model.
struct Gen<'m> {
    model: &'m Model,
    subtypes: HashMap<QName, Vec<QName>>,
    counter: usize,
    /// Concrete type names written in polymorphic slots, to check every subtype is used.
    used_concrete: std::collections::BTreeSet<String>,
    /// Polymorphic declared types met in fields and array items.
    used_bases: std::collections::BTreeSet<QName>,
    nils: usize,
}

/// Text content as our writer escapes it: `&`, `<` and `>` only (quotes stay, as gSOAP writes them).
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

impl<'m> Gen<'m> {
    fn new(model: &'m Model) -> Self {
        let mut subtypes: HashMap<QName, Vec<QName>> = HashMap::new();
        for t in &model.types {
            if let TypeKind::Struct(s) = &t.kind {
                if let Some(b) = s.base.as_ref().filter(|b| !b.is_builtin()) {
                    subtypes.entry(b.clone()).or_default().push(t.name.clone());
                }
            }
        }
        Gen { model, subtypes, counter: 0, used_concrete: Default::default(), used_bases: Default::default(), nils: 0 }
    }

    fn next(&mut self) -> usize {
        self.counter += 1;
        self.counter
    }

    /// True once every `n` calls.
    fn one_in(&mut self, n: usize) -> bool {
        let rest = self.next() % n;
        rest == 0
    }

    fn qtext(&self, q: &QName) -> String {
        let prefix = if q.namespace == XSD_NS {
            "xsd"
        } else if q.namespace == SOAP_ENC_NS {
            "SOAP-ENC"
        } else {
            self.model.prefix_of(&q.namespace).expect("a prefix for every namespace")
        };
        format!("{prefix}:{}", q.name)
    }

    fn kind(&self, q: &QName) -> Option<&'m TypeKind> {
        self.model.type_def(q).map(|t| &t.kind)
    }

    /// Fields of a struct, base fields first.
    fn all_fields(&self, q: &QName) -> Vec<&'m Field> {
        let mut chain = Vec::new();
        let mut cur = Some(q.clone());
        while let Some(c) = cur {
            match self.kind(&c) {
                Some(TypeKind::Struct(s)) => {
                    chain.push(s);
                    cur = s.base.clone().filter(|b| !b.is_builtin());
                }
                _ => break,
            }
        }
        chain.iter().rev().flat_map(|s| s.fields.iter()).collect()
    }

    /// The non-abstract members of the family rooted at `q`, `q` first.
    fn family(&self, q: &QName) -> Vec<QName> {
        let mut out = Vec::new();
        let mut stack = vec![q.clone()];
        while let Some(c) = stack.pop() {
            if let Some(TypeKind::Struct(s)) = self.kind(&c) {
                if !s.is_abstract && !out.contains(&c) {
                    out.push(c.clone());
                }
            }
            stack.extend(self.subtypes.get(&c).into_iter().flatten().cloned());
        }
        out
    }

    fn is_array(&self, q: &QName) -> bool {
        matches!(self.kind(q), Some(TypeKind::Array(_)))
    }

    fn is_struct(&self, q: &QName) -> bool {
        matches!(self.kind(q), Some(TypeKind::Struct(_)))
    }

    /// The built-in a simple type reduces to.
    fn builtin_of(&self, q: &QName) -> QName {
        let mut cur = q.clone();
        for _ in 0..32 {
            match self.kind(&cur) {
                Some(TypeKind::Simple(s)) => cur = s.base.clone(),
                Some(TypeKind::Enum(e)) => cur = e.base.clone(),
                _ => break,
            }
        }
        cur
    }

    /// Canonical text for a value of a built-in type (as the runtime writes it).
    fn scalar_text(&mut self, builtin: &QName, field: &str) -> String {
        let c = self.next();
        match builtin.name.as_str() {
            "long" | "integer" => format!("{}", 1_000_000_000_000i64 + c as i64),
            "int" => format!("{}", 100_000 + c),
            "short" => format!("{}", c % 30_000),
            "byte" => format!("{}", -((c % 100) as i64)),
            "unsignedLong" | "unsignedInt" | "unsignedShort" | "unsignedByte" => format!("{}", c % 200),
            "boolean" => ["true", "false"][c % 2].to_string(),
            "double" => format!("{c}.5"),
            "float" => format!("{c}.25"),
            "decimal" => format!("{c}.10"),
            "date" => format!("2024-02-{:02}", c % 28 + 1),
            "dateTime" => match c % 3 {
                0 => format!("2015-08-14T06:31:{:02}", c % 60),
                1 => format!("2015-08-14T06:31:{:02}Z", c % 60),
                _ => format!("2019-12-31T23:59:{:02}-05:00", c % 60),
            },
            "base64Binary" => BASE64[c % BASE64.len()].to_string(),
            "string" => escape(&format!("{field} #{c} <a&b> \"q\" 'x' \u{fc}")),
            other => panic!("no sample for xsd:{other} (field {field})"),
        }
    }

    /// Writes element `name` holding a value of declared type `ty`.
    fn value(&mut self, name: &str, ty: &QName, depth: usize, out: &mut String) {
        assert!(depth < 16, "{name}: nesting too deep (a required cycle?)");
        match self.kind(ty) {
            Some(TypeKind::Struct(_)) => {
                let family = self.family(ty);
                let concrete = if self.subtypes.contains_key(ty) {
                    let pick = family[self.next() % family.len()].clone();
                    self.used_concrete.insert(pick.name.clone());
                    self.used_bases.insert(ty.clone());
                    pick
                } else {
                    ty.clone()
                };
                self.struct_el(name, &concrete, depth, out);
            }
            Some(TypeKind::Array(a)) => {
                let n = if depth < MAX_DEPTH { 2 } else { 0 };
                let (item, item_name) = (a.item.clone(), a.item_name.clone());
                out.push_str(&format!(
                    "<{name} xsi:type=\"{}\" SOAP-ENC:arrayType=\"{}[{n}]\"",
                    self.qtext(ty),
                    self.qtext(&item)
                ));
                if n == 0 {
                    out.push_str("/>");
                    return;
                }
                out.push('>');
                for _ in 0..n {
                    self.value(&item_name, &item, depth + 1, out);
                }
                out.push_str(&format!("</{name}>"));
            }
            Some(TypeKind::Enum(e)) => {
                let v = escape(&e.values[self.next() % e.values.len()]);
                out.push_str(&format!("<{name} xsi:type=\"{}\">{v}</{name}>", self.qtext(ty)));
            }
            Some(TypeKind::Simple(_)) | None => {
                let b = self.builtin_of(ty);
                let text = self.scalar_text(&b, name);
                out.push_str(&format!("<{name} xsi:type=\"{}\">{text}</{name}>", self.qtext(ty)));
            }
        }
    }

    /// Writes a struct of concrete type `q` with every field it can have.
    fn struct_el(&mut self, name: &str, q: &QName, depth: usize, out: &mut String) {
        let mut inner = String::new();
        for f in self.all_fields(q) {
            let deep = depth + 1 >= MAX_DEPTH;
            let nested = self.is_struct(&f.type_) || self.is_array(&f.type_);
            let repeated = f.max_occurs != Some(1) && f.max_occurs != Some(0);
            if repeated {
                let n = if deep { f.min_occurs.min(1) } else { 2 };
                for _ in 0..n {
                    self.value(&f.name, &f.type_, depth + 1, &mut inner);
                }
            } else if self.is_array(&f.type_) {
                // Required arrays are always written (empty when deep); optional ones only
                // when they have items.
                if f.min_occurs > 0 || !deep {
                    self.value(&f.name, &f.type_, depth + 1, &mut inner);
                }
            } else if f.min_occurs == 0 {
                if !(nested && deep) {
                    self.value(&f.name, &f.type_, depth + 1, &mut inner);
                }
            } else if f.nillable && (deep && nested || self.one_in(5)) {
                self.nils += 1;
                inner.push_str(&format!("<{} xsi:nil=\"true\"/>", f.name));
            } else {
                self.value(&f.name, &f.type_, depth + 1, &mut inner);
            }
        }
        out.push_str(&format!("<{name} xsi:type=\"{}\"", self.qtext(q)));
        if inner.is_empty() {
            out.push_str("/>");
        } else {
            out.push('>');
            out.push_str(&inner);
            out.push_str(&format!("</{name}>"));
        }
    }
}

struct Populated<'m> {
    gen: Gen<'m>,
    count: usize,
    documents: usize,
    failures: Vec<String>,
}

impl ttsoap::encoding::TypeVisitor for Populated<'_> {
    fn visit<T: Encode + Decode + Default + Clone + PartialEq + Debug + 'static>(&mut self, xml_name: &str) {
        self.count += 1;
        let (local, any) = match xml_name.strip_suffix("(any)") {
            Some(l) => (l, true),
            None => (xml_name, false),
        };
        let q = QName::new("urn:testtrack-interface", local);
        let members = if any { self.gen.family(&q) } else { vec![q.clone()] };
        assert!(!members.is_empty(), "{xml_name}: no concrete member");
        for m in members {
            for round in 0..2 {
                self.documents += 1;
                let mut doc = String::new();
                match self.gen.kind(&m) {
                    Some(TypeKind::Struct(_)) => self.gen.struct_el("v", &m, 0, &mut doc),
                    _ => self.gen.value("v", &m, 0, &mut doc),
                }
                let label = format!("{xml_name} as {} (round {round})", m.name);
                let v: T = match decode_value(&doc, ReadOptions::strict()) {
                    Ok(v) => v,
                    Err(e) => {
                        self.failures.push(format!("{label}: does not decode: {e}\n  {doc}"));
                        continue;
                    }
                };
                // Only a document whose every field is nil may decode to the default value.
                let fields = self.gen.all_fields(&m).len();
                if fields > doc.matches("xsi:nil").count() && v == T::default() {
                    self.failures.push(format!("{label}: decoded to the default value\n  {doc}"));
                }
                let text = encode_value(&v);
                if text != doc {
                    let at =
                        text.bytes().zip(doc.bytes()).position(|(a, b)| a != b).unwrap_or(text.len().min(doc.len()));
                    let from = at.saturating_sub(80);
                    self.failures.push(format!(
                        "{label}: re-encoded differently at byte {at}:\n  wrote:   …{}\n  encoded: …{}",
                        &doc[from..(at + 80).min(doc.len())],
                        &text[from..(at + 80).min(text.len())]
                    ));
                    continue;
                }
                match decode_value::<T>(&text, ReadOptions::strict()) {
                    Ok(again) if again == v => {}
                    Ok(again) => self.failures.push(format!("{label}: {v:?}\n  came back as {again:?}")),
                    Err(e) => self.failures.push(format!("{label}: re-encoded text does not decode: {e}")),
                }
            }
        }
    }
}

#[test]
fn every_type_round_trips_a_populated_value() {
    let m = model();
    let mut v = Populated { gen: Gen::new(&m), count: 0, documents: 0, failures: Vec::new() };
    testtrack::types::for_each_type(&mut v);
    assert!(
        v.failures.is_empty(),
        "{} of {} documents failed:\n{}",
        v.failures.len(),
        v.documents,
        v.failures.join("\n")
    );
    assert!(v.count >= 70 && v.documents > v.count, "{} types, {} documents", v.count, v.documents);
    assert!(v.gen.nils > 0, "some required nillable fields were written as xsi:nil");
    // Every member of a family used in a field or array showed up in that position.
    assert!(v.gen.used_bases.len() >= 5, "{:?}", v.gen.used_bases);
    for base in &v.gen.used_bases {
        for m in v.gen.family(base) {
            assert!(v.gen.used_concrete.contains(&m.name), "{} never used in a {} slot", m.name, base.name);
        }
    }
}

// ---- rich, hand-built records through a full envelope, both directions ----

fn date(s: &str) -> Option<Date> {
    Some(Date::parse(s).unwrap_or_else(|e| panic!("{s}: {e}")))
}

fn datetime(s: &str) -> Option<DateTime> {
    Some(DateTime::parse(s).unwrap_or_else(|e| panic!("{s}: {e}")))
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn attachment(name: &str, data: &[u8]) -> CFileAttachment {
    CFileAttachment {
        m_p_file_data: Some(Bytes(data.to_vec())),
        m_str_file_name: s(name),
        m_date_time_created: datetime("2017-05-26T10:11:12+02:00"),
        m_date_time_modified: datetime("2017-05-26T10:11:12Z"),
        m_recordid: 501,
        m_str_archive_name: s(&format!("{name}.zip")),
        m_str_type: s("Attachment"),
        m_script_order: Some(2),
        m_str_script_state: None,
    }
}

fn field_list() -> Vec<AnyCField> {
    vec![
        CStringField {
            recordid: 1,
            name: s("Notes"),
            value: s("multi\nline <b>bold</b> & \"quoted\""),
            is_multiline_string: Some(true),
            contains_formatting: Some(false),
            inline_attachment_list: vec![attachment("inline.png", &[0x89, b'P', b'N', b'G'])],
        }
        .into(),
        CIntegerField { recordid: 2, name: s("Count"), value: -42 }.into(),
        CDateField { recordid: 3, name: s("Due"), value: date("2024-02-29") }.into(),
        CDateTimeField { recordid: 4, name: s("When"), value: datetime("2015-08-14T06:31:00.5-07:00") }.into(),
        CDecimalField { recordid: 5, name: s("Cost"), value: 1234.5 }.into(),
        CBooleanField { recordid: 6, name: s("Flag"), value: true }.into(),
        CDropdownField {
            recordid: 7,
            name: s("Color"),
            value: s("Red"),
            dropdown_values: vec![CFieldValue { value: s("Red") }, CFieldValue { value: s("Blue") }],
        }
        .into(),
        CMultiSelectDropdownField {
            recordid: 8,
            name: s("Platforms"),
            values: vec![CFieldValue { value: s("Linux") }, CFieldValue { value: s("macOS") }],
            dropdown_values: vec![],
        }
        .into(),
        CTimespanField { recordid: 9, name: s("Spent"), value: 2.25, unit: s("hours") }.into(),
        CVersionField { recordid: 10, name: s("Version"), value: s("2017.1") }.into(),
        CField { recordid: 11, name: s("Plain") }.into(),
        // A field type a newer server could send: kept raw and written back verbatim.
        AnyCField::Unknown(RawXml::new(
            "ttns:CFutureField",
            "<item xsi:type=\"ttns:CFutureField\"><recordid xsi:type=\"xsd:long\">12</recordid>\
             <shape xsi:type=\"xsd:string\">hexagon</shape></item>",
        )),
    ]
}

fn events() -> Vec<AnyCEvent> {
    vec![
        CEvent {
            recordid: 900,
            user: s("Administrator"),
            date: datetime("2013-03-04T05:06:07"),
            notes: s("Assigned to Jo"),
            eventaddorder: 1,
            name: s("Assign"),
            parenteventid: Some(0),
            attachmentlist: vec![attachment("log.txt", b"line 1\r\nline 2\x00\xff")],
            fieldlist: field_list(),
            resultingstate: s("Open (Assigned)"),
            hours: Some(0.5),
            assigntolist: vec!["Jo".into(), "Sam".into()],
            releasenotesversion: None,
            generatedeventtype: s(""),
            generatedbyname: None,
            totaltimespent: Some(1.75),
            overrideuser: None,
            marksuspect: Some(false),
        }
        .into(),
        CDefectEvent { recordid: 901, eventaddorder: 2, name: s("Fix"), ..Default::default() }.into(),
    ]
}

fn rich_defect() -> CDefect {
    CDefect {
        recordid: 77,
        defectnumber: Some(1234),
        summary: s("Crash when saving a file with ümlauts & <angle> brackets"),
        state: s("Open"),
        disposition: None,
        type_: s("Crash - Data Loss"),
        priority: s("Immediate"),
        product: s("Helix ALM"),
        component: s("Core"),
        reference: s("REF-1"),
        severity: s("Critical"),
        enteredby: s("Jo User"),
        workaround: s("Use ASCII names"),
        workaround_inline_attach_list: vec![attachment("wa.png", &[1, 2, 3])],
        dateentered: date("2017-05-26"),
        locationaddedfrom: s("SOAP"),
        datetimecreated: datetime("2017-05-26T08:00:00Z"),
        datetimemodified: datetime("2017-05-27T09:30:15.123+05:30"),
        createdbyuser: s("Administrator"),
        modifiedbyuser: s("Jo User"),
        actualhourstofix: Some(3.0),
        estimatedhours: Some(2.5),
        remaininghours: Some(0.0),
        variance: Some(-0.5),
        storypoints: Some(8),
        percentdone: Some(50),
        reportedbylist: vec![
            CReportedByRecord {
                recordid: 1,
                foundby: s("Customer, A."),
                datefound: date("2017-05-01"),
                contactinfo: None,
                foundinversion: s("2017.0"),
                comments: s("Happens every time"),
                comments_inline_attach_list: vec![],
                reproduced: s("Always"),
                reproducedsteps: s("1. Open\n2. Save"),
                repro_steps_inline_attach_list: vec![attachment("steps.gif", b"GIF89a")],
                standardtestconfig: Some(CSystem {
                    recordid: 3,
                    systemname: s("Win10"),
                    hascdrom: Some(false),
                    ..Default::default()
                }),
                otherhardwaresoftware: None,
                other_hwsw_inline_attach_list: vec![],
                testconfigtype: Some(1),
                attachmentlist: vec![attachment("dump.dmp", &(0..=255).collect::<Vec<u8>>())],
                showorder: 0,
            },
            CReportedByRecord { recordid: 2, foundby: s("QA"), showorder: 1, ..Default::default() },
        ],
        eventlist: events(),
        p_scc_file_list: vec![CSCCFileRecord {
            recordid: 4,
            m_str_file_name: s("src/main.c"),
            m_str_fixed_revision: s("1.2"),
            m_date_fixed_timestamp: datetime("2017-05-28T00:00:00Z"),
            ..Default::default()
        }],
        custom_field_list: field_list(),
    }
}

fn rich_test_run() -> CTestRun {
    CTestRun {
        recordid: 300,
        testrunnumber: Some(17),
        summary: s("Login works"),
        state: s("Passed"),
        datetimecreated: datetime("2016-01-02T03:04:05-08:00"),
        custom_field_list: field_list(),
        eventlist: events(),
        estimatedhours: Some(1.0),
        testcasenumber: Some(9),
        testcaserecordid: Some(90),
        type_: s("Functional"),
        testrunset: s("Regression"),
        isautomated: Some(true),
        steps: s("<ol><li>Open</li></ol>"),
        test_variants: vec![CTestCaseVariantField {
            recordid: 1,
            name: s("Browser"),
            values: vec![CFieldValue { value: s("Firefox") }],
            dropdown_values: vec![CFieldValue { value: s("Firefox") }, CFieldValue { value: s("Chrome") }],
            type_: s("Dropdown"),
        }],
        attachmentlist: vec![attachment("screen.png", &[9; 300])],
        stepsmode: s("Grid"),
        ..Default::default()
    }
}

fn rich_user() -> CUser {
    CUser {
        recordid: 12,
        firstname: s("Jo"),
        middleinitials: s("Q"),
        lastname: s("User"),
        usergroupname: s("Engineering"),
        emailaddress: s("jo@example.com"),
        isactive: Some(true),
        iscustomer: Some(false),
        password: Some(Password::new("s3cr&t<>")),
        loginname: s("jo"),
        phoneone: Some(PhoneNumber { numbertype: s("Work"), phonenumber: s("+1 555 0100") }),
        phonetwo: None,
        testconfig: Some(CSystem { recordid: 8, systemname: s("Build box"), ..Default::default() }),
        ..Default::default()
    }
}

fn rich_folder() -> CFolder {
    CFolder {
        recordid: 40,
        createdbyuser: Some(12),
        ispublic: Some(true),
        datetimecreated: datetime("2018-06-07T08:09:10"),
        name: s("Sprint 12"),
        path: s("/Public/Sprints/Sprint 12"),
        order: Some(3),
        parentid: Some(39),
        notes: s("Goal: ship"),
        notes_inline_attach_list: vec![attachment("goal.png", &[0])],
        scheduleinfo: Some(CScheduleInfo {
            startdate: date("2018-06-04"),
            enddate: date("2018-06-15"),
            includeweekends: Some(false),
            nonworkingdays: Some(1),
            hoursperday: Some(7.5),
            ptohours: Some(0.0),
            usersavailable: Some(4.0),
            storypoints: Some(40),
        }),
        ..Default::default()
    }
}

fn rich_requirement() -> CRequirement {
    CRequirement {
        recordid: 600,
        number: Some(61),
        type_: s("Functional"),
        summary: s("The system shall log on"),
        date_entered: date("2014-07-08"),
        description: s("Multi\r\nline"),
        description_inline_attach_list: vec![attachment("d.png", b"PNG")],
        attachment_list: vec![attachment("spec.pdf", b"%PDF-1.4")],
        custom_field_list: field_list(),
        event_list: events(),
        version_list: vec![
            CVersionInfo {
                version_number: Some(1),
                created_by_user: s("jo"),
                date_time_created: s("2014-07-08 10:00"),
            }
            .into(),
            CSnapshotInfo { version_number: Some(2), label: s("Baseline"), comment: s("ok"), ..Default::default() }
                .into(),
        ],
        date_time_created: datetime("2014-07-08T10:00:00+01:00"),
        actual_hours: Some(4.0),
        ..Default::default()
    }
}

/// Captures the last request and answers `get*` calls with the stored records.
#[derive(Default)]
struct Echo {
    last: Mutex<Option<Box<dyn Any + Send>>>,
}

impl Echo {
    fn keep<T: Any + Send>(&self, v: T) {
        *self.last.lock().unwrap() = Some(Box::new(v));
    }
}

impl testtrack::Service for Echo {
    fn save_defect(&self, q: ops::SaveDefect) -> Result<ops::SaveDefectResponse, Fault> {
        self.keep(q);
        Ok(ops::SaveDefectResponse { result: 1 })
    }
    fn get_defect(&self, q: ops::GetDefect) -> Result<ops::GetDefectResponse, Fault> {
        assert_eq!(q.defect_number, 1234);
        Ok(ops::GetDefectResponse { p_defect: rich_defect() })
    }
    fn save_test_run(&self, q: ops::SaveTestRun) -> Result<ops::SaveTestRunResponse, Fault> {
        self.keep(q);
        Ok(ops::SaveTestRunResponse { result: 2 })
    }
    fn get_test_run(&self, _: ops::GetTestRun) -> Result<ops::GetTestRunResponse, Fault> {
        Ok(ops::GetTestRunResponse { p_test_run: rich_test_run() })
    }
    fn save_user(&self, q: ops::SaveUser) -> Result<ops::SaveUserResponse, Fault> {
        self.keep(q);
        Ok(ops::SaveUserResponse { result: 3 })
    }
    fn get_user(&self, _: ops::GetUser) -> Result<ops::GetUserResponse, Fault> {
        Ok(ops::GetUserResponse { p_user: rich_user() })
    }
    fn save_folder(&self, q: ops::SaveFolder) -> Result<ops::SaveFolderResponse, Fault> {
        self.keep(q);
        Ok(ops::SaveFolderResponse { result: 4 })
    }
    fn get_folder(&self, _: ops::GetFolder) -> Result<ops::GetFolderResponse, Fault> {
        Ok(ops::GetFolderResponse { p_folder: rich_folder() })
    }
    fn save_requirement(&self, q: ops::SaveRequirement) -> Result<ops::SaveRequirementResponse, Fault> {
        self.keep(q);
        Ok(ops::SaveRequirementResponse { result: 5 })
    }
    fn get_requirement(&self, _: ops::GetRequirement) -> Result<ops::GetRequirementResponse, Fault> {
        Ok(ops::GetRequirementResponse { p_requirement: rich_requirement() })
    }
}

/// Sends `op` through the generated server; returns what the handler received and the
/// decoded response.
fn call<O: Operation + Clone + Debug + Any + Send>(svc: &Echo, op: &O) -> (Option<O>, O::Response)
where
    O::Response: Debug,
{
    let request = write_request(op).unwrap();
    let reply = testtrack::server::dispatch(svc, &request, ReadOptions::strict());
    let body = String::from_utf8_lossy(&reply.body).into_owned();
    assert_eq!(reply.status, 200, "{}: {body}", O::NAME);
    assert_eq!(reply.operation, Some(O::NAME));
    let resp = read_response::<O::Response>(&reply.body, Style::Rpc, O::RESPONSE_NAME, ReadOptions::strict())
        .unwrap_or_else(|e| panic!("{}: response does not decode: {e}\n{body}", O::NAME));
    let got = svc.last.lock().unwrap().take().map(|b| *b.downcast::<O>().expect("the request of this operation"));
    (got, resp)
}

#[test]
fn rich_records_through_client_and_server() {
    let svc = Echo::default();
    let cookie = Cookie::new(424242);

    let save = ops::SaveDefect { cookie, p_defect: rich_defect() };
    let (got, resp) = call(&svc, &save);
    assert_eq!(got.as_ref(), Some(&save));
    assert_eq!(resp.result, 1);
    let text = String::from_utf8(write_request(&save).unwrap()).unwrap();
    assert!(text.contains("<item xsi:type=\"ttns:CFutureField\"><recordid"), "unknown subtype written back verbatim");
    assert!(text.contains("<dateentered xsi:type=\"xsd:date\">2017-05-26</dateentered>"));
    assert!(
        text.contains("<datetimemodified xsi:type=\"xsd:dateTime\">2017-05-27T09:30:15.123+05:30</datetimemodified>")
    );
    assert!(text.contains("SOAP-ENC:arrayType=\"ttns:CField[12]\""));
    let (_, resp) = call(&svc, &ops::GetDefect { cookie, defect_number: 1234, ..Default::default() });
    assert_eq!(resp.p_defect, rich_defect());
    match &resp.p_defect.eventlist[0] {
        AnyCEvent::CEvent(e) => {
            assert_eq!(e.fieldlist.len(), 12);
            assert_eq!(e.fieldlist[11].type_name(), "CFutureField");
            assert_eq!(e.attachmentlist[0].m_p_file_data.as_ref().unwrap().0, b"line 1\r\nline 2\x00\xff");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(resp.p_defect.eventlist[1].type_name(), "CDefectEvent");

    let save = ops::SaveTestRun { cookie, p_test_run: rich_test_run() };
    let (got, resp) = call(&svc, &save);
    assert_eq!((got.as_ref(), resp.result), (Some(&save), 2));
    let (_, resp) = call(&svc, &ops::GetTestRun { cookie, test_run_number: 17, ..Default::default() });
    assert_eq!(resp.p_test_run, rich_test_run());

    let save = ops::SaveUser {
        cookie,
        first_name: "Jo".into(),
        middle_initials: "".into(),
        last_name: "User".into(),
        p_user: rich_user(),
    };
    let (got, resp) = call(&svc, &save);
    assert_eq!((got.as_ref(), resp.result), (Some(&save), 3));
    let (_, resp) = call(&svc, &ops::GetUser { cookie, ..Default::default() });
    assert_eq!(resp.p_user, rich_user());
    assert_eq!(resp.p_user.password.as_ref().map(|p| p.expose()), Some("s3cr&t<>"));

    let save = ops::SaveFolder { cookie, p_folder: rich_folder() };
    let (got, resp) = call(&svc, &save);
    assert_eq!((got.as_ref(), resp.result), (Some(&save), 4));
    let (_, resp) = call(&svc, &ops::GetFolder { cookie, path: "/Public/Sprints".into() });
    assert_eq!(resp.p_folder, rich_folder());

    let save = ops::SaveRequirement { cookie, p_requirement: rich_requirement() };
    let (got, resp) = call(&svc, &save);
    assert_eq!((got.as_ref(), resp.result), (Some(&save), 5));
    let (_, resp) = call(&svc, &ops::GetRequirement { cookie, requirement_number: 61, ..Default::default() });
    assert_eq!(resp.p_requirement, rich_requirement());
    assert_eq!(resp.p_requirement.version_list[1].type_name(), "CSnapshotInfo");

    // An operation Echo does not implement answers a Server fault without a detail code.
    let reply = testtrack::server::dispatch(
        &svc,
        &write_request(&ops::DeleteDefect { cookie, ..Default::default() }).unwrap(),
        ReadOptions::strict(),
    );
    assert_eq!(reply.status, 500);
    let body = String::from_utf8_lossy(&reply.body);
    assert!(body.contains("The operation deleteDefect is not implemented by this server."), "{body}");
    assert!(!body.contains("<detail>"), "{body}");
}
