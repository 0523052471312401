//! The client module's per-operation methods (`self.inner.call(super::ops::Req { .. })`),
//! built as syntax trees from templates parsed once, instead of quoting and parsing each one:
//! a large WSDL has hundreds of them, and parsing their tokens was most of the module's cost.
//! prettyplease prints the same tree either way, so the text is the same.

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use quote::quote;

use super::plan::ident;

/// A request field's initialiser.
#[derive(Clone)]
pub enum Init {
    /// `field` (the argument of the same name).
    Shorthand,
    /// `field: field.to_owned()` (a `&str` argument).
    Owned,
    /// `field: field.clone()` (a `&ttsoap::Password` argument).
    Cloned,
}

/// What the method does with the response struct.
#[derive(Clone)]
pub enum Map {
    /// Returns it.
    Whole,
    /// `.map(|_| ())`.
    Unit,
    /// `.map(|r| r.field)`.
    Field(String),
}

/// One method: `/// doc`, `pub fn name(&self, params) -> Result<ret, ttsoap::Error>` calling
/// `super::ops::request { inits }` (with `..Default::default()` when `rest`).
pub struct Method<'a> {
    pub doc: &'a str,
    pub name: &'a str,
    pub params: Vec<(&'a str, TokenStream)>,
    pub ret: TokenStream,
    pub request: &'a str,
    pub inits: Vec<(&'a str, Init)>,
    pub rest: bool,
    pub map: Map,
}

/// Builds [`Method`]s; holds the parsed templates and the types parsed so far.
pub struct Builder {
    template: syn::ImplItemFn,
    owned: syn::Expr,
    cloned: syn::Expr,
    rest: syn::Expr,
    unit: syn::Expr,
    field: syn::Expr,
    types: HashMap<String, syn::Type>,
}

impl Builder {
    pub fn new() -> Self {
        Builder {
            template: parse(quote! {
                #[doc = " "]
                pub fn m(&self) -> Result<(), ttsoap::Error> {
                    self.inner.call(super::ops::R {})
                }
            }),
            owned: parse(quote!(f.to_owned())),
            cloned: parse(quote!(f.clone())),
            rest: parse(quote!(Default::default())),
            unit: parse(quote!(x.map(|_| ()))),
            field: parse(quote!(x.map(|r| r.f))),
            types: HashMap::new(),
        }
    }

    fn ty(&mut self, t: &TokenStream) -> syn::Type {
        let key = t.to_string();
        if let Some(ty) = self.types.get(&key) {
            return ty.clone();
        }
        let ty: syn::Type = syn::parse2(t.clone()).expect("a generated type parses");
        self.types.insert(key, ty.clone());
        ty
    }

    /// The method as an impl item.
    pub fn build(&mut self, m: &Method<'_>) -> syn::ImplItem {
        let mut f = self.template.clone();
        if let syn::Meta::NameValue(nv) = &mut f.attrs[0].meta {
            nv.value = syn::Expr::Lit(syn::ExprLit {
                attrs: Vec::new(),
                lit: syn::Lit::Str(syn::LitStr::new(m.doc, Span::call_site())),
            });
        }
        f.sig.ident = ident(m.name);
        for (name, t) in &m.params {
            let ty = self.ty(t);
            f.sig.inputs.push(syn::FnArg::Typed(syn::PatType {
                attrs: Vec::new(),
                pat: Box::new(syn::Pat::Ident(syn::PatIdent {
                    attrs: Vec::new(),
                    by_ref: None,
                    mutability: None,
                    ident: ident(name),
                    subpat: None,
                })),
                colon_token: Default::default(),
                ty: Box::new(ty),
            }));
        }
        let ret = self.ty(&m.ret);
        if let syn::ReturnType::Type(_, out) = &mut f.sig.output {
            if let syn::Type::Path(p) = out.as_mut() {
                if let Some(syn::PathArguments::AngleBracketed(args)) =
                    p.path.segments.last_mut().map(|s| &mut s.arguments)
                {
                    args.args[0] = syn::GenericArgument::Type(ret);
                }
            }
        }
        let Some(syn::Stmt::Expr(call, None)) = f.block.stmts.pop() else { unreachable!("the template's body") };
        let mut call = call;
        if let syn::Expr::MethodCall(mc) = &mut call {
            if let Some(syn::Expr::Struct(s)) = mc.args.first_mut() {
                if let Some(seg) = s.path.segments.last_mut() {
                    seg.ident = ident(m.request);
                }
                for (name, init) in &m.inits {
                    let id = ident(name);
                    let (colon_token, expr) = match init {
                        Init::Shorthand => (None, path_expr(id.clone())),
                        Init::Owned => (Some(Default::default()), self.method_on(&self.owned, &id)),
                        Init::Cloned => (Some(Default::default()), self.method_on(&self.cloned, &id)),
                    };
                    s.fields.push(syn::FieldValue {
                        attrs: Vec::new(),
                        member: syn::Member::Named(id),
                        colon_token,
                        expr,
                    });
                }
                if m.rest {
                    s.dot2_token = Some(Default::default());
                    s.rest = Some(Box::new(self.rest.clone()));
                }
            }
        }
        let body = match &m.map {
            Map::Whole => call,
            Map::Unit => self.wrap(&self.unit, call, None),
            Map::Field(field) => self.wrap(&self.field, call, Some(field)),
        };
        f.block.stmts.push(syn::Stmt::Expr(body, None));
        syn::ImplItem::Fn(f)
    }

    /// `template` (`f.method()`) with `id` as the receiver.
    fn method_on(&self, template: &syn::Expr, id: &proc_macro2::Ident) -> syn::Expr {
        let mut e = template.clone();
        if let syn::Expr::MethodCall(mc) = &mut e {
            *mc.receiver = path_expr(id.clone());
        }
        e
    }

    /// `template` (`x.map(|r| r.f)`) with `call` as the receiver and `field` as `f`.
    fn wrap(&self, template: &syn::Expr, call: syn::Expr, field: Option<&str>) -> syn::Expr {
        let mut e = template.clone();
        if let syn::Expr::MethodCall(mc) = &mut e {
            *mc.receiver = call;
            if let (Some(field), Some(syn::Expr::Closure(c))) = (field, mc.args.first_mut()) {
                if let syn::Expr::Field(fe) = c.body.as_mut() {
                    fe.member = syn::Member::Named(ident(field));
                }
            }
        }
        e
    }
}

fn parse<T: syn::parse::Parse>(t: TokenStream) -> T {
    syn::parse2(t).expect("a fixed template parses")
}

fn path_expr(id: proc_macro2::Ident) -> syn::Expr {
    syn::Expr::Path(syn::ExprPath { attrs: Vec::new(), qself: None, path: id.into() })
}

/// Replaces the marker method `fn marker() {}` in the impl blocks of `file` with `methods`.
pub fn splice(file: &mut syn::File, marker: &str, methods: Vec<syn::ImplItem>) {
    for item in &mut file.items {
        let syn::Item::Impl(imp) = item else { continue };
        let at = imp.items.iter().position(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == marker));
        if let Some(at) = at {
            imp.items.splice(at..=at, methods);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A built method prints as the same method quoted and parsed.
    #[test]
    fn built_methods_print_as_parsed_ones() {
        let mut b = Builder::new();
        let cases = [
            (
                Method {
                    doc: " `getDefect`: Gets one.",
                    name: "get_defect",
                    params: vec![
                        ("cookie", quote!(ttsoap::Cookie)),
                        ("name", quote!(&str)),
                        ("p", quote!(&ttsoap::Password)),
                    ],
                    ret: quote!(super::types::CDefect),
                    request: "GetDefect",
                    inits: vec![("cookie", Init::Shorthand), ("name", Init::Owned), ("p", Init::Cloned)],
                    rest: false,
                    map: Map::Field("p_defect".into()),
                },
                quote! {
                    /// `getDefect`: Gets one.
                    pub fn get_defect(&self, cookie: ttsoap::Cookie, name: &str, p: &ttsoap::Password) -> Result<super::types::CDefect, ttsoap::Error> {
                        self.inner.call(super::ops::GetDefect { cookie, name: name.to_owned(), p: p.clone() }).map(|r| r.p_defect)
                    }
                },
            ),
            (
                Method {
                    doc: " Calls `x`.",
                    name: "x",
                    params: vec![("ids", quote!(Vec<Option<i64>>))],
                    ret: quote!(()),
                    request: "X",
                    inits: vec![("ids", Init::Shorthand)],
                    rest: true,
                    map: Map::Unit,
                },
                quote! {
                    /// Calls `x`.
                    pub fn x(&self, ids: Vec<Option<i64>>) -> Result<(), ttsoap::Error> {
                        self.inner.call(super::ops::X { ids, ..Default::default() }).map(|_| ())
                    }
                },
            ),
            (
                Method {
                    doc: " y",
                    name: "y",
                    params: vec![],
                    ret: quote!(super::ops::YResponse),
                    request: "Y",
                    inits: vec![],
                    rest: true,
                    map: Map::Whole,
                },
                quote! {
                    /// y
                    pub fn y(&self) -> Result<super::ops::YResponse, ttsoap::Error> {
                        self.inner.call(super::ops::Y { ..Default::default() })
                    }
                },
            ),
        ];
        for (m, expected) in cases {
            let wrap = |item: syn::ImplItem| {
                let mut imp: syn::ItemImpl = syn::parse2(quote!(impl C {})).unwrap();
                imp.items.push(item);
                prettyplease::unparse(&syn::File {
                    shebang: None,
                    attrs: Vec::new(),
                    items: vec![syn::Item::Impl(imp)],
                })
            };
            let expected: syn::ImplItem = syn::parse2(expected).unwrap();
            assert_eq!(wrap(b.build(&m)), wrap(expected));
        }
    }
}
