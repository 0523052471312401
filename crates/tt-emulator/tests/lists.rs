//! Tables, columns, filters, record lists and the JSON query grammar.

mod common;

use common::*;
use testtrack::client::Session;
use testtrack::types::{CRecordListSoap, CTableColumn};

fn cols(names: &[&str]) -> Vec<CTableColumn> {
    names.iter().map(|n| CTableColumn { name: Some(n.to_string()) }).collect()
}

fn rows(l: &CRecordListSoap) -> Vec<Vec<String>> {
    l.records.iter().map(|r| r.row.iter().map(|v| v.value.clone().unwrap_or_default()).collect()).collect()
}

fn query(s: &Session, q: &str) -> Vec<String> {
    let l = s.get_record_list_for_table_with_query("Defect", "", q, cols(&["Number"])).unwrap();
    rows(&l).into_iter().map(|r| r[0].clone()).collect()
}

#[test]
fn tables_follow_the_project_options() {
    let h = start();
    let names =
        |s: &Session| -> Vec<String> { s.get_table_list().unwrap().into_iter().filter_map(|t| t.name).collect() };
    let demo = names(&ada(&h));
    assert_eq!(demo.len(), 13);
    assert_eq!(demo[..3], ["Customer", "Defect", "Folder"]);
    let sb = client(&h).login("Sandbox", "sam", "sam-secret").unwrap();
    let sandbox = names(&sb);
    assert!(!sandbox.iter().any(|t| t == "Test Case" || t == "Requirement"), "{sandbox:?}");
    assert_eq!(fault_code(sb.get_columns_for_table("Test Case")), 77);
}

#[test]
fn columns() {
    let h = start();
    let s = ada(&h);
    let names: Vec<String> = s.get_columns_for_table("defect").unwrap().into_iter().filter_map(|c| c.name).collect();
    assert_eq!(names[..3], ["Record ID", "Number", "Summary"]);
    for c in ["Status", "Date Entered", "Currently Assigned To", "Is Locked", "Severity Level", "Effort"] {
        assert!(names.iter().any(|n| n == c), "{c}");
    }
    assert_eq!(fault_code(s.get_columns_for_table("Bug")), 77);
    assert_eq!(s.get_columns_for_table("Report").unwrap().len(), 2);
}

#[test]
fn record_lists_follow_the_requested_columns() {
    let h = start();
    let s = ada(&h);
    let l = s
        .get_record_list_for_table(
            "Defect",
            "",
            cols(&["Summary", "number", "Status", "Date Entered", "Regression", "Platforms"]),
        )
        .unwrap();
    assert_eq!(l.columnlist.iter().filter_map(|c| c.name.clone()).collect::<Vec<_>>()[1], "Number");
    let r = rows(&l);
    assert_eq!(r.len(), 4);
    assert_eq!(
        r[0],
        ["Crash when saving a file with a long name", "1", "Assigned", "5/26/2017", "Yes", "Windows, Linux"]
    );
    assert_eq!(r[3][2], "Closed");
    // Date-times in the server's locale.
    let l = s.get_record_list_for_table("Defect", "", cols(&["Date Created"])).unwrap();
    assert_eq!(rows(&l)[0][0], "6/1/2017 at 12:00 PM");
    // Users.
    let l = s.get_record_list_for_table("User", "", cols(&["Name", "Login Name", "Active"])).unwrap();
    assert_eq!(rows(&l)[0], ["Lovelace, Ada", "ada", "Yes"]);
    assert!(!rows(&l).iter().any(|r| r[0] == "Customer, Carl"));
    let l = s.get_record_list_for_table("Customer", "", cols(&["Name", "Company"])).unwrap();
    assert_eq!(rows(&l), [["Customer, Carl", "Acme Corp"]]);
    let l = s.get_record_list_for_table("Folder", "", cols(&["Path"])).unwrap();
    let paths: Vec<String> = rows(&l).into_iter().map(|r| r[0].clone()).collect();
    assert!(paths.contains(&"/Public/Release 1.0".to_string()), "{paths:?}");
    assert!(s.get_record_list_for_table("Report", "", cols(&["Name"])).unwrap().records.is_empty());
}

