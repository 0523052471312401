//! Escaping for text and attribute values, and unescaping of raw element content.

use std::borrow::Cow;

/// Appends text content to `out`, escaping only `&`, `<`, `>` (and CR, so it survives
/// end-of-line normalisation). Quotes stay as they are, as gSOAP writes them, so clients that
/// scrape responses with regular expressions see `'` and `"`.
pub fn escape_text_into(out: &mut Vec<u8>, s: &str) {
    escape_with(out, s, false)
}

/// Appends an attribute value to `out`, escaping `&`, `<`, `>`, `"` and `'` (and CR).
pub fn escape_into(out: &mut Vec<u8>, s: &str) {
    escape_with(out, s, true)
}

fn escape_with(out: &mut Vec<u8>, s: &str, quotes: bool) {
    let bytes = s.as_bytes();
    let mut last = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let rep: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' if quotes => b"&quot;",
            b'\'' if quotes => b"&apos;",
            b'\r' => b"&#13;",
            _ => continue,
        };
        out.extend_from_slice(&bytes[last..i]);
        out.extend_from_slice(rep);
        last = i + 1;
    }
    out.extend_from_slice(&bytes[last..]);
}

/// Turns the raw content of a text-only element into its value: resolves the five predefined
/// entities and numeric character references, and unwraps CDATA sections.
///
/// Returns `None` when the content is not well-formed (an unknown entity, a bad reference,
/// an unterminated CDATA section, or markup other than CDATA).
pub fn unescape_text(raw: &str) -> Option<Cow<'_, str>> {
    if memchr::memchr2(b'&', b'<', raw.as_bytes()).is_none() {
        return Some(Cow::Borrowed(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find(['&', '<']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let end = after.find("]]>")?;
            out.push_str(&after[..end]);
            rest = &after[end + 3..];
        } else if rest.starts_with("<!--") {
            let end = rest.find("-->")?;
            rest = &rest[end + 3..];
        } else if rest.starts_with('<') {
            return None;
        } else {
            let end = rest.find(';')?;
            let name = &rest[1..end];
            let ch = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()?
                    } else if let Some(dec) = name.strip_prefix('#') {
                        dec.parse::<u32>().ok()?
                    } else {
                        return None;
                    };
                    char::from_u32(code)?
                }
            };
            out.push(ch);
            rest = &rest[end + 1..];
        }
    }
    out.push_str(rest);
    Some(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_specials() {
        let mut v = Vec::new();
        escape_into(&mut v, "a<b>&\"c'\r");
        assert_eq!(std::str::from_utf8(&v).unwrap(), "a&lt;b&gt;&amp;&quot;c&apos;&#13;");
        let mut t = Vec::new();
        escape_text_into(&mut t, "it's \"a<b>&\"\r");
        assert_eq!(std::str::from_utf8(&t).unwrap(), "it's \"a&lt;b&gt;&amp;\"&#13;");
    }

    #[test]
    fn unescapes_entities_refs_and_cdata() {
        assert_eq!(unescape_text("plain").unwrap(), "plain");
        assert_eq!(unescape_text("a&amp;b&#60;&#x3E;").unwrap(), "a&b<>");
        assert_eq!(unescape_text("x<![CDATA[<y>&]]>z").unwrap(), "x<y>&z");
        assert!(unescape_text("a&bogus;").is_none());
        assert!(unescape_text("a<b/>").is_none());
        assert!(unescape_text("a&#xD800;").is_none());
    }
}
