//! Parsing one file's bytes into a [`tree::Element`] with quick-xml, with errors that carry
//! the file and the line.
//!
//! The builder keeps attribute and namespace-declaration order, resolves element names by the
//! declarations in scope (an undeclared prefix is an error), resolves the predefined entities
//! and character references, and refuses nesting deeper than [`MAX_DEPTH`] as it reads.

use std::path::Path;
use std::sync::Arc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::PrefixDeclaration;
use quick_xml::Reader;

use super::dom::XML_NS;
use super::tree::{Attribute, Element, Node, Scope};
use crate::error::{CodegenError, Result};

/// Deepest element nesting accepted. Real WSDLs nest about a dozen levels; the limit keeps
/// everything that walks the tree recursively far from the end of the stack on hostile input.
pub(crate) const MAX_DEPTH: usize = 200;

/// Parses `bytes` (UTF-8, UTF-16 with a byte order mark or a recognisable `<?xml`, US-ASCII or
/// ISO-8859-1) and returns the root element. Exactly one root element is accepted; comments,
/// processing instructions and whitespace may surround it.
pub(crate) fn parse(path: &Path, bytes: &[u8]) -> Result<Element> {
    parse_limited(path, bytes, MAX_DEPTH)
}

fn parse_limited(path: &Path, bytes: &[u8], limit: usize) -> Result<Element> {
    let text = decode(bytes).map_err(|message| xml_error(path, None, message))?;
    Build { path, text: &text, limit, lines: Lines::default(), stack: Vec::new(), root: None }.run()
}

/// An element being read, with the text not yet added to it.
struct Open {
    el: Element,
    text: String,
}

struct Build<'a> {
    path: &'a Path,
    text: &'a str,
    limit: usize,
    lines: Lines,
    stack: Vec<Open>,
    root: Option<Element>,
}

impl Build<'_> {
    fn run(mut self) -> Result<Element> {
        let mut reader = Reader::from_str(self.text);
        loop {
            let at = reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(e) => e,
                Err(e) => {
                    let line = self.line(reader.error_position() as usize);
                    return Err(xml_error(self.path, Some(line), e.to_string()));
                }
            };
            match event {
                Event::Start(e) => self.open(&e, at)?,
                Event::Empty(e) => {
                    self.open(&e, at)?;
                    self.close();
                }
                Event::End(_) => self.close(),
                Event::Text(t) => {
                    let t = t.xml_content().map_err(|e| self.error(at, e.to_string()))?;
                    self.text(&t, at)?;
                }
                Event::CData(c) => {
                    let t = c.xml_content().map_err(|e| self.error(at, e.to_string()))?;
                    self.text(&t, at)?;
                }
                Event::GeneralRef(r) => {
                    let name = r.decode().map_err(|e| self.error(at, e.to_string()))?;
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        Ok(None) => match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(s) => s.to_string(),
                            None => return Err(self.error(at, format!("undefined entity &{name};"))),
                        },
                        Err(e) => return Err(self.error(at, e.to_string())),
                    };
                    self.text(&resolved, at)?;
                }
                Event::Eof => break,
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
            }
        }
        if let Some(open) = self.stack.last() {
            let message = format!("<{}> (line {}) is not closed", open.el.name, open.el.line);
            return Err(xml_error(self.path, Some(self.line(self.text.len())), message));
        }
        self.root.ok_or_else(|| xml_error(self.path, None, "no root element".into()))
    }

    fn line(&mut self, at: usize) -> u64 {
        self.lines.at(self.text, at)
    }

    fn error(&mut self, at: usize, message: String) -> CodegenError {
        let line = self.line(at);
        xml_error(self.path, Some(line), message)
    }

    /// Starts an element: its declarations, attributes and resolved name.
    fn open(&mut self, e: &BytesStart<'_>, at: usize) -> Result<()> {
        let line = self.line(at);
        let err = |message: String| xml_error(self.path, Some(line), message);
        let qname = std::str::from_utf8(e.name().into_inner()).map_err(|e| err(e.to_string()))?.to_string();
        if self.stack.is_empty() && self.root.is_some() {
            return Err(err(format!("a second root element <{qname}> follows the first")));
        }
        if self.stack.len() >= self.limit {
            return Err(err(format!("elements nested more than {} deep", self.limit)));
        }
        let mut declared = Vec::new();
        let mut attributes = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|e| err(e.to_string()))?;
            let raw = std::str::from_utf8(&a.value).map_err(|e| err(e.to_string()))?;
            let normalized = normalize_attribute(raw);
            let value = quick_xml::escape::unescape(&normalized).map_err(|e| err(e.to_string()))?;
            let key = std::str::from_utf8(a.key.into_inner()).map_err(|e| err(e.to_string()))?;
            match a.key.as_namespace_binding() {
                Some(PrefixDeclaration::Default) => declared.push((String::new(), value.into_owned())),
                Some(PrefixDeclaration::Named(_)) => {
                    declared.push((key["xmlns:".len()..].to_string(), value.into_owned()))
                }
                None => {
                    let (prefix, name) = key.split_once(':').unwrap_or(("", key));
                    attributes.push(Attribute {
                        prefix: prefix.to_string(),
                        name: name.to_string(),
                        value: value.into_owned(),
                    });
                }
            }
        }
        let parent = match self.stack.last() {
            Some(open) => open.el.scope.clone(),
            None => Arc::new(Scope::default()),
        };
        let scope = if declared.is_empty() { parent } else { Arc::new(Scope { declared, parent: Some(parent) }) };
        let bound = |prefix: &str| match prefix {
            "xml" => Some(XML_NS),
            _ => scope.lookup(prefix),
        };
        if let Some(a) = attributes.iter().find(|a| !a.prefix.is_empty() && bound(&a.prefix).is_none()) {
            return Err(err(format!(
                "undeclared namespace prefix \"{}\" on attribute {}:{}",
                a.prefix, a.prefix, a.name
            )));
        }
        let (prefix, name) = qname.split_once(':').unwrap_or(("", &qname));
        let namespace = match bound(prefix) {
            Some(uri) => Some(uri.to_string()).filter(|u| !u.is_empty()),
            None if prefix.is_empty() => None,
            None => return Err(err(format!("undeclared namespace prefix \"{prefix}\" on element <{qname}>"))),
        };
        let el = Element { name: name.to_string(), namespace, attributes, scope, children: Vec::new(), line };
        if let Some(parent) = self.stack.last_mut() {
            flush(parent);
        }
        self.stack.push(Open { el, text: String::new() });
        Ok(())
    }

    /// Ends the innermost element (quick-xml has checked that the end tag matches).
    fn close(&mut self) {
        let Some(mut open) = self.stack.pop() else { return };
        flush(&mut open);
        match self.stack.last_mut() {
            Some(parent) => parent.el.children.push(Node::Element(open.el)),
            None => self.root = Some(open.el),
        }
    }

    /// Character data: added to the open element; outside the root only whitespace may stand.
    fn text(&mut self, t: &str, at: usize) -> Result<()> {
        match self.stack.last_mut() {
            Some(open) => open.text.push_str(t),
            None if is_blank(t) => {}
            None => return Err(self.error(at, "text outside the root element".into())),
        }
        Ok(())
    }
}

