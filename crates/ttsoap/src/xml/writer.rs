//! An append-only XML writer tuned for SOAP envelopes: no indentation, no namespace
//! bookkeeping (the envelope declares every prefix once), escaping of all text.
//!
//! The writer has two modes. By default it writes SOAP-encoded XML, where values carry their
//! type (`xsi:type`, `SOAP-ENC:arrayType`). In literal mode ([`XmlWriter::set_literal`], for
//! `use="literal"` messages) those annotations are left out: every type annotation goes
//! through [`XmlWriter::type_attr`] or [`XmlWriter::array_type_attr`], which write nothing
//! then.

use super::escape::{escape_into, escape_text_into};

/// Writes XML into a growing byte buffer.
///
/// ```
/// use ttsoap::xml::XmlWriter;
/// let mut w = XmlWriter::new();
/// w.start("a");
/// w.attr("x", "1 & 2");
/// w.text("<hi>");
/// w.end("a");
/// assert_eq!(w.as_str(), r#"<a x="1 &amp; 2">&lt;hi&gt;</a>"#);
/// ```
#[derive(Debug, Default, Clone)]
pub struct XmlWriter {
    out: Vec<u8>,
    open: bool,
    literal: bool,
}

impl XmlWriter {
    /// A new, empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// A writer with room for `cap` bytes.
    pub fn with_capacity(cap: usize) -> Self {
        XmlWriter { out: Vec::with_capacity(cap), open: false, literal: false }
    }

    /// Switches literal mode on or off: in literal mode, type annotations are not written.
    ///
    /// ```
    /// use ttsoap::xml::XmlWriter;
    /// let mut w = XmlWriter::new();
    /// w.simple("a", "xsd:int", "1");
    /// w.set_literal(true);
    /// w.simple("tns:b", "xsd:int", "2");
    /// assert_eq!(w.as_str(), r#"<a xsi:type="xsd:int">1</a><tns:b>2</tns:b>"#);
    /// ```
    pub fn set_literal(&mut self, literal: bool) {
        self.literal = literal;
    }

    /// True in literal mode (`use="literal"`: no `xsi:type`, no `SOAP-ENC:arrayType`).
    #[inline]
    pub fn is_literal(&self) -> bool {
        self.literal
    }

    #[inline]
    fn close_start(&mut self) {
        if self.open {
            self.out.push(b'>');
            self.open = false;
        }
    }

    /// Opens `<name`; attributes may follow until content or `end` is written.
    #[inline]
    pub fn start(&mut self, name: &str) {
        self.close_start();
        self.out.push(b'<');
        self.out.extend_from_slice(name.as_bytes());
        self.open = true;
    }

    /// Adds an attribute to the element opened last. The value is escaped.
    #[inline]
    pub fn attr(&mut self, name: &str, value: &str) {
        debug_assert!(self.open, "attribute outside a start tag");
        self.out.push(b' ');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"=\"");
        escape_into(&mut self.out, value);
        self.out.push(b'"');
    }

    /// Adds `xsi:type="ty"` to the element opened last, except in literal mode.
    #[inline]
    pub fn type_attr(&mut self, ty: &str) {
        if !self.literal {
            self.attr("xsi:type", ty);
        }
    }

    /// Adds `SOAP-ENC:arrayType="item[len]"` to the element opened last, except in literal mode.
    pub fn array_type_attr(&mut self, item: &str, len: usize) {
        if self.literal {
            return;
        }
        debug_assert!(self.open, "attribute outside a start tag");
        self.out.extend_from_slice(b" SOAP-ENC:arrayType=\"");
        escape_into(&mut self.out, item);
        self.out.push(b'[');
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut n = len;
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.out.extend_from_slice(&digits[i..]);
        self.out.extend_from_slice(b"]\"");
    }

    /// Writes escaped text content.
    #[inline]
    pub fn text(&mut self, s: &str) {
        self.close_start();
        escape_text_into(&mut self.out, s);
    }

    /// Writes content that is known to need no escaping (numbers, booleans, base64).
    #[inline]
    pub fn raw(&mut self, s: &str) {
        self.close_start();
        self.out.extend_from_slice(s.as_bytes());
    }

    /// Closes element `name`; an element with no content is written as `<name .../>`.
    #[inline]
    pub fn end(&mut self, name: &str) {
        if self.open {
            self.out.extend_from_slice(b"/>");
            self.open = false;
        } else {
            self.out.extend_from_slice(b"</");
            self.out.extend_from_slice(name.as_bytes());
            self.out.push(b'>');
        }
    }

    /// Writes `<name xsi:type="ty">text</name>` with `text` escaped (no `xsi:type` in literal
    /// mode).
    #[inline]
    pub fn simple(&mut self, name: &str, ty: &str, text: &str) {
        self.start(name);
        self.type_attr(ty);
        self.text(text);
        self.close_start();
        self.out.extend_from_slice(b"</");
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'>');
    }

    /// The bytes written so far.
    pub fn as_bytes(&self) -> &[u8] {
        &self.out
    }

    /// The text written so far (always UTF-8).
    pub fn as_str(&self) -> &str {
        // Only `&str` input is ever appended.
        std::str::from_utf8(&self.out).unwrap_or_default()
    }

    /// Consumes the writer and returns its bytes.
    pub fn into_bytes(mut self) -> Vec<u8> {
        self.close_start();
        self.out
    }

    /// Number of bytes written.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// True when nothing has been written.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }
}
