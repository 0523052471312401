//! The start tag the reader hands out ([`Elem`]), with the attributes the SOAP encoding cares
//! about classified once, when the tag is read.

use std::borrow::Cow;

use super::escape::unescape_text;
use super::scan::Shape;

/// An attribute found by local name: its prefix (if any) and raw value.
pub(super) type AttrHit<'e> = (Option<&'e [u8]>, Cow<'e, [u8]>);

/// A start tag that the reader has just returned. Its content has not been read yet.
///
/// It borrows the tag's text from the document (kept small: decoding moves one per element).
#[derive(Clone)]
pub struct Elem<'a> {
    /// The tag between `<` and `>` (without the `/` of an empty tag): name, then attributes.
    pub(super) content: &'a [u8],
    /// Length of the name at the start of `content`.
    pub(super) name_len: u32,
    pub(super) empty: bool,
    pub(super) offset: usize,
    /// Which of the attributes the reader cares about the tag carries ([`attr`] bits).
    pub(super) attrs: u8,
    /// When the tag's only attribute is `xsi:type="..."`, where its value ends in the
    /// attribute text (it starts at [`attr::ONLY_XSI_TYPE`]'s length); otherwise 0.
    pub(super) only_xsi_type: u16,
    /// Where the value of the tag's first `arrayType` attribute starts in the attribute
    /// text, when that value needs no unescaping; otherwise 0.
    pub(super) array_type_at: u16,
}

/// Attribute kinds noted on each start tag in one pass, so that the usual element (no
/// attributes, or only `xsi:type`) costs no further attribute parsing.
pub(super) mod attr {
    /// An attribute whose local name is `type` (`xsi:type`).
    pub const TYPE: u8 = 1;
    /// An attribute whose local name is `nil` (`xsi:nil`).
    pub const NIL: u8 = 2;
    /// An attribute whose local name is `href` (Axis multi-reference).
    pub const HREF: u8 = 4;
    /// An attribute whose local name is `position` (`SOAP-ENC:position`).
    pub const POSITION: u8 = 8;
    /// A namespace declaration.
    pub const XMLNS: u8 = 16;
    /// An attribute whose local name is `arrayType` (`SOAP-ENC:arrayType`) or `arraySize`
    /// (SOAP 1.2's `enc:arraySize`).
    pub const ARRAY_TYPE: u8 = 32;
    /// Every bit: the attribute list could not be split, so let the full parser look.
    pub const ALL: u8 = 63;

