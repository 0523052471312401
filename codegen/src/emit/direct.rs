//! Items printed as text without going through syn and prettyplease: struct declarations,
//! the runtime's declaration macros (built as text, not tokens), the `ti` module's constants
//! and the visitor functions, which make up most of a large WSDL's output. The text is what
//! prettyplease prints for the same tokens; an item it would lay out differently (a
//! multi-line doc comment, a line past prettyplease's margin) is left to prettyplease.

use proc_macro2::TokenStream;

use super::rust_type::RustType;

/// prettyplease's margin: a line longer than this may be broken, so it is not printed here.
const MARGIN: usize = 89;

/// A piece of a module: tokens for prettyplease, or text printed here.
pub enum Piece {
    /// Items to parse and format.
    Tokens(TokenStream),
    /// Formatted items, ending in a newline.
    Text(String),
}

impl From<TokenStream> for Piece {
    fn from(t: TokenStream) -> Self {
        Piece::Tokens(t)
    }
}

/// `ty` as written in source (`Option<ttsoap::Date>`, `Vec<super::types::X>`).
pub fn type_text(ty: &RustType) -> String {
    let mut out = String::new();
    push_type_text(&mut out, ty);
    out
}

/// Appends [`type_text`] to `out`.
pub fn push_type_text(out: &mut String, ty: &RustType) {
    let (open, inner) = match ty {
        RustType::Prim(name) => return out.push_str(name),
        RustType::Runtime(name) => {
            out.push_str("ttsoap::");
            return out.push_str(name);
        }
        RustType::Generated { name, from_types } => {
            if !from_types {
                out.push_str("super::types::");
            }
            return out.push_str(name);
        }
        RustType::Vec(inner) => ("Vec<", inner),
        RustType::Option(inner) => ("Option<", inner),
        RustType::Box(inner) => ("Box<", inner),
    };
    out.push_str(open);
    push_type_text(out, inner);
    out.push('>');
}

/// A `///` line for `doc` at `indent`, as prettyplease prints `#[doc = " doc"]`, or `None`
/// when prettyplease would print something else (several lines, a leading `/`).
fn doc_line(out: &mut String, indent: &str, doc: &str) -> Option<()> {
    let text = format!(" {}", doc.trim());
    if doc.contains(['\n', '\r']) || text.starts_with(" /") || text.trim_start().is_empty() {
        return None;
    }
    out.push_str(indent);
    out.push_str("///");
    out.push_str(text.trim_end());
    out.push('\n');
    Some(())
}

/// One field of [`struct_text`]: its doc comment, Rust name and type.
pub struct FieldText<'a> {
    pub doc: Option<String>,
    pub name: &'a str,
    pub ty: &'a RustType,
}

/// `/// doc`, `#[derive(Debug, Clone, Default, PartialEq)]` and `pub struct Name { fields }`,
/// or `None` when prettyplease would lay it out differently.
pub fn struct_text(doc: &str, name: &str, fields: &[FieldText<'_>]) -> Option<String> {
    let mut out = String::with_capacity(64 + fields.len() * 48);
    doc_line(&mut out, "", doc)?;
    out.push_str("#[derive(Debug, Clone, Default, PartialEq)]\n");
    if fields.is_empty() {
        out.push_str(&format!("pub struct {name} {{}}\n"));
        return Some(out);
    }
    out.push_str(&format!("pub struct {name} {{\n"));
    for f in fields {
        if let Some(d) = &f.doc {
            doc_line(&mut out, "    ", d)?;
        }
        let start = out.len();
        out.push_str("    pub ");
        out.push_str(f.name);
        out.push_str(": ");
        push_type_text(&mut out, f.ty);
        out.push(',');
        if out.len() - start > MARGIN {
            return None;
        }
        out.push('\n');
    }
    out.push_str("}\n");
    Some(out)
}

/// One entry of a declaration macro's arguments, written as text: what [`super::layout`] prints
/// for the same tokens, without building them.
pub enum Entry {
    /// An entry on one line (`name "getDefect"`, `x: req("x") b"x" &ti::XSD_LONG`).
    Line(String),
    /// `head { entries }`, one entry per line; `head {}` when there are none.
    Block(String, Vec<Entry>),
}

/// `path!(entries);`, one entry per line, as [`super::layout::macro_call`] prints the same tokens.
pub fn macro_entries(path: &str, entries: &[Entry]) -> String {
    let mut out = String::with_capacity(64 + entries.len() * 40);
    out.push_str(path);
    out.push_str("!(\n");
    write_entries(&mut out, entries, 1);
    out.push_str(");\n");
    out
}

fn write_entries(out: &mut String, entries: &[Entry], depth: usize) {
    for (i, e) in entries.iter().enumerate() {
        for _ in 0..depth {
            out.push_str("    ");
        }
        match e {
            Entry::Line(text) => out.push_str(text),
            Entry::Block(head, inner) if inner.is_empty() => {
                out.push_str(head);
                out.push_str(if head.is_empty() { "{}" } else { " {}" });
            }
            Entry::Block(head, inner) => {
                if !head.is_empty() {
                    out.push_str(head);
                    out.push(' ');
                }
                out.push_str("{\n");
                write_entries(out, inner, depth + 1);
                for _ in 0..depth {
                    out.push_str("    ");
                }
                out.push('}');
            }
        }
        out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
    }
}

/// True when `s` is printed in a literal as it is (printable ASCII, no quote or backslash).
fn plain(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
}

/// A string literal as proc-macro2 prints `Literal::string(s)`.
pub fn str_lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_str_lit(&mut out, s);
    out
}

