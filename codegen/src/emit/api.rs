//! Emission of the `client` module: the typed `Client` (one method per operation without a
//! cookie, the cookie operations behind `Client::raw`), the `Session` (one method per cookie
//! operation, the cookie filled in), the edit-lock API ([`edits`](super::edits)), and, for
//! TestTrack-shaped WSDLs, `login`. What counts as a cookie operation, the logoff, the logon
//! family and an edit family is decided by [`conventions`](super::conventions).

use proc_macro2::TokenStream;
use quote::quote;

use super::call_methods::{splice, Builder, Init, Map, Method};
use super::conventions::{Conventions, FieldRef, LogonFamily, Value};
use super::doc_attr;
use super::edits::{emit_edits, emit_short_forms};
use super::names::{snake, Scope};
use super::ops::OpPlan;
use super::plan::ident;
use super::types::FieldPlan;
use crate::error::{CodegenError, Result};

/// A method parameter for part `f` holding `v`, and the request field initialiser: strings
/// and passwords are borrowed.
pub fn arg_decl(f: &FieldPlan, v: &Value) -> (TokenStream, TokenStream) {
    let id = ident(&f.rust);
    match v {
        Value::Str if f.mode == super::types::Mode::Required => (quote!(#id: &str), quote!(#id: #id.to_owned())),
        Value::Password if f.mode == super::types::Mode::Required => {
            (quote!(#id: &ttsoap::Password), quote!(#id: #id.clone()))
        }
        _ => {
            let t = &f.ty;
            (quote!(#id: #t), quote!(#id))
        }
    }
}

/// [`arg_decl`] for a built method: the parameter's name and type, and its initialiser.
fn param<'a>(f: &'a FieldPlan, v: &Value) -> (&'a str, TokenStream, Init) {
    match v {
        Value::Str if f.mode == super::types::Mode::Required => (&f.rust, quote!(&str), Init::Owned),
        Value::Password if f.mode == super::types::Mode::Required => (&f.rust, quote!(&ttsoap::Password), Init::Cloned),
        _ => {
            let t = &f.ty;
            (&f.rust, quote!(#t), Init::Shorthand)
        }
    }
}

/// A [`Method`] calling `request` with `args`.
fn builder_method<'a>(
    doc: &'a str,
    name: &'a str,
    args: &[(&'a str, TokenStream, Init)],
    ret: &TokenStream,
    request: &'a str,
    rest: bool,
    map: &Map,
) -> Method<'a> {
    Method {
        doc,
        name,
        params: args.iter().map(|(n, t, _)| (*n, t.clone())).collect(),
        ret: ret.clone(),
        request,
        inits: args.iter().map(|(n, _, i)| (*n, i.clone())).collect(),
        rest,
        map: map.clone(),
    }
}

/// The return type and the mapping from the response struct.
pub(crate) fn returns(o: &OpPlan<'_>) -> (TokenStream, TokenStream) {
    match o.outputs.as_slice() {
        [] => (quote!(()), quote!(.map(|_| ()))),
        [one] => {
            let t = &one.ty;
            let id = ident(&one.rust);
            (quote!(#t), quote!(.map(|r| r.#id)))
        }
        _ => {
            let r = ident(&o.response);
            (quote!(super::ops::#r), quote!())
        }
    }
}

/// `Some(v)` or `v` depending on whether the field is optional.
fn wrap(f: &FieldRef, v: TokenStream) -> TokenStream {
    if f.optional {
        quote!(Some(#v))
    } else {
        v
    }
}

/// An expression of type `Option<&T>` for field `f` of `base`.
fn get_ref(f: &FieldRef, base: TokenStream) -> TokenStream {
    let id = ident(&f.rust);
    if f.optional {
        quote!(#base.#id.as_ref())
    } else {
        quote!(Some(&#base.#id))
    }
}

/// TestTrack logon: `ttsoap::logon::Logon` implemented with the WSDL's operations and
/// types; the steps and the `DatabaseLogon` fallback are the runtime's.
fn emit_login(ops: &[OpPlan<'_>], c: &Conventions, l: &LogonFamily) -> (TokenStream, TokenStream) {
    let (list, plogon, dlogon) = (&ops[l.list], &ops[l.project_logon], &ops[l.database_logon]);
    let password = |i: usize, p: usize| {
        if c.input_is(i, p, &Value::Password) {
            quote!(c.password.clone())
        } else {
            quote!(c.password.expose().to_owned())
        }
    };
    let cookie = |i: usize, o: &OpPlan<'_>| {
        let id = ident(&o.outputs[0].rust);
        if c.values[i].outputs.first() == Some(&Value::Cookie) {
            quote!(r.#id)
        } else {
            quote!(ttsoap::Cookie::new(r.#id))
        }
    };
    let (proj_ty, db_ty, opt_ty) = (ident(&l.project_ty), ident(&l.database_ty), ident(&l.option_ty));
    let list_req = ident(&list.request);
    let list_out = ident(&list.outputs[0].rust);
    let (lu, lp) = (ident(&list.inputs[0].rust), ident(&list.inputs[1].rust));
    let lp_val = password(l.list, 1);
    let plogon_req = ident(&plogon.request);
    let (pp, pu, ppw) = (ident(&plogon.inputs[0].rust), ident(&plogon.inputs[1].rust), ident(&plogon.inputs[2].rust));
    let ppw_val = password(l.project_logon, 2);
    let pcookie = cookie(l.project_logon, plogon);
    let dlogon_req = ident(&dlogon.request);
    let (dd, du, dpw) = (ident(&dlogon.inputs[0].rust), ident(&dlogon.inputs[1].rust), ident(&dlogon.inputs[2].rust));
    let dpw_val = password(l.database_logon, 2);
    let dcookie = cookie(l.database_logon, dlogon);
    let db_field = ident(&l.database.rust);
    let opts_field = ident(&l.options);
    let dbname_field = ident(&l.database_name.rust);
    let optname_field = ident(&l.option_name.rust);
    let name_of_db = get_ref(&l.database_name, quote!(d));
    let db_of_proj = get_ref(&l.database, quote!(p));
    let name_val = wrap(&l.database_name, quote!(project.to_owned()));
    let db_val = wrap(&l.database, quote!(super::types::#db_ty { #dbname_field: #name_val, ..Default::default() }));
    let opt_val = wrap(&l.option_name, quote!(o.to_string()));
    let items = quote! {
        pub use ttsoap::logon::{Credentials, LogonMethod, ALL_DATA_OPTIONS};

        /// The project `name` as a `ProjectLogon` argument, with every data option.
        pub fn project_by_name(project: &str) -> super::types::#proj_ty {
            super::types::#proj_ty {
                #db_field: #db_val,
                #opts_field: ALL_DATA_OPTIONS.iter().map(|o| super::types::#opt_ty { #optname_field: #opt_val, ..Default::default() }).collect(),
                ..Default::default()
            }
        }

        /// This WSDL's logon operations, for `ttsoap::logon::logon`.
        struct Logon;

        impl ttsoap::logon::Logon for Logon {
            type Project = super::types::#proj_ty;
            fn projects(client: &ttsoap::Client, c: &Credentials) -> Result<Vec<Self::Project>, ttsoap::Error> {
                client.call(super::ops::#list_req { #lu: c.user.clone(), #lp: #lp_val }).map(|r| r.#list_out)
            }
            fn project_name(p: &Self::Project) -> Option<&str> {
                #db_of_proj.and_then(|d| #name_of_db).map(String::as_str)
            }
            fn project_by_name(name: &str) -> Self::Project {
                project_by_name(name)
            }
            fn with_options(mut project: Self::Project, options: &[String]) -> Self::Project {
                project.#opts_field = options.iter().map(|o| super::types::#opt_ty { #optname_field: #opt_val, ..Default::default() }).collect();
                project
            }
            fn project_logon(client: &ttsoap::Client, project: Self::Project, c: &Credentials) -> Result<ttsoap::Cookie, ttsoap::Error> {
                let r = client.call(super::ops::#plogon_req { #pp: project, #pu: c.user.clone(), #ppw: #ppw_val })?;
                Ok(#pcookie)
            }
            fn database_logon(client: &ttsoap::Client, c: &Credentials) -> Result<ttsoap::Cookie, ttsoap::Error> {
                let r = client.call(super::ops::#dlogon_req { #dd: c.project.clone(), #du: c.user.clone(), #dpw: #dpw_val })?;
                Ok(#dcookie)
            }
        }
    };
    let client_methods = quote! {
        /// Logs on to `project` as `user` (`ProjectLogon` with the project as `getProjectList`
        /// reports it, falling back to `DatabaseLogon`) and returns the session. The session
        /// logs off when dropped.
        pub fn login(&self, project: &str, user: &str, password: impl Into<ttsoap::Password>) -> Result<Session, ttsoap::Error> {
            self.login_with(Credentials::new(project, user, password))
        }

        /// Logs on with explicit credentials and method.
        pub fn login_with(&self, credentials: Credentials) -> Result<Session, ttsoap::Error> {
            let cookie = ttsoap::logon::logon::<Logon>(&self.inner, &credentials)?;
            let hooks = std::sync::Arc::new(Hooks { credentials: Some(credentials) });
            Ok(Session { inner: ttsoap::Session::new(self.inner.clone(), cookie, hooks) })
        }
    };
    (items, client_methods)
}

/// `DEFAULT_ENDPOINT` (the port's `soap:address`) and `new_default()` for a client type
/// `me`, when the binding has a port with an address.
pub(crate) fn default_endpoint(address: Option<&str>, me: TokenStream) -> TokenStream {
    let Some(address) = address else { return quote!() };
    quote! {
        /// The `soap:address` of the binding's port in the WSDL.
        pub const DEFAULT_ENDPOINT: &'static str = #address;

        /// A client for [`Self::DEFAULT_ENDPOINT`], used exactly as written in the WSDL.
        pub fn new_default() -> Result<Self, ttsoap::Error> {
            Ok(#me { inner: ttsoap::Client::builder(Self::DEFAULT_ENDPOINT).exact_endpoint(true).build()? })
        }
    }
}

/// The SOAP header methods of `Client` and `Session`, for a WSDL that declares headers.
fn header_methods(has_headers: bool) -> (TokenStream, TokenStream) {
    if !has_headers {
        return (quote!(), quote!());
    }
    let client = quote! {
        /// A client sharing this one's connection that also writes header `value` into every
        /// request (replacing a header of the same element).
        pub fn with_header<H: ttsoap::Header>(&self, value: H) -> Client {
            Client { inner: self.inner.with_header(value) }
        }

        /// The headers written into every request.
        pub fn headers(&self) -> &ttsoap::Headers {
            self.inner.headers()
        }

        /// Calls any operation with `headers` added for this call, and returns the response
        /// with the headers it carried.
        pub fn call_with_headers<O: ttsoap::Operation>(&self, op: impl ttsoap::Request<O>, headers: &ttsoap::Headers) -> Result<ttsoap::headers::Reply<O::Response>, ttsoap::Error> {
            self.inner.call_with_headers(op, headers)
        }
    };
    let session = quote! {
        /// Writes header `value` into every call of this session (replacing a header of the
        /// same element).
        pub fn set_header<H: ttsoap::Header>(&self, value: H) {
            self.inner.set_header(value);
        }

        /// This session's headers (the client's are added on every call).
        pub fn headers(&self) -> ttsoap::Headers {
            self.inner.headers()
        }

        /// Calls any cookie operation with `headers` added for this call, and returns the
        /// response with the headers it carried.
        pub fn call_with_headers<O: ttsoap::CookieOperation>(&self, op: impl ttsoap::Request<O>, headers: &ttsoap::Headers) -> Result<ttsoap::headers::Reply<O::Response>, ttsoap::Error> {
            self.inner.call_with_headers(op, headers)
        }
    };
    (client, session)
}

/// The names of the methods `Client` has besides the operations: only these push an
/// operation's method to a suffixed name (`login_2`), so an operation called `login` keeps
/// `login` unless the client has TestTrack's logon helper of that name.
fn client_helpers(ops: &[OpPlan<'_>], c: &Conventions, has_headers: bool) -> Vec<&'static str> {
    let mut names = vec!["new", "new_default", "DEFAULT_ENDPOINT", "runtime", "from_runtime", "call", "call_deferred"];
    if has_headers {
        names.extend(["with_header", "headers", "call_with_headers"]);
    }
    if Conventions::has_cookie_session(ops) {
        names.extend(["session_from_cookie", "raw"]);
    }
    if Conventions::has_cookie_session(ops) || !c.session_parts.is_empty() {
        names.push("session");
    }
    if c.logon.is_some() {
        names.extend(["login", "login_with"]);
    }
    names
}

/// The whole `client` module body.
pub fn emit_api(ops: &[OpPlan<'_>], c: &Conventions, has_headers: bool, address: Option<&str>) -> Result<syn::File> {
    let (client_headers, session_headers) = header_methods(has_headers);
    let (new_doc, new_body) = if c.testtrack_endpoint() {
        (
            "A client for the endpoint `url` (base URL, CGI URL or WSDL URL, normalised to the CGI).",
            quote!(ttsoap::Client::new(url)?),
        )
    } else {
        (
            "A client for the endpoint `url`, used exactly as given.",
            quote!(ttsoap::Client::builder(url).exact_endpoint(true).build()?),
        )
    };
    let new_doc = doc_attr(new_doc);
    let default_endpoint = default_endpoint(address, quote!(Client));
    let mut client_scope = Scope::with_reserved(&client_helpers(ops, c, has_headers));
    let mut raw_scope = Scope::with_reserved(&["call", "call_deferred"]);
    let mut session_scope = Scope::with_reserved(&[
        "set_header",
        "headers",
        "call_with_headers",
        "runtime",
        "cookie",
        "logoff",
        "into_cookie",
        "set_auto_relogon",
        "from_cookie",
        "client",
        "call",
        "call_deferred",
        "server_version",
    ]);
    let (markers, edit_methods, claimed) = emit_edits(ops, c, &mut session_scope);
    let edit_ops: Vec<usize> = c.edits.iter().flat_map(|f| f.edits.iter().map(|e| e.op)).collect();
    let mut client_methods = Vec::new();
    let mut raw_methods = Vec::new();
    let mut session_methods = Vec::new();
    let mut builder = Builder::new();
    for (i, o) in ops.iter().enumerate() {
        let doc = super::doc_text(&match &o.op.documentation {
            Some(d) => format!("`{}`: {d}", o.op.name),
            None => format!("Calls `{}`.", o.op.name),
        });
        let (ret, _) = returns(o);
        let map = match o.outputs.as_slice() {
            [] => Map::Unit,
            [one] => Map::Field(one.rust.clone()),
            _ => Map::Whole,
        };
        let args: Vec<(&str, TokenStream, Init)> =
            o.inputs.iter().zip(&c.values[i].inputs).map(|(p, v)| param(p, v)).collect();
        let (scope, methods) =
            if o.has_cookie { (&mut raw_scope, &mut raw_methods) } else { (&mut client_scope, &mut client_methods) };
        let name = scope.claim(&snake(&o.op.name));
        methods.push(builder.build(&builder_method(&doc, &name, &args, &ret, &o.request, false, &map)));
        if o.has_cookie && !edit_ops.contains(&i) {
            let sm = session_scope.claim(&snake(&o.op.name));
            session_methods.push(builder.build(&builder_method(&doc, &sm, &args[1..], &ret, &o.request, true, &map)));
        }
    }
    let short_forms = emit_short_forms(ops, c, &claimed, &mut session_scope);
    let logoff_body = match c.logoff.map(|i| &ops[i]) {
        Some(o) => {
            let req = ident(&o.request);
            let f = ident(&o.inputs[0].rust);
            quote!(client.call(super::ops::#req { #f: cookie }).map(|_| ()))
        }
        None => quote!({
            let _ = (client, cookie);
            Ok(())
        }),
    };
    let (login_items, login_methods, relogon, creds_field, creds_init) = match &c.logon {
        Some(l) => {
            let (items, methods) = emit_login(ops, c, l);
            let relogon = quote!(self.credentials.as_ref().map(|c| ttsoap::logon::logon::<Logon>(client, c)));
            (items, methods, relogon, quote!(credentials: Option<Credentials>,), quote!(credentials: None))
        }
        None => (
            quote!(),
            quote!(),
            quote!({
                let _ = client;
                None
            }),
            quote!(),
            quote!(),
        ),
    };
    let cookie_client_methods = quote! {
            /// Every operation with every part an argument, the cookie included.
            pub fn raw(&self) -> Raw<'_> {
                Raw { inner: &self.inner }
            }

            /// Resumes a session from an existing cookie. It logs off when dropped (use
            /// `Session::into_cookie` to hand it on instead).
            pub fn session_from_cookie(&self, cookie: ttsoap::Cookie) -> Session {
                let hooks = std::sync::Arc::new(Hooks { #creds_init });
                Session { inner: ttsoap::Session::new(self.inner.clone(), cookie, hooks) }
            }

    };
    let cookie_items = quote! {
        /// The cookie operations with the cookie as their first argument (`Client::raw`),
        /// for a cookie managed outside a `Session`.
        #[derive(Clone, Copy, Debug)]
        pub struct Raw<'c> {
            inner: &'c ttsoap::Client,
        }

        impl Raw<'_> {
            fn __raw_methods() {}
        }

        #login_items

        struct Hooks {
            #creds_field
        }

        impl ttsoap::session::SessionHooks for Hooks {
            fn logoff(&self, client: &ttsoap::Client, cookie: ttsoap::Cookie) -> Result<(), ttsoap::Error> {
                #logoff_body
            }
            fn relogon(&self, client: &ttsoap::Client) -> Option<Result<ttsoap::Cookie, ttsoap::Error>> {
                #relogon
            }
        }

        /// A logged-on session: every cookie operation without the cookie argument, edit-lock
        /// guards, and log-off on drop. Calls on one session are serialised.
        #[derive(Debug)]
        pub struct Session {
            inner: ttsoap::Session,
        }

        impl Session {
            /// Resumes a session from an existing cookie, e.g. one handed over by another
            /// process. It logs off when dropped; `into_cookie` hands it on instead.
            pub fn from_cookie(client: &Client, cookie: ttsoap::Cookie) -> Session {
                client.session_from_cookie(cookie)
            }

            /// The runtime session (cookie, client, generic `call`).
            pub fn runtime(&self) -> &ttsoap::Session {
                &self.inner
            }

            /// Calls any cookie operation with this session's cookie (`call(op)` or
            /// `call(&op)`, like `Client::call`).
            pub fn call<O: ttsoap::CookieOperation>(&self, op: impl ttsoap::Request<O>) -> Result<O::Response, ttsoap::Error> {
                self.inner.call(op)
            }

            /// Like `call`, but keeps the response undecoded: decode it whole, or read one of
            /// its arrays item by item (`RawResponse::items`).
            pub fn call_deferred<O: ttsoap::CookieOperation>(&self, op: impl ttsoap::Request<O>) -> Result<ttsoap::RawResponse<O>, ttsoap::Error> {
                self.inner.call_deferred(op)
            }

            /// The server's version (`getServerVersion`, or what its faults reveal).
            pub fn server_version(&self) -> Result<ttsoap::ServerVersion, ttsoap::Error> {
                self.inner.server_version()
            }

            /// The session cookie.
            pub fn cookie(&self) -> ttsoap::Cookie {
                self.inner.cookie()
            }

            /// Logs off now and reports any error (`Session Dropped.` is not one).
            pub fn logoff(self) -> Result<(), ttsoap::Error> {
                self.inner.logoff()
            }

            /// Gives up the session without logging off and returns its cookie.
            pub fn into_cookie(self) -> ttsoap::Cookie {
                self.inner.into_cookie()
            }

            /// Log on again and retry once when a read-only call finds the session dropped.
            pub fn set_auto_relogon(&self, on: bool) {
                self.inner.set_auto_relogon(on);
            }

            #session_headers
            #edit_methods
            fn __session_methods() {}
            #short_forms
        }

        #markers
    };
    let (cookie_client_methods, cookie_items, client_doc) = if Conventions::has_cookie_session(ops) {
        let doc = quote! {
            /// The typed client: one method per operation that needs no session (`login`,
            /// `getProjectList`, ...); the cookie operations are on `Session`, or on `raw()` with
            /// the cookie as an argument.
        };
        (cookie_client_methods, cookie_items, doc)
    } else {
        (quote!(), quote!(), doc_attr("The typed client: one method per operation, every part an argument."))
    };
    let (session_items, session_method) = super::session_parts::emit_session(ops, c);
    let tokens = quote! {
        #client_doc
        #[derive(Clone, Debug)]
        pub struct Client {
            inner: ttsoap::Client,
        }

        impl Client {
            #new_doc
            pub fn new(url: &str) -> Result<Self, ttsoap::Error> {
                Ok(Client { inner: #new_body })
            }

            #default_endpoint

            /// Wraps a configured runtime client (timeouts, TLS, strict mode...).
            pub fn from_runtime(inner: ttsoap::Client) -> Self {
                Client { inner }
            }

            /// The runtime client.
            pub fn runtime(&self) -> &ttsoap::Client {
                &self.inner
            }

            /// Calls any operation (`call(op)` or `call(&op)`).
            pub fn call<O: ttsoap::Operation>(&self, op: impl ttsoap::Request<O>) -> Result<O::Response, ttsoap::Error> {
                self.inner.call(op)
            }

            /// Like `call`, but keeps the response undecoded (to stream one of its arrays).
            pub fn call_deferred<O: ttsoap::Operation>(&self, op: impl ttsoap::Request<O>) -> Result<ttsoap::RawResponse<O>, ttsoap::Error> {
                self.inner.call_deferred(op)
            }

            #cookie_client_methods
            #client_headers
            #session_method
            #login_methods
            fn __client_methods() {}
        }

        #session_items

        #cookie_items
    };
    // The per-operation methods are built as syntax trees (see `call_methods`).
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| CodegenError::Emit(e.to_string()))?;
    splice(&mut file, "__client_methods", client_methods);
    splice(&mut file, "__raw_methods", raw_methods);
    splice(&mut file, "__session_methods", session_methods);
    Ok(file)
}
