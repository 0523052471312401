//! [`Value`]: a field's value, whatever the field's kind.

use std::fmt;

use ttsoap::values::{civil_from_days, days_from_civil};

use crate::FieldKind;

/// A field value.
///
/// **No value.** [`Value::Empty`] is the absence of a value: what the server sends for an
/// unset field, and what leaves a field out of a request. Values read from the server
/// ([`Value::text`], [`Value::opt_text`]) never hold empty text: `""` reads as `Empty`. An
/// empty [`Value::Text`] is a present, empty text: sent on save, it clears a text field
/// ([`Value::coerce`] turns an empty value for a text field into one). [`Value::is_empty`] is
/// true for all three forms of nothing: `Empty`, empty text and an empty list.
///
/// Dates and date-times are kept as the text the wire carries (`YYYY-MM-DD`, ISO 8601);
/// [`Value::day`] and [`Value::unix_secs`] read them as numbers.
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

/// Why a value does not fit a field ([`Value::coerce`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoerceError {
    /// The field's name.
    pub field: String,
    /// The value, as text.
    pub value: String,
    /// What the field expects ("a whole number").
    pub expected: String,
}

impl fmt::Display for CoerceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}' is not valid for {}: expected {}", self.value, self.field, self.expected)
    }
}

impl std::error::Error for CoerceError {}