/// Appends [`str_lit`] to `out`.
pub fn push_str_lit(out: &mut String, s: &str) {
    if plain(s) {
        out.push('"');
        out.push_str(s);
        out.push('"');
    } else {
        out.push_str(&proc_macro2::Literal::string(s).to_string());
    }
}

/// Appends the byte string literal proc-macro2 prints for `Literal::byte_string(s)`.
pub fn push_byte_lit(out: &mut String, s: &str) {
    if plain(s) {
        out.push_str("b\"");
        out.push_str(s);
        out.push('"');
    } else {
        out.push_str(&proc_macro2::Literal::byte_string(s.as_bytes()).to_string());
    }
}

/// Longest line printed here for items prettyplease would keep on one line (its margin is
/// 89 columns; the tests below check the boundary).
const ONE_LINE: usize = 89;

/// `pub const ID: ttsoap::TypeInfo = ttsoap::TypeInfo::named("text");` (or `::array("text",
/// &ITEM)`) as prettyplease prints it (on one line when it fits, else one argument per
/// line), or `None` when a line is too long to be sure.
pub fn type_info_text(id: &str, text: &str, item: Option<&str>) -> Option<String> {
    let lit = str_lit(text);
    let head = format!("pub const {id}: ttsoap::TypeInfo = ttsoap::TypeInfo::");
    let line = match item {
        Some(item) => format!("{head}array({lit}, &{item});"),
        None => format!("{head}named({lit});"),
    };
    if line.len() <= ONE_LINE {
        return Some(line + "\n");
    }
    // One argument per line, as prettyplease breaks a call that does not fit.
    if head.len() + "array(".len() > ONE_LINE || lit.len() + 5 > ONE_LINE {
        return None;
    }
    Some(match item {
        Some(item) => format!("{head}array(\n    {lit},\n    &{item},\n);\n"),
        None => format!("{head}named(\n    {lit},\n);\n"),
    })
}

/// A visitor function (`for_each_type`, `for_each_operation`) with a one-line doc comment,
/// as prettyplease prints it, or `None` when a line is too long to be sure.
pub fn visit_fn_text(doc: &str, signature: &str, statements: &[String]) -> Option<String> {
    let mut out = String::with_capacity(128 + statements.iter().map(|s| s.len() + 5).sum::<usize>());
    doc_line(&mut out, "", doc)?;
    let sig = format!("{signature} {{\n");
    if sig.len() > ONE_LINE {
        return None;
    }
    out.push_str(&sig);
    for s in statements {
        if s.len() + 4 > ONE_LINE {
            return None;
        }
        out.push_str("    ");
        out.push_str(s);
        out.push('\n');
    }
    out.push_str("}\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn pretty(tokens: TokenStream) -> String {
        prettyplease::unparse(&syn::parse2(tokens).unwrap())
    }

    /// Around prettyplease's margin, each text printed here is what prettyplease prints.
    #[test]
    fn type_infos_match_prettyplease() {
        let mut printed = 0;
        let long_text = (1..4).flat_map(|n| (70..95).map(move |m| (n, m)));
        for (n, m) in (1..60).flat_map(|n| [(n, n / 2), (n, n / 2 + 1)]).chain(long_text) {
            let id = format!("T{}", "X".repeat(n));
            let text = format!("tns:{}", "y".repeat(m));
            let item = "XSD_STRING";
            let ident = super::super::plan::ident(&id);
            let named = pretty(quote!(pub const #ident: ttsoap::TypeInfo = ttsoap::TypeInfo::named(#text);));
            let array =
                pretty(quote!(pub const #ident: ttsoap::TypeInfo = ttsoap::TypeInfo::array(#text, &XSD_STRING);));
            for (ours, theirs) in
                [(type_info_text(&id, &text, None), named), (type_info_text(&id, &text, Some(item)), array)]
            {
                if let Some(ours) = ours {
                    assert_eq!(ours, theirs, "{n}");
                    printed += 1;
                }
            }
        }
        assert!(printed > 80, "{printed}");
    }

    #[test]
    fn visit_functions_match_prettyplease() {
        let mut printed = 0;
        for n in 1..90 {
            let name = format!("T{}", "x".repeat(n));
            let id = super::super::plan::ident(&name);
            let theirs = pretty(quote! {
                /// Calls `v.visit::<T>(xml_name)` for every type.
                pub fn for_each_type(v: &mut impl ttsoap::encoding::TypeVisitor) {
                    let _ = &v;
                    v.visit::<#id>(#name);
                }
            });
            let statements = ["let _ = &v;".to_string(), format!("v.visit::<{name}>({});", str_lit(&name))];
            let ours = visit_fn_text(
                "Calls `v.visit::<T>(xml_name)` for every type.",
                "pub fn for_each_type(v: &mut impl ttsoap::encoding::TypeVisitor)",
                &statements,
            );
            if let Some(ours) = ours {
                assert_eq!(ours, theirs, "{n}");
                printed += 1;
            }
        }
        assert!(printed > 30, "{printed}");
    }
}
