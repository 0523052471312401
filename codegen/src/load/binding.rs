//! One SOAP binding: its portType's operations in portType order, each with its soapAction,
//! style, bound input/output bodies (use, rpc namespace, parts) and fault names.

use std::collections::HashMap;

use super::tree::Element;

use crate::error::{CodegenError, Result};
use crate::model::{Binding, Body, Header, Operation, Part, PartKind, QName, SoapVersion, Style, Use};

use super::check::type_exists;
use super::dom::{attr, attr_nonempty, children, children_named, ns, wsdl_documentation};
use super::dom::{SOAP11_NS, SOAP12_NS, WSDL_NS};
use super::schema::Schemas;
use super::wsdl::{WDecl, WsdlIndex};

/// Builds the binding `name` declared by `d`, whose SOAP extension element is `soap`.
pub(crate) fn build(
    ix: &WsdlIndex<'_>,
    schemas: &Schemas,
    name: &QName,
    d: WDecl<'_>,
    soap: &Element,
) -> Result<Binding> {
    let b = Ctx { ix, schemas, doc: d.doc, binding: &name.name };
    let soap_version = if ns(soap) == SOAP12_NS { SoapVersion::Soap12 } else { SoapVersion::Soap11 };
    let style = b.style(soap)?.unwrap_or(Style::Document);
    let transport = attr_nonempty(soap, "transport").map(str::to_string);
    let port_type =
        ix.ref_qname(d.el, "type", d.doc, || format!("binding {}", name.name), |q| ix.port_types.contains_key(q))?;
    let Some(pt) = ix.port_types.get(&port_type).copied() else {
        return Err(CodegenError::Dangling {
            line: Some(d.el.line),
            path: ix.path(d.doc),
            construct: format!("binding {}", name.name),
            what: "portType",
            name: port_type.to_string(),
        });
    };
    let mut bound: HashMap<&str, Vec<&Element>> = HashMap::new();
    for bop in children_named(d.el, WSDL_NS, "operation") {
        bound.entry(attr(bop, "name").unwrap_or("").trim()).or_default().push(bop);
    }
    let mut operations = Vec::new();
    for op in children_named(pt.el, WSDL_NS, "operation") {
        operations.push(b.operation(op, pt, &port_type, &bound, style)?);
    }
    Ok(Binding { name: name.clone(), port_type, soap_version, style, transport, operations })
}

/// What every step needs.
struct Ctx<'a, 'b> {
    ix: &'b WsdlIndex<'a>,
    schemas: &'b Schemas,
    /// The binding's document.
    doc: usize,
    /// The binding's local name (for messages).
    binding: &'b str,
}

impl Ctx<'_, '_> {
    fn invalid(&self, doc: usize, el: &Element, message: String) -> CodegenError {
        CodegenError::Invalid { line: Some(el.line), path: self.ix.path(doc), message }
    }

    /// `style=` on a soap:binding or soap:operation.
    fn style(&self, el: &Element) -> Result<Option<Style>> {
        match attr(el, "style").map(str::trim) {
            None | Some("") => Ok(None),
            Some("rpc") => Ok(Some(Style::Rpc)),
            Some("document") => Ok(Some(Style::Document)),
            Some(other) => Err(self.invalid(
                self.doc,
                el,
                format!("binding {}: style=\"{other}\" is not rpc or document", self.binding),
            )),
        }
    }

