//! Emission of the `server` module: the `Service` trait (one method per operation, each
//! answering "not implemented" by default) and `dispatch`, which routes a request body to it:
//! by the rpc wrapper's name, or, when the binding has document operations, by the Body's
//! first element (a document operation's input element).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::doc_text;
use super::names::{snake, Scope};
use super::ops::OpPlan;
use super::plan::ident;
use super::service_methods::{splice_arms, splice_trait, Builder};
use crate::error::{CodegenError, Result};
use crate::model::Style;

/// The whole `server` module body for the primary binding.
pub fn emit_server(ops: &[OpPlan<'_>]) -> Result<syn::File> {
    emit_service(ops, "Service", "dispatch", "")
}

/// A service trait named `trait_name` for `ops` and its dispatch function `dispatch_name`;
/// `doc` is added to the trait's documentation. The per-operation methods and arms are built
/// as syntax trees (see [`service_methods`](super::service_methods)).
pub fn emit_service(ops: &[OpPlan<'_>], trait_name: &str, dispatch_name: &str, doc: &str) -> Result<syn::File> {
    let service = ident(trait_name);
    let dispatch_fn = ident(dispatch_name);
    let first = format!(" The server side of every operation{doc}. Implement the methods you serve; the others");
    let trait_doc = quote! {
        #[doc = #first]
        #[doc = " answer a `SOAP-ENV:Server` fault saying the operation is not implemented."]
    };
    let mut scope = Scope::with_reserved(&["dispatch"]);
    let methods: Vec<(String, &OpPlan<'_>)> = ops.iter().map(|o| (scope.claim(&snake(&o.op.name)), o)).collect();
    let rpc = ops.iter().all(|o| o.op.style == Style::Rpc);
    let builder = if rpc {
        Builder::new("serve", quote!(r, wrapper))
    } else {
        Builder::new("serve_body", quote!(r, body, first))
    };
    let decls = methods
        .iter()
        .map(|(m, o)| {
            let name = &o.op.name;
            let doc = doc_text(&match &o.op.documentation {
                Some(d) => format!("`{name}`: {d}"),
                None => format!("`{name}`."),
            });
            builder.method(&doc, m, &o.request, &o.response, name)
        })
        .collect();
    let (dispatch, arms) = if rpc {
        rpc_dispatch(&builder, &methods, &service, &dispatch_fn)
    } else {
        body_dispatch(&builder, &methods, &service, &dispatch_fn)
    };
    let tokens = quote! {
        #trait_doc
        pub trait #service: Send + Sync {
            fn __service_methods();
        }

        #dispatch
    };
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| CodegenError::Emit(e.to_string()))?;
    splice_trait(&mut file, trait_name, "__service_methods", decls);
    splice_arms(&mut file, dispatch_name, "__dispatch_arms", arms);
    Ok(file)
}

/// `dispatch` for a binding of rpc operations only: routing by the wrapper's name. The arms
/// go where the `__dispatch_arms` marker is.
fn rpc_dispatch(
    builder: &Builder,
    methods: &[(String, &OpPlan<'_>)],
    service: &Ident,
    dispatch_fn: &Ident,
) -> (TokenStream, Vec<syn::Arm>) {
    let arms = methods.iter().map(|(m, o)| builder.arm(&o.op.name, &o.request, m)).collect();
    let tokens = quote! {
        /// Decodes a request envelope, calls the matching `Service` method and encodes its
        /// response or fault. Routing is by the body's element name, whatever the SOAPAction.
        pub fn #dispatch_fn<S: #service + ?Sized>(service: &S, request: &[u8], opts: ttsoap::xml::ReadOptions) -> ttsoap::server::Reply {
            ttsoap::server::dispatch(request, opts, |name, r, wrapper| match name {
                __dispatch_arms => None,
                _ => None,
            })
        }
    };
    (tokens, arms)
}

/// `dispatch` for a binding with document operations: routing by the Body's first element,
/// which is the wrapper of an rpc operation and the first input part of a document one. When
/// two operations share that element, the first one in WSDL order gets it.
fn body_dispatch(
    builder: &Builder,
    methods: &[(String, &OpPlan<'_>)],
    service: &Ident,
    dispatch_fn: &Ident,
) -> (TokenStream, Vec<syn::Arm>) {
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut arms = Vec::new();
    for (m, o) in methods {
        let Some(route) = o.route.as_deref() else { continue };
        if !seen.insert(route) {
            continue;
        }
        arms.push(builder.arm(route, &o.request, m));
    }
    let params = if arms.is_empty() { quote!(name, _r, _body, _first) } else { quote!(name, r, body, first) };
    let tokens = quote! {
        /// Decodes a request envelope, calls the matching `Service` method and encodes its
        /// response or fault. Routing is by the local name of the Body's first element (the
        /// wrapper named after an rpc operation, the input element of a document operation),
        /// whatever the SOAPAction.
        pub fn #dispatch_fn<S: #service + ?Sized>(service: &S, request: &[u8], opts: ttsoap::xml::ReadOptions) -> ttsoap::server::Reply {
            ttsoap::server::dispatch_body(request, opts, |#params| match name {
                __dispatch_arms => None,
                _ => None,
            })
        }
    };
    (tokens, arms)
}
