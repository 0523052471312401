//! Rust types as the generator decides about them: a small enum that prints itself with
//! [`quote::ToTokens`], so decisions (is this the cookie's `i64`? do two fields have the same
//! type?) match on values instead of comparing printed token strings.

use std::fmt;

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use super::plan::ident;

/// A Rust type in generated code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RustType {
    /// A primitive or `String` (`i64`, `bool`, `String`).
    Prim(&'static str),
    /// A type of the runtime crate (`Date` for `ttsoap::Date`).
    Runtime(&'static str),
    /// A generated type: `name` inside the `types` module, `super::types::name` elsewhere.
    Generated {
        /// The Rust name.
        name: String,
        /// True when written from inside the `types` module.
        from_types: bool,
    },
    /// `Vec<T>`.
    Vec(Box<RustType>),
    /// `Option<T>`.
    Option(Box<RustType>),
    /// `Box<T>`.
    Box(Box<RustType>),
}

impl RustType {
    /// `Vec<self>`.
    pub fn in_vec(self) -> RustType {
        RustType::Vec(Box::new(self))
    }

    /// `Option<self>`.
    pub fn in_option(self) -> RustType {
        RustType::Option(Box::new(self))
    }

    /// `Box<self>`.
    pub fn in_box(self) -> RustType {
        RustType::Box(Box::new(self))
    }
}

impl ToTokens for RustType {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(match self {
            RustType::Prim(name) => {
                let id = ident(name);
                quote!(#id)
            }
            RustType::Runtime(name) => {
                let id = ident(name);
                quote!(ttsoap::#id)
            }
            RustType::Generated { name, from_types: true } => {
                let id = ident(name);
                quote!(#id)
            }
            RustType::Generated { name, from_types: false } => {
                let id = ident(name);
                quote!(super::types::#id)
            }
            RustType::Vec(inner) => quote!(Vec<#inner>),
            RustType::Option(inner) => quote!(Option<#inner>),
            RustType::Box(inner) => quote!(Box<#inner>),
        });
    }
}

/// The printed tokens (`Option < ttsoap :: Password >`), as the model and plan JSON show them.
impl fmt::Display for RustType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_token_stream().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_the_tokens_it_stands_for() {
        let t = RustType::Runtime("Password").in_option();
        assert_eq!(t.to_string(), quote!(Option<ttsoap::Password>).to_string());
        let g = RustType::Generated { name: "CDefect".into(), from_types: false }.in_box().in_vec();
        // Nested by interpolation, as the generator always built them: `> >`, not `>>`.
        assert_eq!(g.to_string(), "Vec < Box < super :: types :: CDefect > >");
        assert_eq!(RustType::Generated { name: "X".into(), from_types: true }.to_string(), "X");
        assert_ne!(RustType::Prim("i64"), RustType::Prim("i32"));
    }
}