    /// Splits a raw attribute list (the text after the tag name) into `(name, raw value)`
    /// pairs. `Err(())` when the list is not well-formed enough to split.
    #[inline]
    pub fn each<'r>(raw: &'r [u8], mut f: impl FnMut(&'r [u8], &'r [u8]) -> bool) -> Result<(), ()> {
        let n = raw.len();
        let mut i = 0;
        loop {
            while i < n && raw[i].is_ascii_whitespace() {
                i += 1;
            }
            if i == n {
                return Ok(());
            }
            let start = i;
            while i < n && raw[i] != b'=' && !raw[i].is_ascii_whitespace() {
                i += 1;
            }
            let name = &raw[start..i];
            while i < n && raw[i] != b'"' && raw[i] != b'\'' {
                i += 1;
            }
            if i == n {
                return Err(());
            }
            let quote = raw[i];
            let open = i + 1;
            i = open + memchr::memchr(quote, &raw[open..]).ok_or(())? + 1;
            if !f(name, &raw[open..i - 1]) {
                return Ok(());
            }
        }
    }

    /// The local part of an attribute name and its prefix, if any.
    #[inline]
    pub fn split(name: &[u8]) -> (Option<&[u8]>, &[u8]) {
        match name.iter().rposition(|&b| b == b':') {
            Some(c) => (Some(&name[..c]), &name[c + 1..]),
            None => (None, name),
        }
    }

    /// Classifies the raw attribute list of a start tag (the text after its name).
    /// The attribute text of a tag whose only attribute is an `xsi:type`, up to its value.
    pub const ONLY_XSI_TYPE: &[u8] = b" xsi:type=\"";

    /// Where the value of a lone `xsi:type` attribute ends in `raw`, when that is all `raw`
    /// holds (what PHP, Axis and our writer put on nearly every element).
    #[inline]
    pub fn only_xsi_type(raw: &[u8]) -> Option<u16> {
        let value = raw.strip_prefix(ONLY_XSI_TYPE)?;
        let q = value.iter().position(|&b| b == b'"')?;
        let plain = value[q + 1..].iter().all(u8::is_ascii_whitespace) && !value[..q].contains(&b'&');
        let end = ONLY_XSI_TYPE.len() + q;
        (plain && end <= usize::from(u16::MAX)).then_some(end as u16)
    }

    /// Classifies the raw attribute list of a start tag (the text after its name): the
    /// attribute bits, and where the first `arrayType` value starts when it needs no
    /// unescaping (0 otherwise).
    pub fn classify(raw: &[u8]) -> (u8, u16) {
        let mut flags = 0;
        let mut array_type: Option<&[u8]> = None;
        let split_ok = each(raw, |name, value| {
            if name.starts_with(b"xmlns") && (name.len() == 5 || name[5] == b':') {
                flags |= XMLNS;
            } else {
                flags |= match split(name).1 {
                    b"type" => TYPE,
                    b"nil" => NIL,
                    b"href" => HREF,
                    b"position" => POSITION,
                    b"arrayType" => {
                        array_type.get_or_insert(value);
                        ARRAY_TYPE
                    }
                    b"arraySize" => ARRAY_TYPE,
                    _ => 0,
                };
            }
            true
        });
        if split_ok.is_err() {
            return (ALL, 0);
        }
        let at = array_type
            .filter(|v| !v.contains(&b'&'))
            .and_then(|v| u16::try_from(v.as_ptr() as usize - raw.as_ptr() as usize).ok())
            .unwrap_or(0);
        (flags, at)
    }
}

impl std::fmt::Debug for Elem<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Elem")
            .field("name", &String::from_utf8_lossy(self.qname()))
            .field("empty", &self.empty)
            .field("offset", &self.offset)
            .finish()
    }
}

impl<'a> Elem<'a> {
    /// The tag whose text between `<` and `>` is `content` (the `/` of an empty tag
    /// removed), with a name of `name_len` bytes, at byte `offset` of the document.
    #[inline]
    pub(super) fn new(content: &'a [u8], name_len: usize, empty: bool, offset: usize) -> Self {
        Self::scanned(content, name_len, empty, offset, Shape::Other)
    }

    /// Like [`Elem::new`], with what the scanner already learnt of the attributes.
    #[inline(always)]
    pub(super) fn scanned(content: &'a [u8], name_len: usize, empty: bool, offset: usize, shape: Shape) -> Self {
        let name_len = name_len.min(content.len()) as u32;
        let (attrs, only_xsi_type, array_type_at) = match shape {
            Shape::Plain => (0, 0, 0),
            Shape::OnlyXsiType(end) => (attr::TYPE, end, 0),
            Shape::Other => Self::classified(&content[name_len as usize..]),
        };
        Elem { content, name_len, empty, offset, attrs, only_xsi_type, array_type_at }
    }

    /// The attribute bits, `only_xsi_type` and `array_type_at` of the attribute text `raw`.
    fn classified(raw: &[u8]) -> (u8, u16, u16) {
        if raw.is_empty() {
            (0, 0, 0)
        } else if let Some(end) = attr::only_xsi_type(raw) {
            (attr::TYPE, end, 0)
        } else {
            let (attrs, array_type_at) = attr::classify(raw);
            (attrs, 0, array_type_at)
        }
    }

