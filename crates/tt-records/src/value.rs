//! [`Value`] and [`FieldType`]: the shared domain types of `tt-domain` (`Value`,
//! `FieldKind`), under this crate's names.

pub use tt_domain::{FieldKind as FieldType, Value};

impl From<tt_domain::CoerceError> for crate::Error {
    fn from(e: tt_domain::CoerceError) -> Self {
        crate::Error::InvalidValue { field: e.field, value: e.value, expected: e.expected }
    }
}
