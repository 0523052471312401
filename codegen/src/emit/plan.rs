//! Analysis before emission: Rust names for every type, the polymorphic families, which
//! fields need a `Box`, and the Rust shape of every XSD type reference.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::names::{camel, shout, Scope};
use super::rust_type::RustType;
use crate::error::{CodegenError, Result};
use crate::model::{Binding, Field, Model, QName, StructType, TypeDef, TypeKind, Use, SOAP_ENC_NS, XSD_NS};

/// How a type reference looks in Rust.
#[derive(Debug, Clone)]
pub enum Shape {
    /// A runtime simple type (`i64`, `String`, `ttsoap::Date`, ...).
    Scalar(RustType),
    /// A generated struct.
    Struct(String),
    /// The enum over a polymorphic family.
    Any(String),
    /// A generated enumeration.
    Enum(String),
    /// A SOAP-ENC array of items of some shape.
    Array(Box<Shape>),
}

/// When the qualified name of a qualified field (`tns:intA`) is written. SOAP encoding writes
/// every field unqualified; literal XML follows the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualify {
    /// Every message is encoded: always the local name.
    Never,
    /// Every message is literal (or there are no operations): always the qualified name.
    Always,
    /// Both kinds of message: chosen at run time by the writer's mode.
    ByMode,
}

/// Everything decided before writing code.
pub struct Plan<'m> {
    pub model: &'m Model,
    pub binding: Option<&'m Binding>,
    /// Every other binding, in document order: each gets its own client and service.
    pub extra_bindings: Vec<&'m Binding>,
    /// When qualified fields are written qualified.
    pub qualify: Qualify,
    /// Rust names of struct and enum types.
    pub type_names: HashMap<QName, String>,
    /// Rust names of the `AnyX` enums, by base type.
    pub any_names: HashMap<QName, String>,
    /// Direct subtypes of each struct, sorted by name.
    pub subtypes: HashMap<QName, Vec<QName>>,
    /// `TypeInfo` constant name per XSD type (built-ins included), with the text written in
    /// `xsi:type` and, for arrays, the item type.
    pub type_infos: BTreeMap<String, (String, Option<QName>)>,
    /// `TypeInfo` constant name by type.
    pub ti_by_qname: HashMap<QName, String>,
    /// (struct, field name) pairs whose field must be boxed to break a cycle.
    pub boxed: BTreeSet<(QName, String)>,
    /// The same, by struct.
    boxed_by_owner: HashMap<QName, Vec<String>>,
    /// The model's types by name (emission looks them up for every field).
    type_index: HashMap<&'m QName, &'m TypeDef>,
}

/// An identifier.
pub fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

