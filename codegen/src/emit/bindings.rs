//! Every binding besides the primary one, and every port: a client struct per extra binding
//! (`StockSoapClient`, one method per operation, every part an argument), a service trait
//! and dispatch function per extra binding (`StockSoapService`, `stock_soap_dispatch`), and
//! an address constant per port (`ORDER_SERVICE_ORDERS_SOAP_ADDRESS`).

use proc_macro2::TokenStream;
use quote::quote;

use super::api::{arg_decl, returns};
use super::conventions::part_values;
use super::doc_attr;
use super::names::{camel, shout, snake, Scope};
use super::ops::BindingOps;
use super::plan::{ident, Plan};
use crate::model::{Binding, Model, SoapVersion};

/// Rust names of an extra binding's items.
pub struct BindingNames {
    /// The client struct (`StockSoapClient`).
    pub client: String,
    /// The service trait (`StockSoapService`).
    pub service: String,
    /// The dispatch function (`stock_soap_dispatch`).
    pub dispatch: String,
}

/// Names for each extra binding, clear of the primary binding's items.
pub fn binding_names(extras: &[BindingOps<'_>]) -> Vec<BindingNames> {
    let mut types = Scope::with_reserved(&["Client", "Session", "Raw", "Hooks", "Logon", "Service"]);
    let mut fns = Scope::with_reserved(&["dispatch", "project_by_name"]);
    extras
        .iter()
        .map(|b| {
            let base = camel(&b.binding.name.name);
            BindingNames {
                client: types.claim(&format!("{base}Client")),
                service: types.claim(&format!("{base}Service")),
                dispatch: fns.claim(&format!("{}_dispatch", snake(&b.binding.name.name))),
            }
        })
        .collect()
}

/// "binding `X` (SOAP 1.2, portType `P`), served at service `S` port `Q`, ...".
fn describe(model: &Model, b: &Binding) -> String {
    let version = match b.soap_version {
        SoapVersion::Soap11 => "SOAP 1.1",
        SoapVersion::Soap12 => "SOAP 1.2",
    };
    let ports: Vec<String> = model
        .services
        .iter()
        .flat_map(|s| s.ports.iter().map(move |p| (s, p)))
        .filter(|(_, p)| p.binding == b.name)
        .map(|(s, p)| format!("`{}`/`{}`", s.name, p.name))
        .collect();
    let mut text = format!("binding `{}` ({version}, portType `{}`)", b.name.name, b.port_type.name);
    if !ports.is_empty() {
        text.push_str(&format!(", ports {}", ports.join(", ")));
    }
    text
}

/// The client structs of the extra bindings (items of the `client` module).
pub fn emit_clients(plan: &Plan<'_>, extras: &[BindingOps<'_>], names: &[BindingNames], headers: bool) -> TokenStream {
    let clients = extras.iter().zip(names).map(|(b, n)| {
        let id = ident(&n.client);
        let doc = format!(
            "The client of {}: every operation with every part an argument. It posts to the URL it is given, exactly.",
            describe(plan.model, b.binding)
        );
        let doc = doc_attr(&doc);
        let mut scope = Scope::with_reserved(&[
            "new",
            "new_default",
            "DEFAULT_ENDPOINT",
            "from_runtime",
            "runtime",
            "call",
            "call_deferred",
            "with_header",
            "headers",
            "call_with_headers",
        ]);
        let methods = b.ops.iter().map(|o| {
            let req = ident(&o.request);
            let (ret, map) = returns(o);
            let values = part_values(plan, Some(&o.op.input));
            let args: Vec<(TokenStream, TokenStream)> =
                o.inputs.iter().zip(values.iter()).map(|(p, v)| arg_decl(p, v)).collect();
            let decls = args.iter().map(|a| &a.0);
            let inits = args.iter().map(|a| &a.1);
            let m = ident(&scope.claim(&snake(&o.op.name)));
            let doc = doc_attr(&match &o.op.documentation {
                Some(d) => format!("`{}`: {d}", o.op.name),
                None => format!("Calls `{}`.", o.op.name),
            });
            quote! {
                #doc
                pub fn #m(&self, #(#decls),*) -> Result<#ret, ttsoap::Error> {
                    self.inner.call(super::ops::#req { #(#inits),* })#map
                }
            }
        });
        let default_endpoint =
            super::api::default_endpoint(plan.model.address_of(&b.binding.name), quote!(Self));
        let header_methods = headers.then(|| {
            quote! {
                /// A client sharing this one's connection that also writes header `value`
                /// into every request.
                pub fn with_header<H: ttsoap::Header>(&self, value: H) -> Self {
                    Self { inner: self.inner.with_header(value) }
                }

                /// Calls any operation with `headers` added for this call, and returns the
                /// response with the headers it carried.
                pub fn call_with_headers<O: ttsoap::Operation>(&self, op: impl ttsoap::Request<O>, headers: &ttsoap::Headers) -> Result<ttsoap::headers::Reply<O::Response>, ttsoap::Error> {
                    self.inner.call_with_headers(op, headers)
                }
            }
        });
        quote! {
            #doc
            #[derive(Clone, Debug)]
            pub struct #id {
                inner: ttsoap::Client,
            }

            impl #id {
                /// A client for the endpoint `url`, used exactly as given.
                pub fn new(url: &str) -> Result<Self, ttsoap::Error> {
                    Ok(Self { inner: ttsoap::Client::builder(url).exact_endpoint(true).build()? })
                }

                /// Wraps a configured runtime client.
                pub fn from_runtime(inner: ttsoap::Client) -> Self {
                    Self { inner }
                }

                /// The runtime client.
                pub fn runtime(&self) -> &ttsoap::Client {
                    &self.inner
                }

                /// Calls any operation.
                pub fn call<O: ttsoap::Operation>(&self, op: impl ttsoap::Request<O>) -> Result<O::Response, ttsoap::Error> {
                    self.inner.call(op)
                }

                #default_endpoint
                #header_methods
                #(#methods)*
            }
        }
    });
    quote!(#(#clients)*)
}

