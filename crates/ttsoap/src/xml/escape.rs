//! Escaping for text and attribute values, and unescaping of raw element content.

use std::borrow::Cow;

use super::scan::{bytes_below, bytes_equal, word_at};

/// A character that XML 1.0 does not allow anywhere in a document (NUL, the C0 controls
/// other than tab, LF and CR, U+FFFE and U+FFFF), found while escaping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForbiddenChar {
    /// The character.
    pub ch: char,
    /// Its position in the escaped value, counted in characters from 0.
    pub position: usize,
}

/// Appends text content to `out`, escaping only `&`, `<`, `>` (and CR, so it survives
/// end-of-line normalisation). Quotes stay as they are, as gSOAP writes them, so clients that
/// scrape responses with regular expressions see `'` and `"`.
///
/// Characters XML 1.0 forbids are left out of `out` (so it stays well-formed), and the first
/// of them is returned: the caller must not send the result as the value.
pub fn escape_text_into(out: &mut Vec<u8>, s: &str) -> Result<(), ForbiddenChar> {
    escape_with(out, s, &TEXT)
}

/// Appends an attribute value to `out`, escaping `&`, `<`, `>`, `"` and `'`, and CR, LF and
/// tab (which attribute-value normalisation would otherwise turn into spaces). Forbidden
/// characters are handled as by [`escape_text_into`].
pub fn escape_into(out: &mut Vec<u8>, s: &str) -> Result<(), ForbiddenChar> {
    escape_with(out, s, &ATTR)
}

/// The first character in `s` that XML 1.0 forbids, if any (for markup written as it is).
pub fn find_forbidden(s: &str) -> Option<ForbiddenChar> {
    let bytes = s.as_bytes();
    let at = bytes.iter().enumerate().position(|(i, &b)| forbidden_at(bytes, i, TEXT[b as usize]))?;
    Some(forbidden(s, at))
}

/// `s` with every character XML 1.0 forbids replaced by U+FFFD, for text that must be sent
/// whatever it holds (a fault's message).
pub fn replace_forbidden(s: &str) -> Cow<'_, str> {
    if find_forbidden(s).is_none() {
        return Cow::Borrowed(s);
    }
    let bad = |c: char| matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    Cow::Owned(s.chars().map(|c| if bad(c) { '\u{fffd}' } else { c }).collect())
}

// Byte classes: what the escaper does with a byte. Every byte of a multi-byte UTF-8 sequence
// is COPY except the lead byte 0xEF, the first byte of U+FFFE and U+FFFF.
const COPY: u8 = 0;
const BAD: u8 = 1;
const EF: u8 = 2;
// Classes from 3 on index REPLACEMENT.
const FIRST_REPLACED: u8 = 3;
const REPLACEMENT: [&[u8]; 8] = [b"&amp;", b"&lt;", b"&gt;", b"&quot;", b"&apos;", b"&#13;", b"&#10;", b"&#9;"];

const fn classes(attr: bool) -> [u8; 256] {
    let mut t = [COPY; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = BAD;
        b += 1;
    }
    t[b'\t' as usize] = if attr { FIRST_REPLACED + 7 } else { COPY };
    t[b'\n' as usize] = if attr { FIRST_REPLACED + 6 } else { COPY };
    t[b'\r' as usize] = FIRST_REPLACED + 5;
    t[b'&' as usize] = FIRST_REPLACED;
    t[b'<' as usize] = FIRST_REPLACED + 1;
    t[b'>' as usize] = FIRST_REPLACED + 2;
    if attr {
        t[b'"' as usize] = FIRST_REPLACED + 3;
        t[b'\'' as usize] = FIRST_REPLACED + 4;
    }
    t[0xEF] = EF;
    t
}

static TEXT: [u8; 256] = classes(false);
static ATTR: [u8; 256] = classes(true);

/// True when the byte at `i` (of class `class`) starts a forbidden character.
#[inline]
fn forbidden_at(bytes: &[u8], i: usize, class: u8) -> bool {
    match class {
        BAD => true,
        // U+FFFE is EF BF BE, U+FFFF is EF BF BF (the input is valid UTF-8).
        EF => bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)),
        _ => false,
    }
}

#[cold]
fn forbidden(s: &str, at: usize) -> ForbiddenChar {
    let ch = s[at..].chars().next().unwrap_or('\0');
    ForbiddenChar { ch, position: s[..at].chars().count() }
}

