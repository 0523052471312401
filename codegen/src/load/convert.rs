//! The state shared while turning schema declarations into [`TypeDef`]s: the names taken so
//! far (anonymous types get fresh ones), the types produced, and every type reference seen
//! (checked once all types are known, see `check.rs`).

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;

use super::tree::Element;

use crate::error::{CodegenError, Result};
use crate::model::{ElementDef, QName, TypeDef, TypeKind, Warning, SOAP12_ENC_NS, SOAP_ENC_NS, XSD_NS};

use super::dom::{attr, attr_true, children_in, xsd_documentation};
use super::index::{Decl, Index};
use super::location::is_well_known_namespace;

/// Nesting limit for anonymous types and group references (guards against reference loops).
const MAX_DEPTH: usize = 64;

/// A type reference to check later.
pub(crate) struct TypeRef {
    /// The referenced type.
    pub target: QName,
    /// Where it is referenced (`type CDefect field state`).
    pub construct: String,
    /// The schema holding the reference.
    pub schema: usize,
    /// The line of the referring element.
    pub line: u64,
}

/// Conversion state.
pub(crate) struct Conv<'a> {
    /// The declarations.
    pub ix: &'a Index<'a>,
    /// Type names taken (global names are reserved up front).
    names: HashSet<QName>,
    /// Global elements with an anonymous type -> the name given to that type.
    element_types: HashMap<QName, QName>,
    /// Types produced, with the schema each came from.
    pub out: Vec<(TypeDef, usize)>,
    /// References to check.
    pub refs: Vec<TypeRef>,
    /// Constructs read only in part.
    pub warnings: Vec<Warning>,
    depth: usize,
}

impl<'a> Conv<'a> {
    /// Reserves every global type name, then names the anonymous types of global elements
    /// after their element (with a numeric suffix if a type of that name exists).
    pub(crate) fn new(ix: &'a Index<'a>) -> Self {
        let mut conv = Conv {
            ix,
            names: ix.types.iter().map(|(q, _)| q.clone()).collect(),
            element_types: HashMap::new(),
            out: Vec::new(),
            refs: Vec::new(),
            warnings: Vec::new(),
            depth: 0,
        };
        for (q, d) in &ix.elements {
            if conv.element_types.contains_key(q) || attr(d.el, "type").is_some() || inline_type(d.el).is_none() {
                continue;
            }
            let name = conv.fresh(q.clone());
            conv.element_types.insert(q.clone(), name);
        }
        conv
    }

    /// The file of schema `schema`.
    pub(crate) fn path(&self, schema: usize) -> PathBuf {
        self.ix.docs.get(schema).map(|d| d.path.clone()).unwrap_or_default()
    }

    /// `want` if free, else `want2`, `want3`, ...; the name is taken on return.
    pub(crate) fn fresh(&mut self, want: QName) -> QName {
        let mut q = want.clone();
        let mut i = 2u32;
        while self.names.contains(&q) {
            q = QName::new(want.namespace.clone(), format!("{}{i}", want.name));
            i += 1;
        }
        self.names.insert(q.clone());
        q
    }

    /// The QName in attribute `name` of `el`, resolved where `el` is.
    pub(crate) fn qname_attr(
        &self,
        el: &Element,
        name: &str,
        schema: usize,
        construct: impl FnOnce() -> String,
    ) -> Result<Option<QName>> {
        let Some(value) = attr(el, name).map(str::trim).filter(|v| !v.is_empty()) else { return Ok(None) };
        self.qname_value(el, value, schema, construct).map(Some)
    }

