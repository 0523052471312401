//! An append-only XML writer tuned for SOAP envelopes: no indentation, no namespace
//! bookkeeping (the envelope declares every prefix once), escaping of all text.
//!
//! The writer has two modes. By default it writes SOAP-encoded XML, where values carry their
//! type (`xsi:type`, `SOAP-ENC:arrayType`). In literal mode ([`XmlWriter::set_literal`], for
//! `use="literal"` messages) those annotations are left out: every type annotation goes
//! through [`XmlWriter::type_attr`] or [`XmlWriter::array_type_attr`], which write nothing
//! then.
//!
//! Dates are written in the writer's [`DateStyle`] ([`XmlWriter::set_date_style`]): the
//! default labels each value by its text, [`DateStyle::DateTimeOnly`] writes every date as an
//! `xsd:dateTime` for servers (TestTrack 2013) that declare no `xsd:date`.
//!
//! Characters that XML 1.0 forbids (NUL, most C0 controls, U+FFFE, U+FFFF) are never written:
//! the writer leaves them out and remembers the first one with the path of its element, and
//! [`XmlWriter::finish`] returns that as an [`EncodeError`], so a document with such a value
//! is never sent.

use super::escape::{escape_into, escape_text_into, find_forbidden, ForbiddenChar};
use crate::error::EncodeError;
use crate::values::DateStyle;

/// Settings for writing messages that depend on the peer (see [`XmlWriter::set_options`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct WriteOptions {
    /// How dates and dateTimes are written.
    pub date_style: DateStyle,
}

impl WriteOptions {
    /// Options with this date style.
    pub fn with_date_style(mut self, style: DateStyle) -> Self {
        self.date_style = style;
        self
    }
}

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
    /// Arrays are annotated the SOAP 1.2 way (`enc:itemType`, `enc:arraySize`).
    soap12_arrays: bool,
    date_style: DateStyle,
    /// Offsets in `out` of the names of the open elements, outermost first.
    names: Vec<usize>,
    /// The first forbidden character met.
    error: Option<Box<EncodeError>>,
}

impl XmlWriter {
    /// A new, empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// A writer with room for `cap` bytes.
    pub fn with_capacity(cap: usize) -> Self {
        XmlWriter { out: Vec::with_capacity(cap), ..Self::default() }
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

    /// Annotates arrays the SOAP 1.2 way: `enc:itemType="X" enc:arraySize="n"` (SOAP 1.2 part 2,
    /// section 3.1.6; the envelope binds `enc` to `http://www.w3.org/2003/05/soap-encoding`)
    /// instead of SOAP 1.1's `SOAP-ENC:arrayType="X[n]"`.
    ///
    /// ```
    /// use ttsoap::xml::XmlWriter;
    /// let mut w = XmlWriter::new();
    /// w.set_soap12_arrays(true);
    /// w.start("a");
    /// w.array_type_attr("xsd:int", 2);
    /// w.end("a");
    /// assert_eq!(w.as_str(), r#"<a enc:itemType="xsd:int" enc:arraySize="2"/>"#);
    /// ```
    pub fn set_soap12_arrays(&mut self, soap12: bool) {
        self.soap12_arrays = soap12;
    }

    /// Sets how dates and dateTimes are written (see [`DateStyle`]).
    ///
    /// ```
    /// use ttsoap::{values::DateStyle, xml::XmlWriter, Date, Encode};
    /// let d = Date::parse("2013-10-03").unwrap();
    /// let mut w = XmlWriter::new();
    /// d.encode("a", &ttsoap::encoding::xsd::DATE, &mut w);
    /// w.set_date_style(DateStyle::DateTimeOnly);
    /// d.encode("b", &ttsoap::encoding::xsd::DATE, &mut w);
    /// assert_eq!(
    ///     w.as_str(),
    ///     r#"<a xsi:type="xsd:date">2013-10-03</a><b xsi:type="xsd:dateTime">2013-10-03T00:00:00</b>"#
    /// );
    /// ```
    pub fn set_date_style(&mut self, style: DateStyle) {
        self.date_style = style;
    }

    /// How dates and dateTimes are written.
    #[inline]
    pub fn date_style(&self) -> DateStyle {
        self.date_style
    }

    /// Applies peer-dependent settings (currently the date style).
    pub fn set_options(&mut self, opts: WriteOptions) {
        self.date_style = opts.date_style;
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
        self.names.push(self.out.len());
        self.out.extend_from_slice(name.as_bytes());
        self.open = true;
    }

    /// Notes the first forbidden character, in the open element (or its attribute `attr`).
    #[cold]
    fn forbidden(&mut self, f: ForbiddenChar, attr: Option<&str>) {
        if self.error.is_some() {
            return;
        }
        let mut path = String::new();
        for &at in &self.names {
            let rest = &self.out[at..];
            let len = rest.iter().position(|b| matches!(b, b' ' | b'>' | b'/')).unwrap_or(rest.len());
            let qname = String::from_utf8_lossy(&rest[..len]);
            path.push('/');
            path.push_str(qname.rsplit(':').next().unwrap_or(&qname));
        }
        if let Some(a) = attr {
            path.push_str("/@");
            path.push_str(a);
        }
        if path.is_empty() {
            path.push('/');
        }
        self.error = Some(Box::new(EncodeError { path, character: f.ch, position: f.position }));
    }

    /// Adds an attribute to the element opened last. The value is escaped.
    #[inline]
    pub fn attr(&mut self, name: &str, value: &str) {
        debug_assert!(self.open, "attribute outside a start tag");
        self.out.push(b' ');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"=\"");
        if let Err(f) = escape_into(&mut self.out, value) {
            self.forbidden(f, Some(name));
        }
        self.out.push(b'"');
    }

