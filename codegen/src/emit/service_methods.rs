//! The server module's per-operation items (a `Service` trait method, a `dispatch` arm),
//! built as syntax trees from templates parsed once, as [`super::call_methods`] does for the
//! client: prettyplease prints the same trees as for the quoted and parsed tokens.

use proc_macro2::{Span, TokenStream};
use quote::quote;

use super::plan::ident;

/// Builds trait methods and dispatch arms from their templates.
pub struct Builder {
    method: syn::TraitItemFn,
    arm: syn::Arm,
}

impl Builder {
    /// `serve` names the runtime's function an arm calls and `args` its arguments before the
    /// closure (`serve`, `r, wrapper` for rpc dispatch).
    pub fn new(serve: &str, args: TokenStream) -> Self {
        let serve = ident(serve);
        Builder {
            method: parse(quote! {
                #[doc = " "]
                fn m(&self, request: super::ops::R) -> Result<super::ops::S, ttsoap::Fault> {
                    let _ = request;
                    Err(ttsoap::server::not_implemented(""))
                }
            }),
            arm: parse(quote!(b"" => Some(ttsoap::server::#serve::<super::ops::R>(#args, |q| service.m(q))),)),
        }
    }

    /// `/// doc` and `fn method(&self, request: super::ops::request) -> Result<super::ops::
    /// response, ttsoap::Fault>` answering "not implemented" for operation `name`.
    pub fn method(&self, doc: &str, method: &str, request: &str, response: &str, name: &str) -> syn::TraitItem {
        let mut f = self.method.clone();
        if let syn::Meta::NameValue(nv) = &mut f.attrs[0].meta {
            nv.value = lit(syn::Lit::Str(syn::LitStr::new(doc, Span::call_site())));
        }
        f.sig.ident = ident(method);
        if let Some(syn::FnArg::Typed(p)) = f.sig.inputs.iter_mut().nth(1) {
            set_last_ident(&mut p.ty, request);
        }
        if let syn::ReturnType::Type(_, out) = &mut f.sig.output {
            if let Some(syn::GenericArgument::Type(t)) = first_generic(out) {
                set_last_ident(t, response);
            }
        }
        if let Some(syn::Stmt::Expr(syn::Expr::Call(err), None)) = f.default.as_mut().and_then(|b| b.stmts.last_mut()) {
            if let Some(syn::Expr::Call(call)) = err.args.first_mut() {
                if let Some(arg) = call.args.first_mut() {
                    *arg = lit(syn::Lit::Str(syn::LitStr::new(name, Span::call_site())));
                }
            }
        }
        syn::TraitItem::Fn(f)
    }

    /// `b"element" => Some(ttsoap::server::serve::<super::ops::request>(.., |q| service.method(q))),`.
    pub fn arm(&self, element: &str, request: &str, method: &str) -> syn::Arm {
        let mut a = self.arm.clone();
        a.pat = syn::Pat::Lit(syn::PatLit {
            attrs: Vec::new(),
            lit: syn::Lit::ByteStr(syn::LitByteStr::new(element.as_bytes(), Span::call_site())),
        });
        if let syn::Expr::Call(some) = a.body.as_mut() {
            if let Some(syn::Expr::Call(serve)) = some.args.first_mut() {
                if let syn::Expr::Path(p) = serve.func.as_mut() {
                    if let Some(syn::PathArguments::AngleBracketed(g)) =
                        p.path.segments.last_mut().map(|s| &mut s.arguments)
                    {
                        if let Some(syn::GenericArgument::Type(t)) = g.args.first_mut() {
                            set_last_ident(t, request);
                        }
                    }
                }
                if let Some(syn::Expr::Closure(c)) = serve.args.last_mut() {
                    if let syn::Expr::MethodCall(mc) = c.body.as_mut() {
                        mc.method = ident(method);
                    }
                }
            }
        }
        a
    }
}

fn parse<T: syn::parse::Parse>(t: TokenStream) -> T {
    syn::parse2(t).expect("a fixed template parses")
}

fn lit(lit: syn::Lit) -> syn::Expr {
    syn::Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit })
}

/// The first generic argument of a path type (`T` of `Result<T, E>`).
fn first_generic(ty: &mut syn::Type) -> Option<&mut syn::GenericArgument> {
    let syn::Type::Path(p) = ty else { return None };
    match &mut p.path.segments.last_mut()?.arguments {
        syn::PathArguments::AngleBracketed(g) => g.args.first_mut(),
        _ => None,
    }
}

/// Renames the last segment of a path type (`super::ops::R` -> `super::ops::name`).
fn set_last_ident(ty: &mut syn::Type, name: &str) {
    if let syn::Type::Path(p) = ty {
        if let Some(seg) = p.path.segments.last_mut() {
            seg.ident = ident(name);
        }
    }
}

/// Replaces the marker item `fn marker();` of the trait `trait_name` in `file` with `items`.
pub fn splice_trait(file: &mut syn::File, trait_name: &str, marker: &str, items: Vec<syn::TraitItem>) {
    for item in &mut file.items {
        let syn::Item::Trait(t) = item else { continue };
        if t.ident != trait_name {
            continue;
        }
        let at = t.items.iter().position(|i| matches!(i, syn::TraitItem::Fn(f) if f.sig.ident == marker));
        if let Some(at) = at {
            t.items.splice(at..=at, items);
            return;
        }
    }
}

/// Replaces the marker arm `marker => None,` of the `match` in the closure passed to the
/// body of function `fn_name` in `file` with `arms`.
pub fn splice_arms(file: &mut syn::File, fn_name: &str, marker: &str, arms: Vec<syn::Arm>) {
    for item in &mut file.items {
        let syn::Item::Fn(f) = item else { continue };
        if f.sig.ident != fn_name {
            continue;
        }
        let Some(syn::Stmt::Expr(syn::Expr::Call(call), None)) = f.block.stmts.last_mut() else { return };
        let Some(syn::Expr::Closure(c)) = call.args.last_mut() else { return };
        let syn::Expr::Match(m) = c.body.as_mut() else { return };
        let at = m.arms.iter().position(|a| matches!(&a.pat, syn::Pat::Ident(p) if p.ident == marker));
        if let Some(at) = at {
            m.arms.splice(at..=at, arms);
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn print(items: Vec<syn::Item>) -> String {
        prettyplease::unparse(&syn::File { shebang: None, attrs: Vec::new(), items })
    }

    /// A built method and arm print as the same items quoted and parsed.
    #[test]
    fn built_items_print_as_parsed_ones() {
        let b = Builder::new("serve_body", quote!(r, body, first));
        let mut built: syn::ItemTrait = parse(quote!(
            trait T {}
        ));
        built.items.push(b.method(" `getX`: \"quoted\".", "get_x", "GetX", "GetXResponse", "getX"));
        let mut m: syn::ExprMatch = parse(quote!(match name {
            _ => None,
        }));
        m.arms.insert(0, b.arm("getX\n", "GetX", "get_x"));
        let built = print(vec![syn::Item::Trait(built), syn::Item::Fn(parse(quote!(fn f() { #m })))]);
        let parsed = print(vec![
            parse(quote! {
                trait T {
                    /// `getX`: "quoted".
                    fn get_x(&self, request: super::ops::GetX) -> Result<super::ops::GetXResponse, ttsoap::Fault> {
                        let _ = request;
                        Err(ttsoap::server::not_implemented("getX"))
                    }
                }
            }),
            parse(quote! {
                fn f() {
                    match name {
                        b"getX\n" => Some(ttsoap::server::serve_body::<super::ops::GetX>(r, body, first, |q| service.get_x(q))),
                        _ => None
                    }
                }
            }),
        ]);
        assert_eq!(built, parsed);
    }
}
