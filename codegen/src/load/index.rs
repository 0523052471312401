//! The global declarations of every schema, by qualified name: types, elements, groups and
//! attributes (and attribute groups and substitution groups). Built once so that every later lookup is a hash lookup.

use std::collections::HashMap;

use super::tree::Element;

use crate::model::{QName, XSD_NS};

use super::documents::SchemaDoc;
use super::dom::{attr, children_in, resolve_qname};

/// Where a global declaration is.
#[derive(Clone, Copy)]
pub(crate) struct Decl<'a> {
    /// Index of its schema in [`Index::docs`].
    pub schema: usize,
    /// The declaration element (`complexType`, `simpleType`, `element`, ...).
    pub el: &'a Element,
}

/// All global declarations.
pub(crate) struct Index<'a> {
    /// The schemas.
    pub docs: &'a [SchemaDoc],
    /// Every global `complexType` / `simpleType`, in load and document order (duplicates kept).
    pub types: Vec<(QName, Decl<'a>)>,
    /// Every global `element`, in load and document order (duplicates kept).
    pub elements: Vec<(QName, Decl<'a>)>,
    /// The first declaration of each global element.
    pub element_by_name: HashMap<QName, Decl<'a>>,
    /// The first declaration of each `group`.
    pub groups: HashMap<QName, Decl<'a>>,
    /// The first declaration of each global `attribute`.
    pub attributes: HashMap<QName, Decl<'a>>,
    /// The first declaration of each `attributeGroup`.
    pub attribute_groups: HashMap<QName, Decl<'a>>,
    /// The head of each substitution group -> its direct members, in load and document order.
    pub substitutes: HashMap<QName, Vec<QName>>,
}

impl<'a> Index<'a> {
    /// Indexes `docs`.
    pub(crate) fn new(docs: &'a [SchemaDoc]) -> Self {
        let mut ix = Index {
            docs,
            types: Vec::new(),
            elements: Vec::new(),
            element_by_name: HashMap::new(),
            groups: HashMap::new(),
            attributes: HashMap::new(),
            attribute_groups: HashMap::new(),
            substitutes: HashMap::new(),
        };
        for (schema, doc) in docs.iter().enumerate() {
            for el in children_in(&doc.root, XSD_NS) {
                let Some(name) = attr(el, "name").map(str::trim).filter(|n| !n.is_empty()) else { continue };
                let q = QName::new(doc.target_namespace.clone(), name);
                let d = Decl { schema, el };
                match el.name.as_str() {
                    "complexType" | "simpleType" => ix.types.push((q, d)),
                    "element" => {
                        let head = attr(el, "substitutionGroup").and_then(|v| resolve_qname(el, v));
                        if let Some(head) = head {
                            let members = ix.substitutes.entry(head).or_default();
                            if !members.contains(&q) {
                                members.push(q.clone());
                            }
                        }
                        ix.element_by_name.entry(q.clone()).or_insert(d);
                        ix.elements.push((q, d));
                    }
                    "group" => {
                        ix.groups.entry(q).or_insert(d);
                    }
                    "attribute" => {
                        ix.attributes.entry(q).or_insert(d);
                    }
                    "attributeGroup" => {
                        ix.attribute_groups.entry(q).or_insert(d);
                    }
                    _ => {}
                }
            }
        }
        ix
    }
}