#[test]
fn values_are_cut_at_128_characters() {
    let h = start();
    let s = ada(&h);
    let long = "x".repeat(300);
    let id = s.add_defect(testtrack::types::CDefect { summary: Some(long.clone()), ..Default::default() }).unwrap();
    let l = s
        .get_record_list_for_table_with_query("Defect", "", &format!("{{'Record ID': {id}}}"), cols(&["Summary"]))
        .unwrap();
    assert_eq!(rows(&l)[0][0].len(), 128);
    assert_eq!(s.get_defect_by_record_id(id, false).unwrap().summary.unwrap().len(), 300);
}

#[test]
fn is_locked_column() {
    let h = start();
    let (a, b) = (ada(&h), alan(&h));
    let g = a.edit_defect(2, "", false).unwrap();
    let l = b
        .get_record_list_for_table_with_query("Defect", "", "{'Is Locked': true}", cols(&["Number", "Is Locked"]))
        .unwrap();
    assert_eq!(rows(&l), [["2", "Yes"]]);
    g.cancel().unwrap();
}

#[test]
fn saved_filters() {
    let h = start();
    let s = ada(&h);
    let all: Vec<String> = s.get_filter_list().unwrap().into_iter().filter_map(|f| f.name).collect();
    assert_eq!(all.len(), 4);
    let runs: Vec<String> =
        s.get_filter_list_for_table("Test Run").unwrap().into_iter().filter_map(|f| f.name).collect();
    assert_eq!(runs, ["Failed runs"]);
    assert_eq!(fault_code(s.get_filter_list_for_table("Nope")), 77);
    let numbers = |f: &str| -> Vec<String> {
        rows(&s.get_record_list_for_table("Defect", f, cols(&["Number"])).unwrap())
            .into_iter()
            .map(|r| r[0].clone())
            .collect()
    };
    assert_eq!(numbers("Expert defects"), ["1", "4"]);
    assert_eq!(numbers("Entered in June 2017"), ["2"]);
    assert_eq!(numbers("open defects"), ["3"]);
    // A filter and a query together.
    let l = s
        .get_record_list_for_table_with_query("Defect", "Expert defects", "{'Status': 'Closed'}", cols(&["Number"]))
        .unwrap();
    assert_eq!(rows(&l), [["4"]]);
}

#[test]
fn list_faults() {
    let h = start();
    let s = ada(&h);
    assert_eq!(fault_code(s.get_record_list_for_table("Bugs", "", cols(&["Number"]))), 77);
    assert_eq!(fault_code(s.get_record_list_for_table("Defect", "", cols(&["Number", "Nope"]))), 11);
    assert_eq!(fault_code(s.get_record_list_for_table("Defect", "No such filter", cols(&["Number"]))), 6);
    assert_eq!(fault_code(s.get_record_list_for_table("Defect", "Failed runs", cols(&["Number"]))), 11);
    assert_eq!(fault_code(s.get_record_list_for_table("Defect", "", vec![])), 2);
    let q = |text: &str| fault_code(s.get_record_list_for_table_with_query("Defect", "", text, cols(&["Number"])));
    assert_eq!(q("{'Nope': 1}"), 11);
    assert_eq!(q("{'Number': "), 11);
    assert_eq!(q("{'Date Entered': '8/14/2015 at 6:31 AM'}"), 11);
    assert_eq!(q("{'Summary': {'<from>': '2017-01-01'}}"), 11);
    assert_eq!(q("{'<xor>': []}"), 11);
}

