//! Parsing one file's bytes into an `xmltree` element, with errors that carry the file and
//! the line.

use std::path::Path;

use xmltree::{Element, ParseError, ParserConfig, XMLNode};

use crate::error::{CodegenError, Result};

/// Deepest element nesting accepted. Real WSDLs nest about a dozen levels; the limit keeps
/// the recursive tree builder (and everything that walks the tree) far from the end of the
/// stack on hostile input.
pub(crate) const MAX_DEPTH: usize = 200;

/// Parses `bytes` (any encoding xml-rs understands: UTF-8, UTF-16, ASCII, Latin-1) and
/// returns the root element. Exactly one root element is accepted; comments, processing
/// instructions and whitespace may surround it.
pub(crate) fn parse(path: &Path, bytes: &[u8]) -> Result<Element> {
    if let Some(line) = too_deep(bytes, MAX_DEPTH) {
        return Err(CodegenError::Xml {
            path: path.to_path_buf(),
            line: Some(line),
            message: format!("elements nested more than {MAX_DEPTH} deep"),
        });
    }
    let config = ParserConfig::new().ignore_comments(true).cdata_to_characters(true).coalesce_characters(true);
    let nodes = Element::parse_all_with_config(bytes, config).map_err(|e| xml_error(path, &e))?;
    let mut root = None;
    for node in nodes {
        match node {
            XMLNode::Element(el) if root.is_none() => root = Some(el),
            XMLNode::Element(el) => {
                return Err(CodegenError::Xml {
                    path: path.to_path_buf(),
                    line: None,
                    message: format!("a second root element <{}> follows the first", el.name),
                })
            }
            XMLNode::Text(t) if !t.trim().is_empty() => {
                return Err(CodegenError::Xml {
                    path: path.to_path_buf(),
                    line: None,
                    message: "text outside the root element".into(),
                })
            }
            _ => {}
        }
    }
    root.ok_or_else(|| CodegenError::Xml { path: path.to_path_buf(), line: None, message: "no root element".into() })
}

/// A quick scan of the markup: the line where element nesting first exceeds `limit`, if it
/// does. Comments, CDATA sections, processing instructions, declarations and quoted
/// attribute values are skipped; anything malformed is left for the real parser to report.
fn too_deep(bytes: &[u8], limit: usize) -> Option<u64> {
    let find = |from: usize, pat: &[u8]| {
        bytes.get(from..).and_then(|rest| rest.windows(pat.len()).position(|w| w == pat)).map(|p| from + p + pat.len())
    };
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(lt) = bytes.get(i..).and_then(|rest| rest.iter().position(|b| *b == b'<')).map(|p| i + p) {
        let rest = &bytes[lt..];
        i = if rest.starts_with(b"<!--") {
            find(lt + 4, b"-->")?
        } else if rest.starts_with(b"<![CDATA[") {
            find(lt + 9, b"]]>")?
        } else if rest.starts_with(b"<?") {
            find(lt + 2, b"?>")?
        } else if rest.starts_with(b"<!") {
            declaration_end(bytes, lt)?
        } else {
            let end = tag_end(bytes, lt)?;
            if rest.starts_with(b"</") {
                depth = depth.saturating_sub(1);
            } else if bytes.get(end.saturating_sub(2)) != Some(&b'/') {
                depth += 1;
                if depth > limit {
                    return Some(1 + bytes[..lt].iter().filter(|b| **b == b'\n').count() as u64);
                }
            }
            end
        };
    }
    None
}

/// Index just past the `>` closing the tag that starts at `from`, skipping quoted values.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, b) in bytes.iter().enumerate().skip(from) {
        match (quote, *b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(*b),
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Index just past a `<!DOCTYPE ...>` (with its internal subset) starting at `from`.
fn declaration_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut nesting = 0i64;
    for (i, b) in bytes.iter().enumerate().skip(from) {
        match b {
            b'[' => nesting += 1,
            b']' => nesting -= 1,
            b'>' if nesting <= 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Maps a parser error to [`CodegenError::Xml`], taking the line from xml-rs's
/// `row:column message` rendering (the position type itself is not re-exported by xmltree).
fn xml_error(path: &Path, e: &ParseError) -> CodegenError {
    match e {
        ParseError::MalformedXml(inner) => {
            let rendered = inner.to_string();
            let (line, message) = split_position(&rendered);
            CodegenError::Xml { path: path.to_path_buf(), line, message: message.to_string() }
        }
        ParseError::CannotParse => CodegenError::Xml {
            path: path.to_path_buf(),
            line: None,
            message: "the parser could not build a tree (mismatched or unexpected markup)".into(),
        },
    }
}

/// `"3:17 Unexpected token"` -> `(Some(3), "Unexpected token")`.
fn split_position(rendered: &str) -> (Option<u64>, &str) {
    let Some((pos, rest)) = rendered.split_once(' ') else { return (None, rendered) };
    let Some((row, col)) = pos.split_once(':') else { return (None, rendered) };
    match (row.parse::<u64>(), col.parse::<u64>()) {
        (Ok(row), Ok(_)) => (Some(row), rest.trim()),
        _ => (None, rendered),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(xml: &str) -> CodegenError {
        parse(Path::new("x.wsdl"), xml.as_bytes()).expect_err("must fail")
    }

    #[test]
    fn positions_are_split_off() {
        assert_eq!(split_position("3:17 Unexpected token"), (Some(3), "Unexpected token"));
        assert_eq!(split_position("nothing here"), (None, "nothing here"));
        assert_eq!(split_position("a:b c"), (None, "a:b c"));
    }

    #[test]
    fn malformed_xml_reports_the_line() {
        match err("<a>\n<b>\n</a>") {
            CodegenError::Xml { line, .. } => assert_eq!(line, Some(3)),
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(err(""), CodegenError::Xml { .. }));
        assert!(matches!(err("<a/><b/>"), CodegenError::Xml { .. }));
        assert!(matches!(err("<a/>trailing"), CodegenError::Xml { .. }));
        assert!(matches!(err("<?xml version=\"1.0\"?>"), CodegenError::Xml { .. }));
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("{}{}", "<a>\n".repeat(MAX_DEPTH + 1), "</a>".repeat(MAX_DEPTH + 1));
        match err(&deep) {
            CodegenError::Xml { line, message, .. } => {
                assert_eq!(line, Some(MAX_DEPTH as u64 + 1));
                assert!(message.contains("nested"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
        let ok = format!(
            "<!DOCTYPE a [<!ENTITY e \"x\">]><a><!-- <b><b> --><![CDATA[<c><c>]]><?pi <d>?><e x='>'/>{}{}</a>",
            "<b>".repeat(MAX_DEPTH - 1),
            "</b>".repeat(MAX_DEPTH - 1)
        );
        assert_eq!(too_deep(ok.as_bytes(), MAX_DEPTH), None);
        assert!(parse(Path::new("x"), ok.as_bytes()).is_ok());
        assert_eq!(too_deep(b"<a><b><c/></b></a>", 2), None);
        assert_eq!(too_deep(b"<a><b><c></c></b></a>", 2), Some(1));
    }

    #[test]
    fn latin1_and_comments_are_fine() {
        let xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><!-- c --><a>\xe9</a>";
        let el = parse(Path::new("x"), xml).expect("parses");
        assert_eq!(el.name, "a");
    }
}
