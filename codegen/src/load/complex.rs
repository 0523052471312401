//! `xsd:complexType` -> struct, SOAP-ENC array or (for simple content) simple type.
//!
//! - A compositor (`sequence`, `all`, `choice`, or a `group` reference) gives the fields.
//! - `complexContent/extension` gives a struct with a base and its own fields.
//! - `complexContent/restriction` (or `extension`) of `SOAP-ENC:Array` gives an array; the
//!   item type comes from `wsdl:arrayType="p:X[]"` on the `SOAP-ENC:arrayType` attribute
//!   reference, else from the element in the restriction's sequence, else `xsd:anyType`.
//!   Only one rank group is supported: `X[]` and `X[,]` are arrays of `X`, while `X[][]`
//!   (an array of arrays) is reported as unsupported, except Apache Axis's `xsd:byte[][]`,
//!   which is an array of `xsd:base64Binary`.
//! - `complexContent/restriction` of any other type restates the whole content model: it
//!   becomes a struct with the restriction's fields and no base.
//! - `simpleContent` without attributes becomes [`TypeKind::Simple`] (or [`TypeKind::Enum`]
//!   for an enumerated restriction) over its base; with attributes (its own or its complex
//!   base's), a struct whose `simple_content` is the simple type of its text.
//! - `attributeGroup` references are expanded in place; `anyAttribute` is skipped with a
//!   warning, as is `mixed="true"` (the text between child elements is not kept); `SOAP-ENC`
//!   attributes are not struct attributes.

use super::tree::Element;

use crate::error::{CodegenError, Result};
use crate::model::{
    ArrayType, Attribute, Compositor, EnumType, QName, SimpleType, StructType, TypeKind, SOAP_ENC_NS, XSD_NS,
};

use super::convert::{inline_type, Conv};
use super::dom::{attr, attr_nonempty, attr_true, children_in, upper_first};
use super::location::is_well_known_namespace;

impl<'a> Conv<'a> {
    /// The kind of a `complexType`.
    pub(crate) fn complex_kind(&mut self, ct: &'a Element, name: &QName, schema: usize) -> Result<TypeKind> {
        let mut st = StructType {
            base: None,
            is_abstract: attr_true(ct, "abstract"),
            compositor: Compositor::Sequence,
            fields: Vec::new(),
            attributes: Vec::new(),
            simple_content: None,
        };
        if attr_true(ct, "mixed") {
            let construct = format!("mixed=\"true\" on complexType {}", name.name);
            self.warn(schema, ct, construct, "the text between child elements is not kept");
        }
        for c in children_in(ct, XSD_NS) {
            match c.name.as_str() {
                "complexContent" => return self.complex_content(c, name, schema, st.is_abstract),
                "simpleContent" => return self.simple_content(c, name, schema),
                _ => self.struct_member(c, name, schema, &mut st)?,
            }
        }
        Ok(TypeKind::Struct(st))
    }

    /// One child of a complexType, extension or restriction: a compositor, an attribute, or
    /// something skipped.
    fn struct_member(&mut self, c: &'a Element, owner: &QName, schema: usize, st: &mut StructType) -> Result<()> {
        match c.name.as_str() {
            "sequence" | "all" | "choice" | "group" => {
                let (compositor, body, body_schema) = self.model_group(c, owner, schema)?;
                st.compositor = compositor;
                self.particles(body, owner, body_schema, Default::default(), &mut st.fields)
            }
            "attribute" | "attributeGroup" | "anyAttribute" => {
                self.attribute_like(c, owner, schema, &mut st.attributes)
            }
            "annotation" => Ok(()),
            other => Err(self.unsupported(schema, c, format!("xsd:{other} in complexType {}", owner.name))),
        }
    }