impl Value {
    /// Text read from the server: `""` is [`Value::Empty`].
    pub fn text(s: impl Into<String>) -> Value {
        let s = s.into();
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s)
        }
    }

    /// Optional text read from the server (`None` and `""` are [`Value::Empty`]).
    pub fn opt_text(v: &Option<String>) -> Value {
        v.as_ref().map_or(Value::Empty, |s| Value::text(s.clone()))
    }

    /// An optional whole number.
    pub fn opt_int(v: &Option<i64>) -> Value {
        v.map_or(Value::Empty, Value::Integer)
    }

    /// An optional decimal.
    pub fn opt_dec(v: &Option<f64>) -> Value {
        v.map_or(Value::Empty, Value::Decimal)
    }

    /// An optional check box.
    pub fn opt_bool(v: &Option<bool>) -> Value {
        v.map_or(Value::Empty, Value::Bool)
    }

    /// An optional date.
    pub fn opt_date(v: &Option<ttsoap::Date>) -> Value {
        v.as_ref().map_or(Value::Empty, |d| Value::Date(d.as_str().to_string()))
    }

    /// An optional date-time.
    pub fn opt_datetime(v: &Option<ttsoap::DateTime>) -> Value {
        v.as_ref().map_or(Value::Empty, |d| Value::DateTime(d.as_str().to_string()))
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Value {
        let (y, m, d) = civil_from_days(days);
        Value::Date(format!("{y:04}-{m:02}-{d:02}"))
    }

    /// The date-time `secs` seconds after the Unix epoch (UTC).
    pub fn from_unix(secs: i64) -> Value {
        Value::DateTime(ttsoap::DateTime::from_unix(secs).as_str().to_string())
    }

    /// True for [`Value::Empty`], empty text and an empty list.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(s) => s.is_empty(),
            Value::List(l) => l.is_empty(),
            _ => false,
        }
    }

    /// The text of a text-like value (text, date, date-time).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) | Value::Date(s) | Value::DateTime(s) => Some(s),
            _ => None,
        }
    }

    /// The date part as days since 1970-01-01, for dates and date-times.
    pub fn day(&self) -> Option<i64> {
        match self {
            Value::Date(s) => ttsoap::Date::parse(s.trim()).ok().map(|d| {
                let (y, m, dd) = d.ymd();
                days_from_civil(y, m, dd)
            }),
            Value::DateTime(_) => self.unix_secs().map(|t| t.div_euclid(86_400)),
            _ => None,
        }
    }

    /// Seconds since the Unix epoch, for date-times (and dates, at midnight UTC).
    pub fn unix_secs(&self) -> Option<i64> {
        match self {
            Value::DateTime(s) => ttsoap::DateTime::parse(s.trim()).ok().map(|d| d.to_unix()),
            Value::Date(_) => self.day().map(|d| d * 86_400),
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

    /// Converts the value to the field kind `kind` (parsing text as the kind), or explains
    /// what the field expects. An empty value stays empty, except for text kinds, where it
    /// becomes empty text (so that setting nothing clears the field).
    pub fn coerce(self, field: &str, kind: FieldKind) -> Result<Value, CoerceError> {
        let bad = |v: &Value| CoerceError {
            field: field.to_string(),
            value: v.to_string(),
            expected: kind.expected().to_string(),
        };
        if self.is_empty() {
            return Ok(if kind.is_text() { Value::Text(String::new()) } else { Value::Empty });
        }
        Ok(match kind {
            FieldKind::Text | FieldKind::LongText | FieldKind::User | FieldKind::Dropdown | FieldKind::Version => {
                match self {
                    Value::List(_) => return Err(bad(&self)),
                    other => Value::Text(other.to_string()),
                }
            }
            FieldKind::Integer => match &self {
                Value::Integer(i) => Value::Integer(*i),
                Value::Decimal(f) if f.fract() == 0.0 && f.abs() < 9e15 => Value::Integer(*f as i64),
                Value::Text(s) => Value::Integer(s.trim().parse().map_err(|_| bad(&self))?),
                _ => return Err(bad(&self)),
            },
            FieldKind::Decimal | FieldKind::Timespan => match &self {
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
            FieldKind::Boolean => match &self {
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
            FieldKind::Date => match &self {
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
            FieldKind::DateTime => match &self {
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
            FieldKind::MultiSelect | FieldKind::Users => match self {
                Value::List(l) => Value::List(l),
                Value::Text(s) => {
                    Value::List(s.split(',').map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect())
                }
                other => return Err(bad(&other)),
            },
        })
    }

    /// As optional text: [`Value::Empty`] is `None`, empty text `Some("")`, other values
    /// their [`Display`](fmt::Display) text.
    pub fn into_text(self) -> Option<String> {
        match self {
            Value::Empty => None,
            Value::Text(s) => Some(s),
            other => Some(other.to_string()),
        }
    }

    /// A whole number (decimals are cut).
    pub fn into_int(self) -> Option<i64> {
        match self {
            Value::Integer(i) => Some(i),
            Value::Decimal(f) => Some(f as i64),
            _ => None,
        }
    }

    /// A decimal.
    pub fn into_dec(self) -> Option<f64> {
        match self {
            Value::Decimal(f) => Some(f),
            Value::Integer(i) => Some(i as f64),
            _ => None,
        }
    }

    /// A check box.
    pub fn into_bool(self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// A date (the date part of a date-time).
    pub fn into_date(self) -> Option<ttsoap::Date> {
        match &self {
            Value::DateTime(_) => {
                let (y, m, d) = civil_from_days(self.day()?);
                ttsoap::Date::from_ymd(y, m, d).ok()
            }
            _ => self.as_str().and_then(|s| ttsoap::Date::parse(s.trim()).ok()),
        }
    }

    /// A date-time (a date at midnight UTC).
    pub fn into_datetime(self) -> Option<ttsoap::DateTime> {
        match &self {
            Value::Date(_) => self.unix_secs().map(ttsoap::DateTime::from_unix),
            _ => self.as_str().and_then(|s| ttsoap::DateTime::parse(s.trim()).ok()),
        }
    }

    /// A list: [`Value::Empty`] is empty, a single value a list of one.
    pub fn into_list(self) -> Vec<String> {
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
        assert_eq!(Value::from("42").coerce("n", FieldKind::Integer).unwrap(), Value::Integer(42));
        assert!(Value::from("x").coerce("n", FieldKind::Integer).is_err());
        assert_eq!(Value::from("yes").coerce("b", FieldKind::Boolean).unwrap(), Value::Bool(true));
        assert_eq!(Value::from("2017-06-01").coerce("d", FieldKind::Date).unwrap(), Value::Date("2017-06-01".into()));
        assert!(Value::from("6/1/2017").coerce("d", FieldKind::Date).is_err());
        assert_eq!(
            Value::from("Windows, Linux").coerce("m", FieldKind::MultiSelect).unwrap(),
            Value::List(vec!["Windows".into(), "Linux".into()])
        );
        assert_eq!(Value::from("1.5").coerce("x", FieldKind::Decimal).unwrap(), Value::Decimal(1.5));
        assert_eq!(Value::Empty.coerce("x", FieldKind::Integer).unwrap(), Value::Empty);
    }

    #[test]
    fn nothing_is_one_rule() {
        assert_eq!(Value::text(""), Value::Empty);
        assert_eq!(Value::opt_text(&Some(String::new())), Value::Empty);
        assert!(Value::from("").is_empty() && Value::List(vec![]).is_empty());
        assert_eq!(Value::Empty.into_text(), None);
        // Setting nothing on a text field clears it: empty text is sent.
        assert_eq!(Value::Empty.coerce("s", FieldKind::Dropdown).unwrap().into_text(), Some(String::new()));
    }

    #[test]
    fn dates_as_numbers() {
        let d = Value::from_days(days_from_civil(2015, 8, 14));
        assert_eq!(d, Value::Date("2015-08-14".into()));
        assert_eq!(d.day(), Some(days_from_civil(2015, 8, 14)));
        let t = days_from_civil(2015, 8, 14) * 86_400 + 6 * 3600 + 31 * 60;
        assert_eq!(Value::from_unix(t).unix_secs(), Some(t));
        assert_eq!(Value::from_unix(t).day(), d.day());
        assert_eq!(Value::from_unix(t).into_date().map(|d| d.ymd()), Some((2015, 8, 14)));
        assert_eq!(d.into_datetime().map(|x| x.to_unix()), Some(t - 6 * 3600 - 31 * 60));
    }
}