impl<'m> Plan<'m> {
    /// Builds the plan, checking every type reference.
    pub fn new(model: &'m Model) -> Result<Self> {
        let binding = model.primary_binding();
        let extra_bindings: Vec<&Binding> =
            model.bindings.iter().filter(|b| binding.is_some_and(|p| p.name != b.name)).collect();
        let all_bindings = || binding.into_iter().chain(extra_bindings.iter().copied());
        let bodies =
            || all_bindings().flat_map(|b| &b.operations).flat_map(|o| std::iter::once(&o.input).chain(&o.output));
        let qualify = match (bodies().any(|b| b.use_ == Use::Literal), bodies().any(|b| b.use_ == Use::Encoded)) {
            (_, false) => Qualify::Always,
            (false, true) => Qualify::Never,
            (true, true) => Qualify::ByMode,
        };
        let mut plan = Plan {
            model,
            binding,
            extra_bindings: extra_bindings.clone(),
            qualify,
            type_names: HashMap::new(),
            any_names: HashMap::new(),
            subtypes: HashMap::new(),
            type_infos: BTreeMap::new(),
            ti_by_qname: HashMap::new(),
            boxed: BTreeSet::new(),
            boxed_by_owner: HashMap::new(),
            type_index: model.types.iter().map(|t| (&t.name, t)).collect(),
        };
        // Names shared with generated items in the `types` module.
        let mut scope =
            Scope::with_reserved(&["Encode", "Decode", "TypeInfo", "Option", "Vec", "String", "Box", "Result"]);
        for t in &model.types {
            if matches!(t.kind, TypeKind::Struct(_) | TypeKind::Enum(_)) {
                plan.type_names.insert(t.name.clone(), scope.claim(&camel(&t.name.name)));
            }
            if let TypeKind::Struct(s) = &t.kind {
                if let Some(base) = &s.base {
                    if !base.is_builtin() {
                        plan.subtypes.entry(base.clone()).or_default().push(t.name.clone());
                    }
                }
            }
        }
        for subs in plan.subtypes.values_mut() {
            subs.sort();
        }
        let mut bases: Vec<&QName> = plan.subtypes.keys().collect();
        bases.sort();
        for base in bases {
            if plan.type_names.contains_key(base) {
                let name = scope.claim(&format!("Any{}", camel(&base.name)));
                plan.any_names.insert(base.clone(), name);
            }
        }
        let mut ti_scope = Scope::default();
        for t in &model.types {
            if matches!(t.kind, TypeKind::Simple(_)) {
                continue;
            }
            let cname = ti_scope.claim(&shout(&t.name.name));
            let item = match &t.kind {
                TypeKind::Array(a) => Some(a.item.clone()),
                _ => None,
            };
            plan.ti_by_qname.insert(t.name.clone(), cname.clone());
            let text = plan.qname_text(&t.name);
            plan.type_infos.insert(cname, (text, item));
        }
        // Item types of arrays may be built-ins or simple types: give them constants too.
        let items: Vec<QName> = model
            .types
            .iter()
            .filter_map(|t| match &t.kind {
                TypeKind::Array(a) => Some(a.item.clone()),
                _ => None,
            })
            .collect();
        for q in &items {
            plan.ensure_ti(q, &mut ti_scope);
        }
        for t in &model.types {
            if let TypeKind::Struct(s) = &t.kind {
                for f in &s.fields {
                    plan.ensure_ti(&f.type_, &mut ti_scope);
                }
                if let Some(content) = &s.simple_content {
                    plan.ensure_ti(content, &mut ti_scope);
                }
            }
        }
        for b in all_bindings() {
            for op in &b.operations {
                let bodies = std::iter::once(&op.input).chain(op.output.as_ref());
                for body in bodies {
                    for p in body.parts.iter().chain(body.headers.iter().map(|h| &h.part)) {
                        let q = plan.part_type(p)?;
                        plan.ensure_ti(&q, &mut ti_scope);
                    }
                }
            }
        }
        plan.check_references()?;
        plan.boxed = super::cycles::boxed_fields(&plan);
        for (owner, field) in &plan.boxed {
            plan.boxed_by_owner.entry(owner.clone()).or_default().push(field.clone());
        }
        Ok(plan)
    }

