//! Emission of the edit-lock API from the edit families [`conventions`](super::conventions)
//! found: a marker type implementing `ttsoap::edit::Editable` per family, and per edit
//! operation the `Session` methods `edit_x` (guard), `try_edit_x`, `with_x` (closure),
//! `try_with_x`, and the short forms `update_x`/`try_update_x` that leave out the parts
//! with an obvious default and take a closure that cannot fail.

use proc_macro2::TokenStream;
use quote::quote;

use super::api::arg_decl;
use super::conventions::{Conventions, EditFamily, EditOp, PartDefault, Target, Value};
use super::doc_attr;
use super::names::{snake, Scope};
use super::ops::OpPlan;
use super::plan::ident;

/// The tail of an operation answering `result`: `ttsoap::edit::check_result`, else `Ok(())`.
pub fn result_check(ops: &[OpPlan<'_>], c: &Conventions, i: usize) -> TokenStream {
    let name = &ops[i].op.name;
    if c.checks_result(ops, i) {
        quote!(ttsoap::edit::check_result(#name, r.result))
    } else {
        quote!({
            let _ = r;
            Ok(())
        })
    }
}

fn marker(ops: &[OpPlan<'_>], c: &Conventions, f: &EditFamily) -> TokenStream {
    let marker = ident(&f.marker);
    let entity = &f.entity;
    let ety = ident(&f.entity_ty);
    let rec = ident(&f.record_field);
    let save = &ops[f.save];
    let save_req = ident(&save.request);
    let save_field = ident(&save.inputs[save.inputs.len() - 1].rust);
    let save_check = result_check(ops, c, f.save);
    let key_values = f.save_keys.iter().map(|(_, field)| {
        let id = ident(&field.rust);
        if field.optional {
            quote!(e.#id.clone().unwrap_or_default())
        } else {
            quote!(e.#id.clone())
        }
    });
    let key_parts = f.save_keys.iter().enumerate().map(|(i, (part, _))| {
        let id = ident(part);
        quote!(#id: key.get(#i).cloned().unwrap_or_default(),)
    });
    let (keyed, save_body) = if f.save_keys.is_empty() {
        let body = quote! {
            let r = s.call(super::ops::#save_req { #save_field: e.clone(), ..Default::default() })?;
            #save_check
        };
        (quote!(), body)
    } else {
        let keyed = quote! {
            fn save_key(e: &Self::Entity) -> Vec<String> { vec![#(#key_values),*] }
            fn save_keyed(s: &ttsoap::Session, key: &[String], e: &Self::Entity) -> Result<(), ttsoap::Error> {
                let r = s.call(super::ops::#save_req { #(#key_parts)* #save_field: e.clone(), ..Default::default() })?;
                #save_check
            }
        };
        (keyed, quote!(Self::save_keyed(s, &Self::save_key(e), e)))
    };
    let cancel = &ops[f.cancel];
    let cancel_req = ident(&cancel.request);
    let cancel_field = ident(&cancel.inputs[1].rust);
    let cancel_check = result_check(ops, c, f.cancel);
    let edit_names: Vec<&str> = f.edits.iter().map(|e| ops[e.op].op.name.as_str()).collect();
    let doc = doc_attr(&format!(
        "Edit lock on a {entity}: `{}` / `{}` / `{}`. Used with `EditGuard`.",
        edit_names.join("`, `"),
        save.op.name,
        cancel.op.name
    ));
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, Default)]
        pub struct #marker;

        impl ttsoap::edit::Editable for #marker {
            type Entity = super::types::#ety;
            const ENTITY: &'static str = #entity;
            fn record_id(e: &Self::Entity) -> i64 { e.#rec }
            fn save(s: &ttsoap::Session, e: &Self::Entity) -> Result<(), ttsoap::Error> {
                #save_body
            }
            #keyed
            fn cancel(s: &ttsoap::Session, record_id: i64) -> Result<(), ttsoap::Error> {
                let r = s.call(super::ops::#cancel_req { #cancel_field: record_id, ..Default::default() })?;
                #cancel_check
            }
        }
    }
}

/// The `EditTarget` expression for edit `e`.
fn target(ops: &[OpPlan<'_>], c: &Conventions, f: &EditFamily, e: &EditOp) -> TokenStream {
    let o = &ops[e.op];
    match &e.target {
        Target::Part(p) => {
            let id = ident(p);
            quote!(ttsoap::edit::EditTarget::RecordId(#id))
        }
        Target::Lookup(g) => {
            let rec = ident(&f.record_field);
            let get = &ops[*g];
            let get_req = ident(&get.request);
            let get_out = ident(&get.outputs[0].rust);
            let fields = get.inputs.iter().zip(&o.inputs).enumerate().skip(1).map(|(i, (gp, ep))| {
                let (gf, ef) = (ident(&gp.rust), ident(&ep.rust));
                if c.input_is(e.op, i, &Value::Str) {
                    quote!(#gf: #ef.to_owned())
                } else {
                    quote!(#gf: #ef.clone())
                }
            });
            quote!(ttsoap::edit::EditTarget::Lookup(Box::new(move |s: &ttsoap::Session| {
                s.call(super::ops::#get_req { #(#fields,)* ..Default::default() }).map(|r| r.#get_out.#rec)
            })))
        }
        Target::Unknown => quote!(ttsoap::edit::EditTarget::Unknown),
    }
}

/// The names `methods` gave an edit's closure forms, for its short forms.
pub struct Claimed {
    with_m: proc_macro2::Ident,
    try_with_m: proc_macro2::Ident,
    ety: TokenStream,
    decls: Vec<TokenStream>,
}

fn methods(
    ops: &[OpPlan<'_>],
    c: &Conventions,
    f: &EditFamily,
    e: &EditOp,
    scope: &mut Scope,
) -> (TokenStream, Claimed) {
    let o = &ops[e.op];
    let marker = ident(&f.marker);
    let entity = &f.entity;
    let ety = ident(&f.entity_ty);
    let ety = quote!(super::types::#ety);
    let req = ident(&o.request);
    let out = ident(&o.outputs[0].rust);
    let args: Vec<(TokenStream, TokenStream)> =
        o.inputs.iter().enumerate().skip(1).map(|(i, p)| arg_decl(p, &c.values[e.op].inputs[i])).collect();
    let decls: Vec<&TokenStream> = args.iter().map(|a| &a.0).collect();
    let inits: Vec<&TokenStream> = args.iter().map(|a| &a.1).collect();
    let target = target(ops, c, f, e);
    let call = quote! {
        ttsoap::edit::begin_edit::<#marker>(s, #target, |s| {
            s.call(super::ops::#req { #(#inits,)* ..Default::default() }).map(|r| r.#out)
        })
    };
    let name = &o.op.name;
    let rest = name.strip_prefix("edit").unwrap_or(name);
    let edit_m = ident(&scope.claim(&snake(name)));
    let try_m = ident(&scope.claim(&format!("try_{}", snake(name))));
    let with_m = ident(&scope.claim(&format!("with_{}", snake(rest))));
    let try_with_m = ident(&scope.claim(&format!("try_{with_m}")));
    let d1 = doc_attr(&format!(
        "`{name}`: locks the {entity} and returns a guard that derefs to it. `save()` or `cancel()` \
         the guard; dropping it cancels the lock."
    ));
    let d2 = doc_attr(&format!(
        "Like `{}`, but a lock held by someone else (detail 22) is `EditAttempt::LockedElsewhere`, not an error.",
        snake(name)
    ));
    let d3 = doc_attr(&format!(
        "Locks the {entity} with `{name}`, runs `f` on it, saves on `Ok` and cancels on `Err` or panic."
    ));
    let d4 = doc_attr(&format!(
        "Like `{with_m}`, but returns an `EditOutcome`: a lock held elsewhere (detail 22) is an outcome to check, not an error."
    ));
    let claimed = Claimed {
        with_m: with_m.clone(),
        try_with_m: try_with_m.clone(),
        ety: ety.clone(),
        decls: decls.iter().map(|d| (*d).clone()).collect(),
    };
    let tokens = quote! {
        #d1
        pub fn #edit_m(&self, #(#decls),*) -> Result<ttsoap::edit::EditGuard<'_, #marker>, ttsoap::Error> {
            let s: &ttsoap::Session = &self.inner;
            let e = #call?;
            Ok(ttsoap::edit::EditGuard::new(s, e))
        }
        #d2
        pub fn #try_m(&self, #(#decls),*) -> Result<ttsoap::edit::EditAttempt<'_, #marker>, ttsoap::Error> {
            let s: &ttsoap::Session = &self.inner;
            let e = #call;
            ttsoap::edit::EditGuard::try_new(s, e)
        }
        #d3
        pub fn #with_m<T, E: From<ttsoap::Error>>(&self, #(#decls,)* f: impl FnOnce(&mut #ety) -> Result<T, E>) -> Result<T, E> {
            ttsoap::edit::with_edit::<#marker, T, E>(&self.inner, |s| #call, f)
        }
        #d4
        pub fn #try_with_m<T, E>(&self, #(#decls,)* f: impl FnOnce(&mut #ety) -> Result<T, E>) -> ttsoap::edit::EditOutcome<T, E> {
            ttsoap::edit::try_with_edit::<#marker, T, E>(&self.inner, |s| #call, f)
        }
    };
    (tokens, claimed)
}

/// `update_x(number, |d| ...)` and `try_update_x`: the parts with a default left out, and a
/// closure that returns its value (`()` usually) rather than a `Result`.
fn short_form(o: &OpPlan<'_>, e: &EditOp, claimed: &Claimed, scope: &mut Scope) -> TokenStream {
    let Claimed { with_m, try_with_m, ety, decls } = claimed;
    if e.defaults.iter().all(|d| *d == PartDefault::None) {
        return quote!();
    }
    let name = &o.op.name;
    let rest = name.strip_prefix("edit").unwrap_or(name);
    let kept: Vec<&TokenStream> =
        decls.iter().zip(&e.defaults).filter(|(_, d)| **d == PartDefault::None).map(|(t, _)| t).collect();
    let passed: Vec<TokenStream> = o.inputs[1..]
        .iter()
        .zip(&e.defaults)
        .map(|(p, d)| match d {
            PartDefault::None => {
                let id = ident(&p.rust);
                quote!(#id)
            }
            PartDefault::EmptyString => quote!(""),
            PartDefault::False => quote!(false),
        })
        .collect();
    let left_out: Vec<String> = o.inputs[1..]
        .iter()
        .zip(&e.defaults)
        .filter_map(|(p, d)| match d {
            PartDefault::None => None,
            PartDefault::EmptyString => Some(format!("`{}` \"\"", p.rust)),
            PartDefault::False => Some(format!("`{}` false", p.rust)),
        })
        .collect();
    let left_out = left_out.join(", ");
    let update_m = ident(&scope.claim(&format!("update_{}", snake(rest))));
    let try_update_m = ident(&scope.claim(&format!("try_{update_m}")));
    let d1 = doc_attr(&format!(
        "Short form of `{with_m}` ({left_out}): locks the record, runs `f` on it and saves; \
         a panic in `f` cancels the lock."
    ));
    let d2 = doc_attr(&format!("Short form of `{try_with_m}` ({left_out}): how the edit ended, as an `EditOutcome`."));
    quote! {
        #d1
        pub fn #update_m<T>(&self, #(#kept,)* f: impl FnOnce(&mut #ety) -> T) -> Result<T, ttsoap::Error> {
            self.#with_m(#(#passed,)* |e| Ok(f(e)))
        }
        #d2
        pub fn #try_update_m<T>(&self, #(#kept,)* f: impl FnOnce(&mut #ety) -> T) -> ttsoap::edit::EditOutcome<T> {
            self.#try_with_m(#(#passed,)* |e| Ok(f(e)))
        }
    }
}

/// The marker types and the `Session` methods of every edit family; the short forms come
/// from [`emit_short_forms`], after every operation has claimed its name.
pub fn emit_edits(ops: &[OpPlan<'_>], c: &Conventions, scope: &mut Scope) -> (TokenStream, TokenStream, Vec<Claimed>) {
    let markers = c.edits.iter().map(|f| marker(ops, c, f));
    let mut out = Vec::new();
    let mut claimed = Vec::new();
    for f in &c.edits {
        for e in &f.edits {
            let (tokens, names) = methods(ops, c, f, e, scope);
            out.push(tokens);
            claimed.push(names);
        }
    }
    (quote!(#(#markers)*), quote!(#(#out)*), claimed)
}

/// The short forms of every edit operation, in the order of [`emit_edits`].
pub fn emit_short_forms(ops: &[OpPlan<'_>], c: &Conventions, claimed: &[Claimed], scope: &mut Scope) -> TokenStream {
    let edits = c.edits.iter().flat_map(|f| &f.edits);
    let forms = edits.zip(claimed).map(|(e, names)| short_form(&ops[e.op], e, names, scope));
    let forms: Vec<TokenStream> = forms.collect();
    quote!(#(#forms)*)
}
