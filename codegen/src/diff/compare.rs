//! The comparison itself: operations and their parts, types, fields, enumerations and
//! polymorphic families, each change classified by what it breaks.

use std::collections::{BTreeMap, BTreeSet};

use super::{Change, ChangeKind};
use crate::error::Result;
use crate::model::{Body, Field, Model, Operation, Part, PartKind, QName, StructType, TypeDef, TypeKind, Use};

/// The Rust type of each field and part, as the emitter writes it.
type RustTypes = BTreeMap<(String, String), String>;

struct Side<'m> {
    model: &'m Model,
    rust: RustTypes,
}

impl<'m> Side<'m> {
    fn new(model: &'m Model) -> Result<Self> {
        Ok(Side { model, rust: crate::emit::rust_types(model)? })
    }

    fn rust_of(&self, owner: &str, name: &str) -> Option<&str> {
        self.rust.get(&(owner.to_string(), name.to_string())).map(String::as_str)
    }

    fn operations(&self) -> &'m [Operation] {
        self.model.primary_binding().map(|b| b.operations.as_slice()).unwrap_or(&[])
    }

    /// The prefixed form of a type name for reports (`xsd:date`, `ttns:CDefect`).
    fn show(&self, q: &QName) -> String {
        match self.model.prefix_of(&q.namespace) {
            Some(p) => format!("{p}:{}", q.name),
            None if q.namespace == crate::model::XSD_NS => format!("xsd:{}", q.name),
            None => q.name.clone(),
        }
    }

    /// Every concrete and abstract subtype of `base`, transitively.
    fn family(&self, base: &QName) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut stack = vec![base.clone()];
        while let Some(q) = stack.pop() {
            for t in &self.model.types {
                if let TypeKind::Struct(s) = &t.kind {
                    if s.base.as_ref() == Some(&q) && out.insert(t.name.name.clone()) {
                        stack.push(t.name.clone());
                    }
                }
            }
        }
        out
    }

    fn literal(&self) -> bool {
        self.operations()
            .iter()
            .flat_map(|o| std::iter::once(&o.input).chain(&o.output))
            .any(|b| b.use_ == Use::Literal)
    }
}

fn change(kind: ChangeKind, subject: String, detail: String, breaks_source: bool, breaks_wire: bool) -> Change {
    Change { kind, subject, detail, breaks_source, breaks_wire }
}

/// Every change from `old` to `new`, operations first, then types in name order.
pub(super) fn changes(old: &Model, new: &Model) -> Result<Vec<Change>> {
    let (o, n) = (Side::new(old)?, Side::new(new)?);
    let mut out = Vec::new();
    operations(&o, &n, &mut out);
    headers(&o, &n, &mut out);
    types(&o, &n, &mut out);
    families(&o, &n, &mut out);
    Ok(out)
}

fn operations(o: &Side<'_>, n: &Side<'_>, out: &mut Vec<Change>) {
    let old_ops: BTreeMap<&str, &Operation> = o.operations().iter().map(|op| (op.name.as_str(), op)).collect();
    let new_names: BTreeSet<&str> = n.operations().iter().map(|op| op.name.as_str()).collect();
    for op in o.operations().iter().filter(|op| !new_names.contains(op.name.as_str())) {
        out.push(change(ChangeKind::OperationRemoved, op.name.clone(), "removed".into(), true, true));
    }
    for new_op in n.operations() {
        let Some(old_op) = old_ops.get(new_op.name.as_str()) else {
            out.push(change(ChangeKind::OperationAdded, new_op.name.clone(), "added".into(), false, true));
            continue;
        };
        if old_op.soap_action != new_op.soap_action {
            let detail = format!("soapAction {:?} -> {:?}", old_op.soap_action, new_op.soap_action);
            out.push(change(ChangeKind::SoapActionChanged, new_op.name.clone(), detail, false, true));
        }
        let empty = Vec::new();
        let bodies =
            [("in", Some(&old_op.input), Some(&new_op.input)), ("out", old_op.output.as_ref(), new_op.output.as_ref())];
        for (dir, ob, nb) in bodies {
            let parts = |b: Option<&Body>| b.map(|b| &b.parts).unwrap_or(&empty).clone();
            parts_changes(o, n, &new_op.name, dir, &parts(ob), &parts(nb), out);
        }
    }
}