    /// One portType operation as bound.
    fn operation(
        &self,
        op: &Element,
        pt: WDecl<'_>,
        pt_name: &QName,
        bound: &HashMap<&str, Vec<&Element>>,
        default_style: Style,
    ) -> Result<Operation> {
        let Some(name) = attr_nonempty(op, "name") else {
            return Err(self.invalid(pt.doc, op, format!("portType {}: operation without a name", pt_name.name)));
        };
        let pt_input = children_named(op, WSDL_NS, "input").next();
        let pt_output = children_named(op, WSDL_NS, "output").next();
        let Some(pt_input) = pt_input else {
            return Err(CodegenError::Unsupported {
                line: Some(op.line),
                path: self.ix.path(pt.doc),
                construct: format!(
                    "portType {} operation {name} has no input (notification and solicit-response operations)",
                    pt_name.name
                ),
            });
        };
        let bop = self.bound_operation(bound, name, pt_input).ok_or_else(|| {
            self.invalid(
                self.doc,
                op,
                format!("binding {} does not bind operation {name} of portType {}", self.binding, pt_name.name),
            )
        })?;
        let soap_op = children(bop).find(|c| c.name == "operation" && matches!(ns(c), SOAP11_NS | SOAP12_NS));
        let soap_action = soap_op.and_then(|s| attr(s, "soapAction")).unwrap_or("").trim().to_string();
        let style = match soap_op {
            Some(s) => self.style(s)?.unwrap_or(default_style),
            None => default_style,
        };
        let input = self.body(pt, pt_name, name, "input", pt_input, bop)?;
        let output = match pt_output {
            Some(o) => Some(self.body(pt, pt_name, name, "output", o, bop)?),
            None => None,
        };
        let mut faults = Vec::new();
        for f in children_named(op, WSDL_NS, "fault") {
            let fault_name = attr_nonempty(f, "name").unwrap_or_default().to_string();
            let construct = || format!("portType {} operation {name} fault {fault_name}", pt_name.name);
            let message = self.message_ref(f, pt.doc, construct)?;
            if !self.ix.messages.contains_key(&message) {
                return Err(self.dangling(pt.doc, f, construct(), "message", &message));
            }
            faults.push(fault_name);
        }
        Ok(Operation {
            name: name.to_string(),
            documentation: wsdl_documentation(op),
            soap_action,
            style,
            input,
            output,
            faults,
        })
    }