    /// Resolves a QName value written on `el`.
    pub(crate) fn qname_value(
        &self,
        el: &Element,
        value: &str,
        schema: usize,
        construct: impl FnOnce() -> String,
    ) -> Result<QName> {
        let q = super::dom::resolve_qname(el, value).ok_or_else(|| CodegenError::Dangling {
            line: Some(el.line),
            path: self.path(schema),
            construct: construct(),
            what: "namespace prefix",
            name: value.to_string(),
        })?;
        // SOAP 1.2 encoding's names stand for SOAP 1.1 encoding's (`enc:Array`, `enc:arrayType`).
        if q.namespace == SOAP12_ENC_NS {
            return Ok(QName::new(SOAP_ENC_NS, q.name));
        }
        // An unprefixed name that the default namespace does not declare: the schema's target
        // namespace, as zeep and gSOAP resolve it.
        if !value.contains(':') && !self.declared(&q) {
            let tns = self.ix.docs.get(schema).map(|d| d.target_namespace.as_str()).unwrap_or("");
            let alt = QName::new(tns, q.name.clone());
            if self.declared(&alt) {
                return Ok(alt);
            }
        }
        Ok(q)
    }

    /// True when `q` names a built-in, or a type (global, or named already), element, group or
    /// attribute of the schemas.
    fn declared(&self, q: &QName) -> bool {
        q.namespace == XSD_NS
            || self.names.contains(q)
            || self.ix.element_by_name.contains_key(q)
            || self.ix.groups.contains_key(q)
            || self.ix.attributes.contains_key(q)
    }

    /// Whether the local element declaration `e` in schema `schema` is namespace-qualified (its
    /// `form`, else the schema's `elementFormDefault`, else unqualified), and the namespace it
    /// is then in (the schema's target namespace; "" when unqualified).
    pub(crate) fn local_element_form(&self, e: &Element, schema: usize) -> (bool, String) {
        let form = attr(e, "form")
            .or_else(|| self.ix.docs.get(schema).and_then(|d| attr(&d.root, "elementFormDefault")))
            .map(str::trim);
        if form != Some("qualified") {
            return (false, String::new());
        }
        (true, self.ix.docs.get(schema).map(|d| d.target_namespace.clone()).unwrap_or_default())
    }

    /// Records a reference to a type, checked when all types are known.
    pub(crate) fn refer(&mut self, target: &QName, schema: usize, el: &Element, construct: String) {
        self.refs.push(TypeRef { target: target.clone(), construct, schema, line: el.line });
    }

    /// An error for a construct this loader does not handle.
    pub(crate) fn unsupported(&self, schema: usize, el: &Element, construct: String) -> CodegenError {
        CodegenError::Unsupported { line: Some(el.line), path: self.path(schema), construct }
    }

    /// Notes a construct that is read only in part (`message` says what is lost).
    pub(crate) fn warn(&mut self, schema: usize, el: &Element, construct: String, message: &str) {
        let w = Warning { path: self.path(schema), line: Some(el.line), construct, message: message.to_string() };
        if !self.warnings.contains(&w) {
            self.warnings.push(w);
        }
    }

    /// An error for a construct that is not valid XSD.
    pub(crate) fn invalid(&self, schema: usize, el: &Element, message: String) -> CodegenError {
        CodegenError::Invalid { line: Some(el.line), path: self.path(schema), message }
    }

