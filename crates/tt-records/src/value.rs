//! [`Value`]: a field's value, whatever the field's type, and [`FieldType`].

use std::fmt;

/// The type of a field, as far as setting it is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldType {
    /// One line of text.
    Text,
    /// Multi-line text.
    LongText,
    /// A whole number.
    Integer,
    /// A number with a fraction.
    Decimal,
    /// A check box.
    Boolean,
    /// A date (`YYYY-MM-DD`).
    Date,
    /// A date and time (ISO 8601, or `now`).
    DateTime,
    /// A user, written as the server shows users ("Last, First").
    User,
    /// One value of a list (see `Tracker::allowed_values`).
    Dropdown,
    /// Several values of a list.
    MultiSelect,
    /// A version string.
    Version,
    /// A duration in the field's unit.
    Timespan,
    /// A list of users (read-only, e.g. "Currently Assigned To").
    Users,
}

impl FieldType {
    /// A short name for messages and listings (`text`, `dropdown`, ...).
    pub fn name(self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::LongText => "long text",
            FieldType::Integer => "integer",
            FieldType::Decimal => "decimal",
            FieldType::Boolean => "boolean",
            FieldType::Date => "date",
            FieldType::DateTime => "date-time",
            FieldType::User => "user",
            FieldType::Dropdown => "dropdown",
            FieldType::MultiSelect => "multi-select",
            FieldType::Version => "version",
            FieldType::Timespan => "timespan",
            FieldType::Users => "users",
        }
    }

    fn expected(self) -> &'static str {
        match self {
            FieldType::Integer => "a whole number",
            FieldType::Decimal | FieldType::Timespan => "a number",
            FieldType::Boolean => "true or false (yes/no, 1/0)",
            FieldType::Date => "a date YYYY-MM-DD",
            FieldType::DateTime => "a date-time YYYY-MM-DDTHH:MM:SS (or now)",
            FieldType::MultiSelect | FieldType::Users => "a comma-separated list",
            _ => "text",
        }
    }
}

impl fmt::Display for FieldType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A field value.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    /// No value.
    #[default]
    Empty,
    /// Text (also users, dropdown values, versions).
    Text(String),
    /// A whole number.
    Integer(i64),
    /// A number with a fraction.
    Decimal(f64),
    /// A check box.
    Bool(bool),
    /// A date, `YYYY-MM-DD` as the server sent it.
    Date(String),
    /// A date-time, ISO 8601 as the server sent it.
    DateTime(String),
    /// Several values (multi-select, assignees).
    List(Vec<String>),
}

