//! Custom-field items (`AnyCField`): their kind, value and allowed values, and the one
//! builder of an item that carries a [`Value`].

use testtrack::types::{
    AnyCField, CBooleanField, CDateField, CDateTimeField, CDecimalField, CDropdownField, CFieldValue, CIntegerField,
    CMultiSelectDropdownField, CStringField, CTimespanField, CVersionField,
};

use crate::{FieldKind, Value};

/// The kind of a custom field item (test variant fields are multi-selects; an item of an
/// unknown subtype is text).
pub fn kind(f: &AnyCField) -> FieldKind {
    match f {
        AnyCField::CBooleanField(_) => FieldKind::Boolean,
        AnyCField::CDateField(_) => FieldKind::Date,
        AnyCField::CDateTimeField(_) => FieldKind::DateTime,
        AnyCField::CDecimalField(_) => FieldKind::Decimal,
        AnyCField::CDropdownField(_) => FieldKind::Dropdown,
        AnyCField::CIntegerField(_) => FieldKind::Integer,
        AnyCField::CMultiSelectDropdownField(_)
        | AnyCField::CTestCaseVariantField(_)
        | AnyCField::CTestRunVariantField(_) => FieldKind::MultiSelect,
        AnyCField::CStringField(x) if x.is_multiline_string == Some(true) => FieldKind::LongText,
        AnyCField::CTimespanField(_) => FieldKind::Timespan,
        AnyCField::CVersionField(_) => FieldKind::Version,
        _ => FieldKind::Text,
    }
}

fn texts(v: &[CFieldValue]) -> Vec<String> {
    v.iter().filter_map(|x| x.value.clone()).filter(|s| !s.is_empty()).collect()
}

fn items(v: Vec<String>) -> Vec<CFieldValue> {
    v.into_iter().map(|s| CFieldValue { value: Some(s) }).collect()
}

/// The value a custom field item carries ([`Value::Empty`] for the base type and unknown
/// subtypes).
pub fn value(f: &AnyCField) -> Value {
    match f {
        AnyCField::CBooleanField(x) => Value::Bool(x.value),
        AnyCField::CDateField(x) => Value::opt_date(&x.value),
        AnyCField::CDateTimeField(x) => Value::opt_datetime(&x.value),
        AnyCField::CDecimalField(x) => Value::Decimal(x.value),
        AnyCField::CDropdownField(x) => Value::opt_text(&x.value),
        AnyCField::CIntegerField(x) => Value::Integer(i64::from(x.value)),
        AnyCField::CMultiSelectDropdownField(x) => Value::List(texts(&x.values)),
        AnyCField::CTestCaseVariantField(x) => Value::List(texts(&x.values)),
        AnyCField::CTestRunVariantField(x) => Value::List(texts(&x.values)),
        AnyCField::CStringField(x) => Value::opt_text(&x.value),
        AnyCField::CTimespanField(x) => Value::Decimal(x.value),
        AnyCField::CVersionField(x) => Value::opt_text(&x.value),
        AnyCField::CField(_) | AnyCField::Unknown(_) => Value::Empty,
    }
}

/// The allowed values a definition item lists (dropdowns, multi-selects, test variants).
pub fn allowed(f: &AnyCField) -> Vec<String> {
    match f {
        AnyCField::CDropdownField(x) => texts(&x.dropdown_values),
        AnyCField::CMultiSelectDropdownField(x) => texts(&x.dropdown_values),
        AnyCField::CTestCaseVariantField(x) => texts(&x.dropdown_values),
        AnyCField::CTestRunVariantField(x) => texts(&x.dropdown_values),
        _ => Vec::new(),
    }
}

/// What a custom field item is built from: its record id, name and kind, the unit of a time
/// span and, for a definition, the allowed values of a dropdown or multi-select.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldSpec {
    /// The item's record id (the field definition's).
    pub record_id: i64,
    /// The field name.
    pub name: String,
    /// The kind, which picks the `CField` subtype.
    pub kind: FieldKind,
    /// The unit of a time span field.
    pub unit: Option<String>,
    /// Allowed values, listed in the item (definitions only; empty for record values).
    pub allowed: Vec<String>,
}