/// True when none of the eight bytes of `w` can be anything but COPY in either table: no
/// control character, none of `& < > " '`, no 0xEF.
#[inline(always)]
fn all_plain(w: u64) -> bool {
    let marked = bytes_below(w, 0x20)
        | bytes_equal(w, b'&')
        | bytes_equal(w, b'<')
        | bytes_equal(w, b'>')
        | bytes_equal(w, b'"')
        | bytes_equal(w, b'\'')
        | bytes_equal(w, 0xEF);
    marked == 0
}

#[inline]
fn escape_with(out: &mut Vec<u8>, s: &str, table: &[u8; 256]) -> Result<(), ForbiddenChar> {
    let bytes = s.as_bytes();
    let mut last = 0;
    let mut first_bad = None;
    let mut i = 0;
    while i < bytes.len() {
        // Most values need no escaping: eight bytes at a time past those, and the table for
        // the eight bytes that hold one that may.
        if word_at(bytes, i).is_some_and(all_plain) {
            i += 8;
            continue;
        }
        let end = (i + 8).min(bytes.len());
        while i < end {
            let at = i;
            i += 1;
            let class = table[bytes[at] as usize];
            if class == COPY {
                continue;
            }
            let (rep, skip): (&[u8], usize) = if class >= FIRST_REPLACED {
                (REPLACEMENT[(class - FIRST_REPLACED) as usize], 1)
            } else if forbidden_at(bytes, at, class) {
                if first_bad.is_none() {
                    first_bad = Some(forbidden(s, at));
                }
                // Left out; the continuation bytes of U+FFFE/U+FFFF are COPY and skipped here.
                (b"", if class == EF { 3 } else { 1 })
            } else {
                continue;
            };
            out.extend_from_slice(&bytes[last..at]);
            out.extend_from_slice(rep);
            last = at + skip;
        }
    }
    out.extend_from_slice(&bytes[last..]);
    match first_bad {
        None => Ok(()),
        Some(f) => Err(f),
    }
}

/// Turns the raw content of a text-only element into its value: resolves the five predefined
/// entities and numeric character references, and unwraps CDATA sections.
///
/// Returns `None` when the content is not well-formed (an unknown entity, a bad reference,
/// an unterminated CDATA section, or markup other than CDATA).
///
/// A reference to a character XML 1.0 does not allow (`&#27;`) is resolved rather than
/// refused: gSOAP, TestTrack's own stack, writes control characters stored in a record that
/// way, and refusing them would make such a record unreadable. Programs that print server
/// text must escape it (as `tt` does).
pub fn unescape_text(raw: &str) -> Option<Cow<'_, str>> {
    let bytes = raw.as_bytes();
    let Some(mut at) = memchr::memchr2(b'&', b'<', bytes) else { return Some(Cow::Borrowed(raw)) };
    let mut out = String::with_capacity(raw.len());
    // `raw[last..at]` is copied as it is; `at` is the next `&` or `<`.
    let mut last = 0;
    loop {
        out.push_str(&raw[last..at]);
        let rest = &raw[at..];
        last = at
            + if rest.starts_with('&') {
                let (ch, len) = match &rest.as_bytes()[1..] {
                    [b'a', b'm', b'p', b';', ..] => ('&', 5),
                    [b'l', b't', b';', ..] => ('<', 4),
                    [b'g', b't', b';', ..] => ('>', 4),
                    [b'q', b'u', b'o', b't', b';', ..] => ('"', 6),
                    [b'a', b'p', b'o', b's', b';', ..] => ('\'', 6),
                    _ => char_reference(rest)?,
                };
                out.push(ch);
                len
            } else if let Some(after) = rest.strip_prefix("<![CDATA[") {
                let end = after.find("]]>")?;
                out.push_str(&after[..end]);
                "<![CDATA[".len() + end + 3
            } else if rest.starts_with("<!--") {
                rest.find("-->")? + 3
            } else {
                return None;
            };
        match memchr::memchr2(b'&', b'<', &bytes[last..]) {
            Some(i) => at = last + i,
            None => break,
        }
    }
    out.push_str(&raw[last..]);
    Some(Cow::Owned(out))
}