    /// The type named `q` ([`Model::type_def`] through an index).
    pub fn type_def(&self, q: &QName) -> Option<&'m TypeDef> {
        self.type_index.get(q).copied()
    }

    /// The names of the fields of `owner` that are boxed (see [`Plan::boxed`]).
    pub fn boxed_fields_of(&self, owner: &QName) -> &[String] {
        self.boxed_by_owner.get(owner).map_or(&[], Vec::as_slice)
    }

    fn ensure_ti(&mut self, q: &QName, scope: &mut Scope) {
        if self.ti_by_qname.contains_key(q) {
            return;
        }
        let text = self.qname_text(q);
        let cname = scope.claim(&shout(&text.replace(':', "_")));
        self.ti_by_qname.insert(q.clone(), cname.clone());
        self.type_infos.insert(cname, (text, None));
    }

    /// The text written in `xsi:type` for `q` (`xsd:long`, `ttns:CDefect`).
    pub fn qname_text(&self, q: &QName) -> String {
        let prefix = if q.namespace == XSD_NS {
            "xsd"
        } else if q.namespace == SOAP_ENC_NS {
            "SOAP-ENC"
        } else {
            self.model.prefix_of(&q.namespace).unwrap_or("ns")
        };
        format!("{prefix}:{}", q.name)
    }

    /// The name written for element `local` in `namespace` (`tns:intA`): with the namespace's
    /// prefix (every prefix is declared on the envelope), or unprefixed for no namespace (or a
    /// namespace without a prefix, which cannot be declared).
    pub fn element_text(&self, namespace: &str, local: &str) -> String {
        let prefix = if namespace.is_empty() {
            None
        } else if namespace == XSD_NS {
            Some("xsd")
        } else if namespace == SOAP_ENC_NS {
            Some("SOAP-ENC")
        } else {
            self.model.prefix_of(namespace)
        };
        match prefix {
            Some(p) => format!("{p}:{local}"),
            None => local.to_string(),
        }
    }

    /// True when a struct belongs to a polymorphic family (it has a base or subtypes).
    pub fn in_family(&self, q: &QName) -> bool {
        if self.subtypes.contains_key(q) {
            return true;
        }
        match self.type_def(q).map(|t| &t.kind) {
            Some(TypeKind::Struct(s)) => s.base.as_ref().is_some_and(|b| !b.is_builtin()),
            _ => false,
        }
    }

    /// Tokens for `&ti::CONST` describing `q` (each module imports `super::ti`).
    pub fn ti(&self, q: &QName) -> TokenStream {
        let c = ident(self.ti_name(q));
        quote!(&ti::#c)
    }

    /// The name of the `TypeInfo` constant describing `q` in the `ti` module.
    pub fn ti_name(&self, q: &QName) -> &str {
        self.ti_by_qname.get(q).map(String::as_str).unwrap_or("ANY_TYPE")
    }

    /// The type of a part (its own type, or its element's type).
    pub fn part_type(&self, p: &crate::model::Part) -> Result<QName> {
        match &p.kind {
            crate::model::PartKind::Type(q) => Ok(q.clone()),
            crate::model::PartKind::Element(e) => match self.model.element(e) {
                Some(el) => Ok(el.type_.clone()),
                None => Err(CodegenError::Dangling {
                    line: None,
                    path: Default::default(),
                    construct: format!("part {}", p.name),
                    what: "element",
                    name: e.to_string(),
                }),
            },
        }
    }

    fn check_references(&self) -> Result<()> {
        for t in &self.model.types {
            let refs: Vec<(&QName, String)> = match &t.kind {
                TypeKind::Struct(s) => s
                    .fields
                    .iter()
                    .map(|f| (&f.type_, format!("field {} of type {}", f.name, t.name.name)))
                    .chain(s.base.iter().map(|b| (b, format!("base of type {}", t.name.name))))
                    .collect(),
                TypeKind::Array(a) => vec![(&a.item, format!("item of array type {}", t.name.name))],
                TypeKind::Enum(_) | TypeKind::Simple(_) => vec![],
            };
            for (q, construct) in refs {
                self.shape(q).map_err(|_| CodegenError::Dangling {
                    line: None,
                    path: Default::default(),
                    construct,
                    what: "type",
                    name: q.to_string(),
                })?;
            }
        }
        Ok(())
    }

    /// The Rust shape of a reference to `q`.
    pub fn shape(&self, q: &QName) -> Result<Shape> {
        self.shape_depth(q, 0)
    }

    fn shape_depth(&self, q: &QName, depth: usize) -> Result<Shape> {
        let dangling = || CodegenError::Dangling {
            line: None,
            path: Default::default(),
            construct: "type reference".into(),
            what: "type",
            name: q.to_string(),
        };
        if depth > 32 {
            return Err(CodegenError::Unsupported {
                line: None,
                path: Default::default(),
                construct: format!("simple type chain through {q} is cyclic or too deep"),
            });
        }
        if q.is_builtin() {
            return builtin(&q.name).map(Shape::Scalar).ok_or_else(dangling);
        }
        if q.namespace == SOAP_ENC_NS {
            // SOAP-ENC:Array / Struct used directly: content is kept raw.
            return Ok(if q.name == "Array" {
                Shape::Array(Box::new(Shape::Scalar(RustType::Runtime("RawXml"))))
            } else {
                Shape::Scalar(RustType::Runtime("RawXml"))
            });
        }
        let t = self.type_def(q).ok_or_else(dangling)?;
        Ok(match &t.kind {
            TypeKind::Struct(_) => match self.any_names.get(q) {
                Some(any) => Shape::Any(any.clone()),
                None => Shape::Struct(self.type_names[q].clone()),
            },
            TypeKind::Enum(_) => Shape::Enum(self.type_names[q].clone()),
            TypeKind::Array(a) => Shape::Array(Box::new(self.shape_depth(&a.item, depth + 1)?)),
            TypeKind::Simple(s) => self.shape_depth(&s.base, depth + 1)?,
        })
    }

    /// The Rust type for a shape (`Vec<AnyCField>`, `i64`, `super::types::CDefect`).
    pub fn rust_type(&self, shape: &Shape, from_types: bool) -> RustType {
        match shape {
            Shape::Scalar(t) => t.clone(),
            Shape::Struct(n) | Shape::Any(n) | Shape::Enum(n) => RustType::Generated { name: n.clone(), from_types },
            Shape::Array(item) => self.rust_type(item, from_types).in_vec(),
        }
    }

    /// All fields of a struct, base fields first.
    pub fn all_fields(&self, q: &QName) -> Vec<&'m Field> {
        self.chain(q).into_iter().flat_map(|(_, s)| s.fields.iter()).collect()
    }

    /// The struct `q` and its struct bases, the root first (at most 64 of them, so a cyclic
    /// chain ends).
    pub fn chain<'q>(&self, q: &'q QName) -> Vec<(&'q QName, &'m StructType)>
    where
        'm: 'q,
    {
        let mut chain = Vec::new();
        let mut cur = Some(q);
        while let Some(c) = cur {
            if chain.len() >= 64 {
                break;
            }
            match self.type_def(c).map(|t| &t.kind) {
                Some(TypeKind::Struct(s)) => {
                    chain.push((c, s));
                    cur = s.base.as_ref().filter(|b| !b.is_builtin());
                }
                _ => break,
            }
        }
        chain.reverse();
        chain
    }

    /// Concrete members of the family rooted at `base`: itself (unless abstract) and every
    /// transitive subtype that is not abstract, sorted by name with the base first.
    pub fn family(&self, base: &QName) -> Vec<QName> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut stack = vec![base.clone()];
        while let Some(q) = stack.pop() {
            if !seen.insert(q.clone()) {
                continue;
            }
            if let Some(TypeKind::Struct(s)) = self.type_def(&q).map(|t| &t.kind) {
                if !s.is_abstract {
                    out.push(q.clone());
                }
            }
            if let Some(subs) = self.subtypes.get(&q) {
                stack.extend(subs.iter().rev().cloned());
            }
        }
        out.sort_by(|a, b| (a != base, &a.name).cmp(&(b != base, &b.name)));
        out
    }
}

