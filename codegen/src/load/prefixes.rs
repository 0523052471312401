//! Choosing the prefix written for each namespace in `xsi:type` values and rpc wrappers.
//!
//! Order of preference for a namespace:
//! 1. the prefix a binding's `type="p:PortType"` attribute uses, if it maps to the namespace;
//! 2. the first non-empty prefix declared for it on the `definitions` element, in document
//!    order;
//! 3. a prefix in scope on a schema element;
//! 4. `ns1`, `ns2`, ... in sorted namespace order.
//!
//! `xsd`, `xsi`, `SOAP-ENV` and `SOAP-ENC` belong to the runtime: a WSDL prefix spelled like
//! one of them gets a numeric suffix, as does a prefix already given to another namespace.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::model::Prefix;

/// Prefixes the runtime writes itself.
const RESERVED: [&str; 7] = ["xsd", "xsi", "SOAP-ENV", "SOAP-ENC", "enc", "xml", "xmlns"];

/// Inputs to [`choose`].
pub(crate) struct PrefixSources<'a> {
    /// `(prefix, namespace)` from each SOAP binding's `type=` attribute, in document order.
    pub binding_hints: &'a [(String, String)],
    /// The definitions element's declarations, in document order.
    pub root_declarations: &'a [(String, String)],
    /// Declarations in scope on each schema element, schemas in load order.
    pub schema_declarations: &'a [(String, String)],
}

/// Picks one prefix per namespace in `used`; the result is sorted by namespace.
pub(crate) fn choose(used: &BTreeSet<String>, src: &PrefixSources<'_>) -> Vec<Prefix> {
    let mut taken: HashSet<String> = RESERVED.iter().map(|s| s.to_string()).collect();
    let mut chosen: BTreeMap<&str, String> = BTreeMap::new();
    for namespace in used {
        let declared = [src.binding_hints, src.root_declarations, src.schema_declarations]
            .into_iter()
            .find_map(|list| list.iter().find(|(p, n)| n == namespace && !p.is_empty()).map(|(p, _)| p));
        if let Some(p) = declared {
            let p = unique(p, &taken);
            taken.insert(p.clone());
            chosen.insert(namespace, p);
        }
    }
    let mut n = 1;
    for namespace in used {
        if chosen.contains_key(namespace.as_str()) {
            continue;
        }
        let p = loop {
            let candidate = format!("ns{n}");
            n += 1;
            if !taken.contains(&candidate) {
                break candidate;
            }
        };
        taken.insert(p.clone());
        chosen.insert(namespace, p);
    }
    chosen.into_iter().map(|(namespace, prefix)| Prefix { prefix, namespace: namespace.to_string() }).collect()
}

/// `p` itself when free, else `p2`, `p3`, ...
fn unique(p: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(p) {
        return p.to_string();
    }
    (2u32..).map(|i| format!("{p}{i}")).find(|c| !taken.contains(c)).unwrap_or_else(|| p.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl(p: &str, n: &str) -> (String, String) {
        (p.to_string(), n.to_string())
    }

    #[test]
    fn choice_prefers_binding_then_root_then_schema_then_generated() {
        let used: BTreeSet<String> =
            ["urn:a", "urn:b", "urn:c", "urn:d", "urn:e"].iter().map(|s| s.to_string()).collect();
        let hints = [decl("ttns", "urn:a")];
        let root = [decl("tns", "urn:a"), decl("", "urn:b"), decl("bee", "urn:b"), decl("xsd", "urn:c")];
        let schema = [decl("dee", "urn:d")];
        let src = PrefixSources { binding_hints: &hints, root_declarations: &root, schema_declarations: &schema };
        let got: Vec<(String, String)> = choose(&used, &src).into_iter().map(|p| (p.prefix, p.namespace)).collect();
        assert_eq!(
            got,
            vec![
                decl("ttns", "urn:a"),
                decl("bee", "urn:b"),
                decl("xsd2", "urn:c"),
                decl("dee", "urn:d"),
                decl("ns1", "urn:e"),
            ]
        );
    }

    #[test]
    fn a_prefix_is_given_once() {
        let used: BTreeSet<String> = ["urn:a", "urn:b"].iter().map(|s| s.to_string()).collect();
        let root = [decl("tns", "urn:a")];
        let schema = [decl("tns", "urn:b")];
        let src = PrefixSources { binding_hints: &[], root_declarations: &root, schema_declarations: &schema };
        let got: Vec<String> = choose(&used, &src).into_iter().map(|p| p.prefix).collect();
        assert_eq!(got, vec!["tns", "tns2"]);
    }
}
