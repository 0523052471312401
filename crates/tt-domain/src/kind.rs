//! [`FieldKind`]: the kind of a field, standard or custom.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The kind of a field: how its values are typed, shown and compared, and (for custom
/// fields) the `CField` subtype that carries it.
///
/// In seed files (serde) the kinds are written `string`, `text` (multi-line), `integer`,
/// `decimal`, `boolean`, `date`, `datetime`, `user`, `users`, `dropdown`, `multiselect`,
/// `version` and `timespan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    /// One line of text (`CStringField`).
    #[serde(rename = "string")]
    Text,
    /// Multi-line text (`CStringField` with `isMultilineString`).
    #[serde(rename = "text")]
    LongText,
    /// A whole number (`CIntegerField`).
    Integer,
    /// A number with a fraction (`CDecimalField`).
    Decimal,
    /// A check box (`CBooleanField`).
    Boolean,
    /// A date, `YYYY-MM-DD` (`CDateField`).
    Date,
    /// A date and time, ISO 8601 (`CDateTimeField`).
    DateTime,
    /// A user, written as the server shows users ("Last, First").
    User,
    /// One value of a list (`CDropdownField`).
    Dropdown,
    /// Several values of a list (`CMultiSelectDropdownField`).
    MultiSelect,
    /// A version string (`CVersionField`).
    Version,
    /// A duration in the field's unit (`CTimespanField`).
    Timespan,
    /// A list of users (read-only, e.g. "Currently Assigned To").
    Users,
}

impl FieldKind {
    /// A short name for messages and listings (`text`, `dropdown`, ...).
    pub fn name(self) -> &'static str {
        match self {
            FieldKind::Text => "text",
            FieldKind::LongText => "long text",
            FieldKind::Integer => "integer",
            FieldKind::Decimal => "decimal",
            FieldKind::Boolean => "boolean",
            FieldKind::Date => "date",
            FieldKind::DateTime => "date-time",
            FieldKind::User => "user",
            FieldKind::Dropdown => "dropdown",
            FieldKind::MultiSelect => "multi-select",
            FieldKind::Version => "version",
            FieldKind::Timespan => "timespan",
            FieldKind::Users => "users",
        }
    }

    /// What a value of the kind looks like, for messages ("a whole number").
    pub fn expected(self) -> &'static str {
        match self {
            FieldKind::Integer => "a whole number",
            FieldKind::Decimal | FieldKind::Timespan => "a number",
            FieldKind::Boolean => "true or false (yes/no, 1/0)",
            FieldKind::Date => "a date YYYY-MM-DD",
            FieldKind::DateTime => "a date-time YYYY-MM-DDTHH:MM:SS (or now)",
            FieldKind::MultiSelect | FieldKind::Users => "a comma-separated list",
            _ => "text",
        }
    }

    /// The `CField` subtype that carries a custom field of the kind (users as text and lists).
    pub fn soap_type(self) -> &'static str {
        match self {
            FieldKind::Text | FieldKind::LongText | FieldKind::User => "CStringField",
            FieldKind::Integer => "CIntegerField",
            FieldKind::Decimal => "CDecimalField",
            FieldKind::Boolean => "CBooleanField",
            FieldKind::Date => "CDateField",
            FieldKind::DateTime => "CDateTimeField",
            FieldKind::Dropdown => "CDropdownField",
            FieldKind::MultiSelect | FieldKind::Users => "CMultiSelectDropdownField",
            FieldKind::Version => "CVersionField",
            FieldKind::Timespan => "CTimespanField",
        }
    }

    /// True for kinds with a list of allowed values.
    pub fn has_values(self) -> bool {
        matches!(self, FieldKind::Dropdown | FieldKind::MultiSelect)
    }

    /// True for kinds whose value is a list.
    pub fn is_list(self) -> bool {
        matches!(self, FieldKind::MultiSelect | FieldKind::Users)
    }

    /// True for kinds whose value is one piece of text (text, long text, user, dropdown,
    /// version).
    pub fn is_text(self) -> bool {
        matches!(
            self,
            FieldKind::Text | FieldKind::LongText | FieldKind::User | FieldKind::Dropdown | FieldKind::Version
        )
    }
}

impl fmt::Display for FieldKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_names() {
        let k: FieldKind = serde_json::from_str(r#""datetime""#).unwrap();
        assert_eq!(k, FieldKind::DateTime);
        let k: FieldKind = serde_json::from_str(r#""string""#).unwrap();
        assert_eq!(k, FieldKind::Text);
        let k: FieldKind = serde_json::from_str(r#""text""#).unwrap();
        assert_eq!(k, FieldKind::LongText);
        assert_eq!(serde_json::to_string(&FieldKind::MultiSelect).unwrap(), r#""multiselect""#);
        assert_eq!(FieldKind::Timespan.soap_type(), "CTimespanField");
        assert_eq!(FieldKind::DateTime.to_string(), "date-time");
    }
}
