//! Model groups -> struct fields.
//!
//! Nested `sequence` / `choice` / `all` groups and `group` references are flattened into the
//! owning type's fields. Occurrence constraints are carried down: every field under a
//! `choice` (or under a group with `minOccurs="0"`) gets `min_occurs` 0, and every field
//! under a repeating group gets an unbounded `max_occurs`. `xsd:any` becomes a wildcard field
//! `any` of type `xsd:anyType` (0..unbounded) that holds every child no other field matches.
//! `element ref=` becomes a field named after the referenced element, with its type; it is
//! qualified with that element's namespace, and when that element heads a substitution group,
//! the members' names are accepted in its place. A local `element name=` is qualified when
//! its `form` (else its schema's `elementFormDefault`) is `qualified`.

use super::tree::Element;

use crate::error::{CodegenError, Result};
use crate::model::{Compositor, Field, QName, XSD_NS};

use super::convert::{inline_type, Conv};
use super::dom::{attr, attr_nonempty, attr_true, children_in, upper_first, xsd_documentation};

/// Occurrence constraints inherited from enclosing groups.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Occurs {
    /// Some enclosing group is optional (or a choice).
    pub optional: bool,
    /// Some enclosing group repeats.
    pub repeated: bool,
}

impl<'a> Conv<'a> {
    /// The compositor of a model group or `group` reference, the element holding its
    /// particles, and the schema that element is in.
    pub(crate) fn model_group(
        &self,
        c: &'a Element,
        owner: &QName,
        schema: usize,
    ) -> Result<(Compositor, &'a Element, usize)> {
        match c.name.as_str() {
            "sequence" => Ok((Compositor::Sequence, c, schema)),
            "all" => Ok((Compositor::All, c, schema)),
            "choice" => Ok((Compositor::Choice, c, schema)),
            _ => {
                let construct = || format!("type {} group ref", owner.name);
                let Some(r) = self.qname_attr(c, "ref", schema, construct)? else {
                    return Err(self.invalid(schema, c, format!("type {}: xsd:group without ref", owner.name)));
                };
                let Some(d) = self.ix.groups.get(&r).copied() else {
                    return Err(CodegenError::Dangling {
                        line: Some(c.line),
                        path: self.path(schema),
                        construct: construct(),
                        what: "group",
                        name: r.to_string(),
                    });
                };
                let inner =
                    children_in(d.el, XSD_NS).find(|g| matches!(g.name.as_str(), "sequence" | "all" | "choice"));
                Ok(match inner {
                    Some(g) => (self.model_group(g, owner, d.schema)?.0, g, d.schema),
                    None => (Compositor::Sequence, d.el, d.schema),
                })
            }
        }
    }

    /// Appends the fields of model group `body` to `fields`.
    pub(crate) fn particles(
        &mut self,
        body: &'a Element,
        owner: &QName,
        schema: usize,
        outer: Occurs,
        fields: &mut Vec<Field>,
    ) -> Result<()> {
        let mut occ = self.group_occurs(body, owner, schema, outer)?;
        if body.name == "choice" {
            occ.optional = true;
        }
        for c in children_in(body, XSD_NS) {
            match c.name.as_str() {
                "annotation" => {}
                "element" => {
                    let f = self.field(c, owner, schema, occ)?;
                    fields.push(f);
                }
                "sequence" | "choice" | "all" => self.particles(c, owner, schema, occ, fields)?,
                "group" => {
                    let (_, inner, inner_schema) = self.model_group(c, owner, schema)?;
                    let occ = self.group_occurs(c, owner, schema, occ)?;
                    self.enter(schema, || format!("group references in type {}", owner.name))?;
                    let r = self.particles(inner, owner, inner_schema, occ, fields);
                    self.leave();
                    r?;
                }
                "any" => {
                    let mut name = "any".to_string();
                    let mut i = 2;
                    while fields.iter().any(|f| f.name == name) {
                        name = format!("any{i}");
                        i += 1;
                    }
                    fields.push(Field {
                        name,
                        type_: QName::xsd("anyType"),
                        min_occurs: 0,
                        max_occurs: None,
                        nillable: false,
                        qualified: false,
                        namespace: String::new(),
                        documentation: xsd_documentation(c),
                        wildcard: true,
                        substitutes: Vec::new(),
                    });
                }
                other => {
                    return Err(self.unsupported(
                        schema,
                        c,
                        format!("xsd:{other} in the content of type {}", owner.name),
                    ))
                }
            }
        }
        Ok(())
    }