/// The header elements of an operation's input or output, with whether each is required.
fn header_set(op: &Operation, input: bool) -> BTreeMap<QName, bool> {
    let body = if input { Some(&op.input) } else { op.output.as_ref() };
    body.into_iter().flat_map(|b| &b.headers).map(|h| (crate::emit::header_element(h), h.required)).collect()
}

/// Every element any operation uses as a header.
fn all_headers(side: &Side<'_>) -> BTreeSet<QName> {
    side.operations()
        .iter()
        .flat_map(|op| [header_set(op, true), header_set(op, false)])
        .flat_map(|m| m.into_keys())
        .collect()
}

/// Headers added to or removed from the operations both versions have. A request header
/// added breaks the wire (old bindings do not send it); one removed breaks the wire when the
/// old bindings marked it `mustUnderstand`, and breaks source when no operation uses that
/// element as a header any more (its type no longer implements `Header`).
fn headers(o: &Side<'_>, n: &Side<'_>, out: &mut Vec<Change>) {
    let old_ops: BTreeMap<&str, &Operation> = o.operations().iter().map(|op| (op.name.as_str(), op)).collect();
    let still_headers = all_headers(n);
    for new_op in n.operations() {
        let Some(old_op) = old_ops.get(new_op.name.as_str()) else { continue };
        for (dir, input) in [("in", true), ("out", false)] {
            let (old, new) = (header_set(old_op, input), header_set(new_op, input));
            let subject = |q: &QName| format!("{}({dir}) header {}", new_op.name, q.name);
            for q in new.keys().filter(|q| !old.contains_key(*q)) {
                out.push(change(ChangeKind::HeaderAdded, subject(q), "added".into(), false, input));
            }
            for (q, required) in old.iter().filter(|(q, _)| !new.contains_key(*q)) {
                let source = !still_headers.contains(q);
                out.push(change(ChangeKind::HeaderRemoved, subject(q), "removed".into(), source, input && *required));
            }
        }
    }
}

fn part_type(p: &Part) -> &QName {
    match &p.kind {
        PartKind::Type(q) | PartKind::Element(q) => q,
    }
}

fn parts_changes(o: &Side<'_>, n: &Side<'_>, op: &str, dir: &str, old: &[Part], new: &[Part], out: &mut Vec<Change>) {
    let owner = format!("op {op} {dir}");
    let subject = |name: &str| format!("{op}({dir}).{name}");
    let in_new = |name: &str| new.iter().any(|p| p.name == name);
    let in_old = |name: &str| old.iter().any(|p| p.name == name);
    for p in old.iter().filter(|p| in_new(&p.name)) {
        let q = new.iter().find(|q| q.name == p.name).expect("present");
        let rust_differs = o.rust_of(&owner, &p.name) != n.rust_of(&owner, &q.name);
        if part_type(p) != part_type(q) || rust_differs {
            let detail = format!("{} -> {}", o.show(part_type(p)), n.show(part_type(q)));
            out.push(change(ChangeKind::PartRetyped, subject(&p.name), detail, rust_differs, true));
        }
    }
    // A part only in the old message and one only in the new at the same position: a rename.
    let gone: Vec<(usize, &Part)> = old.iter().enumerate().filter(|(_, p)| !in_new(&p.name)).collect();
    let came: Vec<(usize, &Part)> = new.iter().enumerate().filter(|(_, p)| !in_old(&p.name)).collect();
    let renamed: Vec<(usize, &Part, &Part)> =
        gone.iter().filter_map(|(i, p)| came.iter().find(|(j, _)| j == i).map(|(_, q)| (*i, *p, *q))).collect();
    for (_, p, q) in &renamed {
        let retyped = if part_type(p) == part_type(q) { String::new() } else { format!(", {}", n.show(part_type(q))) };
        let detail = format!("renamed to {}{retyped}", q.name);
        out.push(change(ChangeKind::PartRenamed, subject(&p.name), detail, true, true));
    }
    let was_renamed = |i: usize| renamed.iter().any(|(k, _, _)| *k == i);
    for (i, p) in gone.iter().filter(|(i, _)| !was_renamed(*i)) {
        let detail = format!("removed (was part {} of {}, {})", i + 1, old.len(), o.show(part_type(p)));
        out.push(change(ChangeKind::PartRemoved, subject(&p.name), detail, true, true));
    }
    for (i, p) in came.iter().filter(|(i, _)| !was_renamed(*i)) {
        let detail = format!("added as part {} of {}, {}", i + 1, new.len(), n.show(part_type(p)));
        out.push(change(ChangeKind::PartAdded, subject(&p.name), detail, true, true));
    }
}

