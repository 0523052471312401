//! TestTrack 2013 (the only public WSDL, in ../shared/testtrack/wsdl) against our Helix ALM
//! 2017 WSDL (wsdl/ttsoapcgi.wsdl): every difference the loader sees must be one of the
//! documented interface changes (shared/testtrack/FACTS.md section 2 and the field tables of
//! section 4), listed explicitly below. Run with `--nocapture` to see the comparison table.

use std::collections::HashMap;

mod shared_dir;

use shared_dir::{shared, workspace};
use ttsoap_codegen::model::{Body, Field, Model, Operation, Part, PartKind, QName, TypeDef, TypeKind, XSD_NS};
use ttsoap_codegen::{load, LoadOptions};

const TT_NS: &str = "urn:testtrack-interface";

fn q(name: &QName) -> String {
    match name.namespace.as_str() {
        XSD_NS => format!("xsd:{}", name.name),
        TT_NS => format!("ttns:{}", name.name),
        other => format!("{{{other}}}{}", name.name),
    }
}

fn occurs(f: &Field) -> String {
    let max = f.max_occurs.map(|m| m.to_string()).unwrap_or_else(|| "unbounded".into());
    format!("{}..{max}{}", f.min_occurs, if f.nillable { ", nillable" } else { "" })
}

fn part_kind(k: &PartKind) -> String {
    match k {
        PartKind::Type(t) => q(t),
        PartKind::Element(e) => format!("element {}", q(e)),
    }
}

/// Something compared by name.
trait Named {
    /// The name it is matched by.
    fn key(&self) -> &str;
    /// What to print when it is added.
    fn show(&self) -> String {
        String::new()
    }
}

impl Named for Operation {
    fn key(&self) -> &str {
        &self.name
    }
}

impl Named for Part {
    fn key(&self) -> &str {
        &self.name
    }
    fn show(&self) -> String {
        format!("({})", part_kind(&self.kind))
    }
}

impl Named for Field {
    fn key(&self) -> &str {
        &self.name
    }
    fn show(&self) -> String {
        format!("({} {})", q(&self.type_), occurs(self))
    }
}

impl Named for TypeDef {
    fn key(&self) -> &str {
        &self.name.name
    }
}

/// Named items compared in order: additions (with the item before them when `positional`),
/// removals, changes of the common items (`detail`), and a change in the relative order of
/// the common items.
fn diff_list<T: Named>(
    out: &mut Vec<String>,
    prefix: &str,
    positional: bool,
    old: &[T],
    new: &[T],
    detail: impl Fn(&mut Vec<String>, &T, &T),
) {
    let old_by: HashMap<&str, &T> = old.iter().map(|t| (t.key(), t)).collect();
    let new_by: HashMap<&str, &T> = new.iter().map(|t| (t.key(), t)).collect();
    for (i, n) in new.iter().enumerate() {
        if !old_by.contains_key(n.key()) {
            let after = match (positional, i) {
                (false, _) => String::new(),
                (true, 0) => " first".to_string(),
                (true, _) => format!(" after {}", new[i - 1].key()),
            };
            let shown = n.show();
            let sep = if shown.is_empty() { "" } else { " " };
            out.push(format!("{prefix}: {}{sep}{shown} added{after}", n.key()));
        }
    }
    for o in old {
        match new_by.get(o.key()) {
            None => out.push(format!("{prefix}: {} removed", o.key())),
            Some(n) => detail(out, o, n),
        }
    }
    let common_old: Vec<&str> = old.iter().map(T::key).filter(|n| new_by.contains_key(n)).collect();
    let common_new: Vec<&str> = new.iter().map(T::key).filter(|n| old_by.contains_key(n)).collect();
    if common_old != common_new {
        out.push(format!("{prefix}: order changed"));
    }
}

fn diff_body(out: &mut Vec<String>, prefix: &str, old: &Body, new: &Body) {
    diff_list(out, prefix, true, &old.parts, &new.parts, |out, o, n| {
        if o.kind != n.kind {
            out.push(format!("{prefix} part {}: {} -> {}", o.name, part_kind(&o.kind), part_kind(&n.kind)));
        }
    });
}

