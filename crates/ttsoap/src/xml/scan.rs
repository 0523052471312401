//! The reader's fast path over tags: the start and end tags of the usual SOAP element,
//! found in one forward pass instead of quick-xml's general event machinery.
//!
//! quick-xml reads every event through a state machine that also handles comments, CDATA,
//! processing instructions, references and encodings, and copies every element name into
//! its own stack of open elements; on the documents SOAP peers write that machinery costs
//! about as much as the rest of decoding. This scanner recognises only
//! `<name attributes...>`, `<name .../>` and `</name>` after optional whitespace, and answers
//! `None` for anything else, which the reader then hands to quick-xml, so every unusual or
//! malformed input is still judged by quick-xml.
//!
//! The two shapes nearly every element of a SOAP message has, `<name>` (gSOAP) and
//! `<name xsi:type="prefix:type">` (PHP, Axis, our writer), are recognised while the name is
//! read, byte by byte: most tags are shorter than the set-up of a vectorised search.

use super::elem::attr::ONLY_XSI_TYPE;

/// What the scanner already knows about a start tag's attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// No attributes.
    Plain,
    /// Only `xsi:type="..."` whose value holds no reference, ending at this offset of the
    /// attribute text (see [`super::elem::Elem`]).
    OnlyXsiType(u16),
    /// Anything else: to be classified.
    Other,
}

/// A tag found at a text position.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Tag<'a> {
    /// A start tag: its content between `<` and `>` (the `/` of an empty tag removed), the
    /// length of its name, whether it was `<name/>`, and what is known of its attributes.
    Start { content: &'a [u8], name_len: usize, empty: bool, shape: Shape },
    /// An end tag `</name>` with no space before the `>`.
    End { name: &'a [u8] },
}

/// A tag and where it lies in the input: the offset of its `<` and the bytes up to and
/// including its `>`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Found<'a> {
    pub lt: usize,
    pub consumed: usize,
    pub tag: Tag<'a>,
}

#[inline(always)]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// The first byte of a name as this path accepts it: ASCII letters, `_`, `:` and any
/// non-ASCII byte (names are checked no further, as quick-xml does not check them either).
#[inline(always)]
fn starts_name(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80
}

/// Bytes that continue a name on this path: everything but whitespace and the bytes that
/// end a name or do not belong in one (`/ > < = " ' &`), where the scanner stops and looks.
static NAME: [bool; 256] = {
    let mut t = [true; 256];
    let stops = b" \t\r\n/><=\"'&";
    let mut i = 0;
    while i < stops.len() {
        t[stops[i] as usize] = false;
        i += 1;
    }
    t
};

/// The offset of the first byte of `input` that is not whitespace.
#[inline(always)]
pub(super) fn skip_space(input: &[u8]) -> Option<usize> {
    match input.first()? {
        b'<' => Some(0),
        _ => input.iter().position(|&b| !is_space(b)),
    }
}