fn kind_name(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Struct(_) => "struct",
        TypeKind::Array(_) => "array",
        TypeKind::Enum(_) => "enumeration",
        TypeKind::Simple(_) => "simple type",
    }
}

fn types(o: &Side<'_>, n: &Side<'_>, out: &mut Vec<Change>) {
    let old_types: BTreeMap<&QName, &TypeDef> = o.model.types.iter().map(|t| (&t.name, t)).collect();
    let new_types: BTreeMap<&QName, &TypeDef> = n.model.types.iter().map(|t| (&t.name, t)).collect();
    for (q, t) in &old_types {
        if !new_types.contains_key(q) {
            let detail = format!("{} removed", kind_name(&t.kind));
            out.push(change(ChangeKind::TypeRemoved, q.name.clone(), detail, true, false));
        }
    }
    for (q, nt) in &new_types {
        let Some(ot) = old_types.get(q) else {
            let detail = format!("{} added", kind_name(&nt.kind));
            out.push(change(ChangeKind::TypeAdded, q.name.clone(), detail, false, false));
            continue;
        };
        let name = &q.name;
        match (&ot.kind, &nt.kind) {
            (TypeKind::Struct(a), TypeKind::Struct(b)) => struct_changes(o, n, q, a, b, out),
            (TypeKind::Enum(a), TypeKind::Enum(b)) => {
                for v in a.values.iter().filter(|v| !b.values.contains(v)) {
                    out.push(change(
                        ChangeKind::EnumValueRemoved,
                        format!("{name}::{v}"),
                        "removed".into(),
                        true,
                        true,
                    ));
                }
                for v in b.values.iter().filter(|v| !a.values.contains(v)) {
                    out.push(change(ChangeKind::EnumValueAdded, format!("{name}::{v}"), "added".into(), true, true));
                }
            }
            (TypeKind::Array(a), TypeKind::Array(b)) if a.item != b.item => {
                let detail = format!("array of {} -> array of {}", o.show(&a.item), n.show(&b.item));
                out.push(change(ChangeKind::TypeKindChanged, name.clone(), detail, true, true));
            }
            (TypeKind::Simple(a), TypeKind::Simple(b)) if a.base != b.base => {
                let detail = format!("restricts {} -> restricts {}", o.show(&a.base), n.show(&b.base));
                out.push(change(ChangeKind::TypeKindChanged, name.clone(), detail, true, true));
            }
            (a, b) if kind_name(a) != kind_name(b) => {
                let detail = format!("{} -> {}", kind_name(a), kind_name(b));
                out.push(change(ChangeKind::TypeKindChanged, name.clone(), detail, true, true));
            }
            _ => {}
        }
    }
}

fn occurs(f: &Field) -> String {
    let max = f.max_occurs.map_or("unbounded".to_string(), |m| m.to_string());
    format!("{}..{max}", f.min_occurs)
}