/// The item of the spec's kind carrying `v`. The value is converted as the subtype needs
/// ([`Value::into_text`] and friends): [`Value::Empty`] leaves optional values out and
/// sets numbers to 0 and check boxes to false; empty text is sent as empty text.
pub fn build(spec: &FieldSpec, v: Value) -> AnyCField {
    let recordid = spec.record_id;
    let name = Some(spec.name.clone());
    match spec.kind {
        FieldKind::Text | FieldKind::LongText | FieldKind::User => AnyCField::CStringField(CStringField {
            recordid,
            name,
            value: v.into_text(),
            is_multiline_string: Some(spec.kind == FieldKind::LongText),
            contains_formatting: Some(false),
            inline_attachment_list: Vec::new(),
        }),
        FieldKind::Integer => AnyCField::CIntegerField(CIntegerField {
            recordid,
            name,
            value: v.into_int().and_then(|i| i32::try_from(i).ok()).unwrap_or(0),
        }),
        FieldKind::Decimal => {
            AnyCField::CDecimalField(CDecimalField { recordid, name, value: v.into_dec().unwrap_or(0.0) })
        }
        FieldKind::Boolean => {
            AnyCField::CBooleanField(CBooleanField { recordid, name, value: v.into_bool().unwrap_or(false) })
        }
        FieldKind::Date => AnyCField::CDateField(CDateField { recordid, name, value: v.into_date() }),
        FieldKind::DateTime => AnyCField::CDateTimeField(CDateTimeField { recordid, name, value: v.into_datetime() }),
        FieldKind::Dropdown => AnyCField::CDropdownField(CDropdownField {
            recordid,
            name,
            value: v.into_text(),
            dropdown_values: items(spec.allowed.clone()),
        }),
        FieldKind::MultiSelect | FieldKind::Users => AnyCField::CMultiSelectDropdownField(CMultiSelectDropdownField {
            recordid,
            name,
            values: items(v.into_list()),
            dropdown_values: items(spec.allowed.clone()),
        }),
        FieldKind::Version => AnyCField::CVersionField(CVersionField { recordid, name, value: v.into_text() }),
        FieldKind::Timespan => AnyCField::CTimespanField(CTimespanField {
            recordid,
            name,
            value: v.into_dec().unwrap_or(0.0),
            unit: spec.unit.clone(),
        }),
    }
}

/// An item of the same subtype, name and record id as `template` carrying `v` (already of
/// the field's kind). Definition-only data (the allowed values) is left out; a string
/// field keeps its flags, a time span its unit, a test variant field everything else.
pub fn with_value(template: &AnyCField, v: Value) -> AnyCField {
    match template {
        AnyCField::CTestCaseVariantField(x) => {
            let mut y = x.clone();
            y.values = items(v.into_list());
            y.dropdown_values.clear();
            AnyCField::CTestCaseVariantField(y)
        }
        AnyCField::CTestRunVariantField(x) => {
            let mut y = x.clone();
            y.values = items(v.into_list());
            y.dropdown_values.clear();
            AnyCField::CTestRunVariantField(y)
        }
        AnyCField::CField(_) | AnyCField::Unknown(_) => AnyCField::CStringField(CStringField {
            name: template.name().cloned(),
            value: v.into_text(),
            ..Default::default()
        }),
        _ => {
            let unit = match template {
                AnyCField::CTimespanField(x) => x.unit.clone(),
                _ => None,
            };
            let spec = FieldSpec {
                record_id: template.recordid().copied().unwrap_or_default(),
                name: template.name().cloned().unwrap_or_default(),
                kind: kind(template),
                unit,
                allowed: Vec::new(),
            };
            let mut item = build(&spec, v);
            if let (AnyCField::CStringField(new), AnyCField::CStringField(old)) = (&mut item, template) {
                new.is_multiline_string = old.is_multiline_string;
                new.contains_formatting = old.contains_formatting;
            }
            item
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(kind: FieldKind) -> FieldSpec {
        FieldSpec { record_id: 7, name: "F".into(), kind, unit: Some("Hours".into()), allowed: vec!["A".into()] }
    }

    #[test]
    fn build_and_read_back() {
        for (kind, v) in [
            (FieldKind::Text, Value::Text("x".into())),
            (FieldKind::LongText, Value::Text("a\nb".into())),
            (FieldKind::Integer, Value::Integer(3)),
            (FieldKind::Decimal, Value::Decimal(2.5)),
            (FieldKind::Boolean, Value::Bool(true)),
            (FieldKind::Date, Value::Date("2017-06-01".into())),
            (FieldKind::DateTime, Value::DateTime("2017-06-01T10:00:00Z".into())),
            (FieldKind::Dropdown, Value::Text("A".into())),
            (FieldKind::MultiSelect, Value::List(vec!["A".into()])),
            (FieldKind::Version, Value::Text("1.0".into())),
            (FieldKind::Timespan, Value::Decimal(1.5)),
        ] {
            let item = build(&spec(kind), v.clone());
            assert_eq!(value(&item), v, "{kind:?}");
            assert_eq!(self::kind(&item), kind);
            assert_eq!(item.recordid(), Some(&7));
            assert_eq!(with_value(&item, v.clone()), {
                let mut s = spec(kind);
                s.allowed.clear();
                build(&s, v)
            });
        }
        assert_eq!(allowed(&build(&spec(FieldKind::Dropdown), Value::Empty)), vec!["A".to_string()]);
    }

    #[test]
    fn nothing_and_cleared() {
        let AnyCField::CStringField(s) = build(&spec(FieldKind::Text), Value::Empty) else { panic!() };
        assert_eq!(s.value, None);
        let AnyCField::CStringField(s) = build(&spec(FieldKind::Text), Value::Text(String::new())) else { panic!() };
        assert_eq!(s.value.as_deref(), Some(""));
        let AnyCField::CIntegerField(i) = build(&spec(FieldKind::Integer), Value::Empty) else { panic!() };
        assert_eq!(i.value, 0);
    }
}
