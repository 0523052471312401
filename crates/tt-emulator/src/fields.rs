//! Custom fields and dropdown lists.
//!
//! Each table has its own custom fields (from the seed), of the kinds the `CField` family
//! carries. Values sent on add/save are checked against their definition: a field the table
//! does not define, a value of the wrong kind, or a dropdown value that is not in the list
//! faults 23 (validation). Dropdown values match without regard to case and are stored in the
//! list's spelling.

use serde::{Deserialize, Serialize};

pub use tt_domain::FieldKind;

use crate::value::Value;

/// A custom field definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    /// Field name (also its column name).
    pub name: String,
    /// Kind.
    #[serde(rename = "type")]
    pub kind: FieldKind,
    /// Allowed values of a dropdown or multi-select field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// A value is required on add and save.
    #[serde(default)]
    pub required: bool,
    /// Unit of a time span field (default "Hours").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl FieldDef {
    /// A field of a kind with no values.
    pub fn new(name: &str, kind: FieldKind) -> Self {
        FieldDef { name: name.into(), kind, values: vec![], required: false, unit: None }
    }

    /// The unit of a time span field.
    pub fn unit(&self) -> &str {
        self.unit.as_deref().unwrap_or("Hours")
    }

    /// Checks a value against the definition and returns it normalised (dropdown values in the
    /// list's spelling). The error is the validation message.
    pub fn check(&self, v: Value) -> Result<Value, String> {
        let name = &self.name;
        if v.is_empty() {
            return if self.required { Err(format!("The field '{name}' is required.")) } else { Ok(Value::Empty) };
        }
        let wrong = || format!("The value for the field '{name}' is not a valid {:?} value.", self.kind);
        match (self.kind, v) {
            (FieldKind::Text | FieldKind::LongText | FieldKind::Version | FieldKind::User, Value::Text(s)) => {
                Ok(Value::Text(s))
            }
            (FieldKind::Integer, Value::Integer(i)) => Ok(Value::Integer(i)),
            (FieldKind::Decimal | FieldKind::Timespan, Value::Decimal(f)) => Ok(Value::Decimal(f)),
            (FieldKind::Decimal | FieldKind::Timespan, Value::Integer(i)) => Ok(Value::Decimal(i as f64)),
            (FieldKind::Boolean, Value::Bool(b)) => Ok(Value::Bool(b)),
            // Dates are stored as `YYYY-MM-DD` and date-times in UTC (`Z`), whatever the
            // client wrote.
            (FieldKind::Date, d @ (Value::Date(_) | Value::DateTime(_))) => {
                d.day().map(Value::from_days).ok_or_else(wrong)
            }
            (FieldKind::DateTime, t @ (Value::Date(_) | Value::DateTime(_))) => {
                t.unix_secs().map(Value::from_unix).ok_or_else(wrong)
            }
            (FieldKind::Dropdown, Value::Text(s)) => self
                .canonical(&s)
                .map(Value::Text)
                .ok_or_else(|| format!("'{s}' is not a valid value for the field '{name}'.")),
            (FieldKind::MultiSelect, Value::List(items)) => items
                .iter()
                .map(|s| self.canonical(s).ok_or_else(|| format!("'{s}' is not a valid value for the field '{name}'.")))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::List),
            (FieldKind::MultiSelect | FieldKind::Users, Value::Text(s)) => self.check(Value::List(vec![s])),
            (FieldKind::Users, Value::List(items)) => Ok(Value::List(items)),
            _ => Err(wrong()),
        }
    }

    /// The list's spelling of a dropdown value.
    pub fn canonical(&self, s: &str) -> Option<String> {
        self.values.iter().find(|v| v.eq_ignore_ascii_case(s.trim())).cloned()
    }
}

/// A dropdown list: a field name and its values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropdown {
    /// The field name.
    pub name: String,
    /// Allowed values, in order.
    pub values: Vec<String>,
}

impl Dropdown {
    /// The list's spelling of a value, if allowed. The empty value is always allowed.
    pub fn canonical(&self, s: &str) -> Option<String> {
        if s.trim().is_empty() {
            return Some(String::new());
        }
        self.values.iter().find(|v| v.eq_ignore_ascii_case(s.trim())).cloned()
    }

    /// Adds the values not yet in the list (`addDropdownFieldValuesForTable` sends the whole
    /// list with the new value last). Blank values are ignored. Returns how many were added.
    pub fn add_values<'a>(&mut self, values: impl IntoIterator<Item = &'a str>) -> usize {
        let mut n = 0;
        for v in values {
            let v = v.trim();
            if !v.is_empty() && !self.values.iter().any(|x| x.eq_ignore_ascii_case(v)) {
                self.values.push(v.to_string());
                n += 1;
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dd() -> FieldDef {
        FieldDef {
            name: "Severity".into(),
            kind: FieldKind::Dropdown,
            values: vec!["Low".into(), "High".into()],
            required: false,
            unit: None,
        }
    }

    #[test]
    fn dropdown_values() {
        let f = dd();
        assert_eq!(f.check(Value::Text("high".into())), Ok(Value::Text("High".into())));
        assert!(f.check(Value::Text("Urgent".into())).unwrap_err().contains("not a valid value"));
        assert_eq!(f.check(Value::Empty), Ok(Value::Empty));
        let mut req = f.clone();
        req.required = true;
        assert!(req.check(Value::Empty).is_err());
        assert!(f.check(Value::Integer(3)).is_err());
    }

    #[test]
    fn kinds() {
        assert!(FieldDef::new("n", FieldKind::Integer).check(Value::Integer(3)).is_ok());
        assert!(FieldDef::new("n", FieldKind::Integer).check(Value::Text("x".into())).is_err());
        assert_eq!(FieldDef::new("d", FieldKind::Decimal).check(Value::Integer(3)), Ok(Value::Decimal(3.0)));
        assert_eq!(
            FieldDef::new("t", FieldKind::DateTime).check(Value::DateTime("2017-06-01T12:00:00+02:00".into())),
            Ok(Value::DateTime("2017-06-01T10:00:00Z".into()))
        );
        assert_eq!(
            FieldDef::new("d", FieldKind::Date).check(Value::from_unix(86_400 * 2 + 5)),
            Ok(Value::from_days(2))
        );
        let mut m = dd();
        m.kind = FieldKind::MultiSelect;
        assert_eq!(
            m.check(Value::List(vec!["low".into(), "HIGH".into()])),
            Ok(Value::List(vec!["Low".into(), "High".into()]))
        );
        assert!(m.check(Value::List(vec!["x".into()])).is_err());
        assert_eq!(FieldKind::Timespan.soap_type(), "CTimespanField");
    }

    #[test]
    fn dropdown_lists() {
        let mut d = Dropdown { name: "Priority".into(), values: vec!["Low".into()] };
        assert_eq!(d.add_values(["Low", "High", " ", "high"]), 1);
        assert_eq!(d.values, vec!["Low", "High"]);
        assert_eq!(d.canonical("HIGH").as_deref(), Some("High"));
        assert_eq!(d.canonical("").as_deref(), Some(""));
        assert_eq!(d.canonical("Nope"), None);
    }

    #[test]
    fn serde_names() {
        let f: FieldDef = serde_json::from_str(r#"{"name":"When","type":"datetime"}"#).unwrap();
        assert_eq!(f.kind, FieldKind::DateTime);
        let f: FieldDef = serde_json::from_str(r#"{"name":"Tags","type":"multiselect","values":["a"]}"#).unwrap();
        assert_eq!(f.kind, FieldKind::MultiSelect);
    }
}