/// Runtime type for an XSD built-in, by local name.
pub fn builtin(local: &str) -> Option<RustType> {
    Some(match local {
        "string" | "normalizedString" | "token" | "anyURI" | "QName" | "NOTATION" | "language" | "Name" | "NCName"
        | "ID" | "IDREF" | "IDREFS" | "ENTITY" | "ENTITIES" | "NMTOKEN" | "NMTOKENS" | "time" | "duration"
        | "gYear" | "gYearMonth" | "gMonth" | "gMonthDay" | "gDay" | "hexBinary" | "anySimpleType" => {
            RustType::Prim("String")
        }
        "long" => RustType::Prim("i64"),
        "int" => RustType::Prim("i32"),
        "short" => RustType::Prim("i16"),
        "byte" => RustType::Prim("i8"),
        "integer" | "nonNegativeInteger" | "positiveInteger" | "nonPositiveInteger" | "negativeInteger" => {
            RustType::Prim("i64")
        }
        "unsignedLong" => RustType::Prim("u64"),
        "unsignedInt" => RustType::Prim("u32"),
        "unsignedShort" => RustType::Prim("u16"),
        "unsignedByte" => RustType::Prim("u8"),
        "boolean" => RustType::Prim("bool"),
        "double" => RustType::Prim("f64"),
        "float" => RustType::Prim("f32"),
        "decimal" => RustType::Runtime("Decimal"),
        "date" => RustType::Runtime("Date"),
        "dateTime" => RustType::Runtime("DateTime"),
        "base64Binary" | "base64" => RustType::Runtime("Bytes"),
        "anyType" => RustType::Runtime("RawXml"),
        _ => return None,
    })
}
