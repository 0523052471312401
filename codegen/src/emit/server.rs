//! Emission of the `server` module: the `Service` trait (one method per operation, each
//! answering "not implemented" by default) and `dispatch`, which routes a request body to it.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::doc_attr;
use super::names::{snake, Scope};
use super::ops::OpPlan;
use super::plan::ident;

/// The whole `server` module body.
pub fn emit_server(ops: &[OpPlan<'_>]) -> TokenStream {
    let mut scope = Scope::with_reserved(&["dispatch"]);
    let methods: Vec<(proc_macro2::Ident, &OpPlan<'_>)> =
        ops.iter().map(|o| (ident(&scope.claim(&snake(&o.op.name))), o)).collect();
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
    let arms = methods.iter().map(|(m, o)| {
        let req = ident(&o.request);
        let name = Literal::byte_string(o.op.name.as_bytes());
        quote!(#name => Some(ttsoap::server::serve::<super::ops::#req>(r, wrapper, |q| service.#m(q))),)
    });
    quote! {
        /// The server side of every operation. Implement the methods you serve; the others
        /// answer a `SOAP-ENV:Server` fault saying the operation is not implemented.
        pub trait Service: Send + Sync {
            #(#decls)*
        }

        /// Decodes a request envelope, calls the matching `Service` method and encodes its
        /// response or fault. Routing is by the body's element name, whatever the SOAPAction.
        pub fn dispatch<S: Service + ?Sized>(service: &S, request: &[u8], opts: ttsoap::xml::ReadOptions) -> ttsoap::server::Reply {
            ttsoap::server::dispatch(request, opts, |name, r, wrapper| match name {
                #(#arms)*
                _ => None,
            })
        }
    }
}