    /// The binding's operation for portType operation `name` (matching the input's name
    /// when the operation name is overloaded).
    fn bound_operation<'e>(
        &self,
        bound: &HashMap<&str, Vec<&'e Element>>,
        name: &str,
        pt_input: &Element,
    ) -> Option<&'e Element> {
        let mut same_name = bound.get(name)?.iter().copied();
        let first = same_name.next()?;
        let wanted = attr_nonempty(pt_input, "name");
        let input_name = |b: &Element| {
            children_named(b, WSDL_NS, "input").next().and_then(|i| attr_nonempty(i, "name")).map(str::to_string)
        };
        if wanted.is_none() || input_name(first).as_deref() == wanted {
            return Some(first);
        }
        same_name.find(|b| input_name(b).as_deref() == wanted).or(Some(first))
    }

    /// A bound input or output: the portType message's parts, filtered by `soap:body/@parts`.
    fn body(
        &self,
        pt: WDecl<'_>,
        pt_name: &QName,
        op: &str,
        which: &str,
        pt_msg: &Element,
        bop: &Element,
    ) -> Result<Body> {
        let construct = || format!("portType {} operation {op} {which}", pt_name.name);
        let message = self.message_ref(pt_msg, pt.doc, construct)?;
        let Some(m) = self.ix.messages.get(&message).copied() else {
            return Err(self.dangling(pt.doc, pt_msg, construct(), "message", &message));
        };
        let bound_io = children_named(bop, WSDL_NS, which).next();
        let soap_body = bound_io.and_then(soap_body);
        let use_ = self.use_of(soap_body, op, which)?;
        let namespace = soap_body.and_then(|b| attr(b, "namespace")).map(|s| s.trim().to_string());
        let mut parts = self.parts(&message, m)?;
        if let Some(list) = soap_body.and_then(|b| attr(b, "parts")) {
            let wanted: Vec<&str> = list.split_whitespace().collect();
            if let Some(missing) = wanted.iter().find(|w| !parts.iter().any(|p| p.name == **w)) {
                return Err(CodegenError::Dangling {
                    line: Some(bop.line),
                    path: self.ix.path(self.doc),
                    construct: format!("binding {} operation {op} {which} soap:body parts", self.binding),
                    what: "part",
                    name: format!("{message}#{missing}"),
                });
            }
            parts.retain(|p| wanted.contains(&p.name.as_str()));
        }
        let headers = match bound_io {
            Some(io) => self.headers(io, op, which)?,
            None => Vec::new(),
        };
        Ok(Body { message, use_, namespace, parts, headers })
    }

    /// `use=` of a `soap:body` or `soap:header` (literal when absent).
    fn use_of(&self, el: Option<&Element>, op: &str, which: &str) -> Result<Use> {
        let Some(el) = el else { return Ok(Use::Literal) };
        match attr(el, "use").map(str::trim) {
            None | Some("") | Some("literal") => Ok(Use::Literal),
            Some("encoded") => Ok(Use::Encoded),
            Some(other) => Err(self.invalid(
                self.doc,
                el,
                format!("binding {} operation {op} {which}: use=\"{other}\"", self.binding),
            )),
        }
    }

    /// The `soap:header` elements of a bound input or output, each naming a message part.
    fn headers(&self, io: &Element, op: &str, which: &str) -> Result<Vec<Header>> {
        let mut out = Vec::new();
        for h in children(io).filter(|c| c.name == "header" && matches!(ns(c), SOAP11_NS | SOAP12_NS)) {
            let construct = || format!("binding {} operation {op} {which} soap:header", self.binding);
            let message = self.message_ref(h, self.doc, construct)?;
            let Some(m) = self.ix.messages.get(&message).copied() else {
                return Err(self.dangling(self.doc, h, construct(), "message", &message));
            };
            let Some(part_name) = attr_nonempty(h, "part") else {
                return Err(self.invalid(self.doc, h, format!("{} has no part attribute", construct())));
            };
            let Some(part) = self.parts(&message, m)?.into_iter().find(|p| p.name == part_name) else {
                return Err(CodegenError::Dangling {
                    line: Some(h.line),
                    path: self.ix.path(self.doc),
                    construct: construct(),
                    what: "part",
                    name: format!("{message}#{part_name}"),
                });
            };
            out.push(Header {
                message,
                part,
                use_: self.use_of(Some(h), op, which)?,
                namespace: attr(h, "namespace").map(|s| s.trim().to_string()),
                required: super::dom::attr_true(h, "required"),
            });
        }
        Ok(out)
    }

    /// The parts of a message, each checked against the schemas.
    fn parts(&self, message: &QName, m: WDecl<'_>) -> Result<Vec<Part>> {
        let mut parts = Vec::new();
        for p in children_named(m.el, WSDL_NS, "part") {
            let name = attr_nonempty(p, "name").unwrap_or_default().to_string();
            let construct = || format!("message {} part {name}", message.name);
            let kind = if attr(p, "element").is_some() {
                let exists = |q: &QName| self.schemas.elements.binary_search_by(|e| e.name.cmp(q)).is_ok();
                let q = self.ix.ref_qname(p, "element", m.doc, construct, exists)?;
                if self.schemas.elements.binary_search_by(|e| e.name.cmp(&q)).is_err() {
                    return Err(self.dangling(m.doc, p, construct(), "element", &q));
                }
                PartKind::Element(q)
            } else if attr(p, "type").is_some() {
                let q = self.ix.ref_qname(p, "type", m.doc, construct, |q| type_exists(&self.schemas.types, q))?;
                if !type_exists(&self.schemas.types, &q) {
                    return Err(self.dangling(m.doc, p, construct(), "type", &q));
                }
                PartKind::Type(q)
            } else {
                return Err(self.invalid(m.doc, p, format!("{} has neither type nor element", construct())));
            };
            parts.push(Part { name, kind });
        }
        Ok(parts)
    }

    /// The `message=` attribute of `el`.
    fn message_ref(&self, el: &Element, doc: usize, construct: impl Fn() -> String) -> Result<QName> {
        self.ix.ref_qname(el, "message", doc, construct, |q| self.ix.messages.contains_key(q))
    }

    fn dangling(&self, doc: usize, el: &Element, construct: String, what: &'static str, name: &QName) -> CodegenError {
        CodegenError::Dangling { line: Some(el.line), path: self.ix.path(doc), construct, what, name: name.to_string() }
    }
}

/// The `soap:body` of a bound input/output (directly, or inside `mime:multipartRelated`).
fn soap_body(io: &Element) -> Option<&Element> {
    let is_body = |c: &&Element| c.name == "body" && matches!(ns(c), SOAP11_NS | SOAP12_NS);
    children(io).find(is_body).or_else(|| {
        children(io).filter(|c| c.name == "multipartRelated").flat_map(children).flat_map(children).find(is_body)
    })
}
