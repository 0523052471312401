//! Custom fields, dropdowns and user-valued fields.

mod common;

use common::*;
use testtrack::types::{
    AnyCField, CDateTimeField, CDefect, CDropdownField, CFieldValue, CIntegerField, CMultiSelectDropdownField,
    CStringField, CTimespanField,
};

fn field<'a>(list: &'a [AnyCField], name: &str) -> &'a AnyCField {
    list.iter().find(|f| f.name().map(String::as_str) == Some(name)).unwrap_or_else(|| panic!("no field {name}"))
}

#[test]
fn definitions_cover_every_field_kind() {
    let h = start();
    let s = ada(&h);
    let defs = s.get_custom_fields_definition_list("Defect").unwrap();
    let kinds: Vec<&str> = defs
        .iter()
        .map(|f| match f {
            AnyCField::CStringField(_) => "string",
            AnyCField::CIntegerField(_) => "integer",
            AnyCField::CDecimalField(_) => "decimal",
            AnyCField::CBooleanField(_) => "boolean",
            AnyCField::CDateField(_) => "date",
            AnyCField::CDateTimeField(_) => "datetime",
            AnyCField::CDropdownField(_) => "dropdown",
            AnyCField::CMultiSelectDropdownField(_) => "multiselect",
            AnyCField::CVersionField(_) => "version",
            AnyCField::CTimespanField(_) => "timespan",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "dropdown",
            "string",
            "string",
            "integer",
            "decimal",
            "boolean",
            "date",
            "datetime",
            "multiselect",
            "version",
            "timespan"
        ]
    );
    match field(&defs, "Severity Level") {
        AnyCField::CDropdownField(d) => assert_eq!(d.dropdown_values.len(), 3),
        other => panic!("{other:?}"),
    }
    match field(&defs, "Root Cause") {
        AnyCField::CStringField(d) => assert_eq!(d.is_multiline_string, Some(true)),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.get_defect_custom_fields_definition_list().unwrap().len(), defs.len());
    assert_eq!(s.get_custom_fields_definition_list("Test Case").unwrap().len(), 1);
    assert!(s.get_custom_fields_definition_list("Task").unwrap().is_empty());
    assert_eq!(fault_code(s.get_custom_fields_definition_list("Nope")), 77);
}

