//! Emission of the `ops` module: a request and a response struct per operation, with their
//! `Message`, `Operation` and (for operations whose first part is the cookie)
//! `CookieOperation` implementations.

use proc_macro2::TokenStream;
use quote::quote;

use super::direct::{self, Entry, FieldText, Piece};
use super::doc_attr;
use super::names::{camel, Scope};
use super::plan::{ident, Plan};
use super::types::{part_text, plan_fields, FieldPlan, Mode, WriteName};
use crate::error::Result;
use crate::model::{Binding, Body, Field, Operation, PartKind, QName, Style, Use};

/// Names and part plans of one operation.
pub struct OpPlan<'m> {
    /// The operation.
    pub op: &'m Operation,
    /// Request struct name.
    pub request: String,
    /// Response struct name.
    pub response: String,
    /// Request parts.
    pub inputs: Vec<FieldPlan>,
    /// Response parts.
    pub outputs: Vec<FieldPlan>,
    /// True when the first input part is the session cookie.
    pub has_cookie: bool,
    /// True for an operation of a SOAP 1.2 binding.
    pub soap12: bool,
    /// The local name of the first element in a request's Body, which a server routes by: the
    /// operation name (rpc wrapper), or the first input part's element (document). `None` for
    /// a document operation without input parts, which cannot be routed.
    pub route: Option<String>,
}

/// A part's element name on the wire: the local name (decoding) and the name written.
type PartWire = (String, WriteName);

/// The parts of `body` as fields (named after the part, for the Rust names), with the element
/// name of each on the wire.
fn part_fields(plan: &Plan<'_>, body: &Body) -> Result<(Vec<Field>, Vec<PartWire>)> {
    let mut fields = Vec::new();
    let mut wires = Vec::new();
    for p in &body.parts {
        let ty = plan.part_type(p)?;
        // A type part is an unqualified accessor named after the part; an element part is the
        // global element, always qualified (in either use).
        let wire = match &p.kind {
            PartKind::Type(_) => (p.name.clone(), WriteName::Local),
            PartKind::Element(e) => {
                let text = plan.element_text(&e.namespace, &e.name);
                let write = if text == e.name { WriteName::Local } else { WriteName::Qualified(text) };
                (e.name.clone(), write)
            }
        };
        fields.push(Field {
            name: p.name.clone(),
            type_: ty,
            min_occurs: 1,
            max_occurs: Some(1),
            nillable: false,
            qualified: false,
            namespace: String::new(),
            documentation: None,
            wildcard: false,
            substitutes: Vec::new(),
        });
        wires.push(wire);
    }
    Ok((fields, wires))
}

fn plan_parts(plan: &Plan<'_>, owner: &QName, body: Option<&Body>) -> Result<Vec<FieldPlan>> {
    let Some(body) = body else { return Ok(Vec::new()) };
    let (fields, wires) = part_fields(plan, body)?;
    let refs: Vec<&Field> = fields.iter().collect();
    let mut out = plan_fields(plan, owner, &refs, false)?;
    for (f, (wire, write)) in out.iter_mut().zip(wires) {
        f.wire = wire;
        f.write = write;
        if f.mode == Mode::OptionalArray {
            f.mode = Mode::Array;
        }
    }
    Ok(out)
}

/// The operations of a binding other than the primary one.
pub struct BindingOps<'m> {
    /// The binding.
    pub binding: &'m Binding,
    /// Its operations.
    pub ops: Vec<OpPlan<'m>>,
}

/// Plans every operation of the primary binding.
pub fn plan_ops<'m>(plan: &Plan<'m>) -> Result<Vec<OpPlan<'m>>> {
    plan_all(plan).map(|(primary, _)| primary)
}

/// Plans the operations of the primary binding, then of every other binding. The other
/// bindings' request and response structs keep the operation's name when it is free and
/// their portType has not been generated yet; otherwise (a SOAP 1.2 twin of the primary
/// binding, say) they are prefixed with the binding's name (`CalcSoap12Multiply`).
pub fn plan_all<'m>(plan: &Plan<'m>) -> Result<(Vec<OpPlan<'m>>, Vec<BindingOps<'m>>)> {
    let mut scope = Scope::with_reserved(&["Message", "Operation", "CookieOperation"]);
    let Some(binding) = plan.binding else { return Ok((Vec::new(), Vec::new())) };
    let primary = plan_binding(plan, binding, &mut scope, "")?;
    let mut port_types = vec![&binding.port_type];
    let mut extras = Vec::new();
    for b in &plan.extra_bindings {
        let free = b.operations.iter().all(|op| {
            let name = camel(&op.name);
            scope.is_free(&name) && scope.is_free(&format!("{name}Response"))
        });
        let prefix = if free && !port_types.contains(&&b.port_type) { String::new() } else { camel(&b.name.name) };
        port_types.push(&b.port_type);
        extras.push(BindingOps { binding: b, ops: plan_binding(plan, b, &mut scope, &prefix)? });
    }
    Ok((primary, extras))
}

