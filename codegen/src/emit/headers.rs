//! SOAP headers (`soap:header`): one `ttsoap::Header` implementation per header element of
//! the bound operations. A header whose value is a generated struct or enum gets the
//! implementation on that type (`SessionHeader { session_id }` is set as it is); any other
//! (a built-in type, a family, or a type already used by another header element) gets a
//! newtype in the `ops` module named after the element.

use std::collections::{BTreeMap, HashSet};

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};

use super::doc_attr;
use super::names::{camel, Scope};
use super::plan::{ident, Plan, Shape};
use crate::error::Result;
use crate::model::{Header, Operation, PartKind, QName};

/// How one header element is written and read.
pub struct HeaderPlan {
    /// The header element.
    pub element: QName,
    /// The element name as written (`tns:SessionHeader`).
    pub written: String,
    /// The value's XSD type.
    pub type_: QName,
    /// The generated type implementing `Header`, as named from the `ops` module.
    pub rust: TokenStream,
    /// The name users see (`SessionHeader`).
    pub shown: String,
    /// `Some(inner type)` when a newtype is generated.
    pub newtype: Option<TokenStream>,
    /// Some occurrence is `wsdl:required`.
    pub must_understand: bool,
}

/// Every header of `op`'s input, then of its output.
pub fn op_headers(op: &Operation) -> impl Iterator<Item = &Header> {
    op.input.headers.iter().chain(op.output.iter().flat_map(|o| &o.headers))
}

/// The element a header is written as: the part's global element, or for a type part an
/// element named after the part in `soap:header/@namespace` (none when absent).
pub fn header_element(h: &Header) -> QName {
    match &h.part.kind {
        PartKind::Element(e) => e.clone(),
        PartKind::Type(_) => QName::new(h.namespace.clone().unwrap_or_default(), h.part.name.clone()),
    }
}

/// Plans the headers of the operations, claiming newtype names in `scope` (the `ops`
/// module's).
pub fn plan_headers(plan: &Plan<'_>, ops: &[&Operation], scope: &mut Scope) -> Result<Vec<HeaderPlan>> {
    let mut by_element: BTreeMap<QName, (QName, bool)> = BTreeMap::new();
    let mut order: Vec<QName> = Vec::new();
    for h in ops.iter().flat_map(|op| op_headers(op)) {
        let element = header_element(h);
        let ty = plan.part_type(&h.part)?;
        match by_element.get_mut(&element) {
            Some(entry) => entry.1 |= h.required,
            None => {
                order.push(element.clone());
                by_element.insert(element, (ty, h.required));
            }
        }
    }
    let mut used_types: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for element in order {
        let (type_, must_understand) = by_element[&element].clone();
        let shape = plan.shape(&type_)?;
        let written = plan.element_text(&element.namespace, &element.name);
        let (rust, shown, newtype) = match &shape {
            Shape::Struct(n) | Shape::Enum(n) if used_types.insert(n.clone()) => {
                let id = ident(n);
                (quote!(super::types::#id), n.clone(), None)
            }
            _ => {
                let name = scope.claim(&camel(&element.name));
                let id = ident(&name);
                (quote!(#id), name, Some(plan.rust_type(&shape, false).into_token_stream()))
            }
        };
        out.push(HeaderPlan { element, written, type_, rust, shown, newtype, must_understand });
    }
    Ok(out)
}

/// The `ops` module items for the headers.
pub fn emit_headers(plan: &Plan<'_>, headers: &[HeaderPlan]) -> Vec<TokenStream> {
    headers
        .iter()
        .map(|h| {
            let written = &h.written;
            let local = Literal::byte_string(h.element.name.as_bytes());
            let ns = &h.element.namespace;
            let ti = plan.ti(&h.type_);
            let mu = h.must_understand;
            match &h.newtype {
                Some(inner) => {
                    let id = &h.rust;
                    let doc = doc_attr(&format!("SOAP header `{}`.", h.element.name));
                    quote! {
                        #doc
                        #[derive(Debug, Clone, Default, PartialEq)]
                        pub struct #id(pub #inner);

                        ttsoap::__header!(#id(#inner), #written, #local, #ns, #ti, must_understand #mu);
                    }
                }
                None => {
                    let rust = &h.rust;
                    quote!(ttsoap::__header!(#rust, #written, #local, #ns, #ti, must_understand #mu);)
                }
            }
        })
        .collect()
}

/// A sentence for an operation's docs naming the headers of its input or output, if any.
pub fn headers_note(headers: &[HeaderPlan], declared: &[Header]) -> Option<String> {
    let names: Vec<String> = declared
        .iter()
        .filter_map(|d| headers.iter().find(|h| h.element == header_element(d)))
        .map(|h| format!("`{}`", h.shown))
        .collect();
    (!names.is_empty()).then(|| format!("Headers: {}.", names.join(", ")))
}

/// The `server` module's list of the header elements the WSDL declares, for
/// `ReceivedHeaders::not_understood`.
pub fn emit_understood(headers: &[HeaderPlan]) -> TokenStream {
    let names = headers.iter().map(|h| Literal::byte_string(h.element.name.as_bytes()));
    quote! {
        /// The local names of the header elements the WSDL declares: a server that handles
        /// them all passes this to `ReceivedHeaders::not_understood`.
        pub const HEADERS: &[&[u8]] = &[#(#names),*];
    }
}
