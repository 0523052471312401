//! The element tree the loader walks: elements with their namespace, attributes in document
//! order, the namespace declarations in scope and the line each element starts on.
//!
//! `xmlfile` builds it (with quick-xml); `dom` has the helpers the loader reads it with.

use std::sync::Arc;

/// One element.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    /// The local name (`schema` for `xsd:schema`).
    pub name: String,
    /// The namespace URI; `None` when the element is in no namespace.
    pub namespace: Option<String>,
    /// The attributes other than namespace declarations, in document order.
    pub attributes: Vec<Attribute>,
    /// The namespace declarations in scope here (this element's and its ancestors').
    pub scope: Arc<Scope>,
    /// Child elements and text, in document order.
    pub children: Vec<Node>,
    /// The 1-based line of the start tag's `<`.
    pub line: u64,
}

/// An element's content.
#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// A child element.
    Element(Element),
    /// Character data (text and CDATA, entities resolved). Whitespace-only runs are dropped.
    Text(String),
}

impl Node {
    /// The element, if this is one.
    pub(crate) fn as_element(&self) -> Option<&Element> {
        match self {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        }
    }
}

/// One attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribute {
    /// The prefix as written (`wsdl` in `wsdl:arrayType`), "" when there is none.
    pub prefix: String,
    /// The local name.
    pub name: String,
    /// The value, entities resolved.
    pub value: String,
}

/// Namespace declarations: one element's own, in document order, and the scope around it.
#[derive(Debug, Default)]
pub(crate) struct Scope {
    /// `(prefix, uri)`; prefix "" is `xmlns="..."`.
    pub declared: Vec<(String, String)>,
    /// The enclosing element's scope.
    pub parent: Option<Arc<Scope>>,
}

impl Scope {
    /// The namespace `prefix` is bound to, innermost declaration first; `None` if unbound.
    pub(crate) fn lookup(&self, prefix: &str) -> Option<&str> {
        let mut scope = Some(self);
        while let Some(s) = scope {
            if let Some((_, uri)) = s.declared.iter().rev().find(|(p, _)| p == prefix) {
                return Some(uri);
            }
            scope = s.parent.as_deref();
        }
        None
    }

    /// Every binding in scope, outermost declarations first and each in document order; a
    /// prefix declared again further in appears once, with the inner binding, where the
    /// outermost declaration of it stood.
    pub(crate) fn in_scope(&self) -> Vec<(String, String)> {
        let mut chain = Vec::new();
        let mut scope = Some(self);
        while let Some(s) = scope {
            chain.push(s);
            scope = s.parent.as_deref();
        }
        let mut out: Vec<(String, String)> = Vec::new();
        for s in chain.into_iter().rev() {
            for (p, u) in &s.declared {
                match out.iter_mut().find(|(q, _)| q == p) {
                    Some(slot) => slot.1 = u.clone(),
                    None => out.push((p.clone(), u.clone())),
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl(p: &str, u: &str) -> (String, String) {
        (p.to_string(), u.to_string())
    }

    #[test]
    fn inner_declarations_win_and_order_is_kept() {
        let outer = Arc::new(Scope { declared: vec![decl("z", "urn:z"), decl("a", "urn:a")], parent: None });
        let inner = Scope { declared: vec![decl("b", "urn:b"), decl("z", "urn:z2")], parent: Some(outer.clone()) };
        assert_eq!(inner.lookup("z"), Some("urn:z2"));
        assert_eq!(inner.lookup("a"), Some("urn:a"));
        assert_eq!(inner.lookup("q"), None);
        assert_eq!(outer.lookup("z"), Some("urn:z"));
        assert_eq!(inner.in_scope(), vec![decl("z", "urn:z2"), decl("a", "urn:a"), decl("b", "urn:b")]);
    }
}
