//! Which struct fields close a cycle of struct-typed fields (and so need a `Box`).
//!
//! The graph has a node per struct and per polymorphic family (the `AnyX` enum): a struct
//! points at the struct or family of each of its single-valued struct fields (base fields
//! included), and a family reaches its concrete members (through its subtypes' families). A
//! field closes a cycle exactly when its target is in the same strongly connected component
//! as its owner. Tarjan's
//! algorithm (iterative, so deep chains cannot exhaust the stack) finds the components in
//! time linear in the size of the graph.

use std::collections::{BTreeSet, HashMap};

use super::plan::{Plan, Shape};
use crate::model::{QName, TypeKind};

/// A graph node: a struct, or the family rooted at a base.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Node {
    Struct(QName),
    Family(QName),
}

/// (struct, field name) pairs whose field must be boxed.
pub(crate) fn boxed_fields(plan: &Plan<'_>) -> BTreeSet<(QName, String)> {
    let mut ids: HashMap<Node, usize> = HashMap::new();
    let mut edges: Vec<Vec<usize>> = Vec::new();
    let mut id = |n: Node, edges: &mut Vec<Vec<usize>>| {
        let next = ids.len();
        *ids.entry(n).or_insert_with(|| {
            edges.push(Vec::new());
            next
        })
    };
    // The single-valued struct fields a struct declares itself, with their target nodes,
    // worked out once per struct (a struct's edges repeat its bases' fields).
    let mut own: HashMap<&QName, Vec<(&str, usize)>> = HashMap::new();
    for t in &plan.model.types {
        let TypeKind::Struct(s) = &t.kind else { continue };
        let mut targets = Vec::new();
        for f in &s.fields {
            if f.max_occurs.is_none_or(|m| m > 1) {
                continue;
            }
            let target = match plan.shape(&f.type_) {
                Ok(Shape::Struct(_)) => id(Node::Struct(f.type_.clone()), &mut edges),
                Ok(Shape::Any(_)) => id(Node::Family(f.type_.clone()), &mut edges),
                _ => continue,
            };
            targets.push((f.name.as_str(), target));
        }
        own.insert(&t.name, targets);
    }
    // (owner node, field name, target node) of every single-valued struct field, base fields
    // included (the chain `Plan::all_fields` walks).
    let mut fields: Vec<(usize, &str, usize)> = Vec::new();
    for t in &plan.model.types {
        if !matches!(t.kind, TypeKind::Struct(_)) {
            continue;
        }
        let owner = id(Node::Struct(t.name.clone()), &mut edges);
        for (q, _) in plan.chain(&t.name) {
            for &(name, target) in own.get(q).into_iter().flatten() {
                edges[owner].push(target);
                fields.push((owner, name, target));
            }
        }
    }
    // A family reaches its concrete members through its direct subtypes: the base itself
    // (when concrete), the family of a subtype that has subtypes of its own, or the subtype.
    // That reaches the same structs as an edge to every member, in time linear in the number
    // of types even for deep extension chains.
    let concrete = |q: &QName| matches!(plan.type_def(q).map(|t| &t.kind), Some(TypeKind::Struct(s)) if !s.is_abstract);
    for base in plan.any_names.keys() {
        let fam = id(Node::Family(base.clone()), &mut edges);
        if concrete(base) {
            let m = id(Node::Struct(base.clone()), &mut edges);
            edges[fam].push(m);
        }
        for sub in plan.subtypes.get(base).into_iter().flatten() {
            let target = if plan.any_names.contains_key(sub) {
                id(Node::Family(sub.clone()), &mut edges)
            } else if concrete(sub) {
                id(Node::Struct(sub.clone()), &mut edges)
            } else {
                continue;
            };
            edges[fam].push(target);
        }
    }
    let component = strongly_connected(&edges);
    let names: HashMap<usize, &QName> = ids
        .iter()
        .filter_map(|(n, i)| match n {
            Node::Struct(q) => Some((*i, q)),
            Node::Family(_) => None,
        })
        .collect();
    fields
        .into_iter()
        .filter(|(owner, _, target)| component[*owner] == component[*target])
        .filter_map(|(owner, field, _)| names.get(&owner).map(|q| ((*q).clone(), field.to_string())))
        .collect()
}

/// The strongly connected component of each node (Tarjan's algorithm without recursion).
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut component = vec![UNSEEN; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut next_index = 0;
    let mut next_component = 0;
    // (node, position in its edge list)
    let mut work: Vec<(usize, usize)> = Vec::new();
    for start in 0..n {
        if index[start] != UNSEEN {
            continue;
        }
        work.push((start, 0));
        while let Some(&mut (v, ref mut pos)) = work.last_mut() {
            if *pos == 0 && index[v] == UNSEEN {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*pos) {
                *pos += 1;
                if index[w] == UNSEEN {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::strongly_connected;

    #[test]
    fn components() {
        // 0 -> 1 -> 2 -> 0, 2 -> 3, 3 -> 3, 4 alone.
        let c = strongly_connected(&[vec![1], vec![2], vec![0, 3], vec![3], vec![]]);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[2], c[3]);
        assert_ne!(c[3], c[4]);
    }

    #[test]
    fn a_long_chain_does_not_recurse() {
        let n = 1_000_000;
        let edges: Vec<Vec<usize>> = (0..n).map(|i| vec![(i + 1) % n]).collect();
        let c = strongly_connected(&edges);
        assert!(c.iter().all(|&x| x == c[0]));
    }
}