/// The character of the numeric reference `&#...;` (or `&#x...;`) that `rest` starts with,
/// and the reference's length; `None` for anything else.
fn char_reference(rest: &str) -> Option<(char, usize)> {
    let end = rest.find(';')?;
    let name = &rest[1..end];
    let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(dec) = name.strip_prefix('#') {
        dec.parse::<u32>().ok()?
    } else {
        return None;
    };
    Some((char::from_u32(code)?, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_specials() {
        let mut v = Vec::new();
        escape_into(&mut v, "a<b>&\"c'\r\n\t").unwrap();
        assert_eq!(std::str::from_utf8(&v).unwrap(), "a&lt;b&gt;&amp;&quot;c&apos;&#13;&#10;&#9;");
        let mut t = Vec::new();
        escape_text_into(&mut t, "it's \"a<b>&\"\r\n\t").unwrap();
        assert_eq!(std::str::from_utf8(&t).unwrap(), "it's \"a&lt;b&gt;&amp;\"&#13;\n\t");
    }

    /// The escaping rules, one character at a time.
    fn reference(s: &str, attr: bool) -> (String, Option<ForbiddenChar>) {
        let mut out = String::new();
        let mut bad = None;
        for (position, ch) in s.chars().enumerate() {
            match ch {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if attr => out.push_str("&quot;"),
                '\'' if attr => out.push_str("&apos;"),
                '\r' => out.push_str("&#13;"),
                '\n' if attr => out.push_str("&#10;"),
                '\t' if attr => out.push_str("&#9;"),
                '\t' | '\n' => out.push(ch),
                '\0'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {
                    bad.get_or_insert(ForbiddenChar { ch, position });
                }
                _ => out.push(ch),
            }
        }
        (out, bad)
    }

    #[test]
    fn escaping_matches_the_rules_at_every_position() {
        let specials =
            ['&', '<', '>', '"', '\'', '\r', '\n', '\t', '\0', '\u{1f}', 'é', '\u{fffd}', '\u{fffe}', '\u{ffff}'];
        for len in 0..24 {
            for special in specials {
                for at in 0..=len {
                    let mut s: String = "xyz.-/:0".chars().cycle().take(len).collect();
                    s.insert(at, special);
                    s.push_str(&"a".repeat(at % 9));
                    for attr in [false, true] {
                        let mut out = Vec::new();
                        let r = if attr { escape_into(&mut out, &s) } else { escape_text_into(&mut out, &s) };
                        let (want, bad) = reference(&s, attr);
                        assert_eq!((String::from_utf8(out).unwrap(), r.err()), (want, bad), "{s:?} attr {attr}");
                    }
                }
            }
        }
    }

    #[test]
    fn forbidden_characters_are_reported_and_left_out() {
        for (input, ch, position, kept) in [
            ("a\0b", '\0', 1, "ab"),
            ("\u{1b}[31m", '\u{1b}', 0, "[31m"),
            ("é\u{7}", '\u{7}', 1, "é"),
            ("x\u{FFFE}y\u{FFFF}", '\u{FFFE}', 1, "xy"),
            ("\u{FFFF}", '\u{FFFF}', 0, ""),
        ] {
            for attr in [false, true] {
                let mut out = Vec::new();
                let r = if attr { escape_into(&mut out, input) } else { escape_text_into(&mut out, input) };
                assert_eq!(r, Err(ForbiddenChar { ch, position }), "{input:?}");
                assert_eq!(std::str::from_utf8(&out).unwrap(), kept, "{input:?}");
            }
            assert_eq!(find_forbidden(input), Some(ForbiddenChar { ch, position }));
        }
        // Neighbours of the forbidden characters are fine.
        for ok in ["\u{FFFD}\u{FFEF}\u{EFBF}\u{10FFFF}\u{FEFF}\u{7f}\u{85}", "\t\n", "\u{D7FF}\u{E000}"] {
            let mut out = Vec::new();
            assert_eq!(escape_text_into(&mut out, ok), Ok(()));
            assert_eq!(std::str::from_utf8(&out).unwrap(), ok);
            assert_eq!(find_forbidden(ok), None);
        }
    }

    #[test]
    fn unescapes_entities_refs_and_cdata() {
        assert_eq!(unescape_text("plain").unwrap(), "plain");
        assert_eq!(unescape_text("a&amp;b&#60;&#x3E;").unwrap(), "a&b<>");
        assert_eq!(unescape_text("x<![CDATA[<y>&]]>z").unwrap(), "x<y>&z");
        assert!(unescape_text("a&bogus;").is_none());
        assert!(unescape_text("a<b/>").is_none());
        assert!(unescape_text("a&#xD800;").is_none());
        assert_eq!(unescape_text("&quot;&apos;&lt;&gt;&amp;").unwrap(), "\"'<>&");
        assert_eq!(unescape_text("&#65;&#x42;&#X43;é&amp;").unwrap(), "ABCé&");
        assert_eq!(unescape_text("a<!-- c -->b&lt;").unwrap(), "ab<");
        for bad in ["&amp", "&ampx;", "&am;", "&", "x&lt", "&#;", "&#x;", "&#xZ;", "<!-- x", "<![CDATA[x"] {
            assert!(unescape_text(bad).is_none(), "{bad:?}");
        }
    }
}