    /// The value of the first `arrayType` attribute, when [`attr::classify`] found where it
    /// starts (it needs no unescaping then).
    pub(super) fn array_type(&self) -> Option<&'a [u8]> {
        let at = usize::from(self.array_type_at);
        if at == 0 {
            return None;
        }
        let raw = self.attributes_raw();
        let quote = *raw.get(at.checked_sub(1)?)?;
        let len = memchr::memchr(quote, raw.get(at..)?)?;
        Some(&raw[at..at + len])
    }

    /// The attribute text after the name (with its leading whitespace).
    #[inline]
    pub(super) fn attributes_raw(&self) -> &'a [u8] {
        &self.content[self.name_len as usize..]
    }

    /// The element's name without its prefix.
    #[inline]
    pub fn local_name(&self) -> &'a [u8] {
        let name = self.qname();
        match name.iter().position(|&b| b == b':') {
            Some(i) => &name[i + 1..],
            None => name,
        }
    }

    /// The element's name as written, prefix included.
    #[inline]
    pub fn qname(&self) -> &'a [u8] {
        &self.content[..self.name_len as usize]
    }

    /// The element's name as text, for messages.
    pub fn name_lossy(&self) -> String {
        String::from_utf8_lossy(self.local_name()).into_owned()
    }

    /// True for `<x/>`.
    pub fn is_empty(&self) -> bool {
        self.empty
    }

    /// True when the tag may carry an attribute of the kind `bit` (an [`attr`] constant).
    #[inline(always)]
    pub(super) fn has(&self, bit: u8) -> bool {
        self.attrs & bit != 0
    }

    /// True when the tag carries no attributes at all (gSOAP's usual output).
    #[inline]
    pub fn has_attributes(&self) -> bool {
        !self.attributes_raw().iter().all(|b| b.is_ascii_whitespace())
    }

    /// Byte offset of the tag's `<` in the document.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The raw value of the first attribute whose local name is `local` (any prefix, or none),
    /// with entity references resolved.
    pub(super) fn attr_by_local(&self, local: &[u8]) -> Option<AttrHit<'_>> {
        if self.attrs == 0 {
            return None;
        }
        self.find_attr(local)
    }

    /// Like [`Elem::attr_by_local`], for any attribute: the tag's classification (which only
    /// knows the attributes decoding looks at) is not consulted.
    pub(super) fn find_attr(&self, local: &[u8]) -> Option<AttrHit<'_>> {
        let mut hit = None;
        let _ = attr::each(self.attributes_raw(), |name, value| {
            let (prefix, name) = attr::split(name);
            if name == local {
                hit = Some((prefix, value));
            }
            hit.is_none()
        });
        let (prefix, value) = hit?;
        if !value.contains(&b'&') {
            return Some((prefix, Cow::Borrowed(value)));
        }
        let text = std::str::from_utf8(value).ok()?;
        let resolved = unescape_text(text)?;
        Some((prefix, Cow::Owned(resolved.into_owned().into_bytes())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn elem(tag: &[u8]) -> Elem<'_> {
        let name_len = tag.iter().position(|&b| b == b' ').unwrap_or(tag.len());
        Elem::new(tag, name_len, false, 0)
    }

    #[test]
    fn array_type_is_located_when_it_needs_no_unescaping() {
        let e = elem(br#"f xsi:type="ttns:ArrayOfCField" SOAP-ENC:arrayType="ttns:CField[3]""#);
        assert!(e.has(attr::ARRAY_TYPE) && e.has(attr::TYPE));
        assert_eq!(e.array_type(), Some(&b"ttns:CField[3]"[..]));
        // The first of two wins, as it does for `attr_by_local`.
        let e = elem(br#"f a:arrayType='x:Y[2]' b:arrayType="x:Y[9]""#);
        assert_eq!(e.array_type(), Some(&b"x:Y[2]"[..]));
        assert_eq!(e.attr_by_local(b"arrayType").map(|(_, v)| v.into_owned()), Some(b"x:Y[2]".to_vec()));
        // A value with a reference is left to `attr_by_local`, which resolves it.
        let e = elem(br#"f enc:arrayType="x:Y&#91;2]""#);
        assert!(e.has(attr::ARRAY_TYPE));
        assert_eq!(e.array_type(), None);
        assert_eq!(e.attr_by_local(b"arrayType").map(|(_, v)| v.into_owned()), Some(b"x:Y[2]".to_vec()));
        for plain in [&br#"f enc:arraySize="3""#[..], br#"f xsi:type="a""#, b"f", br#"f id="1""#] {
            assert_eq!(elem(plain).array_type(), None);
        }
    }
}