    /// `complexContent`: extension, SOAP-ENC array, or restriction.
    fn complex_content(&mut self, cc: &'a Element, name: &QName, schema: usize, is_abstract: bool) -> Result<TypeKind> {
        let Some(deriv) = children_in(cc, XSD_NS).find(|c| c.name == "extension" || c.name == "restriction") else {
            return Err(self.invalid(
                schema,
                cc,
                format!("complexContent of {} has no extension or restriction", name.name),
            ));
        };
        let base = self
            .qname_attr(deriv, "base", schema, || format!("complexType {} base", name.name))?
            .ok_or_else(|| self.invalid(schema, deriv, format!("xsd:{} in {} has no base", deriv.name, name.name)))?;
        if base == QName::new(SOAP_ENC_NS, "Array") {
            return self.soap_array(deriv, name, schema).map(TypeKind::Array);
        }
        let extension = deriv.name == "extension";
        let mut st = StructType {
            base: None,
            is_abstract,
            compositor: Compositor::Sequence,
            fields: Vec::new(),
            attributes: Vec::new(),
            simple_content: None,
        };
        if extension && base != QName::xsd("anyType") {
            self.refer(&base, schema, deriv, format!("complexType {} base", name.name));
            st.base = Some(base);
        }
        for c in children_in(deriv, XSD_NS) {
            self.struct_member(c, name, schema, &mut st)?;
        }
        Ok(TypeKind::Struct(st))
    }

    /// A `SOAP-ENC:Array` restriction (SOAP 1.1 `arrayType`, or SOAP 1.2 `itemType`).
    fn soap_array(&mut self, deriv: &'a Element, name: &QName, schema: usize) -> Result<ArrayType> {
        let mut item = None;
        for a in children_in(deriv, XSD_NS).filter(|c| c.name == "attribute") {
            let r = self.qname_attr(a, "ref", schema, || format!("array {} attribute ref", name.name))?;
            if r == Some(QName::new(SOAP_ENC_NS, "arrayType")) {
                if let Some(value) = attr_nonempty(a, "arrayType") {
                    item = Some(self.array_item(a, value, name, schema)?);
                }
            } else if r == Some(QName::new(SOAP_ENC_NS, "itemType")) {
                // SOAP 1.2 encoding: `wsdl:itemType="xsd:string"`, the item type without ranks.
                if let Some(value) = attr_nonempty(a, "itemType") {
                    let construct = || format!("array {} wsdl:itemType", name.name);
                    item = Some(self.qname_value(a, value, schema, construct)?);
                }
            } else if !matches!(&r, Some(q) if q.namespace == SOAP_ENC_NS) {
                let construct = format!("xsd:attribute in SOAP-ENC array {}", name.name);
                self.warn(schema, a, construct, "an array's own attributes are not kept");
            }
        }
        let element = children_in(deriv, XSD_NS)
            .filter(|c| matches!(c.name.as_str(), "sequence" | "all" | "choice"))
            .flat_map(|g| children_in(g, XSD_NS))
            .find(|e| e.name == "element");
        let mut item_name = "item".to_string();
        if let Some(e) = element {
            let construct = || format!("array {} item element", name.name);
            let declared = if let Some(r) = self.qname_attr(e, "ref", schema, construct)? {
                item_name = r.name.clone();
                Some(self.element_type(&r, schema, construct)?.0)
            } else {
                if let Some(n) = attr_nonempty(e, "name") {
                    item_name = n.to_string();
                }
                match (self.qname_attr(e, "type", schema, construct)?, inline_type(e)) {
                    (Some(t), _) => Some(t),
                    (None, Some(inner)) if item.is_none() => {
                        let anon = self.fresh(QName::new(name.namespace.clone(), format!("{}Item", name.name)));
                        self.anonymous(anon.clone(), inner, schema, None)?;
                        Some(anon)
                    }
                    _ => None,
                }
            };
            if item.is_none() {
                item = declared;
            }
        }
        let item = item.unwrap_or_else(|| QName::xsd("anyType"));
        self.refer(&item, schema, deriv, format!("array {} item type", name.name));
        Ok(ArrayType { item, item_name, soap_encoded: true })
    }

