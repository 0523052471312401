//! Checks run once every type is known: that each referenced type exists (or is a built-in)
//! and that no struct extends itself.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use crate::error::{CodegenError, Result};
use crate::model::{QName, TypeDef, TypeKind, SOAP_ENC_NS, XSD_NS};

use super::convert::TypeRef;

/// The XML Schema built-in datatypes (XSD 1.0 plus the 1.1 additions).
const XSD_BUILTINS: [&str; 50] = [
    "anyType",
    "anySimpleType",
    "anyAtomicType",
    "string",
    "normalizedString",
    "token",
    "language",
    "Name",
    "NCName",
    "ID",
    "IDREF",
    "IDREFS",
    "ENTITY",
    "ENTITIES",
    "NMTOKEN",
    "NMTOKENS",
    "QName",
    "NOTATION",
    "boolean",
    "base64Binary",
    "hexBinary",
    "float",
    "double",
    "decimal",
    "integer",
    "nonPositiveInteger",
    "negativeInteger",
    "long",
    "int",
    "short",
    "byte",
    "nonNegativeInteger",
    "unsignedLong",
    "unsignedInt",
    "unsignedShort",
    "unsignedByte",
    "positiveInteger",
    "duration",
    "yearMonthDuration",
    "dayTimeDuration",
    "dateTime",
    "dateTimeStamp",
    "time",
    "date",
    "gYearMonth",
    "gYear",
    "gMonthDay",
    "gDay",
    "gMonth",
    "anyURI",
];

/// True for a name the schemas do not need to declare: an XSD built-in, or anything in the
/// SOAP-ENC namespace (whose schema is built in).
pub(crate) fn is_predeclared(q: &QName) -> bool {
    (q.namespace == XSD_NS && XSD_BUILTINS.contains(&q.name.as_str())) || q.namespace == SOAP_ENC_NS
}

/// True when `q` is a built-in or one of `types` (sorted by name).
pub(crate) fn type_exists(types: &[TypeDef], q: &QName) -> bool {
    is_predeclared(q) || types.binary_search_by(|t| t.name.cmp(q)).is_ok()
}

/// Every reference in `refs` must name a built-in or a type in `types` (sorted by name).
pub(crate) fn references(types: &[TypeDef], refs: &[TypeRef], path_of: impl Fn(usize) -> PathBuf) -> Result<()> {
    match refs.iter().find(|r| !type_exists(types, &r.target)) {
        Some(r) => Err(CodegenError::Dangling {
            line: Some(r.line),
            path: path_of(r.schema),
            construct: r.construct.clone(),
            what: "type",
            name: r.target.to_string(),
        }),
        None => Ok(()),
    }
}

/// No struct may be its own (indirect) base.
pub(crate) fn no_base_cycles(types: &[TypeDef], path_of: impl Fn(&QName) -> PathBuf) -> Result<()> {
    let bases: HashMap<&QName, &QName> = types
        .iter()
        .filter_map(|t| match &t.kind {
            TypeKind::Struct(s) => s.base.as_ref().map(|b| (&t.name, b)),
            _ => None,
        })
        .collect();
    for start in bases.keys() {
        let mut seen = HashSet::new();
        let mut at = *start;
        while let Some(next) = bases.get(at) {
            if !seen.insert(at) {
                break;
            }
            if *next == *start {
                return Err(CodegenError::Invalid {
                    line: None,
                    path: path_of(start),
                    message: format!("type {start} is its own base (complexContent/extension loop)"),
                });
            }
            at = next;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins() {
        assert!(is_predeclared(&QName::xsd("dateTime")));
        assert!(is_predeclared(&QName::new(SOAP_ENC_NS, "base64")));
        assert!(!is_predeclared(&QName::xsd("strnig")));
        assert!(!is_predeclared(&QName::new("urn:x", "string")));
    }
}