/// Moves an open element's collected text into its children (as xml-rs did, a run of
/// character data with nothing but whitespace in it is dropped).
fn flush(open: &mut Open) {
    let text = std::mem::take(&mut open.text);
    if !is_blank(&text) {
        open.el.children.push(Node::Text(text));
    }
}

fn is_blank(t: &str) -> bool {
    t.chars().all(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
}

/// Attribute-value normalisation (XML 1.0 §3.3.3): line ends and tabs written literally become
/// spaces; the character references resolved afterwards keep theirs.
fn normalize_attribute(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.contains(['\t', '\n', '\r']) {
        raw.replace("\r\n", " ").replace(['\t', '\n', '\r'], " ").into()
    } else {
        raw.into()
    }
}

/// Line numbers of byte offsets, counted incrementally (offsets mostly grow).
#[derive(Default)]
struct Lines {
    offset: usize,
    line: u64,
}

impl Lines {
    fn at(&mut self, text: &str, at: usize) -> u64 {
        let at = at.min(text.len());
        if at < self.offset {
            *self = Lines::default();
        }
        self.line += text.as_bytes()[self.offset..at].iter().filter(|b| **b == b'\n').count() as u64;
        self.offset = at;
        self.line + 1
    }
}

/// The document's text. The encodings are the ones the earlier parser (xml-rs) read, and std
/// decodes all of them (hand-written rather than with `encoding_rs`, whose current release
/// needs a newer Rust than the workspace's 1.85, for four encodings). Chosen by a UTF-8 or
/// UTF-16 byte order mark, a UTF-16 `<?` without one, else the `encoding` of the XML
/// declaration (UTF-8 when absent).
fn decode(bytes: &[u8]) -> std::result::Result<String, String> {
    let utf16 = |b: &[u8], le: bool| {
        let pairs = b.chunks_exact(2);
        let odd = !pairs.remainder().is_empty();
        let units = pairs.map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) });
        char::decode_utf16(units)
            .collect::<std::result::Result<String, _>>()
            .ok()
            .filter(|_| !odd)
            .ok_or_else(|| "the document is not valid UTF-16".to_string())
    };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    match bytes {
        [0xFF, 0xFE, rest @ ..] => return utf16(rest, true),
        [0xFE, 0xFF, rest @ ..] => return utf16(rest, false),
        [b'<', 0, b'?', 0, ..] => return utf16(bytes, true),
        [0, b'<', 0, b'?', ..] => return utf16(bytes, false),
        _ => {}
    }
    // A declaration readable as ASCII that says UTF-16 is wrong about itself (a common
    // .NET mistake): the bytes are read as UTF-8.
    match declared_encoding(bytes).map(|e| e.to_ascii_lowercase()).as_deref() {
        None | Some("utf-8" | "utf8" | "us-ascii" | "ascii" | "utf-16" | "utf16") => utf8(bytes),
        Some("iso-8859-1" | "latin1" | "latin-1" | "iso8859-1" | "l1") => {
            Ok(bytes.iter().map(|b| *b as char).collect())
        }
        Some(other) => {
            Err(format!("unsupported encoding \"{other}\" (UTF-8, UTF-16, US-ASCII and ISO-8859-1 are read)"))
        }
    }
}

