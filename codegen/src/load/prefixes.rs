//! Choosing the prefix written for each namespace in `xsi:type` values and rpc wrappers.
//!
//! Order of preference for a namespace:
//! 1. the prefix a binding's `type="p:PortType"` attribute uses, if it maps to the namespace;
//! 2. the first non-empty prefix declared for it on the `definitions` element, in document
//!    order (xmltree keeps declarations in a sorted map, so the order is read from the raw
//!    start tag);
//! 3. a prefix in scope on a schema element;
//! 4. `ns1`, `ns2`, ... in sorted namespace order.
//!
//! `xsd`, `xsi`, `SOAP-ENV` and `SOAP-ENC` belong to the runtime: a WSDL prefix spelled like
//! one of them gets a numeric suffix, as does a prefix already given to another namespace.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use xmltree::Element;

use crate::model::Prefix;

/// Prefixes the runtime writes itself.
const RESERVED: [&str; 6] = ["xsd", "xsi", "SOAP-ENV", "SOAP-ENC", "xml", "xmlns"];

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

/// The namespace declarations of the root element in document order, read from the raw
/// start tag; each one is checked against what the parser saw. Falls back to the parser's
/// (alphabetical) order when the raw tag cannot be read (say, a UTF-16 file).
pub(crate) fn root_declarations(bytes: &[u8], root: &Element) -> Vec<(String, String)> {
    let parsed: Vec<(String, String)> = root
        .namespaces
        .as_ref()
        .map(|n| {
            n.0.iter()
                .filter(|(p, _)| p.as_str() != "xml" && p.as_str() != "xmlns")
                .map(|(p, u)| (p.clone(), u.clone()))
                .collect()
        })
        .unwrap_or_default();
    let text = String::from_utf8_lossy(bytes);
    let mut raw: Vec<(String, String)> = root_start_tag(&text)
        .map(declarations_in_tag)
        .unwrap_or_default()
        .into_iter()
        .filter(|d| parsed.contains(d))
        .collect();
    for d in parsed {
        if !raw.contains(&d) {
            raw.push(d);
        }
    }
    raw
}

/// The text of the first element start tag, between `<` and `>`.
fn root_start_tag(text: &str) -> Option<&str> {
    let mut rest = text;
    loop {
        let lt = rest.find('<')?;
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<?") {
            rest = &after[after.find("?>")? + 2..];
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = &after[after.find("-->")? + 3..];
        } else if rest.starts_with("<!") {
            rest = &rest[doctype_end(rest)?..];
        } else {
            let body = &rest[1..];
            return Some(&body[..tag_end(body)?]);
        }
    }
}

/// Length of a `<!DOCTYPE ...>` including an internal subset.
fn doctype_end(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') => depth += 1,
            (None, ']') => depth -= 1,
            (None, '>') if depth <= 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Index of the `>` closing a start tag, skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// `xmlns="..."` and `xmlns:p="..."` in a start tag, in order.
fn declarations_in_tag(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].split_whitespace().last().unwrap_or("");
        let after = rest[eq + 1..].trim_start();
        let Some(q) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else { break };
        let Some(close) = after[1..].find(q) else { break };
        let value = &after[1..1 + close];
        if name == "xmlns" {
            out.push((String::new(), unescape(value)));
        } else if let Some(p) = name.strip_prefix("xmlns:") {
            out.push((p.to_string(), unescape(value)));
        }
        rest = &after[close + 2..];
    }
    out
}

fn unescape(v: &str) -> String {
    v.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl(p: &str, n: &str) -> (String, String) {
        (p.to_string(), n.to_string())
    }

    #[test]
    fn reads_declarations_in_document_order() {
        let xml = "\u{feff}<?xml version=\"1.0\"?>\n<!-- <x xmlns:no='1'> -->\n<!DOCTYPE d [<!ENTITY e \"v\">]>\n\
                   <d xmlns:z='urn:z' a=\"x>y\" xmlns=\"urn:d\" xmlns:a=\"urn:a&amp;b\"><c/></d>";
        let root = Element::parse(xml.as_bytes()).expect("parses");
        let got = root_declarations(xml.as_bytes(), &root);
        assert_eq!(got, vec![decl("z", "urn:z"), decl("", "urn:d"), decl("a", "urn:a&b")]);
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