#[test]
fn custom_values_round_trip_and_validate() {
    let h = start();
    let s = ada(&h);
    let mut d = s.edit_defect(3, "", false).unwrap();
    assert_eq!(d.custom_field_list.len(), 11, "every defined field, in order");
    // esebesta style: set `value` on the item whose name matches.
    for f in d.custom_field_list.iter_mut() {
        match f {
            AnyCField::CStringField(x) if x.name.as_deref() == Some("Customer Ticket") => x.value = Some("T-9".into()),
            AnyCField::CIntegerField(x) => x.value = 7,
            _ => {}
        }
    }
    d.custom_field_list.push(AnyCField::CDateTimeField(CDateTimeField {
        name: Some("Reviewed At".into()),
        value: Some(ttsoap::DateTime::parse("2017-06-01T08:30:00Z").unwrap()),
        ..Default::default()
    }));
    d.custom_field_list.push(AnyCField::CTimespanField(CTimespanField {
        name: Some("Effort".into()),
        value: 1.5,
        unit: Some("Hours".into()),
        ..Default::default()
    }));
    d.save().unwrap();
    let got = s.get_defect(3, "", false).unwrap();
    assert_eq!(got.custom_field_list.len(), 11);
    match field(&got.custom_field_list, "Customer Ticket") {
        AnyCField::CStringField(x) => assert_eq!(x.value.as_deref(), Some("T-9")),
        other => panic!("{other:?}"),
    }
    match field(&got.custom_field_list, "Affected Users") {
        AnyCField::CIntegerField(x) => assert_eq!(x.value, 7),
        other => panic!("{other:?}"),
    }
    match field(&got.custom_field_list, "Effort") {
        AnyCField::CTimespanField(x) => assert_eq!((x.value, x.unit.as_deref()), (1.5, Some("Hours"))),
        other => panic!("{other:?}"),
    }
    let cols = vec![testtrack::types::CTableColumn { name: Some("Reviewed At".into()) }];
    let l = s.get_record_list_for_table_with_query("Defect", "", "{'Number': 3}", cols).unwrap();
    assert_eq!(l.records[0].row[0].value.as_deref(), Some("6/1/2017 at 8:30 AM"));

    // Sending only some fields keeps the others.
    let mut d = s.edit_defect(3, "", false).unwrap();
    d.custom_field_list = vec![AnyCField::CMultiSelectDropdownField(CMultiSelectDropdownField {
        name: Some("Platforms".into()),
        values: vec![CFieldValue { value: Some("macos".into()) }],
        ..Default::default()
    })];
    d.save().unwrap();
    let got = s.get_defect(3, "", false).unwrap();
    match field(&got.custom_field_list, "Platforms") {
        AnyCField::CMultiSelectDropdownField(x) => assert_eq!(x.values[0].value.as_deref(), Some("macOS")),
        other => panic!("{other:?}"),
    }
    match field(&got.custom_field_list, "Customer Ticket") {
        AnyCField::CStringField(x) => assert_eq!(x.value.as_deref(), Some("T-9")),
        other => panic!("{other:?}"),
    }

    // Invalid values fault 23 and keep the lock.
    let bad = |f: AnyCField| {
        let d = s.edit_defect(3, "", false).unwrap();
        let mut raw = (*d).clone();
        raw.custom_field_list = vec![f];
        let c = fault_code(s.save_defect(raw));
        d.cancel().unwrap();
        c
    };
    let dd = |v: &str| {
        AnyCField::CDropdownField(CDropdownField {
            name: Some("Severity Level".into()),
            value: Some(v.into()),
            ..Default::default()
        })
    };
    assert_eq!(bad(dd("S9")), 23);
    assert_eq!(
        bad(AnyCField::CStringField(CStringField { name: Some("No Such Field".into()), ..Default::default() })),
        23
    );
    assert_eq!(
        bad(AnyCField::CIntegerField(CIntegerField {
            name: Some("Regression".into()),
            value: 1,
            ..Default::default()
        })),
        23,
        "an integer for a check box"
    );
    // A string item for a dropdown is accepted when the value is valid (clients that keep types loosely).
    let d = s.edit_defect(3, "", false).unwrap();
    let mut raw = (*d).clone();
    raw.custom_field_list = vec![AnyCField::CStringField(CStringField {
        name: Some("severity level".into()),
        value: Some("s2".into()),
        ..Default::default()
    })];
    std::mem::forget(d);
    s.save_defect(raw).unwrap();
    match field(&s.get_defect(3, "", false).unwrap().custom_field_list, "Severity Level") {
        AnyCField::CDropdownField(x) => assert_eq!(x.value.as_deref(), Some("S2")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn dropdowns() {
    let h = start();
    let s = ada(&h);
    let fields: Vec<String> =
        s.get_dropdown_field_for_table("Defect").unwrap().into_iter().filter_map(|f| f.name).collect();
    for f in ["Type", "Priority", "Product", "Component", "Severity", "Disposition", "Severity Level", "Platforms"] {
        assert!(fields.iter().any(|x| x == f), "{f} in {fields:?}");
    }
    let values = |t: &str, f: &str| -> Vec<String> {
        s.get_dropdown_field_values_for_table(t, f).unwrap().into_iter().filter_map(|v| v.value).collect()
    };
    assert_eq!(values("Defect", "Priority"), ["Immediate", "High", "Medium", "Low"]);
    assert_eq!(values("Requirement", "Type"), ["Functional", "Business", "Performance"]);
    assert_eq!(fault_code(s.get_dropdown_field_values_for_table("Defect", "Summary")), 11);
    assert_eq!(fault_code(s.get_dropdown_field_values_for_table("Bugs", "Type")), 77);

    // The whole list is sent with the new value last.
    let mut list: Vec<CFieldValue> =
        values("Defect", "Product").into_iter().map(|v| CFieldValue { value: Some(v) }).collect();
    list.push(CFieldValue { value: Some("Mobile".into()) });
    assert_eq!(s.add_dropdown_field_values_for_table("Defect", "Product", list).unwrap(), 0);
    assert_eq!(values("Defect", "Product"), ["Expert", "Basic", "Server", "Mobile"]);
    let more = vec![CFieldValue { value: Some("S4".into()) }];
    s.add_dropdown_field_values_for_table("Defect", "Severity Level", more).unwrap();
    assert_eq!(values("Defect", "Severity Level").last().map(String::as_str), Some("S4"));
    assert_eq!(fault_code(s.add_dropdown_field_values_for_table("Defect", "Summary", vec![])), 11);
    // New values are usable at once.
    let id = s
        .add_defect(CDefect {
            summary: Some("Mobile crash".into()),
            product: Some("Mobile".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(s.get_defect_by_record_id(id, false).unwrap().product.as_deref(), Some("Mobile"));
}

#[test]
fn user_fields_are_last_first() {
    let h = start();
    let s = alan(&h);
    let ok = CDefect { summary: Some("x".into()), enteredby: Some("hopper, grace".into()), ..Default::default() };
    let id = s.add_defect(ok).unwrap();
    assert_eq!(s.get_defect_by_record_id(id, false).unwrap().enteredby.as_deref(), Some("Hopper, Grace"));
    let bad = CDefect { summary: Some("x".into()), enteredby: Some("Grace Hopper".into()), ..Default::default() };
    let e = s.add_defect(bad).unwrap_err();
    assert_eq!(code(&e), 23);
    assert!(e.fault().unwrap().string.contains("not set as a valid user string"), "{e}");
    // Customers are valid "found by" users.
    let found = CDefect {
        summary: Some("y".into()),
        reportedbylist: vec![testtrack::types::CReportedByRecord {
            foundby: Some("Customer, Carl".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    let id = s.add_defect(found).unwrap();
    let d = s.get_defect_by_record_id(id, false).unwrap();
    assert_eq!(d.enteredby.as_deref(), Some("Turing, Alan"), "defaults to the session's user");
    assert_eq!(d.reportedbylist[0].foundby.as_deref(), Some("Customer, Carl"));
}
