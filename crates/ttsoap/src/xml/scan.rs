//! The reader's fast path over tags: the start and end tags of the usual SOAP element,
//! found with `memchr` instead of quick-xml's general event machinery.
//!
//! quick-xml reads every event through a state machine that also handles comments, CDATA,
//! processing instructions, references and encodings, and copies every element name into
//! its own stack of open elements; on the documents SOAP peers write that machinery costs
//! about as much as the rest of decoding. This scanner recognises only
//! `<name attributes...>`, `<name .../>` and `</name>` after optional whitespace, and answers
//! `None` for anything else, which the reader then hands to quick-xml, so every unusual or
//! malformed input is still judged by quick-xml.

/// A tag found at a text position.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Tag<'a> {
    /// A start tag: its content between `<` and `>` (the `/` of an empty tag removed), the
    /// length of its name, and whether it was `<name/>`.
    Start { content: &'a [u8], name_len: usize, empty: bool },
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

/// The next tag in `input`, which starts between markup (right after a `>`), when only
/// whitespace precedes it and it is a plain start or end tag; `None` otherwise.
#[inline]
pub(super) fn next_tag(input: &[u8]) -> Option<Found<'_>> {
    let lt = input.iter().position(|&b| !is_space(b))?;
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
            let gt = tag_end(body)?;
            let content = &body[..gt];
            let (content, empty) = match content.strip_suffix(b"/") {
                Some(c) => (c, true),
                None => (content, false),
            };
            let name_len = content.iter().position(|&b| is_space(b)).unwrap_or(content.len());
            if content[..name_len].contains(&b'<') {
                return None;
            }
            Some(Found { lt, consumed: lt + 2 + gt, tag: Tag::Start { content, name_len, empty } })
        }
        _ => None,
    }
}

/// The offset of the `>` that ends a start tag, skipping quoted attribute values (which may
/// hold a `>`).
#[inline]
fn tag_end(body: &[u8]) -> Option<usize> {
    let mut i = 0;
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

    fn start(content: &[u8], name_len: usize, empty: bool) -> Tag<'_> {
        Tag::Start { content, name_len, empty }
    }

    #[test]
    fn plain_tags() {
        let f = next_tag(b"<a>x").unwrap();
        assert_eq!((f.lt, f.consumed, f.tag), (0, 3, start(b"a", 1, false)));
        let f = next_tag(b"\r\n  <ns:item xsi:type=\"x:y\"/>rest").unwrap();
        assert_eq!((f.lt, f.consumed), (4, 29));
        assert_eq!(f.tag, start(b"ns:item xsi:type=\"x:y\"", 7, true));
        let f = next_tag(b" </ns:item>").unwrap();
        assert_eq!((f.lt, f.consumed, f.tag), (1, 11, Tag::End { name: b"ns:item" }));
        // A `>` inside a quoted value does not end the tag.
        let f = next_tag(b"<a b='>' c=\"/>\">").unwrap();
        assert_eq!(f.consumed, 16);
        assert_eq!(f.tag, start(b"a b='>' c=\"/>\"", 1, false));
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
        ] {
            assert_eq!(next_tag(input), None, "{:?}", String::from_utf8_lossy(input));
        }
    }
}