#[test]
fn query_grammar_from_the_corpus() {
    let h = start();
    let s = ada(&h);
    // examples/04, as the PHP client sends them (double and single quotes).
    assert_eq!(query(&s, r#"{"Date Entered":{"<from>":"2017-05-26","<through>":"2017-06-27"}}"#), ["1", "2"]);
    assert_eq!(query(&s, "{'Date Entered':{'<from>':'2017-05-27','<through>':'2017-06-27'}}"), ["2"]);
    assert_eq!(query(&s, "{'Number':{'<numbers>':[1,3,99]}}"), ["1", "3"]);
    assert_eq!(
        query(
            &s,
            "{'<and>': [{'Product':'Expert'},{'Date Entered':{'<from>':'2017-05-26','<through>':'2017-06-27'}}]}"
        ),
        ["1"]
    );
    assert_eq!(query(&s, "{'<or>': [{'Product':'basic'},{'Component':'Installer'}]}"), ["2", "3"]);
    assert_eq!(query(&s, "{'Regression': true}"), ["1"]);
    assert_eq!(query(&s, "{'Regression': 'True'}"), ["1"]);
    assert_eq!(query(&s, "{'Regression': {'<bool>': false}}"), ["2", "3", "4"]);
    assert_eq!(query(&s, "{'Date Entered': '2017-07-03'}"), ["3"]);
    assert_eq!(query(&s, "{'Date Entered': {'<through>': '2017-01-01'}}"), ["4"]);
    assert_eq!(query(&s, "{'Date Entered': {'<from>': '2017-06-01', '<matches>': false}}"), ["1", "4"]);
    // The emulator clock is 2017-06-01 (a Thursday): "This Month" and "This Week".
    assert_eq!(query(&s, "{'Date Created': 'This Week'}"), ["1", "2", "3", "4"]);
    assert_eq!(query(&s, "{'Date Entered': {'<named>': 'Last Month'}}"), ["1"]);
    assert_eq!(query(&s, "{'Status': 'Open', 'Product': 'Server'}"), ["3"]);
    assert_eq!(query(&s, "{'Severity Level': 'S1'}"), ["1"]);
    assert_eq!(query(&s, "{'Platforms': 'linux'}"), ["1"]);
    assert_eq!(query(&s, "{'Entered By': 'Turing, Alan'}"), ["2"]);
    assert_eq!(query(&s, ""), ["1", "2", "3", "4"]);
}

/// A record list read row by row through `call_deferred` + `items` gives the same rows as the
/// decoded response; a fault is still a fault.
#[test]
fn record_lists_stream_row_by_row() {
    use testtrack::ops::GetRecordListForTable;
    use testtrack::types::CRecordRowSoap;
    let h = start();
    let s = ada(&h);
    let op = || GetRecordListForTable {
        tablename: "Defect".into(),
        columnlist: cols(&["Number", "Summary", "Status"]),
        ..Default::default()
    };
    let whole = s.get_record_list_for_table("Defect", "", cols(&["Number", "Summary", "Status"])).unwrap();
    let raw = s.runtime().call_deferred(op()).unwrap();
    let streamed: Vec<CRecordRowSoap> =
        raw.items(&["recordlist", "records"]).unwrap().collect::<Result<_, _>>().unwrap();
    assert_eq!(streamed.len(), 4);
    assert_eq!(streamed, whole.records);
    assert_eq!(raw.decode().unwrap().recordlist, whole);
    // The columns are an array too.
    let columns: Vec<CTableColumn> =
        raw.items(&["recordlist", "columnlist"]).unwrap().collect::<Result<_, _>>().unwrap();
    assert_eq!(columns, whole.columnlist);
    // A path that names nothing gives no items.
    assert_eq!(raw.items::<CRecordRowSoap>(&["recordlist", "nothing"]).unwrap().count(), 0);

    let bad = GetRecordListForTable { tablename: "Bug".into(), ..op() };
    let e = s.runtime().call_deferred(bad).unwrap_err();
    assert_eq!(code(&e), 77, "{e}");
}
