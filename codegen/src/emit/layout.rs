//! Layout of the runtime's declaration macros (`ttsoap::__struct!`, `__message!`,
//! `__operation!`, `__header!`, `__family!`, `__enum!`) in generated source: one entry per line, where prettyplease would pack a
//! macro's tokens into dense paragraphs. prettyplease has no per-macro layout hook, so these
//! few calls are printed here; every other item still goes through prettyplease.
//!
//! An entry is what lies between top-level commas; an entry ending in a `{ ... }` group
//! (`plain { parts }`, `Name { parts }`) opens a block with one part per line. Tokens and
//! separators are kept exactly (no comma is added or removed), so the macro sees the same
//! input.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// Macros laid out here, by the last segment of their path.
const MACROS: &[&str] = &["__struct", "__message", "__operation", "__header", "__family", "__enum"];

/// The text of `item` when it is a call of one of [`MACROS`], ending in a newline.
pub fn macro_item(item: &syn::Item) -> Option<String> {
    let syn::Item::Macro(m) = item else { return None };
    let last = m.mac.path.segments.last()?;
    if !m.attrs.is_empty() || m.ident.is_some() || !MACROS.contains(&last.ident.to_string().as_str()) {
        return None;
    }
    if !matches!(m.mac.delimiter, syn::MacroDelimiter::Paren(_)) {
        return None;
    }
    let path = tokens_text(&quote::ToTokens::to_token_stream(&m.mac.path));
    Some(macro_call(&path, m.mac.tokens.clone()))
}

/// The text of `path!(args);` with the arguments one entry per line, ending in a newline.
pub fn macro_call(path: &str, args: TokenStream) -> String {
    let mut out = format!("{path}!(\n");
    block(&mut out, args, 1);
    out.push_str(");\n");
    out
}

/// Writes the entries of `tokens`, one per line at `depth`.
fn block(out: &mut String, tokens: TokenStream, depth: usize) {
    let mut entry: Vec<TokenTree> = Vec::new();
    let flush = |out: &mut String, entry: &mut Vec<TokenTree>, comma: bool| {
        if entry.is_empty() {
            if comma {
                out.push_str(&"    ".repeat(depth));
                out.push_str(",\n");
            }
            return;
        }
        let indent = "    ".repeat(depth);
        out.push_str(&indent);
        let brace = match entry.last() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace && !g.stream().is_empty() => {
                Some(g.stream())
            }
            _ => None,
        };
        match brace {
            Some(inner) => {
                let head: TokenStream = entry[..entry.len() - 1].iter().cloned().collect();
                let head = tokens_text(&head);
                if !head.is_empty() {
                    out.push_str(&head);
                    out.push(' ');
                }
                out.push_str("{\n");
                block(out, inner, depth + 1);
                out.push_str(&indent);
                out.push('}');
            }
            None => out.push_str(&tokens_text(&entry.iter().cloned().collect())),
        }
        out.push_str(if comma { ",\n" } else { "\n" });
        entry.clear();
    };
    for tt in tokens {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' => flush(out, &mut entry, true),
            _ => entry.push(tt),
        }
    }
    flush(out, &mut entry, false);
}

/// Tokens on one line, spaced as Rust is usually written (`a::b`, `f(x)`, `x: T`, `&v`,
/// `a => b`).
pub fn tokens_text(tokens: &TokenStream) -> String {
    let mut out = String::new();
    // Whether the next token may follow without a space.
    let mut glue = true;
    let mut prev_word = false;
    // The previous token was the first half of `::`.
    let mut colon = false;
    for tt in tokens.clone() {
        match &tt {
            TokenTree::Punct(p) => {
                let c = p.as_char();
                let joint = p.spacing() == Spacing::Joint;
                let prev_colon = std::mem::replace(&mut colon, c == ':' && joint);
                match c {
                    ',' | ';' => {
                        out.push(c);
                        out.push(' ');
                        glue = true;
                    }
                    ':' if joint || prev_colon => {
                        // a half of `::`
                        out.push(':');
                        glue = true;
                    }
                    ':' => {
                        out.push_str(": ");
                        glue = true;
                    }
                    '<' if !prev_colon => {
                        // a generic argument list: `Vec<T>`
                        if !glue && !prev_word {
                            out.push(' ');
                        }
                        out.push('<');
                        glue = true;
                    }
                    '>' if !glue || out.ends_with('>') => {
                        // its end (not the `>` of `=>` or `->`, which follow a joint `=`/`-`)
                        while out.ends_with(' ') {
                            out.pop();
                        }
                        out.push('>');
                        glue = false;
                    }
                    '&' | '#' | '!' if !joint => {
                        if !glue {
                            out.push(' ');
                        }
                        out.push(c);
                        glue = true;
                    }
                    _ => {
                        if !glue {
                            out.push(' ');
                        }
                        out.push(c);
                        if joint {
                            glue = true;
                        } else {
                            out.push(' ');
                            glue = true;
                        }
                    }
                }
                prev_word = false;
            }
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                let call = prev_word && g.delimiter() != Delimiter::Brace;
                if !glue && !call {
                    out.push(' ');
                }
                let inner = tokens_text(&g.stream());
                if inner.is_empty() && g.delimiter() == Delimiter::Brace {
                    out.push_str("{}");
                } else {
                    out.push_str(open);
                    out.push_str(inner.trim_end());
                    out.push_str(close);
                }
                glue = false;
                prev_word = false;
                colon = false;
            }
            TokenTree::Ident(_) | TokenTree::Literal(_) => {
                if !glue {
                    out.push(' ');
                }
                out.push_str(&tt.to_string());
                glue = false;
                prev_word = matches!(tt, TokenTree::Ident(_));
                colon = false;
            }
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn spacing() {
        assert_eq!(tokens_text(&quote!(a: req("a") b"a" &ti::XSD_LONG)), r#"a: req("a") b"a" &ti::XSD_LONG"#);
        assert_eq!(tokens_text(&quote!(Req => Resp)), "Req => Resp");
        assert_eq!(tokens_text(&quote!(namespaces super::NAMESPACES)), "namespaces super::NAMESPACES");
        assert_eq!(tokens_text(&quote!(x: nil("tns:x" | "x") b"x" &ti::A)), r#"x: nil("tns:x" | "x") b"x" &ti::A"#);
        assert_eq!(
            tokens_text(&quote!(a a_mut "a": opt Vec<Option<super::X> > => Option<String>)),
            r#"a a_mut "a": opt Vec<Option<super::X>> => Option<String>"#
        );
    }

    #[test]
    fn one_entry_per_line() {
        let item: syn::Item = syn::parse2(
            quote!(ttsoap::__struct!(A, "t:A", "A", plain { x: req("x") b"x" &ti::B, y: opt("y") b"y" &ti::C });),
        )
        .unwrap();
        let text = macro_item(&item).unwrap();
        assert_eq!(
            text,
            "ttsoap::__struct!(\n    A,\n    \"t:A\",\n    \"A\",\n    plain {\n        x: req(\"x\") b\"x\" &ti::B,\n        y: opt(\"y\") b\"y\" &ti::C\n    }\n);\n"
        );
    }
}