    /// Enters one level of nesting (anonymous type or group); errors past the limit.
    pub(crate) fn enter(&mut self, schema: usize, what: impl FnOnce() -> String) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let construct = format!("{} (nested more than {MAX_DEPTH} deep)", what());
            return Err(CodegenError::Unsupported { line: None, path: self.path(schema), construct });
        }
        Ok(())
    }

    /// Leaves a level entered with [`Conv::enter`].
    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// The kind of a `complexType` or `simpleType` element.
    pub(crate) fn kind_of(&mut self, el: &'a Element, name: &QName, schema: usize) -> Result<TypeKind> {
        match el.name.as_str() {
            "complexType" => self.complex_kind(el, name, schema),
            "simpleType" => self.simple_kind(el, name, schema),
            other => Err(self.unsupported(schema, el, format!("xsd:{other} as the definition of type {}", name.name))),
        }
    }

    /// A global `complexType` / `simpleType`.
    pub(crate) fn global_type(&mut self, name: &QName, d: Decl<'a>) -> Result<TypeDef> {
        let kind = self.kind_of(d.el, name, d.schema)?;
        Ok(TypeDef { name: name.clone(), documentation: xsd_documentation(d.el), kind })
    }

    /// Converts an anonymous type definition `inner` under the (already fresh) `name` and adds
    /// it to the output; `doc` is used when the definition has no documentation of its own.
    pub(crate) fn anonymous(
        &mut self,
        name: QName,
        inner: &'a Element,
        schema: usize,
        doc: Option<String>,
    ) -> Result<()> {
        self.enter(schema, || format!("anonymous type {}", name.name))?;
        let kind = self.kind_of(inner, &name, schema);
        self.leave();
        let documentation = xsd_documentation(inner).or(doc);
        self.out.push((TypeDef { name, documentation, kind: kind? }, schema));
        Ok(())
    }

    /// A global element: its anonymous type (if any) is converted and added to the output.
    pub(crate) fn global_element(&mut self, name: &QName, d: Decl<'a>) -> Result<ElementDef> {
        let construct = || format!("element {}", name.name);
        let type_ = match self.qname_attr(d.el, "type", d.schema, construct)? {
            Some(t) => {
                self.refer(&t, d.schema, d.el, construct());
                t
            }
            None => match (inline_type(d.el), self.element_types.get(name).cloned()) {
                (Some(inner), Some(type_name)) => {
                    self.anonymous(type_name.clone(), inner, d.schema, xsd_documentation(d.el))?;
                    type_name
                }
                _ => QName::xsd("anyType"),
            },
        };
        let construct = || format!("element {} substitutionGroup", name.name);
        let substitution_group = self.qname_attr(d.el, "substitutionGroup", d.schema, construct)?;
        Ok(ElementDef { name: name.clone(), type_, nillable: attr_true(d.el, "nillable"), substitution_group })
    }

    /// The type and nillability of the global element `name` (for `element ref=`).
    pub(crate) fn element_type(
        &self,
        name: &QName,
        schema: usize,
        construct: impl Fn() -> String,
    ) -> Result<(QName, bool)> {
        if name.namespace == XSD_NS || is_well_known_namespace(&name.namespace) {
            // `<element ref="xsd:schema"/>` (.NET DataSet) and the like: untyped XML.
            return Ok((QName::xsd("anyType"), false));
        }
        let Some(d) = self.ix.element_by_name.get(name) else {
            return Err(CodegenError::Dangling {
                line: None,
                path: self.path(schema),
                construct: construct(),
                what: "element",
                name: name.to_string(),
            });
        };
        let type_ = match self.qname_attr(d.el, "type", d.schema, &construct)? {
            Some(t) => t,
            None => self.element_types.get(name).cloned().unwrap_or_else(|| QName::xsd("anyType")),
        };
        Ok((type_, attr_true(d.el, "nillable")))
    }

    /// Runs `f` as a second conversion of a declaration whose first conversion produced
    /// `self.out[span]`, without keeping anything it adds. Returns `f`'s result and whether it
    /// produced the same types (names and kinds) as the first time.
    pub(crate) fn replay<T>(
        &mut self,
        span: Range<usize>,
        f: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<(T, bool)> {
        let first: Vec<(QName, TypeKind)> =
            self.out.get(span).unwrap_or_default().iter().map(|(t, _)| (t.name.clone(), t.kind.clone())).collect();
        for (n, _) in &first {
            self.names.remove(n);
        }
        let (out_mark, ref_mark, warn_mark) = (self.out.len(), self.refs.len(), self.warnings.len());
        let result = f(self);
        let again: Vec<(TypeDef, usize)> = self.out.drain(out_mark..).collect();
        self.refs.truncate(ref_mark);
        self.warnings.truncate(warn_mark);
        for (n, _) in &first {
            self.names.insert(n.clone());
        }
        let value = result?;
        let same = again.len() == first.len()
            && again.iter().zip(&first).all(|((t, _), (name, kind))| &t.name == name && &t.kind == kind);
        Ok((value, same))
    }
}

/// The anonymous `complexType` / `simpleType` child of an element or attribute declaration.
pub(crate) fn inline_type(el: &Element) -> Option<&Element> {
    children_in(el, XSD_NS).find(|c| c.name == "complexType" || c.name == "simpleType")
}
