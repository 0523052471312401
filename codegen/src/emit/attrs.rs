//! Structs the runtime's `__struct!` macro does not cover: types with attributes, with
//! simple content (`<price currency="EUR">9.50</price>`), with an `xsd:any` wildcard, or
//! with a field that heads a substitution group. Their `Encode`/`Decode` implementations are
//! written out here.
//!
//! Attributes become `String` fields (`Option<String>` unless `use="required"`): their text
//! as written, not converted to the attribute's simple type. Simple content is a field
//! `value` of the content's type. A wildcard field holds every child element no other field
//! matches, as raw XML. A substitution group member's element is read into the head's field.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::doc_attr;
use super::names::{snake, Scope};
use super::plan::{ident, Plan, Qualify};
use super::types::{plan_fields, FieldPlan, Mode, WriteName};
use crate::error::Result;
use crate::model::{Attribute, QName, StructType, TypeDef, TypeKind};

/// The namespace of `xml:lang` and the like (its prefix is always bound).
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The struct chain of `q`, base first.
fn chain<'m>(plan: &Plan<'m>, q: &QName) -> Vec<&'m StructType> {
    let mut out = Vec::new();
    let mut cur = Some(q.clone());
    while let Some(c) = cur.take() {
        if out.len() > 64 {
            break;
        }
        if let Some(TypeKind::Struct(s)) = plan.type_def(&c).map(|t| &t.kind) {
            out.push(s);
            cur = s.base.clone().filter(|b| !b.is_builtin());
        }
    }
    out.reverse();
    out
}

/// True when `t` needs the implementations written here.
pub fn needs_custom(plan: &Plan<'_>, t: &TypeDef) -> bool {
    chain(plan, &t.name).iter().any(|s| {
        !s.attributes.is_empty()
            || s.simple_content.is_some()
            || s.fields.iter().any(|f| f.wildcard || !f.substitutes.is_empty())
    })
}

/// One attribute as emitted.
struct AttrPlan<'m> {
    rust: proc_macro2::Ident,
    write: String,
    local: Literal,
    attr: &'m Attribute,
}

