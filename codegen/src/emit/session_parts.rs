//! Session parts: the credentials or token a service takes as the first parts of (nearly)
//! every operation (MantisBT's `username`, `password`), which a generated `Session` fills in.
//!
//! The rule, for a WSDL without TestTrack's `cookie` operations: the leading parts, one
//! position at a time, that have the same name and the same Rust type in at least 80% of the
//! operations (and in at least two). A build script can name them instead
//! (`Builder::session_parts(["username", "password"])`); then an operation gets a session
//! method when its input starts with exactly those parts (same names, in order, and the same
//! types as in the first operation that has them). A logon that returns a session part's
//! value (JIRA's `login` returning the token) is how a session is obtained: it stays on
//! `Client` only.

use proc_macro2::TokenStream;
use quote::quote;

use super::api::{arg_decl, returns};
use super::conventions::Conventions;
use super::doc_attr;
use super::names::{snake, Scope};
use super::ops::OpPlan;
use super::plan::ident;

/// The share of operations the leading parts must lead, as a fraction `NUM/DEN`.
const SHARE: (usize, usize) = (4, 5);

/// The key a leading part is compared by: wire name and Rust type.
fn key(o: &OpPlan<'_>, k: usize) -> Option<(String, String)> {
    o.inputs.get(k).map(|p| (p.wire.clone(), p.ty.to_string()))
}

/// The session parts of `ops` by the rule (see the module doc), or the `named` ones.
pub fn find(ops: &[OpPlan<'_>], named: Option<&[String]>) -> Vec<(String, String)> {
    if ops.iter().any(|o| o.has_cookie) {
        return Vec::new();
    }
    if let Some(names) = named {
        let Some(first) = ops
            .iter()
            .find(|o| names.len() <= o.inputs.len() && names.iter().zip(&o.inputs).all(|(n, p)| &p.wire == n))
        else {
            return Vec::new();
        };
        return (0..names.len()).filter_map(|k| key(first, k)).collect();
    }
    let mut prefix: Vec<(String, String)> = Vec::new();
    loop {
        let k = prefix.len();
        // Among the operations that start with the prefix so far, the most common next part
        // (the first seen wins a tie, so the result does not depend on hashing).
        let mut counts: Vec<((String, String), usize)> = Vec::new();
        for o in ops.iter().filter(|o| leads(o, &prefix)) {
            let Some(next) = key(o, k) else { continue };
            match counts.iter_mut().find(|(c, _)| *c == next) {
                Some((_, n)) => *n += 1,
                None => counts.push((next, 1)),
            }
        }
        let best = counts.iter().fold(None::<&((String, String), usize)>, |b, c| match b {
            Some(b) if b.1 >= c.1 => Some(b),
            _ => Some(c),
        });
        match best {
            Some((next, n)) if *n >= 2 && n * SHARE.1 >= ops.len() * SHARE.0 => prefix.push(next.clone()),
            _ => return prefix,
        }
    }
}

/// True when `o`'s input starts with `parts`.
pub fn leads(o: &OpPlan<'_>, parts: &[(String, String)]) -> bool {
    parts.iter().enumerate().all(|(k, p)| key(o, k).as_ref() == Some(p))
}

/// True when `o` is how a session is obtained rather than a call within one: a logon (its
/// snake-case name is `login`/`logon` or ends in `_login`/`_logon`) whose one result has the
/// type of a session part. JIRA's `login(in0, in1)` returns the token every other operation
/// takes as `in0`: a session method would send the token as the user name.
fn issues_session(o: &OpPlan<'_>, parts: &[(String, String)]) -> bool {
    let name = snake(&o.op.name);
    let logon = ["login", "logon"].iter().any(|l| name == *l || name.ends_with(&format!("_{l}")));
    let result = match o.outputs.as_slice() {
        [only] => only.ty.to_string(),
        _ => return false,
    };
    logon && parts.iter().any(|(_, ty)| *ty == result)
}

/// True when `o` gets a session method: it starts with `parts` and does not issue them.
fn in_session(o: &OpPlan<'_>, parts: &[(String, String)]) -> bool {
    leads(o, parts) && !issues_session(o, parts)
}

/// The `Session` of a service with session parts: `Client::session(parts...)` and one method
/// per operation that starts with them, the parts filled in. Items of the `client` module
/// (`client_methods` go into `impl Client`).
pub fn emit_session(ops: &[OpPlan<'_>], c: &Conventions) -> (TokenStream, TokenStream) {
    let parts = &c.session_parts;
    if parts.is_empty() {
        return (quote!(), quote!());
    }
    let Some((first_i, first)) = ops.iter().enumerate().find(|(_, o)| in_session(o, parts)) else {
        return (quote!(), quote!());
    };
    let n = parts.len();
    let fields: Vec<_> = first.inputs[..n].iter().collect();
    let names: Vec<_> = fields.iter().map(|f| ident(&f.rust)).collect();
    let tys: Vec<_> = fields.iter().map(|f| &f.ty).collect();
    let args: Vec<(TokenStream, TokenStream)> =
        fields.iter().zip(&c.values[first_i].inputs).map(|(f, v)| arg_decl(f, v)).collect();
    let decls = args.iter().map(|a| &a.0);
    let inits = args.iter().map(|a| &a.1);
    let listed = fields.iter().map(|f| format!("`{}`", f.wire)).collect::<Vec<_>>().join(", ");
    let mut scope = Scope::with_reserved(&["client", "call"]);
    let methods = ops.iter().enumerate().filter(|(_, o)| in_session(o, parts)).map(|(i, o)| {
        let req = ident(&o.request);
        let (ret, map) = returns(o);
        let rest: Vec<(TokenStream, TokenStream)> =
            o.inputs[n..].iter().zip(&c.values[i].inputs[n..]).map(|(p, v)| arg_decl(p, v)).collect();
        let rdecls = rest.iter().map(|a| &a.0);
        let rinits = rest.iter().map(|a| &a.1);
        let m = ident(&scope.claim(&snake(&o.op.name)));
        let doc = doc_attr(&match &o.op.documentation {
            Some(d) => format!("`{}` with this session's {listed}: {d}", o.op.name),
            None => format!("Calls `{}` with this session's {listed}.", o.op.name),
        });
        quote! {
            #doc
            pub fn #m(&self, #(#rdecls),*) -> Result<#ret, ttsoap::Error> {
                self.client.inner.call(super::ops::#req { #(#names: self.#names.clone(),)* #(#rinits),* })#map
            }
        }
    });
    let doc = doc_attr(&format!(
        "A session: the operations that take {listed} first, with those parts filled in. \
         Passwords are `ttsoap::Password` (never shown by `Debug`). There is nothing to log off."
    ));
    let items = quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct Session {
            client: Client,
            #(#names: #tys,)*
        }

        impl Session {
            /// The client this session calls through.
            pub fn client(&self) -> &Client {
                &self.client
            }

            #(#methods)*
        }
    };
    let session_doc = doc_attr(&format!("A session that fills in {listed} on every call."));
    let client_methods = quote! {
        #session_doc
        pub fn session(&self, #(#decls),*) -> Session {
            Session { client: self.clone(), #(#inits,)* }
        }
    };
    (items, client_methods)
}