/// The service traits and dispatch functions of the extra bindings (items of `server`).
pub fn emit_services(
    plan: &Plan<'_>,
    extras: &[BindingOps<'_>],
    names: &[BindingNames],
) -> crate::error::Result<Vec<syn::File>> {
    extras
        .iter()
        .zip(names)
        .map(|(b, n)| {
            let doc = format!(" of {}", describe(plan.model, b.binding));
            super::server::emit_service(&b.ops, &n.service, &n.dispatch, &doc)
        })
        .collect()
}

/// One constant per service port with a `soap:address`: `PORT_ADDRESS`, or
/// `SERVICE_PORT_ADDRESS` when several services have a port of that name.
pub fn emit_addresses(model: &Model) -> TokenStream {
    let mut scope = Scope::with_reserved(&["NAMESPACES", "WSDL"]);
    let ports: Vec<_> = model.services.iter().flat_map(|s| s.ports.iter().map(move |p| (s, p))).collect();
    let shared = |name: &str| ports.iter().filter(|(_, p)| p.name == name).count() > 1;
    let items = ports.iter().filter_map(|(s, p)| {
        let address = p.address.as_deref()?;
        let name = if shared(&p.name) {
            format!("{}_{}_ADDRESS", shout(&s.name), shout(&p.name))
        } else {
            format!("{}_ADDRESS", shout(&p.name))
        };
        let id = ident(&scope.claim(&name));
        let doc = doc_attr(&format!(
            "The `soap:address` of service `{}` port `{}` (binding `{}`).",
            s.name, p.name, p.binding.name
        ));
        Some(quote!(#doc pub const #id: &str = #address;))
    });
    quote!(#(#items)*)
}
