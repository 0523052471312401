//! The generated accessors over a polymorphic family's shared (base) fields: every member
//! answers, the `Unknown` variant answers `None`.

use testtrack::types::{AnyCField, CDropdownField, CField, CStringField};
use ttsoap::RawXml;

fn string_field() -> AnyCField {
    CStringField { recordid: 4, name: Some("OS".into()), value: Some("Linux".into()), ..Default::default() }.into()
}

#[test]
fn shared_fields_read_through_any_member() {
    let s = string_field();
    assert_eq!(s.recordid(), Some(&4));
    assert_eq!(s.name().map(String::as_str), Some("OS"));
    let d: AnyCField = CDropdownField { recordid: 9, name: None, ..Default::default() }.into();
    assert_eq!(d.recordid(), Some(&9));
    assert_eq!(d.name(), None, "an absent name reads as None");
}

#[test]
fn shared_fields_change_through_any_member() {
    let mut s = string_field();
    *s.name_mut().expect("a known member") = Some("Platform".into());
    *s.recordid_mut().expect("a known member") = 11;
    let AnyCField::CStringField(f) = &s else { panic!("variant changed: {s:?}") };
    assert_eq!((f.recordid, f.name.as_deref(), f.value.as_deref()), (11, Some("Platform"), Some("Linux")));
}

#[test]
fn base_copies_the_shared_fields() {
    assert_eq!(string_field().base(), Some(CField { recordid: 4, name: Some("OS".into()) }));
}

#[test]
fn unknown_member_has_no_fields() {
    let mut u = AnyCField::Unknown(RawXml { type_name: "ttns:CFutureField".into(), xml: "<item/>".into() });
    assert_eq!(u.recordid(), None);
    assert_eq!(u.name(), None);
    assert!(u.name_mut().is_none());
    assert_eq!(u.base(), None);
}