/// Eight bytes of `s` from `at`, when there are eight.
#[inline(always)]
pub(super) fn word_at(s: &[u8], at: usize) -> Option<u64> {
    s.get(at..at + 8).map(|b| u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// A mask whose lowest set bit is the high bit of the first byte of `w` (in memory order)
/// that is below `n` (at most 128); zero when there is none. Bits above it may be set
/// wrongly (a borrow), the lowest one is exact.
#[inline(always)]
pub(super) fn bytes_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(ONES * u64::from(n)) & !w & HIGHS
}

/// Like [`bytes_below`], for the bytes equal to `b`.
#[inline(always)]
pub(super) fn bytes_equal(w: u64, b: u8) -> u64 {
    bytes_below(w ^ (ONES * u64::from(b)), 1)
}

/// The index of the byte that the lowest set bit of `mask` (from the functions above) marks.
#[inline(always)]
fn first_marked(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// The offset of the first `<` or `&` in `text`, looking at up to two words before handing
/// longer text to `memchr` (leaf values are mostly short: numbers, names, dates).
#[inline(always)]
pub(super) fn text_end(text: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < 16 {
        let Some(w) = word_at(text, i) else { break };
        let m = bytes_equal(w, b'<') | bytes_equal(w, b'&');
        if m != 0 {
            return Some(i + first_marked(m));
        }
        i += 8;
    }
    memchr::memchr2(b'<', b'&', &text[i..]).map(|j| i + j)
}

/// True when `a` and `b` hold the same bytes: short names compared with a few word loads
/// rather than a call to `memcmp`.
#[inline(always)]
pub(super) fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    #[inline(always)]
    fn word(s: &[u8], at: usize) -> u64 {
        u64::from_le_bytes(s[at..at + 8].try_into().unwrap_or_default())
    }
    #[inline(always)]
    fn half(s: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(s[at..at + 4].try_into().unwrap_or_default())
    }
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

/// When `input` starts (after optional whitespace) with the end tag `</name>`, the bytes up
/// to and including its `>`.
#[inline]
pub(super) fn end_tag(input: &[u8], name: &[u8]) -> Option<usize> {
    let lt = skip_space(input)?;
    let tag = input.get(lt..lt + name.len() + 3)?;
    (tag[0] == b'<' && tag[1] == b'/' && tag[tag.len() - 1] == b'>' && same(&tag[2..tag.len() - 1], name))
        .then_some(lt + tag.len())
}

/// The next tag in `input`, which starts between markup (right after a `>`), when only
/// whitespace precedes it and it is a plain start or end tag; `None` otherwise.
#[inline(always)]
pub(super) fn next_tag(input: &[u8]) -> Option<Found<'_>> {
    let lt = skip_space(input)?;
    if input[lt] != b'<' {
        return None;
    }
    let body = &input[lt + 1..];
    match *body.first()? {
        b'/' => {
            let gt = memchr::memchr(b'>', body)?;
            let name = &body[1..gt];
            if name.is_empty() || !starts_name(name[0]) || name.iter().any(|&b| is_space(b)) {
                return None;
            }
            Some(Found { lt, consumed: lt + 2 + gt, tag: Tag::End { name } })
        }
        b if starts_name(b) => {
            let (gt, tag) = start_tag(body)?;
            Some(Found { lt, consumed: lt + 2 + gt, tag })
        }
        _ => None,
    }
}

/// The start tag at the beginning of `body` (the text after its `<`, which starts a name):
/// the offset of its `>` in `body`, and the tag.
#[inline(always)]
fn start_tag(body: &[u8]) -> Option<(usize, Tag<'_>)> {
    let n = body.len();
    let mut i = 1;
    // Eight bytes at a time to the first byte below `@`: every byte that stops a name is
    // (and a few name bytes are: `:`, `-`, `.`, digits).
    loop {
        match word_at(body, i) {
            Some(w) => {
                let m = bytes_below(w, b'@');
                if m == 0 {
                    i += 8;
                    continue;
                }
                i += first_marked(m);
                if !NAME[body[i] as usize] {
                    break;
                }
                i += 1;
            }
            None => {
                while i < n && NAME[body[i] as usize] {
                    i += 1;
                }
                break;
            }
        }
    }
    let plain = |empty: bool| Tag::Start { content: &body[..i], name_len: i, empty, shape: Shape::Plain };
    match *body.get(i)? {
        b'>' => Some((i, plain(false))),
        b'/' => (body.get(i + 1) == Some(&b'>')).then(|| (i + 1, plain(true))),
        b if is_space(b) => only_xsi_type(body, i).or_else(|| with_attributes(body, i)),
        _ => None,
    }
}

/// `<name xsi:type="value">` (or `.../>`) with a value free of references, the name `i`
/// bytes long.
#[inline(always)]
fn only_xsi_type(body: &[u8], i: usize) -> Option<(usize, Tag<'_>)> {
    let v = i + ONLY_XSI_TYPE.len();
    if body.get(i..v)? != ONLY_XSI_TYPE {
        return None;
    }
    let mut q = v;
    while let Some(w) = word_at(body, q) {
        let m = bytes_equal(w, b'"') | bytes_equal(w, b'&');
        if m != 0 {
            q += first_marked(m);
            break;
        }
        q += 8;
    }
    loop {
        match *body.get(q)? {
            b'"' => break,
            b'&' => return None,
            _ => q += 1,
        }
    }
    let end = u16::try_from(q - i).ok()?;
    let tag = |empty: bool| Tag::Start { content: &body[..q + 1], name_len: i, empty, shape: Shape::OnlyXsiType(end) };
    match *body.get(q + 1)? {
        b'>' => Some((q + 1, tag(false))),
        b'/' if body.get(q + 2) == Some(&b'>') => Some((q + 2, tag(true))),
        _ => None,
    }
}

/// A start tag with any other attributes, its name `i` bytes long.
#[inline]
fn with_attributes(body: &[u8], i: usize) -> Option<(usize, Tag<'_>)> {
    let gt = tag_end(body, i)?;
    let content = &body[..gt];
    let (content, empty) = match content.strip_suffix(b"/") {
        Some(c) => (c, true),
        None => (content, false),
    };
    Some((gt, Tag::Start { content, name_len: i.min(content.len()), empty, shape: Shape::Other }))
}

/// The offset of the `>` that ends a start tag, searching from `i` and skipping quoted
/// attribute values (which may hold a `>`).
#[inline]
fn tag_end(body: &[u8], mut i: usize) -> Option<usize> {
    loop {
        i += memchr::memchr3(b'>', b'"', b'\'', &body[i..])?;
        let quote = body[i];
        if quote == b'>' {
            return Some(i);
        }
        i += 1;
        i += memchr::memchr(quote, &body[i..])? + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(content: &[u8], name_len: usize, empty: bool, shape: Shape) -> Tag<'_> {
        Tag::Start { content, name_len, empty, shape }
    }

    #[test]
    fn plain_tags() {
        let f = next_tag(b"<a>x").unwrap();
        assert_eq!((f.lt, f.consumed, f.tag), (0, 3, start(b"a", 1, false, Shape::Plain)));
        let f = next_tag(b"\r\n  <ns:item xsi:type=\"x:y\"/>rest").unwrap();
        assert_eq!((f.lt, f.consumed), (4, 29));
        assert_eq!(f.tag, start(b"ns:item xsi:type=\"x:y\"", 7, true, Shape::OnlyXsiType(14)));
        let f = next_tag(b" </ns:item>").unwrap();
        assert_eq!((f.lt, f.consumed, f.tag), (1, 11, Tag::End { name: b"ns:item" }));
        // A `>` inside a quoted value does not end the tag.
        let f = next_tag(b"<a b='>' c=\"/>\">").unwrap();
        assert_eq!(f.consumed, 16);
        assert_eq!(f.tag, start(b"a b='>' c=\"/>\"", 1, false, Shape::Other));
        let f = next_tag(b"<a/>").unwrap();
        assert_eq!((f.consumed, f.tag), (4, start(b"a", 1, true, Shape::Plain)));
        let f = next_tag(b"<a />").unwrap();
        assert_eq!((f.consumed, f.tag), (5, start(b"a ", 1, true, Shape::Other)));
        // The xsi:type shape only when it is the whole attribute list and needs no unescaping.
        for (input, content) in [
            (&b"<v xsi:type=\"a\" id=\"1\">"[..], &b"v xsi:type=\"a\" id=\"1\""[..]),
            (b"<v xsi:type=\"a&amp;\">", b"v xsi:type=\"a&amp;\""),
            (b"<v xsi:type=\"a\" >", b"v xsi:type=\"a\" "),
            (b"<v  xsi:type=\"a\">", b"v  xsi:type=\"a\""),
        ] {
            let f = next_tag(input).unwrap();
            assert_eq!(f.tag, start(content, 1, false, Shape::Other), "{:?}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn end_tags_match_by_name() {
        assert_eq!(end_tag(b"</value>rest", b"value"), Some(8));
        assert_eq!(end_tag(b"\n </a>", b"a"), Some(6));
        assert_eq!(end_tag(b"</ns:SomethingLonger>", b"ns:SomethingLonger"), Some(21));
        for (input, name) in [
            (&b"</valuf>"[..], &b"value"[..]),
            (b"</value >", b"value"),
            (b"</values>", b"value"),
            (b"</valu>", b"value"),
            (b"<value>", b"value"),
            (b"</value", b"value"),
            (b"x</value>", b"value"),
            (b"</ns:SomethingLongeR>", b"ns:SomethingLonger"),
        ] {
            assert_eq!(end_tag(input, name), None, "{:?}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn word_tests_are_exact() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut w = [b'a'; 8];
                w[pos] = b;
                let w = u64::from_le_bytes(w);
                assert_eq!(bytes_below(w, b'@') != 0, b < b'@', "{b} at {pos}");
                assert_eq!(bytes_equal(w, b'"') != 0, b == b'"', "{b} at {pos}");
                if b < b'@' {
                    assert_eq!(first_marked(bytes_below(w, b'@')), pos);
                }
                // Marked bytes above the first do not move the first.
                let mut two = [b'a'; 8];
                two[pos] = b'"';
                two[7] = b'"';
                assert_eq!(first_marked(bytes_equal(u64::from_le_bytes(two), b'"')), pos);
            }
        }
        // Long names and values are read eight bytes at a time, and stop where they should.
        let f = next_tag(b"<ns1:getDefectResponseWithAVeryLongName xsi:type=\"ttns:ArrayOfCFieldWith&amp;Suffix\">")
            .unwrap();
        assert!(matches!(f.tag, Tag::Start { name_len: 38, shape: Shape::Other, .. }), "{f:?}");
        let f = next_tag(b"<abcdefghijklmnopq xsi:type=\"ttns:ArrayOfCFieldWithSuffix\"/>").unwrap();
        assert!(matches!(f.tag, Tag::Start { name_len: 17, empty: true, shape: Shape::OnlyXsiType(39), .. }), "{f:?}");
        let f = next_tag(b"<abcdefghijklmnop>").unwrap();
        assert!(matches!(f.tag, Tag::Start { name_len: 16, empty: false, shape: Shape::Plain, .. }), "{f:?}");
    }

    #[test]
    fn text_ends_at_the_first_markup_or_reference() {
        for len in 0..40 {
            let mut t = vec![b'x'; len];
            assert_eq!(text_end(&t), None);
            for (at, b) in [(len / 2, b'<'), (len / 3, b'&')] {
                if at < len {
                    t[at] = b;
                    let first = t.iter().position(|&c| c == b'<' || c == b'&');
                    assert_eq!(text_end(&t), first, "length {len}");
                }
            }
        }
    }

    #[test]
    fn same_compares_every_length() {
        let a: Vec<u8> = (0..40u8).map(|i| b'a' + i % 26).collect();
        for n in 0..40 {
            let x = &a[..n];
            assert!(same(x, &a[..n]));
            for k in 0..n {
                let mut y = x.to_vec();
                y[k] ^= 1;
                assert!(!same(x, &y), "length {n}, byte {k}");
            }
            assert!(!same(x, &a[..n.saturating_sub(1)]) || n == 0);
        }
    }

    #[test]
    fn anything_else_is_left_to_quick_xml() {
        for input in [
            &b""[..],
            b"   ",
            b"text<a>",
            b"&amp;<a>",
            b"<!-- c --><a>",
            b"<![CDATA[x]]>",
            b"<?pi x?><a>",
            b"<!DOCTYPE a>",
            b"</a >",
            b"</>",
            b"< a>",
            b"<1a>",
            b"<a",
            b"<a b='>",
            b"</a",
            b"<a<b>",
            b"<a/b>",
            b"<a=b>",
            b"<a xsi:type=\"x\"",
            b"<a xsi:type=\"x",
        ] {
            assert_eq!(next_tag(input), None, "{:?}", String::from_utf8_lossy(input));
        }
    }
}
