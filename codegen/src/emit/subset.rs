//! Generating only some operations: the model cut down to the named operations and the types
//! they reach. A type is declared by a part (or a header part), or by a field, attribute or
//! array item of a reached type; every type derived from a declared one is reached too (an
//! `xsi:type` may name any of them, so each stays decodable), and so is the base of a reached
//! type (its fields are flattened into the subtype). A base reached only as a base does not
//! bring its other subtypes: no value is declared with its type.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use crate::error::{CodegenError, Result};
use crate::model::{Body, Model, PartKind, QName, TypeKind};

/// `model` with only the operations named in `keep` (in every binding) and the types and
/// global elements they reach. A name no binding declares is an error that lists them
/// (`path`: the WSDL, for the message).
pub fn subset(model: &Model, keep: &[String], path: &Path) -> Result<Model> {
    let wanted: BTreeSet<&str> = keep.iter().map(String::as_str).collect();
    let declared: HashSet<&str> = model.bindings.iter().flat_map(|b| &b.operations).map(|o| o.name.as_str()).collect();
    let unknown: Vec<&str> = wanted.iter().copied().filter(|n| !declared.contains(n)).collect();
    if !unknown.is_empty() {
        let mut known: Vec<&str> = declared.into_iter().collect();
        known.sort_unstable();
        known.truncate(20);
        return Err(CodegenError::Invalid {
            line: None,
            path: path.to_path_buf(),
            message: format!(
                "operations not in the WSDL: {} (it declares e.g. {})",
                unknown.join(", "),
                known.join(", ")
            ),
        });
    }
    let mut out = model.clone();
    for b in &mut out.bindings {
        b.operations.retain(|o| wanted.contains(o.name.as_str()));
    }
    out.bindings.retain(|b| !b.operations.is_empty());
    let bindings: HashSet<&QName> = out.bindings.iter().map(|b| &b.name).collect();
    for s in &mut out.services {
        s.ports.retain(|p| bindings.contains(&p.binding));
    }
    out.services.retain(|s| !s.ports.is_empty());

    let mut reach = Reach::new(model);
    for op in out.bindings.iter().flat_map(|b| &b.operations) {
        for body in std::iter::once(&op.input).chain(&op.output) {
            reach.body(body);
        }
    }
    reach.close();
    out.types.retain(|t| reach.types.contains_key(&t.name));
    out.elements.retain(|e| reach.elements.contains(&e.name) || reach.types.contains_key(&e.type_));
    Ok(out)
}

/// The reached types and elements, grown from roots to a closed set.
struct Reach<'m> {
    model: &'m Model,
    /// Direct subtypes of each struct.
    subtypes: HashMap<&'m QName, Vec<&'m QName>>,
    /// Reached types: true when declared (its subtypes are reached too), false when only a base.
    types: HashMap<QName, bool>,
    elements: HashSet<QName>,
    todo: Vec<(QName, bool)>,
}

impl<'m> Reach<'m> {
    fn new(model: &'m Model) -> Self {
        let mut subtypes: HashMap<&QName, Vec<&QName>> = HashMap::new();
        for t in &model.types {
            if let TypeKind::Struct(s) = &t.kind {
                if let Some(base) = &s.base {
                    subtypes.entry(base).or_default().push(&t.name);
                }
            }
        }
        Reach { model, subtypes, types: HashMap::new(), elements: HashSet::new(), todo: Vec::new() }
    }

    fn body(&mut self, body: &Body) {
        for part in body.parts.iter().chain(body.headers.iter().map(|h| &h.part)) {
            match &part.kind {
                PartKind::Type(q) => self.ty(q),
                PartKind::Element(q) => {
                    self.elements.insert(q.clone());
                    if let Some(e) = self.model.element(q) {
                        self.ty(&e.type_);
                    }
                }
            }
        }
    }

    /// A type declared by a part, field, attribute or array item.
    fn ty(&mut self, q: &QName) {
        self.reach(q, true);
    }

    fn reach(&mut self, q: &QName, declared: bool) {
        let was = self.types.get(q).copied();
        if was.is_none() || (declared && was == Some(false)) {
            self.types.insert(q.clone(), declared);
            self.todo.push((q.clone(), declared));
        }
    }

    fn close(&mut self) {
        while let Some((q, declared)) = self.todo.pop() {
            let Some(t) = self.model.type_def(&q) else { continue };
            match &t.kind {
                TypeKind::Struct(s) => {
                    for f in &s.fields {
                        self.ty(&f.type_);
                    }
                    for a in &s.attributes {
                        self.ty(&a.type_);
                    }
                    if let Some(b) = &s.base {
                        self.reach(b, false);
                    }
                }
                TypeKind::Array(a) => self.ty(&a.item),
                TypeKind::Enum(e) => self.ty(&e.base),
                TypeKind::Simple(s) => self.ty(&s.base),
            }
            if declared {
                let subs: Vec<QName> =
                    self.subtypes.get(&q).map(|v| v.iter().map(|s| (*s).clone()).collect()).unwrap_or_default();
                for s in subs {
                    self.ty(&s);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn testtrack() -> Model {
        let wsdl = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../wsdl/ttsoapcgi.wsdl");
        crate::load::load(&wsdl, &Default::default()).expect("load")
    }

    fn has(m: &Model, name: &str) -> bool {
        m.types.iter().any(|t| t.name.name == name)
    }

    #[test]
    fn keeps_the_named_operations_and_what_they_reach() {
        let full = testtrack();
        let m = subset(&full, &["getDefect".to_string()], Path::new("t.wsdl")).unwrap();
        let ops: Vec<&str> = m.bindings.iter().flat_map(|b| &b.operations).map(|o| o.name.as_str()).collect();
        assert_eq!(ops, ["getDefect"]);
        // The response's struct, a field's array and its items, and every member of a family a
        // field declares (`customFieldList` holds `CField`s; the server sends subtypes).
        for t in ["CDefect", "ArrayOfCField", "CField", "CBooleanField", "CEvent", "CDefectEvent"] {
            assert!(has(&m, t), "{t} kept");
        }
        // Types only other operations use are dropped.
        for t in ["CTestCase", "CProject", "CUser"] {
            assert!(has(&full, t) && !has(&m, t), "{t} dropped");
        }
        assert!(m.types.len() < full.types.len() / 2, "{} of {}", m.types.len(), full.types.len());
    }

    #[test]
    fn a_base_type_is_kept_with_its_subtype() {
        let full = testtrack();
        // getDropdownFieldForTable answers CTableField (no base); pick any type with a base.
        let derived = full
            .types
            .iter()
            .find_map(|t| match &t.kind {
                TypeKind::Struct(s) => s.base.as_ref().map(|b| (t.name.clone(), b.clone())),
                _ => None,
            })
            .expect("a derived type");
        let mut r = Reach::new(&full);
        r.ty(&derived.0);
        r.close();
        assert_eq!(r.types.get(&derived.1), Some(&false), "{:?} keeps its base {:?}", derived.0, derived.1);
    }

    #[test]
    fn an_unknown_operation_is_an_error_naming_it() {
        let e = subset(&testtrack(), &["getDefect".into(), "noSuchCall".into()], Path::new("t.wsdl")).unwrap_err();
        let text = e.to_string();
        assert!(text.starts_with("t.wsdl: invalid WSDL: operations not in the WSDL: noSuchCall ("), "{text}");
    }
}