fn diff_type(out: &mut Vec<String>, old: &TypeDef, new: &TypeDef) {
    let name = &old.name.name;
    match (&old.kind, &new.kind) {
        (TypeKind::Struct(o), TypeKind::Struct(n)) => {
            if o.base != n.base {
                out.push(format!("type {name}: base {:?} -> {:?}", o.base.as_ref().map(q), n.base.as_ref().map(q)));
            }
            diff_list(out, &format!("type {name}"), true, &o.fields, &n.fields, |out, of, nf| {
                if of.type_ != nf.type_ {
                    out.push(format!("type {name}.{}: type {} -> {}", of.name, q(&of.type_), q(&nf.type_)));
                }
                if (of.min_occurs, of.max_occurs, of.nillable) != (nf.min_occurs, nf.max_occurs, nf.nillable) {
                    out.push(format!("type {name}.{}: {} -> {}", of.name, occurs(of), occurs(nf)));
                }
            });
        }
        (TypeKind::Array(o), TypeKind::Array(n)) => {
            if o.item != n.item {
                out.push(format!("type {name}: item {} -> {}", q(&o.item), q(&n.item)));
            }
        }
        (o, n) if o == n => {}
        _ => out.push(format!("type {name}: kind changed")),
    }
}

/// Every difference from `old` to `new`, in a stable order.
fn compare(old: &Model, new: &Model) -> Vec<String> {
    let mut out = Vec::new();
    let (Some(ob), Some(nb)) = (old.primary_binding(), new.primary_binding()) else {
        panic!("both WSDLs have a binding");
    };
    diff_list(&mut out, "operations", true, &ob.operations, &nb.operations, |out, o, n| {
        if o.soap_action != n.soap_action {
            out.push(format!("operation {}: soapAction {:?} -> {:?}", o.name, o.soap_action, n.soap_action));
        }
        diff_body(out, &format!("operation {} input", o.name), &o.input, &n.input);
        if let (Some(oo), Some(no)) = (&o.output, &n.output) {
            diff_body(out, &format!("operation {} output", o.name), oo, no);
        } else if o.output.is_some() != n.output.is_some() {
            out.push(format!("operation {}: output presence changed", o.name));
        }
    });
    diff_list(&mut out, "types", false, &old.types, &new.types, diff_type);
    out
}

