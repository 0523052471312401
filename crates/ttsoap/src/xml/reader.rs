//! A one-pass pull reader over a borrowed document, with the few SOAP-encoding attributes
//! (`xsi:type`, `xsi:nil`, `href`, `id`, `SOAP-ENC:position`) resolved on demand.
//!
//! Decoding never builds a tree. The one exception is Apache Axis multi-references
//! (`href="#id0"` pointing at a `<multiRef id="id0">` elsewhere in the body): the first
//! `href` seen triggers one scan that indexes every element carrying an `id`, and the
//! referenced element is then decoded by a second reader positioned at it.

mod attrs;

use std::borrow::Cow;
use std::rc::Rc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::elem::attr;
pub use super::elem::Elem;
use super::escape::unescape_text;
pub use super::options::ReadOptions;
use super::refs::{RefState, Scope, SharedRefs};
use super::scan::{self, Tag};
use crate::encoding::Decode;
use crate::error::DecodeError;

/// An `xsi:type` value split into namespace and local name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeName {
    /// The namespace the prefix resolved to, if it resolved.
    pub namespace: Option<String>,
    /// The local part.
    pub local: String,
}

/// A namespace declaration as written: its prefix (empty for `xmlns`) and raw value.
type Decl<'a> = (&'a [u8], Cow<'a, [u8]>);

/// The pull reader used by generated `Decode` implementations.
pub struct XmlReader<'a> {
    doc: &'a [u8],
    /// The document as text when it is valid UTF-8 (checked once, so text nodes need no
    /// check of their own); `None` falls back to checking each text node.
    utf8: Option<&'a str>,
    base: usize,
    /// Bytes the reader stepped over itself (tags and leaf text read by the fast paths)
    /// since `ns` was made.
    skipped: usize,
    /// End tags consumed by the fast paths since `ns` was made: each may leave one name on
    /// quick-xml's own stack of open elements, so `ns` is remade now and then.
    fast_ends: usize,
    /// True when `ns` stands between markup (after a `>`, where the fast paths may read),
    /// false after a text event (quick-xml has then consumed the next `<`) or before the
    /// first event.
    at_text: bool,
    /// Names of open elements below the one being skipped or read as text (reused buffer).
    inner: Vec<&'a [u8]>,
    ns: Reader<&'a [u8]>,
    /// Open elements that declare namespaces, with their depth. Kept by hand rather than by
    /// quick-xml's `NsReader`, because most SOAP elements declare nothing and only some
    /// `xsi:type` values ever need resolving: the declarations are read from the tag when a
    /// prefix is looked up, not when the element opens.
    scopes: Vec<(usize, Elem<'a>)>,
    /// The empty element returned last, when it declares namespaces.
    empty_scope: Option<Elem<'a>>,
    opts: ReadOptions,
    path: Vec<&'a [u8]>,
    /// The id index and reference budget, shared with every reader over this document; made
    /// on the first `href`.
    refs: Option<SharedRefs>,
    /// Declarations in scope around a referenced element this reader was opened at.
    inherited: Option<Rc<Scope>>,
    ref_depth: usize,
    path_prefix: String,
}

impl<'a> XmlReader<'a> {
    /// A reader over a whole document.
    pub fn new(doc: &'a [u8], opts: ReadOptions) -> Self {
        // Start after a UTF-8 byte order mark, so that positions stay document offsets
        // (quick-xml would skip it without counting it).
        let base = if doc.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        Self::at(doc, std::str::from_utf8(doc).ok(), base, opts)
    }

