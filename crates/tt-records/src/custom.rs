//! Custom fields (`AnyCField` items): name, type, value, allowed values, and building an item
//! that carries a new value.

use testtrack::types::{
    AnyCField, CBooleanField, CDateField, CDateTimeField, CDecimalField, CDropdownField, CFieldValue, CIntegerField,
    CMultiSelectDropdownField, CStringField, CTimespanField, CVersionField,
};

use crate::value::{FieldType, Value};

/// The name of a custom field item.
pub(crate) fn name(f: &AnyCField) -> Option<&str> {
    f.name().map(String::as_str)
}

/// The field type of a custom field item.
pub(crate) fn field_type(f: &AnyCField) -> FieldType {
    match f {
        AnyCField::CBooleanField(_) => FieldType::Boolean,
        AnyCField::CDateField(_) => FieldType::Date,
        AnyCField::CDateTimeField(_) => FieldType::DateTime,
        AnyCField::CDecimalField(_) => FieldType::Decimal,
        AnyCField::CDropdownField(_) => FieldType::Dropdown,
        AnyCField::CIntegerField(_) => FieldType::Integer,
        AnyCField::CMultiSelectDropdownField(_)
        | AnyCField::CTestCaseVariantField(_)
        | AnyCField::CTestRunVariantField(_) => FieldType::MultiSelect,
        AnyCField::CStringField(x) if x.is_multiline_string == Some(true) => FieldType::LongText,
        AnyCField::CTimespanField(_) => FieldType::Timespan,
        AnyCField::CVersionField(_) => FieldType::Version,
        _ => FieldType::Text,
    }
}

fn values(v: &[CFieldValue]) -> Vec<String> {
    v.iter().filter_map(|x| x.value.clone()).filter(|s| !s.is_empty()).collect()
}

/// The value a custom field item carries.
pub(crate) fn value(f: &AnyCField) -> Value {
    match f {
        AnyCField::CBooleanField(x) => Value::Bool(x.value),
        AnyCField::CDateField(x) => Value::opt_date(&x.value),
        AnyCField::CDateTimeField(x) => Value::opt_datetime(&x.value),
        AnyCField::CDecimalField(x) => Value::Decimal(x.value),
        AnyCField::CDropdownField(x) => Value::opt_text(&x.value),
        AnyCField::CIntegerField(x) => Value::Integer(i64::from(x.value)),
        AnyCField::CMultiSelectDropdownField(x) => Value::List(values(&x.values)),
        AnyCField::CTestCaseVariantField(x) => Value::List(values(&x.values)),
        AnyCField::CTestRunVariantField(x) => Value::List(values(&x.values)),
        AnyCField::CStringField(x) => Value::opt_text(&x.value),
        AnyCField::CTimespanField(x) => Value::Decimal(x.value),
        AnyCField::CVersionField(x) => Value::opt_text(&x.value),
        AnyCField::CField(_) | AnyCField::Unknown(_) => Value::Empty,
    }
}

/// The allowed values a definition item lists (dropdowns and multi-selects).
pub(crate) fn allowed(f: &AnyCField) -> Vec<String> {
    match f {
        AnyCField::CDropdownField(x) => values(&x.dropdown_values),
        AnyCField::CMultiSelectDropdownField(x) => values(&x.dropdown_values),
        AnyCField::CTestCaseVariantField(x) => values(&x.dropdown_values),
        AnyCField::CTestRunVariantField(x) => values(&x.dropdown_values),
        _ => Vec::new(),
    }
}

fn list(v: Value) -> Vec<CFieldValue> {
    v.into_list().into_iter().map(|s| CFieldValue { value: Some(s) }).collect()
}

/// A field item of the same type, name and record id as `def` carrying `v` (already coerced
/// to the field's type). Definition-only data (the allowed values) is left out.
pub(crate) fn with_value(def: &AnyCField, v: Value) -> AnyCField {
    let n = name(def).map(str::to_string);
    match def {
        AnyCField::CBooleanField(x) => AnyCField::CBooleanField(CBooleanField {
            recordid: x.recordid,
            name: n,
            value: v.into_bool().unwrap_or(false),
        }),
        AnyCField::CDateField(x) => {
            AnyCField::CDateField(CDateField { recordid: x.recordid, name: n, value: v.into_date() })
        }
        AnyCField::CDateTimeField(x) => {
            AnyCField::CDateTimeField(CDateTimeField { recordid: x.recordid, name: n, value: v.into_datetime() })
        }
        AnyCField::CDecimalField(x) => AnyCField::CDecimalField(CDecimalField {
            recordid: x.recordid,
            name: n,
            value: v.into_dec().unwrap_or(0.0),
        }),
        AnyCField::CDropdownField(x) => AnyCField::CDropdownField(CDropdownField {
            recordid: x.recordid,
            name: n,
            value: v.into_text(),
            dropdown_values: Vec::new(),
        }),
        AnyCField::CIntegerField(x) => AnyCField::CIntegerField(CIntegerField {
            recordid: x.recordid,
            name: n,
            value: v.into_int().and_then(|i| i32::try_from(i).ok()).unwrap_or(0),
        }),
        AnyCField::CMultiSelectDropdownField(x) => AnyCField::CMultiSelectDropdownField(CMultiSelectDropdownField {
            recordid: x.recordid,
            name: n,
            values: list(v),
            dropdown_values: Vec::new(),
        }),
        AnyCField::CTestCaseVariantField(x) => {
            let mut y = x.clone();
            y.values = list(v);
            y.dropdown_values.clear();
            AnyCField::CTestCaseVariantField(y)
        }
        AnyCField::CTestRunVariantField(x) => {
            let mut y = x.clone();
            y.values = list(v);
            y.dropdown_values.clear();
            AnyCField::CTestRunVariantField(y)
        }
        AnyCField::CTimespanField(x) => AnyCField::CTimespanField(CTimespanField {
            recordid: x.recordid,
            name: n,
            value: v.into_dec().unwrap_or(0.0),
            unit: x.unit.clone(),
        }),
        AnyCField::CVersionField(x) => {
            AnyCField::CVersionField(CVersionField { recordid: x.recordid, name: n, value: v.into_text() })
        }
        AnyCField::CStringField(x) => AnyCField::CStringField(CStringField {
            recordid: x.recordid,
            name: n,
            value: v.into_text(),
            is_multiline_string: x.is_multiline_string,
            contains_formatting: x.contains_formatting,
            inline_attachment_list: Vec::new(),
        }),
        AnyCField::CField(_) | AnyCField::Unknown(_) => {
            AnyCField::CStringField(CStringField { name: n, value: v.into_text(), ..Default::default() })
        }
    }
}
