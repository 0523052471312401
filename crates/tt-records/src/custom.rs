//! Custom fields (`AnyCField` items): name, type, value, allowed values, and building an item
//! that carries a new value (all from `tt_domain::custom`).

use testtrack::types::AnyCField;

pub(crate) use tt_domain::custom::{allowed, kind as field_type, value, with_value};

/// The name of a custom field item.
pub(crate) fn name(f: &AnyCField) -> Option<&str> {
    f.name().map(String::as_str)
}