    /// Adds attributes to the element whose `<` is at byte `at` of the output, after its name
    /// (for attributes an [`crate::Encode`] implementation does not write, such as a header's
    /// `SOAP-ENV:mustUnderstand`). Nothing happens when no element starts at `at`.
    pub(crate) fn insert_attrs(&mut self, at: usize, attrs: &[(&str, &str)]) {
        // `at` may be the end of the parent's start tag, closed when the element began.
        let at = if self.out.get(at) == Some(&b'>') { at + 1 } else { at };
        if self.out.get(at) != Some(&b'<') {
            return;
        }
        let rest = &self.out[at + 1..];
        let name_len = rest.iter().position(|b| matches!(b, b' ' | b'>' | b'/')).unwrap_or(rest.len());
        let mut text = Vec::new();
        let mut forbidden = None;
        for (name, value) in attrs {
            text.push(b' ');
            text.extend_from_slice(name.as_bytes());
            text.extend_from_slice(b"=\"");
            // A forbidden character is left out and reported (see `finish`).
            if let Err(f) = escape_into(&mut text, value) {
                forbidden = forbidden.or(Some((f, *name)));
            }
            text.push(b'"');
        }
        let pos = at + 1 + name_len;
        self.out.splice(pos..pos, text);
        if let Some((f, name)) = forbidden {
            self.forbidden(f, Some(name));
        }
    }

    /// Adds `xsi:type="ty"` to the element opened last, except in literal mode.
    #[inline]
    pub fn type_attr(&mut self, ty: &str) {
        if !self.literal {
            self.attr("xsi:type", ty);
        }
    }

    /// Adds `SOAP-ENC:arrayType="item[len]"` to the element opened last (with
    /// [`XmlWriter::set_soap12_arrays`], `enc:itemType="item" enc:arraySize="len"`), except in
    /// literal mode.
    pub fn array_type_attr(&mut self, item: &str, len: usize) {
        if self.literal {
            return;
        }
        debug_assert!(self.open, "attribute outside a start tag");
        let (item_attr, close) = if self.soap12_arrays {
            ("enc:itemType", &b"\" enc:arraySize=\""[..])
        } else {
            ("SOAP-ENC:arrayType", &b"["[..])
        };
        self.out.push(b' ');
        self.out.extend_from_slice(item_attr.as_bytes());
        self.out.extend_from_slice(b"=\"");
        if let Err(f) = escape_into(&mut self.out, item) {
            self.forbidden(f, Some(item_attr));
        }
        self.out.extend_from_slice(close);
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
        self.out.extend_from_slice(if self.soap12_arrays { b"\"" } else { b"]\"" });
    }

    /// Writes escaped text content. A character XML forbids is left out and noted (see
    /// [`XmlWriter::finish`]).
    #[inline]
    pub fn text(&mut self, s: &str) {
        self.close_start();
        if let Err(f) = escape_text_into(&mut self.out, s) {
            self.forbidden(f, None);
        }
    }

    /// Writes content that is known to need no escaping (numbers, booleans, base64).
    #[inline]
    pub fn raw(&mut self, s: &str) {
        self.close_start();
        self.out.extend_from_slice(s.as_bytes());
    }

    /// Writes ready-made markup (`anyType` content) as it is, after checking that it holds no
    /// character XML forbids; markup that does is not written, and the character is noted.
    ///
    /// ```
    /// use ttsoap::xml::XmlWriter;
    /// let mut w = XmlWriter::new();
    /// w.start("a");
    /// w.markup("<b>\u{1}</b>");
    /// w.end("a");
    /// assert_eq!(w.finish().unwrap_err().path, "/a");
    /// ```
    pub fn markup(&mut self, s: &str) {
        self.close_start();
        match find_forbidden(s) {
            None => self.out.extend_from_slice(s.as_bytes()),
            Some(f) => self.forbidden(f, None),
        }
    }

    /// Closes element `name`; an element with no content is written as `<name .../>`.
    #[inline]
    pub fn end(&mut self, name: &str) {
        self.names.pop();
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
        self.names.pop();
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

    /// Consumes the writer and returns its bytes. They are well-formed even when a value held
    /// a character XML forbids, but that character is missing: use [`XmlWriter::finish`]
    /// unless [`XmlWriter::error`] has been checked.
    pub fn into_bytes(mut self) -> Vec<u8> {
        self.close_start();
        self.out
    }

    /// Consumes the writer and returns its bytes, or the first character XML forbids that a
    /// value held, with the path of its element.
    ///
    /// ```
    /// use ttsoap::xml::XmlWriter;
    /// let mut w = XmlWriter::new();
    /// w.start("ns:save");
    /// w.simple("summary", "xsd:string", "bell\u{7}");
    /// w.end("ns:save");
    /// let e = w.finish().unwrap_err();
    /// assert_eq!((e.path.as_str(), e.character, e.position), ("/save/summary", '\u{7}', 4));
    /// ```
    pub fn finish(self) -> Result<Vec<u8>, EncodeError> {
        match self.error {
            Some(e) => Err(*e),
            None => Ok(self.into_bytes()),
        }
    }

    /// The first character XML forbids that a value held, if any (see [`XmlWriter::finish`]).
    pub fn error(&self) -> Option<&EncodeError> {
        self.error.as_deref()
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