impl Value {
    /// True for [`Value::Empty`] (and empty text or lists).
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(s) => s.is_empty(),
            Value::List(l) => l.is_empty(),
            _ => false,
        }
    }

    /// The text of a text-like value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) | Value::Date(s) | Value::DateTime(s) => Some(s),
            _ => None,
        }
    }

    /// The value as JSON: `null`, a string, a number, a boolean or an array of strings.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            Value::Empty => J::Null,
            Value::Text(s) | Value::Date(s) | Value::DateTime(s) => J::String(s.clone()),
            Value::Integer(i) => J::from(*i),
            Value::Decimal(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Value::Bool(b) => J::Bool(*b),
            Value::List(l) => J::Array(l.iter().map(|s| J::String(s.clone())).collect()),
        }
    }

    /// Converts the value to the field type `ty` (parsing text as the type), or explains
    /// what the field expects. Empty values stay empty.
    pub fn coerce(self, field: &str, ty: FieldType) -> Result<Value, crate::Error> {
        let bad = |v: &Value| crate::Error::InvalidValue {
            field: field.to_string(),
            value: v.to_string(),
            expected: ty.expected().to_string(),
        };
        if self.is_empty() {
            return Ok(Value::Empty);
        }
        Ok(match ty {
            FieldType::Text | FieldType::LongText | FieldType::User | FieldType::Dropdown | FieldType::Version => {
                match self {
                    Value::List(_) => return Err(bad(&self)),
                    other => Value::Text(other.to_string()),
                }
            }
            FieldType::Integer => match &self {
                Value::Integer(i) => Value::Integer(*i),
                Value::Decimal(f) if f.fract() == 0.0 && f.abs() < 9e15 => Value::Integer(*f as i64),
                Value::Text(s) => Value::Integer(s.trim().parse().map_err(|_| bad(&self))?),
                _ => return Err(bad(&self)),
            },
            FieldType::Decimal | FieldType::Timespan => match &self {
                Value::Integer(i) => Value::Decimal(*i as f64),
                Value::Decimal(f) => Value::Decimal(*f),
                Value::Text(s) => {
                    let f: f64 = s.trim().parse().map_err(|_| bad(&self))?;
                    if !f.is_finite() {
                        return Err(bad(&self));
                    }
                    Value::Decimal(f)
                }
                _ => return Err(bad(&self)),
            },
            FieldType::Boolean => match &self {
                Value::Bool(b) => Value::Bool(*b),
                Value::Integer(0) => Value::Bool(false),
                Value::Integer(1) => Value::Bool(true),
                Value::Text(s) => match s.trim().to_ascii_lowercase().as_str() {
                    "true" | "yes" | "y" | "1" | "on" | "x" => Value::Bool(true),
                    "false" | "no" | "n" | "0" | "off" => Value::Bool(false),
                    _ => return Err(bad(&self)),
                },
                _ => return Err(bad(&self)),
            },
            FieldType::Date => match &self {
                Value::Text(s) | Value::Date(s) | Value::DateTime(s) => {
                    let t = s.trim();
                    let d = if t.eq_ignore_ascii_case("today") {
                        ttsoap::Date::today_utc()
                    } else {
                        ttsoap::Date::parse(t).map_err(|_| bad(&self))?
                    };
                    let (y, m, day) = d.ymd();
                    Value::Date(format!("{y:04}-{m:02}-{day:02}"))
                }
                _ => return Err(bad(&self)),
            },
            FieldType::DateTime => match &self {
                Value::Text(s) | Value::Date(s) | Value::DateTime(s) => {
                    let t = s.trim();
                    if t.eq_ignore_ascii_case("now") {
                        Value::DateTime(ttsoap::DateTime::now_utc().as_str().to_string())
                    } else {
                        ttsoap::DateTime::parse(t).map_err(|_| bad(&self))?;
                        Value::DateTime(t.to_string())
                    }
                }
                _ => return Err(bad(&self)),
            },
            FieldType::MultiSelect | FieldType::Users => match self {
                Value::List(l) => Value::List(l),
                Value::Text(s) => {
                    Value::List(s.split(',').map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect())
                }
                other => return Err(bad(&other)),
            },
        })
    }

    pub(crate) fn opt_text(v: &Option<String>) -> Value {
        v.as_ref().map_or(Value::Empty, |s| Value::Text(s.clone()))
    }

    pub(crate) fn opt_int(v: &Option<i64>) -> Value {
        v.map_or(Value::Empty, Value::Integer)
    }

    pub(crate) fn opt_dec(v: &Option<f64>) -> Value {
        v.map_or(Value::Empty, Value::Decimal)
    }

    pub(crate) fn opt_bool(v: &Option<bool>) -> Value {
        v.map_or(Value::Empty, Value::Bool)
    }

    pub(crate) fn opt_date(v: &Option<ttsoap::Date>) -> Value {
        v.as_ref().map_or(Value::Empty, |d| Value::Date(d.as_str().to_string()))
    }

    pub(crate) fn opt_datetime(v: &Option<ttsoap::DateTime>) -> Value {
        v.as_ref().map_or(Value::Empty, |d| Value::DateTime(d.as_str().to_string()))
    }

    /// As optional text: empty text is kept (`Some("")`) so that a field can be cleared.
    pub(crate) fn into_text(self) -> Option<String> {
        match self {
            Value::Empty => Some(String::new()),
            other => Some(other.to_string()),
        }
    }

    pub(crate) fn into_int(self) -> Option<i64> {
        match self {
            Value::Integer(i) => Some(i),
            Value::Decimal(f) => Some(f as i64),
            _ => None,
        }
    }

    pub(crate) fn into_dec(self) -> Option<f64> {
        match self {
            Value::Decimal(f) => Some(f),
            Value::Integer(i) => Some(i as f64),
            _ => None,
        }
    }

    pub(crate) fn into_bool(self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub(crate) fn into_date(self) -> Option<ttsoap::Date> {
        self.as_str().and_then(|s| ttsoap::Date::parse(s).ok())
    }

    pub(crate) fn into_datetime(self) -> Option<ttsoap::DateTime> {
        self.as_str().and_then(|s| ttsoap::DateTime::parse(s).ok())
    }

    pub(crate) fn into_list(self) -> Vec<String> {
        match self {
            Value::Empty => Vec::new(),
            Value::List(l) => l,
            other => vec![other.to_string()],
        }
    }
}

impl fmt::Display for Value {
    /// Text as a person reads it: check boxes as `Yes`/`No`, lists joined by `, `.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Empty => Ok(()),
            Value::Text(s) | Value::Date(s) | Value::DateTime(s) => f.write_str(s),
            Value::Integer(i) => write!(f, "{i}"),
            Value::Decimal(x) => write!(f, "{x}"),
            Value::Bool(b) => f.write_str(if *b { "Yes" } else { "No" }),
            Value::List(l) => f.write_str(&l.join(", ")),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Text(s.clone())
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Integer(i)
    }
}

impl From<i32> for Value {
    fn from(i: i32) -> Self {
        Value::Integer(i64::from(i))
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Decimal(f)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<Vec<String>> for Value {
    fn from(l: Vec<String>) -> Self {
        Value::List(l)
    }
}

impl From<&[&str]> for Value {
    fn from(l: &[&str]) -> Self {
        Value::List(l.iter().map(|s| s.to_string()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coercion() {
        assert_eq!(Value::from("42").coerce("n", FieldType::Integer).unwrap(), Value::Integer(42));
        assert!(Value::from("x").coerce("n", FieldType::Integer).is_err());
        assert_eq!(Value::from("yes").coerce("b", FieldType::Boolean).unwrap(), Value::Bool(true));
        assert_eq!(Value::from("2017-06-01").coerce("d", FieldType::Date).unwrap(), Value::Date("2017-06-01".into()));
        assert!(Value::from("6/1/2017").coerce("d", FieldType::Date).is_err());
        assert_eq!(
            Value::from("Windows, Linux").coerce("m", FieldType::MultiSelect).unwrap(),
            Value::List(vec!["Windows".into(), "Linux".into()])
        );
        assert_eq!(Value::from("1.5").coerce("x", FieldType::Decimal).unwrap(), Value::Decimal(1.5));
        assert_eq!(Value::Empty.coerce("x", FieldType::Integer).unwrap(), Value::Empty);
    }
}
