//! The WSDL layer: messages, portTypes, bindings and services of every WSDL document, by
//! qualified name; bindings with a SOAP 1.1 or 1.2 extension and the service ports that use
//! them. Bindings without a SOAP extension (the HTTP GET/POST bindings of .asmx services)
//! are skipped, with the ports that use them.

use std::collections::HashMap;
use std::path::PathBuf;

use super::tree::Element;

use crate::error::{CodegenError, Result};
use crate::model::{Binding, Port, QName, Service};

use super::documents::WsdlDoc;
use super::dom::{attr, attr_nonempty, children, children_named, ns, value_prefix, wsdl_documentation};
use super::dom::{SOAP11_NS, SOAP12_NS, WSDL_NS};
use super::schema::Schemas;

/// A WSDL-level declaration and the document it is in.
#[derive(Clone, Copy)]
pub(crate) struct WDecl<'a> {
    /// Index into [`WsdlIndex::docs`].
    pub doc: usize,
    /// The element.
    pub el: &'a Element,
}

/// Messages, portTypes and bindings of all WSDL documents.
pub(crate) struct WsdlIndex<'a> {
    /// The documents, the main one first.
    pub docs: &'a [WsdlDoc],
    /// Messages by name.
    pub messages: HashMap<QName, WDecl<'a>>,
    /// PortTypes by name.
    pub port_types: HashMap<QName, WDecl<'a>>,
    /// Bindings in document order.
    pub bindings: Vec<(QName, WDecl<'a>)>,
}

impl<'a> WsdlIndex<'a> {
    fn new(docs: &'a [WsdlDoc]) -> Self {
        let mut ix = WsdlIndex { docs, messages: HashMap::new(), port_types: HashMap::new(), bindings: Vec::new() };
        for (doc, d) in docs.iter().enumerate() {
            for el in children(&d.root).filter(|c| ns(c) == WSDL_NS) {
                let Some(name) = attr_nonempty(el, "name") else { continue };
                let q = QName::new(d.target_namespace.clone(), name);
                let decl = WDecl { doc, el };
                match el.name.as_str() {
                    "message" => {
                        ix.messages.entry(q).or_insert(decl);
                    }
                    "portType" => {
                        ix.port_types.entry(q).or_insert(decl);
                    }
                    "binding" => ix.bindings.push((q, decl)),
                    _ => {}
                }
            }
        }
        ix
    }

    /// The file of document `doc`.
    pub(crate) fn path(&self, doc: usize) -> PathBuf {
        self.docs.get(doc).map(|d| d.path.clone()).unwrap_or_default()
    }

    /// Resolves a QName attribute that refers to a declaration, which `exists` looks up. An
    /// unprefixed name is taken in the default namespace, and when nothing is declared there,
    /// in the target namespace of the document (as zeep and gSOAP do: some generators, e.g.
    /// Rails ActionWebService, write `message="X"` with the WSDL namespace as the default).
    pub(crate) fn ref_qname(
        &self,
        el: &Element,
        name: &str,
        doc: usize,
        construct: impl Fn() -> String,
        exists: impl Fn(&QName) -> bool,
    ) -> Result<QName> {
        let q = self.qname(el, name, doc, construct)?;
        let unprefixed = attr(el, name).is_some_and(|v| !v.contains(':'));
        if unprefixed && !exists(&q) {
            let tns = self.docs.get(doc).map(|d| d.target_namespace.as_str()).unwrap_or("");
            let alt = QName::new(tns, q.name.clone());
            if exists(&alt) {
                return Ok(alt);
            }
        }
        Ok(q)
    }

    /// Resolves a QName attribute of a WSDL element; an undeclared prefix is a dangling
    /// reference.
    pub(crate) fn qname(&self, el: &Element, name: &str, doc: usize, construct: impl Fn() -> String) -> Result<QName> {
        let value = attr_nonempty(el, name).ok_or_else(|| CodegenError::Invalid {
            line: Some(el.line),
            path: self.path(doc),
            message: format!("{} has no {name} attribute", construct()),
        })?;
        super::dom::resolve_qname(el, value).ok_or_else(|| CodegenError::Dangling {
            line: Some(el.line),
            path: self.path(doc),
            construct: construct(),
            what: "namespace prefix",
            name: value.to_string(),
        })
    }
}

/// The WSDL layer of the model.
pub(crate) struct Wsdl {
    /// SOAP bindings in document order.
    pub bindings: Vec<Binding>,
    /// Services (with their SOAP ports) in document order.
    pub services: Vec<Service>,
    /// `(prefix, namespace)` of each SOAP binding's `type=` attribute.
    pub binding_hints: Vec<(String, String)>,
}

/// Builds bindings and services from `docs`, checking message parts against `schemas`.
pub(crate) fn build(docs: &[WsdlDoc], schemas: &Schemas) -> Result<Wsdl> {
    let ix = WsdlIndex::new(docs);
    let mut bindings = Vec::new();
    let mut binding_hints = Vec::new();
    for (name, d) in &ix.bindings {
        let Some(soap) = children(d.el).find(|c| c.name == "binding" && matches!(ns(c), SOAP11_NS | SOAP12_NS)) else {
            continue;
        };
        let b = super::binding::build(&ix, schemas, name, *d, soap)?;
        if let Some(value) = attr(d.el, "type") {
            binding_hints.push((value_prefix(value).to_string(), b.port_type.namespace.clone()));
        }
        bindings.push(b);
    }
    if bindings.is_empty() {
        return Err(CodegenError::Invalid {
            line: None,
            path: ix.path(0),
            message: "no SOAP 1.1 or SOAP 1.2 binding (bindings without a soap:binding element are skipped)".into(),
        });
    }
    let services = services(&ix, &bindings)?;
    Ok(Wsdl { bindings, services, binding_hints })
}

/// Every `wsdl:service`, keeping the ports whose binding is a SOAP binding.
fn services(ix: &WsdlIndex<'_>, soap_bindings: &[Binding]) -> Result<Vec<Service>> {
    let mut out = Vec::new();
    for (doc, d) in ix.docs.iter().enumerate() {
        for s in children_named(&d.root, WSDL_NS, "service") {
            let name = attr_nonempty(s, "name").unwrap_or_default().to_string();
            let mut ports = Vec::new();
            for p in children_named(s, WSDL_NS, "port") {
                let port_name = attr_nonempty(p, "name").unwrap_or_default().to_string();
                let construct = || format!("service {name} port {port_name}");
                let binding =
                    ix.ref_qname(p, "binding", doc, construct, |q| ix.bindings.iter().any(|(b, _)| b == q))?;
                if !soap_bindings.iter().any(|b| b.name == binding) {
                    if ix.bindings.iter().any(|(q, _)| *q == binding) {
                        continue;
                    }
                    return Err(CodegenError::Dangling {
                        line: Some(p.line),
                        path: ix.path(doc),
                        construct: construct(),
                        what: "binding",
                        name: binding.to_string(),
                    });
                }
                let address = children(p)
                    .find(|c| c.name == "address" && matches!(ns(c), SOAP11_NS | SOAP12_NS))
                    .and_then(|a| attr(a, "location"))
                    .map(|l| l.trim().to_string());
                ports.push(Port { name: port_name, binding, address });
            }
            if !ports.is_empty() {
                out.push(Service { name, documentation: wsdl_documentation(s), ports });
            }
        }
    }
    Ok(out)
}