fn struct_changes(o: &Side<'_>, n: &Side<'_>, q: &QName, a: &StructType, b: &StructType, out: &mut Vec<Change>) {
    let name = &q.name;
    let owner = q.to_string();
    if a.base != b.base {
        let show = |s: &Side<'_>, base: &Option<QName>| base.as_ref().map_or("none".to_string(), |q| s.show(q));
        let detail = format!("base {} -> {}", show(o, &a.base), show(n, &b.base));
        out.push(change(ChangeKind::BaseChanged, name.clone(), detail, true, true));
    }
    let old_fields: BTreeMap<&str, &Field> = a.fields.iter().map(|f| (f.name.as_str(), f)).collect();
    let new_names: BTreeSet<&str> = b.fields.iter().map(|f| f.name.as_str()).collect();
    for f in a.fields.iter().filter(|f| !new_names.contains(f.name.as_str())) {
        let detail = format!("removed ({})", o.show(&f.type_));
        out.push(change(ChangeKind::FieldRemoved, format!("{name}.{}", f.name), detail, true, false));
    }
    for (i, g) in b.fields.iter().enumerate() {
        let subject = format!("{name}.{}", g.name);
        let Some(f) = old_fields.get(g.name.as_str()) else {
            let place = match i.checked_sub(1).map(|p| &b.fields[p]) {
                None if b.fields.len() == 1 => "added".to_string(),
                None => "inserted first".to_string(),
                Some(prev) if i + 1 == b.fields.len() => format!("appended after {}", prev.name),
                Some(prev) => format!("inserted after {}", prev.name),
            };
            let detail = format!("{place} ({})", n.show(&g.type_));
            out.push(change(ChangeKind::FieldAdded, subject, detail, true, false));
            continue;
        };
        let rust_differs = o.rust_of(&owner, &f.name) != n.rust_of(&owner, &g.name);
        if f.type_ != g.type_ || f.max_occurs != g.max_occurs {
            let detail = format!("{} {} -> {} {}", o.show(&f.type_), occurs(f), n.show(&g.type_), occurs(g));
            out.push(change(ChangeKind::FieldRetyped, subject, detail, rust_differs, f.type_ != g.type_));
            continue;
        }
        if (f.min_occurs == 0) != (g.min_occurs == 0) {
            let detail = format!("minOccurs {} -> {}", f.min_occurs, g.min_occurs);
            out.push(change(ChangeKind::FieldOptionality, subject.clone(), detail, rust_differs, false));
        }
        if f.nillable != g.nillable {
            let detail = if g.nillable { "became nillable" } else { "no longer nillable" };
            out.push(change(ChangeKind::FieldNillability, subject, detail.into(), rust_differs, false));
        }
    }
    let common = |fields: &[Field], other: &BTreeSet<&str>| -> Vec<String> {
        fields.iter().filter(|f| other.contains(f.name.as_str())).map(|f| f.name.clone()).collect()
    };
    let old_names: BTreeSet<&str> = old_fields.keys().copied().collect();
    let (was, now) = (common(&a.fields, &new_names), common(&b.fields, &old_names));
    if was != now {
        // Encoded readers match children by name; literal sequences are checked in order.
        let detail = format!("order {} -> {}", was.join(", "), now.join(", "));
        out.push(change(ChangeKind::FieldsReordered, name.clone(), detail, false, o.literal() || n.literal()));
    }
}

fn families(o: &Side<'_>, n: &Side<'_>, out: &mut Vec<Change>) {
    let bases: BTreeSet<&QName> = [o.model, n.model]
        .iter()
        .flat_map(|m| &m.types)
        .filter_map(|t| match &t.kind {
            TypeKind::Struct(s) => s.base.as_ref().filter(|b| !b.is_builtin()),
            _ => None,
        })
        .collect();
    for base in bases {
        let (was, now) = (o.family(base), n.family(base));
        for m in was.difference(&now) {
            let detail = format!("{m} left the family");
            out.push(change(ChangeKind::FamilyMemberRemoved, base.name.clone(), detail, true, false));
        }
        for m in now.difference(&was) {
            let detail = format!("{m} joined the family");
            out.push(change(ChangeKind::FamilyMemberAdded, base.name.clone(), detail, true, false));
        }
    }
}
