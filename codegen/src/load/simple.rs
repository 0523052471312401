//! `xsd:simpleType` -> enumeration or simple type.
//!
//! A restriction with `enumeration` facets is an [`TypeKind::Enum`]; any other restriction is
//! [`TypeKind::Simple`] over its base (other facets are not modelled); `list` and `union` map
//! to `xsd:string`, their lexical form.

use super::tree::Element;

use crate::error::Result;
use crate::model::{EnumType, QName, SimpleType, TypeKind, XSD_NS};

use super::convert::Conv;
use super::dom::children_in;

impl<'a> Conv<'a> {
    /// The kind of a `simpleType`.
    pub(crate) fn simple_kind(&mut self, st: &'a Element, name: &QName, schema: usize) -> Result<TypeKind> {
        let Some(body) = children_in(st, XSD_NS).find(|c| matches!(c.name.as_str(), "restriction" | "list" | "union"))
        else {
            return Err(self.invalid(
                schema,
                st,
                format!("simpleType {} has no restriction, list or union", name.name),
            ));
        };
        if body.name != "restriction" {
            return Ok(TypeKind::Simple(SimpleType { base: QName::xsd("string") }));
        }
        let base = self.restriction_base(body, name, schema, 0)?;
        let values = self.enumeration(body, name, schema)?;
        Ok(if values.is_empty() {
            TypeKind::Simple(SimpleType { base })
        } else {
            TypeKind::Enum(EnumType { base, values })
        })
    }

    /// The base of a simple restriction: its `base=`, or the base of its inline simpleType.
    fn restriction_base(&mut self, r: &Element, name: &QName, schema: usize, depth: usize) -> Result<QName> {
        let construct = || format!("simpleType {} restriction base", name.name);
        if let Some(base) = self.qname_attr(r, "base", schema, construct)? {
            self.refer(&base, schema, r, construct());
            return Ok(base);
        }
        let inner = children_in(r, XSD_NS)
            .find(|c| c.name == "simpleType")
            .and_then(|st| children_in(st, XSD_NS).find(|c| c.name == "restriction"));
        match inner {
            Some(inner) if depth < 16 => self.restriction_base(inner, name, schema, depth + 1),
            _ => Ok(QName::xsd("string")),
        }
    }
}
