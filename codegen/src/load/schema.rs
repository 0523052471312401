//! All schemas -> the model's types and global elements.
//!
//! Global types are converted in load and document order (so anonymous types get stable
//! names), then sorted by (namespace, name). A type or element declared more than once (in
//! two schemas of the same namespace) is kept once when both declarations mean the same
//! thing, and is an error naming both files when they differ.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use crate::error::{CodegenError, Result};
use crate::model::{ElementDef, QName, TypeDef, Warning};

use super::check;
use super::convert::Conv;
use super::documents::SchemaDoc;
use super::index::{Decl, Index};

/// The converted schemas.
pub(crate) struct Schemas {
    /// Every type, sorted by name.
    pub types: Vec<TypeDef>,
    /// Every global element, sorted by name.
    pub elements: Vec<ElementDef>,
    /// Constructs read only in part, in load order.
    pub warnings: Vec<Warning>,
}

/// Converts `docs`.
pub(crate) fn build(docs: &[SchemaDoc]) -> Result<Schemas> {
    let ix = Index::new(docs);
    let mut conv = Conv::new(&ix);
    let path_of = |schema: usize| docs.get(schema).map(|d| d.path.clone()).unwrap_or_default();
    let duplicate = |q: &QName, first: usize, again: usize| CodegenError::Invalid {
        line: None,
        path: path_of(again),
        message: format!(
            "{q} is declared twice with different content: in {} and in {}",
            path_of(first).display(),
            path_of(again).display()
        ),
    };

    let mut type_spans: HashMap<&QName, (Range<usize>, usize)> = HashMap::new();
    for (q, d) in &ix.types {
        if let Some((span, first)) = type_spans.get(q).cloned() {
            let ((), same) = conv.replay(span, |c| push_type(c, q, *d))?;
            if !same {
                return Err(duplicate(q, first, d.schema));
            }
            continue;
        }
        let start = conv.out.len();
        push_type(&mut conv, q, *d)?;
        type_spans.insert(q, (start..conv.out.len(), d.schema));
    }

    let mut elements: BTreeMap<QName, (ElementDef, Range<usize>, usize)> = BTreeMap::new();
    for (q, d) in &ix.elements {
        if let Some((first_def, span, first)) = elements.get(q) {
            let (first_def, span, first) = (first_def.clone(), span.clone(), *first);
            let (def, same) = conv.replay(span, |c| c.global_element(q, *d))?;
            if !same || def != first_def {
                return Err(duplicate(q, first, d.schema));
            }
            continue;
        }
        let start = conv.out.len();
        let def = conv.global_element(q, *d)?;
        elements.insert(q.clone(), (def, start..conv.out.len(), d.schema));
    }

    let mut sources: HashMap<QName, usize> = HashMap::new();
    let mut types = Vec::with_capacity(conv.out.len());
    for (t, schema) in std::mem::take(&mut conv.out) {
        sources.insert(t.name.clone(), schema);
        types.push(t);
    }
    types.sort_by(|a, b| a.name.cmp(&b.name));
    check::references(&types, &conv.refs, path_of)?;
    check::no_base_cycles(&types, |q| sources.get(q).map(|s| path_of(*s)).unwrap_or_default())?;
    Ok(Schemas {
        types,
        elements: elements.into_values().map(|(def, _, _)| def).collect(),
        warnings: std::mem::take(&mut conv.warnings),
    })
}

/// Converts a global type and adds it to the output.
fn push_type<'a>(c: &mut Conv<'a>, q: &QName, d: Decl<'a>) -> Result<()> {
    let t = c.global_type(q, d)?;
    c.out.push((t, d.schema));
    Ok(())
}
