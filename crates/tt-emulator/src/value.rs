//! Field values as the list and query code sees them, independent of the SOAP types.

use crate::clock;

/// The value of one column of one record.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// No value.
    Empty,
    /// Text (also dropdown, version and user values).
    Text(String),
    /// A whole number.
    Int(i64),
    /// A decimal number.
    Float(f64),
    /// A check box.
    Bool(bool),
    /// A date, as days since 1970-01-01.
    Date(i64),
    /// A date and time, as seconds since the Unix epoch (UTC).
    DateTime(i64),
    /// Several values (multi-select dropdowns, assigned-to lists).
    List(Vec<String>),
}

/// How many characters of a value a record list returns ("Only the first 128 characters are
/// returned", WSDL documentation of getRecordListForTable).
pub const LIST_VALUE_LIMIT: usize = 128;

impl Value {
    /// Text, or [`Value::Empty`] for an empty string.
    pub fn text(s: impl Into<String>) -> Value {
        let s = s.into();
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s)
        }
    }

    /// A value from an optional string.
    pub fn opt_text(s: &Option<String>) -> Value {
        match s {
            Some(s) => Value::text(s.clone()),
            None => Value::Empty,
        }
    }

    /// True for [`Value::Empty`] (and empty lists).
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::List(v) => v.is_empty(),
            _ => false,
        }
    }

    /// How the value is shown in a record list: dates in the server locale (`8/14/2015`,
    /// `8/14/2015 at 6:31 AM`), booleans as `Yes`/`No`, lists joined with `, `, decimals with
    /// two places. Not truncated; see [`Value::list_cell`].
    pub fn display(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(s) => s.clone(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format!("{f:.2}"),
            Value::Bool(b) => if *b { "Yes" } else { "No" }.to_string(),
            Value::Date(d) => clock::format_locale_date(*d),
            Value::DateTime(t) => clock::format_locale_datetime(*t),
            Value::List(v) => v.join(", "),
        }
    }

    /// The record-list cell: [`Value::display`] cut to the first 128 characters.
    pub fn list_cell(&self) -> String {
        truncate_chars(self.display(), LIST_VALUE_LIMIT)
    }

    /// The date part as a day number, for dates and date-times.
    pub fn day(&self) -> Option<i64> {
        match self {
            Value::Date(d) => Some(*d),
            Value::DateTime(t) => Some(t.div_euclid(86_400)),
            _ => None,
        }
    }
}

/// Cuts a string to at most `n` characters.
pub fn truncate_chars(mut s: String, n: usize) -> String {
    if let Some((i, _)) = s.char_indices().nth(n) {
        s.truncate(i);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_cells() {
        assert_eq!(Value::Bool(true).list_cell(), "Yes");
        assert_eq!(Value::Float(2.5).list_cell(), "2.50");
        assert_eq!(Value::List(vec!["a".into(), "b".into()]).list_cell(), "a, b");
        let long = "é".repeat(300);
        assert_eq!(Value::Text(long).list_cell().chars().count(), 128);
        assert_eq!(Value::text(""), Value::Empty);
        let t = clock::days_from_civil(2015, 8, 14) * 86_400 + 6 * 3600 + 31 * 60;
        assert_eq!(Value::DateTime(t).list_cell(), "8/14/2015 at 6:31 AM");
        assert_eq!(Value::DateTime(t).day(), Some(clock::days_from_civil(2015, 8, 14)));
    }
}