fn plan_binding<'m>(plan: &Plan<'m>, binding: &'m Binding, scope: &mut Scope, prefix: &str) -> Result<Vec<OpPlan<'m>>> {
    let mut out = Vec::new();
    for op in &binding.operations {
        let request = scope.claim(&format!("{prefix}{}", camel(&op.name)));
        let response = scope.claim(&format!("{prefix}{}Response", camel(&op.name)));
        let owner = QName::new("#op", op.name.clone());
        let inputs = plan_parts(plan, &owner, Some(&op.input))?;
        let outputs = plan_parts(plan, &owner, op.output.as_ref())?;
        let first = super::conventions::part_values(plan, Some(&op.input)).into_iter().next();
        let has_cookie = first == Some(super::conventions::Value::Cookie);
        let route = match op.style {
            Style::Rpc => Some(op.name.clone()),
            Style::Document => inputs.first().map(|f| f.wire.clone()),
        };
        let soap12 = binding.soap_version == crate::model::SoapVersion::Soap12;
        out.push(OpPlan { op, request, response, inputs, outputs, has_cookie, soap12, route });
    }
    Ok(out)
}

/// The header plans of the operations, with newtype names claimed in a scope holding the
/// `ops` module's other names (the same every time it is called).
pub fn plan_headers(plan: &Plan<'_>, ops: &[&OpPlan<'_>]) -> Result<Vec<super::headers::HeaderPlan>> {
    let mut scope = Scope::with_reserved(&["Message", "Operation", "CookieOperation", "for_each_operation"]);
    for o in ops {
        scope.claim(&o.request);
        scope.claim(&o.response);
    }
    let list: Vec<&Operation> = ops.iter().map(|o| o.op).collect();
    super::headers::plan_headers(plan, &list, &mut scope)
}

/// True for operations that only read (`get…`, `list…`), which may be retried.
///
/// The runtime's retry rule (`ttsoap::retry::is_read_only_operation`) is the same list plus
/// `formattedTextSupport`, which sets a session flag: safe to repeat, but not a read, so a
/// dropped session is not silently replaced for it. The generator does not depend on the
/// runtime, so a test keeps the two in step.
pub fn is_read_only(name: &str) -> bool {
    let l = name.to_ascii_lowercase();
    l.starts_with("get") || l.starts_with("list") || l.starts_with("query") || l.starts_with("find")
}