    /// The item type in a `wsdl:arrayType` value (`ttns:CField[]`, `xsd:string[,]`).
    fn array_item(&self, at: &Element, value: &str, name: &QName, schema: usize) -> Result<QName> {
        let value = value.trim();
        let (type_part, ranks) = value.split_at(value.find('[').unwrap_or(value.len()));
        let groups = ranks.matches('[').count();
        let well_formed = ranks.matches(']').count() == groups
            && ranks.chars().all(|c| matches!(c, '[' | ']' | ',') || c.is_ascii_digit() || c.is_whitespace());
        if groups == 0 || !well_formed {
            return Err(self.invalid(
                schema,
                at,
                format!("array {}: wsdl:arrayType=\"{value}\" is not of the form prefix:Type[]", name.name),
            ));
        }
        let item = self.qname_value(at, type_part, schema, || format!("array {} wsdl:arrayType", name.name))?;
        match groups {
            1 => Ok(item),
            // Apache Axis writes a Java byte[][] as `xsd:byte[][]`: an array of byte arrays,
            // and a byte array travels as base64 (SOAP 1.1 section 5.2.3).
            2 if item == QName::xsd("byte") => Ok(QName::xsd("base64Binary")),
            _ => Err(self.unsupported(
                schema,
                at,
                format!("array of arrays wsdl:arrayType=\"{value}\" in type {}", name.name),
            )),
        }
    }

    /// `simpleContent`: the base (or an enumeration of it), or with attributes a struct.
    fn simple_content(&mut self, sc: &'a Element, name: &QName, schema: usize) -> Result<TypeKind> {
        let mut attributes = Vec::new();
        let (base, values) = self.simple_content_parts(sc, name, schema, &mut attributes, 0)?;
        Ok(if !attributes.is_empty() {
            TypeKind::Struct(StructType {
                base: None,
                is_abstract: false,
                compositor: Compositor::Sequence,
                fields: Vec::new(),
                attributes,
                simple_content: Some(base),
            })
        } else if values.is_empty() {
            TypeKind::Simple(SimpleType { base })
        } else {
            TypeKind::Enum(EnumType { base, values })
        })
    }

    /// The base and enumeration of a `simpleContent`, with its attributes (a complex base's
    /// first) appended to `attributes`. A base that is itself a complex type with simple
    /// content is followed to its simple type.
    fn simple_content_parts(
        &mut self,
        sc: &'a Element,
        name: &QName,
        schema: usize,
        attributes: &mut Vec<Attribute>,
        depth: usize,
    ) -> Result<(QName, Vec<String>)> {
        let Some(deriv) = children_in(sc, XSD_NS).find(|c| c.name == "extension" || c.name == "restriction") else {
            return Err(self.invalid(
                schema,
                sc,
                format!("simpleContent of {} has no extension or restriction", name.name),
            ));
        };
        let mut base = self
            .qname_attr(deriv, "base", schema, || format!("complexType {} simpleContent base", name.name))?
            .unwrap_or_else(|| QName::xsd("string"));
        self.refer(&base, schema, deriv, format!("complexType {} simpleContent base", name.name));
        let complex_base =
            self.ix.types.iter().find(|(q, d)| q == &base && d.el.name == "complexType").and_then(|(_, d)| {
                children_in(d.el, XSD_NS).find(|c| c.name == "simpleContent").map(|c| (c, d.schema))
            });
        let mut values = Vec::new();
        if let (Some((inner, inner_schema)), true) = (complex_base, depth < 16) {
            let (b, v) = self.simple_content_parts(inner, name, inner_schema, attributes, depth + 1)?;
            base = b;
            values = v;
        }
        let own = self.enumeration(deriv, name, schema)?;
        if !own.is_empty() {
            values = own;
        }
        for c in children_in(deriv, XSD_NS) {
            if matches!(c.name.as_str(), "attribute" | "attributeGroup" | "anyAttribute") {
                self.attribute_like(c, name, schema, attributes)?;
            }
        }
        // A restriction restates an inherited attribute: keep the last statement of each.
        let mut seen = std::collections::HashSet::new();
        let mut kept: Vec<Attribute> = attributes.drain(..).rev().filter(|a| seen.insert(a.name.clone())).collect();
        kept.reverse();
        *attributes = kept;
        Ok((base, values))
    }