/// The documented changes from TestTrack 2013 to Helix ALM 2017, 45 in all.
const EXPECTED: &[&str] = &[
    // FACTS.md section 2: six new operations (getUserForCurrentSession in 2015, the others in
    // 2017), at their place in the portType.
    "operations: getRecordListForTableWithQuery added after getRecordListForTable",
    "operations: getTTVersionInfo added after getGlobalCustomerList",
    "operations: getDocForExportTemplate added after getTTVersionInfo",
    "operations: getDocForExportTemplateReqDoc added after getDocForExportTemplate",
    "operations: getDocForExportTemplateFolder added after getDocForExportTemplateReqDoc",
    "operations: getUserForCurrentSession added after getUserByRecordID",
    // promoteUser / promoteCustomer gain a 5th part `password` (2017).
    "operation promoteUser input: password (xsd:string) added after loginname",
    "operation promoteCustomer input: password (xsd:string) added after loginname",
    // New types: CTTVersionInfo (2017), CTimespanField (2015).
    "types: CTTVersionInfo added",
    "types: CTimespanField added",
    // Inserted fields (inserted, not appended: the position matters on the wire).
    "type CDefect: dateentered (xsd:date 0..1, nillable) added after workaroundInlineAttachList",
    "type CUser: userLicenseRMReviewer (xsd:string 0..1, nillable) added after userLicenseRM",
    "type CUser: userLicenseSuite (xsd:string 0..1, nillable) added after userLicenseRMReviewer",
    "type CFile: m-dateTimeCreated (xsd:dateTime 0..1, nillable) added after m-strFileName",
    "type CFile: m-dateTimeModified (xsd:dateTime 0..1, nillable) added after m-dateTimeCreated",
    "type CFolder: taskboardname (xsd:string 0..1, nillable) added after scheduleinfo",
    "type CFolderType: isactive (xsd:boolean 0..1) added after releaseplanning",
    "type CFolderType: taskboardenabled (xsd:boolean 0..1) added after isactive",
    "type CFolderType: defaulttaskboardname (xsd:string 0..1, nillable) added after taskboardenabled",
    // Date-only fields typed xsd:date since 2015 (xsd:dateTime in 2013).
    "type CDateField.value: type xsd:dateTime -> xsd:date",
    "type CReportedByRecord.datefound: type xsd:dateTime -> xsd:date",
    "type CRequirement.dateEntered: type xsd:dateTime -> xsd:date",
    "type CScheduleInfo.startdate: type xsd:dateTime -> xsd:date",
    "type CScheduleInfo.enddate: type xsd:dateTime -> xsd:date",
    "type CTask.datedue: type xsd:dateTime -> xsd:date",
    "type CTask.dateassigned: type xsd:dateTime -> xsd:date",
    // The 19 required (minOccurs=1) fields that are nillable in 2017.
    "type CDatabase.name: 1..1 -> 1..1, nillable",
    "type CDatabaseTable.name: 1..1 -> 1..1, nillable",
    "type CEvent.date: 1..1 -> 1..1, nillable",
    "type CField.name: 1..1 -> 1..1, nillable",
    "type CFieldValue.value: 1..1 -> 1..1, nillable",
    "type CFilter.name: 1..1 -> 1..1, nillable",
    "type CFolderItem.entitytablename: 1..1 -> 1..1, nillable",
    "type CLink.linkDefinitionName: 1..1 -> 1..1, nillable",
    "type CLinkedItem.tablename: 1..1 -> 1..1, nillable",
    "type CProject.database: 1..1 -> 1..1, nillable",
    "type CProjectDataOption.name: 1..1 -> 1..1, nillable",
    "type CRecordData.value: 1..1 -> 1..1, nillable",
    "type CRecordRowSoap.row: 1..1 -> 1..1, nillable",
    "type CRequirement.type: 1..1 -> 1..1, nillable",
    "type CSCCFileRecord.m-strFileName: 1..1 -> 1..1, nillable",
    "type CSystemBase.systemname: 1..1 -> 1..1, nillable",
    "type CTableColumn.name: 1..1 -> 1..1, nillable",
    "type CTableField.name: 1..1 -> 1..1, nillable",
    "type CTestCaseVariantField.type: 1..1 -> 1..1, nillable",
];

/// Prints the differences as a two-column table (what, change).
fn print_table(found: &[String]) {
    let rows: Vec<(&str, &str)> = found.iter().map(|l| l.split_once(": ").unwrap_or((l.as_str(), ""))).collect();
    let width = rows.iter().map(|(w, _)| w.len()).max().unwrap_or(0).max(4);
    println!("TestTrack 2013 -> Helix ALM 2017: {} differences", rows.len());
    println!("{:<width$} | change", "what");
    println!("{:-<width$}-+-{:-<60}", "", "");
    for (what, change) in rows {
        println!("{what:<width$} | {change}");
    }
}

#[test]
fn testtrack_2013_against_2017() {
    let Some(shared) = shared() else { return };
    let opts = LoadOptions::default();
    let old = load(&shared.join("testtrack/wsdl/ttsoapcgi-2013.wsdl"), &opts).expect("2013 WSDL loads");
    let new = load(&workspace().join("wsdl/ttsoapcgi.wsdl"), &opts).expect("our WSDL loads");
    let found = compare(&old, &new);
    print_table(&found);
    let expected: Vec<String> = EXPECTED.iter().map(|s| s.to_string()).collect();
    let unexpected: Vec<&String> = found.iter().filter(|f| !expected.contains(f)).collect();
    let missing: Vec<&String> = expected.iter().filter(|e| !found.contains(e)).collect();
    assert!(
        unexpected.is_empty() && missing.is_empty(),
        "unexpected differences: {unexpected:#?}\nexpected but not found: {missing:#?}"
    );
    assert_eq!(found.len(), expected.len(), "a difference is listed twice");
}