/// A request or response struct and its `ttsoap::__message!` call: text when the struct
/// can be printed directly (see [`direct`]), else the struct as tokens then the call.
fn message(name: &str, doc: &str, fields: &[FieldPlan], out: &mut Vec<Piece>) {
    let docs: Vec<Option<String>> =
        fields.iter().map(|f| (f.shown() != f.rust).then(|| format!("Part `{}`.", f.shown()))).collect();
    let texts: Vec<FieldText<'_>> =
        fields.iter().zip(&docs).map(|(f, d)| FieldText { doc: d.clone(), name: &f.rust, ty: &f.ty }).collect();
    let call = direct::macro_entries(
        "ttsoap::__message",
        &[Entry::Block(name.to_string(), fields.iter().map(|f| Entry::Line(part_text(f))).collect())],
    );
    if let Some(mut text) = direct::struct_text(doc, name, &texts) {
        text.push_str(&call);
        out.push(Piece::Text(text));
        return;
    }
    let id = ident(name);
    let doc = doc_attr(doc);
    let decls = fields.iter().zip(&docs).map(|(f, d)| {
        let fid = ident(&f.rust);
        let ty = &f.ty;
        let d = d.as_deref().map(doc_attr);
        quote!(#d pub #fid: #ty,)
    });
    out.push(Piece::Tokens(quote! {
        #doc
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct #id { #(#decls)* }
    }));
    out.push(Piece::Text(call));
}

/// The `ttsoap::__operation!` call of `o`, one entry per line.
fn operation_call(plan: &Plan<'_>, o: &OpPlan<'_>) -> String {
    let op = o.op;
    let ns = op.input.namespace.as_deref().unwrap_or(&plan.model.target_namespace);
    let style = match op.style {
        Style::Rpc => "Rpc",
        Style::Document => "Document",
    };
    let mut entries = vec![
        Entry::Line(format!("{} => {}", o.request, o.response)),
        Entry::Line(format!("name {}", direct::str_lit(&op.name))),
        Entry::Line(format!("namespace {}", direct::str_lit(ns))),
        Entry::Line(format!("action {}", direct::str_lit(&op.soap_action))),
        Entry::Line(format!("response {}", direct::str_lit(&format!("{}Response", op.name)))),
        Entry::Line(format!("style {style}")),
        Entry::Line(format!("encoded {}", op.input.use_ == Use::Encoded)),
        Entry::Line("namespaces super::NAMESPACES".to_string()),
    ];
    if o.soap12 {
        entries.push(Entry::Line("version Soap12".to_string()));
    }
    if o.has_cookie {
        entries.push(Entry::Line(format!("cookie {} read_only {}", o.inputs[0].rust, is_read_only(&op.name))));
    }
    direct::macro_entries("ttsoap::__operation", &entries)
}

/// The `for_each_operation` visitor (and, with other bindings, theirs).
fn visit_fns(ops: &[&OpPlan<'_>], primary: usize) -> Vec<Piece> {
    let (first, others) = ops.split_at(primary.min(ops.len()));
    const DOC: &str = "Calls `v.visit::<O>()` for every operation, in WSDL order.";
    let signature = "pub fn for_each_operation(v: &mut impl ttsoap::operation::OperationVisitor)";
    let statements: Vec<String> = std::iter::once("let _ = &v;".to_string())
        .chain(first.iter().map(|o| format!("v.visit::<{}>();", o.request)))
        .collect();
    let visits = |ops: &[&OpPlan<'_>]| -> Vec<TokenStream> {
        ops.iter()
            .map(|o| {
                let id = ident(&o.request);
                quote!(v.visit::<#id>();)
            })
            .collect()
    };
    let mut out = vec![match direct::visit_fn_text(DOC, signature, &statements) {
        Some(text) => Piece::Text(text),
        None => {
            let first = visits(first);
            let doc = doc_attr(DOC);
            Piece::Tokens(quote! {
                #doc
                pub fn for_each_operation(v: &mut impl ttsoap::operation::OperationVisitor) {
                    let _ = &v;
                    #(#first)*
                }
            })
        }
    }];
    if !others.is_empty() {
        let others = visits(others);
        out.push(Piece::Tokens(quote! {
            /// Calls `v.visit::<O>()` for every operation of the bindings other than the
            /// primary one (whose operations `for_each_operation` visits), in WSDL order.
            pub fn for_each_other_binding_operation(v: &mut impl ttsoap::operation::OperationVisitor) {
                #(#others)*
            }
        }));
    }
    out
}

/// The items of the `ops` module.
/// `ops` are the primary binding's operations, then (from `primary` on) the other bindings'.
pub fn emit_ops(
    plan: &Plan<'_>,
    ops: &[&OpPlan<'_>],
    primary: usize,
    headers: &[super::headers::HeaderPlan],
) -> Vec<Piece> {
    let mut items = Vec::new();
    for o in ops {
        let op = o.op;
        let mut doc = match &op.documentation {
            Some(d) => format!("`{}` request. {d}", op.name),
            None => format!("`{}` request.", op.name),
        };
        let mut resp_doc = format!("`{}` response.", op.name);
        if let Some(note) = super::headers::headers_note(headers, &op.input.headers) {
            doc = format!("{doc} {note}");
        }
        if let Some(note) = op.output.as_ref().and_then(|o| super::headers::headers_note(headers, &o.headers)) {
            resp_doc = format!("{resp_doc} {note}");
        }
        message(&o.request, &doc, &o.inputs, &mut items);
        message(&o.response, &resp_doc, &o.outputs, &mut items);
        items.push(Piece::Text(operation_call(plan, o)));
    }
    items.extend(super::headers::emit_headers(plan, headers).into_iter().map(Piece::Tokens));
    items.extend(visit_fns(ops, primary));
    items
}

#[cfg(test)]
mod read_only_tests {
    /// The generator's rule and the runtime's retry rule agree on every TestTrack operation
    /// but the one documented difference.
    #[test]
    fn agrees_with_the_runtimes_retry_rule() {
        let wsdl = include_str!("../../../wsdl/ttsoapcgi.wsdl");
        let names: Vec<&str> =
            wsdl.split("<operation name=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
        assert!(names.len() >= 161, "{}", names.len());
        for name in names {
            let ours = super::is_read_only(name);
            let runtime = ttsoap::retry::is_read_only_operation(name);
            assert_eq!(ours || name == "formattedTextSupport", runtime, "{name}");
        }
    }
}