/// The element name a field is written with, as an expression.
fn write_name(f: &FieldPlan) -> TokenStream {
    let wire = &f.wire;
    match &f.write {
        WriteName::Local => quote!(#wire),
        WriteName::Qualified(q) => quote!(#q),
        WriteName::ByMode(q) => quote!(if w.is_literal() { #q } else { #wire }),
    }
}

fn write_field(f: &FieldPlan) -> TokenStream {
    let id = ident(&f.rust);
    let name = write_name(f);
    let ti = f.ti_tokens();
    match f.mode {
        Mode::Nillable => quote!(ttsoap::encoding::encode_nillable(&self.#id, #name, #ti, w);),
        Mode::OptionalArray => quote!(if !self.#id.is_empty() { ttsoap::Encode::encode(&self.#id, #name, #ti, w); }),
        Mode::Repeated => quote!(for x in &self.#id { ttsoap::Encode::encode(x, #name, #ti, w); }),
        _ => quote!(ttsoap::Encode::encode(&self.#id, #name, #ti, w);),
    }
}

/// Emits the struct `t` with its attributes, simple content and wildcard.
pub fn emit_custom_struct(plan: &Plan<'_>, t: &TypeDef) -> Result<TokenStream> {
    let structs = chain(plan, &t.name);
    let name = ident(&plan.type_names[&t.name]);
    let fields = plan_fields(plan, &t.name, &plan.all_fields(&t.name), true)?;
    let mut scope = Scope::default();
    for f in &fields {
        scope.claim(&f.rust);
    }
    let simple = structs.iter().rev().find_map(|s| s.simple_content.clone());
    let value = simple.as_ref().map(|_| ident(&scope.claim("value")));
    let mut attrs: Vec<AttrPlan<'_>> = Vec::new();
    for a in structs.iter().flat_map(|s| &s.attributes) {
        if attrs.iter().any(|p| p.attr.name == a.name && p.attr.namespace == a.namespace) {
            continue;
        }
        let write = match a.namespace.as_str() {
            "" => a.name.clone(),
            XML_NS => format!("xml:{}", a.name),
            ns => plan.element_text(ns, &a.name),
        };
        attrs.push(AttrPlan {
            rust: ident(&scope.claim(&snake(&a.name))),
            write,
            local: Literal::byte_string(a.name.as_bytes()),
            attr: a,
        });
    }
    let qname = plan.qname_text(&t.name);
    let local_ty = &t.name.name;
    let doc = doc_attr(t.documentation.as_deref().unwrap_or(&format!("`{qname}`.")));

    let attr_decls = attrs.iter().map(|a| {
        let id = &a.rust;
        let d = doc_attr(&format!("Attribute `{}` (`{}`), as written.", a.write, plan.qname_text(&a.attr.type_)));
        if a.attr.required {
            quote!(#d pub #id: String,)
        } else {
            quote!(#d pub #id: Option<String>,)
        }
    });
    let value_decl = match (&value, &simple) {
        (Some(id), Some(q)) => {
            let ty = plan.rust_type(&plan.shape(q)?, true);
            let d = doc_attr(&format!("The element's text (`{}`).", plan.qname_text(q)));
            quote!(#d pub #id: #ty,)
        }
        _ => quote!(),
    };
    let field_decls = fields.iter().map(|f| {
        let id = ident(&f.rust);
        let ty = &f.ty;
        let d = match (&f.doc, f.shown() == f.rust) {
            (Some(d), _) => Some(format!("`{}`: {d}", f.shown())),
            (None, false) => Some(format!("`{}`", f.shown())),
            (None, true) => None,
        };
        let d = d.map(|d| doc_attr(&d));
        quote!(#d pub #id: #ty,)
    });

    let attr_pairs = attrs.iter().map(|a| {
        let (id, write) = (&a.rust, &a.write);
        if a.attr.required {
            quote!((#write, Some(self.#id.as_str())))
        } else {
            quote!((#write, self.#id.as_deref()))
        }
    });
    let start = if plan.qualify != Qualify::Never && plan.in_family(&t.name) {
        quote!(ttsoap::encoding::start_derived(name, #qname, ty, w);)
    } else {
        quote!(ttsoap::encoding::start_struct(name, #qname, w);)
    };
    let encode_body = match (&value, &simple) {
        (Some(id), Some(q)) => {
            let ti = plan.ti(q);
            quote! {
                let _ = ty;
                ttsoap::encoding::encode_with_attributes(&self.#id, name, #ti, &[#(#attr_pairs),*], w);
            }
        }
        _ => {
            let writes = fields.iter().map(write_field);
            let attr_writes = attrs.iter().map(|a| {
                let (id, write) = (&a.rust, &a.write);
                if a.attr.required {
                    quote!(w.attr(#write, &self.#id);)
                } else {
                    quote!(if let Some(v) = &self.#id { w.attr(#write, v); })
                }
            });
            quote! {
                let _ = ty;
                #start
                #(#attr_writes)*
                #(#writes)*
                w.end(name);
            }
        }
    };

    let attr_reads = attrs.iter().map(|a| {
        let (id, local) = (&a.rust, &a.local);
        if a.attr.required {
            quote! {
                match r.attribute(&el, #local) {
                    Some(a) => v.#id = a,
                    None => missing.push(#local),
                }
            }
        } else {
            quote!(v.#id = r.attribute(&el, #local);)
        }
    });
    let wildcard = fields.iter().zip(plan.all_fields(&t.name)).find(|(_, m)| m.wildcard).map(|(f, _)| ident(&f.rust));
    let model_fields = plan.all_fields(&t.name);
    let content = match &value {
        Some(id) => quote!(v.#id = r.decode(el)?;),
        None => {
            let arms = fields.iter().zip(&model_fields).filter(|(_, m)| !m.wildcard).map(|(f, m)| {
                let id = ident(&f.rust);
                let names = std::iter::once(&m.name).chain(&m.substitutes).map(|n| Literal::byte_string(n.as_bytes()));
                let read = if f.mode == Mode::Repeated {
                    quote!(v.#id.push(r.decode(child)?))
                } else {
                    quote!(v.#id = r.decode(child)?)
                };
                let seen = if matches!(f.mode, Mode::Required | Mode::Nillable | Mode::Array) {
                    let local = Literal::byte_string(f.wire.as_bytes());
                    quote!(seen.push(#local);)
                } else {
                    quote!()
                };
                quote!(#(#names)|* => { #seen #read })
            });
            let other = match &wildcard {
                Some(id) => quote!(_ => v.#id.push(r.decode(child)?),),
                None => quote!(_ => r.unknown(&child)?,),
            };
            let required: Vec<Literal> = fields
                .iter()
                .filter(|f| matches!(f.mode, Mode::Required | Mode::Nillable | Mode::Array))
                .map(|f| Literal::byte_string(f.wire.as_bytes()))
                .collect();
            let (seen_decl, seen_check) = if required.is_empty() {
                (quote!(), quote!())
            } else {
                (
                    quote!(let mut seen: Vec<&[u8]> = Vec::new();),
                    quote! {
                        for name in [#(&#required[..]),*] {
                            if !seen.contains(&name) {
                                missing.push(name);
                            }
                        }
                    },
                )
            };
            let report = if needs_missing(&attrs, !required.is_empty()) {
                quote! {
                    if r.is_strict() {
                        r.report_missing(&el, &missing)?;
                    }
                }
            } else {
                quote!()
            };
            quote! {
                r.check_type(&el, &[#local_ty])?;
                #seen_decl
                while let Some(child) = r.next_child(&el)? {
                    match child.local_name() {
                        #(#arms)*
                        #other
                    }
                }
                #seen_check
                #report
            }
        }
    };
    let has_required_fields =
        value.is_none() && fields.iter().any(|f| matches!(f.mode, Mode::Required | Mode::Nillable | Mode::Array));
    let missing_decl = if needs_missing(&attrs, has_required_fields) {
        quote!(let mut missing: Vec<&[u8]> = Vec::new();)
    } else {
        quote!()
    };
    let strict_simple = if value.is_some() && needs_missing(&attrs, false) {
        quote! {
            if r.is_strict() {
                r.report_missing(&el, &missing)?;
            }
        }
    } else {
        quote!()
    };
    Ok(quote! {
        #doc
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct #name { #(#attr_decls)* #value_decl #(#field_decls)* }

        impl ttsoap::Encode for #name {
            fn encode(&self, name: &str, ty: &ttsoap::TypeInfo, w: &mut ttsoap::xml::XmlWriter) {
                #encode_body
            }
        }

        impl ttsoap::Decode for #name {
            fn decode<'a>(
                r: &mut ttsoap::xml::XmlReader<'a>,
                el: ttsoap::xml::Elem<'a>,
            ) -> Result<Self, ttsoap::DecodeError> {
                let mut v = Self::default();
                #missing_decl
                #(#attr_reads)*
                #strict_simple
                #content
                Ok(v)
            }
            fn nil(r: &ttsoap::xml::XmlReader<'_>, el: &ttsoap::xml::Elem<'_>) -> Result<Self, ttsoap::DecodeError> {
                ttsoap::encoding::nil_as_default(r, el)
            }
        }
    })
}

/// Whether decoding collects missing required attributes or elements.
fn needs_missing(attrs: &[AttrPlan<'_>], required_fields: bool) -> bool {
    required_fields || attrs.iter().any(|a| a.attr.required)
}
