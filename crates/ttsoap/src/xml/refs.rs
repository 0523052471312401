//! Apache Axis multi-references (`href="#id0"` pointing at `<multiRef id="id0">`): the index
//! of the elements that carry an `id`, and the budget that bounds how much decoding may follow
//! references into them.
//!
//! Following a reference decodes the referenced element again, so a small document whose many
//! `href`s all point at one large element would otherwise decode into gigabytes. Every reader
//! over one document (the main reader, the readers positioned at referenced elements, a
//! stream's reader) shares one [`RefState`], which charges each followed reference the size of
//! the element it points at plus [`FOLLOW_COST`], against a budget set by
//! [`ReadOptions::max_ref_expansion`](super::ReadOptions::max_ref_expansion).

use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::rc::Rc;

use quick_xml::events::Event;

/// What following one reference costs on top of the referenced element's size: a reader is
/// made and a value decoded even for a tiny element.
pub const FOLLOW_COST: usize = 256;

/// The budget never goes below this many bytes, so that small documents may share values freely.
pub const BUDGET_FLOOR: usize = 1 << 20;

/// Namespace declarations of one element, linked to its ancestors' (shared, not copied, by
/// every indexed element below it).
#[derive(Debug)]
pub struct Scope {
    decls: Vec<(Vec<u8>, Vec<u8>)>,
    parent: Option<Rc<Scope>>,
}

impl Scope {
    /// The namespace bound to `prefix` in `scope` or its ancestors, innermost first.
    pub fn resolve<'s>(mut scope: Option<&'s Rc<Scope>>, prefix: &[u8]) -> Option<&'s [u8]> {
        while let Some(s) = scope {
            if let Some((_, uri)) = s.decls.iter().rev().find(|(p, _)| p.as_slice() == prefix) {
                return Some(uri);
            }
            scope = s.parent.as_ref();
        }
        None
    }
}

/// An element with an `id`: where its start tag begins and its end tag ends, and the
/// declarations of its ancestors.
#[derive(Debug)]
pub struct Target {
    /// Offset of the start tag's `<`.
    pub offset: usize,
    /// Offset just after the element's end.
    pub end: usize,
    /// Declarations in scope from its ancestors.
    pub scope: Option<Rc<Scope>>,
}

/// The reference state shared by every reader over one document.
#[derive(Debug, Default)]
pub struct RefState {
    index: OnceCell<HashMap<Vec<u8>, Target>>,
    spent: Cell<usize>,
}

impl RefState {
    /// The index of the document's ids, built on first use. `base` is where the document's
    /// content starts (after a byte order mark). `Err((offset, message))` for malformed XML.
    pub fn index(&self, doc: &[u8], base: usize) -> Result<&HashMap<Vec<u8>, Target>, (usize, String)> {
        if let Some(i) = self.index.get() {
            return Ok(i);
        }
        let i = index_ids(doc, base)?;
        Ok(self.index.get_or_init(|| i))
    }

    /// Charges following a reference to `target` against `budget`: `Err(total)` with the total
    /// it would have reached when that exceeds the budget (nothing is charged then).
    pub fn charge(&self, target: &Target, budget: usize) -> Result<(), usize> {
        let cost = target.end.saturating_sub(target.offset).saturating_add(FOLLOW_COST);
        let total = self.spent.get().saturating_add(cost);
        if total > budget {
            return Err(total);
        }
        self.spent.set(total);
        Ok(())
    }
}

/// Shared handle to a document's [`RefState`].
pub type SharedRefs = Rc<RefState>;

/// Indexes every element with an unprefixed `id` attribute (the first one wins for a repeated id).
fn index_ids(doc: &[u8], base: usize) -> Result<HashMap<Vec<u8>, Target>, (usize, String)> {
    let mut r = quick_xml::Reader::from_reader(&doc[base..]);
    r.config_mut().check_end_names = false;
    let mut out: HashMap<Vec<u8>, Target> = HashMap::new();
    // Per open element: the scope inside it and the id it was indexed under, if any.
    type Open = (Option<Rc<Scope>>, Option<Vec<u8>>);
    let mut open: Vec<Open> = Vec::new();
    loop {
        let offset = base + r.buffer_position() as usize;
        let ev = r.read_event().map_err(|e| (offset, e.to_string()))?;
        let (start, empty) = match ev {
            Event::Start(s) => (s, false),
            Event::Empty(s) => (s, true),
            Event::End(_) => {
                if let Some((_, Some(id))) = open.pop() {
                    if let Some(t) = out.get_mut(&id) {
                        t.end = base + r.buffer_position() as usize;
                    }
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let outer = open.last().and_then(|(s, _)| s.clone());
        let mut decls = Vec::new();
        let mut id = None;
        for a in start.attributes().with_checks(false).flatten() {
            let key = a.key.into_inner();
            if let Some(p) = key.strip_prefix(b"xmlns:") {
                decls.push((p.to_vec(), a.value.to_vec()));
            } else if key == b"id" {
                id = Some(a.value.into_owned());
            }
        }
        let end = base + r.buffer_position() as usize;
        let id = id.filter(|id| !out.contains_key(id));
        if let Some(id) = &id {
            out.insert(id.clone(), Target { offset, end, scope: outer.clone() });
        }
        if !empty {
            let inner = if decls.is_empty() { outer } else { Some(Rc::new(Scope { decls, parent: outer })) };
            open.push((inner, id));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_records_extent_and_scope() {
        let doc = br#"<a xmlns:p="urn:p"><b id="x"><c/></b><d id="y"/><b id="x"/></a>"#;
        let state = RefState::default();
        let index = state.index(doc, 0).unwrap();
        let x = &index[&b"x".to_vec()];
        assert_eq!(&doc[x.offset..x.end], br#"<b id="x"><c/></b>"#);
        assert_eq!(Scope::resolve(x.scope.as_ref(), b"p"), Some(&b"urn:p"[..]));
        let y = &index[&b"y".to_vec()];
        assert_eq!(&doc[y.offset..y.end], br#"<d id="y"/>"#);
    }

    #[test]
    fn charges_until_the_budget_is_spent() {
        let state = RefState::default();
        let t = Target { offset: 0, end: 100, scope: None };
        let budget = 2 * (100 + FOLLOW_COST);
        assert!(state.charge(&t, budget).is_ok());
        assert!(state.charge(&t, budget).is_ok());
        assert_eq!(state.charge(&t, budget), Err(3 * (100 + FOLLOW_COST)));
    }
}