    /// Where the document's content starts: after a UTF-8 byte order mark.
    fn base_of_document(&self) -> usize {
        if self.doc.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        }
    }

    fn at(doc: &'a [u8], utf8: Option<&'a str>, base: usize, opts: ReadOptions) -> Self {
        XmlReader {
            doc,
            utf8,
            base,
            skipped: 0,
            fast_ends: 0,
            at_text: false,
            inner: Vec::new(),
            ns: Self::tokenizer(&doc[base..]),
            scopes: Vec::new(),
            empty_scope: None,
            opts,
            // Deep enough for the usual SOAP answer without growing.
            path: Vec::with_capacity(16),
            refs: None,
            inherited: None,
            ref_depth: 0,
            path_prefix: String::new(),
        }
    }

    /// The quick-xml reader over `input`, for everything the fast paths ([`scan`] for tags,
    /// [`read_text`](Self::read_text) for leaf text) leave to it: comments, CDATA,
    /// processing instructions, references, and whatever is malformed. End tags are matched
    /// against start tags here, not by quick-xml, because the fast paths consume tags that
    /// quick-xml never sees.
    fn tokenizer(input: &'a [u8]) -> Reader<&'a [u8]> {
        let mut ns = Reader::from_reader(input);
        let cfg = ns.config_mut();
        cfg.trim_text(false);
        cfg.expand_empty_elements = false;
        cfg.check_end_names = false;
        cfg.allow_unmatched_ends = true;
        cfg.check_comments = false;
        ns
    }

    /// The options this reader was made with.
    pub fn options(&self) -> ReadOptions {
        self.opts
    }

    /// True when unknown elements and mismatches are errors.
    #[inline]
    pub fn is_strict(&self) -> bool {
        self.opts.strict
    }

    /// The whole document.
    pub fn document(&self) -> &'a [u8] {
        self.doc
    }

    /// Current byte offset in the document.
    pub fn position(&self) -> usize {
        self.base + self.skipped + self.ns.buffer_position() as usize
    }

    /// The slash-separated path of open elements, for error messages.
    pub fn path(&self) -> String {
        let mut s = self.path_prefix.clone();
        for p in &self.path {
            s.push('/');
            s.push_str(&String::from_utf8_lossy(attr::split(p).1));
        }
        if s.is_empty() {
            s.push('/');
        }
        s
    }

    /// Path of `child` below the open elements.
    pub fn path_of(&self, child: &Elem<'_>) -> String {
        // An open child is already on the path.
        if self.path.last().is_some_and(|l| l.as_ptr() == child.qname().as_ptr()) {
            return self.path();
        }
        let mut s = self.path();
        if !s.ends_with('/') {
            s.push('/');
        }
        s.push_str(&child.name_lossy());
        s
    }

    fn malformed(&self, message: impl Into<String>) -> DecodeError {
        DecodeError::Malformed { offset: self.position() as u64, message: message.into() }
    }

    /// An "unexpected structure" error at the current path.
    pub fn unexpected(&self, message: impl Into<String>) -> DecodeError {
        DecodeError::Unexpected { path: self.path(), message: message.into() }
    }

    /// An "invalid value" error for the content of `el`.
    pub fn invalid(&self, el: &Elem<'_>, message: impl Into<String>) -> DecodeError {
        DecodeError::InvalidValue { path: self.path_of(el), message: message.into() }
    }

    fn read_event(&mut self) -> Result<Event<'a>, DecodeError> {
        self.empty_scope = None;
        self.tokenize().map_err(|e| self.malformed(e.to_string()))
    }

    /// The next quick-xml event, noting whether quick-xml is left between markup.
    fn tokenize(&mut self) -> Result<Event<'a>, quick_xml::Error> {
        let event = self.ns.read_event();
        self.at_text = matches!(
            event,
            Ok(Event::Start(_)
                | Event::Empty(_)
                | Event::End(_)
                | Event::Comment(_)
                | Event::CData(_)
                | Event::PI(_)
                | Event::Decl(_)
                | Event::DocType(_)
                | Event::GeneralRef(_))
        );
        event
    }

    /// The input not read yet, when quick-xml stands between markup in a UTF-8 document,
    /// where the fast paths ([`scan`]) may read.
    #[inline(always)]
    fn fast_input(&self) -> Option<&'a [u8]> {
        if !self.at_text || self.utf8.is_none() {
            return None;
        }
        Some(self.ns.get_ref())
    }

    /// Moves past `n` bytes that a fast path has read; `end_tag` when they end with an end
    /// tag that quick-xml did not see.
    #[inline]
    fn advance(&mut self, n: usize, end_tag: bool) {
        let rest: &'a [u8] = self.ns.get_ref();
        *self.ns.get_mut() = &rest[n..];
        self.skipped += n;
        if end_tag {
            self.fast_ends += 1;
            if self.fast_ends == 4096 {
                // quick-xml still counts the elements whose start tags it read as open; a
                // fresh tokenizer forgets them.
                self.base = self.position();
                self.skipped = 0;
                self.fast_ends = 0;
                self.ns = Self::tokenizer(&self.doc[self.base..]);
            }
        }
    }

    /// The element of a start tag quick-xml returned.
    fn elem(&self, start: &BytesStart<'_>, empty: bool, offset: usize) -> Elem<'a> {
        // The tag borrows from the document, not from the event: re-borrow it for 'a.
        Elem::new(self.reborrow(start), start.name().as_ref().len(), empty, offset)
    }

    /// The namespace declarations on a start tag, borrowed from the document.
    pub(super) fn declarations(&self, el: &Elem<'a>) -> impl Iterator<Item = Decl<'a>> {
        let text = self.doc_str(el.content).unwrap_or_default();
        let mut attributes = quick_xml::events::attributes::Attributes::new(text, el.name_len as usize);
        attributes.with_checks(false);
        attributes.flatten().filter_map(|a| {
            let key = a.key.into_inner();
            let prefix = if key == b"xmlns" { Some(&b""[..]) } else { key.strip_prefix(b"xmlns:") };
            prefix.map(|p| (p, a.value))
        })
    }

    /// Notes the declarations of an empty element that is about to be returned.
    fn enter_empty(&mut self, el: Elem<'a>) -> Elem<'a> {
        if el.has(attr::XMLNS) {
            self.empty_scope = Some(el.clone());
        }
        el
    }

    /// Closes the innermost open element.
    fn pop(&mut self) {
        self.path.pop();
        let depth = self.path.len();
        while self.scopes.last().is_some_and(|(d, _)| *d > depth) {
            self.scopes.pop();
        }
    }

    #[inline]
    fn push(&mut self, el: Elem<'a>) -> Result<Elem<'a>, DecodeError> {
        if self.path.len() >= self.opts.max_depth {
            return Err(self.malformed(format!("elements nested deeper than {}", self.opts.max_depth)));
        }
        self.path.push(el.qname());
        if el.has(attr::XMLNS) {
            self.scopes.push((self.path.len(), el.clone()));
        }
        Ok(el)
    }

    /// `s` as text: without a second UTF-8 check when it lies in a document already known to
    /// be UTF-8.
    #[inline]
    fn doc_str<'s>(&self, s: &'s [u8]) -> Option<&'s str>
    where
        'a: 's,
    {
        let off = (s.as_ptr() as usize).wrapping_sub(self.doc.as_ptr() as usize);
        match self.utf8 {
            Some(t) if off <= t.len() && s.len() <= t.len() - off => t.get(off..off + s.len()),
            _ => std::str::from_utf8(s).ok(),
        }
    }

    /// Maps a slice that points into the document back to the document's lifetime.
    fn reborrow(&self, s: &[u8]) -> &'a [u8] {
        let doc = self.doc;
        let start = s.as_ptr() as usize;
        let doc_start = doc.as_ptr() as usize;
        if start >= doc_start && start + s.len() <= doc_start + doc.len() {
            let off = start - doc_start;
            &doc[off..off + s.len()]
        } else {
            b"?"
        }
    }

    /// Reads up to the document element and returns it. A DOCTYPE is refused.
    pub fn root(&mut self) -> Result<Elem<'a>, DecodeError> {
        // A document that is not UTF-8 throughout is not well-formed, even where the bytes
        // sit in a part that is never read as text (a namespace URI, a skipped element).
        if self.utf8.is_none() {
            if let Err(e) = std::str::from_utf8(self.doc) {
                return Err(DecodeError::Malformed {
                    offset: e.valid_up_to() as u64,
                    message: "the document is not valid UTF-8".into(),
                });
            }
        }
        loop {
            // After the XML declaration, the usual document element is read by the fast path.
            if let Some(scan::Found { lt, consumed, tag: Tag::Start { content, name_len, empty: false, shape } }) =
                self.fast_input().and_then(scan::next_tag)
            {
                let offset = self.position() + lt;
                self.advance(consumed, false);
                return self.push(Elem::scanned(content, name_len, false, offset, shape));
            }
            let offset = self.position();
            match self.read_event()? {
                Event::Start(s) => return self.push(self.elem(&s, false, offset)),
                Event::Empty(s) => return Ok(self.enter_empty(self.elem(&s, true, offset))),
                Event::DocType(_) => {
                    return Err(DecodeError::Malformed {
                        offset: offset as u64,
                        message: "a DOCTYPE declaration is not accepted in a SOAP message".into(),
                    })
                }
                Event::Text(t) if !t.iter().all(|b| b.is_ascii_whitespace()) => {
                    return Err(DecodeError::Malformed {
                        offset: offset as u64,
                        message: "text before the document element".into(),
                    });
                }
                Event::Eof => {
                    return Err(DecodeError::Malformed {
                        offset: offset as u64,
                        message: "no document element (empty or truncated input)".into(),
                    })
                }
                Event::End(_) => return Err(self.malformed("unexpected end tag")),
                _ => {}
            }
        }
    }

    /// Returns the next child element of `parent`, or `None` once `parent` has ended.
    /// Text between children is ignored.
    pub fn next_child(&mut self, parent: &Elem<'a>) -> Result<Option<Elem<'a>>, DecodeError> {
        if parent.empty {
            return Ok(None);
        }
        if let Some(rest) = self.fast_input() {
            if let Some(consumed) = scan::end_tag(rest, parent.qname()) {
                self.empty_scope = None;
                self.advance(consumed, true);
                self.pop();
                return Ok(None);
            }
            // An end tag that is not the parent's is left to quick-xml, which reports it.
            if let Some(scan::Found { lt, consumed, tag: Tag::Start { content, name_len, empty, shape } }) =
                scan::next_tag(rest)
            {
                let offset = self.position() + lt;
                self.empty_scope = None;
                self.advance(consumed, false);
                let el = Elem::scanned(content, name_len, empty, offset, shape);
                return if empty { Ok(Some(self.enter_empty(el))) } else { self.push(el).map(Some) };
            }
        }
        loop {
            let offset = self.position();
            match self.read_event()? {
                Event::Start(s) => return self.push(self.elem(&s, false, offset)).map(Some),
                Event::Empty(s) => return Ok(Some(self.enter_empty(self.elem(&s, true, offset)))),
                Event::End(e) => {
                    if e.name().into_inner() != parent.qname() {
                        return Err(self.mismatched(parent.qname(), e.name().into_inner()));
                    }
                    self.pop();
                    return Ok(None);
                }
                Event::Text(t) if self.opts.strict && !t.iter().all(|b| b.is_ascii_whitespace()) => {
                    return Err(self.unexpected("text where elements were expected"));
                }
                Event::DocType(_) => {
                    return Err(self.malformed("a DOCTYPE declaration is not accepted in a SOAP message"))
                }
                Event::Eof => {
                    return Err(self.malformed(format!(
                        "input ended inside <{}> (truncated document)",
                        String::from_utf8_lossy(parent.local_name())
                    )))
                }
                _ => {}
            }
        }
    }

    /// Reads the text content of `el` (entities resolved, CDATA unwrapped) and consumes its end tag.
    pub fn read_text(&mut self, el: &Elem<'a>) -> Result<Cow<'a, str>, DecodeError> {
        if el.empty {
            return Ok(Cow::Borrowed(""));
        }
        if let Some(text) = self.leaf_text(el) {
            return text;
        }
        // Anything else (CDATA, comments, an end tag written with spaces, markup where text
        // was expected, a truncated document): walk the content event by event and take the
        // raw bytes between the start and end tags from the document.
        let start = self.position();
        let end = self.consume_to_end(el)?;
        self.text_value(el, start, end)
    }

    /// The fast path for the usual leaf, `<name ...>text</name>`: one scan of the input for
    /// the next `<`, then a comparison with the expected end tag, without quick-xml events.
    /// `None` when the content is anything else, with nothing consumed.
    #[inline]
    fn leaf_text(&mut self, el: &Elem<'a>) -> Option<Result<Cow<'a, str>, DecodeError>> {
        // Right after a start tag quick-xml is between markup, positioned at the content.
        if !self.at_text {
            return None;
        }
        let rest: &'a [u8] = self.ns.get_ref();
        let (lt, amp) = match scan::text_end(rest)? {
            i if rest[i] == b'<' => (i, false),
            i => (i + memchr::memchr(b'<', &rest[i..])?, true),
        };
        let name = el.qname();
        let tag = rest.get(lt + 1..lt + 3 + name.len())?;
        if tag[0] != b'/' || tag[name.len() + 1] != b'>' || !scan::same(&tag[1..=name.len()], name) {
            return None;
        }
        let start = self.position();
        self.advance(lt + 3 + name.len(), true);
        self.pop();
        // Inline rather than through `raw_text`/`text_value`: this is the hottest path of
        // decoding, and the calls measured 7% slower on `getDefect`.
        let raw = match self.utf8.and_then(|t| t.get(start..start + lt)) {
            Some(s) => s,
            None => match std::str::from_utf8(&rest[..lt]) {
                Ok(s) => s,
                Err(_) => return Some(Err(self.invalid(el, "text is not valid UTF-8"))),
            },
        };
        if !amp {
            return Some(Ok(Cow::Borrowed(raw)));
        }
        Some(unescape_text(raw).ok_or_else(|| self.text_error(el, raw)))
    }

    /// The document bytes `start..end` (content of `el`) as text.
    fn raw_text(&self, el: &Elem<'a>, start: usize, end: usize) -> Result<&'a str, DecodeError> {
        match self.utf8.and_then(|t| t.get(start..end)) {
            Some(s) => Ok(s),
            None => std::str::from_utf8(&self.doc[start..end]).map_err(|_| self.invalid(el, "text is not valid UTF-8")),
        }
    }

    /// The value of the raw content `start..end` of `el`, whose end tag has been consumed.
    fn text_value(&self, el: &Elem<'a>, start: usize, end: usize) -> Result<Cow<'a, str>, DecodeError> {
        let raw = self.raw_text(el, start, end)?;
        match unescape_text(raw) {
            Some(v) => Ok(v),
            None => Err(self.text_error(el, raw)),
        }
    }

    /// Reads everything up to and including the end tag of `el` (whose start tag has been
    /// read), checking that end tags match their start tags. Returns the offset of the end
    /// tag's `<`.
    fn consume_to_end(&mut self, el: &Elem<'a>) -> Result<usize, DecodeError> {
        self.inner.clear();
        loop {
            let end = self.position();
            let event = match self.tokenize() {
                Ok(ev) => ev,
                Err(e) => {
                    return Err(
                        self.malformed(format!("in <{}>: {e} (truncated or malformed document)", el.name_lossy()))
                    )
                }
            };
            match event {
                Event::Start(s) => {
                    if self.inner.len() + self.path.len() >= self.opts.max_depth {
                        return Err(self.malformed(format!("elements nested deeper than {}", self.opts.max_depth)));
                    }
                    let name = self.reborrow(s.name().into_inner());
                    self.inner.push(name);
                }
                Event::End(e) => {
                    let expected = self.inner.pop().unwrap_or(el.qname());
                    if e.name().into_inner() != expected {
                        return Err(self.mismatched(expected, e.name().into_inner()));
                    }
                    if self.inner.is_empty() && expected.as_ptr() == el.qname().as_ptr() {
                        self.pop();
                        return Ok(end);
                    }
                }
                Event::Eof => {
                    return Err(self.malformed(format!("input ended inside <{}> (truncated document)", el.name_lossy())))
                }
                Event::DocType(_) => {
                    return Err(self.malformed("a DOCTYPE declaration is not accepted in a SOAP message"))
                }
                _ => {}
            }
        }
    }

    fn mismatched(&self, expected: &[u8], found: &[u8]) -> DecodeError {
        self.malformed(format!(
            "end tag </{}> does not match start tag <{}>",
            String::from_utf8_lossy(found),
            String::from_utf8_lossy(expected)
        ))
    }

    fn text_error(&self, el: &Elem<'_>, raw: &str) -> DecodeError {
        if raw.trim_start().starts_with('<') || raw.contains("<") && !raw.contains("&") {
            DecodeError::Unexpected {
                path: self.path_of(el),
                message: "element content where a simple value was expected".into(),
            }
        } else {
            DecodeError::Malformed {
                offset: (el.offset) as u64,
                message: format!("bad entity or character reference in <{}>", el.name_lossy()),
            }
        }
    }

    /// Skips `el` and everything inside it.
    pub fn skip(&mut self, el: &Elem<'a>) -> Result<(), DecodeError> {
        if el.empty {
            return Ok(());
        }
        self.consume_to_end(el).map(|_| ())
    }

    /// Called by generated code for an element it does not know: an error in strict mode,
    /// skipped otherwise.
    pub fn unknown(&mut self, el: &Elem<'a>) -> Result<(), DecodeError> {
        if self.opts.strict {
            return Err(DecodeError::Unexpected {
                path: self.path_of(el),
                message: format!("unknown element <{}>", el.name_lossy()),
            });
        }
        log::debug!("skipping unknown element {}", self.path_of(el));
        self.skip(el)
    }

    /// Reports required elements that were not seen: `names[i]` is required when bit `i` of
    /// `required` is set, and was seen when bit `i` of `seen` is set. Only in strict mode.
    pub fn check_required(
        &self,
        parent: &Elem<'_>,
        seen: u64,
        required: u64,
        names: &[&str],
    ) -> Result<(), DecodeError> {
        if !self.opts.strict || seen & required == required {
            return Ok(());
        }
        let missing: Vec<&str> = names
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < 64 && required & (1 << i) != 0 && seen & (1 << i) == 0)
            .map(|(_, n)| *n)
            .collect();
        Err(DecodeError::Unexpected {
            path: self.path_of(parent),
            message: format!("missing required element(s): {}", missing.join(", ")),
        })
    }

    /// Reports required elements that were not seen (strict mode only; the caller checks).
    pub fn report_missing(&self, parent: &Elem<'_>, missing: &[&[u8]]) -> Result<(), DecodeError> {
        if missing.is_empty() {
            return Ok(());
        }
        let names: Vec<String> = missing.iter().map(|m| String::from_utf8_lossy(m).into_owned()).collect();
        Err(DecodeError::Unexpected {
            path: self.path_of(parent),
            message: format!("missing required element(s): {}", names.join(", ")),
        })
    }

    /// Captures `el` as raw XML text (used for unknown polymorphic subtypes).
    pub fn raw(&mut self, el: &Elem<'a>) -> Result<crate::values::RawXml, DecodeError> {
        let type_name =
            self.attr_value(el, b"type").map(|(_, v)| String::from_utf8_lossy(&v).into_owned()).unwrap_or_default();
        self.skip(el)?;
        let end = self.position();
        let xml = String::from_utf8_lossy(&self.doc[el.offset..end]).into_owned();
        Ok(crate::values::RawXml::new(type_name, xml))
    }

    /// Decodes the value held by `el`, following an Axis `href` to its `multiRef` and
    /// mapping `xsi:nil` to the type's nil value.
    #[inline]
    pub fn decode<T: Decode>(&mut self, el: Elem<'a>) -> Result<T, DecodeError> {
        if el.has(attr::HREF | attr::NIL) {
            if let Some(id) = self.href(&el) {
                self.skip(&el)?;
                return self.decode_ref(&el, &id);
            }
            if self.is_nil(&el) {
                self.skip(&el)?;
                return T::nil(self, &el);
            }
        }
        T::decode(self, el)
    }

    fn decode_ref<T: Decode>(&mut self, from: &Elem<'a>, id: &[u8]) -> Result<T, DecodeError> {
        let (mut sub, el) = self.open_ref(from, id)?;
        T::decode(&mut sub, el)
    }

    /// When `el` is an Axis reference (`href="#id"`), skips it and returns a reader positioned
    /// at the referenced element, with that element's start tag read; `None` for any other
    /// element (nothing is consumed then).
    pub fn follow(&mut self, el: &Elem<'a>) -> Result<Option<(XmlReader<'a>, Elem<'a>)>, DecodeError> {
        let Some(id) = self.href(el) else { return Ok(None) };
        self.skip(el)?;
        self.open_ref(el, &id).map(Some)
    }

    /// A reader at the element whose `id` is `id`, and that element.
    fn open_ref(&mut self, from: &Elem<'a>, id: &[u8]) -> Result<(XmlReader<'a>, Elem<'a>), DecodeError> {
        if self.ref_depth > 32 {
            return Err(self.invalid(from, "href chain deeper than 32 (cycle?)"));
        }
        let refs = self.refs.get_or_insert_with(|| Rc::new(RefState::default())).clone();
        let index = refs
            .index(self.doc, self.base_of_document())
            .map_err(|(offset, message)| DecodeError::Malformed { offset: offset as u64, message })?;
        let Some(target) = index.get(id) else {
            return Err(self.invalid(from, format!("href=\"#{}\" points at no element", String::from_utf8_lossy(id))));
        };
        let budget = self.opts.ref_budget(self.doc.len());
        if let Err(total) = refs.charge(target, budget) {
            return Err(DecodeError::RefBudgetExceeded {
                path: format!("{}#{}", self.path_of(from), String::from_utf8_lossy(id)),
                budget: budget as u64,
                total: total as u64,
            });
        }
        let mut sub = XmlReader::at(self.doc, self.utf8, target.offset, self.opts);
        sub.inherited = target.scope.clone();
        sub.refs = Some(refs.clone());
        sub.ref_depth = self.ref_depth + 1;
        sub.path_prefix = format!("{}#{}", self.path_of(from), String::from_utf8_lossy(id));
        let el = sub.root()?;
        sub.path.clear();
        Ok((sub, el))
    }
}
