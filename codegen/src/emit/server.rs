//! Emission of the `server` module: the `Service` trait (one method per operation, each
//! answering "not implemented" by default) and `dispatch`, which routes a request body to it:
//! by the rpc wrapper's name, or, when the binding has document operations, by the Body's
//! first element (a document operation's input element).

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::doc_attr;
use super::names::{snake, Scope};
use super::ops::OpPlan;
use super::plan::ident;
use crate::model::Style;

/// The whole `server` module body for the primary binding.
pub fn emit_server(ops: &[OpPlan<'_>]) -> TokenStream {
    emit_service(ops, "Service", "dispatch", "")
}

/// A service trait named `trait_name` for `ops` and its dispatch function `dispatch_name`;
/// `doc` is added to the trait's documentation.
pub fn emit_service(ops: &[OpPlan<'_>], trait_name: &str, dispatch_name: &str, doc: &str) -> TokenStream {
    let service = ident(trait_name);
    let dispatch_fn = ident(dispatch_name);
    let first = format!(" The server side of every operation{doc}. Implement the methods you serve; the others");
    let trait_doc = quote! {
        #[doc = #first]
        #[doc = " answer a `SOAP-ENV:Server` fault saying the operation is not implemented."]
    };
    let mut scope = Scope::with_reserved(&["dispatch"]);
    let methods: Vec<(Ident, &OpPlan<'_>)> = ops.iter().map(|o| (ident(&scope.claim(&snake(&o.op.name))), o)).collect();
    let decls = methods.iter().map(|(m, o)| {
        let req = ident(&o.request);
        let resp = ident(&o.response);
        let name = &o.op.name;
        let doc = doc_attr(&match &o.op.documentation {
            Some(d) => format!("`{name}`: {d}"),
            None => format!("`{name}`."),
        });
        quote! {
            #doc
            fn #m(&self, request: super::ops::#req) -> Result<super::ops::#resp, ttsoap::Fault> {
                let _ = request;
                Err(ttsoap::server::not_implemented(#name))
            }
        }
    });
    let dispatch = if ops.iter().all(|o| o.op.style == Style::Rpc) {
        rpc_dispatch(&methods, &service, &dispatch_fn)
    } else {
        body_dispatch(&methods, &service, &dispatch_fn)
    };
    quote! {
        #trait_doc
        pub trait #service: Send + Sync {
            #(#decls)*
        }

        #dispatch
    }
}

/// `dispatch` for a binding of rpc operations only: routing by the wrapper's name.
fn rpc_dispatch(methods: &[(Ident, &OpPlan<'_>)], service: &Ident, dispatch_fn: &Ident) -> TokenStream {
    let arms = methods.iter().map(|(m, o)| {
        let req = ident(&o.request);
        let name = Literal::byte_string(o.op.name.as_bytes());
        quote!(#name => Some(ttsoap::server::serve::<super::ops::#req>(r, wrapper, |q| service.#m(q))),)
    });
    quote! {
        /// Decodes a request envelope, calls the matching `Service` method and encodes its
        /// response or fault. Routing is by the body's element name, whatever the SOAPAction.
        pub fn #dispatch_fn<S: #service + ?Sized>(service: &S, request: &[u8], opts: ttsoap::xml::ReadOptions) -> ttsoap::server::Reply {
            ttsoap::server::dispatch(request, opts, |name, r, wrapper| match name {
                #(#arms)*
                _ => None,
            })
        }
    }
}

/// `dispatch` for a binding with document operations: routing by the Body's first element,
/// which is the wrapper of an rpc operation and the first input part of a document one. When
/// two operations share that element, the first one in WSDL order gets it.
fn body_dispatch(methods: &[(Ident, &OpPlan<'_>)], service: &Ident, dispatch_fn: &Ident) -> TokenStream {
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut arms = Vec::new();
    for (m, o) in methods {
        let Some(route) = o.route.as_deref() else { continue };
        if !seen.insert(route) {
            continue;
        }
        let req = ident(&o.request);
        let name = Literal::byte_string(route.as_bytes());
        arms.push(
            quote!(#name => Some(ttsoap::server::serve_body::<super::ops::#req>(r, body, first, |q| service.#m(q))),),
        );
    }
    let params = if arms.is_empty() { quote!(name, _r, _body, _first) } else { quote!(name, r, body, first) };
    quote! {
        /// Decodes a request envelope, calls the matching `Service` method and encodes its
        /// response or fault. Routing is by the local name of the Body's first element (the
        /// wrapper named after an rpc operation, the input element of a document operation),
        /// whatever the SOAPAction.
        pub fn #dispatch_fn<S: #service + ?Sized>(service: &S, request: &[u8], opts: ttsoap::xml::ReadOptions) -> ttsoap::server::Reply {
            ttsoap::server::dispatch_body(request, opts, |#params| match name {
                #(#arms)*
                _ => None,
            })
        }
    }
}
