//! Small helpers over [`Element`]s: namespace tests, children, attributes, text,
//! documentation and QName attribute values.
//!
//! Everything here identifies elements by namespace URI, never by prefix text, so `WSDL:`,
//! `wsdl:`, `xsd:`, `xs:`, `s:` and default-namespace spellings all behave the same.
//!
//! Every element carries the namespace declarations in scope at it ([`Element::scope`]),
//! which is what QName values are resolved against.

use super::tree::{Element, Node};

use crate::model::QName;

/// WSDL 1.1.
pub(crate) const WSDL_NS: &str = "http://schemas.xmlsoap.org/wsdl/";
/// WSDL 1.1 SOAP 1.1 binding extension.
pub(crate) const SOAP11_NS: &str = "http://schemas.xmlsoap.org/wsdl/soap/";
/// WSDL 1.1 SOAP 1.2 binding extension.
pub(crate) const SOAP12_NS: &str = "http://schemas.xmlsoap.org/wsdl/soap12/";
/// The `xml:` namespace.
pub(crate) const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
/// The SOAP 1.1 envelope.
pub(crate) const SOAP_ENV_NS: &str = "http://schemas.xmlsoap.org/soap/envelope/";

/// The namespace URI of `el` ("" when it has none).
pub(crate) fn ns(el: &Element) -> &str {
    el.namespace.as_deref().unwrap_or("")
}

/// True when `el` is `{namespace}name`.
pub(crate) fn is(el: &Element, namespace: &str, name: &str) -> bool {
    el.name == name && ns(el) == namespace
}

/// The child elements of `el`, in document order.
pub(crate) fn children(el: &Element) -> impl Iterator<Item = &Element> {
    el.children.iter().filter_map(Node::as_element)
}

/// The child elements of `el` in `namespace`.
pub(crate) fn children_in<'a>(el: &'a Element, namespace: &'a str) -> impl Iterator<Item = &'a Element> {
    children(el).filter(move |c| ns(c) == namespace)
}

/// The child elements `{namespace}name` of `el`.
pub(crate) fn children_named<'a>(
    el: &'a Element,
    namespace: &'a str,
    name: &'a str,
) -> impl Iterator<Item = &'a Element> {
    children(el).filter(move |c| is(c, namespace, name))
}

/// An attribute by local name, whatever its prefix (`wsdl:arrayType` is `arrayType`); when
/// two share the local name, the last one written.
pub(crate) fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    el.attributes.iter().rev().find(|a| a.name == name).map(|a| a.value.as_str())
}

/// An attribute, trimmed, treating an empty value as absent.
pub(crate) fn attr_nonempty<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    attr(el, name).map(str::trim).filter(|s| !s.is_empty())
}

/// True when the boolean attribute `name` is `true` or `1`.
pub(crate) fn attr_true(el: &Element, name: &str) -> bool {
    matches!(attr(el, name).map(str::trim), Some("true") | Some("1"))
}

/// Every piece of text below `el`, concatenated in document order.
pub(crate) fn text(el: &Element) -> String {
    let mut out = String::new();
    collect_text(el, &mut out);
    out
}

fn collect_text(el: &Element, out: &mut String) {
    for node in &el.children {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Element(c) => collect_text(c, out),
        }
    }
}

/// Documentation text cleaned up: each line trimmed, runs of blank lines collapsed to one,
/// leading and trailing blank lines dropped; `None` when nothing is left.
pub(crate) fn tidy(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut blank = false;
    for line in raw.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank {
                out.push('\n');
            }
        }
        blank = false;
        out.push_str(line);
    }
    (!out.is_empty()).then_some(out)
}

/// `wsdl:documentation` children of a WSDL element.
pub(crate) fn wsdl_documentation(el: &Element) -> Option<String> {
    joined_docs(children_named(el, WSDL_NS, "documentation"))
}

/// `xsd:annotation/xsd:documentation` children of a schema component.
pub(crate) fn xsd_documentation(el: &Element) -> Option<String> {
    let xsd = crate::model::XSD_NS;
    joined_docs(children_named(el, xsd, "annotation").flat_map(|a| children_named(a, xsd, "documentation")))
}

fn joined_docs<'a>(docs: impl Iterator<Item = &'a Element>) -> Option<String> {
    let parts: Vec<String> = docs.filter_map(|d| tidy(&text(d))).collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// The prefix written in a QName value (`"ttns"` for `ttns:CDefect`, `""` for `CDefect`).
pub(crate) fn value_prefix(value: &str) -> &str {
    value.trim().split_once(':').map(|(p, _)| p).unwrap_or("")
}

/// The namespace bound to `prefix` at `el` (`""` prefix: the default namespace, which is
/// "no namespace" when none is declared). `None` when the prefix is not declared.
pub(crate) fn lookup_prefix<'a>(el: &'a Element, prefix: &str) -> Option<&'a str> {
    match (el.scope.lookup(prefix), prefix) {
        (Some(uri), _) => Some(uri),
        (None, "") => Some(""),
        (None, "xml") => Some(XML_NS),
        (None, _) => None,
    }
}

/// Resolves a QName attribute value against the namespaces in scope at `el`.
/// `None` when its prefix is not declared or the value is not a QName.
pub(crate) fn resolve_qname(el: &Element, value: &str) -> Option<QName> {
    let value = value.trim();
    let (prefix, local) = value.split_once(':').unwrap_or(("", value));
    if local.is_empty() || local.contains(':') || local.contains(char::is_whitespace) {
        return None;
    }
    lookup_prefix(el, prefix).map(|uri| QName::new(uri, local))
}

/// Upper-cases the first character (`pFileData` -> `PFileData`).
pub(crate) fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(xml: &str) -> Element {
        super::super::xmlfile::parse(std::path::Path::new("t.xml"), xml.as_bytes()).expect("test XML parses")
    }

    #[test]
    fn tidy_trims_lines_and_collapses_blank_runs() {
        assert_eq!(tidy("  \n  first  line \n\n\n   second\n  "), Some("first  line\n\nsecond".into()));
        assert_eq!(tidy(" \n\t "), None);
    }

    #[test]
    fn qnames_resolve_by_namespace_in_scope() {
        let root = parse(r#"<a xmlns:p="urn:p" xmlns="urn:d"><b xmlns:p="urn:q" t="p:X" u="Y" v="zz:Q"/></a>"#);
        let b = children(&root).next().expect("child");
        assert_eq!(resolve_qname(b, "p:X"), Some(QName::new("urn:q", "X")));
        assert_eq!(resolve_qname(b, " Y "), Some(QName::new("urn:d", "Y")));
        assert_eq!(resolve_qname(b, "zz:Q"), None);
        assert_eq!(resolve_qname(b, "p:"), None);
        assert_eq!(resolve_qname(&root, "p:X"), Some(QName::new("urn:p", "X")));
        let bare = parse("<a/>");
        assert_eq!(resolve_qname(&bare, "X"), Some(QName::new("", "X")));
    }

    #[test]
    fn documentation_joins_and_tidies() {
        let el = parse(
            r#"<ct xmlns:x="http://www.w3.org/2001/XMLSchema"><x:annotation><x:documentation>
                 One
                 two </x:documentation></x:annotation></ct>"#,
        );
        assert_eq!(xsd_documentation(&el), Some("One\ntwo".into()));
        assert_eq!(upper_first("pFileData"), "PFileData");
        assert_eq!(upper_first(""), "");
    }
}
