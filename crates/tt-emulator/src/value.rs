//! Field values (`tt_domain::Value`, shared with `tt-records`) and how the server shows them
//! in record lists ([`ListText`]).

use crate::clock;
pub use tt_domain::Value;

/// How many characters of a value a record list returns ("Only the first 128 characters are
/// returned", WSDL documentation of getRecordListForTable).
pub const LIST_VALUE_LIMIT: usize = 128;

/// How the server shows a value in a record list and compares it as text in a query.
pub trait ListText {
    /// Dates in the server locale (`8/14/2015`, `8/14/2015 at 6:31 AM`, UTC), booleans as
    /// `Yes`/`No`, lists joined with `, `, decimals with two places. Not truncated; see
    /// [`ListText::list_cell`].
    fn display(&self) -> String;

    /// The record-list cell: [`ListText::display`] cut to the first 128 characters.
    fn list_cell(&self) -> String {
        truncate_chars(self.display(), LIST_VALUE_LIMIT)
    }
}

impl ListText for Value {
    fn display(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(s) => s.clone(),
            Value::Integer(i) => i.to_string(),
            Value::Decimal(f) => format!("{f:.2}"),
            Value::Bool(b) => if *b { "Yes" } else { "No" }.to_string(),
            Value::Date(s) => self.day().map_or_else(|| s.clone(), clock::format_locale_date),
            Value::DateTime(s) => self.unix_secs().map_or_else(|| s.clone(), clock::format_locale_datetime),
            Value::List(v) => v.join(", "),
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
        assert_eq!(Value::Decimal(2.5).list_cell(), "2.50");
        assert_eq!(Value::List(vec!["a".into(), "b".into()]).list_cell(), "a, b");
        let long = "é".repeat(300);
        assert_eq!(Value::Text(long).list_cell().chars().count(), 128);
        assert_eq!(Value::text(""), Value::Empty);
        let t = clock::days_from_civil(2015, 8, 14) * 86_400 + 6 * 3600 + 31 * 60;
        assert_eq!(Value::from_unix(t).list_cell(), "8/14/2015 at 6:31 AM");
        assert_eq!(Value::from_unix(t).day(), Some(clock::days_from_civil(2015, 8, 14)));
        assert_eq!(Value::from_days(clock::days_from_civil(2015, 8, 14)).list_cell(), "8/14/2015");
    }
}