    /// An `attribute`, `attributeGroup` reference (expanded) or `anyAttribute` (a warning).
    fn attribute_like(&mut self, c: &'a Element, owner: &QName, schema: usize, out: &mut Vec<Attribute>) -> Result<()> {
        match c.name.as_str() {
            "attribute" => self.attribute(c, owner, schema, out),
            "anyAttribute" => {
                let construct = format!("xsd:anyAttribute in type {}", owner.name);
                self.warn(schema, c, construct, "attributes it allows are not kept");
                Ok(())
            }
            _ => {
                let construct = || format!("type {} attributeGroup ref", owner.name);
                let Some(r) = self.qname_attr(c, "ref", schema, construct)? else {
                    return Err(self.invalid(
                        schema,
                        c,
                        format!("type {}: xsd:attributeGroup without ref", owner.name),
                    ));
                };
                let Some(d) = self.ix.attribute_groups.get(&r).copied() else {
                    return Err(CodegenError::Dangling {
                        line: Some(c.line),
                        path: self.path(schema),
                        construct: construct(),
                        what: "attributeGroup",
                        name: r.to_string(),
                    });
                };
                self.enter(schema, || format!("attributeGroup references in type {}", owner.name))?;
                let mut r = Ok(());
                for inner in children_in(d.el, XSD_NS) {
                    if matches!(inner.name.as_str(), "attribute" | "attributeGroup" | "anyAttribute") {
                        r = self.attribute_like(inner, owner, d.schema, out);
                        if r.is_err() {
                            break;
                        }
                    }
                }
                self.leave();
                r
            }
        }
    }

    /// An `xsd:attribute` of a struct.
    fn attribute(&mut self, a: &'a Element, owner: &QName, schema: usize, out: &mut Vec<Attribute>) -> Result<()> {
        if attr(a, "use").map(str::trim) == Some("prohibited") {
            return Ok(());
        }
        let required = attr(a, "use").map(str::trim) == Some("required");
        let construct = || format!("complexType {} attribute", owner.name);
        if let Some(r) = self.qname_attr(a, "ref", schema, construct)? {
            if r.namespace == SOAP_ENC_NS {
                return Ok(());
            }
            let type_ = if is_well_known_namespace(&r.namespace) {
                QName::xsd("string")
            } else {
                let Some(d) = self.ix.attributes.get(&r).copied() else {
                    return Err(CodegenError::Dangling {
                        line: Some(a.line),
                        path: self.path(schema),
                        construct: construct(),
                        what: "attribute",
                        name: r.to_string(),
                    });
                };
                self.attribute_type(d.el, owner, &r.name, d.schema)?
            };
            out.push(Attribute { name: r.name, namespace: r.namespace, type_, required });
            return Ok(());
        }
        let Some(name) = attr_nonempty(a, "name") else {
            return Err(self.invalid(schema, a, format!("complexType {}: attribute without name or ref", owner.name)));
        };
        let type_ = self.attribute_type(a, owner, name, schema)?;
        out.push(Attribute { name: name.to_string(), namespace: String::new(), type_, required });
        Ok(())
    }

    /// The type of an attribute declaration: `type=`, an anonymous simpleType, or
    /// `xsd:anySimpleType`.
    fn attribute_type(&mut self, a: &'a Element, owner: &QName, name: &str, schema: usize) -> Result<QName> {
        let construct = || format!("complexType {} attribute {name}", owner.name);
        if let Some(t) = self.qname_attr(a, "type", schema, construct)? {
            self.refer(&t, schema, a, construct());
            return Ok(t);
        }
        match inline_type(a) {
            Some(inner) => {
                let anon =
                    self.fresh(QName::new(owner.namespace.clone(), format!("{}{}", owner.name, upper_first(name))));
                self.anonymous(anon.clone(), inner, schema, None)?;
                Ok(anon)
            }
            None => Ok(QName::xsd("anySimpleType")),
        }
    }

    /// The `enumeration` values under a restriction, in document order.
    pub(crate) fn enumeration(&self, restriction: &Element, name: &QName, schema: usize) -> Result<Vec<String>> {
        children_in(restriction, XSD_NS)
            .filter(|c| c.name == "enumeration")
            .map(|e| {
                attr(e, "value").map(str::to_string).ok_or_else(|| {
                    self.invalid(schema, restriction, format!("type {}: enumeration without value", name.name))
                })
            })
            .collect()
    }
}