    /// `outer` combined with the occurrence attributes of group `g`.
    fn group_occurs(&self, g: &Element, owner: &QName, schema: usize, outer: Occurs) -> Result<Occurs> {
        let min = self.occurs(g, "minOccurs", owner, schema)?;
        let max = self.occurs(g, "maxOccurs", owner, schema)?;
        Ok(Occurs {
            optional: outer.optional || min == Some(Some(0)),
            repeated: outer.repeated || matches!(max, Some(None)) || matches!(max, Some(Some(n)) if n > 1),
        })
    }

    /// One `xsd:element` particle.
    fn field(&mut self, e: &'a Element, owner: &QName, schema: usize, occ: Occurs) -> Result<Field> {
        let min_occurs = match self.occurs(e, "minOccurs", owner, schema)? {
            None => 1,
            Some(Some(n)) => n,
            Some(None) => {
                return Err(self.invalid(schema, e, format!("type {}: minOccurs=\"unbounded\"", owner.name)));
            }
        };
        let max_occurs = self.occurs(e, "maxOccurs", owner, schema)?.unwrap_or(Some(1));
        let min_occurs = if occ.optional { 0 } else { min_occurs };
        let max_occurs = if occ.repeated { None } else { max_occurs };
        let documentation = xsd_documentation(e);
        let construct = || format!("type {} element ref", owner.name);
        if let Some(r) = self.qname_attr(e, "ref", schema, construct)? {
            let (type_, nillable) = self.element_type(&r, schema, construct)?;
            let substitutes = self.substitutes(&r, &type_, e, owner, schema)?;
            // A reference to a global element is always qualified (with that element's namespace).
            return Ok(Field {
                name: r.name,
                type_,
                min_occurs,
                max_occurs,
                nillable,
                qualified: true,
                namespace: r.namespace,
                documentation,
                wildcard: false,
                substitutes,
            });
        }
        let Some(name) = attr_nonempty(e, "name") else {
            return Err(self.invalid(schema, e, format!("type {}: element without name or ref", owner.name)));
        };
        let construct = || format!("type {} field {name}", owner.name);
        let type_ = match (self.qname_attr(e, "type", schema, construct)?, inline_type(e)) {
            (Some(t), _) => {
                self.refer(&t, schema, e, construct());
                t
            }
            (None, Some(inner)) => {
                let anon =
                    self.fresh(QName::new(owner.namespace.clone(), format!("{}{}", owner.name, upper_first(name))));
                self.anonymous(anon.clone(), inner, schema, None)?;
                anon
            }
            (None, None) => QName::xsd("anyType"),
        };
        let (qualified, namespace) = self.local_element_form(e, schema);
        Ok(Field {
            name: name.to_string(),
            type_,
            min_occurs,
            max_occurs,
            nillable: attr_true(e, "nillable"),
            qualified,
            namespace,
            documentation,
            wildcard: false,
            substitutes: Vec::new(),
        })
    }

    /// The local names of every member (transitively) of the substitution group headed by
    /// `head`, sorted. A member of another type than the head's is read with the head's type:
    /// that is a warning.
    fn substitutes(
        &mut self,
        head: &QName,
        head_type: &QName,
        at: &Element,
        owner: &QName,
        schema: usize,
    ) -> Result<Vec<String>> {
        let mut members: Vec<QName> = Vec::new();
        let mut todo = vec![head.clone()];
        while let Some(h) = todo.pop() {
            for m in self.ix.substitutes.get(&h).into_iter().flatten() {
                if m != head && !members.contains(m) && members.len() < 1024 {
                    members.push(m.clone());
                    todo.push(m.clone());
                }
            }
        }
        let mut names = Vec::new();
        for m in &members {
            let (member_type, _) = self.element_type(m, schema, || format!("substitution group of {}", head.name))?;
            if &member_type != head_type && member_type != QName::xsd("anyType") {
                self.warn(
                    schema,
                    at,
                    format!("substitution group member {} (type {}) for {} in type {}", m.name, member_type.name, head.name, owner.name),
                    "accepted in place of its head and read with the head's type: what the member type adds is not kept",
                );
            }
            names.push(m.name.clone());
        }
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// An occurrence attribute: `None` when absent, `Some(None)` for `unbounded`.
    fn occurs(&self, e: &Element, which: &str, owner: &QName, schema: usize) -> Result<Option<Option<u32>>> {
        let Some(v) = attr(e, which).map(str::trim) else { return Ok(None) };
        if v == "unbounded" {
            return Ok(Some(None));
        }
        v.parse::<u32>().map(|n| Some(Some(n))).map_err(|_| {
            self.invalid(schema, e, format!("type {}: {which}=\"{v}\" is not a number or \"unbounded\"", owner.name))
        })
    }
}