fn utf8(bytes: &[u8]) -> std::result::Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| format!("the document is not valid UTF-8: {}", e.utf8_error()))
}

/// The `encoding="..."` of an ASCII-readable `<?xml ...?>` declaration.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = bytes.strip_prefix(b"<?xml")?;
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let after = decl.split_once("encoding")?.1.trim_start().strip_prefix('=')?.trim_start();
    let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    Some(after[1..].split(quote).next()?.to_string())
}

fn xml_error(path: &Path, line: Option<u64>, message: String) -> CodegenError {
    CodegenError::Xml { path: path.to_path_buf(), line, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(xml: &str) -> CodegenError {
        parse(Path::new("x.wsdl"), xml.as_bytes()).expect_err("must fail")
    }

    fn line_of(e: CodegenError) -> Option<u64> {
        match e {
            CodegenError::Xml { line, .. } => line,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn malformed_xml_reports_the_line() {
        assert_eq!(line_of(err("<a>\n<b>\n</a>")), Some(3));
        assert_eq!(line_of(err("<a>\n\n<p:b/></a>")), Some(3));
        assert!(matches!(err(""), CodegenError::Xml { .. }));
        assert!(matches!(err("<a/><b/>"), CodegenError::Xml { .. }));
        assert!(matches!(err("<a/>trailing"), CodegenError::Xml { .. }));
        assert!(matches!(err("<?xml version=\"1.0\"?>"), CodegenError::Xml { .. }));
        assert!(matches!(err("<a>&nope;</a>"), CodegenError::Xml { .. }));
        assert!(matches!(err("<a x='1' x='2'/>"), CodegenError::Xml { .. }));
    }

    #[test]
    fn deep_nesting_is_refused() {
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
        assert!(parse(Path::new("x"), ok.as_bytes()).is_ok());
        assert!(parse_limited(Path::new("x"), b"<a><b><c/></b></a>", 3).is_ok());
        assert!(parse_limited(Path::new("x"), b"<a><b><c></c></b></a>", 2).is_err());
    }

    #[test]
    fn latin1_utf16_and_comments_are_fine() {
        let xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><!-- c --><a>\xe9</a>";
        let el = parse(Path::new("x"), xml).expect("parses");
        assert_eq!(el.name, "a");
        assert!(matches!(&el.children[..], [Node::Text(t)] if t == "\u{e9}"));
        let utf16: Vec<u8> = "\u{feff}<a>\u{e9}</a>".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(parse(Path::new("x"), &utf16).expect("utf-16 parses").name, "a");
        let be: Vec<u8> = "<?xml version='1.0'?><b/>".encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(parse(Path::new("x"), &be).expect("utf-16be parses").name, "b");
    }

    #[test]
    fn reads_declarations_in_document_order() {
        let xml = "\u{feff}<?xml version=\"1.0\"?>\n<!-- <x xmlns:no='1'> -->\n<!DOCTYPE d [<!ENTITY e \"v\">]>\n\
                   <d xmlns:z='urn:z' a=\"x>y\" xmlns=\"urn:d\" xmlns:a=\"urn:a&amp;b\"><c/></d>";
        let root = parse(Path::new("x"), xml.as_bytes()).expect("parses");
        let decl = |p: &str, n: &str| (p.to_string(), n.to_string());
        assert_eq!(root.scope.declared, vec![decl("z", "urn:z"), decl("", "urn:d"), decl("a", "urn:a&b")]);
    }

    #[test]
    fn tree_keeps_order_scope_text_and_lines() {
        let xml = "<r xmlns:z='urn:z' b='2' xmlns='urn:d' a='1&amp;'>\n  <z:c xmlns:y='urn:y' p:q='v' xmlns:p='urn:p'>x &lt; <![CDATA[<y>]]><!-- c --> z</z:c>\n  <e>  </e></r>";
        let root = parse(Path::new("x"), xml.as_bytes()).expect("parses");
        assert_eq!(root.namespace.as_deref(), Some("urn:d"));
        let names: Vec<(&str, &str)> = root.attributes.iter().map(|a| (a.name.as_str(), a.value.as_str())).collect();
        assert_eq!(names, [("b", "2"), ("a", "1&")]);
        assert_eq!(root.scope.declared, vec![("z".into(), "urn:z".into()), (String::new(), "urn:d".into())]);
        let c = root.children[0].as_element().expect("c");
        assert_eq!((c.name.as_str(), c.namespace.as_deref(), c.line), ("c", Some("urn:z"), 2));
        assert_eq!(c.attributes[0].prefix, "p");
        assert_eq!(c.scope.lookup("p"), Some("urn:p"));
        assert!(matches!(&c.children[..], [Node::Text(t)] if t == "x < <y> z"));
        let e = root.children[1].as_element().expect("e");
        assert!(e.children.is_empty());
        assert_eq!(e.line, 3);
    }
}
